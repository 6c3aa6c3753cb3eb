//! What was wrong with a piece of a link, and what the lab used instead, as data: no language
//! here. The UI words them in English or Korean (`asg_view_model::i18n::notice_problem`,
//! `notice_used`), both side by side in its catalogue. Values from the link are kept as
//! shortened plain text (see `scalar::short`), never markup. Texts that are AWS's own error
//! messages ([`Problem::aws_message`], and [`Problem::Rejected`]'s) are AWS's English in every
//! language.

use asg_engine::scenario::Algorithm;

/// A kind of word a link value must be one of (for [`Problem::UnknownWord`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordKind {
    Region,
    InstanceType,
    TerminationPolicy,
    HealthCheckType,
    CreditMode,
    Algorithm,
    Monitoring,
    Statistic,
    Comparison,
    MissingData,
    AdjustmentType,
    TtMetric,
    PredictiveMetric,
    Mode,
    Metric,
}

/// What the traffic formula parser expected (for [`Problem::Expected`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// the end of the formula
    End,
    /// `)`
    Close,
    /// a pattern name or `(`
    Atom,
    /// `,` or `)`
    CommaOrClose,
}

/// What was wrong. `value`/`item`/`found` fields are text from the link (shortened,
/// control characters escaped); numbers such as ranges are the lab's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    // numbers, flags, names, words
    NotFinite(String),
    NotNumber(String),
    NotWhole(String),
    TooLarge {
        value: String,
        max: u64,
    },
    NotSigned(String),
    NotFlag(String),
    EmptyName,
    BadName {
        value: String,
        max: usize,
    },
    UnknownWord {
        value: String,
        kind: WordKind,
        words: Vec<&'static str>,
    },
    NotPreset {
        value: String,
        ids: Vec<&'static str>,
    },
    NotLanguage(String),
    // the link as a whole
    LinkTooLong {
        max: usize,
    },
    BadPercent,
    BadUtf8,
    UnknownKey,
    RepeatedKey,
    NoVersion,
    OlderVersion(u64),
    NewerVersion {
        version: String,
        current: u32,
    },
    NotVersion(String),
    NotStandard(String),
    // values of keys
    BadStart {
        max: u64,
    },
    /// AWS's UpdateAutoScalingGroup message
    MaxBound {
        max: u32,
        min: u32,
    },
    /// AWS's UpdateAutoScalingGroup message
    DesiredBetween {
        desired: u32,
        min: u32,
        max: u32,
    },
    Outside {
        value: String,
        lo: String,
        hi: String,
    },
    SlowUnderMin {
        slow: u32,
        min: u32,
    },
    /// AWS's ModifyTargetGroupAttributes message: slow start with an algorithm that excludes it
    SlowWithAlgorithm(Algorithm),
    NotMultipleOf60(u32),
    TooManyPanels(usize),
    NotPanel(String),
    /// `cmp=`: an item that is not `avg`, `avg:N`, `peak`, `peak:N` or `alt:<id>`
    NotComparison(String),
    /// `cmp=`: more runs than the lab runs at once
    TooManyComparisons(usize),
    PanelTwice(String),
    // lists of policies and events
    TooManyPolicies(usize),
    SameName {
        index: usize,
        name: String,
    },
    InPolicy {
        index: usize,
        item: String,
        error: Box<Problem>,
    },
    TooManyEvents(usize),
    InEvent {
        index: usize,
        item: String,
        error: Box<Problem>,
    },
    EventsOutOfOrder,
    // the policy grammar
    NotInstanceId(String),
    AlarmParts(usize),
    NotDatapoints(String),
    StepShape(String),
    StepNoDots(String),
    UnknownOption {
        value: String,
        expected: Vec<&'static str>,
    },
    TooFewParts(String),
    HpaTooMany,
    SchedTooMany,
    NotEvery(String),
    CronChars(String),
    NotSchedule(String),
    NotPolicyKind(String),
    /// the engine's AWS-style validation message (PutScalingPolicy, PutScheduledUpdateGroupAction)
    Rejected(String),
    // the event grammar
    NotTimeAction(String),
    Arity {
        kind: String,
        want: usize,
        got: usize,
    },
    NotEventKind(String),
    // the traffic grammar
    Expected {
        at: usize,
        expected: Expect,
        found: String,
    },
    TooManyParts(usize),
    TooDeep(usize),
    InLeaf {
        at: usize,
        name: String,
        error: Box<Problem>,
    },
    RateOutside {
        value: String,
        max: String,
    },
    LeafArity {
        want: usize,
        got: usize,
    },
    PeakHour(String),
    UnknownPattern,
}

impl Problem {
    /// AWS's own error message (English in every language, as the console shows it) for the
    /// problems that are one: UpdateAutoScalingGroup's size checks and
    /// ModifyTargetGroupAttributes' slow start check.
    pub fn aws_message(&self) -> Option<String> {
        match self {
            Problem::MaxBound { max, min } => {
                Some(format!("Max bound, {max}, must be greater than or equal to min bound, {min}"))
            }
            Problem::DesiredBetween { desired, min, max } => Some(format!(
                "Desired capacity:{desired} must be between the specified min size:{min} and max size:{max}"
            )),
            Problem::SlowWithAlgorithm(a) => a.slow_start_message().map(String::from),
            _ => None,
        }
    }
}

/// What the lab used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Used {
    /// this value (in the link's own notation)
    Value(String),
    /// this value, the default
    Default(String),
    /// `min = n`
    MinIs(u32),
    /// 0: the feature off
    Off,
    DefaultLab,
    /// the link's first n bytes
    FirstBytes(usize),
    /// the characters as typed
    AsTyped,
    /// U+FFFD for the bad bytes
    Replacement,
    Ignored,
    FirstValue,
    /// format version n
    Version(u32),
    /// read as version n
    ReadAs(u32),
    /// read as version n, unknown parts ignored
    ReadAsIgnoring(u32),
    /// the first n (policies, events)
    FirstN(usize),
    Dropped,
    SortedByTime,
    /// `t=`: open at the start
    TheStart,
    /// `lang=`: the browser's language
    BrowserLanguage,
    /// `panels=`: the default panels
    DefaultPanels,
    /// `cmp=`: the default comparison (fixed fleets for the average and the peak)
    DefaultComparison,
}

impl Used {
    /// The same with a value over 200 characters cut (a notice stays readable).
    pub(crate) fn shown(self) -> Used {
        let cut = |s: String| {
            if s.chars().count() > 200 {
                format!("{}…", s.chars().take(200).collect::<String>())
            } else {
                s
            }
        };
        match self {
            Used::Value(v) => Used::Value(cut(v)),
            Used::Default(v) => Used::Default(cut(v)),
            u => u,
        }
    }
}
