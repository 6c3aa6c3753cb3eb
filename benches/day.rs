//! A simulated 24 h day at 1-s ticks whose diurnal traffic needs up to ~100 instances
//! (t3.micro, target tracking CPU 50 %; the group starts at 10 and scales to ~105).
//! Goal: ≤ 20 ms native. Measured on the 2-core dev machine with the crate's release
//! profile (opt-level "z", LTO), which `cargo bench` inherits: ≈ 81 ms per day
//! (≈ 15 ms fixed per-tick cost + ≈ 13 ns per instance-second).

use asg_lab::sim::{GroupSpec, InstanceType, Pattern, PolicySpec, Scenario, Sim, TrafficSpec};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

/// The benchmark scenario (also used by tests/engine_properties.rs to check its shape).
pub fn day_scenario() -> Scenario {
    Scenario {
        instance_type: InstanceType::T3Micro,
        traffic: TrafficSpec {
            // t3.micro ≈ 100 req/s at 100 % CPU → 50 req/s per instance at the 50 % target;
            // peak 5000 req/s ≈ 100 instances
            pattern: Pattern::Diurnal { mean_rps: 2600.0, amplitude_rps: 2400.0, peak_hour_utc: 15.0 },
            poisson_noise: true,
        },
        group: GroupSpec { min: 2, max: 120, desired: Some(10), azs: 3, ..GroupSpec::default() },
        policies: vec![PolicySpec::default_cpu50()],
        events: vec![],
        ..Scenario::default()
    }
}

fn bench(c: &mut Criterion) {
    let sc = day_scenario();
    let mut g = c.benchmark_group("sim");
    g.sample_size(10);
    g.bench_function("day_86400_ticks_100_instances", |b| {
        b.iter(|| {
            let mut s = Sim::new(black_box(sc.clone()));
            s.run_until(86_400);
            black_box(s.summary())
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
