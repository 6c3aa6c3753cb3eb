//! Carries out one [`Action`] at the account's now: each request goes to the file of its
//! service (EC2, load balancing, images, the group, the terminal).

use super::actions::{Action, LoadBalancerForm};
use super::guide::StepState;
use super::{ec2, elb, group, images, stress, terminal, Account, AccountError, Event, Step};

/// Apply `a` at the account's now; the group's launches then fail if `a` deleted what its
/// launch template needs (or work again if it came back), and its engine learns of the
/// targets registered beside it.
pub(super) fn apply(acc: &mut Account, a: &Action) -> Result<(), AccountError> {
    // terminating one of the group's instances is scaling, not cleaning up
    let cleans = a.deletes() && !matches!(a, Action::TerminateInstance(id) if acc.instance(id).is_none());
    let r = apply_one(acc, a);
    if r.is_ok() && cleans && acc.step_state(Step::Group) == StepState::Done {
        acc.record(Event::CleanUpBegun);
    }
    if acc.group.is_some() {
        group::check_launches(acc);
        super::beside::sync(acc); // a target registered, deregistered or gone: at once
    }
    r
}

fn apply_one(acc: &mut Account, a: &Action) -> Result<(), AccountError> {
    match a {
        Action::ReadWhy => {
            acc.record(Event::ReadWhy);
            Ok(())
        }
        Action::SetRegion(r) => {
            acc.region = *r;
            Ok(())
        }
        Action::CreateKeyPair(name) => {
            ec2::create_key_pair(acc, name)?;
            acc.terminal.download(name);
            Ok(())
        }
        Action::Shell(line) => {
            terminal::input(acc, line);
            Ok(())
        }
        Action::DeleteKeyPair(name) => ec2::delete_key_pair(acc, name),
        Action::CreateSecurityGroup { name, description, rules } => {
            ec2::create_security_group(acc, name, description, rules.clone()).map(|_| ())
        }
        Action::AddRule { group, rule } => ec2::add_rule(acc, group, rule.clone()),
        Action::RevokeRule { group, rule } => ec2::revoke_rule(acc, group, rule),
        Action::DeleteSecurityGroup(id) => ec2::delete_security_group(acc, id),
        Action::RunInstance(f) => ec2::run_instance(acc, f).map(|_| ()),
        Action::TerminateInstance(id) => {
            if acc.instance(id).is_some() {
                ec2::terminate(acc, id)
            } else {
                group::terminate(acc, id)
            }
        }
        Action::Stress { instance, duration_s, workers } => stress::stress(acc, instance, *duration_s, *workers),
        Action::CreateTargetGroup { name, port, hc_path, register } => {
            elb::create_target_group(acc, name, *port, hc_path, register)
        }
        Action::RegisterTarget { target_group, instance } => elb::register(acc, target_group, instance),
        Action::DeregisterTarget { target_group, instance } => elb::deregister(acc, target_group, instance),
        Action::DeleteTargetGroup(name) => elb::delete_target_group(acc, name),
        Action::CreateLoadBalancer(f) => {
            let f = LoadBalancerForm { groups: resolve_groups(acc, &f.groups), ..f.clone() };
            elb::create_load_balancer(acc, &f)
        }
        Action::DeleteLoadBalancer(name) => elb::delete_load_balancer(acc, name),
        Action::CreateImage { instance, name, no_reboot } => images::create_image(acc, instance, name, *no_reboot),
        Action::DeregisterImage(id) => images::deregister(acc, id),
        Action::DeleteSnapshot(id) => images::delete_snapshot(acc, id),
        Action::CreateLaunchTemplate(f) => images::create_template(acc, f),
        Action::DeleteLaunchTemplate(name) => images::delete_template(acc, name),
        Action::CreateGroup(f) => group::create(acc, f),
        Action::DeleteGroup(name) => group::delete(acc, name),
        Action::UpdateGroup { group: g, min, max, desired, azs } => {
            group::update(acc, g, (*min, *max, *desired), azs.as_deref())
        }
        Action::AttachTargetGroup { group: g, target_group } => group::attach(acc, g, target_group),
        Action::DetachTargetGroup { group: g, target_group } => group::detach(acc, g, target_group),
        Action::Engine(cmd) => group::engine(acc, cmd.clone()),
    }
}

/// Security groups named `@name` (created earlier in the same batch of "do it for me"
/// actions) as their ids; others as given.
fn resolve_groups(acc: &Account, groups: &[String]) -> Vec<String> {
    groups
        .iter()
        .map(|g| match g.strip_prefix('@') {
            Some(name) => acc.security_groups().find(|x| x.name == name).map_or_else(|| g.clone(), |x| x.id.clone()),
            None => g.clone(),
        })
        .collect()
}
