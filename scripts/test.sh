#!/usr/bin/env bash
# Installs what is missing, checks the code's form, then runs every test layer and exits
# non-zero if any fails:
#   checks: cargo fmt --check, then clippy with warnings as errors on every target, natively
#      and for wasm32 (the UI and the browser tests)
#   1. native engine, share and view-model tests (cargo test, no browser)
#   2. browser tests: wasm-bindgen-test in headless Chromium through chromedriver
#   3. end-to-end: the release build served on 127.0.0.1, driven by playwright-core
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
start=$SECONDS
section() { printf '\n=== %s (t+%ss)\n' "$*" "$((SECONDS - start))"; }

section "set-up"
bash scripts/setup.sh --browser
source scripts/env.sh

section "check: formatting (cargo fmt --check)"
cargo fmt --check

section "check: clippy, native"
cargo clippy --offline --workspace --all-targets -- -D warnings

section "check: clippy, wasm32 (the UI and the browser tests)"
cargo clippy --offline --workspace --target wasm32-unknown-unknown --all-targets -- -D warnings
# the page's build: the split points of src/app/parts.rs (the `split` feature, index.html)
cargo clippy --offline -p asg-lab --target wasm32-unknown-unknown --lib --bins --features split -- -D warnings

section "1/3 native tests"
cargo test --offline --workspace --all-targets

section "2/3 browser tests (headless Chromium)"
# The engine's native digest of a busy scenario (written by tests/engine/determinism.rs above); the
# browser test recomputes it in wasm and must get the same.
ASG_NATIVE_DIGEST=$(cat "${CARGO_TARGET_DIR:-target}/tmp/native-digest")
export ASG_NATIVE_DIGEST
echo "native engine digest: $ASG_NATIVE_DIGEST"
# Never -q here: the wasm test runner rejects --quiet.
cargo test --offline --target wasm32-unknown-unknown --test browser
# The crash screen: a page of its own (after a panic the wasm instance stays "panicking").
cargo test --offline --target wasm32-unknown-unknown --test browser_crash

section "3/3 end-to-end on the release build"
trunk build --release --offline
node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=./e2e/summary-reporter.mjs --test-reporter-destination=stdout \
  e2e/

section "all tests passed in $((SECONDS - start)) s"
