//! The guided lab's side of [`Lab`]: starting and leaving it, reading the account, console
//! requests and "do this step for me" (the account and its group are `app::engine`).

use leptos::prelude::*;

use super::pace::{now_ms, AccountPace, ACCOUNT_VIEW_MS};
use super::Lab;
use crate::app::engine::Engine;
use crate::app::turns::Refresh;
use crate::sim::account::{Account, AccountError, Action, Step};

impl Lab {
    /// Starts the guided lab: an empty simulated account, the assignment from step 1.
    pub fn start_guided(&self) {
        let seed = self.initial.with_value(|s| s.seed);
        self.challenge.set(None); // the guided lab is not a challenge
        self.guided.set(true);
        self.restart_engine(Engine::guided(seed));
    }

    /// Opens the guided lab a link carries: its account's requests replayed (each within a
    /// week, `share::account`), then on to account second `until` [s] over the next frames
    /// if that is later, as a link's `t=` always runs.
    pub fn start_guided_from(&self, log: &[(u64, Action)], until: u64) {
        let seed = self.initial.with_value(|s| s.seed);
        self.guided.set(true);
        self.restart_engine(Engine::guided_replay(seed, log));
        let (now, offset) = self.engine.with_value(|e| (e.account().map_or(0, |a| a.now()), e.offset()));
        if until > now {
            self.open_at(until - offset);
        }
    }

    /// The guided lab's account log and now [s] (for its link).
    pub fn account_log(&self) -> Option<(Vec<(u64, Action)>, u64)> {
        self.engine.with_value(|e| e.account().map(|a| (a.log().to_vec(), a.now())))
    }

    /// The guided lab's hand-in: its link with the account's requests to now and `name`.
    pub fn lab_hand_in_query(&self, name: &str) -> String {
        let name = Some(name.trim().to_string()).filter(|n| !n.is_empty());
        self.share_query(true, &crate::share::Shared { hand_in_by: name, ..Default::default() })
    }

    /// The guided lab graded: its account's requests replayed on a fresh account to now, or
    /// to `until` [account s] if later (a hand-in link's `t=`, which the page may still be
    /// running to), never the checklist's word: as whoever opens the hand-in sees it.
    pub fn lab_report(&self, until: Option<u64>) -> Option<crate::sim::account::report::LabReport> {
        let seed = self.initial.with_value(|s| s.seed);
        self.account_log()
            .map(|(log, now)| crate::sim::account::report::report(seed, &log, until.unwrap_or(0).max(now)))
    }

    /// Leaves the guided lab for the ready-made exercise (the scenario the page opened with).
    pub fn leave_guided(&self) {
        self.restart(self.initial.get_value());
    }

    /// Reads the guided lab's account (tracked through `account_version`); None in the
    /// ready-made exercise.
    pub fn with_account<R>(&self, f: impl FnOnce(&Account) -> R) -> Option<R> {
        self.account_version.track();
        self.engine.with_value(|e| e.account().map(f))
    }

    /// Submits a console request to the guided lab's account at the current time. Creating
    /// the group starts the live console on its engine; deleting it ends it.
    pub fn act(&self, action: Action) -> Result<(), AccountError> {
        let result = self
            .engine
            .try_update_value(|e| match e.account_mut() {
                Some(a) => a.apply(&action),
                None => {
                    Err(AccountError::whole("LabMode", "The ready-made exercise has no account: start the guided lab."))
                }
            })
            .expect("the engine lives as long as the app");
        self.after_account_change();
        result
    }

    /// "Do this step for me" (`Account::do_through`): earlier steps first; may let time run
    /// to what the steps need.
    pub fn do_step(&self, n: Step) -> Result<(), AccountError> {
        let result = self
            .engine
            .try_update_value(|e| match e.account_mut() {
                Some(a) => a.do_through(n).map(|_| ()),
                None => Ok(()),
            })
            .expect("the engine lives as long as the app");
        self.after_account_change();
        result
    }

    pub(super) fn after_account_change(&self) {
        let has = self.engine.with_value(|e| e.account().is_none_or(|a| a.group().is_some()));
        if has != self.has_group.get_untracked() {
            self.config.set(self.with_sim(|s| s.scenario().clone()));
            self.has_group.set(has);
            if has {
                self.start_shadows();
            }
        }
        self.account_version.update(|v| *v += 1);
        // the account's log changed: the address bar and the link follow it
        self.journal_version.update(|v| *v += 1);
        self.publish(Refresh::All);
    }

    /// Whether this publish makes the guided lab's views re-read the account (see
    /// [`ACCOUNT_VIEW_MS`]); notes it if so.
    pub(super) fn account_view_due(&self, refresh: Refresh) -> bool {
        let seen = self
            .engine
            .with_value(|e| e.account().map(|a| (a.history().len(), a.terminal.lines.len(), a.log().len())))
            .unwrap_or_default();
        let now = now_ms();
        let last = self.account_pace.get_value();
        let due = refresh == Refresh::All || seen != last.seen || now - last.at_ms >= ACCOUNT_VIEW_MS;
        if due {
            self.account_pace.set_value(AccountPace { at_ms: now, seen });
        }
        due
    }

    /// Account second of lab time 0 [s] (the guided lab's group started then; else 0).
    pub fn offset(&self) -> u64 {
        self.engine.with_value(Engine::offset)
    }
}
