//! Every numeric limit of the lab, stated once: the engine clamps scenarios with these, live
//! commands are checked against them (with AWS's wording), the link codec reads its keys with
//! them and the forms parse what a person types with them. Ranges are AWS's where AWS
//! documents one (docs/aws-behaviour.md §1, §2, §6); the others are lab limits, marked so.
//!
//! ```text
//!   limits.rs ──► Scenario::sanitize / AlbSpec::sanitize   (clamp, never panic)
//!       │──────► Sim::apply                                (refuse, AWS's message)
//!       │──────► share (link keys: key, lo, hi, default)   (clamp + notice)
//!       └──────► view_model forms                          (parse, message in the language)
//! ```

use crate::error::CommandError;

/// What a number counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// [s]
    Seconds,
    /// [instances]
    Instances,
    /// consecutive health checks [count]
    Checks,
    /// datapoints or queued requests [count]
    Count,
    /// [%]
    Percent,
    /// [ms]
    Milliseconds,
    /// a fraction [0–1]
    Ratio,
    /// [bytes]
    Bytes,
    /// [requests/s]
    RequestsPerSecond,
    /// a multiplier [×]
    Times,
}

impl Unit {
    /// The unit as AWS's messages spell it after a range ("… between 0 and 3600 seconds").
    pub fn word(self) -> &'static str {
        match self {
            Unit::Seconds => " seconds",
            Unit::Instances => " instances",
            Unit::Milliseconds => " ms",
            Unit::Percent => " %",
            Unit::Bytes => " bytes",
            Unit::RequestsPerSecond => " requests/s",
            Unit::Checks | Unit::Count | Unit::Ratio | Unit::Times => "",
        }
    }
}

/// A whole-number setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// its key in a link (`?grace=300`)
    pub key: &'static str,
    /// AWS's name for it (API parameter or console label)
    pub aws_name: &'static str,
    /// smallest value
    pub lo: u32,
    /// largest value
    pub hi: u32,
    /// unit
    pub unit: Unit,
    /// the value a new scenario has
    pub default: u32,
}

impl Limit {
    /// `v` within [lo, hi].
    pub const fn clamp(&self, v: u32) -> u32 {
        if v < self.lo {
            self.lo
        } else if v > self.hi {
            self.hi
        } else {
            v
        }
    }
    /// Is `v` allowed?
    pub const fn contains(&self, v: u32) -> bool {
        v >= self.lo && v <= self.hi
    }
    /// AWS-style refusal: "DefaultInstanceWarmup must be between 0 and 3600 seconds".
    pub fn message(&self) -> String {
        format!("{} must be between {} and {}{}", self.aws_name, self.lo, self.hi, self.unit.word())
    }
    /// `Ok(v)` if allowed, else a ValidationError with [`Limit::message`].
    pub fn check(&self, v: u32) -> Result<u32, CommandError> {
        if self.contains(v) {
            Ok(v)
        } else {
            Err(CommandError::validation(self.message()))
        }
    }
}

/// A decimal setting.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DecimalLimit {
    /// its key in a link
    pub key: &'static str,
    /// its name in messages
    pub aws_name: &'static str,
    /// smallest value
    pub lo: f64,
    /// largest value
    pub hi: f64,
    /// unit
    pub unit: Unit,
    /// the value a new scenario has (and what a non-finite value becomes)
    pub default: f64,
}

impl DecimalLimit {
    /// `v` within [lo, hi]; NaN and infinities become the default.
    pub fn clamp(&self, v: f64) -> f64 {
        if v.is_finite() {
            v.clamp(self.lo, self.hi)
        } else {
            self.default
        }
    }
    /// Is `v` finite and allowed?
    pub fn contains(&self, v: f64) -> bool {
        v.is_finite() && v >= self.lo && v <= self.hi
    }
    /// "Spike multiplier must be between 0 and 1000".
    pub fn message(&self) -> String {
        format!("{} must be between {} and {}{}", self.aws_name, self.lo, self.hi, self.unit.word())
    }
}

const fn whole(key: &'static str, aws_name: &'static str, lo: u32, hi: u32, unit: Unit, default: u32) -> Limit {
    Limit { key, aws_name, lo, hi, unit, default }
}

const fn decimal(
    key: &'static str,
    aws_name: &'static str,
    lo: f64,
    hi: f64,
    unit: Unit,
    default: f64,
) -> DecimalLimit {
    DecimalLimit { key, aws_name, lo, hi, unit, default }
}

// ---- the Auto Scaling group (§1, §2, §3) ----
/// MaxSize. The upper end is a lab limit (bounded memory and frame time), not AWS's.
pub const MAX_SIZE: Limit = whole("max", "Max size", 0, 500, Unit::Instances, 3);
/// MinSize.
pub const MIN_SIZE: Limit = whole("min", "Min size", 0, MAX_SIZE.hi, Unit::Instances, 1);
/// DesiredCapacity (also between min and max, checked by `capacity::update`).
pub const DESIRED: Limit = whole("desired", "Desired capacity", 0, MAX_SIZE.hi, Unit::Instances, 1);
/// HealthCheckGracePeriod: AWS documents no maximum; the lab stops at a day. Console default.
pub const GRACE: Limit = whole("grace", "HealthCheckGracePeriod", 0, 86_400, Unit::Seconds, 300);
/// DefaultInstanceWarmup (0–3600, §2); unset by default.
pub const WARMUP: Limit = whole("warmup", "DefaultInstanceWarmup", 0, 3600, Unit::Seconds, 0);
/// DefaultCooldown (300 by default, §3); the lab stops at a day.
pub const COOLDOWN: Limit = whole("cooldown", "DefaultCooldown", 0, 86_400, Unit::Seconds, 300);

// ---- the target group and load balancer (§6 table) ----
/// Slow start duration: 0 (off) or 30–900 s.
pub const SLOW_START: Limit = whole("slow", "Slow start duration", 30, 900, Unit::Seconds, 0);
/// Deregistration delay.
pub const DEREGISTRATION_DELAY: Limit = whole("dereg", "Deregistration delay", 0, 3600, Unit::Seconds, 300);
/// Health check interval.
pub const HC_INTERVAL: Limit = whole("hci", "Health check interval", 5, 300, Unit::Seconds, 30);
/// Health check timeout.
pub const HC_TIMEOUT: Limit = whole("hct", "Health check timeout", 2, 120, Unit::Seconds, 5);
/// HealthyThresholdCount.
pub const HEALTHY_THRESHOLD: Limit = whole("hth", "Healthy threshold", 2, 10, Unit::Checks, 5);
/// UnhealthyThresholdCount.
pub const UNHEALTHY_THRESHOLD: Limit = whole("uth", "Unhealthy threshold", 2, 10, Unit::Checks, 2);
/// Idle timeout.
pub const IDLE_TIMEOUT: Limit = whole("idle", "Idle timeout", 1, 4000, Unit::Seconds, 60);

// ---- traffic (lab limits) ----
/// Offered traffic, and any rate in a traffic pattern: far more than the largest group serves.
pub const TRAFFIC_RPS: DecimalLimit = decimal("rps", "Traffic", 0.0, 1.0e6, Unit::RequestsPerSecond, 5.0);
/// Spike multiplier.
pub const SPIKE_MULTIPLIER: DecimalLimit = decimal("spike", "Spike multiplier", 0.0, 1000.0, Unit::Times, 3.0);
/// Longest spike or `stress` run [s]: 30 days.
pub const MAX_RUN_S: u64 = 30 * 86_400;

// ---- model knobs (ModelSettings; [OBS]/[EST] values, lab limits) ----
/// Launch → InService.
pub const BOOT: Limit = whole("boot", "Boot time", 0, 3600, Unit::Seconds, 30);
/// InService → the app answers.
pub const APP_READY: Limit = whole("ready", "App ready time", 0, 3600, Unit::Seconds, 60);
/// Target tracking's AlarmHigh datapoints.
pub const TT_HIGH_DATAPOINTS: Limit = whole("tthigh", "AlarmHigh datapoints", 1, 1440, Unit::Count, 3);
/// Target tracking's AlarmLow datapoints.
pub const TT_LOW_DATAPOINTS: Limit = whole("ttlow", "AlarmLow datapoints", 1, 1440, Unit::Count, 15);
/// Target tracking's alarm period with basic monitoring (a multiple of 60).
pub const TT_PERIOD_BASIC: Limit = whole("ttbasic", "Alarm period (basic monitoring)", 60, 3600, Unit::Seconds, 300);
/// Queue bound per vCPU.
pub const QUEUE_PER_VCPU: Limit = whole("queue", "Queue per vCPU", 1, 1_000_000, Unit::Count, 256);
/// How often the group polls health.
pub const HEALTH_POLL: Limit = whole("poll", "Health poll interval", 1, 3600, Unit::Seconds, 60);
/// Scheduled-action lateness (AWS: up to 120 s).
pub const SCHEDULED_LATENESS: Limit = whole("late", "Scheduled action lateness", 0, 120, Unit::Seconds, 0);
/// How long terminated instances stay visible.
pub const KEEP_TERMINATED: Limit = whole("keep", "Terminated instances kept", 0, 86_400, Unit::Seconds, 60);
/// Retry interval after a failed launch.
pub const LAUNCH_RETRY: Limit = whole("retry", "Launch retry interval", 1, 3600, Unit::Seconds, 10);
/// Target tracking's AlarmLow threshold as a fraction of the target. [OBS] 0.7 for EC2 Auto
/// Scaling: console captures show target 50 → "< 35", 40 → 28, 30 → 21, 75 → 52.5; 0.9 is
/// what Application Auto Scaling (ECS) alarms show (docs/aws-behaviour.md §2 "The alarms as
/// observed").
pub const TT_LOW_RATIO: DecimalLimit = decimal("ttratio", "AlarmLow ratio", 0.0, 1.0, Unit::Ratio, 0.7);
/// Idle CPU.
pub const BASE_CPU: DecimalLimit = decimal("basecpu", "Idle CPU", 0.0, 50.0, Unit::Percent, 2.0);
/// Service time of one request.
pub const SERVICE_MS: DecimalLimit = decimal("svc", "Service time", 0.1, 10_000.0, Unit::Milliseconds, 20.0);
/// Requests/s an instance serves at 100 % CPU (overrides the type's).
pub const CAPACITY_RPS: DecimalLimit = decimal("cap", "Capacity per instance", 0.1, 1e6, Unit::RequestsPerSecond, 50.0);
/// Fraction of requests that open a connection.
pub const NEW_CONN: DecimalLimit = decimal("conn", "New connections per request", 0.0, 1.0, Unit::Ratio, 0.1);
/// Bytes per request and response.
pub const BYTES_PER_REQUEST: DecimalLimit = decimal("bytes", "Bytes per request", 0.0, 1e9, Unit::Bytes, 20_000.0);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_inside_their_ranges() {
        for l in [
            MAX_SIZE,
            MIN_SIZE,
            DESIRED,
            GRACE,
            WARMUP,
            COOLDOWN,
            DEREGISTRATION_DELAY,
            HC_INTERVAL,
            HC_TIMEOUT,
            HEALTHY_THRESHOLD,
            UNHEALTHY_THRESHOLD,
            IDLE_TIMEOUT,
            BOOT,
            APP_READY,
            TT_HIGH_DATAPOINTS,
            TT_LOW_DATAPOINTS,
            TT_PERIOD_BASIC,
            QUEUE_PER_VCPU,
            HEALTH_POLL,
            SCHEDULED_LATENESS,
            KEEP_TERMINATED,
            LAUNCH_RETRY,
        ] {
            assert!(l.contains(l.default), "{}", l.key);
        }
        // slow start's default is "off" (0), the one value allowed outside its range
        assert_eq!(SLOW_START.default, 0);
        for d in [TRAFFIC_RPS, SPIKE_MULTIPLIER, TT_LOW_RATIO, BASE_CPU, SERVICE_MS, CAPACITY_RPS, NEW_CONN] {
            assert!(d.contains(d.default), "{}", d.key);
        }
    }

    #[test]
    fn messages_read_like_aws() {
        assert_eq!(WARMUP.message(), "DefaultInstanceWarmup must be between 0 and 3600 seconds");
        assert_eq!(SPIKE_MULTIPLIER.message(), "Spike multiplier must be between 0 and 1000");
        assert!(WARMUP.check(3601).is_err() && WARMUP.check(3600) == Ok(3600));
        assert_eq!(BASE_CPU.clamp(f64::NAN), 2.0);
    }
}
