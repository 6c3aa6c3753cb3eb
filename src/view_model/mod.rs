//! View models: the pure, browser-free state and formatting behind the UI components.
//!
//! Following Leptos's `counter_without_macros` example, everything a component decides is
//! computed here by plain Rust and tested natively; `src/app` only binds it to the DOM.

pub mod charts;
pub mod clock;
pub mod controls;
pub mod embed;
pub mod export;
pub mod fleet;
pub mod i18n;
pub mod json;
pub mod log;
pub mod presets;
