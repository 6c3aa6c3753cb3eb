//! Native engine tests: the AWS behaviour of `crates/engine` (one module per area, each citing its
//! `docs/aws-behaviour.md` section), properties over random scenarios, determinism, bounded memory,
//! the "why" texts and the engine's boundary. One test binary: `cargo test --test engine`.
//! Native only: the wasm build of the tests is `tests/browser/`.
#![cfg(not(target_arch = "wasm32"))]
// A test crate: unwrapping is how a test says "this must be there" (the lint holds elsewhere).
#![allow(clippy::unwrap_used)]

mod account;
mod alb;
mod billing;
mod capacity;
mod challenge;
mod citations;
mod cloudwatch;
mod credits;
mod determinism;
#[path = "../common/fuzz.rs"]
mod fuzz;
mod golden_seed_exercise;
mod hpa;
mod lifecycle;
mod memory;
mod properties;
mod scheduled_predictive;
mod shadows;
mod sim_boundary;
mod step_simple;
mod target_tracking;
mod traffic;
mod weighted_random;
mod why_text;
