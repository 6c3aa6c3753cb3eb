//! Tests of the catalogue and of [`fill`]: no text is missing or empty in either language,
//! both languages of a template use the same placeholders, and filling gives the words the
//! components showed before the texts moved here.

use std::collections::BTreeSet;

use super::lang::{josa, particles, split_placeholder};
use super::*;
use crate::export::import_message;

/// Every text the lab has: the catalogues' and the presets'.
fn every_text() -> Vec<(String, Text)> {
    let catalogues = [
        campaign::ALL,
        catalogue::ALL,
        challenge::ALL,
        compare::ALL,
        forms::ALL,
        gaps::ALL,
        guide::ALL,
        messages::ALL,
        notices::ALL,
        trace::ALL,
        views::ALL,
        why::ALL,
    ];
    let mut all: Vec<(String, Text)> =
        catalogues.iter().flat_map(|c| c.iter()).map(|(n, t)| (n.to_string(), *t)).collect();
    for p in crate::presets::all() {
        all.push((format!("preset {} title", p.id), p.title));
        all.push((format!("preset {} lesson", p.id), p.lesson));
    }
    all
}

/// The placeholders of a template: (name, filter), or why it cannot be read.
fn placeholders(s: &str) -> Result<BTreeSet<(String, Option<String>)>, String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!("a '}}' without '{{' in {s:?}"));
        }
        let inner = &rest[open + 1..];
        let close = inner.find('}').ok_or_else(|| format!("a '{{' without '}}' in {s:?}"))?;
        let (name, filter) = split_placeholder(&inner[..close]);
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            return Err(format!("placeholder {{{}}} is not a name in {s:?}", &inner[..close]));
        }
        out.insert((name.to_string(), filter.map(str::to_string)));
        rest = &inner[close + 1..];
    }
    Ok(out)
}

/// What is wrong with a text (nothing: empty).
fn problems(name: &str, t: Text) -> Vec<String> {
    let mut out = Vec::new();
    if t.0.matches('\0').count() != 1 {
        out.push(format!("{name}: not one English and one Korean string: {:?}", t.0));
    }
    for lang in [Lang::En, Lang::Ko] {
        if t.get(lang).trim().is_empty() {
            out.push(format!("{name}: no {} text", lang.code()));
        }
    }
    let (en, ko) = match (placeholders(t.get(Lang::En)), placeholders(t.get(Lang::Ko))) {
        (Ok(en), Ok(ko)) => (en, ko),
        (en, ko) => {
            out.extend([en.err(), ko.err()].into_iter().flatten().map(|e| format!("{name}: {e}")));
            return out;
        }
    };
    let names = |set: &BTreeSet<(String, Option<String>)>| set.iter().map(|(n, _)| n.clone()).collect::<BTreeSet<_>>();
    if names(&en) != names(&ko) {
        out.push(format!("{name}: English has {:?}, Korean {:?}", names(&en), names(&ko)));
    }
    if let Some((n, _)) = en.iter().find(|(_, f)| f.is_some()) {
        out.push(format!("{name}: a Korean particle on {{{n}}} in English"));
    }
    if let Some((n, f)) = ko.iter().find(|(_, f)| f.as_deref().is_some_and(|f| particles(f).is_none())) {
        out.push(format!("{name}: unknown particle {f:?} on {{{n}}}"));
    }
    out
}

#[test]
fn no_text_is_missing_or_empty_and_both_languages_use_the_same_placeholders() {
    let all = every_text();
    assert!(all.len() > 450, "every catalogue is read: {}", all.len());
    let wrong: Vec<String> = all.iter().flat_map(|(name, t)| problems(name, *t)).collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The check above fails on each kind of mistake (so a bad text would fail the build).
#[test]
fn the_check_catches_a_missing_language_and_mismatched_placeholders() {
    let bad = [
        text!("Play", ""),
        text!("", "재생"),
        text!("Play", "  "),
        text!("Desired {desired}", "원하는 용량 {desird}"),
        text!("Desired {desired} · min {min}", "원하는 용량 {desired}"),
        text!("{label} is empty", "{label|는} 비어 있음"),
        text!("{label|은} is empty", "{label|은} 비어 있음"),
        text!("Desired {desired", "원하는 용량 {desired}"),
        text!("Desired desired}", "원하는 용량 {desired}"),
        text!("Desired {Desired}", "원하는 용량 {Desired}"),
        Text::both("Play"),
        Text::both("Play\0재생\0Spielen"),
    ];
    for t in bad {
        assert!(!problems("bad", t).is_empty(), "{t:?} passes");
    }
    assert!(problems("good", text!("Enter {label}.", "{label|을} 입력하세요.")).is_empty());
}

#[test]
fn fill_puts_values_and_particles_in_place() {
    let t = text!("{label} must be at most {max}.", "{label|은} {max} 이하여야 합니다.");
    assert_eq!(fill(Lang::En, t, &[("label", &"Min"), ("max", &500)]), "Min must be at most 500.");
    assert_eq!(fill(Lang::Ko, t, &[("label", &"최소 용량"), ("max", &500)]), "최소 용량은 500 이하여야 합니다.");
    assert_eq!(fill(Lang::Ko, t, &[("max", &5), ("label", &"목표값")]), "목표값은 5 이하여야 합니다.");
    assert_eq!(fill(Lang::Ko, t, &[("label", &"크기"), ("max", &5)]), "크기는 5 이하여야 합니다.");
    assert_eq!(fill(Lang::Ko, t, &[("label", &"Target CPU"), ("max", &5)]), "Target CPU은(는) 5 이하여야 합니다.");
    let enter = text!("Enter {label}.", "{label|을} 입력하세요.");
    assert_eq!(fill(Lang::Ko, enter, &[("label", &"기본 휴지 기간")]), "기본 휴지 기간을 입력하세요.");
    assert_eq!(fill(Lang::Ko, enter, &[("label", &"크기")]), "크기를 입력하세요.");
    let subject = text!("{x} is", "{x|이} 있음");
    assert_eq!(fill(Lang::Ko, subject, &[("x", &"비율")]), "비율이 있음");
    assert_eq!(fill(Lang::Ko, subject, &[("x", &"크기")]), "크기가 있음");
    // A brace that opens no placeholder is kept as it is (the catalogue test refuses one).
    assert_eq!(fill(Lang::En, text!("a {b", "a {b"), &[]), "a {b");
    // A value is text, never a template: braces in it stay.
    assert_eq!(fill(Lang::En, enter, &[("label", &"{label}")]), "Enter {label}.");
}

#[test]
#[should_panic(expected = "no value for {min}")]
fn a_placeholder_without_a_value_is_a_bug() {
    fill(Lang::En, Text::FleetSummary, &[("desired", &1)]);
}

#[test]
fn picks_the_link_then_the_browser_then_english() {
    let ko = vec!["ko-KR".to_string(), "en-US".to_string()];
    assert_eq!(Lang::pick(None, &ko), Lang::Ko);
    assert_eq!(Lang::pick(Some("en"), &ko), Lang::En);
    assert_eq!(Lang::pick(Some("fr"), &ko), Lang::Ko, "an unknown link value falls back to the browser");
    assert_eq!(Lang::pick(None, &["de-DE".to_string()]), Lang::En);
    assert_eq!(Lang::pick(Some(" KO_kr "), &[]), Lang::Ko);
}

#[test]
fn texts_with_values() {
    assert_eq!(fleet_summary(Lang::En, 3, 1, 5, 2), "Desired 3 · min 1 · max 5 · 2 running");
    assert_eq!(fleet_summary(Lang::Ko, 3, 1, 5, 2), "원하는 용량 3 · 최소 1 · 최대 5 · 실행 중 2개");
    assert_eq!(traffic_readout(Lang::En, 250.2, 250.0, 0.0), "Offered 250 req/s · served 250 · failed 0");
    assert_eq!(minutes(Lang::En, 1), "1 minute");
    assert_eq!(minutes(Lang::En, 5), "5 minutes");
    assert_eq!(minutes(Lang::Ko, 5), "5분");
    assert_eq!(range_label(Lang::Ko, 900), "15분");
    assert_eq!(range_label(Lang::Ko, 10_800), "3시간");
    assert_eq!(range_label(Lang::Ko, 86_400), "1일");
    for (console, s) in crate::charts::RANGES {
        assert_eq!(range_label(Lang::En, s), console, "English ranges are the console's");
    }
    assert_eq!(link_notice_intro(Lang::En, 1), "This link asked for 1 thing the lab could not use as given:");
    assert_eq!(link_notice_intro(Lang::En, 2), "This link asked for 2 things the lab could not use as given:");
    assert_eq!(az_toggle_label(Lang::Ko, false, "ap-northeast-2a"), "ap-northeast-2a 복구");
    assert_eq!(opening_progress(Lang::En, 90, 42.4), "Opening the shared run at +90 min: 42 %");
    assert_eq!(josa("최소 용량", "은", "는"), "최소 용량은");
    assert_eq!(josa("기본 휴지 기간", "을", "를"), "기본 휴지 기간을");
    assert_eq!(josa("목표값", "은", "는"), "목표값은");
    assert_eq!(josa("유휴 제한 시간", "은", "는"), "유휴 제한 시간은");
    assert_eq!(josa("상태 확인 간격", "은", "는"), "상태 확인 간격은");
    assert_eq!(josa("비율", "이", "가"), "비율이");
    assert_eq!(josa("크기", "이", "가"), "크기가");
    assert_eq!(josa("Target CPU", "은", "는"), "Target CPU은(는)");
}

#[test]
fn the_import_message_is_said_in_the_language_asked_for() {
    use crate::export::{scenario_from_json, ImportError};
    let (_, notices) = scenario_from_json(r#"{"v": "1", "min": "7", "max": "2"}"#).unwrap();
    let corrected = Ok(notices);
    assert!(
        import_message(Lang::En, &corrected).starts_with("Imported with corrections: min: "),
        "{}",
        import_message(Lang::En, &corrected)
    );
    assert!(
        import_message(Lang::Ko, &corrected).starts_with("수정하여 가져왔습니다: min: "),
        "{}",
        import_message(Lang::Ko, &corrected)
    );
    assert_eq!(import_message(Lang::En, &Ok(vec![])), "Imported: a new run has started.");
    let refused = Err(ImportError::NotAScenario("key must be a string at line 1 column 3".into()));
    assert_eq!(
        import_message(Lang::En, &refused),
        "This is not a lab scenario: key must be a string at line 1 column 3"
    );
    assert_eq!(import_message(Lang::Ko, &refused), "실습 시나리오가 아닙니다: key must be a string at line 1 column 3");
    assert_eq!(
        import_message(Lang::En, &Err(ImportError::TooLarge)),
        "The JSON is larger than 1024 KB, the most the lab reads."
    );
}

#[test]
fn the_full_journal_warning_names_the_limit_in_both_languages() {
    assert!(journal_full(Lang::En, 1000).contains("first 1000"));
    assert!(journal_full(Lang::Ko, 1000).contains("1000개"));
}
