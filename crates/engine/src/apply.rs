//! `Sim::apply`: live commands with AWS's validation and error texts.

use crate::activity::{ActivityKind as K, ActivityStatus as S};
use crate::capacity;
use crate::command::{Command, CommandError};
use crate::engine::Sim;
use crate::limits;
use crate::policy_spec::{validate_policy, MAX_POLICIES};
use crate::replay::TrafficChange;
use crate::traffic::clamp_rps;
use crate::views::LifecycleState as L;
use crate::why::Reason;

fn not_found(id: impl core::fmt::Display) -> CommandError {
    CommandError::validation(format!("Instance Id not found - No managed instance found for instance ID: {id}"))
}

impl Sim {
    fn idx_of(&self, id: crate::ids::InstanceId) -> Result<usize, CommandError> {
        // an outside target is not the group's: its API does not know it
        self.insts
            .iter()
            .position(|i| i.id == id && !i.outside && i.lifecycle() != L::Terminated)
            .ok_or_else(|| not_found(id))
    }

    /// Apply a command at `now()`. Errors carry AWS's error text; nothing changes then.
    pub fn apply(&mut self, cmd: Command) -> Result<(), CommandError> {
        let t = self.t;
        self.routing.invalidate(&mut self.insts); // a command may tell cohort members apart
        let r = self.apply_inner(cmd.clone(), t);
        if r.is_ok() {
            self.forward_traffic(&cmd);
        }
        if let Err(e) = &r {
            self.act(
                t,
                S::Failed,
                K::LabAction,
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
                self.replay.traffic(t, TrafficChange::Override(v));
            }
            Command::SetTrafficPattern(p) => {
                p.check()?;
                self.traffic.set_pattern(&p);
                self.replay.pattern(t, &p);
                self.sc.traffic.pattern = p;
                let cause = format!("At {} a user changed the traffic pattern.", self.iso(t));
                self.act(
                    t,
                    S::Successful,
                    K::LabAction,
                    "Traffic pattern changed".into(),
                    cause,
                    Reason::PatternChanged.into(),
                );
            }
            Command::Spike { multiplier, duration_s } => {
                if !limits::SPIKE_MULTIPLIER.contains(multiplier) {
                    return Err(CommandError::validation(limits::SPIKE_MULTIPLIER.message()));
                }
                let d = duration_s.min(limits::MAX_RUN_S);
                self.traffic.spike = Some((multiplier, t + d));
                self.replay.traffic(t, TrafficChange::Spike { multiplier, duration_s: d });
                let w = Reason::Spike { multiplier, seconds: d }.into();
                self.act(
                    t,
                    S::Successful,
                    K::LabAction,
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
                        K::LabNote,
                        "Updating group constraints".into(),
                        c,
                        Reason::Manual.into(),
                    );
                }
                self.reconcile(t);
            }
            Command::Stress { instance, duration_s, workers } => {
                let k = self.idx_of(instance)?;
                let d = duration_s.min(limits::MAX_RUN_S);
                let w = workers.clamp(1, 64);
                let i = &mut self.insts[k];
                i.stress_until = t + d;
                i.stress_workers = w;
                let id = i.id;
                self.act(
                    t,
                    S::Successful,
                    K::LabAction,
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
                    K::LabAction,
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
                    K::LabAction,
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
                        if self.insts[k].az == az && self.insts[k].lifecycle() != L::Terminated {
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
                        K::LabAction,
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
                if let Some(msg) = a.algorithm.slow_start_message().filter(|_| a.slow_start_s != 0) {
                    return Err(CommandError::validation(msg));
                }
                a.sanitize();
                if a.algorithm != self.sc.alb.algorithm {
                    // detection windows and weights belong to the algorithm in force
                    self.insts.iter_mut().for_each(|i| i.atw = Default::default());
                }
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
                let g = limits::GRACE.clamp(grace_s);
                self.sc.group.health_check_grace_s = g;
                // the group's grace period, counted from each instance's InService (§1 "Health
                // checks and grace period"): a change counts for the instances it has too
                for i in self.insts.iter_mut().filter(|i| i.live() && !i.prewarmed) {
                    i.grace_until = i.running_at + u64::from(g);
                }
            }
            Command::SetWarmupCooldown { default_warmup_s, default_cooldown_s } => {
                if let Some(w) = default_warmup_s {
                    limits::WARMUP.check(w)?;
                }
                self.sc.group.default_warmup_s = default_warmup_s;
                self.sc.group.default_cooldown_s = limits::COOLDOWN.clamp(default_cooldown_s);
            }
            Command::SetInstanceType(it) => {
                self.itype = it;
                self.template_version += 1;
                self.act(
                    t,
                    S::Successful,
                    K::LabNote,
                    format!("Launch template version {} uses {it}", self.template_version),
                    format!("At {} a user created a new launch template version.", self.iso(t)),
                    Reason::NewInstanceType.into(),
                );
            }
        }
        Ok(())
    }
}
