//! The live console: every control reaches the engine, invalid input shows AWS's message and
//! leaves the group as it was, and the views show what happened.

use asg_engine::Scenario;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::{mount, until, Mounted};

fn within(el: &HtmlElement, testid: &str) -> HtmlElement {
    el.query_selector(&format!("[data-testid={testid}]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no {testid}"))
        .unchecked_into()
}

fn live_tiles(lab: &Mounted) -> usize {
    lab.all("instance-state")
        .iter()
        .filter(|s| {
            let t = s.text_content().unwrap_or_default();
            t.starts_with("Pending") || t.starts_with("InService")
        })
        .count()
}

#[wasm_bindgen_test]
async fn min_above_max_shows_aws_message_and_changes_nothing() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    let before = lab.text("fleet-summary");
    lab.set_input("capacity-min", "4", "input");
    lab.set_input("capacity-max", "2", "input");
    lab.click("capacity-apply");
    until("the validation message", 2000, || !lab.text("capacity-msg").is_empty()).await;
    assert_eq!(lab.text("capacity-msg"), "Max bound, 2, must be greater than or equal to min bound, 4");
    assert_eq!(lab.text("fleet-summary"), before, "the running group is unchanged");

    lab.set_input("capacity-min", "1", "input");
    lab.set_input("capacity-max", "3", "input");
    lab.set_input("capacity-desired", "5", "input");
    lab.click("capacity-apply");
    until("the desired message", 2000, || lab.text("capacity-msg").starts_with("Desired capacity:5")).await;
    assert_eq!(lab.text("capacity-msg"), "Desired capacity:5 must be between the specified min size:1 and max size:3");

    lab.set_input("capacity-desired", "lots", "input");
    lab.click("capacity-apply");
    until("the parse message", 2000, || lab.text("capacity-msg").contains("whole number")).await;
}

#[wasm_bindgen_test]
async fn a_valid_update_changes_the_group_and_is_logged() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    lab.set_input("capacity-max", "5", "input");
    lab.set_input("capacity-desired", "3", "input");
    lab.click("capacity-apply");
    until("desired 3 in the summary", 2000, || lab.text("fleet-summary").starts_with("Desired 3 · min 1 · max 5"))
        .await;
    assert_eq!(lab.text("capacity-msg"), "");
    lab.click("step");
    until("three running instances", 3000, || live_tiles(&lab) == 3).await;
    until("the launches in the history", 2000, || lab.text("activity-list").contains("Launching a new EC2 instance"))
        .await;
    let activity = lab.text("activity-list");
    assert!(activity.contains("Launching a new EC2 instance"), "{activity}");
}

#[wasm_bindgen_test]
async fn stress_on_the_only_instance_leads_to_a_second_instance() {
    let lab = mount(Scenario { events: vec![], ..Scenario::default() });
    lab.pause().await;
    until("one instance", 2000, || live_tiles(&lab) == 1).await;
    let tile = lab.all("instance-tile").remove(0);
    within(&tile, "stress").click();
    lab.click("jump-10m");
    until("a second instance", 3000, || live_tiles(&lab) >= 2).await;
    // The cause cites the alarm and the capacity change, as the console words it.
    until("the scale-out in the history", 2000, || lab.text("activity-list").contains("from 1 to 2")).await;
    let activity = lab.text("activity-list");
    assert!(activity.contains("AlarmHigh"), "{activity}");
    assert!(activity.contains("in state ALARM"), "{activity}");
    assert!(activity.contains("changing the desired capacity from 1 to 2"), "{activity}");
}

#[wasm_bindgen_test]
async fn terminate_and_az_outage_from_the_fleet_view() {
    let lab = mount(Scenario { events: vec![], ..Scenario::default() });
    lab.pause().await;
    let tile = lab.all("instance-tile").remove(0);
    within(&tile, "terminate").click();
    until("the instance terminating", 2000, || {
        lab.all("instance-state").iter().any(|s| s.text_content().unwrap_or_default().starts_with("Terminating"))
    })
    .await;
    let lane = lab.all("az-lane").remove(1);
    within(&lane, "az-toggle").click();
    until("AZ b down", 2000, || within(&lab.all("az-lane").remove(1), "az-state").text_content().unwrap() == "outage")
        .await;
    within(&lab.all("az-lane").remove(1), "az-toggle").click();
    until("AZ b back", 2000, || {
        within(&lab.all("az-lane").remove(1), "az-state").text_content().unwrap() == "available"
    })
    .await;
}

#[wasm_bindgen_test]
async fn policies_can_be_added_edited_and_removed() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    let rows = || lab.all("policy-row").len();
    let before = rows();
    lab.set_input("policy-kind", "hpa", "change");
    lab.click("policy-add");
    until("a new policy row", 2000, || rows() == before + 1).await;
    let hpa = lab
        .all("policy-row")
        .into_iter()
        .find(|r| r.get_attribute("data-policy-name").as_deref() == Some("hpa"))
        .unwrap();
    let target: web_sys::HtmlInputElement = within(&hpa, "policy-field-target").unchecked_into();
    target.set_value("abc");
    target.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    within(&hpa, "policy-save").click();
    until("the edit message", 2000, || lab.text("policy-msg").contains("number")).await;
    within(&hpa, "policy-remove").click();
    until("the row gone", 2000, || rows() == before).await;
}

#[wasm_bindgen_test]
async fn alb_settings_are_checked() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    lab.set_input("alb-slow-start", "10", "input");
    lab.click("alb-apply");
    until("the slow-start message", 2000, || lab.text("alb-msg").contains("between 30 and 900")).await;
    lab.set_input("alb-slow-start", "60", "input");
    lab.set_input("alb-algorithm", "least_outstanding_requests", "change");
    until("AWS's incompatibility message", 2000, || lab.text("alb-msg").contains("least outstanding")).await;
    lab.set_input("alb-algorithm", "weighted_random + anomaly_mitigation", "change");
    until("the weighted random message", 2000, || lab.text("alb-msg").contains("weighted random algorithm")).await;
    lab.set_input("alb-slow-start", "0", "input");
    lab.click("alb-apply");
    until("accepted", 2000, || lab.text("alb-msg").is_empty()).await;
}

// docs/aws-behaviour.md §7 "EC2 monitoring": the alarms panel says the exercise reads 1-minute
// data, and what basic monitoring (the console's launch-template default) would change.
#[wasm_bindgen_test]
async fn the_alarms_panel_names_the_monitoring_in_force() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    assert!(lab.text("monitoring-note").contains("detailed monitoring (1-minute data)"));
    lab.set_input("monitoring", "basic", "change");
    until("the basic note", 2000, || lab.text("monitoring-note").starts_with("Basic monitoring (5-minute data)")).await;
    until("5-minute alarms", 2000, || lab.text("alarms-table").contains("within 15 minutes")).await;
}

#[wasm_bindgen_test]
async fn jump_and_reset_move_the_clock() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    lab.click("step-1s");
    until("one tick later", 2000, || lab.text("sim-elapsed") == "+0m 01s").await;
    lab.set_input("jump-to", "+2h", "input");
    lab.click("jump-go");
    until("two hours later", 3000, || lab.text("sim-elapsed") == "+2h 00m 01s").await;
    // A week ahead runs over several frames with its progress shown, then the progress goes.
    lab.set_input("jump-to", "+7d", "input");
    lab.click("jump-go");
    leptos::task::tick().await;
    assert!(!lab.q("jump-progress").hidden(), "a long jump shows its progress");
    assert!(lab.text("jump-progress").starts_with("Running to +10200 min"), "{}", lab.text("jump-progress"));
    until("a week later", 20_000, || lab.text("sim-elapsed") == "+170h 00m 01s").await;
    until("the progress gone", 2000, || lab.q("jump-progress").hidden()).await;
    lab.set_input("jump-to", "soon", "input");
    lab.click("jump-go");
    until("the jump message", 2000, || lab.text("jump-msg").contains("+90m")).await;
    lab.set_input("traffic-slider", "800", "input");
    lab.set_input("capacity-max", "7", "input");
    lab.click("reset");
    until("back at the start", 2000, || lab.text("sim-elapsed") == "+0m 00s").await;
    // Controls show the restarted run, not what was typed into the old one.
    until("the traffic box back on the pattern", 2000, || {
        lab.q("traffic-number").unchecked_into::<web_sys::HtmlInputElement>().value() == "5"
    })
    .await;
    assert_eq!(lab.q("capacity-max").unchecked_into::<web_sys::HtmlInputElement>().value(), "3");
}

#[wasm_bindgen_test]
async fn alarms_show_state_and_expression() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    lab.click("jump-10m");
    until("alarm rows", 3000, || !lab.all("alarm-row").is_empty()).await;
    let expressions: Vec<String> = lab.all("alarm-expression").iter().map(|e| e.text_content().unwrap()).collect();
    assert!(
        expressions.iter().any(|e| e == "CPUUtilization > 50 for 3 datapoints within 3 minutes"),
        "{expressions:?}"
    );
    let states: Vec<String> = lab.all("alarm-state").iter().map(|e| e.text_content().unwrap()).collect();
    assert!(states.iter().all(|s| ["OK", "ALARM", "INSUFFICIENT_DATA"].contains(&s.as_str())), "{states:?}");
    assert!(lab.text("run-summary").contains("Cost"));
}

#[wasm_bindgen_test]
async fn the_traffic_pattern_can_be_changed() {
    let lab = mount(Scenario { events: vec![], ..Scenario::default() });
    lab.pause().await;
    assert_eq!(lab.text("pattern-now"), "Constant 5 req/s");
    lab.set_input("pattern-kind", "step", "change");
    until("the step fields", 2000, || lab.try_q("pattern-field-after").is_some()).await;
    lab.set_input("pattern-field-before", "5", "input");
    lab.set_input("pattern-field-after", "250", "input");
    lab.set_input("pattern-field-at", "2", "input");
    lab.click("pattern-apply");
    until("the new pattern", 2000, || lab.text("pattern-now") == "Step 5 → 250 req/s at +2 min").await;
    lab.click("jump-10m");
    until("traffic near 250 req/s", 3000, || lab.text("traffic-readout").starts_with("Offered 250")).await;
    lab.set_input("pattern-field-after", "-3", "input");
    lab.click("pattern-apply");
    until("the message", 2000, || lab.text("pattern-msg").contains("between")).await;
}

// docs/aws-behaviour.md §1 "Activity messages": AWS lists launches and terminations only; the
// exercise's `stress` run is the lab's own entry, badged and hideable.
#[wasm_bindgen_test]
async fn lab_actions_are_badged_apart_from_aws_activities() {
    let lab = mount(Scenario::default());
    until("the stress entry", 2000, || lab.text("activity-list").contains("stress -c 1")).await;
    let items = lab.all("activity-item");
    let stress = items.iter().find(|i| i.text_content().unwrap_or_default().contains("stress -c 1")).unwrap();
    assert_eq!(stress.get_attribute("data-origin").as_deref(), Some("lab"));
    assert!(stress.text_content().unwrap_or_default().contains("Lab action"));
    assert!(!stress.text_content().unwrap_or_default().contains("Successful"));
    let launch = items.iter().find(|i| i.text_content().unwrap_or_default().contains("Launching a new EC2")).unwrap();
    assert_eq!(launch.get_attribute("data-origin").as_deref(), Some("aws"));

    lab.click("activity-aws-only");
    until("only AWS's entries", 2000, || !lab.text("activity-list").contains("stress -c 1")).await;
    assert!(lab.all("activity-item").iter().all(|i| i.get_attribute("data-origin").as_deref() == Some("aws")));
    assert!(lab.text("activity-list").contains("Launching a new EC2 instance"));
}
