//! Group, load-balancer and monitoring settings: what a [`crate::Scenario`] starts with
//! and what live commands ([`crate::Command`]) change later.

use crate::catalog::CreditMode;
use crate::limits;
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
            min: limits::MIN_SIZE.default,
            max: limits::MAX_SIZE.default,
            desired: Some(limits::DESIRED.default),
            azs: 2,
            health_check_grace_s: limits::GRACE.default,
            default_warmup_s: None,
            default_cooldown_s: limits::COOLDOWN.default,
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
    /// weighted_random (November 2023), with `load_balancing.algorithm.anomaly_mitigation`
    /// on or off (off by default)
    WeightedRandom {
        /// automatic target weights lower anomalous targets' share (`anomaly.rs`)
        anomaly_mitigation: bool,
    },
}

impl Algorithm {
    /// Every choice, in the order the form lists them.
    pub const ALL: [Algorithm; 4] = [
        Algorithm::RoundRobin,
        Algorithm::LeastOutstandingRequests,
        Algorithm::WeightedRandom { anomaly_mitigation: false },
        Algorithm::WeightedRandom { anomaly_mitigation: true },
    ];

    /// Slow start cannot be combined with it (least outstanding requests, weighted random).
    pub fn excludes_slow_start(self) -> bool {
        !matches!(self, Algorithm::RoundRobin)
    }

    /// AWS's message when slow start is combined with it (None if it can be).
    pub fn slow_start_message(self) -> Option<&'static str> {
        match self {
            Algorithm::RoundRobin => None,
            Algorithm::LeastOutstandingRequests => {
                Some("Slow start duration cannot be enabled with the least outstanding requests algorithm")
            }
            Algorithm::WeightedRandom { .. } => {
                Some("Slow start duration cannot be enabled with the weighted random algorithm")
            }
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Algorithm::RoundRobin => "round_robin",
            Algorithm::LeastOutstandingRequests => "least_outstanding_requests",
            Algorithm::WeightedRandom { anomaly_mitigation: false } => "weighted_random",
            Algorithm::WeightedRandom { anomaly_mitigation: true } => "weighted_random + anomaly_mitigation",
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
            slow_start_s: limits::SLOW_START.default,
            deregistration_delay_s: limits::DEREGISTRATION_DELAY.default,
            hc_interval_s: limits::HC_INTERVAL.default,
            hc_timeout_s: limits::HC_TIMEOUT.default,
            healthy_threshold: limits::HEALTHY_THRESHOLD.default,
            unhealthy_threshold: limits::UNHEALTHY_THRESHOLD.default,
            idle_timeout_s: limits::IDLE_TIMEOUT.default,
        }
    }
}

impl AlbSpec {
    /// The number settings in one fixed order: slow start, deregistration delay, health check
    /// interval and timeout, healthy and unhealthy thresholds, idle timeout (the order of
    /// [`AlbSpec::with_numbers`], of the ALB form and of a link's `alb:` event).
    pub fn numbers(&self) -> [u32; 7] {
        [
            self.slow_start_s,
            self.deregistration_delay_s,
            self.hc_interval_s,
            self.hc_timeout_s,
            self.healthy_threshold,
            self.unhealthy_threshold,
            self.idle_timeout_s,
        ]
    }

    /// A spec from an algorithm and the numbers in [`AlbSpec::numbers`]'s order.
    pub fn with_numbers(algorithm: Algorithm, n: [u32; 7]) -> AlbSpec {
        AlbSpec {
            algorithm,
            slow_start_s: n[0],
            deregistration_delay_s: n[1],
            hc_interval_s: n[2],
            hc_timeout_s: n[3],
            healthy_threshold: n[4],
            unhealthy_threshold: n[5],
            idle_timeout_s: n[6],
        }
    }

    /// Clamp every setting into AWS's range (§6 table).
    pub fn sanitize(&mut self) {
        if self.slow_start_s != 0 {
            self.slow_start_s = limits::SLOW_START.clamp(self.slow_start_s);
        }
        self.deregistration_delay_s = limits::DEREGISTRATION_DELAY.clamp(self.deregistration_delay_s);
        self.hc_interval_s = limits::HC_INTERVAL.clamp(self.hc_interval_s);
        self.hc_timeout_s = limits::HC_TIMEOUT.clamp(self.hc_timeout_s);
        self.healthy_threshold = limits::HEALTHY_THRESHOLD.clamp(self.healthy_threshold);
        self.unhealthy_threshold = limits::UNHEALTHY_THRESHOLD.clamp(self.unhealthy_threshold);
        self.idle_timeout_s = limits::IDLE_TIMEOUT.clamp(self.idle_timeout_s);
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
