//! One `<select>` for the whole console: every drop-down (speed, language, time range,
//! pattern and policy kinds, spike size, stress duration, form choices) is this component.
//! A drop-down written out at each site compiled its own option list and two reactive
//! closures per option; one component compiles them once.

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::view_model::i18n::{tr, Text};

/// A `<select>` over `options` (`(value, label)`, labels already in the current language, so
/// a language switch re-lists them); `selected` is the chosen value, `on_change` gets the new
/// one. `label` is the accessible name when no visible `<label>` wraps the select.
#[component]
pub fn Select(
    #[prop(into)] testid: String,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] selected: Signal<String>,
    on_change: Callback<String>,
    #[prop(optional, into)] label: Option<Signal<String>>,
) -> impl IntoView {
    view! {
        <select data-testid=testid aria-label=move || label.map(|l| l.get())
            on:change=move |ev| on_change.run(event_target_value(&ev))>
            {move || {
                options
                    .get()
                    .into_iter()
                    .map(|(v, l)| {
                        let v2 = v.clone();
                        view! { <option value=v selected=move || selected.with(|s| *s == v2)>{l}</option> }
                    })
                    .collect_view()
            }}
        </select>
    }
}

/// Options for [`Select`] from `(value, label key)` pairs, labelled in the current language.
pub fn labelled<V: ToString>(items: impl IntoIterator<Item = (V, Text)>) -> Signal<Vec<(String, String)>> {
    labelled_strings(items.into_iter().map(|(v, l)| (v.to_string(), l)).collect())
}

// Not generic, so the reactive closure is compiled once for every caller.
fn labelled_strings(items: Vec<(String, Text)>) -> Signal<Vec<(String, String)>> {
    let lab = use_lab();
    Signal::derive(move || items.iter().map(|(v, l)| (v.clone(), tr(lab.lang.get(), *l).to_string())).collect())
}
