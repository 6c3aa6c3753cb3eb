//! The fields of the generic edit forms (policy and traffic-pattern editors) as data: key,
//! label, how the field is edited and its current value as text. `src/app/controls/spec_fields`
//! renders them.

use crate::i18n::Text;

/// How a field is edited.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldKind {
    /// A number or short text.
    Text,
    /// A checkbox: value "true" / "false".
    Toggle,
    /// A select over (value, label).
    Choice(Vec<(&'static str, Text)>),
}

/// One field of an edit form (a scaling policy's or a traffic pattern's).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldSpec {
    /// The field's key: names its value when the form is read back, and ends its test id.
    pub key: &'static str,
    /// Shown through [`tr`](crate::i18n::tr), so it follows the language.
    pub label: Text,
    /// How it is edited.
    pub kind: FieldKind,
    /// Its current value as text.
    pub value: String,
}
