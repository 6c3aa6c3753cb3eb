//! Renders a list of `FieldSpec`s (text, checkbox or select) bound to one signal each: the
//! generic body of the policy and traffic-pattern editors.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::{labelled, Select};
use crate::view_model::controls::spec_fields::{FieldKind, FieldSpec};
use crate::view_model::i18n::tr;

/// One signal per field, in the order of `specs`, holding the field's text.
pub fn field_signals(specs: &[FieldSpec]) -> Vec<(&'static str, RwSignal<String>)> {
    specs.iter().map(|f| (f.key, RwSignal::new(f.value.clone()))).collect()
}

/// The current texts of `signals` as (key, text) pairs.
pub fn field_values(signals: &[(&'static str, RwSignal<String>)]) -> Vec<(&'static str, String)> {
    signals.iter().map(|(k, v)| (*k, v.get_untracked())).collect()
}

/// Labelled inputs for `specs`, each bound to its signal; test ids are `{prefix}-{key}`.
/// Labels follow the language.
pub fn spec_inputs(
    specs: Vec<FieldSpec>,
    signals: &[(&'static str, RwSignal<String>)],
    prefix: &'static str,
) -> impl IntoView {
    let lab = use_lab();
    let t = move |key| tr(lab.lang.get(), key);
    specs
        .into_iter()
        .zip(signals.iter().map(|(_, s)| *s))
        .map(|(f, v)| {
            let testid = format!("{prefix}-{}", f.key);
            let input = match f.kind {
                FieldKind::Text => EitherOf3::A(view! {
                    <input type="text" class="num" data-testid=testid prop:value=move || v.get()
                        on:input=move |ev| v.set(event_target_value(&ev)) />
                }),
                FieldKind::Toggle => EitherOf3::B(view! {
                    <input type="checkbox" data-testid=testid prop:checked=move || v.get() == "true"
                        on:change=move |ev| v.set(event_target_checked(&ev).to_string()) />
                }),
                FieldKind::Choice(options) => EitherOf3::C(view! {
                    <Select testid=testid options=labelled(options) selected=v on_change=Callback::new(move |x| v.set(x)) />
                }),
            };
            let label = f.label;
            view! { <label class="field"><span class="field-label">{move || t(label)}</span>{input}</label> }
        })
        .collect_view()
}
