//! Step scaling formulas (docs/aws-behaviour.md §3 "Step adjustments", "Rounding for
//! PercentChangeInCapacity").

pub use crate::policy_spec::validate_steps;
use crate::policy_spec::{AdjustmentType, StepAdjustment};

/// Instances to add (+) or remove (−) for `pct` % of `current`, AWS's rounding:
/// x > 1 → floor (12.7 → 12); 0 < x < 1 → 1; −1 < x < 0 → −1; x < −1 → toward zero
/// (−6.67 → −6); then `|adj| ≥ min_mag` if given (+25 % of 4 = 1, min 2 → 2).
pub fn percent_adjustment(current: u32, pct: i64, min_mag: Option<u32>) -> i64 {
    let x = current as f64 * pct.clamp(-1_000_000, 1_000_000) as f64 / 100.0;
    let mut adj = if x >= 1.0 {
        libm::floor(x) as i64
    } else if x > 0.0 {
        1
    } else if x == 0.0 {
        0
    } else if x > -1.0 {
        -1
    } else {
        libm::ceil(x) as i64
    };
    if let Some(mm) = min_mag {
        let mm = (mm as i64).min(1_000_000);
        if adj != 0 && adj.abs() < mm {
            adj = adj.signum() * mm;
        }
    }
    adj
}

/// New capacity (before clamping to [min, max]) after one adjustment.
pub fn apply_adjustment(current: u32, kind: AdjustmentType, adjustment: i64, min_mag: Option<u32>) -> i64 {
    match kind {
        AdjustmentType::ChangeInCapacity => (current as i64).saturating_add(adjustment),
        AdjustmentType::ExactCapacity => adjustment,
        AdjustmentType::PercentChangeInCapacity => {
            (current as i64).saturating_add(percent_adjustment(current, adjustment, min_mag))
        }
    }
}

/// Index of the step matching `delta = metric − threshold`. Bounds are relative to the
/// threshold; for an upper alarm (`>`/`>=`, `above = true`) the lower bound is inclusive and
/// the upper exclusive, for a lower alarm the reverse (§3).
pub fn find_step(steps: &[StepAdjustment], delta: f64, above: bool) -> Option<usize> {
    if !delta.is_finite() {
        return None;
    }
    steps.iter().position(|s| {
        let lo = s.lower.unwrap_or(f64::NEG_INFINITY);
        let hi = s.upper.unwrap_or(f64::INFINITY);
        if above {
            delta >= lo && delta < hi
        } else {
            delta > lo && delta <= hi
        }
    })
}
