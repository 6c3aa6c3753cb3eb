//! The comparison panel ("why Auto Scaling"): the live group beside fixed fleets and another
//! policy, all on the same traffic.

use asg_share::{EmbedView, Shared};
use asg_view_model::presets;
use wasm_bindgen::JsCast;

use crate::support::{mount, mount_shared, until};

fn flash() -> asg_engine::Scenario {
    presets::find("flash-crowd").unwrap().scenario
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn the_panel_shows_the_runs_and_a_verdict() {
    let lab = mount(flash());
    lab.pause().await;
    for key in ["compare-live", "compare-avg", "compare-peak"] {
        assert!(lab.try_q(key).is_some(), "{key}");
    }
    assert!(lab.text("compare-peak").contains("Fixed, sized for the peak: 17"), "{}", lab.text("compare-peak"));
    assert!(lab.text("compare-verdict").starts_with("No requests yet"));
    lab.jump("+1h").await;
    until("an hour later", 5000, || lab.text("sim-elapsed") == "+1h 00m 00s").await;
    until("the verdict", 3000, || lab.text("compare-verdict").starts_with("Auto Scaling served")).await;
    let verdict = lab.text("compare-verdict");
    assert!(
        verdict.contains("of the peak fleet's cost") && verdict.contains("the average-sized fleet failed"),
        "{verdict}"
    );
    // the average-sized fleet failed, and says why
    assert!(lab.text("compare-avg").contains('%'));
    let causes = lab.q("compare-avg").query_selector("[data-testid=compare-causes]").unwrap().unwrap();
    let causes = causes.text_content().unwrap_or_default();
    assert!(causes.contains("502 — rejected") || causes.contains("504"), "{causes}");
}

// Rows are kept while time runs: a causes list the learner opened stays open across
// refreshes (a row rebuilt on each refresh would close it twice a second at 600×).
#[wasm_bindgen_test::wasm_bindgen_test]
async fn an_open_causes_list_stays_open_while_time_runs() {
    let lab = mount(flash());
    lab.pause().await;
    lab.jump("+20m").await;
    until("twenty minutes later", 5000, || lab.text("sim-elapsed") == "+20m 00s").await;
    let row = lab.q("compare-avg");
    let details: web_sys::HtmlDetailsElement = row.query_selector("details").unwrap().unwrap().unchecked_into();
    details.set_open(true);
    let causes = || lab.q("compare-avg").query_selector("[data-testid=compare-causes]").unwrap().unwrap();
    let before = causes().text_content().unwrap_or_default();
    lab.click("jump-10m");
    until("the causes counted on", 3000, || causes().text_content().unwrap_or_default() != before).await;
    let now: web_sys::HtmlDetailsElement =
        lab.q("compare-avg").query_selector("details").unwrap().unwrap().unchecked_into();
    assert!(now.is_same_node(Some(&details)), "the row was rebuilt");
    assert!(now.open(), "the causes list closed");
    assert!(row.is_same_node(Some(&lab.q("compare-avg"))));
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn another_policy_and_a_chosen_size_join_the_comparison() {
    let lab = mount(flash());
    lab.pause().await;
    lab.jump("+30m").await;
    until("half an hour later", 5000, || lab.text("sim-elapsed") == "+30m 00s").await;
    let peak = lab.text("compare-peak");
    assert!(peak.contains("Fixed, sized for the peak: 17"), "{peak}");
    lab.set_input("compare-policy", "simple", "change");
    until("the policy run", 3000, || lab.try_q("compare-alt").is_some() && lab.all("compare-label").len() == 4).await;
    // the fixed fleets go on as they were: not re-sized from the traffic so far
    assert!(lab.text("compare-peak").contains("Fixed, sized for the peak: 17"), "{}", lab.text("compare-peak"));
    assert!(lab.text("compare-table").contains("This group with simple scaling without cooldown (thrashes)"));
    assert!(lab.text("compare-live").contains("This group"), "the live run's row is shown");
    lab.set_input("compare-size-avg", "5", "change");
    until("the chosen size", 3000, || lab.text("compare-avg").contains("Fixed, sized for the average: 5")).await;
    lab.click("jump-10m");
    until("ten minutes on", 3000, || lab.text("sim-elapsed") == "+40m 00s").await;
    // emptied: sized from the traffic so far, and that size is written down (for the link)
    lab.set_input("compare-size-avg", "", "change");
    until("computed again", 3000, || !lab.text("compare-avg").contains("average: 5")).await;
    let size = lab.q("compare-size-avg").unchecked_into::<web_sys::HtmlInputElement>().value();
    assert!(size.parse::<u32>().is_ok_and(|n| n >= 1), "the computed size is shown: {size:?}");
    assert!(lab.text("compare-avg").contains(&format!("average: {size}")));
    lab.set_input("compare-policy", "", "change");
    until("the policy run gone", 3000, || lab.all("compare-label").len() == 3).await;
}

// In an embedded lab the comparison is a panel of its own (`panels=compare`).
#[wasm_bindgen_test::wasm_bindgen_test]
async fn the_comparison_is_an_embed_panel() {
    let shared = Shared {
        scenario: flash(),
        embed: EmbedView { embed: true, panels: vec!["compare".into()], locked: true },
        ..Shared::default()
    };
    let lab = mount_shared(shared);
    until("the panel", 3000, || lab.try_q("compare-panel").is_some()).await;
    assert!(lab.try_q("compare-peak").is_some());
    let other = mount_shared(Shared {
        scenario: flash(),
        embed: EmbedView { embed: true, panels: vec!["fleet".into()], locked: false },
        ..Shared::default()
    });
    until("the fleet", 3000, || other.try_q("fleet-summary").is_some()).await;
    assert!(other.try_q("compare-panel").is_none());
}
