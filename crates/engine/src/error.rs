//! The errors the engine gives: a refused command or policy definition ([`CommandError`]:
//! AWS's error code and message), and why a definition is not one ([`SpecError`]: a cron
//! expression, step adjustments, a recurrence, a traffic pattern, a comparison run). Each is
//! a `std::error::Error`; its `Display` is the message the lab shows.

use core::fmt;

/// An AWS-style error (code + message text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandError {
    /// e.g. "ValidationError"
    pub code: &'static str,
    /// message as AWS words it
    pub message: String,
}

impl CommandError {
    /// ValidationError with a message.
    pub fn validation(message: impl Into<String>) -> Self {
        CommandError { code: "ValidationError", message: message.into() }
    }
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for CommandError {}

/// Why a definition is refused, by kind.
#[derive(Clone, Debug, PartialEq)]
pub enum SpecError {
    /// a cron expression without five fields (the expression)
    CronFields(String),
    /// a cron step that is not a number (the step)
    CronStep(String),
    /// a cron step of 0
    CronZeroStep,
    /// a cron value that is not a number (the value)
    CronValue(String),
    /// a cron value outside its field's range (lo, hi, the part)
    CronRange(u32, u32, String),
    /// a recurrence interval under a minute
    RecurrenceTooShort,
    /// no step adjustment
    NoSteps,
    /// a step whose lower bound is not below its upper
    StepBounds,
    /// steps that overlap or leave a gap
    StepGaps,
    /// a traffic rate outside 0 … the most (what it is, the most [requests/s])
    Rate(&'static str, f64),
    /// a traffic time over 30 days (what it is)
    Time(&'static str),
    /// a diurnal peak hour outside [0, 24)
    PeakHour,
    /// a random walk whose bounds are out of order
    WalkBounds,
    /// patterns nested deeper than allowed (the most levels)
    TooDeep(usize),
    /// a sum or product of no pattern or too many (the most)
    TooManyParts(usize),
    /// more comparison runs than run at once (the most)
    TooManyShadows(usize),
    /// a comparison's policy set refused by the API (its message)
    ShadowPolicy(String),
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpecError::CronFields(s) => {
                write!(f, "Recurrence '{s}' must have 5 fields: minute hour day-of-month month day-of-week")
            }
            SpecError::CronStep(s) => write!(f, "bad step '{s}'"),
            SpecError::CronZeroStep => write!(f, "step must be > 0"),
            SpecError::CronValue(s) => write!(f, "bad value '{s}'"),
            SpecError::CronRange(lo, hi, part) => write!(f, "value out of range {lo}-{hi} in '{part}'"),
            SpecError::RecurrenceTooShort => write!(f, "Recurrence interval must be at least 60 seconds"),
            SpecError::NoSteps => write!(f, "At least one step adjustment is required"),
            SpecError::StepBounds => write!(f, "Step adjustment bounds must satisfy lower < upper"),
            SpecError::StepGaps => write!(f, "Step adjustments must not overlap or leave gaps"),
            SpecError::Rate(name, max) => write!(f, "{name} must be between 0 and {max} requests/s"),
            SpecError::Time(name) => write!(f, "{name} must be at most 30 days"),
            SpecError::PeakHour => write!(f, "The peak hour must be between 0 and 24 (UTC)"),
            SpecError::WalkBounds => write!(f, "The random walk's lowest rate is above its highest"),
            SpecError::TooDeep(n) => write!(f, "Traffic patterns nest at most {n} levels deep"),
            SpecError::TooManyParts(n) => write!(f, "A combined pattern has 1 to {n} parts"),
            SpecError::TooManyShadows(n) => write!(f, "At most {n} comparisons run at once."),
            SpecError::ShadowPolicy(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for SpecError {}

impl From<SpecError> for CommandError {
    fn from(e: SpecError) -> Self {
        CommandError::validation(e.to_string())
    }
}
