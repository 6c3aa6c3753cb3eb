//! Checks of a policy definition, with AWS's messages: what `PutScalingPolicy` /
//! `PutScheduledUpdateGroupAction` refuse, applied alike to scenarios, links and live edits.

use crate::error::CommandError;
use crate::policy_spec::{AlarmSpec, Cron, PolicySpec, Recurrence, StepAdjustment};

/// Most policies + scheduled actions per group (lab limit; AWS allows 125 scheduled actions).
pub const MAX_POLICIES: usize = 50;

impl Recurrence {
    /// Check the recurrence; a cron expression comes back parsed.
    pub fn parse(&self) -> Result<Option<Cron>, String> {
        match self {
            Recurrence::Cron(s) => Cron::parse(s).map(Some),
            Recurrence::Every { every_s, .. } if *every_s < 60 => {
                Err("Recurrence interval must be at least 60 seconds".into())
            }
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
    match p {
        PolicySpec::TargetTracking { target, .. } | PolicySpec::Predictive { target, .. } => {
            if !target.is_finite() || *target <= 0.0 {
                return bad("TargetValue must be a positive number");
            }
        }
        PolicySpec::Step { steps, alarm, .. } => {
            validate_steps(steps).map_err(CommandError::validation)?;
            validate_alarm(alarm)?;
        }
        PolicySpec::Simple { alarm, .. } => validate_alarm(alarm)?,
        PolicySpec::Hpa { target_cpu, tolerance, sync_s, .. } => {
            if !target_cpu.is_finite()
                || *target_cpu <= 0.0
                || !tolerance.is_finite()
                || *tolerance < 0.0
                || *sync_s == 0
            {
                return bad("HPA target must be > 0, tolerance ≥ 0 and sync period ≥ 1 s");
            }
        }
        PolicySpec::Scheduled(s) => {
            s.recurrence.parse().map_err(CommandError::validation)?;
        }
    }
    if let PolicySpec::Predictive { buffer_s, .. } = p {
        if *buffer_s >= 3600 {
            return bad("SchedulingBufferTime must be less than 3600 seconds");
        }
    }
    Ok(())
}

fn validate_alarm(a: &AlarmSpec) -> Result<(), CommandError> {
    if !a.threshold.is_finite() {
        return Err(CommandError::validation("Threshold must be a finite number"));
    }
    if a.period_s < 60 || !a.period_s.is_multiple_of(60) {
        return Err(CommandError::validation("Period must be 60 seconds or a multiple of 60"));
    }
    if a.evaluation_periods == 0 || a.datapoints_to_alarm == 0 || a.datapoints_to_alarm > a.evaluation_periods {
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
pub fn validate_steps(steps: &[StepAdjustment]) -> Result<(), String> {
    if steps.is_empty() {
        return Err("At least one step adjustment is required".into());
    }
    let mut v: Vec<(f64, f64)> =
        steps.iter().map(|s| (s.lower.unwrap_or(f64::NEG_INFINITY), s.upper.unwrap_or(f64::INFINITY))).collect();
    if v.iter().any(|(a, b)| a.is_nan() || b.is_nan() || a >= b) {
        return Err("Step adjustment bounds must satisfy lower < upper".into());
    }
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    for w in v.windows(2) {
        if w[0].1 != w[1].0 {
            return Err("Step adjustments must not overlap or leave gaps".into());
        }
    }
    Ok(())
}
