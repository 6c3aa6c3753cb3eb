//! Checking a hand-in's changes against a challenge's rules, and grading a run.

use super::goal::{GoalKind, GoalStatus};
use super::knob::{knob_of, Knob};
use super::spec::{Challenge, Changes, MAX_HORIZON_S};
use crate::command::Command;
use crate::engine::Sim;
use crate::policy_spec::PolicySpec;
use crate::views::RunSummary;

/// Why a hand-in is not replayed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// change number `index` (from 1), at `at_s` [s], turns a knob the challenge locks (`knob`
    /// None: traffic, faults or stress, which no learner may change)
    Locked {
        /// which change [1-based]
        index: usize,
        /// its second [s]
        at_s: u64,
        /// the AWS action it stands for
        action: &'static str,
        /// the knob it turns, if any
        knob: Option<Knob>,
    },
    /// change number `index` is after the horizon, or out of time order
    OutOfTime {
        /// which change [1-based]
        index: usize,
        /// its second [s]
        at_s: u64,
    },
}

/// One goal's outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalResult {
    /// the goal
    pub kind: GoalKind,
    /// its weight [points]
    pub weight: u32,
    /// the run's figure (for `BackAtMinBy`: 1 met, 0 not)
    pub value: f64,
    /// met?
    pub met: bool,
}

/// A graded run.
#[derive(Clone, Debug, PartialEq)]
pub struct Grade {
    /// each goal, in the challenge's order
    pub goals: Vec<GoalResult>,
    /// Σ weights met / Σ weights [0–100]
    pub score: f64,
    /// the run's figures at the horizon (what a miss is explained with)
    pub summary: RunSummary,
    /// since when desired has been at min at the horizon, if it is [s]
    pub at_min_since: Option<u64>,
}

impl Grade {
    /// Were all goals met?
    pub fn passed(&self) -> bool {
        self.goals.iter().all(|g| g.met)
    }
}

/// Check that every change turns a knob `ch` allows and falls within its horizon, in order.
pub fn check(ch: &Challenge, changes: &Changes) -> Result<(), Refusal> {
    let mut scheduled: Vec<String> = ch
        .scenario
        .policies
        .iter()
        .filter(|p| matches!(p, PolicySpec::Scheduled(_)))
        .map(|p| p.name().to_string())
        .collect();
    let mut last = 0;
    for (k, (at_s, cmd)) in changes.iter().enumerate() {
        let index = k + 1;
        if *at_s > ch.horizon_s.min(MAX_HORIZON_S) || *at_s < last {
            return Err(Refusal::OutOfTime { index, at_s: *at_s });
        }
        last = *at_s;
        let knob = knob_of(cmd, &scheduled);
        if !knob.is_some_and(|x| ch.knobs.contains(&x)) {
            return Err(Refusal::Locked { index, at_s: *at_s, action: cmd.aws_action(), knob });
        }
        if let Command::PutPolicy(PolicySpec::Scheduled(s)) = cmd {
            scheduled.push(s.name.clone());
        }
    }
    Ok(())
}

/// Grade a run played to the horizon (live, or by [`play`]).
pub fn grade_run(ch: &Challenge, sim: &Sim, at_min_since: Option<u64>) -> Grade {
    let s = sim.summary();
    let goals: Vec<GoalResult> = ch
        .goals
        .iter()
        .map(|g| {
            let at_min = match g.kind {
                GoalKind::BackAtMinBy(t) => at_min_since.is_some_and(|x| x <= t),
                _ => false,
            };
            let value = g.kind.value(&s, at_min);
            GoalResult { kind: g.kind, weight: g.weight, value, met: g.kind.meets(value) }
        })
        .collect();
    let total: u32 = goals.iter().map(|g| g.weight).sum();
    let got: u32 = goals.iter().filter(|g| g.met).map(|g| g.weight).sum();
    let score = if total == 0 { 100.0 } else { f64::from(got) * 100.0 / f64::from(total) };
    Grade { goals, score, summary: s, at_min_since }
}

/// Each goal's status in a run still playing (for the live panel).
pub fn statuses(ch: &Challenge, sim: &Sim, at_min_since: Option<u64>) -> Vec<GoalStatus> {
    let (s, now, horizon) = (sim.summary(), sim.now(), ch.horizon_s.min(MAX_HORIZON_S));
    ch.goals.iter().map(|g| g.kind.status(&s, now, at_min_since, horizon)).collect()
}
