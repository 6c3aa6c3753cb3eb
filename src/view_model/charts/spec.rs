//! Which CloudWatch metrics each chart shows, in which colour and dash, and the alarm marks
//! (threshold lines, ALARM bands) that go with them. Pure: `src/app/charts` only queries the
//! engine with these specs and draws the result.

use crate::sim::alarms::{Alarm, AlarmRole, AlarmState};
use crate::sim::metric::{Datapoint, Metric, Statistic};
use crate::sim::scenario::Monitoring;
use crate::view_model::charts::format::Unit;
use crate::view_model::charts::{window, Window};
use crate::view_model::i18n::{tr, Lang, Text};

/// One line of a chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SeriesSpec {
    pub metric: Metric,
    pub stat: Statistic,
    /// Legend text, e.g. "CPUUtilization (Average)".
    pub label: &'static str,
    /// Index into [`Palette::series`].
    pub color: usize,
    /// Drawn dashed (the second series of a chart), so colour is never the only signal.
    pub dashed: bool,
}

/// One chart: its DOM key (`cpu` → `data-testid="cpu-chart"`), title, unit and lines.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartSpec {
    pub key: &'static str,
    pub title: &'static str,
    pub unit: Unit,
    /// A fixed top of the y axis (CPU: 100 %).
    pub fixed_max: Option<f64>,
    pub series: &'static [SeriesSpec],
}

const fn s(metric: Metric, stat: Statistic, label: &'static str, color: usize, dashed: bool) -> SeriesSpec {
    SeriesSpec { metric, stat, label, color, dashed }
}

/// The charts of the panel, in page order.
pub const CHARTS: [ChartSpec; 6] = [
    ChartSpec {
        key: "cpu",
        title: "CPUUtilization",
        unit: Unit::Percent,
        fixed_max: Some(100.0),
        series: &[s(Metric::CPUUtilization, Statistic::Average, "CPUUtilization (Average)", 0, false)],
    },
    ChartSpec {
        key: "requests",
        title: "RequestCount and RequestCountPerTarget",
        unit: Unit::Count,
        fixed_max: None,
        series: &[
            s(Metric::RequestCount, Statistic::Sum, "RequestCount (Sum)", 0, false),
            s(Metric::RequestCountPerTarget, Statistic::Sum, "RequestCountPerTarget (Sum)", 1, true),
        ],
    },
    ChartSpec {
        key: "instances",
        title: "Group instances",
        unit: Unit::Instances,
        fixed_max: None,
        series: &[
            s(Metric::GroupDesiredCapacity, Statistic::Maximum, "GroupDesiredCapacity (Maximum)", 0, false),
            s(Metric::GroupInServiceInstances, Statistic::Maximum, "GroupInServiceInstances (Maximum)", 2, true),
            s(Metric::GroupPendingInstances, Statistic::Maximum, "GroupPendingInstances (Maximum)", 1, true),
        ],
    },
    ChartSpec {
        key: "latency",
        title: "TargetResponseTime",
        unit: Unit::Seconds,
        fixed_max: None,
        series: &[
            s(Metric::TargetResponseTime, Statistic::P50, "TargetResponseTime (p50)", 0, false),
            s(Metric::TargetResponseTime, Statistic::P99, "TargetResponseTime (p99)", 4, true),
        ],
    },
    ChartSpec {
        key: "errors",
        title: "5XX errors",
        unit: Unit::Count,
        fixed_max: None,
        series: &[
            s(Metric::HTTPCode_ELB_5XX_Count, Statistic::Sum, "HTTPCode_ELB_5XX_Count (Sum)", 3, false),
            s(Metric::HTTPCode_Target_5XX_Count, Statistic::Sum, "HTTPCode_Target_5XX_Count (Sum)", 1, true),
        ],
    },
    ChartSpec {
        key: "cost",
        title: "EstimatedCost",
        unit: Unit::Usd,
        fixed_max: None,
        series: &[s(Metric::EstimatedCost, Statistic::Maximum, "EstimatedCost (Maximum, cumulative)", 0, false)],
    },
];

/// Console periods (label, seconds).
pub const PERIODS: [(&str, u32); 2] = [("1 minute", 60), ("5 minutes", 300)];

/// The period a series is queried with: EC2 metrics under basic monitoring exist only as
/// 5-minute datapoints, so a 1-minute choice becomes 5 minutes for them.
pub fn effective_period(metric: Metric, chosen_s: u32, monitoring: Monitoring) -> u32 {
    if metric.is_ec2() {
        chosen_s.max(monitoring.period_s())
    } else {
        chosen_s
    }
}

/// Only the periods that are complete at `now`: a still-filling period would show as a
/// misleading dip (a Sum over a few seconds) at the right edge.
pub fn complete_only(mut points: Vec<Datapoint>, period_s: u32, now: u64) -> Vec<Datapoint> {
    points.retain(|p| p.t + period_s as u64 <= now);
    points
}

/// How a threshold line is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// Target tracking AlarmHigh (= the target): red, solid.
    High,
    /// Target tracking AlarmLow: red, dashed.
    Low,
    /// A step/simple policy's alarm: orange, dashed.
    Policy,
}

/// A horizontal threshold line and its legend text, e.g. "AlarmHigh > 50".
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub value: f64,
    pub kind: MarkKind,
    pub label: String,
}

/// Threshold lines for the alarms watching one of `series`. A `Sum` alarm's threshold is
/// only comparable when the chart's period equals the alarm's, so it is left out otherwise.
/// Labels in `lang` (the alarm names and the comparison stay as the console shows them).
pub fn alarm_marks(lang: Lang, series: &[SeriesSpec], alarms: &[Alarm], period_s: u32) -> Vec<Mark> {
    alarms
        .iter()
        .filter(|a| series.iter().any(|s| s.metric == a.spec.metric))
        .filter(|a| a.spec.statistic != Statistic::Sum || a.spec.period_s == period_s)
        .map(|a| {
            let thr = crate::sim::alarms::fmt_num(a.threshold());
            let sym = a.spec.comparison.symbol();
            let (kind, label) = match a.role {
                AlarmRole::TtHigh(_) => {
                    (MarkKind::High, format!("AlarmHigh {sym} {thr}{}", tr(lang, Text::TargetMark)))
                }
                AlarmRole::TtLow(_) => (MarkKind::Low, format!("AlarmLow {sym} {thr}")),
                AlarmRole::Policy(_) => (MarkKind::Policy, format!("{} {sym} {thr}", a.spec.name)),
            };
            Mark { value: a.threshold(), kind, label }
        })
        .collect()
}

/// Time spans [s] in which `alarm` was in ALARM, from its state history, clipped to
/// `from..now`. The history may have lost its oldest entries (it is capped): the state before
/// the first kept entry is that entry's `from`.
pub fn alarm_spans(alarm: &Alarm, from: u64, now: u64) -> Vec<(u64, u64)> {
    let mut spans = Vec::new();
    let mut state = alarm.history.front().map(|h| h.from).unwrap_or(alarm.state);
    let mut since = 0;
    for h in &alarm.history {
        if state == AlarmState::Alarm && h.to != AlarmState::Alarm {
            spans.push((since, h.t));
        }
        if h.to == AlarmState::Alarm && state != AlarmState::Alarm {
            since = h.t;
        }
        state = h.to;
    }
    if state == AlarmState::Alarm {
        spans.push((since, now));
    }
    spans
        .into_iter()
        .filter(|(a, b)| *b > from && *a < now)
        .map(|(a, b)| (a.max(from), b.min(now)))
        .filter(|(a, b)| b > a)
        .collect()
}

/// The scale-out alarms of a chart whose ALARM spans are shaded (target tracking AlarmHigh
/// and upper step/simple alarms on one of the chart's metrics).
pub fn banded_alarms<'a>(series: &'a [SeriesSpec], alarms: &'a [Alarm]) -> impl Iterator<Item = &'a Alarm> + 'a {
    alarms.iter().filter(move |a| {
        series.iter().any(|s| s.metric == a.spec.metric)
            && matches!(a.role, AlarmRole::TtHigh(_) | AlarmRole::Policy(_))
            && a.spec.comparison.is_upper()
    })
}

/// The datapoints of one line, with how to draw it.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesData {
    pub spec: SeriesSpec,
    pub period_s: u32,
    pub points: Vec<Datapoint>,
}

/// Everything one chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    pub spec: ChartSpec,
    pub series: Vec<SeriesData>,
    pub marks: Vec<Mark>,
    /// ALARM spans [s since start].
    pub bands: Vec<(u64, u64)>,
    pub window: Window,
    /// Unix time of simulated second 0 [s].
    pub start_utc_s: i64,
}

impl ChartData {
    /// Fits the window to the series and marks.
    pub fn new(
        spec: ChartSpec,
        series: Vec<SeriesData>,
        marks: Vec<Mark>,
        bands: Vec<(u64, u64)>,
        now: u64,
        range_s: u64,
        start_utc_s: i64,
    ) -> Self {
        let values: Vec<f64> = series.iter().flat_map(|s| s.points.iter().map(|p| p.value)).collect();
        let levels: Vec<f64> = marks.iter().map(|m| m.value).collect();
        let window = window(now, range_s, &values, &levels, spec.fixed_max);
        Self { spec, series, marks, bands, window, start_utc_s }
    }

    /// The newest value of each line (None before its first complete period).
    pub fn latest(&self) -> Vec<(&'static str, Option<f64>)> {
        self.series.iter().map(|s| (s.spec.label, s.points.last().map(|p| p.value))).collect()
    }
}

/// Colours of the canvas, matching the CSS variables of `style/main.css`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub bg: (u8, u8, u8),
    pub text: (u8, u8, u8),
    pub grid: (u8, u8, u8),
    pub axis: (u8, u8, u8),
    pub alarm: (u8, u8, u8),
    pub policy: (u8, u8, u8),
    /// CloudWatch's series order: blue, orange, green, red, purple.
    pub series: [(u8, u8, u8); 5],
}

impl Palette {
    pub fn new(dark: bool) -> Self {
        if dark {
            Palette {
                bg: (0x16, 0x1b, 0x22),
                text: (0x9d, 0xa7, 0xb3),
                grid: (0x30, 0x36, 0x3d),
                axis: (0x5f, 0x6b, 0x7a),
                alarm: (0xff, 0x7b, 0x72),
                policy: (0xf0, 0x88, 0x3e),
                series: [
                    (0x58, 0xa6, 0xff),
                    (0xff, 0xa6, 0x57),
                    (0x3f, 0xb9, 0x50),
                    (0xff, 0x7b, 0x72),
                    (0xd2, 0xa8, 0xff),
                ],
            }
        } else {
            Palette {
                bg: (0xff, 0xff, 0xff),
                text: (0x5f, 0x6b, 0x7a),
                grid: (0xe9, 0xeb, 0xed),
                axis: (0xb6, 0xbe, 0xc9),
                alarm: (0xd9, 0x15, 0x15),
                policy: (0xd4, 0x6b, 0x08),
                series: [
                    (0x1f, 0x77, 0xb4),
                    (0xff, 0x7f, 0x0e),
                    (0x2c, 0xa0, 0x2c),
                    (0xd6, 0x27, 0x28),
                    (0x94, 0x67, 0xbd),
                ],
            }
        }
    }

    /// The colour of a mark line.
    pub fn mark(&self, kind: MarkKind) -> (u8, u8, u8) {
        match kind {
            MarkKind::High | MarkKind::Low => self.alarm,
            MarkKind::Policy => self.policy,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::alarms::AlarmHistoryItem;
    use crate::sim::policy_spec::{AlarmSpec, Comparison};

    fn alarm(
        role: AlarmRole,
        cmp: Comparison,
        thr: f64,
        changes: &[(u64, AlarmState, AlarmState)],
        state: AlarmState,
    ) -> Alarm {
        let mut a = Alarm::new(AlarmSpec::cpu("a", cmp, thr, 3, 3), role, 0);
        a.state = state;
        a.history = changes
            .iter()
            .map(|(t, from, to)| AlarmHistoryItem { t: *t, from: *from, to: *to, reason: String::new() })
            .collect();
        a
    }

    #[test]
    fn every_chart_has_distinct_keys_and_marks_second_series() {
        let keys: Vec<_> = CHARTS.iter().map(|c| c.key).collect();
        assert_eq!(keys, ["cpu", "requests", "instances", "latency", "errors", "cost"]);
        for c in CHARTS {
            assert!(!c.series[0].dashed, "{}: the first line is solid", c.key);
            for s in &c.series[1..] {
                assert!(s.dashed, "{}: later lines are dashed", s.label);
            }
            let mut colours: Vec<_> = c.series.iter().map(|s| s.color).collect();
            colours.dedup();
            assert_eq!(colours.len(), c.series.len(), "{}: one colour per line", c.key);
        }
    }

    #[test]
    fn basic_monitoring_forces_five_minute_ec2_data() {
        assert_eq!(effective_period(Metric::CPUUtilization, 60, Monitoring::Basic), 300);
        assert_eq!(effective_period(Metric::CPUUtilization, 60, Monitoring::Detailed), 60);
        assert_eq!(effective_period(Metric::RequestCount, 60, Monitoring::Basic), 60);
        assert_eq!(effective_period(Metric::CPUUtilization, 300, Monitoring::Detailed), 300);
    }

    #[test]
    fn incomplete_periods_are_dropped() {
        let pts =
            vec![Datapoint { t: 0, value: 1.0 }, Datapoint { t: 60, value: 2.0 }, Datapoint { t: 120, value: 0.1 }];
        assert_eq!(complete_only(pts.clone(), 60, 150).len(), 2);
        assert_eq!(complete_only(pts.clone(), 60, 180).len(), 3);
        assert_eq!(complete_only(pts, 300, 299).len(), 0);
    }

    #[test]
    fn target_tracking_marks_are_labelled() {
        let cpu = CHARTS[0].series;
        let alarms = [
            alarm(AlarmRole::TtHigh(0), Comparison::GreaterThanThreshold, 50.0, &[], AlarmState::Ok),
            alarm(AlarmRole::TtLow(0), Comparison::LessThanThreshold, 45.0, &[], AlarmState::Ok),
        ];
        let m = alarm_marks(Lang::En, cpu, &alarms, 60);
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].kind, m[0].value, m[0].label.as_str()), (MarkKind::High, 50.0, "AlarmHigh > 50 (target)"));
        assert_eq!((m[1].kind, m[1].label.as_str()), (MarkKind::Low, "AlarmLow < 45"));
        // Not on a chart whose metrics the alarm does not watch.
        assert!(alarm_marks(Lang::En, CHARTS[5].series, &alarms, 60).is_empty());
        let ko = alarm_marks(Lang::Ko, cpu, &alarms, 60);
        assert_eq!((ko[0].label.as_str(), ko[1].label.as_str()), ("AlarmHigh > 50 (대상 값)", "AlarmLow < 45"));
    }

    #[test]
    fn sum_thresholds_only_at_their_own_period() {
        let mut a = alarm(AlarmRole::TtHigh(0), Comparison::GreaterThanThreshold, 1000.0, &[], AlarmState::Ok);
        a.spec.metric = Metric::RequestCountPerTarget;
        a.spec.statistic = Statistic::Sum;
        let req = CHARTS[1].series;
        assert_eq!(alarm_marks(Lang::En, req, std::slice::from_ref(&a), 60).len(), 1);
        assert!(alarm_marks(Lang::En, req, &[a], 300).is_empty());
    }

    #[test]
    fn alarm_spans_follow_history() {
        use AlarmState::*;
        let a = alarm(
            AlarmRole::TtHigh(0),
            Comparison::GreaterThanThreshold,
            50.0,
            &[(60, InsufficientData, Ok), (180, Ok, Alarm), (420, Alarm, Ok), (600, Ok, Alarm)],
            Alarm,
        );
        assert_eq!(alarm_spans(&a, 0, 900), vec![(180, 420), (600, 900)]);
        // Clipped to the window.
        assert_eq!(alarm_spans(&a, 300, 700), vec![(300, 420), (600, 700)]);
        assert_eq!(alarm_spans(&a, 430, 590), vec![]);
        // History that starts inside an ALARM (older entries dropped).
        let b = alarm(AlarmRole::TtHigh(0), Comparison::GreaterThanThreshold, 50.0, &[(500, Alarm, Ok)], Ok);
        assert_eq!(alarm_spans(&b, 100, 900), vec![(100, 500)]);
        // No history: the current state decides.
        let c = alarm(AlarmRole::TtHigh(0), Comparison::GreaterThanThreshold, 50.0, &[], Ok);
        assert!(alarm_spans(&c, 0, 900).is_empty());
    }

    #[test]
    fn only_scale_out_alarms_are_banded() {
        let alarms = [
            alarm(AlarmRole::TtHigh(0), Comparison::GreaterThanThreshold, 50.0, &[], AlarmState::Ok),
            alarm(AlarmRole::TtLow(0), Comparison::LessThanThreshold, 45.0, &[], AlarmState::Alarm),
            alarm(AlarmRole::Policy(1), Comparison::GreaterThanOrEqualToThreshold, 70.0, &[], AlarmState::Ok),
        ];
        let roles: Vec<_> = banded_alarms(CHARTS[0].series, &alarms).map(|a| a.role).collect();
        assert_eq!(roles, [AlarmRole::TtHigh(0), AlarmRole::Policy(1)]);
    }

    #[test]
    fn chart_data_fits_window_and_reports_latest() {
        let spec = CHARTS[1];
        let series = vec![
            SeriesData {
                spec: spec.series[0],
                period_s: 60,
                points: vec![Datapoint { t: 0, value: 900.0 }, Datapoint { t: 60, value: 1800.0 }],
            },
            SeriesData { spec: spec.series[1], period_s: 60, points: vec![] },
        ];
        let d = ChartData::new(spec, series, vec![], vec![], 120, 900, 0);
        assert_eq!((d.window.t0, d.window.t1, d.window.y1), (0.0, 900.0, 2000.0));
        assert_eq!(d.latest(), vec![("RequestCount (Sum)", Some(1800.0)), ("RequestCountPerTarget (Sum)", None)]);
    }

    #[test]
    fn palettes_differ_by_scheme() {
        let (l, d) = (Palette::new(false), Palette::new(true));
        assert_eq!(l.bg, (255, 255, 255));
        assert_ne!(l.bg, d.bg);
        assert_eq!(l.mark(MarkKind::Low), l.alarm);
        assert_eq!(d.mark(MarkKind::Policy), d.policy);
    }
}
