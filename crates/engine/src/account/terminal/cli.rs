//! The read-only AWS CLI commands a course uses after step 5, answered from the account in
//! the CLI's JSON shape (`--output json`): `aws autoscaling describe-auto-scaling-groups`,
//! `describe-scaling-activities`, `aws ec2 describe-instances`, `aws elbv2
//! describe-target-health`, `aws cloudwatch describe-alarms`; anything else gets the CLI's
//! own usage error (docs/aws-behaviour.md §11 "ssh and stress"). The CLI's region is the one
//! the console shows.

use super::json::Json;
use crate::account::resources::*;
use crate::account::Account;
use crate::activity::ActivityKind;
use crate::views::{LifecycleState, TargetState};

/// The usage lines the CLI prints before an argument error.
const USAGE: [&str; 6] = [
    "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]",
    "To see help text, you can run:",
    "",
    "  aws help",
    "  aws <command> help",
    "  aws <command> <subcommand> help",
];

/// The commands this terminal answers, service by service.
const KNOWN: [(&str, &[&str]); 4] = [
    ("autoscaling", &["describe-auto-scaling-groups", "describe-scaling-activities"]),
    ("cloudwatch", &["describe-alarms"]),
    ("ec2", &["describe-instances"]),
    ("elbv2", &["describe-target-health"]),
];

/// Options every command takes (their values are read but change nothing here).
const GLOBAL: [&str; 3] = ["--region", "--output", "--no-cli-pager"];

/// `aws …` typed on the laptop: the lines it prints.
pub(super) fn aws(acc: &Account, w: &[&str]) -> Vec<String> {
    let Some(&service) = w.get(1) else {
        return usage_error("the following arguments are required: command");
    };
    let Some((_, ops)) = KNOWN.iter().find(|(s, _)| *s == service) else {
        return invalid("command", KNOWN.iter().map(|(s, _)| *s).collect());
    };
    let Some(&op) = w.get(2) else {
        return usage_error("the following arguments are required: operation");
    };
    if !ops.contains(&op) {
        return invalid("operation", ops.to_vec());
    }
    let (opts, unknown) = options(&w[3..], op);
    if !unknown.is_empty() {
        return vec![String::new(), format!("Unknown options: {}", unknown.join(", "))];
    }
    let arg = |name: &str| opts.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    match op {
        "describe-auto-scaling-groups" => groups(acc, &arg("--auto-scaling-group-names")).lines(),
        "describe-scaling-activities" => activities(acc).lines(),
        "describe-instances" => instances(acc, &arg("--instance-ids")).lines(),
        "describe-alarms" => alarms(acc).lines(),
        _ => match arg("--target-group-arn").first() {
            None => usage_error("the following arguments are required: --target-group-arn"),
            Some(arn) => target_health(acc, arn),
        },
    }
}

fn usage_error(msg: &str) -> Vec<String> {
    let mut v: Vec<String> = USAGE.iter().map(|l| l.to_string()).collect();
    v.push(String::new());
    v.push(format!("aws: error: {msg}"));
    v
}

/// `argument <what>: Invalid choice, valid choices are:` and the choices, two a line (the
/// lab's terminal lists the ones it answers).
fn invalid(what: &str, choices: Vec<&str>) -> Vec<String> {
    let mut v = usage_error(&format!("argument {what}: Invalid choice, valid choices are:"));
    v.push(String::new());
    for pair in choices.chunks(2) {
        v.push(match pair {
            [a, b] => format!("{a:<40} | {b}"),
            [a] => a.to_string(),
            _ => String::new(),
        });
    }
    v.push("(ASG Lab's terminal answers these read-only commands only.)".into());
    v
}

/// Options after the operation: (name, values) for the ones `op` takes, and the unknown ones
/// with their values, as the CLI lists them.
fn options(words: &[&str], op: &str) -> (Vec<(String, Vec<String>)>, Vec<String>) {
    let own: &[&str] = match op {
        "describe-auto-scaling-groups" => &["--auto-scaling-group-names", "--max-items"],
        "describe-scaling-activities" => &["--auto-scaling-group-name", "--max-items"],
        "describe-instances" => &["--instance-ids", "--max-items"],
        "describe-alarms" => &["--alarm-names", "--max-items"],
        _ => &["--target-group-arn", "--targets"],
    };
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    let mut k = 0;
    while k < words.len() {
        let name = words[k];
        let mut values = Vec::new();
        k += 1;
        while k < words.len() && !words[k].starts_with("--") {
            values.push(words[k].to_string());
            k += 1;
        }
        if own.contains(&name) || GLOBAL.contains(&name) {
            known.push((name.to_string(), values));
        } else {
            unknown.push(name.to_string());
            unknown.extend(values);
        }
    }
    (known, unknown)
}

fn time(t: u64) -> Json {
    Json::s(crate::account::utc_label(t).replace('Z', "+00:00"))
}

fn groups(acc: &Account, names: &[String]) -> Json {
    let g = acc.group().filter(|g| names.is_empty() || names.contains(&g.name));
    let list = g.map(|g| {
        let s = g.sim.snapshot();
        let sc = g.sim.scenario();
        let lt = acc.template_of(g);
        let template = Json::Obj(vec![
            ("LaunchTemplateId", Json::s(lt.map_or(String::new(), |l| l.id.clone()))),
            ("LaunchTemplateName", Json::s(g.template.0.clone())),
            ("Version", Json::s(g.template.1.to_string())),
        ]);
        let instances = s
            .group_instances()
            .filter(|i| i.lifecycle != LifecycleState::Terminated)
            .map(|i| {
                Json::Obj(vec![
                    ("InstanceId", Json::s(i.id.to_string())),
                    ("InstanceType", Json::s(i.instance_type)),
                    ("AvailabilityZone", Json::s(s.azs[i.az].name.clone())),
                    ("LifecycleState", Json::s(i.lifecycle.to_string())),
                    ("HealthStatus", Json::s(if i.healthy { "Healthy" } else { "Unhealthy" })),
                    ("LaunchTemplate", template.clone()),
                    ("ProtectedFromScaleIn", Json::Bool(i.protected)),
                ])
            })
            .collect();
        let azs = s.azs.iter().take(sc.group.azs as usize).map(|a| Json::s(a.name.clone())).collect();
        Json::Obj(vec![
            ("AutoScalingGroupName", Json::s(g.name.clone())),
            ("LaunchTemplate", template),
            ("MinSize", Json::n(s.min)),
            ("MaxSize", Json::n(s.max)),
            ("DesiredCapacity", Json::n(s.desired)),
            ("DefaultCooldown", Json::n(sc.group.default_cooldown_s)),
            ("AvailabilityZones", Json::Arr(azs)),
            ("LoadBalancerNames", Json::Arr(Vec::new())),
            ("TargetGroupARNs", Json::Arr(g.target_groups.iter().map(|a| Json::s(a.clone())).collect())),
            ("HealthCheckType", Json::s(sc.group.health_check_type.to_string())),
            ("HealthCheckGracePeriod", Json::n(sc.group.health_check_grace_s)),
            ("Instances", Json::Arr(instances)),
            ("CreatedTime", time(g.created_at)),
            ("TerminationPolicies", Json::Arr(vec![Json::s(sc.group.termination_policy.to_string())])),
            ("NewInstancesProtectedFromScaleIn", Json::Bool(sc.group.protect_new_instances)),
        ])
    });
    Json::Obj(vec![("AutoScalingGroups", Json::Arr(list.into_iter().collect()))])
}

fn activities(acc: &Account) -> Json {
    let list = acc.group().map_or_else(Vec::new, |g| {
        let at = |s: u64| g.created_at + s;
        g.sim
            .activities()
            .filter(|a| matches!(a.kind, ActivityKind::Launch | ActivityKind::Terminate))
            .map(|a| {
                let mut v = vec![
                    (
                        "ActivityId",
                        Json::s(format!("{:08x}-{:04x}-4{:03x}-8000-{:012x}", a.id, a.id % 0xffff, a.id % 0xfff, a.id)),
                    ),
                    ("AutoScalingGroupName", Json::s(g.name.clone())),
                    ("Description", Json::s(a.description.clone())),
                    ("Cause", Json::s(a.cause.clone())),
                    ("StartTime", time(at(a.start_s))),
                ];
                if let Some(e) = a.end_s {
                    v.push(("EndTime", time(at(e))));
                }
                v.push(("StatusCode", Json::s(a.status.to_string())));
                v.push(("Progress", Json::n(if a.end_s.is_some() { 100 } else { 50 })));
                Json::Obj(v)
            })
            .collect()
    });
    Json::Obj(vec![("Activities", Json::Arr(list))])
}

fn state(name: &str) -> Json {
    let code = match name {
        "pending" => 0,
        "running" => 16,
        "shutting-down" => 32,
        _ => 48,
    };
    Json::Obj(vec![("Code", Json::n(code)), ("Name", Json::s(name))])
}

fn instances(acc: &Account, ids: &[String]) -> Json {
    let sg = |id: &String| {
        let name = acc.sgs.iter().find(|s| &s.id == id).map_or(String::new(), |s| s.name.clone());
        Json::Obj(vec![("GroupId", Json::s(id.clone())), ("GroupName", Json::s(name))])
    };
    let zone = |az: u32| format!("{}{}", acc.region.code(), acc.region.az_letters().get(az as usize).unwrap_or(&'?'));
    let mut out = Vec::new();
    for i in acc.instances() {
        let image = match &i.image {
            ImageRef::Own(id) => id.clone(),
            ImageRef::Catalogue(c) => format!("{} (catalogue)", c.title()),
        };
        let mut v = vec![
            ("InstanceId", Json::s(i.id.clone())),
            ("ImageId", Json::s(image)),
            ("InstanceType", Json::s(i.itype.name())),
        ];
        if let Some(k) = &i.key {
            v.push(("KeyName", Json::s(k.clone())));
        }
        v.push(("LaunchTime", time(i.launched_at)));
        v.push(("Placement", Json::Obj(vec![("AvailabilityZone", Json::s(zone(i.az)))])));
        v.push(("PrivateIpAddress", Json::s(i.private_ip.clone())));
        if let Some(ip) = i.public_ip.as_ref().filter(|_| i.state != InstanceState::Terminated) {
            v.push(("PublicIpAddress", Json::s(ip.clone())));
        }
        v.push(("State", state(i.state.label())));
        v.push(("SecurityGroups", Json::Arr(i.groups.iter().map(sg).collect())));
        out.push((i.id.clone(), Json::Obj(vec![("Instances", Json::Arr(vec![Json::Obj(v)]))])));
    }
    if let Some(g) = acc.group() {
        let s = g.sim.snapshot();
        let v1 = acc.template_version_of(g);
        for i in s.group_instances() {
            let id = i.id.to_string();
            let (public, private) = acc.addresses_of(&id).unwrap_or((None, String::new()));
            let name = match i.lifecycle {
                LifecycleState::Pending => "pending",
                LifecycleState::InService | LifecycleState::Terminating => "running",
                LifecycleState::Terminated => "terminated",
            };
            let image = match v1.map(|v| &v.image) {
                Some(ImageRef::Own(id)) => id.clone(),
                Some(ImageRef::Catalogue(c)) => format!("{} (catalogue)", c.title()),
                None => String::new(),
            };
            let mut v = vec![
                ("InstanceId", Json::s(id.clone())),
                ("ImageId", Json::s(image)),
                ("InstanceType", Json::s(i.instance_type)),
            ];
            if let Some(k) = v1.and_then(|v| v.key.clone()) {
                v.push(("KeyName", Json::s(k)));
            }
            v.push(("LaunchTime", time(g.created_at + i.launched_at)));
            v.push(("Placement", Json::Obj(vec![("AvailabilityZone", Json::s(s.azs[i.az].name.clone()))])));
            v.push(("PrivateIpAddress", Json::s(private)));
            if let Some(ip) = public.filter(|_| name != "terminated") {
                v.push(("PublicIpAddress", Json::s(ip)));
            }
            v.push(("State", state(name)));
            v.push(("SecurityGroups", Json::Arr(g.groups.iter().map(sg).collect())));
            out.push((id, Json::Obj(vec![("Instances", Json::Arr(vec![Json::Obj(v)]))])));
        }
    }
    let chosen = out.into_iter().filter(|(id, _)| ids.is_empty() || ids.contains(id)).map(|(_, r)| r).collect();
    Json::Obj(vec![("Reservations", Json::Arr(chosen))])
}

/// `State`, `Reason` and `Description` as DescribeTargetHealth words them.
fn health(state: &str, reason: Option<&str>) -> Json {
    let mut v = vec![("State", Json::s(state))];
    let described = match reason {
        Some("Target.Timeout") => Some(("Target.Timeout", "Request timed out")),
        Some("Target.FailedHealthChecks") => Some(("Target.FailedHealthChecks", "Health checks failed")),
        Some("Target.NotInUse") => {
            Some(("Target.NotInUse", "Target group is not configured to receive traffic from the load balancer"))
        }
        _ => match state {
            "initial" => Some(("Elb.InitialHealthChecking", "Initial health checks in progress")),
            "draining" => Some(("Target.DeregistrationInProgress", "Target deregistration is in progress")),
            _ => None,
        },
    };
    if let Some((r, d)) = described {
        v.push(("Reason", Json::s(r)));
        v.push(("Description", Json::s(d)));
    }
    Json::Obj(v)
}

fn target_health(acc: &Account, arn: &str) -> Vec<String> {
    let Some(tg) = acc.target_groups().find(|g| g.arn == arn) else {
        return vec![
            String::new(),
            "An error occurred (TargetGroupNotFound) when calling the DescribeTargetHealth operation: One or more target groups not found".into(),
        ];
    };
    let one = |id: String, h: Json| {
        Json::Obj(vec![
            ("Target", Json::Obj(vec![("Id", Json::s(id)), ("Port", Json::n(tg.port))])),
            ("HealthCheckPort", Json::s(tg.port.to_string())),
            ("TargetHealth", h),
        ])
    };
    let mut list: Vec<Json> =
        tg.targets.iter().map(|x| one(x.instance.clone(), health(x.health.label(), x.reason))).collect();
    if let Some(g) = acc.group().filter(|g| g.target_groups.iter().any(|a| a == arn)) {
        for i in g.sim.snapshot().group_instances().filter(|i| i.target_state != TargetState::Unused) {
            let st = i.target_state.to_string();
            let reason = (i.target_state == TargetState::Unhealthy).then_some("Target.FailedHealthChecks");
            list.push(one(i.id.to_string(), health(&st, reason)));
        }
    }
    Json::Obj(vec![("TargetHealthDescriptions", Json::Arr(list))]).lines()
}

fn alarms(acc: &Account) -> Json {
    let list = acc.group().map_or_else(Vec::new, |g| {
        g.sim
            .alarms()
            .iter()
            .map(|a| {
                let s = &a.spec;
                let arn =
                    format!("arn:aws:cloudwatch:{}:{}:alarm:{}", g.region.code(), crate::account::ACCOUNT_ID, s.name);
                Json::Obj(vec![
                    ("AlarmName", Json::s(s.name.clone())),
                    ("AlarmArn", Json::s(arn)),
                    ("StateValue", Json::s(a.state.to_string())),
                    ("StateUpdatedTimestamp", time(g.created_at + a.since)),
                    ("MetricName", Json::s(s.metric.name())),
                    ("Namespace", Json::s(s.metric.namespace())),
                    ("Statistic", Json::s(s.statistic.to_string())),
                    (
                        "Dimensions",
                        Json::Arr(vec![Json::Obj(vec![
                            ("Name", Json::s("AutoScalingGroupName")),
                            ("Value", Json::s(g.name.clone())),
                        ])]),
                    ),
                    ("Period", Json::n(s.period_s)),
                    ("EvaluationPeriods", Json::n(s.evaluation_periods)),
                    ("DatapointsToAlarm", Json::n(s.datapoints_to_alarm)),
                    ("Threshold", Json::f(s.threshold)),
                    ("ComparisonOperator", Json::s(s.comparison.to_string())),
                ])
            })
            .collect()
    });
    Json::Obj(vec![("MetricAlarms", Json::Arr(list)), ("CompositeAlarms", Json::Arr(Vec::new()))])
}
