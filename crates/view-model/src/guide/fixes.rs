//! The fixes a resource row offers in place, as the console allows them: inbound rules added
//! or removed, targets registered or deregistered, the group's target group attached or
//! detached (docs/aws-behaviour.md §11 "Security groups", "Auto Scaling group").

use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::account::{Account, Action, Ec2Instance, Health, InstanceState, Rule, SecurityGroup, Source};

/// One request a row's button makes.
#[derive(Clone, Debug, PartialEq)]
pub struct Fix {
    /// the request
    pub action: Action,
    /// the button's label
    pub label: String,
    /// its stable hook (`data-testid`)
    pub testid: String,
}

/// Attach or detach each target group of the region shown.
pub fn group_fixes(lang: Lang, acc: &Account) -> Vec<Fix> {
    let Some(g) = acc.group().filter(|g| !g.deleting) else { return Vec::new() };
    acc.target_groups()
        .map(|tg| {
            let (group, target_group) = (g.name.clone(), tg.name.clone());
            if g.target_groups.contains(&tg.arn) {
                Fix {
                    label: fill(lang, Text::FixDetach, &[("tg", &tg.name)]),
                    testid: format!("detach-{}", tg.name),
                    action: Action::DetachTargetGroup { group, target_group },
                }
            } else {
                Fix {
                    label: fill(lang, Text::FixAttach, &[("tg", &tg.name)]),
                    testid: format!("attach-{}", tg.name),
                    action: Action::AttachTargetGroup { group, target_group },
                }
            }
        })
        .collect()
}

/// Register a running instance in each target group, or deregister it.
pub fn instance_fixes(lang: Lang, acc: &Account, i: &Ec2Instance) -> Vec<Fix> {
    if !matches!(i.state, InstanceState::Pending | InstanceState::Running) {
        return Vec::new();
    }
    acc.target_groups()
        .map(|tg| {
            let (target_group, instance) = (tg.name.clone(), i.id.clone());
            let registered = tg.targets.iter().any(|x| x.instance == i.id && x.health != Health::Draining);
            if registered {
                Fix {
                    label: fill(lang, Text::FixDeregister, &[("tg", &tg.name)]),
                    testid: format!("deregister-{}", i.id),
                    action: Action::DeregisterTarget { target_group, instance },
                }
            } else {
                Fix {
                    label: fill(lang, Text::FixRegister, &[("tg", &tg.name)]),
                    testid: format!("register-{}", i.id),
                    action: Action::RegisterTarget { target_group, instance },
                }
            }
        })
        .collect()
}

/// Remove each inbound rule; allow HTTP (80) from anywhere, and from the load balancers'
/// groups, where it is not allowed yet.
pub fn sg_fixes(lang: Lang, acc: &Account, g: &SecurityGroup) -> Vec<Fix> {
    let mut v: Vec<Fix> = g
        .rules
        .iter()
        .enumerate()
        .map(|(k, r)| Fix {
            label: fill(lang, Text::FixRevoke, &[("rule", &format!("{} ← {}", r.port, r.source.label()))]),
            testid: format!("revoke-{}-{k}", g.id),
            action: Action::RevokeRule { group: g.id.clone(), rule: r.clone() },
        })
        .collect();
    let add = |source: Source| Action::AddRule { group: g.id.clone(), rule: Rule { port: 80, source } };
    if !g.rules.iter().any(|r| r.port == 80 && r.source == Source::Anywhere) {
        v.push(Fix {
            label: tr(lang, Text::FixAllowHttp).to_string(),
            testid: format!("allow-http-{}", g.id),
            action: add(Source::Anywhere),
        });
    }
    let is_lb_group = acc.load_balancers().any(|l| l.groups.contains(&g.id));
    if !is_lb_group && !g.rules.iter().any(|r| r.port == 22) {
        v.push(Fix {
            label: tr(lang, Text::FixAllowSsh).to_string(),
            testid: format!("allow-ssh-{}", g.id),
            action: Action::AddRule { group: g.id.clone(), rule: Rule { port: 22, source: Source::MyIp } },
        });
    }
    let lb_groups = acc.load_balancers().flat_map(|l| l.groups.iter()).filter(|id| **id != g.id);
    let mut seen: Vec<&String> = Vec::new();
    for id in lb_groups {
        let from = Source::Group(id.clone());
        if seen.contains(&id) || g.rules.iter().any(|r| r.port == 80 && r.source == from) {
            continue;
        }
        seen.push(id);
        let name = acc.security_groups().find(|x| &x.id == id).map_or(id.clone(), |x| x.name.clone());
        v.push(Fix {
            label: fill(lang, Text::FixAllowHttpFrom, &[("sg", &name)]),
            testid: format!("allow-http-from-{}", g.id),
            action: add(from),
        });
    }
    v
}
