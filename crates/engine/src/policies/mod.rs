//! Scaling policies: pure formulas per policy type plus their run-time state.
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

/// Run-time state of one policy (same index as `Scenario::policies`).
#[derive(Clone, Debug, PartialEq)]
pub enum PolicyRt {
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

/// The two target-tracking alarms as observed (§2 [OBS]): AlarmHigh `> target` M = N =
/// `high_n`; AlarmLow `< ratio × target` M = N = `low_n`; period 60 s (detailed) or
/// `basic_period_s` (basic monitoring, ❓).
#[allow(clippy::too_many_arguments)]
pub fn tt_alarms(
    asg: &str,
    seed: u64,
    policy: &str,
    metric: TtMetric,
    target: f64,
    low_ratio: f64,
    high_n: u32,
    low_n: u32,
    period_s: u32,
) -> (AlarmSpec, AlarmSpec) {
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

/// Build alarms and run-time state for `policies`, keeping the state of alarms whose name
/// and definition did not change.
#[allow(clippy::too_many_arguments)]
pub fn build(
    policies: &[PolicySpec],
    old_alarms: &[Alarm],
    asg: &str,
    seed: u64,
    low_ratio: f64,
    high_n: u32,
    low_n: u32,
    tt_period_s: u32,
    t: u64,
) -> (Vec<Alarm>, Vec<PolicyRt>) {
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
                let (h, l) = tt_alarms(asg, seed, name, *metric, *target, low_ratio, high_n, low_n, tt_period_s);
                let high = add(h, AlarmRole::TtHigh(i), &mut alarms);
                let low = add(l, AlarmRole::TtLow(i), &mut alarms);
                PolicyRt::Tt { high, low }
            }
            PolicySpec::Step { alarm, .. } => {
                PolicyRt::Step { alarm: add(alarm.clone(), AlarmRole::Policy(i), &mut alarms), last: None }
            }
            PolicySpec::Simple { alarm, .. } => PolicyRt::Simple {
                alarm: add(alarm.clone(), AlarmRole::Policy(i), &mut alarms),
                state: simple::SimpleState::default(),
            },
            PolicySpec::Predictive { .. } => PolicyRt::Predictive(Box::default()),
            PolicySpec::Hpa { .. } => PolicyRt::Hpa(hpa::HpaState::default()),
            PolicySpec::Scheduled(s) => PolicyRt::Scheduled(
                scheduled::ScheduledState::new(&s.recurrence).unwrap_or(scheduled::ScheduledState {
                    cron: None,
                    done: true,
                    due: Vec::new(),
                }),
            ),
        };
        rts.push(rt);
    }
    (alarms, rts)
}
