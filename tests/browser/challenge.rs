//! The challenge panels (issue 22): the panel with its goals and what it locks, the result
//! card with each miss's cause, a hand-in replayed and verified, an author's challenge
//! without its run marked unverified, and the guided lab's report.

use asg_share::campaign::ChallengeId;
use asg_share::challenge_link::ChallengeLink;
use asg_share::{from_query_shared, Shared};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{mount_shared, until};

fn challenge(c: ChallengeId, changes: bool, name: Option<&str>) -> Shared {
    let ch = c.challenge();
    Shared {
        scenario: ch.scenario.clone(),
        challenge: Some(ChallengeLink {
            changes: if changes { c.reference() } else { Vec::new() },
            name: name.map(str::to_string),
            ..ChallengeLink::new(Some(c), ch)
        }),
        ..Shared::default()
    }
}

/// Disabled, by itself or by a disabled fieldset around it.
fn disabled(el: &web_sys::HtmlElement) -> bool {
    el.matches(":disabled").unwrap()
}

#[wasm_bindgen_test]
async fn the_panel_shows_the_goals_and_locks_what_the_challenge_locks() {
    let lab = mount_shared(challenge(ChallengeId::StressCost, false, None));
    until("the challenge panel", 3000, || lab.try_q("challenge-title").is_some()).await;
    lab.pause().await;
    assert_eq!(lab.text("challenge-title"), "Stress is not load");
    assert_eq!(lab.all("challenge-goal").len(), 3);
    assert!(lab.all("challenge-goal").iter().all(|g| g.get_attribute("data-status").as_deref() == Some("not-yet")));
    assert!(disabled(&lab.q("traffic-slider")), "traffic is the challenge's");
    assert!(!disabled(&lab.q("capacity-max")), "capacity is the learner's");
    assert!(disabled(&lab.q("alb-apply")), "the target group is locked");
    let notes = lab.root.query_selector_all("fieldset.knob[data-locked=true] .lock-note").unwrap();
    assert!(notes.length() >= 3, "{} lock notes", notes.length());
    assert!(lab.try_q("challenge-verified").is_some_and(|p| p.hidden()), "a campaign challenge needs no check");
}

#[wasm_bindgen_test]
async fn a_hand_in_is_replayed_and_each_miss_says_why() {
    let lab = mount_shared(challenge(ChallengeId::StressCost, false, Some("Bo")));
    until("the result card", 10_000, || lab.try_q("result-card").is_some()).await;
    assert!(lab.text("result-score").starts_with("Not passed"), "{}", lab.text("result-score"));
    assert!(lab.text("result-verified").contains("— Bo"), "{}", lab.text("result-verified"));
    let missed: Vec<_> = lab
        .all("result-goal")
        .into_iter()
        .filter(|g| g.get_attribute("data-met").as_deref() == Some("false"))
        .collect();
    assert!(!missed.is_empty());
    for g in &missed {
        let causes = g.query_selector("[data-testid=miss-causes]").unwrap();
        assert!(causes.is_some_and(|c| !c.text_content().unwrap_or_default().is_empty()), "{}", g.inner_text());
    }
}

#[wasm_bindgen_test]
async fn an_authors_challenge_without_its_run_is_unverified() {
    let (sh, notices) = from_query_shared("v=1&goals=peak:1:1&knobs=capacity&horizon=600&title=Keep%20one");
    assert!(notices.is_empty(), "{notices:?}");
    let lab = mount_shared(sh);
    until("the challenge panel", 3000, || lab.try_q("challenge-title").is_some()).await;
    assert_eq!(lab.text("challenge-title"), "Keep one");
    let v = lab.q("challenge-verified");
    until("the check", 3000, || v.get_attribute("data-status").as_deref() == Some("unverified")).await;
    assert!(!v.hidden());
}

#[wasm_bindgen_test]
async fn a_guided_lab_hand_in_shows_its_report() {
    use asg_engine::account::{Account, Step};
    let mut a = Account::new(1);
    a.do_through(Step::LoadBalancer).unwrap();
    a.advance_to(a.now() + 300); // the target's health checks pass
    let sh = Shared {
        scenario: asg_engine::Scenario { seed: 1, ..asg_share::lab_default() },
        account: Some(a.log().to_vec()),
        open_at_s: Some(a.now()),
        hand_in_by: Some("Kim".into()),
        ..Shared::default()
    };
    let lab = mount_shared(sh);
    until("the lab report", 5000, || lab.try_q("lab-report").is_some()).await;
    assert_eq!(lab.text("lab-report-headline"), "3 of 7 steps done");
    assert_eq!(lab.q("lab-report-billable").get_attribute("data-empty").as_deref(), Some("false"));
}
