//! Target tracking formulas (docs/aws-behaviour.md §2 "Capacity formula" [EST], "Rounding" [DOC]).

/// Capacity that brings `metric` (measured on `n_ready` non-warming instances) to `target`:
/// `ceil(n_ready × metric / target)` [EST]. Rounding up means scale-out adds more (+1.5 → +2)
/// and scale-in removes fewer (−1.5 → −1), as AWS's worked example requires (§2).
/// Returns None for invalid inputs (no ready instance, non-finite or non-positive target).
pub fn required_capacity(n_ready: u32, metric: f64, target: f64) -> Option<u32> {
    if n_ready == 0 || !metric.is_finite() || !target.is_finite() || target <= 0.0 || metric < 0.0 {
        return None;
    }
    let exact = n_ready as f64 * metric / target;
    // guard against 2.0000000001 from float noise
    let c = libm::ceil(exact - 1e-9);
    Some(c.clamp(0.0, u32::MAX as f64) as u32)
}

/// The policy's proposal for one evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proposal {
    /// raise desired to this
    Out(u32),
    /// lower desired to this (all policies must agree)
    In(u32),
    /// no change
    Hold,
}

/// Decide given alarm states. `high`/`low` = AlarmHigh/AlarmLow in ALARM; `n_ready`,
/// `metric` over non-warming instances; `desired` current desired (warming instances count
/// toward it); `warming` = some instance still in warm-up (blocks scale-in, §2).
#[allow(clippy::too_many_arguments)]
pub fn propose(
    high: bool,
    low: bool,
    n_ready: u32,
    metric: Option<f64>,
    target: f64,
    desired: u32,
    warming: bool,
    disable_scale_in: bool,
) -> Proposal {
    let Some(m) = metric else { return Proposal::Hold };
    let Some(req) = required_capacity(n_ready, m, target) else { return Proposal::Hold };
    if high && m > target && req > desired {
        return Proposal::Out(req);
    }
    if low && !disable_scale_in && !warming && req < desired {
        return Proposal::In(req.max(1));
    }
    Proposal::Hold
}
