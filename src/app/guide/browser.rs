//! The browser pane: open the load balancer's DNS name and see what a visitor gets — the
//! WordPress page, the load balancer's 502 / 503 / 504, or no answer at all.

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::view_model::guide::page_text;
use crate::view_model::i18n::{tr, Text};

#[component]
pub fn BrowserPane() -> impl IntoView {
    let lab = use_lab();
    let address = RwSignal::new(String::new());
    let opened = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        // the newest load balancer's name fills the address bar once it exists
        if let Some(Some(dns)) = lab.with_account(|a| a.load_balancers().last().map(|l| l.dns.clone())) {
            if address.get_untracked().is_empty() {
                address.set(dns);
            }
        }
    });
    // what the page shows now (re-read as the account changes: targets turn healthy)
    let page = move || {
        let dns = opened.get()?;
        let host = dns.trim().trim_start_matches("http://").trim_end_matches('/').to_string();
        lab.with_account(|a| page_text(lab.lang.get(), &a.browse(&host)))
    };
    view! {
        <section class="browser" data-testid="browser">
            <h4><Tr k=Text::BrowserTitle /></h4>
            <div class="browser-bar">
                <input type="url" data-testid="browser-address" aria-label=move || tr(lab.lang.get(), Text::BrowserTitle)
                    prop:value=move || address.get() on:input=move |ev| address.set(event_target_value(&ev))
                    on:keydown=move |ev| if ev.key() == "Enter" { opened.set(Some(address.get_untracked())) } />
                <button data-testid="browser-open" on:click=move |_| opened.set(Some(address.get_untracked()))>
                    <Tr k=Text::BrowserOpen />
                </button>
            </div>
            <p data-testid="browser-page" aria-live="polite" class=move || page().map_or("page", |p| if p.0 == "ok" { "page ok" } else { "page error" })>
                {move || page().map(|p| p.1)}
            </p>
        </section>
    }
}
