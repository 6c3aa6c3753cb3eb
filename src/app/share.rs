//! Sharing a run: the address bar follows the scenario as it is edited (history *replace*,
//! never a new entry, never a scroll), a "Copy link" that includes the current simulated time,
//! and the notice that lists what a link asked for and did not get.

use leptos::prelude::*;

use crate::app::widgets::Tr;
use std::time::Duration;
use wasm_bindgen::JsValue;

use crate::app::state::use_lab;
use crate::share::{Notice, Shared};
use crate::view_model::export::{link_fill_pct, LINK_WARN_PCT};
use crate::view_model::i18n::{
    journal_full, link_notice_intro, notice_problem, notice_used, opening_progress, tr, Text,
};

/// The parts of a link that are not the scenario (language, embed view), kept for the links
/// the lab writes. Provided by the root when the lab runs as the page (not in tests).
#[derive(Clone)]
pub struct ShareContext {
    /// the page's link with the scenario left at its default: only its other parts count
    pub extra: Shared,
}

/// Keeps `location.search` equal to the run's link, at most four writes a second.
pub fn use_address_bar() {
    let lab = use_lab();
    let Some(ctx) = use_context::<ShareContext>() else { return };
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        lab.journal_version.track();
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let extra = ctx.extra.clone();
        let handle = set_timeout_with_handle(
            move || {
                let query = lab.share_query(false, &extra);
                // the page's `#class` stays: the class page, loaded when first shown
                // (`parts`), opens by it, and so does a reload
                let hash = window().location().hash().unwrap_or_default();
                let _ = window()
                    .history()
                    .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("?{query}{hash}"))));
            },
            Duration::from_millis(250),
        );
        pending.set_value(handle.ok());
    });
}

/// This page's address with `query` (no `?`): a link anyone can open.
pub fn page_url(query: &str) -> String {
    let loc = window().location();
    format!("{}{}?{query}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default())
}

/// The link to this run at this simulated time, ready to copy.
#[component]
pub fn ShareLink() -> impl IntoView {
    let lab = use_lab();
    let extra = use_context::<ShareContext>().map(|c| c.extra).unwrap_or_default();
    let extra_fill = extra.clone();
    let link = RwSignal::new(String::new());
    let status = RwSignal::new(None::<String>);
    let copy = move |_| {
        let url = page_url(&lab.share_query(true, &extra));
        link.set(url.clone());
        let lang = lab.lang.get_untracked();
        let copied = tr(lang, if write_clipboard(&url) { Text::LinkCopied } else { Text::SelectAndCopy });
        status.set(Some(match lab.journal_dropped() {
            0 => copied.to_string(),
            _ => format!("{copied} {}", journal_full(lang, crate::sim::journal::MAX_EVENTS)),
        }));
    };
    // Before the link stops replaying every change: warn, and offer the JSON export.
    let fill = Memo::new(move |_| {
        let changes = lab.journal_len();
        link_fill_pct(changes, lab.share_query(false, &extra_fill).len())
    });
    let export_json = move |_| {
        let text = crate::view_model::export::scenario_json(&lab.replay_scenario());
        super::exports::download("asg-lab-scenario.json", "application/json", &text);
    };
    view! {
        <p class="link-limit" data-testid="link-limit" role="status" hidden=move || fill.get() < LINK_WARN_PCT>
            {move || fill_message(lab.lang.get(), fill.get())}
            " "
            <button data-testid="link-limit-json" on:click=export_json><Tr k=Text::ScenarioJson /></button>
        </p>
        <div class="share" role="group" aria-label=move || tr(lab.lang.get(), Text::ShareRun)>
            <button data-testid="copy-link" on:click=copy><Tr k=Text::CopyLink /></button>
            <input type="text" readonly class="share-link" data-testid="share-link" aria-label=move || tr(lab.lang.get(), Text::LinkToRun)
                prop:value=move || link.get() hidden=move || link.with(String::is_empty)
                on:focus=move |ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); } />
            <span class="muted" role="status" data-testid="share-status">{move || status.get()}</span>
        </div>
    }
}

fn fill_message(lang: crate::view_model::i18n::Lang, pct: u32) -> String {
    crate::view_model::i18n::fill(lang, Text::LinkNearlyFull, &[("pct", &pct)])
}

/// `navigator.clipboard.writeText(text)`, where the browser allows it (not in every iframe).
fn write_clipboard(text: &str) -> bool {
    let nav = window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")) else { return false };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let Ok(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")) else { return false };
    let Some(write) = write.dyn_ref::<js_sys::Function>() else { return false };
    match write.call1(&clipboard, &JsValue::from_str(text)) {
        Ok(promise) => {
            // A refusal arrives later as a rejected promise: swallow it (the link stays shown).
            if let Ok(p) = promise.dyn_into::<js_sys::Promise>() {
                let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
                let _ = p.catch(&ignore);
                ignore.forget();
            }
            true
        }
        Err(_) => false,
    }
}

use wasm_bindgen::JsCast;

/// What a link asked for and did not get, and progress while opening it at a later time. The
/// notice goes once another scenario (a preset, an import) replaces the link's run.
#[component]
pub fn LinkNotices(#[doc = "what the link asked for and did not get"] notices: Vec<Notice>) -> impl IntoView {
    let lab = use_lab();
    let shown = RwSignal::new(!notices.is_empty());
    let link_run = lab.loaded.get_untracked();
    Effect::new(move |_| {
        if lab.loaded.get() != link_run {
            shown.set(false);
        }
    });
    let count = notices.len();
    let items = notices
        .into_iter()
        .map(|n| {
            let (problem, used) = (n.problem, n.used);
            let problem = move || notice_problem(lab.lang.get(), &problem);
            let used = move || notice_used(lab.lang.get(), &used);
            view! { <li data-testid="link-notice-item"><code>{n.key}</code>": "{problem}" — "<Tr k=Text::Using />" "{used}</li> }
        })
        .collect_view();
    let opening = move || {
        lab.forward
            .progress()
            .filter(|p| p.jump_from.is_none())
            .map(|p| opening_progress(lab.lang.get(), p.target / 60, 100.0 * p.now as f64 / p.target.max(1) as f64))
    };
    view! {
        <p class="opening" role="status" data-testid="opening" hidden=move || lab.forward.progress().is_none_or(|p| p.jump_from.is_some())>{opening}</p>
        <section class="notice" role="status" data-testid="link-notice" hidden=move || !shown.get()>
            <p>{move || link_notice_intro(lab.lang.get(), count)}</p>
            <ul>{items}</ul>
            <button class="small" data-testid="link-notice-dismiss" on:click=move |_| shown.set(false)><Tr k=Text::Dismiss /></button>
        </section>
    }
}
