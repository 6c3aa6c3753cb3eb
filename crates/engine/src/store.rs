//! Bounded metric storage: 1-s values for the last 3 h and 1-min aggregates for the last
//! 3 days (fixed ring buffers, allocated once), the group's rings ([`GroupMetrics`]), and
//! CloudWatch-style period aggregation.

use crate::metric::Metric;

/// Minutes of 1-minute history kept (3 days) [min].
pub const MINUTES_KEPT: usize = 3 * 1440;
/// Seconds of 1-second history kept (3 h, CloudWatch's high-resolution retention) [s].
pub const SECONDS_KEPT: usize = 3 * 3600;

/// One aggregate bucket. `count == 0` means "no data".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Agg {
    /// sum of samples
    pub sum: f64,
    /// number of samples
    pub count: u32,
    /// smallest sample
    pub min: f64,
    /// largest sample
    pub max: f64,
}

impl Agg {
    /// Empty bucket.
    pub const EMPTY: Agg = Agg { sum: 0.0, count: 0, min: f64::INFINITY, max: f64::NEG_INFINITY };
    /// Add a sample.
    #[inline(always)]
    pub fn add(&mut self, v: f64) {
        self.sum += v;
        self.count += 1;
        if v < self.min {
            self.min = v;
        }
        if v > self.max {
            self.max = v;
        }
    }
    /// Merge another bucket.
    #[inline]
    pub fn merge(&mut self, o: &Agg) {
        if o.count == 0 {
            return;
        }
        self.sum += o.sum;
        self.count += o.count;
        self.min = self.min.min(o.min);
        self.max = self.max.max(o.max);
    }
    /// Average, if any data.
    pub fn avg(&self) -> Option<f64> {
        if self.count == 0 {
            None
        } else {
            Some(self.sum / self.count as f64)
        }
    }
}

/// A ring of minute buckets, addressed by absolute minute number.
#[derive(Clone, Debug)]
pub struct MinuteRing {
    buf: Vec<Agg>,
    /// latency quantiles per minute (p50, p90, p99) [s]; only used by TargetResponseTime
    q: Vec<[f32; 3]>,
}

impl MinuteRing {
    /// Allocate `MINUTES_KEPT` buckets; `with_q` adds quantile storage.
    pub fn new(with_q: bool) -> Self {
        MinuteRing {
            buf: vec![Agg::EMPTY; MINUTES_KEPT],
            q: if with_q { vec![[0.0; 3]; MINUTES_KEPT] } else { Vec::new() },
        }
    }
    /// Reset the bucket of minute `m` (called when minute `m` starts).
    #[inline]
    pub fn start(&mut self, m: u64) {
        self.buf[(m as usize) % MINUTES_KEPT] = Agg::EMPTY;
    }
    /// Mutable bucket of minute `m`.
    #[inline(always)]
    pub fn at_mut(&mut self, m: u64) -> &mut Agg {
        &mut self.buf[(m as usize) % MINUTES_KEPT]
    }
    /// Bucket of minute `m` if still retained (`m <= cur`).
    #[inline]
    pub fn get(&self, m: u64, cur: u64) -> Option<&Agg> {
        if m > cur || cur - m >= MINUTES_KEPT as u64 {
            None
        } else {
            Some(&self.buf[(m as usize) % MINUTES_KEPT])
        }
    }
    /// Set quantiles of minute `m`.
    pub fn set_q(&mut self, m: u64, q: [f32; 3]) {
        if !self.q.is_empty() {
            self.q[(m as usize) % MINUTES_KEPT] = q;
        }
    }
    /// Quantiles of minute `m`.
    pub fn q(&self, m: u64) -> Option<[f32; 3]> {
        self.q.get((m as usize) % MINUTES_KEPT).copied()
    }
}

/// A ring of per-second rows, one `f32` per metric (NaN = no data): one cache line per
/// second instead of one scattered write per metric.
#[derive(Clone, Debug)]
pub struct SecondRows<const K: usize> {
    buf: Vec<[f32; K]>,
}

impl<const K: usize> SecondRows<K> {
    /// Allocate `SECONDS_KEPT` rows.
    pub fn new() -> Self {
        SecondRows { buf: vec![[f32::NAN; K]; SECONDS_KEPT] }
    }
    /// Store the whole row of second `t`.
    #[inline(always)]
    pub fn set_row(&mut self, t: u64, row: [f32; K]) {
        self.buf[(t as usize) % SECONDS_KEPT] = row;
    }
    /// Overwrite one value of second `t` (must be the latest second).
    #[inline]
    pub fn set(&mut self, k: usize, t: u64, v: Option<f64>) {
        if let Some(slot) = self.buf[(t as usize) % SECONDS_KEPT].get_mut(k) {
            *slot = v.map_or(f32::NAN, |x| x as f32);
        }
    }
    /// Value `k` of second `t` if retained and present (`t <= cur`).
    #[inline]
    pub fn get(&self, k: usize, t: u64, cur: u64) -> Option<f64> {
        if t > cur || cur - t >= SECONDS_KEPT as u64 {
            return None;
        }
        let v = *self.buf[(t as usize) % SECONDS_KEPT].get(k)?;
        if v.is_nan() {
            None
        } else {
            Some(v as f64)
        }
    }
}

impl<const K: usize> Default for SecondRows<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// Nearest-rank percentile of `v` (sorted in place); None if empty.
pub fn percentile(v: &mut [f64], p: f64) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let rank = libm::ceil(p * v.len() as f64) as usize;
    Some(v[rank.clamp(1, v.len()) - 1])
}

/// Normalise a CloudWatch period: 1, 5, 10, 30 or a multiple of 60, at most 86 400 [s].
pub fn normalize_period(p: u32) -> u32 {
    match p {
        0..=1 => 1,
        2..=5 => 5,
        6..=10 => 10,
        11..=30 => 30,
        _ => (p.div_ceil(60) * 60).min(86_400),
    }
}

/// Group metrics stored (all of `Metric` except the per-instance one).
pub const GROUP_METRICS: [Metric; 13] = [
    Metric::CPUUtilization,
    Metric::RequestCount,
    Metric::RequestCountPerTarget,
    Metric::TargetResponseTime,
    Metric::HTTPCode_ELB_5XX_Count,
    Metric::HTTPCode_Target_5XX_Count,
    Metric::HealthyHostCount,
    Metric::UnHealthyHostCount,
    Metric::GroupDesiredCapacity,
    Metric::GroupInServiceInstances,
    Metric::GroupPendingInstances,
    Metric::GroupTerminatingInstances,
    Metric::EstimatedCost,
];

/// Ring index of a group metric.
pub fn gidx(m: Metric) -> Option<usize> {
    GROUP_METRICS.iter().position(|x| *x == m)
}

/// Per-second and per-minute rings for every group metric.
#[derive(Clone, Debug)]
pub struct GroupMetrics {
    /// 1-minute buckets per metric
    pub min: Vec<MinuteRing>,
    /// 1-second values, one row per second
    pub sec: SecondRows<13>,
    /// current minute number
    pub cur_minute: u64,
    /// buckets of the filling minute, per metric (copied into `min` when it closes: one
    /// small array written every second instead of 13 rings)
    pub filling: [Agg; 13],
}

impl GroupMetrics {
    /// Allocate all rings once.
    pub fn new() -> Self {
        GroupMetrics {
            min: GROUP_METRICS.iter().map(|m| MinuteRing::new(*m == Metric::TargetResponseTime)).collect(),
            sec: SecondRows::new(),
            cur_minute: 0,
            filling: [Agg::EMPTY; 13],
        }
    }
    /// Minute `m` begins: clear its buckets.
    pub fn start_minute(&mut self, m: u64) {
        self.cur_minute = m;
        for r in &mut self.min {
            r.start(m);
        }
        self.filling = [Agg::EMPTY; 13];
    }
    /// The filling minute is complete: store its buckets in the rings.
    pub fn settle(&mut self) {
        let m = self.cur_minute;
        for (r, a) in self.min.iter_mut().zip(self.filling.iter()) {
            *r.at_mut(m) = *a;
        }
    }
    /// Bucket of metric `k`, minute `m`, if retained; `cur` = the filling minute.
    #[inline]
    pub fn bucket(&self, k: usize, m: u64, cur: u64) -> Option<Agg> {
        if m == cur && m == self.cur_minute {
            return Some(self.filling[k]);
        }
        self.min[k].get(m, cur).copied()
    }
}

impl Default for GroupMetrics {
    fn default() -> Self {
        Self::new()
    }
}
