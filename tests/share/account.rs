//! The guided lab's account in a link (`guide=1&acct=`): a whole assignment — every form,
//! terminal lines with separators in them, a live-console command and refused requests —
//! survives the link exactly, and replaying it gives the same account.

use asg_engine::account::guide::StepState;
use asg_engine::account::{Account, Action, Step};
use asg_engine::Command;
use asg_share::{from_query_shared, to_query_shared, Shared};

/// An assignment done by "do it for me", plus what a learner types and gets wrong.
fn session() -> Account {
    let mut a = Account::new(7);
    for n in Step::Stress.before() {
        a.do_step(n).unwrap();
        a.advance_to(a.now() + 600);
    }
    let _ = a.apply(&Action::CreateKeyPair("bad:name;with,sep+~s".into()));
    let _ =
        a.apply(&Action::CreateTargetGroup { name: "-bad".into(), port: 80, hc_path: "/".into(), register: vec![] });
    a.apply(&Action::Shell("ssh -i asg-lab-key.pem bitnami@1.2.3.4; echo ~ok: a,b+c".into())).unwrap();
    a.apply(&Action::Engine(Command::SetCapacity { min: Some(1), max: Some(4), desired: None })).unwrap();
    // mistakes fixed in place: the group detached and attached again, HTTP revoked and re-added
    let (g, tg) = ("wordpress-asg".to_string(), "wordpress-tg".to_string());
    a.apply(&Action::DetachTargetGroup { group: g.clone(), target_group: tg.clone() }).unwrap();
    a.apply(&Action::AttachTargetGroup { group: g, target_group: tg }).unwrap();
    let sg = a.security_groups().find(|x| x.name == "launch-wizard-1").unwrap().id.clone();
    let http = asg_engine::account::Rule { port: 80, source: asg_engine::account::Source::Anywhere };
    a.apply(&Action::RevokeRule { group: sg.clone(), rule: http.clone() }).unwrap();
    let _ = a.apply(&Action::RevokeRule { group: sg.clone(), rule: http.clone() }); // refused: gone
    a.apply(&Action::AddRule { group: sg, rule: http }).unwrap();
    a.do_step(Step::Stress).unwrap();
    a.advance_to(a.now() + 900);
    a.do_step(Step::CleanUp).unwrap();
    a.advance_to(a.now() + 900);
    a.do_step(Step::CleanUp).unwrap();
    a.advance_to(a.now() + 60);
    a
}

#[test]
fn the_account_survives_the_link_and_replays_exactly() {
    let a = session();
    assert_eq!(a.step_state(Step::CleanUp), StepState::Done);
    let sh = Shared { account: Some(a.log().to_vec()), open_at_s: Some(a.now()), ..Shared::default() };
    let q = to_query_shared(&sh);
    assert!(q.contains("guide=1") && q.contains("acct="), "{q}");
    let (back, notices) = from_query_shared(&q);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back.account.as_deref(), Some(a.log()));
    let b = Account::replay(7, back.account.as_deref().unwrap(), back.open_at_s.unwrap());
    assert_eq!(b.log(), a.log());
    assert_eq!(b.terminal.lines, a.terminal.lines);
    assert_eq!(b.history(), a.history());
    assert_eq!((b.now(), b.total_cost_usd()), (a.now(), a.total_cost_usd()));
    assert!(b.log().iter().any(|(_, x)| matches!(x, Action::CreateKeyPair(n) if n == "bad:name;with,sep+~s")));
}

#[test]
fn a_malformed_entry_is_dropped_with_a_notice_and_the_rest_replays() {
    let (sh, notices) = from_query_shared("v=1&guide=1&acct=0:why;5:nonsense:1;9:key:k");
    assert_eq!(sh.account.as_ref().map(Vec::len), Some(2));
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].key, "acct");
    let a = Account::replay(1, sh.account.as_deref().unwrap(), 0);
    assert_eq!((a.now(), a.key_pairs().count(), a.step_state(Step::Why)), (9, 1, StepState::Done));
    // a far-away second would make the replay run for ages before the page shows
    let (far, notices) = from_query_shared("v=1&guide=1&acct=0:why;604801:key:k");
    assert_eq!(far.account.as_ref().map(Vec::len), Some(1));
    assert_eq!((notices.len(), notices[0].key.as_str()), (1, "acct"));
    let (plain, _) = from_query_shared("v=1");
    assert_eq!(plain.account, None, "no guide=1: the ready-made exercise");
}

/// A guided lab started after a preset was loaded: the link names the preset and still carries
/// the account (it once wrote only the preset, so the lab reopened as the preset's exercise;
/// found by `e2e/random-input.test.mjs`, seed 20261201).
#[test]
fn a_guided_lab_on_a_preset_keeps_its_account_in_the_link() {
    let mut a = Account::new(1);
    a.do_step(Step::Launch).unwrap();
    a.advance_to(a.now() + 300);
    let (scenario, _) = asg_share::from_query("v=1&preset=seed-exercise");
    let sh = Shared {
        scenario: scenario.clone(),
        account: Some(a.log().to_vec()),
        open_at_s: Some(a.now()),
        ..Shared::default()
    };
    let q = to_query_shared(&sh);
    assert!(q.contains("preset=seed-exercise") && q.contains("guide=1") && q.contains("acct="), "{q}");
    let (back, notices) = from_query_shared(&q);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back.scenario, scenario);
    assert_eq!(back.account.as_deref(), Some(a.log()));
}
