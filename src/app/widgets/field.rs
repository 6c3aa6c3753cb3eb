//! A labelled text field with its message underneath: the building block of the forms.

use leptos::prelude::*;

use super::select::Select;
use crate::app::state::use_lab;
use crate::view_model::i18n::{tr, Text};

/// A text input bound to `value`, with `message` (an error) shown at the field.
#[component]
pub fn Field(
    label: Text,
    testid: &'static str,
    value: RwSignal<String>,
    #[prop(optional, into)] message: Signal<Option<String>>,
    #[prop(optional)] unit: Option<Text>,
    #[prop(optional, into)] on_enter: Option<Callback<()>>,
    /// free text (a name), not a number
    #[prop(optional)]
    text: bool,
) -> impl IntoView {
    let lab = use_lab();
    let msg_id = format!("{testid}-msg");
    view! {
        <label class="field">
            <span class="field-label">{move || tr(lab.lang.get(), label)}</span>
            <span class="field-input">
                <input
                    type="text"
                    inputmode=if text { "text" } else { "numeric" }
                    class=if text { "text" } else { "num" }
                    data-testid=testid
                    aria-describedby=msg_id.clone()
                    aria-invalid=move || message.with(|m| m.is_some()).to_string()
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            if let Some(cb) = on_enter {
                                cb.run(());
                            }
                        }
                    }
                />
                <span class="unit">{move || unit.map(|u| tr(lab.lang.get(), u))}</span>
            </span>
            <span id=msg_id class="field-msg" data-testid=format!("{testid}-msg") role="alert">
                {move || message.get()}
            </span>
        </label>
    }
}

/// A `<select>` over `(value, label)` options, calling `on_change` with the chosen value. The
/// options are a signal so that their labels follow the language.
#[component]
pub fn Choice(
    label: Text,
    testid: &'static str,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] selected: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let lab = use_lab();
    view! {
        <label class="field">
            <span class="field-label">{move || tr(lab.lang.get(), label)}</span>
            <Select testid=testid options=options selected=selected on_change=on_change />
        </label>
    }
}
