//! ASG Lab: an AWS Auto Scaling laboratory that runs in the browser.
//!
//! * [`sim`] is the engine: pure, deterministic Rust with no browser crate. It builds and is
//!   tested natively (`cargo test`) and runs unchanged in WebAssembly.
//! * `app` (wasm32 only) is the thin Leptos UI that reads engine snapshots through signals.

// Lets unit tests include the scenarios `tests/common` writes with `asg_lab::` paths.
#[cfg(test)]
extern crate self as asg_lab;

pub mod share;
pub mod sim;
pub mod view_model;

#[cfg(target_arch = "wasm32")]
pub mod app;
