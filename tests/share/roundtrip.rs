//! Scenario → link → scenario is exact, for every field, with no notices.

use asg_engine::policy_spec::*;
use asg_engine::*;
use asg_share::{from_query, from_query_shared, to_query, to_query_shared, EmbedView, Shared};

/// The scenario through a link and back: the link, after checking the round trip is exact.
pub(crate) fn rt(sc: &Scenario) -> String {
    let q = to_query(sc);
    let (back, n) = from_query(&q);
    assert!(n.is_empty(), "notices for {q}: {n:?}");
    assert_eq!(&back, sc, "round trip of {q}");
    // the engine keeps it as is (already valid)
    assert_eq!(Sim::new(back).scenario(), sc, "engine sanitising changed {q}");
    q
}

#[test]
fn default_is_just_the_version() {
    let lab = asg_share::lab_default();
    assert_eq!(to_query(&lab), "v=1");
    assert_eq!(from_query(""), (lab.clone(), vec![]));
    assert_eq!(from_query("?v=1"), (lab.clone(), vec![]));
}

// Issue 24: the same lab opens whichever keys are left out; `stress` scheduled at 0 is in the
// link (as the seed's exercise preset), never implied by a missing `ev=`.
#[test]
fn a_link_without_ev_opens_the_bare_pages_lab() {
    let lab = asg_share::lab_default();
    assert!(lab.events.is_empty());
    for q in ["", "?v=1", "?lang=ko", "?v=1&lang=en", "lang=en&v=1", "?t=60"] {
        let (sh, n) = from_query_shared(q);
        assert_eq!(sh.scenario, lab, "{q}");
        assert!(n.iter().all(|x| x.key == "v"), "{q}: at most the missing version is noted: {n:?}");
    }
    let stressed = Scenario::default();
    assert!(!stressed.events.is_empty());
    let q = to_query(&stressed);
    assert_ne!(q, "v=1", "scheduled events are written");
    assert_eq!(from_query(&q), (stressed, vec![]));
    let with_lang = to_query_shared(&Shared { lang: Some("ko".into()), ..Shared::default() });
    assert_eq!(with_lang, "v=1&lang=ko");
}

#[test]
fn group_fields() {
    let mut sc = Scenario {
        seed: u64::MAX,
        start_utc_s: 1_700_000_040,
        region: Region::UsEast1,
        instance_type: InstanceType::C5Large,
        group: GroupSpec {
            name: "web tier_1.b-한".into(),
            min: 2,
            max: 500,
            desired: None,
            azs: 6,
            health_check_grace_s: 0,
            default_warmup_s: Some(3600),
            default_cooldown_s: 86_400,
            termination_policy: TerminationPolicy::OldestLaunchTemplate,
            protect_new_instances: true,
            health_check_type: HealthCheckType::ELB,
            credit_mode: Some(CreditMode::Unlimited),
        },
        ..Scenario::default()
    };
    let q = rt(&sc);
    assert!(q.contains("min=2&max=500&desired=-&azs=6"), "{q}");
    sc.group.desired = Some(7);
    sc.group.credit_mode = Some(CreditMode::Standard);
    sc.group.default_warmup_s = None;
    rt(&sc);
}

#[test]
fn alb_and_monitoring_and_model() {
    let mut sc = Scenario {
        alb: AlbSpec {
            algorithm: Algorithm::RoundRobin,
            slow_start_s: 30,
            deregistration_delay_s: 0,
            hc_interval_s: 300,
            hc_timeout_s: 2,
            healthy_threshold: 10,
            unhealthy_threshold: 3,
            idle_timeout_s: 4000,
        },
        monitoring: Monitoring::Basic,
        traffic: TrafficSpec { poisson_noise: false, ..TrafficSpec::default() },
        model: ModelSettings {
            boot_s: 45,
            app_ready_s: 0,
            tt_low_ratio: 0.7,
            tt_high_datapoints: 2,
            tt_low_datapoints: 1440,
            tt_period_basic_s: 120,
            capacity_rps_override: Some(0.1 + 0.2),
            base_cpu_pct: 1.0 / 3.0,
            service_ms: 12.5,
            queue_per_vcpu: 1,
            start_warm: false,
            asg_health_poll_s: 10,
            scheduled_lateness_s: 120,
            keep_terminated_s: 0,
            new_conn_per_request: 1.0,
            bytes_per_request: 0.0,
            launch_retry_s: 3600,
        },
        ..Scenario::default()
    };
    let q = rt(&sc);
    assert!(q.contains("cap=0.30000000000000004"), "bit-exact floats: {q}");
    sc.alb.algorithm = Algorithm::LeastOutstandingRequests;
    sc.alb.slow_start_s = 0;
    rt(&sc);
}

fn with_pattern(p: Pattern) -> Scenario {
    Scenario { traffic: TrafficSpec { pattern: p, poisson_noise: true }, ..Scenario::default() }
}

#[test]
fn every_pattern_variant_and_nesting() {
    let leaves = vec![
        Pattern::Constant { rps: 12.25 },
        Pattern::Ramp { from_rps: 0.0, to_rps: 300.5, start_s: 60, duration_s: 3600 },
        Pattern::Step { before_rps: 10.0, after_rps: -5.0, at_s: 600 },
        Pattern::Diurnal { mean_rps: 120.0, amplitude_rps: 80.0, peak_hour_utc: 12.5 },
        Pattern::Spike { at_s: 100, rise_s: 0, hold_s: 60, fall_s: 30, base: 1.0, peak: 4.0 },
        Pattern::RandomWalk { start_rps: 20.0, step_rps: 5.0, min_rps: 0.0, max_rps: 60.0 },
    ];
    for l in &leaves {
        rt(&with_pattern(l.clone()));
    }
    let q = rt(&with_pattern(Pattern::Sum(vec![leaves[3].clone(), leaves[5].clone()])));
    assert!(q.contains("traffic=diurnal(120,80,12.5)+walk(20,5,0,60)"), "{q}");
    let nested = Pattern::Product(vec![
        Pattern::Sum(vec![leaves[0].clone(), Pattern::Product(vec![leaves[1].clone(), leaves[2].clone()])]),
        Pattern::Product(vec![leaves[4].clone(), leaves[5].clone()]),
        Pattern::Sum(vec![]),
        Pattern::Product(vec![leaves[3].clone()]),
        Pattern::Sum(vec![Pattern::Sum(vec![leaves[0].clone(), leaves[1].clone()]), leaves[2].clone()]),
    ]);
    rt(&with_pattern(nested));
    rt(&with_pattern(Pattern::Sum(vec![Pattern::Sum(vec![leaves[0].clone()])])));
    rt(&with_pattern(Pattern::Product(vec![])));
}

fn alarm(name: &str) -> AlarmSpec {
    AlarmSpec {
        name: name.into(),
        metric: Metric::RequestCountPerTarget,
        statistic: Statistic::Sum,
        period_s: 300,
        evaluation_periods: 3,
        datapoints_to_alarm: 2,
        comparison: Comparison::LessThanOrEqualToThreshold,
        threshold: 12.5,
        missing: MissingData::Breaching,
    }
}

pub(crate) fn all_policies() -> Vec<PolicySpec> {
    vec![
        PolicySpec::default_cpu50(),
        PolicySpec::TargetTracking {
            name: "rq".into(),
            metric: TtMetric::ALBRequestCountPerTarget,
            target: 1000.0,
            disable_scale_in: true,
            warmup_s: Some(120),
        },
        PolicySpec::Step {
            name: "step".into(),
            alarm: AlarmSpec::cpu("step-alarm", Comparison::GreaterThanThreshold, 70.0, 2, 3),
            adjustment_type: AdjustmentType::ChangeInCapacity,
            steps: vec![
                StepAdjustment { lower: Some(0.0), upper: Some(10.0), adjustment: 1 },
                StepAdjustment { lower: Some(10.0), upper: None, adjustment: 3 },
            ],
            min_adjustment_magnitude: None,
            warmup_s: None,
        },
        PolicySpec::Step {
            name: "pct in".into(),
            alarm: alarm("low req"),
            adjustment_type: AdjustmentType::PercentChangeInCapacity,
            steps: vec![StepAdjustment { lower: None, upper: Some(0.0), adjustment: -25 }],
            min_adjustment_magnitude: Some(2),
            warmup_s: Some(60),
        },
        PolicySpec::Simple {
            name: "simple".into(),
            alarm: AlarmSpec { metric: Metric::InstanceCPUUtilization(InstanceId(0xabc)), ..alarm("simple-alarm") },
            adjustment_type: AdjustmentType::ExactCapacity,
            adjustment: 4,
            cooldown_s: Some(90),
        },
        PolicySpec::default_predictive(40.0),
        PolicySpec::Predictive {
            name: "p2".into(),
            metric: TtMetric::ALBRequestCountPerTarget,
            target: 500.0,
            mode: PredictiveMode::ForecastAndScale,
            buffer_s: 0,
            max_capacity_buffer_pct: Some(10),
        },
        PolicySpec::default_hpa(60.0),
        PolicySpec::Hpa { name: "hpa2".into(), target_cpu: 50.0, tolerance: 0.1, sync_s: 30, downscale_window_s: 300 },
        PolicySpec::Scheduled(ScheduledActionSpec {
            name: "scheduled".into(),
            recurrence: Recurrence::Once { at_s: 3600 },
            min: Some(2),
            max: None,
            desired: Some(3),
        }),
        PolicySpec::Scheduled(ScheduledActionSpec {
            name: "hourly".into(),
            recurrence: Recurrence::Every { start_s: 0, every_s: 3600 },
            min: None,
            max: Some(10),
            desired: None,
        }),
        PolicySpec::Scheduled(ScheduledActionSpec {
            name: "weekday 9".into(),
            recurrence: Recurrence::Cron("0 9 * * 1-5".into()),
            min: Some(1),
            max: Some(4),
            desired: Some(2),
        }),
    ]
}

#[test]
fn every_policy_variant() {
    let ps = all_policies();
    for p in &ps {
        rt(&Scenario { policies: vec![p.clone()], ..Scenario::default() });
    }
    let q = rt(&Scenario { policies: ps, ..Scenario::default() });
    assert!(q.contains("pol=tt:cpu:50;"), "{q}");
    assert!(q.contains(";hpa:60;"), "{q}");
    rt(&Scenario { policies: vec![], ..Scenario::default() });
}

pub(crate) fn all_events() -> Vec<EventAction> {
    let id = InstanceRef::Id(InstanceId(0x0123_4567_89ab_cdef));
    vec![
        EventAction::Stress { instance: InstanceRef::Nth(0), duration_s: 1800, workers: 1 },
        EventAction::TerminateInstance { instance: id, decrement_desired: true },
        EventAction::SetInstanceUnhealthy(InstanceRef::Nth(3)),
        EventAction::SetAzAvailable { az: 1, available: false },
        EventAction::SetAzAvailable { az: 1, available: true },
        EventAction::Spike { multiplier: 2.5, duration_s: 300 },
        EventAction::SetTrafficOverride(Some(42.125)),
        EventAction::SetTrafficOverride(None),
        EventAction::SetTrafficPattern(Pattern::Sum(vec![
            Pattern::Constant { rps: 5.0 },
            Pattern::Constant { rps: 6.0 },
        ])),
        EventAction::SetCapacity { min: Some(9), max: Some(3), desired: None },
        EventAction::RepairApp(id),
        EventAction::SetInstanceHealth { instance: id, healthy: false },
        EventAction::PutPolicy(all_policies()[3].clone()),
        EventAction::PutPolicy(all_policies()[11].clone()),
        EventAction::DeletePolicy("cpu50".into()),
        EventAction::SetAlb(AlbSpec {
            algorithm: Algorithm::LeastOutstandingRequests,
            slow_start_s: 60,
            ..AlbSpec::default()
        }),
        EventAction::SetMonitoring(Monitoring::Basic),
        EventAction::SetInstanceProtection { instance: InstanceRef::Nth(1), protected: true },
        EventAction::SetProtectNewInstances(true),
        EventAction::SetTerminationPolicy(TerminationPolicy::ClosestToNextInstanceHour),
        EventAction::SetHealthCheck { kind: HealthCheckType::ELB, grace_s: 60 },
        EventAction::SetWarmupCooldown { default_warmup_s: None, default_cooldown_s: 120 },
        EventAction::SetWarmupCooldown { default_warmup_s: Some(5000), default_cooldown_s: 0 },
        EventAction::SetInstanceType(InstanceType::T3Medium),
    ]
}

#[test]
fn every_event_variant() {
    let evs: Vec<ScheduledEvent> = all_events()
        .into_iter()
        .enumerate()
        .map(|(i, action)| ScheduledEvent { at_s: i as u64 * 60, action })
        .collect();
    for e in &evs {
        rt(&Scenario { events: vec![e.clone()], ..Scenario::default() });
    }
    let q = rt(&Scenario { events: evs, ..Scenario::default() });
    assert!(q.contains("ev=0:stress:0:1800:1;60:terminate:i-00123456789abcdef:1;"), "{q}");
    rt(&Scenario { events: vec![], ..Scenario::default() });
}

#[test]
fn open_time_language_and_embed_keys() {
    let sh = Shared {
        scenario: Scenario { seed: 7, ..asg_share::lab_default() },
        open_at_s: Some(10_800),
        lang: Some("ko".into()),
        embed: EmbedView { embed: true, panels: vec!["fleet".into(), "cpu".into(), "alb-2".into()], locked: true },
        compare: None,
        account: None,
        challenge: None,
        hand_in_by: None,
    };
    let q = to_query_shared(&sh);
    assert_eq!(q, "v=1&seed=7&t=10800&lang=ko&embed=1&panels=fleet,cpu,alb-2&locked=1");
    assert_eq!(from_query_shared(&q), (sh, vec![]));
    let en = Shared { lang: Some("en".into()), open_at_s: Some(0), ..Shared::default() };
    assert_eq!(from_query_shared(&to_query_shared(&en)), (en, vec![]));
}

// `cmp=`: which runs the comparison shows; absent = the default, `-` = none.
#[test]
fn comparison_runs_round_trip() {
    use asg_engine::Basis;
    use asg_share::compare::{Alternative, CompareRun};
    let runs = vec![
        CompareRun::Fixed { basis: Basis::Average, n: Some(3) },
        CompareRun::Fixed { basis: Basis::Peak, n: None },
        CompareRun::Alt(Alternative::Step),
    ];
    let sh = Shared { compare: Some(runs), ..Shared::default() };
    let q = to_query_shared(&sh);
    assert_eq!(q, "v=1&cmp=avg:3,peak,alt:step");
    assert_eq!(from_query_shared(&q), (sh, vec![]));
    let none = Shared { compare: Some(vec![]), ..Shared::default() };
    assert_eq!(to_query_shared(&none), "v=1&cmp=-");
    assert_eq!(from_query_shared("v=1&cmp=-"), (none, vec![]));
    assert_eq!(from_query_shared("v=1").0.compare, None);
    // junk: a notice, and the default
    let (sh, n) = from_query_shared("v=1&cmp=avg,alt:nope");
    assert_eq!(sh.compare, None);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].key, "cmp");
    let (sh, n) = from_query_shared("v=1&cmp=avg,avg,avg,avg,avg");
    assert_eq!((sh.compare, n.len()), (None, 1));
    // with a preset, as a view key
    let (sh, n) = from_query_shared("v=1&preset=flash-crowd&cmp=peak:20");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(sh.compare, Some(vec![CompareRun::Fixed { basis: Basis::Peak, n: Some(20) }]));
    assert_eq!(to_query_shared(&sh), "v=1&preset=flash-crowd&cmp=peak:20");
}
