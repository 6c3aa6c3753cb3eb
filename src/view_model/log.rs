//! Rows of the activity history, the alarms table and the run summary, as the UI lists them.

use crate::sim::alarms::fmt_num;
use crate::sim::{Activity, Alarm, AlarmState, RunSummary};
use crate::view_model::clock::format_utc;
use crate::view_model::i18n::{pick, why_text, Lang};

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

/// The newest `limit` activities as rows; `start_utc_s` is the scenario's clock start. The
/// "why" is in `lang`; AWS's status, description and cause stay English as in the console.
pub fn activity_rows<'a>(
    lang: Lang,
    items: impl Iterator<Item = &'a Activity>,
    start_utc_s: i64,
    limit: usize,
) -> Vec<ActivityRow> {
    items
        .take(limit)
        .map(|a| ActivityRow {
            id: a.id,
            start: format_utc(start_utc_s + a.start_s as i64),
            status: a.status.to_string(),
            description: a.description.clone(),
            cause: a.cause.clone(),
            why: why_text(lang, &a.why),
        })
        .collect()
}

/// A cheap fingerprint of the newest `limit` activities (ids, statuses, ends): the list is
/// rebuilt only when it changes, not on every frame.
pub fn activity_revision<'a>(items: impl Iterator<Item = &'a Activity>, limit: usize) -> u64 {
    items.take(limit).fold(0xcbf2_9ce4_8422_2325, |h, a| {
        let status = match a.status {
            crate::sim::ActivityStatus::InProgress => 1,
            crate::sim::ActivityStatus::Successful => 2,
            crate::sim::ActivityStatus::Failed => 3,
            crate::sim::ActivityStatus::Cancelled => 4,
        };
        [a.id, status, a.end_s.map_or(0, |e| e + 1)].iter().fold(h, |h, v| (h ^ v).wrapping_mul(0x0100_0000_01b3))
    })
}

/// A cheap fingerprint of the alarms' states.
pub fn alarm_revision(alarms: &[Alarm]) -> u64 {
    alarms.iter().fold(alarms.len() as u64, |h, a| {
        let state = match a.state {
            AlarmState::Ok => 1,
            AlarmState::Alarm => 2,
            AlarmState::InsufficientData => 3,
        };
        [state, a.since].iter().fold(h, |h, v| (h ^ v).wrapping_mul(0x0100_0000_01b3))
    })
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

/// The alarms as rows, texts in `lang` (names, states and metric names stay AWS's).
pub fn alarm_rows(lang: Lang, alarms: &[Alarm], start_utc_s: i64) -> Vec<AlarmRow> {
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
            expression: match lang {
                Lang::En => a.expression(),
                Lang::Ko => expression_ko(a),
            },
            since: match lang {
                Lang::En => format!("since {}", &format_utc(start_utc_s + a.since as i64)[11..16]),
                Lang::Ko => format!("{}부터", &format_utc(start_utc_s + a.since as i64)[11..16]),
            },
        })
        .collect()
}

/// The console's alarm condition in Korean: "CPUUtilization > 50, 3분 내 데이터 포인트 3개".
fn expression_ko(a: &Alarm) -> String {
    let s = &a.spec;
    let window_s = s.period_s as u64 * s.evaluation_periods as u64;
    let window = if window_s.is_multiple_of(60) { format!("{}분", window_s / 60) } else { format!("{window_s}초") };
    format!(
        "{} {} {}, {window} 내 데이터 포인트 {}개",
        s.metric.name(),
        s.comparison.symbol(),
        fmt_num(s.threshold),
        s.datapoints_to_alarm
    )
}

/// Label / value pairs of the run summary, labels in `lang`.
pub fn summary_rows(lang: Lang, s: &RunSummary) -> Vec<(&'static str, String)> {
    let l = |en, ko| pick(lang, en, ko);
    let failed = match lang {
        Lang::En => format!("{:.2} % ({} of {})", s.failed_pct, s.requests_failed, s.requests),
        Lang::Ko => format!("{:.2} % ({}건 중 {}건)", s.failed_pct, s.requests, s.requests_failed),
    };
    vec![
        (l("Cost", "비용"), format!("${:.4}", s.cost_usd)),
        (l("Requests failed", "실패한 요청"), failed),
        (l("p99 latency", "p99 지연 시간"), format!("{:.0} ms", s.p99_ms)),
        (l("Minutes above target", "대상 값을 넘은 시간(분)"), s.minutes_above_target.to_string()),
        (l("Instance-hours", "인스턴스 시간"), format!("{:.2}", s.instance_hours)),
        (l("Peak instances", "최대 인스턴스 수"), s.peak_instances.to_string()),
        (l("Scale-outs / scale-ins", "확장 / 축소 횟수"), format!("{} / {}", s.scale_outs, s.scale_ins)),
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
        let rows = activity_rows(Lang::En, sim.activities(), start, 3);
        assert!(!rows.is_empty() && rows.len() <= 3);
        assert!(rows.windows(2).all(|w| w[0].id > w[1].id), "newest first");
        assert!(rows[0].start.ends_with(" UTC"));
        let alarms = alarm_rows(Lang::En, sim.alarms(), start);
        assert!(!alarms.is_empty());
        assert!(alarms.iter().all(|a| ["OK", "ALARM", "INSUFFICIENT_DATA"].contains(&a.state.as_str())));
        assert!(alarms.iter().any(|a| a.expression.contains("for 3 datapoints within 3 minutes")));
        let mut sim = Sim::new(Scenario { events: vec![], ..Scenario::default() });
        sim.step(600);
        let rev = activity_revision(sim.activities(), 3);
        assert_eq!(rev, activity_revision(sim.activities(), 3));
        let arev = alarm_revision(sim.alarms());
        let id = sim.snapshot().instances[0].id;
        sim.apply(crate::sim::Command::Stress { instance: id, duration_s: 600, workers: 1 }).unwrap();
        assert_ne!(activity_revision(sim.activities(), 3), rev, "a new activity changes the revision");
        sim.step(600);
        assert_ne!(alarm_revision(sim.alarms()), arev, "the high alarm fired");
        let summary = summary_rows(Lang::En, &sim.summary());
        assert_eq!(summary[0].0, "Cost");
        assert!(summary[0].1.starts_with('$'));
        assert_eq!(summary_rows(Lang::Ko, &sim.summary())[0].0, "비용");
        let ko = alarm_rows(Lang::Ko, sim.alarms(), start);
        assert!(ko.iter().any(|a| a.expression.ends_with("3분 내 데이터 포인트 3개")), "{:?}", ko[0].expression);
        assert!(ko
            .iter()
            .all(|a| ["OK", "ALARM", "INSUFFICIENT_DATA"].contains(&a.state.as_str()) && a.since.ends_with("부터")));
    }
}
