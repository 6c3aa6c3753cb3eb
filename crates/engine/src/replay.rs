//! The run's traffic as it was lived: the traffic settings it started with and every live
//! traffic change since (bounded), so that another fleet can be run on the same traffic.

use crate::scenario::{EventAction, ScheduledEvent};
use crate::traffic::{Pattern, TrafficSpec};

/// Changes kept of each kind [count].
pub const REPLAY_LOG_CAP: usize = 4096;

/// A live change of the offered traffic, other than the pattern.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum TrafficChange {
    /// The slider: a fixed rate [req/s], or None to follow the pattern again.
    Override(Option<f64>),
    /// A spike: `multiplier` × the rate for `duration_s` [s].
    Spike { multiplier: f64, duration_s: u64 },
}

/// Something that happened at a simulated time.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Logged<T> {
    /// when [s]
    pub at_s: u64,
    /// what
    pub change: T,
}

/// The replay log.
#[derive(Clone, Debug)]
pub(crate) struct ReplayLog {
    /// the traffic settings the run started with
    pub initial_traffic: TrafficSpec,
    /// pattern changes [at most REPLAY_LOG_CAP]
    patterns: Vec<Logged<Pattern>>,
    /// slider moves and spikes [at most REPLAY_LOG_CAP]
    traffic: Vec<Logged<TrafficChange>>,
}

impl ReplayLog {
    /// An empty log for a run that starts with `initial_traffic`.
    pub fn new(initial_traffic: TrafficSpec) -> Self {
        ReplayLog { initial_traffic, patterns: Vec::new(), traffic: Vec::new() }
    }

    /// The pattern became `p` at `at_s` [s].
    pub fn pattern(&mut self, at_s: u64, p: &Pattern) {
        if self.patterns.len() < REPLAY_LOG_CAP {
            self.patterns.push(Logged { at_s, change: p.clone() });
        }
    }

    /// A traffic change at `at_s` [s]; slider moves within one second keep only the last.
    pub fn traffic(&mut self, at_s: u64, change: TrafficChange) {
        if let (Some(last), TrafficChange::Override(_)) = (self.traffic.last_mut(), change) {
            if last.at_s == at_s && matches!(last.change, TrafficChange::Override(_)) {
                last.change = change;
                return;
            }
        }
        if self.traffic.len() < REPLAY_LOG_CAP {
            self.traffic.push(Logged { at_s, change });
        }
    }

    /// The logged changes as scenario events: pattern changes first, then the rest, each in
    /// the order they happened.
    pub fn events(&self) -> impl Iterator<Item = ScheduledEvent> + '_ {
        let patterns = self
            .patterns
            .iter()
            .map(|p| ScheduledEvent { at_s: p.at_s, action: EventAction::SetTrafficPattern(p.change.clone()) });
        let traffic = self.traffic.iter().map(|c| ScheduledEvent {
            at_s: c.at_s,
            action: match c.change {
                TrafficChange::Override(v) => EventAction::SetTrafficOverride(v),
                TrafficChange::Spike { multiplier, duration_s } => EventAction::Spike { multiplier, duration_s },
            },
        });
        patterns.chain(traffic)
    }
}

/// A change to the group's place behind the load balancer, at a second [s]: what a shadow
/// made later replays (`outside.rs`). Appended as they happen, so in time order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum GroupChange {
    /// a target registered beside the group (its id, type and the region's AZ index)
    Registered(crate::ids::InstanceId, crate::catalog::InstanceType, u32),
    /// a target beside the group deregistered
    Deregistered(crate::ids::InstanceId),
    /// the group attached to (true) or detached from (false) its target group
    Attached(bool),
    /// the group's AZs became these (the region's AZ indices)
    Zones(Vec<u32>),
}
