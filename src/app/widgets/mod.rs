//! The console's small building blocks, shared by every panel: a text in the current
//! language ([`Tr`]), the one drop-down ([`Select`]), and labelled form rows ([`Field`],
//! [`Choice`], [`labelled`]), controls a challenge may lock ([`Knob`]), and the
//! hand-in form ([`HandInForm`]).

mod field;
mod hand_in;
mod locked;
mod select;
mod tr;

pub use field::{Choice, Field};
pub use hand_in::HandInForm;
pub use locked::Knob;
pub use select::{labelled, Select};
pub use tr::Tr;
