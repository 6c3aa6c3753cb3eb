//! Targets registered beside the group, and the region's names of the run's AZs: what the
//! guided lab's account tells the group's engine (docs/aws-behaviour.md §11 "Auto Scaling
//! group", "Targets beside the group").
//!
//! ```text
//!   target group ── the group's instances (launched, counted, measured, billed by the group)
//!        └──────── outside targets: the step-2 instance, registered by hand
//!                  (routed to and health-checked like any target; the group's capacity,
//!                   CPU metric, replacement, termination and bill leave them out)
//! ```
//!
//! On AWS a load balancer routes to every healthy target of its target group, whoever
//! registered it; an Auto Scaling group manages only the instances it launched. A shadow
//! (the fixed-fleet comparison) gets the same outside targets at the same seconds, so every
//! fleet compared is compared with the same extra target beside it.

use crate::catalog::InstanceType;
use crate::engine::Sim;
use crate::ids::InstanceId;
use crate::instance::Lifecycle;
use crate::replay::GroupChange;
use crate::views::LifecycleState as L;

/// Leaving or gone (draining after deregistration, or dropped).
fn gone(l: L) -> bool {
    matches!(l, L::Terminating | L::Terminated)
}

impl Sim {
    /// The group's AZs [count] (the first entries of the run's AZs).
    pub(crate) fn group_azs(&self) -> usize {
        (self.sc.group.azs as usize).min(self.az_up.len())
    }

    /// Name the group's AZs after the region's AZs the learner chose (`zones[k]`: the region's
    /// AZ index of the group's k-th AZ, 0 = `a`). Ignored unless it names each of the group's
    /// AZs once. Shadows get the same names.
    pub fn set_zones(&mut self, zones: &[u32]) {
        let n = self.group_azs();
        let letters = self.sc.region.az_letters().len() as u32;
        let mut seen = zones.to_vec();
        seen.sort_unstable();
        seen.dedup();
        if zones.len() != n || seen.len() != n || zones.iter().any(|&z| z >= letters) {
            return;
        }
        self.zones[..n].copy_from_slice(zones);
        for s in &mut self.shadows {
            s.sim.set_zones(zones);
        }
    }

    /// UpdateAutoScalingGroup with other subnets: the group's AZs become `zones` (the region's
    /// AZ indices, each once, in that order). Each of the group's instances left in an AZ that
    /// is no longer the group's is replaced: a new one launches in the group's AZs and the old
    /// one terminates (docs/aws-behaviour.md §11 "Auto Scaling group"). Shadows do the same.
    /// False, and nothing changes, unless `zones` names some of the region's AZs, each once.
    pub fn set_group_zones(&mut self, zones: &[u32]) -> bool {
        let letters = self.sc.region.az_letters().len() as u32;
        let mut set = zones.to_vec();
        set.sort_unstable();
        set.dedup();
        if set.is_empty() || set.len() != zones.len() || set.iter().any(|&z| z >= letters) {
            return false;
        }
        let t = self.t;
        let old = self.zones.clone();
        let mut new: Vec<u32> = zones.to_vec();
        new.extend(old.iter().copied().filter(|o| !zones.contains(o)));
        let up = self.az_up.clone();
        self.az_up = new.iter().map(|z| old.iter().position(|o| o == z).is_none_or(|k| up[k])).collect();
        for i in &mut self.insts {
            let zone = old.get(i.az).copied().unwrap_or(0);
            i.az = new.iter().position(|&z| z == zone).unwrap_or(0);
        }
        self.zones = new;
        self.sc.group.azs = zones.len() as u32;
        self.routing.invalidate(&mut self.insts);
        let n = zones.len();
        let stranded: Vec<usize> =
            (0..self.insts.len()).filter(|&k| self.insts[k].live() && self.insts[k].az >= n).collect();
        let why: crate::why::Why = crate::why::Reason::Rebalance { low: 0, high: stranded.len() as u32 }.into();
        for k in stranded {
            let cause = format!(
                "At {} an instance was launched in response to an Availability Zone rebalancing operation.",
                self.iso(t)
            );
            self.launch(t, &cause, &why, false);
            let gone = format!(
                "At {} an instance was taken out of service in response to a change of the group's subnets: its Availability Zone is no longer the group's.",
                self.iso(t)
            );
            self.begin_terminate(k, t, gone, why.clone());
        }
        self.group_log.push((t, GroupChange::Zones(zones.to_vec())));
        for s in &mut self.shadows {
            s.sim.set_group_zones(zones);
        }
        true
    }

    /// The region's AZ index of each of the run's AZs.
    pub fn zones(&self) -> &[u32] {
        &self.zones
    }

    /// Register instance `id` (type `itype`, in the region's AZ `zone`) as a target beside the
    /// group at `now()`: it is healthy (it passed its checks in the target group before) and
    /// serves from this second. Nothing if it is registered already.
    pub fn register_outside(&mut self, id: InstanceId, itype: InstanceType, zone: u32) {
        if self.insts.iter().any(|i| i.id == id && i.lifecycle() != L::Terminated) {
            return;
        }
        let az = match self.zones.iter().position(|&z| z == zone) {
            Some(k) => k,
            None => {
                // an AZ of the load balancer's that the group does not use
                self.zones.push(zone);
                self.az_up.push(true);
                self.zones.len() - 1
            }
        };
        let t = self.t;
        let mut inst = self.fresh_instance(id, az, itype, t, true);
        inst.outside = true;
        inst.protected = false;
        self.next_hc_min = self.next_hc_min.min(inst.next_hc);
        self.routing.invalidate(&mut self.insts);
        self.insts.push(inst);
        self.group_log.push((t, GroupChange::Registered(id, itype, zone)));
        for s in &mut self.shadows {
            s.sim.register_outside(id, itype, zone);
        }
    }

    /// Deregister the outside target `id` at `now()`: it drains (deregistration delay) and
    /// leaves the list. Nothing if it is not registered.
    pub fn deregister_outside(&mut self, id: InstanceId) {
        let t = self.t;
        let spec = self.sc.alb.clone();
        let Some(k) = self.insts.iter().position(|i| i.id == id && i.outside && !gone(i.lifecycle())) else {
            return;
        };
        self.routing.invalidate(&mut self.insts);
        let i = &mut self.insts[k];
        let ends_at = crate::alb::leave(i, t, &spec);
        i.life = Lifecycle::Terminating { since: t, ends_at };
        self.lc_active = true;
        self.group_log.push((t, GroupChange::Deregistered(id)));
        for s in &mut self.shadows {
            s.sim.deregister_outside(id);
        }
    }

    /// `stress` on the outside target `id` until `now() + duration_s` [s] with `workers`
    /// CPU hogs (the account runs it on its instance; this is its share of the traffic's
    /// CPU). Nothing if it is not registered.
    pub fn stress_outside(&mut self, id: InstanceId, duration_s: u64, workers: u32) {
        let t = self.t;
        if let Some(i) = self.insts.iter_mut().find(|i| i.id == id && i.outside && !gone(i.lifecycle())) {
            i.stress_until = t + duration_s.min(crate::limits::MAX_RUN_S);
            i.stress_workers = workers.clamp(1, 64);
            self.routing.invalidate(&mut self.insts);
        }
    }

    /// Attach the group to its target group (`true`: its InService instances register and
    /// pass their health checks before they get requests) or detach it (they drain and get
    /// no more): AttachLoadBalancerTargetGroups / DetachLoadBalancerTargetGroups. Shadows do
    /// the same, so the comparison stays like with like.
    pub fn set_attached(&mut self, attached: bool) {
        if self.detached != attached {
            return;
        }
        self.detached = !attached;
        let (t, spec) = (self.t, self.sc.alb.clone());
        self.group_log.push((t, GroupChange::Attached(attached)));
        self.routing.invalidate(&mut self.insts);
        for i in self.insts.iter_mut().filter(|i| !i.outside) {
            match (attached, i.lifecycle()) {
                (true, L::InService) if i.target == crate::views::TargetState::Unused => {
                    crate::alb::register(i, t, &spec);
                    self.next_hc_min = self.next_hc_min.min(i.next_hc);
                }
                (false, L::Pending | L::InService) => crate::alb::deregister(i, t, &spec),
                _ => {}
            }
        }
        self.lc_active = true;
        for s in &mut self.shadows {
            s.sim.set_attached(attached);
        }
    }

    /// Is the group attached to a target group (its instances registered with the load
    /// balancer)?
    pub fn attached(&self) -> bool {
        !self.detached
    }

    /// Has any target been registered beside the group in this run?
    pub fn had_outside_targets(&self) -> bool {
        self.group_log.iter().any(|(_, c)| matches!(c, GroupChange::Registered(..)))
    }

    /// The outside targets registered now (not draining).
    pub fn outside_targets(&self) -> impl Iterator<Item = InstanceId> + '_ {
        self.insts.iter().filter(|i| i.outside && !gone(i.lifecycle())).map(|i| i.id)
    }

    /// Give a new shadow (run from t = 0 to `now()`) this run's AZ names and outside targets
    /// at the seconds they came and went.
    pub(crate) fn replay_outside(&self, shadow: &mut Sim) {
        let n = self.group_azs();
        shadow.set_zones(&self.zones[..n]);
        for (at, c) in &self.group_log {
            shadow.run_until(*at);
            match c {
                GroupChange::Registered(id, itype, zone) => shadow.register_outside(*id, *itype, *zone),
                GroupChange::Deregistered(id) => shadow.deregister_outside(*id),
                GroupChange::Attached(on) => shadow.set_attached(*on),
                GroupChange::Zones(z) => {
                    shadow.set_group_zones(z);
                }
            }
        }
    }
}
