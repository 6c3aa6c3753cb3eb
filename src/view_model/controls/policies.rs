//! Scaling policies as the policy list describes them, and the policies the "add" menu makes.

use crate::sim::{
    AdjustmentType, AlarmSpec, Comparison, PolicySpec, PredictiveMode, Recurrence, ScheduledActionSpec, StepAdjustment,
    TtMetric,
};
use crate::view_model::i18n::{Lang, Text};

/// Kinds offered by the "add policy" menu, in the order the console lists them, with their
/// labels (see [`tr`](crate::view_model::i18n::tr)).
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
    match lang {
        Lang::En => describe_en(p),
        Lang::Ko => describe_ko(p),
    }
}

fn describe_en(p: &PolicySpec) -> String {
    match p {
        PolicySpec::TargetTracking { metric, target, disable_scale_in, .. } => format!(
            "Target tracking: keep {metric} at {target}{}",
            if *disable_scale_in { " (scale-in disabled)" } else { "" }
        ),
        PolicySpec::Step { alarm, adjustment_type, steps, .. } => format!(
            "Step scaling on {} {} {}: {} step{} ({adjustment_type})",
            alarm.metric.name(),
            alarm.comparison.symbol(),
            alarm.threshold,
            steps.len(),
            if steps.len() == 1 { "" } else { "s" }
        ),
        PolicySpec::Simple { alarm, adjustment_type, adjustment, cooldown_s, .. } => format!(
            "Simple scaling on {} {} {}: {adjustment:+} ({adjustment_type}), cooldown {}",
            alarm.metric.name(),
            alarm.comparison.symbol(),
            alarm.threshold,
            cooldown_s.map(|c| format!("{c} s")).unwrap_or_else(|| "group default".into())
        ),
        PolicySpec::Scheduled(s) => {
            let set: Vec<String> = [("min", s.min), ("max", s.max), ("desired", s.desired)]
                .iter()
                .filter_map(|(k, v)| v.map(|v| format!("{k} {v}")))
                .collect();
            let when = match &s.recurrence {
                Recurrence::Once { at_s } => format!("once at +{} min", at_s / 60),
                Recurrence::Every { start_s, every_s } => format!("every {} min from +{} min", every_s / 60, start_s / 60),
                Recurrence::Cron(c) => format!("cron \u{201c}{c}\u{201d} (UTC)"),
            };
            format!("Scheduled action: set {} {when}", set.join(", "))
        }
        PolicySpec::Predictive { metric, target, mode, buffer_s, .. } => {
            format!("Predictive scaling: {metric} target {target}, {mode}, buffer {buffer_s} s")
        }
        PolicySpec::Hpa { target_cpu, tolerance, sync_s, downscale_window_s, .. } => format!(
            "Kubernetes HPA: CPU {target_cpu} %, tolerance {tolerance}, sync {sync_s} s, scale-down window {downscale_window_s} s"
        ),
    }
}

fn describe_ko(p: &PolicySpec) -> String {
    match p {
        PolicySpec::TargetTracking { metric, target, disable_scale_in, .. } => format!(
            "대상 추적 조정 정책: {metric} 대상 값 {target} 유지{}",
            if *disable_scale_in { " (축소 비활성화)" } else { "" }
        ),
        PolicySpec::Step { alarm, adjustment_type, steps, .. } => format!(
            "단계 조정 정책: {} {} {} 경보, 단계 {}개 ({adjustment_type})",
            alarm.metric.name(),
            alarm.comparison.symbol(),
            alarm.threshold,
            steps.len()
        ),
        PolicySpec::Simple { alarm, adjustment_type, adjustment, cooldown_s, .. } => format!(
            "단순 조정 정책: {} {} {} 경보, {adjustment:+} ({adjustment_type}), 휴지 기간 {}",
            alarm.metric.name(),
            alarm.comparison.symbol(),
            alarm.threshold,
            cooldown_s.map(|c| format!("{c}초")).unwrap_or_else(|| "그룹 기본값".into())
        ),
        PolicySpec::Scheduled(s) => {
            let set: Vec<String> = [("최소 용량", s.min), ("최대 용량", s.max), ("원하는 용량", s.desired)]
                .iter()
                .filter_map(|(k, v)| v.map(|v| format!("{k} {v}")))
                .collect();
            let when = match &s.recurrence {
                Recurrence::Once { at_s } => format!("+{}분에 한 번", at_s / 60),
                Recurrence::Every { start_s, every_s } => format!("+{}분부터 {}분마다", start_s / 60, every_s / 60),
                Recurrence::Cron(c) => format!("cron \u{201c}{c}\u{201d} (UTC)"),
            };
            format!("예약된 작업: {when} {} 설정", set.join(", "))
        }
        PolicySpec::Predictive { metric, target, mode, buffer_s, .. } => {
            format!("예측 조정: {metric} 대상 값 {target}, {mode}, 버퍼 {buffer_s}초")
        }
        PolicySpec::Hpa { target_cpu, tolerance, sync_s, downscale_window_s, .. } => format!(
            "Kubernetes HPA: CPU {target_cpu} %, 허용 오차 {tolerance}, 동기화 {sync_s}초, 축소 안정화 기간 {downscale_window_s}초"
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
    use crate::sim::validate_policy;

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
