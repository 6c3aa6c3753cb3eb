//! The edit form of a scaling policy, as data: which fields a kind of policy has, their
//! current values as text, and how edited text becomes a new policy (or a clear message).
//! The component renders the fields generically; all the rules live here, tested natively.

use crate::controls::form::{parse_count, parse_decimal, parse_limited};
use crate::controls::spec_fields::{FieldKind, FieldSpec};
use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::limits::{self as lim, DecimalLimit, Limit, MAX_SIZE};
use asg_engine::{AdjustmentType, PolicySpec, PredictiveMode, Recurrence, StepAdjustment};

fn text(key: &'static str, label: Text, value: String) -> FieldSpec {
    FieldSpec { key, label, kind: FieldKind::Text, value }
}

fn opt(v: Option<u32>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

const ADJUSTMENT: [(&str, Text); 3] = [
    ("ChangeInCapacity", Text::AdjChange),
    ("PercentChangeInCapacity", Text::AdjPercent),
    ("ExactCapacity", Text::AdjExact),
];

fn adjustment_name(a: AdjustmentType) -> String {
    a.to_string()
}

fn adjustment_from(lang: Lang, s: &str) -> Result<AdjustmentType, String> {
    match s {
        "ChangeInCapacity" => Ok(AdjustmentType::ChangeInCapacity),
        "PercentChangeInCapacity" => Ok(AdjustmentType::PercentChangeInCapacity),
        "ExactCapacity" => Ok(AdjustmentType::ExactCapacity),
        _ => Err(fill(lang, Text::UnknownAdjustmentType, &[("value", &s)])),
    }
}

/// Steps as one line, bounds relative to the threshold: `0..10:+10, 10..:+30`.
pub fn format_steps(steps: &[StepAdjustment]) -> String {
    let b = |v: Option<f64>| v.map(|v| format!("{v}")).unwrap_or_default();
    steps.iter().map(|s| format!("{}..{}:{:+}", b(s.lower), b(s.upper), s.adjustment)).collect::<Vec<_>>().join(", ")
}

/// Reads [`format_steps`]' format back. The engine checks overlaps and gaps (AWS's rules).
pub fn parse_steps(lang: Lang, text: &str) -> Result<Vec<StepAdjustment>, String> {
    let bad = |part: &str| fill(lang, Text::NotAStep, &[("part", &part)]);
    let bound = |s: &str, part: &str| -> Result<Option<f64>, String> {
        let s = s.trim();
        if s.is_empty() {
            return Ok(None);
        }
        s.parse::<f64>().ok().filter(|v| v.is_finite()).map(Some).ok_or_else(|| bad(part))
    };
    let steps = text
        .split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|part| {
            let (range, adj) = part.split_once(':').ok_or_else(|| bad(part))?;
            let (lo, hi) = range.split_once("..").ok_or_else(|| bad(part))?;
            let adjustment = adj.trim().trim_start_matches('+').parse::<i64>().map_err(|_| bad(part))?;
            Ok(StepAdjustment { lower: bound(lo, part)?, upper: bound(hi, part)?, adjustment })
        })
        .collect::<Result<Vec<_>, String>>()?;
    if steps.is_empty() {
        return Err(tr(lang, Text::AtLeastOneStep).into());
    }
    Ok(steps)
}

/// The edit form of `p`.
pub fn fields_of(p: &PolicySpec) -> Vec<FieldSpec> {
    match p {
        PolicySpec::TargetTracking { disable_scale_in, warmup_s, .. } => vec![
            FieldSpec {
                key: "disable_scale_in",
                label: Text::FDisableScaleIn,
                kind: FieldKind::Toggle,
                value: disable_scale_in.to_string(),
            },
            text("warmup", Text::FInstanceWarmup, opt(*warmup_s)),
        ],
        PolicySpec::Step { alarm, adjustment_type, steps, min_adjustment_magnitude, .. } => vec![
            text("threshold", Text::FAlarmThreshold, format!("{}", alarm.threshold)),
            FieldSpec {
                key: "adjustment_type",
                label: Text::FAdjustmentType,
                kind: FieldKind::Choice(ADJUSTMENT.to_vec()),
                value: adjustment_name(*adjustment_type),
            },
            text("steps", Text::FSteps, format_steps(steps)),
            text("min_magnitude", Text::FMinMagnitude, opt(*min_adjustment_magnitude)),
        ],
        PolicySpec::Simple { alarm, adjustment_type, adjustment, cooldown_s, .. } => vec![
            text("threshold", Text::FAlarmThreshold, format!("{}", alarm.threshold)),
            FieldSpec {
                key: "adjustment_type",
                label: Text::FAdjustmentType,
                kind: FieldKind::Choice(ADJUSTMENT.to_vec()),
                value: adjustment_name(*adjustment_type),
            },
            text("adjustment", Text::FAdjustment, adjustment.to_string()),
            text("cooldown", Text::FCooldown, opt(*cooldown_s)),
        ],
        PolicySpec::Scheduled(s) => vec![
            text(
                "at_min",
                Text::FRunsAt,
                match s.recurrence {
                    Recurrence::Once { at_s } | Recurrence::Every { start_s: at_s, .. } => (at_s / 60).to_string(),
                    Recurrence::Cron(_) => String::new(),
                },
            ),
            text(
                "every_min",
                Text::FRepeats,
                match s.recurrence {
                    Recurrence::Every { every_s, .. } => (every_s / 60).to_string(),
                    _ => String::new(),
                },
            ),
            text("min", Text::FMinUnchanged, opt(s.min)),
            text("max", Text::FMaxUnchanged, opt(s.max)),
            text("desired", Text::FDesiredUnchanged, opt(s.desired)),
        ],
        PolicySpec::Predictive { target, mode, buffer_s, .. } => vec![
            text("target", Text::FTarget, format!("{target}")),
            FieldSpec {
                key: "mode",
                label: Text::FMode,
                kind: FieldKind::Choice(vec![
                    ("ForecastOnly", Text::FForecastOnly),
                    ("ForecastAndScale", Text::FForecastAndScale),
                ]),
                value: mode.to_string(),
            },
            text("buffer", Text::FBuffer, buffer_s.to_string()),
        ],
        PolicySpec::Hpa { target_cpu, tolerance, downscale_window_s, .. } => vec![
            text("target", Text::FTargetCpu, format!("{target_cpu}")),
            text("tolerance", Text::FTolerance, format!("{tolerance}")),
            text("window", Text::FWindow, downscale_window_s.to_string()),
        ],
    }
}

/// `p` with the edited `values` (key, text) applied, or the first problem found (in `lang`).
pub fn apply_fields(lang: Lang, p: &PolicySpec, values: &[(&str, String)]) -> Result<PolicySpec, String> {
    let get = |k: &str| values.iter().find(|(key, _)| *key == k).map(|(_, v)| v.trim().to_string()).unwrap_or_default();
    let name = |key: Text| tr(lang, key);
    let count = |k: &str, label: &str, max: u32| parse_count(lang, label, &get(k), max);
    // A field with a limit in `limits.rs`: the same range the engine and the link use.
    let limited = |k: &str, label: &str, l: &Limit| parse_limited(lang, label, &get(k), l);
    let decimal = |k: &str, label: &str, l: &DecimalLimit| parse_decimal(lang, label, &get(k), l.lo, l.hi);
    let mut p = p.clone();
    match &mut p {
        PolicySpec::TargetTracking { disable_scale_in, warmup_s, .. } => {
            *disable_scale_in = get("disable_scale_in") == "true";
            *warmup_s = limited("warmup", name(Text::PolWarmup), &lim::POLICY_WARMUP)?;
        }
        PolicySpec::Step { alarm, adjustment_type, steps, min_adjustment_magnitude, .. } => {
            alarm.threshold = decimal("threshold", name(Text::PolThreshold), &lim::ALARM_THRESHOLD)?;
            *adjustment_type = adjustment_from(lang, &get("adjustment_type"))?;
            *steps = parse_steps(lang, &get("steps"))?;
            *min_adjustment_magnitude =
                limited("min_magnitude", name(Text::FMinMagnitude), &lim::MIN_ADJUSTMENT_MAGNITUDE)?;
        }
        PolicySpec::Simple { alarm, adjustment_type, adjustment, cooldown_s, .. } => {
            alarm.threshold = decimal("threshold", name(Text::PolThreshold), &lim::ALARM_THRESHOLD)?;
            *adjustment_type = adjustment_from(lang, &get("adjustment_type"))?;
            *adjustment = decimal("adjustment", name(Text::FAdjustment), &lim::SCALING_ADJUSTMENT)? as i64;
            *cooldown_s = limited("cooldown", name(Text::PolCooldown), &lim::POLICY_COOLDOWN)?;
        }
        PolicySpec::Scheduled(s) => {
            let at = count("at_min", name(Text::PolStartMinute), 60 * 24 * 365)?;
            let every = count("every_min", name(Text::PolRepeat), 60 * 24 * 31)?;
            s.recurrence = match (at, every, &s.recurrence) {
                // A cron schedule (from a scenario) has no minute field: keep it.
                (None, _, Recurrence::Cron(c)) => Recurrence::Cron(c.clone()),
                (None, _, _) => return Err(name(Text::EnterWhenRuns).into()),
                (Some(at), None | Some(0), _) => Recurrence::Once { at_s: at as u64 * 60 },
                (Some(at), Some(m), _) => Recurrence::Every { start_s: at as u64 * 60, every_s: m as u64 * 60 },
            };
            s.min = count("min", name(Text::Min), MAX_SIZE.hi)?;
            s.max = count("max", name(Text::Max), MAX_SIZE.hi)?;
            s.desired = count("desired", name(Text::Desired), MAX_SIZE.hi)?;
            if s.min.is_none() && s.max.is_none() && s.desired.is_none() {
                return Err(name(Text::ScheduledNeedsOne).into());
            }
        }
        PolicySpec::Predictive { target, mode, buffer_s, .. } => {
            *target = decimal("target", name(Text::FTarget), &lim::POLICY_TARGET)?;
            *mode = if get("mode") == "ForecastAndScale" {
                PredictiveMode::ForecastAndScale
            } else {
                PredictiveMode::ForecastOnly
            };
            *buffer_s = limited("buffer", name(Text::PolBuffer), &lim::SCHEDULING_BUFFER)?
                .unwrap_or(lim::SCHEDULING_BUFFER.default);
        }
        PolicySpec::Hpa { target_cpu, tolerance, downscale_window_s, .. } => {
            *target_cpu = decimal("target", name(Text::PolTargetCpu), &lim::HPA_TARGET)?;
            *tolerance = decimal("tolerance", name(Text::FTolerance), &lim::HPA_TOLERANCE)?;
            *downscale_window_s =
                limited("window", name(Text::PolWindow), &lim::HPA_WINDOW)?.unwrap_or(lim::HPA_WINDOW.default);
        }
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::controls::policies::{new_policy, KINDS};
    use asg_engine::validate_policy;

    fn values(fields: &[FieldSpec]) -> Vec<(&'static str, String)> {
        fields.iter().map(|f| (f.key, f.value.clone())).collect()
    }

    #[test]
    fn every_form_round_trips_unchanged() {
        for (kind, _) in KINDS {
            let p = new_policy(kind, &[], 120).unwrap();
            let back = apply_fields(Lang::En, &p, &values(&fields_of(&p))).unwrap_or_else(|e| panic!("{kind}: {e}"));
            assert_eq!(back, p, "{kind}");
        }
    }

    #[test]
    fn edits_change_the_policy_and_stay_valid() {
        let p = new_policy("step", &[], 0).unwrap();
        let mut v = values(&fields_of(&p));
        v.iter_mut().find(|(k, _)| *k == "steps").unwrap().1 = "0..20:+1, 20..:+3".into();
        v.iter_mut().find(|(k, _)| *k == "adjustment_type").unwrap().1 = "ChangeInCapacity".into();
        let q = apply_fields(Lang::En, &p, &v).unwrap();
        validate_policy(&q).unwrap();
        let PolicySpec::Step { steps, adjustment_type, .. } = q else { unreachable!() };
        assert_eq!(adjustment_type, AdjustmentType::ChangeInCapacity);
        assert_eq!(steps[1], StepAdjustment { lower: Some(20.0), upper: None, adjustment: 3 });
    }

    #[test]
    fn bad_text_gives_messages_not_panics() {
        let p = new_policy("scheduled", &[], 0).unwrap();
        let mut v = values(&fields_of(&p));
        for (k, val) in v.iter_mut() {
            if ["min", "max", "desired"].contains(k) {
                val.clear();
            }
        }
        assert!(apply_fields(Lang::En, &p, &v).unwrap_err().contains("at least one"));
        assert!(parse_steps(Lang::En, "0..10").unwrap_err().contains("not a step"));
        assert!(parse_steps(Lang::En, "a..b:+1").is_err());
        assert!(parse_steps(Lang::En, "").is_err());
        let h = new_policy("hpa", &[], 0).unwrap();
        assert!(apply_fields(Lang::En, &h, &[("target", "lots".into())]).unwrap_err().contains("number"));
        assert_eq!(
            apply_fields(Lang::Ko, &p, &v).unwrap_err(),
            "예약된 작업은 최소 용량, 최대 용량, 원하는 용량 중 하나 이상을 설정해야 합니다."
        );
        assert!(apply_fields(Lang::Ko, &h, &[("target", "lots".into())])
            .unwrap_err()
            .starts_with("목표 CPU은(는) 숫자여야"));
    }

    #[test]
    fn steps_format_round_trips() {
        let s = vec![
            StepAdjustment { lower: None, upper: Some(-10.0), adjustment: -2 },
            StepAdjustment { lower: Some(-10.0), upper: Some(0.0), adjustment: -1 },
        ];
        assert_eq!(format_steps(&s), "..-10:-2, -10..0:-1");
        assert_eq!(parse_steps(Lang::En, &format_steps(&s)).unwrap(), s);
    }
}
