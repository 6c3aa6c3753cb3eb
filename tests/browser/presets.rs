//! The preset gallery starts a new run of the chosen scenario; "Reset" then returns to it.

use asg_lab::sim::Scenario;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::{mount, until};

#[wasm_bindgen_test]
async fn opening_a_preset_starts_its_run() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    lab.click("jump-10m");
    let presets = lab.all("preset");
    assert_eq!(presets.len(), 10);
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
