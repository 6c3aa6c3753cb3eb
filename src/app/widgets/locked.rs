//! [`Knob`]: a group of controls a challenge may lock. While a challenge is played and does
//! not let the learner turn `knobs` (None: traffic and faults, which no challenge lets a
//! learner change), its controls are disabled and say why; the lab refuses the change as
//! well (`Lab::challenge_refuses`).

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::sim::challenge::Knob as K;
use crate::view_model::i18n::Text;

/// Controls that turn one of `knobs` (any of them unlocks the group).
#[component]
pub fn Knob(
    /// the knobs these controls turn (empty: traffic and faults)
    knobs: &'static [K],
    /// the controls
    children: Children,
) -> impl IntoView {
    let lab = use_lab();
    let locked = move || {
        lab.challenge.with(|p| p.as_ref().is_some_and(|p| !knobs.iter().any(|k| p.link.challenge.knobs.contains(k))))
    };
    view! {
        <fieldset class="knob" prop:disabled=locked data-locked=move || locked().to_string()>
            <p class="lock-note" hidden=move || !locked()>"🔒 "<Tr k=Text::ChLocked1 /></p>
            {children()}
        </fieldset>
    }
}
