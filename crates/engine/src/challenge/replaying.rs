//! A challenge's run replayed with the learner's changes, at once ([`play`], [`grade`]) or a
//! slice at a time, so a page can grade many hand-ins between its frames
//! ([`Replaying::advance`] runs at most to a given second and returns).

use super::grade::{check, grade_run, Grade, Refusal};
use super::spec::{Challenge, Changes, MAX_HORIZON_S};
use crate::engine::Sim;

/// A replay under way: the challenge's start with the learner's changes applied at their
/// seconds, run towards the horizon.
pub struct Replaying {
    challenge: Challenge,
    sim: Sim,
    changes: Changes,
    /// the next change to apply [index into `changes`]
    next: usize,
    /// since when desired has been at min, if it is [s]
    at_min_since: Option<u64>,
    /// where the run stops [s]
    horizon: u64,
}

impl Replaying {
    /// Checks `changes` against `ch` (a refused hand-in is never replayed) and sets the run
    /// at its start.
    pub fn new(ch: &Challenge, changes: &Changes) -> Result<Replaying, Refusal> {
        check(ch, changes)?;
        let sim = Sim::new(ch.scenario.clone());
        let mut r = Replaying {
            challenge: ch.clone(),
            sim,
            changes: changes.clone(),
            next: 0,
            at_min_since: None,
            horizon: ch.horizon_s.min(MAX_HORIZON_S),
        };
        r.note();
        Ok(r)
    }

    /// "Back at min" is followed every minute and at each change.
    fn note(&mut self) {
        if self.sim.desired == self.sim.min {
            self.at_min_since.get_or_insert(self.sim.now());
        } else {
            self.at_min_since = None;
        }
    }

    /// Runs on to second `until` [s] (at most the horizon), a minute or a change at a time.
    /// A change AWS refuses is refused in the replay too (its activity says so), as it was
    /// live.
    pub fn advance(&mut self, until: u64) {
        let until = until.min(self.horizon);
        while self.sim.now() < until {
            let minute = (self.sim.now() / 60 + 1) * 60;
            let change_at = self.changes.get(self.next).map(|(t, _)| *t);
            let stop = change_at.map_or(minute, |t| t.min(minute)).min(until);
            self.sim.run_until(stop);
            self.apply_due();
        }
        // changes at the start (second 0) apply before the first step
        self.apply_due();
    }

    /// Applies the changes due by now, then follows "back at min".
    fn apply_due(&mut self) {
        while let Some((t, cmd)) = self.changes.get(self.next) {
            if *t > self.sim.now() {
                break;
            }
            let _ = self.sim.apply(cmd.clone());
            self.next += 1;
        }
        self.note();
    }

    /// Where the replay is [s].
    pub fn now(&self) -> u64 {
        self.sim.now()
    }

    /// Where it stops [s].
    pub fn horizon(&self) -> u64 {
        self.horizon
    }

    /// Has it reached the horizon?
    pub fn done(&self) -> bool {
        self.sim.now() >= self.horizon
    }

    /// The run so far, and since when desired has been at min.
    pub fn into_run(self) -> (Sim, Option<u64>) {
        (self.sim, self.at_min_since)
    }

    /// The grade, once [`Replaying::done`] (before, the run so far's).
    pub fn grade(&self) -> Grade {
        grade_run(&self.challenge, &self.sim, self.at_min_since)
    }
}

/// The run: the challenge's start with `changes` applied at their seconds, to the horizon;
/// with, for each `BackAtMinBy` goal, the second from which desired stayed at min (checked
/// every minute and at each change). A change AWS refuses is refused in the run too (its
/// activity says so), as it was live. [`Replaying`] does the same a slice at a time.
pub fn play(ch: &Challenge, changes: &Changes) -> Result<(Sim, Option<u64>), Refusal> {
    let mut r = Replaying::new(ch, changes)?;
    r.advance(u64::MAX);
    Ok(r.into_run())
}

/// Grade `changes` on `ch`: replay, then measure every goal on the run's own figures.
pub fn grade(ch: &Challenge, changes: &Changes) -> Result<Grade, Refusal> {
    let (sim, at_min_since) = play(ch, changes)?;
    Ok(grade_run(ch, &sim, at_min_since))
}
