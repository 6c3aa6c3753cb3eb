//! A reason for every step that is not done, and the warnings (docs/aws-behaviour.md §11):
//! each read from the account's state.

use super::*;
use asg_engine::account::guide::StepState;
use asg_engine::catalog::Region;

fn has(gaps: &[Gap], f: impl Fn(&Gap) -> bool) -> bool {
    gaps.iter().any(f)
}

// §11 "Instances", "Security groups"
#[test]
fn step_2_says_what_is_missing_and_warns_of_what_breaks_later() {
    let mut a = Account::new(1);
    assert_eq!(a.step_gaps(Step::Launch), [Gap::NoInstance]);
    // launched without a key pair and without HTTP, in the wrong region
    a.apply(&Action::SetRegion(Region::UsEast1)).unwrap();
    let form = InstanceForm {
        key: None,
        new_group: Some(vec![Rule { port: 22, source: Source::MyIp }]),
        ..InstanceForm::assignment("k")
    };
    a.apply(&Action::RunInstance(form)).unwrap();
    let id = a.instances().next().unwrap().id.clone();
    let g = a.step_gaps(Step::Launch);
    assert!(has(&g, |x| *x == Gap::NotSeoul { id: id.clone(), region: Region::UsEast1 }), "{g:?}");
    assert!(has(&g, |x| *x == Gap::Booting { id: id.clone() }), "{g:?}");
    assert!(has(&g, |x| *x == Gap::NoKeyPair { id: id.clone() }), "{g:?}");
    assert!(has(&g, |x| *x == Gap::HttpClosed { id: id.clone() }), "{g:?}");
    assert!(g.iter().filter(|x| x.is_warning()).count() == 2, "{g:?}");
    // back in Seoul the table shows nothing of it; the gap says where it is
    a.apply(&Action::SetRegion(Region::ApNortheast2)).unwrap();
    assert_eq!(a.instances().count(), 0);
    let g = a.step_gaps(Step::Launch);
    assert!(has(&g, |x| *x == Gap::OtherRegion { region: Region::UsEast1, count: 2 }), "instance + its group: {g:?}");
}

// §11 "Load balancer": a target behind a closed security group times out
#[test]
fn step_3_names_the_unhealthy_target_and_why() {
    let mut a = Account::new(1);
    a.apply(&Action::CreateKeyPair("k".into())).unwrap();
    let form = InstanceForm {
        new_group: Some(vec![Rule { port: 22, source: Source::MyIp }]),
        ..InstanceForm::assignment("k")
    };
    a.apply(&Action::RunInstance(form)).unwrap();
    let id = a.instances().next().unwrap().id.clone();
    a.advance_to(120);
    assert_eq!(a.step_gaps(Step::LoadBalancer), [Gap::NoTargetGroup, Gap::NoLoadBalancer]);
    let sg = alb_sg(&mut a);
    a.apply(&Action::CreateTargetGroup { name: "tg".into(), port: 80, hc_path: "/".into(), register: vec![] }).unwrap();
    assert!(has(&a.step_gaps(Step::LoadBalancer), |x| matches!(x, Gap::NothingRegistered { .. })));
    a.apply(&Action::RegisterTarget { target_group: "tg".into(), instance: id.clone() }).unwrap();
    a.apply(&Action::CreateLoadBalancer(lb_form(vec![0, 1], sg))).unwrap();
    assert!(has(&a.step_gaps(Step::LoadBalancer), |x| matches!(x, Gap::Provisioning { .. })));
    a.advance_to(a.now() + 600);
    let g = a.step_gaps(Step::LoadBalancer);
    assert_eq!(
        g,
        [Gap::TargetNotHealthy { instance: id, health: Health::Unhealthy, reason: Some("Target.Timeout") }],
        "the instance's group has no port 80"
    );
}

// §11 "Images", "Auto Scaling group", "Targets beside the group"
#[test]
fn steps_4_and_5_say_what_is_missing_and_warn_of_the_step_2_instance() {
    let mut a = Account::new(2);
    a.do_through(Step::LoadBalancer).unwrap();
    a.advance_to(a.now() + 600);
    assert_eq!(a.step_gaps(Step::Image), [Gap::NoImage]);
    a.do_step(Step::Image).unwrap();
    assert!(matches!(a.step_gaps(Step::Image)[..], [Gap::ImagePending { .. }]));
    a.advance_to(a.now() + IMAGE_CREATE_S);
    assert_eq!(a.step_gaps(Step::Image), []);
    assert_eq!(a.step_gaps(Step::Group), [Gap::NoTemplate, Gap::NoGroup]);
    // the group made without its target group
    create_group_without_target_group(&mut a);
    a.advance_to(a.now() + 900);
    let g = a.step_gaps(Step::Group);
    assert_eq!(g, [Gap::GroupWithoutTargetGroup { group: "wordpress-asg".into() }], "no warning: nothing beside it");
    assert_ne!(a.step_state(Step::Group), StepState::Done);
}

#[test]
fn a_finished_step_5_still_warns_that_the_step_2_instance_serves_beside_the_group() {
    let mut a = Account::new(2);
    a.do_through(Step::Stress).unwrap();
    let wp = a.instances().next().unwrap().id.clone();
    assert_eq!(a.step_state(Step::Group), StepState::Done);
    let g = a.step_gaps(Step::Group);
    assert_eq!(g, [Gap::Step2InTargetGroup { instance: wp, target_group: "wordpress-tg".into() }]);
    assert!(g[0].is_warning());
}

// §11 "ssh and stress"
#[test]
fn step_6_says_where_stress_ran_and_what_comes_next() {
    let mut a = Account::new(3);
    a.do_through(Step::Group).unwrap();
    a.advance_to(a.now() + 900);
    assert_eq!(a.step_gaps(Step::Stress), [Gap::NotStressed]);
    let wp = a.instances().next().unwrap().id.clone();
    a.apply(&Action::Stress { instance: wp.clone(), duration_s: 600, workers: 1 }).unwrap();
    assert_eq!(a.step_gaps(Step::Stress), [Gap::StressedOutsideGroup { id: wp }, Gap::NotStressed]);
    a.do_step(Step::Stress).unwrap();
    let since = a.now();
    assert_eq!(a.step_gaps(Step::Stress), [Gap::AwaitingScaleOut { since }]);
    a.advance_to(a.now() + 1200);
    assert_eq!(a.step_state(Step::Stress), StepState::Done);
    assert_eq!(a.step_gaps(Step::Stress), []);
}

// §11 "Clean-up": a snapshot left behind still bills, and says so
#[test]
fn step_7_lists_what_still_bills_with_its_price() {
    let mut a = Account::new(4);
    a.do_through(Step::Stress).unwrap();
    a.advance_to(a.now() + 1200);
    assert_eq!(a.step_state(Step::CleanUp), StepState::ToDo);
    let before = a.step_gaps(Step::CleanUp);
    assert!(has(&before, |x| matches!(x, Gap::StillBilling { kind: Billable::Group, .. })), "{before:?}");
    a.do_through(Step::CleanUp).unwrap();
    assert_eq!(a.step_state(Step::CleanUp), StepState::Done);
    assert_eq!(a.step_gaps(Step::CleanUp), []);
}

#[test]
fn a_snapshot_left_at_clean_up_is_named_with_its_monthly_price() {
    let mut a = Account::new(4);
    a.do_through(Step::Stress).unwrap();
    a.advance_to(a.now() + 1200);
    let snap = a.snapshots().next().unwrap().id.clone();
    let steps: Vec<Action> = a.cleanup_actions();
    for x in steps.iter().filter(|x| !matches!(x, Action::DeleteSnapshot(_))) {
        let _ = a.apply(x);
    }
    for _ in 0..20 {
        a.advance_to(a.now() + 60);
        for x in a.cleanup_actions().iter().filter(|x| !matches!(x, Action::DeleteSnapshot(_))) {
            let _ = a.apply(x);
        }
    }
    let g = a.step_gaps(Step::CleanUp);
    let [Gap::StillBilling { kind: Billable::Snapshot, id, region: Region::ApNortheast2, per_month_usd }] = &g[..]
    else {
        panic!("{g:?}")
    };
    assert_eq!(id, &snap);
    assert!((per_month_usd - 8.0 * 0.05).abs() < 0.05, "8 GiB: about $0.40/month, got {per_month_usd}");
}
