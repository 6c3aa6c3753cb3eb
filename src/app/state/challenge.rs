//! Playing a challenge (issue 22): the rules the lab enforces while the learner plays (a
//! change to a locked knob is refused), the changes recorded at their seconds, the stop at
//! the horizon with the grade of the run replayed, and the hand-in link.

use leptos::prelude::*;

use super::playing::{ChallengeRun, Playing};
use super::Lab;
use crate::share::challenge_link::ChallengeLink;
use crate::share::{to_query_shared, Shared};
use crate::sim::challenge::{grade, grade_run, knob_of, play, statuses, GoalStatus, Grade};
use crate::sim::{Command, CommandError, PolicySpec};
use crate::view_model::i18n::{fill, knob_text, Text};

impl Lab {
    /// Starts `link`'s challenge from its start. A hand-in (`verified`) is replayed to the
    /// horizon at once and graded; otherwise the learner plays it (attempt `attempts`).
    pub fn start_challenge(&self, link: ChallengeLink, verified: bool, attempts: u32) {
        self.start_challenge_at(link, verified, attempts, None);
    }

    /// As [`Lab::start_challenge`]; with `open_at` (a link's `t=`, before the horizon) the run
    /// is replayed with its changes to that second and goes on from there.
    pub fn start_challenge_at(&self, link: ChallengeLink, verified: bool, attempts: u32, open_at: Option<u64>) {
        self.load(link.challenge.scenario.clone());
        self.playing_run.set_value(ChallengeRun { changes: Vec::new(), at_min_since: Some(0) });
        self.grade.set(None);
        if let Some(t) = open_at.filter(|t| !verified && *t < link.challenge.horizon_s) {
            let past: crate::sim::challenge::Changes =
                link.changes.iter().filter(|(at, _)| *at <= t).cloned().collect();
            let short = crate::sim::challenge::Challenge { horizon_s: t, ..link.challenge.clone() };
            if let Ok((sim, since)) = play(&short, &past) {
                self.run_replayed(sim, ChallengeRun { changes: past, at_min_since: since });
            }
        }
        if verified {
            if let Ok((sim, since)) = play(&link.challenge, &link.changes) {
                let g = grade_run(&link.challenge, &sim, since);
                self.run_replayed(sim, ChallengeRun { changes: link.changes.clone(), at_min_since: since });
                self.grade.set(Some(g));
                self.playing.set(false);
            }
        }
        self.challenge.set(Some(Playing { link, verified, attempts }));
        self.journal_version.update(|v| *v += 1);
        self.publish(super::Refresh::All);
    }

    /// The engine becomes `sim` (a run replayed with its changes), with the comparison's
    /// shadows started anew on it.
    fn run_replayed(&self, sim: crate::sim::Sim, run: ChallengeRun) {
        self.engine.set_value(super::Engine::Run(sim));
        self.running.set_value(Vec::new());
        self.start_shadows();
        self.playing_run.set_value(run);
    }

    /// "Retry": the same challenge from its start, one more attempt.
    pub fn retry_challenge(&self) {
        if let Some(p) = self.challenge.get_untracked() {
            let link = ChallengeLink { changes: Vec::new(), ..p.link };
            self.start_challenge(link, false, p.attempts + 1);
            self.playing.set(true);
        }
    }

    /// Leaves the challenge (the lab runs on as it is).
    pub fn leave_challenge(&self) {
        self.challenge.set(None);
        self.grade.set(None);
        self.journal_version.update(|v| *v += 1);
    }

    /// The refusal of `cmd` when the challenge locks what it changes (in the learner's
    /// language), or when the run is over.
    pub(super) fn challenge_refuses(&self, cmd: &Command) -> Option<CommandError> {
        let p = self.challenge.get_untracked()?;
        let lang = self.lang.get_untracked();
        if self.grade.get_untracked().is_some() {
            return Some(CommandError::validation(fill(lang, Text::ChOver, &[])));
        }
        let scheduled: Vec<String> = self.with_sim(|s| {
            s.scenario()
                .policies
                .iter()
                .filter(|p| matches!(p, PolicySpec::Scheduled(_)))
                .map(|p| p.name().to_string())
                .collect()
        });
        let knob = knob_of(cmd, &scheduled);
        if knob.is_some_and(|k| p.link.challenge.knobs.contains(&k)) {
            return None;
        }
        Some(CommandError::validation(fill(lang, Text::ChLockedLive, &[("knob", &knob_text(lang, knob))])))
    }

    /// Records an accepted change of the learner's at second `now`.
    pub(super) fn record_change(&self, now: u64, cmd: &Command) {
        if self.challenge.with_untracked(Option::is_some) {
            self.playing_run.update_value(|r| r.changes.push((now, cmd.clone())));
        }
    }

    /// After each step: follow "back at min"; at the horizon, stop and grade the run replayed
    /// (the same grade whoever opens the hand-in).
    pub(super) fn challenge_step(&self, t: u64, at_min: bool) {
        let Some(p) = self.challenge.get_untracked() else { return };
        self.playing_run.update_value(|r| {
            r.at_min_since = if at_min { r.at_min_since.or(Some(t)) } else { None };
        });
        if t >= p.link.challenge.horizon_s && self.grade.with_untracked(Option::is_none) {
            self.playing.set(false);
            let changes = self.playing_run.with_value(|r| r.changes.clone());
            if let Ok(g) = grade(&p.link.challenge, &changes) {
                self.grade.set(Some(g));
            }
        }
    }

    /// Each goal's status now (met / not yet / missed for good).
    pub fn challenge_statuses(&self) -> Vec<GoalStatus> {
        let Some(p) = self.challenge.get_untracked() else { return Vec::new() };
        if let Some(g) = self.grade.get_untracked() {
            return g.goals.iter().map(|x| if x.met { GoalStatus::Met } else { GoalStatus::Missed }).collect();
        }
        let since = self.playing_run.with_value(|r| r.at_min_since);
        self.with_sim(|s| statuses(&p.link.challenge, s, since))
    }

    /// The hand-in: the challenge, every change at its second, and `name` (a link query).
    pub fn hand_in_query(&self, name: &str) -> String {
        self.challenge_query(name, None)
    }

    /// The challenge's link as played so far; `open_at` [s] reopens it at that second.
    pub fn challenge_query(&self, name: &str, open_at: Option<u64>) -> String {
        let Some(p) = self.challenge.get_untracked() else { return String::new() };
        let changes = self.playing_run.with_value(|r| r.changes.clone());
        let name = Some(name.trim().to_string()).filter(|n| !n.is_empty());
        to_query_shared(&Shared {
            scenario: p.link.challenge.scenario.clone(),
            lang: Some(self.lang.get_untracked().code().to_string()),
            open_at_s: open_at.filter(|t| *t > 0),
            challenge: Some(ChallengeLink { changes, name, attempts: Some(p.attempts), ..p.link }),
            ..Shared::default()
        })
    }

    /// The grade of the run, once it reached the horizon.
    pub fn challenge_grade(&self) -> Option<Grade> {
        self.grade.get()
    }
}
