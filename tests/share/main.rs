//! Native tests of shareable links (`crates/share`): exact round trips, presets, malformed and
//! hostile links with their notices in both languages, and exact replay of a recorded session.
//! One test binary: `cargo test --test share`. Native only: the wasm build of the tests is
//! `tests/browser/`.
#![cfg(not(target_arch = "wasm32"))]
// A test crate: unwrapping is how a test says "this must be there" (the lint holds elsewhere).
#![allow(clippy::unwrap_used)]

mod account;
mod challenge;
#[path = "../common/fuzz.rs"]
mod fuzz;
mod hostile;
mod json_random;
mod limits;
mod notices;
mod preset;
mod replay;
mod roundtrip;
mod roundtrip_random;
