//! JSON import against random and hostile documents: it never panics, and whatever it
//! accepts is a valid scenario (one `Sim::new` leaves unchanged), like a link.

use asg_engine::Sim;
use asg_view_model::export::{scenario_from_json, scenario_json};
use asg_view_model::presets;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use std::cell::Cell;

/// Whether the import accepted `doc`; fails the case if it accepted an invalid scenario.
fn accepts_only_valid(doc: &str) -> Result<bool, TestCaseError> {
    let Ok((sc, _notices)) = scenario_from_json(doc) else { return Ok(false) };
    let sim = Sim::new(sc.clone());
    prop_assert_eq!(sim.scenario(), &sc, "accepted but not valid: {}", doc);
    Ok(true)
}

/// A busy export to mutate: the black-friday preset (policies, a schedule, a ramp).
fn busy_json() -> String {
    let p = presets::find("black-friday").expect("the black-friday preset exists");
    assert_ne!(p.scenario, asg_engine::Scenario::default());
    scenario_json(&p.scenario)
}

/// Objects of known and hostile keys with hostile values, quoted or raw.
fn hostile_objects() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(
            (
                prop::sample::select(vec![
                    "v",
                    "min",
                    "max",
                    "desired",
                    "traffic",
                    "pol",
                    "ev",
                    "alg",
                    "cmp",
                    "seed",
                    "start",
                    "name",
                    "zzz",
                    "preset",
                    "\u{0}",
                    "__proto__",
                ]),
                "[-0-9a-z.,:;()+*%_@/<>&\"'\\\\ ]{0,30}|1e309|NaN|-1|１２|<script>",
            ),
            0..10,
        ),
        any::<bool>(),
    )
        .prop_map(|(pairs, raw)| {
            let body: Vec<String> = pairs
                .iter()
                .map(
                    |(k, v)| {
                        if raw {
                            format!("\"{k}\": {v}")
                        } else {
                            format!("\"{k}\": \"{}\"", v.replace('"', "\\\""))
                        }
                    },
                )
                .collect();
            format!("{{{}}}", body.join(", "))
        })
}

/// The busy export with up to seven characters removed, inserted or replaced.
fn mutated_exports() -> impl Strategy<Value = String> {
    prop::collection::vec((any::<u8>(), any::<usize>(), any::<char>()), 1..8).prop_map(|ops| {
        let mut doc: Vec<char> = busy_json().chars().collect();
        for (op, at, c) in ops {
            let i = if doc.is_empty() { 0 } else { at % doc.len() };
            match op % 3 {
                0 if !doc.is_empty() => {
                    doc.remove(i);
                }
                1 => doc.insert(i, c),
                _ if !doc.is_empty() => doc[i] = c,
                _ => {}
            }
        }
        doc.into_iter().collect()
    })
}

proptest! {
    // 3 × 400 documents in CI; 3 × 34,000 (> 100,000) in `scripts/fuzz.sh`
    #![proptest_config(ProptestConfig { cases: crate::fuzz::cases(400, 34_000), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_text_never_breaks_the_import(doc in "\\PC{0,300}") {
        accepts_only_valid(&doc)?;
    }

    #[test]
    fn hostile_objects_never_break_the_import(doc in hostile_objects()) {
        accepts_only_valid(&doc)?;
    }

    #[test]
    fn mutated_exports_never_break_the_import(doc in mutated_exports()) {
        accepts_only_valid(&doc)?;
    }
}

/// How many of `cases` documents of `strategy` the import accepts (each checked valid).
fn accepted(strategy: impl Strategy<Value = String>, cases: u32) -> u32 {
    let n = Cell::new(0);
    let mut runner = TestRunner::new_with_rng(
        ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() },
        proptest::test_runner::TestRng::deterministic_rng(proptest::test_runner::RngAlgorithm::ChaCha),
    );
    runner
        .run(&strategy, |doc| {
            n.set(n.get() + u32::from(accepts_only_valid(&doc)?));
            Ok(())
        })
        .expect("every accepted document is valid");
    n.get()
}

#[test]
fn the_fuzzed_documents_include_accepted_ones() {
    // Without accepted documents the properties above would check nothing.
    assert!(accepts_only_valid(&busy_json()).expect("valid"), "the unmutated export is accepted");
    let (hostile, mutated) = (accepted(hostile_objects(), 300), accepted(mutated_exports(), 300));
    assert!(hostile >= 30, "{hostile} of 300 hostile objects accepted");
    assert!(mutated >= 30, "{mutated} of 300 mutated exports accepted");
}
