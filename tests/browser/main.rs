//! Browser tests: the real components mounted in headless Chromium (wasm-bindgen-test through
//! chromedriver). Run by `scripts/test.sh` as `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(all(target_arch = "wasm32", target_os = "unknown"))]
// A test crate: unwrapping is how a test says "this must be there" (the lint holds elsewhere).
#![allow(clippy::unwrap_used)]

mod challenge;
mod charts;
mod compare;
mod console;
mod day;
mod determinism;
mod embed;
mod exports;
mod fleet;
mod guide;
mod i18n;
mod parts;
mod presets;
mod skeleton;
mod support;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
