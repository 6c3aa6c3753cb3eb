//! CloudWatch-style reads of the stored metrics: a minute's aggregate as CloudWatch would
//! publish it, one datapoint of a period, and `series()` (§7).

use crate::engine::Sim;
use crate::metric::{Datapoint, Metric, Statistic};
use crate::scenario::Monitoring;
use crate::store::{gidx, normalize_period, percentile, Agg};

fn stat_of(a: &Agg, stat: Statistic, vals: &mut [f64], q: Option<f64>) -> Option<f64> {
    if a.count == 0 {
        return None;
    }
    Some(match stat {
        Statistic::Average => a.sum / a.count as f64,
        Statistic::Sum => a.sum,
        Statistic::Minimum => a.min,
        Statistic::Maximum => a.max,
        Statistic::SampleCount => a.count as f64,
        Statistic::P50 | Statistic::P90 | Statistic::P99 => match q {
            Some(x) => x,
            None => {
                let p = match stat {
                    Statistic::P50 => 0.5,
                    Statistic::P90 => 0.9,
                    _ => 0.99,
                };
                percentile(vals, p)?
            }
        },
    })
}

impl Sim {
    /// Aggregate of minute `m` for `metric` as CloudWatch would publish it. With basic
    /// monitoring, EC2 metrics exist only as 5-minute datapoints, published (at the block's
    /// first minute) once the 5 minutes are complete.
    pub(crate) fn minute_agg(&self, metric: Metric, m: u64) -> Option<(Agg, Option<[f32; 3]>)> {
        let cur = self.t / 60; // minute being filled
        let basic = metric.is_ec2() && self.sc.monitoring == Monitoring::Basic;
        let one = |mm: u64| -> Option<Agg> {
            match metric {
                Metric::InstanceCPUUtilization(id) => {
                    let k = self.insts.iter().position(|i| i.id == id)?;
                    let i = &self.insts[k];
                    if mm + crate::instance::INSTANCE_MINUTES as u64 <= cur {
                        return None;
                    }
                    let v = if mm == cur {
                        let (sum, n) = self.cpu_minute_so_far(k);
                        if n == 0 {
                            return None;
                        }
                        sum / n as f64
                    } else {
                        i.cpu_minute(mm)?
                    };
                    let mut a = Agg::EMPTY;
                    a.add(v);
                    Some(a)
                }
                _ => {
                    let k = gidx(metric)?;
                    let a = self.gm.bucket(k, mm, cur)?;
                    if metric == Metric::CPUUtilization && mm == cur {
                        // group CPU of the filling minute: average over instances so far
                        let mut b = Agg::EMPTY;
                        for k in 0..self.insts.len() {
                            let (sum, n) = self.cpu_minute_so_far(k);
                            if n > 0 {
                                b.add(sum / n as f64);
                            }
                        }
                        return if b.count > 0 { Some(b) } else { None };
                    }
                    if a.count == 0 {
                        None
                    } else {
                        Some(a)
                    }
                }
            }
        };
        if basic {
            if !m.is_multiple_of(5) || m + 5 > cur {
                return None;
            }
            let mut a = Agg::EMPTY;
            for mm in m..m + 5 {
                if let Some(x) = one(mm) {
                    a.merge(&x);
                }
            }
            return if a.count > 0 { Some((a, None)) } else { None };
        }
        let a = one(m)?;
        let q =
            if metric == Metric::TargetResponseTime { gidx(metric).and_then(|k| self.gm.min[k].q(m)) } else { None };
        Some((a, q))
    }

    /// One datapoint of `period_s` (multiple of 60) starting at `start` [s], if any data.
    pub(crate) fn datapoint(&self, metric: Metric, stat: Statistic, period_s: u32, start: u64) -> Option<f64> {
        let m0 = start / 60;
        let n = (period_s as u64 / 60).max(1);
        let mut a = Agg::EMPTY;
        // per-minute values are only needed for percentiles (no allocation otherwise)
        let pct = matches!(stat, Statistic::P50 | Statistic::P90 | Statistic::P99);
        let mut vals: Vec<f64> = Vec::new();
        let mut qs: Vec<[f32; 3]> = Vec::new();
        for m in m0..m0 + n {
            if let Some((x, q)) = self.minute_agg(metric, m) {
                a.merge(&x);
                if pct {
                    vals.push(x.sum / x.count as f64);
                    if let Some(q) = q {
                        qs.push(q);
                    }
                }
            }
        }
        // latency percentiles: per-minute mixture quantiles; longer periods take the
        // median of p50s and the max of p90/p99s [EST]
        let q = if metric == Metric::TargetResponseTime && !qs.is_empty() {
            let k = match stat {
                Statistic::P50 => 0,
                Statistic::P90 => 1,
                _ => 2,
            };
            let mut v: Vec<f64> = qs.iter().map(|q| q[k] as f64).collect();
            if k == 0 {
                percentile(&mut v, 0.5)
            } else {
                v.into_iter().reduce(f64::max)
            }
        } else {
            None
        };
        stat_of(&a, stat, &mut vals, q)
    }

    /// CloudWatch-style datapoints from `from_s` to now, stamped with the period START,
    /// only periods (complete or still filling) that have data. Periods: 1, 5, 10, 30 or a
    /// multiple of 60 s (other values are rounded up). Sub-minute periods use the 1-s ring
    /// (last 3 h, group metrics only; a lab extra — AWS metrics are 1-minute).
    pub fn series(&self, metric: Metric, stat: Statistic, period_s: u32, from_s: u64) -> Vec<Datapoint> {
        let p = normalize_period(period_s) as u64;
        let mut out = Vec::new();
        let start = from_s / p * p;
        if p < 60 {
            let Some(k) = gidx(metric) else { return out };
            if metric.is_ec2() && self.sc.monitoring == Monitoring::Basic {
                return out;
            }
            let lo = self.t.saturating_sub(crate::store::SECONDS_KEPT as u64 - 1).max(start);
            let lo = lo.div_ceil(p) * p;
            let mut s = lo;
            let mut vals = Vec::new();
            while s < self.t {
                let mut a = Agg::EMPTY;
                vals.clear();
                for x in s..(s + p).min(self.t) {
                    if let Some(v) = self.gm.sec.get(k, x, self.t.saturating_sub(1)) {
                        a.add(v);
                        vals.push(v);
                    }
                }
                if let Some(v) = stat_of(&a, stat, &mut vals, None) {
                    out.push(crate::metric::Datapoint { t: s, value: v });
                }
                s += p;
            }
            return out;
        }
        let oldest = (self.t / 60).saturating_sub(crate::store::MINUTES_KEPT as u64 - 1) * 60;
        let mut s = start.max(oldest.div_ceil(p) * p);
        while s <= self.t {
            if let Some(v) = self.datapoint(metric, stat, p as u32, s) {
                out.push(Datapoint { t: s, value: v });
            }
            s += p;
        }
        out
    }
}
