//! What a link carries ([`Shared`]: the scenario, where and how to open it), what a reader
//! says about what it ignored ([`Notice`]), and the link's limits.

use crate::problem::{Problem, Used};
use asg_engine::scenario::Scenario;

/// Format version written by [`crate::to_query`].
pub const VERSION: u32 = 1;
/// Longest link query read [bytes]; the rest is ignored (with a notice). Large enough for a
/// session's journal of a few hundred commands.
pub const MAX_QUERY_BYTES: usize = 32 * 1024;
/// Latest simulated time a link may name (events, `t`, pattern times) [s] = 10 years.
pub const MAX_TIME_S: u64 = 10 * 365 * 86_400;
/// Most scheduled events read from a link.
pub const MAX_EVENTS: usize = asg_engine::journal::MAX_EVENTS;
/// Most panels named by `panels=`.
pub const MAX_PANELS: usize = 16;

/// One thing a link asked for that was ignored or corrected, as data: the UI words it in
/// its language (`asg_view_model::i18n::notice_text`: `key: problem — using used`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// the query key concerned (or `(link)` for the whole link)
    pub key: String,
    /// what was wrong
    pub problem: Problem,
    /// what is used instead
    pub used: Used,
}

/// How the page is shown when embedded (plain data for the UI).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedView {
    /// `embed=1`: embedded (compact) page
    pub embed: bool,
    /// `panels=fleet,cpu,…`: panels to show, in order (empty = the UI's default)
    pub panels: Vec<String>,
    /// `locked=1`: controls read-only
    pub locked: bool,
}

/// The lab a link's omitted keys stand for: the seed's exercise (`Scenario::default()`)
/// without scheduled events, so `stress` is the learner's to run. The bare page, `?v=1`,
/// `?lang=ko` and `?v=1&lang=en` all open it; a link with scheduled events says so in `ev=`.
pub fn lab_default() -> Scenario {
    Scenario { events: Vec::new(), ..Scenario::default() }
}

/// Everything a link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    /// the scenario to run
    pub scenario: Scenario,
    /// `t=`: run to this simulated second before showing the page
    pub open_at_s: Option<u64>,
    /// `lang=`: `en` or `ko`
    pub lang: Option<String>,
    /// embed keys
    pub embed: EmbedView,
    /// `cmp=`: the runs compared with the live group; None = the default
    /// ([`compare::DEFAULT_RUNS`]), `cmp=-` = none
    pub compare: Option<Vec<crate::compare::CompareRun>>,
    /// `guide=1` and `acct=`: the guided lab, with its account's log of requests (each at
    /// its account second); None = the ready-made exercise
    pub account: Option<Vec<(u64, asg_engine::account::Action)>>,
    /// a challenge, and a hand-in's changes and name (`challenge_link.rs`); None = no challenge
    pub challenge: Option<crate::challenge_link::ChallengeLink>,
    /// `by=` on a guided lab's link: the learner's name, a hand-in of the seven steps
    pub hand_in_by: Option<String>,
}

impl Default for Shared {
    /// The lab of a bare link ([`lab_default`]) with every view key at its default.
    fn default() -> Self {
        Shared {
            scenario: lab_default(),
            open_at_s: None,
            lang: None,
            embed: EmbedView::default(),
            compare: None,
            account: None,
            challenge: None,
            hand_in_by: None,
        }
    }
}
