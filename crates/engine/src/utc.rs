//! UTC calendar arithmetic (no clock, no tz database): ISO-8601 text and cron fields.

/// Civil date from days since 1970-01-01 (H. Hinnant's algorithm): (year, month 1–12, day 1–31).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Broken-down UTC time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UtcParts {
    /// year
    pub year: i64,
    /// month 1–12
    pub month: u32,
    /// day of month 1–31
    pub day: u32,
    /// hour 0–23
    pub hour: u32,
    /// minute 0–59
    pub minute: u32,
    /// second 0–59
    pub second: u32,
    /// day of week, 0 = Sunday
    pub weekday: u32,
}

/// Split Unix seconds into UTC parts.
pub fn parts(unix_s: i64) -> UtcParts {
    let days = unix_s.div_euclid(86_400);
    let sod = unix_s.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    UtcParts {
        year,
        month,
        day,
        hour: (sod / 3600) as u32,
        minute: ((sod % 3600) / 60) as u32,
        second: (sod % 60) as u32,
        weekday: (days + 4).rem_euclid(7) as u32, // 1970-01-01 was a Thursday
    }
}

/// `2026-01-01T09:03:00Z`.
pub fn iso(unix_s: i64) -> String {
    let p = parts(unix_s);
    format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", p.year, p.month, p.day, p.hour, p.minute, p.second)
}
