//! A guided lab handed in: its account replayed from the log, the seven steps graded from
//! state with their times, the refusals met, the bill and what still bills
//! (docs/aws-behaviour.md §11 "Auto Scaling group"; issue 22's hand-in of the guided lab).

use asg_engine::account::guide::StepState;
use asg_engine::account::report::report;
use asg_engine::account::*;

// §11: the whole assignment, replayed: every step done in order, nothing left billing
#[test]
fn a_finished_lab_replays_with_seven_steps_done_in_order_and_nothing_billable() {
    let mut a = Account::new(31);
    // a refused request on the way: a key pair name with a leading space
    let refused = a.apply(&Action::CreateKeyPair(" k".into()));
    a.do_through(Step::Stress).unwrap();
    a.advance_to(a.now() + 900);
    a.do_through(Step::CleanUp).unwrap();
    a.advance_to(a.now() + 120);
    let log = a.log().to_vec();
    let r = report(31, &log, a.now());
    assert_eq!(r.end_s, a.now());
    assert_eq!(r.done(), 7, "{:?}", r.steps);
    assert_eq!(r.score(), 100.0);
    assert!(r.billable.is_empty(), "{:?}", r.billable);
    assert!((r.total_usd - a.total_cost_usd()).abs() < 1e-9, "the same bill as the live account");
    let times: Vec<u64> = r.steps.iter().map(|s| s.done_at.unwrap()).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "done in order: {times:?}");
    assert_eq!(r.steps.iter().map(|s| s.took_s.unwrap()).sum::<u64>(), times[6], "the times add up");
    match refused {
        Err(e) => {
            assert_eq!(r.refusals.len(), 1, "{:?}", r.refusals);
            assert_eq!(r.refusals[0].error, e);
            assert_eq!(r.refusals[0].at_s, 0);
        }
        Ok(()) => panic!("a key name with a leading space is refused"),
    }
}

// §11: a lab left half way is graded from its state: steps 1–3 done, what bills listed
#[test]
fn a_lab_left_half_way_lists_what_still_bills() {
    let mut a = Account::new(5);
    a.do_through(Step::LoadBalancer).unwrap();
    a.advance_to(a.now() + 300);
    let r = report(5, a.log(), a.now());
    let states: Vec<StepState> = r.steps.iter().map(|s| s.state).collect();
    assert_eq!(&states[..3], [StepState::Done; 3]);
    assert!(states[3..].iter().all(|s| *s != StepState::Done), "{states:?}");
    assert_eq!(r.steps[6].done_at, None);
    let kinds: Vec<Billable> = r.billable.iter().map(|l| l.kind).collect();
    assert!(kinds.contains(&Billable::Instance) && kinds.contains(&Billable::LoadBalancer), "{kinds:?}");
    assert!(r.total_usd > 0.0);
}

// a hand-in whose link names a time years after its last request is replayed a week past it
#[test]
fn a_far_time_is_cut_to_a_week_after_the_last_request() {
    let mut a = Account::new(2);
    a.apply(&Action::CreateKeyPair("k".into())).unwrap();
    let r = report(2, a.log(), 10 * 365 * 86_400);
    assert_eq!(r.end_s, asg_engine::account::report::MAX_AFTER_LAST_S);
}
