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
use crate::sim::instance::Instance;
use crate::sim::load::SecondTotals;
use crate::sim::views::{LifecycleState as L, TargetState};

/// The cohort, its members' shared per-second constants and its flush windows.
#[derive(Clone, Debug, Default)]
pub(crate) struct Cohort {
    /// a cohort exists
    pub active: bool,
    /// no formation attempt before [s]
    pub retry_at: u64,
    /// never form (tests compare against the per-instance path)
    #[cfg(test)]
    pub disabled: bool,
    /// what members have in common
    key: Option<Key>,
    /// rank among the eligible targets, by instance index (None = not a member)
    rank_of: Vec<Option<u32>>,
    /// member instance indices
    members: Vec<u32>,
    /// the instances outside the cohort, not terminated
    pub others: Vec<Other>,
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
    /// credit rates of Unlimited members (None: fixed-performance type)
    credit: Option<CreditRates>,
    /// seconds since the last flush (CPU/latency minute sums, surplus credits)
    main: Window,
    /// seconds since the last flush or HPA window start (HPA CPU sums)
    pub sync: Window,
    /// the last second served as a cohort since the cohort formed
    last: Option<LastSecond>,
}

/// An instance outside the cohort that the flow pass visits one by one.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Other {
    /// index in the instance list
    pub idx: u32,
    /// rank among the eligible targets (None: not eligible)
    pub rank: Option<u32>,
}

/// Credit rates shared by Unlimited members.
#[derive(Clone, Copy, Debug, PartialEq)]
struct CreditRates {
    /// credits spent per CPU %·s [credits/(%·s)]
    spend_per_pct_s: f64,
    /// credits earned per second, after the accrual cap [credits/s]
    earn_per_s: f64,
}

/// How requests were shared among the eligible ranks: every rank got `base`, and the `rem`
/// ranks from `start` on (cyclic) one more.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Shares {
    /// requests every rank got [requests]
    pub base: u64,
    /// ranks that got one more [count]
    pub rem: u64,
    /// first rank of the remainder sweep [rank]
    pub start: u64,
}

/// The last second served as a cohort.
#[derive(Clone, Copy, Debug)]
struct LastSecond {
    /// the second [s]
    t: u64,
    /// its shares
    shares: Shares,
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
    /// The window's requests as shares over `n` ranks (the remainders are handed out in one
    /// continuous sweep of the round-robin cursor).
    #[inline]
    fn split(&self, n: u64) -> Shares {
        Shares { base: self.sum_base + self.rem_total / n, rem: self.rem_total % n, start: self.start0 }
    }
}

impl Shares {
    /// Requests of rank `r` of `n` [requests].
    #[inline(always)]
    pub fn of(self, r: u64, n: u64) -> u64 {
        let d = if r >= self.start { r - self.start } else { r + n - self.start };
        self.base + u64::from(d < self.rem)
    }
}

/// Same type (credit rates) and capacity: identical per-second arithmetic.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Key {
    itype: InstanceType,
    /// requests/s at 100 % CPU [req/s]
    cap_rps: f64,
    /// vCPUs [count]
    vcpus: u32,
    /// CPU per request/s [%·s]
    pct_per_req: f64,
}

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
    steady.then_some(Key { itype: i.itype, cap_rps: i.cap_rps, vcpus: i.vcpus, pct_per_req: i.pct_per_req })
}

/// A member's current values, computed between flushes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct MemberNow {
    /// CPU of the last second [%]
    pub cpu: f64,
    /// requests served in the last second [count]
    pub served: u64,
    /// utilisation ρ of the last second
    pub rho: f64,
    /// CPU sum of the filling minute [%·s]
    pub cpu_min_sum: f64,
    /// seconds of the filling minute [s]
    pub cpu_min_n: u32,
    /// surplus credits [credits]
    pub surplus: f64,
}

impl Cohort {
    /// Does second (base, rem) keep every member in the steady regime?
    #[inline]
    pub fn fits(&self, base: u64, rem: u64) -> bool {
        let amax = base + u64::from(rem > 0);
        if base == 0 || amax >= self.whole || self.base_cpu + amax as f64 * self.pct > 100.0 {
            return false;
        }
        match self.credit {
            Some(cr) => cr.earn_per_s - (self.base_cpu + base as f64 * self.pct) * cr.spend_per_pct_s <= 0.0,
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
    pub fn serve(&mut self, t: u64, shares: Shares, s: &mut SecondTotals) {
        let Shares { base, rem, start } = shares;
        let served = self.k * base + self.plus_count(start, rem);
        let k = self.k as f64;
        s.served += served;
        s.lifecycle.in_service += self.k as u32;
        s.healthy += self.k as u32;
        s.cpu_n += self.k as u32;
        s.mu_sum += k * self.mu;
        s.cpu_sum += k * self.base_cpu + served as f64 * self.pct;
        self.main.add(base, rem, start);
        self.sync.add(base, rem, start);
        self.last = Some(LastSecond { t, shares });
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
        self.credit.map_or(0.0, |cr| cr.spend_per_pct_s * cpu - cr.earn_per_s * secs as f64)
    }

    /// Write instance `k`'s last-second fields if it is a member (a health check reads ρ).
    #[inline]
    pub fn touch_idx(&self, k: usize, i: &mut Instance) {
        if self.active && self.main.secs > 0 {
            if let Some(r) = self.rank_of.get(k).copied().flatten() {
                self.touch(i, r as u64);
            }
        }
    }

    /// Write member `i`'s last-second fields (no window change).
    fn touch(&self, i: &mut Instance, r: u64) {
        let Some(last) = self.last else { return };
        let a = last.shares.of(r, self.n);
        let (cpu, rho) = self.cpu_rho(a);
        i.arrivals = a;
        i.served = a;
        i.cpu = cpu;
        i.rho = rho;
        i.wait_s = 0.0;
        i.last_request_t = Some(last.t);
    }
}

impl Cohort {
    /// Try to form the cohort at second `t` (fast round robin, plan `n` eligible, not failing
    /// open) for a second with `base`/`rem` shares; idle CPU `base_cpu` [%]. One scan of the
    /// fleet.
    pub fn form(&mut self, insts: &mut [Instance], base_cpu: f64, t: u64, n: u64, base: u64, rem: u64) {
        let c = self;
        c.retry_at = t + 15 - t % 15; // next attempt at the next HPA window at the latest
        c.rank_of.clear();
        c.members.clear();
        c.others.clear();
        let mut proto: Option<Key> = None;
        let mut rank = 0u32;
        for (k, i) in insts.iter_mut().enumerate() {
            if i.lifecycle == L::Terminated {
                // nothing changes for it until it is dropped (which dissolves the cohort)
                i.arrivals = 0;
                c.rank_of.push(None);
                continue;
            }
            let elig = i.target == TargetState::Healthy;
            let r = elig.then_some(rank);
            rank += u32::from(elig);
            let key = steady_key(i, t);
            if key.is_some() && (proto.is_none() || key == proto) {
                proto = key;
                c.members.push(k as u32);
                c.rank_of.push(r);
            } else {
                c.others.push(Other { idx: k as u32, rank: r });
                c.rank_of.push(None);
            }
        }
        c.key = proto;
        let Some(Key { cap_rps, pct_per_req: pct, .. }) = proto else { return };
        if u64::from(rank) != n {
            return;
        }
        // µ exactly as serve_second computes it without stress at 100 % CPU cap
        let cap_pct = 100.0;
        let req_avail = f64::max(f64::max(cap_pct - 0.0 - base_cpu, cap_pct), 0.0);
        let mu = cap_rps * req_avail * 0.01;
        let first = insts[c.members[0] as usize].credits;
        c.credit = first.map(|cr| CreditRates {
            spend_per_pct_s: cr.spend_per_pct_s,
            earn_per_s: if cr.earn_per_s > cr.spec.max_accrued { cr.spec.max_accrued } else { cr.earn_per_s },
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
            c.pre[c.rank_of[m as usize].map_or(0, |r| r as usize + 1)] += 1;
        }
        for x in 1..c.pre.len() {
            c.pre[x] += c.pre[x - 1];
        }
        for &m in &c.members {
            let i = &mut insts[m as usize];
            if i.mu != mu {
                i.mu = mu;
                i.inv_mu = c.inv_mu;
            }
            i.wait_s = 0.0; // as serve_second sets it with an empty queue
        }
        c.main = Window::default();
        c.sync = Window::default();
        c.last = None;
        c.active = true;
    }

    /// Bring every member's fields up to date; the cohort carries on.
    pub fn flush(&mut self, insts: &mut [Instance]) {
        let c = self;
        if !c.active || c.main.secs == 0 {
            return;
        }
        let (n, secs, ssecs) = (c.n, c.main.secs, c.sync.secs);
        let (wm, ws) = (c.main.split(n), c.sync.split(n));
        let lat_mu = c.mu * secs as f64;
        for &m in &c.members {
            let r = c.rank_of[m as usize].map_or(0, u64::from);
            let i = &mut insts[m as usize];
            c.touch(i, r);
            let w = wm.of(r, n);
            let cpu = c.cpu_sum(w, secs);
            i.lat_served_min += w;
            i.lat_mu_min += lat_mu;
            i.cpu_min_sum += cpu;
            i.cpu_min_n += secs as u32;
            if let Some(cr) = i.credits.as_mut() {
                cr.surplus += c.surplus(cpu, secs);
            }
            if ssecs > 0 {
                i.cpu_sync_sum += c.cpu_sum(ws.of(r, n), ssecs);
                i.cpu_sync_n += ssecs as u32;
            }
        }
        c.main = Window::default();
        c.sync = Window::default();
    }

    /// Minute close: flush; end the cohort (re-formed next second) if it is not active or
    /// some other instance has become steady and could join.
    pub fn minute(&mut self, insts: &mut [Instance], now: u64) {
        self.flush(insts);
        let grow = self.active
            && self.others.iter().any(|o| self.key.is_some() && steady_key(&insts[o.idx as usize], now) == self.key);
        if !self.active || grow {
            self.dissolve(insts);
            self.retry_at = 0;
        }
    }

    /// Flush and end the cohort (see the module docs for when).
    pub fn dissolve(&mut self, insts: &mut [Instance]) {
        self.flush(insts);
        self.active = false;
    }

    /// The HPA window ends: members' HPA sums are brought up to date when `read` (an HPA
    /// policy reads them), and the window restarts.
    pub fn end_sync_window(&mut self, insts: &mut [Instance], read: bool) {
        if read {
            self.flush(insts);
        }
        self.sync = Window::default();
    }

    /// Never form (the per-instance path alone), for tests that compare the two.
    #[inline(always)]
    pub fn disabled(&self) -> bool {
        #[cfg(test)]
        return self.disabled;
        #[cfg(not(test))]
        false
    }

    /// Current values of instance `k` if it is a member with pending window data.
    pub fn member_now(&self, insts: &[Instance], k: usize) -> Option<MemberNow> {
        let c = self;
        if !c.active || c.main.secs == 0 {
            return None;
        }
        let r = c.rank_of.get(k).copied().flatten()? as u64;
        let i = &insts[k];
        let a = c.last?.shares.of(r, c.n);
        let (cpu, rho) = c.cpu_rho(a);
        let secs = c.main.secs;
        let cpu_w = c.cpu_sum(c.main.split(c.n).of(r, c.n), secs);
        let surplus = i.credits.map_or(0.0, |cr| cr.surplus + c.surplus(cpu_w, secs));
        Some(MemberNow {
            cpu,
            served: a,
            rho,
            cpu_min_sum: i.cpu_min_sum + cpu_w,
            cpu_min_n: i.cpu_min_n + secs as u32,
            surplus,
        })
    }
}
