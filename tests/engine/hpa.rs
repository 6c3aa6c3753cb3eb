//! Kubernetes HPA comparison policy (docs/aws-behaviour.md §10).

use asg_engine::policies::hpa::{desired_replicas, scale_up_limit, HpaInput, HpaState};
use asg_engine::*;

// docs/aws-behaviour.md §10 "Formula and tolerance": desiredReplicas = ceil(currentReplicas × current /
// desired), with the 0.1 tolerance.
#[test]
fn hpa_formula_and_tolerance() {
    assert_eq!(desired_replicas(4, 90.0, 50.0, 0.1), 8); // 7.2 → 8
    assert_eq!(desired_replicas(4, 54.0, 50.0, 0.1), 4); // ratio 1.08 within ±10 %
    assert_eq!(desired_replicas(4, 56.0, 50.0, 0.1), 5); // 1.12 → 4.48 → 5
    assert_eq!(desired_replicas(10, 20.0, 50.0, 0.1), 4);
    assert_eq!(desired_replicas(3, f64::NAN, 50.0, 0.1), 3);
}

// docs/aws-behaviour.md §10 "Default behavior": it can double, or add 4 pods, whichever is larger, every 15 s.
#[test]
fn hpa_scale_up_limit() {
    assert_eq!(scale_up_limit(1), 5);
    assert_eq!(scale_up_limit(4), 8);
    assert_eq!(scale_up_limit(10), 20);
    let mut st = HpaState::default();
    let x = HpaInput {
        current: 1,
        ready: 1,
        unready: 0,
        ready_avg: 1000.0,
        target: 10.0,
        tolerance: 0.1,
        min: 1,
        max: 100,
    };
    assert_eq!(st.sync(15, x, 300), 5);
}

// docs/aws-behaviour.md §10 "Scale-down stabilization": 300 s; the highest recommendation within the
// window wins.
#[test]
fn hpa_scale_down_stabilization() {
    let mut st = HpaState::default();
    let mk = |current, avg| HpaInput {
        current,
        ready: current,
        unready: 0,
        ready_avg: avg,
        target: 50.0,
        tolerance: 0.1,
        min: 1,
        max: 20,
    };
    assert_eq!(st.sync(0, mk(10, 50.0), 300), 10);
    // load halves: recommendation 5, but 10 is still in the window
    assert_eq!(st.sync(15, mk(10, 25.0), 300), 10);
    assert_eq!(st.sync(285, mk(10, 25.0), 300), 10);
    assert_eq!(st.sync(300, mk(10, 25.0), 300), 5, "the 10 from t=0 left the window");
}

// docs/aws-behaviour.md §10 "Readiness handling": unready pods count as 0 % on scale-up (damping).
#[test]
fn hpa_unready_damping() {
    let mut st = HpaState::default();
    // 2 ready at 60 % (ratio 1.2) + 2 unready → adjusted 30 % → below target → no change
    let x =
        HpaInput { current: 4, ready: 2, unready: 2, ready_avg: 60.0, target: 50.0, tolerance: 0.1, min: 1, max: 20 };
    assert_eq!(st.sync(15, x, 300), 4);
}

// docs/aws-behaviour.md §10 "Comparison with target tracking": the HPA loop runs every 15 s, so it reacts far
// sooner than target tracking's 3-minute AlarmHigh.
#[test]
fn hpa_reacts_within_a_sync_period() {
    let run = |p: PolicySpec| {
        let sc = Scenario {
            traffic: TrafficSpec { pattern: Pattern::Constant { rps: 10.0 }, poisson_noise: false },
            group: GroupSpec { min: 1, max: 10, desired: Some(2), ..GroupSpec::default() },
            policies: vec![p],
            events: vec![],
            ..Scenario::default()
        };
        let mut s = Sim::new(sc);
        s.run_until(300);
        s.apply(Command::SetTrafficOverride(Some(80.0))).unwrap();
        let t0 = s.now();
        while s.snapshot().desired == 2 && s.now() < t0 + 900 {
            s.step(1);
        }
        s.now() - t0
    };
    let hpa = run(PolicySpec::default_hpa(50.0));
    let tt = run(PolicySpec::default_cpu50());
    assert!(hpa <= 30, "HPA reacted after {hpa} s");
    assert!(tt >= 120, "target tracking reacted after {tt} s");
}
