//! The author form's goal rows: each goal kind with a check box, its bound (prefilled from
//! the run's figures) and weight, and, once checked against the author's run, met or not.

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::view_model::author::{read_bound, GoalRow};
use crate::view_model::campaign::goal_text;
use crate::view_model::i18n::{tr, Text};

/// One row's fields.
#[derive(Clone, Copy)]
pub struct RowFields {
    /// the row as drafted (its kind)
    pub row: GoalRow,
    /// chosen?
    pub on: RwSignal<bool>,
    /// the bound as typed
    pub bound: RwSignal<String>,
    /// the weight as typed
    pub weight: RwSignal<String>,
}

/// The goal rows; `met[k]`: the author's run's result for row k, once checked.
#[component]
pub fn GoalRows(rows: Vec<RowFields>, met: RwSignal<Vec<Option<bool>>>) -> impl IntoView {
    let lab = use_lab();
    let lang = move || lab.lang.get();
    view! {
        <fieldset class="author-goals">
            <legend><Tr k=Text::ChAuthorGoals /></legend>
            {rows.into_iter().enumerate().map(|(k, f)| {
                let label = move || {
                    let kind = read_bound(f.row.kind, &f.bound.get()).unwrap_or(f.row.kind);
                    goal_text(lang(), kind)
                };
                let result = move || met.with(|m| m.get(k).copied().flatten()).map(|ok| if ok { "✓" } else { "✗" });
                view! {
                    <div class="goal-row" data-testid="author-goal">
                        <input type="checkbox" data-testid="author-goal-on" prop:checked=move || f.on.get()
                            aria-label=label on:change=move |ev| f.on.set(event_target_checked(&ev)) />
                        <span>{label}</span>
                        <input type="text" class="num" data-testid="author-goal-bound" prop:value=move || f.bound.get()
                            aria-label=label on:input=move |ev| f.bound.set(event_target_value(&ev)) />
                        <input type="text" class="num" data-testid="author-goal-weight" prop:value=move || f.weight.get()
                            aria-label=move || tr(lang(), Text::ChAuthorWeight) on:input=move |ev| f.weight.set(event_target_value(&ev)) />
                        <span data-testid="author-goal-met">{result}</span>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}
