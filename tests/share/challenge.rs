//! Challenge links and hand-ins (issue 22): exact round trips, a hand-in replayed and graded
//! anew (never read from the link), locked knobs refused with a notice, hostile values a
//! notice and never a panic (docs/aws-behaviour.md §12 "Challenges").

use asg_engine::challenge::{grade, Goal, GoalKind, Knob};
use asg_engine::Command;
use asg_share::campaign::ChallengeId;
use asg_share::challenge_link::{ChallengeLink, ChallengeProblem};
use asg_share::{from_query_shared, to_query_shared, Problem, Shared};
use proptest::prelude::*;

fn link(c: ChallengeId, with_changes: bool, name: Option<&str>) -> Shared {
    let challenge = c.challenge();
    Shared {
        scenario: challenge.scenario.clone(),
        challenge: Some(ChallengeLink {
            changes: if with_changes { c.reference() } else { Vec::new() },
            name: name.map(str::to_string),
            attempts: name.map(|_| 3),
            ..ChallengeLink::new(Some(c), challenge)
        }),
        ..Shared::default()
    }
}

#[test]
fn every_campaign_challenge_and_its_hand_in_survive_the_link() {
    for c in ChallengeId::ALL {
        let sh = link(c, true, Some("김민지 (2조)"));
        let q = to_query_shared(&sh);
        assert!(q.starts_with(&format!("v=1&challenge={}", c.id())), "{q}");
        assert!(!q.contains("seed=") && !q.contains("goals="), "a campaign challenge is its id: {q}");
        let (back, notices) = from_query_shared(&q);
        assert!(notices.is_empty(), "{}: {notices:?}", c.id());
        assert_eq!(back, sh, "{}", c.id());
        // the reader of a hand-in grades it anew, and gets the reference's pass
        let ch = back.challenge.unwrap();
        assert!(grade(&ch.challenge, &ch.changes).unwrap().passed(), "{}", c.id());
    }
}

#[test]
fn a_custom_challenge_carries_its_scenario_horizon_knobs_and_goals() {
    let mut sh = link(ChallengeId::FlashCrowd, false, None);
    let ch = sh.challenge.as_mut().unwrap();
    ch.id = None;
    ch.challenge.horizon_s = 5400;
    ch.challenge.knobs = vec![Knob::Capacity, Knob::Balancer];
    ch.challenge.goals =
        vec![Goal { kind: GoalKind::FailedPct(0.5), weight: 3 }, Goal { kind: GoalKind::BackAtMinBy(5000), weight: 1 }];
    let q = to_query_shared(&sh);
    assert!(q.contains("horizon=5400&knobs=capacity,alb&goals=failed:0.5:3,atmin:5000:1"), "{q}");
    let (back, notices) = from_query_shared(&q);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, sh);
}

#[test]
fn a_hand_in_touching_a_locked_knob_opens_at_the_start_with_a_notice() {
    // stress-cost lets capacity and policies change, not the instance type
    let (back, notices) = from_query_shared("v=1&challenge=stress-cost&do=0:cap:1:1:1;60:type:c5.large&by=Ann");
    let n = notices.iter().find(|n| n.key == "do").expect("a notice on do");
    assert!(matches!(&n.problem, Problem::Challenge(ChallengeProblem::Refused(_))), "{n:?}");
    let ch = back.challenge.unwrap();
    assert!(ch.changes.is_empty(), "not replayed");
    assert_eq!(ch.name.as_deref(), Some("Ann"));
}

#[test]
fn claimed_figures_in_a_link_are_ignored_and_the_grade_recomputed() {
    let sh = link(ChallengeId::StressCost, false, Some("Bo"));
    let q = to_query_shared(&sh) + "&score=100&passed=1&cost=0";
    let (back, notices) = from_query_shared(&q);
    assert_eq!(notices.iter().filter(|n| n.problem == Problem::UnknownKey).count(), 3, "{notices:?}");
    let ch = back.challenge.unwrap();
    let g = grade(&ch.challenge, &ch.changes).unwrap();
    assert!(!g.passed() && g.score < 100.0, "the start's own grade: {g:?}");
    // changes edited by hand are what is replayed, and graded as they are
    let edited = format!("v=1&challenge=stress-cost&do={}&by=Bo", "0:cap:1:2:-");
    let (back, notices) = from_query_shared(&edited);
    assert!(notices.is_empty(), "{notices:?}");
    let ch = back.challenge.unwrap();
    assert_eq!(ch.changes, vec![(0, Command::SetCapacity { min: Some(1), max: Some(2), desired: None })]);
    let g = grade(&ch.challenge, &ch.changes).unwrap();
    assert!(g.goals.iter().any(|x| matches!(x.kind, GoalKind::PeakInstances(1)) && !x.met), "peak 2 misses peak 1");
}

#[test]
fn broken_challenge_parts_give_notices() {
    let (sh, n) = from_query_shared("v=1&challenge=nope");
    assert!(sh.challenge.is_none());
    assert!(matches!(&n[0].problem, Problem::Challenge(ChallengeProblem::Unknown(v)) if v == "nope"));
    let (sh, n) =
        from_query_shared("v=1&goals=cost:0.5:1,bogus:1:1,failed:-3:1&knobs=capacity,weather&horizon=9999999");
    let ch = sh.challenge.unwrap().challenge;
    assert_eq!(ch.goals, [Goal { kind: GoalKind::CostUsd(0.5), weight: 1 }]);
    assert_eq!(ch.knobs, [Knob::Capacity]);
    assert_eq!(ch.horizon_s, 3600);
    assert_eq!(n.iter().filter(|x| x.key == "goals").count(), 2);
    assert!(n.iter().any(|x| x.key == "knobs") && n.iter().any(|x| x.key == "horizon"));
    let long = "x".repeat(500);
    let (sh, n) = from_query_shared(&format!("v=1&challenge=cost-cap&by={long}"));
    assert_eq!(sh.challenge.unwrap().name.map(|x| x.chars().count()), Some(64));
    assert!(n.iter().any(|x| x.key == "by"));
}

// an author's challenge: texts in both languages and the author's run travel; the run is
// base64url (not readable at a glance) and replays to the author's pass
#[test]
fn an_authors_challenge_carries_its_texts_and_the_authors_run() {
    let mut sh = link(ChallengeId::Thrashing, false, None);
    let ch = sh.challenge.as_mut().unwrap();
    ch.id = None;
    ch.en.title = "Calm the fleet".into();
    ch.en.brief = "Stop the thrashing.\nTwo lines.".into();
    ch.ko.title = "인스턴스를 진정시키기".into();
    ch.ko.debrief = "§12를 보세요 & 끝".into();
    ch.reference = ChallengeId::Thrashing.reference();
    let q = to_query_shared(&sh);
    assert!(q.contains("&title=Calm%20the%20fleet&brief=Stop%20the%20thrashing.%0ATwo%20lines."), "{q}");
    let r = q.split("&ref=").nth(1).unwrap();
    assert!(r.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "base64url: {r}");
    let (back, notices) = from_query_shared(&q);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, sh);
    let c = back.challenge.unwrap();
    assert!(grade(&c.challenge, &c.reference).unwrap().passed(), "the author's run meets the goals");
    // a broken or locked author's run: a notice, and none of it kept
    for bad in ["%%%", "bm90IGEgcnVu", &r[..r.len() / 2]] {
        let (back, n) = from_query_shared(&q.replace(r, bad));
        assert!(back.challenge.unwrap().reference.is_empty(), "{bad}");
        assert!(n.iter().any(|x| x.key == "ref"), "{bad}: {n:?}");
    }
    sh.challenge.as_mut().unwrap().ko.title = "가".repeat(100);
    let (back, n) = from_query_shared(&to_query_shared(&sh));
    assert_eq!(back.challenge.unwrap().ko.title.chars().count(), 80);
    assert!(n.iter().any(|x| x.key == "title_ko" && x.problem == Problem::Challenge(ChallengeProblem::LongText(80))));
}

// a guided lab's hand-in: the account's log, the time and the learner's name
#[test]
fn a_guided_lab_hand_in_carries_its_name() {
    let sh = Shared {
        account: Some(vec![(0, asg_engine::account::Action::ReadWhy)]),
        open_at_s: Some(120),
        hand_in_by: Some("Lee".into()),
        ..Shared::default()
    };
    let q = to_query_shared(&sh);
    assert!(q.ends_with("&by=Lee"), "{q}");
    let (back, notices) = from_query_shared(&q);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, sh);
    let (back, _) = from_query_shared("v=1&by=Lee");
    assert_eq!(back.hand_in_by, None, "a name without a lab or a challenge is nobody's hand-in");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    // hostile values in every challenge key: a notice, never a panic; whatever opens can be graded
    #[test]
    fn random_challenge_links_never_panic(
        id in "[a-z\\-]{0,14}|stress-cost|flash-crowd",
        goals in "[a-z0-9:.,\\-]{0,40}",
        knobs in "[a-z,]{0,30}",
        horizon in "[0-9a-z]{0,8}",
        changes in "[0-9a-z:;.\\-]{0,60}",
        by in ".{0,80}",
        reference in "[A-Za-z0-9_\\-%]{0,60}",
        tries in "[0-9a-z\\-]{0,8}",
    ) {
        let q = format!(
            "v=1&challenge={}&goals={}&knobs={}&horizon={}&do={}&by={}&ref={reference}&tries={tries}&title={}",
            asg_share::encode_component(&id), asg_share::encode_component(&goals), knobs, horizon,
            asg_share::encode_component(&changes), asg_share::encode_component(&by), asg_share::encode_component(&by)
        );
        let (sh, _) = from_query_shared(&q);
        if let Some(ch) = sh.challenge {
            let short = asg_engine::challenge::Challenge { horizon_s: ch.challenge.horizon_s.min(600), ..ch.challenge };
            let _ = grade(&short, &ch.changes.into_iter().filter(|(t, _)| *t <= 600).collect());
        }
    }
}
