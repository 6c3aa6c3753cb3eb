//! Step 6's timeline: what AWS does after `stress` starts on one of the group's instances,
//! each mark with the time it happened once it has (docs/aws-behaviour.md §2
//! "The alarms as observed", "Instance warm-up", §3 "Alarm evaluation"): the high alarm after 3 datapoints above the
//! target, the launch, InService, the end of the warm-up, the low alarm after 15 datapoints
//! below, the scale-in.

use crate::i18n::{tr, Lang, Text};
use asg_engine::account::{utc_label, Account, Event};
use asg_engine::activity::{ActivityKind, ActivityStatus};
use asg_engine::alarms::{AlarmRole, AlarmState};

/// One mark of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// what happens, with the delay AWS takes
    pub label: &'static str,
    /// when it happened (`09:14:00`), None until it has
    pub at: Option<String>,
}

fn clock(t: u64) -> String {
    let s = utc_label(t);
    s.get(11..19).unwrap_or(&s).to_string()
}

/// The marks in order; empty before `stress` ran on one of the group's instances.
pub fn stress_timeline(lang: Lang, acc: &Account) -> Vec<Mark> {
    let Some(t0) =
        acc.history().iter().find_map(|(t, e)| matches!(e, Event::Stressed { in_group: true, .. }).then_some(*t))
    else {
        return Vec::new();
    };
    let mut at: [Option<u64>; 7] = [Some(t0), None, None, None, None, None, None];
    if let Some(g) = acc.group() {
        let base = g.created_at;
        let since = t0.saturating_sub(base);
        let to_alarm = |high: bool, after: u64| {
            g.sim
                .alarms()
                .iter()
                .filter(|a| matches!(a.role, AlarmRole::TtHigh(_)) == high && !matches!(a.role, AlarmRole::Policy(_)))
                .flat_map(|a| a.history.iter())
                .filter(|h| h.to == AlarmState::Alarm && h.t >= after)
                .map(|h| h.t)
                .min()
        };
        at[1] = to_alarm(true, since).map(|t| t + base);
        if let Some(high) = at[1].map(|t| t - base) {
            let launch = g
                .sim
                .activities()
                .filter(|a| a.kind == ActivityKind::Launch && a.start_s >= high)
                .min_by_key(|a| a.start_s);
            at[2] = launch.map(|a| a.start_s + base);
            if let Some(l) = launch.filter(|a| a.status == ActivityStatus::Successful) {
                let in_service = l.end_s.unwrap_or(l.start_s);
                at[3] = Some(in_service + base);
                let warmup = g.sim.scenario().group.default_warmup_s.unwrap_or(300) as u64;
                at[4] = (g.sim.now() >= in_service + warmup).then_some(in_service + warmup + base);
                at[5] = to_alarm(false, in_service).map(|t| t + base);
                if let Some(low) = at[5].map(|t| t - base) {
                    at[6] = g
                        .sim
                        .activities()
                        .filter(|a| a.kind == ActivityKind::Terminate && a.start_s >= low)
                        .map(|a| a.start_s + base)
                        .min();
                }
            }
        }
    }
    let labels = [
        Text::TlStress,
        Text::TlAlarmHigh,
        Text::TlLaunch,
        Text::TlInService,
        Text::TlWarm,
        Text::TlAlarmLow,
        Text::TlScaleIn,
    ];
    labels.iter().zip(at).map(|(l, t)| Mark { label: tr(lang, *l), at: t.map(clock) }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::account::Step;

    // docs/aws-behaviour.md §2 "The alarms as observed": the marks fill in as AWS acts, in order
    #[test]
    fn the_timeline_fills_in_as_the_group_scales_out_and_back_in() {
        let mut a = Account::new(5);
        a.do_through(Step::Group).unwrap();
        a.advance_to(a.now() + 900);
        assert!(stress_timeline(Lang::En, &a).is_empty(), "nothing before stress");
        a.do_step(Step::Stress).unwrap();
        let m = stress_timeline(Lang::En, &a);
        assert_eq!(m.len(), 7);
        assert!(m[0].at.is_some() && m[1..].iter().all(|x| x.at.is_none()), "{m:?}");
        a.advance_to(a.now() + 900);
        let m = stress_timeline(Lang::En, &a);
        assert!(m[..5].iter().all(|x| x.at.is_some()), "scaled out and warmed up within 15 min: {m:?}");
        assert!(m[1].at <= m[2].at && m[2].at < m[3].at, "alarm, then launch, then InService: {m:?}");
        a.advance_to(a.now() + 3600);
        let m = stress_timeline(Lang::Ko, &a);
        assert!(m.iter().all(|x| x.at.is_some()), "and back in once stress stopped: {m:?}");
        assert!(m[4].at < m[5].at && m[5].at <= m[6].at, "{m:?}");
    }
}
