//! Whether a challenge of an author's own can be met: the author's run the link carries
//! (`ref=`) replayed here between frames and graded; without one, or when it misses a goal,
//! the challenge is marked unverified. A campaign challenge shows nothing (its reference
//! solutions are tested).

use leptos::prelude::*;

use super::frames::replay_in_frames;
use crate::app::state::use_lab;
use crate::sim::challenge::Replaying;
use crate::view_model::i18n::{tr, Text};

/// Where the check stands.
#[derive(Clone, Copy, PartialEq)]
enum Check {
    Replaying,
    Met,
    Unverified,
}

/// The author's-run line of the challenge panel.
#[component]
pub fn AuthorCheck() -> impl IntoView {
    let lab = use_lab();
    let state = RwSignal::new(Check::Unverified);
    // the challenge's rules and the author's run, when it is an author's challenge
    let link = Memo::new(move |_| {
        lab.challenge.with(|p| {
            p.as_ref().filter(|p| p.link.id.is_none()).map(|p| (p.link.challenge.clone(), p.link.reference.clone()))
        })
    });
    Effect::new(move |_| {
        let Some((ch, reference)) = link.get() else { return };
        let Ok(r) = Replaying::new(&ch, &reference) else { return state.set(Check::Unverified) };
        if reference.is_empty() {
            return state.set(Check::Unverified);
        }
        state.set(Check::Replaying);
        replay_in_frames(r, move |g| state.set(if g.passed() { Check::Met } else { Check::Unverified }));
    });
    let text = move || {
        tr(
            lab.lang.get(),
            match state.get() {
                Check::Replaying => Text::ChAuthorChecking,
                Check::Met => Text::ChAuthorVerified,
                Check::Unverified => Text::ChUnverified,
            },
        )
    };
    let status = move || match state.get() {
        Check::Replaying => "checking",
        Check::Met => "verified",
        Check::Unverified => "unverified",
    };
    view! {
        <p class="author-check" data-testid="challenge-verified" data-status=status hidden=move || link.with(Option::is_none)>
            {text}
        </p>
    }
}
