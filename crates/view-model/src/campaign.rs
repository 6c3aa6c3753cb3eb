//! The campaign's words: each challenge's title, brief, hint and debrief (the debrief names
//! the section of docs/aws-behaviour.md it teaches), and the goals in plain words. The rules
//! are `asg_share::campaign`, which this must name whole (an exhaustive match).

use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::challenge::GoalKind;
use asg_share::campaign::ChallengeId;
use asg_share::challenge_link::ChallengeLink;

/// A challenge's four texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChallengeTexts {
    /// title
    pub title: Text,
    /// what to do
    pub brief: Text,
    /// a nudge
    pub hint: Text,
    /// what it taught, after the run
    pub debrief: Text,
}

/// The texts of `c`.
pub fn texts(c: ChallengeId) -> ChallengeTexts {
    use Text as T;
    let (title, brief, hint, debrief) = match c {
        ChallengeId::StressCost => (T::ChStressTitle, T::ChStressBrief, T::ChStressHint, T::ChStressDebrief),
        ChallengeId::Thrashing => (T::ChThrashTitle, T::ChThrashBrief, T::ChThrashHint, T::ChThrashDebrief),
        ChallengeId::PeakHour => (T::ChPeakTitle, T::ChPeakBrief, T::ChPeakHint, T::ChPeakDebrief),
        ChallengeId::CostCap => (T::ChCapTitle, T::ChCapBrief, T::ChCapHint, T::ChCapDebrief),
        ChallengeId::FlashCrowd => (T::ChFlashTitle, T::ChFlashBrief, T::ChFlashHint, T::ChFlashDebrief),
        ChallengeId::BrokenDeploy => (T::ChBrokenTitle, T::ChBrokenBrief, T::ChBrokenHint, T::ChBrokenDebrief),
        ChallengeId::Grace => (T::ChGraceTitle, T::ChGraceBrief, T::ChGraceHint, T::ChGraceDebrief),
        ChallengeId::BlackFriday => (T::ChFridayTitle, T::ChFridayBrief, T::ChFridayHint, T::ChFridayDebrief),
        ChallengeId::AzOutage => (T::ChAzTitle, T::ChAzBrief, T::ChAzHint, T::ChAzDebrief),
        ChallengeId::CreditCliff => (T::ChCreditTitle, T::ChCreditBrief, T::ChCreditHint, T::ChCreditDebrief),
    };
    ChallengeTexts { title, brief, hint, debrief }
}

/// A challenge's four texts as shown, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// title
    pub title: String,
    /// what to do
    pub brief: String,
    /// a nudge
    pub hint: String,
    /// what it taught (empty: none)
    pub debrief: String,
}

/// The texts of `link`'s challenge in `lang`: the campaign's; else the author's in `lang`,
/// or in the other language when the author wrote only that one; else the lab's general
/// words.
pub fn shown_texts(lang: Lang, link: &ChallengeLink) -> Shown {
    if let Some(id) = link.id {
        let t = texts(id);
        return Shown {
            title: tr(lang, t.title).into(),
            brief: tr(lang, t.brief).into(),
            hint: tr(lang, t.hint).into(),
            debrief: tr(lang, t.debrief).into(),
        };
    }
    let (mine, other) = match lang {
        Lang::Ko => (&link.ko, &link.en),
        Lang::En => (&link.en, &link.ko),
    };
    let a = if mine.is_empty() { other } else { mine };
    let or = |s: &str, t: Text| if s.is_empty() { tr(lang, t).to_string() } else { s.to_string() };
    Shown {
        title: or(&a.title, Text::ChCustomTitle),
        brief: or(&a.brief, Text::ChCustomBrief),
        hint: or(&a.hint, Text::ChCustomHint),
        debrief: a.debrief.clone(),
    }
}

/// A goal in plain words: "Failed requests ≤ 1 %".
pub fn goal_text(lang: Lang, k: GoalKind) -> String {
    let num = |x: f64| {
        let s = format!("{x:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    let b = num(k.bound());
    let (t, v) = match k {
        GoalKind::FailedPct(_) => (Text::GoalFailed, b),
        GoalKind::P99Ms(_) => (Text::GoalP99, b),
        GoalKind::CostUsd(_) => (Text::GoalCost, b),
        GoalKind::MinutesAbove(_) => (Text::GoalAbove, b),
        GoalKind::PeakInstances(1) => (Text::GoalPeakOne, b),
        GoalKind::PeakInstances(_) => (Text::GoalPeak, b),
        GoalKind::BackAtMinBy(t) => (Text::GoalAtMin, format!("{}:{:02}", t / 3600, t % 3600 / 60)),
        GoalKind::DrainLosses(_) => (Text::GoalDrain, b),
        GoalKind::ScalingActions(_) => (Text::GoalActions, b),
        GoalKind::NoTarget(_) => (Text::GoalNoTarget, b),
    };
    fill(lang, t, &[("v", &v)])
}

/// A goal's measured figure in words: "0.52 %", "$0.0558", "3 instances", "yes".
pub fn value_text(lang: Lang, k: GoalKind, v: f64) -> String {
    match k {
        GoalKind::FailedPct(_) => format!("{v:.2} %"),
        GoalKind::P99Ms(_) => format!("{v:.0} ms"),
        GoalKind::CostUsd(_) => format!("${v:.4}"),
        GoalKind::BackAtMinBy(_) => tr(lang, if v >= 1.0 { Text::Yes } else { Text::No }).to_string(),
        _ => format!("{v:.0}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::challenge::GoalKind as G;

    #[test]
    fn every_challenge_has_its_four_texts_in_both_languages() {
        for c in ChallengeId::ALL {
            let t = texts(c);
            for x in [t.title, t.brief, t.hint, t.debrief] {
                let (en, ko) = (tr(Lang::En, x), tr(Lang::Ko, x));
                assert!(!en.is_empty() && !ko.is_empty() && en != ko, "{}", c.id());
            }
            assert!(tr(Lang::En, t.debrief).contains("docs/aws-behaviour.md §"), "{}: the debrief cites", c.id());
        }
        let titles: std::collections::HashSet<_> =
            ChallengeId::ALL.iter().map(|c| tr(Lang::En, texts(*c).title)).collect();
        assert_eq!(titles.len(), ChallengeId::ALL.len());
    }

    #[test]
    fn goals_and_values_read_plainly() {
        assert_eq!(goal_text(Lang::En, G::FailedPct(1.0)), "Failed requests ≤ 1 %");
        assert_eq!(goal_text(Lang::En, G::CostUsd(0.06)), "Cost ≤ $0.06");
        assert_eq!(goal_text(Lang::Ko, G::BackAtMinBy(12_600)), "3:30까지 최소 용량으로 돌아오기(끝까지 유지)");
        assert_eq!(value_text(Lang::En, G::CostUsd(1.0), 0.05581), "$0.0558");
        assert_eq!(value_text(Lang::Ko, G::BackAtMinBy(1), 1.0), "예");
    }
}
