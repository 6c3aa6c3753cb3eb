//! Read-only views the UI draws every frame: snapshot, instances, AZs, ledger, summary.

use crate::ids::InstanceId;
use core::fmt;

/// ASG lifecycle state (§1), Display = AWS text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LifecycleState {
    /// launched, booting
    Pending,
    /// counted toward capacity
    InService,
    /// draining / shutting down
    Terminating,
    /// gone
    Terminated,
}

impl fmt::Display for LifecycleState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LifecycleState::Pending => "Pending",
            LifecycleState::InService => "InService",
            LifecycleState::Terminating => "Terminating",
            LifecycleState::Terminated => "Terminated",
        })
    }
}

/// Instances by lifecycle state (Terminated ones are not counted).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LifecycleCounts {
    /// Pending [instances]
    pub pending: u32,
    /// InService [instances]
    pub in_service: u32,
    /// Terminating [instances]
    pub terminating: u32,
}

impl LifecycleCounts {
    /// Count one instance in state `s`.
    #[inline(always)]
    pub fn add(&mut self, s: LifecycleState) {
        match s {
            LifecycleState::Pending => self.pending += 1,
            LifecycleState::InService => self.in_service += 1,
            LifecycleState::Terminating => self.terminating += 1,
            LifecycleState::Terminated => {}
        }
    }
    /// Pending + InService: the instances that count toward capacity [instances].
    pub fn live(&self) -> u32 {
        self.pending + self.in_service
    }
}

/// ALB target health state (§6), Display = AWS text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetState {
    /// registering / first checks
    Initial,
    /// passing checks
    Healthy,
    /// failing checks
    Unhealthy,
    /// deregistering
    Draining,
    /// not registered
    Unused,
}

impl fmt::Display for TargetState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TargetState::Initial => "initial",
            TargetState::Healthy => "healthy",
            TargetState::Unhealthy => "unhealthy",
            TargetState::Draining => "draining",
            TargetState::Unused => "unused",
        })
    }
}

/// One instance as the UI shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct InstanceView {
    /// id
    pub id: InstanceId,
    /// AZ index into `Snapshot::azs`
    pub az: usize,
    /// ASG lifecycle
    pub lifecycle: LifecycleState,
    /// ALB target state
    pub target_state: TargetState,
    /// ASG health status (false = Unhealthy, about to be replaced)
    pub healthy: bool,
    /// inside its instance warm-up
    pub warming: bool,
    /// DescribeTargetHealth's AnomalyDetection.Result is `anomalous` (weighted_random)
    pub anomalous: bool,
    /// AnomalyDetection.MitigationInEffect is `yes`: its routing weight is lowered
    pub mitigated: bool,
    /// CPU utilisation last second [%]
    pub cpu: f64,
    /// CPU credit balance incl. launch credits [credits]; None for non-burstable types
    pub credits: Option<f64>,
    /// requests served last second [req/s]
    pub served_rps: f64,
    /// stress running until [s], if any
    pub stress_until: Option<u64>,
    /// protected from scale-in
    pub protected: bool,
    /// launch time [s since start]
    pub launched_at: u64,
    /// queued requests [requests]
    pub queue: u64,
    /// instance type name
    pub instance_type: &'static str,
    /// a target registered beside the group, not one of its instances (the guided lab's
    /// step-2 instance): it serves, the group does not count or bill it
    pub outside: bool,
}

/// One availability zone.
#[derive(Clone, Debug, PartialEq)]
pub struct AzView {
    /// e.g. "ap-northeast-2a"
    pub name: String,
    /// false during an injected outage
    pub available: bool,
    /// live (Pending + InService) instances there [count]
    pub instances: u32,
}

impl Snapshot {
    /// The group's own instances (targets registered beside it left out).
    pub fn group_instances(&self) -> impl Iterator<Item = &InstanceView> {
        self.instances.iter().filter(|i| !i.outside)
    }
}

/// What the UI reads every frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// simulated seconds since start [s]
    pub t: u64,
    /// UTC clock [Unix s]
    pub clock_utc_s: i64,
    /// offered rate (pattern/override × spike) last second [req/s]
    pub offered_rps: f64,
    /// successfully served last second [req/s]
    pub served_rps: f64,
    /// failed (5xx of any cause) last second [req/s]
    pub failed_rps: f64,
    /// MinSize
    pub min: u32,
    /// MaxSize
    pub max: u32,
    /// DesiredCapacity
    pub desired: u32,
    /// average CPU over InService instances last second [%]
    pub group_cpu: Option<f64>,
    /// median latency last second [ms]
    pub p50_ms: f64,
    /// 99th-percentile latency last second [ms]
    pub p99_ms: f64,
    /// cost so far [USD]
    pub cost_usd: f64,
    /// every non-Terminated instance + recently terminated ones
    pub instances: Vec<InstanceView>,
    /// availability zones
    pub azs: Vec<AzView>,
}

/// Request accounting: `arrived == served + failed_* + target_5xx + queued` always.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Ledger {
    /// requests that reached the ALB [count]
    pub arrived: u64,
    /// answered 200 by a target [count]
    pub served: u64,
    /// 503: no registered/eligible target [count]
    pub failed_503: u64,
    /// 502: refused (queue full or app not listening), drained at delay expiry, or instance
    /// died [count]
    pub failed_502: u64,
    /// of `failed_502`: refused because the target's queue was full [count]
    pub refused_full: u64,
    /// of `failed_502`: still in flight when the deregistration delay ended [count]
    pub drained: u64,
    /// 504: waited longer than the idle timeout [count]
    pub failed_504: u64,
    /// 500 from a broken app [count]
    pub target_5xx: u64,
    /// still queued on targets [count]
    pub queued: u64,
}

impl Ledger {
    /// Does the conservation law hold?
    pub fn balanced(&self) -> bool {
        self.arrived
            == self.served + self.failed_503 + self.failed_502 + self.failed_504 + self.target_5xx + self.queued
    }
    /// All failures [count].
    pub fn failed(&self) -> u64 {
        self.failed_503 + self.failed_502 + self.failed_504 + self.target_5xx
    }
    /// Failures by cause; the parts sum to [`Ledger::failed`].
    pub fn causes(&self) -> FailureCauses {
        FailureCauses {
            no_target: self.failed_503,
            connection: self.failed_502 - self.refused_full - self.drained,
            timeout: self.failed_504,
            queue_full: self.refused_full,
            draining: self.drained,
            app_error: self.target_5xx,
        }
    }
}

/// Failed requests by cause [count each].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct FailureCauses {
    /// 503: no healthy (or registered) target
    pub no_target: u64,
    /// 502: the target refused the connection (app not listening) or crashed
    pub connection: u64,
    /// 504: waited longer than the idle timeout
    pub timeout: u64,
    /// 502: refused because the target's queue was full
    pub queue_full: u64,
    /// 502: still in flight when deregistration (draining) ended
    pub draining: u64,
    /// 500: the app itself answered with an error
    pub app_error: u64,
}

impl FailureCauses {
    /// All of them [count].
    pub fn total(&self) -> u64 {
        self.no_target + self.connection + self.timeout + self.queue_full + self.draining + self.app_error
    }
}

/// End-of-run figures (also for the fixed-fleet comparison).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RunSummary {
    /// simulated duration [s]
    pub duration_s: u64,
    /// total cost [USD]
    pub cost_usd: f64,
    /// EC2 instance cost [USD]
    pub instance_cost_usd: f64,
    /// Unlimited-mode surplus credits charged so far (above 24 h of earnings, or at
    /// termination) [USD]; included in `cost_usd`
    pub credit_cost_usd: f64,
    /// surplus credits of live instances not charged yet: charged if they terminate before
    /// earnings pay them down [USD]; not in `cost_usd`
    pub credit_owed_usd: f64,
    /// ALB hours + LCU [USD]
    pub alb_cost_usd: f64,
    /// failed requests by cause
    pub causes: FailureCauses,
    /// public IPv4 addresses: each instance's and the ALB's, $0.005 per address-hour [USD]
    pub ipv4_cost_usd: f64,
    /// instances' root volumes (8 GB gp3) [USD]
    pub ebs_cost_usd: f64,
    /// requests arrived [count]
    pub requests: u64,
    /// requests failed [count]
    pub requests_failed: u64,
    /// failed / arrived [%]
    pub failed_pct: f64,
    /// whole-run p99 latency [ms]
    pub p99_ms: f64,
    /// minutes whose group CPU average exceeded the first target-tracking target
    /// (or 50 % if none) [min]
    pub minutes_above_target: u64,
    /// billed instance-hours [h]
    pub instance_hours: f64,
    /// most live instances at once [count]
    pub peak_instances: u32,
    /// scale-out decisions [count]
    pub scale_outs: u32,
    /// scale-in decisions [count]
    pub scale_ins: u32,
}
