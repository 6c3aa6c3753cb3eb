//! Same scenario and seed ⇒ the same run, twice in one process (natively). The browser test
//! `tests/browser/determinism.rs` checks the same digest in wasm against the native one.

// The scenarios live in tests/common/, which the browser crate shares.
#[path = "../common/digest.rs"]
mod digest;

#[test]
fn two_runs_of_a_busy_scenario_are_identical() {
    let (a, b) = (digest::digest(), digest::digest());
    assert_eq!(a, b);
    // For the browser test: scripts/test.sh passes this to the wasm build.
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("native-digest");
    std::fs::write(&out, format!("{a:016x}")).expect("write the native digest");
}

#[test]
fn the_seed_matters() {
    let mut other = digest::scenario();
    other.seed += 1;
    let mut sim = asg_engine::Sim::new(other);
    sim.step(3600);
    let mut same = asg_engine::Sim::new(digest::scenario());
    same.step(3600);
    assert_ne!(sim.snapshot().instances[0].id, same.snapshot().instances[0].id);
}

#[test]
fn the_second_scenario_runs_a_large_t3_fleet() {
    // It is there for the steady cohort (identical t3 instances served as one group): the
    // digest only covers that path if the fleet grows well past a handful.
    let mut sim = asg_engine::Sim::new(digest::cohort_scenario());
    let mut peak = 0;
    for _ in 0..360 {
        sim.step(60);
        peak = peak.max(sim.snapshot().instances.len());
    }
    assert!(peak >= 20, "peak {peak} instances");
}
