//! Fleet management: launches (AZ-balanced), terminations (termination policy, draining),
//! lifecycle progress and capacity reconciliation (docs/aws-behaviour.md §1).

use crate::activity::{ActivityKind as K, ActivityStatus as S};
use crate::alb;
use crate::credits::Credits;
use crate::engine::Sim;
use crate::ids::InstanceId;
use crate::instance::{Instance, Lifecycle, INSTANCE_MINUTES};
use crate::termination::{select_victim, Candidate};
use crate::views::{LifecycleState as L, TargetState};
use crate::why::{Reason, Why};
use rand::{Rng, RngExt};

impl Sim {
    /// Effective group warm-up: DefaultInstanceWarmup, else DefaultCooldown (§2 fallback).
    pub(crate) fn group_warmup(&self) -> u64 {
        self.sc.group.default_warmup_s.unwrap_or(self.sc.group.default_cooldown_s) as u64
    }

    /// Live (Pending + InService) instances per AZ.
    pub(crate) fn az_counts(&self) -> Vec<u32> {
        let mut c = vec![0u32; self.az_up.len()];
        for i in &self.insts {
            if i.live() {
                c[i.az] += 1;
            }
        }
        c
    }

    /// Launch one instance into the available AZ with the fewest live instances.
    /// `warm` = create it already InService, healthy and warmed up (scenario start).
    pub(crate) fn launch(&mut self, t: u64, cause: &str, why: &Why, warm: bool) -> Option<usize> {
        if let Some(msg) = self.launch_error.clone() {
            self.act(
                t,
                S::Failed,
                K::Launch,
                format!("Launching a new EC2 instance.  Status Reason: {msg}. Launching EC2 instance failed."),
                cause.to_string(),
                Reason::LaunchFailed.into(),
            );
            self.next_launch_try = t + self.sc.model.launch_retry_s as u64;
            return None;
        }
        let counts = self.az_counts();
        let az = (0..self.group_azs()).filter(|&a| self.az_up[a]).min_by_key(|&a| (counts[a], a));
        let Some(az) = az else {
            self.act(
                t,
                S::Failed,
                K::Launch,
                "Launching a new EC2 instance.  Status Reason: no Availability Zone is available.".into(),
                cause.to_string(),
                Reason::NoAz.into(),
            );
            self.next_launch_try = t + self.sc.model.launch_retry_s as u64;
            return None;
        };
        let id = InstanceId(self.rng_ids.next_u64());
        let inst = self.fresh_instance(id, az, self.itype, t, warm);
        let live_before = self.insts.iter().filter(|i| i.live()).count();
        let desc = format!("Launching a new EC2 instance: {id}");
        let full_cause = format!(
            "{cause} At {} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from {} to {}.",
            self.iso(t),
            live_before,
            live_before + 1
        );
        let st = if warm { S::Successful } else { S::InProgress };
        let aid = self.act(t, st, K::Launch, desc, full_cause, why.clone());
        self.next_hc_min = self.next_hc_min.min(inst.next_hc);
        self.routing.invalidate(&mut self.insts);
        self.insts.push(inst);
        self.live_count += 1;
        self.lc_active |= !warm;
        let idx = self.insts.len() - 1;
        self.insts[idx].launch_activity = aid;
        Some(idx)
    }

    /// A new instance of type `it` in AZ `az`, launched at `t` [s]; `warm`: InService,
    /// healthy and warmed up at once (scenario start).
    pub(crate) fn fresh_instance(
        &self,
        id: InstanceId,
        az: usize,
        it: crate::catalog::InstanceType,
        t: u64,
        warm: bool,
    ) -> Instance {
        let m = &self.sc.model;
        let (run, ready) =
            if warm { (t, t) } else { (t + m.boot_s as u64, t + m.boot_s as u64 + m.app_ready_s as u64) };
        let mode = self.sc.group.credit_mode;
        let credits = it.burst().map(|b| Credits::launch(b, mode.unwrap_or(b.default_mode), it.vcpus()));
        let cap = m.capacity_rps_override.unwrap_or_else(|| it.default_capacity_rps());
        let warmup = if warm { 0 } else { self.group_warmup() };
        Instance {
            id,
            az,
            itype: it,
            template_version: self.template_version,
            launched_at: t,
            running_at: run,
            app_ready_at: ready,
            life: if warm { Lifecycle::InService } else { Lifecycle::Pending },
            warm_until: run + warmup,
            prewarmed: warm,
            grace_until: if warm { t } else { run + self.sc.group.health_check_grace_s as u64 },
            healthy: true,
            broken: false,
            protected: warm && self.sc.group.protect_new_instances,
            rebalance: false,
            launch_activity: 0,
            term_activity: 0,
            target: if warm { TargetState::Healthy } else { TargetState::Unused },
            next_hc: t + self.sc.alb.hc_interval_s as u64,
            hc_ok: 0,
            hc_fail: 0,
            slow_start: None,
            drain_until: 0,
            last_request_t: None,
            vcpus: it.vcpus(),
            cap_rps: cap,
            pct_per_req: 100.0 / cap,
            pct_per_vcpu: 100.0 / it.vcpus() as f64,
            inv_mu: 1.0 / cap,
            queue: 0,
            serve_frac: 0.0,
            stress_until: 0,
            stress_workers: 0,
            weight: 0.0,
            atw: Default::default(),
            arrivals: 0,
            served: 0,
            cpu: 0.0,
            rho: 0.0,
            lat_served_min: 0,
            lat_mu_min: 0.0,
            lat_wait_min: 0.0,
            wait_s: 0.0,
            mu: cap,
            credits,
            cpu_min_sum: 0.0,
            cpu_min_n: 0,
            cpu_hist: vec![f32::NAN; INSTANCE_MINUTES],
            cpu_sync_sum: 0.0,
            cpu_sync_n: 0,
            outside: false,
        }
    }

    /// Start terminating instance `idx`: deregister from the ALB (draining) first.
    pub(crate) fn begin_terminate(&mut self, idx: usize, t: u64, cause: String, why: Why) {
        if !self.insts[idx].live() {
            return;
        }
        self.routing.invalidate(&mut self.insts);
        let spec = self.sc.alb.clone();
        let i = &mut self.insts[idx];
        if i.lifecycle() == L::Pending {
            self.log.finish(i.launch_activity, t, S::Cancelled);
        }
        self.live_count = self.live_count.saturating_sub(1);
        self.lc_active = true;
        let ends_at = alb::leave(i, t, &spec);
        i.life = Lifecycle::Terminating { since: t, ends_at };
        let desc = format!("Terminating EC2 instance: {}", i.id);
        let aid = self.act(t, S::InProgress, K::Terminate, desc, cause, why);
        self.insts[idx].term_activity = aid;
    }

    /// Instance dies at once (AZ outage): in-flight requests fail with 502.
    pub(crate) fn kill_now(&mut self, idx: usize, t: u64) {
        if self.insts[idx].lifecycle() == L::Terminated {
            return;
        }
        self.routing.invalidate(&mut self.insts);
        let i = &mut self.insts[idx];
        if i.live() {
            self.live_count = self.live_count.saturating_sub(1);
        }
        self.next_drop = earliest(self.next_drop, Some(t + self.sc.model.keep_terminated_s as u64));
        self.stats.ledger.failed_502 += i.queue;
        i.queue = 0;
        i.life = Lifecycle::Terminated { at: t };
        i.target = TargetState::Unused;
        if i.launch_activity != 0 {
            self.log.finish(i.launch_activity, t, S::Cancelled);
        }
        if i.term_activity != 0 {
            self.log.finish(i.term_activity, t, S::Successful);
        }
    }

    /// Lifecycle progress at second `t`: Pending → InService (registered with the ALB just
    /// before), draining → Terminated (requests still in flight at the delay's end → 502).
    pub(crate) fn lifecycle(&mut self, t: u64) {
        let spec = &self.sc.alb;
        let protect = self.sc.group.protect_new_instances;
        let keep = self.sc.model.keep_terminated_s as u64;
        let mut active = false;
        let mut changed = false;
        for k in 0..self.insts.len() {
            let i = &mut self.insts[k];
            match i.lifecycle() {
                L::Pending if t < i.running_at => active = true,
                L::Pending => {
                    if self.detached {
                        // attached to no target group: nothing registers it (outside.rs)
                    } else {
                        alb::register(i, t, spec);
                    }
                    self.next_hc_min = self.next_hc_min.min(i.next_hc);
                    changed = true;
                    i.life = Lifecycle::InService;
                    i.protected = protect; // protection starts at InService (§1)
                    let aid = i.launch_activity;
                    self.log.finish(aid, t, S::Successful);
                }
                L::Terminating => {
                    let i = &mut self.insts[k];
                    let done = i.target != TargetState::Draining || alb::drain_done(i, t);
                    if !done {
                        active = true;
                    } else {
                        changed = true;
                        self.stats.ledger.failed_502 += i.queue;
                        self.stats.ledger.drained += i.queue;
                        i.queue = 0;
                        // deregistration is complete; the console lists the target as
                        // `draining` until the delay has elapsed
                        if !alb::draining_shown(i, t) {
                            i.target = TargetState::Unused;
                        } else {
                            active = true;
                        }
                        i.life = Lifecycle::Terminated { at: t };
                        self.next_drop = earliest(self.next_drop, i.drop_at(keep));
                        let aid = i.term_activity;
                        self.log.finish(aid, t, S::Successful);
                    }
                }
                // detached from its target group (outside.rs): deregistered, still in service
                L::InService if i.target == TargetState::Draining => {
                    if alb::draining_shown(i, t) {
                        active = true;
                    } else {
                        i.target = TargetState::Unused;
                        changed = true;
                    }
                }
                L::Terminated if i.target == TargetState::Draining => {
                    if alb::draining_shown(i, t) {
                        active = true;
                    } else {
                        i.target = TargetState::Unused;
                    }
                }
                _ => {}
            }
        }
        self.lc_active = active;
        if changed {
            self.routing.invalidate(&mut self.insts);
        }
    }

    /// Remove terminated instances after `keep_terminated_s` (bounded memory).
    pub(crate) fn drop_terminated(&mut self, now: u64) {
        let keep = self.sc.model.keep_terminated_s as u64;
        if !self.insts.iter().any(|i| i.drop_at(keep).is_some_and(|x| x <= now)) {
            self.next_drop = self.insts.iter().filter_map(|i| i.drop_at(keep)).min();
            return;
        }
        self.routing.cohort.dissolve(&mut self.insts); // indices change
        let region = self.sc.region;
        let dropped = &mut self.stats.dropped;
        self.insts.retain(|i| match (i.life.terminated_at(), i.drop_at(keep)) {
            (Some(_), Some(d)) if d <= now && i.outside => false, // billed by its owner
            (Some(x), Some(d)) if d <= now => {
                let price = crate::prices::instance_hour(i.itype, region).usd;
                dropped.add(x - i.launched_at, price, i.credits.as_ref(), true);
                false
            }
            _ => true,
        });
        self.next_drop = self.insts.iter().filter_map(|i| i.drop_at(keep)).min();
    }

    /// Make the number of live instances match desired: launch into balanced AZs, or pick
    /// victims with the termination policy (protected instances are skipped, §1).
    pub(crate) fn reconcile(&mut self, t: u64) {
        let live = self.insts.iter().filter(|i| i.live()).count() as u32;
        if live < self.desired {
            if t < self.next_launch_try {
                return;
            }
            let (cause, why) = self.cause_for_change(t);
            for _ in live..self.desired {
                if self.launch(t, &cause, &why, false).is_none() {
                    break;
                }
            }
        } else if live > self.desired {
            if self.insts.iter().any(|i| i.rebalance && i.lifecycle() == L::Pending) {
                return; // rebalancing launches first, then terminates
            }
            if self.protected_note == Some(self.desired) {
                return;
            }
            let (cause0, why) = self.cause_for_change(t);
            for _ in self.desired..live {
                let cands: Vec<Candidate> = self
                    .insts
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| i.live())
                    .map(|(k, i)| Candidate {
                        idx: k,
                        az: i.az,
                        launched_at: i.launched_at,
                        template_version: i.template_version,
                        protected: i.protected,
                    })
                    .collect();
                let rng = &mut self.rng_misc;
                let mut pick = |n: usize| rng.random_range(0..(n.max(1) as u32)) as usize; // u32: same draws on 32-bit wasm
                match select_victim(&cands, self.sc.group.termination_policy, t, &mut pick) {
                    Some(k) => {
                        let n_live = self.insts.iter().filter(|i| i.live()).count();
                        let cause = format!(
                            "{cause0} At {} an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from {} to {}. At {} instance {} was selected for termination.",
                            self.iso(t),
                            n_live,
                            n_live - 1,
                            self.iso(t),
                            self.insts[k].id
                        );
                        self.begin_terminate(k, t, cause, why.clone());
                    }
                    None => {
                        self.protected_note = Some(self.desired);
                        self.act(
                            t,
                            S::Failed,
                            K::LabNote,
                            "Could not scale to desired capacity because all remaining instances are protected from scale-in.".into(),
                            cause0.clone(),
                            Reason::AllProtected.into(),
                        );
                        break;
                    }
                }
            }
        }
    }
}

/// The earlier of two times, either of which may be "never" [s].
fn earliest(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) | (None, x) => x,
    }
}
