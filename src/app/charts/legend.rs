//! The legend in the DOM: a swatch (colour and dash pattern) and text per line, threshold and
//! ALARM band, so colour is never the only signal.

use leptos::either::Either;
use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::view_model::charts::data::ChartData;
use crate::view_model::charts::marks::MarkKind;
use crate::view_model::i18n::{tr, Text};

/// A short line sample in `tone`'s colour, solid or dashed. `tone` names a chart colour of the
/// stylesheet: `s0`–`s4` (a series), `alarm` or `policy` (`.swatch.tone-…` in style/main.css,
/// so the colour needs no inline style, and the static first view's copy keeps it).
#[component]
pub fn Swatch(tone: String, dashed: bool, #[prop(optional)] band: bool) -> impl IntoView {
    let dash = if dashed { "5 3" } else { "none" };
    view! {
        <svg class=format!("swatch tone-{tone}") width="24" height="10" viewBox="0 0 24 10" aria-hidden="true">
            {if band {
                Either::Left(view! { <rect x="0" y="0" width="24" height="10" /> })
            } else {
                Either::Right(view! { <line x1="0" y1="5" x2="24" y2="5" stroke-width="2" stroke-dasharray=dash /> })
            }}
        </svg>
    }
}

#[component]
pub fn Legend(data: Memo<ChartData>, key: &'static str) -> impl IntoView {
    let lab = use_lab();
    // A memo: the chart's data changes every few frames, its legend almost never; rebuilding the
    // swatches on each change re-laid-out and repainted the page every frame (issue 26).
    let items = Memo::new(move |_| {
        let lang = lab.lang.get();
        data.with(|d| {
            let mut items: Vec<(String, bool, bool, String)> = d
                .series
                .iter()
                .map(|s| (format!("s{}", s.spec.color), s.spec.dashed, false, s.spec.label.to_string()))
                .collect();
            for m in &d.marks {
                let (color, dashed) = match m.kind {
                    MarkKind::High => ("alarm", false),
                    MarkKind::Low => ("alarm", true),
                    MarkKind::Policy => ("policy", true),
                };
                items.push((color.to_string(), dashed, false, m.label.clone()));
            }
            if d.marks.iter().any(|m| m.kind != MarkKind::Low) {
                items.push(("alarm".into(), false, true, tr(lang, Text::InAlarmBand).into()));
            }
            items
        })
    });
    view! {
        <ul class="chart-legend" data-testid=format!("{key}-chart-legend")>
            {move || {
                items
                    .get()
                    .into_iter()
                    .map(|(tone, dashed, band, text)| {
                        view! { <li><Swatch tone=tone dashed=dashed band=band /> <span>{text}</span></li> }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
