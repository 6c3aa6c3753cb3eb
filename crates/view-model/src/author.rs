//! "Make a challenge from this run" (issue 22): the run split into the challenge's start
//! (its scenario, with the traffic and faults the author set live as scheduled events) and
//! the author's own run (every knob the author turned, at its second); goals prefilled from
//! the run's figures; the challenge the form's choices make.

use asg_engine::challenge::{knob_of, Challenge, Changes, Goal, GoalKind, Knob, MAX_HORIZON_S};
use asg_engine::ids::InstanceRef;
use asg_engine::journal::merge_events;
use asg_engine::scenario::{Scenario, ScheduledEvent};
use asg_engine::views::RunSummary;
use asg_engine::PolicySpec;

/// One goal row of the form.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GoalRow {
    /// the goal, its bound prefilled from the run
    pub kind: GoalKind,
    /// chosen?
    pub on: bool,
    /// its weight [points]
    pub weight: u32,
}

/// What the form starts with.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// the horizon: the run's time so far, to the nearest minute (at least one) [s]
    pub horizon_s: u64,
    /// a row for each goal kind
    pub goals: Vec<GoalRow>,
    /// the knobs the author turned (capacity and policies if none)
    pub knobs: Vec<Knob>,
}

/// `initial` (the scenario the run started from) and the run's `journal` split into the
/// challenge's start and the author's run: commands no learner may make (traffic, faults,
/// stress) join the start's scheduled events; the rest are the author's changes. Entries
/// naming an instance by position are dropped (the journal names instances by id).
pub fn split_run(initial: &Scenario, journal: &[ScheduledEvent]) -> (Scenario, Changes) {
    let mut scheduled: Vec<String> = initial
        .policies
        .iter()
        .filter(|p| matches!(p, PolicySpec::Scheduled(_)))
        .map(|p| p.name().to_string())
        .collect();
    let mut fixed = Vec::new();
    let mut changes: Changes = Vec::new();
    for e in journal {
        let Ok(cmd) = e.action.clone().map_instance(|r| match r {
            InstanceRef::Id(id) => Ok(id),
            InstanceRef::Nth(_) => Err(()),
        }) else {
            continue;
        };
        match knob_of(&cmd, &scheduled) {
            None => fixed.push(e.clone()),
            Some(_) => {
                if let asg_engine::Command::PutPolicy(PolicySpec::Scheduled(s)) = &cmd {
                    scheduled.push(s.name.clone());
                }
                changes.push((e.at_s, cmd));
            }
        }
    }
    let start = Scenario { events: merge_events(&initial.events, &fixed), ..initial.clone() };
    (start, changes)
}

/// `x` rounded up to `step` (a bound the run just meets, in round figures).
fn up(x: f64, step: f64) -> f64 {
    let v = (x / step - 1e-9).ceil() * step;
    if v > 0.0 {
        v
    } else {
        0.0
    }
}

/// The form's first state for a run at `now_s` [s] with figures `s` and the author's
/// `changes`; `at_min_since` [s]: since when desired has been at min, if it is.
pub fn draft(s: &RunSummary, now_s: u64, changes: &Changes, at_min_since: Option<u64>) -> Draft {
    // the run so far is the author's run: its figures are the goals' bounds
    let horizon_s = ((now_s + 30) / 60 * 60).clamp(60, MAX_HORIZON_S);
    let row = |kind, on, weight| GoalRow { kind, on, weight };
    let goals = vec![
        row(GoalKind::FailedPct(up(s.failed_pct, 0.1)), true, 2),
        row(GoalKind::P99Ms(up(s.p99_ms, 10.0)), false, 1),
        row(GoalKind::CostUsd(up(s.cost_usd * 1.05, 0.01)), true, 2),
        row(GoalKind::MinutesAbove(s.minutes_above_target), false, 1),
        row(GoalKind::PeakInstances(s.peak_instances.max(1)), true, 1),
        row(GoalKind::BackAtMinBy(at_min_since.map_or(horizon_s, |t| up(t as f64, 60.0) as u64)), false, 1),
        row(GoalKind::DrainLosses(s.causes.draining), false, 1),
        row(GoalKind::ScalingActions(s.scale_outs + s.scale_ins), false, 1),
        row(GoalKind::NoTarget(s.causes.no_target), false, 1),
    ];
    let scheduled: Vec<String> = Vec::new();
    let mut knobs: Vec<Knob> = Vec::new();
    for (_, cmd) in changes {
        if let Some(k) = knob_of(cmd, &scheduled) {
            if !knobs.contains(&k) {
                knobs.push(k);
            }
        }
    }
    if knobs.is_empty() {
        knobs = vec![Knob::Capacity, Knob::Policies];
    }
    knobs.sort();
    Draft { horizon_s, goals, knobs }
}

/// `v` with at most four decimals, no trailing zeros.
fn short(v: f64) -> String {
    let s = format!("{v:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A goal's bound as its form field shows it ("back at min by" in minutes from the start).
pub fn bound_field(kind: GoalKind) -> String {
    short(match kind {
        GoalKind::BackAtMinBy(t) => t as f64 / 60.0,
        k => k.bound(),
    })
}

/// The horizon's field: hours.
pub fn hours_field(horizon_s: u64) -> String {
    short(horizon_s as f64 / 3600.0)
}

/// The horizon typed in hours, to the second [s] (None: not a number of hours from a minute
/// to seven days).
pub fn read_hours(text: &str) -> Option<u64> {
    let h: f64 = text.trim().replace(',', ".").parse().ok()?;
    let s = (h * 3600.0).round();
    (h.is_finite() && (60.0..=MAX_HORIZON_S as f64).contains(&s)).then_some(s as u64)
}

/// The goal of `kind`'s kind with the bound typed in `text` (see [`bound_field`]), if it
/// is one the goal allows.
pub fn read_bound(kind: GoalKind, text: &str) -> Option<GoalKind> {
    let v: f64 = text.trim().replace(',', ".").parse().ok()?;
    let v = if matches!(kind, GoalKind::BackAtMinBy(_)) { (v * 60.0).round() } else { v };
    GoalKind::from_word(kind.word(), v)
}

/// The challenge the form's choices make.
pub fn challenge(start: &Scenario, horizon_s: u64, goals: &[GoalRow], knobs: &[Knob]) -> Challenge {
    Challenge {
        scenario: start.clone(),
        horizon_s: horizon_s.clamp(60, MAX_HORIZON_S),
        knobs: knobs.to_vec(),
        goals: goals.iter().filter(|g| g.on).map(|g| Goal { kind: g.kind, weight: g.weight }).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::challenge::grade;
    use asg_engine::journal::to_event;
    use asg_engine::{Command, Sim};

    #[test]
    fn a_run_becomes_a_challenge_its_own_run_meets() {
        // the seed's stress exercise with the author capping max at 2, and a spike
        let initial = Scenario::default();
        let cmds = [
            (120, Command::SetCapacity { min: None, max: Some(2), desired: None }),
            (600, Command::Spike { multiplier: 2.0, duration_s: 300 }),
        ];
        let journal: Vec<ScheduledEvent> =
            cmds.iter().map(|(t, c)| ScheduledEvent { at_s: *t, action: to_event(c) }).collect();
        let (start, changes) = split_run(&initial, &journal);
        assert_eq!(changes, vec![cmds[0].clone()]);
        assert_eq!(start.events.len(), initial.events.len() + 1, "the spike is the start's");
        // the author's live run to 40 min
        let mut live = Sim::new(Scenario { events: merge_events(&initial.events, &journal), ..initial.clone() });
        live.run_until(2400);
        let d = draft(&live.summary(), live.now(), &changes, None);
        assert_eq!(d.horizon_s, 2400);
        assert_eq!(d.knobs, [Knob::Capacity]);
        assert_eq!(d.goals.iter().filter(|g| g.on).count(), 3);
        // at the horizon the run's figures have grown: grade at the draft's horizon
        let ch = challenge(&start, 2400, &d.goals, &d.knobs);
        let g = grade(&ch, &changes).unwrap();
        assert!(g.passed(), "the bounds are the run's own figures, rounded up: {g:?}");
        assert!(!grade(&ch, &Vec::new()).unwrap().passed(), "without the author's change the peak is missed");
    }

    #[test]
    fn typed_bounds_are_read_as_the_field_shows_them() {
        assert_eq!(bound_field(GoalKind::BackAtMinBy(5400)), "90");
        assert_eq!(read_bound(GoalKind::BackAtMinBy(0), " 90 "), Some(GoalKind::BackAtMinBy(5400)));
        assert_eq!(bound_field(GoalKind::CostUsd(0.06)), "0.06");
        assert_eq!(read_bound(GoalKind::CostUsd(0.0), "0,5"), Some(GoalKind::CostUsd(0.5)));
        assert_eq!(read_bound(GoalKind::PeakInstances(1), "2.5"), None, "whole instances");
        assert_eq!(read_bound(GoalKind::FailedPct(1.0), "-1"), None);
        assert_eq!(read_bound(GoalKind::FailedPct(1.0), "abc"), None);
    }

    #[test]
    fn the_horizon_reads_in_hours() {
        assert_eq!(hours_field(5400), "1.5");
        assert_eq!(read_hours(&hours_field(3660)), Some(3660));
        assert_eq!(read_hours("168"), Some(MAX_HORIZON_S));
        assert_eq!((read_hours("169"), read_hours("0"), read_hours("x")), (None, None, None));
    }

    #[test]
    fn bounds_round_up_to_round_figures() {
        assert!((up(0.52, 0.1) - 0.6).abs() < 1e-9);
        assert!(up(0.0, 0.1).is_sign_positive() && up(0.0, 0.1) == 0.0, "never -0");
        assert_eq!(up(0.1, 0.1), 0.1);
        assert_eq!(up(61.0, 60.0), 120.0);
    }
}
