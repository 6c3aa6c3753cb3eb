//! Instance lifecycle, AZ balance, termination policy, protection, health replacement and
//! AZ failure (docs/aws-behaviour.md §1).

use asg_engine::termination::{select_victim, Candidate};
use asg_engine::*;

fn quiet(min: u32, max: u32, desired: u32, azs: u32) -> Scenario {
    Scenario {
        group: GroupSpec { min, max, desired: Some(desired), azs, ..GroupSpec::default() },
        events: vec![],
        policies: vec![],
        ..Scenario::default()
    }
}

fn view(s: &Sim, id: InstanceId) -> InstanceView {
    s.snapshot().instances.into_iter().find(|i| i.id == id).expect("instance visible")
}

// docs/aws-behaviour.md §1 "Instance lifecycle": Pending → InService after boot (registered with the
// ALB first), target healthy after ONE passing check (§6 "Target health checks"), then it serves traffic.
#[test]
fn launch_to_serving_timeline() {
    let mut s = Sim::new(quiet(1, 3, 1, 2));
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(2) }).unwrap();
    let id = s.snapshot().instances.iter().find(|i| i.lifecycle == LifecycleState::Pending).unwrap().id;
    assert_eq!(view(&s, id).target_state, TargetState::Unused);
    s.run_until(29);
    assert_eq!(view(&s, id).lifecycle, LifecycleState::Pending);
    s.run_until(31); // boot_s = 30 [OBS]
    let v = view(&s, id);
    assert_eq!(v.lifecycle, LifecycleState::InService);
    assert_eq!(v.target_state, TargetState::Initial);
    assert!(v.warming);
    // app ready at 30 + 60 = 90; checks at 60 (fails, still initial), 90 (passes → healthy)
    s.run_until(89);
    assert_eq!(view(&s, id).target_state, TargetState::Initial);
    assert_eq!(view(&s, id).served_rps, 0.0);
    s.run_until(95);
    assert_eq!(view(&s, id).target_state, TargetState::Healthy);
    s.run_until(120);
    assert!(view(&s, id).served_rps > 0.0 || s.snapshot().offered_rps < 1.0);
    // the launch activity finished when it became InService
    let a = s.activities().find(|a| a.description.contains(&id.to_string())).unwrap();
    assert_eq!(a.status, ActivityStatus::Successful);
    assert_eq!(a.end_s, Some(30));
}

// docs/aws-behaviour.md §2 "Instance warm-up": without DefaultInstanceWarmup, warm-up is DefaultCooldown (300 s).
#[test]
fn warmup_falls_back_to_default_cooldown() {
    for (warm, expect) in [(None, 300u64), (Some(60u32), 60u64)] {
        let mut sc = quiet(1, 3, 1, 2);
        sc.group.default_warmup_s = warm;
        let mut s = Sim::new(sc);
        s.apply(Command::SetCapacity { min: None, max: None, desired: Some(2) }).unwrap();
        let id = s.snapshot().instances[1].id;
        s.run_until(30 + expect - 1);
        assert!(view(&s, id).warming, "still warming before {expect} s");
        s.run_until(30 + expect + 1);
        assert!(!view(&s, id).warming, "warm-up over after {expect} s");
    }
}

// docs/aws-behaviour.md §1 "AZ balancing": launches go to the AZ with the fewest instances.
#[test]
fn launches_are_az_balanced() {
    let s = Sim::new(quiet(5, 10, 5, 3));
    let sn = s.snapshot();
    let mut per = sn.azs.iter().map(|a| a.instances).collect::<Vec<_>>();
    per.sort();
    assert_eq!(per, vec![1, 2, 2]);
    assert_eq!(sn.azs[0].name, "ap-northeast-2a");
    assert_eq!(sn.azs[2].name, "ap-northeast-2c");
}

// docs/aws-behaviour.md §1 "Default termination policy": AZ balance first, then oldest launch
// template, then closest to the next billing hour, then random.
#[test]
fn default_termination_order_pure() {
    let c =
        |idx, az, launched_at, template_version| Candidate { idx, az, launched_at, template_version, protected: false };
    let mut pick = |_n: usize| 0usize;
    // AZ 1 has 3 instances, AZ 0 has 2 → victim from AZ 1
    let v = vec![c(0, 0, 0, 1), c(1, 0, 0, 1), c(2, 1, 0, 1), c(3, 1, 0, 1), c(4, 1, 0, 1)];
    assert_eq!(v[select_victim(&v, TerminationPolicy::Default, 100, &mut pick).unwrap()].az, 1);
    // same AZ: oldest launch template version first, even if newer by launch time
    let v = vec![c(0, 0, 100, 2), c(1, 0, 500, 1)];
    assert_eq!(select_victim(&v, TerminationPolicy::Default, 1000, &mut pick), Some(1));
    // same template: closest to the next billing hour (launched 3500 s ago → 100 s left)
    let v = vec![c(0, 0, 3000, 1), c(1, 0, 100, 1)];
    assert_eq!(select_victim(&v, TerminationPolicy::Default, 3600, &mut pick), Some(1));
    // OldestInstance / NewestInstance
    let v = vec![c(0, 0, 50, 1), c(1, 0, 10, 1), c(2, 0, 90, 1)];
    assert_eq!(select_victim(&v, TerminationPolicy::OldestInstance, 100, &mut pick), Some(1));
    assert_eq!(select_victim(&v, TerminationPolicy::NewestInstance, 100, &mut pick), Some(2));
    // all protected → none
    let v = vec![Candidate { protected: true, ..c(0, 0, 0, 1) }];
    assert_eq!(select_victim(&v, TerminationPolicy::Default, 100, &mut pick), None);
}

// docs/aws-behaviour.md §1 "Default termination policy" — in the engine, a new launch template
// version makes the old instances go first.
#[test]
fn old_launch_template_instances_terminate_first() {
    let mut s = Sim::new(quiet(1, 4, 2, 1));
    s.apply(Command::SetInstanceType(InstanceType::T3Micro)).unwrap();
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(4) }).unwrap();
    s.run_until(120);
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(2) }).unwrap();
    let sn = s.snapshot();
    for i in &sn.instances {
        let old = i.instance_type == "t2.micro";
        assert_eq!(i.lifecycle == LifecycleState::Terminating, old, "{i:?}");
    }
}

// docs/aws-behaviour.md §1 "Instance scale-in protection": all protected → desired drops but no
// instance is terminated, with AWS's message; manual termination still works.
#[test]
fn scale_in_protection() {
    let mut sc = quiet(0, 4, 3, 2);
    sc.group.protect_new_instances = true;
    let mut s = Sim::new(sc);
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(1) }).unwrap();
    let sn = s.snapshot();
    assert_eq!(sn.desired, 1);
    assert!(sn.instances.iter().all(|i| i.lifecycle == LifecycleState::InService && i.protected));
    assert!(s.activities().any(|a| a.description
        == "Could not scale to desired capacity because all remaining instances are protected from scale-in."));
    // unprotecting one lets the pending scale-in take exactly that one
    let other = sn.instances[1].id;
    s.apply(Command::SetInstanceProtection { instance: other, protected: false }).unwrap();
    assert_eq!(view(&s, other).lifecycle, LifecycleState::Terminating);
    let still = s.snapshot().instances.iter().filter(|i| i.lifecycle == LifecycleState::InService).count();
    assert_eq!(still, 2);
    // protection does not stop a manual termination (§1)
    let id = sn.instances[0].id;
    s.apply(Command::TerminateInstance { instance: id, decrement_desired: false }).unwrap();
    assert_eq!(view(&s, id).lifecycle, LifecycleState::Terminating);
}

// docs/aws-behaviour.md §1 "Unhealthy replacement": at most 10 % of desired at a time (≥ 1),
// terminate first, then launch.
#[test]
fn unhealthy_replacement_in_batches_of_ten_percent() {
    let mut s = Sim::new(quiet(20, 20, 20, 2));
    s.step(10);
    let ids: Vec<InstanceId> = s.snapshot().instances.iter().take(5).map(|i| i.id).collect();
    for id in &ids {
        s.apply(Command::SetInstanceHealth { instance: *id, healthy: false }).unwrap();
    }
    let term = s.snapshot().instances.iter().filter(|i| i.lifecycle == LifecycleState::Terminating).count();
    assert_eq!(term, 2, "10 % of 20 at a time");
    let pending = s.snapshot().instances.iter().filter(|i| i.lifecycle == LifecycleState::Pending).count();
    assert_eq!(pending, 2, "replacements launched for the terminated ones");
    s.run_until(3600);
    let sn = s.snapshot();
    let live: Vec<_> = sn.instances.iter().filter(|i| i.lifecycle == LifecycleState::InService).collect();
    assert_eq!(live.len(), 20);
    assert!(live.iter().all(|i| i.healthy && !ids.contains(&i.id)));
}

// docs/aws-behaviour.md §1 "Health checks and grace period": ELB health is ignored unless the group uses the
// ELB type; with it, a failing target is replaced after the grace period.
#[test]
fn elb_health_check_type_replaces_broken_app() {
    for kind in [HealthCheckType::EC2, HealthCheckType::ELB] {
        let mut sc = quiet(2, 2, 2, 2);
        sc.group.health_check_type = kind;
        let mut s = Sim::new(sc);
        let id = s.snapshot().instances[0].id;
        s.apply(Command::SetInstanceUnhealthy(id)).unwrap();
        s.run_until(240);
        let replaced = s.snapshot().instances.iter().all(|i| i.id != id || i.lifecycle != LifecycleState::InService);
        assert_eq!(replaced, kind == HealthCheckType::ELB, "{kind}");
        if kind == HealthCheckType::EC2 {
            assert_eq!(view(&s, id).target_state, TargetState::Unhealthy);
        } else {
            assert!(s.activities().any(|a| a.cause.contains("in response to an ELB system health check failure")));
        }
    }
}

// docs/aws-behaviour.md §1 "AZ balancing": an AZ outage kills its instances,
// replacements go to healthy AZs; after recovery ASG launches first, then terminates.
#[test]
fn az_outage_and_rebalance() {
    let mut s = Sim::new(quiet(4, 6, 4, 2));
    s.step(5);
    s.apply(Command::SetAzAvailable { az: 1, available: false }).unwrap();
    let sn = s.snapshot();
    assert_eq!(sn.azs[1].instances, 0);
    assert_eq!(sn.azs[0].instances, 4, "2 survivors + 2 replacements in AZ a");
    assert!(!sn.azs[1].available);
    s.run_until(600);
    s.apply(Command::SetAzAvailable { az: 1, available: true }).unwrap();
    let sn = s.snapshot();
    assert_eq!(sn.azs[1].instances, 1, "launch first");
    assert_eq!(sn.azs[0].instances, 4);
    s.run_until(3600);
    let sn = s.snapshot();
    assert_eq!((sn.azs[0].instances, sn.azs[1].instances), (2, 2), "rebalanced");
    assert_eq!(sn.desired, 4);
}

// docs/aws-behaviour.md §1 "Capacity rules": the group always tries to keep desired instances running.
#[test]
fn manual_terminate_without_decrement_is_replaced() {
    let mut s = Sim::new(quiet(1, 3, 1, 2));
    let id = s.snapshot().instances[0].id;
    s.apply(Command::TerminateInstance { instance: id, decrement_desired: false }).unwrap();
    let sn = s.snapshot();
    assert_eq!(sn.desired, 1);
    assert!(sn.instances.iter().any(|i| i.lifecycle == LifecycleState::Pending));
    // terminated instances disappear from the list a while after their final activity
    s.run_until(3600);
    assert!(s.snapshot().instances.iter().all(|i| i.id != id));
}

// All AZs down: launches fail (Failed activity) and are retried.
#[test]
fn no_az_available_fails_launch() {
    let mut s = Sim::new(quiet(1, 2, 1, 1));
    s.apply(Command::SetAzAvailable { az: 0, available: false }).unwrap();
    assert!(s.activities().any(|a| a.status == ActivityStatus::Failed && a.kind == ActivityKind::Launch));
    s.step(60);
    assert_eq!(s.snapshot().instances.iter().filter(|i| i.lifecycle != LifecycleState::Terminated).count(), 0);
    s.apply(Command::SetAzAvailable { az: 0, available: true }).unwrap();
    s.step(20);
    assert_eq!(s.snapshot().azs[0].instances, 1);
}
