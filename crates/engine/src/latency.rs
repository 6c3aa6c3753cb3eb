//! Latency percentiles without sampling: every instance's response time is modelled as
//! exponential (M/M/1 sojourn) with mean `S/(1−ρ) + backlog wait` [EST]. A minute (or the
//! whole run) is a mixture of such exponentials, kept as a 64-bin histogram of means
//! (quarter-octave bins, served-request weighted); quantiles are found by bisection.

/// Histogram bins [count].
pub const BINS: usize = 64;

/// Served-weighted histogram of per-instance mean response times.
#[derive(Clone, Debug, PartialEq)]
pub struct LatencyHist {
    /// weight (requests) per bin
    pub w: [f64; BINS],
    /// Σ weight × mean per bin [requests·s]
    pub wm: [f64; BINS],
}

impl Default for LatencyHist {
    fn default() -> Self {
        LatencyHist { w: [0.0; BINS], wm: [0.0; BINS] }
    }
}

/// Bin of a mean [s]: exponent and top two mantissa bits of the f64 (cheap log2 × 4),
/// bin 0 ≈ 1 ms.
#[inline]
pub fn bin_of(mean_s: f64) -> usize {
    const BASE: i64 = (0.001f64.to_bits() >> 50) as i64;
    let b = (mean_s.max(1e-6).to_bits() >> 50) as i64 - BASE;
    b.clamp(0, BINS as i64 - 1) as usize
}

impl LatencyHist {
    /// Add `weight` requests with mean response time `mean_s` [s].
    #[inline]
    pub fn add(&mut self, mean_s: f64, weight: f64) {
        let b = bin_of(mean_s);
        self.w[b] += weight;
        self.wm[b] += weight * mean_s;
    }
    /// Merge another histogram.
    pub fn merge(&mut self, o: &LatencyHist) {
        for i in 0..BINS {
            self.w[i] += o.w[i];
            self.wm[i] += o.wm[i];
        }
    }
    /// Total weight [requests].
    pub fn total(&self) -> f64 {
        self.w.iter().sum()
    }
    /// Weighted mean [s].
    pub fn mean(&self) -> Option<f64> {
        let t = self.total();
        if t > 0.0 {
            Some(self.wm.iter().sum::<f64>() / t)
        } else {
            None
        }
    }
    /// p-quantile (0 < p < 1) of the mixture [s].
    pub fn quantile(&self, p: f64) -> Option<f64> {
        let parts: Vec<(f64, f64)> =
            (0..BINS).filter(|&i| self.w[i] > 0.0).map(|i| (self.w[i], self.wm[i] / self.w[i])).collect();
        mixture_quantile(&parts, p)
    }
}

/// p-quantile of a mixture of exponentials given as (weight, mean [s]) pairs [s].
pub fn mixture_quantile(parts: &[(f64, f64)], p: f64) -> Option<f64> {
    let total: f64 = parts.iter().map(|x| x.0).sum();
    if total.is_nan() || total <= 0.0 || p.is_nan() || p <= 0.0 || p >= 1.0 {
        return None;
    }
    let tail = 1.0 - p;
    if parts.len() == 1 {
        // a single exponential: closed form −m·ln(1 − p)
        return Some(-parts[0].1 * libm::log(tail));
    }
    let surv = |x: f64| parts.iter().map(|&(w, m)| w * libm::exp(-x / m.max(1e-9))).sum::<f64>() / total;
    let mut lo = 0.0;
    let mut hi = parts.iter().map(|x| x.1).fold(0.0, f64::max) * 12.0 + 1e-9;
    for _ in 0..32 {
        let mid = 0.5 * (lo + hi);
        if surv(mid) > tail {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(0.5 * (lo + hi))
}
