//! Burstable CPU credits (docs/aws-behaviour.md §8).

use asg_engine::credits::minutes_at;
use asg_engine::*;

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

/// The first instance's 1-minute CPU averages; every whole minute of the run but the boot's
/// must be there, so that a test's `.all(…)` over them cannot pass on an empty series.
fn cpu_minutes(s: &Sim) -> Vec<f64> {
    let id = s.snapshot().instances[0].id;
    let v: Vec<f64> =
        s.series(Metric::InstanceCPUUtilization(id), Statistic::Average, 60, 0).iter().map(|d| d.value).collect();
    let minutes = s.now() / 60;
    assert!(!v.is_empty() && v.len() as u64 + 2 >= minutes, "{} CPU minutes after {minutes} min", v.len());
    v
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

// docs/aws-behaviour.md §8 "When credits run out": Standard mode lowers CPU to the baseline
// (≈ 10 %) gradually, "over a 15-minute interval" [DOC]; the linear ramp that ends exactly as the
// balance is used up is the lab's [EST]. A fresh t2.micro (30 launch credits, −0.9 credits/min
// at 100 %) starts the ramp at 6.75 credits — 90² %² over 2 × 0.1 %/s × 1/6000 credits/(%·s) —
// i.e. after (30 − 6.75) / 0.9 ≈ 25.8 minutes, and reaches 10 % about 15 minutes later.
#[test]
fn stress_on_fresh_t2_micro_declines_to_baseline_over_15_minutes() {
    let s = stressed(InstanceType::T2Micro, 1, 60);
    let cpu = cpu_minutes(&s);
    assert!(cpu[..25].iter().all(|c| (c - 100.0).abs() < 1e-9), "{:?}", &cpu[..26]);
    // the decline: strictly falling, about 6 % per minute (90 % over 15 minutes)
    let ramp = &cpu[26..40];
    assert!(ramp.windows(2).all(|w| w[1] < w[0]), "{ramp:?}");
    for w in ramp.windows(2) {
        assert!((w[0] - w[1] - 6.0).abs() < 0.2, "{ramp:?}");
    }
    assert!(cpu[42..].iter().all(|c| (c - 10.0).abs() < 0.01), "{:?}", &cpu[40..]);
    let credits = s.snapshot().instances[0].credits.unwrap();
    assert!(credits < 0.01, "{credits}");
}

fn unlimited_t3(stress_min: u64) -> Scenario {
    Scenario {
        instance_type: InstanceType::T3Micro,
        traffic: TrafficSpec { pattern: Pattern::Constant { rps: 0.0 }, poisson_noise: false },
        group: GroupSpec { min: 1, max: 1, desired: Some(1), ..GroupSpec::default() },
        policies: vec![],
        events: vec![ScheduledEvent {
            at_s: 0,
            action: EventAction::Stress { instance: InstanceRef::Nth(0), duration_s: stress_min * 60, workers: 2 },
        }],
        ..Scenario::default()
    }
}

const SURPLUS_USD: f64 = 0.05 / 60.0; // $0.05 per vCPU-hour, 1 credit = 1 vCPU-minute

// docs/aws-behaviour.md §8 "Two vCPUs and stress": on a t3.micro stress -c 1 shows ≈50 %, -c 2
// reaches 100 %; Unlimited mode never throttles but spends surplus credits.
#[test]
fn t3_micro_two_vcpus_unlimited() {
    let s = stressed(InstanceType::T3Micro, 1, 10);
    // ≈50 %: one of two vCPUs busy plus the 2 % idle base load [EST]
    assert!(cpu_minutes(&s).iter().all(|c| (c - 52.0).abs() < 1e-9), "{:?}", cpu_minutes(&s));
    let s = stressed(InstanceType::T3Micro, 2, 120);
    assert!(cpu_minutes(&s).iter().all(|c| (c - 100.0).abs() < 1e-9), "never throttled");
    let sum = s.summary();
    // 2 vCPU × 100 % = 120 credits/h spent, 12 earned → 108 surplus credits/h (T3 has no
    // launch credits): 216 credits in 2 h, below the 288 a t3.micro earns in 24 h, so nothing
    // is charged yet (§8 "Surplus credits") — $0.18 is owed if the instance terminates now.
    assert_eq!(sum.credit_cost_usd, 0.0);
    assert!((sum.credit_owed_usd - 216.0 * SURPLUS_USD).abs() < 0.01, "{}", sum.credit_owed_usd);
}

// docs/aws-behaviour.md §8 "Surplus credits": credits earned later pay the surplus down.
// After 60 minutes of stress (108 surplus), the idle t3.micro (2 % CPU: 2.4 credits/h spent,
// 12 earned) pays 9.6 credits/h back: 108 − 9.6 × 5 = 60 after five idle hours, none charged.
#[test]
fn earned_credits_pay_the_surplus_down() {
    let mut s = Sim::new(unlimited_t3(60));
    s.run_until(6 * 3600);
    let sum = s.summary();
    assert_eq!(sum.credit_cost_usd, 0.0);
    assert!((sum.credit_owed_usd - 60.0 * SURPLUS_USD).abs() < 0.01, "{}", sum.credit_owed_usd / SURPLUS_USD);
    // ≈ 11.25 h after stress ends the surplus is gone and the balance accrues again
    s.run_until(13 * 3600);
    assert_eq!(s.summary().credit_owed_usd, 0.0);
    assert!(s.snapshot().instances[0].credits.unwrap() > 5.0);
}

// docs/aws-behaviour.md §8 "Surplus credits": surplus above what the instance earns in 24 h
// (288 for a t3.micro) is charged; the rest is charged when the instance terminates.
#[test]
fn surplus_is_charged_above_24_h_of_earnings_and_at_termination() {
    let mut s = Sim::new(unlimited_t3(240));
    s.run_until(4 * 3600);
    // 4 h × 108 = 432 spent: 432 − 288 = 144 charged, 288 owed
    let sum = s.summary();
    assert!((sum.credit_cost_usd - 144.0 * SURPLUS_USD).abs() < 0.005, "{}", sum.credit_cost_usd / SURPLUS_USD);
    assert!((sum.credit_owed_usd - 288.0 * SURPLUS_USD).abs() < 0.005, "{}", sum.credit_owed_usd / SURPLUS_USD);
    let before = sum.cost_usd;
    let id = s.snapshot().instances[0].id;
    s.apply(Command::TerminateInstance { instance: id, decrement_desired: false }).unwrap();
    s.step(1);
    let sum = s.summary();
    assert!((sum.credit_cost_usd - 432.0 * SURPLUS_USD).abs() < 0.005, "{}", sum.credit_cost_usd / SURPLUS_USD);
    assert!(sum.cost_usd - before > 287.0 * SURPLUS_USD, "termination bills the owed surplus");
    // still billed once the terminated instance has left the list
    s.run_until(5 * 3600);
    assert!((s.summary().credit_cost_usd - 432.0 * SURPLUS_USD).abs() < 0.005);
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

// docs/aws-behaviour.md §8 "Credit table": AWS's published figures, written out here rather than
// recomputed from the catalogue's own formula; and §8 "Credits": baseline % = (credits earned per
// hour / vCPUs) / 60.
#[test]
fn the_catalogue_has_aws_credit_table() {
    let table = [
        (InstanceType::T2Micro, 1, 6.0, 144.0, 10.0),
        (InstanceType::T3Micro, 2, 12.0, 288.0, 10.0),
        (InstanceType::T3Small, 2, 24.0, 576.0, 20.0),
        (InstanceType::T3Medium, 2, 24.0, 576.0, 20.0),
    ];
    for (it, vcpus, earn, cap, baseline) in table {
        let b = it.burst().unwrap_or_else(|| panic!("{it} is burstable"));
        assert_eq!((it.vcpus(), b.earn_per_h, b.max_accrued, b.baseline_pct), (vcpus, earn, cap, baseline), "{it}");
        assert!((b.earn_per_h / f64::from(it.vcpus()) / 60.0 * 100.0 - b.baseline_pct).abs() < 1e-9, "{it}");
    }
    let burstable = InstanceType::ALL.iter().filter(|t| t.burst().is_some()).count();
    assert_eq!(burstable, table.len(), "every burstable type is in the table");
}
