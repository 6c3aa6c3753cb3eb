//! The gallery of ready scenarios: each with the one line it teaches, and a button that
//! starts a new run of it.

use leptos::prelude::*;

use crate::app::widgets::Tr;

use crate::app::state::use_lab;
use crate::view_model::i18n::{tr, Text};
use crate::view_model::presets::all;

#[component]
pub fn PresetGallery() -> impl IntoView {
    let lab = use_lab();
    let open = RwSignal::new(false);
    let cards = all()
        .into_iter()
        .map(|p| {
            let scenario = p.scenario.clone();
            let (title, lesson) = (p.title, p.lesson);
            view! {
                <li class="preset" data-testid="preset" data-preset=p.id>
                    <strong>{move || tr(lab.lang.get(), title)}</strong>
                    <p class="muted">{move || tr(lab.lang.get(), lesson)}</p>
                    <button class="small" data-testid="preset-open"
                        aria-label=move || format!("{}: {}", tr(lab.lang.get(), Text::Open), tr(lab.lang.get(), title))
                        on:click=move |_| {
                            lab.load(scenario.clone());
                            lab.load_notice.set(None);
                            open.set(false);
                        }><Tr k=Text::Open /></button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="panel presets" data-testid="presets" prop:open=move || open.get()
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary><Tr k=Text::Scenarios /></summary>
            <ul class="preset-list">{cards}</ul>
        </details>
    }
}
