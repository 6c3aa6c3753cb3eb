//! A crash is never a frozen page: a deliberate panic (through a test-only hook: a panic in a
//! timer callback, with the lab's panic hook installed) draws the crash screen with what
//! happened, a link that reopens the run and a report to copy, in the page's language.
//!
//! A test binary of its own: after a panic the wasm instance counts as panicking for good
//! (locks poison, the hook cannot change), so no other test may share its page.
#![cfg(all(target_arch = "wasm32", target_os = "unknown"))]
// A test crate: unwrapping is how a test says "this must be there" (the lint holds elsewhere).
#![allow(clippy::unwrap_used)]

#[allow(dead_code)] // (the helpers the other browser tests use)
#[path = "browser/support.rs"]
mod support;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use support::{mount, until};

#[wasm_bindgen_test]
async fn a_panic_shows_a_readable_crash_screen() {
    let _lab = mount(asg_engine::Scenario::default());
    until("the lab's language on the page", 3000, || {
        leptos::prelude::document().document_element().unwrap().get_attribute("lang").as_deref() == Some("en")
    })
    .await;
    let doc = leptos::prelude::document();
    let html = doc.document_element().unwrap();
    let lang_before = html.get_attribute("lang");
    html.set_attribute("lang", "ko").unwrap();
    let previous = std::panic::take_hook();
    asg_lab::app::crash::install();
    // The test-only hook: the panic happens in its own callback, so only that callback traps.
    let boom = Closure::once_into_js(|| -> () { panic!("deliberate test panic") });
    leptos::prelude::window().set_timeout_with_callback_and_timeout_and_arguments_0(boom.unchecked_ref(), 0).unwrap();
    until("the crash screen", 3000, || doc.get_element_by_id("crash").is_some()).await;
    drop(previous); // (the hook cannot be changed back: the instance now counts as panicking)
    let screen = doc.get_element_by_id("crash").unwrap();
    let text = screen.text_content().unwrap_or_default();
    assert!(text.starts_with("ASG Lab이 멈췄습니다"), "in the page's language: {text}");
    let q = |id: &str| screen.query_selector(&format!("[data-testid={id}]")).unwrap().unwrap();
    assert!(q("crash-message").text_content().unwrap().contains("deliberate test panic"));
    let href = q("crash-reopen").get_attribute("href").unwrap();
    assert_eq!(href, leptos::prelude::window().location().href().unwrap(), "reopens this run");
    let report = q("crash-report").unchecked_into::<web_sys::HtmlTextAreaElement>().value();
    assert!(report.contains("message: ") && report.contains("deliberate test panic") && report.contains(&href));
    assert_eq!(screen.get_attribute("role").as_deref(), Some("alert"));
    screen.remove();
    match lang_before {
        Some(l) => html.set_attribute("lang", &l).unwrap(),
        None => html.remove_attribute("lang").unwrap(),
    }
}
