//! ASG Lab: an AWS Auto Scaling laboratory that runs in the browser.
//!
//! The layers, one crate each, in one direction only (an upward import does not compile):
//!
//! * `app` (this crate, wasm32 only) — the thin Leptos UI that reads engine snapshots through
//!   signals;
//! * [`view_model`] (`crates/view-model`) — what each component shows, as plain Rust;
//! * [`share`] (`crates/share`) — the link codec: a whole run as a query string;
//! * [`trace`] (`crates/trace`) — trace import: a file of request counts read to a traffic
//!   trace (beside the link codec, on the engine);
//! * [`sim`] (`crates/engine`) — the engine: pure, deterministic Rust with no browser crate.
//!
//! The short names below are what `src/app` uses for the crates.

pub use asg_engine as sim;
pub use asg_share as share;
pub use asg_trace as trace;
pub use asg_view_model as view_model;

#[cfg(target_arch = "wasm32")]
pub mod app;
