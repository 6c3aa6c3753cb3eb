//! Scaling policies: pure formulas per policy type plus their run-time state. The engine
//! holds one list of [`Policy`]: each its definition, its state and (by index) its alarms.
//! How several policies combine (§2, §4): scale out if any says so, scale in only if all
//! target-tracking policies with scale-in enabled agree, desired = max of the answers
//! (predictive included, as a floor).

pub mod hpa;
pub mod predictive;
pub mod scheduled;
pub mod simple;
pub mod step;
pub mod target_tracking;

use crate::alarms::{Alarm, AlarmRole};
use crate::metric::{Metric, Statistic};
use crate::policy_spec::{AlarmSpec, Comparison, MissingData, PolicySpec, TtMetric};

/// One scaling policy as the engine runs it: its definition (as the scenario gives it) and
/// its run-time state. Its alarms are in the engine's alarm list, at the indices the state
/// holds (the alarms table lists them in that order).
#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    /// the definition
    pub spec: PolicySpec,
    /// what it remembers between seconds
    pub state: PolicyState,
}

impl Policy {
    /// Its name (unique in the group).
    pub fn name(&self) -> &str {
        self.spec.name()
    }
}

/// Run-time state of one policy, by kind.
#[derive(Clone, Debug, PartialEq)]
pub enum PolicyState {
    /// target tracking: indices of AlarmHigh / AlarmLow in the alarm list
    Tt {
        /// AlarmHigh index
        high: usize,
        /// AlarmLow index
        low: usize,
    },
    /// step scaling: alarm index, the last step applied while its instances warm up
    Step {
        /// alarm index
        alarm: usize,
        /// the last step action, while its instances are warming up
        last: Option<LastStep>,
    },
    /// simple scaling: alarm index, cooldown state
    Simple {
        /// alarm index
        alarm: usize,
        /// cooldown
        state: simple::SimpleState,
    },
    /// predictive scaling
    Predictive(Box<predictive::PredictiveState>),
    /// HPA
    Hpa(hpa::HpaState),
    /// scheduled action
    Scheduled(scheduled::ScheduledState),
}

impl PolicyState {
    /// After a policy change, keep what a policy of the same name and kind had learnt
    /// (forecasts, HPA history, a cooldown, a schedule's progress). Every kind is named here:
    /// a new kind must say what it keeps.
    pub(crate) fn keep_from(&mut self, old: PolicyState) {
        match (self, old) {
            // their alarms keep their own state (an unchanged definition is the same alarm)
            (PolicyState::Tt { .. }, _) | (PolicyState::Step { .. }, _) => {}
            (PolicyState::Simple { state, .. }, PolicyState::Simple { state: old, .. }) => *state = old,
            (PolicyState::Predictive(st), PolicyState::Predictive(old)) => *st = old,
            (PolicyState::Hpa(st), PolicyState::Hpa(old)) => *st = old,
            (PolicyState::Scheduled(st), PolicyState::Scheduled(old)) => *st = old,
            // another kind under the same name: nothing to keep
            (PolicyState::Simple { .. }, _)
            | (PolicyState::Predictive(_), _)
            | (PolicyState::Hpa(_), _)
            | (PolicyState::Scheduled(_), _) => {}
        }
    }
}

/// A step action whose instances are still warming up (docs/aws-behaviour.md §3 "Step
/// scaling"): a higher step during the warm-up is applied to the capacity before this action,
/// so the instances already launched count toward it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LastStep {
    /// desired capacity before the action [instances]
    pub base: u32,
    /// the action's instances are warm at [s]
    pub until: u64,
}

/// Deterministic UUID-looking suffix for alarm names (from the seed and policy name).
pub fn uuid_for(seed: u64, name: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    for b in name.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let mut next = || {
        h = h.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = h;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let a = next();
    let b = next();
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xffff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
}

/// How the engine makes target-tracking alarms (the model's settings and the group's names).
#[derive(Clone, Copy, Debug)]
pub struct TtAlarmSettings<'a> {
    /// the group's name (in the alarms' names)
    pub asg: &'a str,
    /// the scenario's seed (for the alarms' UUID-looking suffixes)
    pub seed: u64,
    /// AlarmLow's threshold as a share of the target [0–1]
    pub low_ratio: f64,
    /// AlarmHigh's datapoints (M = N) [count]
    pub high_n: u32,
    /// AlarmLow's datapoints (M = N) [count]
    pub low_n: u32,
    /// their period [s]: 60 (detailed monitoring) or the basic-monitoring period
    pub period_s: u32,
}

/// The two target-tracking alarms as observed (§2 [OBS]): AlarmHigh `> target` M = N =
/// `high_n`; AlarmLow `< ratio × target` M = N = `low_n`; period 60 s (detailed) or
/// `basic_period_s` (basic monitoring, ❓).
pub fn tt_alarms(set: &TtAlarmSettings, policy: &str, metric: TtMetric, target: f64) -> (AlarmSpec, AlarmSpec) {
    let TtAlarmSettings { asg, seed, low_ratio, high_n, low_n, period_s } = *set;
    let (m, stat) = match metric {
        TtMetric::ASGAverageCPUUtilization => (Metric::CPUUtilization, Statistic::Average),
        TtMetric::ALBRequestCountPerTarget => (Metric::RequestCountPerTarget, Statistic::Sum),
    };
    let mk = |role: &str, cmp: Comparison, thr: f64, n: u32| AlarmSpec {
        name: format!("TargetTracking-{asg}-{role}-{}", uuid_for(seed, &format!("{policy}/{role}"))),
        metric: m,
        statistic: stat,
        period_s,
        evaluation_periods: n,
        datapoints_to_alarm: n,
        comparison: cmp,
        threshold: thr,
        missing: MissingData::Missing,
    };
    (
        mk("AlarmHigh", Comparison::GreaterThanThreshold, target, high_n.max(1)),
        mk("AlarmLow", Comparison::LessThanThreshold, target * low_ratio, low_n.max(1)),
    )
}

/// Build alarms and run-time state for `policies` at second `t` [s], keeping the state of
/// alarms whose name and definition did not change.
pub fn build(policies: &[PolicySpec], old_alarms: &[Alarm], tt: &TtAlarmSettings, t: u64) -> (Vec<Alarm>, Vec<Policy>) {
    let mut alarms: Vec<Alarm> = Vec::new();
    let mut rts = Vec::with_capacity(policies.len());
    let add = |spec: AlarmSpec, role: AlarmRole, alarms: &mut Vec<Alarm>| -> usize {
        let a = match old_alarms.iter().find(|a| a.spec == spec) {
            Some(old) => Alarm { role, ..old.clone() },
            None => Alarm::new(spec, role, t),
        };
        alarms.push(a);
        alarms.len() - 1
    };
    for (i, p) in policies.iter().enumerate() {
        let rt = match p {
            PolicySpec::TargetTracking { name, metric, target, .. } => {
                let (h, l) = tt_alarms(tt, name, *metric, *target);
                let high = add(h, AlarmRole::TtHigh(i), &mut alarms);
                let low = add(l, AlarmRole::TtLow(i), &mut alarms);
                PolicyState::Tt { high, low }
            }
            PolicySpec::Step { alarm, .. } => {
                PolicyState::Step { alarm: add(alarm.clone(), AlarmRole::Policy(i), &mut alarms), last: None }
            }
            PolicySpec::Simple { alarm, .. } => PolicyState::Simple {
                alarm: add(alarm.clone(), AlarmRole::Policy(i), &mut alarms),
                state: simple::SimpleState::default(),
            },
            PolicySpec::Predictive { .. } => PolicyState::Predictive(Box::default()),
            PolicySpec::Hpa { .. } => PolicyState::Hpa(hpa::HpaState::default()),
            PolicySpec::Scheduled(s) => PolicyState::Scheduled(
                scheduled::ScheduledState::new(&s.recurrence).unwrap_or(scheduled::ScheduledState {
                    cron: None,
                    done: true,
                    due: Vec::new(),
                }),
            ),
        };
        rts.push(Policy { spec: p.clone(), state: rt });
    }
    (alarms, rts)
}
