//! Step 1: why Auto Scaling and how it is built, drawn from the learner's actual resources
//! (clients → load balancer → target group → Auto Scaling group ← launch template / AMI;
//! CloudWatch alarms → scaling policy).

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::sim::account::Action;
use crate::view_model::guide::diagram;
use crate::view_model::i18n::{tr, Text};

#[component]
pub fn WhyStep() -> impl IntoView {
    let lab = use_lab();
    let d = Memo::new(move |_| lab.with_account(|a| diagram(lab.lang.get(), a)));
    let none = move || tr(lab.lang.get(), Text::DiagramNone).to_string();
    let boxed = move |label: Text, v: Option<String>| {
        let empty = v.is_none();
        view! {
            <li class="arch-box" class:empty=empty>
                <strong><Tr k=label /></strong>
                <span>{v.unwrap_or_else(none)}</span>
            </li>
        }
    };
    view! {
        <div class="why-step" data-testid="why-step">
            <p><Tr k=Text::Step1Text /></p>
            <ol class="arch" data-testid="arch-diagram" aria-label=move || tr(lab.lang.get(), Text::DiagramLabel)>
                <li class="arch-box"><strong><Tr k=Text::DiagramClients /></strong></li>
                {move || d.get().map(|d| view! {
                    {boxed(Text::DiagramAlb, d.alb)}
                    {boxed(Text::DiagramTg, d.target_group)}
                    {boxed(Text::DiagramGroup, d.group)}
                    {boxed(Text::DiagramTemplate, d.template)}
                    {boxed(Text::DiagramAlarms, (!d.alarms.is_empty()).then(|| d.alarms.join(" · ")))}
                })}
            </ol>
            <p class="muted" data-testid="why-compare"><Tr k=Text::Step1Compare /></p>
            <button data-testid="why-read" on:click=move |_| { let _ = lab.act(Action::ReadWhy); }>
                <Tr k=Text::Step1Read />
            </button>
        </div>
    }
}
