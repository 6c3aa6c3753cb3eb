//! What a challenge is: its start, horizon, knobs and goals, and a hand-in's changes.

use super::goal::Goal;
use super::knob::Knob;
use crate::command::Command;
use crate::scenario::Scenario;

/// The longest horizon [s] (7 days).
pub const MAX_HORIZON_S: u64 = 7 * 86_400;

/// Goals a challenge may have [count].
pub const MAX_GOALS: usize = 12;

/// Changes a hand-in may carry [count].
pub const MAX_CHANGES: usize = 500;

/// A run with rules.
#[derive(Clone, Debug, PartialEq)]
pub struct Challenge {
    /// the start: traffic, seed, region, type, group, policies, faults as scheduled events
    pub scenario: Scenario,
    /// the run stops here [s]
    pub horizon_s: u64,
    /// what the learner may change (everything else is locked)
    pub knobs: Vec<Knob>,
    /// what is graded
    pub goals: Vec<Goal>,
}

/// The learner's changes: each command at the second it was made [s], in time order.
pub type Changes = Vec<(u64, Command)>;
