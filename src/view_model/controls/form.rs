//! Reading the number fields of the control forms (group sizes and times, load balancer,
//! policy and pattern editors): whole numbers, blank = leave unchanged, clear messages.
//! AWS's own validation (min ≤ desired ≤ max …) is the engine's; this only reads the text.
//! `label` is the field's name, already in `lang`.

use crate::view_model::i18n::{josa, Lang};

/// Reads an optional whole-number field. Blank → `Ok(None)` (not part of the request).
pub fn parse_count(lang: Lang, label: &str, text: &str, max: u32) -> Result<Option<u32>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let topic = josa(label, "은", "는");
    match (t.parse::<u64>(), lang) {
        (Ok(v), _) if v <= max as u64 => Ok(Some(v as u32)),
        (Ok(_), Lang::En) => Err(format!("{label} must be at most {max}.")),
        (Ok(_), Lang::Ko) => Err(format!("{topic} {max} 이하여야 합니다.")),
        (Err(_), _) if t.starts_with('-') && t[1..].parse::<u64>().is_ok() => Err(match lang {
            Lang::En => format!("{label} cannot be negative."),
            Lang::Ko => format!("{topic} 음수일 수 없습니다."),
        }),
        (Err(_), Lang::En) => Err(format!("{label} must be a whole number; \u{201c}{t}\u{201d} is not.")),
        (Err(_), Lang::Ko) => Err(format!("{topic} 정수여야 합니다. \u{201c}{t}\u{201d}은(는) 정수가 아닙니다.")),
    }
}

/// Reads a required number of seconds within `[lo, hi]`.
pub fn parse_seconds(lang: Lang, label: &str, text: &str, lo: u32, hi: u32) -> Result<u32, String> {
    match (parse_count(lang, label, text, u32::MAX)?, lang) {
        (None, Lang::En) => Err(format!("Enter {label}.")),
        (None, Lang::Ko) => Err(format!("{} 입력하세요.", josa(label, "을", "를"))),
        (Some(v), Lang::En) if v < lo || v > hi => Err(format!("{label} must be between {lo} and {hi} seconds.")),
        (Some(v), Lang::Ko) if v < lo || v > hi => {
            Err(format!("{} {lo}초에서 {hi}초 사이여야 합니다.", josa(label, "은", "는")))
        }
        (Some(v), _) => Ok(v),
    }
}

/// Reads a decimal within `[lo, hi]`.
pub fn parse_decimal(lang: Lang, label: &str, text: &str, lo: f64, hi: f64) -> Result<f64, String> {
    let topic = josa(label, "은", "는");
    match (text.trim().parse::<f64>(), lang) {
        (Ok(v), _) if v.is_finite() && v >= lo && v <= hi => Ok(v),
        (Ok(v), Lang::En) if v.is_finite() => Err(format!("{label} must be between {lo} and {hi}.")),
        (Ok(v), Lang::Ko) if v.is_finite() => Err(format!("{topic} {lo}에서 {hi} 사이여야 합니다.")),
        (_, Lang::En) => Err(format!("{label} must be a number; \u{201c}{}\u{201d} is not.", text.trim())),
        (_, Lang::Ko) => {
            Err(format!("{topic} 숫자여야 합니다. \u{201c}{}\u{201d}은(는) 숫자가 아닙니다.", text.trim()))
        }
    }
}

/// Largest group size the lab accepts in a field [instances].
pub const MAX_GROUP: u32 = 1000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(parse_count(Lang::En, "Min", " 3 ", MAX_GROUP), Ok(Some(3)));
        assert_eq!(parse_count(Lang::En, "Min", "", MAX_GROUP), Ok(None));
        assert!(parse_count(Lang::En, "Min", "-1", MAX_GROUP).unwrap_err().contains("negative"));
        assert!(parse_count(Lang::En, "Min", "2.5", MAX_GROUP).unwrap_err().contains("whole number"));
        assert!(parse_count(Lang::En, "Min", "abc", MAX_GROUP).unwrap_err().contains("\u{201c}abc\u{201d}"));
        assert!(parse_count(Lang::En, "Max", "99999999999999999999", MAX_GROUP).unwrap_err().contains("whole number"));
        assert!(parse_count(Lang::En, "Max", "1001", MAX_GROUP).unwrap_err().contains("at most 1000"));
    }

    #[test]
    fn seconds_and_decimals() {
        assert_eq!(parse_seconds(Lang::En, "Slow start", "30", 30, 900), Ok(30));
        assert!(parse_seconds(Lang::En, "Slow start", "10", 30, 900).is_err());
        assert!(parse_seconds(Lang::En, "Slow start", "", 30, 900).is_err());
        assert_eq!(parse_decimal(Lang::En, "Target", "50.5", 1.0, 100.0), Ok(50.5));
        assert!(parse_decimal(Lang::En, "Target", "NaN", 1.0, 100.0).is_err());
        assert!(parse_decimal(Lang::En, "Target", "0", 1.0, 100.0).is_err());
    }

    #[test]
    fn korean_messages() {
        assert_eq!(parse_count(Lang::Ko, "최소 용량", "-1", MAX_GROUP).unwrap_err(), "최소 용량은 음수일 수 없습니다.");
        assert_eq!(
            parse_count(Lang::Ko, "최대 용량", "1001", MAX_GROUP).unwrap_err(),
            "최대 용량은 1000 이하여야 합니다."
        );
        assert_eq!(parse_seconds(Lang::Ko, "기본 휴지 기간", "", 0, 10).unwrap_err(), "기본 휴지 기간을 입력하세요.");
        assert_eq!(
            parse_seconds(Lang::Ko, "느린 시작 기간", "10", 30, 900).unwrap_err(),
            "느린 시작 기간은 30초에서 900초 사이여야 합니다."
        );
        assert!(parse_decimal(Lang::Ko, "목표값", "lots", 1.0, 100.0).unwrap_err().contains("숫자여야"));
    }
}
