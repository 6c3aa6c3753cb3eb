//! Reading the number fields of the control forms (group sizes and times, load balancer,
//! policy and pattern editors): whole numbers, blank = leave unchanged, clear messages.
//! AWS's own validation (min ≤ desired ≤ max …) is the engine's; this only reads the text.
//! `label` is the field's name, already in `lang`.

use crate::i18n::{fill, Lang, Text};
use asg_engine::limits::{Limit, Unit};

/// Reads an optional whole-number field. Blank → `Ok(None)` (not part of the request).
pub fn parse_count(lang: Lang, label: &str, text: &str, max: u32) -> Result<Option<u32>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<u64>() {
        Ok(v) if v <= max as u64 => Ok(Some(v as u32)),
        Ok(_) => Err(fill(lang, Text::CountAtMost, &[("label", &label), ("max", &max)])),
        Err(_) if t.starts_with('-') && t[1..].parse::<u64>().is_ok() => {
            Err(fill(lang, Text::CountNegative, &[("label", &label)]))
        }
        Err(_) => Err(fill(lang, Text::CountNotWhole, &[("label", &label), ("text", &t)])),
    }
}

/// Reads a required whole-number setting within its range (`l`, from `asg_engine::limits`); the
/// message names the setting's unit.
pub fn parse_setting(lang: Lang, label: &str, text: &str, l: &Limit) -> Result<u32, String> {
    parse_limited(lang, label, text, l)?.ok_or_else(|| fill(lang, Text::EnterValue, &[("label", &label)]))
}

/// Reads an optional whole-number field within its range (`l`): blank → `Ok(None)`. A value in
/// range that is not an allowed multiple says so, rather than repeating the range.
pub fn parse_limited(lang: Lang, label: &str, text: &str, l: &Limit) -> Result<Option<u32>, String> {
    match parse_count(lang, label, text, u32::MAX)? {
        Some(v) if v < l.lo || v > l.hi => Err(between(lang, label, range_of(l.unit), &l.lo, &l.hi)),
        Some(v) if !l.contains(v) => Err(fill(lang, Text::MustBeMultiple, &[("label", &label), ("m", &l.multiple_of)])),
        v => Ok(v),
    }
}

/// "… must be between 30 and 900 seconds.": the range as its unit writes it.
fn between(lang: Lang, label: &str, range: Text, lo: &dyn core::fmt::Display, hi: &dyn core::fmt::Display) -> String {
    let range = fill(lang, range, &[("lo", lo), ("hi", hi)]);
    fill(lang, Text::MustBeBetween, &[("label", &label), ("range", &range)])
}

/// How a range of `unit` is written.
fn range_of(u: Unit) -> Text {
    match u {
        Unit::Seconds => Text::RangeSeconds,
        Unit::Instances => Text::RangeInstances,
        Unit::Checks => Text::RangeChecks,
        Unit::Milliseconds => Text::RangeMs,
        Unit::Percent => Text::RangePercent,
        Unit::Bytes => Text::RangeBytes,
        Unit::RequestsPerSecond => Text::RangeRps,
        Unit::Count | Unit::Ratio | Unit::Times => Text::RangePlain,
    }
}

/// Reads a decimal within `[lo, hi]`.
pub fn parse_decimal(lang: Lang, label: &str, text: &str, lo: f64, hi: f64) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v >= lo && v <= hi => Ok(v),
        Ok(v) if v.is_finite() => Err(between(lang, label, Text::RangePlain, &lo, &hi)),
        _ => Err(fill(lang, Text::NotANumber, &[("label", &label), ("text", &text.trim())])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::limits::{COOLDOWN, HEALTHY_THRESHOLD, MAX_SIZE, SLOW_START};

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
        let period = asg_engine::limits::TT_PERIOD_BASIC;
        assert_eq!(parse_setting(Lang::En, "Alarm period", "120", &period), Ok(120));
        assert_eq!(
            parse_setting(Lang::En, "Alarm period", "61", &period).unwrap_err(),
            "Alarm period must be a multiple of 60."
        );
        assert_eq!(
            parse_setting(Lang::Ko, "경보 기간", "61", &period).unwrap_err(),
            "경보 기간은 60의 배수여야 합니다."
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
