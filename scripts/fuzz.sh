#!/usr/bin/env bash
# Long fuzzing runs, outside CI (CI runs the same property tests with small counts):
#   - the link parser with > 100,000 hostile or random queries (tests/share/hostile.rs),
#   - JSON import with > 100,000 documents (tests/share/json_random.rs),
#   - the engine with 10,000 random scenarios, random events at random times, up to three
#     simulated days each, checking min ≤ desired ≤ max, requests conserved, no NaN or
#     negative value and cost never falling at every minute, plus 2,000 same-seed pairs that
#     must be identical (tests/engine/properties.rs).
# Stops at the first failure (exit status non-zero); proptest shrinks it, and an engine
# failure prints a link that reproduces it (`?v=1&…`).
#   bash scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh
export ASG_FUZZ=1
start=$(date +%s)
step() { echo "=== fuzz $1/3: $2 (t+$(( $(date +%s) - start ))s)"; }
summary() { echo "=== fuzz: $1 after $(( $(date +%s) - start )) s"; }
trap 'summary "FAILED (see above)"' ERR
step 1 "link parser: 3 × 34,000 hostile or random queries"
cargo test --offline --test share hostile:: -- --test-threads=2
step 2 "JSON import: 3 × 34,000 random, hostile and mutated documents"
cargo test --offline --test share json_random:: -- --test-threads=2
step 3 "engine: 10,000 random scenarios up to 3 days, 2,000 determinism pairs, hostile commands"
cargo test --offline --test engine properties:: -- --test-threads=2
summary "all passed"
