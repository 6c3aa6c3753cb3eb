//! The trace import's choices: what a value stands for, the period of plain numbers, the CSV
//! value column, where the trace starts, a peak to scale to, and looping.

use leptos::prelude::*;

use crate::app::widgets::Tr;
use crate::trace::Per;
use crate::view_model::i18n::Text;

/// The choices (each a signal the import panel builds from).
#[component]
pub fn TraceOptions(
    /// what a value stands for
    per: RwSignal<Per>,
    /// the period of one number a line [s], as typed
    period: RwSignal<String>,
    /// the CSV value column [from 1], as typed
    column: RwSignal<String>,
    /// start at the trace's own time
    own_start: RwSignal<bool>,
    /// the peak to scale to [req/s], as typed (empty: as recorded)
    peak: RwSignal<String>,
    /// start over after the last point
    looped: RwSignal<bool>,
    /// the file is plain numbers (no times: the period is asked, the start is the lab's)
    numbers: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="settings-grid trace-options">
            <label class="field"><span><Tr k=Text::TracePer /></span>
                <select data-testid="trace-per" on:change=move |ev| per.set(if event_target_value(&ev) == "second" { Per::Second } else { Per::Period })>
                    <option value="period" selected=move || per.get() == Per::Period><Tr k=Text::TracePerPeriod /></option>
                    <option value="second" selected=move || per.get() == Per::Second><Tr k=Text::TracePerSecond /></option>
                </select>
            </label>
            <label class="field" hidden=move || !numbers.get()><span><Tr k=Text::TracePeriod /></span>
                <input type="text" class="num" inputmode="numeric" data-testid="trace-period" prop:value=move || period.get() on:input=move |ev| period.set(event_target_value(&ev)) />
            </label>
            <label class="field"><span><Tr k=Text::TraceColumn /></span>
                <input type="text" class="num" inputmode="numeric" data-testid="trace-column" prop:value=move || column.get() on:input=move |ev| column.set(event_target_value(&ev)) />
            </label>
            <label class="field" hidden=move || numbers.get()><span><Tr k=Text::TraceStart /></span>
                <select data-testid="trace-start" on:change=move |ev| own_start.set(event_target_value(&ev) == "own")>
                    <option value="own" selected=move || own_start.get()><Tr k=Text::TraceOwnStart /></option>
                    <option value="lab" selected=move || !own_start.get()><Tr k=Text::TraceLabStart /></option>
                </select>
            </label>
            <label class="field"><span><Tr k=Text::TracePeak /></span>
                <input type="text" class="num" inputmode="decimal" data-testid="trace-peak" prop:value=move || peak.get() on:input=move |ev| peak.set(event_target_value(&ev)) />
            </label>
            <label class="check">
                <input type="checkbox" data-testid="trace-loop" prop:checked=move || looped.get() on:change=move |ev| looped.set(event_target_checked(&ev)) />
                <Tr k=Text::TraceLoop />
            </label>
        </div>
    }
}
