//! The plain-language "why" of an activity, as facts (kind + values) rather than text, so
//! the UI can say it in any language. `Display` is the English the engine always wrote;
//! other languages live in the view model's catalogue (the engine holds no language code).

use core::fmt;

use crate::sim::alarms::fmt_num;
use crate::sim::ids::InstanceId;
use crate::sim::metric::Metric;
use crate::sim::policy_spec::{AdjustmentType, Comparison, TtMetric};

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
    /// "CPU" / "Requests per target" and their unit (" %", "/min").
    pub fn label_unit(&self) -> (&'static str, &'static str) {
        match self.metric {
            TtMetric::ASGAverageCPUUtilization => ("CPU", " %"),
            TtMetric::ALBRequestCountPerTarget => ("Requests per target", "/min"),
        }
    }
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

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::None => Ok(()),
            Reason::GroupCreated => f.write_str("group created with this desired capacity"),
            Reason::InvalidPolicy => f.write_str("the scenario's policy definition is invalid"),
            Reason::TargetAbove(tt) => {
                let ((label, unit), mv, t) = (tt.label_unit(), tt.value_text(), fmt_num(tt.target));
                write!(f, "{label} {mv}{unit} > target {t}{unit} for {} minutes → ceil({} × {mv} / {t}) = {}", tt.minutes, tt.ready, tt.capacity)
            }
            Reason::TargetBelow { tt, low, ratio } => {
                let ((label, unit), mv, t) = (tt.label_unit(), tt.value_text(), fmt_num(tt.target));
                write!(
                    f,
                    "{label} {mv}{unit} < {}{unit} ({} × target) for {} minutes, no instance warming → ceil({} × {mv} / {t}) = {}",
                    fmt_num(*low),
                    fmt_num(*ratio),
                    tt.minutes,
                    tt.ready,
                    tt.capacity
                )
            }
            Reason::Step { breach, step, adjustment_type, adjustment } => {
                write!(f, "{breach} (step {step}: {adjustment_type} {adjustment})")
            }
            Reason::Simple { breach, adjustment_type, adjustment } => {
                write!(f, "{breach} ({adjustment_type} {adjustment}, then cooldown)")
            }
            Reason::Scheduled { name } => write!(f, "scheduled action {name} ran"),
            Reason::ScheduledInvalid => f.write_str("the action's sizes were invalid"),
            Reason::Forecast { hour, capacity, early_s } => {
                write!(f, "forecast for {hour:02}:00 UTC needs {capacity} instances (applied {early_s} s early)")
            }
            Reason::Hpa { average, target, ready, unready, tolerance } => write!(
                f,
                "HPA: average CPU {average:.1} % vs target {target} % over {ready} ready (+{unready} not ready), tolerance {tolerance}"
            ),
            Reason::Manual => f.write_str("manual change"),
            Reason::ManualTerminate { decrement: true } => f.write_str("manual terminate, desired decremented"),
            Reason::ManualTerminate { decrement: false } => f.write_str("manual terminate → a replacement will launch"),
            Reason::Unhealthy { instance, batch } => {
                write!(f, "instance {instance} is Unhealthy → replace it (≤ {batch} at a time)")
            }
            Reason::Rebalance { low, high } => write!(
                f,
                "AZs hold {low}…{high} instances → launch in the emptiest AZ, then terminate one in the fullest"
            ),
            Reason::AzDown { az, replace: false } => write!(f, "{az} is down"),
            Reason::AzDown { az, replace: true } => write!(f, "{az} is down → replacements go to the other AZs"),
            Reason::AzRecovered => f.write_str("instances will be rebalanced"),
            Reason::NoAz => f.write_str("every Availability Zone of the group is down"),
            Reason::AllProtected => f.write_str("every remaining instance has scale-in protection"),
            Reason::Stress { workers, seconds } => write!(f, "{workers} busy worker(s) for {seconds} s"),
            Reason::Spike { multiplier, seconds } => write!(f, "traffic × {multiplier} for {seconds} s"),
            Reason::PatternChanged => f.write_str("new traffic pattern from now on"),
            Reason::AppBroken => f.write_str("its health checks now fail and requests get HTTP 500"),
            Reason::AppRepaired => f.write_str("its health checks pass again"),
            Reason::NewInstanceType => f.write_str("new launches use the new instance type"),
            Reason::Rejected => f.write_str("the request was rejected"),
            Reason::NoSuchInstance => f.write_str("the event names an instance that does not exist now"),
        }
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.reason, f)?;
        match self.change {
            Some((old, new)) => write!(f, " → desired {old} → {new}"),
            None => Ok(()),
        }
    }
}

/// `why == "…"`: compares the English (for tests and logs; allocates).
impl PartialEq<str> for Why {
    #[allow(clippy::cmp_owned)]
    fn eq(&self, other: &str) -> bool {
        self.to_string() == other
    }
}

impl PartialEq<&str> for Why {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}
