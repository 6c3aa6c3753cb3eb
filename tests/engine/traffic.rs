//! Offered traffic: composable patterns, slider override, spikes and Poisson arrivals.

use asg_engine::traffic::TrafficState;
use asg_engine::*;

const START: i64 = 1_767_258_000; // 2026-01-01T09:00:00Z

fn rate(p: Pattern, t: u64) -> f64 {
    let spec = TrafficSpec { pattern: p, poisson_noise: false };
    TrafficState::new(&spec, 1).rate(&spec, t, START + t as i64)
}

#[test]
fn pattern_values() {
    assert_eq!(rate(Pattern::Constant { rps: 42.0 }, 99), 42.0);
    let ramp = Pattern::Ramp { from_rps: 10.0, to_rps: 110.0, start_s: 100, duration_s: 200 };
    assert_eq!(rate(ramp.clone(), 50), 10.0);
    assert_eq!(rate(ramp.clone(), 200), 60.0);
    assert_eq!(rate(ramp, 1000), 110.0);
    let step = Pattern::Step { before_rps: 5.0, after_rps: 50.0, at_s: 60 };
    assert_eq!((rate(step.clone(), 59), rate(step, 60)), (5.0, 50.0));
    // diurnal on the UTC clock: peak at 15:00 (t = 6 h), trough at 03:00 (t = 18 h)
    let d = Pattern::Diurnal { mean_rps: 100.0, amplitude_rps: 50.0, peak_hour_utc: 15.0 };
    assert!((rate(d.clone(), 6 * 3600) - 150.0).abs() < 1e-9);
    assert!((rate(d.clone(), 18 * 3600) - 50.0).abs() < 1e-9);
    assert!((rate(d, 0) - 100.0).abs() < 1e-9, "09:00 is 6 h before the peak");
    let spike = Pattern::Spike { at_s: 100, rise_s: 10, hold_s: 20, fall_s: 10, base: 1.0, peak: 3.0 };
    let v: Vec<f64> = [99, 105, 110, 129, 135, 140].iter().map(|&t| rate(spike.clone(), t)).collect();
    assert_eq!(v, vec![1.0, 2.0, 3.0, 3.0, 2.0, 1.0]);
}

// flash crowd = diurnal × spike factor; composition by Sum and Product
#[test]
fn composition() {
    let p = Pattern::Product(vec![
        Pattern::Sum(vec![Pattern::Constant { rps: 10.0 }, Pattern::Constant { rps: 30.0 }]),
        Pattern::Spike { at_s: 0, rise_s: 0, hold_s: 60, fall_s: 0, base: 1.0, peak: 5.0 },
    ]);
    assert_eq!(rate(p.clone(), 30), 200.0);
    assert_eq!(rate(p, 61), 40.0);
    // negative or non-finite results are clamped to 0
    assert_eq!(rate(Pattern::Constant { rps: -5.0 }, 0), 0.0);
    assert_eq!(rate(Pattern::Constant { rps: f64::NAN }, 0), 0.0);
    assert_eq!(rate(Pattern::Constant { rps: f64::INFINITY }, 0), asg_engine::traffic::MAX_RPS);
}

// Poisson arrivals: mean ≈ rate, variance ≈ rate; same seed → same draws.
#[test]
fn poisson_noise_statistics_and_seed() {
    let spec = TrafficSpec { pattern: Pattern::Constant { rps: 50.0 }, poisson_noise: true };
    let draw = |seed| {
        let mut st = TrafficState::new(&spec, seed);
        (0..20_000u64).map(|t| st.arrivals(&spec, t, START + t as i64).1 as f64).collect::<Vec<_>>()
    };
    let a = draw(7);
    let n = a.len() as f64;
    let mean = a.iter().sum::<f64>() / n;
    let var = a.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / n;
    assert!((mean - 50.0).abs() < 0.3, "{mean}");
    assert!((var - 50.0).abs() < 3.0, "{var}");
    assert_eq!(a, draw(7));
    assert_ne!(a, draw(8));
    // without noise the mean is still exact (fraction carried by a Bernoulli draw)
    let spec = TrafficSpec { pattern: Pattern::Constant { rps: 2.5 }, poisson_noise: false };
    let mut st = TrafficState::new(&spec, 1);
    let total: u64 = (0..10_000u64).map(|t| st.arrivals(&spec, t, START).1).sum();
    assert!((total as f64 / 10_000.0 - 2.5).abs() < 0.03);
}

// Random walk: bounded, changes once a minute, reproducible.
#[test]
fn random_walk() {
    let spec = TrafficSpec {
        pattern: Pattern::RandomWalk { start_rps: 100.0, step_rps: 20.0, min_rps: 50.0, max_rps: 150.0 },
        poisson_noise: false,
    };
    let mut st = TrafficState::new(&spec, 3);
    let mut vals = vec![];
    for t in 0..36_000u64 {
        st.arrivals(&spec, t, START + t as i64);
        vals.push(st.rate(&spec, t, START + t as i64));
    }
    assert!(vals.iter().all(|v| (50.0..=150.0).contains(v)));
    assert!(vals[..60].iter().all(|v| *v == 100.0));
    assert!(vals.windows(2).filter(|w| w[0] != w[1]).count() <= 600);
    assert!(vals.iter().any(|v| *v != 100.0));
}

// The slider overrides the pattern; a spike multiplies whatever is offered.
#[test]
fn override_and_spike_in_the_engine() {
    let sc = Scenario {
        traffic: TrafficSpec { pattern: Pattern::Constant { rps: 10.0 }, poisson_noise: false },
        events: vec![],
        policies: vec![],
        ..Scenario::default()
    };
    let mut s = Sim::new(sc);
    s.step(5);
    assert_eq!(s.snapshot().offered_rps, 10.0);
    s.apply(Command::SetTrafficOverride(Some(30.0))).unwrap();
    s.apply(Command::Spike { multiplier: 2.0, duration_s: 60 }).unwrap();
    s.step(1);
    assert_eq!(s.snapshot().offered_rps, 60.0);
    s.step(60);
    assert_eq!(s.snapshot().offered_rps, 30.0);
    s.apply(Command::SetTrafficOverride(None)).unwrap();
    s.step(1);
    assert_eq!(s.snapshot().offered_rps, 10.0);
    assert!(s.apply(Command::Spike { multiplier: f64::NAN, duration_s: 10 }).is_err());
}

#[test]
fn traffic_rate_now_is_the_setting_before_noise() {
    let mut sim = Sim::new(Scenario { events: vec![], ..Scenario::default() });
    assert_eq!(sim.traffic_rate_now(), 5.0, "the default pattern, already at t = 0");
    sim.apply(Command::SetTrafficOverride(Some(800.0))).unwrap();
    assert_eq!(sim.traffic_rate_now(), 800.0);
    sim.apply(Command::Spike { multiplier: 3.0, duration_s: 60 }).unwrap();
    assert_eq!(sim.traffic_rate_now(), 2400.0);
    sim.step(61);
    assert_eq!(sim.traffic_rate_now(), 800.0, "the spike is over");
}

#[test]
fn the_pattern_can_be_changed_live_and_is_checked() {
    let mut sim = Sim::new(Scenario { events: vec![], ..Scenario::default() });
    sim.step(120);
    let step = Pattern::Step { before_rps: 5.0, after_rps: 40.0, at_s: 300 };
    sim.apply(Command::SetTrafficPattern(step.clone())).unwrap();
    assert_eq!(sim.scenario().traffic.pattern, step);
    assert_eq!(sim.traffic_rate_now(), 5.0);
    sim.step(200);
    assert_eq!(sim.traffic_rate_now(), 40.0, "the step at 300 s applies");
    let bad = Pattern::Diurnal { mean_rps: f64::NAN, amplitude_rps: 1.0, peak_hour_utc: 12.0 };
    let err = sim.apply(Command::SetTrafficPattern(bad)).unwrap_err();
    assert!(err.message.contains("mean rate"), "{err}");
    assert_eq!(sim.scenario().traffic.pattern, step, "a rejected pattern changes nothing");
    let deep = (0..6).fold(Pattern::Constant { rps: 1.0 }, |p, _| Pattern::Sum(vec![p]));
    assert!(sim.apply(Command::SetTrafficPattern(deep)).is_err());
}

#[test]
fn the_fixed_fleet_comparison_sees_the_same_changed_traffic() {
    let mut sim = Sim::new(Scenario { events: vec![], ..Scenario::default() });
    sim.step(600);
    sim.apply(Command::SetTrafficPattern(Pattern::Constant { rps: 30.0 })).unwrap();
    sim.step(1200);
    let live = sim.summary();
    let fixed = sim.fixed_fleet_comparison(3);
    assert_eq!(fixed.requests, live.requests, "same arrivals, before and after the change");
    assert!(live.requests > 30 * 1100, "the new pattern's 30 req/s counted: {}", live.requests);
}
