//! The traffic-pattern editor as data: the kinds of pattern, their fields (times in minutes
//! after the start, rates in requests/s), how edited text becomes a `Pattern`, and a one-line
//! description of any pattern, composite ones included.

use crate::sim::Pattern;
use crate::view_model::controls::form::parse_decimal;
use crate::view_model::controls::spec_fields::{FieldKind, FieldSpec};
use crate::view_model::controls::traffic::MAX_RPS;
use crate::view_model::i18n::{pick, Lang, Text};

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
    let name = |en: &'static str, ko: &'static str| pick(lang, en, ko);
    let rate = |k: &str, label: &str| parse_decimal(lang, label, &get(k), 0.0, MAX_RPS);
    let minutes = |k: &str, label: &str| {
        parse_decimal(lang, label, &get(k), 0.0, 60.0 * 24.0 * 30.0).map(|m| (m * 60.0).round() as u64)
    };
    Ok(match kind {
        "constant" => Pattern::Constant { rps: rate("rps", name("Requests/s", "초당 요청 수"))? },
        "ramp" => Pattern::Ramp {
            from_rps: rate("from", name("From", "시작 값"))?,
            to_rps: rate("to", name("To", "종료 값"))?,
            start_s: minutes("start", name("Start", "시작 시각"))?,
            duration_s: minutes("duration", name("Duration", "기간"))?,
        },
        "step" => Pattern::Step {
            before_rps: rate("before", name("Before", "변경 전"))?,
            after_rps: rate("after", name("After", "변경 후"))?,
            at_s: minutes("at", name("Time", "시각"))?,
        },
        "diurnal" => {
            let mean_rps = rate("mean", name("Mean", "평균"))?;
            let amplitude_rps = rate("amplitude", name("Amplitude", "변동 폭"))?;
            if amplitude_rps > mean_rps {
                return Err(name(
                    "The daily swing (±) cannot be larger than the mean: traffic would go below zero.",
                    "하루 변동 폭(±)은 평균보다 클 수 없습니다. 트래픽이 0 아래로 내려가게 됩니다.",
                )
                .into());
            }
            Pattern::Diurnal {
                mean_rps,
                amplitude_rps,
                peak_hour_utc: parse_decimal(lang, name("Peak hour", "최고점 시각"), &get("peak"), 0.0, 23.99)?,
            }
        }
        "spike" => Pattern::Spike {
            base: rate("base", name("Normal", "평상시"))?,
            peak: rate("peak", name("Peak", "최고점"))?,
            at_s: minutes("at", name("Start", "시작 시각"))?,
            rise_s: minutes("rise", name("Rise", "상승"))?,
            hold_s: minutes("hold", name("Hold", "유지"))?,
            fall_s: minutes("fall", name("Fall", "하강"))?,
        },
        "walk" => {
            let (min_rps, max_rps) = (rate("min", name("Lowest", "최저"))?, rate("max", name("Highest", "최고"))?);
            if min_rps > max_rps {
                return Err(name(
                    "The lowest rate must not be above the highest.",
                    "최저값은 최고값보다 클 수 없습니다.",
                )
                .into());
            }
            let start_rps = rate("start", name("Start", "시작 값"))?;
            if !(min_rps..=max_rps).contains(&start_rps) {
                return Err(match lang {
                    Lang::En => format!("The starting rate must be between {min_rps} and {max_rps} requests/s."),
                    Lang::Ko => format!("시작 값은 {min_rps}에서 {max_rps} req/s 사이여야 합니다."),
                });
            }
            Pattern::RandomWalk { start_rps, step_rps: rate("step", name("Step", "분당 변화"))?, min_rps, max_rps }
        }
        _ => {
            return Err(match lang {
                Lang::En => format!("Unknown traffic pattern \u{201c}{kind}\u{201d}."),
                Lang::Ko => format!("알 수 없는 트래픽 패턴입니다: \u{201c}{kind}\u{201d}."),
            })
        }
    })
}

/// One line on what a pattern does, in `lang`.
pub fn describe(lang: Lang, p: &Pattern) -> String {
    match lang {
        Lang::En => describe_en(p),
        Lang::Ko => describe_ko(p),
    }
}

fn describe_en(p: &Pattern) -> String {
    let m = |s: &u64| format!("{} min", s / 60);
    match p {
        Pattern::Constant { rps } => format!("Constant {rps} req/s"),
        Pattern::Ramp { from_rps, to_rps, start_s, duration_s } => {
            format!("Ramp {from_rps} → {to_rps} req/s from +{} over {}", m(start_s), m(duration_s))
        }
        Pattern::Step { before_rps, after_rps, at_s } => {
            format!("Step {before_rps} → {after_rps} req/s at +{}", m(at_s))
        }
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
        Pattern::Sum(v) => format!("Sum of: {}", v.iter().map(describe_en).collect::<Vec<_>>().join(" + ")),
        Pattern::Product(v) => format!("Product of: {}", v.iter().map(describe_en).collect::<Vec<_>>().join(" × ")),
    }
}

fn describe_ko(p: &Pattern) -> String {
    let m = |s: &u64| format!("{}분", s / 60);
    match p {
        Pattern::Constant { rps } => format!("고정 {rps} req/s"),
        Pattern::Ramp { from_rps, to_rps, start_s, duration_s } => {
            format!("점진적 변화 {from_rps} → {to_rps} req/s, +{}부터 {} 동안", m(start_s), m(duration_s))
        }
        Pattern::Step { before_rps, after_rps, at_s } => {
            format!("계단식 변화 {before_rps} → {after_rps} req/s, +{}에", m(at_s))
        }
        Pattern::Diurnal { mean_rps, amplitude_rps, peak_hour_utc } => {
            format!("일일 주기 {mean_rps} ± {amplitude_rps} req/s, 최고점 {peak_hour_utc}:00 UTC")
        }
        Pattern::Spike { at_s, rise_s, hold_s, fall_s, base, peak } => format!(
            "급증 {base} → {peak} req/s, +{}에 (상승 {}, 유지 {}, 하강 {})",
            m(at_s),
            m(rise_s),
            m(hold_s),
            m(fall_s)
        ),
        Pattern::RandomWalk { start_rps, step_rps, min_rps, max_rps } => {
            format!("무작위 변동 {start_rps} req/s에서 시작, σ {step_rps}/분, {min_rps}–{max_rps} 범위")
        }
        Pattern::Sum(v) => format!("합: {}", v.iter().map(describe_ko).collect::<Vec<_>>().join(" + ")),
        Pattern::Product(v) => format!("곱: {}", v.iter().map(describe_ko).collect::<Vec<_>>().join(" × ")),
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
