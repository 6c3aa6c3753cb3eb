//! The traffic control: reading what a person types into the requests/s box, with clear
//! messages and safe values, and the range of the traffic slider.

use crate::i18n::{fill, tr, Lang, Text};

/// Highest traffic the lab accepts [requests/s] (`asg_engine::limits::TRAFFIC_RPS`): beyond it the
/// request is clamped and the person is told why.
pub use asg_engine::traffic::MAX_RPS;

/// Upper end of the traffic slider [requests/s]; the number box beside it goes to [`MAX_RPS`].
pub const SLIDER_MAX_RPS: f64 = 2_000.0;

/// Outcome of reading a number box: the value to use, and a message when the input was not
/// taken as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// The value to apply, or `None` when nothing usable was typed (keep the current value).
    pub value: Option<f64>,
    /// What was wrong or corrected, for the person, shown next to the field.
    pub message: Option<String>,
}

/// Reads a requests/s box. Accepts `1200`, ` 1,200 `, `1.5e3`; rejects text, NaN and
/// infinities; clamps negatives to 0 and anything above [`MAX_RPS`]. Messages are in `lang`.
pub fn parse_rps(lang: Lang, text: &str) -> Checked {
    let cleaned: String = text.trim().chars().filter(|c| *c != ',' && *c != '_').collect();
    if cleaned.is_empty() {
        return Checked { value: None, message: Some(tr(lang, Text::RpsEmpty).into()) };
    }
    match cleaned.parse::<f64>() {
        Ok(v) if v.is_finite() && v < 0.0 => {
            Checked { value: Some(0.0), message: Some(tr(lang, Text::RpsNegative).into()) }
        }
        Ok(v) if v.is_finite() && v > MAX_RPS => Checked {
            value: Some(MAX_RPS),
            message: Some(fill(lang, Text::RpsTooMuch, &[("v", &v), ("max", &MAX_RPS)])),
        },
        Ok(v) if v.is_finite() => Checked { value: Some(v), message: None },
        _ => Checked { value: None, message: Some(fill(lang, Text::RpsNotNumber, &[("text", &text.trim())])) },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_and_grouped_numbers() {
        assert_eq!(parse_rps(Lang::En, "1200").value, Some(1200.0));
        assert_eq!(parse_rps(Lang::En, " 1,200 ").value, Some(1200.0));
        assert_eq!(parse_rps(Lang::En, "1.5e3").value, Some(1500.0));
        assert_eq!(parse_rps(Lang::En, "0").message, None);
    }

    #[test]
    fn rejects_text_and_non_finite_values_without_changing_anything() {
        for bad in ["abc", "", "NaN", "inf", "-inf", "12abc"] {
            let c = parse_rps(Lang::En, bad);
            assert_eq!(c.value, None, "{bad}");
            assert!(c.message.is_some(), "{bad}");
        }
    }

    #[test]
    fn clamps_negative_and_absurd_traffic_with_a_message() {
        let c = parse_rps(Lang::En, "-5");
        assert_eq!(c.value, Some(0.0));
        assert!(c.message.unwrap().contains("negative"));
        let c = parse_rps(Lang::En, "1e12");
        assert_eq!(c.value, Some(MAX_RPS));
        assert!(c.message.unwrap().contains("maximum"));
    }

    #[test]
    fn korean_messages_keep_the_same_values() {
        let c = parse_rps(Lang::Ko, "-5");
        assert_eq!(c.value, Some(0.0));
        assert_eq!(c.message.as_deref(), Some("트래픽은 음수일 수 없습니다. 0 req/s로 설정합니다."));
        assert!(parse_rps(Lang::Ko, "abc").message.unwrap().contains("초당 요청 수"));
        assert_eq!(parse_rps(Lang::Ko, "1e12").value, Some(MAX_RPS));
    }
}
