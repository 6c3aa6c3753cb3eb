//! One EC2 instance in the group: its lifecycle with its times, ALB target state, load and credits.

use crate::anomaly::{Atw, Target};
use crate::catalog::InstanceType;
use crate::credits::Credits;
use crate::ids::InstanceId;
use crate::views::{LifecycleState, TargetState};

/// Per-instance CPU history kept (1-minute averages, last 24 h) [min].
pub const INSTANCE_MINUTES: usize = 1440;

/// Where an instance is in its life, with the times that belong to each stage [s since start].
/// The console's four states are [`Lifecycle::state`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifecycle {
    /// launched, booting (it runs at `Instance::running_at`)
    Pending,
    /// counted toward capacity
    InService,
    /// leaving since `since`: terminated at `ends_at`, at once or when draining ends
    Terminating {
        /// terminating since [s]
        since: u64,
        /// becomes Terminated at [s]
        ends_at: u64,
    },
    /// gone at `at` (listed for a while: [`Instance::drop_at`])
    Terminated {
        /// terminated at [s]
        at: u64,
    },
}

impl Lifecycle {
    /// The ASG lifecycle state the console shows.
    #[inline(always)]
    pub fn state(self) -> LifecycleState {
        match self {
            Lifecycle::Pending => LifecycleState::Pending,
            Lifecycle::InService => LifecycleState::InService,
            Lifecycle::Terminating { .. } => LifecycleState::Terminating,
            Lifecycle::Terminated { .. } => LifecycleState::Terminated,
        }
    }

    /// When it was terminated [s]; None while it is not.
    pub fn terminated_at(self) -> Option<u64> {
        match self {
            Lifecycle::Terminated { at } => Some(at),
            Lifecycle::Pending | Lifecycle::InService | Lifecycle::Terminating { .. } => None,
        }
    }
}

/// An instance. Times are simulated seconds since start. `repr(C)` keeps the fields the
/// per-second flow touches together at the front (cache locality of the hot loop).
#[derive(Clone, Debug)]
#[repr(C)]
pub struct Instance {
    /// ASG lifecycle, with its times
    pub life: Lifecycle,
    /// target state
    pub target: TargetState,
    /// the app is broken (injected): health checks fail, requests get 500
    pub broken: bool,
    /// stress workers [count]
    pub stress_workers: u32,
    /// vCPUs [count]
    pub vcpus: u32,
    /// EC2 running + registered + InService at [s]
    pub running_at: u64,
    /// app answers from [s]
    pub app_ready_at: u64,
    /// stress ends at [s]
    pub stress_until: u64,
    /// arrivals routed this second [count]
    pub arrivals: u64,
    /// queued requests [count]
    pub queue: u64,
    /// served OK last second [count]
    pub served: u64,
    /// fractional service capacity carried to the next second [requests]
    pub serve_frac: f64,
    /// requests/s at 100 % CPU [req/s]
    pub cap_rps: f64,
    /// 100 / cap_rps: CPU % per request/s [%·s]
    pub pct_per_req: f64,
    /// 100 / vCPUs: CPU % per busy vCPU [%]
    pub pct_per_vcpu: f64,
    /// effective service rate last second [req/s]
    pub mu: f64,
    /// 1 / mu (cached with `mu`) [s]
    pub inv_mu: f64,
    /// utilisation of the web server's CPU share last second, ≤ 0.98 [0–1]
    pub rho: f64,
    /// queueing backlog wait last second [s]
    pub wait_s: f64,
    /// CPU last second [%]
    pub cpu: f64,
    /// CPU sum over the current minute [%·s]
    pub cpu_min_sum: f64,
    /// seconds with data in the current minute [s]
    pub cpu_min_n: u32,
    /// seconds in the HPA sync window [s]
    pub cpu_sync_n: u32,
    /// CPU sum over the current HPA sync window [%·s]
    pub cpu_sync_sum: f64,
    /// requests served in the current minute [count]
    pub lat_served_min: u64,
    /// Σ service rate over the current minute's ready seconds [req/s·s]
    pub lat_mu_min: f64,
    /// Σ served × backlog wait over the current minute [requests·s]
    pub lat_wait_min: f64,
    /// last second a request was routed here [s]
    pub last_request_t: Option<u64>,
    /// routing weight this second (scratch)
    pub weight: f64,
    /// anomaly detection window and mitigation weight (weighted_random)
    pub atw: Atw,
    /// burstable credits
    pub credits: Option<Credits>,
    /// id
    pub id: InstanceId,
    /// AZ index
    pub az: usize,
    /// type
    pub itype: InstanceType,
    /// launch-template version it was launched from
    pub template_version: u32,
    /// launch time [s]
    pub launched_at: u64,
    /// warm-up ends at [s] (group default warm-up)
    pub warm_until: u64,
    /// existed warm at scenario start: never in warm-up
    pub prewarmed: bool,
    /// health-check grace period ends at [s]
    pub grace_until: u64,
    /// ASG health status
    pub healthy: bool,
    /// protected from scale-in
    pub protected: bool,
    /// launched to rebalance AZs (temporarily above desired)
    pub rebalance: bool,
    /// launch activity id
    pub launch_activity: u64,
    /// terminate activity id
    pub term_activity: u64,
    /// next health check at [s]
    pub next_hc: u64,
    /// consecutive passed checks [count]
    pub hc_ok: u32,
    /// consecutive failed checks [count]
    pub hc_fail: u32,
    /// slow start: (start, end) [s]
    pub slow_start: Option<(u64, u64)>,
    /// draining ends at [s]
    pub drain_until: u64,
    /// 1-minute averages, ring indexed by minute (NaN = none) [%]
    pub cpu_hist: Vec<f32>,
    /// registered in the target group beside the group, not one of its instances (the guided
    /// lab's step-2 instance, `outside.rs`): it serves; the group neither counts, measures,
    /// replaces, terminates nor bills it
    pub outside: bool,
}

impl Instance {
    /// Its ASG lifecycle state (what the console shows).
    #[inline(always)]
    pub fn lifecycle(&self) -> LifecycleState {
        self.life.state()
    }

    /// EC2 reports metrics (running and not terminated).
    #[inline]
    pub fn reporting(&self, t: u64) -> bool {
        t >= self.running_at && self.lifecycle() != LifecycleState::Terminated
    }
    /// Counts toward the group's capacity (one of its instances, Pending or InService).
    #[inline]
    pub fn live(&self) -> bool {
        !self.outside && matches!(self.lifecycle(), LifecycleState::Pending | LifecycleState::InService)
    }
    /// One of the group's InService instances (an outside target is never one).
    #[inline]
    pub fn in_service(&self) -> bool {
        !self.outside && self.lifecycle() == LifecycleState::InService
    }
    /// In a warm-up of `warmup_s` seconds from InService (Pending counts as warming).
    #[inline]
    pub fn warming_for(&self, t: u64, warmup_s: u64) -> bool {
        self.lifecycle() == LifecycleState::Pending
            || (self.lifecycle() == LifecycleState::InService && !self.prewarmed && t < self.running_at + warmup_s)
    }
    /// When a terminated instance leaves the list [s]: `keep` [s] after termination, and not
    /// while its target is still listed as draining. None while it is not terminated.
    pub fn drop_at(&self, keep: u64) -> Option<u64> {
        let at = self.life.terminated_at()? + keep;
        Some(if self.target == TargetState::Draining { at.max(self.drain_until) } else { at })
    }
    /// Registered and not draining.
    #[inline(always)]
    pub fn routable_state(&self) -> bool {
        matches!(self.target, TargetState::Initial | TargetState::Healthy | TargetState::Unhealthy)
    }
    /// M/M/1 mean sojourn (service + queueing) for the last second [s].
    #[inline]
    pub fn mean_s(&self, service_s: f64) -> f64 {
        service_s / (1.0 - self.rho)
    }
    /// CPU average of minute `m`, if recorded.
    pub fn cpu_minute(&self, m: u64) -> Option<f64> {
        let v = self.cpu_hist[(m as usize) % INSTANCE_MINUTES];
        if v.is_nan() {
            None
        } else {
            Some(v as f64)
        }
    }
}

impl Target for Instance {
    fn state(&self) -> TargetState {
        self.target
    }
    fn atw(&self) -> &Atw {
        &self.atw
    }
    fn atw_mut(&mut self) -> &mut Atw {
        &mut self.atw
    }
}
