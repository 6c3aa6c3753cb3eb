//! Exact replay: a session of live commands (run A) and the same commands recorded by the
//! journal and replayed as scenario events (run B) agree second for second.

use asg_engine::journal::{merge_events, Journal};
use asg_engine::policy_spec::{
    AdjustmentType, AlarmSpec, Comparison, PolicySpec, Recurrence, ScheduledActionSpec, StepAdjustment,
};
use asg_engine::{
    AlbSpec, Algorithm, Command, EventAction, HealthCheckType, InstanceRef, InstanceType, Monitoring, Scenario,
    ScheduledEvent, Sim, TerminationPolicy,
};
use asg_view_model::i18n::{why_text, Lang};

fn scenario() -> Scenario {
    let mut sc = Scenario::default();
    sc.group.max = 8;
    sc.traffic.pattern = asg_engine::Pattern::Constant { rps: 40.0 };
    sc.events.push(ScheduledEvent { at_s: 1800, action: EventAction::SetAzAvailable { az: 1, available: false } });
    sc
}

/// The live session: which commands to send while `now() == t` (they may depend on the fleet).
fn commands_at(sim: &Sim, t: u64) -> Vec<Command> {
    let snap = sim.snapshot();
    let live: Vec<_> =
        snap.instances.iter().filter(|i| i.lifecycle == asg_engine::LifecycleState::InService).map(|i| i.id).collect();
    let first = live.first().copied();
    let last = live.last().copied();
    let mut v = Vec::new();
    match t {
        0 => {
            // same second as the scenario's own stress event: the live command comes first
            v.push(Command::SetCapacity { min: Some(2), max: None, desired: None });
            // ... and makes the scenario's `stress` on Nth(0) hit the other instance
            if let Some(id) = first {
                v.push(Command::TerminateInstance { instance: id, decrement_desired: false });
            }
            v.push(Command::SetTrafficOverride(Some(60.0)));
            v.push(Command::SetTrafficOverride(Some(80.0)));
        }
        120 => v.push(Command::SetAlb(AlbSpec { slow_start_s: 60, hc_interval_s: 10, ..AlbSpec::default() })),
        300 => v.push(Command::PutPolicy(PolicySpec::Step {
            name: "step-out".into(),
            alarm: AlarmSpec::cpu("step-out-high", Comparison::GreaterThanThreshold, 70.0, 2, 3),
            adjustment_type: AdjustmentType::ChangeInCapacity,
            steps: vec![StepAdjustment { lower: Some(0.0), upper: None, adjustment: 2 }],
            min_adjustment_magnitude: None,
            warmup_s: Some(120),
        })),
        420 => {
            if let Some(id) = first {
                v.push(Command::Stress { instance: id, duration_s: 900, workers: 2 });
                v.push(Command::SetInstanceProtection { instance: id, protected: true });
            }
        }
        600 => {
            v.push(Command::SetMonitoring(Monitoring::Basic));
            v.push(Command::SetTerminationPolicy(TerminationPolicy::NewestInstance));
            v.push(Command::SetProtectNewInstances(true));
        }
        700 => {
            if let Some(id) = last {
                v.push(Command::SetInstanceUnhealthy(id));
            }
            v.push(Command::SetHealthCheck { kind: HealthCheckType::ELB, grace_s: 120 });
        }
        900 => {
            if let Some(id) = last {
                v.push(Command::RepairApp(id));
            }
            v.push(Command::Spike { multiplier: 3.0, duration_s: 300 });
            v.push(Command::SetWarmupCooldown { default_warmup_s: Some(90), default_cooldown_s: 200 });
        }
        1200 => {
            v.push(Command::SetInstanceType(InstanceType::T3Small));
            v.push(Command::DeletePolicy("cpu50".into()));
            v.push(Command::DeletePolicy("no-such-policy".into())); // fails live and in the replay
            v.push(Command::SetCapacity { min: Some(9), max: Some(3), desired: None });
            // fails too
        }
        1500 => {
            if let Some(id) = first {
                v.push(Command::SetInstanceHealth { instance: id, healthy: false });
            }
            v.push(Command::PutPolicy(PolicySpec::Scheduled(ScheduledActionSpec {
                name: "evening".into(),
                recurrence: Recurrence::Once { at_s: 2400 },
                min: Some(1),
                max: None,
                desired: Some(2),
            })));
        }
        1800 => {
            v.push(Command::SetAlb(AlbSpec { algorithm: Algorithm::LeastOutstandingRequests, ..AlbSpec::default() }))
        }
        2100 => {
            v.push(Command::SetAzAvailable { az: 1, available: true });
            v.push(Command::SetTrafficOverride(None));
            if let Some(id) = last {
                v.push(Command::TerminateInstance { instance: id, decrement_desired: false });
            }
        }
        2700 => {
            if let Some(id) = first {
                v.push(Command::SetInstanceProtection { instance: id, protected: false });
            }
            v.push(Command::PutPolicy(PolicySpec::default_hpa(40.0)));
        }
        _ => {}
    }
    v
}

const END: u64 = 3600;

fn run_a(record_failed: bool) -> (Vec<Sim>, Journal) {
    let mut sim = Sim::new(scenario());
    let mut j = Journal::new();
    let mut minutes = Vec::new();
    let mut n_cmds = 0;
    for t in 0..END {
        // compared before this second's commands: in run B they happen inside `tick(t)`
        if t % 60 == 0 {
            minutes.push(sim.clone());
        }
        for c in commands_at(&sim, t) {
            n_cmds += 1;
            let ok = sim.apply(c.clone()).is_ok();
            if ok || record_failed {
                assert!(j.record(sim.now(), &c));
            }
        }
        sim.step(1);
    }
    minutes.push(sim);
    assert!(n_cmds >= 25, "the session sends many commands ({n_cmds})");
    (minutes, j)
}

fn run_b(j: &Journal) -> Vec<Sim> {
    let mut sim = Sim::new(j.replay_scenario(&scenario()));
    let mut minutes = Vec::new();
    for t in 0..END {
        if t % 60 == 0 {
            minutes.push(sim.clone());
        }
        sim.step(1);
    }
    minutes.push(sim);
    minutes
}

fn acts(s: &Sim) -> Vec<asg_engine::Activity> {
    s.activities().cloned().collect()
}

#[test]
fn replayed_journal_matches_the_live_session_every_minute() {
    let (a, j) = run_a(true);
    let b = run_b(&j);
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        let t = x.now();
        assert_eq!(x.snapshot(), y.snapshot(), "snapshot at t = {t}");
        assert_eq!(x.ledger(), y.ledger(), "ledger at t = {t}");
        assert_eq!(acts(x), acts(y), "activities at t = {t}");
        assert_eq!(why_text(Lang::En, x.last_why()), why_text(Lang::En, y.last_why()), "decision at t = {t}");
        assert_eq!(x.alarms(), y.alarms(), "alarms at t = {t}");
        assert_eq!(x.scenario().policies, y.scenario().policies, "policies at t = {t}");
        assert_eq!(x.summary(), y.summary(), "summary at t = {t}");
    }
    let end = a.last().unwrap();
    // the session really did things: failures were logged, the fleet changed
    assert!(acts(end).iter().any(|a| a.status == asg_engine::ActivityStatus::Failed));
    assert!(end.summary().scale_outs > 0);
}

#[test]
fn replay_of_successful_commands_only_matches_state() {
    let (a, j) = run_a(false);
    let b = run_b(&j);
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.snapshot(), y.snapshot(), "snapshot at t = {}", x.now());
        assert_eq!(x.ledger(), y.ledger());
    }
}

#[test]
fn every_event_kind_is_recorded_by_id() {
    let (_, j) = run_a(true);
    for e in j.entries() {
        match &e.action {
            EventAction::Stress { instance, .. }
            | EventAction::TerminateInstance { instance, .. }
            | EventAction::SetInstanceHealth { instance, .. }
            | EventAction::SetInstanceProtection { instance, .. }
            | EventAction::SetInstanceUnhealthy(instance)
            | EventAction::RepairApp(instance) => assert!(matches!(instance, InstanceRef::Id(_))),
            _ => {}
        }
    }
    // two overrides in the same second were coalesced into the last
    let at0: Vec<_> = j.entries().iter().filter(|e| e.at_s == 0).map(|e| e.action.clone()).collect();
    assert_eq!(at0.iter().filter(|a| matches!(a, EventAction::SetTrafficOverride(_))).count(), 1);
    assert!(at0.contains(&EventAction::SetTrafficOverride(Some(80.0))));
}

#[test]
fn journal_goes_before_scenario_events_at_the_same_second() {
    let base = vec![
        ScheduledEvent { at_s: 0, action: EventAction::SetAzAvailable { az: 0, available: false } },
        ScheduledEvent { at_s: 60, action: EventAction::SetAzAvailable { az: 0, available: true } },
    ];
    let journal = vec![
        ScheduledEvent { at_s: 0, action: EventAction::SetProtectNewInstances(true) },
        ScheduledEvent { at_s: 30, action: EventAction::SetProtectNewInstances(false) },
        ScheduledEvent { at_s: 60, action: EventAction::SetMonitoring(Monitoring::Basic) },
    ];
    let m = merge_events(&base, &journal);
    let order: Vec<(u64, bool)> = m.iter().map(|e| (e.at_s, journal.contains(e))).collect();
    assert_eq!(order, vec![(0, true), (0, false), (30, true), (60, true), (60, false)]);
}

#[test]
fn an_nth_event_with_no_such_instance_is_a_failed_activity() {
    let sc = Scenario {
        events: vec![ScheduledEvent { at_s: 5, action: EventAction::RepairApp(InstanceRef::Nth(7)) }],
        ..Scenario::default()
    };
    let mut sim = Sim::new(sc);
    sim.step(10);
    let failed: Vec<_> = sim.activities().filter(|a| a.status == asg_engine::ActivityStatus::Failed).collect();
    assert_eq!(failed.len(), 1);
    assert!(failed[0].cause.contains("No live instance number 7"));
}
