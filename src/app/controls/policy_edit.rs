//! The edit form of one policy, rendered from `view_model::policy_form` field specs.

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::sim::{Command, PolicySpec};
use crate::view_model::policy_form::{apply_fields, fields_of, FieldKind};

#[component]
pub fn PolicyEditor(policy: PolicySpec, message: RwSignal<Option<String>>) -> impl IntoView {
    let lab = use_lab();
    let specs = fields_of(&policy);
    let values: Vec<(&'static str, RwSignal<String>)> = specs.iter().map(|f| (f.key, RwSignal::new(f.value.clone()))).collect();
    let values = StoredValue::new(values);
    let save = move |_| {
        let edited: Vec<(&str, String)> = values.with_value(|vs| vs.iter().map(|(k, v)| (*k, v.get_untracked())).collect());
        let result = apply_fields(&policy, &edited).and_then(|p| lab.apply(Command::PutPolicy(p)).map_err(|e| e.message));
        message.set(result.err());
    };
    let inputs = specs
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let v = values.with_value(|vs| vs[i].1);
            let testid = format!("policy-field-{}", f.key);
            let input = match f.kind {
                FieldKind::Text => view! {
                    <input type="text" class="num" data-testid=testid prop:value=move || v.get()
                        on:input=move |ev| v.set(event_target_value(&ev)) />
                }
                .into_any(),
                FieldKind::Toggle => view! {
                    <input type="checkbox" data-testid=testid prop:checked=move || v.get() == "true"
                        on:change=move |ev| v.set(event_target_checked(&ev).to_string()) />
                }
                .into_any(),
                FieldKind::Choice(options) => view! {
                    <select data-testid=testid on:change=move |ev| v.set(event_target_value(&ev))>
                        {options.into_iter().map(|(val, label)| view! {
                            <option value=val selected=move || v.get() == val>{label}</option>
                        }).collect_view()}
                    </select>
                }
                .into_any(),
            };
            view! { <label class="field"><span class="field-label">{f.label}</span>{input}</label> }
        })
        .collect_view();
    view! {
        <details class="policy-edit">
            <summary>"Edit"</summary>
            <div class="settings-grid">
                {inputs}
                <button data-testid="policy-save" on:click=save>"Save policy"</button>
            </div>
        </details>
    }
}
