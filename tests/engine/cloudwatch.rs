//! CloudWatch metrics, statistics and alarms (docs/aws-behaviour.md §3 "Alarm evaluation", §6
//! "ALB CloudWatch metrics", §7).

use asg_engine::alarms::evaluate;
use asg_engine::*;

fn sc(rps: f64, desired: u32) -> Scenario {
    Scenario {
        traffic: TrafficSpec { pattern: Pattern::Constant { rps }, poisson_noise: false },
        group: GroupSpec { min: 0, max: 10, desired: Some(desired), ..GroupSpec::default() },
        policies: vec![],
        events: vec![],
        ..Scenario::default()
    }
}

// docs/aws-behaviour.md §7 "Resolution and periods": a datapoint is stamped with the start of its period
// and may change while the period is still filling; detailed monitoring = 1-minute EC2 data.
#[test]
fn detailed_cpu_datapoints_every_minute_stamped_at_start() {
    let mut s = Sim::new(sc(10.0, 2));
    s.run_until(150);
    let d = s.series(Metric::CPUUtilization, Statistic::Average, 60, 0);
    assert_eq!(d.iter().map(|p| p.t).collect::<Vec<_>>(), vec![0, 60, 120], "120 is still filling");
    // 10 req/s over 2 t2.micro (50 req/s each at 100 %) → 10 % + 2 % base
    assert!((d[0].value - 12.0).abs() < 0.5, "{d:?}");
    // group aggregate: one sample per instance
    let n = s.series(Metric::CPUUtilization, Statistic::SampleCount, 60, 0);
    assert_eq!(n[0].value, 2.0);
    let id = s.snapshot().instances[0].id;
    let one = s.series(Metric::InstanceCPUUtilization(id), Statistic::Average, 60, 0);
    assert_eq!(one.len(), 3);
}

// docs/aws-behaviour.md §7 "EC2 monitoring": basic monitoring is 5-minute data, so 1-minute queries find a datapoint
// only every 5 minutes, published once the 5 minutes are complete.
#[test]
fn basic_monitoring_publishes_five_minute_points() {
    let mut scen = sc(10.0, 1);
    scen.monitoring = Monitoring::Basic;
    let mut s = Sim::new(scen);
    s.run_until(899);
    let d = s.series(Metric::CPUUtilization, Statistic::Average, 60, 0);
    assert_eq!(d.iter().map(|p| p.t).collect::<Vec<_>>(), vec![0, 300], "600–900 not complete yet");
    s.run_until(900);
    assert_eq!(s.series(Metric::CPUUtilization, Statistic::Average, 300, 0).len(), 3);
    // ALB metrics are unaffected (60 s)
    assert_eq!(s.series(Metric::RequestCount, Statistic::Sum, 60, 0).len(), 15);
}

// docs/aws-behaviour.md §6 "ALB CloudWatch metrics": sent every 60 s only while requests flow; else no datapoints.
#[test]
fn alb_metrics_absent_without_traffic() {
    let mut s = Sim::new(sc(0.0, 1));
    s.run_until(600);
    assert!(s.series(Metric::RequestCount, Statistic::Sum, 60, 0).is_empty());
    assert!(s.series(Metric::TargetResponseTime, Statistic::Average, 60, 0).is_empty());
    assert_eq!(s.series(Metric::HealthyHostCount, Statistic::Average, 60, 0).len(), 10);
    s.apply(Command::SetTrafficOverride(Some(5.0))).unwrap();
    s.run_until(720);
    let rc = s.series(Metric::RequestCount, Statistic::Sum, 60, 0);
    assert_eq!(rc.iter().map(|p| p.t).collect::<Vec<_>>(), vec![600, 660]);
    assert!((rc[0].value - 300.0).abs() <= 1.0);
}

// docs/aws-behaviour.md §7 "Statistics": Sum over 5 min = sum of the 1-min sums; Min ≤ Avg ≤ Max;
// TargetResponseTime is in seconds, p50 ≤ p90 ≤ p99.
#[test]
fn statistics_are_consistent() {
    let mut scen = sc(40.0, 2);
    scen.traffic.poisson_noise = true;
    let mut s = Sim::new(scen);
    s.run_until(600);
    let m1: f64 = s.series(Metric::RequestCount, Statistic::Sum, 60, 0).iter().take(5).map(|d| d.value).sum();
    let m5 = s.series(Metric::RequestCount, Statistic::Sum, 300, 0)[0].value;
    assert!((m1 - m5).abs() < 1e-6);
    let min = s.series(Metric::CPUUtilization, Statistic::Minimum, 300, 0)[0].value;
    let avg = s.series(Metric::CPUUtilization, Statistic::Average, 300, 0)[0].value;
    let max = s.series(Metric::CPUUtilization, Statistic::Maximum, 300, 0)[0].value;
    assert!(min <= avg && avg <= max);
    let p = |st| s.series(Metric::TargetResponseTime, st, 60, 0)[2].value;
    let (p50, p90, p99, a) = (p(Statistic::P50), p(Statistic::P90), p(Statistic::P99), p(Statistic::Average));
    assert!(0.005 < p50 && p50 <= p90 && p90 <= p99 && p99 < 1.0, "{p50} {p90} {p99}");
    // exponential sojourn: mean ≈ p50 / ln 2
    assert!((a - p50 / core::f64::consts::LN_2).abs() / a < 0.05, "{a} {p50}");
    // sub-minute (lab extra): 10-s RequestCount sums ≈ 400
    let ten = s.series(Metric::RequestCount, Statistic::Sum, 10, 500);
    assert_eq!(ten.len(), 10);
    assert!(ten.iter().all(|d| (d.value - 400.0).abs() < 100.0));
}

// docs/aws-behaviour.md §7 "ASG group metrics": GroupDesiredCapacity / InService / Pending.
#[test]
fn group_metrics() {
    let mut s = Sim::new(sc(0.0, 1));
    s.run_until(120);
    s.apply(Command::SetCapacity { min: None, max: None, desired: Some(3) }).unwrap();
    s.run_until(240);
    let des = s.series(Metric::GroupDesiredCapacity, Statistic::Maximum, 60, 0);
    assert_eq!(des.iter().map(|d| d.value).collect::<Vec<_>>(), vec![1.0, 1.0, 3.0, 3.0]);
    let pen = s.series(Metric::GroupPendingInstances, Statistic::Maximum, 60, 120)[0].value;
    assert_eq!(pen, 2.0);
    let ins = s.series(Metric::GroupInServiceInstances, Statistic::Minimum, 60, 180)[0].value;
    assert_eq!(ins, 3.0);
}

// docs/aws-behaviour.md §3 "Alarm evaluation": datapoints to alarm, M out of N, and the missing-data treatments.
#[test]
fn alarm_evaluation_m_of_n_and_missing_data() {
    let mut spec = AlarmSpec::cpu("a", Comparison::GreaterThanThreshold, 50.0, 2, 3);
    let ok = AlarmState::Ok;
    let ins = AlarmState::InsufficientData;
    let al = AlarmState::Alarm;
    assert_eq!(evaluate(&[Some(60.0), Some(40.0), Some(70.0)], &spec, ok), al, "2 of 3, not consecutive");
    assert_eq!(evaluate(&[Some(60.0), Some(40.0), Some(45.0)], &spec, al), ok);
    assert_eq!(evaluate(&[None, None, None], &spec, ok), ins);
    assert_eq!(evaluate(&[None, Some(60.0), None], &spec, ok), ok, "undecided → keep state");
    spec.missing = MissingData::Breaching;
    assert_eq!(evaluate(&[None, Some(60.0), None], &spec, ok), al);
    spec.missing = MissingData::NotBreaching;
    assert_eq!(evaluate(&[None, None, None], &spec, al), ok);
    spec.missing = MissingData::Ignore;
    assert_eq!(evaluate(&[None, None, None], &spec, al), al);
    spec.comparison = Comparison::LessThanOrEqualToThreshold;
    spec.missing = MissingData::Missing;
    assert_eq!(evaluate(&[Some(50.0), Some(50.0), Some(51.0)], &spec, ok), al);
}

// docs/aws-behaviour.md §3 "Alarm evaluation": alarms with a period ≥ 60 s are evaluated every minute; state
// history records transitions with a reason.
#[test]
fn alarm_history_and_every_minute_evaluation() {
    let p = PolicySpec::Simple {
        name: "s".into(),
        alarm: AlarmSpec::cpu("high", Comparison::GreaterThanThreshold, 50.0, 1, 1),
        adjustment_type: AdjustmentType::ChangeInCapacity,
        adjustment: 0,
        cooldown_s: Some(0),
    };
    let mut scen = sc(10.0, 1);
    scen.policies = vec![p];
    let mut s = Sim::new(scen);
    s.run_until(59);
    assert_eq!(s.alarms()[0].state, AlarmState::InsufficientData);
    s.run_until(60);
    assert_eq!(s.alarms()[0].state, AlarmState::Ok);
    let id = s.snapshot().instances[0].id;
    s.apply(Command::Stress { instance: id, duration_s: 120, workers: 1 }).unwrap();
    s.run_until(180);
    let a = &s.alarms()[0];
    assert_eq!(a.state, AlarmState::Alarm);
    assert_eq!(a.since, 120);
    let h: Vec<_> = a.history.iter().map(|h| (h.t, h.to)).collect();
    assert_eq!(h, vec![(60, AlarmState::Ok), (120, AlarmState::Alarm)]);
    assert!(a.history[1].reason.starts_with("Threshold Crossed: 1 datapoint was [100]"), "{}", a.history[1].reason);
}

// Memory bound: 1-minute history covers the last 3 days only.
#[test]
fn minute_history_is_bounded() {
    let mut s = Sim::new(sc(1.0, 1));
    s.run_until(4 * 86_400);
    let d = s.series(Metric::HealthyHostCount, Statistic::Average, 60, 0);
    // 4320 slots: the oldest retained minutes plus the minute that just started (empty)
    assert_eq!(d.len(), 3 * 1440 - 1);
    assert_eq!(d[0].t, 86_400 + 60);
    let h = s.series(Metric::HealthyHostCount, Statistic::Average, 3600, 0);
    assert!(h.len() <= 73);
}
