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
    /// an AWS region
    Region,
    /// an EC2 instance type
    InstanceType,
    /// a termination policy
    TerminationPolicy,
    /// a health check type
    HealthCheckType,
    /// a credit mode of burstable instances
    CreditMode,
    /// a load balancer routing algorithm
    Algorithm,
    /// an instance monitoring level (basic or detailed)
    Monitoring,
    /// an alarm statistic
    Statistic,
    /// an alarm comparison operator
    Comparison,
    /// an alarm's treatment of missing data
    MissingData,
    /// a scaling adjustment type
    AdjustmentType,
    /// a target-tracking metric
    TtMetric,
    /// a predictive scaling metric
    PredictiveMetric,
    /// a predictive scaling mode (forecast only or forecast and scale)
    Mode,
    /// an alarm metric
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
    /// a challenge link's part (`challenge=`, `horizon=`, `knobs=`, `goals=`, `do=`, `by=`)
    Challenge(crate::challenge_link::ChallengeProblem),
    // numbers, flags, names, words
    /// a number that is not finite (infinite or NaN)
    NotFinite(String),
    /// not a number
    NotNumber(String),
    /// not a whole number ≥ 0
    NotWhole(String),
    /// a whole number larger than allowed
    TooLarge {
        /// the number as written
        value: String,
        /// the largest allowed
        max: u64,
    },
    /// not a whole number between -1e9 and 1e9
    NotSigned(String),
    /// not `1` or `0`
    NotFlag(String),
    /// an empty name
    EmptyName,
    /// a name with characters other than letters, digits, space and `_ - .`, or too long
    BadName {
        /// the name as written
        value: String,
        /// the most characters a name may have
        max: usize,
    },
    /// not one of the words of its kind
    UnknownWord {
        /// the word as written
        value: String,
        /// what kind of word it must be
        kind: WordKind,
        /// the words it may be
        words: Vec<&'static str>,
    },
    /// `preset=`: not the id of a preset of the lab
    NotPreset {
        /// the id as written
        value: String,
        /// the ids of the lab's presets
        ids: Vec<&'static str>,
    },
    /// `lang=`: not a language of the lab (`en`, `ko`)
    NotLanguage(String),
    /// `trace(…)`: its data is not levels in the link's format, or its period, quantum or
    /// peak is out of range (the data as written, shortened)
    BadTrace(String),
    // the link as a whole
    /// the link is longer than the lab reads
    LinkTooLong {
        /// the longest link read [bytes]
        max: usize,
    },
    /// a `%` not followed by two hex digits (broken percent-encoding)
    BadPercent,
    /// percent-encoded bytes that are not UTF-8 text
    BadUtf8,
    /// a key the lab does not know
    UnknownKey,
    /// a key given more than once
    RepeatedKey,
    /// no format version (`v=`) in the link
    NoVersion,
    /// `v=`: a format version older than the lab's
    OlderVersion(u64),
    /// `v=`: a format version newer than the lab's
    NewerVersion {
        /// the version as written
        version: String,
        /// the lab's format version
        current: u32,
    },
    /// `v=`: not a version number
    NotVersion(String),
    /// a value read fine but not written in its standard form
    NotStandard(String),
    // values of keys
    /// `start=`: the clock start is not a whole minute between 0 and `max`
    BadStart {
        /// the latest clock start [Unix s]
        max: u64,
    },
    /// AWS's UpdateAutoScalingGroup message
    MaxBound {
        /// the max size asked for
        max: u32,
        /// the min size asked for, above the max
        min: u32,
    },
    /// AWS's UpdateAutoScalingGroup message
    DesiredBetween {
        /// the desired capacity asked for
        desired: u32,
        /// the group's min size
        min: u32,
        /// the group's max size
        max: u32,
    },
    /// a number outside its range
    Outside {
        /// the number as written
        value: String,
        /// the smallest allowed
        lo: String,
        /// the largest allowed
        hi: String,
    },
    /// a slow start duration under the minimum (0 = off)
    SlowUnderMin {
        /// the slow start duration asked for [s]
        slow: u32,
        /// the shortest slow start allowed [s]
        min: u32,
    },
    /// AWS's ModifyTargetGroupAttributes message: slow start with an algorithm that excludes it
    SlowWithAlgorithm(Algorithm),
    /// a target-tracking alarm period (basic monitoring) that is not a multiple of 60 [s]
    NotMultipleOf60(u32),
    /// `panels=`: more panels than the most allowed (that number)
    TooManyPanels(usize),
    /// `panels=`: not a panel name (a-z, 0-9, -)
    NotPanel(String),
    /// `cmp=`: an item that is not `avg`, `avg:N`, `peak`, `peak:N` or `alt:<id>`
    NotComparison(String),
    /// `cmp=`: more runs than the lab runs at once
    TooManyComparisons(usize),
    /// `panels=`: a panel named twice
    PanelTwice(String),
    // lists of policies and events
    /// more policies than the most allowed (that number)
    TooManyPolicies(usize),
    /// a policy with the same name as an earlier one
    SameName {
        /// the policy's place in the list, from 1
        index: usize,
        /// the name both have
        name: String,
    },
    /// a policy that could not be read
    InPolicy {
        /// the policy's place in the list, from 1
        index: usize,
        /// the policy as written
        item: String,
        /// what was wrong with it
        error: Box<Problem>,
    },
    /// more events than the most allowed (that number)
    TooManyEvents(usize),
    /// an event that could not be read
    InEvent {
        /// the event's place in the list, from 1
        index: usize,
        /// the event as written
        item: String,
        /// what was wrong with it
        error: Box<Problem>,
    },
    /// events not in time order
    EventsOutOfOrder,
    // the policy grammar
    /// not an instance id (`i-0` and 16 lowercase hex digits)
    NotInstanceId(String),
    /// an alarm with this many parts instead of 6 to 8
    AlarmParts(usize),
    /// not `M/N` datapoints to alarm
    NotDatapoints(String),
    /// a step not written `lower..upper/adjustment`
    StepShape(String),
    /// a step with no `..` in its range
    StepNoDots(String),
    /// an option the policy kind does not take
    UnknownOption {
        /// the option as written
        value: String,
        /// the options the policy kind takes
        expected: Vec<&'static str>,
    },
    /// a policy with too few `:` parts
    TooFewParts(String),
    /// an `hpa` policy with more than 4 values
    HpaTooMany,
    /// a `sched` policy with more than a schedule and 3 sizes
    SchedTooMany,
    /// a schedule not written `every<start>/<interval>`
    NotEvery(String),
    /// a cron expression with characters other than digits, `* / , -` and `_` (space)
    CronChars(String),
    /// not a schedule: `at<s>`, `every<start>/<interval>` or `cron(…)`
    NotSchedule(String),
    /// not a policy kind (`tt`, `step`, `simple`, `pred`, `hpa`, `sched`)
    NotPolicyKind(String),
    /// the engine's AWS-style validation message (PutScalingPolicy, PutScheduledUpdateGroupAction)
    Rejected(String),
    // the event grammar
    /// not written `time:action`
    NotTimeAction(String),
    /// an event or action with the wrong number of values
    Arity {
        /// the event kind or action as written
        kind: String,
        /// how many values it takes
        want: usize,
        /// how many it was given
        got: usize,
    },
    /// not an event kind
    NotEventKind(String),
    // the traffic grammar
    /// the traffic formula has something other than what the parser expected
    Expected {
        /// where, in characters from 1
        at: usize,
        /// what the parser expected
        expected: Expect,
        /// the rest of the formula from there
        found: String,
    },
    /// a traffic formula with more parts than the most allowed (that number)
    TooManyParts(usize),
    /// a traffic formula nested deeper than the most allowed (that number)
    TooDeep(usize),
    /// a pattern whose arguments could not be read
    InLeaf {
        /// where its arguments start, in characters from 1
        at: usize,
        /// the pattern's name
        name: String,
        /// what was wrong with them
        error: Box<Problem>,
    },
    /// a rate outside ±`max`
    RateOutside {
        /// the rate as written
        value: String,
        /// the largest rate allowed either way [req/s]
        max: String,
    },
    /// a pattern with the wrong number of arguments
    LeafArity {
        /// how many numbers it takes
        want: usize,
        /// how many it was given
        got: usize,
    },
    /// a diurnal peak hour outside 0–24
    PeakHour(String),
    /// not a pattern name (const, ramp, step, diurnal, spike, walk, sum, prod)
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
    /// the challenge's start, without the hand-in's changes
    ChallengeStart,
    /// this value (in the link's own notation)
    Value(String),
    /// this value, the default
    Default(String),
    /// `min = n`
    MinIs(u32),
    /// 0: the feature off
    Off,
    /// the default lab
    DefaultLab,
    /// the link's first n bytes
    FirstBytes(usize),
    /// the characters as typed
    AsTyped,
    /// U+FFFD for the bad bytes
    Replacement,
    /// nothing: the key is ignored
    Ignored,
    /// the key's first value
    FirstValue,
    /// format version n
    Version(u32),
    /// read as version n
    ReadAs(u32),
    /// read as version n, unknown parts ignored
    ReadAsIgnoring(u32),
    /// the first n (policies, events)
    FirstN(usize),
    /// nothing: the item is dropped
    Dropped,
    /// the events sorted by time (as the engine does)
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
