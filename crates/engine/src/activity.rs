//! Scaling activity history in the console's wording (docs/aws-behaviour.md §1 "Activity messages"), capped.
//!
//! AWS's activity history lists only the group's launches and terminations. The lab's own
//! entries — actions a learner takes (`stress`, a fault, a traffic change, a rejected call) and
//! notes on decisions AWS makes without listing them (a desired-capacity change with nothing to
//! launch, a rejected policy) — share the log so the story reads in order, but are kinds of their
//! own ([`ActivityKind::listed_by_aws`] is false) and the UI shows them apart.

use core::fmt;
use std::collections::VecDeque;

use crate::why::Why;

/// Activity status (console text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActivityStatus {
    /// still running
    InProgress,
    /// done
    Successful,
    /// failed
    Failed,
    /// cancelled
    Cancelled,
}

impl fmt::Display for ActivityStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ActivityStatus::InProgress => "InProgress",
            ActivityStatus::Successful => "Successful",
            ActivityStatus::Failed => "Failed",
            ActivityStatus::Cancelled => "Cancelled",
        })
    }
}

/// What kind of entry (for filtering/colouring in the UI).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActivityKind {
    /// an instance launch (AWS lists it)
    Launch,
    /// an instance termination (AWS lists it)
    Terminate,
    /// the lab's note on a decision AWS does not list as an activity: a desired-capacity
    /// change or group update without an instance action, a rejected policy
    LabNote,
    /// a learner's action in the lab (stress, a fault, a traffic change) or a rejected call;
    /// AWS would not list it
    LabAction,
}

impl ActivityKind {
    /// Would AWS's activity history list this entry? Only launches and terminations.
    pub fn listed_by_aws(self) -> bool {
        matches!(self, ActivityKind::Launch | ActivityKind::Terminate)
    }
}

impl fmt::Display for ActivityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ActivityKind::Launch => "Launch",
            ActivityKind::Terminate => "Terminate",
            ActivityKind::LabNote => "LabNote",
            ActivityKind::LabAction => "LabAction",
        })
    }
}

/// One history entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    /// sequence number (unique, increasing)
    pub id: u64,
    /// start [s since start]
    pub start_s: u64,
    /// end [s], once finished
    pub end_s: Option<u64>,
    /// status
    pub status: ActivityStatus,
    /// kind
    pub kind: ActivityKind,
    /// e.g. "Launching a new EC2 instance: i-0…"
    pub description: String,
    /// AWS-style cause text
    pub cause: String,
    /// plain-language explanation, as facts (`asg_view_model::i18n::why_text` words it)
    pub why: Why,
}

/// Capped activity log (newest kept).
#[derive(Clone, Debug)]
pub struct ActivityLog {
    items: VecDeque<Activity>,
    next_id: u64,
    cap: usize,
}

/// Activities kept [entries].
pub const ACTIVITY_CAP: usize = 500;

impl ActivityLog {
    /// Empty log.
    pub fn new() -> Self {
        ActivityLog { items: VecDeque::with_capacity(ACTIVITY_CAP), next_id: 1, cap: ACTIVITY_CAP }
    }
    /// Append; returns the id.
    pub fn push(
        &mut self,
        t: u64,
        status: ActivityStatus,
        kind: ActivityKind,
        description: String,
        cause: String,
        why: Why,
    ) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        if self.items.len() == self.cap {
            self.items.pop_front();
        }
        let end_s = if status == ActivityStatus::InProgress { None } else { Some(t) };
        self.items.push_back(Activity { id, start_s: t, end_s, status, kind, description, cause, why });
        id
    }
    /// Finish an activity (if still kept).
    pub fn finish(&mut self, id: u64, t: u64, status: ActivityStatus) {
        if let Some(a) = self.items.iter_mut().rev().find(|a| a.id == id) {
            a.status = status;
            a.end_s = Some(t);
        }
    }
    /// Newest first.
    pub fn iter_newest_first(&self) -> impl Iterator<Item = &Activity> {
        self.items.iter().rev()
    }
    /// Entries kept.
    pub fn len(&self) -> usize {
        self.items.len()
    }
    /// Empty?
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl Default for ActivityLog {
    fn default() -> Self {
        Self::new()
    }
}
