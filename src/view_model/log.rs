//! Rows of the activity history, the alarms table and the run summary, as the UI lists them.

use crate::sim::{Activity, Alarm, AlarmState, RunSummary};
use crate::view_model::clock::format_utc;

/// One activity-history row (newest first in the list).
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityRow {
    pub id: u64,
    /// `2026-01-01 09:03:00 UTC`
    pub start: String,
    pub status: String,
    pub description: String,
    pub cause: String,
    pub why: String,
}

/// The newest `limit` activities as rows; `start_utc_s` is the scenario's clock start.
pub fn activity_rows<'a>(items: impl Iterator<Item = &'a Activity>, start_utc_s: i64, limit: usize) -> Vec<ActivityRow> {
    items
        .take(limit)
        .map(|a| ActivityRow {
            id: a.id,
            start: format_utc(start_utc_s + a.start_s as i64),
            status: a.status.to_string(),
            description: a.description.clone(),
            cause: a.cause.clone(),
            why: a.why.clone(),
        })
        .collect()
}

/// One row of the alarms table.
#[derive(Clone, Debug, PartialEq)]
pub struct AlarmRow {
    pub name: String,
    pub state: String,
    /// CSS class for the state colour (always shown with the state text).
    pub class: &'static str,
    /// "CPUUtilization > 50 for 3 datapoints within 3 minutes"
    pub expression: String,
    /// `since 09:03` style text.
    pub since: String,
}

pub fn alarm_rows(alarms: &[Alarm], start_utc_s: i64) -> Vec<AlarmRow> {
    alarms
        .iter()
        .map(|a| AlarmRow {
            name: a.spec.name.clone(),
            state: a.state.to_string(),
            class: match a.state {
                AlarmState::Ok => "ok",
                AlarmState::Alarm => "alarm",
                AlarmState::InsufficientData => "insufficient",
            },
            expression: a.expression(),
            since: format!("since {}", &format_utc(start_utc_s + a.since as i64)[11..16]),
        })
        .collect()
}

/// Label / value pairs of the run summary.
pub fn summary_rows(s: &RunSummary) -> Vec<(&'static str, String)> {
    vec![
        ("Cost", format!("${:.4}", s.cost_usd)),
        ("Requests failed", format!("{:.2} % ({} of {})", s.failed_pct, s.requests_failed, s.requests)),
        ("p99 latency", format!("{:.0} ms", s.p99_ms)),
        ("Minutes above target", s.minutes_above_target.to_string()),
        ("Instance-hours", format!("{:.2}", s.instance_hours)),
        ("Peak instances", s.peak_instances.to_string()),
        ("Scale-outs / scale-ins", format!("{} / {}", s.scale_outs, s.scale_ins)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Scenario, Sim};

    #[test]
    fn rows_from_a_real_run() {
        let mut sim = Sim::new(Scenario::default());
        sim.step(600);
        let start = sim.scenario().start_utc_s;
        let rows = activity_rows(sim.activities(), start, 3);
        assert!(!rows.is_empty() && rows.len() <= 3);
        assert!(rows.windows(2).all(|w| w[0].id > w[1].id), "newest first");
        assert!(rows[0].start.ends_with(" UTC"));
        let alarms = alarm_rows(sim.alarms(), start);
        assert!(!alarms.is_empty());
        assert!(alarms.iter().all(|a| ["OK", "ALARM", "INSUFFICIENT_DATA"].contains(&a.state.as_str())));
        assert!(alarms.iter().any(|a| a.expression.contains("for 3 datapoints within 3 minutes")));
        let summary = summary_rows(&sim.summary());
        assert_eq!(summary[0].0, "Cost");
        assert!(summary[0].1.starts_with('$'));
    }
}
