//! The console's time-range and period selectors: real `<select>`s with labels.

use leptos::prelude::*;

use crate::app::Tr;

use super::specs::ChartSettings;
use crate::app::state::use_lab;
use crate::view_model::chart::RANGES;
use crate::view_model::charts_spec::PERIODS;
use crate::view_model::i18n::{minutes, range_label, tr, Text};

#[component]
pub fn ChartControls(settings: ChartSettings, #[prop(into)] basic: Signal<bool>) -> impl IntoView {
    let ChartSettings { range_s, period_s } = settings;
    let lab = use_lab();
    let lang = move || lab.lang.get();
    let t = move |key: Text| tr(lang(), key);
    view! {
        <div class="chart-controls" role="group" aria-label=move || t(Text::ChartControls)>
            <label>
                <Tr k=Text::TimeRange />
                <select data-testid="chart-range" on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<u64>() { range_s.set(v) }
                }>
                    {RANGES.iter().map(|(name, s)| {
                        let s = *s;
                        let name = *name;
                        view! { <option value=s.to_string() selected=move || range_s.get() == s>{move || range_label(lang(), s, name)}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>
                <Tr k=Text::Period />
                <select data-testid="chart-period" on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<u32>() { period_s.set(v) }
                }>
                    {PERIODS.iter().map(|(_, s)| {
                        let s = *s;
                        view! { <option value=s.to_string() selected=move || period_s.get() == s>{move || minutes(lang(), s as u64 / 60)}</option> }
                    }).collect_view()}
                </select>
            </label>
            <Show when=move || basic.get()>
                <span class="chart-note" data-testid="chart-basic-note">
                    <Tr k=Text::BasicMonitoringNote />
                </span>
            </Show>
        </div>
    }
}
