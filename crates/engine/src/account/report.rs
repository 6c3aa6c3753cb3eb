//! A guided lab handed in (issue 22): its account replayed from the link's log, the seven
//! steps graded from state, when each was done and how long it took, every request AWS (or
//! the lab) refused on the way, the bill, and what still bills at the end. Nothing the link
//! claims is read: all of it is the replay's.

use super::bill::BillLine;
use super::guide::StepState;
use super::{Account, AccountError, Action, Event, Step};

/// One step of a handed-in lab.
#[derive(Clone, Debug, PartialEq)]
pub struct StepReport {
    /// the step
    pub step: Step,
    /// where it stands at the end
    pub state: StepState,
    /// when it was first done [account s]
    pub done_at: Option<u64>,
    /// from the previous step's done (or the lab's start) to this one's [s]
    pub took_s: Option<u64>,
}

/// A request refused on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    /// when [account s]
    pub at_s: u64,
    /// what was asked
    pub action: Action,
    /// AWS's (or the lab's) refusal
    pub error: AccountError,
}

/// A guided lab, replayed and graded.
#[derive(Clone, Debug, PartialEq)]
pub struct LabReport {
    /// the seven steps, in order
    pub steps: Vec<StepReport>,
    /// every refused request, in time order
    pub refusals: Vec<Refused>,
    /// everything the account cost, deleted resources included [USD]
    pub total_usd: f64,
    /// what still bills at the end (per hour > 0)
    pub billable: Vec<BillLine>,
    /// the replay's end [account s]
    pub end_s: u64,
}

impl LabReport {
    /// Steps done [count of 7].
    pub fn done(&self) -> usize {
        self.steps.iter().filter(|s| s.state == StepState::Done).count()
    }

    /// Steps done / 7 [0–100].
    pub fn score(&self) -> f64 {
        self.done() as f64 * 100.0 / Step::ALL.len() as f64
    }
}

/// How often step 7 ("nothing bills") is looked at after the last request [s].
const CLEAN_UP_PROBE_S: u64 = 60;

/// How far past its last request a lab is replayed at most [s] (a week: a link's `t=` may
/// say ten years, which no page should replay).
pub const MAX_AFTER_LAST_S: u64 = 7 * 86_400;

/// The account's first second at which step `n`'s done-event happened (steps 1–6).
fn done_event_at(a: &Account, n: Step) -> Option<u64> {
    a.history()
        .iter()
        .find(|(_, e)| match n {
            Step::Why => matches!(e, Event::ReadWhy),
            Step::Launch => matches!(e, Event::Running { bitnami_t2_seoul: true, .. }),
            Step::LoadBalancer => matches!(e, Event::TargetHealthy { .. }),
            Step::Image => matches!(e, Event::ImageAvailable { .. }),
            Step::Group => matches!(e, Event::GroupServing),
            Step::Stress => matches!(e, Event::ScaledOutUnderStress),
            Step::CleanUp => false,
        })
        .map(|(t, _)| *t)
}

/// Replays `log` (in time order) on a fresh account with `seed` to `until` [s] (or the last
/// request, if later; at most [`MAX_AFTER_LAST_S`] after it) and grades it.
pub fn report(seed: u64, log: &[(u64, Action)], until: u64) -> LabReport {
    let last = log.last().map_or(0, |(t, _)| *t);
    let until = until.min(last.saturating_add(MAX_AFTER_LAST_S));
    let mut a = Account::new(seed);
    let mut refusals = Vec::new();
    let mut clean_at: Option<u64> = None;
    let look = |a: &Account, clean_at: &mut Option<u64>| {
        if clean_at.is_none() && a.step_state(Step::CleanUp) == StepState::Done {
            *clean_at = Some(a.now());
        }
    };
    for (t, action) in log {
        a.advance_to(*t);
        look(&a, &mut clean_at);
        if let Err(error) = a.apply(action) {
            refusals.push(Refused { at_s: a.now(), action: action.clone(), error });
        }
        look(&a, &mut clean_at);
    }
    // after the last request, step 7 can only become done once clean-up has begun
    let begun = a.history().iter().any(|(_, e)| matches!(e, Event::CleanUpBegun));
    while begun && a.now() < until && clean_at.is_none() {
        a.advance_to((a.now() + CLEAN_UP_PROBE_S).min(until));
        look(&a, &mut clean_at);
    }
    a.advance_to(until);
    let mut last = 0;
    let steps = Step::ALL
        .into_iter()
        .map(|step| {
            let state = a.step_state(step);
            let done_at = if step == Step::CleanUp { clean_at } else { done_event_at(&a, step) }
                .filter(|_| state == StepState::Done);
            let took_s = done_at.map(|d| d.saturating_sub(last));
            if let Some(d) = done_at {
                last = last.max(d);
            }
            StepReport { step, state, done_at, took_s }
        })
        .collect();
    LabReport {
        steps,
        refusals,
        total_usd: a.total_cost_usd(),
        billable: a.bill().into_iter().filter(|l| l.per_hour_usd > 0.0).collect(),
        end_s: a.now(),
    }
}
