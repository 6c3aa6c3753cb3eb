//! Weighted random routing and automatic target weights (docs/aws-behaviour.md §6 "Routing
//! algorithms"; thresholds and ramps are the lab's [EST], see `crates/engine/src/anomaly.rs`).

use asg_engine::*;

const WR: Algorithm = Algorithm::WeightedRandom { anomaly_mitigation: false };
const WR_ATW: Algorithm = Algorithm::WeightedRandom { anomaly_mitigation: true };

/// `n` healthy t2.micros in one AZ behind an ALB using `alg`; health checks slow enough (60 s,
/// 3 failures) that a broken target keeps its `healthy` state for minutes.
fn group(alg: Algorithm, n: u32, rps: f64) -> Sim {
    let sc = Scenario {
        traffic: TrafficSpec { pattern: Pattern::Constant { rps }, poisson_noise: false },
        group: GroupSpec { min: n, max: n, desired: Some(n), azs: 1, ..GroupSpec::default() },
        alb: AlbSpec { algorithm: alg, hc_interval_s: 60, unhealthy_threshold: 3, ..AlbSpec::default() },
        policies: vec![],
        events: vec![],
        ..Scenario::default()
    };
    let mut s = Sim::new(sc);
    s.run_until(300);
    s
}

fn served(s: &Sim) -> Vec<f64> {
    s.snapshot().instances.iter().map(|i| i.served_rps).collect()
}

// Each request picks a target at random: the per-second shares vary, the average is even.
#[test]
fn weighted_random_spreads_requests_at_random_and_evenly_on_average() {
    let mut s = group(WR, 4, 120.0);
    let (mut uneven, mut total) = (0, vec![0.0; 4]);
    for _ in 0..300 {
        s.step(1);
        let v = served(&s);
        if v.iter().any(|x| *x != 30.0) {
            uneven += 1;
        }
        v.iter().zip(&mut total).for_each(|(x, t)| *t += x);
    }
    assert!(uneven > 250, "round robin would give 30 each every second; random: {uneven}/300 uneven");
    for t in total {
        assert!((t / 300.0 - 30.0).abs() < 1.5, "{t}");
    }
    assert_eq!(s.ledger().failed(), 0);
    // the same seed draws the same picks
    let (mut a, mut b) = (group(WR, 4, 120.0), group(WR, 4, 120.0));
    a.step(60);
    b.step(60);
    assert_eq!(a.snapshot(), b.snapshot());
}

/// Target 5xx over 60 s after the first instance's app breaks (it still passes as healthy to
/// the ALB for ≥ 2 minutes), and the snapshot then.
fn broken_minute(alg: Algorithm) -> (u64, Sim) {
    let mut s = group(alg, 4, 120.0);
    let id = s.snapshot().instances[0].id;
    let before = s.ledger().target_5xx;
    s.apply(Command::SetInstanceUnhealthy(id)).unwrap();
    s.step(60);
    (s.ledger().target_5xx - before, s)
}

// AWS: detection needs ≥ 3 healthy targets and watches 5xx and connection errors; mitigation
// (weighted_random + anomaly_mitigation on) lowers the anomalous target's traffic every five
// seconds. A broken app's 500s then fall far below round robin's even quarter.
#[test]
fn anomaly_mitigation_cuts_traffic_to_a_failing_target() {
    let (rr, _) = broken_minute(Algorithm::RoundRobin);
    let (wr, s_wr) = broken_minute(WR);
    let (atw, s_atw) = broken_minute(WR_ATW);
    assert!((1700..=1900).contains(&rr), "a quarter of 120 req/s for 60 s: {rr}");
    assert!((1500..=2100).contains(&wr), "weighted random alone keeps its share: {wr}");
    assert!(atw < rr / 4, "mitigated: {atw} vs {rr}");
    let broken = &s_atw.snapshot().instances[0];
    assert!(broken.anomalous && broken.mitigated, "{broken:?}");
    assert!(broken.served_rps == 0.0 && broken.target_state == TargetState::Healthy);
    // detection without mitigation: anomalous, weight untouched
    let b = &s_wr.snapshot().instances[0];
    assert!(b.anomalous && !b.mitigated);
    // the others are normal and take the traffic
    assert!(s_atw.snapshot().instances[1..].iter().all(|i| !i.anomalous && !i.mitigated));
}

// "Gradually" back to parity once the target recovers (the lab: +0.1 of a normal weight every
// five seconds after detection clears [EST]).
#[test]
fn a_recovered_target_returns_to_parity_gradually() {
    let (_, mut s) = broken_minute(WR_ATW);
    let id = s.snapshot().instances[0].id;
    s.apply(Command::RepairApp(id)).unwrap();
    s.step(30);
    let v = &s.snapshot().instances[0];
    assert!(!v.anomalous && v.mitigated, "normal again, weight still lowered: {v:?}");
    s.step(60);
    let v = &s.snapshot().instances[0];
    assert!(!v.mitigated, "{v:?}");
}

// Fewer than three healthy targets: no detection, so no mitigation.
#[test]
fn detection_needs_three_healthy_targets() {
    let mut s = group(WR_ATW, 2, 60.0);
    let id = s.snapshot().instances[0].id;
    s.apply(Command::SetInstanceUnhealthy(id)).unwrap();
    s.step(60);
    assert!(s.snapshot().instances.iter().all(|i| !i.anomalous && !i.mitigated));
}

// AWS: weighted random cannot be combined with slow start.
#[test]
fn slow_start_is_rejected_with_weighted_random() {
    let mut s = group(WR, 1, 1.0);
    let a = AlbSpec { algorithm: WR_ATW, slow_start_s: 60, ..AlbSpec::default() };
    let e = s.apply(Command::SetAlb(a)).unwrap_err();
    assert_eq!(e.message, "Slow start duration cannot be enabled with the weighted random algorithm");
    assert_eq!(s.scenario().alb.algorithm, WR, "nothing changed");
}
