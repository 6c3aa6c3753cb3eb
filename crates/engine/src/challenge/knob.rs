//! The knobs a challenge lets a learner turn, and which knob each live command turns.

use crate::command::Command;
use crate::policy_spec::PolicySpec;

/// One thing a learner may change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Knob {
    /// min / max / desired (UpdateAutoScalingGroup)
    Capacity,
    /// scaling policies and their parameters (target tracking, step, simple, predictive)
    Policies,
    /// scheduled actions
    Scheduled,
    /// the launch template's instance type
    InstanceType,
    /// default instance warm-up and default cooldown
    WarmupCooldown,
    /// health-check type and grace period
    HealthChecks,
    /// the target group: algorithm, slow start, deregistration delay, health checks
    Balancer,
    /// basic or detailed monitoring
    Monitoring,
    /// termination policy and scale-in protection
    Termination,
}

impl Knob {
    /// Every knob, in the order the UI lists them.
    pub const ALL: [Knob; 9] = [
        Knob::Capacity,
        Knob::Policies,
        Knob::Scheduled,
        Knob::InstanceType,
        Knob::WarmupCooldown,
        Knob::HealthChecks,
        Knob::Balancer,
        Knob::Monitoring,
        Knob::Termination,
    ];

    /// Its link word.
    pub fn word(self) -> &'static str {
        match self {
            Knob::Capacity => "capacity",
            Knob::Policies => "policies",
            Knob::Scheduled => "scheduled",
            Knob::InstanceType => "type",
            Knob::WarmupCooldown => "warmup",
            Knob::HealthChecks => "health",
            Knob::Balancer => "alb",
            Knob::Monitoring => "monitoring",
            Knob::Termination => "termination",
        }
    }

    /// The knob whose link word is `w`.
    pub fn from_word(w: &str) -> Option<Knob> {
        Knob::ALL.into_iter().find(|k| k.word() == w)
    }
}

/// The knob `cmd` turns, or None for what no learner may do in a challenge (traffic, faults,
/// stress: the challenge's start fixes them). `scheduled` names the scheduled actions that
/// exist when the command runs (a deletion turns the knob of what it deletes).
pub fn knob_of(cmd: &Command, scheduled: &[String]) -> Option<Knob> {
    use Command as C;
    Some(match cmd {
        C::SetCapacity { .. } => Knob::Capacity,
        C::PutPolicy(PolicySpec::Scheduled(_)) => Knob::Scheduled,
        C::PutPolicy(_) => Knob::Policies,
        C::DeletePolicy(name) if scheduled.contains(name) => Knob::Scheduled,
        C::DeletePolicy(_) => Knob::Policies,
        C::SetInstanceType(_) => Knob::InstanceType,
        C::SetWarmupCooldown { .. } => Knob::WarmupCooldown,
        C::SetHealthCheck { .. } => Knob::HealthChecks,
        C::SetAlb(_) => Knob::Balancer,
        C::SetMonitoring(_) => Knob::Monitoring,
        C::SetTerminationPolicy(_) | C::SetInstanceProtection { .. } | C::SetProtectNewInstances(_) => {
            Knob::Termination
        }
        C::SetTrafficOverride(_)
        | C::SetTrafficPattern(_)
        | C::Spike { .. }
        | C::Stress { .. }
        | C::TerminateInstance { .. }
        | C::SetInstanceUnhealthy(_)
        | C::RepairApp(_)
        | C::SetInstanceHealth { .. }
        | C::SetAzAvailable { .. } => return None,
    })
}
