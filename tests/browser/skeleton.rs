//! The first live screen: header clock, transport, traffic control, fleet tiles, CPU chart.

use asg_engine::Scenario;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{canvas_ink, mount, mount_deferred, until};

#[wasm_bindgen_test]
async fn mounts_clock_tiles_and_chart() {
    let lab = mount(Scenario::default());
    until("an instance tile", 3000, || !lab.all("instance-tile").is_empty()).await;
    let clock = lab.text("sim-clock");
    assert!(clock.ends_with(" UTC") && clock.len() == 23, "clock shows UTC: {clock}");
    for tile in lab.all("instance-tile") {
        let state = tile.query_selector("[data-testid=instance-state]").unwrap().unwrap().text_content().unwrap();
        assert!(
            ["Pending", "InService", "Terminating", "Terminated"].iter().any(|s| state.starts_with(s)),
            "tile shows its state as text: {state}"
        );
        assert!(tile.get_attribute("data-instance-id").unwrap().starts_with("i-"));
    }
}

#[wasm_bindgen_test]
async fn play_pause_and_step_drive_the_clock() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    let before = lab.text("sim-elapsed");
    lab.click("step");
    until("the clock to move one minute", 2000, || lab.text("sim-elapsed") != before).await;
    assert_eq!(lab.text("sim-elapsed"), "+1m 00s", "paused at 0 s, one step = 60 s");
}

#[wasm_bindgen_test]
async fn traffic_slider_moves_the_engine() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    lab.set_input("traffic-slider", "800", "input");
    lab.click("step");
    until("offered traffic near 800 req/s", 2000, || {
        let t = lab.text("traffic-readout");
        t.starts_with("Offered 7") || t.starts_with("Offered 8")
    })
    .await;
    assert_eq!(lab.q("traffic-number").unchecked_value(), "800");
}

#[wasm_bindgen_test]
async fn a_non_number_shows_a_message_and_changes_nothing() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    lab.set_input("traffic-slider", "300", "input");
    lab.set_input("traffic-number", "lots", "change");
    until("the message", 2000, || !lab.text("traffic-msg").is_empty()).await;
    assert!(lab.text("traffic-msg").contains("not a number"), "{}", lab.text("traffic-msg"));
    lab.click("step");
    until("offered traffic still near 300", 2000, || {
        let t = lab.text("traffic-readout");
        t.starts_with("Offered 2") || t.starts_with("Offered 3")
    })
    .await;
    lab.set_input("traffic-number", "1e12", "change");
    until("the clamp message", 2000, || lab.text("traffic-msg").contains("maximum")).await;
}

#[wasm_bindgen_test]
async fn the_cpu_chart_paints_and_redraws_on_new_data() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    let canvas = lab.q("cpu-chart");
    until("the chart to paint", 5000, || canvas_ink(&canvas).0 > 500).await;
    let (_, first) = canvas_ink(&canvas);
    lab.set_input("traffic-slider", "1500", "input");
    for _ in 0..5 {
        lab.click("step");
    }
    until("the chart to redraw with new datapoints", 5000, || canvas_ink(&canvas).1 != first).await;
}

trait Value {
    fn unchecked_value(&self) -> String;
}

impl Value for web_sys::HtmlElement {
    fn unchecked_value(&self) -> String {
        use wasm_bindgen::JsCast;
        self.clone().unchecked_into::<web_sys::HtmlInputElement>().value()
    }
}

/// Issue #14's critical path: the page builds the panels below the charts only after the
/// first chart is drawn, and then builds them without being asked.
#[wasm_bindgen_test]
async fn the_page_draws_a_chart_before_building_the_panels_below() {
    let lab = mount_deferred(Scenario::default());
    assert!(lab.try_q("cpu-chart").is_some(), "the charts are built at once");
    assert!(lab.try_q("compare-panel").is_none() && lab.try_q("activity-list").is_none());
    assert_eq!(lab.q("lab").get_attribute("data-complete").as_deref(), Some("false"));
    until("the panels below the charts", 3000, || lab.try_q("compare-panel").is_some()).await;
    assert!(lab.try_q("activity-list").is_some() && lab.try_q("alarms-table").is_some());
    assert!(lab.q("cpu-chart").has_attribute("data-draw-ms"), "the chart was drawn first");
    assert_eq!(lab.q("lab").get_attribute("data-complete").as_deref(), Some("true"));
}
