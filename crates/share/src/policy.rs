//! The policy grammar (`pol=`, and the `put:` event): one [`PolicySpec`] per item.
//!
//! ```text
//! policy := body ['@' name]                  name omitted when it is the automatic one:
//!                                            tt → cpu50 / req1000 (metric + target), step,
//!                                            simple, predictive, hpa, scheduled
//! body   := 'tt:' tmetric ':' target [':noin'] [':w' warmup_s]
//!         | 'step:' alarm ':' adj ':' steps [':mag' min_magnitude] [':w' warmup_s]
//!         | 'simple:' alarm ':' adj ':' adjustment [':c' cooldown_s]
//!         | 'pred:' tmetric ':' target ':' ('forecast'|'scale') ':' buffer_s [':max' buffer_pct]
//!         | 'hpa:' target [':' tolerance [':' sync_s [':' window_s]]]   (defaults 0.1, 15, 300)
//!         | 'sched:' ('at' s | 'every' start_s '/' interval_s | 'cron(' fields ')') ':' min ':' max ':' desired
//! alarm  := metric ',' stat ',' period_s ',' M '/' N ',' op ',' threshold [',' missing [',' alarm_name]]
//! steps  := [lower] '..' [upper] '/' adjustment (',' …)*    bounds relative to the threshold
//! tmetric:= cpu | req      adj := change | exact | pct      op := gt | ge | lt | le
//! stat   := avg | sum | min | max | count | p50 | p90 | p99
//! missing:= missing | notbreaching | breaching | ignore     (default missing; alarm name
//!           default `<policy name>-alarm`)
//! metric := cpu | req | reqpt | latency | elb5xx | target5xx | healthy | unhealthy | desired
//!         | inservice | pending | terminating | cost | cpu.i-0<16 hex> (one instance)
//! ```
//! In cron fields a space is written `_` (`cron(0_9_*_*_1-5)`); `-` means "unchanged" for
//! the scheduled sizes. A parsed policy must also pass the engine's `validate_policy`.

use super::problem::{Problem, WordKind};
use super::scalar::{f, int, name, num, opt, popt, pword, short, u32_, uint, word};
use super::MAX_TIME_S;
use asg_engine::ids::InstanceId;
use asg_engine::limits as lim;
use asg_engine::metric::{Metric, Statistic};
use asg_engine::policy_spec::{
    AdjustmentType, AlarmSpec, Comparison, MissingData, PolicySpec, PredictiveMode, Recurrence, ScheduledActionSpec,
    StepAdjustment, TtMetric,
};

const TT: [(TtMetric, &str); 2] =
    [(TtMetric::ASGAverageCPUUtilization, "cpu"), (TtMetric::ALBRequestCountPerTarget, "req")];
const ADJ: [(AdjustmentType, &str); 3] = [
    (AdjustmentType::ChangeInCapacity, "change"),
    (AdjustmentType::ExactCapacity, "exact"),
    (AdjustmentType::PercentChangeInCapacity, "pct"),
];
const OPS: [(Comparison, &str); 4] = [
    (Comparison::GreaterThanThreshold, "gt"),
    (Comparison::GreaterThanOrEqualToThreshold, "ge"),
    (Comparison::LessThanThreshold, "lt"),
    (Comparison::LessThanOrEqualToThreshold, "le"),
];
const STATS: [(Statistic, &str); 8] = [
    (Statistic::Average, "avg"),
    (Statistic::Sum, "sum"),
    (Statistic::Minimum, "min"),
    (Statistic::Maximum, "max"),
    (Statistic::SampleCount, "count"),
    (Statistic::P50, "p50"),
    (Statistic::P90, "p90"),
    (Statistic::P99, "p99"),
];
const MISSING: [(MissingData, &str); 4] = [
    (MissingData::Missing, "missing"),
    (MissingData::NotBreaching, "notbreaching"),
    (MissingData::Breaching, "breaching"),
    (MissingData::Ignore, "ignore"),
];
const METRICS: [(Metric, &str); 13] = [
    (Metric::CPUUtilization, "cpu"),
    (Metric::RequestCount, "req"),
    (Metric::RequestCountPerTarget, "reqpt"),
    (Metric::TargetResponseTime, "latency"),
    (Metric::HTTPCode_ELB_5XX_Count, "elb5xx"),
    (Metric::HTTPCode_Target_5XX_Count, "target5xx"),
    (Metric::HealthyHostCount, "healthy"),
    (Metric::UnHealthyHostCount, "unhealthy"),
    (Metric::GroupDesiredCapacity, "desired"),
    (Metric::GroupInServiceInstances, "inservice"),
    (Metric::GroupPendingInstances, "pending"),
    (Metric::GroupTerminatingInstances, "terminating"),
    (Metric::EstimatedCost, "cost"),
];

/// `i-0` + 16 hex digits → the id.
pub(crate) fn instance_id(s: &str) -> Result<InstanceId, Problem> {
    let h = s
        .strip_prefix("i-0")
        .filter(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    h.and_then(|h| u64::from_str_radix(h, 16).ok()).map(InstanceId).ok_or_else(|| Problem::NotInstanceId(short(s)))
}

fn metric(s: &str) -> Result<Metric, Problem> {
    match s.strip_prefix("cpu.") {
        Some(id) => instance_id(id).map(Metric::InstanceCPUUtilization),
        None => word(s, &METRICS, WordKind::Metric),
    }
}

fn pmetric(m: Metric) -> String {
    match m {
        Metric::InstanceCPUUtilization(id) => format!("cpu.{id}"),
        m => pword(m, &METRICS),
    }
}

/// The name a policy gets when the link does not say `@name`.
pub fn auto_name(p: &PolicySpec) -> String {
    match p {
        PolicySpec::TargetTracking { metric, target, .. } => format!("{}{}", pword(*metric, &TT), f(*target)),
        PolicySpec::Step { .. } => "step".into(),
        PolicySpec::Simple { .. } => "simple".into(),
        PolicySpec::Predictive { .. } => "predictive".into(),
        PolicySpec::Hpa { .. } => "hpa".into(),
        PolicySpec::Scheduled(_) => "scheduled".into(),
    }
}

fn palarm(a: &AlarmSpec, policy: &str) -> String {
    let mut s = format!(
        "{},{},{},{}/{},{},{}",
        pmetric(a.metric),
        pword(a.statistic, &STATS),
        a.period_s,
        a.datapoints_to_alarm,
        a.evaluation_periods,
        pword(a.comparison, &OPS),
        f(a.threshold)
    );
    let auto = format!("{policy}-alarm");
    if a.missing != MissingData::Missing || a.name != auto {
        s += &format!(",{}", pword(a.missing, &MISSING));
    }
    if a.name != auto {
        s += &format!(",{}", a.name);
    }
    s
}

fn alarm(s: &str, policy: &str) -> Result<AlarmSpec, Problem> {
    let a: Vec<&str> = s.split(',').collect();
    if !(6..=8).contains(&a.len()) {
        return Err(Problem::AlarmParts(a.len()));
    }
    let (m, n) = a[3].split_once('/').ok_or_else(|| Problem::NotDatapoints(short(a[3])))?;
    Ok(AlarmSpec {
        name: match a.get(7) {
            Some(x) => name(x)?,
            None => format!("{policy}-alarm"),
        },
        metric: metric(a[0])?,
        statistic: word(a[1], &STATS, WordKind::Statistic)?,
        period_s: u32_(a[2], lim::ALARM_PERIOD.hi)?,
        datapoints_to_alarm: u32_(m, lim::DATAPOINTS_TO_ALARM.hi)?,
        evaluation_periods: u32_(n, lim::EVALUATION_PERIODS.hi)?,
        comparison: word(a[4], &OPS, WordKind::Comparison)?,
        threshold: num(a[5])?,
        missing: match a.get(6) {
            Some(x) => word(x, &MISSING, WordKind::MissingData)?,
            None => MissingData::Missing,
        },
    })
}

fn psteps(v: &[StepAdjustment]) -> String {
    let b = |x: &Option<f64>| x.map(f).unwrap_or_default();
    v.iter().map(|s| format!("{}..{}/{}", b(&s.lower), b(&s.upper), s.adjustment)).collect::<Vec<_>>().join(",")
}

fn steps(s: &str) -> Result<Vec<StepAdjustment>, Problem> {
    s.split(',')
        .map(|it| {
            let (range, adj) = it.rsplit_once('/').ok_or_else(|| Problem::StepShape(short(it)))?;
            let (lo, hi) = range.split_once("..").ok_or_else(|| Problem::StepNoDots(short(it)))?;
            let bound = |x: &str| if x.is_empty() { Ok(None) } else { num(x).map(Some) };
            Ok(StepAdjustment { lower: bound(lo)?, upper: bound(hi)?, adjustment: int(adj)? })
        })
        .collect()
}

/// Print one policy.
pub fn print(p: &PolicySpec) -> String {
    let w = |x: &Option<u32>| x.map(|v| format!(":w{v}")).unwrap_or_default();
    let body = match p {
        PolicySpec::TargetTracking { metric, target, disable_scale_in, warmup_s, .. } => {
            format!(
                "tt:{}:{}{}{}",
                pword(*metric, &TT),
                f(*target),
                if *disable_scale_in { ":noin" } else { "" },
                w(warmup_s)
            )
        }
        PolicySpec::Step { name, alarm, adjustment_type, steps, min_adjustment_magnitude, warmup_s } => format!(
            "step:{}:{}:{}{}{}",
            palarm(alarm, name),
            pword(*adjustment_type, &ADJ),
            psteps(steps),
            min_adjustment_magnitude.map(|m| format!(":mag{m}")).unwrap_or_default(),
            w(warmup_s)
        ),
        PolicySpec::Simple { name, alarm, adjustment_type, adjustment, cooldown_s } => format!(
            "simple:{}:{}:{adjustment}{}",
            palarm(alarm, name),
            pword(*adjustment_type, &ADJ),
            cooldown_s.map(|c| format!(":c{c}")).unwrap_or_default()
        ),
        PolicySpec::Predictive { metric, target, mode, buffer_s, max_capacity_buffer_pct, .. } => format!(
            "pred:{}:{}:{}:{buffer_s}{}",
            pword(*metric, &TT),
            f(*target),
            if *mode == PredictiveMode::ForecastAndScale { "scale" } else { "forecast" },
            max_capacity_buffer_pct.map(|m| format!(":max{m}")).unwrap_or_default()
        ),
        PolicySpec::Hpa { target_cpu, tolerance, sync_s, downscale_window_s, .. } => {
            let mut v = vec![f(*target_cpu), f(*tolerance), sync_s.to_string(), downscale_window_s.to_string()];
            let d = ["", "0.1", "15", "300"];
            while v.len() > 1 && v[v.len() - 1] == d[v.len() - 1] {
                v.pop();
            }
            format!("hpa:{}", v.join(":"))
        }
        PolicySpec::Scheduled(s) => {
            let rec = match &s.recurrence {
                Recurrence::Once { at_s } => format!("at{at_s}"),
                Recurrence::Every { start_s, every_s } => format!("every{start_s}/{every_s}"),
                Recurrence::Cron(c) => format!("cron({})", c.replace(' ', "_")),
            };
            let sz = |x: &Option<u32>| popt(x, |v| v.to_string());
            format!("sched:{rec}:{}:{}:{}", sz(&s.min), sz(&s.max), sz(&s.desired))
        }
    };
    if p.name() == auto_name(p) {
        body
    } else {
        format!("{body}@{}", p.name())
    }
}

/// Tagged optional field `<tag><u32>` (e.g. `w300`), read with its limit's largest value (the
/// engine's `validate_policy` then checks the whole range).
fn tagged(fields: &[&str], tag: &str, limit: &lim::Limit) -> Result<Option<u32>, Problem> {
    match fields.iter().find(|x| x.starts_with(tag) && x[tag.len()..].bytes().all(|b| b.is_ascii_digit())) {
        Some(x) => u32_(&x[tag.len()..], limit.hi).map(Some),
        None => Ok(None),
    }
}

fn only_tags(fields: &[&str], tags: &[&'static str]) -> Result<(), Problem> {
    for x in fields {
        let ok = tags.iter().any(|t| {
            x.starts_with(t)
                && (t == &"noin" && *x == "noin"
                    || x[t.len()..].bytes().all(|b| b.is_ascii_digit()) && x.len() > t.len())
        });
        if !ok {
            return Err(Problem::UnknownOption { value: short(x), expected: tags.to_vec() });
        }
    }
    Ok(())
}

/// Parse one policy (and check it with the engine's `validate_policy`).
pub fn parse(s: &str) -> Result<PolicySpec, Problem> {
    let (body, explicit) = match s.rsplit_once('@') {
        Some((b, n)) => (b, Some(name(n)?)),
        None => (s, None),
    };
    let a: Vec<&str> = body.split(':').collect();
    let need = |n: usize| if a.len() >= n { Ok(()) } else { Err(Problem::TooFewParts(short(s))) };
    let nm = explicit.clone().unwrap_or_default();
    let mut p = match a[0] {
        "tt" => {
            need(3)?;
            only_tags(&a[3..], &["noin", "w"])?;
            PolicySpec::TargetTracking {
                name: nm,
                metric: word(a[1], &TT, WordKind::TtMetric)?,
                target: num(a[2])?,
                disable_scale_in: a[3..].contains(&"noin"),
                warmup_s: tagged(&a[3..], "w", &lim::POLICY_WARMUP)?,
            }
        }
        "step" | "simple" => {
            need(4)?;
            let auto = if a[0] == "step" { "step" } else { "simple" };
            let al = alarm(a[1], explicit.as_deref().unwrap_or(auto))?;
            let adjustment_type = word(a[2], &ADJ, WordKind::AdjustmentType)?;
            if a[0] == "step" {
                only_tags(&a[4..], &["mag", "w"])?;
                PolicySpec::Step {
                    name: nm,
                    alarm: al,
                    adjustment_type,
                    steps: steps(a[3])?,
                    min_adjustment_magnitude: tagged(&a[4..], "mag", &lim::MIN_ADJUSTMENT_MAGNITUDE)?,
                    warmup_s: tagged(&a[4..], "w", &lim::POLICY_WARMUP)?,
                }
            } else {
                only_tags(&a[4..], &["c"])?;
                PolicySpec::Simple {
                    name: nm,
                    alarm: al,
                    adjustment_type,
                    adjustment: int(a[3])?,
                    cooldown_s: tagged(&a[4..], "c", &lim::POLICY_COOLDOWN)?,
                }
            }
        }
        "pred" => {
            need(5)?;
            only_tags(&a[5..], &["max"])?;
            PolicySpec::Predictive {
                name: nm,
                metric: word(a[1], &TT, WordKind::PredictiveMetric)?,
                target: num(a[2])?,
                mode: word(
                    a[3],
                    &[(PredictiveMode::ForecastOnly, "forecast"), (PredictiveMode::ForecastAndScale, "scale")],
                    WordKind::Mode,
                )?,
                buffer_s: u32_(a[4], lim::SCHEDULING_BUFFER.hi)?,
                max_capacity_buffer_pct: tagged(&a[5..], "max", &lim::MAX_CAPACITY_BUFFER)?,
            }
        }
        "hpa" => {
            need(2)?;
            if a.len() > 5 {
                return Err(Problem::HpaTooMany);
            }
            PolicySpec::Hpa {
                name: nm,
                target_cpu: num(a[1])?,
                tolerance: a.get(2).map_or(Ok(lim::HPA_TOLERANCE.default), |x| num(x))?,
                sync_s: a.get(3).map_or(Ok(lim::HPA_SYNC.default), |x| u32_(x, lim::HPA_SYNC.hi))?,
                downscale_window_s: a.get(4).map_or(Ok(lim::HPA_WINDOW.default), |x| u32_(x, lim::HPA_WINDOW.hi))?,
            }
        }
        "sched" => {
            need(5)?;
            if a.len() > 5 {
                return Err(Problem::SchedTooMany);
            }
            let r = a[1];
            let recurrence = if let Some(x) = r.strip_prefix("at") {
                Recurrence::Once { at_s: uint(x, MAX_TIME_S)? }
            } else if let Some(x) = r.strip_prefix("every") {
                let (st, ev) = x.split_once('/').ok_or_else(|| Problem::NotEvery(short(r)))?;
                Recurrence::Every { start_s: uint(st, MAX_TIME_S)?, every_s: uint(ev, MAX_TIME_S)? }
            } else if let Some(x) = r.strip_prefix("cron(").and_then(|x| x.strip_suffix(')')) {
                if !x.chars().all(|c| c.is_ascii_digit() || "*/,-_".contains(c)) || x.len() > 100 {
                    return Err(Problem::CronChars(short(x)));
                }
                Recurrence::Cron(x.replace('_', " "))
            } else {
                return Err(Problem::NotSchedule(short(r)));
            };
            let sz = |x: &str| opt(x, |v| u32_(v, asg_engine::limits::MAX_SIZE.hi));
            PolicySpec::Scheduled(ScheduledActionSpec {
                name: nm,
                recurrence,
                min: sz(a[2])?,
                max: sz(a[3])?,
                desired: sz(a[4])?,
            })
        }
        k => return Err(Problem::NotPolicyKind(short(k))),
    };
    if explicit.is_none() {
        let n = auto_name(&p);
        match &mut p {
            PolicySpec::TargetTracking { name, .. }
            | PolicySpec::Step { name, .. }
            | PolicySpec::Simple { name, .. }
            | PolicySpec::Predictive { name, .. }
            | PolicySpec::Hpa { name, .. } => *name = n,
            PolicySpec::Scheduled(s) => s.name = n,
        }
    }
    asg_engine::validate_policy(&p).map_err(|e| Problem::Rejected(e.message))?;
    Ok(p)
}
