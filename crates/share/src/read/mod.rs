//! Reading a link: the query string back into a scenario, the open time, language and embed
//! view, with a [`Notice`] for everything ignored or corrected (see the table in `mod.rs`).

mod challenge;
mod ctx;
mod lists;

use crate::encode::{cap_query, split_query};
use crate::problem::{Problem, Used, WordKind};
use crate::scalar::*;
use crate::write::pairs;
use crate::{pattern, preset, EmbedView, Notice, Shared, MAX_EVENTS, MAX_QUERY_BYTES, MAX_TIME_S, VERSION};
use asg_engine::limits as lim;
use asg_engine::scenario::Scenario;
use ctx::Ctx;
use lists::{compare_runs, panels, read_events, read_policies};

/// Latest clock start (9999-12-31T23:59:59Z) [Unix s].
const MAX_START: u64 = 253_402_300_799;

/// The scenario a link starts from: the preset `preset=` names (other keys override its
/// fields), else the default lab — with a notice for an id that is not a preset.
fn base_scenario(c: &mut Ctx) -> Scenario {
    let Some(id) = c.raw("preset") else { return crate::shared::lab_default() };
    preset::scenario(&id).unwrap_or_else(|problem| {
        c.note("preset", problem, Used::DefaultLab);
        crate::shared::lab_default()
    })
}

/// Read a link query (with or without `?`): the scenario and what was ignored or corrected.
pub fn from_query(q: &str) -> (Scenario, Vec<Notice>) {
    let (sh, n) = from_query_shared(q);
    (sh.scenario, n)
}

/// Read a link query: everything it carries, and the notices.
pub fn from_query_shared(q: &str) -> (Shared, Vec<Notice>) {
    from_query_within(q, MAX_QUERY_BYTES)
}

/// Read a query of at most `max_bytes` (the rest ignored with a notice): a link's
/// [`MAX_QUERY_BYTES`], or more for a JSON export, which may carry a trace too long for a link.
pub fn from_query_within(q: &str, max_bytes: usize) -> (Shared, Vec<Notice>) {
    let mut c = Ctx { got: Vec::new(), notices: Vec::new() };
    let capped = cap_query(q, max_bytes);
    if capped.len() < q.len() {
        c.note("(link)", Problem::LinkTooLong { max: max_bytes }, Used::FirstBytes(capped.len()));
    }
    let mut known: Vec<&str> = pairs(&Shared::default()).iter().map(|(k, _)| *k).collect();
    known.push("preset");
    let raw = split_query(capped);
    let any = !raw.is_empty();
    for p in raw {
        let key = if known.contains(&p.key.as_str()) { p.key.clone() } else { short(&p.key) };
        if p.bad_percent {
            c.note(&key, Problem::BadPercent, Used::AsTyped);
        }
        if p.bad_utf8 {
            c.note(&key, Problem::BadUtf8, Used::Replacement);
        }
        if !known.contains(&p.key.as_str()) {
            c.note(&key, Problem::UnknownKey, Used::Ignored);
        } else if c.got.iter().any(|(k, _)| *k == p.key) {
            c.note(&key, Problem::RepeatedKey, Used::FirstValue);
        } else {
            c.got.push((p.key, p.value));
        }
    }
    match c.raw("v") {
        None if any => c.note("v", Problem::NoVersion, Used::Version(VERSION)),
        None => {}
        Some(v) => match uint_sat(&v) {
            Some(n) if n == u64::from(VERSION) => {}
            Some(n) if n < u64::from(VERSION) => c.note("v", Problem::OlderVersion(n), Used::ReadAs(VERSION)),
            Some(n) => c.note(
                "v",
                Problem::NewerVersion { version: short(&n.to_string()), current: VERSION },
                Used::ReadAsIgnoring(VERSION),
            ),
            None => c.note("v", Problem::NotVersion(short(&v)), Used::Version(VERSION)),
        },
    }
    let d = base_scenario(&mut c);
    let mut sc = d.clone();
    sc.seed = c.get("seed", d.seed, |s| uint(s, u64::MAX), |v| v.to_string());
    if let Some(r) = c.raw("start") {
        let st = uint_sat(&r).map_or(d.start_utc_s as u64, |v| v.min(MAX_START) / 60 * 60);
        sc.start_utc_s = st as i64;
        if r != st.to_string() {
            c.note("start", Problem::BadStart { max: MAX_START }, Used::Value(st.to_string()));
        }
    }
    sc.region = c.get("region", d.region, |s| word(s, &REGIONS, WordKind::Region), |r| pword(*r, &REGIONS));
    sc.instance_type =
        c.get("type", d.instance_type, |s| word(s, &TYPES, WordKind::InstanceType), |t| pword(*t, &TYPES));
    sc.traffic.pattern = c.get("traffic", d.traffic.pattern.clone(), pattern::parse, pattern::print);
    sc.traffic.poisson_noise = c.flag("noise", d.traffic.poisson_noise);
    sc.group.name = c.get("name", d.group.name.clone(), name, |n| n.clone());
    let g = &d.group;
    let max = c.whole(lim::MAX_SIZE, g.max);
    let mut min = c.whole(lim::MIN_SIZE, g.min);
    if min > max {
        c.note("min", Problem::MaxBound { max, min }, Used::MinIs(max));
        min = max;
    }
    let mut desired = c.opt_whole(lim::DESIRED, g.desired);
    if let Some(x) = desired.filter(|x| *x < min || *x > max) {
        let y = x.clamp(min, max);
        c.note("desired", Problem::DesiredBetween { desired: x, min, max }, Used::Value(y.to_string()));
        desired = Some(y);
    }
    sc.group.min = min;
    sc.group.max = max;
    sc.group.desired = desired;
    sc.group.azs =
        c.u32_in("azs", g.azs.min(sc.region.az_letters().len() as u32), 1, sc.region.az_letters().len() as u32);
    sc.group.health_check_grace_s = c.whole(lim::GRACE, g.health_check_grace_s);
    sc.group.default_warmup_s = c.opt_whole(lim::WARMUP, g.default_warmup_s);
    sc.group.default_cooldown_s = c.whole(lim::COOLDOWN, g.default_cooldown_s);
    sc.group.termination_policy =
        c.get("term", g.termination_policy, |s| word(s, &TERMS, WordKind::TerminationPolicy), |t| pword(*t, &TERMS));
    sc.group.protect_new_instances = c.flag("protect", g.protect_new_instances);
    sc.group.health_check_type =
        c.get("hc", g.health_check_type, |s| word(s, &HCS, WordKind::HealthCheckType), |t| pword(*t, &HCS));
    sc.group.credit_mode =
        c.get("credit", g.credit_mode, |s| word(s, &CREDITS, WordKind::CreditMode), |t| pword(*t, &CREDITS));
    let a = &d.alb;
    sc.alb.algorithm = c.get("alg", a.algorithm, |s| word(s, &ALGS, WordKind::Algorithm), |t| pword(*t, &ALGS));
    // slow start: 0 (off) or within its range
    let ss = lim::SLOW_START;
    let mut slow = c.u32_in(ss.key, a.slow_start_s, 0, ss.hi);
    if (1..ss.lo).contains(&slow) {
        c.note(ss.key, Problem::SlowUnderMin { slow, min: ss.lo }, Used::Value(ss.lo.to_string()));
        slow = ss.lo;
    }
    if slow != 0 && sc.alb.algorithm.excludes_slow_start() {
        c.note(ss.key, Problem::SlowWithAlgorithm(sc.alb.algorithm), Used::Off);
        slow = 0;
    }
    sc.alb.slow_start_s = slow;
    sc.alb.deregistration_delay_s = c.whole(lim::DEREGISTRATION_DELAY, a.deregistration_delay_s);
    sc.alb.hc_interval_s = c.whole(lim::HC_INTERVAL, a.hc_interval_s);
    sc.alb.hc_timeout_s = c.whole(lim::HC_TIMEOUT, a.hc_timeout_s);
    sc.alb.healthy_threshold = c.whole(lim::HEALTHY_THRESHOLD, a.healthy_threshold);
    sc.alb.unhealthy_threshold = c.whole(lim::UNHEALTHY_THRESHOLD, a.unhealthy_threshold);
    sc.alb.idle_timeout_s = c.whole(lim::IDLE_TIMEOUT, a.idle_timeout_s);
    sc.monitoring = c.get("mon", d.monitoring, |s| word(s, &MONS, WordKind::Monitoring), |t| pword(*t, &MONS));
    if let Some(s) = c.raw("pol") {
        sc.policies = read_policies(&mut c, &s);
    }
    if let Some(s) = c.raw("ev") {
        sc.events = read_events(&mut c, &s);
    }
    let m = &d.model;
    sc.model.boot_s = c.whole(lim::BOOT, m.boot_s);
    sc.model.app_ready_s = c.whole(lim::APP_READY, m.app_ready_s);
    sc.model.tt_low_ratio = c.decimal(lim::TT_LOW_RATIO, m.tt_low_ratio);
    sc.model.tt_high_datapoints = c.whole(lim::TT_HIGH_DATAPOINTS, m.tt_high_datapoints);
    sc.model.tt_low_datapoints = c.whole(lim::TT_LOW_DATAPOINTS, m.tt_low_datapoints);
    let tb = c.whole(lim::TT_PERIOD_BASIC, m.tt_period_basic_s);
    if !tb.is_multiple_of(60) {
        c.note(lim::TT_PERIOD_BASIC.key, Problem::NotMultipleOf60(tb), Used::Value((tb / 60 * 60).to_string()));
    }
    sc.model.tt_period_basic_s = tb / 60 * 60;
    sc.model.capacity_rps_override = match c.raw(lim::CAPACITY_RPS.key).as_deref() {
        None | Some("-") => m.capacity_rps_override,
        Some(_) => Some(c.decimal(lim::CAPACITY_RPS, lim::CAPACITY_RPS.default)),
    };
    sc.model.base_cpu_pct = c.decimal(lim::BASE_CPU, m.base_cpu_pct);
    sc.model.service_ms = c.decimal(lim::SERVICE_MS, m.service_ms);
    sc.model.queue_per_vcpu = c.whole(lim::QUEUE_PER_VCPU, m.queue_per_vcpu);
    sc.model.start_warm = c.flag("warm", m.start_warm);
    sc.model.asg_health_poll_s = c.whole(lim::HEALTH_POLL, m.asg_health_poll_s);
    sc.model.scheduled_lateness_s = c.whole(lim::SCHEDULED_LATENESS, m.scheduled_lateness_s);
    sc.model.keep_terminated_s = c.whole(lim::KEEP_TERMINATED, m.keep_terminated_s);
    sc.model.new_conn_per_request = c.decimal(lim::NEW_CONN, m.new_conn_per_request);
    sc.model.bytes_per_request = c.decimal(lim::BYTES_PER_REQUEST, m.bytes_per_request);
    sc.model.launch_retry_s = c.whole(lim::LAUNCH_RETRY, m.launch_retry_s);
    let open_at_s =
        c.get_or("t", None, |s| if s.is_empty() { Ok(None) } else { uint(s, MAX_TIME_S).map(Some) }, Used::TheStart);
    let lang = c.get_or(
        "lang",
        None,
        |s| match s {
            "" => Ok(None),
            "en" | "ko" => Ok(Some(s.to_string())),
            _ => Err(Problem::NotLanguage(short(s))),
        },
        Used::BrowserLanguage,
    );
    let embed = EmbedView {
        embed: c.flag("embed", false),
        panels: c.get_or("panels", Vec::new(), panels, Used::DefaultPanels),
        locked: c.flag("locked", false),
    };
    let compare = c.get_or("cmp", None, compare_runs, Used::DefaultComparison);
    let account = if c.flag("guide", false) {
        let raw = c.raw("acct").unwrap_or_default();
        let (log, problems) = super::account::read(&raw, MAX_EVENTS);
        for (p, used) in problems {
            c.note("acct", p, used);
        }
        Some(log)
    } else {
        None
    };
    let challenge = challenge::read(&mut c, &sc);
    // a challenge runs its own start
    let sc = challenge.as_ref().map_or(sc, |ch| ch.challenge.scenario.clone());
    let hand_in_by = if account.is_some() && challenge.is_none() { challenge::name(&mut c) } else { None };
    let sh = Shared { scenario: sc, open_at_s, lang, embed, compare, account, challenge, hand_in_by };
    // anything read without a notice but written differently from its standard form
    for (k, v) in pairs(&sh) {
        if c.raw(k).is_some_and(|r| r != v) && !c.notices.iter().any(|n| n.key == k) {
            let r = c.raw(k).unwrap_or_default();
            c.note(k, Problem::NotStandard(short(&r)), Used::Value(v));
        }
    }
    (sh, c.notices)
}
