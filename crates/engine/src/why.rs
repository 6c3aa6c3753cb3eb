//! The plain-language "why" of an activity, as facts (kind + values) rather than text, so
//! the UI can say it in any language: its English and Korean live side by side in the view
//! model's catalogue (`asg_view_model::i18n::why_text`); the engine holds no language
//! code and no prose. Only an alarm's [`Breach`] has a `Display`: a metric name and numbers,
//! "CPUUtilization 78.3 > 50", the same in every language.

use core::fmt;

use crate::alarms::fmt_num;
use crate::ids::InstanceId;
use crate::metric::Metric;
use crate::policy_spec::{AdjustmentType, Comparison, TtMetric};

/// Why an activity happened: the reason and, when it changed desired capacity, old → new.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Why {
    /// what happened
    pub reason: Reason,
    /// desired capacity (old, new), when the reason changed it
    pub change: Option<(u32, u32)>,
}

/// A target-tracking decision's numbers (§2).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TtFacts {
    /// the policy's metric
    pub metric: TtMetric,
    /// the metric's value, rounded to 0.1 (None = no data)
    pub value: Option<f64>,
    /// the policy's target
    pub target: f64,
    /// minutes the alarm's datapoints span
    pub minutes: u64,
    /// instances counted (ready, past warm-up)
    pub ready: u32,
    /// the proposed capacity
    pub capacity: u32,
}

/// An alarm's last value against its threshold ("CPUUtilization 78.3 > 50").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Breach {
    /// the alarm's metric
    pub metric: Metric,
    /// its last value, rounded to 0.1 (None: the last period had no data)
    pub value: Option<f64>,
    /// the comparison
    pub comparison: Comparison,
    /// the threshold
    pub threshold: f64,
}

/// What happened, with the values a sentence about it needs.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Reason {
    /// nothing yet
    #[default]
    None,
    /// the group was created with its desired capacity
    GroupCreated,
    /// a scenario's policy was rejected
    InvalidPolicy,
    /// the metric is above the target-tracking target
    TargetAbove(TtFacts),
    /// the metric is below the low alarm's threshold (`ratio` × target), nothing warming
    TargetBelow {
        /// the policy, its metric and target
        tt: TtFacts,
        /// the low alarm's threshold [the metric's unit]
        low: f64,
        /// the low alarm's threshold as a share of the target [0–1]
        ratio: f64,
    },
    /// a step policy's step (1-based) applied
    Step {
        /// the alarm and the value that breached it
        breach: Breach,
        /// the step applied (1-based)
        step: usize,
        /// how the adjustment counts
        adjustment_type: AdjustmentType,
        /// the step's adjustment [instances or %]
        adjustment: i64,
    },
    /// a simple policy applied (cooldown follows)
    Simple {
        /// the alarm and the value that breached it
        breach: Breach,
        /// how the adjustment counts
        adjustment_type: AdjustmentType,
        /// the policy's adjustment [instances or %]
        adjustment: i64,
    },
    /// a scheduled action ran
    Scheduled {
        /// the scheduled action's name
        name: String,
    },
    /// a scheduled action's sizes were invalid
    ScheduledInvalid,
    /// a predictive forecast for a UTC hour
    Forecast {
        /// the forecast hour [UTC hour, 0–23]
        hour: u8,
        /// the capacity forecast for it [instances]
        capacity: u32,
        /// how early the capacity is set before the hour [s]
        early_s: u32,
    },
    /// an HPA sync
    Hpa {
        /// the metric's average over the ready instances [the metric's unit]
        average: f64,
        /// the target value [the metric's unit]
        target: f64,
        /// ready instances [count]
        ready: u32,
        /// instances not yet ready [count]
        unready: u32,
        /// the ratio band that changes nothing [0–1]
        tolerance: f64,
    },
    /// the user changed min/max/desired
    Manual,
    /// the user terminated an instance
    ManualTerminate {
        /// the desired capacity went down by one (no replacement)
        decrement: bool,
    },
    /// an unhealthy instance is replaced, `batch` at a time
    Unhealthy {
        /// the unhealthy instance
        instance: InstanceId,
        /// instances replaced at a time [count]
        batch: usize,
    },
    /// AZs hold `low`…`high` instances
    Rebalance {
        /// instances in the emptiest AZ [count]
        low: u32,
        /// instances in the fullest AZ [count]
        high: u32,
    },
    /// an AZ went down (`replace`: replacements go to the other AZs)
    AzDown {
        /// the AZ's name
        az: String,
        /// replacements go to the other AZs
        replace: bool,
    },
    /// an AZ came back
    AzRecovered,
    /// no AZ is available for a launch
    NoAz,
    /// the group's launch template, its AMI, key pair or security group no longer exists
    /// (the guided lab's account deleted it)
    LaunchFailed,
    /// every remaining instance is protected from scale-in
    AllProtected,
    /// stress on an instance
    Stress {
        /// CPU workers [count]
        workers: u32,
        /// how long [s]
        seconds: u64,
    },
    /// a traffic spike
    Spike {
        /// traffic times this [×]
        multiplier: f64,
        /// how long [s]
        seconds: u64,
    },
    /// a new traffic pattern
    PatternChanged,
    /// the user broke the app on an instance
    AppBroken,
    /// the user repaired it
    AppRepaired,
    /// a new launch template version with another instance type
    NewInstanceType,
    /// a command was rejected
    Rejected,
    /// a scenario event names an instance that does not exist
    NoSuchInstance,
}

impl From<Reason> for Why {
    fn from(reason: Reason) -> Self {
        Why { reason, change: None }
    }
}

impl Why {
    /// The same reason, having changed desired capacity from `old` to `new`.
    pub fn changed(reason: Reason, old: u32, new: u32) -> Self {
        Why { reason, change: Some((old, new)) }
    }
}

/// A value rounded to 0.1, for the texts.
pub fn tenth(x: f64) -> f64 {
    libm::round(x * 10.0) / 10.0
}

impl TtFacts {
    /// The value as text ("" without data).
    pub fn value_text(&self) -> String {
        self.value.map(fmt_num).unwrap_or_default()
    }
}

impl fmt::Display for Breach {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = self.value.map_or_else(|| "(no data)".to_string(), fmt_num);
        write!(f, "{} {value} {} {}", self.metric, self.comparison.symbol(), fmt_num(self.threshold))
    }
}
