//! Scaling-policy and alarm settings as the scenario/UI describe them (§2, §3, §4, §10):
//! the types; `validate.rs` checks them as the API does.

use crate::metric::{Metric, Statistic};
use core::fmt;

/// Alarm comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    /// `>`
    GreaterThanThreshold,
    /// `>=`
    GreaterThanOrEqualToThreshold,
    /// `<`
    LessThanThreshold,
    /// `<=`
    LessThanOrEqualToThreshold,
}

impl Comparison {
    /// Console symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            Comparison::GreaterThanThreshold => ">",
            Comparison::GreaterThanOrEqualToThreshold => ">=",
            Comparison::LessThanThreshold => "<",
            Comparison::LessThanOrEqualToThreshold => "<=",
        }
    }
    /// Does `value` breach `threshold`?
    pub fn breaches(self, value: f64, threshold: f64) -> bool {
        match self {
            Comparison::GreaterThanThreshold => value > threshold,
            Comparison::GreaterThanOrEqualToThreshold => value >= threshold,
            Comparison::LessThanThreshold => value < threshold,
            Comparison::LessThanOrEqualToThreshold => value <= threshold,
        }
    }
    /// True for `>`/`>=` (scale-out style alarms).
    pub fn is_upper(self) -> bool {
        matches!(self, Comparison::GreaterThanThreshold | Comparison::GreaterThanOrEqualToThreshold)
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Comparison::GreaterThanThreshold => "GreaterThanThreshold",
            Comparison::GreaterThanOrEqualToThreshold => "GreaterThanOrEqualToThreshold",
            Comparison::LessThanThreshold => "LessThanThreshold",
            Comparison::LessThanOrEqualToThreshold => "LessThanOrEqualToThreshold",
        })
    }
}

/// TreatMissingData (§3 "Alarm evaluation").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MissingData {
    /// Default: all-missing → INSUFFICIENT_DATA.
    #[default]
    Missing,
    /// Missing counts as good.
    NotBreaching,
    /// Missing counts as bad.
    Breaching,
    /// Keep the current state.
    Ignore,
}

impl fmt::Display for MissingData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MissingData::Missing => "missing",
            MissingData::NotBreaching => "notBreaching",
            MissingData::Breaching => "breaching",
            MissingData::Ignore => "ignore",
        })
    }
}

/// A CloudWatch metric alarm definition (used by step and simple policies).
#[derive(Clone, Debug, PartialEq)]
pub struct AlarmSpec {
    /// alarm name
    pub name: String,
    /// metric
    pub metric: Metric,
    /// statistic
    pub statistic: Statistic,
    /// period [s] (60 or a multiple of 60)
    pub period_s: u32,
    /// N: evaluation periods
    pub evaluation_periods: u32,
    /// M: datapoints to alarm (M ≤ N)
    pub datapoints_to_alarm: u32,
    /// operator
    pub comparison: Comparison,
    /// threshold in the metric's unit
    pub threshold: f64,
    /// missing-data treatment
    pub missing: MissingData,
}

impl AlarmSpec {
    /// A CPU alarm helper: `CPUUtilization <op> threshold for m of n × 60 s`.
    pub fn cpu(name: &str, comparison: Comparison, threshold: f64, m: u32, n: u32) -> AlarmSpec {
        AlarmSpec {
            name: name.to_string(),
            metric: Metric::CPUUtilization,
            statistic: Statistic::Average,
            period_s: 60,
            evaluation_periods: n,
            datapoints_to_alarm: m,
            comparison,
            threshold,
            missing: MissingData::Missing,
        }
    }
}

/// Target-tracking predefined metric (§2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TtMetric {
    /// Average CPU of the group [%].
    ASGAverageCPUUtilization,
    /// ALB requests per target per minute [count].
    ALBRequestCountPerTarget,
}

impl fmt::Display for TtMetric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TtMetric::ASGAverageCPUUtilization => "ASGAverageCPUUtilization",
            TtMetric::ALBRequestCountPerTarget => "ALBRequestCountPerTarget",
        })
    }
}

/// Step/simple adjustment type (§3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdjustmentType {
    /// ±N instances.
    ChangeInCapacity,
    /// Set to N.
    ExactCapacity,
    /// ±P % of current capacity.
    PercentChangeInCapacity,
}

impl fmt::Display for AdjustmentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AdjustmentType::ChangeInCapacity => "ChangeInCapacity",
            AdjustmentType::ExactCapacity => "ExactCapacity",
            AdjustmentType::PercentChangeInCapacity => "PercentChangeInCapacity",
        })
    }
}

/// One step: bounds RELATIVE to the alarm threshold (API style); None = ∓∞.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepAdjustment {
    /// lower bound relative to threshold (None = −∞)
    pub lower: Option<f64>,
    /// upper bound relative to threshold (None = +∞)
    pub upper: Option<f64>,
    /// adjustment (instances, exact capacity or percent)
    pub adjustment: i64,
}

/// Predictive scaling mode (§4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PredictiveMode {
    /// Forecast only (AWS default).
    #[default]
    ForecastOnly,
    /// Forecast and scale.
    ForecastAndScale,
}

impl fmt::Display for PredictiveMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PredictiveMode::ForecastOnly => "ForecastOnly",
            PredictiveMode::ForecastAndScale => "ForecastAndScale",
        })
    }
}

/// How a scheduled action recurs.
#[derive(Clone, Debug, PartialEq)]
pub enum Recurrence {
    /// Once, at a simulated second.
    Once {
        /// time [s since start]
        at_s: u64,
    },
    /// Every `every_s` seconds starting at `start_s`.
    Every {
        /// first run [s since start]
        start_s: u64,
        /// interval [s] (≥ 60)
        every_s: u64,
    },
    /// 5-field UTC cron "min hour dom month dow" (`*`, `*/n`, `a-b`, `a,b`).
    Cron(String),
}

/// A scheduled action (§4): sets any of min/max/desired.
#[derive(Clone, Debug, PartialEq)]
pub struct ScheduledActionSpec {
    /// unique name
    pub name: String,
    /// schedule
    pub recurrence: Recurrence,
    /// new MinSize
    pub min: Option<u32>,
    /// new MaxSize
    pub max: Option<u32>,
    /// new DesiredCapacity
    pub desired: Option<u32>,
}

/// A scaling policy.
#[derive(Clone, Debug, PartialEq)]
pub enum PolicySpec {
    /// Target tracking (§2).
    TargetTracking {
        /// policy name
        name: String,
        /// predefined metric
        metric: TtMetric,
        /// target value (% for CPU, requests/target/minute for ALB)
        target: f64,
        /// DisableScaleIn
        disable_scale_in: bool,
        /// EstimatedInstanceWarmup [s]; None = group default chain
        warmup_s: Option<u32>,
    },
    /// Step scaling (§3).
    Step {
        /// policy name
        name: String,
        /// the alarm that invokes it
        alarm: AlarmSpec,
        /// adjustment type
        adjustment_type: AdjustmentType,
        /// steps, bounds relative to the alarm threshold
        steps: Vec<StepAdjustment>,
        /// MinAdjustmentMagnitude (Percent only)
        min_adjustment_magnitude: Option<u32>,
        /// EstimatedInstanceWarmup [s]; None = group default chain
        warmup_s: Option<u32>,
    },
    /// Simple scaling with cooldown (§3).
    Simple {
        /// policy name
        name: String,
        /// the alarm that invokes it
        alarm: AlarmSpec,
        /// adjustment type
        adjustment_type: AdjustmentType,
        /// adjustment
        adjustment: i64,
        /// Cooldown [s]; None = group DefaultCooldown
        cooldown_s: Option<u32>,
    },
    /// Predictive scaling (§4).
    Predictive {
        /// policy name
        name: String,
        /// load metric pair
        metric: TtMetric,
        /// target per instance (same units as target tracking)
        target: f64,
        /// ForecastOnly / ForecastAndScale
        mode: PredictiveMode,
        /// SchedulingBufferTime [s] (< 3600), default 300
        buffer_s: u32,
        /// MaxCapacityBreachBehavior = IncreaseMaxCapacity with this MaxCapacityBuffer [%]
        max_capacity_buffer_pct: Option<u32>,
    },
    /// Kubernetes HPA-style controller acting on desired capacity (§10).
    Hpa {
        /// policy name
        name: String,
        /// target average CPU [%]
        target_cpu: f64,
        /// tolerance (0.1)
        tolerance: f64,
        /// sync period [s] (15)
        sync_s: u32,
        /// scale-down stabilization window [s] (300)
        downscale_window_s: u32,
    },
    /// Scheduled action (§4).
    Scheduled(ScheduledActionSpec),
}

impl PolicySpec {
    /// The policy's name.
    pub fn name(&self) -> &str {
        match self {
            PolicySpec::TargetTracking { name, .. }
            | PolicySpec::Step { name, .. }
            | PolicySpec::Simple { name, .. }
            | PolicySpec::Predictive { name, .. }
            | PolicySpec::Hpa { name, .. } => name,
            PolicySpec::Scheduled(s) => &s.name,
        }
    }
    /// Console name of the policy type.
    pub fn kind_name(&self) -> &'static str {
        match self {
            PolicySpec::TargetTracking { .. } => "Target tracking scaling",
            PolicySpec::Step { .. } => "Step scaling",
            PolicySpec::Simple { .. } => "Simple scaling",
            PolicySpec::Predictive { .. } => "Predictive scaling",
            PolicySpec::Hpa { .. } => "Kubernetes HPA (comparison)",
            PolicySpec::Scheduled(_) => "Scheduled action",
        }
    }
    /// Default target tracking: CPU 50 %, named `cpu50`.
    pub fn default_cpu50() -> PolicySpec {
        PolicySpec::TargetTracking {
            name: "cpu50".into(),
            metric: TtMetric::ASGAverageCPUUtilization,
            target: 50.0,
            disable_scale_in: false,
            warmup_s: None,
        }
    }
    /// Predictive scaling on CPU with AWS's defaults: ForecastOnly, buffer 300 s, honour max.
    pub fn default_predictive(target_cpu: f64) -> PolicySpec {
        PolicySpec::Predictive {
            name: "predictive".into(),
            metric: TtMetric::ASGAverageCPUUtilization,
            target: target_cpu,
            mode: PredictiveMode::ForecastOnly,
            buffer_s: 300,
            max_capacity_buffer_pct: None,
        }
    }
    /// Default HPA (§10 defaults).
    pub fn default_hpa(target_cpu: f64) -> PolicySpec {
        PolicySpec::Hpa { name: "hpa".into(), target_cpu, tolerance: 0.1, sync_s: 15, downscale_window_s: 300 }
    }
}
