//! The native benchmark's day (86,400 one-second ticks, up to ~100 instances) run in wasm in
//! headless Chromium. A timing, not a timed test: it prints the wall time (see it with
//! `cargo test --target wasm32-unknown-unknown --test browser -- --nocapture`) and checks
//! only that the day ran and scaled.

use asg_engine::Sim;
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

// The same scenario as `benches/day.rs` (`mod day` here would be `day::day`).
#[path = "../common/day.rs"]
mod scenario;

#[wasm_bindgen_test]
fn a_simulated_day_in_wasm() {
    let perf = web_sys::window().unwrap().performance().unwrap();
    let t0 = perf.now();
    let mut sim = Sim::new(scenario::day_scenario());
    sim.run_until(86_400);
    let ms = perf.now() - t0;
    let summary = sim.summary();
    console_log!("wasm day: {ms:.0} ms for 86400 ticks, peak {} instances", summary.peak_instances);
    assert_eq!(sim.now(), 86_400);
    assert!(summary.peak_instances >= 80, "the day needs up to ~100 instances: {}", summary.peak_instances);
}
