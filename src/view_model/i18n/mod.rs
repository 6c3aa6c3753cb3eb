//! The UI's languages: English and Korean (the first course using the lab is Korean). The
//! language follows the browser, can be switched, and travels in a shared link (`lang=ko`).
//! AWS names (metric names, states such as `InService`, API actions, AWS's error texts) stay
//! as the console shows them in each language, so they are not translated here.
//!
//! Strings are a `match` over [`Text`] keys giving both languages side by side: a missing
//! translation is a compile error, not a blank at run time. Texts with values in them (counts,
//! names, times) are the functions below [`tr`], one `match` on the language each. Written by
//! hand rather than with an i18n crate: the lab has one plural-free catalogue of short labels, and `leptos_i18n`'s build-time codegen would add
//! compile time and wasm size for no gain here.

/// A UI language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    /// The `lang=` value and the HTML `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// From a link's `lang=` value, else from the browser's languages (`navigator.languages`,
    /// first match wins), else English.
    pub fn pick(link: Option<&str>, browser: &[String]) -> Lang {
        let of = |s: &str| match s.trim().to_ascii_lowercase().split(['-', '_']).next() {
            Some("ko") => Some(Lang::Ko),
            Some("en") => Some(Lang::En),
            _ => None,
        };
        link.and_then(of).or_else(|| browser.iter().find_map(|b| of(b))).unwrap_or_default()
    }
}

mod catalogue;
mod messages;
mod notices;
mod text;
mod why;

pub use catalogue::tr;
pub use messages::*;
pub use notices::{notice_problem, notice_text, notice_used};
pub use text::Text;
pub use why::why_text;

#[cfg(test)]
mod tests {
    use super::*;

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
    fn both_languages_say_something() {
        for key in [Text::Play, Text::CopyLink, Text::RunSummary] {
            assert!(!tr(Lang::En, key).is_empty());
            assert_ne!(tr(Lang::En, key), tr(Lang::Ko, key));
        }
    }

    #[test]
    fn texts_with_values() {
        assert_eq!(fleet_summary(Lang::En, 3, 1, 5, 2), "Desired 3 · min 1 · max 5 · 2 running");
        assert_eq!(fleet_summary(Lang::Ko, 3, 1, 5, 2), "원하는 용량 3 · 최소 1 · 최대 5 · 실행 중 2개");
        assert_eq!(traffic_readout(Lang::En, 250.2, 250.0, 0.0), "Offered 250 req/s · served 250 · failed 0");
        assert_eq!(minutes(Lang::En, 1), "1 minute");
        assert_eq!(minutes(Lang::En, 5), "5 minutes");
        assert_eq!(minutes(Lang::Ko, 5), "5분");
        assert_eq!(range_label(Lang::Ko, 900, "15m"), "15분");
        assert_eq!(range_label(Lang::Ko, 10_800, "3h"), "3시간");
        assert_eq!(range_label(Lang::Ko, 86_400, "1d"), "1일");
        assert_eq!(range_label(Lang::En, 86_400, "1d"), "1d");
        assert_eq!(josa("최소 용량", "은", "는"), "최소 용량은");
        assert_eq!(josa("기본 휴지 기간", "을", "를"), "기본 휴지 기간을");
        assert_eq!(josa("목표값", "은", "는"), "목표값은");
        assert_eq!(josa("유휴 제한 시간", "은", "는"), "유휴 제한 시간은");
        assert_eq!(josa("상태 확인 간격", "은", "는"), "상태 확인 간격은");
        assert_eq!(josa("비율", "이", "가"), "비율이");
        assert_eq!(josa("크기", "이", "가"), "크기가");
        assert_eq!(josa("Target CPU", "은", "는"), "Target CPU은(는)");
    }
}

#[cfg(test)]
mod journal_tests {
    use super::*;

    #[test]
    fn the_import_message_is_said_in_the_language_asked_for() {
        use crate::view_model::export::{scenario_from_json, ImportError};
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
        assert_eq!(
            import_message(Lang::Ko, &refused),
            "실습 시나리오가 아닙니다: key must be a string at line 1 column 3"
        );
    }

    #[test]
    fn the_full_journal_warning_names_the_limit_in_both_languages() {
        assert!(journal_full(Lang::En, 1000).contains("first 1000"));
        assert!(journal_full(Lang::Ko, 1000).contains("1000개"));
    }
}
