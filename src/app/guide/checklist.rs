//! The seven steps with where each stands (from the account) and "Do this step for me".
//! Folded on a narrow screen (a phone shows the open step's form first, issue 26): its summary
//! line counts the steps done and names the open one; choosing a step folds it again.

use leptos::prelude::*;

use super::form::FormError;
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::sim::account::Step;
use crate::view_model::guide::{progress, steps};
use crate::view_model::i18n::{fill, Text};

/// The checklist; choosing a step shows it in `selected`.
#[component]
pub fn Checklist(selected: RwSignal<Step>, err: FormError) -> impl IntoView {
    let lab = use_lab();
    let rows = Memo::new(move |_| lab.with_account(|a| steps(lab.lang.get(), a)).unwrap_or_default());
    // the same width as the stylesheet's one-column guide (style/main.css, `.guide-cols`)
    let narrow = crate::app::media::matches("(max-width: 720px)");
    let open = RwSignal::new(!narrow);
    let choose = move |n: Step| {
        selected.set(n);
        if narrow {
            open.set(false);
        }
    };
    let do_step = move |n: Step| {
        match lab.do_step(n) {
            Ok(()) => err.set(None),
            Err(e) => err.set(Some(e)),
        }
        choose(n);
    };
    let line = move || rows.with(|r| progress(lab.lang.get(), r, selected.get()));
    view! {
        <details class="checklist-fold" data-testid="checklist-fold" prop:open=move || open.get()
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
        <summary data-testid="checklist-summary">{line}</summary>
        <ol class="checklist" data-testid="checklist">
            <For each=move || rows.get() key=|r| (r.step, r.state_label) let(r)>
                <li class=format!("step step-{}", format!("{:?}", r.state).to_lowercase()) data-state=format!("{:?}", r.state)
                    data-testid=format!("step-{}", r.step.number()) aria-current=move || (selected.get() == r.step).then_some("step")>
                    <button class="step-open" data-testid=format!("step-{}-open", r.step.number())
                        aria-label=move || fill(lab.lang.get(), Text::StepOpen, &[("n", &r.step.number())])
                        on:click=move |_| choose(r.step)>
                        <span class="step-n">{r.step.number()}</span>
                        <span class="step-title">{r.title}</span>
                    </button>
                    <span class="step-state" data-testid=format!("step-{}-state", r.step.number())>{r.state_label}</span>
                    <button class="step-do" data-testid=format!("step-{}-do", r.step.number()) on:click=move |_| do_step(r.step)>
                        <Tr k=Text::DoStep />
                    </button>
                </li>
            </For>
        </ol>
        </details>
        <super::form::FormAlert err=err fields=&[] testid="checklist-error" />
    }
}
