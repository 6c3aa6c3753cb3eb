//! Property tests over random scenarios: capacity bounds, request conservation, no NaN or
//! negative values, determinism, and the same with arbitrary (even hostile) inputs.

use asg_engine::*;
use proptest::prelude::*;

fn pattern() -> impl Strategy<Value = Pattern> {
    let leaf = prop_oneof![
        (0.0f64..300.0).prop_map(|rps| Pattern::Constant { rps }),
        (0.0f64..300.0, 0.0f64..300.0, 0u64..3600, 1u64..3600).prop_map(|(a, b, s, d)| Pattern::Ramp {
            from_rps: a,
            to_rps: b,
            start_s: s,
            duration_s: d
        }),
        (0.0f64..300.0, 0.0f64..300.0, 0u64..7200).prop_map(|(a, b, at)| Pattern::Step {
            before_rps: a,
            after_rps: b,
            at_s: at
        }),
        (0.0f64..200.0, 0.0f64..200.0, 0.0f64..24.0).prop_map(|(m, a, p)| Pattern::Diurnal {
            mean_rps: m,
            amplitude_rps: a,
            peak_hour_utc: p
        }),
        (0u64..3600, 0u64..600, 0u64..1200, 0u64..600, 0.0f64..2.0, 0.0f64..400.0).prop_map(|(at, r, h, f, b, p)| {
            Pattern::Spike { at_s: at, rise_s: r, hold_s: h, fall_s: f, base: b, peak: p }
        }),
        (0.0f64..200.0, 0.0f64..30.0).prop_map(|(s, st)| Pattern::RandomWalk {
            start_rps: s,
            step_rps: st,
            min_rps: 0.0,
            max_rps: 400.0
        }),
    ];
    leaf.prop_recursive(2, 6, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..3).prop_map(Pattern::Sum),
            prop::collection::vec(inner, 1..3).prop_map(Pattern::Product),
        ]
    })
}

fn policy() -> impl Strategy<Value = PolicySpec> {
    prop_oneof![
        (10.0f64..90.0, any::<bool>(), prop::option::of(0u32..600)).prop_map(|(t, d, w)| PolicySpec::TargetTracking {
            name: format!("tt{}", t as u32),
            metric: TtMetric::ASGAverageCPUUtilization,
            target: t,
            disable_scale_in: d,
            warmup_s: w,
        }),
        (100.0f64..3000.0).prop_map(|t| PolicySpec::TargetTracking {
            name: "rpt".into(),
            metric: TtMetric::ALBRequestCountPerTarget,
            target: t,
            disable_scale_in: false,
            warmup_s: Some(60),
        }),
        (30.0f64..90.0, 1u32..4, -50i64..100, prop::option::of(1u32..3)).prop_map(|(thr, n, adj, mm)| {
            PolicySpec::Step {
                name: "step".into(),
                alarm: AlarmSpec::cpu("hi", Comparison::GreaterThanThreshold, thr, n, n),
                adjustment_type: AdjustmentType::PercentChangeInCapacity,
                steps: vec![
                    StepAdjustment { lower: Some(0.0), upper: Some(10.0), adjustment: adj },
                    StepAdjustment { lower: Some(10.0), upper: None, adjustment: adj * 2 },
                ],
                min_adjustment_magnitude: mm,
                warmup_s: Some(120),
            }
        }),
        (5.0f64..40.0, -3i64..1).prop_map(|(thr, adj)| PolicySpec::Simple {
            name: "simple".into(),
            alarm: AlarmSpec::cpu("lo", Comparison::LessThanThreshold, thr, 2, 3),
            adjustment_type: AdjustmentType::ChangeInCapacity,
            adjustment: adj,
            cooldown_s: Some(120),
        }),
        (20.0f64..80.0).prop_map(PolicySpec::default_hpa),
        (0u64..7200, prop::option::of(0u32..4), prop::option::of(0u32..12), prop::option::of(0u32..12)).prop_map(
            |(at, min, max, desired)| PolicySpec::Scheduled(ScheduledActionSpec {
                name: "sched".into(),
                recurrence: Recurrence::Once { at_s: at },
                min,
                max,
                desired,
            })
        ),
    ]
}

fn event() -> impl Strategy<Value = ScheduledEvent> {
    let action = prop_oneof![
        (0usize..4, 1u64..3000, 1u32..4).prop_map(|(k, d, w)| EventAction::Stress {
            instance: InstanceRef::Nth(k),
            duration_s: d,
            workers: w
        }),
        (0usize..4, any::<bool>())
            .prop_map(|(k, d)| EventAction::TerminateInstance { instance: InstanceRef::Nth(k), decrement_desired: d }),
        (0usize..4).prop_map(|k| EventAction::SetInstanceUnhealthy(InstanceRef::Nth(k))),
        (0usize..3).prop_map(|az| EventAction::SetAzAvailable { az, available: false }),
        (0usize..3).prop_map(|az| EventAction::SetAzAvailable { az, available: true }),
        (0.0f64..5.0, 1u64..1800).prop_map(|(m, d)| EventAction::Spike { multiplier: m, duration_s: d }),
        prop::option::of(0.0f64..400.0).prop_map(EventAction::SetTrafficOverride),
    ];
    (0u64..7200, action).prop_map(|(at_s, action)| ScheduledEvent { at_s, action })
}

prop_compose! {
    fn scenario()(
        seed in any::<u64>(),
        it in prop::sample::select(InstanceType::ALL.to_vec()),
        region in prop::sample::select(vec![Region::UsEast1, Region::ApNortheast2]),
        pattern in pattern(),
        noise in any::<bool>(),
        min in 0u32..3, extra in 0u32..8, des in 0u32..10, azs in 1u32..4,
        warm in prop::option::of(0u32..600),
        hc in prop::sample::select(vec![HealthCheckType::EC2, HealthCheckType::ELB]),
        tp in prop::sample::select(vec![TerminationPolicy::Default, TerminationPolicy::OldestInstance, TerminationPolicy::NewestInstance, TerminationPolicy::ClosestToNextInstanceHour]),
        protect in any::<bool>(),
        policies in prop::collection::vec(policy(), 0..3),
        lor in any::<bool>(),
        slow in prop::sample::select(vec![0u32, 30, 120]),
        dereg in 0u32..400,
        basic in any::<bool>(),
        events in prop::collection::vec(event(), 0..5),
        boot in 0u32..90, ready in 0u32..120, start_warm in any::<bool>(),
        ratio in prop::sample::select(vec![0.7, 0.9]),
    ) -> Scenario {
        let max = min + extra + 1;
        let mut p = policies;
        // policy names must be unique (PutPolicy replaces by name)
        p.dedup_by(|a, b| a.name() == b.name());
        Scenario {
            seed,
            region,
            instance_type: it,
            traffic: TrafficSpec { pattern, poisson_noise: noise },
            group: GroupSpec {
                min, max, desired: Some(des.clamp(min, max)), azs,
                default_warmup_s: warm, health_check_type: hc, termination_policy: tp,
                protect_new_instances: protect, ..GroupSpec::default()
            },
            policies: p,
            alb: AlbSpec {
                algorithm: if lor { Algorithm::LeastOutstandingRequests } else { Algorithm::RoundRobin },
                slow_start_s: if lor { 0 } else { slow },
                deregistration_delay_s: dereg,
                ..AlbSpec::default()
            },
            monitoring: if basic { Monitoring::Basic } else { Monitoring::Detailed },
            events,
            model: ModelSettings { boot_s: boot, app_ready_s: ready, start_warm, tt_low_ratio: ratio, ..ModelSettings::default() },
            ..Scenario::default()
        }
    }
}

fn check(s: &Sim) -> Result<(), TestCaseError> {
    let sn = s.snapshot();
    prop_assert!(sn.min <= sn.desired && sn.desired <= sn.max, "{} {} {}", sn.min, sn.desired, sn.max);
    let l = s.ledger();
    prop_assert!(l.balanced(), "{:?}", l);
    for x in [sn.offered_rps, sn.served_rps, sn.failed_rps, sn.p50_ms, sn.p99_ms, sn.cost_usd] {
        prop_assert!(x.is_finite() && x >= 0.0, "{:?}", sn);
    }
    prop_assert!(sn.p50_ms <= sn.p99_ms + 1e-9);
    if let Some(c) = sn.group_cpu {
        prop_assert!((0.0..=100.0).contains(&c));
    }
    for i in &sn.instances {
        prop_assert!(i.cpu.is_finite() && (0.0..=100.0).contains(&i.cpu), "{:?}", i);
        prop_assert!(i.credits.is_none_or(|c| c.is_finite() && c >= 0.0));
    }
    let live = sn
        .instances
        .iter()
        .filter(|i| matches!(i.lifecycle, LifecycleState::Pending | LifecycleState::InService))
        .count() as u32;
    // above max only while rebalancing (max + max(1, 10 %)) or protected instances remain
    prop_assert!(
        live <= sn.max + (sn.max / 10).max(1) || sn.instances.iter().any(|i| i.protected),
        "{live} > {}",
        sn.max
    );
    Ok(())
}

proptest! {
    // 1500 scenarios up to 2 h in CI; 10,000 up to 3 simulated days in `scripts/fuzz.sh`.
    #![proptest_config(ProptestConfig { cases: crate::fuzz::cases(1500, 10_000), failure_persistence: None, ..ProptestConfig::default() })]

    // Invariants hold at every minute of random scenarios (random events at random times):
    // min ≤ desired ≤ max, requests conserved, no NaN or negative value, cost never falls.
    #[test]
    fn invariants(sc in scenario(), minutes in 1u64..if crate::fuzz::long() { 3 * 1440 } else { 120 }) {
        let link = asg_share::to_query(&sc);
        let mut s = Sim::new(sc);
        let mut cost = 0.0;
        for _ in 0..minutes {
            s.step(60);
            check(&s).map_err(|e| TestCaseError::fail(format!("{e}\nat {} s; reproduce: ?{link}", s.now())))?;
            let now = s.snapshot().cost_usd;
            prop_assert!(now >= cost, "cost fell from {cost} to {now} at {} s; reproduce: ?{link}", s.now());
            cost = now;
        }
        for m in [Metric::CPUUtilization, Metric::RequestCount, Metric::TargetResponseTime, Metric::GroupDesiredCapacity, Metric::EstimatedCost] {
            for st in [Statistic::Average, Statistic::Sum, Statistic::Maximum, Statistic::P99] {
                for d in s.series(m, st, 60, 0) {
                    prop_assert!(d.value.is_finite() && d.value >= 0.0, "{m} {st} {d:?}");
                }
            }
        }
        let sum = s.summary();
        prop_assert!(sum.cost_usd.is_finite() && sum.failed_pct >= 0.0 && sum.failed_pct <= 100.0);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::fuzz::cases(300, 2000), failure_persistence: None, ..ProptestConfig::default() })]

    // Same scenario (seed included) ⇒ identical run.
    #[test]
    fn determinism(sc in scenario(), minutes in 1u64..60) {
        let mut a = Sim::new(sc.clone());
        let mut b = Sim::new(sc);
        a.run_until(minutes * 60);
        b.run_until(minutes * 60);
        prop_assert_eq!(a.snapshot(), b.snapshot());
        prop_assert_eq!(a.ledger(), b.ledger());
        prop_assert_eq!(a.summary(), b.summary());
        prop_assert_eq!(a.alarms(), b.alarms());
        let (x, y): (Vec<_>, Vec<_>) = (a.activities().cloned().collect(), b.activities().cloned().collect());
        prop_assert_eq!(x, y);
    }

    // Hostile commands never panic and never break the invariants.
    #[test]
    fn arbitrary_commands(seed in any::<u64>(), cmds in prop::collection::vec((0u64..600, 0u8..12, any::<u32>(), any::<u32>(), prop::num::f64::ANY), 1..20)) {
        let mut s = Sim::new(Scenario { seed, ..Scenario::default() });
        for (dt, kind, a, b, f) in cmds {
            s.step(dt);
            let id = s.snapshot().instances.first().map(|i| i.id).unwrap_or(InstanceId(a as u64));
            let cmd = match kind {
                0 => Command::SetTrafficOverride(Some(f)),
                1 => Command::SetCapacity { min: Some(a % 8), max: Some(b % 12), desired: Some(a % 10) },
                2 => Command::Stress { instance: id, duration_s: a as u64, workers: b },
                3 => Command::TerminateInstance { instance: id, decrement_desired: a % 2 == 0 },
                4 => Command::SetInstanceUnhealthy(id),
                5 => Command::SetAzAvailable { az: (a % 4) as usize, available: b % 2 == 0 },
                6 => Command::Spike { multiplier: f, duration_s: a as u64 },
                7 => Command::PutPolicy(PolicySpec::TargetTracking { name: "x".into(), metric: TtMetric::ASGAverageCPUUtilization, target: f, disable_scale_in: false, warmup_s: Some(a) }),
                8 => Command::SetAlb(AlbSpec { algorithm: Algorithm::ALL[(b % 4) as usize], slow_start_s: if b % 4 == 0 { a } else { 0 }, deregistration_delay_s: b, hc_interval_s: a, idle_timeout_s: b, ..AlbSpec::default() }),
                9 => Command::SetWarmupCooldown { default_warmup_s: Some(a % 5000), default_cooldown_s: b },
                10 => Command::SetInstanceHealth { instance: id, healthy: a % 2 == 0 },
                _ => Command::SetMonitoring(if a % 2 == 0 { Monitoring::Basic } else { Monitoring::Detailed }),
            };
            let _ = s.apply(cmd);
            check(&s)?;
        }
        s.step(600);
        check(&s)?;
    }
}
