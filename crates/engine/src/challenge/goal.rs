//! A challenge's goals: each measured on the run's own figures (its summary, or its state at
//! a second), with a weight.

use crate::views::RunSummary;

/// What is measured, and its bound.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GoalKind {
    /// failed requests ≤ this share of requests [%]
    FailedPct(f64),
    /// whole-run p99 latency ≤ this [ms]
    P99Ms(f64),
    /// the run's cost ≤ this [USD]
    CostUsd(f64),
    /// minutes with the group's CPU above the target ≤ this [min]
    MinutesAbove(u64),
    /// the largest fleet ≤ this [instances]
    PeakInstances(u32),
    /// desired capacity back at min by this second, and still there at the horizon [s]
    BackAtMinBy(u64),
    /// requests still in flight when a target's draining ended (502) ≤ this [count]
    DrainLosses(u64),
    /// scale-outs + scale-ins ≤ this [count] (no thrashing)
    ScalingActions(u32),
    /// requests refused because no target was registered or healthy (503) ≤ this [count]
    NoTarget(u64),
}

/// A goal and its weight in the score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Goal {
    /// what is measured
    pub kind: GoalKind,
    /// its weight [points]
    pub weight: u32,
}

/// Where a goal stands while the run plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalStatus {
    /// met (at the horizon, or for good before it)
    Met,
    /// not decided yet
    NotYet,
    /// missed for good
    Missed,
}

impl GoalKind {
    /// Its link word.
    pub fn word(self) -> &'static str {
        match self {
            GoalKind::FailedPct(_) => "failed",
            GoalKind::P99Ms(_) => "p99",
            GoalKind::CostUsd(_) => "cost",
            GoalKind::MinutesAbove(_) => "above",
            GoalKind::PeakInstances(_) => "peak",
            GoalKind::BackAtMinBy(_) => "atmin",
            GoalKind::DrainLosses(_) => "drain",
            GoalKind::ScalingActions(_) => "actions",
            GoalKind::NoTarget(_) => "notarget",
        }
    }

    /// Its bound as a number (in the kind's unit).
    pub fn bound(self) -> f64 {
        match self {
            GoalKind::FailedPct(x) | GoalKind::P99Ms(x) | GoalKind::CostUsd(x) => x,
            GoalKind::MinutesAbove(n) | GoalKind::BackAtMinBy(n) | GoalKind::DrainLosses(n) | GoalKind::NoTarget(n) => {
                n as f64
            }
            GoalKind::PeakInstances(n) | GoalKind::ScalingActions(n) => f64::from(n),
        }
    }

    /// The kind named `word` with bound `v`, if `v` suits it (finite, ≥ 0; whole where the
    /// unit is).
    pub fn from_word(word: &str, v: f64) -> Option<GoalKind> {
        if !v.is_finite() || v < 0.0 {
            return None;
        }
        let whole = (v.fract() == 0.0 && v <= u32::MAX as f64).then_some(v as u64);
        Some(match word {
            "failed" if v <= 100.0 => GoalKind::FailedPct(v),
            "p99" => GoalKind::P99Ms(v),
            "cost" => GoalKind::CostUsd(v),
            "above" => GoalKind::MinutesAbove(whole?),
            "peak" => GoalKind::PeakInstances(whole? as u32),
            "atmin" => GoalKind::BackAtMinBy(whole?),
            "drain" => GoalKind::DrainLosses(whole?),
            "actions" => GoalKind::ScalingActions(whole? as u32),
            "notarget" => GoalKind::NoTarget(whole?),
            _ => return None,
        })
    }

    /// The run's figure this goal measures, from its summary (`at_min`: whether desired was
    /// at min from the goal's second on, for `BackAtMinBy`; 1 = yes, 0 = no).
    pub fn value(self, s: &RunSummary, at_min: bool) -> f64 {
        match self {
            GoalKind::FailedPct(_) => s.failed_pct,
            GoalKind::P99Ms(_) => s.p99_ms,
            GoalKind::CostUsd(_) => s.cost_usd,
            GoalKind::MinutesAbove(_) => s.minutes_above_target as f64,
            GoalKind::PeakInstances(_) => f64::from(s.peak_instances),
            GoalKind::BackAtMinBy(_) => f64::from(u8::from(at_min)),
            GoalKind::DrainLosses(_) => s.causes.draining as f64,
            GoalKind::ScalingActions(_) => f64::from(s.scale_outs + s.scale_ins),
            GoalKind::NoTarget(_) => s.causes.no_target as f64,
        }
    }

    /// Is `value` within the bound?
    pub fn meets(self, value: f64) -> bool {
        match self {
            GoalKind::BackAtMinBy(_) => value >= 1.0,
            k => value <= k.bound() + 1e-9,
        }
    }

    /// Where it stands in a run at `now` [s] whose summary so far is `s` (horizon `horizon`
    /// [s]): a figure that only grows (cost, minutes, peak, losses, actions) is missed for good
    /// once over its bound; the rest are decided at the horizon (`BackAtMinBy` at its second).
    pub fn status(self, s: &RunSummary, now: u64, at_min_since: Option<u64>, horizon: u64) -> GoalStatus {
        let grows = !matches!(self, GoalKind::FailedPct(_) | GoalKind::P99Ms(_) | GoalKind::BackAtMinBy(_));
        if let GoalKind::BackAtMinBy(t) = self {
            let ok = at_min_since.is_some_and(|x| x <= t);
            return match (now >= horizon, now >= t) {
                (_, true) if !ok => GoalStatus::Missed,
                (true, true) => GoalStatus::Met,
                _ => GoalStatus::NotYet,
            };
        }
        let v = self.value(s, false);
        if grows && !self.meets(v) {
            GoalStatus::Missed
        } else if now >= horizon {
            if self.meets(v) {
                GoalStatus::Met
            } else {
                GoalStatus::Missed
            }
        } else {
            GoalStatus::NotYet
        }
    }
}
