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
    /// allowed values are multiples of this (1: any whole number)
    pub multiple_of: u32,
}

impl Limit {
    /// The same limit, allowing multiples of `m` only.
    pub const fn multiples_of(self, m: u32) -> Limit {
        Limit { multiple_of: m, ..self }
    }
    /// `v` within [lo, hi], rounded down to an allowed multiple (never below `lo`).
    pub const fn clamp(&self, v: u32) -> u32 {
        let v = if v < self.lo {
            self.lo
        } else if v > self.hi {
            self.hi
        } else {
            v
        };
        let down = v - v % self.multiple_of;
        if down < self.lo {
            self.lo
        } else {
            down
        }
    }
    /// Is `v` allowed?
    pub const fn contains(&self, v: u32) -> bool {
        v >= self.lo && v <= self.hi && v.is_multiple_of(self.multiple_of)
    }
    /// AWS-style refusal: "DefaultInstanceWarmup must be between 0 and 3600 seconds" (and
    /// ", a multiple of 60" where only multiples are allowed).
    pub fn message(&self) -> String {
        let multiple =
            if self.multiple_of > 1 { format!(", a multiple of {}", self.multiple_of) } else { String::new() };
        format!("{} must be between {} and {}{}{multiple}", self.aws_name, self.lo, self.hi, self.unit.word())
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
    /// `Ok(v)` if finite and allowed, else a ValidationError with [`DecimalLimit::message`].
    pub fn check(&self, v: f64) -> Result<f64, CommandError> {
        if self.contains(v) {
            Ok(v)
        } else {
            Err(CommandError::validation(self.message()))
        }
    }
}

const fn whole(key: &'static str, aws_name: &'static str, lo: u32, hi: u32, unit: Unit, default: u32) -> Limit {
    Limit { key, aws_name, lo, hi, unit, default, multiple_of: 1 }
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
pub const TT_PERIOD_BASIC: Limit =
    whole("ttbasic", "Alarm period (basic monitoring)", 60, 3600, Unit::Seconds, 300).multiples_of(60);
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

// ---- scaling policies and their alarms (§2, §3, §4, §10) ----
// The engine's `validate_policy` refuses outside these, the link's `pol=` reader reads with
// them and the policy form parses with them: `tests/share/limits.rs` walks all three.

/// A target-tracking or step policy's instance warm-up [s] (`EstimatedInstanceWarmup`).
pub const POLICY_WARMUP: Limit = whole("w", "EstimatedInstanceWarmup", 0, 3600, Unit::Seconds, 300);
/// A simple policy's cooldown [s] (`Cooldown`).
pub const POLICY_COOLDOWN: Limit = whole("c", "Cooldown", 0, 86_400, Unit::Seconds, 300);
/// A step policy's `MinAdjustmentMagnitude` [instances].
pub const MIN_ADJUSTMENT_MAGNITUDE: Limit = whole("mag", "MinAdjustmentMagnitude", 1, MAX_SIZE.hi, Unit::Instances, 1);
/// Predictive scaling's `SchedulingBufferTime` [s]: AWS wants it below one hour.
pub const SCHEDULING_BUFFER: Limit = whole("buffer", "SchedulingBufferTime", 0, 3599, Unit::Seconds, 300);
/// Predictive scaling's `MaxCapacityBuffer` [%].
pub const MAX_CAPACITY_BUFFER: Limit = whole("max", "MaxCapacityBuffer", 0, 100, Unit::Percent, 0);
/// The HPA's sync period [s] (lab limit; Kubernetes' default is 15).
pub const HPA_SYNC: Limit = whole("sync", "HPA sync period", 1, 3600, Unit::Seconds, 15);
/// The HPA's scale-down stabilization window [s] (Kubernetes allows 0 to 3600).
pub const HPA_WINDOW: Limit = whole("window", "stabilizationWindowSeconds", 0, 3600, Unit::Seconds, 300);
/// A policy alarm's `Period` [s], a multiple of 60 (and Period × EvaluationPeriods ≤ 1 day).
pub const ALARM_PERIOD: Limit = whole("period", "Period", 60, 86_400, Unit::Seconds, 60).multiples_of(60);
/// A policy alarm's `EvaluationPeriods` [count].
pub const EVALUATION_PERIODS: Limit = whole("n", "EvaluationPeriods", 1, 1440, Unit::Count, 1);
/// A policy alarm's `DatapointsToAlarm` [count] (also ≤ EvaluationPeriods).
pub const DATAPOINTS_TO_ALARM: Limit = whole("m", "DatapointsToAlarm", 1, 1440, Unit::Count, 1);
/// A target-tracking or predictive policy's `TargetValue` [the metric's unit] (lab limit).
pub const POLICY_TARGET: DecimalLimit = decimal("target", "TargetValue", 0.001, 1e6, Unit::Count, 50.0);
/// A step or simple policy alarm's `Threshold` [the metric's unit] (lab limit).
pub const ALARM_THRESHOLD: DecimalLimit = decimal("threshold", "Threshold", 0.0, 1e9, Unit::Count, 50.0);
/// A simple policy's `ScalingAdjustment` [instances, or % for a percent change] (lab limit).
pub const SCALING_ADJUSTMENT: DecimalLimit =
    decimal("adjustment", "ScalingAdjustment", -1000.0, 1000.0, Unit::Count, 1.0);
/// The HPA's target CPU [%].
pub const HPA_TARGET: DecimalLimit = decimal("target", "HPA target CPU", 1.0, 100.0, Unit::Percent, 60.0);
/// The HPA's tolerance [0–1].
pub const HPA_TOLERANCE: DecimalLimit = decimal("tolerance", "HPA tolerance", 0.0, 1.0, Unit::Ratio, 0.1);

/// Every whole-number limit (the tests walk them).
pub const WHOLE: [Limit; 33] = [
    MAX_SIZE,
    MIN_SIZE,
    DESIRED,
    GRACE,
    WARMUP,
    COOLDOWN,
    SLOW_START,
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
    POLICY_WARMUP,
    POLICY_COOLDOWN,
    MIN_ADJUSTMENT_MAGNITUDE,
    SCHEDULING_BUFFER,
    MAX_CAPACITY_BUFFER,
    HPA_SYNC,
    HPA_WINDOW,
    ALARM_PERIOD,
    EVALUATION_PERIODS,
    DATAPOINTS_TO_ALARM,
];

/// Every decimal limit.
pub const DECIMAL: [DecimalLimit; 13] = [
    TRAFFIC_RPS,
    SPIKE_MULTIPLIER,
    TT_LOW_RATIO,
    BASE_CPU,
    SERVICE_MS,
    CAPACITY_RPS,
    NEW_CONN,
    BYTES_PER_REQUEST,
    POLICY_TARGET,
    ALARM_THRESHOLD,
    SCALING_ADJUSTMENT,
    HPA_TARGET,
    HPA_TOLERANCE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_inside_their_ranges() {
        for l in WHOLE.iter().filter(|l| l.key != "slow") {
            assert!(l.contains(l.default), "{}", l.key);
        }
        // slow start's default is "off" (0), the one value allowed outside its range
        assert_eq!(SLOW_START.default, 0);
        for d in DECIMAL {
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
