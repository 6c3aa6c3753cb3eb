//! Scaling policies as the policy list describes them, and the policies the "add" menu makes.

use crate::i18n::{fill, plural, tr, Lang, Text};
use asg_engine::{
    AdjustmentType, AlarmSpec, Comparison, PolicySpec, PredictiveMode, Recurrence, ScheduledActionSpec, StepAdjustment,
    TtMetric,
};

/// Kinds offered by the "add policy" menu, in the order the console lists them, with their
/// labels (see [`tr`](crate::i18n::tr)).
pub const KINDS: [(&str, Text); 7] = [
    ("tt-cpu", Text::KindTtCpu),
    ("tt-alb", Text::KindTtAlb),
    ("step", Text::KindStep),
    ("simple", Text::KindSimple),
    ("scheduled", Text::KindScheduled),
    ("predictive", Text::KindPredictive),
    ("hpa", Text::KindHpa),
];

/// A new policy of `kind` with AWS's defaults (or its documented examples), named uniquely
/// against `existing` names. `now_s` places a scheduled action 10 minutes ahead.
pub fn new_policy(kind: &str, existing: &[&str], now_s: u64) -> Option<PolicySpec> {
    let name = |base: &str| unique_name(base, existing);
    Some(match kind {
        "tt-cpu" => PolicySpec::TargetTracking {
            name: name("cpu-target"),
            metric: TtMetric::ASGAverageCPUUtilization,
            target: 50.0,
            disable_scale_in: false,
            warmup_s: None,
        },
        "tt-alb" => PolicySpec::TargetTracking {
            name: name("requests-per-target"),
            metric: TtMetric::ALBRequestCountPerTarget,
            target: 1000.0,
            disable_scale_in: false,
            warmup_s: None,
        },
        // docs/aws-behaviour.md §3 "Worked example": threshold 50 %, percent steps.
        "step" => PolicySpec::Step {
            name: name("cpu-step"),
            alarm: AlarmSpec::cpu("cpu-step-high", Comparison::GreaterThanOrEqualToThreshold, 60.0, 1, 1),
            adjustment_type: AdjustmentType::PercentChangeInCapacity,
            steps: vec![
                StepAdjustment { lower: Some(0.0), upper: Some(10.0), adjustment: 10 },
                StepAdjustment { lower: Some(10.0), upper: None, adjustment: 30 },
            ],
            min_adjustment_magnitude: Some(1),
            warmup_s: None,
        },
        "simple" => PolicySpec::Simple {
            name: name("cpu-simple"),
            alarm: AlarmSpec::cpu("cpu-simple-high", Comparison::GreaterThanThreshold, 70.0, 2, 2),
            adjustment_type: AdjustmentType::ChangeInCapacity,
            adjustment: 1,
            cooldown_s: None,
        },
        "scheduled" => PolicySpec::Scheduled(ScheduledActionSpec {
            name: name("scheduled"),
            recurrence: Recurrence::Once { at_s: (now_s / 60 + 10) * 60 },
            min: None,
            max: None,
            desired: Some(2),
        }),
        "predictive" => PolicySpec::Predictive {
            name: name("predictive"),
            metric: TtMetric::ASGAverageCPUUtilization,
            target: 50.0,
            mode: PredictiveMode::ForecastOnly,
            buffer_s: 300,
            max_capacity_buffer_pct: None,
        },
        "hpa" => PolicySpec::default_hpa(50.0).renamed(name("hpa")),
        _ => return None,
    })
}

trait Renamed {
    fn renamed(self, name: String) -> Self;
}

impl Renamed for PolicySpec {
    fn renamed(mut self, new: String) -> Self {
        if let PolicySpec::Hpa { name, .. } = &mut self {
            *name = new;
        }
        self
    }
}

fn unique_name(base: &str, existing: &[&str]) -> String {
    if !existing.contains(&base) {
        return base.to_string();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|n| !existing.contains(&n.as_str())).expect("unbounded")
}

/// One line on what the policy does, in the console's terms, in `lang`.
pub fn describe(lang: Lang, p: &PolicySpec) -> String {
    use Text as T;
    let seconds = |n: &dyn core::fmt::Display| fill(lang, T::SecondsShort, &[("n", n)]);
    match p {
        PolicySpec::TargetTracking { metric, target, disable_scale_in, .. } => {
            let note = if *disable_scale_in { tr(lang, T::ScaleInDisabledNote) } else { "" };
            fill(lang, T::DescTargetTracking, &[("metric", metric), ("target", target), ("scale_in", &note)])
        }
        PolicySpec::Step { alarm, adjustment_type, steps, .. } => fill(
            lang,
            T::DescStepPolicy,
            &[
                ("metric", &alarm.metric.name()),
                ("cmp", &alarm.comparison.symbol()),
                ("threshold", &alarm.threshold),
                ("steps", &plural(lang, steps.len() as u64, T::StepOne, T::Steps)),
                ("kind", adjustment_type),
            ],
        ),
        PolicySpec::Simple { alarm, adjustment_type, adjustment, cooldown_s, .. } => fill(
            lang,
            T::DescSimplePolicy,
            &[
                ("metric", &alarm.metric.name()),
                ("cmp", &alarm.comparison.symbol()),
                ("threshold", &alarm.threshold),
                ("adjustment", &format!("{adjustment:+}")),
                ("kind", adjustment_type),
                ("cooldown", &cooldown_s.map(|c| seconds(&c)).unwrap_or_else(|| tr(lang, T::GroupDefault).into())),
            ],
        ),
        PolicySpec::Scheduled(s) => {
            let set: Vec<String> = [(T::SetMin, s.min), (T::SetMax, s.max), (T::SetDesired, s.desired)]
                .iter()
                .filter_map(|(k, v)| v.map(|v| fill(lang, *k, &[("n", &v)])))
                .collect();
            let when = match &s.recurrence {
                Recurrence::Once { at_s } => fill(lang, T::WhenOnce, &[("at", &(at_s / 60))]),
                Recurrence::Every { start_s, every_s } => {
                    fill(lang, T::WhenEvery, &[("start", &(start_s / 60)), ("every", &(every_s / 60))])
                }
                Recurrence::Cron(c) => fill(lang, T::WhenCron, &[("cron", c)]),
            };
            fill(lang, T::DescScheduled, &[("sizes", &set.join(", ")), ("when", &when)])
        }
        PolicySpec::Predictive { metric, target, mode, buffer_s, .. } => fill(
            lang,
            T::DescPredictive,
            &[("metric", metric), ("target", target), ("mode", mode), ("buffer", buffer_s)],
        ),
        PolicySpec::Hpa { target_cpu, tolerance, sync_s, downscale_window_s, .. } => fill(
            lang,
            T::DescHpa,
            &[("cpu", target_cpu), ("tolerance", tolerance), ("sync", sync_s), ("window", downscale_window_s)],
        ),
    }
}

/// The target of a target-tracking policy, for its slider.
pub fn tt_target(p: &PolicySpec) -> Option<(TtMetric, f64)> {
    match p {
        PolicySpec::TargetTracking { metric, target, .. } => Some((*metric, *target)),
        _ => None,
    }
}

/// The same policy with a new target (target tracking only).
pub fn with_target(p: &PolicySpec, new_target: f64) -> Option<PolicySpec> {
    let mut p = p.clone();
    match &mut p {
        PolicySpec::TargetTracking { target, .. } => *target = new_target,
        _ => return None,
    }
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::validate_policy;

    #[test]
    fn every_kind_makes_a_valid_policy_with_a_unique_name() {
        for (kind, _) in KINDS {
            let p = new_policy(kind, &["cpu-target", "hpa"], 0).unwrap();
            validate_policy(&p).unwrap_or_else(|e| panic!("{kind}: {e}"));
            assert!(!["cpu-target", "hpa"].contains(&p.name()), "{kind} got {}", p.name());
            assert!(!describe(Lang::En, &p).is_empty());
            assert!(!describe(Lang::Ko, &p).is_empty());
        }
        assert_eq!(new_policy("nonsense", &[], 0), None);
    }

    #[test]
    fn descriptions_read_like_the_console() {
        let p = PolicySpec::default_cpu50();
        assert_eq!(describe(Lang::En, &p), "Target tracking: keep ASGAverageCPUUtilization at 50");
        assert_eq!(describe(Lang::Ko, &p), "대상 추적 조정 정책: ASGAverageCPUUtilization 대상 값 50 유지");
        assert_eq!(tt_target(&p), Some((TtMetric::ASGAverageCPUUtilization, 50.0)));
        let q = with_target(&p, 70.0).unwrap();
        assert_eq!(tt_target(&q).unwrap().1, 70.0);
        assert!(with_target(&PolicySpec::default_hpa(50.0), 1.0).is_none());
    }

    #[test]
    fn unique_names() {
        assert_eq!(unique_name("a", &[]), "a");
        assert_eq!(unique_name("a", &["a", "a-2"]), "a-3");
    }
}
