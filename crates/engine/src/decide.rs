//! Once a minute: evaluate alarms, then let the alarm-driven policies change desired
//! capacity (docs/aws-behaviour.md §2, §3). Combination: scale out if any target-tracking policy
//! says so (desired = the largest proposal); scale in only if all target-tracking policies
//! with scale-in enabled agree (desired = the largest of their proposals).

use crate::alarms::AlarmState;
use crate::engine::Sim;
use crate::metric::{Metric, Statistic};
use crate::policies::step::{apply_adjustment, find_step};
use crate::policies::target_tracking::{propose, Proposal};
use crate::policies::LastStep;
use crate::policies::PolicyState;
use crate::policy_spec::{PolicySpec, TtMetric};
use crate::why::{tenth, Breach, Reason, TtFacts, Why};

impl Sim {
    /// Set desired (clamped to [min, max]) and remember the AWS-style cause and the
    /// plain-language reason for the activities that follow. Returns true if it changed.
    pub(crate) fn set_desired(&mut self, t: u64, new: u32, trigger: &str, why: Reason) -> bool {
        let new = new.clamp(self.min, self.max);
        let old = self.desired;
        if new == old {
            return false;
        }
        if new > old {
            self.stats.scale_outs += 1;
        } else {
            self.stats.scale_ins += 1;
        }
        self.desired = new;
        self.protected_note = None;
        self.last_cause = format!("At {} {trigger} changing the desired capacity from {old} to {new}.", self.iso(t));
        self.last_why = Why::changed(why, old, new);
        true
    }

    /// Cause prefix and why-text for instance activities caused by the last decision.
    pub(crate) fn cause_for_change(&self, _t: u64) -> (String, Why) {
        (self.last_cause.clone(), self.last_why.clone())
    }

    /// Datapoints of the alarm's last N complete periods, oldest first.
    fn alarm_values(&self, k: usize, now: u64) -> Vec<Option<f64>> {
        let s = &self.alarms[k].spec;
        let p = (s.period_s.max(60) / 60 * 60) as u64;
        let last_start = (now / p) * p;
        let n = s.evaluation_periods.clamp(1, 1440) as u64;
        (1..=n)
            .rev()
            .map(|j| last_start.checked_sub(j * p).and_then(|st| self.datapoint(s.metric, s.statistic, p as u32, st)))
            .collect()
    }

    /// Average CPU [%] over the last `period` of InService instances past `warmup` seconds,
    /// and their number (§2: warming instances are left out of the scaling metric).
    fn ready_cpu(&self, now: u64, period: u64, warmup: u64) -> (u32, Option<f64>) {
        let m_hi = now / 60;
        let m_lo = m_hi.saturating_sub(period / 60);
        let mut n = 0;
        let mut sum = 0.0;
        for i in &self.insts {
            if !i.in_service() || i.warming_for(now, warmup) {
                continue;
            }
            let (mut s, mut c) = (0.0, 0);
            for m in m_lo..m_hi {
                if let Some(v) = i.cpu_minute(m) {
                    s += v;
                    c += 1;
                }
            }
            if c > 0 {
                n += 1;
                sum += s / c as f64;
            }
        }
        (n, if n > 0 { Some(sum / n as f64) } else { None })
    }

    fn warming_for(&self, now: u64, warmup: u64) -> bool {
        self.insts.iter().any(|i| i.warming_for(now, warmup))
    }

    fn policy_warmup(&self, w: Option<u32>) -> u64 {
        w.map(|x| x as u64).unwrap_or_else(|| self.group_warmup())
    }

    /// The minute's decisions at `now`.
    pub(crate) fn decide(&mut self, now: u64) {
        for k in 0..self.alarms.len() {
            let v = self.alarm_values(k, now);
            self.alarms[k].update(now, v);
        }
        self.decide_target_tracking(now);
        self.decide_step_simple(now);
        self.predictive_apply(now);
    }

    fn decide_target_tracking(&mut self, now: u64) {
        let mut outs: Vec<(u32, String, Reason)> = Vec::new();
        let mut ins: Vec<(u32, String, Reason)> = Vec::new();
        let mut voters = 0;
        for p in 0..self.policies.len() {
            let PolicySpec::TargetTracking { name, metric, target, disable_scale_in, warmup_s } =
                &self.policies[p].spec
            else {
                continue;
            };
            let PolicyState::Tt { high, low } = self.policies[p].state else { continue };
            let (hi_a, lo_a) = (&self.alarms[high], &self.alarms[low]);
            let warmup = self.policy_warmup(*warmup_s);
            let period = hi_a.spec.period_s as u64;
            let (n_ready, m) = match metric {
                TtMetric::ASGAverageCPUUtilization => self.ready_cpu(now, period, warmup),
                TtMetric::ALBRequestCountPerTarget => {
                    // metric = requests per healthy target per minute; n = those targets, so
                    // ceil(n × metric / target) = ceil(requests per minute / target)
                    let last = hi_a.last_values.last().copied().flatten();
                    let start = now.saturating_sub(period);
                    let hosts = self.datapoint(Metric::HealthyHostCount, Statistic::Average, period as u32, start);
                    let n = libm::round(hosts.unwrap_or(1.0)).max(1.0) as u32;
                    (n, last.map(|v| v * 60.0 / period as f64))
                }
            };
            let warming = self.warming_for(now, warmup);
            let hi_on = hi_a.state == AlarmState::Alarm;
            let lo_on = lo_a.state == AlarmState::Alarm;
            if !*disable_scale_in {
                voters += 1;
            }
            let prop = propose(hi_on, lo_on, n_ready, m, *target, self.desired, warming, *disable_scale_in);
            let value = m.map(tenth);
            let tt = |minutes, capacity| TtFacts {
                metric: *metric,
                value,
                target: *target,
                minutes,
                ready: n_ready,
                capacity,
            };
            match prop {
                Proposal::Out(c) => outs.push((
                    c,
                    alarm_trigger(&hi_a.spec.name, name),
                    Reason::TargetAbove(tt(hi_a.spec.datapoints_to_alarm as u64 * period / 60, c)),
                )),
                Proposal::In(c) => ins.push((
                    c,
                    alarm_trigger(&lo_a.spec.name, name),
                    Reason::TargetBelow {
                        tt: tt(lo_a.spec.datapoints_to_alarm as u64 * lo_a.spec.period_s as u64 / 60, c),
                        low: lo_a.spec.threshold,
                        ratio: self.sc.model.tt_low_ratio,
                    },
                )),
                Proposal::Hold => {}
            }
        }
        if let Some((c, trig, why)) = outs.into_iter().max_by_key(|x| x.0) {
            if c > self.desired {
                self.set_desired(now, c, &trig, why);
            }
        } else if voters > 0 && ins.len() == voters {
            if let Some((c, trig, why)) = ins.into_iter().max_by_key(|x| x.0) {
                let floor = self.predictive_floor(now);
                let c = c.max(floor);
                if c < self.desired {
                    self.set_desired(now, c, &trig, why);
                }
            }
        }
    }

    fn decide_step_simple(&mut self, now: u64) {
        for p in 0..self.policies.len() {
            let spec = self.policies[p].spec.clone();
            let rt = self.policies[p].state.clone();
            match (&spec, &rt) {
                (
                    PolicySpec::Step { name, adjustment_type, steps, min_adjustment_magnitude, warmup_s, .. },
                    PolicyState::Step { alarm, last },
                ) => {
                    let a = self.alarms[*alarm].clone();
                    if a.state != AlarmState::Alarm {
                        continue;
                    }
                    let Some(v) = a.last_values.last().copied().flatten() else { continue };
                    let Some(si) = find_step(steps, v - a.spec.threshold, a.spec.comparison.is_upper()) else {
                        continue;
                    };
                    let warmup = self.policy_warmup(*warmup_s);
                    let warming = self.warming_for(now, warmup);
                    let adj = steps[si].adjustment;
                    // while the last step action's instances warm up, a step is applied to the
                    // capacity before that action: they count toward it (§3 "Step scaling":
                    // 10 + 1 warming, then a +3 step → 13, not 14); the same step adds nothing
                    let pending = last.filter(|l| warming && now < l.until);
                    let base = pending.map_or(self.desired, |l| l.base);
                    let new = apply_adjustment(base, *adjustment_type, adj, *min_adjustment_magnitude);
                    let new_c = new.clamp(self.min as i64, self.max as i64) as u32;
                    if new_c < self.desired && warming {
                        continue; // scale-in blocked during warm-up (§2)
                    }
                    if pending.is_some() && new_c <= self.desired {
                        continue;
                    }
                    let trig = alarm_trigger(&a.spec.name, name);
                    let why = Reason::Step {
                        breach: breach(&a.spec, Some(v)),
                        step: si + 1,
                        adjustment_type: *adjustment_type,
                        adjustment: adj,
                    };
                    let until = now + warmup + self.sc.model.boot_s as u64;
                    if self.set_desired(now, new_c, &trig, why) && new_c > 0 {
                        if let PolicyState::Step { last, .. } = &mut self.policies[p].state {
                            *last = Some(LastStep { base, until });
                        }
                    }
                }
                (
                    PolicySpec::Simple { name, adjustment_type, adjustment, .. },
                    PolicyState::Simple { alarm, state },
                ) => {
                    let a = self.alarms[*alarm].clone();
                    if a.state != AlarmState::Alarm || !state.ready(now) {
                        continue;
                    }
                    let v = a.last_values.last().copied().flatten();
                    let new = apply_adjustment(self.desired, *adjustment_type, *adjustment, None);
                    let new_c = new.clamp(self.min as i64, self.max as i64) as u32;
                    let trig = alarm_trigger(&a.spec.name, name);
                    let why = Reason::Simple {
                        breach: breach(&a.spec, v),
                        adjustment_type: *adjustment_type,
                        adjustment: *adjustment,
                    };
                    if self.set_desired(now, new_c, &trig, why) {
                        if let PolicyState::Simple { state, .. } = &mut self.policies[p].state {
                            state.fired();
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Simple-scaling cooldowns start once the group has settled (every second).
    pub(crate) fn simple_ticks(&mut self, t: u64) {
        if !self.policies.iter().map(|p| &p.state).any(|r| matches!(r, PolicyState::Simple { state, .. } if state.busy))
        {
            return;
        }
        let c = self.counts();
        let settled = c.pending == 0 && c.terminating == 0 && c.live() == self.desired;
        let dc = self.sc.group.default_cooldown_s;
        for k in 0..self.policies.len() {
            let cd = match &self.policies[k].spec {
                PolicySpec::Simple { cooldown_s, .. } => cooldown_s.unwrap_or(dc),
                _ => continue,
            };
            if let PolicyState::Simple { state, .. } = &mut self.policies[k].state {
                state.tick(t, settled, cd);
            }
        }
    }
}

/// The activity cause's trigger: "a monitor alarm X in state ALARM triggered policy Y".
fn alarm_trigger(alarm: &str, policy: &str) -> String {
    format!("a monitor alarm {alarm} in state ALARM triggered policy {policy}")
}

/// "CPUUtilization 78.3 > 50": the alarm's last value against its threshold, for the "why".
fn breach(spec: &crate::policy_spec::AlarmSpec, value: Option<f64>) -> Breach {
    Breach { metric: spec.metric, value: value.map(tenth), comparison: spec.comparison, threshold: spec.threshold }
}
