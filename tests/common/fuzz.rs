//! Quick property runs in CI, long ones from `scripts/fuzz.sh` (which sets `ASG_FUZZ=1`).

/// Whether this is a long fuzzing run.
pub fn long() -> bool {
    std::env::var_os("ASG_FUZZ").is_some_and(|v| v != "0")
}

/// `quick` cases in CI, `long` in a fuzzing run.
pub fn cases(quick: u32, long_cases: u32) -> u32 {
    if long() {
        long_cases
    } else {
        quick
    }
}
