//! Group, load-balancer and monitoring settings: what a [`crate::sim::Scenario`] starts with
//! and what live commands ([`crate::sim::Command`]) change later.

use crate::sim::catalog::CreditMode;
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

impl AlbSpec {
    /// Clamp every setting into AWS's range (§6 table).
    pub fn sanitize(&mut self) {
        if self.slow_start_s != 0 {
            self.slow_start_s = self.slow_start_s.clamp(30, 900);
        }
        self.deregistration_delay_s = self.deregistration_delay_s.min(3600);
        self.hc_interval_s = self.hc_interval_s.clamp(5, 300);
        self.hc_timeout_s = self.hc_timeout_s.clamp(2, 120);
        self.healthy_threshold = self.healthy_threshold.clamp(2, 10);
        self.unhealthy_threshold = self.unhealthy_threshold.clamp(2, 10);
        self.idle_timeout_s = self.idle_timeout_s.clamp(1, 4000);
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
