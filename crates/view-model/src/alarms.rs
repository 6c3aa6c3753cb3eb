//! Rows of the alarms table (`src/app/alarms.rs`): state as text and class, the console's
//! condition in the UI language, since when; and the fingerprint that tells the table when to
//! rebuild.

use crate::clock::format_utc;
use crate::i18n::{fill, minutes, plural, Lang, Text};
use asg_engine::alarms::fmt_num;
use asg_engine::{Alarm, AlarmState, Monitoring};

/// Which monitoring the alarms read, and what the console would have given (docs/aws-behaviour.md
/// §7 "EC2 monitoring": a console-made launch template defaults to basic).
pub fn monitoring_note(m: Monitoring) -> Text {
    match m {
        Monitoring::Detailed => Text::MonitoringNoteDetailed,
        Monitoring::Basic => Text::MonitoringNoteBasic,
    }
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
    /// The alarm's name (AWS's, not translated).
    pub name: String,
    /// The alarm state as AWS writes it (`OK`, `ALARM`, `INSUFFICIENT_DATA`).
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
            expression: expression(lang, a),
            since: fill(lang, Text::AlarmSince, &[("time", &&format_utc(start_utc_s + a.since as i64)[11..16])]),
        })
        .collect()
}

/// The console's alarm condition: "CPUUtilization > 50 for 3 datapoints within 3 minutes",
/// "CPUUtilization > 50, 3분 내 데이터 포인트 3개".
pub fn expression(lang: Lang, a: &Alarm) -> String {
    let s = &a.spec;
    let window_s = s.period_s as u64 * s.evaluation_periods as u64;
    let window = if window_s.is_multiple_of(60) {
        minutes(lang, window_s / 60)
    } else {
        fill(lang, Text::SecondsLong, &[("n", &window_s)])
    };
    let datapoints = plural(lang, s.datapoints_to_alarm as u64, Text::DatapointOne, Text::Datapoints);
    fill(
        lang,
        Text::AlarmCondition,
        &[
            ("metric", &s.metric.name()),
            ("cmp", &s.comparison.symbol()),
            ("threshold", &fmt_num(s.threshold)),
            ("datapoints", &datapoints),
            ("window", &window),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::{Scenario, Sim};

    // docs/aws-behaviour.md §7 "EC2 monitoring": the screen says which data the alarms read and
    // that the console's new launch template would give basic monitoring.
    #[test]
    fn the_monitoring_note_names_the_data_in_force() {
        let detailed = crate::i18n::tr(Lang::En, monitoring_note(Monitoring::Detailed));
        assert!(detailed.contains("detailed monitoring (1-minute data)") && detailed.contains("basic monitoring"));
        let basic = crate::i18n::tr(Lang::En, monitoring_note(Monitoring::Basic));
        assert!(basic.starts_with("Basic monitoring (5-minute data)") && basic.contains("75"));
        assert!(crate::i18n::tr(Lang::Ko, monitoring_note(Monitoring::Basic)).contains("5분"));
    }

    #[test]
    fn rows_from_a_real_run() {
        let mut sim = Sim::new(Scenario::default());
        sim.step(600);
        let start = sim.scenario().start_utc_s;
        let alarms = alarm_rows(Lang::En, sim.alarms(), start);
        assert!(!alarms.is_empty());
        assert!(alarms.iter().all(|a| ["OK", "ALARM", "INSUFFICIENT_DATA"].contains(&a.state.as_str())));
        assert!(alarms.iter().any(|a| a.expression.contains("for 3 datapoints within 3 minutes")));
    }

    #[test]
    fn revision_and_korean_rows_after_the_high_alarm_fires() {
        let mut sim = Sim::new(Scenario { events: vec![], ..Scenario::default() });
        sim.step(600);
        let start = sim.scenario().start_utc_s;
        let arev = alarm_revision(sim.alarms());
        let id = sim.snapshot().instances[0].id;
        sim.apply(asg_engine::Command::Stress { instance: id, duration_s: 600, workers: 1 }).unwrap();
        sim.step(600);
        assert_ne!(alarm_revision(sim.alarms()), arev, "the high alarm fired");
        let ko = alarm_rows(Lang::Ko, sim.alarms(), start);
        assert!(ko.iter().any(|a| a.expression.ends_with("3분 내 데이터 포인트 3개")), "{:?}", ko[0].expression);
        assert!(ko
            .iter()
            .all(|a| ["OK", "ALARM", "INSUFFICIENT_DATA"].contains(&a.state.as_str()) && a.since.ends_with("부터")));
    }
}
