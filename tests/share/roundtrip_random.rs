//! Random valid scenarios (every field, nested patterns, every policy and event kind) survive
//! scenario → link → scenario exactly.

use super::roundtrip::{all_events, all_policies};
use asg_share::{from_query, to_query};

use asg_engine::*;
use proptest::prelude::*;

fn num() -> impl Strategy<Value = f64> {
    prop_oneof![(-1000i32..1000).prop_map(f64::from), -1.0e6..1.0e6f64, 0.0..1.0f64]
}
fn time() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..100_000, 0u64..315_360_000]
}
fn leaf() -> impl Strategy<Value = Pattern> {
    prop_oneof![
        num().prop_map(|rps| Pattern::Constant { rps }),
        (num(), num(), time(), time()).prop_map(|(a, b, s, d)| Pattern::Ramp {
            from_rps: a,
            to_rps: b,
            start_s: s,
            duration_s: d
        }),
        (num(), num(), time()).prop_map(|(a, b, t)| Pattern::Step { before_rps: a, after_rps: b, at_s: t }),
        (num(), num(), 0.0..=24.0f64).prop_map(|(m, a, h)| Pattern::Diurnal {
            mean_rps: m,
            amplitude_rps: a,
            peak_hour_utc: h
        }),
        (time(), time(), time(), time(), num(), num()).prop_map(|(a, r, h, f, b, p)| Pattern::Spike {
            at_s: a,
            rise_s: r,
            hold_s: h,
            fall_s: f,
            base: b,
            peak: p
        }),
        (num(), num(), num(), num()).prop_map(|(a, b, c, d)| Pattern::RandomWalk {
            start_rps: a,
            step_rps: b,
            min_rps: c,
            max_rps: d
        }),
    ]
}
fn pattern() -> impl Strategy<Value = Pattern> {
    leaf().prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Pattern::Sum),
            prop::collection::vec(inner, 0..4).prop_map(Pattern::Product)
        ]
    })
}
fn iref() -> impl Strategy<Value = InstanceRef> {
    prop_oneof![(0usize..500).prop_map(InstanceRef::Nth), any::<u64>().prop_map(|v| InstanceRef::Id(InstanceId(v)))]
}
fn action() -> impl Strategy<Value = EventAction> {
    let simple = prop::sample::select(all_events());
    prop_oneof![
        simple,
        (iref(), 0u64..100_000, 0u32..100).prop_map(|(i, d, w)| EventAction::Stress {
            instance: i,
            duration_s: d,
            workers: w
        }),
        (iref(), any::<bool>()).prop_map(|(i, d)| EventAction::TerminateInstance { instance: i, decrement_desired: d }),
        (num(), time()).prop_map(|(m, d)| EventAction::Spike { multiplier: m, duration_s: d }),
        prop::option::of(num()).prop_map(EventAction::SetTrafficOverride),
        (prop::option::of(0u32..600), prop::option::of(0u32..600), prop::option::of(0u32..600))
            .prop_map(|(a, b, c)| EventAction::SetCapacity { min: a, max: b, desired: c }),
        (0usize..6).prop_map(|az| EventAction::SetAzAvailable { az, available: false }),
    ]
}
fn name() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9][a-zA-Z0-9 _.-]{0,20}"
}

prop_compose! {
    fn scenario()(
        seed in any::<u64>(), start in 0i64..4_000_000_000, us in any::<bool>(), ty in prop::sample::select(InstanceType::ALL.to_vec()),
        pat in pattern(), noise in any::<bool>(), gname in name(), max in 0u32..=500, minf in 0.0..=1.0f64, desf in prop::option::of(0.0..=1.0f64),
        azs in 1u32..=4, grace in 0u32..=86_400, warm in prop::option::of(0u32..=3600), cool in 0u32..=86_400,
        term in prop::sample::select(vec![TerminationPolicy::Default, TerminationPolicy::OldestInstance, TerminationPolicy::NewestInstance, TerminationPolicy::ClosestToNextInstanceHour, TerminationPolicy::OldestLaunchTemplate]),
        prot in any::<bool>(), elb in any::<bool>(), credit in prop::sample::select(vec![None, Some(CreditMode::Standard), Some(CreditMode::Unlimited)]),
        alg in 0usize..4, slow in prop_oneof![Just(0u32), 30u32..=900], dereg in 0u32..=3600, hci in 5u32..=300, hct in 2u32..=120, hth in 2u32..=10, uth in 2u32..=10, idle in 1u32..=4000,
        basic in any::<bool>(), pols in prop::sample::subsequence(all_policies(), 0..6),
        evs in prop::collection::vec((time(), action()), 0..12),
        ratio in 0.0..=1.0f64, cap in prop::option::of(0.1..1.0e6f64), svc in 0.1..=10_000.0f64, q in 1u32..=1_000_000, late in 0u32..=120, tb in 1u32..=60,
    ) -> Scenario {
        let min = (f64::from(max) * minf) as u32;
        let mut evs: Vec<ScheduledEvent> = evs.into_iter().map(|(at_s, action)| ScheduledEvent { at_s, action }).collect();
        evs.sort_by_key(|e| e.at_s);
        Scenario {
            seed,
            start_utc_s: start / 60 * 60,
            region: if us { Region::UsEast1 } else { Region::ApNortheast2 },
            instance_type: ty,
            traffic: TrafficSpec { pattern: pat, poisson_noise: noise },
            group: GroupSpec {
                name: gname, min, max, desired: desf.map(|f| min + ((max - min) as f64 * f) as u32), azs, health_check_grace_s: grace,
                default_warmup_s: warm, default_cooldown_s: cool, termination_policy: term, protect_new_instances: prot,
                health_check_type: if elb { HealthCheckType::ELB } else { HealthCheckType::EC2 }, credit_mode: credit,
            },
            policies: pols,
            alb: AlbSpec { algorithm: Algorithm::ALL[alg], slow_start_s: if alg > 0 { 0 } else { slow },
                deregistration_delay_s: dereg, hc_interval_s: hci, hc_timeout_s: hct, healthy_threshold: hth, unhealthy_threshold: uth, idle_timeout_s: idle },
            monitoring: if basic { Monitoring::Basic } else { Monitoring::Detailed },
            events: evs,
            model: ModelSettings { tt_low_ratio: ratio, capacity_rps_override: cap, service_ms: svc, queue_per_vcpu: q, scheduled_lateness_s: late, tt_period_basic_s: tb * 60, ..ModelSettings::default() },
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
    #[test]
    fn random_valid_scenarios_round_trip_exactly(sc in scenario()) {
        let q = to_query(&sc);
        let (back, n) = from_query(&q);
        prop_assert!(n.is_empty(), "notices for {}: {:?}", q, n);
        prop_assert_eq!(&back, &sc);
        prop_assert_eq!(to_query(&back), q);
    }
}
