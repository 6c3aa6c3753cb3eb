//! The scenario: everything needed to reproduce a run bit-for-bit (seed included).

use crate::catalog::{InstanceType, Region};
use crate::ids::InstanceRef;
use crate::limits;
use crate::policy_spec::PolicySpec;
pub use crate::settings::{AlbSpec, Algorithm, GroupSpec, HealthCheckType, Monitoring, TerminationPolicy};
use crate::traffic::TrafficSpec;

/// A fault or action at a given simulated time: any live [`crate::Command`] (see
/// [`EventAction::from_command`]), so a session can be replayed from the scenario alone.
/// Instances are named by [`InstanceRef`]: `Id` is replayable because ids come from the seeded
/// rng; `Nth` picks the k-th live instance when the event runs.
pub type EventAction = crate::command::Action<InstanceRef>;

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
    /// target-tracking AlarmLow threshold = ratio × target. [OBS] 0.7 for EC2 Auto Scaling
    /// (`limits::TT_LOW_RATIO`)
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
            boot_s: limits::BOOT.default,
            app_ready_s: limits::APP_READY.default,
            tt_low_ratio: limits::TT_LOW_RATIO.default,
            tt_high_datapoints: limits::TT_HIGH_DATAPOINTS.default,
            tt_low_datapoints: limits::TT_LOW_DATAPOINTS.default,
            tt_period_basic_s: limits::TT_PERIOD_BASIC.default,
            capacity_rps_override: None,
            base_cpu_pct: limits::BASE_CPU.default,
            service_ms: limits::SERVICE_MS.default,
            queue_per_vcpu: limits::QUEUE_PER_VCPU.default,
            start_warm: true,
            asg_health_poll_s: limits::HEALTH_POLL.default,
            scheduled_lateness_s: limits::SCHEDULED_LATENESS.default,
            keep_terminated_s: limits::KEEP_TERMINATED.default,
            new_conn_per_request: limits::NEW_CONN.default,
            bytes_per_request: limits::BYTES_PER_REQUEST.default,
            launch_retry_s: limits::LAUNCH_RETRY.default,
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
        let g = &mut sc.group;
        g.max = limits::MAX_SIZE.clamp(g.max);
        g.min = g.min.min(g.max);
        g.azs = g.azs.clamp(1, sc.region.az_letters().len() as u32);
        g.default_warmup_s = g.default_warmup_s.map(|w| limits::WARMUP.clamp(w));
        g.health_check_grace_s = limits::GRACE.clamp(g.health_check_grace_s);
        g.default_cooldown_s = limits::COOLDOWN.clamp(g.default_cooldown_s);
        sc.start_utc_s = sc.start_utc_s.clamp(0, 253_402_300_799) / 60 * 60;
        sc.alb.sanitize();
        let m = &mut sc.model;
        m.tt_low_ratio = limits::TT_LOW_RATIO.clamp(m.tt_low_ratio);
        m.base_cpu_pct = limits::BASE_CPU.clamp(m.base_cpu_pct);
        m.service_ms = limits::SERVICE_MS.clamp(m.service_ms);
        m.capacity_rps_override = m.capacity_rps_override.map(|c| limits::CAPACITY_RPS.clamp(c));
        m.new_conn_per_request = limits::NEW_CONN.clamp(m.new_conn_per_request);
        m.bytes_per_request = limits::BYTES_PER_REQUEST.clamp(m.bytes_per_request);
        m.queue_per_vcpu = limits::QUEUE_PER_VCPU.clamp(m.queue_per_vcpu);
        m.tt_high_datapoints = limits::TT_HIGH_DATAPOINTS.clamp(m.tt_high_datapoints);
        m.tt_low_datapoints = limits::TT_LOW_DATAPOINTS.clamp(m.tt_low_datapoints);
        m.tt_period_basic_s = limits::TT_PERIOD_BASIC.clamp(m.tt_period_basic_s) / 60 * 60;
        m.asg_health_poll_s = limits::HEALTH_POLL.clamp(m.asg_health_poll_s);
        m.launch_retry_s = limits::LAUNCH_RETRY.clamp(m.launch_retry_s);
        m.boot_s = limits::BOOT.clamp(m.boot_s);
        m.app_ready_s = limits::APP_READY.clamp(m.app_ready_s);
        m.scheduled_lateness_s = limits::SCHEDULED_LATENESS.clamp(m.scheduled_lateness_s);
        m.keep_terminated_s = limits::KEEP_TERMINATED.clamp(m.keep_terminated_s);
        sort_events(&mut sc.events);
    }
}
