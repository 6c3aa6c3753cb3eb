//! Capacity rules and UpdateAutoScalingGroup validation (docs/aws-behaviour.md §1).

use asg_engine::capacity::update;
use asg_engine::*;

fn quiet(min: u32, max: u32, desired: Option<u32>) -> Scenario {
    Scenario {
        group: GroupSpec { min, max, desired, ..GroupSpec::default() },
        events: vec![],
        policies: vec![],
        ..Scenario::default()
    }
}

// docs/aws-behaviour.md §1 "Validation messages": desired outside [min, max] is refused with AWS's exact text.
#[test]
fn desired_outside_bounds_is_rejected_with_aws_text() {
    let mut s = Sim::new(quiet(1, 3, Some(1)));
    let e = s.apply(Command::SetCapacity { min: Some(4), max: Some(10), desired: Some(2) }).unwrap_err();
    assert_eq!(e.code, "ValidationError");
    assert_eq!(e.message, "Desired capacity:2 must be between the specified min size:4 and max size:10");
    // nothing changed
    let sn = s.snapshot();
    assert_eq!((sn.min, sn.max, sn.desired), (1, 3, 1));
}

// docs/aws-behaviour.md §1 "Capacity rules": min ≤ desired ≤ max (min > max is refused).
#[test]
fn min_above_max_is_rejected() {
    let e = update((1, 3, 1), Some(5), Some(4), None).unwrap_err();
    assert_eq!(e.message, "Max bound, 4, must be greater than or equal to min bound, 5");
}

// docs/aws-behaviour.md §1 "Capacity rules": a new MinSize above the current size raises DesiredCapacity.
#[test]
fn raising_min_raises_desired() {
    assert_eq!(update((1, 10, 2), Some(4), None, None).unwrap(), (4, 10, 4));
    let mut s = Sim::new(quiet(1, 10, Some(2)));
    s.apply(Command::SetCapacity { min: Some(4), max: None, desired: None }).unwrap();
    assert_eq!(s.snapshot().desired, 4);
    // and the group launches the difference at once
    let pending = s.snapshot().instances.iter().filter(|i| i.lifecycle == LifecycleState::Pending).count();
    assert_eq!(pending, 2);
}

// docs/aws-behaviour.md §1 "Capacity rules": a new MaxSize below the current size lowers DesiredCapacity.
#[test]
fn lowering_max_lowers_desired_and_scales_in() {
    assert_eq!(update((1, 10, 6), None, Some(3), None).unwrap(), (1, 3, 3));
    let mut s = Sim::new(quiet(1, 10, Some(6)));
    s.apply(Command::SetCapacity { min: None, max: Some(3), desired: None }).unwrap();
    let sn = s.snapshot();
    assert_eq!(sn.desired, 3);
    let terminating = sn.instances.iter().filter(|i| i.lifecycle == LifecycleState::Terminating).count();
    assert_eq!(terminating, 3);
}

// docs/aws-behaviour.md §1 "Capacity rules": an omitted DesiredCapacity defaults to MinSize.
#[test]
fn omitted_desired_defaults_to_min() {
    let s = Sim::new(quiet(2, 5, None));
    assert_eq!(s.snapshot().desired, 2);
    assert_eq!(s.snapshot().instances.len(), 2);
}

// docs/aws-behaviour.md §1 "Capacity rules": the same limits apply to manual changes; a valid one works.
#[test]
fn manual_desired_within_bounds() {
    let mut s = Sim::new(quiet(1, 5, Some(1)));
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(5) }).unwrap();
    assert_eq!(s.snapshot().desired, 5);
    assert!(s.apply(Command::SetCapacity { min: None, max: None, desired: Some(6) }).is_err());
    let a = s.activities().next().unwrap();
    assert_eq!(a.status, ActivityStatus::Failed);
    assert!(a.cause.contains("Desired capacity:6 must be between the specified min size:1 and max size:5"));
}

// docs/aws-behaviour.md §1 "Activity messages": the Cause text of a user request.
#[test]
fn manual_change_activity_uses_console_wording() {
    let mut s = Sim::new(quiet(0, 5, Some(0)));
    s.step(180);
    s.apply(Command::SetCapacity { min: Some(1), max: Some(5), desired: Some(3) }).unwrap();
    let launches: Vec<_> = s.activities().filter(|a| a.kind == ActivityKind::Launch).collect();
    assert_eq!(launches.len(), 3);
    let c = &launches.last().unwrap().cause;
    assert!(
        c.starts_with("At 2026-01-01T09:03:00Z a user request update of AutoScalingGroup constraints to min: 1, max: 5, desired: 3 changing the desired capacity from 0 to 3. At 2026-01-01T09:03:00Z an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 0 to 1."),
        "{c}"
    );
    assert!(launches[0].description.starts_with("Launching a new EC2 instance: i-0"));
    assert_eq!(launches[0].status, ActivityStatus::InProgress);
}

// docs/aws-behaviour.md §1 "Validation messages": terminating with decrement may not go below min.
#[test]
fn terminate_with_decrement_respects_min() {
    let mut s = Sim::new(quiet(1, 3, Some(1)));
    let id = s.snapshot().instances[0].id;
    let e = s.apply(Command::TerminateInstance { instance: id, decrement_desired: true }).unwrap_err();
    assert!(e.message.starts_with("Currently, desiredSize equals minSize (1)."), "{}", e.message);
}

// Lab limit keeps memory bounded (not an AWS rule).
#[test]
fn lab_max_size_limit() {
    assert!(update((1, 3, 1), None, Some(501), None).is_err());
    assert!(update((1, 3, 1), None, Some(500), None).is_ok());
}
