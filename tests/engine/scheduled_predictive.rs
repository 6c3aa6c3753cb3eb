//! Scheduled actions and predictive scaling (docs/aws-behaviour.md §4).

use asg_engine::policies::predictive::{capacity_for, PredictiveState};
use asg_engine::policies::scheduled::Cron;
use asg_engine::*;

fn sc(policies: Vec<PolicySpec>) -> Scenario {
    Scenario {
        traffic: TrafficSpec { pattern: Pattern::Constant { rps: 0.0 }, poisson_noise: false },
        group: GroupSpec { min: 1, max: 10, desired: Some(1), ..GroupSpec::default() },
        policies,
        events: vec![],
        ..Scenario::default()
    }
}

fn action(name: &str, recurrence: Recurrence, min: Option<u32>, max: Option<u32>, desired: Option<u32>) -> PolicySpec {
    PolicySpec::Scheduled(ScheduledActionSpec { name: name.into(), recurrence, min, max, desired })
}

// docs/aws-behaviour.md §4 "Scheduled actions": an action sets any of desired, min and max at a given
// time; and the console's cause text for scheduled actions (§1 "Activity messages").
#[test]
fn once_action_sets_capacity_at_its_time() {
    let mut s = Sim::new(sc(vec![action("morning", Recurrence::Once { at_s: 600 }, Some(3), None, Some(4))]));
    s.run_until(600);
    assert_eq!(s.snapshot().desired, 1);
    s.run_until(601);
    let sn = s.snapshot();
    assert_eq!((sn.min, sn.max, sn.desired), (3, 10, 4));
    assert!(s.activities().any(|a| a.cause.starts_with(
        "At 2026-01-01T09:10:00Z a scheduled action update of AutoScalingGroup constraints to min: 3, max: 10, desired: 4 changing the desired capacity from 1 to 4."
    )));
    s.run_until(3600);
    assert_eq!(s.snapshot().desired, 4, "runs once");
}

// docs/aws-behaviour.md §4 "Scheduled actions": up to 2 minutes late — lateness is a setting (default 0).
#[test]
fn lateness_setting_delays_the_action() {
    let mut scen = sc(vec![action("late", Recurrence::Once { at_s: 600 }, None, None, Some(2))]);
    scen.model.scheduled_lateness_s = 120;
    let mut s = Sim::new(scen);
    s.run_until(720);
    assert_eq!(s.snapshot().desired, 1);
    s.run_until(721);
    assert_eq!(s.snapshot().desired, 2);
}

// docs/aws-behaviour.md §4 "Scheduled actions": recurrence is a 5-field cron, in UTC by default.
#[test]
fn cron_recurrence_in_utc() {
    // 2026-01-01 is a Thursday; the scenario starts 09:00 UTC
    let c = Cron::parse("30 10 * * 4").unwrap();
    assert!(c.matches(1_767_258_000 + 5400)); // Thu 10:30
    assert!(!c.matches(1_767_258_000 + 5400 + 86_400)); // Fri 10:30
    assert!(Cron::parse("*/15 9-17 * * 1-5").unwrap().matches(1_767_258_000 + 900));
    // typed refusals, worded as the lab shows them
    assert_eq!(Cron::parse("61 * * * *").err(), Some(asg_engine::SpecError::CronRange(0, 59, "61".into())));
    let e = Cron::parse("* * *").expect_err("three fields");
    assert_eq!(e, asg_engine::SpecError::CronFields("* * *".into()));
    let boxed: Box<dyn std::error::Error> = Box::new(e);
    assert!(boxed.to_string().starts_with("Recurrence '* * *' must have 5 fields"));
    let mut s = Sim::new(sc(vec![
        action("up", Recurrence::Cron("0 10 * * *".into()), None, None, Some(5)),
        action("down", Recurrence::Cron("30 10 * * *".into()), None, None, Some(2)),
    ]));
    s.run_until(3600);
    assert_eq!(s.snapshot().desired, 1);
    s.run_until(3601);
    assert_eq!(s.snapshot().desired, 5);
    s.run_until(5401);
    assert_eq!(s.snapshot().desired, 2);
    s.run_until(86_400 + 3601);
    assert_eq!(s.snapshot().desired, 5, "again the next day");
}

// docs/aws-behaviour.md §4 "Scheduled actions": every-N recurrence (lab form of a recurring schedule).
#[test]
fn every_n_seconds() {
    let mut s = Sim::new(sc(vec![
        action("a", Recurrence::Every { start_s: 300, every_s: 1200 }, None, None, Some(3)),
        action("b", Recurrence::Every { start_s: 900, every_s: 1200 }, None, None, Some(1)),
    ]));
    s.run_until(301);
    assert_eq!(s.snapshot().desired, 3);
    s.run_until(901);
    assert_eq!(s.snapshot().desired, 1);
    s.run_until(1501);
    assert_eq!(s.snapshot().desired, 3);
}

// docs/aws-behaviour.md §1 "Capacity rules", §4 "Scheduled actions": the same limits apply to
// scheduled actions, so an invalid action fails with the validation text.
#[test]
fn invalid_scheduled_action_fails() {
    let mut s = Sim::new(sc(vec![action("bad", Recurrence::Once { at_s: 60 }, Some(4), Some(10), Some(2))]));
    s.run_until(61);
    assert_eq!(s.snapshot().desired, 1);
    let a = s.activities().find(|a| a.description == "Executing scheduled action bad").unwrap();
    assert_eq!(a.status, ActivityStatus::Failed);
    assert_eq!(a.cause, "Desired capacity:2 must be between the specified min size:4 and max size:10");
}

// docs/aws-behaviour.md §4 "Predictive scaling": needs ≥ 24 h of history; forecast from the same hour of past days.
#[test]
fn predictive_forecast_rules() {
    let mut p = PredictiveState::default();
    for h in 0..23 {
        p.sample(100.0 + h as f64);
        p.close_hour(h);
    }
    assert_eq!(p.forecast_load(30, 23), None, "23 h of history is not enough");
    p.sample(123.0);
    p.close_hour(23);
    assert_eq!(p.forecast_load(30, 24), Some(106.0), "same hour yesterday");
    p.refresh(24, 50.0);
    assert_eq!(p.forecast.len(), 48);
    assert_eq!(p.capacity_at(30), Some(capacity_for(106.0, 50.0)));
    assert_eq!(capacity_for(106.0, 50.0), 3);
    assert_eq!(capacity_for(0.0, 50.0), 0);
}

fn diurnal(mode: PredictiveMode) -> Scenario {
    let mut s = sc(vec![PolicySpec::Predictive {
        name: "pred".into(),
        metric: TtMetric::ALBRequestCountPerTarget,
        target: 1200.0, // 20 req/s per instance
        mode,
        buffer_s: 300,
        max_capacity_buffer_pct: None,
    }]);
    // daily peak of 100 req/s at 15:00 UTC, ≈0 at 03:00
    s.traffic.pattern = Pattern::Diurnal { mean_rps: 50.0, amplitude_rps: 50.0, peak_hour_utc: 15.0 };
    s.model.capacity_rps_override = Some(500.0);
    s
}

// docs/aws-behaviour.md §4 "Predictive scaling": ForecastOnly (the default) never changes capacity; ForecastAndScale
// raises desired `buffer` before the hour and never scales in.
#[test]
fn predictive_modes() {
    let mut s = Sim::new(diurnal(PredictiveMode::ForecastOnly));
    s.run_until(2 * 86_400);
    assert_eq!(s.snapshot().desired, 1);
    assert!(!s.forecasts()[0].1.is_empty());

    let mut s = Sim::new(diurnal(PredictiveMode::ForecastAndScale));
    s.run_until(86_400 - 60);
    assert_eq!(s.snapshot().desired, 1, "no forecast before 24 h of history");
    assert!(s.forecasts()[0].1.is_empty());
    s.run_until(86_400 + 60);
    // 24 h recorded at 09:00 UTC on day 2: the 09:00 hour (50 req/s = 3000/min) → 3
    assert_eq!(s.snapshot().desired, 3);
    // day 2, rising towards the 15:00 UTC peak: every increase happens at hh:55, i.e. the
    // SchedulingBufferTime (300 s) before the forecast hour starts
    let t15 = 86_400 + 6 * 3600;
    let mut changes = vec![];
    let mut last = s.snapshot().desired;
    while s.now() < t15 {
        s.step(60);
        let d = s.snapshot().desired;
        if d != last {
            changes.push((s.now(), last, d));
            last = d;
        }
    }
    assert!(changes.len() >= 2, "{changes:?}");
    assert!(changes.iter().all(|&(t, a, b)| b > a && (t + 300) % 3600 == 0), "{changes:?}");
    let at = s.snapshot().desired;
    assert!(at >= 5, "peak 100 req/s = 6000/min ÷ 1200 → 5");
    // never scales in: desired never decreases during the rest of the day
    let mut last = at;
    while s.now() < 2 * 86_400 {
        s.step(600);
        let d = s.snapshot().desired;
        assert!(d >= last, "{last} → {d}");
        last = d;
    }
}
