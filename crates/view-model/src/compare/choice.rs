//! The comparison chooser's words for the link's runs ([`asg_share::compare`]).

pub use asg_share::compare::{Alternative, CompareRun, DEFAULT_RUNS};

use crate::i18n::Text;

/// The chooser's name of a policy set.
pub fn alt_text(a: Alternative) -> Text {
    match a {
        Alternative::Tt30 => Text::AltTt30,
        Alternative::Tt70 => Text::AltTt70,
        Alternative::Step => Text::AltStep,
        Alternative::Simple => Text::AltSimple,
        Alternative::None => Text::AltNone,
    }
}
