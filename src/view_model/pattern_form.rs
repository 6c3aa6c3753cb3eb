//! The traffic-pattern editor as data: the kinds of pattern, their fields (times in minutes
//! after the start, rates in requests/s), how edited text becomes a `Pattern`, and a one-line
//! description of any pattern, composite ones included.

use crate::sim::Pattern;
use crate::view_model::form::parse_decimal;
use crate::view_model::i18n::{Lang, Text};
use crate::view_model::input::MAX_RPS;
use crate::view_model::policy_form::{FieldKind, FieldSpec};

/// Pattern kinds offered by the editor, with their labels.
pub const KINDS: [(&str, Text); 6] = [
    ("constant", Text::PatternConstant),
    ("ramp", Text::PatternRamp),
    ("step", Text::PatternStep),
    ("diurnal", Text::PatternDiurnal),
    ("spike", Text::PatternSpike),
    ("walk", Text::PatternWalk),
];

/// Which kind `p` is (composite patterns are shown, not edited field by field).
pub fn kind_of(p: &Pattern) -> &'static str {
    match p {
        Pattern::Constant { .. } => "constant",
        Pattern::Ramp { .. } => "ramp",
        Pattern::Step { .. } => "step",
        Pattern::Diurnal { .. } => "diurnal",
        Pattern::Spike { .. } => "spike",
        Pattern::RandomWalk { .. } => "walk",
        Pattern::Sum(_) | Pattern::Product(_) => "composite",
    }
}

fn f(key: &'static str, label: &'static str, v: f64) -> FieldSpec {
    FieldSpec { key, label, kind: FieldKind::Text, value: format!("{v}") }
}

fn min(s: u64) -> f64 {
    s as f64 / 60.0
}

/// The fields of `kind`, filled from `current` when it is of that kind, else with examples.
pub fn fields_for(kind: &str, current: &Pattern) -> Vec<FieldSpec> {
    let c = if kind_of(current) == kind { Some(current) } else { None };
    match (kind, c) {
        ("constant", Some(Pattern::Constant { rps })) => vec![f("rps", "Requests/s", *rps)],
        ("constant", _) => vec![f("rps", "Requests/s", 50.0)],
        ("ramp", Some(Pattern::Ramp { from_rps, to_rps, start_s, duration_s })) => vec![
            f("from", "From [req/s]", *from_rps),
            f("to", "To [req/s]", *to_rps),
            f("start", "Starts at [min]", min(*start_s)),
            f("duration", "Over [min]", min(*duration_s)),
        ],
        ("ramp", _) => vec![f("from", "From [req/s]", 10.0), f("to", "To [req/s]", 500.0), f("start", "Starts at [min]", 5.0), f("duration", "Over [min]", 60.0)],
        ("step", Some(Pattern::Step { before_rps, after_rps, at_s })) => {
            vec![f("before", "Before [req/s]", *before_rps), f("after", "After [req/s]", *after_rps), f("at", "At [min]", min(*at_s))]
        }
        ("step", _) => vec![f("before", "Before [req/s]", 20.0), f("after", "After [req/s]", 300.0), f("at", "At [min]", 10.0)],
        ("diurnal", Some(Pattern::Diurnal { mean_rps, amplitude_rps, peak_hour_utc })) => vec![
            f("mean", "Mean [req/s]", *mean_rps),
            f("amplitude", "± [req/s]", *amplitude_rps),
            f("peak", "Peak hour [UTC]", *peak_hour_utc),
        ],
        ("diurnal", _) => vec![f("mean", "Mean [req/s]", 200.0), f("amplitude", "± [req/s]", 150.0), f("peak", "Peak hour [UTC]", 12.0)],
        ("spike", Some(Pattern::Spike { at_s, rise_s, hold_s, fall_s, base, peak })) => vec![
            f("base", "Normal [req/s]", *base),
            f("peak", "Peak [req/s]", *peak),
            f("at", "Starts at [min]", min(*at_s)),
            f("rise", "Rise [min]", min(*rise_s)),
            f("hold", "Hold [min]", min(*hold_s)),
            f("fall", "Fall [min]", min(*fall_s)),
        ],
        ("spike", _) => vec![
            f("base", "Normal [req/s]", 20.0),
            f("peak", "Peak [req/s]", 800.0),
            f("at", "Starts at [min]", 10.0),
            f("rise", "Rise [min]", 2.0),
            f("hold", "Hold [min]", 10.0),
            f("fall", "Fall [min]", 5.0),
        ],
        ("walk", Some(Pattern::RandomWalk { start_rps, step_rps, min_rps, max_rps })) => vec![
            f("start", "Starts at [req/s]", *start_rps),
            f("step", "Step per minute (σ) [req/s]", *step_rps),
            f("min", "Lowest [req/s]", *min_rps),
            f("max", "Highest [req/s]", *max_rps),
        ],
        ("walk", _) => vec![f("start", "Starts at [req/s]", 100.0), f("step", "Step per minute (σ) [req/s]", 10.0), f("min", "Lowest [req/s]", 0.0), f("max", "Highest [req/s]", 400.0)],
        _ => vec![],
    }
}

/// A pattern of `kind` from edited `values` (key, text), or the first problem found.
pub fn build(kind: &str, values: &[(&str, String)]) -> Result<Pattern, String> {
    let get = |k: &str| values.iter().find(|(key, _)| *key == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let rate = |k: &str, label: &str| parse_decimal(Lang::En, label, &get(k), 0.0, MAX_RPS);
    let minutes = |k: &str, label: &str| parse_decimal(Lang::En, label, &get(k), 0.0, 60.0 * 24.0 * 30.0).map(|m| (m * 60.0).round() as u64);
    Ok(match kind {
        "constant" => Pattern::Constant { rps: rate("rps", "Requests/s")? },
        "ramp" => Pattern::Ramp {
            from_rps: rate("from", "From")?,
            to_rps: rate("to", "To")?,
            start_s: minutes("start", "Start")?,
            duration_s: minutes("duration", "Duration")?,
        },
        "step" => Pattern::Step { before_rps: rate("before", "Before")?, after_rps: rate("after", "After")?, at_s: minutes("at", "Time")? },
        "diurnal" => {
            let mean_rps = rate("mean", "Mean")?;
            let amplitude_rps = rate("amplitude", "Amplitude")?;
            if amplitude_rps > mean_rps {
                return Err("The daily swing (±) cannot be larger than the mean: traffic would go below zero.".into());
            }
            Pattern::Diurnal { mean_rps, amplitude_rps, peak_hour_utc: parse_decimal(Lang::En, "Peak hour", &get("peak"), 0.0, 23.99)? }
        }
        "spike" => Pattern::Spike {
            base: rate("base", "Normal")?,
            peak: rate("peak", "Peak")?,
            at_s: minutes("at", "Start")?,
            rise_s: minutes("rise", "Rise")?,
            hold_s: minutes("hold", "Hold")?,
            fall_s: minutes("fall", "Fall")?,
        },
        "walk" => {
            let (min_rps, max_rps) = (rate("min", "Lowest")?, rate("max", "Highest")?);
            if min_rps > max_rps {
                return Err("The lowest rate must not be above the highest.".into());
            }
            let start_rps = rate("start", "Start")?;
            if !(min_rps..=max_rps).contains(&start_rps) {
                return Err(format!("The starting rate must be between {min_rps} and {max_rps} requests/s."));
            }
            Pattern::RandomWalk { start_rps, step_rps: rate("step", "Step")?, min_rps, max_rps }
        }
        _ => return Err(format!("Unknown traffic pattern \u{201c}{kind}\u{201d}.")),
    })
}

/// One line on what a pattern does.
pub fn describe(p: &Pattern) -> String {
    let m = |s: &u64| format!("{} min", s / 60);
    match p {
        Pattern::Constant { rps } => format!("Constant {rps} req/s"),
        Pattern::Ramp { from_rps, to_rps, start_s, duration_s } => {
            format!("Ramp {from_rps} → {to_rps} req/s from +{} over {}", m(start_s), m(duration_s))
        }
        Pattern::Step { before_rps, after_rps, at_s } => format!("Step {before_rps} → {after_rps} req/s at +{}", m(at_s)),
        Pattern::Diurnal { mean_rps, amplitude_rps, peak_hour_utc } => {
            format!("Daily cycle {mean_rps} ± {amplitude_rps} req/s, peak at {peak_hour_utc}:00 UTC")
        }
        Pattern::Spike { at_s, rise_s, hold_s, fall_s, base, peak } => format!(
            "Flash crowd {base} → {peak} req/s at +{} (rise {}, hold {}, fall {})",
            m(at_s),
            m(rise_s),
            m(hold_s),
            m(fall_s)
        ),
        Pattern::RandomWalk { start_rps, step_rps, min_rps, max_rps } => {
            format!("Random walk from {start_rps} req/s, σ {step_rps}/min, within {min_rps}–{max_rps}")
        }
        Pattern::Sum(v) => format!("Sum of: {}", v.iter().map(describe).collect::<Vec<_>>().join(" + ")),
        Pattern::Product(v) => format!("Product of: {}", v.iter().map(describe).collect::<Vec<_>>().join(" × ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(fields: &[FieldSpec]) -> Vec<(&'static str, String)> {
        fields.iter().map(|f| (f.key, f.value.clone())).collect()
    }

    #[test]
    fn every_kind_builds_from_its_example_and_round_trips() {
        for (kind, _) in KINDS {
            let example = build(kind, &values(&fields_for(kind, &Pattern::Constant { rps: 1.0 }))).unwrap();
            assert_eq!(kind_of(&example), kind);
            let again = build(kind, &values(&fields_for(kind, &example))).unwrap();
            assert_eq!(again, example, "{kind}");
            assert!(!describe(&example).is_empty());
        }
    }

    #[test]
    fn bad_values_get_messages() {
        assert!(build("constant", &[("rps", "-1".into())]).unwrap_err().contains("between"));
        assert!(build("constant", &[("rps", "lots".into())]).unwrap_err().contains("number"));
        assert!(build("diurnal", &[("mean", "10".into()), ("amplitude", "20".into()), ("peak", "12".into())])
            .unwrap_err()
            .contains("below zero"));
        assert!(build("walk", &[("start", "5".into()), ("step", "1".into()), ("min", "10".into()), ("max", "20".into())])
            .unwrap_err()
            .contains("between 10 and 20"));
        assert!(build("nonsense", &[]).is_err());
    }

    #[test]
    fn composite_patterns_are_described() {
        let p = Pattern::Sum(vec![Pattern::Constant { rps: 5.0 }, Pattern::Step { before_rps: 0.0, after_rps: 10.0, at_s: 600 }]);
        assert_eq!(kind_of(&p), "composite");
        assert_eq!(describe(&p), "Sum of: Constant 5 req/s + Step 0 → 10 req/s at +10 min");
        assert!(fields_for("composite", &p).is_empty());
    }
}
