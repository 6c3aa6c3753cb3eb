//! A guided lab handed in, in words (issue 22): each step done or not with when and how long
//! it took, the refusals met on the way as AWS worded them, the bill, and what still bills.
//! The replay and grading are the engine's (`asg_engine::account::report`).

use crate::clock::format_elapsed;
use crate::guide::{gap_text, refusal_text, step_title};
use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::account::guide::StepState;
use asg_engine::account::report::LabReport;
use asg_engine::account::Gap;

/// One step's line.
#[derive(Clone, Debug, PartialEq)]
pub struct StepLine {
    /// its number [1–7]
    pub number: u8,
    /// its title
    pub title: String,
    /// done at the end?
    pub done: bool,
    /// "done at +1h 02m 03s (took +4m 10s)", "not done", "begun, not finished"
    pub status: String,
}

/// A handed-in lab in words.
#[derive(Clone, Debug, PartialEq)]
pub struct LabReportView {
    /// "5 of 7 steps done"
    pub headline: String,
    /// the seven steps
    pub steps: Vec<StepLine>,
    /// each refused request: "+0m 12s RunInstances… — Code: message"
    pub refusals: Vec<String>,
    /// "The account cost $0.1234 in all."
    pub bill: String,
    /// what still bills at the end, a line each (empty: nothing)
    pub billable: Vec<String>,
}

/// `r` in words.
pub fn lab_report_view(lang: Lang, r: &LabReport) -> LabReportView {
    let took = |s: u64| format_elapsed(s).trim_start_matches('+').to_string();
    let steps = r
        .steps
        .iter()
        .map(|s| StepLine {
            number: s.step.number(),
            title: tr(lang, step_title(s.step)).to_string(),
            done: s.state == StepState::Done,
            status: match (s.state, s.done_at, s.took_s) {
                (StepState::Done, Some(at), Some(t)) => fill(
                    lang,
                    Text::LabReportDoneAt,
                    &[("at", &format_elapsed(at).trim_start_matches('+')), ("took", &took(t))],
                ),
                (StepState::Started, _, _) => tr(lang, Text::LabReportStarted).to_string(),
                _ => tr(lang, Text::LabReportNotDone).to_string(),
            },
        })
        .collect();
    let refusals =
        r.refusals.iter().map(|x| format!("{} — {}", format_elapsed(x.at_s), refusal_text(lang, &x.error))).collect();
    let billable = r
        .billable
        .iter()
        .map(|l| {
            gap_text(
                lang,
                &Gap::StillBilling {
                    kind: l.kind,
                    id: l.id.clone(),
                    region: l.region,
                    per_month_usd: l.per_month_usd(),
                },
            )
        })
        .collect();
    LabReportView {
        headline: fill(lang, Text::LabReportSteps, &[("n", &r.done())]),
        steps,
        refusals,
        bill: fill(lang, Text::LabReportBill, &[("usd", &format!("{:.4}", r.total_usd))]),
        billable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::account::report::report;
    use asg_engine::account::{Account, Action, Step};

    #[test]
    fn a_half_done_lab_reads_step_by_step_with_its_refusal_and_bill() {
        let mut a = Account::new(5);
        let _ = a.apply(&Action::CreateKeyPair(" k".into()));
        a.do_through(Step::LoadBalancer).unwrap();
        a.advance_to(a.now() + 300);
        let v = lab_report_view(Lang::En, &report(5, a.log(), a.now()));
        assert_eq!(v.headline, "3 of 7 steps done");
        assert!(v.steps[1].status.starts_with("done at "), "{:?}", v.steps[1]);
        assert!(v.steps[1].status.contains("(took "), "{:?}", v.steps[1]);
        assert_eq!(v.steps[6].status, "not done");
        assert_eq!(v.refusals.len(), 1);
        assert!(v.refusals[0].starts_with("+0m 00s — InvalidParameterValue"), "{:?}", v.refusals);
        assert!(v.bill.starts_with("The account cost $0.0"), "{}", v.bill);
        assert!(v.billable.iter().any(|l| l.contains("load balancer")), "{:?}", v.billable);
        let ko = lab_report_view(Lang::Ko, &report(5, a.log(), a.now()));
        assert_eq!(ko.headline, "7단계 중 3단계 완료");
        assert!(ko.refusals[0].contains("InvalidParameterValue: A key name"), "AWS's words stay English");
    }
}
