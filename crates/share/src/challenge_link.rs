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
//! tries     := the attempts the learner's browser counted (a claim, shown as one)
//! title brief hint debrief            an author's texts (English), ≤ 80 / 600 characters
//! title_ko brief_ko hint_ko debrief_ko  the same in Korean
//! ref       := the author's own run: changes in the `do` grammar, base64url; whoever opens
//!              the challenge replays it to see whether any run meets the goals
//! ```

use crate::campaign::ChallengeId;
use asg_engine::challenge::{Challenge, Changes, Refusal};

/// Longest learner name [chars].
pub const MAX_NAME: usize = 64;

/// Longest author title [chars].
pub const MAX_TITLE: usize = 80;

/// Longest author brief, hint or debrief [chars].
pub const MAX_TEXT: usize = 600;

/// Most attempts a link may claim [count].
pub const MAX_TRIES: u32 = 9999;

/// An author's texts for a challenge of their own, in one language (empty: none).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuthorTexts {
    /// the title (≤ [`MAX_TITLE`] characters)
    pub title: String,
    /// what the learner is asked to do (≤ [`MAX_TEXT`])
    pub brief: String,
    /// a hint (≤ [`MAX_TEXT`])
    pub hint: String,
    /// what the run teaches, shown with the result (≤ [`MAX_TEXT`])
    pub debrief: String,
}

impl AuthorTexts {
    /// Are all four empty?
    pub fn is_empty(&self) -> bool {
        self.title.is_empty() && self.brief.is_empty() && self.hint.is_empty() && self.debrief.is_empty()
    }
}

/// Keeps what a text field may hold: no control characters but line breaks, trimmed, at
/// most `max` characters.
pub fn clean_text(s: &str, max: usize) -> String {
    let kept: String = s.chars().filter(|c| !c.is_control() || *c == '\n').take(max).collect();
    kept.trim().to_string()
}

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
    /// the attempts the learner's browser counted (a hand-in's claim) [count]
    pub attempts: Option<u32>,
    /// an author's texts in English (a challenge of one's own)
    pub en: AuthorTexts,
    /// an author's texts in Korean
    pub ko: AuthorTexts,
    /// the author's own run (empty: none carried)
    pub reference: Changes,
}

impl ChallengeLink {
    /// A challenge as given, nothing played, no texts of an author.
    pub fn new(id: Option<ChallengeId>, challenge: Challenge) -> ChallengeLink {
        ChallengeLink {
            id,
            challenge,
            changes: Vec::new(),
            name: None,
            attempts: None,
            en: AuthorTexts::default(),
            ko: AuthorTexts::default(),
            reference: Vec::new(),
        }
    }
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
    /// an author's text longer than it may be (its most characters)
    LongText(usize),
    /// the author's run (`ref=`) is not base64url of changes the challenge allows
    BadReference,
}
