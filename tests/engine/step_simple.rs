//! Step and simple scaling (docs/aws-behaviour.md §3).

use asg_engine::policies::step::{apply_adjustment, find_step, percent_adjustment, validate_steps};
use asg_engine::*;
use asg_view_model::alarms::expression;
use asg_view_model::i18n::Lang;

fn step(lower: Option<f64>, upper: Option<f64>, adjustment: i64) -> StepAdjustment {
    StepAdjustment { lower, upper, adjustment }
}

// docs/aws-behaviour.md §3 "Rounding for PercentChangeInCapacity".
#[test]
fn percent_rounding() {
    assert_eq!(percent_adjustment(100, 127, None), 127); // 127 % of 100
    assert_eq!(percent_adjustment(10, 127, None), 12); // 12.7 → 12
    assert_eq!(percent_adjustment(4, 10, None), 1); // 0.4 → 1
    assert_eq!(percent_adjustment(4, -10, None), -1); // −0.4 → −1
    assert_eq!(percent_adjustment(20, -33, None), -6); // −6.6 → −6 (toward zero)
    assert_eq!(percent_adjustment(3, -222, None), -6); // −6.66 → −6
    assert_eq!(percent_adjustment(0, 50, None), 0);
}

// docs/aws-behaviour.md §3 "Rounding for PercentChangeInCapacity": MinAdjustmentMagnitude — +25 % of 4 = 1,
// but a minimum of 2 adds 2.
#[test]
fn min_adjustment_magnitude() {
    assert_eq!(percent_adjustment(4, 25, None), 1);
    assert_eq!(percent_adjustment(4, 25, Some(2)), 2);
    assert_eq!(percent_adjustment(4, -25, Some(2)), -2);
    assert_eq!(percent_adjustment(40, 25, Some(2)), 10);
}

// docs/aws-behaviour.md §3 "Worked example" (threshold 50 %, PercentChangeInCapacity, starting
// capacity 10): 10 → 11 → 14 → 13 → 10.
#[test]
fn worked_example_from_capacity_ten() {
    let pct = AdjustmentType::PercentChangeInCapacity;
    // upper alarm at 60 (= 50 + 10): [0, 10) → +10 %, [10, ∞) → +30 %
    let up = [step(Some(0.0), Some(10.0), 10), step(Some(10.0), None, 30)];
    // lower alarm at 40 (= 50 − 10): (−10, 0] → −10 %, (−∞, −10] → −30 %
    let down = [step(Some(-10.0), Some(0.0), -10), step(None, Some(-10.0), -30)];
    let mut cap = 10u32;
    let s = find_step(&up, 62.0 - 60.0, true).unwrap();
    cap = apply_adjustment(cap, pct, up[s].adjustment, None) as u32;
    assert_eq!(cap, 11);
    let s = find_step(&up, 71.0 - 60.0, true).unwrap();
    cap = apply_adjustment(cap, pct, up[s].adjustment, None) as u32;
    assert_eq!(cap, 14, "3.3 rounds down to 3");
    let s = find_step(&down, 38.0 - 40.0, false).unwrap();
    cap = apply_adjustment(cap, pct, down[s].adjustment, None) as u32;
    assert_eq!(cap, 13);
    let s = find_step(&down, 29.0 - 40.0, false).unwrap();
    cap = apply_adjustment(cap, pct, down[s].adjustment, None) as u32;
    assert_eq!(cap, 10, "3.9 rounds down to 3");
}

// docs/aws-behaviour.md §3 "Step adjustments": above the threshold, the lower bound is inclusive and
// the upper exclusive; below the threshold it is the reverse.
#[test]
fn step_bound_inclusivity() {
    let up = [step(Some(0.0), Some(10.0), 1), step(Some(10.0), None, 3)];
    assert_eq!(find_step(&up, 0.0, true), Some(0));
    assert_eq!(find_step(&up, 10.0, true), Some(1));
    let down = [step(Some(-10.0), Some(0.0), -1), step(None, Some(-10.0), -3)];
    assert_eq!(find_step(&down, 0.0, false), Some(0));
    assert_eq!(find_step(&down, -10.0, false), Some(1));
    assert_eq!(find_step(&down, f64::NAN, false), None);
}

// docs/aws-behaviour.md §3 "Step adjustments": ranges cannot overlap or leave gaps.
#[test]
fn step_validation() {
    assert!(validate_steps(&[step(Some(0.0), Some(10.0), 1), step(Some(10.0), None, 3)]).is_ok());
    assert!(validate_steps(&[step(Some(0.0), Some(10.0), 1), step(Some(12.0), None, 3)]).is_err());
    assert!(validate_steps(&[step(Some(0.0), Some(10.0), 1), step(Some(5.0), None, 3)]).is_err());
    assert!(validate_steps(&[]).is_err());
}

// docs/aws-behaviour.md §3 "Adjustment types".
#[test]
fn adjustment_types() {
    assert_eq!(apply_adjustment(5, AdjustmentType::ChangeInCapacity, 2, None), 7);
    assert_eq!(apply_adjustment(5, AdjustmentType::ExactCapacity, 2, None), 2);
    assert_eq!(apply_adjustment(5, AdjustmentType::PercentChangeInCapacity, 50, None), 7);
}

fn stressed(policies: Vec<PolicySpec>, desired: u32, max: u32) -> Scenario {
    Scenario {
        traffic: TrafficSpec { pattern: Pattern::Constant { rps: 0.0 }, poisson_noise: false },
        group: GroupSpec { min: 1, max, desired: Some(desired), ..GroupSpec::default() },
        policies,
        events: (0..desired as usize)
            .map(|k| ScheduledEvent {
                at_s: 0,
                action: EventAction::Stress { instance: InstanceRef::Nth(k), duration_s: 7200, workers: 1 },
            })
            .collect(),
        ..Scenario::default()
    }
}

fn high_cpu_alarm() -> AlarmSpec {
    AlarmSpec::cpu("cpu-high", Comparison::GreaterThanThreshold, 60.0, 1, 1)
}

// docs/aws-behaviour.md §3 "Step scaling": keeps responding during activities and uses warm-up, not a
// cooldown; §2 "Instance warm-up": several breaches inside the same step produce one activity.
#[test]
fn step_policy_uses_warmup_not_cooldown() {
    let p = PolicySpec::Step {
        name: "step".into(),
        alarm: high_cpu_alarm(),
        adjustment_type: AdjustmentType::ChangeInCapacity,
        steps: vec![step(Some(0.0), Some(20.0), 1), step(Some(20.0), None, 2)],
        min_adjustment_magnitude: None,
        warmup_s: Some(240),
    };
    let mut s = Sim::new(stressed(vec![p], 2, 20));
    assert_eq!(expression(Lang::En, &s.alarms()[0]), "CPUUtilization > 60 for 1 datapoint within 1 minute");
    s.run_until(61);
    // the two stressed instances are at 100 % → delta 40 → step 2 (+2)
    assert_eq!(s.snapshot().desired, 4);
    // while the new ones warm up (30 s boot + 240 s) the same step does not fire again,
    // even though the alarm stays in ALARM (the new instances report ~2 % → avg ≈ 51 %…)
    s.run_until(300);
    assert_eq!(s.snapshot().desired, 4);
}

// docs/aws-behaviour.md §3 "Simple scaling": further alarms are ignored until the activity finishes
// and the cooldown expires (the cooldown starts when the launch completes).
#[test]
fn simple_policy_waits_for_cooldown() {
    let p = PolicySpec::Simple {
        name: "simple".into(),
        alarm: AlarmSpec::cpu("cpu-high", Comparison::GreaterThanThreshold, 30.0, 1, 1),
        adjustment_type: AdjustmentType::ChangeInCapacity,
        adjustment: 1,
        cooldown_s: Some(120),
    };
    let mut s = Sim::new(stressed(vec![p], 1, 10));
    let mut changes = vec![];
    let mut last = s.snapshot().desired;
    while s.now() < 1200 {
        s.step(1);
        let d = s.snapshot().desired;
        if d != last {
            changes.push(s.now());
            last = d;
        }
    }
    // first at the first evaluation (60 s); next after launch (30 s boot) + cooldown 120 s,
    // rounded up to the next minute evaluation: 60 + 30 + 120 = 210 → 240
    assert_eq!(changes[0], 60);
    assert_eq!(changes[1], 240);
    assert!(changes.windows(2).all(|w| w[1] - w[0] >= 150), "{changes:?}");
}

// docs/aws-behaviour.md §3 "Cooldown": a per-policy Cooldown overrides DefaultCooldown; None → 300 s.
#[test]
fn simple_policy_default_cooldown() {
    let p = PolicySpec::Simple {
        name: "simple".into(),
        alarm: AlarmSpec::cpu("cpu-high", Comparison::GreaterThanThreshold, 30.0, 1, 1),
        adjustment_type: AdjustmentType::ChangeInCapacity,
        adjustment: 1,
        cooldown_s: None,
    };
    let mut s = Sim::new(stressed(vec![p], 1, 10));
    s.run_until(61);
    assert_eq!(s.snapshot().desired, 2);
    s.run_until(60 + 30 + 300 - 1);
    assert_eq!(s.snapshot().desired, 2);
    s.run_until(60 + 30 + 300 + 60);
    assert_eq!(s.snapshot().desired, 3);
}

// Invalid policy definitions are rejected with a message; valid ones are added.
#[test]
fn put_policy_validation() {
    let mut s = Sim::new(stressed(vec![], 1, 3));
    let bad = PolicySpec::Step {
        name: "bad".into(),
        alarm: high_cpu_alarm(),
        adjustment_type: AdjustmentType::ChangeInCapacity,
        steps: vec![step(Some(0.0), Some(10.0), 1), step(Some(20.0), None, 2)],
        min_adjustment_magnitude: None,
        warmup_s: None,
    };
    assert!(s.apply(Command::PutPolicy(bad)).is_err());
    assert!(s.apply(Command::PutPolicy(PolicySpec::default_cpu50())).is_ok());
    assert_eq!(s.alarms().len(), 2);
    assert!(s.apply(Command::DeletePolicy("nope".into())).is_err());
    s.apply(Command::DeletePolicy("cpu50".into())).unwrap();
    assert!(s.alarms().is_empty());
}

// docs/aws-behaviour.md §3 "Step scaling", AWS's own example: with 10 instances a breach
// adds 1 (desired 11); while that instance warms up the metric reaches a step worth +3 (30 %
// of 10): Auto Scaling adds only 2 more (desired 13), because the warming instance already
// counts toward the step's adjustment. Percentages are of the capacity before the first action.
#[test]
fn a_higher_step_during_warm_up_counts_the_warming_instances() {
    let p = PolicySpec::Step {
        name: "step".into(),
        alarm: AlarmSpec::cpu("cpu-high", Comparison::GreaterThanThreshold, 50.0, 1, 1),
        adjustment_type: AdjustmentType::PercentChangeInCapacity,
        steps: vec![step(Some(0.0), Some(20.0), 10), step(Some(20.0), None, 30)],
        min_adjustment_magnitude: None,
        warmup_s: Some(300),
    };
    let mut sc = stressed(vec![p], 10, 20);
    sc.group.min = 10;
    sc.events.truncate(5); // 5 of 10 at 100 %: ≈ 51 % → step 1 (+10 % of 10 = +1)
    for k in 5..8 {
        // three more at t = 60: ≈ 73 % over the 11 → step 2 (+30 %)
        sc.events.push(ScheduledEvent {
            at_s: 60,
            action: EventAction::Stress { instance: InstanceRef::Nth(k), duration_s: 7200, workers: 1 },
        });
    }
    let mut s = Sim::new(sc);
    s.run_until(61);
    assert_eq!(s.snapshot().desired, 11);
    s.run_until(121);
    assert_eq!(s.snapshot().desired, 13, "10 + 30 % of 10, with the warming instance counted: not 11 + 3");
    // the same step again while they warm: nothing more
    s.run_until(300);
    assert_eq!(s.snapshot().desired, 13);
}
