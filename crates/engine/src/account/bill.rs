//! What the account's resources cost: so far, and per month if left running (step 7's
//! clean-up list; docs/aws-behaviour.md §9 "EC2 billing", "ALB billing", "Public IPv4",
//! "EBS storage", §11 "Clean-up").

use super::resources::*;
use super::Account;
use crate::prices::{self, HOURS_PER_MONTH};

/// Which kind of billable resource a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Billable {
    /// an EC2 instance (with its public IPv4 address and root volume)
    Instance,
    /// the Auto Scaling group's instances
    Group,
    /// an Application Load Balancer (with its public IPv4 addresses)
    LoadBalancer,
    /// an EBS snapshot
    Snapshot,
}

/// One billable resource.
#[derive(Clone, Debug, PartialEq)]
pub struct BillLine {
    /// kind
    pub kind: Billable,
    /// id or name
    pub id: String,
    /// cost so far [USD]
    pub so_far_usd: f64,
    /// cost per hour now [USD/h] (0 when it has stopped billing)
    pub per_hour_usd: f64,
    /// the region it is in
    pub region: crate::catalog::Region,
}

impl BillLine {
    /// Cost per month if left as it is [USD/month].
    pub fn per_month_usd(&self) -> f64 {
        self.per_hour_usd * HOURS_PER_MONTH
    }
}

fn hours(from: u64, to: u64) -> f64 {
    to.saturating_sub(from) as f64 / 3600.0
}

/// A wizard instance's line at `t` [s]: running hours, and its address and volume from
/// launch to termination.
fn instance_line(i: &Ec2Instance, t: u64) -> BillLine {
    let r = i.region;
    let run = prices::instance_hour(i.itype, r).usd;
    let ip = if i.public_ip.is_some() { prices::public_ipv4_hour(r).usd } else { 0.0 };
    let ebs = prices::ebs_gp3_gb_month(r).usd * f64::from(i.volume_gb) / HOURS_PER_MONTH;
    let end = i.terminated_at.unwrap_or(t).min(t);
    let so_far = run * hours(i.running_at, end) + (ip + ebs) * hours(i.launched_at, end);
    let per_hour = match i.state {
        InstanceState::ShuttingDown | InstanceState::Terminated => 0.0,
        _ => run * f64::from(u8::from(i.billed(t))) + ip + ebs,
    };
    BillLine { kind: Billable::Instance, id: i.id.clone(), so_far_usd: so_far, per_hour_usd: per_hour, region: r }
}

impl Account {
    /// Every resource that bills or billed and still exists, in every region (a bill does
    /// not care which region the console shows).
    pub fn bill(&self) -> Vec<BillLine> {
        let t = self.now();
        let mut out = Vec::new();
        for i in self.instances.iter().filter(|i| i.state != InstanceState::Terminated) {
            out.push(instance_line(i, t));
        }
        if let Some(g) = &self.group {
            let s = g.sim.snapshot();
            let live = s.group_instances().filter(|i| i.lifecycle != crate::LifecycleState::Terminated).count() as f64;
            let it = g.sim.scenario().instance_type;
            let r = g.region;
            let each = prices::instance_hour(it, r).usd
                + prices::public_ipv4_hour(r).usd
                + prices::ebs_gp3_gb_month(r).usd * prices::ROOT_VOLUME_GB / HOURS_PER_MONTH;
            out.push(BillLine {
                kind: Billable::Group,
                id: g.name.clone(),
                so_far_usd: g.cost_usd(),
                per_hour_usd: live * each,
                region: r,
            });
        }
        for l in &self.lbs {
            let r = l.region;
            let per_hour = prices::alb_hour(r).usd + prices::public_ipv4_hour(r).usd * l.azs.len().max(2) as f64;
            out.push(BillLine {
                kind: Billable::LoadBalancer,
                id: l.name.clone(),
                so_far_usd: per_hour * hours(l.created_at, t),
                per_hour_usd: per_hour,
                region: r,
            });
        }
        for s in &self.snapshots {
            let per_hour = prices::snapshot_gb_month(s.region).usd * f64::from(s.size_gb) / HOURS_PER_MONTH;
            out.push(BillLine {
                kind: Billable::Snapshot,
                id: s.id.clone(),
                so_far_usd: per_hour * hours(s.created_at, t),
                per_hour_usd: per_hour,
                region: s.region,
            });
        }
        out
    }

    /// Everything the account has cost so far, deleted resources included [USD].
    pub fn total_cost_usd(&self) -> f64 {
        let t = self.now();
        let gone: f64 = self
            .instances
            .iter()
            .filter(|i| i.state == InstanceState::Terminated)
            .map(|i| instance_line(i, t).so_far_usd)
            .sum();
        self.spent_usd + gone + self.bill().iter().map(|l| l.so_far_usd).sum::<f64>()
    }

    /// What a load balancer or snapshot cost until now, as it is deleted [USD].
    pub(crate) fn cost_of_deleted(&self, kind: Billable, id: &str) -> f64 {
        self.bill().into_iter().find(|l| l.kind == kind && l.id == id).map_or(0.0, |l| l.so_far_usd)
    }

    /// Cost per month of everything left as it is [USD/month].
    pub fn per_month_usd(&self) -> f64 {
        self.bill().iter().map(BillLine::per_month_usd).sum()
    }

    /// Is anything still billing (step 7 is done when nothing is)?
    pub fn anything_billable(&self) -> bool {
        self.bill().iter().any(|l| l.per_hour_usd > 0.0)
    }
}
