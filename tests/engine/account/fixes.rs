//! Mistakes fixed in place, as the console allows: inbound rules, targets, the group's target
//! group (docs/aws-behaviour.md §11 "Security groups", "Load balancer", "Auto Scaling group").

use super::*;
use asg_engine::account::guide::StepState;
use asg_engine::TargetState;

fn wizard_sg(a: &Account) -> String {
    a.security_groups().find(|g| g.name == "launch-wizard-1").unwrap().id.clone()
}

const HTTP: Rule = Rule { port: 80, source: Source::Anywhere };

// §11 "Security groups": a rule revoked closes the port at the next health check; adding it
// back opens it, with no resource deleted
#[test]
fn revoking_and_adding_back_http_turns_the_target_unhealthy_then_healthy() {
    let (mut a, _) = with_alb();
    a.advance_to(a.now() + 600);
    assert_eq!(target(&a, "tg").health, Health::Healthy);
    let sg = wizard_sg(&a);
    a.apply(&Action::RevokeRule { group: sg.clone(), rule: HTTP }).unwrap();
    let e = err(a.apply(&Action::RevokeRule { group: sg.clone(), rule: HTTP }));
    assert_eq!(e.to_string(), "InvalidPermission.NotFound: The specified rule does not exist in this security group.");
    a.advance_to(a.now() + 120);
    let x = target(&a, "tg");
    assert_eq!((x.health, x.reason), (Health::Unhealthy, Some("Target.Timeout")));
    assert!(a.step_gaps(Step::Launch).contains(&Gap::HttpClosed { id: x.instance.clone() }));
    a.apply(&Action::AddRule { group: sg, rule: HTTP }).unwrap();
    a.advance_to(a.now() + 300);
    assert_eq!(target(&a, "tg").health, Health::Healthy);
    assert!(a.step_gaps(Step::Launch).is_empty());
}

// §11 "Auto Scaling group": a group made without its target group is attached afterwards
#[test]
fn a_group_made_without_its_target_group_is_attached_in_place() {
    let mut a = Account::new(5);
    a.do_through(Step::Image).unwrap();
    a.advance_to(a.now() + IMAGE_CREATE_S);
    create_group_without_target_group(&mut a);
    a.advance_to(a.now() + 900);
    let g = a.group().unwrap();
    assert!(!g.sim.attached());
    assert!(g.sim.snapshot().group_instances().all(|i| i.target_state == TargetState::Unused));
    let wp_served = g.sim.snapshot().instances.iter().find(|i| i.outside).map(|i| i.served_rps);
    assert!(wp_served.is_some_and(|r| r > 0.0), "the load balancer's traffic goes to its one target");
    assert_ne!(a.step_state(Step::Group), StepState::Done);
    // AWS's refusals
    let e = err(a.apply(&Action::AttachTargetGroup { group: "wordpress-asg".into(), target_group: "nope".into() }));
    assert_eq!(e.error.code, "ValidationError");
    let e =
        err(a.apply(&Action::DetachTargetGroup { group: "wordpress-asg".into(), target_group: "wordpress-tg".into() }));
    assert_eq!(e.to_string(), "ValidationError: Trying to remove Target Groups that are not part of the group");
    let e = err(a.apply(&Action::AttachTargetGroup { group: "other".into(), target_group: "wordpress-tg".into() }));
    assert_eq!(e.to_string(), "ValidationError: AutoScalingGroup name not found - AutoScalingGroup other not found");
    // attached: its instance registers, passes its checks and serves; step 5 is done
    a.apply(&Action::AttachTargetGroup { group: "wordpress-asg".into(), target_group: "wordpress-tg".into() }).unwrap();
    a.advance_to(a.now() + 300);
    assert!(a.group().unwrap().sim.attached());
    assert_eq!(a.step_state(Step::Group), StepState::Done);
    assert!(a.step_gaps(Step::Group).iter().all(Gap::is_warning));
    // detached again: its instances drain and get no more requests
    a.apply(&Action::DetachTargetGroup { group: "wordpress-asg".into(), target_group: "wordpress-tg".into() }).unwrap();
    let s = a.group().unwrap().sim.snapshot();
    assert!(s.group_instances().all(|i| matches!(i.target_state, TargetState::Draining | TargetState::Unused)));
    a.advance_to(a.now() + 600);
    let s = a.group().unwrap().sim.snapshot();
    assert!(s.group_instances().all(|i| i.target_state == TargetState::Unused && i.served_rps == 0.0));
}

// §11 "Targets beside the group": deregistered and registered again by hand
#[test]
fn the_step_2_instance_is_deregistered_and_registered_in_place() {
    let mut a = Account::new(6);
    a.do_through(Step::Stress).unwrap();
    let wp = a.instances().next().unwrap().id.clone();
    a.apply(&Action::DeregisterTarget { target_group: "wordpress-tg".into(), instance: wp.clone() }).unwrap();
    a.advance_to(a.now() + 400);
    assert!(a.step_gaps(Step::Group).is_empty(), "no warning left: {:?}", a.step_gaps(Step::Group));
    let e = err(a.apply(&Action::DeregisterTarget { target_group: "wordpress-tg".into(), instance: wp.clone() }));
    assert!(!e.error.code.is_empty());
    a.apply(&Action::RegisterTarget { target_group: "wordpress-tg".into(), instance: wp }).unwrap();
    assert!(matches!(a.step_gaps(Step::Group)[..], [Gap::Step2InTargetGroup { .. }]));
}

// §11 "Auto Scaling group": the group's Edit page, capacity and subnets, in place
#[test]
fn the_groups_capacity_and_subnets_are_edited_in_place() {
    let mut a = Account::new(8);
    a.do_through(Step::Group).unwrap();
    let name = "wordpress-asg".to_string();
    let up =
        |min, max, desired, azs: Option<Vec<u32>>| Action::UpdateGroup { group: name.clone(), min, max, desired, azs };
    // min = max so that the policy does not scale in meanwhile
    a.apply(&up(Some(4), Some(4), Some(4), None)).unwrap();
    a.advance_to(a.now() + 600);
    let zone_names = |a: &Account| {
        let s = a.group().unwrap().sim.snapshot();
        let mut v: Vec<String> = s
            .group_instances()
            .filter(|i| i.lifecycle == asg_engine::LifecycleState::InService)
            .map(|i| s.azs[i.az].name.clone())
            .collect();
        v.sort();
        v
    };
    assert_eq!(zone_names(&a), ["ap-northeast-2a", "ap-northeast-2a", "ap-northeast-2c", "ap-northeast-2c"]);
    // AWS's refusals, and nothing changes
    let e = err(a.apply(&up(Some(5), None, None, None)));
    assert_eq!(e.to_string(), "ValidationError: Max bound, 4, must be greater than or equal to min bound, 5");
    assert_eq!(e.field, Some("capacity"));
    let e = err(a.apply(&up(None, None, None, Some(vec![]))));
    assert_eq!((e.field, e.error.code), (Some("subnets"), "ValidationError"));
    let e = err(a.apply(&up(None, None, None, Some(vec![9]))));
    assert_eq!(e.field, Some("subnets"));
    // 2c swapped for 2b: its instances are replaced in the group's AZs
    a.apply(&up(None, None, None, Some(vec![0, 1]))).unwrap();
    let s = a.group().unwrap().sim.snapshot();
    assert_eq!(s.desired, 4);
    a.advance_to(a.now() + 900);
    assert_eq!(zone_names(&a), ["ap-northeast-2a", "ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2b"]);
    let text = sh_groups(&mut a);
    assert!(text.contains("\"ap-northeast-2b\"") && !text.contains("\"ap-northeast-2c\""), "{text}");
}

fn sh_groups(a: &mut Account) -> String {
    let n = a.terminal.lines.len();
    a.apply(&Action::Shell("aws autoscaling describe-auto-scaling-groups".into())).unwrap();
    a.terminal.lines[n..].join("\n")
}
