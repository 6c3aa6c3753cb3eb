//! Browser tests: the real components mounted in headless Chromium (wasm-bindgen-test through
//! chromedriver). Run by `scripts/test.sh` as `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(all(target_arch = "wasm32", target_os = "unknown"))]

mod support;
mod skeleton;
mod console;
mod day;
mod determinism;
mod presets;
mod exports;
mod embed;
mod charts;
mod i18n;
mod fleet;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
