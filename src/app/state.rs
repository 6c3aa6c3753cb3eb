//! `Lab`: the one handle components share. It owns the engine (non-reactive) and exposes
//! what the views read as signals. Components never simulate; they call `Lab` methods.

use leptos::prelude::*;

use crate::sim::{Command, CommandError, Scenario, Sim, Snapshot};
use crate::view_model::clock::FrameClock;

#[derive(Clone, Copy)]
pub struct Lab {
    sim: StoredValue<Sim>,
    clock: StoredValue<FrameClock>,
    /// The scenario the run started from (what "Reset" returns to).
    initial: StoredValue<Scenario>,
    /// What the engine looked like after the last step; read by every view.
    pub snapshot: RwSignal<Snapshot>,
    /// The engine's current settings (changed by commands); read by the controls.
    config: RwSignal<Scenario>,
    /// Whether simulated time advances on its own.
    pub playing: RwSignal<bool>,
    /// Simulated seconds per real second.
    pub speed: RwSignal<f64>,
    /// Bumped when a new one-minute metric period starts or the run changes: charts redraw
    /// on this, not on every frame.
    pub data_version: RwSignal<u64>,
}

impl Lab {
    pub fn new(scenario: Scenario) -> Self {
        let sim = Sim::new(scenario.clone());
        let speed = 10.0;
        Self {
            snapshot: RwSignal::new(sim.snapshot()),
            config: RwSignal::new(sim.scenario().clone()),
            sim: StoredValue::new(sim),
            clock: StoredValue::new(FrameClock::new(speed)),
            initial: StoredValue::new(scenario),
            playing: RwSignal::new(true),
            speed: RwSignal::new(speed),
            data_version: RwSignal::new(0),
        }
    }

    /// Called once per animation frame with the real time since the last one [ms].
    pub fn on_frame(&self, real_ms: f64) {
        if !self.playing.get_untracked() {
            return;
        }
        let speed = self.speed.get_untracked();
        let secs = self.clock.try_update_value(|c| {
            c.set_speed(speed);
            c.advance(real_ms)
        });
        if let Some(secs) = secs.filter(|s| *s > 0) {
            self.step(secs);
        }
    }

    /// Advances simulated time by `seconds` and publishes the new snapshot.
    pub fn step(&self, seconds: u64) {
        let before = self.now_untracked() / 60;
        self.sim.update_value(|sim| sim.step(seconds));
        self.publish(before);
    }

    /// Runs the simulation up to simulated time `t` [s] (no-op if already past it).
    pub fn run_until(&self, t: u64) {
        let before = self.now_untracked() / 60;
        self.sim.update_value(|sim| sim.run_until(t));
        self.publish(before);
    }

    /// Starts the run again from the scenario it began with.
    pub fn reset(&self) {
        let scenario = self.initial.get_value();
        self.sim.set_value(Sim::new(scenario));
        self.config.set(self.sim.with_value(|s| s.scenario().clone()));
        self.publish(u64::MAX);
    }

    /// Sends a command to the engine at the current simulated time (like an API call).
    pub fn apply(&self, cmd: Command) -> Result<(), CommandError> {
        let result = self.sim.try_update_value(|sim| sim.apply(cmd)).expect("the engine lives as long as the app");
        if result.is_ok() {
            self.config.set(self.sim.with_value(|s| s.scenario().clone()));
        }
        self.publish(u64::MAX);
        result
    }

    /// The engine's current settings (tracked: re-runs when a command changes them).
    pub fn scenario(&self) -> Scenario {
        self.config.get()
    }

    pub fn scenario_untracked(&self) -> Scenario {
        self.config.get_untracked()
    }

    /// Reads the engine (series, activity, alarms) without cloning it.
    pub fn with_sim<R>(&self, f: impl FnOnce(&Sim) -> R) -> R {
        self.sim.with_value(f)
    }

    fn now_untracked(&self) -> u64 {
        self.snapshot.with_untracked(|s| s.t)
    }

    /// Publishes a new snapshot; bumps `data_version` when the minute changed (or always,
    /// with `minute_before = u64::MAX`, after a command or reset).
    fn publish(&self, minute_before: u64) {
        let snap = self.sim.with_value(Sim::snapshot);
        let minute_after = snap.t / 60;
        self.snapshot.set(snap);
        if minute_after != minute_before {
            self.data_version.update(|v| *v += 1);
        }
    }
}

/// The `Lab` provided by the root component.
pub fn use_lab() -> Lab {
    expect_context::<Lab>()
}
