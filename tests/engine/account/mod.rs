//! The guided lab's account (`crates/engine/src/account/`): each AWS rule and message it enforces, its
//! timing and billing, and the whole assignment through "do this step for me"
//! (docs/aws-behaviour.md §11).

use asg_engine::account::*;

pub fn err(r: Result<(), AccountError>) -> AccountError {
    r.expect_err("AWS refuses this")
}

/// An account with a key pair and a running Bitnami WordPress t2.micro (the assignment's
/// step 2), advanced until its web server answers.
pub fn with_instance() -> (Account, String) {
    let mut a = Account::new(1);
    a.apply(&Action::CreateKeyPair("k".into())).unwrap();
    a.apply(&Action::RunInstance(InstanceForm::assignment("k"))).unwrap();
    let id = a.instances().next().unwrap().id.clone();
    a.advance_to(120);
    (a, id)
}

/// `with_instance` plus a target group holding it and an ALB (two AZs) forwarding to it.
pub fn with_alb() -> (Account, String) {
    let (mut a, id) = with_instance();
    let sg = alb_sg(&mut a);
    a.apply(&Action::CreateTargetGroup {
        name: "tg".into(),
        port: 80,
        hc_path: "/".into(),
        register: vec![id.clone()],
    })
    .unwrap();
    a.apply(&Action::CreateLoadBalancer(lb_form(vec![0, 1], sg))).unwrap();
    (a, id)
}

pub fn alb_sg(a: &mut Account) -> String {
    a.apply(&Action::CreateSecurityGroup {
        name: "alb-sg".into(),
        description: String::new(),
        rules: vec![Rule { port: 80, source: Source::Anywhere }],
    })
    .unwrap();
    a.security_groups().find(|g| g.name == "alb-sg").unwrap().id.clone()
}

pub fn lb_form(azs: Vec<u32>, sg: String) -> LoadBalancerForm {
    LoadBalancerForm {
        name: "alb".into(),
        internet_facing: true,
        azs,
        groups: vec![sg],
        port: 80,
        target_group: "tg".into(),
    }
}

/// Step 5's actions as "do it for me" would submit them, but the group made without its
/// target group (a learner's mistake), applied now.
pub fn create_group_without_target_group(a: &mut Account) {
    let mut acts = a.step_actions(Step::Group).unwrap();
    for x in &mut acts {
        if let Action::CreateGroup(f) = x {
            f.target_group = None;
        }
    }
    for x in &acts {
        a.apply(x).unwrap();
    }
}

pub fn target(a: &Account, tg: &str) -> Target {
    a.target_groups().find(|g| g.name == tg).unwrap().targets[0].clone()
}

mod beside;
mod cli;
mod ec2;
mod elb;
mod fixes;
mod gaps;
mod group;
mod images;
mod names_keys;
mod progress;
mod report;
mod terminal;
