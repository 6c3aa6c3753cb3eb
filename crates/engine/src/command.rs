//! Commands the UI (or a test) applies to a running simulation, and their errors.

use crate::catalog::InstanceType;
pub use crate::error::CommandError;
use crate::ids::InstanceId;
use crate::policy_spec::PolicySpec;
use crate::settings::{AlbSpec, HealthCheckType, Monitoring, TerminationPolicy};

/// A change to a running simulation: applied live as a [`Command`] (at `Sim::now()`, recorded
/// in the activity history), or scheduled in a scenario as an
/// [`EventAction`](crate::EventAction). The two differ only in how they name an instance
/// (`I`): a live command by its id, an event by an [`InstanceRef`](crate::InstanceRef)
/// (its id, or the k-th live instance when the event runs).
#[derive(Clone, Debug, PartialEq)]
pub enum Action<I> {
    /// The traffic slider [req/s]; None = follow the pattern.
    SetTrafficOverride(Option<f64>),
    /// Replace the traffic pattern from now on (the Poisson noise setting stays).
    SetTrafficPattern(crate::traffic::Pattern),
    /// UpdateAutoScalingGroup min/max/desired (§1 validation).
    SetCapacity {
        /// MinSize
        min: Option<u32>,
        /// MaxSize
        max: Option<u32>,
        /// DesiredCapacity
        desired: Option<u32>,
    },
    /// `stress -c workers --timeout duration_s` on an instance.
    Stress {
        /// target
        instance: I,
        /// duration [s]
        duration_s: u64,
        /// workers
        workers: u32,
    },
    /// TerminateInstanceInAutoScalingGroup.
    TerminateInstance {
        /// target
        instance: I,
        /// ShouldDecrementDesiredCapacity
        decrement_desired: bool,
    },
    /// Break the app on an instance (health checks fail, requests get 500).
    SetInstanceUnhealthy(I),
    /// Repair the app on an instance (health checks pass again).
    RepairApp(I),
    /// SetInstanceHealth (custom health): Unhealthy → ASG replaces it.
    SetInstanceHealth {
        /// target
        instance: I,
        /// new health status
        healthy: bool,
    },
    /// AZ outage / recovery (index into the group's AZs).
    SetAzAvailable {
        /// AZ index
        az: usize,
        /// available?
        available: bool,
    },
    /// Multiply traffic for a while.
    Spike {
        /// factor (0–1000)
        multiplier: f64,
        /// duration [s]
        duration_s: u64,
    },
    /// Add a scaling policy / scheduled action (name must be unique).
    PutPolicy(PolicySpec),
    /// Remove a policy by name.
    DeletePolicy(String),
    /// Replace the ALB/target-group settings.
    SetAlb(AlbSpec),
    /// Basic / detailed monitoring.
    SetMonitoring(Monitoring),
    /// SetInstanceProtection.
    SetInstanceProtection {
        /// target
        instance: I,
        /// protected from scale-in?
        protected: bool,
    },
    /// NewInstancesProtectedFromScaleIn.
    SetProtectNewInstances(bool),
    /// Termination policy.
    SetTerminationPolicy(TerminationPolicy),
    /// Health check type and grace period [s].
    SetHealthCheck {
        /// EC2 or ELB
        kind: HealthCheckType,
        /// grace period [s]
        grace_s: u32,
    },
    /// DefaultInstanceWarmup [s] (None clears) and DefaultCooldown [s].
    SetWarmupCooldown {
        /// DefaultInstanceWarmup
        default_warmup_s: Option<u32>,
        /// DefaultCooldown
        default_cooldown_s: u32,
    },
    /// New launch-template version with another instance type (used for new launches).
    SetInstanceType(InstanceType),
}

/// A live change, naming instances by id.
pub type Command = Action<InstanceId>;

impl<I> Action<I> {
    /// The AWS API action this stands for (for activity descriptions).
    pub fn aws_action(&self) -> &'static str {
        use Action as Command;
        match self {
            Command::SetTrafficOverride(_) => "SetTrafficOverride (lab)",
            Command::SetTrafficPattern(_) => "SetTrafficPattern (lab)",
            Command::SetCapacity { .. } => "UpdateAutoScalingGroup",
            Command::Stress { .. } => "stress (on the instance)",
            Command::TerminateInstance { .. } => "TerminateInstanceInAutoScalingGroup",
            Command::SetInstanceUnhealthy(_) => "Break application (lab)",
            Command::RepairApp(_) => "Repair application (lab)",
            Command::SetInstanceHealth { .. } => "SetInstanceHealth",
            Command::SetAzAvailable { .. } => "Availability Zone outage (lab)",
            Command::Spike { .. } => "Traffic spike (lab)",
            Command::PutPolicy(_) => "PutScalingPolicy",
            Command::DeletePolicy(_) => "DeletePolicy",
            Command::SetAlb(_) => "ModifyTargetGroupAttributes",
            Command::SetMonitoring(_) => "CreateLaunchTemplateVersion (monitoring)",
            Command::SetInstanceProtection { .. } => "SetInstanceProtection",
            Command::SetProtectNewInstances(_) => "UpdateAutoScalingGroup",
            Command::SetTerminationPolicy(_) => "UpdateAutoScalingGroup",
            Command::SetHealthCheck { .. } => "UpdateAutoScalingGroup",
            Command::SetWarmupCooldown { .. } => "UpdateAutoScalingGroup",
            Command::SetInstanceType(_) => "CreateLaunchTemplateVersion",
        }
    }
}

impl<I> Action<I> {
    /// The same action with its instance named another way; `Err` when `name` cannot.
    pub fn map_instance<J, E>(self, mut name: impl FnMut(I) -> Result<J, E>) -> Result<Action<J>, E> {
        use Action as A;
        Ok(match self {
            A::Stress { instance, duration_s, workers } => A::Stress { instance: name(instance)?, duration_s, workers },
            A::TerminateInstance { instance, decrement_desired } => {
                A::TerminateInstance { instance: name(instance)?, decrement_desired }
            }
            A::SetInstanceUnhealthy(i) => A::SetInstanceUnhealthy(name(i)?),
            A::RepairApp(i) => A::RepairApp(name(i)?),
            A::SetInstanceHealth { instance, healthy } => A::SetInstanceHealth { instance: name(instance)?, healthy },
            A::SetInstanceProtection { instance, protected } => {
                A::SetInstanceProtection { instance: name(instance)?, protected }
            }
            A::SetTrafficOverride(v) => A::SetTrafficOverride(v),
            A::SetTrafficPattern(p) => A::SetTrafficPattern(p),
            A::SetCapacity { min, max, desired } => A::SetCapacity { min, max, desired },
            A::SetAzAvailable { az, available } => A::SetAzAvailable { az, available },
            A::Spike { multiplier, duration_s } => A::Spike { multiplier, duration_s },
            A::PutPolicy(p) => A::PutPolicy(p),
            A::DeletePolicy(n) => A::DeletePolicy(n),
            A::SetAlb(a) => A::SetAlb(a),
            A::SetMonitoring(m) => A::SetMonitoring(m),
            A::SetProtectNewInstances(b) => A::SetProtectNewInstances(b),
            A::SetTerminationPolicy(p) => A::SetTerminationPolicy(p),
            A::SetHealthCheck { kind, grace_s } => A::SetHealthCheck { kind, grace_s },
            A::SetWarmupCooldown { default_warmup_s, default_cooldown_s } => {
                A::SetWarmupCooldown { default_warmup_s, default_cooldown_s }
            }
            A::SetInstanceType(t) => A::SetInstanceType(t),
        })
    }
}
