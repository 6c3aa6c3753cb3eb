//! The day-long benchmark scenario, shared by `benches/day.rs` (native) and
//! `tests/browser/day.rs` (the same run in wasm).

use asg_engine::{GroupSpec, InstanceType, Pattern, PolicySpec, Scenario, TrafficSpec};

/// The benchmark scenario: a day of diurnal traffic needing up to ~100 t3.micro instances.
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
