//! Draws one chart with plotters on its canvas, in device pixels (every length × DPR), styled
//! like the CloudWatch console: panel background, light horizontal grid, few labels, ALARM
//! bands behind the lines, threshold lines, then the series (solid, later ones dashed).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use crate::view_model::charts::data::ChartData;
use crate::view_model::charts::format::{format_tick, hh_mm};
use crate::view_model::charts::hover::PlotArea;
use crate::view_model::charts::marks::MarkKind;
use crate::view_model::charts::palette::Palette;
use crate::view_model::charts::{time_ticks, CanvasSize};

fn rgb(c: (u8, u8, u8)) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// Sizes `canvas` to `size` (× DPR) and draws `d`; returns the plotting rectangle for the
/// crosshair. Setting the size clears the canvas, so this always draws in full.
pub fn draw_chart(
    canvas: &HtmlCanvasElement,
    size: CanvasSize,
    d: &ChartData,
    pal: &Palette,
) -> Result<PlotArea, String> {
    let (bw, bh) = size.backing();
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("canvas has no 2d context")?;
    let root = backend.into_drawing_area();
    let area = plot(&root, size, d, pal).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())?;
    Ok(area)
}

type DrawResult<T> = Result<T, DrawingAreaErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

fn plot(
    root: &DrawingArea<CanvasBackend, Shift>,
    size: CanvasSize,
    d: &ChartData,
    pal: &Palette,
) -> DrawResult<PlotArea> {
    let w = d.window;
    let px = |v: f64| size.px(v);
    let ticks = time_ticks(w.t0, w.t1, d.start_utc_s, ((size.css_w / 90.0) as usize).clamp(2, 7));
    root.fill(&rgb(pal.bg))?;
    let mut chart = ChartBuilder::on(root)
        .margin_top(px(8.0))
        .margin_right(px(20.0))
        .margin_left(px(4.0))
        .x_label_area_size(px(20.0))
        .y_label_area_size(px(48.0))
        .build_cartesian_2d(w.t0..w.t1, w.y0..w.y1)?;
    let start = d.start_utc_s;
    let unit = d.spec.unit;
    let font = ("sans-serif", px(11.0)).into_font().color(&rgb(pal.text));
    let x_font = font.clone().pos(Pos::new(HPos::Center, VPos::Top));
    chart
        .configure_mesh()
        .x_labels(0)
        .y_labels(5)
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(rgb(pal.grid).stroke_width(px(1.0)))
        .axis_style(rgb(pal.axis).stroke_width(px(1.0)))
        .set_all_tick_mark_size(0)
        .label_style(font)
        .y_label_formatter(&|v| format_tick(unit, *v))
        .draw()?;

    let band = rgb(pal.alarm).mix(0.14).filled();
    chart.draw_series(d.bands.iter().map(|(a, b)| Rectangle::new([(*a as f64, w.y0), (*b as f64, w.y1)], band)))?;

    for m in &d.marks {
        let style = rgb(pal.mark(m.kind)).stroke_width(px(1.0));
        let line = [(w.t0, m.value), (w.t1, m.value)];
        match m.kind {
            MarkKind::High => chart.draw_series(LineSeries::new(line, style))?,
            MarkKind::Low | MarkKind::Policy => {
                chart.draw_series(DashedLineSeries::new(line, px(6.0), px(4.0), style))?
            }
        };
    }

    for s in &d.series {
        let style = rgb(pal.series[s.spec.color % pal.series.len()]).stroke_width(px(2.0));
        let pts = s.points.iter().map(|p| (p.t as f64, p.value));
        if s.points.len() == 1 {
            chart.draw_series(pts.map(|xy| Circle::new(xy, px(3.0), style.filled())))?;
        } else if s.spec.dashed {
            chart.draw_series(DashedLineSeries::new(pts, px(7.0), px(4.0), style))?;
        } else {
            chart.draw_series(LineSeries::new(pts, style))?;
        }
    }
    let (xr, yr) = chart.plotting_area().get_pixel_range();
    let area = PlotArea { x0: xr.start as f64, x1: xr.end as f64, y0: yr.start as f64, y1: yr.end as f64 };
    // Time labels on round UTC minutes/hours (plotters' own f64 ticks would be 09:33-like).
    for t in ticks {
        let x = area.x_of(&w, t).round() as i32;
        root.draw(&Text::new(hh_mm(start + t as i64), (x, yr.end + px(5.0) as i32), x_font.clone()))?;
    }
    Ok(area)
}
