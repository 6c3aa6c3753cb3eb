//! The console's small building blocks, shared by every panel: a text in the current
//! language ([`Tr`]), the one drop-down ([`Select`]), and labelled form rows ([`Field`],
//! [`Choice`], [`labelled`]), and controls a challenge may lock ([`Knob`]).

mod field;
mod locked;
mod select;
mod tr;

pub use field::{Choice, Field};
pub use locked::Knob;
pub use select::{labelled, Select};
pub use tr::Tr;
