//! Targets beside the group: the step-2 instance left in the target group serves with the
//! group's instances; the group launches into the subnets chosen (docs/aws-behaviour.md §11
//! "Targets beside the group", "Auto Scaling group").

use super::*;
use asg_engine::{Basis, ShadowSpec};
use asg_engine::{LifecycleState, TargetState};

/// The assignment through step 5 by "do this step for me", the step-2 instance still
/// registered in the target group (as the course leaves it).
fn through_step_5() -> Account {
    let mut a = Account::new(7);
    a.do_through(Step::Group).unwrap();
    a
}

fn wizard_id(a: &Account) -> String {
    a.instances().next().unwrap().id.clone()
}

// §11 "Targets beside the group"
#[test]
fn the_step_2_instance_left_in_the_target_group_serves_beside_the_group() {
    let mut a = through_step_5();
    let created = a.group().unwrap().created_at;
    a.advance_to(created + 900);
    let g = a.group().unwrap();
    let l = g.sim.ledger();
    assert!(l.arrived > 1000, "traffic arrives: {l:?}");
    // the group's first instance boots for minutes; the step-2 instance serves meanwhile
    assert_eq!(l.failed_503, 0, "no phantom 503 while a healthy target is registered: {l:?}");
    let s = g.sim.snapshot();
    let outside: Vec<_> = s.instances.iter().filter(|i| i.outside).collect();
    assert_eq!(outside.len(), 1);
    assert_eq!(outside[0].id.to_string(), wizard_id(&a));
    assert_eq!(outside[0].target_state, TargetState::Healthy);
    assert!(outside[0].served_rps > 0.0, "it takes its share");
    // the group counts only its own
    assert_eq!(s.group_instances().filter(|i| i.lifecycle != LifecycleState::Terminated).count() as u32, s.desired);
}

// §11 "Targets beside the group"
#[test]
fn without_the_step_2_instance_the_group_boots_with_no_target_and_fails() {
    let mut a = through_step_5();
    let id = wizard_id(&a);
    // the same run, the step-2 instance deregistered just before the group was created
    let log: Vec<(u64, Action)> = a.log().to_vec();
    let k = log.iter().position(|(_, x)| matches!(x, Action::CreateGroup(_))).unwrap();
    let mut b = Account::replay(7, &log[..k], log[k].0);
    b.apply(&Action::DeregisterTarget { target_group: "wordpress-tg".into(), instance: id }).unwrap();
    b.apply(&log[k].1).unwrap();
    let created = b.group().unwrap().created_at;
    b.advance_to(created + 900);
    a.advance_to(created + 900);
    assert!(b.group().unwrap().sim.ledger().failed_503 > 0, "503 while the group's instance boots");
    assert!(b.group().unwrap().sim.snapshot().instances.iter().all(|i| !i.outside));
    assert_eq!(a.group().unwrap().sim.ledger().failed_503, 0);
}

// §11 "Targets beside the group"
#[test]
fn the_group_neither_bills_measures_nor_replaces_the_target_beside_it() {
    let mut a = through_step_5();
    let created = a.group().unwrap().created_at;
    a.advance_to(created + 600);
    let id = wizard_id(&a);
    let g = a.group().unwrap();
    let s = g.sim.snapshot();
    // the group's bill: its one instance since it launched, not two
    let hours = (a.now() - created) as f64 / 3600.0;
    let one = asg_engine::prices::instance_hour(asg_engine::catalog::InstanceType::T2Micro, g.region).usd * hours;
    let billed = g.sim.summary().instance_cost_usd;
    assert!((billed - one).abs() < one * 0.05, "group bills {billed}, one instance is {one}");
    // its own API does not know the instance
    let e = a.group_mut().unwrap().sim.apply(asg_engine::Command::TerminateInstance {
        instance: s.instances.iter().find(|i| i.outside).unwrap().id,
        decrement_desired: false,
    });
    assert!(e.unwrap_err().to_string().contains("No managed instance found"), "{id}");
}

// §11 "Targets beside the group"
#[test]
fn deregistering_or_terminating_the_step_2_instance_drains_it() {
    let mut a = through_step_5();
    let id = wizard_id(&a);
    a.advance_to(a.now() + 120);
    a.apply(&Action::DeregisterTarget { target_group: "wordpress-tg".into(), instance: id.clone() }).unwrap();
    assert_eq!(a.group().unwrap().sim.outside_targets().count(), 0, "no new requests from this second");
    let s = a.group().unwrap().sim.snapshot();
    assert_eq!(s.instances.iter().find(|i| i.outside).unwrap().target_state, TargetState::Draining);
    a.advance_to(a.now() + 3600);
    assert!(a.group().unwrap().sim.snapshot().instances.iter().all(|i| !i.outside), "gone after draining");
    // registered again, then terminated: gone from the group's engine too
    a.apply(&Action::RegisterTarget { target_group: "wordpress-tg".into(), instance: id.clone() }).unwrap();
    a.advance_to(a.now() + 300);
    assert_eq!(a.group().unwrap().sim.outside_targets().count(), 1, "healthy again: serving");
    a.apply(&Action::TerminateInstance(id)).unwrap();
    assert_eq!(a.group().unwrap().sim.outside_targets().count(), 0);
}

// §11 "Targets beside the group": like is compared with like
#[test]
fn a_fixed_fleet_compared_later_has_the_same_target_beside_it() {
    let mut a = through_step_5();
    a.advance_to(a.now() + 1800);
    let g = a.group_mut().unwrap();
    g.sim.add_shadow(ShadowSpec::Fixed { basis: Basis::Peak, n: Some(1) }).unwrap();
    let sh = g.sim.shadows()[0].sim();
    assert_eq!(sh.now(), g.sim.now());
    let outside: Vec<_> = sh.snapshot().instances.into_iter().filter(|i| i.outside).collect();
    assert_eq!(outside.len(), 1);
    assert_eq!(outside[0].id, g.sim.snapshot().instances.iter().find(|i| i.outside).unwrap().id);
    assert_eq!(sh.zones(), g.sim.zones());
}

// §11 "Auto Scaling group": the subnets chosen
#[test]
fn the_group_launches_only_into_the_chosen_subnets() {
    let mut a = through_step_5(); // "do it for me" chooses 2a and 2c
    a.apply(&Action::Engine(asg_engine::Command::SetCapacity { min: Some(4), max: Some(4), desired: Some(4) }))
        .unwrap();
    a.advance_to(a.now() + 600);
    let g = a.group().unwrap();
    let s = g.sim.snapshot();
    let names: Vec<String> = s.group_instances().map(|i| s.azs[i.az].name.clone()).collect();
    assert_eq!(names.len(), 4);
    assert!(names.iter().all(|n| n == "ap-northeast-2a" || n == "ap-northeast-2c"), "{names:?}");
    assert_eq!(names.iter().filter(|n| n.ends_with('c')).count(), 2, "balanced: {names:?}");
    for i in s.group_instances() {
        let private = a.addresses_of(&i.id.to_string()).unwrap().1;
        let third: u32 = private.split('.').nth(2).unwrap().parse().unwrap();
        let zone = if s.azs[i.az].name.ends_with('a') { 0 } else { 2 };
        assert_eq!(third / 16, zone, "{private} is in the subnet of {}", s.azs[i.az].name);
    }
}
