//! Kubernetes HPA for comparison (docs/aws-behaviour.md §10).

use std::collections::VecDeque;

/// `ceil(current × metric / target)`, or `current` if the ratio is within the tolerance.
pub fn desired_replicas(current: u32, metric: f64, target: f64, tolerance: f64) -> u32 {
    if !(metric.is_finite() && target.is_finite() && target > 0.0 && metric >= 0.0) {
        return current;
    }
    let ratio = metric / target;
    if (ratio - 1.0).abs() <= tolerance {
        return current;
    }
    let d = libm::ceil(current as f64 * ratio - 1e-9);
    d.clamp(0.0, u32::MAX as f64) as u32
}

/// Default scale-up limit per 15 s: max(+100 %, +4 pods).
pub fn scale_up_limit(current: u32) -> u32 {
    (current.saturating_mul(2)).max(current.saturating_add(4))
}

/// HPA controller state: recommendations inside the scale-down stabilization window.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HpaState {
    /// (time [s], recommendation [replicas]) within the window
    pub recs: VecDeque<(u64, u32)>,
    /// last recommendation and why (for the UI)
    pub last: Option<(u32, f64)>,
}

/// Inputs of one HPA sync.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HpaInput {
    /// current replicas (desired capacity)
    pub current: u32,
    /// ready pods with metrics [count]
    pub ready: u32,
    /// not-ready pods (pending / initialising) [count]
    pub unready: u32,
    /// average CPU of ready pods [%]
    pub ready_avg: f64,
    /// target [%]
    pub target: f64,
    /// tolerance
    pub tolerance: f64,
    /// min/max replicas
    pub min: u32,
    /// max replicas
    pub max: u32,
}

impl HpaState {
    /// One sync at `t`: returns the new desired replicas.
    /// Unready pods count as 0 % when scaling up (damping); if that reverses the direction
    /// or lands within tolerance, nothing happens (§10 readiness handling). Scale-down uses
    /// the highest recommendation of the last `window_s`; scale-up is limited to
    /// max(2×, +4) per sync.
    pub fn sync(&mut self, t: u64, x: HpaInput, window_s: u32) -> u32 {
        let mut rec = x.current;
        if x.ready > 0 {
            let ratio = x.ready_avg / x.target.max(1e-9);
            if (ratio - 1.0).abs() > x.tolerance {
                let mut r = desired_replicas(x.ready, x.ready_avg, x.target, 0.0);
                if ratio > 1.0 && x.unready > 0 {
                    let n = x.ready + x.unready;
                    let adj = x.ready_avg * x.ready as f64 / n as f64;
                    let ratio2 = adj / x.target.max(1e-9);
                    r = if ratio2 <= 1.0 + x.tolerance { x.current } else { desired_replicas(n, adj, x.target, 0.0) };
                }
                rec = r;
            }
            self.last = Some((rec, ratio));
        }
        rec = rec.clamp(x.min, x.max);
        self.recs.push_back((t, rec));
        while self.recs.front().is_some_and(|&(ts, _)| ts + window_s as u64 <= t) {
            self.recs.pop_front();
        }
        let mut out = rec;
        if rec < x.current {
            // stabilization: highest recommendation in the window
            out = self.recs.iter().map(|r| r.1).max().unwrap_or(rec).min(x.current);
        } else if rec > x.current {
            out = rec.min(scale_up_limit(x.current));
        }
        out.clamp(x.min, x.max)
    }
}
