//! The hover crosshair: from a pointer position to the nearest datapoint time and the value of
//! every line there, with where to draw them. Pure, so the overlay canvas only paints.

use crate::charts::data::ChartData;
use crate::charts::Window;

/// The plotting rectangle of a drawn chart, in backing-store (device) pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PlotArea {
    /// Left edge [device px].
    pub x0: f64,
    /// Right edge [device px].
    pub x1: f64,
    /// Top edge [device px].
    pub y0: f64,
    /// Bottom edge [device px].
    pub y1: f64,
}

impl PlotArea {
    /// Device x of time `t` [s].
    pub fn x_of(&self, w: &Window, t: f64) -> f64 {
        self.x0 + (t - w.t0) / (w.t1 - w.t0).max(1e-9) * (self.x1 - self.x0)
    }
    /// Device y of value `v` (y0 is the top edge).
    pub fn y_of(&self, w: &Window, v: f64) -> f64 {
        self.y1 - (v - w.y0) / (w.y1 - w.y0).max(1e-12) * (self.y1 - self.y0)
    }
    /// Time [s] at device x.
    pub fn t_at(&self, w: &Window, x: f64) -> f64 {
        w.t0 + (x - self.x0) / (self.x1 - self.x0).max(1e-9) * (w.t1 - w.t0)
    }
    /// Whether device x `x` lies between the left and right edges.
    pub fn contains_x(&self, x: f64) -> bool {
        x >= self.x0 && x <= self.x1
    }
}

/// One line's value under the crosshair.
#[derive(Clone, Debug, PartialEq)]
pub struct HoverValue {
    /// Index into `ChartData::series`.
    pub series: usize,
    /// The line's value at the crosshair's time.
    pub value: f64,
    /// Device y of the value (clamped into the plot).
    pub y: f64,
}

/// What the crosshair shows: a time, its x, and each line's value at that time.
#[derive(Clone, Debug, PartialEq)]
pub struct Hover {
    /// Period start [s since start].
    pub t: u64,
    /// Device x of `t`.
    pub x: f64,
    /// Each line with a datapoint at `t`, in series order.
    pub values: Vec<HoverValue>,
}

/// The crosshair for device x `x`: snaps to the datapoint time nearest to the pointer (over
/// all lines), then reads each line at that time. None outside the plot or with no data.
pub fn hover_at(data: &ChartData, area: &PlotArea, x: f64) -> Option<Hover> {
    if !area.contains_x(x) {
        return None;
    }
    let w = &data.window;
    let t = area.t_at(w, x);
    let nearest = data
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.t))
        .filter(|pt| *pt as f64 >= w.t0 && *pt as f64 <= w.t1)
        .min_by(|a, b| (*a as f64 - t).abs().total_cmp(&(*b as f64 - t).abs()))?;
    let values = data
        .series
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let idx = s.points.binary_search_by_key(&nearest, |p| p.t).ok()?;
            let v = s.points[idx].value;
            let y = area.y_of(w, v).clamp(area.y0, area.y1);
            Some(HoverValue { series: i, value: v, y })
        })
        .collect();
    Some(Hover { t: nearest, x: area.x_of(w, nearest as f64), values })
}

/// The datapoint time after (`forward`) or before `current` over all lines, for keyboard
/// crosshair moves; from nothing, the newest time.
pub fn neighbour_time(data: &ChartData, current: Option<u64>, forward: bool) -> Option<u64> {
    let times = data.series.iter().flat_map(|s| s.points.iter().map(|p| p.t)).filter(|t| *t as f64 >= data.window.t0);
    match (current, forward) {
        (None, _) => times.max(),
        (Some(c), true) => times.filter(|t| *t > c).min().or(Some(c)),
        (Some(c), false) => times.filter(|t| *t < c).max().or(Some(c)),
    }
}

/// The crosshair at datapoint time `t`.
pub fn hover_at_time(data: &ChartData, area: &PlotArea, t: u64) -> Option<Hover> {
    hover_at(data, area, area.x_of(&data.window, t as f64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::data::SeriesData;
    use crate::charts::spec::CHARTS;
    use asg_engine::metric::Datapoint;

    fn data() -> ChartData {
        let spec = CHARTS[3];
        let pts = |vals: &[(u64, f64)]| vals.iter().map(|(t, v)| Datapoint { t: *t, value: *v }).collect();
        let series = vec![
            SeriesData { spec: spec.series[0], period_s: 60, points: pts(&[(0, 0.02), (60, 0.03), (120, 0.05)]) },
            SeriesData { spec: spec.series[1], period_s: 60, points: pts(&[(0, 0.2), (120, 0.4)]) },
        ];
        ChartData::new(spec, series, vec![], vec![], 180, 900, 0)
    }

    const AREA: PlotArea = PlotArea { x0: 100.0, x1: 1000.0, y0: 10.0, y1: 410.0 };

    #[test]
    fn maps_both_ways() {
        let d = data();
        let w = &d.window;
        assert_eq!((w.t0, w.t1), (0.0, 900.0));
        assert_eq!(AREA.x_of(w, 450.0), 550.0);
        assert_eq!(AREA.t_at(w, 550.0), 450.0);
        assert_eq!(AREA.y_of(w, w.y0), 410.0);
        assert_eq!(AREA.y_of(w, w.y1), 10.0);
    }

    #[test]
    fn snaps_to_the_nearest_datapoint_and_reads_every_line() {
        let d = data();
        // t ≈ 50 s → the 60 s datapoint; only the first line has one there.
        let h = hover_at(&d, &AREA, AREA.x_of(&d.window, 50.0)).unwrap();
        assert_eq!(h.t, 60);
        assert_eq!(h.x, AREA.x_of(&d.window, 60.0));
        assert_eq!(h.values.len(), 1);
        assert_eq!((h.values[0].series, h.values[0].value), (0, 0.03));
        // Far right of the data → the last datapoint, both lines.
        let h = hover_at(&d, &AREA, 990.0).unwrap();
        assert_eq!(h.t, 120);
        assert_eq!(h.values.iter().map(|v| v.value).collect::<Vec<_>>(), [0.05, 0.4]);
        assert!(h.values.iter().all(|v| v.y >= AREA.y0 && v.y <= AREA.y1));
    }

    #[test]
    fn keyboard_steps_between_datapoints() {
        let d = data();
        assert_eq!(neighbour_time(&d, None, true), Some(120));
        assert_eq!(neighbour_time(&d, Some(120), false), Some(60));
        assert_eq!(neighbour_time(&d, Some(60), false), Some(0));
        assert_eq!(neighbour_time(&d, Some(0), false), Some(0), "stays at the first");
        assert_eq!(neighbour_time(&d, Some(120), true), Some(120), "stays at the last");
        assert_eq!(hover_at_time(&d, &AREA, 60).map(|h| h.t), Some(60));
        let empty = ChartData::new(CHARTS[0], vec![], vec![], vec![], 0, 900, 0);
        assert_eq!(neighbour_time(&empty, None, true), None);
    }

    #[test]
    fn nothing_outside_the_plot_or_without_data() {
        let d = data();
        assert!(hover_at(&d, &AREA, 50.0).is_none());
        assert!(hover_at(&d, &AREA, 1001.0).is_none());
        let empty = ChartData::new(CHARTS[0], vec![], vec![], vec![], 0, 900, 0);
        assert!(hover_at(&empty, &AREA, 500.0).is_none());
    }
}
