//! JSON import against random and hostile documents: it never panics, and whatever it
//! accepts is a valid scenario (one `Sim::new` leaves unchanged), like a link.

use asg_engine::Sim;
use asg_view_model::export::{scenario_from_json, scenario_json};
use asg_view_model::presets;
use proptest::prelude::*;

fn accepts_only_valid(doc: &str) -> Result<(), TestCaseError> {
    if let Ok((sc, _notices)) = scenario_from_json(doc) {
        let sim = Sim::new(sc.clone());
        prop_assert_eq!(sim.scenario(), &sc, "accepted but not valid: {}", doc);
    }
    Ok(())
}

fn busy_json() -> String {
    scenario_json(&presets::find("black-friday").map(|p| p.scenario).unwrap_or_default())
}

proptest! {
    // 3 × 400 documents in CI; 3 × 34,000 (> 100,000) in `scripts/fuzz.sh`
    #![proptest_config(ProptestConfig { cases: crate::fuzz::cases(400, 34_000), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_text_never_breaks_the_import(doc in "\\PC{0,300}") {
        accepts_only_valid(&doc)?;
    }

    #[test]
    fn hostile_objects_never_break_the_import(pairs in prop::collection::vec((
        prop::sample::select(vec!["v", "min", "max", "desired", "traffic", "pol", "ev", "alg", "cmp", "seed", "start", "name", "zzz", "preset", "\u{0}", "__proto__"]),
        "[-0-9a-z.,:;()+*%_@/<>&\"'\\\\ ]{0,30}|1e309|NaN|-1|１２|<script>",
    ), 0..10), raw in any::<bool>()) {
        let body: Vec<String> = pairs
            .iter()
            .map(|(k, v)| if raw { format!("\"{k}\": {v}") } else { format!("\"{k}\": \"{}\"", v.replace('"', "\\\"")) })
            .collect();
        accepts_only_valid(&format!("{{{}}}", body.join(", ")))?;
    }

    #[test]
    fn mutated_exports_never_break_the_import(ops in prop::collection::vec((any::<u8>(), any::<usize>(), any::<char>()), 1..8)) {
        let mut doc: Vec<char> = busy_json().chars().collect();
        for (op, at, c) in ops {
            let i = if doc.is_empty() { 0 } else { at % doc.len() };
            match op % 3 {
                0 if !doc.is_empty() => { doc.remove(i); }
                1 => doc.insert(i, c),
                _ if !doc.is_empty() => doc[i] = c,
                _ => {}
            }
        }
        accepts_only_valid(&doc.into_iter().collect::<String>())?;
    }
}
