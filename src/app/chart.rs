//! A CloudWatch-style line chart on a canvas, drawn with plotters. It redraws when a new
//! datapoint period starts, when its container is resized and when the device pixel ratio
//! changes — never on every animation frame.

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use leptos_use::{use_device_pixel_ratio, use_resize_observer};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::state::use_lab;
use crate::sim::{Datapoint, Metric, Statistic};
use crate::view_model::chart::{window, CanvasSize, Window};

/// One series as the chart receives it: datapoints, where to draw lines (target, thresholds)
/// and an optional fixed top (CPU: 100 %).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartData {
    pub points: Vec<Datapoint>,
    pub marks: Vec<f64>,
    pub fixed_max: Option<f64>,
    pub now: u64,
    pub range_s: u64,
    pub start_utc_s: i64,
}

/// The group's CPUUtilization (1-minute Average) over the last hour.
#[component]
pub fn CpuChart() -> impl IntoView {
    let lab = use_lab();
    let data = Memo::new(move |_| {
        lab.data_version.track();
        let (now, start) = lab.snapshot.with_untracked(|s| (s.t, s.clock_utc_s - s.t as i64));
        let range_s = 3600;
        let points = lab.with_sim(|sim| sim.series(Metric::CPUUtilization, Statistic::Average, 60, now.saturating_sub(range_s)));
        ChartData { points, marks: vec![], fixed_max: Some(100.0), now, range_s, start_utc_s: start }
    });
    view! {
        <section class="panel chart" aria-labelledby="cpu-h">
            <h2 id="cpu-h">"CPUUtilization (Average, 1 minute)"</h2>
            <LineChart data=data label="CPU utilisation of the group, percent, over the last hour" testid="cpu-chart" />
        </section>
    }
}

#[component]
pub fn LineChart(data: Memo<ChartData>, label: &'static str, testid: &'static str) -> impl IntoView {
    let wrap = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let css_w = RwSignal::new(0.0_f64);
    let dpr = use_device_pixel_ratio();
    use_resize_observer(wrap, move |entries, _| {
        if let Some(e) = entries.first() {
            css_w.set(e.content_rect().width());
        }
    });
    Effect::new(move |_| {
        let (Some(canvas), w) = (canvas.get(), css_w.get()) else { return };
        if w < 1.0 {
            return;
        }
        let size = CanvasSize::new(w, 200.0, dpr.get());
        data.with(|d| draw(&canvas, size, d));
    });
    view! {
        <div class="chart-wrap" node_ref=wrap>
            <canvas node_ref=canvas data-testid=testid role="img" aria-label=label></canvas>
        </div>
    }
}

fn draw(canvas: &HtmlCanvasElement, size: CanvasSize, d: &ChartData) {
    let (bw, bh) = size.backing();
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    let values: Vec<f64> = d.points.iter().map(|p| p.value).collect();
    let w = window(d.now, d.range_s, &values, &d.marks, d.fixed_max);
    if let Err(e) = try_draw(canvas, size, d, w) {
        leptos::logging::warn!("chart not drawn: {e}");
    }
}

fn try_draw(canvas: &HtmlCanvasElement, size: CanvasSize, d: &ChartData, w: Window) -> Result<(), String> {
    let dark = prefers_dark();
    let (bg, fg, grid) = if dark {
        (RGBColor(22, 27, 34), RGBColor(201, 209, 217), RGBColor(48, 54, 61))
    } else {
        (RGBColor(255, 255, 255), RGBColor(65, 77, 92), RGBColor(233, 235, 237))
    };
    let line = RGBColor(31, 119, 180); // CloudWatch's blue line
    let mark = RGBColor(214, 39, 40); // the red threshold line
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("canvas has no 2d context")?;
    let root = backend.into_drawing_area();
    root.fill(&bg).map_err(|e| e.to_string())?;
    let start = d.start_utc_s;
    let font = ("sans-serif", size.px(11.0)).into_font().color(&fg);
    let mut chart = ChartBuilder::on(&root)
        .margin(size.px(8.0))
        .x_label_area_size(size.px(22.0))
        .y_label_area_size(size.px(40.0))
        .build_cartesian_2d(w.t0..w.t1, w.y0..w.y1)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .x_labels(5)
        .y_labels(5)
        .disable_x_mesh()
        .light_line_style(grid.stroke_width(size.px(1.0)))
        .bold_line_style(grid.stroke_width(size.px(1.0)))
        .axis_style(fg.stroke_width(size.px(1.0)))
        .label_style(font)
        .x_label_formatter(&|t| hh_mm(start + *t as i64))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .draw()
        .map_err(|e| e.to_string())?;
    for m in &d.marks {
        chart
            .draw_series(LineSeries::new([(w.t0, *m), (w.t1, *m)], mark.stroke_width(size.px(1.0))))
            .map_err(|e| e.to_string())?;
    }
    chart
        .draw_series(LineSeries::new(d.points.iter().map(|p| (p.t as f64, p.value)), line.stroke_width(size.px(2.0))))
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}

fn hh_mm(unix_s: i64) -> String {
    let s = unix_s.rem_euclid(86_400);
    format!("{:02}:{:02}", s / 3600, (s / 60) % 60)
}

fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}
