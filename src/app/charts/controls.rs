//! The console's time-range and period selectors: real `<select>`s with labels.

use leptos::prelude::*;

use super::specs::ChartSettings;
use crate::view_model::chart::RANGES;
use crate::view_model::charts_spec::PERIODS;

#[component]
pub fn ChartControls(settings: ChartSettings, #[prop(into)] basic: Signal<bool>) -> impl IntoView {
    let ChartSettings { range_s, period_s } = settings;
    view! {
        <div class="chart-controls" role="group" aria-label="Chart time range and period">
            <label>
                "Time range "
                <select data-testid="chart-range" on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<u64>() { range_s.set(v) }
                }>
                    {RANGES.iter().map(|(name, s)| {
                        let s = *s;
                        view! { <option value=s.to_string() selected=move || range_s.get() == s>{*name}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>
                "Period "
                <select data-testid="chart-period" on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<u32>() { period_s.set(v) }
                }>
                    {PERIODS.iter().map(|(name, s)| {
                        let s = *s;
                        view! { <option value=s.to_string() selected=move || period_s.get() == s>{*name}</option> }
                    }).collect_view()}
                </select>
            </label>
            <Show when=move || basic.get()>
                <span class="chart-note" data-testid="chart-basic-note">
                    "Basic monitoring: EC2 metrics (CPUUtilization) have 5-minute datapoints only."
                </span>
            </Show>
        </div>
    }
}
