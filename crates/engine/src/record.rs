//! Per-second metric recording and the minute/hour closes (§6 ALB metrics, §7).

use crate::engine::Sim;
use crate::instance::INSTANCE_MINUTES;
use crate::load::SecondTotals;
use crate::metric::Metric;
use crate::store::gidx;

const K_CPU: usize = 0;
const K_REQ: usize = 1;
const K_RPT: usize = 2;
const K_TRT: usize = 3;
const K_ELB5: usize = 4;
const K_T5: usize = 5;
const K_HEALTHY: usize = 6;
const K_UNHEALTHY: usize = 7;
const K_DES: usize = 8;
const K_INS: usize = 9;
const K_PEN: usize = 10;
const K_TERM: usize = 11;
const K_COST: usize = 12;

impl Sim {
    /// Record second `t`. ALB request metrics only when a request was routed (no traffic →
    /// no datapoint, §6); 5XX counts only when non-zero [DOC]; host counts always.
    pub(crate) fn record_second(&mut self, t: u64, st: &SecondTotals) {
        debug_assert_eq!(gidx(Metric::EstimatedCost), Some(K_COST));
        let (routed, elb5, t5) = (st.routed, st.failed_503 + st.failed_502 + st.failed_504, st.target_5xx);
        // group latency of the second [EST]: M/M/1 on the pooled service rate + mean backlog
        let lat = if st.served > 0 && st.mu_sum > 0.0 {
            let rho = (st.served as f64 / st.mu_sum).min(0.98);
            Some(self.load.service_s / (1.0 - rho) + st.wait_w / st.served as f64)
        } else {
            None
        };
        let (cpu_sum, cpu_n, healthy, unhealthy) = (st.cpu_sum, st.cpu_n, st.healthy, st.unhealthy);
        let (pen, ins, term) = (st.lifecycle.pending, st.lifecycle.in_service, st.lifecycle.terminating);
        let gm = &mut self.gm;
        let f = &mut gm.filling;
        let mut row = [f32::NAN; 13];
        if cpu_n > 0 {
            row[K_CPU] = (cpu_sum / cpu_n as f64) as f32;
        }
        if routed > 0 {
            let r = routed as f64;
            row[K_REQ] = r as f32;
            f[K_REQ].add(r);
            row[K_RPT] = (r / healthy.max(1) as f64) as f32;
        } else {
            row[K_RPT] = 0.0; // zeros without traffic (close_minute)
        }
        for (k, n) in [(K_ELB5, elb5), (K_T5, t5)] {
            if n > 0 {
                let v = n as f64;
                row[k] = v as f32;
                f[k].add(v);
            }
        }
        // host counts: always
        let hosts = [
            (K_HEALTHY, healthy),
            (K_UNHEALTHY, unhealthy),
            (K_DES, self.desired),
            (K_INS, ins),
            (K_PEN, pen),
            (K_TERM, term),
        ];
        for (k, n) in hosts {
            let v = n as f64;
            row[k] = v as f32;
            f[k].add(v);
        }
        if let Some(l) = lat {
            row[K_TRT] = l as f32;
            let a = &mut f[K_TRT];
            let served = st.served;
            a.sum += l * served as f64;
            a.count = a.count.saturating_add(served.min(u32::MAX as u64) as u32);
            a.min = a.min.min(l);
            a.max = a.max.max(l);
        }
        gm.sec.set_row(t, row);
        let live = pen + ins;
        if live > self.stats.peak_instances {
            self.stats.peak_instances = live;
        }
    }

    /// Minute `now/60 − 1` is complete: per-instance averages, group CPU datapoint
    /// (one sample per instance), RequestCountPerTarget, latency quantiles, cost.
    pub(crate) fn close_minute(&mut self, now: u64) {
        self.routing.cohort.minute(&mut self.insts, now);
        self.gm.settle();
        let m = now / 60 - 1;
        let slot = (m as usize) % INSTANCE_MINUTES;
        let mut cpu = crate::store::Agg::EMPTY;
        let service_s = self.load.service_s;
        let mut capacity = 0.0;
        for i in self.insts.iter_mut() {
            if i.lifecycle() == crate::views::LifecycleState::InService {
                capacity += i.cap_rps;
            }
            if i.lat_served_min > 0 && i.lat_mu_min > 0.0 {
                let w = i.lat_served_min as f64;
                let rho = (w / i.lat_mu_min).min(0.98);
                self.lat_minute.add(service_s / (1.0 - rho) + i.lat_wait_min / w, w);
            }
            i.lat_served_min = 0;
            i.lat_mu_min = 0.0;
            i.lat_wait_min = 0.0;
            if i.cpu_min_n > 0 {
                let v = i.cpu_min_sum / i.cpu_min_n as f64;
                i.cpu_hist[slot] = v as f32;
                if !i.outside {
                    cpu.add(v); // the group's CPU: its own instances only
                }
            } else {
                i.cpu_hist[slot] = f32::NAN;
            }
            i.cpu_min_sum = 0.0;
            i.cpu_min_n = 0;
        }
        *self.gm.min[K_CPU].at_mut(m) = cpu;
        self.stats.close_minute(capacity);
        // RequestCountPerTarget (Sum) = RequestCount / average healthy targets in the minute.
        // Unlike RequestCount it is 0, not missing, in a minute without requests, so target
        // tracking on it scales in when traffic stops (docs/aws-behaviour.md §2 "Missing data").
        let req = *self.gm.min[K_REQ].at_mut(m);
        let hh = *self.gm.min[K_HEALTHY].at_mut(m);
        let targets = hh.avg().unwrap_or(1.0).max(1.0);
        let rpt = self.gm.min[K_RPT].at_mut(m);
        *rpt = crate::store::Agg::EMPTY;
        rpt.add(if req.count > 0 { req.sum / targets } else { 0.0 });
        // latency quantiles of the minute
        let h = std::mem::take(&mut self.lat_minute);
        if h.total() > 0.0 {
            let q = [h.quantile(0.5), h.quantile(0.9), h.quantile(0.99)];
            self.gm.min[K_TRT].set_q(m, q.map(|x| x.unwrap_or(0.0) as f32));
            self.stats.latency.merge(&h);
        }
        let cost = self.cost_usd();
        self.gm.min[K_COST].at_mut(m).add(cost);
        self.gm.sec.set(K_COST, now - 1, Some(cost));
        // minutes above target (first CPU target-tracking target, else 50 %)
        if let Some(v) = cpu.avg() {
            if v > self.summary_target() {
                self.stats.minutes_above += 1;
            }
        }
        self.predictive_sample(m, cpu.sum, req.sum);
    }
}
