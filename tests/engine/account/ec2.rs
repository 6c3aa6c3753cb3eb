//! Instances and security groups (docs/aws-behaviour.md §11).

use super::*;
use asg_engine::account::guide::StepState;
use asg_engine::catalog::{InstanceType, Region};

// ---- §11 "Instances" ----

#[test]
fn an_instance_boots_bills_from_running_and_gets_a_launch_wizard_group() {
    let mut a = Account::new(3);
    a.apply(&Action::CreateKeyPair("k".into())).unwrap();
    a.apply(&Action::RunInstance(InstanceForm::assignment("k"))).unwrap();
    let i = a.instances().next().unwrap().clone();
    assert_eq!((i.state, i.itype), (InstanceState::Pending, InstanceType::T2Micro));
    assert!(i.id.starts_with("i-0") && i.id.len() == 19, "{}", i.id);
    assert!(i.public_ip.is_some());
    let sg = a.security_groups().find(|g| g.name == "launch-wizard-1").expect("the wizard's group");
    assert!(sg.admits(22, true, &[]) && !sg.admits(22, false, &[]), "SSH from My IP only");
    assert!(sg.admits(80, false, &[]), "HTTP from anywhere");
    a.advance_to(29);
    assert_eq!(a.instances().next().unwrap().state, InstanceState::Pending);
    a.advance_to(30);
    assert_eq!(a.instances().next().unwrap().state, InstanceState::Running);
    assert_eq!(a.step_state(Step::Launch), StepState::Done);
    // an hour later: an hour of t2.micro, plus the address and the volume from launch
    a.advance_to(3630);
    let line = a.bill().into_iter().find(|l| l.kind == Billable::Instance).unwrap();
    let expected = 0.0144 + 0.005 * 3630.0 / 3600.0 + 8.0 * 0.0912 / 730.0 * 3630.0 / 3600.0;
    assert!((line.so_far_usd - expected).abs() < 1e-9, "{} vs {expected}", line.so_far_usd);
    assert!((line.per_month_usd() - (0.0144 + 0.005 + 8.0 * 0.0912 / 730.0) * 730.0).abs() < 1e-9);
}

#[test]
fn resources_of_another_region_are_not_listed() {
    let mut a = Account::new(1);
    a.apply(&Action::SetRegion(Region::UsEast1)).unwrap();
    a.apply(&Action::CreateKeyPair("k".into())).unwrap();
    a.apply(&Action::RunInstance(InstanceForm::assignment("k"))).unwrap();
    assert_eq!(a.instances().count(), 1);
    a.apply(&Action::SetRegion(Region::ApNortheast2)).unwrap();
    assert_eq!((a.instances().count(), a.key_pairs().count()), (0, 0));
    let e = err(a.apply(&Action::RunInstance(InstanceForm::assignment("k"))));
    assert_eq!(e.to_string(), "InvalidKeyPair.NotFound: The key pair 'k' does not exist");
    a.advance_to(60);
    assert_eq!(a.step_state(Step::Launch), StepState::Started, "the assignment's instance is in Seoul");
    assert_eq!(a.bill().len(), 1, "it bills all the same");
}

// ---- §11 "Security groups" ----

#[test]
fn a_security_group_in_use_or_the_default_cannot_be_deleted() {
    let (mut a, id) = with_instance();
    let default = a.security_groups().find(|g| g.is_default).unwrap().id.clone();
    let e = err(a.apply(&Action::DeleteSecurityGroup(default.clone())));
    assert_eq!(
        e.to_string(),
        format!("CannotDelete: the specified group: \"{default}\" name: \"default\" cannot be deleted by a user")
    );
    let wiz = a.security_groups().find(|g| g.name == "launch-wizard-1").unwrap().id.clone();
    let e = err(a.apply(&Action::DeleteSecurityGroup(wiz.clone())));
    assert_eq!(e.to_string(), format!("DependencyViolation: resource {wiz} has a dependent object"));
    a.apply(&Action::TerminateInstance(id)).unwrap();
    assert!(a.apply(&Action::DeleteSecurityGroup(wiz.clone())).is_err(), "shutting-down still holds it");
    a.advance_to(a.now() + SHUTDOWN_S);
    a.apply(&Action::DeleteSecurityGroup(wiz)).unwrap();
}
