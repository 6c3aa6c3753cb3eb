//! The Auto Scaling group as the account holds it: its settings and its engine (`Sim`), and
//! the addresses its instances get. `group.rs` creates, changes and deletes it.

use super::resources::Catalogue;
use crate::catalog::Region;
use crate::views::{LifecycleState, TargetState};
use crate::Sim;

/// The group and its engine.
pub struct Group {
    /// name
    pub name: String,
    /// launch template name and version
    pub template: (String, u32),
    /// security groups of its instances (the template's)
    pub groups: Vec<String>,
    /// attached target groups (ARNs)
    pub target_groups: Vec<String>,
    /// what its instances are underneath
    pub base: Catalogue,
    /// region
    pub region: Region,
    /// created [s] (the engine's second 0)
    pub created_at: u64,
    /// being deleted: its instances are terminating
    pub deleting: bool,
    /// scale-outs counted when `stress` first ran on one of its instances [count]
    pub scale_outs_at_stress: Option<u32>,
    /// the engine
    pub sim: Sim,
}

impl Group {
    /// Does it still have instances that are not terminated?
    pub fn has_instances(&self) -> bool {
        self.sim.snapshot().group_instances().any(|i| i.lifecycle != LifecycleState::Terminated)
    }

    /// An InService, healthy instance serving behind target group `arn`, if any.
    pub fn serving_instance(&self, arn: &str) -> Option<String> {
        if !self.target_groups.iter().any(|a| a == arn) {
            return None;
        }
        let s = self.sim.snapshot();
        let i = s
            .group_instances()
            .find(|i| i.lifecycle == LifecycleState::InService && i.target_state == TargetState::Healthy)?;
        Some(i.id.to_string())
    }

    /// Cost of its instances so far [USD] (instances, credits, their IPv4 addresses and
    /// volumes; the load balancer is the account's).
    pub fn cost_usd(&self) -> f64 {
        let s = self.sim.summary();
        s.instance_cost_usd + s.credit_cost_usd + s.ipv4_cost_usd + s.ebs_cost_usd
    }
}

/// A group instance's public and private IPv4 addresses, derived from its id (the engine
/// has no addresses; these are stable for a run) and its AZ index.
pub(crate) fn addresses(id: crate::InstanceId, az: u32) -> (String, String) {
    let v = id.0;
    let public = format!("3.{}.{}.{}", 34 + v % 4, (v >> 8) % 256, 1 + (v >> 16) % 254);
    let private = format!("172.31.{}.{}", az * 16 + ((v >> 24) % 16) as u32, 4 + (v >> 32) % 250);
    (public, private)
}
