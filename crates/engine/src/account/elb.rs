//! Elastic Load Balancing: target groups, their targets' health, the Application Load
//! Balancer with its listener (step 3), and what a browser gets from the ALB's DNS name
//! (docs/aws-behaviour.md §11 "Load balancer", §6 "Target health checks", "Error codes").

use super::actions::LoadBalancerForm;
use super::resources::*;
use super::{names, Account, AccountError, Event, ACCOUNT_ID, LB_PROVISION_S};

fn tg_not_found(name: &str) -> AccountError {
    AccountError::whole("TargetGroupNotFound", format!("One or more target groups not found: '{name}'"))
}

pub(super) fn create_target_group(
    acc: &mut Account,
    name: &str,
    port: u16,
    hc_path: &str,
    register: &[String],
) -> Result<(), AccountError> {
    names::elb("Target group", name)?;
    if acc.target_groups().any(|g| g.name == name) {
        return Err(AccountError::field(
            "name",
            "DuplicateTargetGroupName",
            format!("A target group with the same name '{name}' exists, but with different settings"),
        ));
    }
    if port == 0 {
        return Err(AccountError::field("port", "ValidationError", "Port must be between 1 and 65535."));
    }
    if !hc_path.starts_with('/') {
        return Err(AccountError::field(
            "hc_path",
            "ValidationError",
            "Health check path must begin with a '/' character.",
        ));
    }
    let arn = format!(
        "arn:aws:elasticloadbalancing:{}:{ACCOUNT_ID}:targetgroup/{name}/{}",
        acc.region.code(),
        acc.new_hex16()
    );
    acc.tgs.push(TargetGroup {
        name: name.into(),
        arn,
        port,
        hc_path: hc_path.into(),
        targets: Vec::new(),
        region: acc.region,
        created_at: acc.now(),
    });
    for i in register {
        register_target(acc, name, i)?;
    }
    Ok(())
}

pub(super) fn register(acc: &mut Account, tg: &str, instance: &str) -> Result<(), AccountError> {
    register_target(acc, tg, instance)
}

fn register_target(acc: &mut Account, tg: &str, instance: &str) -> Result<(), AccountError> {
    let t = acc.now();
    let ok = acc
        .instance(instance)
        .is_some_and(|i| i.region == acc.region && matches!(i.state, InstanceState::Pending | InstanceState::Running));
    if !ok {
        return Err(AccountError::field(
            "targets",
            "InvalidTarget",
            format!("The following targets are not in a running state and cannot be registered: '{instance}'"),
        ));
    }
    let region = acc.region;
    let g = acc.tgs.iter_mut().find(|g| g.name == tg && g.region == region).ok_or_else(|| tg_not_found(tg))?;
    if g.targets.iter().any(|x| x.instance == instance && x.health != Health::Draining) {
        return Ok(()); // registering twice changes nothing
    }
    g.targets.retain(|x| x.instance != instance);
    g.targets.push(Target {
        instance: instance.into(),
        registered_at: t,
        health: Health::Initial,
        reason: Some("Elb.RegistrationInProgress"),
        next_check: t + 1,
        ok: 0,
        fail: 0,
        drain_until: 0,
    });
    Ok(())
}

pub(super) fn deregister(acc: &mut Account, tg: &str, instance: &str) -> Result<(), AccountError> {
    let until = acc.now() + u64::from(acc.hc.deregistration_delay_s);
    let region = acc.region;
    let g = acc.tgs.iter_mut().find(|g| g.name == tg && g.region == region).ok_or_else(|| tg_not_found(tg))?;
    let x = g.targets.iter_mut().find(|x| x.instance == instance).ok_or_else(|| {
        AccountError::whole("InvalidTarget", format!("The following targets are not registered: '{instance}'"))
    })?;
    drain(x, until);
    Ok(())
}

fn drain(x: &mut Target, until: u64) {
    if x.health != Health::Draining {
        x.health = Health::Draining;
        x.reason = Some("Target.DeregistrationInProgress");
        x.drain_until = until;
    }
}

/// A wizard instance is terminating: the target groups deregister it.
pub(super) fn instance_gone(acc: &mut Account, id: &str) {
    let until = acc.now() + u64::from(acc.hc.deregistration_delay_s);
    for g in &mut acc.tgs {
        for x in g.targets.iter_mut().filter(|x| x.instance == id) {
            drain(x, until);
        }
    }
}

pub(super) fn delete_target_group(acc: &mut Account, name: &str) -> Result<(), AccountError> {
    let region = acc.region;
    let g = acc.tgs.iter().find(|g| g.name == name && g.region == region).ok_or_else(|| tg_not_found(name))?;
    if acc.lbs.iter().any(|l| l.listener.as_ref().is_some_and(|(_, arn)| *arn == g.arn)) {
        return Err(AccountError::whole(
            "ResourceInUse",
            format!("Target group '{}' is currently in use by a listener or a rule", g.arn),
        ));
    }
    // a group attached to it keeps running; ELB deletes the group's registrations
    let arn = g.arn.clone();
    if let Some(gr) = acc.group.as_mut() {
        gr.target_groups.retain(|a| *a != arn);
    }
    acc.tgs.retain(|g| g.arn != arn);
    Ok(())
}

pub(super) fn create_load_balancer(acc: &mut Account, f: &LoadBalancerForm) -> Result<(), AccountError> {
    names::elb("Load balancer", &f.name)?;
    if acc.load_balancers().any(|l| l.name == f.name) {
        return Err(AccountError::field(
            "name",
            "DuplicateLoadBalancerName",
            format!("A load balancer with the same name '{}' exists, but with different settings", f.name),
        ));
    }
    let mut azs = f.azs.clone();
    azs.sort_unstable();
    azs.dedup();
    if azs.len() < 2 {
        return Err(AccountError::field(
            "subnets",
            "ValidationError",
            "At least two subnets in two different Availability Zones must be specified",
        ));
    }
    if f.groups.is_empty() {
        return Err(AccountError::field("groups", "ValidationError", "At least one security group must be specified"));
    }
    for g in &f.groups {
        if !acc.security_groups().any(|x| &x.id == g) {
            return Err(AccountError::field(
                "groups",
                "InvalidConfigurationRequest",
                format!("Security group '{g}' does not exist"),
            ));
        }
    }
    let tg = acc.target_groups().find(|g| g.name == f.target_group).map(|g| g.arn.clone());
    let tg = tg.ok_or_else(|| {
        AccountError::field(
            "listener",
            "TargetGroupNotFound",
            format!("One or more target groups not found: '{}'", f.target_group),
        )
    })?;
    let t = acc.now();
    let digits = 1_000_000_000 + u64::from(acc.below(1_000_000_000));
    let scheme = if f.internet_facing { "" } else { "internal-" };
    let dns = format!("{scheme}{}-{digits}.{}.elb.amazonaws.com", f.name, acc.region.code());
    let arn = format!(
        "arn:aws:elasticloadbalancing:{}:{ACCOUNT_ID}:loadbalancer/app/{}/{}",
        acc.region.code(),
        f.name,
        acc.new_hex16()
    );
    acc.lbs.push(LoadBalancer {
        name: f.name.clone(),
        arn,
        dns,
        azs,
        groups: f.groups.clone(),
        listener: Some((f.port, tg)),
        region: acc.region,
        created_at: t,
        active_at: t + LB_PROVISION_S,
    });
    Ok(())
}

pub(super) fn delete_load_balancer(acc: &mut Account, name: &str) -> Result<(), AccountError> {
    let region = acc.region;
    let n = acc.lbs.len();
    acc.spent_usd += acc.cost_of_deleted(super::Billable::LoadBalancer, name);
    acc.lbs.retain(|l| !(l.name == name && l.region == region));
    if acc.lbs.len() == n {
        return Err(AccountError::whole(
            "LoadBalancerNotFound",
            format!("One or more load balancers not found: '{name}'"),
        ));
    }
    Ok(())
}

/// Load balancers whose listener forwards to target group `arn` (any state).
fn listeners_of<'a>(lbs: &'a [LoadBalancer], arn: &'a str) -> impl Iterator<Item = &'a LoadBalancer> {
    lbs.iter().filter(move |l| l.listener.as_ref().is_some_and(|(_, a)| a == arn))
}

/// Outcome of one health check of instance `i` from the load balancers `lbs`.
fn check(
    i: Option<&Ec2Instance>,
    lbs: &[&LoadBalancer],
    sgs: &[SecurityGroup],
    port: u16,
    t: u64,
) -> Result<(), &'static str> {
    let Some(i) = i else { return Err("Target.Timeout") };
    if i.state != InstanceState::Running {
        return Err("Target.Timeout");
    }
    let lb_groups: Vec<String> = lbs.iter().flat_map(|l| l.groups.iter().cloned()).collect();
    let admitted = i.groups.iter().any(|g| sgs.iter().any(|s| &s.id == g && s.admits(port, false, &lb_groups)));
    if !admitted {
        return Err("Target.Timeout"); // the security group drops the check: it times out
    }
    if !i.http_up(t) {
        return Err("Target.FailedHealthChecks"); // connection refused: no web server (yet)
    }
    Ok(())
}

/// Health checks due by `t` for the wizard instances' targets; deregistrations that ended.
pub(super) fn settle(acc: &mut Account, t: u64) {
    let (interval, up, down) =
        (u64::from(acc.hc.hc_interval_s.max(1)), acc.hc.healthy_threshold, acc.hc.unhealthy_threshold);
    let mut healthy = Vec::new();
    for g in &mut acc.tgs {
        g.targets.retain(|x| !(x.health == Health::Draining && t >= x.drain_until));
        let lbs: Vec<&LoadBalancer> = listeners_of(&acc.lbs, &g.arn).collect();
        for x in &mut g.targets {
            if x.health == Health::Draining {
                continue;
            }
            if lbs.is_empty() {
                (x.health, x.reason, x.ok, x.fail, x.next_check) =
                    (Health::Unused, Some("Target.NotInUse"), 0, 0, t + 1);
                continue;
            }
            if x.health == Health::Unused {
                (x.health, x.reason) = (Health::Initial, Some("Elb.RegistrationInProgress"));
            }
            while x.next_check <= t {
                let at = x.next_check;
                let inst = acc.instances.iter().find(|i| i.id == x.instance);
                match check(inst, &lbs, &acc.sgs, g.port, at) {
                    Ok(()) => {
                        (x.ok, x.fail) = (x.ok + 1, 0);
                        if x.ok >= up && x.health != Health::Healthy {
                            (x.health, x.reason) = (Health::Healthy, None);
                            healthy.push(Event::TargetHealthy {
                                target_group: g.name.clone(),
                                instance: x.instance.clone(),
                            });
                        } else if x.health == Health::Initial {
                            x.reason = Some("Elb.InitialHealthChecking");
                        }
                    }
                    Err(reason) => {
                        (x.ok, x.fail) = (0, x.fail + 1);
                        if x.fail >= down {
                            (x.health, x.reason) = (Health::Unhealthy, Some(reason));
                        } else if x.health == Health::Initial {
                            x.reason = Some("Elb.InitialHealthChecking");
                        }
                    }
                }
                x.next_check = at + interval;
            }
        }
    }
    for e in healthy {
        acc.record(e);
    }
}

/// What a browser gets from `http://<dns>/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// the name does not resolve (no such load balancer, or still provisioning)
    NoSuchHost,
    /// no answer: the load balancer's security group drops the connection
    TimedOut,
    /// the WordPress front page, served by this instance
    WordPress {
        /// the instance that served it
        instance: String,
    },
    /// the load balancer answered with an error status and why
    Error {
        /// the HTTP status
        status: u16,
        /// why, in the console's words
        reason: &'static str,
    },
}

impl Account {
    /// Open `http://<dns>/` from the learner's browser (docs/aws-behaviour.md §6 "Error codes",
    /// "Fail-open").
    pub fn browse(&self, dns: &str) -> Page {
        let t = self.now();
        let Some(lb) = self.lbs.iter().find(|l| l.dns == dns) else { return Page::NoSuchHost };
        if t < lb.active_at || lb.dns.starts_with("internal-") {
            return Page::NoSuchHost;
        }
        let lb_sgs: Vec<&SecurityGroup> = self.sgs.iter().filter(|s| lb.groups.contains(&s.id)).collect();
        let Some((port, arn)) = &lb.listener else { return Page::TimedOut };
        if !lb_sgs.iter().any(|s| s.admits(*port, true, &[])) {
            return Page::TimedOut;
        }
        let Some(g) = self.tgs.iter().find(|g| &g.arn == arn) else {
            return Page::Error { status: 503, reason: "the listener's target group no longer exists" };
        };
        if let Some(id) = self.group.as_ref().and_then(|gr| gr.serving_instance(arn)) {
            return Page::WordPress { instance: id };
        }
        let healthy: Vec<&Target> = g.targets.iter().filter(|x| x.health == Health::Healthy).collect();
        let unhealthy: Vec<&Target> = g.targets.iter().filter(|x| x.health == Health::Unhealthy).collect();
        // all targets unhealthy: the load balancer fails open and tries them anyway
        let pick = healthy.first().or(unhealthy.first());
        let Some(x) = pick else {
            return Page::Error { status: 503, reason: "no registered target is healthy" };
        };
        let lbs = [lb];
        match check(self.instance(&x.instance), &lbs, &self.sgs, g.port, t) {
            Ok(()) => Page::WordPress { instance: x.instance.clone() },
            Err("Target.Timeout") => Page::Error { status: 504, reason: "the target did not answer in time" },
            Err(_) => Page::Error { status: 502, reason: "the target refused the connection" },
        }
    }
}
