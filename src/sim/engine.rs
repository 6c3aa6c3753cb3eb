//! The simulation: state, construction and the fixed 1-s tick (order explained in mod.rs).

use crate::sim::activity::{ActivityKind, ActivityLog, ActivityStatus};
use crate::sim::alarms::Alarm;
use crate::sim::billing::AlbBill;
use crate::sim::catalog::InstanceType;
use crate::sim::instance::Instance;
use crate::sim::latency::LatencyHist;
use crate::sim::load::LoadModel;
use crate::sim::policies::{self, PolicyRt};
use crate::sim::scenario::{Monitoring, Scenario};
use crate::sim::series::GroupMetrics;
use crate::sim::traffic::TrafficState;
use crate::sim::utc;
use crate::sim::views::{Ledger, LifecycleState};
use rand_pcg::Pcg64Mcg;

/// Figures of the last simulated second (for the snapshot).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LastSecond {
    /// offered rate [req/s]
    pub offered: f64,
    /// arrivals [count]
    pub arrived: u64,
    /// served OK [count]
    pub served: u64,
    /// failed [count]
    pub failed: u64,
}

/// Traffic-affecting live commands, kept (capped) so the fixed-fleet comparison can replay
/// them: (time [s], override, spike (multiplier, duration [s])).
pub type TrafficLogEntry = (u64, Option<Option<f64>>, Option<(f64, u64)>);
/// Entries kept in the traffic log.
pub const TRAFFIC_LOG_CAP: usize = 4096;

/// A running ASG Lab simulation.
#[derive(Clone, Debug)]
pub struct Sim {
    pub(crate) sc: Scenario,
    pub(crate) t: u64,
    pub(crate) min: u32,
    pub(crate) max: u32,
    pub(crate) desired: u32,
    pub(crate) insts: Vec<Instance>,
    pub(crate) az_up: Vec<bool>,
    pub(crate) rng_ids: Pcg64Mcg,
    pub(crate) rng_misc: Pcg64Mcg,
    pub(crate) traffic: TrafficState,
    pub(crate) itype: InstanceType,
    pub(crate) template_version: u32,
    pub(crate) rr_cursor: usize,
    pub(crate) alarms: Vec<Alarm>,
    pub(crate) prt: Vec<PolicyRt>,
    pub(crate) log: ActivityLog,
    pub(crate) ledger: Ledger,
    pub(crate) last: LastSecond,
    pub(crate) gm: GroupMetrics,
    pub(crate) alb_bill: AlbBill,
    /// cost of instances already dropped from the list [USD]
    pub(crate) dropped_cost: f64,
    /// billed seconds of dropped instances [s]
    pub(crate) dropped_billed_s: u64,
    pub(crate) load: LoadModel,
    pub(crate) next_event: usize,
    pub(crate) traffic_log: Vec<TrafficLogEntry>,
    /// The traffic the run started with, and pattern changes since (for the fixed-fleet
    /// comparison, which replays the same traffic).
    pub(crate) initial_traffic: crate::sim::traffic::TrafficSpec,
    pub(crate) pattern_log: Vec<(u64, crate::sim::traffic::Pattern)>,
    pub(crate) next_launch_try: u64,
    pub(crate) lat_minute: LatencyHist,
    pub(crate) lat_run: LatencyHist,
    pub(crate) minutes_above: u64,
    pub(crate) peak_instances: u32,
    pub(crate) scale_outs: u32,
    pub(crate) scale_ins: u32,
    pub(crate) protected_note: Option<u32>,
    /// why the current desired value was chosen (for the UI)
    pub(crate) last_why: crate::sim::why::Why,
    /// AWS-style cause prefix of the latest desired change
    pub(crate) last_cause: String,
    /// names of the policies `prt` was built for
    pub(crate) prt_names: Vec<String>,
    // ---- hot-path bookkeeping (skip work that cannot be due) ----
    /// live (Pending + InService) instances, kept current by launch/terminate and the flow pass
    pub(crate) live_count: u32,
    /// some instance is Pending or Terminating
    pub(crate) lc_active: bool,
    /// earliest due ALB health check [s]
    pub(crate) next_hc_min: u64,
    /// earliest time a terminated instance can be dropped [s]
    pub(crate) next_drop: u64,
    /// a target changed state: recompute the routing plan
    pub(crate) route_dirty: bool,
    /// cached routing plan
    pub(crate) plan: crate::sim::flow::RoutePlan,
    /// some target is in slow start until [s]
    pub(crate) slow_start_until: u64,
    /// steady instances served as one group (aggregation model, `cohort.rs`)
    pub(crate) cohort: crate::sim::cohort::Cohort,
}

impl Sim {
    /// Build a simulation from a scenario. Invalid numbers are clamped; the group starts with
    /// `desired` instances (InService and warm if `model.start_warm`).
    pub fn new(scenario: Scenario) -> Sim {
        let mut sc = scenario;
        sanitize(&mut sc);
        // invalid policies are dropped (reported in the activity history below)
        let mut rejected = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        sc.policies.truncate(crate::sim::apply::MAX_POLICIES);
        sc.policies.retain(|p| {
            let dup = seen.iter().any(|n| n == p.name());
            let r = if dup {
                Err(crate::sim::command::CommandError::validation(format!("Duplicate policy name {}", p.name())))
            } else {
                crate::sim::apply::validate_policy(p)
            };
            seen.push(p.name().to_string());
            match r {
                Ok(()) => true,
                Err(e) => {
                    rejected.push((p.name().to_string(), e.message));
                    false
                }
            }
        });
        let seed = sc.seed;
        let rng_ids = Pcg64Mcg::new(((seed as u128) << 64) | 0x1d5_u128 | 1);
        let min = sc.group.min;
        let max = sc.group.max;
        let desired = sc.group.desired.unwrap_or(min).clamp(min, max);
        let n_az = sc.group.azs as usize;
        let load = LoadModel {
            base_cpu: sc.model.base_cpu_pct,
            service_s: sc.model.service_ms / 1000.0,
            queue_per_vcpu: sc.model.queue_per_vcpu as u64,
            idle_timeout_s: sc.alb.idle_timeout_s as f64,
        };
        let traffic = TrafficState::new(&sc.traffic, seed);
        let mut sim = Sim {
            itype: sc.instance_type,
            t: 0,
            min,
            max,
            desired,
            insts: Vec::with_capacity(max as usize + 8),
            az_up: vec![true; n_az],
            rng_ids,
            rng_misc: Pcg64Mcg::new(((seed as u128) << 64) | 0x5eed_u128 | 1),
            traffic,
            template_version: 1,
            rr_cursor: 0,
            alarms: Vec::new(),
            prt: Vec::new(),
            log: ActivityLog::new(),
            ledger: Ledger::default(),
            last: LastSecond::default(),
            gm: GroupMetrics::new(),
            alb_bill: AlbBill::default(),
            dropped_cost: 0.0,
            dropped_billed_s: 0,
            load,
            next_event: 0,
            traffic_log: Vec::new(),
            initial_traffic: sc.traffic.clone(),
            pattern_log: Vec::new(),
            next_launch_try: 0,
            lat_minute: LatencyHist::default(),
            lat_run: LatencyHist::default(),
            minutes_above: 0,
            peak_instances: 0,
            scale_outs: 0,
            scale_ins: 0,
            protected_note: None,
            last_why: Default::default(),
            last_cause: String::new(),
            prt_names: Vec::new(),
            live_count: 0,
            lc_active: false,
            next_hc_min: 0,
            next_drop: u64::MAX,
            route_dirty: true,
            plan: Default::default(),
            slow_start_until: 0,
            cohort: Default::default(),
            sc,
        };
        sim.rebuild_policies();
        sim.gm.start_minute(0);
        let cause = format!(
            "At {} a user request created an AutoScalingGroup changing the desired capacity from 0 to {}.",
            sim.iso(0),
            desired
        );
        for _ in 0..desired {
            let warm = sim.sc.model.start_warm;
            sim.launch(0, &cause, &crate::sim::why::Reason::GroupCreated.into(), warm);
        }
        sim.peak_instances = desired;
        for (name, msg) in rejected {
            sim.act(
                0,
                ActivityStatus::Failed,
                ActivityKind::Decision,
                format!("Policy {name} rejected"),
                msg,
                crate::sim::why::Reason::InvalidPolicy.into(),
            );
        }
        sim
    }

    /// The scenario as sanitised, including settings changed by commands since (policies,
    /// ALB, monitoring, group options). Live min/max/desired are in [`Sim::snapshot`].
    pub fn scenario(&self) -> &Scenario {
        &self.sc
    }
    /// Simulated seconds since start [s].
    pub fn now(&self) -> u64 {
        self.t
    }
    /// Simulated UTC clock [Unix s].
    pub fn clock_utc_s(&self) -> i64 {
        self.sc.start_utc_s + self.t as i64
    }
    pub(crate) fn iso(&self, t: u64) -> String {
        utc::iso(self.sc.start_utc_s + t as i64)
    }
    /// Advance `seconds` 1-s ticks.
    pub fn step(&mut self, seconds: u64) {
        for _ in 0..seconds {
            self.tick();
        }
    }
    /// Advance until `now() == t` (no-op if already past).
    pub fn run_until(&mut self, t: u64) {
        while self.t < t {
            self.tick();
        }
    }
    /// Request accounting so far.
    pub fn ledger(&self) -> Ledger {
        let mut l = self.ledger;
        l.queued = self.insts.iter().map(|i| i.queue).sum();
        l
    }

    pub(crate) fn tt_period(&self) -> u32 {
        match self.sc.monitoring {
            Monitoring::Detailed => 60,
            Monitoring::Basic => self.sc.model.tt_period_basic_s,
        }
    }

    /// Recreate alarms/policy state after a policy change (keeps unchanged alarms' state and
    /// the state of policies with the same name and kind).
    pub(crate) fn rebuild_policies(&mut self) {
        let m = &self.sc.model;
        let (alarms, mut prt) = policies::build(
            &self.sc.policies,
            &self.alarms,
            &self.sc.group.name,
            self.sc.seed,
            m.tt_low_ratio,
            m.tt_high_datapoints,
            m.tt_low_datapoints,
            self.tt_period(),
            self.t,
        );
        for (i, rt) in prt.iter_mut().enumerate() {
            let name = self.sc.policies[i].name();
            let old = self.prt_names.iter().position(|n| n == name).and_then(|k| self.prt.get(k).cloned());
            if let Some(old) = old {
                match (rt, old) {
                    (PolicyRt::Predictive(a), PolicyRt::Predictive(b)) => *a = b,
                    (PolicyRt::Hpa(a), PolicyRt::Hpa(b)) => *a = b,
                    (PolicyRt::Simple { state: a, .. }, PolicyRt::Simple { state: b, .. }) => *a = b,
                    (PolicyRt::Scheduled(a), PolicyRt::Scheduled(b)) => *a = b,
                    _ => {}
                }
            }
        }
        self.alarms = alarms;
        self.prt = prt;
        self.prt_names = self.sc.policies.iter().map(|p| p.name().to_string()).collect();
    }

    /// One simulated second.
    pub(crate) fn tick(&mut self) {
        let t = self.t;
        self.run_events(t);
        self.run_scheduled(t);
        if self.live_count != self.desired {
            self.reconcile(t);
        }
        if self.lc_active {
            self.lifecycle(t);
        }
        if t >= self.next_hc_min {
            self.health_checks(t);
        }
        if t.is_multiple_of(self.sc.model.asg_health_poll_s as u64) {
            self.health_poll(t);
        }
        // ---- traffic → ALB → instances ----
        let utc_now = self.sc.start_utc_s + t as i64;
        let (rate, arrivals) = self.traffic.arrivals(&self.sc.traffic, t, utc_now);
        let st = self.flow(t, arrivals);
        self.ledger.arrived += arrivals;
        self.ledger.served += st.served;
        self.ledger.failed_503 += st.r503;
        self.ledger.failed_502 += st.f502;
        self.ledger.failed_504 += st.f504;
        self.ledger.target_5xx += st.t5;
        let failed = st.r503 + st.f502 + st.f504 + st.t5;
        self.last = LastSecond { offered: rate, arrived: arrivals, served: st.served, failed };
        self.alb_bill.tick(st.routed, self.sc.model.new_conn_per_request, self.sc.model.bytes_per_request);
        self.record_second(t, &st);
        self.simple_ticks(t);
        // ---- end of second ----
        self.t = t + 1;
        let now = self.t;
        if now.is_multiple_of(15) {
            self.hpa_sync(now);
        }
        if now.is_multiple_of(60) {
            self.close_minute(now);
            if (self.sc.start_utc_s + now as i64).rem_euclid(3600) == 0 {
                self.hourly(now);
            }
            self.decide(now);
            self.reconcile(now);
            self.rebalance(now);
            self.gm.start_minute(now / 60);
        }
        if now >= self.next_drop {
            self.drop_terminated(now);
        }
    }

    /// Add an activity (helper).
    pub(crate) fn act(
        &mut self,
        t: u64,
        st: ActivityStatus,
        kind: ActivityKind,
        d: String,
        c: String,
        w: crate::sim::why::Why,
    ) -> u64 {
        self.log.push(t, st, kind, d, c, w)
    }

    /// Count instances by lifecycle: (pending, in_service, terminating).
    pub(crate) fn counts(&self) -> (u32, u32, u32) {
        let mut p = 0;
        let mut s = 0;
        let mut x = 0;
        for i in &self.insts {
            match i.lifecycle {
                LifecycleState::Pending => p += 1,
                LifecycleState::InService => s += 1,
                LifecycleState::Terminating => x += 1,
                LifecycleState::Terminated => {}
            }
        }
        (p, s, x)
    }
}

/// Clamp scenario numbers into valid ranges (no panics on any input).
fn sanitize(sc: &mut Scenario) {
    use crate::sim::capacity::LAB_MAX_SIZE;
    let g = &mut sc.group;
    g.max = g.max.min(LAB_MAX_SIZE);
    g.min = g.min.min(g.max);
    g.azs = g.azs.clamp(1, sc.region.az_letters().len() as u32);
    g.default_warmup_s = g.default_warmup_s.map(|w| w.min(3600));
    g.health_check_grace_s = g.health_check_grace_s.min(86_400);
    g.default_cooldown_s = g.default_cooldown_s.min(86_400);
    sc.start_utc_s = sc.start_utc_s.clamp(0, 253_402_300_799) / 60 * 60;
    crate::sim::apply::sanitize_alb(&mut sc.alb);
    let m = &mut sc.model;
    let fin = |x: f64, d: f64, lo: f64, hi: f64| if x.is_finite() { x.clamp(lo, hi) } else { d };
    m.tt_low_ratio = fin(m.tt_low_ratio, 0.9, 0.0, 1.0);
    m.base_cpu_pct = fin(m.base_cpu_pct, 2.0, 0.0, 50.0);
    m.service_ms = fin(m.service_ms, 20.0, 0.1, 10_000.0);
    m.capacity_rps_override = m.capacity_rps_override.map(|c| fin(c, 50.0, 0.1, 1e6));
    m.new_conn_per_request = fin(m.new_conn_per_request, 0.1, 0.0, 1.0);
    m.bytes_per_request = fin(m.bytes_per_request, 20_000.0, 0.0, 1e9);
    m.queue_per_vcpu = m.queue_per_vcpu.clamp(1, 1_000_000);
    m.tt_high_datapoints = m.tt_high_datapoints.clamp(1, 1440);
    m.tt_low_datapoints = m.tt_low_datapoints.clamp(1, 1440);
    m.tt_period_basic_s = (m.tt_period_basic_s.clamp(60, 3600) / 60) * 60;
    m.asg_health_poll_s = m.asg_health_poll_s.clamp(1, 3600);
    m.launch_retry_s = m.launch_retry_s.clamp(1, 3600);
    m.boot_s = m.boot_s.min(3600);
    m.app_ready_s = m.app_ready_s.min(3600);
    m.scheduled_lateness_s = m.scheduled_lateness_s.min(120);
    crate::sim::scenario::sort_events(&mut sc.events);
}
