//! Two busy scenarios run for six simulated hours each and reduced to one 64-bit digest of
//! every minute's numbers (bit patterns, not rounded): a t2 (Standard credits) run with faults,
//! which takes the engine's per-instance path, and a t3 (Unlimited) run that scales to dozens
//! of instances, which goes through the steady cohort (`crates/engine/src/cohort/`). Native and wasm must produce the same digest:
//! the native test `tests/engine/determinism.rs` writes it to `target/tmp/native-digest`,
//! `scripts/test.sh` hands it to the browser test through `ASG_NATIVE_DIGEST`, and the
//! browser test recomputes it in wasm.

use asg_engine::{
    EventAction, GroupSpec, InstanceRef, InstanceType, Pattern, PolicySpec, Scenario, ScheduledEvent, Sim, TrafficSpec,
};

/// Diurnal plus random-walk traffic, a flash crowd, stress, an AZ outage and recovery,
/// target tracking and an HPA side by side.
pub fn scenario() -> Scenario {
    let mut sc = Scenario { seed: 20_261_129, ..Scenario::default() };
    sc.traffic = TrafficSpec {
        pattern: Pattern::Sum(vec![
            Pattern::Diurnal { mean_rps: 120.0, amplitude_rps: 80.0, peak_hour_utc: 12.0 },
            Pattern::RandomWalk { start_rps: 20.0, step_rps: 5.0, min_rps: 0.0, max_rps: 60.0 },
            Pattern::Spike { at_s: 7200, rise_s: 120, hold_s: 600, fall_s: 300, base: 0.0, peak: 400.0 },
        ]),
        poisson_noise: true,
    };
    sc.group.max = 12;
    sc.policies = vec![PolicySpec::default_cpu50(), PolicySpec::default_hpa(60.0)];
    sc.events = vec![
        ScheduledEvent {
            at_s: 600,
            action: EventAction::Stress { instance: InstanceRef::Nth(0), duration_s: 1800, workers: 1 },
        },
        ScheduledEvent { at_s: 10_800, action: EventAction::SetAzAvailable { az: 1, available: false } },
        ScheduledEvent { at_s: 14_400, action: EventAction::SetAzAvailable { az: 1, available: true } },
    ];
    sc
}

/// t3.micro (Unlimited credits) under diurnal traffic, scaled by target tracking to a few
/// dozen instances: most instance-seconds are served by the steady cohort.
pub fn cohort_scenario() -> Scenario {
    Scenario {
        seed: 20_261_130,
        instance_type: InstanceType::T3Micro,
        traffic: TrafficSpec {
            pattern: Pattern::Diurnal { mean_rps: 1200.0, amplitude_rps: 1000.0, peak_hour_utc: 3.0 },
            poisson_noise: true,
        },
        group: GroupSpec { min: 2, max: 40, desired: Some(6), azs: 3, ..GroupSpec::default() },
        policies: vec![PolicySpec::default_cpu50()],
        ..Scenario::default()
    }
}

/// FNV-1a over every minute's snapshot numbers and the request ledger of both scenarios.
pub fn digest() -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for sc in [scenario(), cohort_scenario()] {
        h = digest_run(sc, h);
    }
    h
}

fn digest_run(sc: Scenario, seed: u64) -> u64 {
    let mut sim = Sim::new(sc);
    let mut h = seed;
    let mut mix = |v: u64| h = (h ^ v).wrapping_mul(0x0100_0000_01b3);
    for _ in 0..360 {
        sim.step(60);
        let s = sim.snapshot();
        for v in [s.t, s.desired as u64, s.instances.len() as u64, s.offered_rps.to_bits(), s.served_rps.to_bits()] {
            mix(v);
        }
        for v in
            [s.failed_rps.to_bits(), s.group_cpu.unwrap_or(-1.0).to_bits(), s.p99_ms.to_bits(), s.cost_usd.to_bits()]
        {
            mix(v);
        }
        for i in &s.instances {
            mix(i.id.0);
            mix(i.cpu.to_bits());
        }
        let l = sim.ledger();
        for v in [l.arrived, l.served, l.failed_502, l.failed_503, l.failed_504, l.target_5xx, l.queued] {
            mix(v);
        }
    }
    h
}
