//! The simulated clock as the UI drives and shows it.

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
    pub fn new(speed: f64) -> Self {
        Self { speed: sanitize_speed(speed), carry: 0.0 }
    }

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
    let days = unix_s.div_euclid(86_400);
    let secs = unix_s.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC",
        secs / 3600,
        (secs / 60) % 60,
        secs % 60
    )
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

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm). Written
/// by hand: it is twelve lines, and a date crate would add weight to the wasm for one format.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
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
    fn formats_elapsed() {
        assert_eq!(format_elapsed(7), "+0m 07s");
        assert_eq!(format_elapsed(3723), "+1h 02m 03s");
    }
}
