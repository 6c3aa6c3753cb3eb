//! Link notices in both languages: every kind of [`Problem`] and [`Used`] has English and
//! Korean words that carry its values; AWS's own messages stay AWS's English in Korean.

use asg_engine::challenge::Refusal;
use asg_engine::Algorithm;
use asg_share::challenge_link::ChallengeProblem as CP;
use asg_share::{from_query, Expect, Problem, Used, WordKind};
use asg_view_model::i18n::{notice_problem, notice_text, notice_used, Lang};

const KINDS: usize = 66;

/// The kind's number: a new kind is a compile error here until it has a sample below.
fn kind(p: &Problem) -> usize {
    use Problem as P;
    match p {
        P::NotFinite(..) => 0,
        P::NotNumber(..) => 1,
        P::NotWhole(..) => 2,
        P::TooLarge { .. } => 3,
        P::NotSigned(..) => 4,
        P::NotFlag(..) => 5,
        P::EmptyName => 6,
        P::BadName { .. } => 7,
        P::UnknownWord { .. } => 8,
        P::NotPreset { .. } => 9,
        P::NotLanguage(..) => 10,
        P::LinkTooLong { .. } => 11,
        P::BadPercent => 12,
        P::BadUtf8 => 13,
        P::UnknownKey => 14,
        P::RepeatedKey => 15,
        P::NoVersion => 16,
        P::OlderVersion(..) => 17,
        P::NewerVersion { .. } => 18,
        P::NotVersion(..) => 19,
        P::NotStandard(..) => 20,
        P::BadStart { .. } => 21,
        P::MaxBound { .. } => 22,
        P::DesiredBetween { .. } => 23,
        P::Outside { .. } => 24,
        P::SlowUnderMin { .. } => 25,
        P::SlowWithAlgorithm(..) => 26,
        P::NotMultipleOf60(..) => 27,
        P::TooManyPanels(..) => 28,
        P::NotPanel(..) => 29,
        P::PanelTwice(..) => 30,
        P::TooManyPolicies(..) => 31,
        P::SameName { .. } => 32,
        P::InPolicy { .. } => 33,
        P::TooManyEvents(..) => 34,
        P::InEvent { .. } => 35,
        P::EventsOutOfOrder => 36,
        P::NotInstanceId(..) => 37,
        P::AlarmParts(..) => 38,
        P::NotDatapoints(..) => 39,
        P::StepShape(..) => 40,
        P::StepNoDots(..) => 41,
        P::UnknownOption { .. } => 42,
        P::TooFewParts(..) => 43,
        P::HpaTooMany => 44,
        P::SchedTooMany => 45,
        P::NotEvery(..) => 46,
        P::CronChars(..) => 47,
        P::NotSchedule(..) => 48,
        P::NotPolicyKind(..) => 49,
        P::Rejected(..) => 50,
        P::NotTimeAction(..) => 51,
        P::Arity { .. } => 52,
        P::NotEventKind(..) => 53,
        P::Expected { .. } => 54,
        P::TooManyParts(..) => 55,
        P::TooDeep(..) => 56,
        P::InLeaf { .. } => 57,
        P::RateOutside { .. } => 58,
        P::LeafArity { .. } => 59,
        P::PeakHour(..) => 60,
        P::UnknownPattern => 61,
        P::NotComparison(..) => 62,
        P::TooManyComparisons(..) => 63,
        P::Challenge(..) => 64,
        P::BadTrace(..) => 65,
    }
}

fn s(x: &str) -> String {
    x.to_string()
}

fn bx(p: Problem) -> Box<Problem> {
    Box::new(p)
}

/// One sample of every kind, and the values its words must show.
fn samples() -> Vec<(Problem, Vec<String>)> {
    use Problem as P;
    let v = |x: &str| vec![s(x)];
    vec![
        (P::NotFinite(s("<b>inf")), v("<b>inf")),
        (P::NotNumber(s("abc")), v("abc")),
        (P::NotWhole(s("-3")), v("-3")),
        (P::TooLarge { value: s("9999"), max: 500 }, vec![s("9999"), s("500")]),
        (P::NotSigned(s("1e99")), v("1e99")),
        (P::NotFlag(s("yes")), v("yes")),
        (P::EmptyName, vec![]),
        (P::BadName { value: s("<script>"), max: 64 }, vec![s("<script>"), s("64")]),
        (
            P::UnknownWord { value: s("mars-1"), kind: WordKind::Region, words: vec!["us-east-1", "ap-northeast-2"] },
            vec![s("mars-1"), s("us-east-1, ap-northeast-2")],
        ),
        (P::NotPreset { value: s("nope"), ids: vec!["flash-crowd", "az-outage"] }, vec![s("nope"), s("flash-crowd")]),
        (P::NotLanguage(s("fr")), v("fr")),
        (P::LinkTooLong { max: 32768 }, v("32768")),
        (P::BadPercent, v("%")),
        (P::BadUtf8, v("UTF-8")),
        (P::UnknownKey, vec![]),
        (P::RepeatedKey, vec![]),
        (P::NoVersion, vec![]),
        (P::OlderVersion(0), v("0")),
        (P::NewerVersion { version: s("7"), current: 1 }, vec![s("7"), s("1")]),
        (P::NotVersion(s("x")), v("x")),
        (P::NotStandard(s("02")), v("02")),
        (P::BadStart { max: 253_402_300_799 }, v("253402300799")),
        (P::MaxBound { max: 2, min: 4 }, v("Max bound, 2, must be greater than or equal to min bound, 4")),
        (
            P::DesiredBetween { desired: 9, min: 1, max: 3 },
            v("Desired capacity:9 must be between the specified min size:1 and max size:3"),
        ),
        (P::Outside { value: s("9999"), lo: s("0"), hi: s("500") }, vec![s("9999"), s("0"), s("500")]),
        (P::SlowUnderMin { slow: 5, min: 30 }, vec![s("5"), s("30")]),
        (
            P::SlowWithAlgorithm(Algorithm::LeastOutstandingRequests),
            v("Slow start duration cannot be enabled with the least outstanding requests algorithm"),
        ),
        (
            P::SlowWithAlgorithm(Algorithm::WeightedRandom { anomaly_mitigation: true }),
            v("Slow start duration cannot be enabled with the weighted random algorithm"),
        ),
        (P::NotMultipleOf60(90), v("90")),
        (P::TooManyPanels(16), v("16")),
        (P::NotPanel(s("<b>")), v("<b>")),
        (P::NotComparison(s("alt:x")), v("alt:x")),
        (P::TooManyComparisons(4), v("4")),
        (P::PanelTwice(s("cpu")), v("cpu")),
        (P::TooManyPolicies(20), v("20")),
        (P::SameName { index: 2, name: s("cpu50") }, vec![s("2"), s("cpu50")]),
        (
            P::InPolicy {
                index: 1,
                item: s("tt:cpu:-5"),
                error: bx(P::Rejected(s("TargetValue must be a positive number"))),
            },
            vec![s("1"), s("tt:cpu:-5"), s("TargetValue must be a positive number")],
        ),
        (P::TooManyEvents(1000), v("1000")),
        (
            P::InEvent { index: 3, item: s("10:explode:1"), error: bx(P::NotEventKind(s("explode"))) },
            vec![s("3"), s("10:explode:1"), s("explode")],
        ),
        (P::EventsOutOfOrder, vec![]),
        (P::NotInstanceId(s("i-xyz")), v("i-xyz")),
        (P::AlarmParts(3), v("3")),
        (P::NotDatapoints(s("2-3")), v("2-3")),
        (P::StepShape(s("0..10")), v("0..10")),
        (P::StepNoDots(s("0/1")), v("0/1")),
        (P::UnknownOption { value: s("zz"), expected: vec!["noin", "w"] }, vec![s("zz"), s("noin, w")]),
        (P::TooFewParts(s("tt:cpu")), v("tt:cpu")),
        (P::HpaTooMany, v("4")),
        (P::SchedTooMany, v("3")),
        (P::NotEvery(s("every5")), v("every5")),
        (P::CronChars(s("a_b")), v("a_b")),
        (P::NotSchedule(s("soon")), v("soon")),
        (P::NotPolicyKind(s("magic")), v("magic")),
        (
            P::Rejected(s("Period must be 60 seconds or a multiple of 60")),
            v("Period must be 60 seconds or a multiple of 60"),
        ),
        (P::NotTimeAction(s("later")), v("later")),
        (P::Arity { kind: s("stress"), want: 3, got: 1 }, vec![s("stress"), s("3"), s("1")]),
        (P::NotEventKind(s("explode")), v("explode")),
        (P::Expected { at: 7, expected: Expect::Close, found: s("<i>") }, vec![s("7"), s("')'"), s("<i>")]),
        (P::TooManyParts(64), v("64")),
        (P::TooDeep(8), v("8")),
        (
            P::InLeaf { at: 7, name: s("const"), error: bx(P::LeafArity { want: 1, got: 2 }) },
            vec![s("7"), s("const"), s("1"), s("2")],
        ),
        (P::RateOutside { value: s("1e400"), max: s("1000000") }, vec![s("1e400"), s("1000000")]),
        (P::LeafArity { want: 4, got: 2 }, vec![s("4"), s("2")]),
        (P::PeakHour(s("25")), v("25")),
        (P::UnknownPattern, v("const")),
        (P::BadTrace(s("@@")), v("@@")),
        (P::Challenge(CP::Unknown(s("nope"))), v("nope")),
        (P::Challenge(CP::BadGoal(s("cost:x:1"))), v("cost:x:1")),
        (P::Challenge(CP::BadKnob(s("traffic"))), v("traffic")),
        (P::Challenge(CP::TooManyGoals(12)), v("12")),
        (P::Challenge(CP::LongName(64)), v("64")),
        (
            P::Challenge(CP::Refused(Refusal::Locked {
                index: 2,
                at_s: 60,
                action: "CreateLaunchTemplateVersion",
                knob: Some(asg_engine::challenge::Knob::InstanceType),
            })),
            vec![s("2"), s("60"), s("CreateLaunchTemplateVersion")],
        ),
        (P::Challenge(CP::Refused(Refusal::OutOfTime { index: 3, at_s: 7200 })), vec![s("3"), s("7200")]),
    ]
}

fn hangul(t: &str) -> bool {
    t.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

#[test]
fn every_kind_of_problem_has_words_in_both_languages_with_its_values() {
    let all = samples();
    let mut seen = [false; KINDS];
    for (p, values) in &all {
        seen[kind(p)] = true;
        let (en, ko) = (notice_problem(Lang::En, p), notice_problem(Lang::Ko, p));
        assert!(!en.is_empty() && !hangul(&en), "{en}");
        assert!(hangul(&ko), "no Korean for {p:?}: {ko}");
        assert_ne!(en, ko);
        for v in values {
            assert!(en.contains(v.as_str()), "{p:?}: English lacks {v}: {en}");
            assert!(ko.contains(v.as_str()), "{p:?}: Korean lacks {v}: {ko}");
        }
    }
    assert!(
        seen.iter().all(|x| *x),
        "kinds without a sample: {:?}",
        seen.iter().enumerate().filter(|(_, x)| !**x).map(|(i, _)| i).collect::<Vec<_>>()
    );
}

#[test]
fn aws_messages_keep_aws_english_in_a_korean_frame() {
    let ko = notice_problem(Lang::Ko, &Problem::MaxBound { max: 2, min: 4 });
    assert_eq!(ko, "AWS 오류 메시지: Max bound, 2, must be greater than or equal to min bound, 4");
    let en = notice_problem(Lang::En, &Problem::MaxBound { max: 2, min: 4 });
    assert_eq!(en, "Max bound, 2, must be greater than or equal to min bound, 4");
}

#[test]
fn every_kind_of_used_has_words_in_both_languages() {
    use Used as U;
    let all = [
        (U::Value(s("<b>7")), "<b>7"),
        (U::Default(s("300")), "300"),
        (U::MinIs(3), "min = 3"),
        (U::Off, "0"),
        (U::DefaultLab, ""),
        (U::FirstBytes(32000), "32000"),
        (U::AsTyped, ""),
        (U::Replacement, "�"),
        (U::Ignored, ""),
        (U::FirstValue, ""),
        (U::Version(1), "1"),
        (U::ReadAs(1), "1"),
        (U::ReadAsIgnoring(1), "1"),
        (U::FirstN(20), "20"),
        (U::Dropped, ""),
        (U::SortedByTime, ""),
        (U::TheStart, ""),
        (U::BrowserLanguage, ""),
        (U::DefaultPanels, ""),
        (U::DefaultComparison, ""),
        (U::ChallengeStart, ""),
    ];
    for (u, value) in &all {
        let (en, ko) = (notice_used(Lang::En, u), notice_used(Lang::Ko, u));
        assert!(!en.is_empty() && !ko.is_empty(), "{u:?}");
        assert!(en.contains(value) && ko.contains(value), "{u:?}: {en} / {ko}");
        if !matches!(u, U::Value(_) | U::MinIs(_) | U::Version(_)) {
            assert!(hangul(&ko), "no Korean for {u:?}: {ko}");
        }
    }
}

#[test]
fn a_hostile_links_notices_read_in_both_languages() {
    let (_, n) = from_query("v=1&min=5&max=3&name=%3Cscript%3Ealert(1)%3C/script%3E&lang=fr&zzz=1");
    let name = n.iter().find(|x| x.key == "name").expect("a notice on name");
    let ko = notice_text(Lang::Ko, name);
    assert!(ko.starts_with("name: '<script>alert(1)</script>': "), "the link's text as text: {ko}");
    assert!(ko.contains("사용 값"), "{ko}");
    let en: Vec<String> = n.iter().map(|x| notice_text(Lang::En, x)).collect();
    assert!(
        en.contains(&"min: Max bound, 3, must be greater than or equal to min bound, 5 — using min = 3".to_string()),
        "{en:?}"
    );
    assert!(
        en.contains(
            &"lang: 'fr' is not a language of the lab (en, ko) — using the browser's language (default)".to_string()
        ),
        "{en:?}"
    );
    let ko: Vec<String> = n.iter().map(|x| notice_text(Lang::Ko, x)).collect();
    assert!(ko.contains(&"lang: 'fr': 랩의 언어가 아님(en, ko) — 사용 값 브라우저 언어(기본값)".to_string()), "{ko:?}");
    assert!(ko.contains(&"zzz: 알 수 없는 키 — 사용 값 무시함".to_string()), "{ko:?}");
}
