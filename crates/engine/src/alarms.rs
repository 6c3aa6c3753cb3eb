//! CloudWatch metric alarms: M-of-N evaluation, missing data, state history, console text
//! (docs/aws-behaviour.md §3 "Alarm evaluation", §2 "The alarms as observed").

use crate::policy_spec::{AlarmSpec, MissingData};
use core::fmt;
use std::collections::VecDeque;

/// Alarm state, Display = CloudWatch text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlarmState {
    /// OK
    Ok,
    /// ALARM
    Alarm,
    /// INSUFFICIENT_DATA
    InsufficientData,
}

impl fmt::Display for AlarmState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AlarmState::Ok => "OK",
            AlarmState::Alarm => "ALARM",
            AlarmState::InsufficientData => "INSUFFICIENT_DATA",
        })
    }
}

/// Who owns the alarm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlarmRole {
    /// target-tracking AlarmHigh of policy `usize`
    TtHigh(usize),
    /// target-tracking AlarmLow of policy `usize`
    TtLow(usize),
    /// alarm of step/simple policy `usize`
    Policy(usize),
}

/// One state change.
#[derive(Clone, Debug, PartialEq)]
pub struct AlarmHistoryItem {
    /// when [s since start]
    pub t: u64,
    /// previous state
    pub from: AlarmState,
    /// new state
    pub to: AlarmState,
    /// CloudWatch-style reason
    pub reason: String,
}

/// State changes kept per alarm [entries].
pub const ALARM_HISTORY_CAP: usize = 100;

/// A metric alarm and its state.
#[derive(Clone, Debug, PartialEq)]
pub struct Alarm {
    /// definition
    pub spec: AlarmSpec,
    /// owner
    pub role: AlarmRole,
    /// current state
    pub state: AlarmState,
    /// in this state since [s]
    pub since: u64,
    /// the last N datapoints evaluated, oldest first (None = missing)
    pub last_values: Vec<Option<f64>>,
    /// state changes, newest last (capped)
    pub history: VecDeque<AlarmHistoryItem>,
}

/// `35`, `67.5`, `0.25` — threshold text without trailing zeros.
pub fn fmt_num(x: f64) -> String {
    if x == libm::round(x) && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

impl Alarm {
    /// New alarm in INSUFFICIENT_DATA.
    pub fn new(spec: AlarmSpec, role: AlarmRole, t: u64) -> Alarm {
        Alarm {
            spec,
            role,
            state: AlarmState::InsufficientData,
            since: t,
            last_values: Vec::new(),
            history: VecDeque::new(),
        }
    }

    /// Threshold (for drawing the red line).
    pub fn threshold(&self) -> f64 {
        self.spec.threshold
    }

    /// Apply a new evaluation; records history on change. Returns true if the state changed.
    pub fn update(&mut self, t: u64, values: Vec<Option<f64>>) -> bool {
        let next = evaluate(&values, &self.spec, self.state);
        self.last_values = values;
        if next == self.state {
            return false;
        }
        let reason = self.reason(next);
        if self.history.len() == ALARM_HISTORY_CAP {
            self.history.pop_front();
        }
        self.history.push_back(AlarmHistoryItem { t, from: self.state, to: next, reason });
        self.state = next;
        self.since = t;
        true
    }

    fn reason(&self, next: AlarmState) -> String {
        let pts: Vec<String> = self
            .last_values
            .iter()
            .rev()
            .map(|v| match v {
                Some(x) => fmt_num(libm::round(*x * 1000.0) / 1000.0),
                None => "missing".into(),
            })
            .collect();
        match next {
            AlarmState::InsufficientData => "Insufficient Data: datapoints were unknown.".into(),
            _ => format!(
                "Threshold Crossed: {} datapoint{} [{}] {} the threshold ({}).",
                pts.len(),
                if pts.len() == 1 { " was" } else { "s were" },
                pts.join(", "),
                if next == AlarmState::Alarm { "crossed" } else { "did not cross" },
                fmt_num(self.spec.threshold)
            ),
        }
    }
}

/// Next alarm state from the last N datapoints (oldest first, None = missing).
///
/// Breaching points `b`, present points `p`. Missing points are filled per the treatment
/// (`notBreaching` → good, `breaching` → bad, `ignore` → keep state if anything is missing
/// and the rest cannot decide). Then: `b ≥ M` → ALARM; enough good points that M breaches
/// are impossible → OK; all missing (with `missing`) → INSUFFICIENT_DATA; otherwise the
/// state is kept. [DOC] rules simplified: CloudWatch also looks a few periods further back
/// ("evaluation range") before deciding.
pub fn evaluate(values: &[Option<f64>], spec: &AlarmSpec, current: AlarmState) -> AlarmState {
    let n = values.len() as u32;
    let m = spec.datapoints_to_alarm.clamp(1, n.max(1));
    let mut bad = 0u32;
    let mut good = 0u32;
    let mut missing = 0u32;
    for v in values {
        match v {
            Some(x) if x.is_finite() => {
                if spec.comparison.breaches(*x, spec.threshold) {
                    bad += 1
                } else {
                    good += 1
                }
            }
            _ => missing += 1,
        }
    }
    match spec.missing {
        MissingData::NotBreaching => good += missing,
        MissingData::Breaching => bad += missing,
        MissingData::Missing | MissingData::Ignore => {}
    }
    if bad >= m {
        return AlarmState::Alarm;
    }
    if good > n.saturating_sub(m) {
        return AlarmState::Ok;
    }
    if spec.missing == MissingData::Missing && missing == n {
        return AlarmState::InsufficientData;
    }
    if current == AlarmState::InsufficientData && spec.missing == MissingData::Missing && good > 0 && bad == 0 {
        // some good data, nothing breaching, not enough to be sure: CloudWatch reports OK
        return AlarmState::Ok;
    }
    current
}
