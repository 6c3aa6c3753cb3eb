//! Shadow runs: the same traffic against other fleets, stepped beside the live run ("why Auto
//! Scaling", step 1 of the assignment).
//!
//! ```text
//!   live Sim ── tick t ──► shadow₁ tick t ──► shadow₂ tick t …   (lockstep, second by second)
//!      │ apply(traffic command at t)
//!      └──────────────► forwarded to every shadow at the same t
//! ```
//!
//! A shadow is a whole [`Sim`] on the live run's scenario with another fleet: a fixed one
//! (min = max = desired = n, no policies) or other scaling policies. It shares the seed and the
//! traffic settings, and receives every traffic change (slider, spike, pattern) at the second the
//! live run does, so the arrivals are the same second by second. Nothing else is forwarded: a
//! change to the live group, its policies, its instances (stress, faults) or the ALB does not
//! touch a shadow. A shadow asked for at `t > 0` catches up once, from the live run's replay log
//! (at most `REPLAY_LOG_CAP` changes of each kind); afterwards it only steps.
//!
//! Fixed sizes "for the average" and "for the peak" are the instances needed to serve that
//! rate at the group's CPU target (above the idle base load): from the traffic so far, or —
//! before a minute has passed — from the pattern's next 24 hours.

use crate::command::Command;
use crate::engine::{Shadow, Sim};
use crate::error::SpecError;
use crate::limits;
use crate::shadow_spec::{Basis, ShadowSpec};
use crate::stats::MinutePoint;
use crate::views::RunSummary;

impl Shadow {
    /// Its summary so far.
    pub fn summary(&self) -> RunSummary {
        self.sim.summary()
    }
    /// The last day's demand and capacity, a point per minute, oldest first.
    pub fn minutes(&self) -> impl ExactSizeIterator<Item = &MinutePoint> {
        self.sim.minute_points()
    }
    /// The shadow's own run (read-only).
    pub fn sim(&self) -> &Sim {
        &self.sim
    }
}

/// Shadows kept at once [count].
pub const MAX_SHADOWS: usize = 4;

impl Sim {
    /// The shadows, in the order they were added.
    pub fn shadows(&self) -> &[Shadow] {
        &self.shadows
    }

    /// The last day's demand and capacity of this run, a point per minute, oldest first.
    pub fn minute_points(&self) -> impl ExactSizeIterator<Item = &MinutePoint> {
        self.stats.minutes.iter()
    }

    /// Instances needed to serve `basis`'s rate at the group's CPU target [instances, 1…max
    /// size]: from the traffic so far, or from the pattern's next 24 h (a trace's whole span, up to
    /// a week) before a minute passed.
    pub fn fixed_size(&self, basis: Basis) -> u32 {
        // requests/s one instance serves at the target, above its idle base load
        let headroom = (self.summary_target() - self.sc.model.base_cpu_pct).max(1.0);
        let per = self.sc.model.capacity_rps_override.unwrap_or_else(|| self.sc.instance_type.default_capacity_rps())
            * headroom
            / 100.0;
        let rate = if self.t >= 60 {
            match basis {
                Basis::Average => self.stats.ledger.arrived as f64 / self.t as f64,
                Basis::Peak => self.stats.peak_minute_rps,
            }
        } else {
            // a day ahead; a trace's whole span, up to a week (docs/aws-behaviour.md §13)
            let minutes =
                self.sc.traffic.pattern.trace_span_s().map_or(24 * 60, |s| s.div_ceil(60).clamp(24 * 60, 7 * 24 * 60));
            let rates = (0..minutes).map(|m| {
                let t = self.t + m * 60;
                self.traffic.rate(&self.sc.traffic, t, self.sc.start_utc_s + t as i64)
            });
            match basis {
                Basis::Average => rates.sum::<f64>() / minutes as f64,
                Basis::Peak => rates.fold(0.0, f64::max),
            }
        };
        let n = (rate / per.max(1e-9)).ceil();
        (if n.is_finite() { n as u32 } else { 1 }).clamp(1, limits::MAX_SIZE.hi)
    }

    /// Start a shadow; it catches up to `now()` at once. At most [`MAX_SHADOWS`]; an invalid
    /// policy set is refused with its message.
    pub fn add_shadow(&mut self, spec: ShadowSpec) -> Result<(), SpecError> {
        if self.shadows.len() >= MAX_SHADOWS {
            return Err(SpecError::TooManyShadows(MAX_SHADOWS));
        }
        if let ShadowSpec::Policies { policies, .. } = &spec {
            for p in policies {
                crate::policy_spec::validate_policy(p).map_err(|e| SpecError::ShadowPolicy(e.message))?;
            }
        }
        let (sc, size) = self.shadow_scenario(&spec);
        let mut sim = Sim::new(sc);
        self.replay_outside(&mut sim);
        sim.run_until(self.t);
        self.shadows.push(Shadow { spec, size, sim: Box::new(sim) });
        Ok(())
    }

    /// The scenario a shadow runs from t = 0: this run's settings with the shadow's fleet, the
    /// traffic it started with and every traffic change lived so far as timed events; and the
    /// fixed size, if any.
    pub(crate) fn shadow_scenario(&self, spec: &ShadowSpec) -> (crate::scenario::Scenario, Option<u32>) {
        let mut sc = self.sc.clone();
        let size = match spec {
            ShadowSpec::Fixed { basis, n } => {
                let n = n.unwrap_or_else(|| self.fixed_size(*basis)).clamp(0, limits::MAX_SIZE.hi);
                sc.group.min = n;
                sc.group.max = n;
                sc.group.desired = Some(n);
                sc.policies.clear();
                Some(n)
            }
            ShadowSpec::Policies { policies, .. } => {
                sc.policies = policies.clone();
                None
            }
        };
        sc.traffic = self.replay.initial_traffic.clone();
        sc.events = self.replay.events().collect();
        (sc, size)
    }

    /// Stop shadow `k` (nothing if there is none).
    pub fn remove_shadow(&mut self, k: usize) {
        if k < self.shadows.len() {
            self.shadows.remove(k);
        }
    }

    /// Stop every shadow.
    pub fn clear_shadows(&mut self) {
        self.shadows.clear();
    }

    /// Take the shadows out (to keep some while the set changes: [`Sim::put_shadow`]).
    pub fn take_shadows(&mut self) -> Vec<Shadow> {
        std::mem::take(&mut self.shadows)
    }

    /// Put back a shadow taken out at this same simulated time (it is still in lockstep).
    pub fn put_shadow(&mut self, shadow: Shadow) {
        if shadow.sim.now() == self.t && self.shadows.len() < MAX_SHADOWS {
            self.shadows.push(shadow);
        }
    }

    /// A traffic command reached the live run at `now()`: the shadows, at the same second,
    /// get it too.
    pub(crate) fn forward_traffic(&mut self, cmd: &Command) {
        if matches!(cmd, Command::SetTrafficOverride(_) | Command::SetTrafficPattern(_) | Command::Spike { .. }) {
            for s in &mut self.shadows {
                let _ = s.sim.apply(cmd.clone());
            }
        }
    }

    /// The live run finished second `now() − 1` with `rate` [req/s] and `arrivals` [count]:
    /// the shadows do the same second on the same arrivals.
    #[inline]
    pub(crate) fn tick_shadows(&mut self, rate: f64, arrivals: u64) {
        for s in &mut self.shadows {
            s.sim.tick_fed(Some((rate, arrivals)));
        }
    }
}
