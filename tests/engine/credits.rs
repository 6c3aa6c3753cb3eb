//! Burstable CPU credits (docs/aws-behaviour.md §8).

use asg_lab::sim::credits::minutes_at;
use asg_lab::sim::*;

fn stressed(it: InstanceType, workers: u32, minutes: u64) -> Sim {
    let sc = Scenario {
        instance_type: it,
        traffic: TrafficSpec { pattern: Pattern::Constant { rps: 0.0 }, poisson_noise: false },
        group: GroupSpec { min: 1, max: 1, desired: Some(1), ..GroupSpec::default() },
        policies: vec![],
        events: vec![ScheduledEvent {
            at_s: 0,
            action: EventAction::Stress { instance: InstanceRef::Nth(0), duration_s: minutes * 60, workers },
        }],
        ..Scenario::default()
    };
    let mut s = Sim::new(sc);
    s.run_until(minutes * 60);
    s
}

fn cpu_minutes(s: &Sim) -> Vec<f64> {
    let id = s.snapshot().instances[0].id;
    s.series(Metric::InstanceCPUUtilization(id), Statistic::Average, 60, 0).iter().map(|d| d.value).collect()
}

// docs/aws-behaviour.md §8 "Credit arithmetic" [EST]: 30 launch credits, −0.9 credits/min at 100 %
// → ≈ 33.3 minutes at 100 %.
#[test]
fn t2_micro_launch_credits_last_33_minutes() {
    let spec = InstanceType::T2Micro.burst().unwrap();
    let m = minutes_at(&spec, 1, 30.0, 100.0).unwrap();
    assert!((m - 33.33).abs() < 0.01, "{m}");
    // full balance (144 + 30) ≈ 3.2 h
    let h = minutes_at(&spec, 1, 174.0, 100.0).unwrap() / 60.0;
    assert!((h - 3.22).abs() < 0.01, "{h}");
}

// docs/aws-behaviour.md §8 "When credits run out": Standard mode throttles to the baseline (≈ 10 %);
// stress on a fresh t2.micro holds 100 % for ≈33 minutes, then CloudWatch shows ≈10 %.
#[test]
fn stress_on_fresh_t2_micro_drops_to_baseline() {
    let s = stressed(InstanceType::T2Micro, 1, 60);
    let cpu = cpu_minutes(&s);
    // minutes 0..32 full; minute 33 is the transition; from 34 on at baseline
    assert!(cpu[..33].iter().all(|c| (c - 100.0).abs() < 1e-9), "{:?}", &cpu[..34]);
    assert!(cpu[33] < 100.0 && cpu[33] > 10.0, "{}", cpu[33]);
    assert!(cpu[34..].iter().all(|c| (c - 10.0).abs() < 0.01), "{:?}", &cpu[34..]);
    let credits = s.snapshot().instances[0].credits.unwrap();
    assert!(credits < 0.01, "{credits}");
}

// docs/aws-behaviour.md §8 "Two vCPUs and stress": on a t3.micro stress -c 1 shows ≈50 %, -c 2 reaches 100 %;
// Unlimited mode never throttles but accrues surplus charges ($0.05/vCPU-h).
#[test]
fn t3_micro_two_vcpus_unlimited() {
    let s = stressed(InstanceType::T3Micro, 1, 10);
    // ≈50 %: one of two vCPUs busy plus the 2 % idle base load [EST]
    assert!(cpu_minutes(&s).iter().all(|c| (c - 52.0).abs() < 1e-9), "{:?}", cpu_minutes(&s));
    let s = stressed(InstanceType::T3Micro, 2, 120);
    assert!(cpu_minutes(&s).iter().all(|c| (c - 100.0).abs() < 1e-9), "never throttled");
    let sum = s.summary();
    // 2 vCPU × 100 % = 120 credits/h spent, 12 earned → ≈ 108 surplus credits/h
    // (T3 has no launch credits) ≈ 216 credits in 2 h ≈ $0.18
    assert!((sum.credit_cost_usd - 216.0 * 0.05 / 60.0).abs() < 0.01, "{}", sum.credit_cost_usd);
}

// docs/aws-behaviour.md §8 "Launch credits": t3 in Standard mode (credit_mode override) throttles to 10 % at once
// (no launch credits for T3).
#[test]
fn t3_standard_throttles_without_launch_credits() {
    let sc = Scenario {
        instance_type: InstanceType::T3Micro,
        traffic: TrafficSpec { pattern: Pattern::Constant { rps: 0.0 }, poisson_noise: false },
        group: GroupSpec {
            min: 1,
            max: 1,
            desired: Some(1),
            credit_mode: Some(CreditMode::Standard),
            ..GroupSpec::default()
        },
        policies: vec![],
        events: vec![ScheduledEvent {
            at_s: 0,
            action: EventAction::Stress { instance: InstanceRef::Nth(0), duration_s: 600, workers: 2 },
        }],
        ..Scenario::default()
    };
    let mut s = Sim::new(sc);
    s.run_until(600);
    assert!(cpu_minutes(&s).iter().all(|c| (c - 10.0).abs() < 0.01), "{:?}", cpu_minutes(&s));
}

// docs/aws-behaviour.md §8 "Credit table": non-burstable types have no credits and never throttle.
#[test]
fn m5_has_no_credits() {
    let s = stressed(InstanceType::M5Large, 2, 90);
    assert_eq!(s.snapshot().instances[0].credits, None);
    assert!(cpu_minutes(&s).iter().all(|c| (c - 100.0).abs() < 1e-9));
}

// docs/aws-behaviour.md §8 "Credits": baseline % = (credits earned per hour / vCPUs) / 60.
#[test]
fn baseline_matches_earn_rate() {
    for it in InstanceType::ALL {
        if let Some(b) = it.burst() {
            let baseline = b.earn_per_h / it.vcpus() as f64 / 60.0 * 100.0;
            assert!((baseline - b.baseline_pct).abs() < 1e-9, "{it}");
            assert_eq!(b.max_accrued, b.earn_per_h * 24.0);
        }
    }
}
