//! Scheduled actions (docs/aws-behaviour.md §4): once, every N seconds, or a 5-field UTC cron.

pub use crate::policy_spec::Cron;
use crate::policy_spec::Recurrence;

/// Run-time state of a scheduled action.
#[derive(Clone, Debug, PartialEq)]
pub struct ScheduledState {
    /// parsed cron, if any
    pub cron: Option<Cron>,
    /// the once-action has run
    pub done: bool,
    /// runs pending execution at these times (lateness) [s]
    pub due: Vec<u64>,
}

impl ScheduledState {
    /// Build from a recurrence (its errors, as [`Recurrence::parse`] gives them, are reported by
    /// the caller).
    pub fn new(r: &Recurrence) -> Result<ScheduledState, crate::error::SpecError> {
        Ok(ScheduledState { cron: r.parse()?, done: false, due: Vec::new() })
    }

    /// Is the action scheduled to fire at second `t` (UTC `unix_s`)?
    pub fn fires_at(&self, r: &Recurrence, t: u64, unix_s: i64) -> bool {
        match r {
            Recurrence::Once { at_s } => !self.done && t == *at_s,
            Recurrence::Every { start_s, every_s } => t >= *start_s && (t - start_s).is_multiple_of((*every_s).max(60)),
            Recurrence::Cron(_) => unix_s.rem_euclid(60) == 0 && self.cron.as_ref().is_some_and(|c| c.matches(unix_s)),
        }
    }
}
