//! The Auto Scaling group, clean-up and the whole assignment (docs/aws-behaviour.md §11).

use super::*;
use asg_engine::account::guide::StepState;
use asg_engine::account::LabRefusal;
use asg_engine::catalog::InstanceType;
use asg_engine::LifecycleState;

// ---- §11 "Auto Scaling group" ----

fn group_form() -> GroupForm {
    GroupForm {
        name: "asg".into(),
        template: "wp-template".into(),
        version: None,
        azs: vec![0, 1],
        target_group: Some("tg".into()),
        elb_health: true,
        grace_s: 300,
        desired: 1,
        min: 1,
        max: 3,
        cpu_target: Some((50.0, 300)),
    }
}

fn with_template() -> (Account, String) {
    let (mut a, id) = with_alb();
    a.apply(&Action::CreateImage { instance: id.clone(), name: "wp-ami".into(), no_reboot: true }).unwrap();
    let ami = a.images().next().unwrap().id.clone();
    let groups = a.instances().next().unwrap().groups.clone();
    a.apply(&Action::CreateLaunchTemplate(TemplateForm {
        name: "wp-template".into(),
        image: ImageRef::Own(ami),
        itype: InstanceType::T2Micro,
        key: Some("k".into()),
        groups,
        detailed_monitoring: true,
    }))
    .unwrap();
    (a, id)
}

#[test]
fn a_group_needs_an_available_image_and_valid_capacity() {
    let (mut a, _) = with_template();
    let e = err(a.apply(&Action::CreateGroup(group_form())));
    assert_eq!((e.field, e.error.code), (Some("template"), "InvalidAMIID.Unavailable"));
    a.advance_to(a.now() + IMAGE_CREATE_S);
    let mut f = group_form();
    (f.min, f.max) = (3, 1);
    let e = err(a.apply(&Action::CreateGroup(f)));
    assert_eq!(e.to_string(), "ValidationError: Max bound, 1, must be greater than or equal to min bound, 3");
    let mut f = group_form();
    f.template = "nope".into();
    assert_eq!(err(a.apply(&Action::CreateGroup(f))).field, Some("template"));
    a.apply(&Action::CreateGroup(group_form())).unwrap();
    let e = err(a.apply(&Action::CreateGroup(group_form())));
    assert_eq!(
        e.to_string(),
        "AlreadyExists: AutoScalingGroup by this name already exists - A group with the name asg already exists"
    );
    // [EST] the lab's own rule: one group per account, refused in the lab's words
    let mut f = group_form();
    f.name = "asg-2".into();
    let e = err(a.apply(&Action::CreateGroup(f)));
    assert_eq!((e.error.code, e.lab), ("LimitExceeded", Some(LabRefusal::OneGroup)));
    assert_eq!(e.to_string(), "LimitExceeded: The lab's account holds one Auto Scaling group: delete it first.");
}

#[test]
fn the_group_serves_scales_under_stress_is_replaced_and_is_deleted_with_its_instances() {
    let (mut a, _) = with_template();
    a.advance_to(a.now() + IMAGE_CREATE_S);
    a.apply(&Action::CreateGroup(group_form())).unwrap();
    let created = a.now();
    a.advance_to(created + 600);
    assert_eq!(a.step_state(Step::Group), StepState::Done);
    let sim = &a.group().unwrap().sim;
    assert_eq!(sim.snapshot().desired, 1, "nothing loads the group before stress");
    let first = sim.snapshot().group_instances().next().unwrap().id.to_string();
    let wiz = a.security_groups().find(|g| g.name == "launch-wizard-1").unwrap().id.clone();
    let e = err(a.apply(&Action::DeleteSecurityGroup(wiz)));
    assert_eq!(e.error.code, "DependencyViolation", "the group's instances use it");
    // step 6: stress the group's instance; target tracking at 50 % adds instances
    a.apply(&Action::Stress { instance: first.clone(), duration_s: 600, workers: 1 }).unwrap();
    a.advance_to(a.now() + 600);
    assert_eq!(a.step_state(Step::Stress), StepState::Done);
    assert!(a.group().unwrap().sim.snapshot().desired >= 2);
    // terminated from the EC2 console: replaced
    a.apply(&Action::TerminateInstance(first.clone())).unwrap();
    a.advance_to(a.now() + 300);
    let s = a.group().unwrap().sim.snapshot();
    assert!(s.instances.iter().filter(|i| i.lifecycle == LifecycleState::InService).count() >= 1);
    assert!(s.instances.iter().all(|i| i.id.to_string() != first || i.lifecycle == LifecycleState::Terminated));
    // delete: capacity 0, the instances terminate, the group goes
    a.apply(&Action::DeleteGroup("asg".into())).unwrap();
    assert!(a.group().is_some(), "deleting: its instances are still terminating");
    a.advance_to(a.now() + 900);
    assert!(a.group().is_none());
    assert!(a.bill().iter().all(|l| l.kind != Billable::Group));
}

// ---- §11 "Clean-up" and the whole assignment ----

#[test]
fn do_it_for_me_runs_the_whole_assignment_and_cleans_up_to_nothing_billable() {
    let mut a = Account::new(20261201);
    for n in Step::Stress.before() {
        a.do_step(n).unwrap_or_else(|e| panic!("step {n:?}: {e}"));
        a.advance_to(a.now() + 600);
        assert_eq!(a.step_state(n), StepState::Done, "step {n:?}");
    }
    a.do_step(Step::Stress).unwrap();
    a.advance_to(a.now() + 900);
    assert_eq!(a.step_state(Step::Stress), StepState::Done);
    assert!(a.per_month_usd() > 20.0, "an ALB and instances left running: {}", a.per_month_usd());
    // docs/aws-behaviour.md §11 "Clean-up": step 7 has not begun until something is deleted
    assert_eq!(a.step_state(Step::CleanUp), StepState::ToDo, "nothing deleted yet");
    // step 7 takes two passes: the group first has to finish terminating its instances
    a.do_step(Step::CleanUp).unwrap();
    assert_eq!(a.step_state(Step::CleanUp), StepState::Started);
    a.advance_to(a.now() + 900);
    a.do_step(Step::CleanUp).unwrap();
    a.advance_to(a.now() + SHUTDOWN_S);
    assert!(!a.anything_billable(), "{:?}", a.bill());
    assert_eq!(a.per_month_usd(), 0.0);
    assert_eq!(a.step_state(Step::CleanUp), StepState::Done);
    assert_eq!(a.current_step(), None);
}

#[test]
fn the_same_seed_and_actions_give_the_same_account() {
    let run = || {
        let mut a = Account::new(9);
        for n in Step::Stress.before() {
            a.do_step(n).unwrap();
            a.advance_to(a.now() + 600);
        }
        let ids: Vec<String> = a.instances().map(|i| i.id.clone()).chain(a.images().map(|i| i.id.clone())).collect();
        let dns: Vec<String> = a.load_balancers().map(|l| l.dns.clone()).collect();
        (ids, dns, a.group().unwrap().sim.snapshot().group_instances().map(|i| i.id.to_string()).collect::<Vec<_>>())
    };
    assert_eq!(run(), run());
}

#[test]
fn one_click_on_step_six_does_steps_one_to_five_first_and_one_on_seven_cleans_up() {
    let mut a = Account::new(31);
    let done = a.do_through(Step::Stress).unwrap();
    for n in Step::Stress.before() {
        assert_eq!(a.step_state(n), StepState::Done, "step {n:?}");
    }
    assert!(matches!(done.last(), Some((_, Action::Stress { .. }))), "{:?}", done.last());
    a.advance_to(a.now() + 900);
    assert_eq!(a.step_state(Step::Stress), StepState::Done);
    a.do_through(Step::CleanUp).unwrap();
    assert!(!a.anything_billable(), "{:?}", a.bill());
    a.advance_to(a.now() + 60);
    assert_eq!(a.step_state(Step::CleanUp), StepState::Done);
    assert_eq!(a.key_pairs().count() + a.security_groups().filter(|g| !g.is_default).count(), 0);
}

// §11 "Auto Scaling group": deleting what the launch template needs is accepted and breaks
// later — the group's next launch fails with EC2's message, and retries until it is back.
#[test]
fn deregistering_the_groups_ami_makes_its_replacement_launch_fail() {
    let mut a = Account::new(41);
    a.do_through(Step::Group).unwrap();
    a.advance_to(a.now() + 600);
    assert_eq!(a.step_state(Step::Group), StepState::Done);
    let ami = a.images().next().unwrap().id.clone();
    a.apply(&Action::DeregisterImage(ami.clone())).unwrap();
    let first = a.group().unwrap().sim.snapshot().group_instances().next().unwrap().id.to_string();
    a.apply(&Action::TerminateInstance(first)).unwrap();
    a.advance_to(a.now() + 600);
    let sim = &a.group().unwrap().sim;
    let failed: Vec<&str> = sim
        .activities()
        .filter(|x| x.status == asg_engine::ActivityStatus::Failed)
        .map(|x| x.description.as_str())
        .collect();
    let expected = format!(
        "Launching a new EC2 instance.  Status Reason: The image id '[{ami}]' does not exist. Launching EC2 instance failed."
    );
    assert!(failed.iter().any(|d| *d == expected), "{failed:?}");
    assert!(sim.snapshot().group_instances().all(|i| i.lifecycle != LifecycleState::InService), "nothing replaced it");
    // then the learner deletes the template: the message follows what is missing
    a.apply(&Action::DeleteLaunchTemplate(asg_engine::account::guide::names::TEMPLATE.into())).unwrap();
    a.advance_to(a.now() + 300);
    let failed: Vec<String> = a
        .group()
        .unwrap()
        .sim
        .activities()
        .filter(|x| x.status == asg_engine::ActivityStatus::Failed)
        .map(|x| x.description.clone())
        .collect();
    assert!(
        failed.iter().any(|d| d.contains("The specified launch template, with template name wordpress-template, does not exist")),
        "{failed:?}"
    );
}

// docs/aws-behaviour.md §11 "Auto Scaling group": instance ids and addresses are never reused
// within an account, so a group made after a deleted one gets new ones.
#[test]
fn a_group_made_after_a_deleted_one_reuses_no_instance_id_or_address() {
    let (mut a, _) = with_template();
    a.advance_to(a.now() + IMAGE_CREATE_S);
    a.apply(&Action::CreateGroup(group_form())).unwrap();
    a.advance_to(a.now() + 600);
    let ids =
        |a: &Account| a.group().unwrap().sim.snapshot().group_instances().map(|i| i.id.to_string()).collect::<Vec<_>>();
    let first = ids(&a);
    assert!(!first.is_empty());
    let addresses: Vec<_> = first.iter().map(|id| a.addresses_of(id).unwrap()).collect();
    a.apply(&Action::DeleteGroup("asg".into())).unwrap();
    a.advance_to(a.now() + 900);
    assert!(a.group().is_none());
    a.apply(&Action::CreateGroup(group_form())).unwrap();
    a.advance_to(a.now() + 600);
    let second = ids(&a);
    assert!(!second.is_empty());
    for id in &second {
        assert!(!first.contains(id), "{id} was the deleted group's");
        let ad = a.addresses_of(id).unwrap();
        assert!(addresses.iter().all(|old| old.0 != ad.0 && old.1 != ad.1), "{ad:?} was the deleted group's");
    }
}

// docs/aws-behaviour.md §11 "Clean-up": a deletion begins step 7; terminating one of the
// group's instances (scaling it, as step 6 may) does not.
#[test]
fn clean_up_begins_with_a_deletion_not_with_a_group_instance_terminated() {
    let mut a = Account::new(11);
    a.do_through(Step::Group).unwrap();
    a.advance_to(a.now() + 900);
    assert_eq!(a.step_state(Step::Group), StepState::Done);
    assert_eq!(a.step_state(Step::CleanUp), StepState::ToDo);
    let member = a.group().unwrap().sim.snapshot().group_instances().next().unwrap().id.to_string();
    a.apply(&Action::TerminateInstance(member)).unwrap();
    assert_eq!(a.step_state(Step::CleanUp), StepState::ToDo, "a group instance terminated is scaling");
    let wiz = a.security_groups().find(|g| g.name == "launch-wizard-1").unwrap().id.clone();
    let refused = err(a.apply(&Action::DeleteSecurityGroup(wiz)));
    assert_eq!(refused.error.code, "DependencyViolation");
    assert_eq!(a.step_state(Step::CleanUp), StepState::ToDo, "a refused deletion deletes nothing");
    let key = a.key_pairs().next().unwrap().name.clone();
    a.apply(&Action::DeleteKeyPair(key)).unwrap();
    assert_eq!(a.step_state(Step::CleanUp), StepState::Started);
}
