//! [`Tr`]: a UI text in the current language.

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::view_model::i18n::{tr, Text};

/// A UI string in the current language, updated live when the language is switched. One
/// component for every label keeps the wasm small: a closure per label would be compiled
/// into its own render code.
#[component]
pub fn Tr(k: Text) -> impl IntoView {
    let lab = use_lab();
    move || tr(lab.lang.get(), k)
}
