//! Checks of a policy definition, with AWS's messages: what `PutScalingPolicy` /
//! `PutScheduledUpdateGroupAction` refuse, applied alike to scenarios, links and live edits.

use crate::error::{CommandError, SpecError};
use crate::limits as lim;
use crate::policy_spec::{AlarmSpec, Cron, PolicySpec, Recurrence, StepAdjustment};

/// Most policies + scheduled actions per group (lab limit; AWS allows 125 scheduled actions).
pub const MAX_POLICIES: usize = 50;

impl Recurrence {
    /// Check the recurrence; a cron expression comes back parsed.
    pub fn parse(&self) -> Result<Option<Cron>, SpecError> {
        match self {
            Recurrence::Cron(s) => Cron::parse(s).map(Some),
            Recurrence::Every { every_s, .. } if *every_s < 60 => Err(SpecError::RecurrenceTooShort),
            _ => Ok(None),
        }
    }
}

/// Validate a policy definition (AWS-style messages).
pub fn validate_policy(p: &PolicySpec) -> Result<(), CommandError> {
    let bad = |m: &str| Err(CommandError::validation(m.to_string()));
    if p.name().is_empty() || p.name().len() > 255 {
        return bad("Policy name must be 1 to 255 characters");
    }
    let opt = |l: &lim::Limit, v: &Option<u32>| v.map_or(Ok(0), |v| l.check(v));
    match p {
        PolicySpec::TargetTracking { target, warmup_s, .. } => {
            lim::POLICY_TARGET.check(*target)?;
            opt(&lim::POLICY_WARMUP, warmup_s)?;
        }
        PolicySpec::Predictive { target, buffer_s, max_capacity_buffer_pct, .. } => {
            lim::POLICY_TARGET.check(*target)?;
            lim::SCHEDULING_BUFFER.check(*buffer_s)?;
            opt(&lim::MAX_CAPACITY_BUFFER, max_capacity_buffer_pct)?;
        }
        PolicySpec::Step { steps, alarm, min_adjustment_magnitude, warmup_s, .. } => {
            validate_steps(steps)?;
            validate_alarm(alarm)?;
            opt(&lim::MIN_ADJUSTMENT_MAGNITUDE, min_adjustment_magnitude)?;
            opt(&lim::POLICY_WARMUP, warmup_s)?;
        }
        PolicySpec::Simple { alarm, adjustment, cooldown_s, .. } => {
            validate_alarm(alarm)?;
            lim::SCALING_ADJUSTMENT.check(*adjustment as f64)?;
            opt(&lim::POLICY_COOLDOWN, cooldown_s)?;
        }
        PolicySpec::Hpa { target_cpu, tolerance, sync_s, downscale_window_s, .. } => {
            lim::HPA_TARGET.check(*target_cpu)?;
            lim::HPA_TOLERANCE.check(*tolerance)?;
            lim::HPA_SYNC.check(*sync_s)?;
            lim::HPA_WINDOW.check(*downscale_window_s)?;
        }
        PolicySpec::Scheduled(s) => {
            s.recurrence.parse()?;
        }
    }
    Ok(())
}

fn validate_alarm(a: &AlarmSpec) -> Result<(), CommandError> {
    lim::ALARM_THRESHOLD.check(a.threshold)?;
    if lim::ALARM_PERIOD.check(a.period_s).is_err() {
        return Err(CommandError::validation("Period must be 60 seconds or a multiple of 60"));
    }
    lim::EVALUATION_PERIODS.check(a.evaluation_periods)?;
    lim::DATAPOINTS_TO_ALARM.check(a.datapoints_to_alarm)?;
    if a.datapoints_to_alarm > a.evaluation_periods {
        return Err(CommandError::validation("DatapointsToAlarm must be between 1 and EvaluationPeriods"));
    }
    if a.period_s as u64 * a.evaluation_periods as u64 > 86_400 {
        return Err(CommandError::validation(
            "The evaluation period (Period × EvaluationPeriods) cannot exceed one day",
        ));
    }
    Ok(())
}

/// Validate steps: no overlap, no gap, at most one open end each way.
pub fn validate_steps(steps: &[StepAdjustment]) -> Result<(), SpecError> {
    if steps.is_empty() {
        return Err(SpecError::NoSteps);
    }
    let mut v: Vec<(f64, f64)> =
        steps.iter().map(|s| (s.lower.unwrap_or(f64::NEG_INFINITY), s.upper.unwrap_or(f64::INFINITY))).collect();
    if v.iter().any(|(a, b)| a.is_nan() || b.is_nan() || a >= b) {
        return Err(SpecError::StepBounds);
    }
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    for w in v.windows(2) {
        if w[0].1 != w[1].0 {
            return Err(SpecError::StepGaps);
        }
    }
    Ok(())
}
