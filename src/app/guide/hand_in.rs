//! Handing in the guided lab: a name and a link of the account's requests; and, on a page
//! opened from such a link, the lab graded from the account replayed (steps with their
//! times, refusals met, the bill and what still bills). The grading is the engine's
//! (`account::report`), the words the view model's (`lab_report`).

use leptos::prelude::*;

use crate::app::share::ShareContext;
use crate::app::state::use_lab;
use crate::app::widgets::{HandInForm, Tr};
use crate::view_model::i18n::{fill, tr, Text};
use crate::view_model::lab_report::lab_report_view;

/// "Hand in the lab": a name, then the link to send.
#[component]
pub fn LabHandIn() -> impl IntoView {
    let lab = use_lab();
    let name = RwSignal::new(use_context::<ShareContext>().and_then(|c| c.extra.hand_in_by).unwrap_or_default());
    let link_for = Callback::new(move |n: String| crate::app::share::page_url(&lab.lab_hand_in_query(&n)));
    view! {
        <details class="lab-hand-in" data-testid="lab-hand-in">
            <summary><Tr k=Text::LabHandInTitle /></summary>
            <p class="muted"><Tr k=Text::LabHandInNote /></p>
            <HandInForm name=name ids="lab-hand-in" button="lab-hand-in-make" link_for=link_for />
        </details>
    }
}

/// The lab graded, on a page opened from a hand-in link (nothing otherwise).
#[component]
pub fn LabReportCard() -> impl IntoView {
    let lab = use_lab();
    let extra = use_context::<ShareContext>().map(|c| c.extra);
    let Some((by, until)) = extra.and_then(|e| e.hand_in_by.map(|b| (b, e.open_at_s))) else {
        return ().into_any();
    };
    // graded once, from the account's requests as the link carries them
    let report = StoredValue::new(lab.lab_report(until));
    let lang = move || lab.lang.get();
    let view_of = move || report.with_value(|r| r.as_ref().map(|r| lab_report_view(lang(), r)));
    view! {
            <section class="result-card lab-report" data-testid="lab-report" role="status">
                <h3 data-testid="lab-report-headline">{move || view_of().map(|v| v.headline)}</h3>
                <p class="verified"><Tr k=Text::ChVerified />{format!(" — {by}")}</p>
                <ol class="lab-report-steps">
                    {move || view_of().map(|v| v.steps.into_iter().map(|s| view! {
                        <li data-testid="lab-report-step" data-done=s.done.to_string()>
                            {if s.done { "✓ " } else { "✗ " }}<strong>{s.title}</strong>" — "{s.status}
                        </li>
                    }).collect_view())}
                </ol>
                <p data-testid="lab-report-bill">{move || view_of().map(|v| v.bill)}</p>
                {move || view_of().map(|v| if v.billable.is_empty() {
                    view! { <p data-testid="lab-report-billable" data-empty="true"><Tr k=Text::LabReportNothingBills /></p> }.into_any()
                } else {
                    view! {
                        <div data-testid="lab-report-billable" data-empty="false">
                            <p><Tr k=Text::LabReportStillBills /></p>
                            <ul>{v.billable.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        </div>
                    }.into_any()
                })}
                <details>
                    <summary data-testid="lab-report-refusals">
                        {move || view_of().map(|v| if v.refusals.is_empty() { tr(lang(), Text::LabReportNoRefusal).to_string() } else { fill(lang(), Text::LabReportRefusals, &[("n", &v.refusals.len())]) })}
                    </summary>
                    <ul>{move || view_of().map(|v| v.refusals.into_iter().map(|r| view! { <li lang="en">{r}</li> }).collect_view())}</ul>
                </details>
            </section>
    }
    .into_any()
}
