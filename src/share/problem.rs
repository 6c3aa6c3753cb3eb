//! What was wrong with a piece of a link, and what the lab used instead, as data: the UI
//! renders them in its language (`crate::view_model::i18n::notice_problem`); the English
//! `Display` here is the plain-text form (tests, logs). Values from the link are kept as
//! shortened plain text (see `scalar::short`), never markup. Texts that are AWS's own error
//! messages ([`Problem::MaxBound`], [`Problem::DesiredBetween`], [`Problem::SlowWithLor`],
//! [`Problem::Rejected`]) are AWS's English in every language.

use std::fmt;

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

impl fmt::Display for WordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use WordKind as W;
        f.write_str(match self {
            W::Region => "region",
            W::InstanceType => "instance type",
            W::TerminationPolicy => "termination policy",
            W::HealthCheckType => "health check type",
            W::CreditMode => "credit mode",
            W::Algorithm => "algorithm",
            W::Monitoring => "monitoring",
            W::Statistic => "statistic",
            W::Comparison => "comparison",
            W::MissingData => "missing-data treatment",
            W::AdjustmentType => "adjustment type",
            W::TtMetric => "target-tracking metric",
            W::PredictiveMetric => "predictive metric",
            W::Mode => "mode",
            W::Metric => "metric",
        })
    }
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

impl fmt::Display for Expect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expect::End => "end of the formula",
            Expect::Close => "')'",
            Expect::Atom => "const, ramp, step, diurnal, spike, walk, sum, prod or '('",
            Expect::CommaOrClose => "',' or ')'",
        })
    }
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
    /// AWS's ModifyTargetGroupAttributes message
    SlowWithLor,
    NotMultipleOf60(u32),
    TooManyPanels(usize),
    NotPanel(String),
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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Problem as P;
        match self {
            P::NotFinite(v) => write!(f, "'{v}' is not a finite number"),
            P::NotNumber(v) => write!(f, "'{v}' is not a number"),
            P::NotWhole(v) => write!(f, "'{v}' is not a whole number ≥ 0"),
            P::TooLarge { value, max } => write!(f, "{value} is larger than {max}"),
            P::NotSigned(v) => write!(f, "'{v}' is not a whole number between -1e9 and 1e9"),
            P::NotFlag(v) => write!(f, "'{v}' is not 1 or 0"),
            P::EmptyName => f.write_str("the name is empty"),
            P::BadName { value, max } => {
                write!(
                    f,
                    "'{value}' has characters other than letters, digits, space, _ - . or more than {max} of them"
                )
            }
            P::UnknownWord { value, kind, words } => {
                write!(f, "'{value}' is not a known {kind} ({})", words.join(", "))
            }
            P::NotPreset { value, ids } => write!(f, "'{value}' is not a preset of the lab ({})", ids.join(", ")),
            P::NotLanguage(v) => write!(f, "'{v}' is not a language of the lab (en, ko)"),
            P::LinkTooLong { max } => write!(f, "the link is longer than {max} bytes"),
            P::BadPercent => f.write_str("a '%' is not followed by two hex digits (broken percent-encoding)"),
            P::BadUtf8 => f.write_str("the percent-encoded bytes are not UTF-8 text"),
            P::UnknownKey => f.write_str("unknown key"),
            P::RepeatedKey => f.write_str("the key is given more than once"),
            P::NoVersion => f.write_str("the link has no format version"),
            P::OlderVersion(n) => write!(f, "version {n} is older than this lab's format"),
            P::NewerVersion { version, current } => {
                write!(f, "version {version} is newer than this lab's format ({current})")
            }
            P::NotVersion(v) => write!(f, "'{v}' is not a version number"),
            P::NotStandard(v) => write!(f, "'{v}' is not written in the standard form"),
            P::BadStart { max } => write!(f, "the clock start must be a whole minute between 0 and {max} [Unix s]"),
            P::MaxBound { max, min } => {
                write!(f, "Max bound, {max}, must be greater than or equal to min bound, {min}")
            }
            P::DesiredBetween { desired, min, max } => {
                write!(f, "Desired capacity:{desired} must be between the specified min size:{min} and max size:{max}")
            }
            P::Outside { value, lo, hi } => write!(f, "{value} is outside {lo}–{hi}"),
            P::SlowUnderMin { slow, min } => write!(f, "slow start {slow} s is under the minimum of {min} s (0 = off)"),
            P::SlowWithLor => {
                f.write_str("Slow start duration cannot be enabled with the least outstanding requests algorithm")
            }
            P::NotMultipleOf60(v) => write!(f, "{v} s is not a multiple of 60"),
            P::TooManyPanels(n) => write!(f, "more than {n} panels"),
            P::NotPanel(v) => write!(f, "'{v}' is not a panel name (a-z, 0-9, -)"),
            P::PanelTwice(v) => write!(f, "panel '{v}' is named twice"),
            P::TooManyPolicies(n) => write!(f, "more than {n} policies"),
            P::SameName { index, name } => write!(f, "policy {index} has the same name as an earlier one ({name})"),
            P::InPolicy { index, item, error } => write!(f, "policy {index} ('{item}'): {error}"),
            P::TooManyEvents(n) => write!(f, "more than {n} events"),
            P::InEvent { index, item, error } => write!(f, "event {index} ('{item}'): {error}"),
            P::EventsOutOfOrder => f.write_str("the events are not in time order"),
            P::NotInstanceId(v) => write!(f, "'{v}' is not an instance id (i-0 and 16 lowercase hex digits)"),
            P::AlarmParts(n) => write!(f, "the alarm has {n} parts, expected 6 to 8"),
            P::NotDatapoints(v) => write!(f, "'{v}' is not M/N datapoints"),
            P::StepShape(v) => write!(f, "step '{v}' is not lower..upper/adjustment"),
            P::StepNoDots(v) => write!(f, "step '{v}' has no '..'"),
            P::UnknownOption { value, expected } => {
                write!(f, "unknown option '{value}' (expected {})", expected.join(", "))
            }
            P::TooFewParts(v) => write!(f, "'{v}' has too few ':' parts"),
            P::HpaTooMany => f.write_str("hpa takes at most 4 values"),
            P::SchedTooMany => f.write_str("sched takes a schedule and 3 sizes"),
            P::NotEvery(v) => write!(f, "'{v}' is not every<start>/<interval>"),
            P::CronChars(v) => write!(f, "cron '{v}' may only have digits, * / , - and _ (space)"),
            P::NotSchedule(v) => write!(f, "'{v}' is not at<s>, every<start>/<interval> or cron(…)"),
            P::NotPolicyKind(v) => write!(f, "'{v}' is not a policy kind (tt, step, simple, pred, hpa, sched)"),
            P::Rejected(m) => f.write_str(m),
            P::NotTimeAction(v) => write!(f, "'{v}' is not time:action"),
            P::Arity { kind, want, got } => write!(f, "{kind} takes {want} value(s), got {got}"),
            P::NotEventKind(v) => write!(f, "'{v}' is not an event kind"),
            P::Expected { at, expected, found } => write!(f, "at character {at}: expected {expected}, found '{found}'"),
            P::TooManyParts(n) => write!(f, "more than {n} parts"),
            P::TooDeep(n) => write!(f, "nested more than {n} deep"),
            P::InLeaf { at, name, error } => write!(f, "at character {at}: {name}(…): {error}"),
            P::RateOutside { value, max } => write!(f, "{value} is outside ±{max}"),
            P::LeafArity { want, got } => write!(f, "takes {want} numbers, got {got}"),
            P::PeakHour(v) => write!(f, "the peak hour {v} is not in 0–24"),
            P::UnknownPattern => f.write_str("unknown pattern (const, ramp, step, diurnal, spike, walk, sum, prod)"),
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
}

impl fmt::Display for Used {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Used as U;
        match self {
            U::Value(v) => f.write_str(v),
            U::Default(v) => write!(f, "{v} (default)"),
            U::MinIs(n) => write!(f, "min = {n}"),
            U::Off => f.write_str("0 (off)"),
            U::DefaultLab => f.write_str("the default lab"),
            U::FirstBytes(n) => write!(f, "its first {n} bytes"),
            U::AsTyped => f.write_str("the characters as typed"),
            U::Replacement => f.write_str("� in their place"),
            U::Ignored => f.write_str("ignored"),
            U::FirstValue => f.write_str("the first value"),
            U::Version(n) => write!(f, "version {n}"),
            U::ReadAs(n) => write!(f, "read as version {n}"),
            U::ReadAsIgnoring(n) => write!(f, "read as version {n}; unknown parts are ignored"),
            U::FirstN(n) => write!(f, "the first {n}"),
            U::Dropped => f.write_str("dropped"),
            U::SortedByTime => f.write_str("sorted by time (as the engine does)"),
            U::TheStart => f.write_str("the start (default)"),
            U::BrowserLanguage => f.write_str("the browser's language (default)"),
            U::DefaultPanels => f.write_str("the default panels (default)"),
        }
    }
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
