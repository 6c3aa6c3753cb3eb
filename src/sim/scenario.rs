//! The scenario: everything needed to reproduce a run bit-for-bit (seed included).

use crate::sim::catalog::{InstanceType, Region};
use crate::sim::ids::InstanceRef;
use crate::sim::policy_spec::PolicySpec;
pub use crate::sim::settings::{AlbSpec, Algorithm, GroupSpec, HealthCheckType, Monitoring, TerminationPolicy};
use crate::sim::traffic::TrafficSpec;

/// A fault or action at a given simulated time: any live [`crate::sim::Command`] (see
/// [`EventAction::from_command`]), so a session can be replayed from the scenario alone.
/// Instances are named by [`InstanceRef`]: `Id` is replayable because ids come from the seeded
/// rng; `Nth` picks the k-th live instance when the event runs.
pub type EventAction = crate::sim::command::Action<InstanceRef>;

/// A scheduled fault/action.
#[derive(Clone, Debug, PartialEq)]
pub struct ScheduledEvent {
    /// when [s since start]
    pub at_s: u64,
    /// what
    pub action: EventAction,
}

/// Sorts events by time, keeping the given order at equal times. Every sort of events goes
/// through here: each distinct `sort_by_key` closure compiles its own copy of the sort.
pub fn sort_events(events: &mut [ScheduledEvent]) {
    events.sort_by_key(|e| e.at_s);
}

/// Knobs for behaviour AWS does not document ([OBS]/[EST]); defaults as noted.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelSettings {
    /// launch → EC2 running, registered and InService [s]. [OBS] ~20–40 s (§1), default 30
    pub boot_s: u32,
    /// InService → app answers (user-data, `yum install httpd`) [s]. [EST] 30–90 s, default 60
    pub app_ready_s: u32,
    /// target-tracking AlarmLow threshold = ratio × target. [OBS] 0.9 (docs wording) or 0.7
    pub tt_low_ratio: f64,
    /// AlarmHigh datapoints (M = N) [count]. [OBS] 3
    pub tt_high_datapoints: u32,
    /// AlarmLow datapoints (M = N) [count]. [OBS] 15
    pub tt_low_datapoints: u32,
    /// target-tracking alarm period with basic monitoring [s]. ❓ [OBS blog] 300
    pub tt_period_basic_s: u32,
    /// requests/s an instance serves at 100 % CPU [req/s]; None = type default [EST]
    pub capacity_rps_override: Option<f64>,
    /// idle OS + httpd CPU [%]. [EST] 2
    pub base_cpu_pct: f64,
    /// service time of one request on an idle instance [ms]. [EST] 20
    pub service_ms: f64,
    /// max queued requests per vCPU before connections are refused (502) [requests]. [EST] 256
    pub queue_per_vcpu: u32,
    /// initial instances start InService, healthy and warmed up at t = 0
    pub start_warm: bool,
    /// how often ASG polls health (ELB type, replacement) [s]. ❓ [EST] 60 (§1)
    pub asg_health_poll_s: u32,
    /// scheduled-action lateness [s] (AWS: up to 120). Default 0
    pub scheduled_lateness_s: u32,
    /// how long terminated instances stay visible for animation [s]. Default 60
    pub keep_terminated_s: u32,
    /// fraction of requests that open a new connection (LCU estimate) [0–1]. [EST] 0.1
    pub new_conn_per_request: f64,
    /// bytes per request+response (LCU estimate) [bytes]. [EST] 20 000
    pub bytes_per_request: f64,
    /// retry interval when a launch fails (no AZ available) [s]. [EST] 10
    pub launch_retry_s: u32,
}

impl Default for ModelSettings {
    fn default() -> Self {
        ModelSettings {
            boot_s: 30,
            app_ready_s: 60,
            tt_low_ratio: 0.9,
            tt_high_datapoints: 3,
            tt_low_datapoints: 15,
            tt_period_basic_s: 300,
            capacity_rps_override: None,
            base_cpu_pct: 2.0,
            service_ms: 20.0,
            queue_per_vcpu: 256,
            start_warm: true,
            asg_health_poll_s: 60,
            scheduled_lateness_s: 0,
            keep_terminated_s: 60,
            new_conn_per_request: 0.1,
            bytes_per_request: 20_000.0,
            launch_retry_s: 10,
        }
    }
}

/// A complete, reproducible lab scenario. `Default` is the seed's exercise: Seoul, one
/// t2.micro, min 1 / max 3, target tracking CPU 50 %, detailed monitoring, `stress` for
/// 20 minutes on the only instance at t = 0.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// rng seed
    pub seed: u64,
    /// simulated clock start [Unix s, UTC]
    pub start_utc_s: i64,
    /// region
    pub region: Region,
    /// instance type of the launch template
    pub instance_type: InstanceType,
    /// offered traffic
    pub traffic: TrafficSpec,
    /// the Auto Scaling group
    pub group: GroupSpec,
    /// scaling policies and scheduled actions
    pub policies: Vec<PolicySpec>,
    /// load balancer
    pub alb: AlbSpec,
    /// EC2 monitoring
    pub monitoring: Monitoring,
    /// scheduled faults/actions
    pub events: Vec<ScheduledEvent>,
    /// [OBS]/[EST] model knobs
    pub model: ModelSettings,
}

/// 2026-01-01T09:00:00Z [Unix s].
pub const DEFAULT_START_UTC_S: i64 = 1_767_258_000;

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            seed: 1,
            start_utc_s: DEFAULT_START_UTC_S,
            region: Region::ApNortheast2,
            instance_type: InstanceType::T2Micro,
            traffic: TrafficSpec::default(),
            group: GroupSpec::default(),
            policies: vec![PolicySpec::default_cpu50()],
            alb: AlbSpec::default(),
            monitoring: Monitoring::Detailed,
            events: vec![ScheduledEvent {
                at_s: 0,
                action: EventAction::Stress { instance: InstanceRef::Nth(0), duration_s: 1200, workers: 1 },
            }],
            model: ModelSettings::default(),
        }
    }
}

impl Scenario {
    /// Clamp every number into its valid range (no panics on any input); sort the events.
    pub fn sanitize(&mut self) {
        let sc = self;
        use crate::sim::capacity::LAB_MAX_SIZE;
        let g = &mut sc.group;
        g.max = g.max.min(LAB_MAX_SIZE);
        g.min = g.min.min(g.max);
        g.azs = g.azs.clamp(1, sc.region.az_letters().len() as u32);
        g.default_warmup_s = g.default_warmup_s.map(|w| w.min(3600));
        g.health_check_grace_s = g.health_check_grace_s.min(86_400);
        g.default_cooldown_s = g.default_cooldown_s.min(86_400);
        sc.start_utc_s = sc.start_utc_s.clamp(0, 253_402_300_799) / 60 * 60;
        sc.alb.sanitize();
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
        sort_events(&mut sc.events);
    }
}
