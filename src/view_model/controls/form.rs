//! Reading the number fields of the control forms (group sizes and times, load balancer,
//! policy and pattern editors): whole numbers, blank = leave unchanged, clear messages.
//! AWS's own validation (min ≤ desired ≤ max …) is the engine's; this only reads the text.
//! `label` is the field's name, already in `lang`.

use crate::sim::limits::{Limit, Unit};
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

/// Reads a required whole-number setting within its range (`l`, from `sim::limits`); the
/// message names the setting's unit.
pub fn parse_setting(lang: Lang, label: &str, text: &str, l: &Limit) -> Result<u32, String> {
    let (lo, hi) = (l.lo, l.hi);
    match (parse_count(lang, label, text, u32::MAX)?, lang) {
        (None, Lang::En) => Err(format!("Enter {label}.")),
        (None, Lang::Ko) => Err(format!("{} 입력하세요.", josa(label, "을", "를"))),
        (Some(v), Lang::En) if !l.contains(v) => {
            Err(format!("{label} must be between {lo} and {hi}{}.", l.unit.word()))
        }
        (Some(v), Lang::Ko) if !l.contains(v) => {
            let u = unit_ko(l.unit);
            Err(format!("{} {lo}{u}에서 {hi}{u} 사이여야 합니다.", josa(label, "은", "는")))
        }
        (Some(v), _) => Ok(v),
    }
}

/// A unit as it follows a number in Korean.
fn unit_ko(u: Unit) -> &'static str {
    match u {
        Unit::Seconds => "초",
        Unit::Instances => "개",
        Unit::Checks => "회",
        Unit::Milliseconds => "ms",
        Unit::Percent => "%",
        Unit::Bytes => "바이트",
        Unit::RequestsPerSecond => " req/s",
        Unit::Count | Unit::Ratio | Unit::Times => "",
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::limits::{COOLDOWN, HEALTHY_THRESHOLD, MAX_SIZE, SLOW_START};

    #[test]
    fn counts() {
        let max = MAX_SIZE.hi;
        assert_eq!(parse_count(Lang::En, "Min", " 3 ", max), Ok(Some(3)));
        assert_eq!(parse_count(Lang::En, "Min", "", max), Ok(None));
        assert!(parse_count(Lang::En, "Min", "-1", max).unwrap_err().contains("negative"));
        assert!(parse_count(Lang::En, "Min", "2.5", max).unwrap_err().contains("whole number"));
        assert!(parse_count(Lang::En, "Min", "abc", max).unwrap_err().contains("\u{201c}abc\u{201d}"));
        assert!(parse_count(Lang::En, "Max", "99999999999999999999", max).unwrap_err().contains("whole number"));
        assert!(parse_count(Lang::En, "Max", "501", max).unwrap_err().contains("at most 500"));
    }

    #[test]
    fn seconds_and_decimals() {
        assert_eq!(parse_setting(Lang::En, "Slow start", "30", &SLOW_START), Ok(30));
        assert_eq!(
            parse_setting(Lang::En, "Slow start", "10", &SLOW_START).unwrap_err(),
            "Slow start must be between 30 and 900 seconds."
        );
        assert!(parse_setting(Lang::En, "Slow start", "", &SLOW_START).is_err());
        assert_eq!(
            parse_setting(Lang::En, "Healthy threshold", "11", &HEALTHY_THRESHOLD).unwrap_err(),
            "Healthy threshold must be between 2 and 10.",
            "a count of checks is not in seconds"
        );
        assert_eq!(parse_decimal(Lang::En, "Target", "50.5", 1.0, 100.0), Ok(50.5));
        assert!(parse_decimal(Lang::En, "Target", "NaN", 1.0, 100.0).is_err());
        assert!(parse_decimal(Lang::En, "Target", "0", 1.0, 100.0).is_err());
    }

    #[test]
    fn korean_messages() {
        assert_eq!(
            parse_count(Lang::Ko, "최소 용량", "-1", MAX_SIZE.hi).unwrap_err(),
            "최소 용량은 음수일 수 없습니다."
        );
        assert_eq!(
            parse_count(Lang::Ko, "최대 용량", "501", MAX_SIZE.hi).unwrap_err(),
            "최대 용량은 500 이하여야 합니다."
        );
        assert_eq!(
            parse_setting(Lang::Ko, "기본 휴지 기간", "", &COOLDOWN).unwrap_err(),
            "기본 휴지 기간을 입력하세요."
        );
        assert_eq!(
            parse_setting(Lang::Ko, "느린 시작 기간", "10", &SLOW_START).unwrap_err(),
            "느린 시작 기간은 30초에서 900초 사이여야 합니다."
        );
        assert_eq!(
            parse_setting(Lang::Ko, "정상 임계값", "1", &HEALTHY_THRESHOLD).unwrap_err(),
            "정상 임계값은 2회에서 10회 사이여야 합니다."
        );
        assert!(parse_decimal(Lang::Ko, "목표값", "lots", 1.0, 100.0).unwrap_err().contains("숫자여야"));
    }
}
