//! The run as a link: the scenario it started from with every command since, the journal's
//! size, and the query that reproduces it (a challenge's is its hand-in).

use super::Lab;
use crate::share::{to_query_shared, Shared};
use crate::sim::journal::Journal;
use crate::sim::Scenario;
use leptos::prelude::*;

impl Lab {
    /// The scenario this run started from with every command since as a timed event: what
    /// `Sim::new` needs to replay the run.
    pub fn replay_scenario(&self) -> Scenario {
        self.journal.with_value(|j| j.replay_scenario(&self.initial.get_value()))
    }

    /// Commands recorded so far (tracked through `journal_version`).
    pub fn journal_len(&self) -> usize {
        self.journal_version.track();
        self.journal.with_value(|j| j.entries().len())
    }

    /// Commands not recorded because the journal was full (the link no longer replays all).
    pub fn journal_dropped(&self) -> usize {
        self.journal.with_value(Journal::dropped)
    }

    /// The query string (without `?`) that reproduces this run: the scenario it started from
    /// with every command since as a timed event, and with `at_now` the current time (`t=`).
    pub fn share_query(&self, at_now: bool, extra: &Shared) -> String {
        if self.challenge.with_untracked(Option::is_some) {
            // a challenge's link: its rules and the learner's changes so far (and where it is)
            let t = self.snapshot.with_untracked(|s| s.t);
            return self.challenge_query("", at_now.then_some(t));
        }
        if let Some((log, now)) = self.account_log() {
            // the guided lab: the account's requests (the group's engine commands among them)
            let lang = Some(self.lang.get_untracked().code().to_string());
            let open_at_s = if at_now { Some(now).filter(|t| *t > 0) } else { None };
            let scenario = self.initial.get_value();
            let compare = self.compare.get_untracked();
            return to_query_shared(&Shared {
                scenario,
                open_at_s,
                lang,
                compare,
                account: Some(log),
                ..extra.clone()
            });
        }
        let scenario = self.replay_scenario();
        let open_at_s = if at_now { Some(self.now_untracked()).filter(|t| *t > 0) } else { None };
        let lang = Some(self.lang.get_untracked().code().to_string());
        let compare = self.compare.get_untracked();
        to_query_shared(&Shared { scenario, open_at_s, lang, compare, account: None, ..extra.clone() })
    }
}
