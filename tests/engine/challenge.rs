//! Challenges: every goal kind measured on the run's own figures, a hand-in replayed gives the
//! live run's grade, locked knobs and changes out of time are refused (docs/aws-behaviour.md
//! §12 "Challenges").

use asg_engine::challenge::{
    check, grade, grade_run, play, statuses, Challenge, Changes, Goal, GoalKind, GoalStatus, Knob, Refusal, Replaying,
};
use asg_engine::{Command, Scenario, Sim};

const H: u64 = 3600;

/// The seed's exercise (stress at 0 for 20 min: out to 3, back to 1) for an hour.
fn stress_hour(goals: Vec<GoalKind>) -> Challenge {
    Challenge {
        scenario: Scenario::default(),
        horizon_s: H,
        knobs: vec![Knob::Capacity, Knob::Policies],
        goals: goals.into_iter().map(|kind| Goal { kind, weight: 1 }).collect(),
    }
}

// §12 "Challenges": each kind reads the figure the run summary gives, and its bound decides
#[test]
fn every_goal_kind_measures_the_runs_own_figure() {
    let kinds = [
        GoalKind::FailedPct(0.0),
        GoalKind::P99Ms(1e9),
        GoalKind::CostUsd(0.0),
        GoalKind::MinutesAbove(0),
        GoalKind::PeakInstances(1),
        GoalKind::BackAtMinBy(H),
        GoalKind::DrainLosses(0),
        GoalKind::ScalingActions(0),
        GoalKind::NoTarget(0),
    ];
    let ch = stress_hour(kinds.to_vec());
    let (sim, since) = play(&ch, &Vec::new()).unwrap();
    let s = sim.summary();
    assert_eq!(sim.now(), H);
    let g = grade_run(&ch, &sim, since);
    let v: Vec<f64> = g.goals.iter().map(|x| x.value).collect();
    assert_eq!(v[0], s.failed_pct);
    assert_eq!(v[1], s.p99_ms);
    assert_eq!(v[2], s.cost_usd);
    assert_eq!(v[3], s.minutes_above_target as f64);
    assert_eq!(v[4], f64::from(s.peak_instances));
    assert_eq!(v[6], s.causes.draining as f64);
    assert_eq!(v[7], f64::from(s.scale_outs + s.scale_ins));
    assert_eq!(v[8], s.causes.no_target as f64);
    // stress scaled it out and back in within the hour
    assert!(s.peak_instances >= 2 && s.scale_outs >= 1 && s.scale_ins >= 1, "{s:?}");
    assert!(since.is_some_and(|t| t < H), "back at min before the horizon: {since:?}");
    let met: Vec<bool> = g.goals.iter().map(|x| x.met).collect();
    assert_eq!(met, [s.failed_pct == 0.0, true, false, s.minutes_above_target == 0, false, true, true, false, true]);
    let weights_met = met.iter().filter(|m| **m).count() as f64;
    assert!((g.score - weights_met * 100.0 / 9.0).abs() < 1e-9);
    // bounds just at and just below each figure
    for (k, kind) in kinds.iter().enumerate() {
        if matches!(kind, GoalKind::BackAtMinBy(_)) {
            continue;
        }
        let at = GoalKind::from_word(kind.word(), v[k]).unwrap();
        assert!(at.meets(v[k]), "{} at its own figure", kind.word());
        if v[k] >= 1.0 {
            let below = GoalKind::from_word(kind.word(), (v[k] - 1.0).floor()).unwrap();
            assert!(!below.meets(v[k]), "{} below its figure", kind.word());
        }
    }
    // back at min: by a second after it came back, yes; by one before, no
    let t = since.unwrap();
    let late = stress_hour(vec![GoalKind::BackAtMinBy(t)]);
    assert!(grade(&late, &Vec::new()).unwrap().passed());
    let early = stress_hour(vec![GoalKind::BackAtMinBy(t.saturating_sub(120))]);
    assert!(!grade(&early, &Vec::new()).unwrap().passed());
}

// §12 "Challenges": a hand-in is the run; grading it replayed equals grading it live
#[test]
fn grading_a_replayed_hand_in_equals_grading_the_live_run() {
    let ch = stress_hour(vec![GoalKind::CostUsd(0.06), GoalKind::PeakInstances(2), GoalKind::BackAtMinBy(H)]);
    let changes: Changes = vec![
        (90, Command::SetCapacity { min: Some(1), max: Some(2), desired: None }),
        (1500, Command::DeletePolicy("cpu50".into())),
        (1800, Command::SetCapacity { min: Some(1), max: Some(2), desired: Some(1) }),
    ];
    // live: the learner plays, pausing to make each change at its second
    let mut live = Sim::new(ch.scenario.clone());
    let mut since: Option<u64> = Some(0);
    for (t, cmd) in &changes {
        while live.now() < *t {
            live.step(1);
            since = if live.snapshot().desired == live.snapshot().min { since.or(Some(live.now())) } else { None };
        }
        live.apply(cmd.clone()).unwrap();
    }
    live.run_until(H);
    let (replayed, since_replayed) = play(&ch, &changes).unwrap();
    assert_eq!(replayed.summary(), live.summary(), "the same run");
    let a = grade_run(&ch, &live, since_replayed);
    assert_eq!(grade(&ch, &changes).unwrap(), a);
    assert!(a.goals[1].met, "max 2: peak 2");
}

// §12 "Challenges": a change to a locked knob, or to traffic, faults and stress, is refused
#[test]
fn a_hand_in_touching_a_locked_knob_or_out_of_time_is_refused() {
    let ch = stress_hour(vec![GoalKind::CostUsd(1.0)]);
    let locked: Changes = vec![
        (0, Command::SetCapacity { min: None, max: Some(2), desired: None }),
        (60, Command::SetInstanceType(asg_engine::InstanceType::C5Large)),
    ];
    assert_eq!(
        check(&ch, &locked),
        Err(Refusal::Locked {
            index: 2,
            at_s: 60,
            action: "CreateLaunchTemplateVersion",
            knob: Some(Knob::InstanceType)
        })
    );
    let traffic: Changes = vec![(5, Command::SetTrafficOverride(Some(1.0)))];
    assert!(matches!(grade(&ch, &traffic), Err(Refusal::Locked { index: 1, knob: None, .. })));
    let late: Changes = vec![(H + 1, Command::SetCapacity { min: None, max: Some(2), desired: None })];
    assert_eq!(check(&ch, &late), Err(Refusal::OutOfTime { index: 1, at_s: H + 1 }));
    let unordered: Changes = vec![
        (60, Command::SetCapacity { min: None, max: Some(2), desired: None }),
        (30, Command::SetCapacity { min: None, max: Some(3), desired: None }),
    ];
    assert_eq!(check(&ch, &unordered), Err(Refusal::OutOfTime { index: 2, at_s: 30 }));
    // a scheduled action is its own knob, also when it is deleted
    let sched = Challenge { knobs: vec![Knob::Scheduled], ..ch.clone() };
    let put = Command::PutPolicy(asg_engine::PolicySpec::Scheduled(asg_engine::ScheduledActionSpec {
        name: "night".into(),
        recurrence: asg_engine::Recurrence::Once { at_s: 600 },
        min: Some(1),
        max: None,
        desired: None,
    }));
    assert_eq!(check(&sched, &vec![(0, put), (10, Command::DeletePolicy("night".into()))]), Ok(()));
    assert!(check(&sched, &vec![(0, Command::DeletePolicy("cpu50".into()))]).is_err(), "a scaling policy is not");
}

// §12 "Challenges": the live panel's met / not yet / missed for good
#[test]
fn a_goal_is_missed_for_good_once_a_growing_figure_passes_its_bound() {
    let ch = stress_hour(vec![GoalKind::PeakInstances(1), GoalKind::FailedPct(5.0), GoalKind::BackAtMinBy(H)]);
    let mut sim = Sim::new(ch.scenario.clone());
    assert_eq!(statuses(&ch, &sim, Some(0)), [GoalStatus::NotYet, GoalStatus::NotYet, GoalStatus::NotYet]);
    sim.run_until(900);
    let st = statuses(&ch, &sim, None);
    assert_eq!(st[0], GoalStatus::Missed, "it scaled out: peak 2 or more");
    assert_eq!(st[1], GoalStatus::NotYet);
    sim.run_until(H);
    let st = statuses(&ch, &sim, Some(3000));
    assert_eq!(st, [GoalStatus::Missed, GoalStatus::Met, GoalStatus::Met]);
}

// §12 "Challenges": a replay run a slice at a time (the class page, between frames) is the
// same run, and grades the same, as one run to the horizon
#[test]
fn a_replay_in_slices_is_the_same_run() {
    let ch = stress_hour(vec![GoalKind::PeakInstances(2), GoalKind::BackAtMinBy(H), GoalKind::CostUsd(0.05)]);
    let changes: Changes = vec![
        (0, Command::SetCapacity { min: None, max: Some(2), desired: None }),
        (7 * 60 + 13, Command::SetCapacity { min: None, max: Some(3), desired: None }),
        (20 * 60, Command::SetCapacity { min: None, max: Some(2), desired: None }),
    ];
    let whole = grade(&ch, &changes).unwrap();
    for slice in [1, 59, 60, 61, 997] {
        let mut r = Replaying::new(&ch, &changes).unwrap();
        let mut steps = 0;
        while !r.done() {
            r.advance(r.now() + slice);
            steps += 1;
        }
        assert_eq!(r.now(), H);
        assert_eq!(steps, H.div_ceil(slice), "slices of {slice} s");
        assert_eq!(r.grade(), whole, "slices of {slice} s");
    }
    assert!(Replaying::new(&ch, &vec![(H + 1, changes[0].1.clone())]).is_err(), "refused before it runs");
}
