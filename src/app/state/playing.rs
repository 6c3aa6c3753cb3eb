//! The challenge being played and its run so far: data only (`challenge.rs` plays it).

use crate::share::challenge_link::ChallengeLink;
use crate::sim::challenge::Changes;

/// The challenge being played.
#[derive(Clone, Debug, PartialEq)]
pub struct Playing {
    /// its rules (and, from a hand-in, the learner's name)
    pub link: ChallengeLink,
    /// opened from a hand-in: replayed and graded in this browser
    pub verified: bool,
    /// runs started (1 for the first) [count]
    pub attempts: u32,
}

/// What the run of a challenge has done so far.
#[derive(Clone, Debug, Default)]
pub struct ChallengeRun {
    /// the learner's changes, each at its second [s]
    pub changes: Changes,
    /// since when desired has been at min (for "back at min by"), if it is [s]
    pub at_min_since: Option<u64>,
}
