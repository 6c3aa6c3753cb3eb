//! The steady cohort: healthy, idle-queued instances of one type served as ONE group per
//! second (the engine's aggregation model; see benches/day.rs for why).
//!
//! # When an instance is in the steady regime
//! InService, target Healthy (routing not failing open), app ready, not broken, no stress,
//! empty queue and no carried service fraction, and credits that cannot throttle it: none
//! (fixed-performance type) or Unlimited with an empty accrued balance and no launch credits.
//! A second keeps the whole cohort in that regime when round robin (no slow start) gives every
//! member `base` or `base + 1` requests with `1 ≤ base`, `base + 1 < ⌊µ⌋` (all served, queue
//! stays empty), the busier CPU `base_cpu + (base + 1) × 100/cap` is within 100 % and the
//! quieter one spends at least the credits earned (the accrued balance stays at 0).
//!
//! # What is aggregated, and why it is the same model
//! In that regime every per-second quantity of member `i` is linear in its request count
//! `a_i(s)`: served `a_i`, CPU `base_cpu + a_i × 100/cap` [%], surplus credits
//! `CPU × vCPUs/6000 − earned` [credits], service rate `µ` [req/s], no backlog wait. Round
//! robin hands the remainders out in one continuous sweep of the rotating cursor, so over a
//! window of `n_s` seconds member `i` (rank `r` among the `n` eligible targets) received
//! `Σ base + ⌊R/n⌋ + [(r − start₀) mod n < R mod n]` requests, `R` = Σ remainders [count].
//! The per-minute accumulators (CPU sum, latency sums, HPA window, surplus) are therefore
//! updated in closed form when the window is flushed, and the group's per-second sums
//! (served, CPU, µ) from the member count. The numbers are the per-second model's exactly in
//! real arithmetic; only floating-point rounding differs (products instead of repeated sums).
//!
//! # Life of a cohort
//! Formed in the flow pass (one scan), it lives while the routing plan is unchanged. It is
//! dissolved — every member's fields brought up to date — before anything can tell members
//! apart: any command, a launch, a termination, a target or lifecycle change, dropping
//! terminated instances, a second that leaves the regime, or a minute close where another
//! instance has become steady (so that it joins at once). Every minute close flushes the
//! members in place; so does each HPA window (15 s) when an HPA policy reads their CPU
//! (otherwise only the HPA sum window restarts). A health check due on a member first gets
//! its last second written ([`Cohort::touch_idx`]). Readers between flushes (snapshot,
//! cost, the filling minute) compute members' current values through [`Sim::member_now`].
//! Memory: a few vectors sized by the instance list.

use crate::sim::catalog::{CreditMode, InstanceType};
use crate::sim::engine::Sim;
use crate::sim::flow::SecondTotals;
use crate::sim::instance::Instance;
use crate::sim::views::{LifecycleState as L, TargetState};

/// Rank placeholder: not eligible / not a member.
pub(crate) const NONE: u32 = u32::MAX;

/// The cohort, its members' shared per-second constants and its flush windows.
#[derive(Clone, Debug, Default)]
pub(crate) struct Cohort {
    /// a cohort exists
    pub active: bool,
    /// no formation attempt before [s]
    pub retry_at: u64,
    /// never form (tests compare against the per-instance path)
    pub disabled: bool,
    /// what members have in common
    key: Option<Key>,
    /// rank among the eligible targets by instance index (NONE = not a member)
    rank_of: Vec<u32>,
    /// member instance indices
    members: Vec<u32>,
    /// other instances not terminated: (index, rank among eligible targets or NONE)
    pub others: Vec<(u32, u32)>,
    /// members among ranks < x, for x in 0..=n [count]
    pre: Vec<u32>,
    /// eligible targets [count]
    n: u64,
    /// members [count]
    pub k: u64,
    /// service rate [req/s]
    mu: f64,
    /// 1/µ [s]
    inv_mu: f64,
    /// ⌊µ⌋ [requests]
    whole: u64,
    /// CPU % per request/s [%·s]
    pct: f64,
    /// idle CPU [%]
    base_cpu: f64,
    /// (credits spent per %·s, credits earned per s after the accrual cap) for Unlimited
    credit: Option<(f64, f64)>,
    /// seconds since the last flush (CPU/latency minute sums, surplus credits)
    main: Window,
    /// seconds since the last flush or HPA window start (HPA CPU sums)
    pub sync: Window,
    /// last second: (t [s], base [requests], remainder [requests], cursor [rank])
    last: (u64, u64, u64, u64),
}

/// Seconds served as a cohort since some start.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Window {
    /// seconds [s]
    secs: u64,
    /// Σ base share [requests]
    sum_base: u64,
    /// Σ remainders [requests]
    rem_total: u64,
    /// cursor at the first second [rank]
    start0: u64,
}

impl Window {
    #[inline]
    fn add(&mut self, base: u64, rem: u64, start: u64) {
        if self.secs == 0 {
            self.start0 = start;
        }
        self.secs += 1;
        self.sum_base += base;
        self.rem_total += rem;
    }
    /// (requests every member got, remainder sweep length, sweep start) over `n` ranks.
    #[inline]
    fn split(&self, n: u64) -> (u64, u64, u64) {
        (self.sum_base + self.rem_total / n, self.rem_total % n, self.start0)
    }
}

/// Requests of rank `r` of `n` from a (every member, sweep length, sweep start) split: the
/// remainders are handed out in one continuous sweep of the round-robin cursor.
#[inline(always)]
fn requests(split: (u64, u64, u64), r: u64, n: u64) -> u64 {
    let (all, len, start) = split;
    let d = if r >= start { r - start } else { r + n - start };
    all + u64::from(d < len)
}

/// Same type (credit rates) and capacity: identical per-second arithmetic.
type Key = (InstanceType, f64, u32, f64);

/// The instance's cohort key if it is in the steady regime at second `t` (module docs).
fn steady_key(i: &Instance, t: u64) -> Option<Key> {
    let credits_ok = match &i.credits {
        None => true,
        Some(cr) => cr.mode == CreditMode::Unlimited && cr.accrued == 0.0 && cr.launch == 0.0,
    };
    let steady = i.target == TargetState::Healthy
        && i.lifecycle == L::InService
        && t >= i.running_at
        && t >= i.app_ready_at
        && !i.broken
        && (t >= i.stress_until || i.stress_workers == 0)
        && i.queue == 0
        && i.serve_frac == 0.0
        && credits_ok;
    steady.then_some((i.itype, i.cap_rps, i.vcpus, i.pct_per_req))
}

/// A member's current values: (CPU [%], served [count], ρ, CPU sum [%·s] and seconds
/// [s] of the filling minute, surplus credits [credits]).
pub(crate) type MemberNow = (f64, u64, f64, f64, u32, f64);

impl Cohort {
    /// Does second (base, rem) keep every member in the steady regime?
    #[inline]
    pub fn fits(&self, base: u64, rem: u64) -> bool {
        let amax = base + u64::from(rem > 0);
        if base == 0 || amax >= self.whole || self.base_cpu + amax as f64 * self.pct > 100.0 {
            return false;
        }
        match self.credit {
            Some((spp, e)) => e - (self.base_cpu + base as f64 * self.pct) * spp <= 0.0,
            None => true,
        }
    }

    /// Members among the ranks start, start+1, … (rem of them, cyclic) [count].
    #[inline]
    fn plus_count(&self, start: u64, rem: u64) -> u64 {
        let (s, e, n) = (start as usize, (start + rem) as usize, self.n as usize);
        let c = if e <= n { self.pre[e] - self.pre[s] } else { self.pre[n] - self.pre[s] + self.pre[e - n] };
        c as u64
    }

    /// Add the members' second to the group totals and the window.
    #[inline]
    pub fn serve(&mut self, t: u64, base: u64, rem: u64, start: u64, s: &mut SecondTotals) {
        let served = self.k * base + self.plus_count(start, rem);
        let k = self.k as f64;
        s.served += served;
        s.ins += self.k as u32;
        s.healthy += self.k as u32;
        s.cpu_n += self.k as u32;
        s.mu_sum += k * self.mu;
        s.cpu_sum += k * self.base_cpu + served as f64 * self.pct;
        self.main.add(base, rem, start);
        self.sync.add(base, rem, start);
        self.last = (t, base, rem, start);
    }

    /// Requests of the member at rank `r` last second.
    #[inline]
    fn last_requests(&self, r: u64) -> u64 {
        let (_, b, rem, st) = self.last;
        requests((b, rem, st), r, self.n)
    }

    /// CPU [%] and ρ of a member that got `a` requests (as `load::serve_second` computes them).
    #[inline]
    fn cpu_rho(&self, a: u64) -> (f64, f64) {
        let af = a as i64 as f64;
        let want = self.base_cpu + af * self.pct + 0.0;
        let rho = af * self.inv_mu;
        (if want < 100.0 { want } else { 100.0 }, if rho < 0.98 { rho } else { 0.98 })
    }

    /// CPU sum [%·s] of `w` requests over `secs` seconds.
    #[inline]
    fn cpu_sum(&self, w: u64, secs: u64) -> f64 {
        self.base_cpu * secs as f64 + w as f64 * self.pct
    }

    /// Surplus credits [credits] spent at a CPU sum `cpu` [%·s] over `secs` seconds.
    #[inline]
    fn surplus(&self, cpu: f64, secs: u64) -> f64 {
        self.credit.map_or(0.0, |(spp, e)| spp * cpu - e * secs as f64)
    }

    /// Write instance `k`'s last-second fields if it is a member (a health check reads ρ).
    #[inline]
    pub fn touch_idx(&self, k: usize, i: &mut Instance) {
        if self.active && self.main.secs > 0 {
            if let Some(&r) = self.rank_of.get(k).filter(|r| **r != NONE) {
                self.touch(i, r as u64);
            }
        }
    }

    /// Write member `i`'s last-second fields (no window change).
    fn touch(&self, i: &mut Instance, r: u64) {
        if self.last.0 == u64::MAX {
            return;
        }
        let a = self.last_requests(r);
        let (cpu, rho) = self.cpu_rho(a);
        i.arrivals = a;
        i.served = a;
        i.cpu = cpu;
        i.rho = rho;
        i.wait_s = 0.0;
        i.last_request_t = Some(self.last.0);
    }
}

impl Sim {
    /// Try to form the cohort at second `t` (fast round robin, plan `n` eligible, not failing
    /// open) for a second with `base`/`rem` shares. One scan of the fleet.
    pub(crate) fn cohort_form(&mut self, t: u64, n: u64, base: u64, rem: u64) {
        let c = &mut self.cohort;
        c.retry_at = t + 15 - t % 15; // next attempt at the next HPA window at the latest
        c.rank_of.clear();
        c.members.clear();
        c.others.clear();
        let base_cpu = self.load.base_cpu;
        let mut proto: Option<Key> = None;
        let mut rank = 0u32;
        for (k, i) in self.insts.iter_mut().enumerate() {
            if i.lifecycle == L::Terminated {
                // nothing changes for it until it is dropped (which dissolves the cohort)
                i.arrivals = 0;
                c.rank_of.push(NONE);
                continue;
            }
            let elig = i.target == TargetState::Healthy;
            let r = if elig { rank } else { NONE };
            rank += u32::from(elig);
            let key = steady_key(i, t);
            if key.is_some() && (proto.is_none() || key == proto) {
                proto = key;
                c.members.push(k as u32);
                c.rank_of.push(r);
            } else {
                c.others.push((k as u32, r));
                c.rank_of.push(NONE);
            }
        }
        c.key = proto;
        let Some((_, cap_rps, _, pct)) = proto else { return };
        if u64::from(rank) != n {
            return;
        }
        // µ exactly as serve_second computes it without stress at 100 % CPU cap
        let cap_pct = 100.0;
        let req_avail = f64::max(f64::max(cap_pct - 0.0 - base_cpu, cap_pct), 0.0);
        let mu = cap_rps * req_avail * 0.01;
        let first = self.insts[c.members[0] as usize].credits;
        c.credit = first.map(|cr| {
            (cr.spend_per_pct_s, if cr.earn_per_s > cr.spec.max_accrued { cr.spec.max_accrued } else { cr.earn_per_s })
        });
        c.mu = mu;
        c.inv_mu = if mu > 0.0 { 1.0 / mu } else { 0.0 };
        c.whole = (mu + 0.0) as i64 as u64;
        c.pct = pct;
        c.base_cpu = base_cpu;
        c.n = n;
        c.k = c.members.len() as u64;
        if !c.fits(base, rem) {
            return;
        }
        c.pre.clear();
        c.pre.resize(n as usize + 1, 0);
        for &m in &c.members {
            c.pre[c.rank_of[m as usize] as usize + 1] += 1;
        }
        for x in 1..c.pre.len() {
            c.pre[x] += c.pre[x - 1];
        }
        for &m in &c.members {
            let i = &mut self.insts[m as usize];
            if i.mu != mu {
                i.mu = mu;
                i.inv_mu = c.inv_mu;
            }
            i.wait_s = 0.0; // as serve_second sets it with an empty queue
        }
        c.main = Window::default();
        c.sync = Window::default();
        c.last = (u64::MAX, 0, 0, 0);
        c.active = true;
    }

    /// Bring every member's fields up to date; the cohort carries on.
    pub(crate) fn cohort_flush(&mut self) {
        let c = &mut self.cohort;
        if !c.active || c.main.secs == 0 {
            return;
        }
        let (n, secs, ssecs) = (c.n, c.main.secs, c.sync.secs);
        let (wm, ws) = (c.main.split(n), c.sync.split(n));
        let lat_mu = c.mu * secs as f64;
        for &m in &c.members {
            let r = c.rank_of[m as usize] as u64;
            let i = &mut self.insts[m as usize];
            c.touch(i, r);
            let w = requests(wm, r, n);
            let cpu = c.cpu_sum(w, secs);
            i.lat_served_min += w;
            i.lat_mu_min += lat_mu;
            i.cpu_min_sum += cpu;
            i.cpu_min_n += secs as u32;
            if let Some(cr) = i.credits.as_mut() {
                cr.surplus += c.surplus(cpu, secs);
            }
            if ssecs > 0 {
                i.cpu_sync_sum += c.cpu_sum(requests(ws, r, n), ssecs);
                i.cpu_sync_n += ssecs as u32;
            }
        }
        c.main = Window::default();
        c.sync = Window::default();
    }

    /// Minute close: flush; end the cohort (re-formed next second) if it is not active or
    /// some other instance has become steady and could join.
    pub(crate) fn cohort_minute(&mut self, now: u64) {
        self.cohort_flush();
        let c = &self.cohort;
        let grow = c.active
            && c.others.iter().any(|&(k, _)| c.key.is_some() && steady_key(&self.insts[k as usize], now) == c.key);
        if !c.active || grow {
            self.cohort_dissolve();
            self.cohort.retry_at = 0;
        }
    }

    /// Flush and end the cohort (see the module docs for when).
    pub(crate) fn cohort_dissolve(&mut self) {
        self.cohort_flush();
        self.cohort.active = false;
    }

    /// Current values of instance `k` if it is a member with pending window data.
    pub(crate) fn member_now(&self, k: usize) -> Option<MemberNow> {
        let c = &self.cohort;
        if !c.active || c.main.secs == 0 {
            return None;
        }
        let r = *c.rank_of.get(k).filter(|r| **r != NONE)? as u64;
        let i = &self.insts[k];
        let a = c.last_requests(r);
        let (cpu, rho) = c.cpu_rho(a);
        let secs = c.main.secs;
        let cpu_w = c.cpu_sum(requests(c.main.split(c.n), r, c.n), secs);
        let sur = i.credits.map_or(0.0, |cr| cr.surplus + c.surplus(cpu_w, secs));
        Some((cpu, a, rho, i.cpu_min_sum + cpu_w, i.cpu_min_n + secs as u32, sur))
    }

    /// CPU sum [%·s] and seconds [s] of instance `k` in the filling minute.
    pub(crate) fn cpu_minute_so_far(&self, k: usize) -> (f64, u32) {
        let i = &self.insts[k];
        self.member_now(k).map_or((i.cpu_min_sum, i.cpu_min_n), |m| (m.3, m.4))
    }
}
