//! Reading the group's number fields: whole numbers, blank = leave unchanged, clear messages.
//! AWS's own validation (min ≤ desired ≤ max …) is the engine's; this only reads the text.

/// Reads an optional whole-number field. Blank → `Ok(None)` (not part of the request).
pub fn parse_count(label: &str, text: &str, max: u32) -> Result<Option<u32>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<u64>() {
        Ok(v) if v <= max as u64 => Ok(Some(v as u32)),
        Ok(_) => Err(format!("{label} must be at most {max}.")),
        Err(_) if t.starts_with('-') && t[1..].parse::<u64>().is_ok() => Err(format!("{label} cannot be negative.")),
        Err(_) => Err(format!("{label} must be a whole number; \u{201c}{t}\u{201d} is not.")),
    }
}

/// Reads a required number of seconds within `[lo, hi]`.
pub fn parse_seconds(label: &str, text: &str, lo: u32, hi: u32) -> Result<u32, String> {
    match parse_count(label, text, u32::MAX)? {
        None => Err(format!("Enter {label}.")),
        Some(v) if v < lo || v > hi => Err(format!("{label} must be between {lo} and {hi} seconds.")),
        Some(v) => Ok(v),
    }
}

/// Reads a decimal within `[lo, hi]`.
pub fn parse_decimal(label: &str, text: &str, lo: f64, hi: f64) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v >= lo && v <= hi => Ok(v),
        Ok(v) if v.is_finite() => Err(format!("{label} must be between {lo} and {hi}.")),
        _ => Err(format!("{label} must be a number; \u{201c}{}\u{201d} is not.", text.trim())),
    }
}

/// Largest group size the lab accepts in a field [instances].
pub const MAX_GROUP: u32 = 1000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(parse_count("Min", " 3 ", MAX_GROUP), Ok(Some(3)));
        assert_eq!(parse_count("Min", "", MAX_GROUP), Ok(None));
        assert!(parse_count("Min", "-1", MAX_GROUP).unwrap_err().contains("negative"));
        assert!(parse_count("Min", "2.5", MAX_GROUP).unwrap_err().contains("whole number"));
        assert!(parse_count("Min", "abc", MAX_GROUP).unwrap_err().contains("\u{201c}abc\u{201d}"));
        assert!(parse_count("Max", "99999999999999999999", MAX_GROUP).unwrap_err().contains("whole number"));
        assert!(parse_count("Max", "1001", MAX_GROUP).unwrap_err().contains("at most 1000"));
    }

    #[test]
    fn seconds_and_decimals() {
        assert_eq!(parse_seconds("Slow start", "30", 30, 900), Ok(30));
        assert!(parse_seconds("Slow start", "10", 30, 900).is_err());
        assert!(parse_seconds("Slow start", "", 30, 900).is_err());
        assert_eq!(parse_decimal("Target", "50.5", 1.0, 100.0), Ok(50.5));
        assert!(parse_decimal("Target", "NaN", 1.0, 100.0).is_err());
        assert!(parse_decimal("Target", "0", 1.0, 100.0).is_err());
    }
}
