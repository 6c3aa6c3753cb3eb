//! The data one chart draws ([`ChartData`]: its lines, alarm marks and bands, window).

use super::marks::Mark;
use super::spec::{ChartSpec, SeriesSpec};
use super::{window, Window};
use asg_engine::metric::Datapoint;

/// The datapoints of one line, with how to draw it.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesData {
    /// which metric and statistic, and how the line looks
    pub spec: SeriesSpec,
    /// the period the points were queried with [s]
    pub period_s: u32,
    /// its complete periods, oldest first
    pub points: Vec<Datapoint>,
}

/// Everything one chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    /// which chart
    pub spec: ChartSpec,
    /// its lines
    pub series: Vec<SeriesData>,
    /// alarm threshold lines
    pub marks: Vec<Mark>,
    /// ALARM spans [s since start].
    pub bands: Vec<(u64, u64)>,
    /// the time and value ranges drawn
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
