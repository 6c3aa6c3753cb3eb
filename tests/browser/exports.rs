//! Export and import: the scenario JSON round-trips through the page, and an imported JSON
//! gets the checks a link gets.

use asg_engine::Scenario;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlTextAreaElement;

use crate::support::{mount, until};

#[wasm_bindgen_test]
async fn scenario_json_exports_and_imports_with_checks() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    lab.click("export-json");
    let area: HtmlTextAreaElement = lab.q("import-json").unchecked_into();
    until("the JSON", 2000, || area.value().starts_with("{\n  \"v\": \"1\"")).await;
    let edited = area.value().replacen("\"v\": \"1\"", "\"v\": \"1\", \"min\": \"9\"", 1);
    assert_ne!(edited, area.value());
    lab.set_input("import-json", &edited, "input");
    lab.click("import-apply");
    until("the corrections", 2000, || lab.text("import-msg").starts_with("Imported with corrections")).await;
    assert!(lab.text("import-msg").contains("min"), "{}", lab.text("import-msg"));
    lab.set_input("import-json", "{ not json", "input");
    lab.click("import-apply");
    until("the parse error", 2000, || lab.text("import-msg").contains("not a lab scenario")).await;
    // The message is kept as facts: a language switch says it again in Korean.
    lab.set_input("lang", "ko", "change");
    until("the Korean message", 2000, || lab.text("import-msg").starts_with("실습 시나리오가 아닙니다: ")).await;
    lab.set_input("lang", "en", "change");
}

// Before a run's link stops replaying every change, the lab says so and offers the JSON
// export (not only after "Copy link").
#[wasm_bindgen_test]
async fn a_nearly_full_link_warns_and_offers_the_json() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    assert!(lab.q("link-limit").hidden(), "no warning for a fresh run");
    // 800 slider moves in 800 different seconds: 80 % of the 1000 changes a link holds
    for k in 0..800u32 {
        lab.set_input("traffic-slider", &(10 + k % 50).to_string(), "input");
        lab.click("step-1s");
    }
    until("the warning", 5000, || !lab.q("link-limit").hidden()).await;
    let text = lab.text("link-limit");
    assert!(text.starts_with("This run's link is 80 % full"), "{text}");
    assert!(lab.try_q("link-limit-json").is_some());
}
