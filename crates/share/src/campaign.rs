//! The campaign: ready challenges, from the seed's stress exercise to harder ones, each
//! teaching one AWS behaviour, with a reference solution that meets every goal (the tests
//! check it, and that the starting settings miss). Titles, briefs, hints and debriefs are
//! words, so they live in the view model (`asg_view_model::campaign`).

use crate::presets::PresetId;
use asg_engine::challenge::{Challenge, Changes, Goal, GoalKind, Knob};
use asg_engine::ids::InstanceRef;
use asg_engine::{
    Command, EventAction, HealthCheckType, InstanceType, PolicySpec, Recurrence, Scenario, ScheduledActionSpec,
    ScheduledEvent,
};

/// One challenge of the campaign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChallengeId {
    /// `stress-cost`: stress is not load
    StressCost,
    /// `flash-crowd`: a spike at ≤ 1 % failures
    FlashCrowd,
    /// `black-friday`: a scheduled action ahead of a ramp
    BlackFriday,
    /// `thrashing`: cooldowns and target tracking
    Thrashing,
    /// `az-outage`: headroom across zones
    AzOutage,
    /// `credit-cliff`: a t2 out of credits
    CreditCliff,
    /// `broken-deploy`: health checks that see the app
    BrokenDeploy,
    /// `grace`: the health-check grace period
    Grace,
    /// `cost-cap`: a day under a cost cap
    CostCap,
    /// `peak-hour`: too small at the peak
    PeakHour,
}

const S: u64 = 1;
const MIN: u64 = 60;
const H: u64 = 3600;

fn goal(kind: GoalKind, weight: u32) -> Goal {
    Goal { kind, weight }
}

impl ChallengeId {
    /// Every challenge, easiest first.
    pub const ALL: [ChallengeId; 10] = [
        ChallengeId::StressCost,
        ChallengeId::Thrashing,
        ChallengeId::PeakHour,
        ChallengeId::CostCap,
        ChallengeId::FlashCrowd,
        ChallengeId::BrokenDeploy,
        ChallengeId::Grace,
        ChallengeId::BlackFriday,
        ChallengeId::AzOutage,
        ChallengeId::CreditCliff,
    ];

    /// Its link id.
    pub fn id(self) -> &'static str {
        match self {
            ChallengeId::StressCost => "stress-cost",
            ChallengeId::FlashCrowd => "flash-crowd",
            ChallengeId::BlackFriday => "black-friday",
            ChallengeId::Thrashing => "thrashing",
            ChallengeId::AzOutage => "az-outage",
            ChallengeId::CreditCliff => "credit-cliff",
            ChallengeId::BrokenDeploy => "broken-deploy",
            ChallengeId::Grace => "grace",
            ChallengeId::CostCap => "cost-cap",
            ChallengeId::PeakHour => "peak-hour",
        }
    }

    /// The challenge whose link id is `id`.
    pub fn from_id(id: &str) -> Option<ChallengeId> {
        ChallengeId::ALL.into_iter().find(|c| c.id() == id)
    }

    /// Its rules.
    pub fn challenge(self) -> Challenge {
        use GoalKind as G;
        use Knob as K;
        let (scenario, horizon_s, knobs, goals) = match self {
            ChallengeId::StressCost => (
                Scenario::default(),
                H,
                vec![K::Capacity, K::Policies],
                vec![goal(G::CostUsd(0.06), 2), goal(G::FailedPct(0.5), 1), goal(G::PeakInstances(1), 1)],
            ),
            ChallengeId::Thrashing => (
                PresetId::Thrashing.scenario(),
                2 * H,
                vec![K::Policies, K::WarmupCooldown],
                vec![goal(G::ScalingActions(4), 2), goal(G::FailedPct(5.0), 1)],
            ),
            ChallengeId::PeakHour => (
                PresetId::UnderProvisioned.scenario(),
                3 * H,
                vec![K::Capacity, K::Policies],
                vec![goal(G::FailedPct(1.0), 2), goal(G::P99Ms(1000.0), 1), goal(G::PeakInstances(8), 1)],
            ),
            ChallengeId::CostCap => (
                PresetId::OverProvisioned.scenario(),
                24 * H,
                vec![K::Capacity, K::Policies],
                vec![goal(G::CostUsd(7.0), 2), goal(G::FailedPct(1.0), 2)],
            ),
            ChallengeId::FlashCrowd => (
                PresetId::FlashCrowd.scenario(),
                2 * H,
                vec![K::Capacity, K::Policies, K::WarmupCooldown],
                vec![goal(G::FailedPct(1.0), 2), goal(G::CostUsd(COST_FLASH), 1)],
            ),
            ChallengeId::BrokenDeploy => (
                broken_deploy(),
                2 * H,
                vec![K::HealthChecks],
                vec![goal(G::FailedPct(1.0), 2), goal(G::P99Ms(300.0), 1)],
            ),
            ChallengeId::Grace => {
                (grace(), 2 * H, vec![K::HealthChecks], vec![goal(G::FailedPct(5.0), 2), goal(G::PeakInstances(4), 1)])
            }
            ChallengeId::BlackFriday => (
                black_friday(),
                4 * H,
                vec![K::Scheduled, K::Capacity],
                vec![goal(G::FailedPct(1.0), 2), goal(G::BackAtMinBy(3 * H + 30 * MIN), 1)],
            ),
            ChallengeId::AzOutage => (
                az_outage(),
                H,
                vec![K::Capacity, K::Policies],
                vec![goal(G::FailedPct(0.5), 2), goal(G::NoTarget(0), 1)],
            ),
            ChallengeId::CreditCliff => (
                PresetId::CreditCliff.scenario(),
                24 * H,
                vec![K::InstanceType, K::Capacity],
                vec![goal(G::P99Ms(300.0), 2), goal(G::CostUsd(2.5), 1)],
            ),
        };
        Challenge { scenario, horizon_s, knobs, goals }
    }

    /// A solution that meets every goal: the changes a teacher would make.
    pub fn reference(self) -> Changes {
        let tt = |target: f64| {
            Command::PutPolicy(PolicySpec::TargetTracking {
                name: "cpu".into(),
                metric: asg_engine::TtMetric::ASGAverageCPUUtilization,
                target,
                disable_scale_in: false,
                warmup_s: None,
            })
        };
        let cap = |min: u32, max: u32, desired: u32| Command::SetCapacity {
            min: Some(min),
            max: Some(max),
            desired: Some(desired),
        };
        match self {
            ChallengeId::StressCost => vec![(0, cap(1, 1, 1))],
            ChallengeId::Thrashing => {
                vec![(0, Command::DeletePolicy("out".into())), (0, Command::DeletePolicy("in".into())), (0, tt(45.0))]
            }
            ChallengeId::PeakHour => vec![(0, cap(4, 8, 5)), (0, tt(50.0))],
            ChallengeId::CostCap => vec![(0, cap(2, 10, 2)), (0, tt(60.0))],
            ChallengeId::FlashCrowd => vec![(0, cap(11, 20, 11))],
            ChallengeId::BrokenDeploy => {
                vec![(0, Command::SetHealthCheck { kind: HealthCheckType::ELB, grace_s: 300 })]
            }
            // boot 30 s + app start 180 s + five passed checks 30 s apart: 360 s at least
            ChallengeId::Grace => vec![(0, Command::SetHealthCheck { kind: HealthCheckType::ELB, grace_s: 600 })],
            ChallengeId::BlackFriday => vec![(
                0,
                Command::PutPolicy(PolicySpec::Scheduled(ScheduledActionSpec {
                    name: "pre-warm".into(),
                    recurrence: Recurrence::Once { at_s: 20 * MIN },
                    min: Some(14),
                    max: None,
                    desired: None,
                })),
            )],
            ChallengeId::AzOutage => vec![(0, cap(9, 9, 9))],
            ChallengeId::CreditCliff => {
                vec![(0, Command::SetInstanceType(InstanceType::T3Micro)), (0, cap(2, 2, 2)), (10 * MIN, cap(1, 1, 1))]
            }
        }
        .into_iter()
        .map(|(t, c): (u64, Command)| (t * S, c))
        .collect()
    }
}

/// Flash crowd's cost bound [USD]: a fleet sized for the peak from the start, plus a margin.
const COST_FLASH: f64 = 1.0;

/// Three instances, all needed, on EC2 health checks; at 30 min a deploy breaks one's app.
fn broken_deploy() -> Scenario {
    let mut sc = PresetId::FlashCrowd.scenario();
    sc.traffic.pattern = asg_engine::Pattern::Constant { rps: 185.0 };
    sc.policies.clear();
    sc.group.min = 3;
    sc.group.max = 3;
    sc.group.desired = Some(3);
    sc.group.health_check_type = HealthCheckType::EC2;
    sc.events = vec![ScheduledEvent { at_s: 30 * MIN, action: EventAction::SetInstanceUnhealthy(InstanceRef::Nth(0)) }];
    sc
}

/// ELB health checks with a 10-second grace period on an app that takes 3 minutes to start:
/// each new instance is found unhealthy and replaced before it can serve.
fn grace() -> Scenario {
    let mut sc = PresetId::FlashCrowd.scenario();
    sc.traffic.pattern = asg_engine::Pattern::Constant { rps: 150.0 };
    sc.group.health_check_type = HealthCheckType::ELB;
    sc.group.health_check_grace_s = 10;
    sc.model.app_ready_s = 180;
    sc.model.start_warm = false;
    sc
}

/// Six instances, all needed, over three zones; a zone fails from 15 to 45 minutes.
fn az_outage() -> Scenario {
    let mut sc = PresetId::AzOutage.scenario();
    sc.traffic.pattern = asg_engine::Pattern::Constant { rps: 450.0 };
    sc.policies.clear();
    sc.group.min = 6;
    sc.group.max = 12;
    sc.group.desired = Some(6);
    sc
}

/// Black Friday at opening time: 50 to 1200 requests/s in five minutes at 30 min, for two
/// hours; the preset's scheduled action removed.
fn black_friday() -> Scenario {
    let mut sc = PresetId::BlackFriday.scenario();
    sc.policies.retain(|p| !matches!(p, PolicySpec::Scheduled(_)));
    sc.traffic.pattern = asg_engine::Pattern::Spike {
        at_s: 30 * MIN,
        rise_s: 5 * MIN,
        hold_s: 2 * H,
        fall_s: 10 * MIN,
        base: 50.0,
        peak: 1200.0,
    };
    sc
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::challenge::{check, grade, Grade};

    fn figures(g: &Grade) -> String {
        g.goals
            .iter()
            .map(|x| format!("{}={:.4}{}", x.kind.word(), x.value, if x.met { "✓" } else { "✗" }))
            .collect::<Vec<_>>()
            .join(" ")
    }

    // Issue 22: each challenge teaches something — its starting settings miss a goal, and a
    // solution within its knobs meets them all (docs/aws-behaviour.md §1 "Health checks and
    // grace period" for `grace`).
    #[test]
    fn every_challenge_is_met_by_its_reference_and_missed_at_the_start() {
        for c in ChallengeId::ALL {
            let ch = c.challenge();
            assert!(ch.goals.len() >= 2 && !ch.knobs.is_empty(), "{}", c.id());
            assert!(ch.horizon_s <= asg_engine::challenge::MAX_HORIZON_S);
            let reference = c.reference();
            check(&ch, &reference).unwrap_or_else(|e| panic!("{}: the reference turns only its knobs: {e:?}", c.id()));
            let start = grade(&ch, &Vec::new()).unwrap();
            assert!(!start.passed(), "{}: the start already passes: {}", c.id(), figures(&start));
            let solved = grade(&ch, &reference).unwrap();
            assert!(solved.passed(), "{}: the reference misses: {}", c.id(), figures(&solved));
            assert_eq!(solved.score, 100.0);
        }
    }

    #[test]
    fn ids_are_unique_and_read_back() {
        for c in ChallengeId::ALL {
            assert_eq!(ChallengeId::from_id(c.id()), Some(c));
        }
        let mut ids: Vec<&str> = ChallengeId::ALL.iter().map(|c| c.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ChallengeId::ALL.len());
        assert_eq!(ChallengeId::from_id("nope"), None);
    }
}
