//! The traffic-pattern editor as data: the kinds of pattern, their fields (times in minutes
//! after the start, rates in requests/s), how edited text becomes a `Pattern`, and a one-line
//! description of any pattern, composite ones included.

use crate::controls::form::parse_decimal;
use crate::controls::spec_fields::{FieldKind, FieldSpec};
use crate::controls::traffic::MAX_RPS;
use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::Pattern;

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
        Pattern::Sum(_) | Pattern::Product(_) | Pattern::Trace(_) => "composite",
    }
}

fn f(key: &'static str, label: Text, v: f64) -> FieldSpec {
    FieldSpec { key, label, kind: FieldKind::Text, value: format!("{v}") }
}

fn min(s: u64) -> f64 {
    s as f64 / 60.0
}

/// The fields of `kind`, filled from `current` when it is of that kind, else with examples.
pub fn fields_for(kind: &str, current: &Pattern) -> Vec<FieldSpec> {
    let c = if kind_of(current) == kind { Some(current) } else { None };
    match (kind, c) {
        ("constant", Some(Pattern::Constant { rps })) => vec![f("rps", Text::PRequests, *rps)],
        ("constant", _) => vec![f("rps", Text::PRequests, 50.0)],
        ("ramp", Some(Pattern::Ramp { from_rps, to_rps, start_s, duration_s })) => vec![
            f("from", Text::PFrom, *from_rps),
            f("to", Text::PTo, *to_rps),
            f("start", Text::PStartsAtMin, min(*start_s)),
            f("duration", Text::POver, min(*duration_s)),
        ],
        ("ramp", _) => vec![
            f("from", Text::PFrom, 10.0),
            f("to", Text::PTo, 500.0),
            f("start", Text::PStartsAtMin, 5.0),
            f("duration", Text::POver, 60.0),
        ],
        ("step", Some(Pattern::Step { before_rps, after_rps, at_s })) => {
            vec![
                f("before", Text::PBefore, *before_rps),
                f("after", Text::PAfter, *after_rps),
                f("at", Text::PAt, min(*at_s)),
            ]
        }
        ("step", _) => {
            vec![f("before", Text::PBefore, 20.0), f("after", Text::PAfter, 300.0), f("at", Text::PAt, 10.0)]
        }
        ("diurnal", Some(Pattern::Diurnal { mean_rps, amplitude_rps, peak_hour_utc })) => vec![
            f("mean", Text::PMean, *mean_rps),
            f("amplitude", Text::PAmplitude, *amplitude_rps),
            f("peak", Text::PPeakHour, *peak_hour_utc),
        ],
        ("diurnal", _) => vec![
            f("mean", Text::PMean, 200.0),
            f("amplitude", Text::PAmplitude, 150.0),
            f("peak", Text::PPeakHour, 12.0),
        ],
        ("spike", Some(Pattern::Spike { at_s, rise_s, hold_s, fall_s, base, peak })) => vec![
            f("base", Text::PNormal, *base),
            f("peak", Text::PPeak, *peak),
            f("at", Text::PStartsAtMin, min(*at_s)),
            f("rise", Text::PRise, min(*rise_s)),
            f("hold", Text::PHold, min(*hold_s)),
            f("fall", Text::PFall, min(*fall_s)),
        ],
        ("spike", _) => vec![
            f("base", Text::PNormal, 20.0),
            f("peak", Text::PPeak, 800.0),
            f("at", Text::PStartsAtMin, 10.0),
            f("rise", Text::PRise, 2.0),
            f("hold", Text::PHold, 10.0),
            f("fall", Text::PFall, 5.0),
        ],
        ("walk", Some(Pattern::RandomWalk { start_rps, step_rps, min_rps, max_rps })) => vec![
            f("start", Text::PStartsAtRps, *start_rps),
            f("step", Text::PStepSigma, *step_rps),
            f("min", Text::PLowest, *min_rps),
            f("max", Text::PHighest, *max_rps),
        ],
        ("walk", _) => vec![
            f("start", Text::PStartsAtRps, 100.0),
            f("step", Text::PStepSigma, 10.0),
            f("min", Text::PLowest, 0.0),
            f("max", Text::PHighest, 400.0),
        ],
        _ => vec![],
    }
}

/// A pattern of `kind` from edited `values` (key, text), or the first problem found (in `lang`).
pub fn build(lang: Lang, kind: &str, values: &[(&str, String)]) -> Result<Pattern, String> {
    let get = |k: &str| values.iter().find(|(key, _)| *key == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let name = |key: Text| tr(lang, key);
    let rate = |k: &str, label: &str| parse_decimal(lang, label, &get(k), 0.0, MAX_RPS);
    let minutes = |k: &str, label: &str| {
        parse_decimal(lang, label, &get(k), 0.0, 60.0 * 24.0 * 30.0).map(|m| (m * 60.0).round() as u64)
    };
    Ok(match kind {
        "constant" => Pattern::Constant { rps: rate("rps", name(Text::PRequests))? },
        "ramp" => Pattern::Ramp {
            from_rps: rate("from", name(Text::PatFrom))?,
            to_rps: rate("to", name(Text::PatTo))?,
            start_s: minutes("start", name(Text::PatStart))?,
            duration_s: minutes("duration", name(Text::PatDuration))?,
        },
        "step" => Pattern::Step {
            before_rps: rate("before", name(Text::PatBefore))?,
            after_rps: rate("after", name(Text::PatAfter))?,
            at_s: minutes("at", name(Text::PatTime))?,
        },
        "diurnal" => {
            let mean_rps = rate("mean", name(Text::PatMean))?;
            let amplitude_rps = rate("amplitude", name(Text::PatAmplitude))?;
            if amplitude_rps > mean_rps {
                return Err(name(Text::DiurnalSwing).into());
            }
            Pattern::Diurnal {
                mean_rps,
                amplitude_rps,
                peak_hour_utc: parse_decimal(lang, name(Text::PatPeakHour), &get("peak"), 0.0, 23.99)?,
            }
        }
        "spike" => Pattern::Spike {
            base: rate("base", name(Text::PatNormal))?,
            peak: rate("peak", name(Text::PatPeak))?,
            at_s: minutes("at", name(Text::PatStart))?,
            rise_s: minutes("rise", name(Text::PatRise))?,
            hold_s: minutes("hold", name(Text::PatHold))?,
            fall_s: minutes("fall", name(Text::PatFall))?,
        },
        "walk" => {
            let (min_rps, max_rps) = (rate("min", name(Text::PatLowest))?, rate("max", name(Text::PatHighest))?);
            if min_rps > max_rps {
                return Err(name(Text::WalkLowAboveHigh).into());
            }
            let start_rps = rate("start", name(Text::PatStartRate))?;
            if !(min_rps..=max_rps).contains(&start_rps) {
                return Err(fill(lang, Text::WalkStartOutside, &[("min", &min_rps), ("max", &max_rps)]));
            }
            Pattern::RandomWalk { start_rps, step_rps: rate("step", name(Text::PatStep))?, min_rps, max_rps }
        }
        _ => return Err(fill(lang, Text::UnknownPattern, &[("kind", &kind)])),
    })
}

/// One line on what a pattern does, in `lang`.
pub fn describe(lang: Lang, p: &Pattern) -> String {
    use Text as T;
    let m = |s: &u64| fill(lang, T::MinShort, &[("n", &(s / 60))]);
    let parts = |v: &[Pattern], sep: &str| v.iter().map(|p| describe(lang, p)).collect::<Vec<_>>().join(sep);
    match p {
        Pattern::Constant { rps } => fill(lang, T::DescConstant, &[("rps", rps)]),
        Pattern::Ramp { from_rps, to_rps, start_s, duration_s } => fill(
            lang,
            T::DescRamp,
            &[("from", from_rps), ("to", to_rps), ("start", &m(start_s)), ("duration", &m(duration_s))],
        ),
        Pattern::Step { before_rps, after_rps, at_s } => {
            fill(lang, T::DescStep, &[("before", before_rps), ("after", after_rps), ("at", &m(at_s))])
        }
        Pattern::Diurnal { mean_rps, amplitude_rps, peak_hour_utc } => {
            fill(lang, T::DescDiurnal, &[("mean", mean_rps), ("amplitude", amplitude_rps), ("peak", peak_hour_utc)])
        }
        Pattern::Spike { at_s, rise_s, hold_s, fall_s, base, peak } => fill(
            lang,
            T::DescSpike,
            &[
                ("base", base),
                ("peak", peak),
                ("at", &m(at_s)),
                ("rise", &m(rise_s)),
                ("hold", &m(hold_s)),
                ("fall", &m(fall_s)),
            ],
        ),
        Pattern::RandomWalk { start_rps, step_rps, min_rps, max_rps } => {
            fill(lang, T::DescWalk, &[("start", start_rps), ("step", step_rps), ("min", min_rps), ("max", max_rps)])
        }
        Pattern::Trace(t) => fill(
            lang,
            T::DescTrace,
            &[
                ("n", &t.levels.len()),
                ("period", &t.period_s),
                ("peak", &format!("{:.1}", t.peak_rps())),
                ("looped", &tr(lang, if t.looped { T::DescTraceLooped } else { T::DescTraceHeld })),
            ],
        ),
        Pattern::Sum(v) => fill(lang, T::DescSum, &[("parts", &parts(v, " + "))]),
        Pattern::Product(v) => fill(lang, T::DescProduct, &[("parts", &parts(v, " × "))]),
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
            let example = build(Lang::En, kind, &values(&fields_for(kind, &Pattern::Constant { rps: 1.0 }))).unwrap();
            assert_eq!(kind_of(&example), kind);
            let again = build(Lang::En, kind, &values(&fields_for(kind, &example))).unwrap();
            assert_eq!(again, example, "{kind}");
            assert!(!describe(Lang::En, &example).is_empty());
        }
    }

    #[test]
    fn bad_values_get_messages() {
        assert!(build(Lang::En, "constant", &[("rps", "-1".into())]).unwrap_err().contains("between"));
        assert!(build(Lang::En, "constant", &[("rps", "lots".into())]).unwrap_err().contains("number"));
        assert!(build(
            Lang::En,
            "diurnal",
            &[("mean", "10".into()), ("amplitude", "20".into()), ("peak", "12".into())]
        )
        .unwrap_err()
        .contains("below zero"));
        assert!(build(
            Lang::En,
            "walk",
            &[("start", "5".into()), ("step", "1".into()), ("min", "10".into()), ("max", "20".into())]
        )
        .unwrap_err()
        .contains("between 10 and 20"));
        assert!(build(Lang::En, "nonsense", &[]).is_err());
        assert_eq!(
            build(Lang::Ko, "constant", &[("rps", "-1".into())]).unwrap_err(),
            "초당 요청 수는 0에서 1000000 사이여야 합니다."
        );
    }

    #[test]
    fn composite_patterns_are_described() {
        let p = Pattern::Sum(vec![
            Pattern::Constant { rps: 5.0 },
            Pattern::Step { before_rps: 0.0, after_rps: 10.0, at_s: 600 },
        ]);
        assert_eq!(kind_of(&p), "composite");
        assert_eq!(describe(Lang::En, &p), "Sum of: Constant 5 req/s + Step 0 → 10 req/s at +10 min");
        assert_eq!(describe(Lang::Ko, &p), "합: 고정 5 req/s + 계단식 변화 0 → 10 req/s, +10분에");
        assert!(fields_for("composite", &p).is_empty());
    }
}
