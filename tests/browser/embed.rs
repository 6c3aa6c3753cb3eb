//! Embedded in a course page: a compact bar, only the panels the link names, controls locked
//! on request; and the Embed dialog's snippet.

use asg_engine::Scenario;
use asg_share::{EmbedView, Shared};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{mount, mount_shared, until};

#[wasm_bindgen_test]
async fn an_embedded_lab_shows_only_the_chosen_panels() {
    let embed = EmbedView { embed: true, panels: vec!["fleet".into(), "alarms".into()], locked: true };
    let lab = mount_shared(Shared { scenario: Scenario::default(), embed, ..Shared::default() });
    until("the compact bar", 2000, || lab.try_q("embed-bar").is_some()).await;
    assert!(lab.try_q("fleet-summary").is_some(), "the fleet is shown");
    assert!(lab.try_q("alarms-table").is_some(), "the alarms are shown");
    assert!(lab.try_q("charts-panel").is_none(), "charts were not asked for");
    assert!(lab.try_q("capacity-apply").is_none(), "no controls");
    assert!(lab.try_q("open-full").is_some());
    let actions = lab.root.query_selector(".tile-actions").unwrap().unwrap();
    let style = web_sys::window().unwrap().get_computed_style(&actions).unwrap().unwrap();
    assert_eq!(style.get_property_value("display").unwrap(), "none", "tile actions are locked");
}

#[wasm_bindgen_test]
async fn the_embed_dialog_writes_an_iframe_for_the_chosen_view() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    lab.click("embed-open");
    let area: web_sys::HtmlTextAreaElement = lab.q("embed-snippet").unchecked_into();
    until("the snippet", 2000, || area.value().starts_with("<iframe src=")).await;
    assert!(area.value().contains("embed=1"), "{}", area.value());
    assert!(area.value().contains("locked=1"));
    assert!(
        area.value().contains("panels=fleet%2Ccharts") || area.value().contains("panels=fleet,charts"),
        "{}",
        area.value()
    );
    lab.click("embed-panel-alarms");
    until("alarms added", 2000, || area.value().contains("alarms")).await;
}

#[wasm_bindgen_test]
async fn copy_link_shows_a_link_to_this_moment() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    lab.click("jump-10m");
    lab.click("copy-link");
    let input: web_sys::HtmlInputElement = lab.q("share-link").unchecked_into();
    until("the link", 2000, || input.value().contains("?v=1")).await;
    assert!(input.value().contains("&t=600"), "{}", input.value());
    assert!(!lab.text("share-status").is_empty(), "says whether it was copied");
}
