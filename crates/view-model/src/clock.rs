//! The simulated clock as the UI drives and shows it.

use crate::i18n::{fill, tr, Lang, Text};

/// Turns real frame times into whole simulated seconds at a chosen speed, carrying the
/// fraction from frame to frame so that no simulated time is lost or invented.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameClock {
    /// Simulated seconds per real second (1× … 600×).
    pub speed: f64,
    /// Fraction of a simulated second owed to the next frame [s].
    carry: f64,
}

/// Longest real gap one frame may account for [ms]. A tab that was hidden for an hour must
/// not fast-forward an hour of simulation in one frame when it comes back.
pub const MAX_FRAME_MS: f64 = 250.0;

/// Speeds offered in the header (simulated seconds per real second).
pub const SPEEDS: [u32; 7] = [1, 5, 10, 30, 60, 300, 600];

impl FrameClock {
    /// A clock at `speed` (clamped to 0…3600, 1 when not finite), nothing carried yet.
    pub fn new(speed: f64) -> Self {
        Self { speed: sanitize_speed(speed), carry: 0.0 }
    }

    /// Changes the speed (sanitised as in [`FrameClock::new`]), keeping the carried fraction.
    pub fn set_speed(&mut self, speed: f64) {
        self.speed = sanitize_speed(speed);
    }

    /// Whole simulated seconds to step for a frame that lasted `real_ms` [ms].
    pub fn advance(&mut self, real_ms: f64) -> u64 {
        let real_ms = if real_ms.is_finite() { real_ms.clamp(0.0, MAX_FRAME_MS) } else { 0.0 };
        let total = self.carry + self.speed * real_ms / 1000.0;
        let whole = total.floor();
        self.carry = total - whole;
        whole as u64
    }
}

fn sanitize_speed(speed: f64) -> f64 {
    if speed.is_finite() {
        speed.clamp(0.0, 3600.0)
    } else {
        1.0
    }
}

/// `2026-01-01 09:03:07 UTC` — the console shows UTC; so does the lab's clock.
pub fn format_utc(unix_s: i64) -> String {
    let p = asg_engine::utc::parts(unix_s);
    format!("{:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC", p.year, p.month, p.day, p.hour, p.minute, p.second)
}

/// `+1h 02m 03s` — simulated time elapsed since the start of the run.
pub fn format_elapsed(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, (seconds / 60) % 60, seconds % 60);
    if h > 0 {
        format!("+{h}h {m:02}m {s:02}s")
    } else {
        format!("+{m}m {s:02}s")
    }
}

/// Longest jump the lab runs in one go [s] (a week; longer runs take too long in a browser).
pub const MAX_JUMP_S: u64 = 7 * 86_400;

/// Reads a "jump to" request and returns the target simulated time [s since start]:
/// `10:30` (UTC clock, the next time it shows that, possibly tomorrow), `+90m`, `+2h`,
/// `+1d` or `+45` (minutes). The target is never in the past and at most [`MAX_JUMP_S`] ahead.
pub fn parse_jump(lang: Lang, text: &str, start_utc_s: i64, now_s: u64) -> Result<u64, String> {
    let t = text.trim();
    let not_time = |key: Text| fill(lang, key, &[("text", &t), ("help", &tr(lang, Text::JumpHelp))]);
    let target = if let Some(rest) = t.strip_prefix('+') {
        let (num, unit) = match rest.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
            Some((i, _)) => rest.split_at(i),
            None => (rest, "m"),
        };
        let n: u64 = num.parse().map_err(|_| not_time(Text::JumpNotTime))?;
        let unit_s = match unit.trim() {
            "s" => 1,
            "m" | "min" => 60,
            "h" => 3600,
            "d" => 86_400,
            _ => return Err(not_time(Text::JumpUnknownUnit)),
        };
        now_s.saturating_add(n.saturating_mul(unit_s))
    } else if let Some((h, m)) = t.split_once(':') {
        let (h, m): (i64, i64) = match (h.trim().parse(), m.trim().parse()) {
            (Ok(h), Ok(m)) if (0..24).contains(&h) && (0..60).contains(&m) => (h, m),
            _ => return Err(not_time(Text::JumpNotTimeOfDay)),
        };
        let now_utc = start_utc_s + now_s as i64;
        let day_start = now_utc - now_utc.rem_euclid(86_400);
        let mut at = day_start + h * 3600 + m * 60;
        if at < now_utc {
            at += 86_400;
        }
        (at - start_utc_s) as u64
    } else {
        return Err(not_time(Text::JumpNotTime));
    };
    if target - now_s > MAX_JUMP_S {
        return Err(tr(lang, Text::JumpTooFar).into());
    }
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carries_fractions_between_frames() {
        let mut c = FrameClock::new(1.0);
        // 60 frames of 16.667 ms at 1x = 1 simulated second in total, not 0.
        let stepped: u64 = (0..60).map(|_| c.advance(1000.0 / 60.0)).sum();
        assert_eq!(stepped, 1);
    }

    #[test]
    fn speed_multiplies_and_long_gaps_are_capped() {
        let mut c = FrameClock::new(600.0);
        assert_eq!(c.advance(100.0), 60);
        assert_eq!(c.advance(10_000.0), (600.0 * MAX_FRAME_MS / 1000.0) as u64);
        assert_eq!(c.advance(f64::NAN), 0);
        assert_eq!(c.advance(-5.0), 0);
    }

    #[test]
    fn absurd_speeds_are_made_safe() {
        assert_eq!(FrameClock::new(f64::INFINITY).speed, 1.0);
        assert_eq!(FrameClock::new(-3.0).speed, 0.0);
        assert_eq!(FrameClock::new(1e9).speed, 3600.0);
    }

    #[test]
    fn formats_utc_like_the_console() {
        assert_eq!(format_utc(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(format_utc(1_767_258_000), "2026-01-01 09:00:00 UTC");
        assert_eq!(format_utc(951_782_400), "2000-02-29 00:00:00 UTC");
        assert_eq!(format_utc(-1), "1969-12-31 23:59:59 UTC");
    }

    #[test]
    fn jumps() {
        let start = 1_767_258_000; // 2026-01-01 09:00 UTC
        assert_eq!(parse_jump(Lang::En, "+90m", start, 60), Ok(60 + 5400));
        assert_eq!(parse_jump(Lang::En, "+2h", start, 0), Ok(7200));
        assert_eq!(parse_jump(Lang::En, "+45", start, 0), Ok(2700));
        assert_eq!(parse_jump(Lang::En, "10:30", start, 0), Ok(5400));
        // 08:00 has passed today: tomorrow's.
        assert_eq!(parse_jump(Lang::En, "08:00", start, 0), Ok(23 * 3600));
        assert!(parse_jump(Lang::En, "25:00", start, 0).is_err());
        assert!(parse_jump(Lang::En, "soon", start, 0).unwrap_err().contains("+90m"));
        assert!(parse_jump(Lang::En, "+3y", start, 0).unwrap_err().contains("unit"));
        assert!(parse_jump(Lang::En, "+30d", start, 0).unwrap_err().contains("7 days"));
        assert!(parse_jump(Lang::En, "+99999999999999999999", start, 0).is_err());
        assert!(parse_jump(Lang::Ko, "soon", start, 0).unwrap_err().contains("시각이 아닙니다"));
        assert!(parse_jump(Lang::Ko, "+30d", start, 0).unwrap_err().contains("7일"));
    }

    #[test]
    fn formats_elapsed() {
        assert_eq!(format_elapsed(7), "+0m 07s");
        assert_eq!(format_elapsed(3723), "+1h 02m 03s");
    }
}
