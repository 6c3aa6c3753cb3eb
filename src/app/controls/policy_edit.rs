//! The edit form of one policy, rendered from `view_model::controls::policy_edit` field specs.

use leptos::prelude::*;

use crate::app::widgets::Tr;

use super::spec_fields::{field_signals, field_values, spec_inputs};
use crate::app::state::use_lab;
use crate::sim::{Command, PolicySpec};
use crate::view_model::controls::policy_edit::{apply_fields, fields_of};
use crate::view_model::i18n::Text;

#[component]
pub fn PolicyEditor(policy: PolicySpec, message: RwSignal<Option<String>>) -> impl IntoView {
    let lab = use_lab();
    let specs = fields_of(&policy);
    let signals = field_signals(&specs);
    let inputs = spec_inputs(specs, &signals, "policy-field");
    let signals = StoredValue::new(signals);
    let save = move |_| {
        let edited = signals.with_value(|s| field_values(s));
        let result = apply_fields(lab.lang.get_untracked(), &policy, &edited)
            .and_then(|p| lab.apply(Command::PutPolicy(p)).map_err(|e| e.message));
        message.set(result.err());
    };
    view! {
        <details class="policy-edit">
            <summary><Tr k=Text::Edit /></summary>
            <div class="settings-grid">
                {inputs}
                <button data-testid="policy-save" on:click=save><Tr k=Text::SavePolicy /></button>
            </div>
        </details>
    }
}
