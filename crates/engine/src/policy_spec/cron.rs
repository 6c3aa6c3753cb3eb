//! 5-field UTC cron expressions of scheduled actions (docs/aws-behaviour.md §4): parsed once when
//! the action is validated, matched every minute by the run-time state.

use crate::error::SpecError;
use crate::utc;

/// A parsed cron expression: bit sets of allowed values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cron {
    minutes: u64,
    hours: u32,
    dom: u32,
    months: u16,
    dow: u8,
    dom_star: bool,
    dow_star: bool,
}

fn field(s: &str, lo: u32, hi: u32) -> Result<(u64, bool), SpecError> {
    let mut bits = 0u64;
    let star = s == "*";
    for part in s.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((r, st)) => (r, st.parse::<u32>().map_err(|_| SpecError::CronStep(st.into()))?),
            None => (part, 1),
        };
        if step == 0 {
            return Err(SpecError::CronZeroStep);
        }
        let (a, b) = if range == "*" {
            (lo, hi)
        } else if let Some((x, y)) = range.split_once('-') {
            let x = x.parse::<u32>().map_err(|_| SpecError::CronValue(x.into()))?;
            let y = y.parse::<u32>().map_err(|_| SpecError::CronValue(y.into()))?;
            (x, y)
        } else {
            let x = range.parse::<u32>().map_err(|_| SpecError::CronValue(range.into()))?;
            (x, if part.contains('/') { hi } else { x })
        };
        if a < lo || b > hi || a > b {
            return Err(SpecError::CronRange(lo, hi, part.into()));
        }
        let mut v = a;
        while v <= b {
            bits |= 1u64 << v;
            v += step;
        }
    }
    Ok((bits, star))
}

impl Cron {
    /// Parse "min hour dom month dow" (dow 0–7, 0 and 7 = Sunday).
    pub fn parse(s: &str) -> Result<Cron, SpecError> {
        let f: Vec<&str> = s.split_whitespace().collect();
        if f.len() != 5 {
            return Err(SpecError::CronFields(s.into()));
        }
        let (minutes, _) = field(f[0], 0, 59)?;
        let (hours, _) = field(f[1], 0, 23)?;
        let (dom, dom_star) = field(f[2], 1, 31)?;
        let (months, _) = field(f[3], 1, 12)?;
        let (mut dow, dow_star) = field(f[4], 0, 7)?;
        if dow & (1 << 7) != 0 {
            dow |= 1;
        }
        Ok(Cron {
            minutes,
            hours: hours as u32,
            dom: dom as u32,
            months: months as u16,
            dow: (dow & 0x7f) as u8,
            dom_star,
            dow_star,
        })
    }

    /// Does the minute starting at `unix_s` match? (Standard cron: if both day-of-month and
    /// day-of-week are restricted, either may match.)
    pub fn matches(&self, unix_s: i64) -> bool {
        let p = utc::parts(unix_s);
        if self.minutes & (1 << p.minute) == 0 || self.hours & (1 << p.hour) == 0 || self.months & (1 << p.month) == 0 {
            return false;
        }
        let d = self.dom & (1 << p.day) != 0;
        let w = self.dow & (1 << p.weekday) != 0;
        match (self.dom_star, self.dow_star) {
            (true, true) => true,
            (false, true) => d,
            (true, false) => w,
            (false, false) => d || w,
        }
    }
}
