//! A lane of the compact fleet: one canvas of small cells (colour, a state letter and a CPU
//! fill each) under a text summary of the lane. Redrawn on the lane's turn (see
//! `turn_memo`) and only when a cell changed; a click chooses the instance shown in full.

use leptos::ev::MouseEvent;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use leptos_use::{use_device_pixel_ratio, use_preferred_dark, use_resize_observer};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::app::state::use_lab;
use crate::app::turn::{turn_memo, turns};
use crate::sim::InstanceId;
use crate::view_model::fleet::grid::{lane_cells, lane_summary, pick_label, Cell, Grid, CELL, GAP};

#[component]
pub fn LaneGrid(az: usize, chosen: RwSignal<Option<InstanceId>>) -> impl IntoView {
    let lab = use_lab();
    let canvas = NodeRef::<Canvas>::new();
    let wrap = NodeRef::<Div>::new();
    let width = RwSignal::new(0.0_f64);
    let dpr = use_device_pixel_ratio();
    let dark = use_preferred_dark();
    let cells = turn_memo(lab, turns::lane(az), move |s, _| lane_cells(&s.instances, az));
    use_resize_observer(wrap, move |entries, _| {
        if let Some(w) = entries.first().map(|e| e.content_rect().width()) {
            if (w - width.get_untracked()).abs() >= 0.5 {
                width.set(w);
            }
        }
    });
    Effect::new(move |_| {
        let (Some(c), w) = (canvas.get(), width.get()) else { return };
        if w < 1.0 {
            return; // not measured yet: one column of cells would flash first
        }
        let (ratio, _) = (dpr.get(), dark.get());
        cells.with(|cells| draw(&c, cells, Grid::new(cells.len(), w), ratio, chosen.get()));
    });
    let at = move |ev: &MouseEvent| {
        cells.with_untracked(|cells| {
            let k = Grid::new(cells.len(), width.get_untracked()).hit(
                ev.offset_x() as f64,
                ev.offset_y() as f64,
                cells.len(),
            )?;
            cells.get(k).map(|c| c.id)
        })
    };
    let on_click = move |ev: MouseEvent| {
        if let Some(id) = at(&ev) {
            chosen.set(Some(id));
        }
    };
    // The native tooltip names the instance under the pointer.
    let on_move = move |ev: MouseEvent| {
        let Some(c) = canvas.get_untracked() else { return };
        let title = at(&ev)
            .and_then(|id| {
                lab.snapshot.with_untracked(|s| {
                    s.instances.iter().find(|i| i.id == id).map(|i| pick_label(i, lab.lang.get_untracked()))
                })
            })
            .unwrap_or_default();
        if c.title() != title {
            c.set_title(&title);
        }
    };
    view! {
        <p class="lane-summary" data-testid="lane-summary">{move || cells.with(|c| lane_summary(lab.lang.get(), c))}</p>
        <div class="lane-grid" node_ref=wrap>
            <canvas node_ref=canvas data-testid="lane-grid" data-az=az.to_string() aria-hidden="true"
                on:click=on_click on:mousemove=on_move></canvas>
        </div>
    }
}

/// Draws every cell: background and border in the state's colour, CPU as a fill from the
/// bottom, the state letter, and a thick outline around the chosen instance.
fn draw(canvas: &HtmlCanvasElement, cells: &[Cell], grid: Grid, dpr: f64, chosen: Option<InstanceId>) {
    let dpr = dpr.clamp(1.0, 4.0);
    let (w, h) = (grid.cols as f64 * (CELL + GAP) - GAP, grid.height());
    super::place::place(canvas, &[("width", w), ("height", h)]);
    let (bw, bh) = ((w * dpr).ceil() as u32, (h * dpr).ceil() as u32);
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    let Some(ctx) = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    let css = web_sys::window().and_then(|w| w.get_computed_style(canvas).ok().flatten());
    let var = |name: &str, fallback: &str| {
        css.as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| fallback.into())
    };
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, w, h);
    ctx.set_font("bold 11px system-ui, sans-serif");
    ctx.set_text_align("center");
    ctx.set_text_baseline("middle");
    let (fg, focus) = (var("--fg", "#16191f"), var("--focus", "#0972d3"));
    // Each class's colours, read from the style sheet once per draw (they follow the theme).
    let mut palette: Vec<(&str, String, String)> = Vec::with_capacity(6);
    for (k, cell) in cells.iter().enumerate() {
        let (x, y) = grid.origin(k);
        let i = match palette.iter().position(|p| p.0 == cell.class) {
            Some(i) => i,
            None => {
                let (line, bg) = colours(cell.class);
                palette.push((cell.class, var(line, "#888"), var(bg, "#eee")));
                palette.len() - 1
            }
        };
        let (line, bg) = (&palette[i].1, &palette[i].2);
        ctx.set_fill_style_str(bg);
        ctx.fill_rect(x, y, CELL, CELL);
        let fill = CELL * cell.cpu_pct as f64 / 100.0;
        ctx.set_fill_style_str(line);
        ctx.set_global_alpha(0.45);
        ctx.fill_rect(x, y + CELL - fill, CELL, fill);
        ctx.set_global_alpha(1.0);
        ctx.set_stroke_style_str(line);
        ctx.set_line_width(1.0);
        ctx.stroke_rect(x + 0.5, y + 0.5, CELL - 1.0, CELL - 1.0);
        if !cell.letter.is_empty() {
            ctx.set_fill_style_str(&fg);
            let _ = ctx.fill_text(cell.letter, x + CELL / 2.0, y + CELL / 2.0 + 0.5);
        }
        if chosen == Some(cell.id) {
            ctx.set_stroke_style_str(&focus);
            ctx.set_line_width(2.5);
            ctx.stroke_rect(x + 1.25, y + 1.25, CELL - 2.5, CELL - 2.5);
        }
    }
}

/// The CSS variables of a tile class: (border, background).
fn colours(class: &str) -> (&'static str, &'static str) {
    match class {
        "pending" => ("--pending", "--pending-bg"),
        "warming" => ("--warming", "--warming-bg"),
        "unhealthy" => ("--unhealthy", "--unhealthy-bg"),
        "inservice" => ("--inservice", "--inservice-bg"),
        _ => ("--muted", "--panel"),
    }
}
