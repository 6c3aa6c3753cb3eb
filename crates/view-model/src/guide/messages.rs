//! What the guide says: the browser pane's page, and a refused request in the learner's language.

use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::account::{AccountError, LabRefusal, Missing, Page};

/// The browser pane: a CSS class for the kind of answer, and its text.
pub fn page_text(lang: Lang, p: &Page) -> (&'static str, String) {
    match p {
        Page::NoSuchHost => ("error", tr(lang, Text::BrowserNoHost).to_string()),
        Page::TimedOut => ("error", tr(lang, Text::BrowserTimedOut).to_string()),
        Page::WordPress { instance } => ("ok", fill(lang, Text::BrowserWordPress, &[("id", instance)])),
        Page::Error { status, reason } => ("error", format!("{status} {} — {reason}", status_text(*status))),
    }
}

/// A refusal as the guide shows it: the lab's own rules in the learner's language, AWS's
/// errors as AWS words them ("Code: message"), the lab's form checks (no code) as their
/// message alone.
pub fn refusal_text(lang: Lang, e: &AccountError) -> String {
    match e.lab {
        Some(LabRefusal::StepFirst(m)) => {
            let what = tr(
                lang,
                match m {
                    Missing::WordPressInstance => Text::MissingWordPress,
                    Missing::Image => Text::MissingImage,
                    Missing::Group => Text::MissingGroup,
                    Missing::InServiceInstance => Text::MissingInService,
                },
            );
            fill(lang, Text::LabStepFirst, &[("n", &m.step().number()), ("what", &what)])
        }
        Some(LabRefusal::OneGroup) => format!("{}: {}", e.error.code, tr(lang, Text::LabOneGroup)),
        Some(LabRefusal::ChooseInstance) => tr(lang, Text::LabChooseInstance).to_string(),
        None if e.error.code.is_empty() => e.error.message.clone(),
        None => e.error.to_string(),
    }
}

fn status_text(status: u16) -> &'static str {
    match status {
        502 => "Bad Gateway",
        503 => "Service Temporarily Unavailable",
        504 => "Gateway Time-out",
        _ => "Error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::account::{Account, Action, Step};

    use crate::guide::resources::usd;

    #[test]
    fn the_labs_own_refusals_are_worded_in_the_learners_language() {
        let mut a = Account::new(2);
        a.do_through(Step::Launch).unwrap();
        let id = a.instances().next().unwrap().id.clone();
        a.apply(&Action::TerminateInstance(id)).unwrap();
        let e = a.do_step(Step::Image).unwrap_err();
        assert_eq!(e.lab, Some(LabRefusal::StepFirst(Missing::WordPressInstance)));
        assert_eq!(e.to_string(), "LabStep: Do step 2 first: no WordPress instance is running.");
        assert_eq!(refusal_text(Lang::En, &e), "Do step 2 first: no WordPress instance is running.");
        assert_eq!(refusal_text(Lang::Ko, &e), "먼저 2단계를 하세요: 실행 중인 WordPress 인스턴스가 없습니다.");
        let one = AccountError::lab(LabRefusal::OneGroup);
        assert_eq!(
            refusal_text(Lang::Ko, &one),
            "LimitExceeded: 실습 계정에는 Auto Scaling 그룹이 하나만 있을 수 있습니다. 먼저 있는 그룹을 삭제하세요."
        );
        // AWS's own errors stay as AWS words them, in either language
        let aws = AccountError::whole("InvalidAMIID.NotFound", "The image id '[ami-1]' does not exist");
        assert_eq!(refusal_text(Lang::Ko, &aws), "InvalidAMIID.NotFound: The image id '[ami-1]' does not exist");
        assert_eq!(refusal_text(Lang::Ko, &AccountError::field("n", "", "x")), "x");
        // an image with no instance chosen: the console would not send it
        let mut a = Account::new(2);
        let e = a
            .apply(&Action::CreateImage { instance: String::new(), name: "wp-ami".into(), no_reboot: false })
            .unwrap_err();
        assert_eq!((e.field, e.lab), (Some("instance"), Some(LabRefusal::ChooseInstance)));
        assert_eq!(refusal_text(Lang::En, &e), "Choose an instance.");
        assert_eq!(refusal_text(Lang::Ko, &e), "인스턴스를 선택하세요.");
    }

    #[test]
    fn usd_and_pages_read_plainly() {
        assert_eq!((usd(0.01234), usd(12.345)), ("$0.0123".to_string(), "$12.35".to_string()));
        let (class, text) =
            page_text(Lang::En, &Page::Error { status: 503, reason: "no registered target is healthy" });
        assert_eq!(
            (class, text.as_str()),
            ("error", "503 Service Temporarily Unavailable — no registered target is healthy")
        );
    }
}
