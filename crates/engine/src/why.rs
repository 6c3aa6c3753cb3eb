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
    /// its last value, rounded to 0.1
    pub value: f64,
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
    TargetBelow { tt: TtFacts, low: f64, ratio: f64 },
    /// a step policy's step (1-based) applied
    Step { breach: Breach, step: usize, adjustment_type: AdjustmentType, adjustment: i64 },
    /// a simple policy applied (cooldown follows)
    Simple { breach: Breach, adjustment_type: AdjustmentType, adjustment: i64 },
    /// a scheduled action ran
    Scheduled { name: String },
    /// a scheduled action's sizes were invalid
    ScheduledInvalid,
    /// a predictive forecast for a UTC hour
    Forecast { hour: u8, capacity: u32, early_s: u32 },
    /// an HPA sync
    Hpa { average: f64, target: f64, ready: u32, unready: u32, tolerance: f64 },
    /// the user changed min/max/desired
    Manual,
    /// the user terminated an instance
    ManualTerminate { decrement: bool },
    /// an unhealthy instance is replaced, `batch` at a time
    Unhealthy { instance: InstanceId, batch: usize },
    /// AZs hold `low`…`high` instances
    Rebalance { low: u32, high: u32 },
    /// an AZ went down (`replace`: replacements go to the other AZs)
    AzDown { az: String, replace: bool },
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
    Stress { workers: u32, seconds: u64 },
    /// a traffic spike
    Spike { multiplier: f64, seconds: u64 },
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
        write!(f, "{} {} {} {}", self.metric, fmt_num(self.value), self.comparison.symbol(), fmt_num(self.threshold))
    }
}
