//! The engine's "why" is facts, not text: the view model's catalogue says it in English exactly
//! as the engine always wrote it, and in Korean with the same numbers.

use asg_engine::*;
use asg_view_model::i18n::{why_text, Lang};

fn tt(metric: TtMetric) -> TtFacts {
    TtFacts { metric, value: Some(78.3), target: 50.0, minutes: 3, ready: 2, capacity: 4 }
}

fn breach() -> Breach {
    Breach {
        metric: Metric::CPUUtilization,
        value: Some(78.3),
        comparison: Comparison::GreaterThanThreshold,
        threshold: 50.0,
    }
}

/// Every reason with the English the engine wrote before it kept facts.
fn every_reason() -> Vec<(Reason, &'static str)> {
    vec![
        (Reason::GroupCreated, "group created with this desired capacity"),
        (Reason::InvalidPolicy, "the scenario's policy definition is invalid"),
        (
            Reason::TargetAbove(tt(TtMetric::ASGAverageCPUUtilization)),
            "CPU 78.3 % > target 50 % for 3 minutes → ceil(2 × 78.3 / 50) = 4",
        ),
        (
            Reason::TargetBelow { tt: tt(TtMetric::ALBRequestCountPerTarget), low: 45.0, ratio: 0.9 },
            "Requests per target 78.3/min < 45/min (0.9 × target) for 3 minutes, no instance warming → ceil(2 × 78.3 / 50) = 4",
        ),
        (
            Reason::Step { breach: breach(), step: 2, adjustment_type: AdjustmentType::ChangeInCapacity, adjustment: 3 },
            "CPUUtilization 78.3 > 50 (step 2: ChangeInCapacity 3)",
        ),
        (
            Reason::Simple { breach: breach(), adjustment_type: AdjustmentType::PercentChangeInCapacity, adjustment: -25 },
            "CPUUtilization 78.3 > 50 (PercentChangeInCapacity -25, then cooldown)",
        ),
        (Reason::Scheduled { name: "morning".into() }, "scheduled action morning ran"),
        (Reason::ScheduledInvalid, "the action's sizes were invalid"),
        (
            Reason::Forecast { hour: 7, capacity: 6, early_s: 300 },
            "forecast for 07:00 UTC needs 6 instances (applied 300 s early)",
        ),
        (
            Reason::Hpa { average: 71.24, target: 60.0, ready: 3, unready: 1, tolerance: 0.1 },
            "HPA: average CPU 71.2 % vs target 60 % over 3 ready (+1 not ready), tolerance 0.1",
        ),
        (Reason::Manual, "manual change"),
        (Reason::ManualTerminate { decrement: true }, "manual terminate, desired decremented"),
        (Reason::ManualTerminate { decrement: false }, "manual terminate → a replacement will launch"),
        (
            Reason::Unhealthy { instance: InstanceId(0xab), batch: 1 },
            "instance i-000000000000000ab is Unhealthy → replace it (≤ 1 at a time)",
        ),
        (
            Reason::Rebalance { low: 1, high: 3 },
            "AZs hold 1…3 instances → launch in the emptiest AZ, then terminate one in the fullest",
        ),
        (Reason::AzDown { az: "ap-northeast-2a".into(), replace: false }, "ap-northeast-2a is down"),
        (
            Reason::AzDown { az: "ap-northeast-2a".into(), replace: true },
            "ap-northeast-2a is down → replacements go to the other AZs",
        ),
        (Reason::AzRecovered, "instances will be rebalanced"),
        (Reason::NoAz, "every Availability Zone of the group is down"),
        (Reason::LaunchFailed, "something the launch template needs was deleted: the group retries and fails until it exists again"),
        (Reason::AllProtected, "every remaining instance has scale-in protection"),
        (Reason::Stress { workers: 2, seconds: 1200 }, "2 busy worker(s) for 1200 s"),
        (Reason::Spike { multiplier: 2.5, seconds: 300 }, "traffic × 2.5 for 300 s"),
        (Reason::PatternChanged, "new traffic pattern from now on"),
        (Reason::AppBroken, "its health checks now fail and requests get HTTP 500"),
        (Reason::AppRepaired, "its health checks pass again"),
        (Reason::NewInstanceType, "new launches use the new instance type"),
        (Reason::Rejected, "the request was rejected"),
        (Reason::NoSuchInstance, "the event names an instance that does not exist now"),
    ]
}

/// A new reason must be added to `every_reason` (this match does not compile otherwise).
#[allow(dead_code)]
fn listed(r: &Reason) {
    match r {
        Reason::None
        | Reason::GroupCreated
        | Reason::InvalidPolicy
        | Reason::TargetAbove(_)
        | Reason::TargetBelow { .. }
        | Reason::Step { .. }
        | Reason::Simple { .. }
        | Reason::Scheduled { .. }
        | Reason::ScheduledInvalid
        | Reason::Forecast { .. }
        | Reason::Hpa { .. }
        | Reason::Manual
        | Reason::ManualTerminate { .. }
        | Reason::Unhealthy { .. }
        | Reason::Rebalance { .. }
        | Reason::AzDown { .. }
        | Reason::AzRecovered
        | Reason::NoAz
        | Reason::LaunchFailed
        | Reason::AllProtected
        | Reason::Stress { .. }
        | Reason::Spike { .. }
        | Reason::PatternChanged
        | Reason::AppBroken
        | Reason::AppRepaired
        | Reason::NewInstanceType
        | Reason::Rejected
        | Reason::NoSuchInstance => {}
    }
}

fn digits(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map(|x| x.trim_matches('.'))
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn english_is_the_text_the_engine_always_wrote() {
    for (r, en) in every_reason() {
        assert_eq!(why_text(Lang::En, &r.into()), en);
    }
    let w = Why::changed(Reason::Manual, 1, 2);
    assert_eq!(why_text(Lang::En, &w), "manual change → desired 1 → 2");
    assert_eq!(why_text(Lang::En, &Why::default()), "");
}

#[test]
fn korean_says_every_reason_with_the_same_numbers() {
    for (r, en) in every_reason() {
        let why = Why::changed(r, 3, 7);
        let ko = why_text(Lang::Ko, &why);
        assert!(ko.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)), "no Hangul in {ko:?} ({en})");
        assert!(ko.ends_with(" → 원하는 용량 3 → 7"), "{ko}");
        let mut want = digits(&why_text(Lang::En, &why));
        let mut got = digits(&ko);
        want.sort();
        got.sort();
        assert_eq!(got, want, "numbers of {en:?} in {ko:?}");
    }
    assert_eq!(why_text(Lang::Ko, &Why::default()), "");
}

#[test]
fn korean_keeps_aws_names() {
    let step = Why::from(Reason::Step {
        breach: breach(),
        step: 1,
        adjustment_type: AdjustmentType::ChangeInCapacity,
        adjustment: 1,
    });
    let ko = why_text(Lang::Ko, &step);
    assert!(ko.contains("CPUUtilization 78.3 > 50") && ko.contains("ChangeInCapacity"), "{ko}");
    let sick = why_text(Lang::Ko, &Reason::Unhealthy { instance: InstanceId(1), batch: 2 }.into());
    assert!(sick.contains("Unhealthy") && sick.contains("i-00000000000000001"), "{sick}");
}

#[test]
fn a_real_run_explains_itself_in_both_languages() {
    let mut s = Sim::new(Scenario::default());
    s.step(3600);
    let acts: Vec<Activity> = s.activities().cloned().collect();
    assert!(acts.iter().any(|a| matches!(a.why.reason, Reason::TargetAbove(_)) && a.why.change == Some((1, 2))));
    for a in &acts {
        let (en, ko) = (why_text(Lang::En, &a.why), why_text(Lang::Ko, &a.why));
        assert!(!en.is_empty() && !ko.is_empty() && ko != en, "{en} / {ko}");
    }
}
