//! Messages with values in them (counts, names, times), in English and Korean.

use super::{tr, Lang, Text};

/// `en` or `ko`, for the few words only a message uses (a field's short name in an error).
pub fn pick(lang: Lang, en: &'static str, ko: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

/// `word` followed by the Korean particle that fits it: `with` after a final consonant (받침),
/// `without` after a vowel, both as `with(without)` when the word does not end in Hangul.
/// `josa("최소 용량", "은", "는")` → `최소 용량은`.
pub fn josa(word: &str, with: &str, without: &str) -> String {
    let fits = match word.trim_end().chars().last() {
        Some(c @ '\u{AC00}'..='\u{D7A3}') => Some(!(c as u32 - 0xAC00).is_multiple_of(28)),
        _ => None,
    };
    match fits {
        Some(true) => format!("{word}{with}"),
        Some(false) => format!("{word}{without}"),
        None => format!("{word}{with}({without})"),
    }
}

/// The traffic readout: offered, served and failed requests/s.
pub fn traffic_readout(lang: Lang, offered: f64, served: f64, failed: f64) -> String {
    match lang {
        Lang::En => format!("Offered {offered:.0} req/s · served {served:.0} · failed {failed:.0}"),
        Lang::Ko => format!("요청 {offered:.0} req/s · 처리 {served:.0} · 실패 {failed:.0}"),
    }
}

/// The fleet's one-line summary.
pub fn fleet_summary(lang: Lang, desired: u32, min: u32, max: u32, running: usize) -> String {
    match lang {
        Lang::En => format!("Desired {desired} · min {min} · max {max} · {running} running"),
        Lang::Ko => format!("원하는 용량 {desired} · 최소 {min} · 최대 {max} · 실행 중 {running}개"),
    }
}

/// Healthy targets behind the load balancer.
pub fn healthy_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{n} healthy"),
        Lang::Ko => format!("정상 {n}개"),
    }
}

/// Accessible name of an Availability Zone's lane.
pub fn az_lane_label(lang: Lang, az: &str) -> String {
    match lang {
        Lang::En => format!("Availability Zone {az}"),
        Lang::Ko => format!("가용 영역 {az}"),
    }
}

/// Accessible name of the button taking an AZ down (or bringing it back).
pub fn az_toggle_label(lang: Lang, available: bool, az: &str) -> String {
    match (lang, available) {
        (Lang::En, true) => format!("Take down {az}"),
        (Lang::En, false) => format!("Bring back {az}"),
        (Lang::Ko, true) => format!("{az} 장애 발생"),
        (Lang::Ko, false) => format!("{az} 복구"),
    }
}

/// Accessible name of an instance's CPU meter.
pub fn cpu_of(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("CPU of {id}"),
        Lang::Ko => format!("{id}의 CPU"),
    }
}

/// Accessible name of an instance's actions menu.
pub fn actions_for(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("Actions for {id}"),
        Lang::Ko => format!("{id} 작업"),
    }
}

/// Accessible name of a policy's target slider.
pub fn target_for(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Target for {name}"),
        Lang::Ko => format!("{name}의 대상 값"),
    }
}

/// A target-tracking policy's target, above its slider.
pub fn target_value(lang: Lang, target: f64, unit: &str) -> String {
    match lang {
        Lang::En => format!("Target: {target} {unit}"),
        Lang::Ko => format!("대상 값: {target} {unit}"),
    }
}

/// Accessible name of a policy's remove button.
pub fn remove_policy(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Remove policy {name}"),
        Lang::Ko => format!("정책 {name} 삭제"),
    }
}

/// A period of whole minutes: "1 minute", "5 minutes".
pub fn minutes(lang: Lang, m: u64) -> String {
    match (lang, m) {
        (Lang::En, 1) => "1 minute".to_string(),
        (Lang::En, m) => format!("{m} minutes"),
        (Lang::Ko, m) => format!("{m}분"),
    }
}

/// The chart's latest values: "Latest (09:14 UTC): CPUUtilization (Average) 63 %".
pub fn latest_values(lang: Lang, hh_mm: &str, values: &str) -> String {
    match lang {
        Lang::En => format!("Latest ({hh_mm} UTC): {values}"),
        Lang::Ko => format!("최근 값({hh_mm} UTC): {values}"),
    }
}

/// Accessible name of a chart's canvas.
pub fn chart_label(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("{title} chart; the latest values are given as text above it."),
        Lang::Ko => format!("{title} 차트. 최근 값은 차트 위에 텍스트로 표시됩니다."),
    }
}

/// Accessible name of the focusable chart wrapper (its label plus how to use the keys).
pub fn chart_keys_label(lang: Lang, label: &str) -> String {
    match lang {
        Lang::En => format!("{label}. Left and right arrow keys move the crosshair."),
        Lang::Ko => format!("{label} 왼쪽/오른쪽 화살표 키로 십자선을 움직입니다."),
    }
}

/// A chart range choice ("15m", "1h" … as the CloudWatch console writes them).
pub fn range_label(lang: Lang, seconds: u64, en: &'static str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Ko if seconds.is_multiple_of(86_400) => format!("{}일", seconds / 86_400),
        Lang::Ko if seconds.is_multiple_of(3600) => format!("{}시간", seconds / 3600),
        Lang::Ko => format!("{}분", seconds / 60),
    }
}

/// "This link asked for N things the lab could not use as given:"
pub fn link_notice_intro(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => {
            format!("This link asked for {n} thing{} the lab could not use as given:", if n == 1 { "" } else { "s" })
        }
        Lang::Ko => format!("이 링크의 항목 {n}개를 그대로 사용할 수 없었습니다:"),
    }
}

/// Progress while a link's `t=` is being reached.
pub fn opening_progress(lang: Lang, target_min: u64, pct: f64) -> String {
    match lang {
        Lang::En => format!("Opening the shared run at +{target_min} min: {pct:.0} %"),
        Lang::Ko => format!("공유된 실행을 +{target_min}분 시점으로 여는 중: {pct:.0} %"),
    }
}

/// Progress of a long jump from the header: where it goes and how far it has got.
pub fn jump_progress(lang: Lang, target_min: u64, pct: f64) -> String {
    match lang {
        Lang::En => format!("Running to +{target_min} min: {pct:.0} %"),
        Lang::Ko => format!("+{target_min}분 시점까지 실행 중: {pct:.0} %"),
    }
}

/// Why a JSON import was refused.
pub fn import_error(lang: Lang, e: &crate::view_model::export::ImportError) -> String {
    use crate::view_model::export::{ImportError as E, MAX_IMPORT_BYTES};
    let kb = MAX_IMPORT_BYTES / 1024;
    match (lang, e) {
        (Lang::En, E::TooLarge) => format!("The JSON is larger than {kb} KB; a lab scenario is far smaller."),
        (Lang::Ko, E::TooLarge) => format!("JSON이 {kb} KB보다 큽니다. 실습 시나리오는 그보다 훨씬 작습니다."),
        (Lang::En, E::NotAScenario(why)) => format!("This is not a lab scenario: {why}"),
        (Lang::Ko, E::NotAScenario(why)) => format!("실습 시나리오가 아닙니다: {why}"),
    }
}

/// What the last JSON import did, in `lang`: the run it started (and what was corrected) or
/// why it was refused.
pub fn import_message(lang: Lang, outcome: &crate::view_model::export::ImportOutcome) -> String {
    match outcome {
        Err(e) => import_error(lang, e),
        Ok(notices) if notices.is_empty() => tr(lang, Text::Imported).to_string(),
        Ok(notices) => {
            let list: Vec<String> = notices.iter().map(|n| super::notice_text(lang, n)).collect();
            format!("{} {}", tr(lang, Text::ImportedWithCorrections), list.join("; "))
        }
    }
}

/// Shown by "Copy link" when the journal is full, so the link no longer replays exactly.
pub fn journal_full(lang: Lang, kept: usize) -> String {
    match lang {
        Lang::En => format!(
            "This run has more than {kept} changes: the link keeps the first {kept}, so it will not replay the rest."
        ),
        Lang::Ko => {
            format!("이 실행의 변경이 {kept}개를 넘었습니다: 링크에는 처음 {kept}개만 담겨 나머지는 재현되지 않습니다.")
        }
    }
}
