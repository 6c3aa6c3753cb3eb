//! Billing (docs/aws-behaviour.md §9) and the run summary / fixed-fleet comparison.

use asg_engine::billing::{billed_seconds, instance_cost, AlbBill};
use asg_engine::*;

fn sc(rps: f64, min: u32, max: u32, desired: u32) -> Scenario {
    Scenario {
        traffic: TrafficSpec { pattern: Pattern::Constant { rps }, poisson_noise: true },
        group: GroupSpec { min, max, desired: Some(desired), ..GroupSpec::default() },
        policies: vec![],
        events: vec![],
        ..Scenario::default()
    }
}

// docs/aws-behaviour.md §9 "EC2 billing": per second with a 60-second minimum.
#[test]
fn per_second_with_sixty_second_minimum() {
    assert_eq!(billed_seconds(10), 60);
    assert_eq!(billed_seconds(61), 61);
    assert!((instance_cost(3600, 0.0144) - 0.0144).abs() < 1e-12);
    assert!((instance_cost(1, 0.036) - 0.0006).abs() < 1e-12);
}

// docs/aws-behaviour.md §9 "EC2 billing": you pay from launch, including time not yet InService: an instance
// launched and terminated while Pending still costs its 60-s minimum.
#[test]
fn pending_time_is_billed() {
    let mut s = Sim::new(sc(0.0, 0, 2, 0));
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(1) }).unwrap();
    s.step(10);
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(0) }).unwrap();
    s.step(200);
    let c1 = s.summary().instance_cost_usd;
    let expected = 60.0 * 0.0144 / 3600.0; // Seoul t2.micro, 60-s minimum
    assert!((c1 - expected).abs() < 1e-9, "{c1} vs {expected}");
    assert!((s.summary().instance_hours - 60.0 / 3600.0).abs() < 1e-9);
}

// docs/aws-behaviour.md §9 "ALB billing": each started ALB-hour is billed as a full hour.
#[test]
fn alb_partial_hours_are_full_hours() {
    let b = AlbBill::default();
    let r = Region::UsEast1;
    assert!((b.cost(1, r) - 0.0225).abs() < 1e-12);
    assert!((b.cost(3600, r) - 0.0225).abs() < 1e-12);
    assert!((b.cost(3601, r) - 0.045).abs() < 1e-12);
    // LCU: 1 GB in an hour = 1 LCU (the bytes dimension dominates here)
    let mut b = AlbBill::default();
    for _ in 0..3600 {
        b.tick(10, 0.0, 1e9 / 36_000.0);
    }
    assert!((b.lcu_hours_done - 1.0).abs() < 1e-9);
}

// docs/aws-behaviour.md §9 "Instance prices": both regions.
#[test]
fn prices_by_region() {
    let p = |it, r| prices::instance_hour(it, r).usd;
    assert_eq!(p(InstanceType::T2Micro, Region::UsEast1), 0.0116);
    assert_eq!(p(InstanceType::T2Micro, Region::ApNortheast2), 0.0144);
    assert_eq!(p(InstanceType::M5Large, Region::ApNortheast2), 0.118);
    let mut s = Sim::new(Scenario { region: Region::UsEast1, ..sc(0.0, 2, 2, 2) });
    s.run_until(3600);
    let sum = s.summary();
    assert!((sum.instance_cost_usd - 2.0 * 0.0116).abs() < 1e-9);
    assert!((sum.alb_cost_usd - 0.0225).abs() < 1e-9, "no traffic → no LCU");
    // docs/aws-behaviour.md §9 "Public IPv4": $0.005 per address-hour — each instance's address
    // and the ALB's, one per AZ (2 here); §9 "EBS storage": an 8 GB gp3 root volume per
    // instance at $0.08 per GB-month (730 h)
    assert!((sum.ipv4_cost_usd - (2.0 + 2.0) * 0.005).abs() < 1e-9, "{}", sum.ipv4_cost_usd);
    assert!((sum.ebs_cost_usd - 2.0 * 8.0 * 0.08 / 730.0).abs() < 1e-9, "{}", sum.ebs_cost_usd);
    let parts = sum.instance_cost_usd + sum.alb_cost_usd + sum.credit_cost_usd + sum.ipv4_cost_usd + sum.ebs_cost_usd;
    assert!((sum.cost_usd - parts).abs() < 1e-9);
    assert!((s.snapshot().cost_usd - sum.cost_usd).abs() < 1e-12, "the header shows the same total");
}

// docs/aws-behaviour.md §9 "Public IPv4": the addresses and volumes of terminated instances
// stay billed for the time they existed, after the lab drops them from its list.
#[test]
fn dropped_instances_keep_their_address_and_volume_cost() {
    let mut s = Sim::new(Scenario { region: Region::ApNortheast2, ..sc(0.0, 0, 2, 1) });
    s.run_until(1800);
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(0) }).unwrap();
    s.run_until(3600);
    assert!(s.snapshot().instances.is_empty(), "dropped");
    let sum = s.summary();
    let alb_ips = 2.0 * 0.005; // an hour, two AZs
    assert!((sum.ipv4_cost_usd - alb_ips - 0.5 * 0.005).abs() < 1e-5, "{}", sum.ipv4_cost_usd);
    assert!((sum.ebs_cost_usd - 0.5 * 8.0 * 0.0912 / 730.0).abs() < 1e-6, "{}", sum.ebs_cost_usd);
}

// Run summary and the "why auto scaling" comparison on identical traffic.
#[test]
fn fixed_fleet_comparison_uses_same_traffic() {
    let mut scen = sc(0.0, 1, 10, 1);
    scen.traffic.pattern = Pattern::Sum(vec![
        Pattern::Constant { rps: 20.0 },
        Pattern::Spike { at_s: 1800, rise_s: 300, hold_s: 1800, fall_s: 300, base: 0.0, peak: 200.0 },
    ]);
    scen.policies = vec![PolicySpec::default_cpu50()];
    let mut s = Sim::new(scen);
    s.apply(Command::Spike { multiplier: 1.5, duration_s: 600 }).unwrap();
    s.run_until(3 * 3600);
    let auto = s.summary();
    let small = s.fixed_fleet_comparison(1);
    let big = s.fixed_fleet_comparison(10);
    assert_eq!(auto.requests, small.requests, "same seed, same traffic");
    assert_eq!(auto.requests, big.requests);
    assert!(small.failed_pct > 20.0, "one instance cannot take the spike: {small:?}");
    assert!(big.failed_pct < 0.1);
    assert!(auto.cost_usd < big.cost_usd);
    assert!(auto.peak_instances > 1 && auto.scale_outs > 0);
    assert!(auto.p99_ms > 0.0 && auto.instance_hours > 3.0);
}
