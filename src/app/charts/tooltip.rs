//! The crosshair's values as DOM text beside the line: the period's time and each line's
//! value with its swatch (screen readers and tests read it; no canvas text to measure).

use leptos::prelude::*;

use super::legend::Swatch;
use crate::view_model::charts::data::ChartData;
use crate::view_model::charts::format::{format_value, hh_mm};
use crate::view_model::charts::hover::Hover;

#[component]
pub fn Tooltip(
    data: Memo<ChartData>,
    hover: RwSignal<Option<Hover>>,
    key: &'static str,
    dpr: Signal<f64>,
    css_w: Signal<f64>,
) -> impl IntoView {
    let body = move || {
        let h = hover.get()?;
        let x = h.x / dpr.get();
        let flip = x > css_w.get() / 2.0;
        // (set through the style object, not a style attribute: the CSP allows no inline style)
        let left = (!flip).then(|| format!("{:.0}px", x + 10.0));
        let right = flip.then(|| format!("{:.0}px", css_w.get() - x + 10.0));
        let (time, rows) = data.with(|d| {
            let time = hh_mm(d.start_utc_s + h.t as i64);
            let rows: Vec<_> = h
                .values
                .iter()
                .filter_map(|v| {
                    let s = d.series.get(v.series)?;
                    Some((s.spec, format_value(d.spec.unit, v.value)))
                })
                .collect();
            (time, rows)
        });
        Some(view! {
            <div class="chart-tip" data-testid=format!("{key}-chart-tip") style:left=left style:right=right>
                <div class="chart-tip-time">{time} " UTC"</div>
                {rows
                    .into_iter()
                    .map(|(spec, value)| {
                        view! {
                            <div class="chart-tip-row">
                                <Swatch tone=format!("s{}", spec.color) dashed=spec.dashed />
                                <span>{spec.label}</span>
                                <b>{value}</b>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        })
    };
    view! { {body} }
}
