//! One range per number (issue #25): every limit in `asg_engine::limits` is walked at and around
//! its edges, and the engine's check, the link's reader and the form's parser must agree on
//! each value — none may accept what another refuses. Policy fields are walked through
//! `validate_policy`, `pol=` (written by `to_query`, read back by `from_query`) and the policy
//! form (`apply_fields`); the scenario's own keys through `Limit::check`, their link key and
//! `parse_setting`.

use asg_engine::limits::{self as lim, DecimalLimit, Limit};
use asg_engine::{validate_policy, AdjustmentType, PolicySpec, PredictiveMode, Scenario, TtMetric};
use asg_share::{from_query, to_query};
use asg_view_model::controls::form::parse_setting;
use asg_view_model::controls::policies::new_policy;
use asg_view_model::controls::policy_edit::{apply_fields, fields_of};
use asg_view_model::i18n::Lang;

/// Values at and around a whole limit's edges.
fn probes(l: &Limit) -> Vec<u32> {
    let mut v =
        vec![0, 1, l.lo, l.lo + 1, l.hi.saturating_sub(1), l.hi, l.hi.saturating_add(1), l.hi.saturating_mul(2)];
    if l.lo > 0 {
        v.push(l.lo - 1);
    }
    v.sort_unstable();
    v.dedup();
    v
}

/// Values at and around a decimal limit's edges.
fn decimal_probes(l: &DecimalLimit) -> Vec<f64> {
    let step = ((l.hi - l.lo) / 1000.0).max(0.0005);
    vec![l.lo - step, l.lo, l.lo + step, (l.lo + l.hi) / 2.0, l.hi - step, l.hi, l.hi + step, l.hi * 2.0 + 1.0]
}

/// One policy field: the policy it sits in, how to set it, and its key in the form (None
/// where the form does not show it).
struct Field {
    kind: &'static str,
    set: fn(&mut PolicySpec, f64),
    form_key: Option<&'static str>,
}

fn policy(kind: &str) -> PolicySpec {
    match kind {
        "pred" => PolicySpec::Predictive {
            name: "pred".into(),
            metric: TtMetric::ASGAverageCPUUtilization,
            target: 50.0,
            mode: PredictiveMode::ForecastOnly,
            buffer_s: 300,
            max_capacity_buffer_pct: None,
        },
        k => new_policy(k, &[], 0).unwrap_or_else(|| panic!("the form makes a {k} policy")),
    }
}

/// What each layer says of `p` (`form` is None where the form has no such field).
fn verdicts(p: &PolicySpec, base: &PolicySpec, form_key: Option<&str>, text: &str) -> (bool, bool, Option<bool>) {
    let engine = validate_policy(p).is_ok();
    let sc = Scenario { policies: vec![p.clone()], ..Scenario::default() };
    let (read, notices) = from_query(&to_query(&sc));
    let link = notices.is_empty() && read.policies == sc.policies;
    let form = form_key.map(|key| {
        let values: Vec<(&str, String)> = fields_of(base)
            .iter()
            .map(|f| (f.key, if f.key == key { text.to_string() } else { f.value.clone() }))
            .collect();
        apply_fields(Lang::En, base, &values).is_ok_and(|q| q == *p)
    });
    (engine, link, form)
}

fn check_policy_field(name: &str, field: &Field, values: &[f64], text: impl Fn(f64) -> String) -> Vec<String> {
    let base = policy(field.kind);
    let mut problems = Vec::new();
    for &v in values {
        let mut p = base.clone();
        (field.set)(&mut p, v);
        let (engine, link, form) = verdicts(&p, &base, field.form_key, &text(v));
        if engine != link || form.is_some_and(|f| f != engine) {
            problems.push(format!("{name} = {v}: engine {engine}, link {link}, form {form:?}"));
        }
    }
    problems
}

#[test]
fn every_policy_field_has_one_range_in_the_engine_the_link_and_the_form() {
    let whole: [(&str, Limit, Field); 9] = [
        (
            "tt warm-up",
            lim::POLICY_WARMUP,
            Field {
                kind: "tt-cpu",
                set: |p, v| {
                    if let PolicySpec::TargetTracking { warmup_s, .. } = p {
                        *warmup_s = Some(v as u32)
                    }
                },
                form_key: Some("warmup"),
            },
        ),
        (
            "step warm-up",
            lim::POLICY_WARMUP,
            Field {
                kind: "step",
                set: |p, v| {
                    if let PolicySpec::Step { warmup_s, .. } = p {
                        *warmup_s = Some(v as u32)
                    }
                },
                form_key: None,
            },
        ),
        (
            "step magnitude",
            lim::MIN_ADJUSTMENT_MAGNITUDE,
            Field {
                kind: "step",
                set: |p, v| {
                    if let PolicySpec::Step { min_adjustment_magnitude, adjustment_type, .. } = p {
                        *adjustment_type = AdjustmentType::PercentChangeInCapacity;
                        *min_adjustment_magnitude = Some(v as u32)
                    }
                },
                form_key: Some("min_magnitude"),
            },
        ),
        (
            "simple cooldown",
            lim::POLICY_COOLDOWN,
            Field {
                kind: "simple",
                set: |p, v| {
                    if let PolicySpec::Simple { cooldown_s, .. } = p {
                        *cooldown_s = Some(v as u32)
                    }
                },
                form_key: Some("cooldown"),
            },
        ),
        (
            "predictive buffer",
            lim::SCHEDULING_BUFFER,
            Field {
                kind: "pred",
                set: |p, v| {
                    if let PolicySpec::Predictive { buffer_s, .. } = p {
                        *buffer_s = v as u32
                    }
                },
                form_key: Some("buffer"),
            },
        ),
        (
            "predictive max buffer",
            lim::MAX_CAPACITY_BUFFER,
            Field {
                kind: "pred",
                set: |p, v| {
                    if let PolicySpec::Predictive { max_capacity_buffer_pct, .. } = p {
                        *max_capacity_buffer_pct = Some(v as u32)
                    }
                },
                form_key: None,
            },
        ),
        (
            "hpa sync",
            lim::HPA_SYNC,
            Field {
                kind: "hpa",
                set: |p, v| {
                    if let PolicySpec::Hpa { sync_s, .. } = p {
                        *sync_s = v as u32
                    }
                },
                form_key: None,
            },
        ),
        (
            "hpa window",
            lim::HPA_WINDOW,
            Field {
                kind: "hpa",
                set: |p, v| {
                    if let PolicySpec::Hpa { downscale_window_s, .. } = p {
                        *downscale_window_s = v as u32
                    }
                },
                form_key: Some("window"),
            },
        ),
        (
            "alarm period",
            lim::ALARM_PERIOD,
            Field {
                kind: "simple",
                set: |p, v| {
                    if let PolicySpec::Simple { alarm, .. } = p {
                        alarm.period_s = v as u32
                    }
                },
                form_key: None,
            },
        ),
    ];
    let decimal: [(&str, DecimalLimit, Field); 6] = [
        (
            "tt target",
            lim::POLICY_TARGET,
            Field {
                kind: "tt-cpu",
                set: |p, v| {
                    if let PolicySpec::TargetTracking { target, .. } = p {
                        *target = v
                    }
                },
                form_key: None,
            },
        ),
        (
            "predictive target",
            lim::POLICY_TARGET,
            Field {
                kind: "pred",
                set: |p, v| {
                    if let PolicySpec::Predictive { target, .. } = p {
                        *target = v
                    }
                },
                form_key: Some("target"),
            },
        ),
        (
            "step threshold",
            lim::ALARM_THRESHOLD,
            Field {
                kind: "step",
                set: |p, v| {
                    if let PolicySpec::Step { alarm, .. } = p {
                        alarm.threshold = v
                    }
                },
                form_key: Some("threshold"),
            },
        ),
        (
            "simple threshold",
            lim::ALARM_THRESHOLD,
            Field {
                kind: "simple",
                set: |p, v| {
                    if let PolicySpec::Simple { alarm, .. } = p {
                        alarm.threshold = v
                    }
                },
                form_key: Some("threshold"),
            },
        ),
        (
            "hpa target",
            lim::HPA_TARGET,
            Field {
                kind: "hpa",
                set: |p, v| {
                    if let PolicySpec::Hpa { target_cpu, .. } = p {
                        *target_cpu = v
                    }
                },
                form_key: Some("target"),
            },
        ),
        (
            "hpa tolerance",
            lim::HPA_TOLERANCE,
            Field {
                kind: "hpa",
                set: |p, v| {
                    if let PolicySpec::Hpa { tolerance, .. } = p {
                        *tolerance = v
                    }
                },
                form_key: Some("tolerance"),
            },
        ),
    ];
    let mut problems = Vec::new();
    let mut walked = 0;
    for (name, l, field) in &whole {
        let values: Vec<f64> = probes(l).into_iter().map(f64::from).collect();
        walked += values.len();
        problems.extend(check_policy_field(name, field, &values, |v| format!("{v}")));
    }
    for (name, l, field) in &decimal {
        let values = decimal_probes(l);
        walked += values.len();
        problems.extend(check_policy_field(name, field, &values, |v| format!("{v}")));
    }
    // a simple policy's adjustment is a whole number
    let adjustment = Field {
        kind: "simple",
        set: |p, v| {
            if let PolicySpec::Simple { adjustment, .. } = p {
                *adjustment = v as i64
            }
        },
        form_key: Some("adjustment"),
    };
    let l = lim::SCALING_ADJUSTMENT;
    let values = [l.lo - 1.0, l.lo, -1.0, 0.0, 1.0, l.hi, l.hi + 1.0];
    walked += values.len();
    problems.extend(check_policy_field("simple adjustment", &adjustment, &values, |v| format!("{v}")));
    assert!(walked > 100, "the walk sees the fields ({walked} values)");
    assert!(problems.is_empty(), "the layers disagree:\n{}", problems.join("\n"));
}

/// The scenario keys a limit reads, and the link that sets one to `v` (sizes keep
/// min ≤ desired ≤ max so that only the key walked can be refused).
fn scenario_link(l: &Limit, v: u32) -> Option<String> {
    let policy_keys = [
        lim::POLICY_WARMUP,
        lim::POLICY_COOLDOWN,
        lim::MIN_ADJUSTMENT_MAGNITUDE,
        lim::SCHEDULING_BUFFER,
        lim::MAX_CAPACITY_BUFFER,
        lim::HPA_SYNC,
        lim::HPA_WINDOW,
        lim::ALARM_PERIOD,
        lim::EVALUATION_PERIODS,
        lim::DATAPOINTS_TO_ALARM,
    ];
    if policy_keys.contains(l) {
        return None;
    }
    Some(match l.key {
        "min" => format!("v=1&min={v}&desired={v}&max={}", lim::MAX_SIZE.hi),
        "desired" => format!("v=1&min=0&desired={v}&max={}", lim::MAX_SIZE.hi),
        "max" => format!("v=1&min=0&desired=0&max={v}"),
        // the health-check timeout must stay below the interval
        "hct" => format!("v=1&hci=300&hct={v}"),
        "hci" => format!("v=1&hct=2&hci={v}"),
        k => format!("v=1&{k}={v}"),
    })
}

#[test]
fn every_scenario_key_has_one_range_in_the_engine_the_link_and_the_form() {
    let mut problems = Vec::new();
    let mut walked = 0;
    for l in lim::WHOLE {
        for v in probes(&l) {
            let Some(q) = scenario_link(&l, v) else { continue };
            walked += 1;
            // slow start's 0 means "off", the one value allowed outside its range
            let allowed = l.check(v).is_ok() || (l.key == "slow" && v == 0);
            let (_, notices) = from_query(&q);
            let link = !notices.iter().any(|n| n.key == l.key);
            let form = parse_setting(Lang::En, l.aws_name, &v.to_string(), &l).is_ok() || (l.key == "slow" && v == 0);
            if allowed != link || allowed != form {
                problems.push(format!("{} = {v}: engine {allowed}, link {link} ({notices:?}), form {form}", l.key));
            }
        }
    }
    assert!(walked > 150, "the walk sees the keys ({walked} values)");
    assert!(problems.is_empty(), "the layers disagree:\n{}", problems.join("\n"));
}
