//! The journal: live commands recorded as timed scenario events, so a session can be shared
//! and replayed number for number.
//!
//! # Ordering (why a replay is exact)
//! The UI applies a command between two `Sim::step` calls, i.e. while `now() == t`: after
//! the end-of-second work of second `t − 1` (minute close, alarm decisions, reconcile) and
//! before anything of second `t`. Scenario events due at `t` run as the very first thing of
//! `tick(t)` (`control.rs` `run_events`), through the same [`crate::Sim::apply`]: the
//! same point of the tick, the same validation, the same activity texts. So recording each
//! command at `sim.now()` and putting it in `Scenario::events` replays it exactly, provided
//! that, at equal times, recorded commands come BEFORE the scenario's own events (those ran
//! inside `tick(t)`, after the user's command) — [`merge_events`] does that, and `Sim::new`
//! sorts events stably, so that order is kept.
//!
//! Failed commands may be recorded too: they fail again at the same point and log the same
//! Failed activity (recording only successful ones is also exact for the state; the replay
//! then lacks those Failed lines in the activity history).

use crate::command::Command;
use crate::ids::InstanceRef;
use crate::scenario::{sort_events, EventAction, Scenario, ScheduledEvent};

/// Most events a journal (and a shared link) holds.
pub const MAX_EVENTS: usize = 1000;

impl EventAction {
    /// The event form of a live command. Total: every `Command` has one (instances are named
    /// by their id, which the seeded rng makes identical in the replay).
    pub fn from_command(cmd: &Command) -> EventAction {
        let Ok(event) = cmd.clone().map_instance(|id| Ok::<_, core::convert::Infallible>(InstanceRef::Id(id)));
        event
    }
}

/// The event form of a live command (see [`EventAction::from_command`]).
pub fn to_event(cmd: &Command) -> EventAction {
    EventAction::from_command(cmd)
}

/// `base` (stably sorted by time) merged with `journal` (recorded in time order): sorted by
/// time, and at equal times the journal's entries first (see the module doc).
pub fn merge_events(base: &[ScheduledEvent], journal: &[ScheduledEvent]) -> Vec<ScheduledEvent> {
    let mut b = base.to_vec();
    sort_events(&mut b);
    let mut j = journal.to_vec();
    sort_events(&mut j);
    let mut out = Vec::with_capacity(b.len() + j.len());
    let (mut bi, mut ji) = (b.into_iter().peekable(), j.into_iter().peekable());
    loop {
        let take_j = match (bi.peek(), ji.peek()) {
            (None, None) => break,
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (Some(x), Some(y)) => y.at_s <= x.at_s,
        };
        let next = if take_j { ji.next() } else { bi.next() };
        out.extend(next);
    }
    out
}

/// Live commands of a session, as timed events.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Journal {
    entries: Vec<ScheduledEvent>,
    dropped: usize,
}

impl Journal {
    /// Empty journal.
    pub fn new() -> Journal {
        Journal::default()
    }

    /// Record `cmd`, applied at `at_s` (= `sim.now()` when it was applied). Two traffic
    /// overrides in the same second keep only the last (the engine's effect is the same).
    /// Returns false (and counts it in [`Journal::dropped`]) once [`MAX_EVENTS`] are held.
    pub fn record(&mut self, at_s: u64, cmd: &Command) -> bool {
        let action = EventAction::from_command(cmd);
        if let (Some(last), EventAction::SetTrafficOverride(_)) = (self.entries.last_mut(), &action) {
            if last.at_s == at_s && matches!(last.action, EventAction::SetTrafficOverride(_)) {
                last.action = action;
                return true;
            }
        }
        if self.entries.len() >= MAX_EVENTS {
            self.dropped += 1;
            return false;
        }
        self.entries.push(ScheduledEvent { at_s, action });
        true
    }

    /// The recorded events, in recording order.
    pub fn entries(&self) -> &[ScheduledEvent] {
        &self.entries
    }

    /// Commands not recorded because the journal was full.
    pub fn dropped(&self) -> usize {
        self.dropped
    }

    /// `base` with this journal's events merged in: `Sim::new` of the result replays the
    /// session that started from `Sim::new(base)`.
    pub fn replay_scenario(&self, base: &Scenario) -> Scenario {
        Scenario { events: merge_events(&base.events, &self.entries), ..base.clone() }
    }
}
