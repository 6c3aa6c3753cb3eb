//! "Make a challenge from this run": the run as the author form needs it (the start, the
//! author's own changes, the figures so far), and a challenge link from the form's choices.

use leptos::prelude::*;

use super::Lab;
use crate::share::challenge_link::{AuthorTexts, ChallengeLink};
use crate::share::{to_query_shared, Shared};
use crate::sim::challenge::{Challenge, Changes};
use crate::sim::Scenario;
use crate::view_model::author::{draft, split_run, Draft};

/// The run, split for a challenge.
#[derive(Clone, Debug, PartialEq)]
pub struct AuthorRun {
    /// the challenge's start: the scenario the run started from, with the traffic and faults
    /// set live as scheduled events
    pub start: Scenario,
    /// the author's own run: each knob turned, at its second [s]
    pub changes: Changes,
    /// the form's first state, from the run's figures
    pub draft: Draft,
}

impl Lab {
    /// The current run, split for a challenge (read once, when the form opens).
    pub fn author_run(&self) -> AuthorRun {
        let entries = self.journal.with_value(|j| j.entries().to_vec());
        let (start, changes) = split_run(&self.initial.get_value(), &entries);
        let (summary, now, at_min) = self.with_sim(|s| {
            let snap = s.snapshot();
            (s.summary(), s.now(), snap.desired == snap.min)
        });
        // "back at min": the run is at min now (the form's bound is then the horizon)
        let draft = draft(&summary, now, &changes, at_min.then_some(now));
        AuthorRun { start, changes, draft }
    }

    /// The link of the challenge `ch` with the author's texts and run (`reference`).
    pub fn author_query(&self, ch: Challenge, en: AuthorTexts, ko: AuthorTexts, reference: Changes) -> String {
        to_query_shared(&Shared {
            scenario: ch.scenario.clone(),
            lang: Some(self.lang.get_untracked().code().to_string()),
            challenge: Some(ChallengeLink { en, ko, reference, ..ChallengeLink::new(None, ch) }),
            ..Shared::default()
        })
    }
}
