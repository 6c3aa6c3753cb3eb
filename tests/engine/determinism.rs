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
    // The seed drives the instance ids and the Poisson arrivals (and through them every
    // figure): each must differ, not just the first id.
    use asg_engine::{Metric, Statistic};
    let run = |seed_offset: u64| {
        let mut sc = digest::scenario();
        sc.seed += seed_offset;
        let mut sim = asg_engine::Sim::new(sc);
        sim.step(3600);
        sim
    };
    let (a, b) = (run(0), run(1));
    let ids = |s: &asg_engine::Sim| s.snapshot().instances.iter().map(|i| i.id).collect::<Vec<_>>();
    let requests = |s: &asg_engine::Sim| {
        s.series(Metric::RequestCount, Statistic::Sum, 60, 0).iter().map(|d| d.value).collect::<Vec<_>>()
    };
    assert!(!ids(&a).is_empty() && requests(&a).len() >= 59, "both runs have instances and traffic");
    assert!(ids(&a).iter().all(|id| !ids(&b).contains(id)), "no instance id in common: {:?} {:?}", ids(&a), ids(&b));
    let (ra, rb) = (requests(&a), requests(&b));
    let same = ra.iter().zip(&rb).filter(|(x, y)| x == y).count();
    assert!(same * 10 < ra.len(), "the arrivals differ minute by minute ({same} of {} minutes equal)", ra.len());
    assert_ne!(a.summary(), b.summary());
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
