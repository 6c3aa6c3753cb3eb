//! The console's time-range and period selectors: real `<select>`s with labels.

use leptos::prelude::*;

use crate::app::widgets::{Select, Tr};

use super::specs::ChartSettings;
use crate::app::state::use_lab;
use crate::view_model::charts::spec::PERIODS;
use crate::view_model::charts::RANGES;
use crate::view_model::i18n::{minutes, range_label, tr, Text};

#[component]
pub fn ChartControls(settings: ChartSettings, #[prop(into)] basic: Signal<bool>) -> impl IntoView {
    let ChartSettings { range_s, period_s } = settings;
    let lab = use_lab();
    let lang = move || lab.lang.get();
    let t = move |key: Text| tr(lang(), key);
    let ranges = Signal::derive(move || {
        RANGES.iter().map(|(_, s)| (s.to_string(), range_label(lang(), *s))).collect::<Vec<_>>()
    });
    let periods = Signal::derive(move || {
        PERIODS.iter().map(|(_, s)| (s.to_string(), minutes(lang(), u64::from(*s) / 60))).collect::<Vec<_>>()
    });
    view! {
        <div class="chart-controls" role="group" aria-label=move || t(Text::ChartControls)>
            <label>
                <Tr k=Text::TimeRange />
                <Select testid="chart-range" options=ranges selected=Signal::derive(move || range_s.get().to_string())
                    on_change=Callback::new(move |v: String| if let Ok(v) = v.parse::<u64>() { range_s.set(v) }) />
            </label>
            <label>
                <Tr k=Text::Period />
                <Select testid="chart-period" options=periods selected=Signal::derive(move || period_s.get().to_string())
                    on_change=Callback::new(move |v: String| if let Ok(v) = v.parse::<u32>() { period_s.set(v) }) />
            </label>
            <span class="chart-note" data-testid="chart-basic-note" hidden=move || !basic.get()>
                <Tr k=Text::BasicMonitoringNote />
            </span>
        </div>
    }
}
