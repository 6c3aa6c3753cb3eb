//! The account's resources as the list shows them, with what each has cost and costs per month.

use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::account::{Account, Action, Billable, Health, ImageState, InstanceState};
use asg_engine::prices::HOURS_PER_MONTH;
use asg_engine::LifecycleState;

use super::fixes::{group_fixes, instance_fixes, sg_fixes, Fix};

/// `$0.0123` below a dollar, `$12.34` above.
pub fn usd(x: f64) -> String {
    if x.abs() < 1.0 {
        format!("${x:.4}")
    } else {
        format!("${x:.2}")
    }
}

/// One resource of the account (the region shown).
#[derive(Clone, Debug, PartialEq)]
pub struct ResourceRow {
    /// what it is, stable across languages (`group`, `group-instance`, `lb`, `tg`,
    /// `instance`, `ami`, `snapshot`, `template`, `sg`, `key`)
    pub key: &'static str,
    /// what it is, in the current language
    pub kind: &'static str,
    /// its id (or name where AWS names it by name)
    pub id: String,
    /// name / detail
    pub name: String,
    /// state as the console writes it
    pub state: String,
    /// cost so far ("—" when free)
    pub so_far: String,
    /// per month if left ("—" when free or no longer billing)
    pub per_month: String,
    /// the request that deletes it, and its button label
    pub delete: Option<(Action, &'static str)>,
    /// deleting it deletes more (the group's instances, the listener): ask once
    pub confirm: bool,
    /// fixes in place (`fixes.rs`)
    pub fixes: Vec<Fix>,
}

/// Every resource in the region shown, in the clean-up order.
pub fn resources(lang: Lang, acc: &Account) -> Vec<ResourceRow> {
    let bill = acc.bill();
    let cost = |kind: Billable, id: &str| {
        bill.iter().find(|l| l.kind == kind && l.id == id).map_or(("—".to_string(), "—".to_string()), |l| {
            let m = if l.per_hour_usd > 0.0 { usd(l.per_hour_usd * HOURS_PER_MONTH) } else { "—".into() };
            (usd(l.so_far_usd), m)
        })
    };
    let k = |t: Text| tr(lang, t);
    let mut out = Vec::new();
    let row = |key, kind, id: String, name: String, state: String, c: (String, String), delete| ResourceRow {
        key,
        kind,
        id,
        name,
        state,
        so_far: c.0,
        per_month: c.1,
        delete,
        confirm: matches!(key, "group" | "lb"),
        fixes: Vec::new(),
    };
    if let Some(g) = acc.group() {
        let s = g.sim.snapshot();
        let state =
            if g.deleting { state_word(lang, "Deleting") } else { format!("{} / {} / {}", s.desired, s.min, s.max) };
        let del = (!g.deleting).then(|| (Action::DeleteGroup(g.name.clone()), k(Text::ActionDelete)));
        out.push(row(
            "group",
            k(Text::KindGroup),
            g.name.clone(),
            String::new(),
            state,
            cost(Billable::Group, &g.name),
            del,
        ));
        fix_last(&mut out, group_fixes(lang, acc));
        for i in s.group_instances().filter(|i| i.lifecycle != LifecycleState::Terminated) {
            let id = i.id.to_string();
            let ip = acc.addresses_of(&id).and_then(|a| a.0).unwrap_or_default();
            let del = Some((Action::TerminateInstance(id.clone()), k(Text::ActionTerminate)));
            let (c, st) = (("—".to_string(), "—".to_string()), format!("{} · {:.0} % CPU", i.lifecycle, i.cpu));
            out.push(row("group-instance", k(Text::KindGroupInstance), id, ip, st, c, del));
        }
    }
    for l in acc.load_balancers() {
        let state = if acc.now() < l.active_at { "provisioning" } else { "active" };
        let del = Some((Action::DeleteLoadBalancer(l.name.clone()), k(Text::ActionDelete)));
        out.push(row(
            "lb",
            k(Text::KindLoadBalancer),
            l.name.clone(),
            l.dns.clone(),
            state_word(lang, state),
            cost(Billable::LoadBalancer, &l.name),
            del,
        ));
    }
    for g in acc.target_groups() {
        // the wizard's targets, and the group's instances registered by the group
        let (mut healthy, mut all) =
            (g.targets.iter().filter(|x| x.health == Health::Healthy).count(), g.targets.len());
        if let Some(gr) = acc.group().filter(|gr| gr.target_groups.contains(&g.arn)) {
            // (an instance registered by hand is in `g.targets` already)
            for i in gr.sim.snapshot().group_instances().filter(|i| i.target_state != asg_engine::TargetState::Unused) {
                all += 1;
                healthy += usize::from(i.target_state == asg_engine::TargetState::Healthy);
            }
        }
        let state = fill(lang, Text::StateHealthyOf, &[("n", &healthy), ("all", &all)]);
        let del = Some((Action::DeleteTargetGroup(g.name.clone()), k(Text::ActionDelete)));
        out.push(row(
            "tg",
            k(Text::KindTargetGroup),
            g.name.clone(),
            String::new(),
            state,
            ("—".into(), "—".into()),
            del,
        ));
    }
    for i in acc.instances() {
        let del = matches!(i.state, InstanceState::Pending | InstanceState::Running)
            .then(|| (Action::TerminateInstance(i.id.clone()), k(Text::ActionTerminate)));
        let name = format!("{} · {} · {}", i.name, i.itype.name(), i.public_ip.as_deref().unwrap_or("-"));
        out.push(row(
            "instance",
            k(Text::KindInstance),
            i.id.clone(),
            name,
            state_word(lang, i.state.label()),
            cost(Billable::Instance, &i.id),
            del,
        ));
        fix_last(&mut out, instance_fixes(lang, acc, i));
    }
    for im in acc.images() {
        let state = if im.state == ImageState::Available { "available" } else { "pending" };
        let del = Some((Action::DeregisterImage(im.id.clone()), k(Text::ActionDeregister)));
        out.push(row(
            "ami",
            k(Text::KindImage),
            im.id.clone(),
            im.name.clone(),
            state_word(lang, state),
            ("—".into(), "—".into()),
            del,
        ));
    }
    for sn in acc.snapshots() {
        let del = Some((Action::DeleteSnapshot(sn.id.clone()), k(Text::ActionDelete)));
        let name = format!("{} GiB · {}", sn.size_gb, sn.description);
        out.push(row(
            "snapshot",
            k(Text::KindSnapshot),
            sn.id.clone(),
            name,
            state_word(lang, "completed"),
            cost(Billable::Snapshot, &sn.id),
            del,
        ));
    }
    for l in acc.launch_templates() {
        let del = Some((Action::DeleteLaunchTemplate(l.name.clone()), k(Text::ActionDelete)));
        out.push(row(
            "template",
            k(Text::KindLaunchTemplate),
            l.id.clone(),
            l.name.clone(),
            format!("v{}", l.versions.len()),
            ("—".into(), "—".into()),
            del,
        ));
    }
    for g in acc.security_groups() {
        let del = (!g.is_default).then(|| (Action::DeleteSecurityGroup(g.id.clone()), k(Text::ActionDelete)));
        let rules: Vec<String> = g.rules.iter().map(|r| format!("{} ← {}", r.port, r.source.label())).collect();
        out.push(row(
            "sg",
            k(Text::KindSecurityGroup),
            g.id.clone(),
            format!("{} {}", g.name, rules.join(", ")),
            String::new(),
            ("—".into(), "—".into()),
            del,
        ));
        if !g.is_default {
            fix_last(&mut out, sg_fixes(lang, acc, g));
        }
    }
    for kp in acc.key_pairs() {
        let del = Some((Action::DeleteKeyPair(kp.name.clone()), k(Text::ActionDelete)));
        out.push(row(
            "key",
            k(Text::KindKeyPair),
            kp.id.clone(),
            kp.name.clone(),
            String::new(),
            ("—".into(), "—".into()),
            del,
        ));
    }
    out
}

/// A resource state as the console writes it: EC2's, Elastic Load Balancing's and EBS's
/// states in Korean in the Korean console (실행 중, 활성, …); anything else as given.
pub fn state_word(lang: Lang, en: &str) -> String {
    let t = match en {
        "pending" => Text::StatePending,
        "running" => Text::StateRunning,
        "shutting-down" => Text::StateShuttingDown,
        "terminated" => Text::StateTerminated,
        "provisioning" => Text::StateProvisioning,
        "active" => Text::StateActive,
        "available" => Text::StateAvailable,
        "completed" => Text::StateCompleted,
        "Deleting" => Text::StateDeleting,
        _ => return en.to_string(),
    };
    tr(lang, t).to_string()
}

fn fix_last(rows: &mut [ResourceRow], fixes: Vec<Fix>) {
    if let Some(r) = rows.last_mut() {
        r.fixes = fixes;
    }
}

/// "Cost per month if left as it is: $…", or that nothing bills.
pub fn per_month_line(lang: Lang, acc: &Account) -> String {
    if acc.anything_billable() {
        fill(lang, Text::PerMonthTotal, &[("usd", &usd(acc.per_month_usd()))])
    } else {
        tr(lang, Text::NothingBillable).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::account::guide::StepState;
    use asg_engine::account::Step;

    use crate::guide::checklist::steps;

    #[test]
    fn the_checklist_and_resources_follow_the_account() {
        let mut a = Account::new(2);
        assert!(steps(Lang::En, &a).iter().all(|r| r.state == StepState::ToDo));
        a.do_step(Step::Why).unwrap();
        a.do_step(Step::Launch).unwrap();
        a.advance_to(60);
        let rows = steps(Lang::Ko, &a);
        assert_eq!((rows[0].state, rows[1].state, rows[1].state_label), (StepState::Done, StepState::Done, "완료"));
        let res = resources(Lang::En, &a);
        let inst = res.iter().find(|r| r.key == "instance").unwrap();
        assert_eq!(inst.kind, "Instance");
        assert_eq!(inst.state, "running");
        assert!(inst.per_month.starts_with('$') && inst.delete.is_some());
        let default = res.iter().find(|r| r.name.starts_with("default")).unwrap();
        assert!(default.delete.is_none(), "the default security group has no delete button");
        assert!(per_month_line(Lang::En, &a).starts_with("Cost per month if left as it is: $"));
    }

    #[test]
    fn rows_offer_the_fixes_the_console_allows_in_the_learners_language() {
        let mut a = Account::new(3);
        a.do_through(Step::Stress).unwrap();
        let rows = resources(Lang::Ko, &a);
        let of = |key: &str| rows.iter().find(|r| r.key == key).unwrap();
        let group = of("group");
        assert!(group.confirm, "deleting the group asks once");
        assert_eq!(group.fixes.iter().map(|f| f.testid.as_str()).collect::<Vec<_>>(), ["detach-wordpress-tg"]);
        assert_eq!(group.fixes[0].label, "wordpress-tg 연결 해제");
        let inst = of("instance");
        assert_eq!(inst.state, "실행 중");
        assert!(matches!(inst.fixes[0].action, Action::DeregisterTarget { .. }), "{:?}", inst.fixes);
        assert_eq!(of("lb").state, "활성");
        assert_eq!(of("tg").state, "정상 2 / 2");
        let wizard = rows.iter().find(|r| r.key == "sg" && r.name.starts_with("launch-wizard-1")).unwrap();
        let labels: Vec<&str> = wizard.fixes.iter().map(|f| f.label.as_str()).collect();
        assert!(labels.contains(&"규칙 삭제: 80 ← 0.0.0.0/0"), "{labels:?}");
        assert!(labels.contains(&"alb-sg에서 오는 HTTP(80) 허용"), "{labels:?}");
        assert!(!labels.iter().any(|l| l.contains("어디서나")), "HTTP from anywhere is there already: {labels:?}");
        // the fix works as the console's request
        let revoke = wizard.fixes.iter().find(|f| f.label.contains("80 ←")).unwrap().action.clone();
        a.apply(&revoke).unwrap();
        let rows = resources(Lang::En, &a);
        let wizard = rows.iter().find(|r| r.key == "sg" && r.name.starts_with("launch-wizard-1")).unwrap();
        assert!(wizard.fixes.iter().any(|f| f.label == "Allow HTTP (80) from anywhere"));
    }
}
