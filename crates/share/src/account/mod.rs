//! The guided lab's account in a link (`acct=`): every console request with its second, in
//! order, so that replaying them on a fresh account with the link's seed gives the same
//! account (`Account::replay`).
//!
//! ```text
//! acct  := entry (';' entry)*
//! entry := at_s ':' verb (':' field)*          at_s ≤ a week; fields escape ~ : ; , + as ~t ~c ~s ~m ~p
//! verb  := 'why' | 'region:' code | 'key:' name | 'delkey:' name
//!        | 'sg:' name ':' description ':' rules   | 'rule:' sg ':' rule | 'unrule:' sg ':' rule | 'delsg:' sg
//!        | 'run:' name ':' image ':' type ':' key ':' az ':' public(1|0) ':' sgs ':' rules ':' gib
//!        | 'term:' id | 'stress:' id ':' seconds ':' workers
//!        | 'tg:' name ':' port ':' path ':' ids | 'reg:' tg ':' id | 'dereg:' tg ':' id | 'deltg:' name
//!        | 'lb:' name ':' internet(1|0) ':' azs ':' sgs ':' port ':' tg | 'dellb:' name
//!        | 'img:' id ':' name ':' noreboot(1|0) | 'delami:' id | 'delsnap:' id
//!        | 'lt:' name ':' image ':' type ':' key ':' sgs ':' detailed(1|0) | 'dellt:' name
//!        | 'asg:' name ':' template ':' version ':' azs ':' tg ':' elb(1|0) ':' grace ':'
//!                 desired ':' min ':' max ':' (target '/' warmup | '-')     | 'delasg:' name
//!        | 'attach:' asg ':' tg | 'detach:' asg ':' tg
//!        | 'upasg:' name ':' min ':' max ':' desired ':' azs      ('-' leaves a value as it is)
//!        | 'sh:' line | 'eng:' action (the `ev=` grammar's action, see `event.rs`)
//! rules := '-' (no new group) | '' | rule (',' rule)* ;  rule := port '/' ('any' | 'me' | sg-id)
//! image := 'bitnami' | 'al2023' | ami-id ;  lists (ids, sgs, azs) are '+'-separated; '-' = none
//! ```
//! Values are checked for syntax only: the account validates each request when it is
//! replayed, exactly as when it was made, so a refused request is refused again.

mod fields;

use crate::problem::{Problem, Used};
use crate::scalar::{flag, pflag, pword, short, u32_, uint, word, REGIONS, TYPES};
use crate::MAX_TIME_S;
use asg_engine::account::{Action, GroupForm, InstanceForm, LoadBalancerForm, Log, TemplateForm};
use asg_engine::ids::InstanceRef;
use asg_engine::journal::to_event;
use asg_engine::scenario::ScheduledEvent;
use fields::*;

/// Latest second a request may be made at [s] (a week, the longest jump): a link replays up to
/// its last request before the page shows, so a far-away one must not freeze it.
pub const MAX_ACCOUNT_S: u64 = 7 * 86_400;

/// Print one entry.
pub fn print(at_s: u64, a: &Action) -> String {
    use Action as A;
    let v = match a {
        A::ReadWhy => "why".to_string(),
        A::SetRegion(r) => format!("region:{}", pword(*r, &REGIONS)),
        A::CreateKeyPair(n) => format!("key:{}", esc(n)),
        A::DeleteKeyPair(n) => format!("delkey:{}", esc(n)),
        A::Shell(line) => format!("sh:{}", esc(line)),
        A::CreateSecurityGroup { name, description, rules: r } => {
            format!("sg:{}:{}:{}", esc(name), esc(description), rules(&Some(r.clone())))
        }
        A::AddRule { group, rule: r } => format!("rule:{}:{}", esc(group), rule(r)),
        A::RevokeRule { group, rule: r } => format!("unrule:{}:{}", esc(group), rule(r)),
        A::AttachTargetGroup { group, target_group } => format!("attach:{}:{}", esc(group), esc(target_group)),
        A::UpdateGroup { group, min, max, desired, azs } => {
            let n = |v: &Option<u32>| v.map_or_else(|| "-".into(), |x| x.to_string());
            let z = azs.as_ref().map_or_else(|| "-".into(), |z| if z.is_empty() { String::new() } else { nums(z) });
            format!("upasg:{}:{}:{}:{}:{z}", esc(group), n(min), n(max), n(desired))
        }
        A::DetachTargetGroup { group, target_group } => format!("detach:{}:{}", esc(group), esc(target_group)),
        A::DeleteSecurityGroup(id) => format!("delsg:{}", esc(id)),
        A::RunInstance(f) => format!(
            "run:{}:{}:{}:{}:{}:{}:{}:{}:{}",
            esc(&f.name),
            image(&f.image),
            pword(f.itype, &TYPES),
            opt_s(&f.key),
            f.az.map_or_else(|| "-".into(), |z| z.to_string()),
            pflag(f.public_ip),
            list(&f.groups),
            rules(&f.new_group),
            f.volume_gb
        ),
        A::TerminateInstance(id) => format!("term:{}", esc(id)),
        A::Stress { instance, duration_s, workers } => format!("stress:{}:{duration_s}:{workers}", esc(instance)),
        A::CreateTargetGroup { name, port, hc_path, register } => {
            format!("tg:{}:{port}:{}:{}", esc(name), esc(hc_path), list(register))
        }
        A::RegisterTarget { target_group, instance } => format!("reg:{}:{}", esc(target_group), esc(instance)),
        A::DeregisterTarget { target_group, instance } => format!("dereg:{}:{}", esc(target_group), esc(instance)),
        A::DeleteTargetGroup(n) => format!("deltg:{}", esc(n)),
        A::CreateLoadBalancer(f) => format!(
            "lb:{}:{}:{}:{}:{}:{}",
            esc(&f.name),
            pflag(f.internet_facing),
            nums(&f.azs),
            list(&f.groups),
            f.port,
            esc(&f.target_group)
        ),
        A::DeleteLoadBalancer(n) => format!("dellb:{}", esc(n)),
        A::CreateImage { instance, name, no_reboot } => {
            format!("img:{}:{}:{}", esc(instance), esc(name), pflag(*no_reboot))
        }
        A::DeregisterImage(id) => format!("delami:{}", esc(id)),
        A::DeleteSnapshot(id) => format!("delsnap:{}", esc(id)),
        A::CreateLaunchTemplate(f) => format!(
            "lt:{}:{}:{}:{}:{}:{}",
            esc(&f.name),
            image(&f.image),
            pword(f.itype, &TYPES),
            opt_s(&f.key),
            list(&f.groups),
            pflag(f.detailed_monitoring)
        ),
        A::DeleteLaunchTemplate(n) => format!("dellt:{}", esc(n)),
        A::CreateGroup(f) => format!(
            "asg:{}:{}:{}:{}:{}:{}:{}:{}:{}:{}:{}",
            esc(&f.name),
            esc(&f.template),
            f.version.map_or_else(|| "-".into(), |v| v.to_string()),
            nums(&f.azs),
            opt_s(&f.target_group),
            pflag(f.elb_health),
            f.grace_s,
            f.desired,
            f.min,
            f.max,
            f.cpu_target.map_or_else(|| "-".into(), |(t, w)| format!("{}/{w}", super::scalar::f(t)))
        ),
        A::DeleteGroup(n) => format!("delasg:{}", esc(n)),
        A::Engine(cmd) => {
            let e = super::event::print(&ScheduledEvent { at_s: 0, action: to_event(cmd) });
            format!("eng:{}", &e[2..])
        }
    };
    format!("{at_s}:{v}")
}

/// Parse one entry.
pub fn parse(s: &str) -> Result<(u64, Action), Problem> {
    use Action as A;
    let (at, rest) = s.split_once(':').ok_or_else(|| Problem::NotTimeAction(short(s)))?;
    let at_s = uint(at, MAX_ACCOUNT_S)?;
    let (verb, args) = rest.split_once(':').unwrap_or((rest, ""));
    if verb == "eng" {
        let e = super::event::parse(&format!("0:{args}"))?;
        let cmd = e.action.map_instance(|r| match r {
            InstanceRef::Id(id) => Ok(id),
            InstanceRef::Nth(_) => Err(Problem::NotTimeAction(short(args))),
        })?;
        return Ok((at_s, A::Engine(cmd)));
    }
    let a: Vec<&str> = if args.is_empty() && verb != "sh" { Vec::new() } else { args.split(':').collect() };
    let want = |n: usize| {
        if a.len() == n {
            Ok(())
        } else {
            Err(Problem::Arity { kind: verb.to_string(), want: n, got: a.len() })
        }
    };
    let s_ = |k: usize| unesc(a[k]);
    let ty = |k: usize| word(a[k], &TYPES, super::problem::WordKind::InstanceType);
    let action = match verb {
        "why" => {
            want(0)?;
            A::ReadWhy
        }
        "region" => {
            want(1)?;
            A::SetRegion(word(a[0], &REGIONS, super::problem::WordKind::Region)?)
        }
        "key" | "delkey" | "sh" | "delsg" | "term" | "deltg" | "dellb" | "delami" | "delsnap" | "dellt" | "delasg" => {
            want(1)?;
            let v = s_(0)?;
            match verb {
                "key" => A::CreateKeyPair(v),
                "delkey" => A::DeleteKeyPair(v),
                "sh" => A::Shell(v),
                "delsg" => A::DeleteSecurityGroup(v),
                "term" => A::TerminateInstance(v),
                "deltg" => A::DeleteTargetGroup(v),
                "dellb" => A::DeleteLoadBalancer(v),
                "delami" => A::DeregisterImage(v),
                "delsnap" => A::DeleteSnapshot(v),
                "dellt" => A::DeleteLaunchTemplate(v),
                _ => A::DeleteGroup(v),
            }
        }
        "sg" => {
            want(3)?;
            A::CreateSecurityGroup { name: s_(0)?, description: s_(1)?, rules: unrules(a[2])?.unwrap_or_default() }
        }
        "rule" => {
            want(2)?;
            A::AddRule { group: s_(0)?, rule: unrule(a[1])? }
        }
        "unrule" => {
            want(2)?;
            A::RevokeRule { group: s_(0)?, rule: unrule(a[1])? }
        }
        "upasg" => {
            want(5)?;
            let n = |v: &str| if v == "-" { Ok(None) } else { u32_(v, u32::MAX).map(Some) };
            let azs = match a[4] {
                "-" => None,
                "" => Some(Vec::new()),
                v => Some(unnums(v)?),
            };
            A::UpdateGroup { group: s_(0)?, min: n(a[1])?, max: n(a[2])?, desired: n(a[3])?, azs }
        }
        "attach" | "detach" => {
            want(2)?;
            let (group, target_group) = (s_(0)?, s_(1)?);
            if verb == "attach" {
                A::AttachTargetGroup { group, target_group }
            } else {
                A::DetachTargetGroup { group, target_group }
            }
        }
        "run" => {
            want(9)?;
            A::RunInstance(InstanceForm {
                name: s_(0)?,
                image: unimage(a[1])?,
                itype: ty(2)?,
                key: unopt_s(a[3])?,
                az: if a[4] == "-" { None } else { Some(u32_(a[4], 63)?) },
                public_ip: flag(a[5])?,
                groups: unlist(a[6])?,
                new_group: unrules(a[7])?,
                volume_gb: u32_(a[8], 65_536)?,
            })
        }
        "stress" => {
            want(3)?;
            A::Stress { instance: s_(0)?, duration_s: uint(a[1], MAX_TIME_S)?, workers: u32_(a[2], 64)? }
        }
        "tg" => {
            want(4)?;
            A::CreateTargetGroup {
                name: s_(0)?,
                port: u32_(a[1], 65_535)? as u16,
                hc_path: s_(2)?,
                register: unlist(a[3])?,
            }
        }
        "reg" | "dereg" => {
            want(2)?;
            let (target_group, instance) = (s_(0)?, s_(1)?);
            if verb == "reg" {
                A::RegisterTarget { target_group, instance }
            } else {
                A::DeregisterTarget { target_group, instance }
            }
        }
        "lb" => {
            want(6)?;
            A::CreateLoadBalancer(LoadBalancerForm {
                name: s_(0)?,
                internet_facing: flag(a[1])?,
                azs: unnums(a[2])?,
                groups: unlist(a[3])?,
                port: u32_(a[4], 65_535)? as u16,
                target_group: s_(5)?,
            })
        }
        "img" => {
            want(3)?;
            A::CreateImage { instance: s_(0)?, name: s_(1)?, no_reboot: flag(a[2])? }
        }
        "lt" => {
            want(6)?;
            A::CreateLaunchTemplate(TemplateForm {
                name: s_(0)?,
                image: unimage(a[1])?,
                itype: ty(2)?,
                key: unopt_s(a[3])?,
                groups: unlist(a[4])?,
                detailed_monitoring: flag(a[5])?,
            })
        }
        "asg" => {
            want(11)?;
            let cpu_target = match a[10] {
                "-" => None,
                v => {
                    let (t, w) = v.split_once('/').ok_or_else(|| Problem::NotTimeAction(short(v)))?;
                    Some((super::scalar::num(t)?, u32_(w, 86_400)?))
                }
            };
            A::CreateGroup(GroupForm {
                name: s_(0)?,
                template: s_(1)?,
                version: if a[2] == "-" { None } else { Some(u32_(a[2], u32::MAX)?) },
                azs: unnums(a[3])?,
                target_group: unopt_s(a[4])?,
                elb_health: flag(a[5])?,
                grace_s: u32_(a[6], 7200)?,
                desired: u32_(a[7], u32::MAX)?,
                min: u32_(a[8], u32::MAX)?,
                max: u32_(a[9], u32::MAX)?,
                cpu_target,
            })
        }
        v => return Err(Problem::NotEventKind(short(v))),
    };
    Ok((at_s, action))
}

/// `acct=`'s value: the requests, and a problem for each malformed one (dropped: the rest
/// replay, and the account refuses what then no longer makes sense, as it would have), for
/// more than `max` (the first `max` kept), and for entries out of time order (sorted).
pub(super) fn read(s: &str, max: usize) -> (Log, Vec<(Problem, Used)>) {
    let (mut out, mut problems) = (Log::new(), Vec::new());
    if s.is_empty() {
        return (out, problems);
    }
    for (i, item) in s.split(';').enumerate() {
        if out.len() >= max {
            problems.push((Problem::TooManyEvents(max), Used::FirstN(max)));
            break;
        }
        match parse(item) {
            Ok(e) => out.push(e),
            Err(e) => {
                problems.push((Problem::InEvent { index: i + 1, item: short(item), error: Box::new(e) }, Used::Dropped))
            }
        }
    }
    if out.windows(2).any(|w| w[0].0 > w[1].0) {
        out.sort_by_key(|e| e.0);
        problems.push((Problem::EventsOutOfOrder, Used::SortedByTime));
    }
    (out, problems)
}
