//! The alarm marks of a chart: threshold lines (target tracking AlarmHigh/AlarmLow, step and
//! simple policy alarms) with their legend text, and the spans in which a scale-out alarm was
//! in ALARM, shaded as bands.

use crate::charts::spec::SeriesSpec;
use crate::i18n::{tr, Lang, Text};
use asg_engine::alarms::{Alarm, AlarmRole, AlarmState};
use asg_engine::metric::Statistic;

/// How a threshold line is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// Target tracking AlarmHigh (= the target): red, solid.
    High,
    /// Target tracking AlarmLow: red, dashed.
    Low,
    /// A step/simple policy's alarm: orange, dashed.
    Policy,
}

/// A horizontal threshold line and its legend text, e.g. "AlarmHigh > 50".
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// the threshold [the chart's unit]
    pub value: f64,
    /// which alarm it belongs to (its colour and dash)
    pub kind: MarkKind,
    /// the legend text
    pub label: String,
}

/// Threshold lines for the alarms watching one of `series`. A `Sum` alarm's threshold is
/// only comparable when the chart's period equals the alarm's, so it is left out otherwise.
/// Labels in `lang` (the alarm names and the comparison stay as the console shows them).
pub fn alarm_marks(lang: Lang, series: &[SeriesSpec], alarms: &[Alarm], period_s: u32) -> Vec<Mark> {
    alarms
        .iter()
        .filter(|a| series.iter().any(|s| s.metric == a.spec.metric))
        .filter(|a| a.spec.statistic != Statistic::Sum || a.spec.period_s == period_s)
        .map(|a| {
            let thr = asg_engine::alarms::fmt_num(a.threshold());
            let sym = a.spec.comparison.symbol();
            let (kind, label) = match a.role {
                AlarmRole::TtHigh(_) => {
                    (MarkKind::High, format!("AlarmHigh {sym} {thr}{}", tr(lang, Text::TargetMark)))
                }
                AlarmRole::TtLow(_) => (MarkKind::Low, format!("AlarmLow {sym} {thr}")),
                AlarmRole::Policy(_) => (MarkKind::Policy, format!("{} {sym} {thr}", a.spec.name)),
            };
            Mark { value: a.threshold(), kind, label }
        })
        .collect()
}

/// Time spans [s] in which `alarm` was in ALARM, from its state history, clipped to
/// `from..now`. The history may have lost its oldest entries (it is capped): the state before
/// the first kept entry is that entry's `from`.
pub fn alarm_spans(alarm: &Alarm, from: u64, now: u64) -> Vec<(u64, u64)> {
    let mut spans = Vec::new();
    let mut state = alarm.history.front().map(|h| h.from).unwrap_or(alarm.state);
    let mut since = 0;
    for h in &alarm.history {
        if state == AlarmState::Alarm && h.to != AlarmState::Alarm {
            spans.push((since, h.t));
        }
        if h.to == AlarmState::Alarm && state != AlarmState::Alarm {
            since = h.t;
        }
        state = h.to;
    }
    if state == AlarmState::Alarm {
        spans.push((since, now));
    }
    spans
        .into_iter()
        .filter(|(a, b)| *b > from && *a < now)
        .map(|(a, b)| (a.max(from), b.min(now)))
        .filter(|(a, b)| b > a)
        .collect()
}

/// The scale-out alarms of a chart whose ALARM spans are shaded (target tracking AlarmHigh
/// and upper step/simple alarms on one of the chart's metrics).
pub fn banded_alarms<'a>(series: &'a [SeriesSpec], alarms: &'a [Alarm]) -> impl Iterator<Item = &'a Alarm> + 'a {
    alarms.iter().filter(move |a| {
        series.iter().any(|s| s.metric == a.spec.metric)
            && matches!(a.role, AlarmRole::TtHigh(_) | AlarmRole::Policy(_))
            && a.spec.comparison.is_upper()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::spec::CHARTS;
    use asg_engine::alarms::AlarmHistoryItem;
    use asg_engine::metric::Metric;
    use asg_engine::policy_spec::{AlarmSpec, Comparison};

    fn alarm(
        role: AlarmRole,
        cmp: Comparison,
        thr: f64,
        changes: &[(u64, AlarmState, AlarmState)],
        state: AlarmState,
    ) -> Alarm {
        let mut a = Alarm::new(AlarmSpec::cpu("a", cmp, thr, 3, 3), role, 0);
        a.state = state;
        a.history = changes
            .iter()
            .map(|(t, from, to)| AlarmHistoryItem { t: *t, from: *from, to: *to, reason: String::new() })
            .collect();
        a
    }

    #[test]
    fn target_tracking_marks_are_labelled() {
        let cpu = CHARTS[0].series;
        let alarms = [
            alarm(AlarmRole::TtHigh(0), Comparison::GreaterThanThreshold, 50.0, &[], AlarmState::Ok),
            alarm(AlarmRole::TtLow(0), Comparison::LessThanThreshold, 45.0, &[], AlarmState::Ok),
        ];
        let m = alarm_marks(Lang::En, cpu, &alarms, 60);
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].kind, m[0].value, m[0].label.as_str()), (MarkKind::High, 50.0, "AlarmHigh > 50 (target)"));
        assert_eq!((m[1].kind, m[1].label.as_str()), (MarkKind::Low, "AlarmLow < 45"));
        // Not on a chart whose metrics the alarm does not watch.
        assert!(alarm_marks(Lang::En, CHARTS[5].series, &alarms, 60).is_empty());
        let ko = alarm_marks(Lang::Ko, cpu, &alarms, 60);
        assert_eq!((ko[0].label.as_str(), ko[1].label.as_str()), ("AlarmHigh > 50 (대상 값)", "AlarmLow < 45"));
    }

    #[test]
    fn sum_thresholds_only_at_their_own_period() {
        let mut a = alarm(AlarmRole::TtHigh(0), Comparison::GreaterThanThreshold, 1000.0, &[], AlarmState::Ok);
        a.spec.metric = Metric::RequestCountPerTarget;
        a.spec.statistic = Statistic::Sum;
        let req = CHARTS[1].series;
        assert_eq!(alarm_marks(Lang::En, req, std::slice::from_ref(&a), 60).len(), 1);
        assert!(alarm_marks(Lang::En, req, &[a], 300).is_empty());
    }

    #[test]
    fn alarm_spans_follow_history() {
        use AlarmState::*;
        let a = alarm(
            AlarmRole::TtHigh(0),
            Comparison::GreaterThanThreshold,
            50.0,
            &[(60, InsufficientData, Ok), (180, Ok, Alarm), (420, Alarm, Ok), (600, Ok, Alarm)],
            Alarm,
        );
        assert_eq!(alarm_spans(&a, 0, 900), vec![(180, 420), (600, 900)]);
        // Clipped to the window.
        assert_eq!(alarm_spans(&a, 300, 700), vec![(300, 420), (600, 700)]);
        assert_eq!(alarm_spans(&a, 430, 590), vec![]);
        // History that starts inside an ALARM (older entries dropped).
        let b = alarm(AlarmRole::TtHigh(0), Comparison::GreaterThanThreshold, 50.0, &[(500, Alarm, Ok)], Ok);
        assert_eq!(alarm_spans(&b, 100, 900), vec![(100, 500)]);
        // No history: the current state decides.
        let c = alarm(AlarmRole::TtHigh(0), Comparison::GreaterThanThreshold, 50.0, &[], Ok);
        assert!(alarm_spans(&c, 0, 900).is_empty());
    }

    #[test]
    fn only_scale_out_alarms_are_banded() {
        let alarms = [
            alarm(AlarmRole::TtHigh(0), Comparison::GreaterThanThreshold, 50.0, &[], AlarmState::Ok),
            alarm(AlarmRole::TtLow(0), Comparison::LessThanThreshold, 45.0, &[], AlarmState::Alarm),
            alarm(AlarmRole::Policy(1), Comparison::GreaterThanOrEqualToThreshold, 70.0, &[], AlarmState::Ok),
        ];
        let roles: Vec<_> = banded_alarms(CHARTS[0].series, &alarms).map(|a| a.role).collect();
        assert_eq!(roles, [AlarmRole::TtHigh(0), AlarmRole::Policy(1)]);
    }
}
