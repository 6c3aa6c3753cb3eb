//! The checklist: the seven steps, their titles and pitfalls, and where each stands.

use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::account::guide::StepState;
use asg_engine::account::{Account, Step};

/// A step's title.
pub fn step_title(s: Step) -> Text {
    match s {
        Step::Why => Text::Step1,
        Step::Launch => Text::Step2,
        Step::LoadBalancer => Text::Step3,
        Step::Image => Text::Step4,
        Step::Group => Text::Step5,
        Step::Stress => Text::Step6,
        Step::CleanUp => Text::Step7,
    }
}

/// The pitfall a step warns about (step 1 has none).
pub fn step_pitfall(s: Step) -> Option<Text> {
    match s {
        Step::Why => None,
        Step::Launch => Some(Text::Step2Pitfall),
        Step::LoadBalancer => Some(Text::Step3Pitfall),
        Step::Image => Some(Text::Step4Pitfall),
        Step::Group => Some(Text::Step5Pitfall),
        Step::Stress => Some(Text::Step6Pitfall),
        Step::CleanUp => Some(Text::Step7Pitfall),
    }
}

/// One line of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepRow {
    /// which step
    pub step: Step,
    /// title
    pub title: &'static str,
    /// where it stands
    pub state: StepState,
    /// "to do" / "started" / "done"
    pub state_label: &'static str,
}

/// The checklist, from the account's state.
pub fn steps(lang: Lang, acc: &Account) -> Vec<StepRow> {
    Step::ALL
        .into_iter()
        .map(|step| {
            let state = acc.step_state(step);
            let label = match state {
                StepState::ToDo => Text::StepToDo,
                StepState::Started => Text::StepStarted,
                StepState::Done => Text::StepDone,
            };
            StepRow { step, title: tr(lang, step_title(step)), state, state_label: tr(lang, label) }
        })
        .collect()
}

/// The folded checklist's one line (on a phone the step's form comes first): how many steps
/// are done and which one is open, e.g. "Steps: 2 of 7 done · now 3. Create an Application
/// Load Balancer".
pub fn progress(lang: Lang, rows: &[StepRow], open: Step) -> String {
    let done = rows.iter().filter(|r| r.state == StepState::Done).count();
    fill(lang, Text::StepsProgress, &[("done", &done), ("n", &open.number()), ("title", &tr(lang, step_title(open)))])
}
