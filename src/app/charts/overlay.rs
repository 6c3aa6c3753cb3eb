//! The crosshair layer: a transparent canvas stacked on the chart, redrawn alone on pointer
//! moves (the chart below is not touched). Plain 2D-context calls, no text, no plotters.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::view_model::charts::data::ChartData;
use crate::view_model::charts::hover::{Hover, PlotArea};
use crate::view_model::charts::palette::Palette;
use crate::view_model::charts::CanvasSize;

fn css(c: (u8, u8, u8)) -> String {
    format!("rgb({},{},{})", c.0, c.1, c.2)
}

/// Clears the overlay (resized to the chart's backing store) and draws `hover`, if any.
pub fn draw_crosshair(
    canvas: &HtmlCanvasElement,
    size: CanvasSize,
    area: &PlotArea,
    d: &ChartData,
    pal: &Palette,
    hover: Option<&Hover>,
) {
    let (bw, bh) = size.backing();
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    let Some(ctx) = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    ctx.clear_rect(0.0, 0.0, bw as f64, bh as f64);
    let Some(h) = hover else { return };
    let x = h.x.round() + 0.5;
    ctx.set_line_width(size.px(1.0) as f64);
    ctx.set_stroke_style_str(&css(pal.text));
    ctx.set_line_dash(&js_sys::Array::of2(&(3.0 * size.dpr).into(), &(3.0 * size.dpr).into())).ok();
    ctx.begin_path();
    ctx.move_to(x, area.y0);
    ctx.line_to(x, area.y1);
    ctx.stroke();
    ctx.set_line_dash(&js_sys::Array::new()).ok();
    let r = size.px(4.0) as f64;
    for v in &h.values {
        let colour = d.series.get(v.series).map(|s| pal.series[s.spec.color % pal.series.len()]).unwrap_or(pal.text);
        ctx.begin_path();
        ctx.arc(h.x, v.y, r, 0.0, std::f64::consts::TAU).ok();
        ctx.set_fill_style_str(&css(colour));
        ctx.fill();
        ctx.set_line_width(size.px(1.5) as f64);
        ctx.set_stroke_style_str(&css(pal.bg));
        ctx.stroke();
    }
}
