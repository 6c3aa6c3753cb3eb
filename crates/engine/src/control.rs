//! Control loops other than the alarm-driven policies: ALB health checks, ASG health
//! polling and replacement, AZ rebalancing, scheduled events/actions, predictive scaling
//! and the HPA (docs/aws-behaviour.md §1, §4, §6, §10).

use crate::activity::{ActivityKind as K, ActivityStatus as S};
use crate::alb;
use crate::capacity;
use crate::command::Command as C;
use crate::engine::Sim;
use crate::ids::{InstanceId, InstanceRef};
use crate::limits;
use crate::policies::hpa::HpaInput;
use crate::policies::PolicyState;
use crate::policy_spec::{PolicySpec, PredictiveMode, TtMetric};
use crate::scenario::{EventAction, HealthCheckType};
use crate::views::{LifecycleState as L, TargetState};
use crate::why::Reason;

impl Sim {
    /// Run the ALB health checks that are due at `t`.
    pub(crate) fn health_checks(&mut self, t: u64) {
        let steady = |i: &crate::instance::Instance| {
            i.target == TargetState::Healthy && i.slow_start.is_none_or(|(_, e)| t >= e)
        };
        let n_steady = self.insts.iter().filter(|i| steady(i)).count();
        let spec = &self.sc.alb;
        let service_s = self.load.service_s;
        let mut next = u64::MAX;
        let mut changed = false;
        let mut ss_until = self.routing.slow_start_until;
        let cohort = &self.routing.cohort;
        for (k, i) in self.insts.iter_mut().enumerate() {
            if i.routable_state() {
                if t >= i.next_hc {
                    cohort.touch_idx(k, i); // a member's ρ of the last second
                    let other = n_steady - usize::from(steady(i)) > 0;
                    changed |= alb::health_check(i, t, spec, other, service_s);
                    if let Some((_, e)) = i.slow_start {
                        ss_until = ss_until.max(e);
                    }
                }
                next = next.min(i.next_hc);
            }
        }
        self.next_hc_min = next;
        self.routing.slow_start_until = ss_until;
        if changed {
            self.routing.invalidate(&mut self.insts);
        }
    }

    /// ASG's periodic health check: with the ELB type, an unhealthy target past its grace
    /// period marks the instance Unhealthy; Unhealthy instances are replaced, at most 10 %
    /// of desired (≥ 1) at a time, terminate first (§1 "Unhealthy replacement").
    pub(crate) fn health_poll(&mut self, t: u64) {
        let elb = self.sc.group.health_check_type == HealthCheckType::ELB;
        for i in self.insts.iter_mut() {
            if elb && i.healthy && i.in_service() && t >= i.grace_until && i.target == TargetState::Unhealthy {
                i.healthy = false;
            }
        }
        let batch = (self.desired / 10).max(1) as usize;
        // a batch is in progress until its instances are InService, past their first
        // health check and their warm-up (§1 "Unhealthy replacement")
        let in_progress = self
            .insts
            .iter()
            .filter(|i| {
                i.live() && (i.lifecycle() == L::Pending || t < i.warm_until || i.target == TargetState::Initial)
            })
            .count();
        let mut allowed = batch.saturating_sub(in_progress);
        for k in 0..self.insts.len() {
            if allowed == 0 {
                break;
            }
            let i = &self.insts[k];
            if i.in_service() && !i.healthy {
                let why = if i.target == TargetState::Unhealthy && elb {
                    "an ELB system health check failure"
                } else {
                    "a user health-check"
                };
                let cause = format!("At {} an instance was taken out of service in response to {why}.", self.iso(t));
                self.last_cause = cause.clone();
                self.last_why = Reason::Unhealthy { instance: i.id, batch }.into();
                let w = self.last_why.clone();
                self.begin_terminate(k, t, cause, w);
                allowed -= 1;
            }
        }
    }

    /// After an AZ recovers, launch into the emptiest AZ first, then terminate from the
    /// fullest (may exceed max by max(1, 10 %) meanwhile, §1 "AZ balancing").
    pub(crate) fn rebalance(&mut self, t: u64) {
        let n = self.counts();
        if n.pending > 0 || n.terminating > 0 || self.az_up[..self.group_azs()].iter().filter(|u| **u).count() < 2 {
            return;
        }
        let c = self.az_counts();
        let up: Vec<usize> = (0..self.group_azs()).filter(|&a| self.az_up[a]).collect();
        let lo = up.iter().map(|&a| c[a]).min().unwrap_or(0);
        let hi = up.iter().map(|&a| c[a]).max().unwrap_or(0);
        let live: u32 = c.iter().sum();
        let ceiling = self.max + (self.max / 10).max(1);
        if hi > lo + 1 && live < ceiling && live == self.desired {
            self.last_cause = format!(
                "At {} an instance was launched in response to an Availability Zone rebalancing operation.",
                self.iso(t)
            );
            self.last_why = Reason::Rebalance { low: lo, high: hi }.into();
            let (cause, why) = (self.last_cause.clone(), self.last_why.clone());
            if let Some(k) = self.launch(t, &cause, &why, false) {
                self.insts[k].rebalance = true;
            }
        }
    }

    /// Resolve an instance reference (k-th live instance, oldest first).
    pub(crate) fn resolve(&self, r: InstanceRef) -> Option<InstanceId> {
        match r {
            InstanceRef::Id(id) => Some(id),
            InstanceRef::Nth(k) => self.insts.iter().filter(|i| i.live()).nth(k).map(|i| i.id),
        }
    }

    /// Scenario events due at `t`, in list order (the list is stably sorted by time).
    ///
    /// This runs FIRST in `tick(t)`, i.e. at exactly the point where a live `apply` made while
    /// `now() == t` (between two `step` calls) takes effect: after the previous second's
    /// end-of-second work (minute close, decisions), before anything of second `t`. Each event
    /// goes through [`Sim::apply`], so validation, activity texts and failures are the live
    /// ones; an `Nth` reference with no such live instance is logged as a Failed activity.
    pub(crate) fn run_events(&mut self, t: u64) {
        while self.next_event < self.sc.events.len() && self.sc.events[self.next_event].at_s <= t {
            let ev = self.sc.events[self.next_event].action.clone();
            self.next_event += 1;
            match self.event_command(ev) {
                Ok(c) => {
                    let _ = self.apply(c); // failures are logged by apply
                }
                Err(k) => {
                    self.act(
                        t,
                        S::Failed,
                        K::LabAction,
                        "Scheduled event failed".into(),
                        format!("No live instance number {k} (0 = oldest) at {}.", self.iso(t)),
                        Reason::NoSuchInstance.into(),
                    );
                }
            }
        }
    }

    /// The command an event stands for; `Err(k)` when `Nth(k)` names no live instance.
    fn event_command(&self, ev: EventAction) -> Result<C, usize> {
        let r = |x: InstanceRef| match x {
            InstanceRef::Nth(k) => self.resolve(x).ok_or(k),
            InstanceRef::Id(id) => Ok(id),
        };
        ev.map_instance(r)
    }

    /// Scheduled actions due at `t` (fired `scheduled_lateness_s` late, §4).
    pub(crate) fn run_scheduled(&mut self, t: u64) {
        let late = self.sc.model.scheduled_lateness_s as u64;
        if t < late || !self.policies.iter().map(|p| &p.state).any(|r| matches!(r, PolicyState::Scheduled(_))) {
            return;
        }
        let ts = t - late;
        let unix = self.sc.start_utc_s + ts as i64;
        for k in 0..self.policies.len() {
            let (PolicySpec::Scheduled(spec), PolicyState::Scheduled(st)) =
                (&self.policies[k].spec, &self.policies[k].state)
            else {
                continue;
            };
            if !st.fires_at(&spec.recurrence, ts, unix) {
                continue;
            }
            let spec = spec.clone();
            if let PolicyState::Scheduled(st) = &mut self.policies[k].state {
                st.done = true;
            }
            match capacity::update((self.min, self.max, self.desired), spec.min, spec.max, spec.desired) {
                Ok((mn, mx, d)) => {
                    self.min = mn;
                    self.max = mx;
                    let trig = format!(
                        "a scheduled action update of AutoScalingGroup constraints to min: {mn}, max: {mx}, desired: {d}"
                    );
                    let why = Reason::Scheduled { name: spec.name.clone() };
                    if !self.set_desired(t, d, &trig, why.clone()) {
                        let c = format!("At {} {trig}.", self.iso(t));
                        self.act(
                            t,
                            S::Successful,
                            K::LabNote,
                            format!("Executing scheduled action {}", spec.name),
                            c,
                            why.into(),
                        );
                    }
                }
                Err(e) => {
                    self.act(
                        t,
                        S::Failed,
                        K::LabNote,
                        format!("Executing scheduled action {}", spec.name),
                        e.message.clone(),
                        Reason::ScheduledInvalid.into(),
                    );
                }
            }
        }
        self.reconcile(t);
    }

    /// Per-minute load sample for predictive policies.
    pub(crate) fn predictive_sample(&mut self, _m: u64, cpu_total: f64, requests: f64) {
        for k in 0..self.policies.len() {
            let metric = match &self.policies[k].spec {
                PolicySpec::Predictive { metric, .. } => *metric,
                _ => continue,
            };
            if let PolicyState::Predictive(st) = &mut self.policies[k].state {
                st.sample(if metric == TtMetric::ASGAverageCPUUtilization { cpu_total } else { requests });
            }
        }
    }

    /// Start of a UTC hour: close the hour, refresh forecasts every 6 h.
    pub(crate) fn hourly(&mut self, now: u64) {
        let h = (self.sc.start_utc_s + now as i64).div_euclid(3600);
        for k in 0..self.policies.len() {
            let target = match &self.policies[k].spec {
                PolicySpec::Predictive { target, .. } => *target,
                _ => continue,
            };
            if let PolicyState::Predictive(st) = &mut self.policies[k].state {
                st.close_hour(h - 1);
                if st.hours_recorded >= 24 && st.refreshed_hour.is_none_or(|r| h - r >= 6) {
                    st.refresh(h, target);
                }
            }
        }
    }

    /// Predictive capacity for the hour that starts within the buffer; never scales in.
    pub(crate) fn predictive_apply(&mut self, now: u64) {
        let unix = self.sc.start_utc_s + now as i64;
        for k in 0..self.policies.len() {
            let PolicySpec::Predictive { name, mode, buffer_s, max_capacity_buffer_pct, .. } = &self.policies[k].spec
            else {
                continue;
            };
            let PolicyState::Predictive(st) = &self.policies[k].state else { continue };
            if *mode != PredictiveMode::ForecastAndScale {
                continue;
            }
            let hour = (unix + *buffer_s as i64).div_euclid(3600);
            let Some(c) = st.capacity_at(hour) else { continue };
            if c <= self.desired {
                continue;
            }
            let (name, buf, bs) = (name.clone(), *max_capacity_buffer_pct, *buffer_s);
            if let Some(b) = buf {
                let eff = libm::ceil(c as f64 * (1.0 + b as f64 / 100.0)) as u32;
                self.max = self.max.max(eff.min(limits::MAX_SIZE.hi));
            }
            let c = c.min(self.max);
            let trig = format!("a predictive scaling policy {name} forecast");
            let why = Reason::Forecast { hour: hour.rem_euclid(24) as u8, capacity: c, early_s: bs };
            self.set_desired(now, c, &trig, why);
        }
    }

    /// Capacity that scale-in must not go below because of an active forecast.
    pub(crate) fn predictive_floor(&self, now: u64) -> u32 {
        let unix = self.sc.start_utc_s + now as i64;
        let mut f = 0;
        for k in 0..self.policies.len() {
            if let (
                PolicySpec::Predictive { mode: PredictiveMode::ForecastAndScale, .. },
                PolicyState::Predictive(st),
            ) = (&self.policies[k].spec, &self.policies[k].state)
            {
                f = f.max(st.capacity_at(unix.div_euclid(3600)).unwrap_or(0));
            }
        }
        f.min(self.max)
    }

    /// HPA syncs (every `sync_s`, §10).
    pub(crate) fn hpa_sync(&mut self, now: u64) {
        // the HPA window ends: members' CPU sums are read (if an HPA exists) and reset
        let read = self.policies.iter().map(|p| &p.state).any(|r| matches!(r, PolicyState::Hpa(_)));
        self.routing.cohort.end_sync_window(&mut self.insts, read);
        for k in 0..self.policies.len() {
            let PolicySpec::Hpa { name, target_cpu, tolerance, sync_s, downscale_window_s } =
                self.policies[k].spec.clone()
            else {
                continue;
            };
            if !now.is_multiple_of(sync_s.max(1) as u64) {
                continue;
            }
            let (mut ready, mut sum) = (0u32, 0.0);
            let mut unready = 0;
            for i in &self.insts {
                if i.in_service() && now >= i.app_ready_at && i.cpu_sync_n > 0 {
                    ready += 1;
                    sum += i.cpu_sync_sum / i.cpu_sync_n as f64;
                } else if i.live() {
                    unready += 1;
                }
            }
            let x = HpaInput {
                current: self.desired,
                ready,
                unready,
                ready_avg: if ready > 0 { sum / ready as f64 } else { 0.0 },
                target: target_cpu,
                tolerance,
                min: self.min,
                max: self.max,
            };
            let PolicyState::Hpa(st) = &mut self.policies[k].state else { continue };
            let d = st.sync(now, x, downscale_window_s);
            if d != self.desired {
                let why = Reason::Hpa { average: x.ready_avg, target: target_cpu, ready, unready, tolerance };
                self.set_desired(now, d, &format!("the HPA controller of policy {name}"), why);
                self.reconcile(now);
            }
        }
        for i in self.insts.iter_mut() {
            i.cpu_sync_sum = 0.0;
            i.cpu_sync_n = 0;
        }
    }
}
