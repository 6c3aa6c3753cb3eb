//! The group's engine and the target groups: whether the group is attached to one (its
//! instances registered with the load balancer), and the wizard's instances registered in
//! it beside the group, which the load balancer routes to as to the group's own: the engine
//! is told of each while its target is healthy (docs/aws-behaviour.md §11 "Targets beside
//! the group"). The account stays the truth about them (state, health, bill); the engine
//! serves their share of the traffic.

use super::resources::Health;
use super::Account;
use crate::ids::InstanceId;

/// The engine's id of a wizard instance (`i-0` + 16 hex digits; both share the format).
pub(crate) fn engine_id(id: &str) -> Option<InstanceId> {
    let hex = id.strip_prefix("i-0")?;
    (hex.len() == 16).then(|| u64::from_str_radix(hex, 16).ok()).flatten().map(InstanceId)
}

/// Tell the group's engine which wizard instances are healthy targets of its target groups
/// now: new ones are registered, ones that left (deregistered, unhealthy, terminated) drain.
pub(super) fn sync(acc: &mut Account) {
    let Some(g) = acc.group.as_ref() else { return };
    let mut want: Vec<(InstanceId, crate::catalog::InstanceType, u32, u64)> = Vec::new();
    // the group's target groups, and those a listener forwards to (the load balancer's
    // traffic is the engine's, attached or not)
    let listened = |arn: &str| acc.lbs.iter().any(|l| l.listener.as_ref().is_some_and(|(_, a)| a == arn));
    for tg in acc.tgs.iter().filter(|tg| g.target_groups.contains(&tg.arn) || listened(&tg.arn)) {
        for x in tg.targets.iter().filter(|x| x.health == Health::Healthy) {
            let Some(i) = acc.instances.iter().find(|i| i.id == x.instance) else { continue };
            if let Some(id) = engine_id(&i.id) {
                if !want.iter().any(|w| w.0 == id) {
                    want.push((id, i.itype, i.az, i.stress_until));
                }
            }
        }
    }
    let t = acc.t;
    let Some(g) = acc.group.as_mut() else { return };
    // on no target group, the load balancer does not know the group's instances
    g.sim.set_attached(!g.target_groups.is_empty());
    let have: Vec<InstanceId> = g.sim.outside_targets().collect();
    for id in have.iter().filter(|id| !want.iter().any(|w| w.0 == **id)) {
        g.sim.deregister_outside(*id);
    }
    for (id, itype, zone, stress_until) in want.into_iter().filter(|w| !have.contains(&w.0)) {
        g.sim.register_outside(id, itype, zone);
        if stress_until > t {
            g.sim.stress_outside(id, stress_until - t, 1);
        }
    }
}

/// `stress` started on wizard instance `id` for `duration_s` [s]: its share of the load
/// balancer's traffic runs beside it in the group's engine.
pub(super) fn stress(acc: &mut Account, id: &str, duration_s: u64, workers: u32) {
    if let (Some(g), Some(e)) = (acc.group.as_mut(), engine_id(id)) {
        g.sim.stress_outside(e, duration_s, workers);
    }
}
