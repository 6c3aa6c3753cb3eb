//! The simulation: state, construction and the fixed 1-s tick (order explained in mod.rs).

use crate::activity::{ActivityKind, ActivityLog, ActivityStatus};
use crate::alarms::Alarm;
use crate::anomaly;
use crate::billing::AlbBill;
use crate::catalog::InstanceType;
use crate::instance::Instance;
use crate::latency::LatencyHist;
use crate::load::LoadModel;
use crate::policies::{self, Policy, TtAlarmSettings};
use crate::replay::ReplayLog;
use crate::routing::Routing;
use crate::scenario::{Algorithm, Monitoring, Scenario};
use crate::shadow_spec::ShadowSpec;
use crate::stats::RunStats;
use crate::store::GroupMetrics;
use crate::traffic::TrafficState;
use crate::utc;
use crate::views::{Ledger, LifecycleCounts};
use crate::why::Why;
use rand_pcg::Pcg64Mcg;

/// A shadow run: another fleet on this run's traffic (`shadow.rs`).
#[derive(Clone, Debug)]
pub struct Shadow {
    /// what it runs
    pub spec: ShadowSpec,
    /// the fixed size in force [instances] (None for a policy shadow)
    pub size: Option<u32>,
    pub(crate) sim: Box<Sim>,
}

/// A running ASG Lab simulation.
#[derive(Clone, Debug)]
pub struct Sim {
    /// the scenario as sanitised, with the settings commands changed since
    pub(crate) sc: Scenario,
    /// simulated seconds since the start [s]
    pub(crate) t: u64,
    /// MinSize [instances]
    pub(crate) min: u32,
    /// MaxSize [instances]
    pub(crate) max: u32,
    /// DesiredCapacity [instances]
    pub(crate) desired: u32,
    /// every instance in launch order; terminated ones stay `keep_terminated_s` [s]
    pub(crate) insts: Vec<Instance>,
    /// availability of each AZ, by AZ index
    pub(crate) az_up: Vec<bool>,
    /// instance ids (a stream of its own, so ids do not depend on traffic)
    pub(crate) rng_ids: Pcg64Mcg,
    /// tie-breaks (termination, AZ choice)
    pub(crate) rng_misc: Pcg64Mcg,
    /// weighted random routing's picks (a stream of its own: other algorithms never draw)
    pub(crate) rng_route: Pcg64Mcg,
    /// traffic generator: override, spike, Poisson stream
    pub(crate) traffic: TrafficState,
    /// instance type of the launch template's current version
    pub(crate) itype: InstanceType,
    /// the launch template's current version [count]
    pub(crate) template_version: u32,
    /// CloudWatch alarms: target-tracking pairs and the step/simple policies' alarms
    pub(crate) alarms: Vec<Alarm>,
    /// the policies as they run: each its definition (a copy of `sc.policies`, made by
    /// `rebuild_policies`, the only writer) and its state
    pub(crate) policies: Vec<Policy>,
    /// activity history
    pub(crate) log: ActivityLog,
    /// the group's metric rings
    pub(crate) gm: GroupMetrics,
    /// latency of the filling minute's requests
    pub(crate) lat_minute: LatencyHist,
    /// ALB hours and LCUs so far
    pub(crate) alb_bill: AlbBill,
    /// constants of the load model
    pub(crate) load: LoadModel,
    /// index of the next scenario event to run [index]
    pub(crate) next_event: usize,
    /// cursor, plan, slow start and the steady cohort
    pub(crate) routing: Routing,
    /// run statistics for the summary
    pub(crate) stats: RunStats,
    /// the traffic as lived, for the fixed-fleet comparison
    pub(crate) replay: ReplayLog,
    /// shadow runs on the same traffic, stepped in lockstep (`shadow.rs`)
    pub(crate) shadows: Vec<Shadow>,
    /// why the current desired value was chosen (for the UI)
    pub(crate) last_why: Why,
    /// AWS-style cause prefix of the latest desired change
    pub(crate) last_cause: String,
    /// the desired value the "cannot scale in: protected" note was written for [instances]
    pub(crate) protected_note: Option<u32>,
    // ---- hot-path bookkeeping (skip work that cannot be due) ----
    /// live (Pending + InService) instances, kept current by launch/terminate and the flow pass
    pub(crate) live_count: u32,
    /// some instance is Pending or Terminating
    pub(crate) lc_active: bool,
    /// earliest due ALB health check [s]
    pub(crate) next_hc_min: u64,
    /// earliest time a terminated instance can be dropped [s]; None: none is terminated
    pub(crate) next_drop: Option<u64>,
    /// no launch attempt before [s] (after a launch failed)
    pub(crate) next_launch_try: u64,
    /// why every launch fails now, as EC2 says it (the guided lab's account deleted what the
    /// launch template needs); None = launches proceed
    pub(crate) launch_error: Option<String>,
    /// the region's AZ (index: 0 = `a`) of each of the run's AZs; the first
    /// `sc.group.azs` are the group's, any after them hold only outside targets (`outside.rs`)
    pub(crate) zones: Vec<u32>,
    /// targets registered beside the group, attachments and AZ changes so far, in order
    /// [s, change], for shadows made later (`outside.rs`)
    pub(crate) group_log: Vec<(u64, crate::replay::GroupChange)>,
    /// the group is attached to no target group: its instances are not registered with the
    /// load balancer (`outside.rs`); false for every ready-made run
    pub(crate) detached: bool,
}

impl Sim {
    /// Build a simulation from a scenario. Invalid numbers are clamped; the group starts with
    /// `desired` instances (InService and warm if `model.start_warm`).
    pub fn new(scenario: Scenario) -> Sim {
        let mut sc = scenario;
        sc.sanitize();
        // invalid policies are dropped (reported in the activity history below)
        let mut rejected = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        sc.policies.truncate(crate::policy_spec::MAX_POLICIES);
        sc.policies.retain(|p| {
            let dup = seen.iter().any(|n| n == p.name());
            let r = if dup {
                Err(crate::command::CommandError::validation(format!("Duplicate policy name {}", p.name())))
            } else {
                crate::policy_spec::validate_policy(p)
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
            rng_route: Pcg64Mcg::new(((seed as u128) << 64) | 0x70_u128 | 1),
            traffic,
            template_version: 1,
            alarms: Vec::new(),
            policies: Vec::new(),
            log: ActivityLog::new(),
            gm: GroupMetrics::new(),
            lat_minute: LatencyHist::default(),
            alb_bill: AlbBill::default(),
            load,
            next_event: 0,
            routing: Routing::default(),
            stats: RunStats::default(),
            replay: ReplayLog::new(sc.traffic.clone()),
            shadows: Vec::new(),
            last_why: Why::default(),
            last_cause: String::new(),
            protected_note: None,
            live_count: 0,
            lc_active: false,
            next_hc_min: 0,
            next_drop: None,
            next_launch_try: 0,
            launch_error: None,
            zones: (0..n_az as u32).collect(),
            group_log: Vec::new(),
            detached: false,
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
            sim.launch(0, &cause, &crate::why::Reason::GroupCreated.into(), warm);
        }
        sim.stats.peak_instances = desired;
        for (name, msg) in rejected {
            sim.act(
                0,
                ActivityStatus::Failed,
                ActivityKind::LabNote,
                format!("Policy {name} rejected"),
                msg,
                crate::why::Reason::InvalidPolicy.into(),
            );
        }
        sim
    }

    /// Make every launch fail with EC2's `error` (None: launches proceed again), retried every
    /// `launch_retry_s`: what the guided lab's account does when the launch template, its AMI,
    /// key pair or security group is deleted while the group exists (docs/aws-behaviour.md
    /// §11 "Auto Scaling group").
    pub fn set_launch_error(&mut self, error: Option<String>) {
        self.launch_error = error;
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
        let mut l = self.stats.ledger;
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
        let tt = TtAlarmSettings {
            asg: &self.sc.group.name,
            seed: self.sc.seed,
            low_ratio: m.tt_low_ratio,
            high_n: m.tt_high_datapoints,
            low_n: m.tt_low_datapoints,
            period_s: self.tt_period(),
        };
        let (alarms, mut new) = policies::build(&self.sc.policies, &self.alarms, &tt, self.t);
        let mut old = core::mem::take(&mut self.policies);
        for p in &mut new {
            if let Some(k) = old.iter().position(|o| o.name() == p.name()) {
                p.state.keep_from(old.swap_remove(k).state);
            }
        }
        self.alarms = alarms;
        self.policies = new;
    }

    /// One simulated second.
    pub(crate) fn tick(&mut self) {
        self.tick_fed(None);
    }

    /// One second; `fed` = this second's offered rate [req/s] and arrivals [count] when the
    /// live run already drew them (a shadow in lockstep: the same numbers its own generator
    /// would draw, without drawing them again).
    pub(crate) fn tick_fed(&mut self, fed: Option<(f64, u64)>) {
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
        let (rate, arrivals) = match fed {
            Some(x) => x,
            None => self.traffic.arrivals(&self.sc.traffic, t, utc_now),
        };
        let st = self.routing.flow(&mut self.insts, &self.sc.alb, &self.load, t, arrivals, &mut self.rng_route);
        if let Algorithm::WeightedRandom { anomaly_mitigation } = self.sc.alb.algorithm {
            if (t + 1).is_multiple_of(anomaly::PERIOD_S) {
                anomaly::period(&mut self.insts, anomaly_mitigation);
            }
        }
        self.live_count = st.lifecycle.live();
        self.stats.add_second(rate, arrivals, &st);
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
        if self.next_drop.is_some_and(|d| now >= d) {
            self.drop_terminated(now);
        }
        if !self.shadows.is_empty() {
            self.tick_shadows(rate, arrivals);
        }
    }

    /// Add an activity at `t` [s]; returns its id.
    pub(crate) fn act(
        &mut self,
        t: u64,
        status: ActivityStatus,
        kind: ActivityKind,
        description: String,
        cause: String,
        why: Why,
    ) -> u64 {
        self.log.push(t, status, kind, description, cause, why)
    }

    /// Instances by lifecycle state.
    pub(crate) fn counts(&self) -> LifecycleCounts {
        let mut c = LifecycleCounts::default();
        for i in self.insts.iter().filter(|i| !i.outside) {
            c.add(i.lifecycle());
        }
        c
    }
}
