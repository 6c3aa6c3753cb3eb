//! Automatic target weights (ALB, November 2023; docs/aws-behaviour.md §6 "Routing
//! algorithms"): anomaly detection on each target's share of errors and, with the
//! `weighted_random` algorithm and `anomaly_mitigation` on, lower routing weights for the
//! anomalous targets.
//!
//! ```text
//!  every second (weighted_random only)   every 5 s
//!  requests, errors per target ──► window ──► detect (≥ 3 healthy targets)
//!                                               │ anomalous: error share ≥ 10 % and ≥ 2 × the
//!                                               │            others' share + 5 points [EST]
//!                                               ▼
//!                                   mitigation on: weight ÷ 2 (floor 0.02) while anomalous,
//!                                                  + 0.1 back to 1 once normal [EST]
//! ```
//!
//! AWS documents the inputs (HTTP 5xx from targets and connection errors), the 3-target
//! minimum, the five-second adjustment and the gradual return to parity; the thresholds, the
//! halving and the ramp back are the lab's estimates. The lab detects only under
//! `weighted_random` (the other algorithms use the cohort fast path, which has no per-target
//! errors); the console would show detection results under any algorithm.

use crate::views::TargetState;

/// A target as detection sees it (implemented by `Instance`, which owns an [`Atw`]).
pub trait Target {
    /// the target's health state
    fn state(&self) -> TargetState;
    /// its detection window and weight
    fn atw(&self) -> &Atw;
    /// the same, to update
    fn atw_mut(&mut self) -> &mut Atw;
}

/// Adjustment period [s] (AWS: "every five seconds").
pub const PERIOD_S: u64 = 5;
/// Lowest weight mitigation leaves an anomalous target (it keeps getting a little traffic, so
/// that its recovery shows) [fraction of a normal target's weight] [EST].
pub const MIN_WEIGHT: f64 = 0.02;
/// Weight regained per period once a target is normal again [fraction] [EST].
pub const RAMP_BACK: f64 = 0.1;
/// Fewest healthy targets for detection (AWS: three).
pub const MIN_TARGETS: usize = 3;

/// One target's detection window and mitigation state.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Atw {
    /// requests routed to the target in the current window [count]
    pub requests: u64,
    /// of which failed at the target (5xx, refused, timed out) [count]
    pub errors: u64,
    /// DescribeTargetHealth's AnomalyDetection.Result is `anomalous`
    pub anomalous: bool,
    /// routing weight mitigation leaves it (1 = normal) [fraction]
    pub weight: f64,
}

impl Default for Atw {
    fn default() -> Self {
        Atw { requests: 0, errors: 0, anomalous: false, weight: 1.0 }
    }
}

impl Atw {
    /// Is mitigation in effect (MitigationInEffect `yes`)?
    pub fn mitigated(&self) -> bool {
        self.weight < 1.0
    }
}

/// Account one second of target `i`: `requests` routed to it, `errors` of them failed.
#[inline]
pub fn count(i: &mut impl Target, requests: u64, errors: u64) {
    let a = i.atw_mut();
    a.requests += requests;
    a.errors += errors;
}

/// Error share above which a target stands out [fraction] [EST].
const FLOOR: f64 = 0.10;

/// End of a period: detect (with at least [`MIN_TARGETS`] healthy targets) and, if
/// `mitigate`, move the weights; the windows restart.
pub fn period(targets: &mut [impl Target], mitigate: bool) {
    let healthy = targets.iter().filter(|i| i.state() == TargetState::Healthy).count();
    let (req, err) = targets.iter().fold((0u64, 0u64), |(r, e), i| (r + i.atw().requests, e + i.atw().errors));
    for i in targets.iter_mut() {
        let judged = healthy >= MIN_TARGETS && i.state() == TargetState::Healthy;
        let a = i.atw_mut();
        if !judged {
            a.anomalous = false;
        } else if a.requests > 0 {
            let own = a.errors as f64 / a.requests as f64;
            let (r, e) = (req - a.requests, err - a.errors);
            let others = if r > 0 { e as f64 / r as f64 } else { 0.0 };
            a.anomalous = own >= FLOOR && own >= 2.0 * others + 0.05;
        }
        a.weight = if !mitigate {
            1.0
        } else if a.anomalous {
            f64::max(a.weight * 0.5, MIN_WEIGHT)
        } else {
            f64::min(a.weight + RAMP_BACK, 1.0)
        };
        a.requests = 0;
        a.errors = 0;
    }
}
