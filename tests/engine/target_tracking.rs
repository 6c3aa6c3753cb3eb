//! Target tracking (docs/aws-behaviour.md §2).

use asg_engine::policies::target_tracking::{propose, required_capacity, Proposal};
use asg_engine::*;
use asg_view_model::alarms::expression;
use asg_view_model::i18n::{why_text, Lang};

fn base(policies: Vec<PolicySpec>, rps: f64, min: u32, max: u32, desired: u32) -> Scenario {
    Scenario {
        traffic: TrafficSpec { pattern: Pattern::Constant { rps }, poisson_noise: false },
        group: GroupSpec { min, max, desired: Some(desired), ..GroupSpec::default() },
        policies,
        events: vec![],
        ..Scenario::default()
    }
}

fn tt(name: &str, target: f64, disable_scale_in: bool) -> PolicySpec {
    PolicySpec::TargetTracking {
        name: name.into(),
        metric: TtMetric::ASGAverageCPUUtilization,
        target,
        disable_scale_in,
        warmup_s: None,
    }
}

// docs/aws-behaviour.md §2 "Rounding": +1.5 instances → add 2; −1.5 → remove just 1.
#[test]
fn rounding_adds_two_removes_one() {
    // 3 instances at 75 % for target 50: exact need 4.5 = +1.5 → 5 (+2)
    assert_eq!(required_capacity(3, 75.0, 50.0), Some(5));
    // 5 instances at 35 %: exact 3.5 = −1.5 → 4 (−1)
    assert_eq!(required_capacity(5, 35.0, 50.0), Some(4));
    // exact values are not rounded up by float noise
    assert_eq!(required_capacity(3, 50.0, 50.0), Some(3));
    assert_eq!(required_capacity(0, 50.0, 50.0), None);
    assert_eq!(required_capacity(2, f64::NAN, 50.0), None);
}

// docs/aws-behaviour.md §2 "Capacity formula": scale out only when AlarmHigh is in ALARM, scale in
// only when AlarmLow is, never during warm-up, never with DisableScaleIn; missing data holds.
#[test]
fn proposal_rules() {
    assert_eq!(propose(true, false, 1, Some(100.0), 50.0, 1, false, false), Proposal::Out(2));
    // warming instance already counts toward desired: no stacking
    assert_eq!(propose(true, false, 1, Some(100.0), 50.0, 2, true, false), Proposal::Hold);
    assert_eq!(propose(false, true, 4, Some(10.0), 50.0, 4, false, false), Proposal::In(1));
    assert_eq!(propose(false, true, 4, Some(10.0), 50.0, 4, true, false), Proposal::Hold);
    assert_eq!(propose(false, true, 4, Some(10.0), 50.0, 4, false, true), Proposal::Hold);
    assert_eq!(propose(true, false, 4, None, 50.0, 4, false, false), Proposal::Hold);
}

// docs/aws-behaviour.md §2 "The alarms as observed", "Alarms and metrics": names and console expressions.
#[test]
fn target_tracking_alarms_as_observed() {
    let s = Sim::new(base(vec![tt("cpu50", 50.0, false)], 5.0, 1, 3, 1));
    let a = s.alarms();
    assert_eq!(a.len(), 2);
    assert!(a[0].spec.name.starts_with("TargetTracking-asg-lab-AlarmHigh-"));
    assert!(a[1].spec.name.starts_with("TargetTracking-asg-lab-AlarmLow-"));
    assert_eq!(expression(Lang::En, &a[0]), "CPUUtilization > 50 for 3 datapoints within 3 minutes");
    // EC2 Auto Scaling's AlarmLow at 0.7 × target, as recent console captures show
    assert_eq!(expression(Lang::En, &a[1]), "CPUUtilization < 35 for 15 datapoints within 15 minutes");
    assert_eq!(a[0].state, AlarmState::InsufficientData);
    // the ratio stays a lab setting: 0.9 is what Application Auto Scaling (ECS) alarms show
    let mut sc = base(vec![tt("cpu50", 50.0, false)], 5.0, 1, 3, 1);
    sc.model.tt_low_ratio = 0.9;
    let s = Sim::new(sc);
    assert_eq!(expression(Lang::En, &s.alarms()[1]), "CPUUtilization < 45 for 15 datapoints within 15 minutes");
}

// docs/aws-behaviour.md §2 "Scale-out and scale-in": scale-out is proportional, so a load step from 1
// to ~3 instances' worth scales out in one decision after AlarmHigh's 3 minutes.
#[test]
fn scale_out_proportional_after_three_minutes() {
    // t2.micro ≈ 50 req/s at 100 %: 70 req/s on one instance saturates it (CPU 100 %)
    let mut s = Sim::new(base(vec![tt("cpu50", 50.0, false)], 10.0, 1, 10, 1));
    s.run_until(600);
    assert_eq!(s.snapshot().desired, 1);
    s.apply(Command::SetTrafficOverride(Some(70.0))).unwrap();
    s.run_until(600 + 179);
    assert_eq!(s.snapshot().desired, 1, "3 datapoints needed");
    s.run_until(600 + 181);
    // CPU ≈ 100 % on 1 instance → ceil(1 × 100/50) = 2 (saturated: the metric caps at 100 %)
    assert_eq!(s.snapshot().desired, 2);
    let why = why_text(Lang::En, s.last_why());
    assert!(why.contains("> target 50 %") && why.contains("desired 1 → 2"), "{why}");
}

// docs/aws-behaviour.md §2 "Missing data": insufficient data never scales (`proposal_rules`
// above), with one exception: ALBRequestCountPerTarget emits zeros for minutes without requests,
// so when traffic stops its AlarmLow (< 0.7 × 100) fills with zeros and the group scales in to
// its minimum; RequestCount itself stays missing (no traffic, no datapoint, §6).
#[test]
fn request_count_per_target_emits_zeros_and_scales_in_without_traffic() {
    let p = PolicySpec::TargetTracking {
        name: "rpt".into(),
        metric: TtMetric::ALBRequestCountPerTarget,
        target: 100.0,
        disable_scale_in: false,
        warmup_s: None,
    };
    let mut s = Sim::new(base(vec![p], 0.0, 1, 5, 3));
    s.run_until(3600);
    assert_eq!(s.alarms()[0].state, AlarmState::Ok, "0 is data: AlarmHigh is OK, not INSUFFICIENT_DATA");
    assert_eq!(s.alarms()[1].state, AlarmState::Alarm);
    assert_eq!(s.snapshot().desired, 1, "scaled in to min");
    let rpt = s.series(Metric::RequestCountPerTarget, Statistic::Sum, 60, 0);
    assert!(rpt.len() >= 59 && rpt.iter().all(|d| d.value == 0.0), "{:?}", &rpt[..3]);
    assert!(s.series(Metric::RequestCount, Statistic::Sum, 60, 0).is_empty());
}

// docs/aws-behaviour.md §2 "Alarms and metrics": ALBRequestCountPerTarget counts requests per target per minute.
#[test]
fn request_count_per_target_scales_to_load() {
    let p = PolicySpec::TargetTracking {
        name: "rpt".into(),
        metric: TtMetric::ALBRequestCountPerTarget,
        target: 600.0, // 10 req/s per target
        disable_scale_in: false,
        warmup_s: Some(60),
    };
    let mut s = Sim::new(base(vec![p], 40.0, 1, 10, 1));
    s.run_until(1800);
    // 40 req/s = 2400 req/min → 4 targets; a noisy minute above 600 may add a fifth, and at 5
    // targets (480 per target) AlarmLow (< 0.7 × 600 = 420) does not bring it back
    let d = s.snapshot().desired;
    assert!((4..=5).contains(&d), "{d}");
    assert_eq!(expression(Lang::En, &s.alarms()[0]), "RequestCountPerTarget > 600 for 3 datapoints within 3 minutes");
}

// docs/aws-behaviour.md §2 "DisableScaleIn": only scales out.
#[test]
fn disable_scale_in() {
    for (disable, expect) in [(true, 3u32), (false, 1u32)] {
        let mut s = Sim::new(base(vec![tt("cpu50", 50.0, disable)], 2.0, 1, 5, 3));
        s.run_until(3600);
        assert_eq!(s.snapshot().desired, expect, "disable_scale_in = {disable}");
    }
}

// docs/aws-behaviour.md §2 "Combining policies": scale in only if all policies with scale-in enabled agree.
#[test]
fn scale_in_needs_all_policies() {
    // CPU = 2 % base + 2 req/s ÷ 3 instances ÷ 50 req/s ≈ 3.3 %: target 50 wants to scale in,
    // target 3.5 is in its dead band (AlarmLow < 3.15 never fires) and vetoes it
    let mut s = Sim::new(base(vec![tt("cpu50", 50.0, false), tt("cpu3.5", 3.5, false)], 2.0, 1, 5, 3));
    s.run_until(3600);
    assert_eq!(s.snapshot().desired, 3);
    assert_eq!(s.alarms()[1].state, AlarmState::Alarm, "cpu50's AlarmLow is in ALARM");
    // with the second one scale-in-disabled, the first alone decides
    let mut s = Sim::new(base(vec![tt("cpu50", 50.0, false), tt("cpu90", 90.0, true)], 2.0, 1, 5, 3));
    s.run_until(3600);
    assert_eq!(s.snapshot().desired, 1);
}

// docs/aws-behaviour.md §2 "Instance warm-up": scale-in from policies is blocked until warm-up ends.
#[test]
fn scale_in_blocked_during_warmup() {
    let mut sc = base(vec![tt("cpu50", 50.0, false)], 2.0, 1, 5, 1);
    sc.group.default_warmup_s = Some(1800);
    let mut s = Sim::new(sc);
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(3) }).unwrap();
    // AlarmLow is in ALARM after 15 minutes, but the two new instances warm for 30 min
    s.run_until(1700);
    assert_eq!(s.alarms()[1].state, AlarmState::Alarm);
    assert_eq!(s.snapshot().desired, 3);
    s.run_until(1900);
    assert_eq!(s.snapshot().desired, 1);
}

// docs/aws-behaviour.md §2 "The alarms as observed": AlarmLow needs 15 datapoints within 15 minutes,
// so a scale-in needs 15 consecutive low minutes.
#[test]
fn scale_in_waits_fifteen_minutes() {
    let mut s = Sim::new(base(vec![tt("cpu50", 50.0, false)], 2.0, 1, 5, 2));
    s.run_until(15 * 60 - 1);
    assert_eq!(s.snapshot().desired, 2);
    s.run_until(15 * 60 + 1);
    assert_eq!(s.snapshot().desired, 1);
}

// docs/aws-behaviour.md §2 "Metric granularity" ❓: basic monitoring gives 5-minute EC2 data; the alarm period becomes
// 300 s (ModelSettings::tt_period_basic_s) so scale-out takes ~15 minutes.
#[test]
fn basic_monitoring_is_slower() {
    let mut sc = base(vec![tt("cpu50", 50.0, false)], 70.0, 1, 5, 1);
    sc.monitoring = Monitoring::Basic;
    let mut s = Sim::new(sc);
    assert_eq!(expression(Lang::En, &s.alarms()[0]), "CPUUtilization > 50 for 3 datapoints within 15 minutes");
    s.run_until(899);
    assert_eq!(s.snapshot().desired, 1);
    s.run_until(901);
    assert_eq!(s.snapshot().desired, 2);
}

// docs/aws-behaviour.md §2 "Instance warm-up": the policy's EstimatedInstanceWarmup defaults to
// DefaultInstanceWarmup; a policy-level warm-up overrides the group's.
#[test]
fn policy_warmup_overrides_group_default() {
    let p = PolicySpec::TargetTracking {
        name: "cpu50".into(),
        metric: TtMetric::ASGAverageCPUUtilization,
        target: 50.0,
        disable_scale_in: false,
        warmup_s: Some(60),
    };
    let mut sc = base(vec![p], 2.0, 1, 5, 1);
    sc.group.default_warmup_s = Some(1800);
    let mut s = Sim::new(sc);
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(3) }).unwrap();
    // group warm-up (1800 s) would block scale-in until ~1830; the policy's 60 s does not
    s.run_until(16 * 60 + 1);
    assert_eq!(s.snapshot().desired, 1);
}
