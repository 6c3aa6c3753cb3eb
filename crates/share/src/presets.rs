//! The ready scenarios a link can name (`preset=<id>`) and the gallery shows: each one's id and
//! scenario. Their titles and lessons are words, so they live in the view model
//! (`asg_view_model::presets`), which must name every [`PresetId`] (an exhaustive match).

use crate::real_traces::RealTrace;
use asg_engine::{
    AdjustmentType, AlarmSpec, Comparison, EventAction, GroupSpec, InstanceType, Pattern, PolicySpec, Recurrence,
    Scenario, ScheduledActionSpec, ScheduledEvent, TrafficSpec,
};

/// One ready scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresetId {
    /// `seed-exercise`
    SeedExercise,
    /// `diurnal-day`
    DiurnalDay,
    /// `flash-crowd`
    FlashCrowd,
    /// `black-friday`
    BlackFriday,
    /// `thrashing`
    Thrashing,
    /// `no-thrashing`
    NoThrashing,
    /// `az-outage`
    AzOutage,
    /// `credit-cliff`
    CreditCliff,
    /// `over-provisioned`
    OverProvisioned,
    /// `under-provisioned`
    UnderProvisioned,
    /// `real-elb-week`: a load balancer's recorded week (NAB, MIT)
    RealElbWeek,
    /// `real-nasa-week`: a web server's recorded week (NASA-HTTP, freely redistributable)
    RealNasaWeek,
}

impl PresetId {
    /// Every preset, in the order the gallery shows them.
    pub const ALL: [PresetId; 12] = [
        PresetId::SeedExercise,
        PresetId::DiurnalDay,
        PresetId::FlashCrowd,
        PresetId::BlackFriday,
        PresetId::Thrashing,
        PresetId::NoThrashing,
        PresetId::AzOutage,
        PresetId::CreditCliff,
        PresetId::OverProvisioned,
        PresetId::UnderProvisioned,
        PresetId::RealElbWeek,
        PresetId::RealNasaWeek,
    ];

    /// Its link id.
    pub fn id(self) -> &'static str {
        match self {
            PresetId::SeedExercise => "seed-exercise",
            PresetId::DiurnalDay => "diurnal-day",
            PresetId::FlashCrowd => "flash-crowd",
            PresetId::BlackFriday => "black-friday",
            PresetId::Thrashing => "thrashing",
            PresetId::NoThrashing => "no-thrashing",
            PresetId::AzOutage => "az-outage",
            PresetId::CreditCliff => "credit-cliff",
            PresetId::OverProvisioned => "over-provisioned",
            PresetId::UnderProvisioned => "under-provisioned",
            PresetId::RealElbWeek => "real-elb-week",
            PresetId::RealNasaWeek => "real-nasa-week",
        }
    }

    /// The preset whose link id is `id`.
    pub fn from_id(id: &str) -> Option<PresetId> {
        PresetId::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The preset a scenario is, untouched (the default lab is the seed exercise).
    pub fn of(sc: &Scenario) -> Option<PresetId> {
        PresetId::ALL.into_iter().find(|p| p.scenario() == *sc)
    }

    /// Its scenario.
    pub fn scenario(self) -> Scenario {
        let base = Scenario::default();
        let t3 = |s: Scenario| Scenario { instance_type: InstanceType::T3Micro, ..s };
        match self {
            PresetId::SeedExercise => base.clone(),
            PresetId::DiurnalDay => t3(Scenario {
                start_utc_s: 1_767_225_600, // 2026-01-01 00:00 UTC
                traffic: traffic(Pattern::Diurnal { mean_rps: 600.0, amplitude_rps: 500.0, peak_hour_utc: 13.0 }),
                group: group(2, 20, 2, 2),
                events: vec![],
                ..base
            }),
            PresetId::FlashCrowd => t3(Scenario {
                traffic: traffic(Pattern::Spike {
                    at_s: 600,
                    rise_s: 120,
                    hold_s: 1800,
                    fall_s: 600,
                    base: 20.0,
                    peak: 800.0,
                }),
                group: group(2, 20, 2, 2),
                events: vec![],
                ..base
            }),
            PresetId::BlackFriday => t3(Scenario {
                traffic: traffic(Pattern::Ramp { from_rps: 50.0, to_rps: 1500.0, start_s: 1800, duration_s: 3 * 3600 }),
                group: group(2, 40, 2, 3),
                policies: vec![
                    PolicySpec::default_cpu50(),
                    PolicySpec::Scheduled(ScheduledActionSpec {
                        name: "pre-warm".into(),
                        recurrence: Recurrence::Once { at_s: 1200 },
                        min: Some(6),
                        max: None,
                        desired: None,
                    }),
                ],
                events: vec![],
                ..base
            }),
            PresetId::Thrashing => t3(Scenario {
                traffic: traffic(Pattern::Constant { rps: 110.0 }),
                group: group(1, 6, 1, 2),
                policies: vec![
                    simple("out", Comparison::GreaterThanThreshold, 60.0, 1, 0),
                    simple("in", Comparison::LessThanThreshold, 50.0, -1, 0),
                ],
                events: vec![],
                ..base
            }),
            PresetId::NoThrashing => t3(Scenario {
                traffic: traffic(Pattern::Constant { rps: 110.0 }),
                group: group(1, 6, 1, 2),
                events: vec![],
                ..base
            }),
            PresetId::AzOutage => t3(Scenario {
                traffic: traffic(Pattern::Constant { rps: 400.0 }),
                group: group(6, 12, 6, 3),
                events: vec![
                    at(900, EventAction::SetAzAvailable { az: 1, available: false }),
                    at(2700, EventAction::SetAzAvailable { az: 1, available: true }),
                ],
                ..base
            }),
            PresetId::CreditCliff => Scenario {
                traffic: traffic(Pattern::Constant { rps: 35.0 }),
                group: group(1, 1, 1, 1),
                policies: vec![],
                events: vec![],
                ..base
            },
            PresetId::OverProvisioned => t3(Scenario {
                traffic: traffic(Pattern::Diurnal { mean_rps: 150.0, amplitude_rps: 100.0, peak_hour_utc: 13.0 }),
                group: group(10, 10, 10, 2),
                policies: vec![],
                events: vec![],
                ..base
            }),
            PresetId::UnderProvisioned => t3(Scenario {
                start_utc_s: 1_767_268_800, // 12:00 UTC, an hour before the peak
                traffic: traffic(Pattern::Diurnal { mean_rps: 150.0, amplitude_rps: 100.0, peak_hour_utc: 13.0 }),
                group: group(2, 2, 2, 2),
                policies: vec![],
                events: vec![],
                ..base
            }),
            PresetId::RealElbWeek | PresetId::RealNasaWeek => {
                let real = if self == PresetId::RealElbWeek { RealTrace::NabElb } else { RealTrace::NasaHttp };
                t3(Scenario {
                    start_utc_s: real.start_utc_s(),
                    traffic: traffic(Pattern::Trace(real.trace())),
                    group: group(2, 20, 2, 2),
                    events: vec![],
                    ..base
                })
            }
        }
    }
}

fn traffic(pattern: Pattern) -> TrafficSpec {
    TrafficSpec { pattern, poisson_noise: true }
}

fn group(min: u32, max: u32, desired: u32, azs: u32) -> GroupSpec {
    GroupSpec { min, max, desired: Some(desired), azs, ..GroupSpec::default() }
}

fn at(at_s: u64, action: EventAction) -> ScheduledEvent {
    ScheduledEvent { at_s, action }
}

fn simple(name: &str, cmp: Comparison, threshold: f64, adjustment: i64, cooldown_s: u32) -> PolicySpec {
    PolicySpec::Simple {
        name: name.into(),
        alarm: AlarmSpec::cpu(&format!("{name}-alarm"), cmp, threshold, 1, 1),
        adjustment_type: AdjustmentType::ChangeInCapacity,
        adjustment,
        cooldown_s: Some(cooldown_s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::Sim;

    fn run(p: PresetId, s: u64) -> Sim {
        let mut sim = Sim::new(p.scenario());
        sim.step(s);
        sim
    }

    #[test]
    fn every_preset_is_valid_and_runs() {
        for p in PresetId::ALL {
            let sim = run(p, 3600);
            assert_eq!(sim.scenario().policies.len(), p.scenario().policies.len(), "{}: no policy dropped", p.id());
            assert!(sim.ledger().balanced(), "{}", p.id());
            assert_eq!(PresetId::from_id(p.id()), Some(p));
            assert_eq!(PresetId::of(&p.scenario()), Some(p), "{}: no two presets are the same scenario", p.id());
        }
        assert_eq!(PresetId::from_id("nope"), None);
    }

    #[test]
    fn presets_teach_what_they_say() {
        let flash = run(PresetId::FlashCrowd, 3600);
        assert!(flash.summary().requests_failed > 0, "the flash crowd causes failures");
        assert!(flash.summary().peak_instances > 2, "and a scale-out");
        let thrash = run(PresetId::Thrashing, 3 * 3600).summary();
        let calm = run(PresetId::NoThrashing, 3 * 3600).summary();
        assert!(
            thrash.scale_ins + thrash.scale_outs > 2 * (calm.scale_ins + calm.scale_outs).max(1),
            "{thrash:?} vs {calm:?}"
        );
        let over = run(PresetId::OverProvisioned, 2 * 3600).summary();
        let under = run(PresetId::UnderProvisioned, 2 * 3600).summary();
        assert!(over.instance_cost_usd > 3.0 * under.instance_cost_usd, "{over:?} vs {under:?}");
        assert!(under.requests_failed > over.requests_failed);
        let cliff = run(PresetId::CreditCliff, 3 * 3600);
        let cpu = cliff.snapshot().instances[0].cpu;
        assert!(cpu <= 12.0, "throttled to the t2.micro baseline after its credits: {cpu}");
    }
}
