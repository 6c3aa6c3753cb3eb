//! The preset gallery starts a new run of the chosen scenario; "Reset" then returns to it.

use asg_engine::Scenario;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::{mount, mount_with_notices, until};

#[wasm_bindgen_test]
async fn opening_a_preset_starts_its_run() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    lab.click("jump-10m");
    let presets = lab.all("preset");
    assert_eq!(presets.len(), asg_share::presets::PresetId::ALL.len());
    let az = presets.iter().find(|p| p.get_attribute("data-preset").as_deref() == Some("az-outage")).unwrap();
    let open: HtmlElement = az.query_selector("[data-testid=preset-open]").unwrap().unwrap().unchecked_into();
    open.click();
    until("the preset's group", 2000, || lab.text("fleet-summary").starts_with("Desired 6 · min 6 · max 12")).await;
    assert_eq!(lab.text("sim-elapsed"), "+0m 00s", "a new run starts at 0");
    assert_eq!(lab.all("az-lane").len(), 3);
    lab.click("jump-10m");
    lab.click("reset");
    until("reset returns to the preset", 2000, || {
        lab.text("sim-elapsed") == "+0m 00s" && lab.text("fleet-summary").starts_with("Desired 6 · min 6 · max 12")
    })
    .await;
}

/// A link's notice is about the link's run: opening a preset replaces that run, so the notice
/// goes; "Reset" keeps the link's run, so it stays.
#[wasm_bindgen_test]
async fn opening_a_preset_clears_the_links_notice() {
    let (scenario, notices) = asg_share::from_query("v=1&bogus=1");
    assert_eq!(notices.len(), 1);
    let lab = mount_with_notices(scenario, notices);
    lab.pause().await;
    until("the link's notice", 2000, || !lab.q("link-notice").hidden()).await;
    lab.click("reset");
    leptos::task::tick().await;
    assert!(!lab.q("link-notice").hidden(), "Reset keeps the link's run and its notice");
    let flash = lab
        .all("preset")
        .into_iter()
        .find(|p| p.get_attribute("data-preset").as_deref() == Some("flash-crowd"))
        .unwrap();
    let open: HtmlElement = flash.query_selector("[data-testid=preset-open]").unwrap().unwrap().unchecked_into();
    open.click();
    until("the notice gone", 2000, || lab.q("link-notice").hidden()).await;
}
