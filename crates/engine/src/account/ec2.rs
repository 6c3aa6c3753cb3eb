//! EC2: key pairs, security groups, and instances launched from the wizard (step 2),
//! terminated in step 7 (docs/aws-behaviour.md §11 "Instances", "Key pairs",
//! "Security groups").

use super::actions::InstanceForm;
use super::resources::*;
use super::{names, Account, AccountError, Event, SHUTDOWN_S};
use crate::catalog::{InstanceType, Region};

pub(super) fn create_key_pair(acc: &mut Account, name: &str) -> Result<(), AccountError> {
    names::key_pair(name)?;
    if acc.key_pairs().any(|k| k.name == name) {
        return Err(AccountError::field(
            "name",
            "InvalidKeyPair.Duplicate",
            format!("The keypair '{name}' already exists."),
        ));
    }
    let id = acc.new_id("key");
    acc.keys.push(KeyPair { id, name: name.into(), region: acc.region, created_at: acc.now() });
    Ok(())
}

pub(super) fn delete_key_pair(acc: &mut Account, name: &str) -> Result<(), AccountError> {
    // deleting a key pair never fails, even when instances were launched with it
    let region = acc.region;
    acc.keys.retain(|k| !(k.name == name && k.region == region));
    Ok(())
}

pub(super) fn create_security_group(
    acc: &mut Account,
    name: &str,
    description: &str,
    rules: Vec<Rule>,
) -> Result<String, AccountError> {
    names::security_group(name)?;
    if acc.security_groups().any(|g| g.name == name) {
        return Err(AccountError::field(
            "name",
            "InvalidGroup.Duplicate",
            format!("The security group '{name}' already exists for VPC '{}'", vpc_id(acc.region)),
        ));
    }
    let id = acc.new_id("sg");
    acc.sgs.push(SecurityGroup {
        id: id.clone(),
        name: name.into(),
        description: if description.is_empty() { name.into() } else { description.into() },
        rules,
        region: acc.region,
        is_default: false,
        created_at: acc.now(),
    });
    Ok(id)
}

pub(super) fn add_rule(acc: &mut Account, group: &str, rule: Rule) -> Result<(), AccountError> {
    let region = acc.region;
    let g = acc.sgs.iter_mut().find(|g| g.id == group && g.region == region).ok_or_else(|| no_group(group))?;
    if g.rules.contains(&rule) {
        return Err(AccountError::whole(
            "InvalidPermission.Duplicate",
            format!(
                "the specified rule \"peer: {}, TCP, from port: {p}, to port: {p}, ALLOW\" already exists",
                rule.source.label(),
                p = rule.port
            ),
        ));
    }
    g.rules.push(rule);
    Ok(())
}

/// RevokeSecurityGroupIngress: remove one inbound rule (docs/aws-behaviour.md §11 "Security
/// groups"); the load balancer's next health check sees it.
pub(super) fn revoke_rule(acc: &mut Account, group: &str, rule: &Rule) -> Result<(), AccountError> {
    let region = acc.region;
    let g = acc.sgs.iter_mut().find(|g| g.id == group && g.region == region).ok_or_else(|| no_group(group))?;
    let Some(k) = g.rules.iter().position(|r| r == rule) else {
        return Err(AccountError::whole(
            "InvalidPermission.NotFound",
            "The specified rule does not exist in this security group.",
        ));
    };
    g.rules.remove(k);
    Ok(())
}

fn no_group(id: &str) -> AccountError {
    AccountError::whole("InvalidGroup.NotFound", format!("The security group '{id}' does not exist"))
}

/// The default VPC's id in a region (fixed per region, like an account's default VPC).
pub(crate) fn vpc_id(region: Region) -> &'static str {
    match region {
        Region::ApNortheast2 => "vpc-0a1b2c3d4e5f60718",
        Region::UsEast1 => "vpc-09f8e7d6c5b4a3921",
    }
}

/// Is security group `id` used by an instance that is not terminated (the wizard's or the
/// group's), by a load balancer, or named in another group's rule?
pub(super) fn in_use(acc: &Account, id: &str) -> bool {
    let used_by_instance =
        acc.instances.iter().any(|i| i.state != InstanceState::Terminated && i.groups.iter().any(|x| x == id));
    let used_by_lb = acc.lbs.iter().any(|l| l.groups.iter().any(|x| x == id));
    let used_by_group = acc.group.as_ref().is_some_and(|gr| gr.has_instances() && gr.groups.iter().any(|x| x == id));
    let referenced = acc.sgs.iter().any(|o| o.id != id && o.rules.iter().any(|r| r.source == Source::Group(id.into())));
    used_by_instance || used_by_lb || used_by_group || referenced
}

pub(super) fn delete_security_group(acc: &mut Account, id: &str) -> Result<(), AccountError> {
    let region = acc.region;
    let g = acc.sgs.iter().find(|g| g.id == id && g.region == region).ok_or_else(|| no_group(id))?;
    if g.is_default {
        return Err(AccountError::whole(
            "CannotDelete",
            format!("the specified group: \"{id}\" name: \"default\" cannot be deleted by a user"),
        ));
    }
    if in_use(acc, id) {
        return Err(AccountError::whole("DependencyViolation", format!("resource {id} has a dependent object")));
    }
    acc.sgs.retain(|g| g.id != id);
    Ok(())
}

/// Launch one instance; returns its id.
pub(super) fn run_instance(acc: &mut Account, f: &InstanceForm) -> Result<String, AccountError> {
    let region = acc.region;
    let base = match &f.image {
        ImageRef::Catalogue(c) => *c,
        ImageRef::Own(id) => super::images::usable(acc, id)?,
    };
    if let Some(k) = &f.key {
        if !acc.key_pairs().any(|x| &x.name == k) {
            return Err(AccountError::field(
                "key",
                "InvalidKeyPair.NotFound",
                format!("The key pair '{k}' does not exist"),
            ));
        }
    }
    if f.volume_gb < base.root_gb() {
        return Err(AccountError::field(
            "storage",
            "InvalidBlockDeviceMapping",
            format!("Volume of size {}GB is smaller than snapshot, expect size >= {}GB", f.volume_gb, base.root_gb()),
        ));
    }
    for g in &f.groups {
        if !acc.security_groups().any(|x| &x.id == g) {
            return Err(AccountError::field(
                "groups",
                "InvalidGroup.NotFound",
                format!("The security group '{g}' does not exist"),
            ));
        }
    }
    if f.groups.is_empty() && f.new_group.is_none() {
        return Err(AccountError::field("groups", "MissingParameter", "Select at least one security group."));
    }
    let azs = region.az_letters().len() as u32;
    let az = match f.az {
        Some(a) if a < azs => a,
        Some(_) => {
            return Err(AccountError::field("subnet", "InvalidSubnetID.NotFound", "The subnet ID does not exist"))
        }
        None => acc.below(azs),
    };
    let mut groups = f.groups.clone();
    if let Some(rules) = &f.new_group {
        let n = acc.security_groups().filter(|g| g.name.starts_with("launch-wizard-")).count() + 1;
        let name = format!("launch-wizard-{n}");
        let desc = format!("launch-wizard-{n} created {}", super::utc_label(acc.now()));
        groups.push(create_security_group(acc, &name, &desc, rules.clone())?);
    }
    let id = acc.new_id("i");
    let (x, y) = (acc.below(16), 4 + acc.below(250));
    let private_ip = format!("172.31.{}.{y}", az * 16 + x);
    let public_ip = f.public_ip.then(|| {
        let (p, q) = (32 + acc.below(8), 1 + acc.below(254));
        format!("3.{}.{p}.{q}", 34 + acc.below(4))
    });
    let t = acc.now();
    let running_at = t + u64::from(acc.model.boot_s);
    let http_from = base.serves_http().then(|| running_at + u64::from(acc.model.app_ready_s));
    acc.instances.push(Ec2Instance {
        id: id.clone(),
        name: f.name.clone(),
        image: f.image.clone(),
        base,
        itype: f.itype,
        key: f.key.clone(),
        groups,
        az,
        public_ip,
        private_ip,
        volume_gb: f.volume_gb,
        region,
        state: InstanceState::Pending,
        launched_at: t,
        running_at,
        http_from,
        terminated_at: None,
        stress_until: 0,
    });
    Ok(id)
}

fn not_found(id: &str) -> AccountError {
    AccountError::whole("InvalidInstanceID.NotFound", format!("The instance ID '{id}' does not exist"))
}

pub(super) fn terminate(acc: &mut Account, id: &str) -> Result<(), AccountError> {
    let t = acc.now();
    let region = acc.region;
    let i = acc.instances.iter_mut().find(|i| i.id == id && i.region == region).ok_or_else(|| not_found(id))?;
    if matches!(i.state, InstanceState::ShuttingDown | InstanceState::Terminated) {
        return Ok(()); // terminating again is accepted and changes nothing
    }
    i.state = InstanceState::ShuttingDown;
    i.terminated_at = Some(t + SHUTDOWN_S);
    i.http_from = None;
    super::elb::instance_gone(acc, id);
    Ok(())
}

pub(super) fn stress(acc: &mut Account, id: &str, duration_s: u64) -> Result<(), AccountError> {
    let t = acc.now();
    let i = acc.instances.iter_mut().find(|i| i.id == id).ok_or_else(|| not_found(id))?;
    i.stress_until = t + duration_s;
    acc.record(Event::Stressed { id: id.into(), in_group: false });
    Ok(())
}

/// Boots and terminations due by `t`.
pub(super) fn settle(acc: &mut Account, t: u64) {
    let mut events = Vec::new();
    for i in &mut acc.instances {
        if i.state == InstanceState::Pending && t >= i.running_at {
            i.state = InstanceState::Running;
            let bitnami_t2_seoul = i.base == Catalogue::BitnamiWordPress
                && i.itype == InstanceType::T2Micro
                && i.region == Region::ApNortheast2;
            events.push(Event::Running { id: i.id.clone(), base: i.base, bitnami_t2_seoul });
        }
        if i.state == InstanceState::ShuttingDown && i.terminated_at.is_some_and(|e| t >= e) {
            i.state = InstanceState::Terminated;
        }
    }
    for e in events {
        acc.record(e);
    }
}
