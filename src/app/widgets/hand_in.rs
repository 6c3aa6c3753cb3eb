//! [`HandInForm`]: a name, the Hand in button and the link to send, as a challenge's result
//! card and the guided lab both offer it (the link is the caller's: widgets know no page).

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::view_model::i18n::{tr, Text};

/// The hand-in form; `link(name)` makes the link to send.
#[component]
pub fn HandInForm(
    /// the name, as typed (the caller may fill it)
    name: RwSignal<String>,
    /// test ids `<ids>-name` and `<ids>-link`
    ids: &'static str,
    /// the button's test id
    button: &'static str,
    /// the hand-in's link for a name
    link_for: Callback<String, String>,
) -> impl IntoView {
    let lab = use_lab();
    let link = RwSignal::new(String::new());
    let make = move |_| link.set(link_for.run(name.get_untracked()));
    view! {
        <label class="field"><span><Tr k=Text::ChName /></span>
            <input type="text" data-testid=format!("{ids}-name") maxlength="64" prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev)) />
        </label>
        <button class="primary" data-testid=button on:click=make><Tr k=Text::ChHandIn /></button>
        <input type="text" readonly data-testid=format!("{ids}-link") hidden=move || link.with(String::is_empty)
            aria-label=move || tr(lab.lang.get(), Text::ChHandInLink) prop:value=move || link.get() />
    }
}
