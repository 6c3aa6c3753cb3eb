//! The Auto Scaling group (step 5): created from a launch template, attached to a target
//! group; from then on the engine (`Sim`) is the group — its instances, targets, alarms and
//! policies — stepped in lockstep with the account (docs/aws-behaviour.md §11
//! "Auto Scaling group").

use super::actions::GroupForm;
use super::resources::*;
use super::scaling_group::Group;
use super::{names, Account, AccountError, Event, LabRefusal};
use crate::capacity;
use crate::command::Command;
use crate::ids::InstanceRef;
use crate::policy_spec::{PolicySpec, TtMetric};
use crate::scenario::{GroupSpec, HealthCheckType, Monitoring, Scenario};

use crate::Sim;

pub(super) fn create(acc: &mut Account, f: &GroupForm) -> Result<(), AccountError> {
    names::group(&f.name)?;
    if acc.group.is_some() {
        let same = acc.group.as_ref().is_some_and(|g| g.name == f.name);
        return Err(if same {
            AccountError::field(
                "name",
                "AlreadyExists",
                format!(
                    "AutoScalingGroup by this name already exists - A group with the name {} already exists",
                    f.name
                ),
            )
        } else {
            AccountError::lab(LabRefusal::OneGroup)
        });
    }
    let lt = acc.launch_templates().find(|l| l.name == f.template).ok_or_else(|| {
        AccountError::field(
            "template",
            "ValidationError",
            format!(
                "You must use a valid fully-formed launch template. The specified launch template, with template name {}, does not exist.",
                f.template
            ),
        )
    })?;
    let version = f.version.unwrap_or(1);
    let v = lt.versions.get(version.saturating_sub(1) as usize).cloned().ok_or_else(|| {
        AccountError::field(
            "template",
            "ValidationError",
            format!(
                "You must use a valid fully-formed launch template. The specified version {version} does not exist."
            ),
        )
    })?;
    let base = match &v.image {
        ImageRef::Catalogue(c) => *c,
        ImageRef::Own(id) => {
            super::images::usable(acc, id).map_err(|e| AccountError { field: Some("template"), ..e })?
        }
    };
    if f.azs.is_empty() {
        return Err(AccountError::field(
            "subnets",
            "ValidationError",
            "At least one Availability Zone or VPC Subnet is required.",
        ));
    }
    let (min, max, desired) = capacity::update((0, 0, 0), Some(f.min), Some(f.max), Some(f.desired))
        .map_err(|error| AccountError::engine_at("capacity", error))?;
    let target_groups = match &f.target_group {
        None => Vec::new(),
        Some(name) => {
            let g = acc.target_groups().find(|g| &g.name == name).ok_or_else(|| {
                AccountError::field(
                    "target_group",
                    "ValidationError",
                    format!(
                        "Provided Target Groups may not be valid. Please ensure they exist and try again. ({name})"
                    ),
                )
            })?;
            vec![g.arn.clone()]
        }
    };
    let mut policies = Vec::new();
    let mut warmup = None;
    if let Some((target, w)) = f.cpu_target {
        let p = PolicySpec::TargetTracking {
            name: "Target Tracking Policy".into(),
            metric: TtMetric::ASGAverageCPUUtilization,
            target,
            disable_scale_in: false,
            warmup_s: None,
        };
        crate::validate_policy(&p).map_err(|error| AccountError::engine_at("policy", error))?;
        policies.push(p);
        warmup = Some(w);
    }
    let mut azs: Vec<u32> = f.azs.clone();
    azs.sort_unstable();
    azs.dedup();
    let sc = Scenario {
        // ids and addresses are never reused within an account (§11 "Auto Scaling group")
        seed: acc.seed.wrapping_add(acc.groups_created),
        // the group's clock is the account's: its engine's second 0 is now
        start_utc_s: crate::scenario::DEFAULT_START_UTC_S + acc.now() as i64,
        region: acc.region,
        instance_type: v.itype,
        group: GroupSpec {
            name: f.name.clone(),
            min,
            max,
            desired: Some(desired),
            azs: azs.len() as u32,
            health_check_grace_s: f.grace_s,
            default_warmup_s: warmup,
            health_check_type: if f.elb_health { HealthCheckType::ELB } else { HealthCheckType::EC2 },
            ..GroupSpec::default()
        },
        policies,
        alb: acc.hc.clone(),
        monitoring: if v.detailed_monitoring { Monitoring::Detailed } else { Monitoring::Basic },
        model: crate::ModelSettings { start_warm: false, ..acc.model.clone() },
        // no scripted events: the ready-made exercise's stress is the learner's to run
        events: Vec::new(),
        ..Scenario::default()
    };
    acc.group = Some(Group {
        name: f.name.clone(),
        template: (lt.name.clone(), version),
        groups: v.groups.clone(),
        target_groups,
        base,
        region: acc.region,
        created_at: acc.now(),
        deleting: false,
        scale_outs_at_stress: None,
        sim: {
            let mut sim = Sim::new(sc);
            sim.set_zones(&azs); // the subnets chosen: 2a + 2c are named so (§11)
            sim
        },
    });
    acc.groups_created += 1;
    Ok(())
}

fn no_group(name: &str) -> AccountError {
    AccountError::whole(
        "ValidationError",
        format!("AutoScalingGroup name not found - AutoScalingGroup {name} not found"),
    )
}

pub(super) fn delete(acc: &mut Account, name: &str) -> Result<(), AccountError> {
    let region = acc.region;
    let g = acc.group.as_mut().filter(|g| g.name == name && g.region == region).ok_or_else(|| no_group(name))?;
    // the console's delete sets the capacity to 0 and waits for the instances to terminate
    g.deleting = true;
    g.sim.apply(Command::SetCapacity { min: Some(0), max: Some(0), desired: Some(0) }).map_err(AccountError::engine)
}

/// The group named `name` in the region shown, for a change.
fn named<'a>(acc: &'a mut Account, name: &str) -> Result<&'a mut Group, AccountError> {
    let region = acc.region;
    acc.group.as_mut().filter(|g| g.name == name && g.region == region && !g.deleting).ok_or_else(|| no_group(name))
}

/// UpdateAutoScalingGroup from the group's Edit page: capacity (§1 "Validation messages")
/// and subnets; either is refused whole, with AWS's message, before anything changes
/// (docs/aws-behaviour.md §11 "Auto Scaling group").
pub(super) fn update(
    acc: &mut Account,
    name: &str,
    capacity: (Option<u32>, Option<u32>, Option<u32>),
    azs: Option<&[u32]>,
) -> Result<(), AccountError> {
    let letters = acc.region.az_letters().len() as u32;
    let g = named(acc, name)?;
    let (min, max, desired) = capacity;
    let s = g.sim.snapshot();
    capacity::update((s.min, s.max, s.desired), min, max, desired)
        .map_err(|error| AccountError::engine_at("capacity", error))?;
    let mut zones: Vec<u32> = azs.map(<[u32]>::to_vec).unwrap_or_default();
    zones.sort_unstable();
    zones.dedup();
    if azs.is_some() && zones.is_empty() {
        return Err(AccountError::field(
            "subnets",
            "ValidationError",
            "At least one Availability Zone or VPC Subnet is required.",
        ));
    }
    if let Some(z) = zones.iter().find(|z| **z >= letters) {
        return Err(AccountError::field(
            "subnets",
            "ValidationError",
            format!("The Availability Zone index {z} is not one of the region's {letters}."),
        ));
    }
    if min.is_some() || max.is_some() || desired.is_some() {
        g.sim.apply(Command::SetCapacity { min, max, desired }).map_err(AccountError::engine)?;
    }
    if azs.is_some() && zones != g.sim.zones()[..g.sim.scenario().group.azs as usize] {
        g.sim.set_group_zones(&zones);
    }
    Ok(())
}

/// AttachLoadBalancerTargetGroups: the load balancer sends the group's instances traffic
/// once they pass its health checks; attaching one already attached changes nothing
/// (docs/aws-behaviour.md §11 "Auto Scaling group").
pub(super) fn attach(acc: &mut Account, name: &str, target_group: &str) -> Result<(), AccountError> {
    let arn = acc.target_groups().find(|g| g.name == target_group).map(|g| g.arn.clone()).ok_or_else(|| {
        AccountError::field(
            "target_group",
            "ValidationError",
            format!(
                "Provided Target Groups may not be valid. Please ensure they exist and try again. ({target_group})"
            ),
        )
    })?;
    let g = named(acc, name)?;
    if !g.target_groups.contains(&arn) {
        g.target_groups.push(arn);
    }
    Ok(())
}

/// DetachLoadBalancerTargetGroups: the group's instances are deregistered (they drain).
pub(super) fn detach(acc: &mut Account, name: &str, target_group: &str) -> Result<(), AccountError> {
    let arn = acc.target_groups().find(|g| g.name == target_group).map(|g| g.arn.clone());
    let g = named(acc, name)?;
    let Some(k) = arn.and_then(|a| g.target_groups.iter().position(|x| *x == a)) else {
        return Err(AccountError::field(
            "target_group",
            "ValidationError",
            "Trying to remove Target Groups that are not part of the group",
        ));
    };
    g.target_groups.remove(k);
    Ok(())
}

/// The engine's instance `id` (as displayed), if the group has it.
fn engine_ref(g: &Group, id: &str) -> Option<InstanceRef> {
    g.sim.snapshot().group_instances().find(|i| i.id.to_string() == id).map(|i| InstanceRef::Id(i.id))
}

fn engine_id(g: &Group, id: &str) -> Option<crate::InstanceId> {
    engine_ref(g, id).and_then(|r| match r {
        InstanceRef::Id(x) => Some(x),
        InstanceRef::Nth(_) => None,
    })
}

pub(super) fn terminate(acc: &mut Account, id: &str) -> Result<(), AccountError> {
    let not_found =
        || AccountError::whole("InvalidInstanceID.NotFound", format!("The instance ID '{id}' does not exist"));
    let g = acc.group.as_mut().ok_or_else(not_found)?;
    let r = engine_id(g, id).ok_or_else(not_found)?;
    // terminated from the EC2 console: the group finds it unhealthy and replaces it
    g.sim.apply(Command::TerminateInstance { instance: r, decrement_desired: false }).map_err(AccountError::engine)
}

pub(super) fn stress(acc: &mut Account, id: &str, duration_s: u64, workers: u32) -> Result<(), AccountError> {
    let not_found =
        || AccountError::whole("InvalidInstanceID.NotFound", format!("The instance ID '{id}' does not exist"));
    let g = acc.group.as_mut().ok_or_else(not_found)?;
    let r = engine_id(g, id).ok_or_else(not_found)?;
    g.sim.apply(Command::Stress { instance: r, duration_s, workers }).map_err(AccountError::engine)?;
    if g.scale_outs_at_stress.is_none() {
        g.scale_outs_at_stress = Some(g.sim.summary().scale_outs);
    }
    acc.record(Event::Stressed { id: id.into(), in_group: true });
    Ok(())
}

/// Step the engine to account second `t`; a deleted group's engine goes once its instances
/// have terminated.
pub(super) fn settle(acc: &mut Account, t: u64) {
    let recorded = |e: &Event| acc.history.iter().any(|(_, x)| x == e);
    // (a snapshot or summary of the engine only while a step's event can still happen)
    let want_serving = !recorded(&Event::GroupServing);
    let want_scaled = !recorded(&Event::ScaledOutUnderStress);
    let Some(g) = acc.group.as_mut() else { return };
    g.sim.run_until(t - g.created_at);
    super::beside::sync(acc);
    let Some(g) = acc.group.as_mut() else { return };
    let serving = want_serving && g.target_groups.iter().any(|arn| g.serving_instance(arn).is_some());
    let scaled = want_scaled && g.scale_outs_at_stress.is_some_and(|n| g.sim.summary().scale_outs > n);
    let gone = g.deleting && !g.has_instances();
    if serving {
        acc.record(Event::GroupServing);
    }
    if scaled {
        acc.record(Event::ScaledOutUnderStress);
    }
    if gone {
        let cost = acc.group.as_ref().map_or(0.0, Group::cost_usd);
        acc.spent_usd += cost;
        acc.group = None;
    }
}

/// What EC2 says to the group's launches if something its launch template needs is gone
/// (the template, its AMI, its key pair, one of its security groups), or None.
pub(super) fn launch_error(acc: &Account) -> Option<String> {
    let g = acc.group.as_ref()?;
    if acc.template_of(g).is_none() {
        let name = &g.template.0;
        return Some(format!("The specified launch template, with template name {name}, does not exist"));
    }
    let v = acc.template_version_of(g)?;
    if let ImageRef::Own(id) = &v.image {
        if !acc.images.iter().any(|i| &i.id == id) {
            return Some(format!("The image id '[{id}]' does not exist"));
        }
    }
    if let Some(k) = &v.key {
        if !acc.keys.iter().any(|x| &x.name == k && x.region == g.region) {
            return Some(format!("The key pair '{k}' does not exist"));
        }
    }
    v.groups
        .iter()
        .find(|s| !acc.sgs.iter().any(|x| &x.id == *s))
        .map(|s| format!("The security group '{s}' does not exist"))
}

/// Tell the group's engine whether its launches fail now (after any change to the account).
pub(super) fn check_launches(acc: &mut Account) {
    let e = launch_error(acc);
    if let Some(g) = acc.group.as_mut() {
        g.sim.set_launch_error(e);
    }
}

/// A live-console command on the group's engine.
pub(super) fn engine(acc: &mut Account, cmd: Command) -> Result<(), AccountError> {
    let g = acc.group.as_mut().ok_or_else(|| {
        AccountError::whole("ValidationError", "There is no Auto Scaling group yet: step 5 creates it.")
    })?;
    g.sim.apply(cmd).map_err(AccountError::engine)
}
