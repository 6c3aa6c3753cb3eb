//! The result card: each goal graded on the run replayed (its figure, met or missed), the
//! score, the debrief, and the hand-in: a name and a link that replays the run anywhere.

use leptos::prelude::*;

use super::progress;
use crate::app::state::use_lab;
use crate::app::widgets::{HandInForm, Tr};
use crate::view_model::campaign::{goal_text, shown_texts, value_text};
use crate::view_model::i18n::{fill, Text};
use crate::view_model::misses::miss_causes;

/// The result card, once the run reached its horizon.
#[component]
pub fn ResultCard() -> impl IntoView {
    let lab = use_lab();
    let lang = move || lab.lang.get();
    let grade = move || lab.challenge_grade();
    let name = RwSignal::new(
        lab.challenge.with_untracked(|p| p.as_ref().and_then(|p| p.link.name.clone())).unwrap_or_default(),
    );
    // a played run's score counts toward this browser's progress (a hand-in opened does not)
    Effect::new(move |_| {
        if let (Some(g), Some(p)) = (grade(), lab.challenge.get_untracked()) {
            if let (Some(id), false) = (p.link.id, p.verified) {
                progress::record(id, g.score);
            }
        }
    });
    let link_for = Callback::new(move |n: String| crate::app::share::page_url(&lab.hand_in_query(&n)));
    let debrief = move || lab.challenge.with(|p| p.as_ref().map(|p| shown_texts(lang(), &p.link).debrief));
    view! {
        <Show when=move || grade().is_some()>
            <div class="result-card" data-testid="result-card" role="status">
                <h3 data-testid="result-score">{move || grade().map(|g| fill(lang(), if g.passed() { Text::ChPassed } else { Text::ChNotPassed }, &[("n", &format!("{:.0}", g.score))]))}</h3>
                <p class="verified" data-testid="result-verified" hidden=move || !lab.challenge.with(|p| p.as_ref().is_some_and(|p| p.verified))>
                    <Tr k=Text::ChVerified />
                    {move || lab.challenge.with(|p| p.as_ref().and_then(|p| p.link.name.clone())).map(|n| format!(" — {n}"))}
                    {move || lab.challenge.with(|p| p.as_ref().map(|p| fill(lang(), Text::ChAttemptsClaimed, &[("n", &p.attempts)])))}
                </p>
                <table class="result-goals">
                    <tbody>
                        {move || grade().map(|g| g.goals.iter().map(|x| {
                            let causes = miss_causes(lang(), x, &g);
                            view! {
                                <tr data-testid="result-goal" data-met=x.met.to_string()>
                                    <td>{if x.met { "✓" } else { "✗" }}</td>
                                    <td>{goal_text(lang(), x.kind)}
                                        {(!causes.is_empty()).then(|| view! {
                                            <ul class="miss-causes" data-testid="miss-causes">
                                                {causes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                                            </ul>
                                        })}
                                    </td>
                                    <td>{value_text(lang(), x.kind, x.value)}</td>
                                </tr>
                            }
                        }).collect_view())}
                    </tbody>
                </table>
                <p data-testid="result-debrief">{debrief}</p>
                <HandInForm name=name ids="hand-in" button="hand-in" link_for=link_for />
            </div>
        </Show>
    }
}
