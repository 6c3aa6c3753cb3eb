//! Per-second metric recording and the minute/hour closes (§6 ALB metrics, §7).

use crate::sim::engine::Sim;
use crate::sim::instance::INSTANCE_MINUTES;
use crate::sim::metric::Metric;
use crate::sim::series::gidx;
use crate::sim::flow::SecondTotals;

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
    /// no datapoint, §6); 5XX counts only when non-zero [OBS]; host counts always.
    pub(crate) fn record_second(&mut self, t: u64, st: &SecondTotals) {
        debug_assert_eq!(gidx(Metric::EstimatedCost), Some(K_COST));
        let (routed, elb5, t5) = (st.routed, st.r503 + st.f502 + st.f504, st.t5);
        // group latency of the second [EST]: M/M/1 on the pooled service rate + mean backlog
        let lat = if st.served > 0 && st.mu_sum > 0.0 {
            let rho = (st.served as f64 / st.mu_sum).min(0.98);
            Some(self.load.service_s / (1.0 - rho) + st.wait_w / st.served as f64)
        } else {
            None
        };
        let (cpu_sum, cpu_n, healthy, unhealthy) = (st.cpu_sum, st.cpu_n, st.healthy, st.unhealthy);
        let (pen, ins, term) = (st.pen, st.ins, st.term);
        let gm = &mut self.gm;
        let mut row = [f32::NAN; 13];
        let mut put = |k: usize, v: Option<f64>, minute: bool| {
            row[k] = v.map_or(f32::NAN, |x| x as f32);
            if minute {
                gm.add_minute(k, v);
            }
        };
        put(K_CPU, if cpu_n > 0 { Some(cpu_sum / cpu_n as f64) } else { None }, false);
        if routed > 0 {
            put(K_REQ, Some(routed as f64), true);
            put(K_RPT, Some(routed as f64 / healthy.max(1) as f64), false);
        }
        put(K_TRT, lat, false);
        put(K_ELB5, if elb5 > 0 { Some(elb5 as f64) } else { None }, true);
        put(K_T5, if t5 > 0 { Some(t5 as f64) } else { None }, true);
        put(K_HEALTHY, Some(healthy as f64), true);
        put(K_UNHEALTHY, Some(unhealthy as f64), true);
        put(K_DES, Some(self.desired as f64), true);
        put(K_INS, Some(ins as f64), true);
        put(K_PEN, Some(pen as f64), true);
        put(K_TERM, Some(term as f64), true);
        gm.sec.set_row(t, row);
        if let Some(l) = lat {
            let a = &mut gm.filling[K_TRT];
            let served = st.served;
            a.sum += l * served as f64;
            a.count = a.count.saturating_add(served.min(u32::MAX as u64) as u32);
            a.min = a.min.min(l);
            a.max = a.max.max(l);
        }
        let live = pen + ins;
        if live > self.peak_instances {
            self.peak_instances = live;
        }
    }

    /// Minute `now/60 − 1` is complete: per-instance averages, group CPU datapoint
    /// (one sample per instance), RequestCountPerTarget, latency quantiles, cost.
    pub(crate) fn close_minute(&mut self, now: u64) {
        self.cohort_dissolve(); // re-formed next second: instances that became steady join
        self.cohort.retry_at = 0;
        self.gm.settle();
        let m = now / 60 - 1;
        let slot = (m as usize) % INSTANCE_MINUTES;
        let mut cpu = crate::sim::store::Agg::EMPTY;
        let service_s = self.load.service_s;
        for i in self.insts.iter_mut() {
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
                cpu.add(v);
            } else {
                i.cpu_hist[slot] = f32::NAN;
            }
            i.cpu_min_sum = 0.0;
            i.cpu_min_n = 0;
        }
        *self.gm.min[K_CPU].at_mut(m) = cpu;
        // RequestCountPerTarget (Sum) = RequestCount / average healthy targets in the minute
        let req = *self.gm.min[K_REQ].at_mut(m);
        let hh = *self.gm.min[K_HEALTHY].at_mut(m);
        if req.count > 0 {
            let targets = hh.avg().unwrap_or(1.0).max(1.0);
            let rpt = self.gm.min[K_RPT].at_mut(m);
            *rpt = crate::sim::store::Agg::EMPTY;
            rpt.add(req.sum / targets);
        }
        // latency quantiles of the minute
        let h = std::mem::take(&mut self.lat_minute);
        if h.total() > 0.0 {
            let q = [h.quantile(0.5), h.quantile(0.9), h.quantile(0.99)];
            self.gm.min[K_TRT].set_q(m, q.map(|x| x.unwrap_or(0.0) as f32));
            self.lat_run.merge(&h);
        }
        let cost = self.cost_usd();
        self.gm.min[K_COST].at_mut(m).add(cost);
        self.gm.sec.set(K_COST, now - 1, Some(cost));
        // minutes above target (first CPU target-tracking target, else 50 %)
        if let Some(v) = cpu.avg() {
            if v > self.summary_target() {
                self.minutes_above += 1;
            }
        }
        self.predictive_sample(m, cpu.sum, req.sum);
    }
}
