#!/usr/bin/env bash
# Installs whatever ASG Lab's build and tests need and is missing; skips what is there.
#   bash scripts/setup.sh            build tools and Debian's chromium (what `serve` needs: the
#                                    build draws the static first view in it, first-view.mjs)
#   bash scripts/setup.sh --browser  also chromium-driver (what `test` needs)
# Everything comes from package registries (crates.io, npm, Debian): no GitHub downloads.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/env.sh

want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

TRUNK_VERSION=0.21.14   # 0.22 needs rustc 1.96
# wasm-split-cli (scripts/split.mjs) must read what the lockfile's wasm_split_helpers writes.
SPLIT_VERSION=0.2.4
WBG_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WBG_VERSION" ] || { echo "[setup] no wasm-bindgen in Cargo.lock" >&2; exit 1; }

log() { printf '[setup] %s\n' "$*"; }
has_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The test command checks formatting and lints (rustup's default profile has both; a minimal
# one does not).
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding the $component component"
    rustup component add "$component"
  fi
done

# trunk, wasm-bindgen-cli and wasm-split-cli are compiled from crates.io (about 10 minutes cold,
# in parallel).
pids=()
if ! has_version trunk "trunk $TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (cargo install, several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked >"${TMPDIR:-/tmp}/asg-setup-trunk.log" 2>&1 &
  pids+=($!)
fi
if ! has_version wasm-bindgen "wasm-bindgen $WBG_VERSION"; then
  log "installing wasm-bindgen-cli $WBG_VERSION (the lockfile's version)"
  # Its own lockfile can name a crate version the registry no longer has: fall back to a
  # fresh resolution when --locked fails.
  ( cargo install wasm-bindgen-cli --version "$WBG_VERSION" --locked ||
    cargo install wasm-bindgen-cli --version "$WBG_VERSION" ) >"${TMPDIR:-/tmp}/asg-setup-wbg.log" 2>&1 &
  pids+=($!)
fi
# (wasm-split-cli has no --version: cargo's list of installed crates says which it is)
if ! command -v wasm-split-cli >/dev/null 2>&1 ||
   ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  log "installing wasm-split-cli $SPLIT_VERSION (wasm_split_cli_support: splits the wasm)"
  cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --features build-binary --locked \
    >"${TMPDIR:-/tmp}/asg-setup-split.log" 2>&1 &
  pids+=($!)
fi
for pid in "${pids[@]}"; do
  if ! wait "$pid"; then
    log "a cargo install failed; its log:"
    tail -n 40 "${TMPDIR:-/tmp}"/asg-setup-*.log >&2
    exit 1
  fi
done

# wasm-opt (npm `binaryen`, pinned as version_132 in Trunk.toml) and playwright-core.
if ! has_version wasm-opt "version 132" || [ ! -d node_modules/playwright-core ]; then
  log "installing npm dev tools (binaryen 132, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ ! -x /usr/bin/chromium ] || { $want_browser && [ ! -x /usr/bin/chromedriver ]; }; then
  packages=(chromium fonts-dejavu-core)
  $want_browser && packages+=(chromium-driver)
  log "installing Debian's ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# Crates for both targets, so that builds can run --offline and never try the network.
cargo fetch --locked >/dev/null
log "ready: $(trunk --version), $(wasm-bindgen --version), wasm-split-cli $SPLIT_VERSION, $(wasm-opt --version | head -n1)"
