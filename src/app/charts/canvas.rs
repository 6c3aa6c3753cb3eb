//! `LineChart`: the chart canvas plus a transparent crosshair canvas on top. The chart is
//! redrawn only when its data, its container size, the device pixel ratio or the colour
//! scheme change; pointer moves and arrow keys redraw only the overlay.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use leptos_use::{use_device_pixel_ratio, use_preferred_dark, use_resize_observer};

use super::draw::draw_chart;
use super::overlay::draw_crosshair;
use super::tooltip::Tooltip;
use crate::app::state::use_lab;
use crate::view_model::charts::data::ChartData;
use crate::view_model::charts::hover::{hover_at, hover_at_time, neighbour_time, Hover, PlotArea};
use crate::view_model::charts::palette::Palette;
use crate::view_model::charts::CanvasSize;
use crate::view_model::i18n::chart_keys_label;

#[component]
pub fn LineChart(data: Memo<ChartData>, key: &'static str, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let lab = use_lab();
    let wrap = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let overlay = NodeRef::<Canvas>::new();
    let css_size = RwSignal::new((0.0_f64, 0.0_f64));
    let dpr = use_device_pixel_ratio();
    let dark = use_preferred_dark();
    // What the chart was last drawn at; set only when it changes (a resize, another DPR): the
    // overlay follows it, not every redraw.
    let drawn = RwSignal::new(None::<(CanvasSize, PlotArea)>);
    let pointer_x = StoredValue::new(None::<f64>);
    let hover = RwSignal::new(None::<Hover>);
    use_resize_observer(wrap, move |entries, _| {
        if let Some(e) = entries.first() {
            let r = e.content_rect();
            css_size.set((r.width(), r.height()));
        }
    });
    // The chart: full redraw on data / size / DPR / scheme changes only.
    Effect::new(move |_| {
        let (Some(c), (w, h)) = (canvas.get(), css_size.get()) else { return };
        if w < 1.0 || h < 1.0 {
            return;
        }
        let size = CanvasSize::new(w, h, dpr.get());
        let pal = Palette::new(dark.get());
        let t0 = now_ms();
        data.with(|d| match draw_chart(&c, size, d, &pal) {
            Ok(area) => {
                if drawn.get_untracked() != Some((size, area)) {
                    drawn.set(Some((size, area)));
                }
                let _ = c.set_attribute("data-draw-ms", &format!("{:.2}", now_ms() - t0));
                // Keep the crosshair where the pointer is (or on the same time for keys).
                let kept = match pointer_x.get_value() {
                    Some(x) => hover_at(d, &area, x * size.dpr),
                    None => hover.get_untracked().and_then(|h| hover_at_time(d, &area, h.t)),
                };
                // (only when it moved: each change clears and redraws the overlay canvas)
                if kept != hover.get_untracked() {
                    hover.set(kept);
                }
            }
            Err(e) => leptos::logging::warn!("chart {key} not drawn: {e}"),
        });
    });
    // The overlay: cleared and redrawn on every crosshair change, and when the chart's size or
    // the colour scheme changes.
    Effect::new(move |_| {
        let h = hover.get();
        let (Some(ov), Some((size, area))) = (overlay.get(), drawn.get()) else { return };
        let pal = Palette::new(dark.get());
        data.with_untracked(|d| draw_crosshair(&ov, size, &area, d, &pal, h.as_ref()));
    });
    // Pointer events: a mouse hovers, a finger taps or drags along the chart (the overlay has
    // `touch-action: pan-y`, so a vertical swipe still scrolls the page).
    let on_move = move |ev: PointerEvent| {
        let Some(ov) = overlay.get_untracked() else { return };
        let x = ev.client_x() as f64 - ov.get_bounding_client_rect().left();
        pointer_x.set_value(Some(x));
        let Some((size, area)) = drawn.get_untracked() else { return };
        let h = data.with_untracked(|d| hover_at(d, &area, x * size.dpr));
        if h != hover.get_untracked() {
            hover.set(h);
        }
    };
    // A finger lifting also "leaves": keep the crosshair then, until the next tap elsewhere.
    let on_leave = move |ev: PointerEvent| {
        if ev.pointer_type() == "mouse" {
            pointer_x.set_value(None);
            hover.set(None);
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let forward = match ev.key().as_str() {
            "ArrowRight" => true,
            "ArrowLeft" => false,
            "Escape" => return hover.set(None),
            _ => return,
        };
        ev.prevent_default();
        let Some((_, area)) = drawn.get_untracked() else { return };
        pointer_x.set_value(None);
        let cur = hover.get_untracked().map(|h| h.t);
        hover.set(data.with_untracked(|d| neighbour_time(d, cur, forward).and_then(|t| hover_at_time(d, &area, t))));
    };
    let dpr_now = Signal::derive(move || CanvasSize::new(1.0, 1.0, dpr.get()).dpr);
    let wrap_label = move || label.with(|l| chart_keys_label(lab.lang.get(), l));
    view! {
        <div class="chart-wrap" node_ref=wrap tabindex="0" on:keydown=on_key
            aria-label=wrap_label>
            <canvas node_ref=canvas data-testid=format!("{key}-chart") role="img" aria-label=move || label.get()></canvas>
            <canvas node_ref=overlay class="chart-overlay" data-testid=format!("{key}-chart-overlay") aria-hidden="true"
                on:pointermove=on_move on:pointerdown=on_move on:pointerleave=on_leave></canvas>
            <Tooltip data=data hover=hover key=key dpr=dpr_now css_w=Signal::derive(move || css_size.get().0) />
        </div>
    }
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}
