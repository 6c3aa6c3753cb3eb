//! The challenge being played: its brief and hint, what may change (the rest is locked), the
//! time left, each goal with its live status, attempts, Retry; the result card at the end.

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::sim::challenge::GoalStatus;
use crate::view_model::campaign::{goal_text, shown_texts, Shown};
use crate::view_model::i18n::{fill, knob_text, tr, Text};

fn status_word(s: GoalStatus) -> (Text, &'static str) {
    match s {
        GoalStatus::Met => (Text::GoalMet, "met"),
        GoalStatus::NotYet => (Text::GoalNotYet, "not-yet"),
        GoalStatus::Missed => (Text::GoalMissed, "missed"),
    }
}

/// The panel of the challenge being played (nothing when none is).
#[component]
pub fn ChallengePanel() -> impl IntoView {
    let lab = use_lab();
    let lang = move || lab.lang.get();
    let shown = Memo::new(move |_| lab.challenge.with(|p| p.as_ref().map(|p| shown_texts(lang(), &p.link))));
    let text = move |pick: fn(Shown) -> String| shown.get().map(pick).unwrap_or_default();
    // goal statuses, re-read once a simulated minute and when the run ends
    let minute = Memo::new(move |_| lab.snapshot.with(|s| s.t / 60));
    let goals = Memo::new(move |_| {
        minute.track();
        lab.challenge_grade();
        let Some(p) = lab.challenge.get() else { return Vec::new() };
        let l = lang();
        let st = lab.challenge_statuses();
        p.link.challenge.goals.iter().zip(st).map(|(g, s)| (goal_text(l, g.kind), s)).collect::<Vec<_>>()
    });
    let knobs = move || {
        let l = lang();
        let ks = lab.challenge.with(|p| p.as_ref().map(|p| p.link.challenge.knobs.clone()).unwrap_or_default());
        let list = ks.into_iter().map(|k| knob_text(l, Some(k))).collect::<Vec<_>>().join(", ");
        fill(l, Text::ChMayChange, &[("knobs", &list)])
    };
    let time = move || {
        let h = lab.challenge.with(|p| p.as_ref().map_or(0, |p| p.link.challenge.horizon_s));
        let t = lab.snapshot.with(|s| s.t).min(h);
        let hm = |s: u64| format!("{}:{:02}", s / 3600, s % 3600 / 60);
        fill(lang(), Text::ChTime, &[("t", &hm(t)), ("h", &hm(h))])
    };
    let attempts = move || lab.challenge.with(|p| p.as_ref().map_or(0, |p| p.attempts));
    view! {
        <Show when=move || lab.challenge.with(Option::is_some)>
            <section class="panel challenge" data-testid="challenge" aria-labelledby="challenge-h">
                <h2 id="challenge-h" data-testid="challenge-title">{move || text(|t| t.title)}</h2>
                <p class="pre-line" data-testid="challenge-brief">{move || text(|t| t.brief)}</p>
                <super::verify::AuthorCheck />
                <details class="hint"><summary><Tr k=Text::ChHint /></summary>
                    <p class="pre-line">{move || text(|t| t.hint)}</p>
                </details>
                <p class="muted" data-testid="challenge-knobs">{knobs}</p>
                <p data-testid="challenge-time">{time}</p>
                <ul class="goals" data-testid="challenge-goals">
                    {move || goals.get().into_iter().map(|(g, s)| {
                        let (word, class) = status_word(s);
                        view! {
                            <li class=format!("goal {class}") data-testid="challenge-goal" data-status=class>
                                <span class="goal-status">{move || tr(lang(), word)}</span>" "{g}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="muted" data-testid="challenge-attempts">{move || fill(lang(), Text::ChAttempt, &[("n", &attempts())])}</p>
                <div class="row">
                    <button data-testid="challenge-retry" on:click=move |_| lab.retry_challenge()><Tr k=Text::ChRetry /></button>
                    <button class="small" data-testid="challenge-leave" on:click=move |_| lab.leave_challenge()><Tr k=Text::ChLeave /></button>
                </div>
                <super::result::ResultCard />
            </section>
        </Show>
    }
}
