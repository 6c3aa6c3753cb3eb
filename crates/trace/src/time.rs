//! Times as traces write them, read to Unix seconds: ISO 8601 (`2024-05-01T09:30:00Z`,
//! `…+09:00`, `…T09:30:00.123456Z`, a space for the `T`, no zone = UTC) and epoch seconds or
//! milliseconds (a number above 10¹¹ is milliseconds: that is the year 5138 in seconds).

/// Days from 1970-01-01 to the date (proleptic Gregorian; Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn digits(s: &str) -> Option<i64> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// An ISO 8601 date-time [Unix s, with its fraction].
fn iso(s: &str) -> Option<f64> {
    let (date, rest) = s.split_at_checked(10)?;
    let mut d = date.split('-');
    let (y, m, day) = (digits(d.next()?)?, digits(d.next()?)?, digits(d.next()?)?);
    if d.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    let mut secs = days_from_civil(y, m, day) as f64 * 86_400.0;
    if rest.is_empty() {
        return Some(secs);
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    // the zone: Z, or ±hh:mm / ±hhmm / ±hh after the time
    let (clock, offset_s) = match rest.find(['Z', 'z', '+', '-']) {
        Some(k) => {
            let (clock, zone) = rest.split_at(k);
            let off = match zone {
                "Z" | "z" => 0,
                z => {
                    let sign = if z.starts_with('-') { -1 } else { 1 };
                    let hm = z[1..].replace(':', "");
                    let (h, m) = match hm.len() {
                        2 => (digits(&hm)?, 0),
                        4 => (digits(&hm[..2])?, digits(&hm[2..])?),
                        _ => return None,
                    };
                    sign * (h * 3600 + m * 60)
                }
            };
            (clock, off)
        }
        None => (rest, 0),
    };
    let mut c = clock.split(':');
    let h = digits(c.next()?)?;
    let mi = c.next().map_or(Some(0), digits)?;
    let sec: f64 = match c.next() {
        Some(x) if !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit() || b == b'.') => x.parse().ok()?,
        Some(_) => return None,
        None => 0.0,
    };
    if c.next().is_some() || h > 24 || mi > 59 || sec >= 61.0 {
        return None;
    }
    secs += (h * 3600 + mi * 60 - offset_s) as f64 + sec;
    Some(secs)
}

/// A time field [Unix s]: ISO 8601, or epoch seconds / milliseconds (quotes around it
/// allowed, as spreadsheets write them).
pub fn parse_time(s: &str) -> Option<f64> {
    let s = s.trim().trim_matches('"').trim();
    if let Some(t) = iso(s) {
        return Some(t);
    }
    let n: f64 = s.parse().ok()?;
    if !n.is_finite() || n < 0.0 || s.contains(['e', 'E']) {
        return None;
    }
    Some(if n >= 1e11 { n / 1000.0 } else { n })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_epoch_forms() {
        let t = 1_714_555_800.0; // 2024-05-01T09:30:00Z
        assert_eq!(parse_time("2024-05-01T09:30:00Z"), Some(t));
        assert_eq!(parse_time("2024-05-01T09:30:00+00:00"), Some(t));
        assert_eq!(parse_time("2024-05-01T18:30:00+09:00"), Some(t));
        assert_eq!(parse_time("2024-05-01 09:30:00"), Some(t));
        assert_eq!(parse_time("\"2024-05-01 09:30\""), Some(t));
        assert_eq!(parse_time("2018-07-02T22:22:48.364000Z"), Some(1_530_570_168.364));
        assert_eq!(parse_time("1714555800"), Some(t));
        assert_eq!(parse_time("1714555800000"), Some(t));
        assert_eq!(parse_time("2024-05-01"), Some(t - 9.5 * 3600.0));
        for bad in ["", "x", "2024-13-01T00:00:00Z", "2024-05-01T25:00", "-5", "1e12", "2024-05-01T09:30:00+9", "nan"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }
}
