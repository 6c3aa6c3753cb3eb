//! View models: the pure, browser-free state and formatting behind the UI components.
//!
//! Following Leptos's `counter_without_macros` example, everything a component decides is
//! computed here by plain Rust and tested natively; `src/app` only binds it to the DOM. The
//! layout follows `src/app`, folder for folder:
//!
//! - [`charts`]/ — the metric charts (`src/app/charts`): spec, alarm marks, palette, hover,
//!   value formats, and the window every chart shares
//! - [`controls`]/ — the control panel (`src/app/controls`): traffic, pattern editor, form
//!   fields, policy list and policy edit form
//! - [`fleet`]/ — the fleet diagram (`src/app/fleet`): tiles, the compact grid, particles
//! - [`i18n`]/ — the UI's texts in English and Korean
//! - [`activity`], [`alarms`], [`summary`] — rows of the activity history, the alarms table
//!   and the run summary (`src/app/activity.rs`, `src/app/alarms.rs`)
//! - [`clock`] — the simulated clock of the header
//! - [`embed`] — the embedded view and the `<iframe>` snippet (`src/app/embed.rs`)
//! - [`export`], [`json`] — CSV and JSON export, JSON import (`src/app/exports.rs`)
//! - [`presets`] — the ready scenarios (`src/app/presets.rs`)
// Unit tests may unwrap: that is how a test says "this must be there".
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod activity;
pub mod alarms;
pub mod author;
pub mod campaign;
pub mod charts;
pub mod class;
pub mod clock;
pub mod compare;
pub mod controls;
pub mod embed;
pub mod export;
pub mod fleet;
pub mod guide;
pub mod i18n;
pub mod json;
pub mod lab_report;
pub mod misses;
pub mod presets;
pub mod summary;
pub mod trace_import;
