//! `Sim::apply`: live commands with AWS's validation and error texts.

use crate::sim::activity::{ActivityKind as K, ActivityStatus as S};
use crate::sim::capacity;
use crate::sim::command::{Command, CommandError};
use crate::sim::engine::{Sim, TRAFFIC_LOG_CAP};
use crate::sim::policies::step::validate_steps;
use crate::sim::policy_spec::PolicySpec;
use crate::sim::scenario::{AlbSpec, Algorithm};
use crate::sim::traffic::clamp_rps;
use crate::sim::views::LifecycleState as L;
use crate::sim::why::Reason;

/// Most policies + scheduled actions per group (lab limit; AWS allows 125 scheduled actions).
pub const MAX_POLICIES: usize = 50;

/// Clamp ALB settings into AWS's ranges (§6 table).
pub fn sanitize_alb(a: &mut AlbSpec) {
    if a.slow_start_s != 0 {
        a.slow_start_s = a.slow_start_s.clamp(30, 900);
    }
    a.deregistration_delay_s = a.deregistration_delay_s.min(3600);
    a.hc_interval_s = a.hc_interval_s.clamp(5, 300);
    a.hc_timeout_s = a.hc_timeout_s.clamp(2, 120);
    a.healthy_threshold = a.healthy_threshold.clamp(2, 10);
    a.unhealthy_threshold = a.unhealthy_threshold.clamp(2, 10);
    a.idle_timeout_s = a.idle_timeout_s.clamp(1, 4000);
}

fn not_found(id: impl core::fmt::Display) -> CommandError {
    CommandError::validation(format!("Instance Id not found - No managed instance found for instance ID: {id}"))
}

impl Sim {
    fn idx_of(&self, id: crate::sim::ids::InstanceId) -> Result<usize, CommandError> {
        self.insts.iter().position(|i| i.id == id && i.lifecycle != L::Terminated).ok_or_else(|| not_found(id))
    }

    fn log_traffic(&mut self, ov: Option<Option<f64>>, spike: Option<(f64, u64)>) {
        if let Some(last) = self.traffic_log.last_mut() {
            if last.0 == self.t && ov.is_some() && last.1.is_some() && spike.is_none() && last.2.is_none() {
                last.1 = ov; // coalesce slider drags within one second
                return;
            }
        }
        if self.traffic_log.len() < TRAFFIC_LOG_CAP {
            self.traffic_log.push((self.t, ov, spike));
        }
    }

    /// Apply a command at `now()`. Errors carry AWS's error text; nothing changes then.
    pub fn apply(&mut self, cmd: Command) -> Result<(), CommandError> {
        let t = self.t;
        self.cohort_dissolve(); // a command may tell cohort members apart
        self.cohort.retry_at = 0;
        let r = self.apply_inner(cmd.clone(), t);
        if let Err(e) = &r {
            self.act(
                t,
                S::Failed,
                K::Fault,
                format!("{} failed", cmd.aws_action()),
                e.to_string(),
                Reason::Rejected.into(),
            );
        }
        r
    }

    fn apply_inner(&mut self, cmd: Command, t: u64) -> Result<(), CommandError> {
        match cmd {
            Command::SetTrafficOverride(v) => {
                let v = v.map(clamp_rps);
                self.traffic.override_rps = v;
                self.log_traffic(Some(v), None);
            }
            Command::SetTrafficPattern(p) => {
                p.check().map_err(CommandError::validation)?;
                self.traffic.set_pattern(&p);
                if self.pattern_log.len() < TRAFFIC_LOG_CAP {
                    self.pattern_log.push((t, p.clone()));
                }
                self.sc.traffic.pattern = p;
                let cause = format!("At {} a user changed the traffic pattern.", self.iso(t));
                self.act(
                    t,
                    S::Successful,
                    K::Fault,
                    "Traffic pattern changed".into(),
                    cause,
                    Reason::PatternChanged.into(),
                );
            }
            Command::Spike { multiplier, duration_s } => {
                if !multiplier.is_finite() || !(0.0..=1000.0).contains(&multiplier) {
                    return Err(CommandError::validation("Spike multiplier must be between 0 and 1000"));
                }
                let d = duration_s.min(30 * 86_400);
                self.traffic.spike = Some((multiplier, t + d));
                self.log_traffic(None, Some((multiplier, d)));
                let w = Reason::Spike { multiplier, seconds: d }.into();
                self.act(
                    t,
                    S::Successful,
                    K::Fault,
                    "Traffic spike".into(),
                    format!("At {} a user started a traffic spike.", self.iso(t)),
                    w,
                );
            }
            Command::SetCapacity { min, max, desired } => {
                let (mn, mx, d) = capacity::update((self.min, self.max, self.desired), min, max, desired)?;
                self.min = mn;
                self.max = mx;
                let trig = format!(
                    "a user request update of AutoScalingGroup constraints to min: {mn}, max: {mx}, desired: {d}"
                );
                if !self.set_desired(t, d, &trig, Reason::Manual) {
                    let c = format!("At {} {trig}.", self.iso(t));
                    self.act(
                        t,
                        S::Successful,
                        K::Decision,
                        "Updating group constraints".into(),
                        c,
                        Reason::Manual.into(),
                    );
                }
                self.reconcile(t);
            }
            Command::Stress { instance, duration_s, workers } => {
                let k = self.idx_of(instance)?;
                let d = duration_s.min(30 * 86_400);
                let w = workers.clamp(1, 64);
                let i = &mut self.insts[k];
                i.stress_until = t + d;
                i.stress_workers = w;
                let id = i.id;
                self.act(
                    t,
                    S::Successful,
                    K::Fault,
                    format!("stress -c {w} --timeout {d}s on {id}"),
                    format!("At {} a user ran stress on instance {id}.", self.iso(t)),
                    Reason::Stress { workers: w, seconds: d }.into(),
                );
            }
            Command::TerminateInstance { instance, decrement_desired } => {
                let k = self.idx_of(instance)?;
                if !self.insts[k].live() {
                    return Err(CommandError::validation(format!(
                        "The instance {instance} is already being terminated."
                    )));
                }
                if decrement_desired && self.desired <= self.min {
                    return Err(CommandError::validation(format!(
                        "Currently, desiredSize equals minSize ({}). Terminating instance without replacement will violate group's min size constraint. Either set shouldDecrementDesiredCapacity flag to false or lower group's min size.",
                        self.min
                    )));
                }
                let base = format!(
                    "At {} instance {instance} was taken out of service in response to a user request",
                    self.iso(t)
                );
                let cause = if decrement_desired {
                    self.desired -= 1;
                    format!("{base}, shrinking the capacity from {} to {}.", self.desired + 1, self.desired)
                } else {
                    format!("{base}.")
                };
                self.last_cause = cause.clone();
                self.last_why = Reason::ManualTerminate { decrement: decrement_desired }.into();
                let w = self.last_why.clone();
                self.begin_terminate(k, t, cause, w);
                self.reconcile(t);
            }
            Command::SetInstanceUnhealthy(id) => {
                let k = self.idx_of(id)?;
                self.insts[k].broken = true;
                self.act(
                    t,
                    S::Successful,
                    K::Fault,
                    format!("App on {id} broken"),
                    format!("At {} a user broke the application on instance {id}.", self.iso(t)),
                    Reason::AppBroken.into(),
                );
            }
            Command::RepairApp(id) => {
                let k = self.idx_of(id)?;
                self.insts[k].broken = false;
                self.act(
                    t,
                    S::Successful,
                    K::Fault,
                    format!("App on {id} repaired"),
                    format!("At {} a user repaired the application on instance {id}.", self.iso(t)),
                    Reason::AppRepaired.into(),
                );
            }
            Command::SetInstanceHealth { instance, healthy } => {
                let k = self.idx_of(instance)?;
                self.insts[k].healthy = healthy;
                if !healthy {
                    self.health_poll(t);
                    self.reconcile(t);
                }
            }
            Command::SetAzAvailable { az, available } => {
                if az >= self.az_up.len() {
                    return Err(CommandError::validation(format!(
                        "Availability Zone index {az} is not used by the group"
                    )));
                }
                if self.az_up[az] == available {
                    return Ok(());
                }
                self.az_up[az] = available;
                let name = self.az_name(az);
                if !available {
                    let cause = format!("At {} an instance was taken out of service in response to an EC2 health check indicating it has been terminated or stopped.", self.iso(t));
                    for k in 0..self.insts.len() {
                        if self.insts[k].az == az && self.insts[k].lifecycle != L::Terminated {
                            let id = self.insts[k].id;
                            self.kill_now(k, t);
                            self.act(
                                t,
                                S::Successful,
                                K::Terminate,
                                format!("Terminating EC2 instance: {id}"),
                                cause.clone(),
                                Reason::AzDown { az: name.clone(), replace: false }.into(),
                            );
                        }
                    }
                    self.last_cause = cause;
                    self.last_why = Reason::AzDown { az: name, replace: true }.into();
                    self.reconcile(t);
                } else {
                    self.act(
                        t,
                        S::Successful,
                        K::Fault,
                        format!("{name} recovered"),
                        format!("At {} Availability Zone {name} became available.", self.iso(t)),
                        Reason::AzRecovered.into(),
                    );
                    self.rebalance(t);
                }
            }
            Command::PutPolicy(p) => {
                validate_policy(&p)?;
                let exists = self.sc.policies.iter().any(|x| x.name() == p.name());
                if !exists && self.sc.policies.len() >= MAX_POLICIES {
                    return Err(CommandError {
                        code: "LimitExceeded",
                        message: format!(
                            "The lab allows at most {MAX_POLICIES} policies and scheduled actions per group."
                        ),
                    });
                }
                match self.sc.policies.iter().position(|x| x.name() == p.name()) {
                    Some(k) => self.sc.policies[k] = p,
                    None => self.sc.policies.push(p),
                }
                self.rebuild_policies();
            }
            Command::DeletePolicy(name) => {
                let k =
                    self.sc.policies.iter().position(|x| x.name() == name).ok_or_else(|| {
                        CommandError::validation(format!("The scaling policy '{name}' does not exist."))
                    })?;
                self.sc.policies.remove(k);
                self.rebuild_policies();
            }
            Command::SetAlb(mut a) => {
                if a.slow_start_s != 0 && a.algorithm == Algorithm::LeastOutstandingRequests {
                    return Err(CommandError::validation(
                        "Slow start duration cannot be enabled with the least outstanding requests algorithm",
                    ));
                }
                sanitize_alb(&mut a);
                self.load.idle_timeout_s = a.idle_timeout_s as f64;
                self.sc.alb = a;
            }
            Command::SetMonitoring(m) => {
                self.sc.monitoring = m;
                self.rebuild_policies();
            }
            Command::SetInstanceProtection { instance, protected } => {
                let k = self.idx_of(instance)?;
                self.insts[k].protected = protected;
                self.protected_note = None;
                self.reconcile(t);
            }
            Command::SetProtectNewInstances(b) => self.sc.group.protect_new_instances = b,
            Command::SetTerminationPolicy(p) => self.sc.group.termination_policy = p,
            Command::SetHealthCheck { kind, grace_s } => {
                self.sc.group.health_check_type = kind;
                self.sc.group.health_check_grace_s = grace_s.min(86_400);
            }
            Command::SetWarmupCooldown { default_warmup_s, default_cooldown_s } => {
                if default_warmup_s.is_some_and(|w| w > 3600) {
                    return Err(CommandError::validation("DefaultInstanceWarmup must be between 0 and 3600 seconds"));
                }
                self.sc.group.default_warmup_s = default_warmup_s;
                self.sc.group.default_cooldown_s = default_cooldown_s.min(86_400);
            }
            Command::SetInstanceType(it) => {
                self.itype = it;
                self.template_version += 1;
                self.act(
                    t,
                    S::Successful,
                    K::Decision,
                    format!("Launch template version {} uses {it}", self.template_version),
                    format!("At {} a user created a new launch template version.", self.iso(t)),
                    Reason::NewInstanceType.into(),
                );
            }
        }
        Ok(())
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
            crate::sim::policies::scheduled::ScheduledState::new(&s.recurrence).map_err(CommandError::validation)?;
        }
    }
    if let PolicySpec::Predictive { buffer_s, .. } = p {
        if *buffer_s >= 3600 {
            return bad("SchedulingBufferTime must be less than 3600 seconds");
        }
    }
    Ok(())
}

fn validate_alarm(a: &crate::sim::policy_spec::AlarmSpec) -> Result<(), CommandError> {
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
