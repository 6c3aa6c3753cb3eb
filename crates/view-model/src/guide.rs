//! The guided lab's view models (`src/app/guide`): the checklist, the account's resources with
//! their cost, the architecture drawn from them, and the browser pane's page.

use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::account::guide::StepState;
use asg_engine::account::{
    Account, AccountError, Action, Billable, Health, ImageState, InstanceState, LabRefusal, Missing, Page,
};
use asg_engine::prices::HOURS_PER_MONTH;
use asg_engine::LifecycleState;

/// The steps' titles, 1 to 7.
pub const STEP_TITLES: [Text; 7] =
    [Text::Step1, Text::Step2, Text::Step3, Text::Step4, Text::Step5, Text::Step6, Text::Step7];

/// The pitfall each step warns about (step 1 has none).
pub const STEP_PITFALLS: [Option<Text>; 7] = [
    None,
    Some(Text::Step2Pitfall),
    Some(Text::Step3Pitfall),
    Some(Text::Step4Pitfall),
    Some(Text::Step5Pitfall),
    Some(Text::Step6Pitfall),
    Some(Text::Step7Pitfall),
];

/// One line of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepRow {
    /// 1..=7
    pub n: u8,
    /// title
    pub title: &'static str,
    /// where it stands
    pub state: StepState,
    /// "to do" / "started" / "done"
    pub state_label: &'static str,
}

/// The checklist, from the account's state.
pub fn steps(lang: Lang, acc: &Account) -> Vec<StepRow> {
    (1..=7u8)
        .map(|n| {
            let state = acc.step_state(n);
            let label = match state {
                StepState::ToDo => Text::StepToDo,
                StepState::Started => Text::StepStarted,
                StepState::Done => Text::StepDone,
            };
            StepRow { n, title: tr(lang, STEP_TITLES[n as usize - 1]), state, state_label: tr(lang, label) }
        })
        .collect()
}

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
    };
    if let Some(g) = acc.group() {
        let s = g.sim.snapshot();
        let state = if g.deleting { "Deleting".to_string() } else { format!("{} / {} / {}", s.desired, s.min, s.max) };
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
        for i in s.instances.iter().filter(|i| i.lifecycle != LifecycleState::Terminated) {
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
            state.into(),
            cost(Billable::LoadBalancer, &l.name),
            del,
        ));
    }
    for g in acc.target_groups() {
        // the wizard's targets, and the group's instances registered by the group
        let (mut healthy, mut all) =
            (g.targets.iter().filter(|x| x.health == Health::Healthy).count(), g.targets.len());
        if let Some(gr) = acc.group().filter(|gr| gr.target_groups.contains(&g.arn)) {
            for i in gr.sim.snapshot().instances.iter().filter(|i| i.target_state != asg_engine::TargetState::Unused) {
                all += 1;
                healthy += usize::from(i.target_state == asg_engine::TargetState::Healthy);
            }
        }
        let state = format!("{healthy} / {all} healthy");
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
            i.state.label().into(),
            cost(Billable::Instance, &i.id),
            del,
        ));
    }
    for im in acc.images() {
        let state = if im.state == ImageState::Available { "available" } else { "pending" };
        let del = Some((Action::DeregisterImage(im.id.clone()), k(Text::ActionDeregister)));
        out.push(row(
            "ami",
            k(Text::KindImage),
            im.id.clone(),
            im.name.clone(),
            state.into(),
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
            "completed".into(),
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

/// "Cost per month if left as it is: $…", or that nothing bills.
pub fn per_month_line(lang: Lang, acc: &Account) -> String {
    if acc.anything_billable() {
        fill(lang, Text::PerMonthTotal, &[("usd", &usd(acc.per_month_usd()))])
    } else {
        tr(lang, Text::NothingBillable).to_string()
    }
}

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

/// The diagram of the account now.
pub fn diagram(acc: &Account) -> Diagram {
    let alb = acc.load_balancers().next().map(|l| {
        let st = if acc.now() < l.active_at { "provisioning" } else { "active" };
        format!("{} ({st})", l.name)
    });
    let target_group = acc.target_groups().next().map(|g| {
        let healthy = g.targets.iter().filter(|x| x.health == Health::Healthy).count();
        let grp = acc.group().map_or(0, |gr| {
            gr.sim.snapshot().instances.iter().filter(|i| i.lifecycle == LifecycleState::InService).count()
        });
        format!("{} ({} healthy + {grp} of the group)", g.name, healthy)
    });
    let group = acc.group().map(|g| {
        let s = g.sim.snapshot();
        let n = s.instances.iter().filter(|i| i.lifecycle == LifecycleState::InService).count();
        format!("{} (desired {} · min {} · max {} · InService {n})", g.name, s.desired, s.min, s.max)
    });
    let alarms = acc
        .group()
        .map(|g| g.sim.alarms().iter().map(|a| format!("{} · {}", a.spec.name, a.state)).collect())
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

/// The browser pane: a CSS class for the kind of answer, and its text.
pub fn page_text(lang: Lang, p: &Page) -> (&'static str, String) {
    match p {
        Page::NoSuchHost => ("error", tr(lang, Text::BrowserNoHost).to_string()),
        Page::TimedOut => ("error", tr(lang, Text::BrowserTimedOut).to_string()),
        Page::WordPress { instance } => ("ok", fill(lang, Text::BrowserWordPress, &[("id", instance)])),
        Page::Error { status, reason } => ("error", format!("{status} {} — {reason}", status_text(*status))),
    }
}

/// A refusal as the guide shows it: the lab's own rules in the learner's language, AWS's
/// errors as AWS words them ("Code: message"), the lab's form checks (no code) as their
/// message alone.
pub fn refusal_text(lang: Lang, e: &AccountError) -> String {
    match e.lab {
        Some(LabRefusal::StepFirst(m)) => {
            let what = tr(
                lang,
                match m {
                    Missing::WordPressInstance => Text::MissingWordPress,
                    Missing::Image => Text::MissingImage,
                    Missing::Group => Text::MissingGroup,
                    Missing::InServiceInstance => Text::MissingInService,
                },
            );
            fill(lang, Text::LabStepFirst, &[("n", &m.step()), ("what", &what)])
        }
        Some(LabRefusal::OneGroup) => format!("{}: {}", e.error.code, tr(lang, Text::LabOneGroup)),
        None if e.error.code.is_empty() => e.error.message.clone(),
        None => e.error.to_string(),
    }
}

fn status_text(status: u16) -> &'static str {
    match status {
        502 => "Bad Gateway",
        503 => "Service Temporarily Unavailable",
        504 => "Gateway Time-out",
        _ => "Error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checklist_and_resources_follow_the_account() {
        let mut a = Account::new(2);
        assert!(steps(Lang::En, &a).iter().all(|r| r.state == StepState::ToDo));
        a.do_step(1).unwrap();
        a.do_step(2).unwrap();
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
    fn the_labs_own_refusals_are_worded_in_the_learners_language() {
        let mut a = Account::new(2);
        a.do_through(2).unwrap();
        let id = a.instances().next().unwrap().id.clone();
        a.apply(&Action::TerminateInstance(id)).unwrap();
        let e = a.do_step(4).unwrap_err();
        assert_eq!(e.lab, Some(LabRefusal::StepFirst(Missing::WordPressInstance)));
        assert_eq!(e.to_string(), "LabStep: Do step 2 first: no WordPress instance is running.");
        assert_eq!(refusal_text(Lang::En, &e), "Do step 2 first: no WordPress instance is running.");
        assert_eq!(refusal_text(Lang::Ko, &e), "먼저 2단계를 하세요: 실행 중인 WordPress 인스턴스가 없습니다.");
        let one = AccountError::lab(LabRefusal::OneGroup);
        assert_eq!(
            refusal_text(Lang::Ko, &one),
            "LimitExceeded: 실습 계정에는 Auto Scaling 그룹이 하나만 있을 수 있습니다. 먼저 있는 그룹을 삭제하세요."
        );
        // AWS's own errors stay as AWS words them, in either language
        let aws = AccountError::whole("InvalidAMIID.NotFound", "The image id '[ami-1]' does not exist");
        assert_eq!(refusal_text(Lang::Ko, &aws), "InvalidAMIID.NotFound: The image id '[ami-1]' does not exist");
        assert_eq!(refusal_text(Lang::Ko, &AccountError::field("n", "", "x")), "x");
    }

    #[test]
    fn usd_and_pages_read_plainly() {
        assert_eq!((usd(0.01234), usd(12.345)), ("$0.0123".to_string(), "$12.35".to_string()));
        let (class, text) =
            page_text(Lang::En, &Page::Error { status: 503, reason: "no registered target is healthy" });
        assert_eq!(
            (class, text.as_str()),
            ("error", "503 Service Temporarily Unavailable — no registered target is healthy")
        );
    }
}
