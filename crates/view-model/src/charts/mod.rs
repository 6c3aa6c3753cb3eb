//! The metric charts behind `src/app/charts`. This module holds what every CloudWatch-style
//! chart shares: the time window, the y range, the x-axis ticks and the backing-store size on
//! high-DPI screens. Pure, so the canvas code in `src/app` only draws.
//!
//! - [`spec`]: which metrics each chart shows, the periods, and the data one chart draws
//! - [`marks`]: alarm threshold lines and ALARM bands
//! - [`palette`]: the canvas colours, light and dark
//! - [`hover`]: the crosshair, from a pointer position to the values under it
//! - [`format`](mod@format): chart values as text (axis labels, readouts)

pub mod data;
pub mod format;
pub mod hover;
pub mod marks;
pub mod palette;
pub mod spec;

/// Size of a chart's canvas: CSS pixels on the page, device pixels in its backing store.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CanvasSize {
    /// Width and height on the page [CSS px].
    pub css_w: f64,
    /// Height on the page [CSS px].
    pub css_h: f64,
    /// `window.devicePixelRatio`, sanitised to 1…4.
    pub dpr: f64,
}

impl CanvasSize {
    /// A size with each value clamped to a sane range (a default when it is not finite).
    pub fn new(css_w: f64, css_h: f64, dpr: f64) -> Self {
        let fix = |v: f64, lo: f64, hi: f64, d: f64| if v.is_finite() { v.clamp(lo, hi) } else { d };
        Self {
            css_w: fix(css_w, 1.0, 8192.0, 300.0),
            css_h: fix(css_h, 1.0, 4096.0, 150.0),
            dpr: fix(dpr, 1.0, 4.0, 1.0),
        }
    }

    /// Backing-store size [device px]: what `canvas.width/height` must be for crisp lines.
    pub fn backing(&self) -> (u32, u32) {
        ((self.css_w * self.dpr).round() as u32, (self.css_h * self.dpr).round() as u32)
    }

    /// A length given in CSS px (font size, margin, stroke) in device px.
    pub fn px(&self, css_px: f64) -> u32 {
        (css_px * self.dpr).round().max(1.0) as u32
    }
}

/// The x (time) and y (value) ranges a chart shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    /// Left and right edge [simulated s since start].
    pub t0: f64,
    /// Right edge [simulated s since start].
    pub t1: f64,
    /// Bottom and top of the value axis.
    pub y0: f64,
    /// Top of the value axis.
    pub y1: f64,
}

/// A window ending at `now` [s] spanning `range_s` [s], with a y range that fits `values` and
/// every `marks` line (targets, thresholds), rounded up to a readable number. With `fixed_max`
/// (CPU: 100 %) the top never goes past it.
pub fn window(now: u64, range_s: u64, values: &[f64], marks: &[f64], fixed_max: Option<f64>) -> Window {
    let range_s = range_s.max(60) as f64;
    let t1 = (now as f64).max(range_s);
    let top = values.iter().chain(marks).copied().filter(|v| v.is_finite()).fold(0.0_f64, f64::max);
    let y1 = match fixed_max {
        Some(m) => m,
        None => nice_ceil(top * 1.1),
    };
    Window { t0: t1 - range_s, t1, y0: 0.0, y1 }
}

/// Smallest of 1, 2, 2.5, 5 × 10^k that is ≥ `v`; 1 for nothing (zero, negative, NaN), so a
/// latency of 30 ms or a cost of $0.18 still fills the chart.
pub fn nice_ceil(v: f64) -> f64 {
    if !v.is_finite() || v <= 0.0 {
        return 1.0;
    }
    let mag = 10f64.powf(v.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * mag >= v {
            return m * mag;
        }
    }
    10.0 * mag
}

/// Tick times [s since start] for the x axis: at most `max` ticks, on round UTC minutes/hours
/// (a step of 1, 2, 5, 10, 15, 30 min or 1, 2, 3, 6, 12 h), like the console's time axis.
pub fn time_ticks(t0: f64, t1: f64, start_utc_s: i64, max: usize) -> Vec<f64> {
    const STEPS: [i64; 11] = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200];
    let span = (t1 - t0).max(1.0);
    let max = max.max(1) as f64;
    let step = STEPS.iter().copied().find(|s| span / *s as f64 <= max).unwrap_or(86_400);
    let first = (start_utc_s + t0.ceil() as i64).div_euclid(step) * step;
    let mut out = Vec::new();
    let mut u = first;
    while ((u - start_utc_s) as f64) <= t1 {
        let t = (u - start_utc_s) as f64;
        if t >= t0 {
            out.push(t);
        }
        u += step;
    }
    out
}

/// Console time ranges (label, seconds).
pub const RANGES: [(&str, u64); 5] = [("15m", 900), ("1h", 3600), ("3h", 10_800), ("12h", 43_200), ("1d", 86_400)];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backing_store_follows_device_pixel_ratio() {
        let s = CanvasSize::new(600.0, 240.0, 2.0);
        assert_eq!(s.backing(), (1200, 480));
        assert_eq!(s.px(12.0), 24);
        let s = CanvasSize::new(600.0, 240.0, f64::NAN);
        assert_eq!(s.backing(), (600, 240));
        assert_eq!(CanvasSize::new(0.0, -3.0, 1.0).backing(), (1, 1));
    }

    #[test]
    fn window_ends_now_and_fits_values_and_marks() {
        let w = window(7200, 3600, &[10.0, 73.0], &[50.0], None);
        assert_eq!((w.t0, w.t1), (3600.0, 7200.0));
        assert_eq!(w.y1, 100.0);
        let w = window(7200, 3600, &[10.0, 73.0], &[50.0], Some(100.0));
        assert_eq!(w.y1, 100.0);
        // At the start of a run the window still spans the full range.
        let w = window(30, 900, &[], &[], None);
        assert_eq!((w.t0, w.t1, w.y1), (0.0, 900.0, 1.0));
    }

    #[test]
    fn nice_numbers() {
        assert_eq!(nice_ceil(0.3), 0.5);
        assert_eq!(nice_ceil(0.033), 0.05);
        assert_eq!(nice_ceil(0.0), 1.0);
        assert_eq!(nice_ceil(3.0), 5.0);
        assert_eq!(nice_ceil(21.0), 25.0);
        assert_eq!(nice_ceil(180.0), 200.0);
        assert_eq!(nice_ceil(f64::NAN), 1.0);
    }

    #[test]
    fn time_ticks_fall_on_round_utc_times() {
        // Start 09:00:00 UTC; a 1 h window from +0 s with at most 5 labels → every 15 min.
        let start = 1_767_258_000;
        assert_eq!(time_ticks(0.0, 3600.0, start, 5), vec![0.0, 900.0, 1800.0, 2700.0, 3600.0]);
        // A start at 09:07:30: ticks on :10, :15, … of UTC, not on the window edge.
        let t = time_ticks(0.0, 900.0, start + 450, 4);
        assert_eq!(t, vec![150.0, 450.0, 750.0]);
        // A day → 6 h steps.
        assert_eq!(time_ticks(0.0, 86_400.0, start, 5).len(), 4);
        assert!(time_ticks(0.0, 60.0, start, 0).len() <= 2);
    }
}
