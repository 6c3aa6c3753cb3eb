//! The traffic pattern: what it is now, and an editor to choose another kind and its
//! parameters (times in minutes after the start). Applied at the current simulated time.

use leptos::prelude::*;

use crate::app::widgets::{labelled, Select, Tr};

use super::spec_fields::{field_signals, field_values, spec_inputs};
use crate::app::state::use_lab;
use crate::sim::Command;
use crate::view_model::controls::pattern::{build, describe, fields_for, kind_of, KINDS};
use crate::view_model::i18n::Text;

#[component]
pub fn PatternEditor() -> impl IntoView {
    let lab = use_lab();
    let current = Memo::new(move |_| lab.scenario().traffic.pattern);
    let start_kind = match kind_of(&current.get_untracked()) {
        "composite" => "constant",
        k => k,
    };
    let kind = RwSignal::new(start_kind.to_string());
    let message = RwSignal::new(None::<String>);
    // The fields of the chosen kind; the form below is rebuilt when the kind changes.
    let signals = StoredValue::new(Vec::new());
    let form = move || {
        let specs = kind.with(|k| fields_for(k, &current.get_untracked()));
        let fresh = field_signals(&specs);
        let inputs = spec_inputs(specs, &fresh, "pattern-field");
        signals.set_value(fresh);
        inputs
    };
    let apply = move |_| {
        let values = signals.with_value(|s| field_values(s));
        let result = build(lab.lang.get_untracked(), &kind.get_untracked(), &values)
            .and_then(|p| lab.apply(Command::SetTrafficPattern(p)).map_err(|e| e.message));
        message.set(result.err());
    };
    view! {
        <details class="pattern-edit" data-testid="pattern-editor">
            <summary><Tr k=Text::PatternPrefix /> <span data-testid="pattern-now">{move || current.with(|p| describe(lab.lang.get(), p))}</span></summary>
            <div class="settings-grid">
                <label class="field">
                    <span class="field-label"><Tr k=Text::Kind /></span>
                    <Select testid="pattern-kind" options=labelled(KINDS) selected=kind on_change=Callback::new(move |v| kind.set(v)) />
                </label>
                {form}
                <button data-testid="pattern-apply" on:click=apply><Tr k=Text::ApplyPattern /></button>
                <p class="field-msg" data-testid="pattern-msg" role="alert">{move || message.get()}</p>
            </div>
        </details>
    }
}
