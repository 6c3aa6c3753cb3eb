//! Read side: snapshot, activities, alarms, cost, run summary and the fixed-fleet comparison.

use crate::activity::Activity;
use crate::alarms::Alarm;
use crate::billing;
use crate::cohort::MemberNow;
use crate::credits::Credits;
use crate::engine::Sim;
use crate::policy_spec::{PolicySpec, TtMetric};
use crate::prices;
use crate::views::{AzView, InstanceView, LifecycleState as L, RunSummary, Snapshot};

/// One predictive forecast hour: (UTC hour start [Unix s], load, capacity [instances]).
pub type ForecastPoint = (i64, f64, u32);

impl Sim {
    /// AZ name, e.g. "ap-northeast-2a".
    pub fn az_name(&self, az: usize) -> String {
        let letters = self.sc.region.az_letters();
        let zone = self.zones.get(az).map_or(az, |&z| z as usize);
        format!("{}{}", self.sc.region.code(), letters.get(zone).copied().unwrap_or('?'))
    }

    /// Everything the UI draws each frame (allocates only the two small Vecs).
    pub fn snapshot(&self) -> Snapshot {
        let t = self.t;
        let mut instances = Vec::with_capacity(self.insts.len());
        let mut cpu = (0.0, 0u32);
        // latency mixture binned (≤ 64 components, usually 1–3): cheap every frame
        let mut hist = crate::latency::LatencyHist::default();
        let mut azc = vec![0u32; self.az_up.len()];
        for (k, i) in self.insts.iter().enumerate() {
            if i.live() {
                azc[i.az] += 1;
            }
            // steady-cohort members' last second is computed on demand (cohort.rs)
            let (i_cpu, i_served, i_rho) =
                self.member_now(k).map_or((i.cpu, i.served, i.rho), |m| (m.cpu, m.served, m.rho));
            if i.in_service() && t > i.running_at {
                cpu.0 += i_cpu;
                cpu.1 += 1;
            }
            if i_served > 0 && i.lifecycle() != L::Terminated {
                hist.add(self.load.service_s / (1.0 - i_rho) + i.wait_s, i_served as f64);
            }
            instances.push(InstanceView {
                id: i.id,
                az: i.az,
                lifecycle: i.lifecycle(),
                target_state: i.target,
                healthy: i.healthy,
                warming: i.lifecycle() == L::InService && t < i.warm_until,
                anomalous: i.atw.anomalous,
                mitigated: i.atw.mitigated(),
                cpu: if i.lifecycle() == L::Terminated { 0.0 } else { i_cpu },
                credits: self.credits_now(k).map(|c| c.balance()),
                served_rps: i_served as f64,
                stress_until: if t < i.stress_until { Some(i.stress_until) } else { None },
                protected: i.protected,
                launched_at: i.launched_at,
                queue: i.queue,
                instance_type: i.itype.name(),
                outside: i.outside,
            });
        }
        let q = |p| hist.quantile(p).map(|s| s * 1000.0).unwrap_or(0.0);
        Snapshot {
            t,
            clock_utc_s: self.clock_utc_s(),
            offered_rps: self.stats.last.offered,
            served_rps: self.stats.last.served as f64,
            failed_rps: self.stats.last.failed as f64,
            min: self.min,
            max: self.max,
            desired: self.desired,
            group_cpu: if cpu.1 > 0 { Some(cpu.0 / cpu.1 as f64) } else { None },
            p50_ms: q(0.5),
            p99_ms: q(0.99),
            cost_usd: self.cost_usd(),
            instances,
            azs: (0..self.az_up.len())
                .map(|a| AzView { name: self.az_name(a), available: self.az_up[a], instances: azc[a] })
                .collect(),
        }
    }

    /// Activity history, newest first (last 500).
    pub fn activities(&self) -> impl Iterator<Item = &Activity> {
        self.log.iter_newest_first()
    }

    /// All alarms (target-tracking pairs and step/simple alarms) with state and history.
    pub fn alarms(&self) -> &[Alarm] {
        &self.alarms
    }

    /// The latest desired-capacity change's reason, as facts: `asg_view_model::i18n::why_text`
    /// words it in English or Korean.
    pub fn last_why(&self) -> &crate::why::Why {
        &self.last_why
    }

    /// Predictive forecasts: (policy name, [(UTC hour start [Unix s], load, capacity)]).
    pub fn forecasts(&self) -> Vec<(String, Vec<ForecastPoint>)> {
        let mut out = Vec::new();
        for p in &self.policies {
            if let (PolicySpec::Predictive { name, .. }, crate::policies::PolicyState::Predictive(st)) =
                (&p.spec, &p.state)
            {
                out.push((name.clone(), st.forecast.iter().map(|f| (f.0 * 3600, f.1, f.2)).collect()));
            }
        }
        out
    }

    /// The offered rate the traffic settings give at `now()` [req/s]: the slider override
    /// or the pattern, times any spike, before Poisson noise.
    pub fn traffic_rate_now(&self) -> f64 {
        self.traffic.rate(&self.sc.traffic, self.t, self.clock_utc_s())
    }

    /// Cost so far [USD]: instances (per second, 60-s minimum, from launch), surplus credits,
    /// ALB hours and LCUs, public IPv4 addresses and root volumes (§9).
    pub fn cost_usd(&self) -> f64 {
        let b = self.instance_bill();
        let (ip, ebs) = self.extras(b.alive_s);
        b.ec2_usd + b.credit_usd + self.alb_bill.cost(self.t, self.sc.region) + ip + ebs
    }

    /// Public IPv4 addresses (instances' over `alive_s` [s], and the ALB's) and root volumes
    /// so far [USD].
    fn extras(&self, alive_s: u64) -> (f64, f64) {
        let r = self.sc.region;
        let (ip, ebs) = billing::instance_extras(alive_s, r);
        (ip + billing::alb_ipv4_cost(self.t, self.sc.group.azs, r), ebs)
    }

    /// Every instance's bill so far, dropped ones included, in one pass.
    fn instance_bill(&self) -> billing::InstanceBill {
        let r = self.sc.region;
        let mut b = self.stats.dropped;
        for (k, i) in self.insts.iter().enumerate().filter(|(_, i)| !i.outside) {
            let end = i.life.terminated_at();
            let alive = end.unwrap_or(self.t) - i.launched_at;
            let ended = end.is_some();
            b.add(alive, prices::instance_hour(i.itype, r).usd, self.credits_now(k).as_ref(), ended);
        }
        b
    }

    pub(crate) fn summary_target(&self) -> f64 {
        self.sc
            .policies
            .iter()
            .find_map(|p| match p {
                PolicySpec::TargetTracking { metric: TtMetric::ASGAverageCPUUtilization, target, .. } => Some(*target),
                _ => None,
            })
            .unwrap_or(50.0)
    }

    /// Run summary so far.
    pub fn summary(&self) -> RunSummary {
        let l = self.ledger();
        let b = self.instance_bill();
        let alb = self.alb_bill.cost(self.t, self.sc.region);
        let (ipv4, ebs) = self.extras(b.alive_s);
        let failed = l.failed();
        RunSummary {
            duration_s: self.t,
            cost_usd: b.ec2_usd + b.credit_usd + alb + ipv4 + ebs,
            instance_cost_usd: b.ec2_usd,
            credit_cost_usd: b.credit_usd,
            credit_owed_usd: b.owed_usd,
            alb_cost_usd: alb,
            causes: l.causes(),
            ipv4_cost_usd: ipv4,
            ebs_cost_usd: ebs,
            requests: l.arrived,
            requests_failed: failed,
            failed_pct: if l.arrived > 0 { failed as f64 * 100.0 / l.arrived as f64 } else { 0.0 },
            p99_ms: self.stats.latency.quantile(0.99).map(|s| s * 1000.0).unwrap_or(0.0),
            minutes_above_target: self.stats.minutes_above,
            instance_hours: b.billed_s as f64 / 3600.0,
            peak_instances: self.stats.peak_instances,
            scale_outs: self.stats.scale_outs,
            scale_ins: self.stats.scale_ins,
        }
    }

    /// "Why auto scaling": the same traffic (same seed, same traffic events and slider
    /// moves) against a fixed fleet of `n` (min = max = desired = n, no policies), run from
    /// zero to `now()` — the one-off form of a fixed shadow (`shadow.rs`). Instance faults are
    /// not replayed.
    pub fn fixed_fleet_comparison(&self, n: u32) -> RunSummary {
        let spec = crate::shadow_spec::ShadowSpec::Fixed { basis: crate::shadow_spec::Basis::Average, n: Some(n) };
        let (sc, _) = self.shadow_scenario(&spec);
        let mut s = Sim::new(sc);
        s.run_until(self.t);
        s.summary()
    }

    /// Current values of instance `k` if it is a steady-cohort member with data not yet
    /// written to its fields (`cohort.rs`).
    pub(crate) fn member_now(&self, k: usize) -> Option<MemberNow> {
        self.routing.cohort.member_now(&self.insts, k)
    }

    /// Credit state of instance `k` now (a cohort member's window included).
    pub(crate) fn credits_now(&self, k: usize) -> Option<Credits> {
        self.member_now(k).map_or(self.insts[k].credits, |m| m.credits)
    }

    /// CPU sum [%·s] and seconds [s] of instance `k` in the filling minute.
    pub(crate) fn cpu_minute_so_far(&self, k: usize) -> (f64, u32) {
        let i = &self.insts[k];
        self.member_now(k).map_or((i.cpu_min_sum, i.cpu_min_n), |m| (m.cpu_min_sum, m.cpu_min_n))
    }
}
