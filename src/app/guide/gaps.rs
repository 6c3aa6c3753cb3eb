//! The chosen step's reasons: what it still lacks and the warnings, read from the account
//! (`view_model::guide::step_gaps`), in the learner's language.

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::sim::account::Step;
use crate::view_model::guide::step_gaps;
use crate::view_model::i18n::Text;

/// "What is missing" and "Warnings" for `step` (nothing shown when both are empty).
#[component]
pub fn StepGaps(step: Signal<Step>) -> impl IntoView {
    let lab = use_lab();
    let gaps = Memo::new(move |_| lab.with_account(|a| step_gaps(lab.lang.get(), a, step.get())).unwrap_or_default());
    let list = move |lines: Vec<String>| lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view();
    view! {
        <div class="gaps" data-testid="step-gaps" aria-live="polite">
            <div class="gaps-missing" data-testid="step-missing" hidden=move || gaps.with(|g| g.missing.is_empty())>
                <h4><Tr k=Text::GapsTitle /></h4>
                <ul>{move || list(gaps.get().missing)}</ul>
            </div>
            <div class="gaps-warnings" data-testid="step-warnings" role="note"
                hidden=move || gaps.with(|g| g.warnings.is_empty())>
                <h4><Tr k=Text::WarningsTitle /></h4>
                <ul>{move || list(gaps.get().warnings)}</ul>
            </div>
        </div>
    }
}
