//! The compact fleet: above 24 instances each lane is one canvas of cells with a text summary,
//! a picker reaches every instance by keyboard, a click on a cell chooses it, and the chosen
//! instance is a full tile with its actions. Back at 20 or fewer, tiles return.

use asg_engine::Scenario;
use asg_view_model::fleet::grid::{CELL, GAP};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::{canvas_ink, mount, until, Mounted};

fn fleet_of(n: u32) -> Scenario {
    let mut sc = Scenario::default();
    sc.group.min = n;
    sc.group.max = n.max(40);
    sc.group.desired = Some(n);
    sc
}

/// A paused lab of 30 instances, one minute in: compact.
async fn compact_lab() -> Mounted {
    let lab = mount(fleet_of(30));
    lab.pause().await;
    lab.click("step");
    until("compact lanes", 3000, || !lab.all("lane-grid").is_empty()).await;
    lab
}

/// The instances the lane summaries count ("12 instances · …").
fn summed(lab: &Mounted) -> usize {
    lab.all("lane-summary")
        .iter()
        .map(|p| p.text_content().unwrap_or_default().split(' ').next().unwrap_or("").parse::<usize>().unwrap_or(0))
        .sum()
}

fn choose(lab: &Mounted, value: &str) {
    let el = lab.q("instance-pick");
    js_sys::Reflect::set(&el, &JsValue::from_str("value"), &JsValue::from_str(value)).unwrap();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

fn mouse_at(canvas: &HtmlElement, kind: &str, x: f64, y: f64) {
    let r = canvas.get_bounding_client_rect();
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_client_x((r.left() + x).round() as i32);
    init.set_client_y((r.top() + y).round() as i32);
    canvas.dispatch_event(&web_sys::MouseEvent::new_with_mouse_event_init_dict(kind, &init).unwrap()).unwrap();
}

fn options(lab: &Mounted) -> Vec<String> {
    let list = lab.q("instance-pick").query_selector_all("option").unwrap();
    (0..list.length())
        .map(|i| {
            js_sys::Reflect::get(&list.item(i).unwrap(), &JsValue::from_str("value"))
                .unwrap()
                .as_string()
                .unwrap_or_default()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_large_fleet_is_drawn_compact_and_every_instance_stays_reachable() {
    let lab = compact_lab().await;
    assert!(lab.all("instance-tile").is_empty(), "no tile per instance while compact");
    until("30 instances in the lane summaries", 3000, || summed(&lab) == 30).await;
    for canvas in lab.all("lane-grid") {
        until("a lane to draw its cells", 3000, || canvas_ink(&canvas).0 > 100).await;
    }
    assert!(lab.text("fleet-legend").contains("P\u{a0}Pending"), "the letters are explained");

    let ids = options(&lab);
    assert_eq!(ids.len(), 31, "the empty choice and every instance");
    choose(&lab, &ids[5]);
    until("the chosen instance as a tile", 2000, || lab.all("instance-tile").len() == 1).await;
    let tile = lab.q("instance-tile");
    assert_eq!(tile.get_attribute("data-instance-id").as_deref(), Some(ids[5].as_str()));
    assert!(tile.query_selector("[data-testid=stress]").unwrap().is_some(), "its actions are there");
    let state = lab.text("instance-state");
    assert!(state.starts_with("Pending") || state.starts_with("InService"), "state as text: {state}");

    // The pointer over the second cell of the first lane names its instance; a click chooses it.
    let canvas = lab.all("lane-grid").remove(0);
    let (x, y) = (CELL + GAP + CELL / 2.0, CELL / 2.0);
    mouse_at(&canvas, "mousemove", x, y);
    let title = canvas.get_attribute("title").unwrap_or_default();
    let named = title.split(' ').next().unwrap_or_default().to_string();
    assert!(ids.contains(&named) && title.contains("CPU"), "tooltip: {title}");
    mouse_at(&canvas, "click", x, y);
    until("the clicked instance chosen", 2000, || {
        lab.try_q("instance-tile").and_then(|t| t.get_attribute("data-instance-id")).as_deref() == Some(named.as_str())
    })
    .await;
    // A click in the gap between cells changes nothing.
    let before = lab.q("instance-tile").get_attribute("data-instance-id");
    mouse_at(&canvas, "click", CELL + GAP / 2.0, CELL / 2.0);
    leptos::task::tick().await;
    assert_eq!(lab.q("instance-tile").get_attribute("data-instance-id"), before);
}

#[wasm_bindgen_test]
async fn tiles_come_back_when_the_fleet_is_small_again() {
    let lab = compact_lab().await;
    lab.set_input("capacity-min", "22", "input");
    lab.set_input("capacity-desired", "22", "input");
    lab.click("capacity-apply");
    for _ in 0..10 {
        lab.click("step");
    }
    until("22 instances left", 5000, || summed(&lab) == 22).await;
    assert!(!lab.all("lane-grid").is_empty(), "22 is inside the gap: still compact");
    lab.set_input("capacity-min", "3", "input");
    lab.set_input("capacity-desired", "3", "input");
    lab.click("capacity-apply");
    for _ in 0..20 {
        lab.click("step");
    }
    until("tiles again", 8000, || lab.all("lane-grid").is_empty() && !lab.all("instance-tile").is_empty()).await;
}
