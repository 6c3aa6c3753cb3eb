//! The steady cohort: healthy, idle-queued instances of one type served as ONE group per
//! second (the engine's aggregation model; see benches/day.rs for why).
//!
//! # When an instance is in the steady regime
//! InService, target Healthy (routing not failing open), app ready, not broken, no stress,
//! empty queue and no carried service fraction, and credits that cannot throttle it: none
//! (fixed-performance type), Unlimited, or Standard above the decline's starting balance.
//! A second keeps the whole cohort in that regime when round robin (no slow start) gives every
//! member `base` or `base + 1` requests with `1 ≤ base`, `base + 1 < ⌊µ⌋` (all served, queue
//! stays empty), the busier CPU `base_cpu + (base + 1) × 100/cap` is within 100 % and the
//! quieter one spends at least the credits earned (the accrued balance stays at 0), or the
//! busier one earns at least what it spends (balances only rise), or — T2 Standard with
//! launch credits — the busiest possible member's spending since formation stays within
//! every member's launch credits and balance above the decline (launch credits pay all
//! spending, earnings accrue; `parts::LaunchGuard`).
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
//! cost, the filling minute) compute members' current values through [`Cohort::member_now`].
//! Memory: a few vectors sized by the instance list.

mod life;
mod parts;
#[cfg(test)]
mod tests;

use crate::instance::Instance;
use crate::load::SecondTotals;
use parts::{CreditRates, Key, LastSecond, Regime, Window};
pub(crate) use parts::{MemberNow, Other, Shares};

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

impl Cohort {
    /// Does second (base, rem) keep every member in the steady regime?
    #[inline]
    pub fn fits(&self, base: u64, rem: u64) -> bool {
        let amax = base + u64::from(rem > 0);
        if base == 0 || amax >= self.whole || self.base_cpu + amax as f64 * self.pct > 100.0 {
            return false;
        }
        let busiest = self.base_cpu + amax as f64 * self.pct;
        match self.credit {
            // the busiest member spends no more than it earns
            Some(CreditRates { regime: Regime::Earning, earn_per_s, spend_per_pct_s }) => {
                earn_per_s - busiest * spend_per_pct_s >= 0.0
            }
            // the quietest member spends at least what it earns
            Some(CreditRates { regime: Regime::Spending, earn_per_s, spend_per_pct_s }) => {
                earn_per_s - (self.base_cpu + base as f64 * self.pct) * spend_per_pct_s <= 0.0
            }
            // launch credits last this second too, for the busiest member
            Some(CreditRates { regime: Regime::Launch(g), spend_per_pct_s, .. }) => {
                g.used + busiest * spend_per_pct_s <= g.room
            }
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
        if let Some(CreditRates { regime: Regime::Launch(g), spend_per_pct_s, .. }) = self.credit.as_mut() {
            let amax = base + u64::from(rem > 0);
            g.used += (self.base_cpu + amax as f64 * self.pct) * *spend_per_pct_s;
        }
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

    /// Credits spent beyond those earned [credits] at a CPU sum `cpu` [%·s] over `secs`
    /// seconds (negative: earned beyond those spent).
    #[inline]
    fn surplus(&self, cpu: f64, secs: u64) -> f64 {
        self.credit.map_or(0.0, |cr| cr.spend_per_pct_s * cpu - cr.earn_per_s * secs as f64)
    }

    /// A member's credits after a window with CPU sum `cpu` [%·s] over `secs` [s].
    #[inline]
    fn settle(&self, cr: &mut crate::credits::Credits, cpu: f64, secs: u64) {
        match self.credit {
            Some(CreditRates { regime: Regime::Launch(_), spend_per_pct_s, earn_per_s }) => {
                // every second: launch credits pay the spending, all earnings accrue
                cr.launch -= spend_per_pct_s * cpu;
                cr.earn(earn_per_s * secs as f64);
            }
            Some(CreditRates { regime: Regime::Earning, .. }) => cr.earn(-self.surplus(cpu, secs)),
            _ => cr.add_surplus(self.surplus(cpu, secs)),
        }
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
