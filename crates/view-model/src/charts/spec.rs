//! Which CloudWatch metrics each chart shows, in which colour and dash, and at which period.
//! Pure: `src/app/charts` only queries the engine with these specs and draws the result
//! ([`super::data::ChartData`]).

use crate::charts::format::Unit;
use asg_engine::metric::{Datapoint, Metric, Statistic};
use asg_engine::scenario::Monitoring;

/// One line of a chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SeriesSpec {
    /// the CloudWatch metric
    pub metric: Metric,
    /// the statistic queried
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
    /// the DOM key (`cpu` → `data-testid="cpu-chart"`)
    pub key: &'static str,
    /// the title, as the console names the metric
    pub title: &'static str,
    /// how values are written
    pub unit: Unit,
    /// A fixed top of the y axis (CPU: 100 %).
    pub fixed_max: Option<f64>,
    /// its lines
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::data::{ChartData, SeriesData};

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
}
