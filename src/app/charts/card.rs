//! One chart card: title, the latest values as text, the legend and the canvas.

use leptos::html::Section;
use leptos::prelude::*;
use leptos_use::use_element_visibility;

use super::canvas::LineChart;
use super::legend::Legend;
use super::specs::{chart_memo, ChartSettings};
use crate::app::next_frame::use_next_frame;
use crate::app::state::use_lab;
use crate::view_model::charts::data::ChartData;
use crate::view_model::charts::format::{format_value, hh_mm};
use crate::view_model::charts::spec::ChartSpec;
use crate::view_model::i18n::{chart_label, latest_values, minutes, tr, Lang, Text};

/// "Latest (09:14 UTC): CPUUtilization (Average) 63 %", or why there is nothing yet.
fn latest_text(lang: Lang, d: &ChartData) -> String {
    let newest = d.series.iter().filter_map(|s| s.points.last().map(|p| p.t)).max();
    let Some(t) = newest else { return tr(lang, Text::NoDatapointYet).into() };
    let values: Vec<String> = d
        .latest()
        .into_iter()
        .map(|(label, v)| format!("{label} {}", v.map(|v| format_value(d.spec.unit, v)).unwrap_or_else(|| "–".into())))
        .collect();
    latest_values(lang, &hh_mm(d.start_utc_s + t as i64), &values.join(", "))
}

/// The chart's title: AWS metric names stay, the lab's own titles are translated.
fn title(lang: Lang, spec: &ChartSpec) -> &'static str {
    match spec.key {
        "instances" => tr(lang, Text::ChartGroupInstances),
        "errors" => tr(lang, Text::Chart5xx),
        _ => spec.title,
    }
}

#[component]
pub fn ChartCard(spec: ChartSpec, settings: ChartSettings, position: usize) -> impl IntoView {
    let lab = use_lab();
    let card = NodeRef::<Section>::new();
    let data = chart_memo(lab, spec, settings, position, use_element_visibility(card));
    let period_note = move || {
        data.with(|d| {
            let p = d.series.iter().map(|s| s.period_s).max().unwrap_or(60);
            minutes(lab.lang.get(), p as u64 / 60)
        })
    };
    // The latest values as text, a frame after the canvas (`use_next_frame`).
    let latest = use_next_frame(Memo::new(move |_| data.with(|d| latest_text(lab.lang.get(), d))));
    let label = Signal::derive(move || chart_label(lab.lang.get(), title(lab.lang.get(), &spec)));
    let heading = format!("{}-chart-h", spec.key);
    let labelled_by = heading.clone();
    view! {
        <section class="chart-card" node_ref=card aria-labelledby=labelled_by>
            <h3 id=heading>{move || title(lab.lang.get(), &spec)} <span class="chart-period">" · " {period_note}</span></h3>
            <p class="chart-latest" data-testid=format!("chart-latest-{}", spec.key)>{latest}</p>
            <Legend data=data key=spec.key />
            <LineChart data=data key=spec.key label=label />
        </section>
    }
}
