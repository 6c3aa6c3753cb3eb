//! The UI's languages: English and Korean (the first course using the lab is Korean). The
//! language follows the browser, can be switched, and travels in a shared link (`lang=ko`).
//! AWS names (metric names, states such as `InService`, API actions, AWS's error texts) stay
//! as the console shows them in each language, so they are not translated here.
//!
//! Strings are a `match` over [`Text`] keys: a missing translation is a compile error, not a
//! blank at run time. Written by hand rather than with an i18n crate: the lab has one
//! plural-free catalogue of short labels, and `leptos_i18n`'s build-time codegen would add
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

/// Every UI string, by meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Language,
    Play,
    Pause,
    Jump,
    Reset,
    Speed,
    CopyLink,
    LinkCopied,
    SelectAndCopy,
    Traffic,
    GroupSize,
    ScalingPolicies,
    AutoScalingGroup,
    ActivityHistory,
    Alarms,
    RunSummary,
}

/// `key` in `lang`.
pub fn tr(lang: Lang, key: Text) -> &'static str {
    use Text as T;
    match (lang, key) {
        (Lang::En, T::Language) => "Language",
        (Lang::Ko, T::Language) => "언어",
        (Lang::En, T::Play) => "Play",
        (Lang::Ko, T::Play) => "재생",
        (Lang::En, T::Pause) => "Pause",
        (Lang::Ko, T::Pause) => "일시 정지",
        (Lang::En, T::Jump) => "Jump",
        (Lang::Ko, T::Jump) => "이동",
        (Lang::En, T::Reset) => "Reset",
        (Lang::Ko, T::Reset) => "초기화",
        (Lang::En, T::Speed) => "Speed",
        (Lang::Ko, T::Speed) => "속도",
        (Lang::En, T::CopyLink) => "Copy link",
        (Lang::Ko, T::CopyLink) => "링크 복사",
        (Lang::En, T::LinkCopied) => "Link copied.",
        (Lang::Ko, T::LinkCopied) => "링크를 복사했습니다.",
        (Lang::En, T::SelectAndCopy) => "Select the link and copy it.",
        (Lang::Ko, T::SelectAndCopy) => "링크를 선택해 복사하세요.",
        (Lang::En, T::Traffic) => "Traffic",
        (Lang::Ko, T::Traffic) => "트래픽",
        (Lang::En, T::GroupSize) => "Group size",
        (Lang::Ko, T::GroupSize) => "그룹 크기",
        (Lang::En, T::ScalingPolicies) => "Scaling policies",
        (Lang::Ko, T::ScalingPolicies) => "조정 정책",
        (Lang::En, T::AutoScalingGroup) => "Auto Scaling group",
        (Lang::Ko, T::AutoScalingGroup) => "Auto Scaling 그룹",
        (Lang::En, T::ActivityHistory) => "Activity history",
        (Lang::Ko, T::ActivityHistory) => "활동 기록",
        (Lang::En, T::Alarms) => "Alarms",
        (Lang::Ko, T::Alarms) => "경보",
        (Lang::En, T::RunSummary) => "Run summary",
        (Lang::Ko, T::RunSummary) => "실행 요약",
    }
}

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
}
