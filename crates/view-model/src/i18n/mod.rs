//! The UI's languages: English and Korean (the first course using the lab is Korean). The
//! language follows the browser, can be switched, and travels in a shared link (`lang=ko`).
//! AWS names (metric names, ASG lifecycle states such as `InService`, API actions, AWS's
//! error texts) stay as the console shows them in each language, so they are not translated
//! here; what the Korean console does translate (EC2, ELB and EBS states, activity statuses,
//! alarm states, region names: 실행 중, 활성, 성공, 경보 상태, 아시아 태평양(서울)) is.
//!
//! # One mechanism
//! Every string the lab writes itself is a [`Text`]: a named constant holding its English and
//! its Korean side by side, declared with `texts!` in one of the catalogues —
//! `catalogue.rs` (fixed labels), `messages.rs` (the components' messages with values),
//! `forms.rs` (the control panel), `views.rs` (summary, fleet, alarms), `notices.rs` (a
//! link's notices) and `why.rs` (the engine's reasons).
//! - A fixed string is read with [`tr`].
//! - A string with values in it is a template with named placeholders, `{desired}`, filled
//!   by [`fill`]. Korean particles that depend on the value take a filter: `{label|은}` gives
//!   `최소 용량은` / `목표값은` / `Target CPU은(는)` (also `|을` and `|이`).
//! - English plurals are two texts ([`plural`]), not grammar in the templates.
//!
//! The test in `check.rs` reads every text: neither language may be empty, and both must use
//! the same placeholders. Written by hand rather than with an i18n crate: the lab has one
//! small catalogue, and `leptos_i18n`'s build-time codegen would add compile time and wasm
//! size for no gain here. A text is one static string, so the ones the UI does not use are
//! left out of the wasm like any other unused constant.

/// `text!("English", "Korean")`: one [`Text`]. The catalogues declare theirs with `texts!`;
/// data outside them (the presets) uses this, and the test in `check.rs` reads those too.
macro_rules! text {
    ($en:literal, $ko:literal) => {
        $crate::i18n::Text::both(concat!($en, "\0", $ko))
    };
}
pub(crate) use text;

/// Declares texts: `Name: "English", "Korean";` makes the constant `Text::Name` and adds it to
/// the catalogue's `ALL` (what the test reads).
macro_rules! texts {
    ($($name:ident: $en:literal, $ko:literal;)*) => {
        #[allow(non_upper_case_globals)]
        impl super::Text {
            $(#[doc = $en] pub const $name: super::Text = text!($en, $ko);)*
        }

        /// Every text of this catalogue, by name.
        #[cfg(test)]
        pub(super) const ALL: &[(&str, super::Text)] = &[$((stringify!($name), super::Text::$name)),*];
    };
}

mod campaign;
mod catalogue;
mod challenge;
#[cfg(test)]
mod check;
mod compare;
mod forms;
mod gaps;
mod guide;
mod lang;
mod messages;
mod notices;
mod trace;
mod views;
mod why;

pub use challenge::{challenge_problem, knob_text};
pub use lang::{fill, plural, tr, Lang, Text};
pub use messages::*;
pub use notices::{notice_problem, notice_text, notice_used};
pub use why::why_text;
