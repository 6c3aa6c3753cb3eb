//! Shadow runs: the live run's traffic against fixed fleets and other policies, stepped in
//! lockstep (crates/engine/src/shadow.rs). Not an AWS behaviour: the lab's own comparison.

use asg_engine::*;

/// The flash crowd (as the preset): t3.micro, 20 → 800 req/s at 10 minutes, min 2 / max 20,
/// target tracking CPU 50 %.
fn flash() -> Scenario {
    Scenario {
        instance_type: InstanceType::T3Micro,
        traffic: TrafficSpec {
            pattern: Pattern::Spike { at_s: 600, rise_s: 120, hold_s: 1800, fall_s: 600, base: 20.0, peak: 800.0 },
            poisson_noise: true,
        },
        group: GroupSpec { min: 2, max: 20, desired: Some(2), ..GroupSpec::default() },
        events: vec![],
        ..Scenario::default()
    }
}

const AVG: ShadowSpec = ShadowSpec::Fixed { basis: Basis::Average, n: None };
const PEAK: ShadowSpec = ShadowSpec::Fixed { basis: Basis::Peak, n: None };

fn step_policy() -> ShadowSpec {
    ShadowSpec::Policies {
        id: "simple".into(),
        policies: vec![PolicySpec::Simple {
            name: "out".into(),
            alarm: AlarmSpec::cpu("out-alarm", Comparison::GreaterThanThreshold, 60.0, 1, 1),
            adjustment_type: AdjustmentType::ChangeInCapacity,
            adjustment: 2,
            cooldown_s: Some(300),
        }],
    }
}

// Before any traffic has passed, the sizes come from the pattern's next 24 h: 800 req/s at the
// peak over 48 req/s per t3.micro at the 50 % target (above the 2 % idle load) = 17; the day's
// mean is far lower.
#[test]
fn fixed_sizes_come_from_the_traffic() {
    let s = Sim::new(flash());
    assert_eq!(s.fixed_size(Basis::Peak), 17);
    let avg = s.fixed_size(Basis::Average);
    assert!((1..=2).contains(&avg), "{avg}");
    // later, from the traffic so far: the peak minute seen
    let mut s = Sim::new(flash());
    s.run_until(1800);
    assert!((16..=18).contains(&s.fixed_size(Basis::Peak)), "{}", s.fixed_size(Basis::Peak));
    assert!(s.fixed_size(Basis::Average) < s.fixed_size(Basis::Peak));
}

// Every run sees exactly the live run's arrivals, second by second — Poisson noise, a random
// walk, slider moves, a spike and a pattern change included.
#[test]
fn shadows_see_the_same_arrivals_second_by_second() {
    let mut sc = flash();
    sc.traffic.pattern = Pattern::Sum(vec![
        sc.traffic.pattern.clone(),
        Pattern::RandomWalk { start_rps: 50.0, step_rps: 5.0, min_rps: 0.0, max_rps: 200.0 },
    ]);
    sc.events = vec![ScheduledEvent { at_s: 200, action: EventAction::Spike { multiplier: 2.0, duration_s: 60 } }];
    let mut s = Sim::new(sc);
    s.add_shadow(AVG).unwrap();
    s.add_shadow(step_policy()).unwrap();
    for t in 0..3000u64 {
        match t {
            100 => s.apply(Command::SetTrafficOverride(Some(300.0))).unwrap(),
            400 => s.apply(Command::SetTrafficOverride(None)).unwrap(),
            1500 => s.apply(Command::SetTrafficPattern(Pattern::Constant { rps: 90.0 })).unwrap(),
            _ => {}
        }
        if t == 700 {
            s.add_shadow(PEAK).unwrap(); // joins late: catches up from the replay log
        }
        s.step(1);
        let live = s.ledger().arrived;
        for sh in s.shadows() {
            assert_eq!(sh.sim().ledger().arrived, live, "second {t}, {:?}", sh.spec);
        }
    }
}

// A fixed fleet never scales, whatever the traffic; live changes to the group leave it alone.
#[test]
fn a_fixed_fleet_never_scales() {
    let mut s = Sim::new(flash());
    s.add_shadow(AVG).unwrap();
    let n = s.shadows()[0].size.unwrap();
    s.apply(Command::SetCapacity { min: Some(5), max: None, desired: Some(5) }).unwrap();
    for _ in 0..60 {
        s.step(60);
        let sh = s.shadows()[0].sim().snapshot();
        assert_eq!((sh.min, sh.desired, sh.max), (n, n, n));
    }
    let sum = s.shadows()[0].summary();
    assert_eq!((sum.scale_outs, sum.scale_ins), (0, 0));
    assert!(sum.failed_pct > 10.0, "the average-sized fleet fails at the peak: {sum:?}");
    assert!(s.summary().scale_outs > 0);
}

// Stepping a shadow along gives what running it from zero gives (lockstep), whether it started
// with the run or joined later.
#[test]
fn stepping_a_shadow_matches_running_it_from_zero() {
    let mut s = Sim::new(flash());
    s.add_shadow(ShadowSpec::Fixed { basis: Basis::Peak, n: Some(6) }).unwrap();
    s.run_until(1200);
    s.apply(Command::Spike { multiplier: 1.5, duration_s: 300 }).unwrap();
    s.add_shadow(ShadowSpec::Fixed { basis: Basis::Average, n: Some(6) }).unwrap();
    s.run_until(2 * 3600);
    let once = s.fixed_fleet_comparison(6);
    assert_eq!(s.shadows()[0].summary(), once);
    assert_eq!(s.shadows()[1].summary(), once);
}

// The failure breakdown accounts for every failed request, in every run.
#[test]
fn the_failure_breakdown_sums_to_the_failed_total() {
    let mut s = Sim::new(flash());
    s.add_shadow(AVG).unwrap();
    s.add_shadow(PEAK).unwrap();
    s.run_until(3600);
    let id = s.snapshot().instances[0].id;
    s.apply(Command::SetInstanceUnhealthy(id)).unwrap();
    s.run_until(2 * 3600);
    let mut runs = vec![s.summary()];
    runs.extend(s.shadows().iter().map(|x| x.summary()));
    for r in &runs {
        assert_eq!(r.causes.total(), r.requests_failed, "{r:?}");
    }
    assert!(runs[1].causes.queue_full > 0 || runs[1].causes.timeout > 0, "{:?}", runs[1].causes);
    assert!(runs[0].causes.app_error > 0, "the broken app's 500s: {:?}", runs[0].causes);
    assert_eq!(runs[2].requests_failed, 0, "the peak-sized fleet: {:?}", runs[2].causes);
    // a shadow never sees the live run's faults
    assert_eq!(runs[1].causes.app_error, 0);
}

// Requests still in flight when draining ends are counted as such.
#[test]
fn draining_failures_have_their_own_cause() {
    let sc = Scenario {
        traffic: TrafficSpec { pattern: Pattern::Constant { rps: 200.0 }, poisson_noise: false },
        group: GroupSpec { min: 2, max: 10, desired: Some(2), ..GroupSpec::default() },
        alb: AlbSpec { deregistration_delay_s: 3, ..AlbSpec::default() },
        policies: vec![],
        events: vec![],
        ..Scenario::default()
    };
    let mut s = Sim::new(sc);
    s.run_until(20);
    let id = s.snapshot().instances[0].id;
    s.apply(Command::TerminateInstance { instance: id, decrement_desired: false }).unwrap();
    s.run_until(30);
    let c = s.summary().causes;
    assert!(c.draining > 0 && c.queue_full > 0, "{c:?}");
    assert_eq!(c.total(), s.ledger().failed());
}

// At most MAX_SHADOWS; an invalid policy set is refused with its message.
#[test]
fn shadows_are_bounded_and_checked() {
    let mut s = Sim::new(flash());
    for _ in 0..MAX_SHADOWS {
        s.add_shadow(AVG).unwrap();
    }
    assert!(s.add_shadow(PEAK).is_err());
    s.clear_shadows();
    let bad = ShadowSpec::Policies {
        id: "bad".into(),
        policies: vec![PolicySpec::TargetTracking {
            name: "x".into(),
            metric: TtMetric::ASGAverageCPUUtilization,
            target: -5.0,
            disable_scale_in: false,
            warmup_s: None,
        }],
    };
    assert!(s.add_shadow(bad).is_err());
    assert!(s.shadows().is_empty());
}

// (the lab's comparison) a trace's fixed fleets are sized from its whole span, not a day: a
// busy third day counts before the first minute has passed
#[test]
fn fixed_sizes_of_a_trace_see_its_whole_week() {
    let mut levels = vec![100u32; 7 * 24];
    for l in &mut levels[48..72] {
        *l = 800;
    }
    let trace = trace::Trace { period_s: 3600, quantum_rps: 1.0, levels: levels.into(), looped: false };
    let sc = Scenario { traffic: TrafficSpec { pattern: Pattern::Trace(trace), poisson_noise: false }, ..flash() };
    let day = Scenario {
        traffic: TrafficSpec { pattern: Pattern::Constant { rps: 100.0 }, poisson_noise: false },
        ..flash()
    };
    let s = Sim::new(sc);
    let d = Sim::new(day);
    assert!(
        s.fixed_size(Basis::Peak) > 5 * d.fixed_size(Basis::Peak),
        "{} vs {}",
        s.fixed_size(Basis::Peak),
        d.fixed_size(Basis::Peak)
    );
    assert!(s.fixed_size(Basis::Average) > d.fixed_size(Basis::Average), "the busy day raises the week's mean");
}
