//! The class results table: a row a hand-in (name, challenge or guided lab, score, attempts
//! as claimed, each goal or step, flags and problems).

use leptos::prelude::*;

use crate::app::widgets::Tr;
use crate::view_model::class::ClassRow;
use crate::view_model::i18n::Text;

/// The graded rows.
#[component]
pub fn ClassTable(rows: RwSignal<Vec<ClassRow>>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="class-table" data-testid="class-table">
                <thead><tr>
                    <th scope="col"><Tr k=Text::ClassName /></th>
                    <th scope="col"><Tr k=Text::ClassChallenge /></th>
                    <th scope="col"><Tr k=Text::ClassScore /></th>
                    <th scope="col"><Tr k=Text::ChTries /></th>
                    <th scope="col"><Tr k=Text::ClassGoals /></th>
                    <th scope="col"><Tr k=Text::ClassFlags /></th>
                </tr></thead>
                <tbody>
                    // keyed: a new row is added without rebuilding the others (flags re-key them)
                    <For each=move || rows.get().into_iter().enumerate() key=|(k, r)| (*k, r.flags.clone()) let((_, r))>
                        <tr data-testid="class-row">
                            <td>{r.name}</td>
                            <td>{r.challenge}</td>
                            <td data-testid="class-score">{r.score.map(|s| format!("{s:.0}"))}</td>
                            <td data-testid="class-tries">{r.attempts.map(|n| n.to_string())}</td>
                            <td>{r.goals.iter().map(|(g, m)| format!("{} {g}", if *m { "✓" } else { "✗" })).collect::<Vec<_>>().join(" · ")}</td>
                            <td data-testid="class-flags">{r.flags.join("; ")}{(!r.problems.is_empty()).then(|| format!(" ({})", r.problems.join("; ")))}</td>
                        </tr>
                    </For>
                </tbody>
            </table>
        </div>
    }
}
