//! The architecture drawn from the account (step 1's diagram, and the live one).

use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::account::{Account, Health};
use asg_engine::{AlarmState, LifecycleState};

/// The architecture as it stands: clients → load balancer → target group → group → alarms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagram {
    /// the load balancer's name and state
    pub alb: Option<String>,
    /// the target group: name, healthy / registered
    pub target_group: Option<String>,
    /// the group: name, desired / min / max, InService
    pub group: Option<String>,
    /// CloudWatch alarms: name and state
    pub alarms: Vec<String>,
    /// the launch template and its AMI
    pub template: Option<String>,
}

/// An alarm state as the console of `lang` words it.
pub fn alarm_state(lang: Lang, s: AlarmState) -> &'static str {
    tr(
        lang,
        match s {
            AlarmState::Ok => Text::AlarmOk,
            AlarmState::Alarm => Text::AlarmAlarm,
            AlarmState::InsufficientData => Text::AlarmInsufficient,
        },
    )
}

/// The diagram of the account now, in `lang`.
pub fn diagram(lang: Lang, acc: &Account) -> Diagram {
    let alb = acc.load_balancers().next().map(|l| {
        let st = if acc.now() < l.active_at { "provisioning" } else { "active" };
        format!("{} ({})", l.name, super::resources::state_word(lang, st))
    });
    let target_group = acc.target_groups().next().map(|g| {
        let healthy = g.targets.iter().filter(|x| x.health == Health::Healthy).count();
        let grp = acc.group().map_or(0, |gr| {
            gr.sim.snapshot().group_instances().filter(|i| i.lifecycle == LifecycleState::InService).count()
        });
        fill(lang, Text::DiagramTgLine, &[("name", &g.name), ("healthy", &healthy), ("grp", &grp)])
    });
    let group = acc.group().map(|g| {
        let s = g.sim.snapshot();
        let n = s.group_instances().filter(|i| i.lifecycle == LifecycleState::InService).count();
        let v: [(&str, &dyn std::fmt::Display); 5] =
            [("name", &g.name), ("d", &s.desired), ("min", &s.min), ("max", &s.max), ("n", &n)];
        fill(lang, Text::DiagramGroupLine, &v)
    });
    let alarms = acc
        .group()
        .map(|g| g.sim.alarms().iter().map(|a| format!("{} · {}", a.spec.name, alarm_state(lang, a.state))).collect())
        .unwrap_or_default();
    let template = acc.launch_templates().next().map(|l| {
        let ami = match l.versions.first().map(|v| &v.image) {
            Some(asg_engine::account::ImageRef::Own(id)) => id.clone(),
            Some(asg_engine::account::ImageRef::Catalogue(c)) => c.title().to_string(),
            None => String::new(),
        };
        format!("{} → {ami}", l.name)
    });
    Diagram { alb, target_group, group, alarms, template }
}
