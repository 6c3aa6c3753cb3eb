//! The life of a cohort: forming it in one scan, flushing members' fields in closed form,
//! the minute close, dissolving it, and members' values between flushes (module docs of
//! `cohort`).

use super::parts::{steady_key, CreditClass, CreditRates, Key, LaunchGuard, Regime, Window};
use super::{Cohort, MemberNow, Other};
use crate::instance::Instance;
use crate::views::{LifecycleState as L, TargetState};

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
            if i.lifecycle() == L::Terminated {
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
        let class = proto.map(|k| k.class);
        c.credit = first.map(|cr| CreditRates {
            spend_per_pct_s: cr.spend_per_pct_s,
            earn_per_s: if cr.earn_per_s > cr.spec.max_accrued { cr.spec.max_accrued } else { cr.earn_per_s },
            regime: Regime::Spending,
        });
        if let Some(cr) = c.credit.as_mut() {
            // the regime this second allows: launch credits paying (T2 Standard while they
            // last); spending when even the quietest member spends what it earns (only with
            // empty balances), else earning if the busiest does not
            let quiet_net = cr.earn_per_s - (base_cpu + base as f64 * pct) * cr.spend_per_pct_s;
            cr.regime = match class {
                Some(CreditClass::Launch) => Regime::Launch(launch_guard(insts, &c.members)),
                Some(CreditClass::Earner) => Regime::Earning,
                _ if quiet_net > 0.0 => Regime::Earning,
                _ => Regime::Spending,
            };
        }
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
    ///
    /// (The launch-credit regime's guard keeps counting from formation: flushes do not
    /// widen its room.)
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
                c.settle(cr, cpu, secs);
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
        let credits = i.credits.map(|mut cr| {
            c.settle(&mut cr, cpu_w, secs);
            cr
        });
        Some(MemberNow {
            cpu,
            served: a,
            rho,
            cpu_min_sum: i.cpu_min_sum + cpu_w,
            cpu_min_n: i.cpu_min_n + secs as u32,
            credits,
        })
    }
}

/// The launch-credit regime's room for `members` (all of class `Launch`): the lowest launch
/// balance, and the lowest balance above the decline's start, less 0.01 credit so that
/// rounding in the closed form can never cross the ceiling's threshold [credits].
fn launch_guard(insts: &[Instance], members: &[u32]) -> LaunchGuard {
    let mut room = f64::INFINITY;
    for &m in members {
        if let Some(cr) = &insts[m as usize].credits {
            room = room.min(cr.launch).min(cr.balance() - cr.full_ceiling_balance());
        }
    }
    LaunchGuard { room: room - 0.01, used: 0.0 }
}
