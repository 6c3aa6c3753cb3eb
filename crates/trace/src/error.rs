//! What was wrong with a trace, as data: the line (when there is one) and what was expected
//! there. The view model words it in the learner's language; nothing is applied on error.

/// A trace that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceError {
    /// the line of the file [from 1], when the problem has one
    pub line: Option<usize>,
    /// what was wrong
    pub problem: Problem,
}

/// What was wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// nothing to read
    Empty,
    /// not UTF-8 text (a binary file, or gzip the browser did not unpack)
    NotText,
    /// larger than the lab reads of this kind [MB]
    TooLarge(usize),
    /// a line longer than the lab reads [KB]
    LineTooLong(usize),
    /// JSON that stops being JSON: what was expected there
    Json(&'static str),
    /// JSON of neither `get-metric-data` nor `get-metric-statistics`
    NotCloudWatch,
    /// `Timestamps` and `Values` of different lengths (their counts)
    Lengths(usize, usize),
    /// a time that is neither ISO 8601 nor epoch seconds / milliseconds (as found)
    BadTime(String),
    /// a value that is not a number ≥ 0 (as found)
    BadNumber(String),
    /// a CSV row without the value column (its number, from 1)
    NoColumn(usize),
    /// an access-log line whose fields are not an Application Load Balancer's (as found)
    NotAlbLine(String),
    /// no data point at all
    NoData,
    /// more points than a trace holds at the smallest period that fits (their count)
    TooManyPoints(usize),
    /// the numbers' period is missing or not 1 s … 1 day
    BadPeriod,
    /// the peak asked for, or the trace's, is over the lab's highest rate [req/s]
    TooHigh(f64),
}

impl TraceError {
    /// A problem at line `line`.
    pub fn at(line: usize, problem: Problem) -> TraceError {
        TraceError { line: Some(line), problem }
    }

    /// A problem of the whole file.
    pub fn whole(problem: Problem) -> TraceError {
        TraceError { line: None, problem }
    }
}

/// `s` cut to 40 characters (what a message quotes of the input).
pub fn quote(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(40) {
        Some((k, _)) => format!("{}…", &s[..k]),
        None => s.to_string(),
    }
}
