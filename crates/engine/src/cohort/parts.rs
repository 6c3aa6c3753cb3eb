//! The cohort's small value types: shares of a second, flush windows, the members' common
//! key and rates, and a member's values computed between flushes.

use crate::catalog::{CreditMode, InstanceType};
use crate::credits::Credits;
use crate::instance::Instance;
use crate::views::TargetState;

/// An instance outside the cohort that the flow pass visits one by one.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Other {
    /// index in the instance list
    pub idx: u32,
    /// rank among the eligible targets (None: not eligible)
    pub rank: Option<u32>,
}

/// Credit rates shared by burstable members, and which way their balances move.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct CreditRates {
    /// credits spent per CPU %·s [credits/(%·s)]
    pub(super) spend_per_pct_s: f64,
    /// credits earned per second, after the accrual cap [credits/s]
    pub(super) earn_per_s: f64,
    /// which way the members' balances move
    pub(super) regime: Regime,
}

/// Which way burstable members' credits move while the cohort holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Regime {
    /// every member spends at least what it earns (Unlimited with an empty balance: surplus
    /// only rises)
    Spending,
    /// every member earns at least what it spends each second (balances only rise: surplus
    /// paid down, then accrual to the cap)
    Earning,
    /// T2 Standard with launch credits: launch credits pay every second's spending, the
    /// accrued balance earns (to the cap), while [`LaunchGuard`] holds
    Launch(LaunchGuard),
}

/// The launch-credit regime's bound: since the cohort formed, no member can have spent more
/// than the busiest possible member (`base + 1` requests every second), so every member
/// keeps launch credits for each second's spending and a balance above the Standard-mode
/// decline (CPU ceiling 100 %) while `used` stays within `room`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct LaunchGuard {
    /// most a member may spend from formation on [credits]: the lowest launch balance, and
    /// the lowest total balance above the decline's start (less a margin for rounding)
    pub(super) room: f64,
    /// spending of the busiest possible member since formation [credits]
    pub(super) used: f64,
}

/// Where a member's credits stand, for the regimes of [`Regime`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CreditClass {
    /// a fixed-performance type
    NoCredits,
    /// Unlimited, empty balance, no launch credits: fits either regime
    Empty,
    /// no launch credits and a ceiling of 100 % that a rising balance keeps (Unlimited with
    /// a balance, or Standard above the decline): fits the earning regime only
    Earner,
    /// T2 Standard with launch credits, above the decline: fits the launch-credit regime only
    Launch,
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
pub(super) struct LastSecond {
    /// the second [s]
    pub(super) t: u64,
    /// its shares
    pub(super) shares: Shares,
}

/// Seconds served as a cohort since some start.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Window {
    /// seconds [s]
    pub(super) secs: u64,
    /// Σ base share [requests]
    pub(super) sum_base: u64,
    /// Σ remainders [requests]
    pub(super) rem_total: u64,
    /// cursor at the first second [rank]
    pub(super) start0: u64,
}

impl Window {
    #[inline]
    pub(super) fn add(&mut self, base: u64, rem: u64, start: u64) {
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
    pub(super) fn split(&self, n: u64) -> Shares {
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
pub(super) struct Key {
    pub(super) itype: InstanceType,
    /// requests/s at 100 % CPU [req/s]
    pub(super) cap_rps: f64,
    /// vCPUs [count]
    pub(super) vcpus: u32,
    /// CPU per request/s [%·s]
    pub(super) pct_per_req: f64,
    /// where its credits stand
    pub(super) class: CreditClass,
}

/// The instance's cohort key if it is in the steady regime at second `t` (module docs).
pub(super) fn steady_key(i: &Instance, t: u64) -> Option<Key> {
    let class = match &i.credits {
        None => Some(CreditClass::NoCredits),
        Some(cr) if !cr.unthrottled() => None,
        Some(cr) if cr.launch > 0.0 => (cr.mode == CreditMode::Standard).then_some(CreditClass::Launch),
        Some(cr) if cr.mode == CreditMode::Unlimited && cr.accrued == 0.0 => Some(CreditClass::Empty),
        Some(_) => Some(CreditClass::Earner),
    };
    let credits_ok = class.is_some();
    let steady = i.target == TargetState::Healthy
        && i.in_service()
        && t >= i.running_at
        && t >= i.app_ready_at
        && !i.broken
        && (t >= i.stress_until || i.stress_workers == 0)
        && i.queue == 0
        && i.serve_frac == 0.0
        && credits_ok;
    let class = class?;
    steady.then_some(Key { itype: i.itype, cap_rps: i.cap_rps, vcpus: i.vcpus, pct_per_req: i.pct_per_req, class })
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
    /// credit state with the window's surplus spent
    pub credits: Option<Credits>,
}
