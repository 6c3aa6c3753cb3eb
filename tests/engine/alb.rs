//! Application Load Balancer behaviour (docs/aws-behaviour.md §6).

use asg_engine::*;

fn sc(rps: f64, min: u32, desired: u32) -> Scenario {
    Scenario {
        traffic: TrafficSpec { pattern: Pattern::Constant { rps }, poisson_noise: false },
        group: GroupSpec { min, max: 10, desired: Some(desired), ..GroupSpec::default() },
        policies: vec![],
        events: vec![],
        ..Scenario::default()
    }
}

fn view(s: &Sim, id: InstanceId) -> InstanceView {
    s.snapshot().instances.into_iter().find(|i| i.id == id).unwrap()
}

// docs/aws-behaviour.md §6 "Error codes": 503 when the target group has no registered targets.
#[test]
fn no_registered_targets_gives_503() {
    let mut s = Sim::new(sc(10.0, 0, 0));
    s.run_until(120);
    let l = s.ledger();
    assert_eq!(l.failed_503, l.arrived);
    assert!(l.arrived >= 1190);
    let elb5 = s.series(Metric::HTTPCode_ELB_5XX_Count, Statistic::Sum, 60, 0);
    assert_eq!(elb5.len(), 2);
    assert!((elb5[0].value - 600.0).abs() < 2.0);
    // RequestCount counts only requests for which a target was chosen → no datapoint
    assert!(s.series(Metric::RequestCount, Statistic::Sum, 60, 0).is_empty());
}

// docs/aws-behaviour.md §6 "Error codes", ❓ open question 5: registered targets that are all `initial` → 503.
#[test]
fn only_initial_targets_gives_503_assumption() {
    let mut s = Sim::new(sc(10.0, 0, 0));
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(1) }).unwrap();
    s.run_until(60);
    let id = s.snapshot().instances[0].id;
    assert_eq!(view(&s, id).target_state, TargetState::Initial);
    let l = s.ledger();
    assert_eq!(l.failed_503, l.arrived);
}

// docs/aws-behaviour.md §6 "Routing algorithms": each LB node sends requests only to healthy targets;
// §6 "Target health checks": 2 failures → unhealthy; 5 successes → healthy again.
#[test]
fn unhealthy_target_gets_no_traffic_and_recovers_after_five_checks() {
    let mut s = Sim::new(sc(30.0, 3, 3));
    s.step(5);
    let id = s.snapshot().instances[0].id;
    s.apply(Command::SetInstanceUnhealthy(id)).unwrap();
    // checks every 30 s starting 30 s after t=0: 30 (fail 1), 60 (fail 2 → unhealthy)
    s.run_until(59);
    assert_eq!(view(&s, id).target_state, TargetState::Healthy);
    s.run_until(61);
    assert_eq!(view(&s, id).target_state, TargetState::Unhealthy);
    let before = s.ledger().target_5xx;
    assert!(before > 0, "until then it answered 500");
    s.run_until(200);
    assert_eq!(s.ledger().target_5xx, before, "no traffic once unhealthy");
    assert_eq!(view(&s, id).served_rps, 0.0);
    assert!((s.series(Metric::UnHealthyHostCount, Statistic::Maximum, 60, 120)[0].value - 1.0).abs() < 1e-9);
    s.apply(Command::RepairApp(id)).unwrap();
    // passes at 210, 240, 270, 300 (4) → still unhealthy; 330 (5th) → healthy
    s.run_until(329);
    assert_eq!(view(&s, id).target_state, TargetState::Unhealthy);
    s.run_until(331);
    assert_eq!(view(&s, id).target_state, TargetState::Healthy);
}

// docs/aws-behaviour.md §6 "Fail-open": if all registered targets are unhealthy, the ALB sends
// traffic to all of them anyway (here they answer 500: target 5XX, not ELB 503).
#[test]
fn all_unhealthy_fails_open() {
    let mut s = Sim::new(sc(20.0, 2, 2));
    for i in s.snapshot().instances {
        s.apply(Command::SetInstanceUnhealthy(i.id)).unwrap();
    }
    s.run_until(300);
    assert!(s.snapshot().instances.iter().all(|i| i.target_state == TargetState::Unhealthy));
    let l = s.ledger();
    assert_eq!(l.failed_503, 0);
    assert_eq!(l.target_5xx, l.arrived);
    let rc = s.series(Metric::RequestCount, Statistic::Sum, 60, 180);
    assert!(rc.iter().all(|d| d.value > 1000.0), "{rc:?}");
    assert!(!s.series(Metric::HTTPCode_Target_5XX_Count, Statistic::Sum, 60, 0).is_empty());
}

// docs/aws-behaviour.md §6 "Deregistration delay": draining targets get no new requests; requests
// still in flight when the delay ends get 502.
#[test]
fn draining_gets_no_new_requests_and_in_flight_at_expiry_is_502() {
    let mut scen = sc(200.0, 2, 2); // 2 × 50 req/s capacity: overloaded, queues build up
    scen.alb.deregistration_delay_s = 3; // shorter than the ≈ 5 s the full queue needs
    let mut s = Sim::new(scen);
    s.run_until(20);
    let id = s.snapshot().instances[0].id;
    let q0 = view(&s, id).queue;
    assert!(q0 > 200, "queue {q0}");
    let f502 = s.ledger().failed_502;
    s.apply(Command::TerminateInstance { instance: id, decrement_desired: false }).unwrap();
    assert_eq!(view(&s, id).target_state, TargetState::Draining);
    s.step(1);
    assert!(view(&s, id).queue < q0, "draining serves its queue, gets nothing new");
    s.run_until(20 + 2);
    assert_eq!(view(&s, id).lifecycle, LifecycleState::Terminating, "requests still in flight");
    let left = view(&s, id).queue;
    assert!(left > 0);
    s.run_until(20 + 4);
    assert_eq!(view(&s, id).lifecycle, LifecycleState::Terminated);
    assert!(s.ledger().failed_502 >= f502 + left);
    assert!(s.ledger().balanced());
}

// docs/aws-behaviour.md §6 "Deregistration delay": with nothing in flight deregistration completes
// at once and Auto Scaling goes on (terminates, launches the replacement), while the console
// still lists the target as `draining` until the delay (300 s) has elapsed.
#[test]
fn nothing_in_flight_deregisters_at_once_but_shows_draining_until_the_delay_ends() {
    let mut s = Sim::new(sc(40.0, 2, 2)); // 20 req/s each, no queue
    s.run_until(300);
    let id = s.snapshot().instances[0].id;
    assert_eq!(view(&s, id).queue, 0);
    s.apply(Command::TerminateInstance { instance: id, decrement_desired: false }).unwrap();
    s.step(1);
    let v = view(&s, id);
    assert_eq!((v.lifecycle, v.target_state), (LifecycleState::Terminated, TargetState::Draining));
    s.step(1);
    let sn = s.snapshot();
    assert_eq!(
        sn.instances.iter().filter(|i| i.lifecycle == LifecycleState::Pending).count(),
        1,
        "replacement at once"
    );
    assert_eq!(s.ledger().failed_502, 0);
    s.run_until(300 + 299);
    assert_eq!(view(&s, id).target_state, TargetState::Draining);
    s.run_until(300 + 301);
    // the delay is over: the target is no longer listed, and the instance, terminated for
    // longer than the lab keeps terminated instances, is dropped with it
    assert!(s.snapshot().instances.iter().all(|i| i.id != id));
}

// The terminated instance stays listed while its target shows `draining`, even when that is
// longer than the lab keeps terminated instances.
#[test]
fn a_draining_target_outlives_the_terminated_instance_keep_time() {
    let mut scen = sc(0.0, 1, 2);
    scen.alb.deregistration_delay_s = 3600;
    let mut s = Sim::new(scen);
    s.run_until(100);
    let id = s.snapshot().instances[0].id;
    s.apply(Command::TerminateInstance { instance: id, decrement_desired: true }).unwrap();
    s.run_until(100 + 3599);
    assert_eq!(view(&s, id).target_state, TargetState::Draining);
    s.run_until(100 + 3600 + s.scenario().model.keep_terminated_s as u64 + 1);
    assert!(s.snapshot().instances.iter().all(|i| i.id != id), "dropped once no longer draining");
}

// docs/aws-behaviour.md §6 "Slow start": the load balancer raises the new target's share linearly.
#[test]
fn slow_start_ramps_linearly() {
    let mut scen = sc(100.0, 1, 1);
    scen.alb.slow_start_s = 300;
    scen.model.capacity_rps_override = Some(1000.0);
    let mut s = Sim::new(scen);
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(2) }).unwrap();
    let id = s.snapshot().instances[1].id;
    s.run_until(91); // healthy at 90 → slow start 90..390
    let early = view(&s, id).served_rps;
    s.run_until(240); // half way: weight 0.5 → share 0.5/1.5 ≈ 33 req/s
    let half = view(&s, id).served_rps;
    s.run_until(400);
    let full = view(&s, id).served_rps;
    assert!(early <= 2.0, "{early}");
    assert!((half - 33.3).abs() <= 2.0, "{half}");
    assert!((full - 50.0).abs() <= 1.0, "{full}");
}

// docs/aws-behaviour.md §6 "Slow start": not compatible with least outstanding requests.
#[test]
fn slow_start_rejected_with_lor() {
    let mut s = Sim::new(sc(10.0, 1, 1));
    let a = AlbSpec { algorithm: Algorithm::LeastOutstandingRequests, slow_start_s: 60, ..AlbSpec::default() };
    assert!(s.apply(Command::SetAlb(a)).is_err());
}

// docs/aws-behaviour.md §6 "Routing algorithms": round robin splits evenly even when one target is
// slow (a stressed t2.micro serves only ~25 req/s: its queue overflows → 5xx); least
// outstanding requests sends less to the slow target and avoids the errors.
#[test]
fn least_outstanding_requests_avoids_slow_target() {
    let mut res = vec![];
    for alg in [Algorithm::RoundRobin, Algorithm::LeastOutstandingRequests] {
        let mut scen = sc(60.0, 2, 2);
        scen.alb.algorithm = alg;
        scen.group.azs = 1;
        let mut s = Sim::new(scen);
        let id = s.snapshot().instances[0].id;
        s.apply(Command::Stress { instance: id, duration_s: 3600, workers: 4 }).unwrap();
        s.run_until(600);
        res.push((view(&s, id).served_rps, s.ledger().failed()));
    }
    let (rr, lor) = (res[0], res[1]);
    assert!((rr.0 - 25.0).abs() <= 1.0, "{res:?}");
    assert!(rr.1 > 1000, "{res:?}");
    assert!(lor.0 < 24.0 && lor.1 * 10 < rr.1, "{res:?}");
}

// docs/aws-behaviour.md §6 "Error codes": 502 from an overloaded server that refuses or resets
// connections, 504 from a CPU-saturated server that is too slow.
#[test]
fn overload_gives_502_then_504() {
    // queue bound 256 per vCPU; 50 req/s capacity → a wait of 256/50 ≈ 5 s < 60 s idle
    let mut s = Sim::new(sc(200.0, 1, 1));
    s.run_until(120);
    let l = s.ledger();
    assert!(l.failed_502 > 10_000 && l.failed_504 == 0, "{l:?}");
    // with a 2 s idle timeout, requests time out before the queue fills → 504
    let mut scen = sc(200.0, 1, 1);
    scen.alb.idle_timeout_s = 2;
    let mut s = Sim::new(scen);
    s.run_until(120);
    let l = s.ledger();
    assert!(l.failed_504 > 10_000, "{l:?}");
    assert!(l.balanced());
    // latency reflects the backlog
    assert!(s.snapshot().p99_ms > 1000.0);
}

// Request conservation: arrived = served + failed + queued (Sim::ledger invariant).
#[test]
fn ledger_balances_through_faults() {
    let mut s = Sim::new(sc(120.0, 2, 3));
    s.run_until(100);
    let ids: Vec<_> = s.snapshot().instances.iter().map(|i| i.id).collect();
    s.apply(Command::SetInstanceUnhealthy(ids[0])).unwrap();
    s.apply(Command::SetAzAvailable { az: 1, available: false }).unwrap();
    s.run_until(500);
    s.apply(Command::TerminateInstance { instance: ids[2], decrement_desired: false }).ok();
    s.run_until(900);
    let l = s.ledger();
    assert!(l.balanced(), "{l:?}");
    assert!(l.failed() > 0);
}
