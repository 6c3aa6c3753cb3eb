//! A challenge in a link, and a hand-in: the challenge (a campaign id, or the link's scenario
//! with `horizon=`, `knobs=` and `goals=`), the learner's changes at their seconds (`do=`, the
//! `ev=` grammar's live commands) and the learner's name (`by=`). Data only: `read/` reads
//! it, `write.rs` writes it. A grade is never in a link: the reader of a hand-in replays it.
//!
//! ```text
//! challenge := campaign id                          (its scenario, horizon, knobs, goals)
//! horizon   := seconds ≤ 604800 ;  knobs := knob (',' knob)* ;  goals := goal (',' goal)*
//! goal      := kind ':' bound ':' weight            kind: failed p99 cost above peak atmin
//!                                                   drain actions notarget
//! do        := at_s ':' action (';' at_s ':' action)*    (a live command, by instance id)
//! by        := the learner's name, ≤ 64 characters
//! ```

use crate::campaign::ChallengeId;
use asg_engine::challenge::{Challenge, Changes, Refusal};

/// Longest learner name [chars].
pub const MAX_NAME: usize = 64;

/// A challenge link, and a hand-in's changes and name.
#[derive(Clone, Debug, PartialEq)]
pub struct ChallengeLink {
    /// the campaign challenge it is, if it is one untouched
    pub id: Option<ChallengeId>,
    /// the rules
    pub challenge: Challenge,
    /// the learner's changes (empty: not handed in, or refused)
    pub changes: Changes,
    /// the learner's name (a hand-in)
    pub name: Option<String>,
}

/// What was wrong with a challenge link's part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChallengeProblem {
    /// `challenge=` names no campaign challenge (the value, shortened)
    Unknown(String),
    /// a goal that is not `kind:bound:weight` with a known kind and a bound it allows
    BadGoal(String),
    /// a knob word the lab does not know
    BadKnob(String),
    /// more goals than a challenge may have
    TooManyGoals(usize),
    /// the hand-in changes a knob the challenge locks, or is out of time: its changes are
    /// not replayed
    Refused(Refusal),
    /// a name longer than [`MAX_NAME`]
    LongName(usize),
}
