//! The scenario: everything needed to reproduce a run bit-for-bit (seed included).

use crate::sim::catalog::{CreditMode, InstanceType, Region};
use crate::sim::ids::InstanceRef;
use crate::sim::policy_spec::PolicySpec;
use crate::sim::traffic::TrafficSpec;
use core::fmt;

/// Scale-in victim selection (§1 "Default termination policy").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TerminationPolicy {
    /// AZ balance, oldest launch template, closest to next billing hour, random.
    #[default]
    Default,
    /// Oldest launch first.
    OldestInstance,
    /// Newest launch first.
    NewestInstance,
    /// Closest to the next billing hour.
    ClosestToNextInstanceHour,
    /// Oldest launch-template version, then Default.
    OldestLaunchTemplate,
}

impl fmt::Display for TerminationPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TerminationPolicy::Default => "Default",
            TerminationPolicy::OldestInstance => "OldestInstance",
            TerminationPolicy::NewestInstance => "NewestInstance",
            TerminationPolicy::ClosestToNextInstanceHour => "ClosestToNextInstanceHour",
            TerminationPolicy::OldestLaunchTemplate => "OldestLaunchTemplate",
        })
    }
}

/// Group health check type (§1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum HealthCheckType {
    /// EC2 status checks only (default).
    #[default]
    EC2,
    /// EC2 + load-balancer target health.
    ELB,
}

impl fmt::Display for HealthCheckType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HealthCheckType::EC2 => "EC2",
            HealthCheckType::ELB => "ELB",
        })
    }
}

/// The Auto Scaling group.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupSpec {
    /// group name
    pub name: String,
    /// MinSize [instances]
    pub min: u32,
    /// MaxSize [instances]
    pub max: u32,
    /// DesiredCapacity [instances]; None = MinSize (§1 [API])
    pub desired: Option<u32>,
    /// number of AZs used (first N letters of the region, ≥ 1)
    pub azs: u32,
    /// HealthCheckGracePeriod [s] (console default 300, §1)
    pub health_check_grace_s: u32,
    /// DefaultInstanceWarmup [s]; None = unset → DefaultCooldown (§2)
    pub default_warmup_s: Option<u32>,
    /// DefaultCooldown [s] (300, §3)
    pub default_cooldown_s: u32,
    /// termination policy
    pub termination_policy: TerminationPolicy,
    /// NewInstancesProtectedFromScaleIn
    pub protect_new_instances: bool,
    /// EC2 or ELB
    pub health_check_type: HealthCheckType,
    /// credit specification; None = the type's default (§8)
    pub credit_mode: Option<CreditMode>,
}

impl Default for GroupSpec {
    fn default() -> Self {
        GroupSpec {
            name: "asg-lab".into(),
            min: 1,
            max: 3,
            desired: Some(1),
            azs: 2,
            health_check_grace_s: 300,
            default_warmup_s: None,
            default_cooldown_s: 300,
            termination_policy: TerminationPolicy::Default,
            protect_new_instances: false,
            health_check_type: HealthCheckType::EC2,
            credit_mode: None,
        }
    }
}

/// ALB routing algorithm (§6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Algorithm {
    /// round_robin (default)
    #[default]
    RoundRobin,
    /// least_outstanding_requests
    LeastOutstandingRequests,
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Algorithm::RoundRobin => "round_robin",
            Algorithm::LeastOutstandingRequests => "least_outstanding_requests",
        })
    }
}

/// Load balancer and target group settings (§6 defaults).
#[derive(Clone, Debug, PartialEq)]
pub struct AlbSpec {
    /// routing algorithm
    pub algorithm: Algorithm,
    /// slow start duration [s] (0 = off, else 30–900)
    pub slow_start_s: u32,
    /// deregistration delay [s] (0–3600, default 300)
    pub deregistration_delay_s: u32,
    /// health check interval [s] (5–300, default 30)
    pub hc_interval_s: u32,
    /// health check timeout [s] (2–120, default 5)
    pub hc_timeout_s: u32,
    /// HealthyThresholdCount (2–10, default 5)
    pub healthy_threshold: u32,
    /// UnhealthyThresholdCount (2–10, default 2)
    pub unhealthy_threshold: u32,
    /// idle timeout [s] (default 60); a request waiting longer gets 504
    pub idle_timeout_s: u32,
}

impl Default for AlbSpec {
    fn default() -> Self {
        AlbSpec {
            algorithm: Algorithm::RoundRobin,
            slow_start_s: 0,
            deregistration_delay_s: 300,
            hc_interval_s: 30,
            hc_timeout_s: 5,
            healthy_threshold: 5,
            unhealthy_threshold: 2,
            idle_timeout_s: 60,
        }
    }
}

/// EC2 monitoring (§7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Monitoring {
    /// 5-minute EC2 data (free).
    Basic,
    /// 1-minute EC2 data.
    #[default]
    Detailed,
}

impl Monitoring {
    /// EC2 metric period [s].
    pub fn period_s(self) -> u32 {
        match self {
            Monitoring::Basic => 300,
            Monitoring::Detailed => 60,
        }
    }
}

impl fmt::Display for Monitoring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Monitoring::Basic => "Basic monitoring (5 minutes)",
            Monitoring::Detailed => "Detailed monitoring (1 minute)",
        })
    }
}

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
