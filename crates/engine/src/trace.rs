//! A recorded request rate replayed as traffic (issue 23): one level a period from second 0,
//! each level a whole number of `quantum_rps`, so that a link carries it exactly.
//!
//! ```text
//!  rate [req/s]
//!    │      ╱╲        linear between points (k·period, level_k·quantum);
//!    │  ╱╲ ╱  ╲__     after the last: start over (looped) or hold the last level
//!    │ ╱  ╳      ╲
//!    └──┴──┴──┴──┴──┴─ t [s]
//!    0  p  2p 3p
//! ```

use std::sync::Arc;

/// Most points a trace holds [count] (a month of minutes is 44,640).
pub const MAX_POINTS: usize = 50_000;

/// Highest level [count of quanta].
pub const MAX_LEVEL: u32 = 1_000_000;

/// A recorded request rate.
#[derive(Clone, Debug, PartialEq)]
pub struct Trace {
    /// seconds between points [s], ≥ 1
    pub period_s: u32,
    /// the rate one level stands for [req/s], > 0
    pub quantum_rps: f64,
    /// the rate at each point, in quanta (shared: scenarios are cloned often)
    pub levels: Arc<[u32]>,
    /// after the last point, start over (else the last level holds)
    pub looped: bool,
}

impl Trace {
    /// The rate at `t` [s since start, req/s].
    pub fn rate(&self, t: u64) -> f64 {
        let n = self.levels.len() as u64;
        if n == 0 {
            return 0.0;
        }
        let p = u64::from(self.period_s.max(1));
        let (mut i, frac) = (t / p, (t % p) as f64 / p as f64);
        if self.looped {
            i %= n;
        } else if i >= n - 1 {
            return f64::from(self.levels[(n - 1) as usize]) * self.quantum_rps;
        }
        let a = f64::from(self.levels[i as usize]);
        let b = f64::from(self.levels[((i + 1) % n) as usize]);
        (a + (b - a) * frac) * self.quantum_rps
    }

    /// The highest rate [req/s].
    pub fn peak_rps(&self) -> f64 {
        f64::from(self.levels.iter().copied().max().unwrap_or(0)) * self.quantum_rps
    }

    /// How long it runs before it ends or starts over [s].
    pub fn span_s(&self) -> u64 {
        self.levels.len() as u64 * u64::from(self.period_s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(levels: &[u32], looped: bool) -> Trace {
        Trace { period_s: 60, quantum_rps: 0.5, levels: levels.into(), looped }
    }

    #[test]
    fn linear_between_points_then_hold_or_loop() {
        let a = t(&[10, 20, 40], false);
        assert_eq!(a.rate(0), 5.0);
        assert_eq!(a.rate(30), 7.5);
        assert_eq!(a.rate(60), 10.0);
        assert_eq!(a.rate(120), 20.0);
        assert_eq!(a.rate(10_000), 20.0, "the last level holds");
        let b = t(&[10, 20, 40], true);
        assert_eq!(b.rate(150), 12.5, "from the last back to the first");
        assert_eq!(b.rate(180), 5.0);
        assert_eq!(b.peak_rps(), 20.0);
        assert_eq!(b.span_s(), 180);
        assert_eq!(t(&[], false).rate(5), 0.0);
    }
}
