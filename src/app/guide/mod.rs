//! The guided lab (issue #11): the assignment's seven steps in a simulated account — the
//! checklist, each step's console forms, the browser pane, the terminal and the resources
//! with their cost. Once step 5 has created the group, the live console below the guide is
//! that group's engine (`app::engine`).

mod browser;
mod checklist;
mod diagram;
mod form;
mod gaps;
mod group_edit;
mod group_form;
mod hand_in;
mod resources;
mod step2;
mod step3;
mod step4;
mod step5;
mod terminal;
mod timeline;

use leptos::prelude::*;

use crate::app::parts::{part, Part};
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::sim::account::guide::StepState;
use crate::sim::account::Step;
use crate::view_model::guide::{step_pitfall, step_title};
use crate::view_model::i18n::{tr, Text};

/// The guided lab as a part of its own (`app::parts`): loaded when it is started.
pub const GUIDED_LAB: Part = part!("guided-lab", true, guided_lab, guided_lab_part, view! { <GuidedLab /> }.into_any());

/// The same, compact (an embedded lab); in the same module.
pub const GUIDED_LAB_COMPACT: Part =
    part!("guided-lab", true, guided_lab, guided_lab_compact_part, view! { <GuidedLab compact=true /> }.into_any());

/// The guide: checklist, the chosen step, the account's resources; `compact` in an embed
/// (one column, the checklist as a row of numbered steps).
#[component]
pub fn GuidedLab(#[prop(optional)] compact: bool) -> impl IntoView {
    let lab = use_lab();
    let first = lab.with_account(|a| a.current_step().unwrap_or(Step::CleanUp)).unwrap_or(Step::Why);
    let selected = RwSignal::new(first);
    let err = RwSignal::new(None);
    // a step chosen (from the checklist or "Next step") brings its form into view, on a
    // phone below the checklist too
    let step_box = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |prev: Option<Step>| {
        let s = selected.get();
        if prev.is_some_and(|p| p != s) {
            if let Some(el) = step_box.get_untracked() {
                el.scroll_into_view();
            }
        }
        s
    });
    let done = move || lab.with_account(|a| a.step_state(selected.get()) == StepState::Done).unwrap_or(false);
    let next = move || Step::from_number(selected.get().number() + 1);
    view! {
        <hand_in::LabReportCard />
        <section class="panel guide" class:compact=compact aria-labelledby="guide-h" data-testid="guide">
            <div class="guide-head">
                <h2 id="guide-h"><Tr k=Text::GuideTitle /></h2>
                <resources::RegionPicker />
            </div>
            <p class="muted"><Tr k=Text::GuideIntro /></p>
            <div class="guide-cols">
                <checklist::Checklist selected=selected err=err />
                <div class="guide-step" data-testid="guide-step" node_ref=step_box>
                    <h3 data-testid="guide-step-title">
                        {move || format!("{}. {}", selected.get().number(), tr(lab.lang.get(), step_title(selected.get())))}
                    </h3>
                    <p class="pitfall" data-testid="guide-pitfall">
                        {move || step_pitfall(selected.get()).map(|p| tr(lab.lang.get(), p))}
                    </p>
                    <gaps::StepGaps step=selected.into() />
                    {move || step_view(selected.get())}
                    <button class="next-step" data-testid="next-step" hidden=move || !done() || next().is_none()
                        on:click=move |_| { if let Some(n) = next() { selected.set(n) } }>
                        <Tr k=Text::NextStep />
                    </button>
                </div>
            </div>
            <resources::ResourceList />
            <hand_in::LabHandIn />
        </section>
    }
}

/// The forms and panes of step `n`.
fn step_view(n: Step) -> AnyView {
    match n {
        Step::Why => view! { <diagram::WhyStep /> }.into_any(),
        Step::Launch => view! { <step2::KeyPairForm /> <step2::LaunchForm /> }.into_any(),
        Step::LoadBalancer => {
            view! { <step3::TargetGroupForm /> <step3::LoadBalancerFormView /> <browser::BrowserPane /> }.into_any()
        }
        Step::Image => view! { <step4::ImageForm /> }.into_any(),
        Step::Group => view! {
            <step5::TemplateFormView />
            <group_form::GroupFormView />
            <group_edit::GroupEdit />
            <GroupLive />
        }
        .into_any(),
        Step::Stress => {
            view! { <terminal::TerminalPane /> <timeline::StressTimeline /> <GroupLive /> <browser::BrowserPane /> }
                .into_any()
        }
        // (its pitfall is above; what still bills is its "what is missing")
        Step::CleanUp => view! { <GroupLive /> }.into_any(),
    }
}

/// Once the group exists: the live console below is it.
#[component]
fn GroupLive() -> impl IntoView {
    let lab = use_lab();
    view! { <p class="note" hidden=move || !lab.has_group.get() data-testid="group-live"><Tr k=Text::GroupLive /></p> }
}
