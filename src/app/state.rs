//! `Lab`: the one handle components share. It owns the engine (non-reactive) and exposes
//! what the views read as signals. Components never simulate; they call `Lab` methods.

use leptos::prelude::*;

use super::engine::Engine;
use super::fast_forward::{use_fast_forward, FastForward, OPEN_BUDGET_MS, OPEN_STEP_S};
use super::redraw::{use_redraw, Redraw};
use super::turns::{use_turns, Refresh, Turns};
use crate::sim::journal::Journal;
use crate::sim::{Command, CommandError, Scenario, Sim, Snapshot};
use crate::view_model::clock::FrameClock;
use crate::view_model::compare::{CompareRun, DEFAULT_RUNS};
use crate::view_model::i18n::Lang;

mod author;
mod challenge;
mod guided;
mod link;
mod pace;
mod playing;
mod trace;

use pace::now_ms;
pub use playing::Playing;

/// The handle every component shares: it owns the engine and exposes what the views read as signals.
#[derive(Clone, Copy)]
pub struct Lab {
    /// the ready-made exercise's engine, or the guided lab's account (`engine.rs`)
    engine: StoredValue<Engine>,
    /// The guided lab is running (the account and its steps are shown).
    pub guided: RwSignal<bool>,
    /// The guided lab's Auto Scaling group exists (the live console is shown).
    pub has_group: RwSignal<bool>,
    /// Bumped whenever the guided lab's account may have changed (its views re-read it).
    pub account_version: RwSignal<u64>,
    /// When time last made the guided lab's views re-read the account (`guided.rs`).
    account_pace: StoredValue<pace::AccountPace>,
    clock: StoredValue<FrameClock>,
    /// The scenario the run started from (what "Reset" returns to).
    initial: StoredValue<Scenario>,
    /// What the engine looked like after the last step; read by every view.
    pub snapshot: RwSignal<Snapshot>,
    /// The engine's current settings (changed by commands); read by the controls.
    config: RwSignal<Scenario>,
    /// The UI language.
    pub lang: RwSignal<Lang>,
    /// Whether simulated time advances on its own.
    pub playing: RwSignal<bool>,
    /// Simulated seconds per real second.
    pub speed: RwSignal<f64>,
    /// Chart redraw pacing.
    pub redraw: Redraw,
    /// Which readouts refresh on this frame.
    pub turns: Turns,
    /// Running to a later time over several frames (a link's `t=`, a long jump).
    pub forward: FastForward,
    /// Every command sent, as timed events: the run can be shared as a link and replayed.
    journal: StoredValue<Journal>,
    /// Bumped whenever the journal changes (the address bar follows it).
    pub journal_version: RwSignal<u64>,
    /// What the last JSON import did, as facts said in the current language (survives the
    /// rebuild; a preset clears it).
    pub load_notice: RwSignal<Option<crate::view_model::export::ImportOutcome>>,
    /// Bumped by "Reset": the views are built anew, so no control keeps a value typed into
    /// the run that was thrown away.
    pub run: RwSignal<u64>,
    /// Bumped when a new scenario (a preset, an import) replaces the run, not on "Reset": what
    /// the page's link asked for no longer applies, so its notice goes.
    pub loaded: RwSignal<u64>,
    /// The runs compared with the live group (`cmp=`); None = the default ones.
    pub compare: RwSignal<Option<Vec<CompareRun>>>,
    /// No panel shows the comparison (an embed without it): run no shadows.
    compare_hidden: StoredValue<bool>,
    /// The runs the engine's shadows stand for, in its order.
    running: StoredValue<Vec<CompareRun>>,
    /// The challenge being played, if any (`challenge.rs`), its run so far, and its grade
    /// once the horizon is reached.
    pub challenge: RwSignal<Option<Playing>>,
    playing_run: StoredValue<playing::ChallengeRun>,
    grade: RwSignal<Option<crate::sim::challenge::Grade>>,
}

impl Lab {
    /// A lab running `scenario` from its start: playing at 10×, in the default language.
    pub fn new(scenario: Scenario) -> Self {
        let sim = Sim::new(scenario.clone());
        let speed = 10.0;
        let playing = RwSignal::new(true);
        Self {
            snapshot: RwSignal::new(sim.snapshot()),
            config: RwSignal::new(sim.scenario().clone()),
            engine: StoredValue::new(Engine::Run(sim)),
            guided: RwSignal::new(false),
            has_group: RwSignal::new(true),
            account_version: RwSignal::new(0),
            account_pace: StoredValue::new(pace::AccountPace::default()),
            clock: StoredValue::new(FrameClock::new(speed)),
            initial: StoredValue::new(scenario),
            playing,
            lang: RwSignal::new(Lang::default()),
            speed: RwSignal::new(speed),
            redraw: use_redraw(playing),
            turns: use_turns(),
            forward: use_fast_forward(),
            run: RwSignal::new(0),
            loaded: RwSignal::new(0),
            load_notice: RwSignal::new(None),
            journal: StoredValue::new(Journal::new()),
            journal_version: RwSignal::new(0),
            compare: RwSignal::new(None),
            compare_hidden: StoredValue::new(false),
            running: StoredValue::new(Vec::new()),
            challenge: RwSignal::new(None),
            playing_run: StoredValue::new(Default::default()),
            grade: RwSignal::new(None),
        }
    }

    /// Whether any panel shows the comparison; shadows run only if one does.
    pub fn set_compare_shown(&self, shown: bool) {
        self.compare_hidden.set_value(!shown);
    }

    /// Shows `runs` beside the live group (None = the default ones): runs already shown go on
    /// as they are (a fixed fleet keeps its size); new ones start and catch up to now once
    /// (`crate::sim::Sim::add_shadow`).
    pub fn set_compare(&self, runs: Option<Vec<CompareRun>>) {
        self.compare.set(runs);
        self.start_shadows();
        self.journal_version.update(|v| *v += 1);
        self.publish(Refresh::All);
    }

    fn start_shadows(&self) {
        let runs = match self.compare_hidden.get_value() {
            true => Vec::new(),
            false => self.compare.get_untracked().unwrap_or_else(|| DEFAULT_RUNS.to_vec()),
        };
        let mut old_runs = self.running.get_value();
        let mut now_running = Vec::new();
        let mut fixed_now = false;
        self.engine.update_value(|e| {
            let sim = e.sim_mut();
            let mut old = sim.take_shadows();
            for mut r in runs {
                let started = match old_runs.iter().position(|o| *o == r) {
                    Some(k) if k < old.len() => {
                        old_runs.remove(k);
                        sim.put_shadow(old.remove(k));
                        true
                    }
                    _ => sim.add_shadow(r.spec()).is_ok(),
                };
                // A size computed from the traffic so far (not at the start) is written down,
                // so that the link reopens the same fleet.
                if let (true, CompareRun::Fixed { basis, n: None }) = (started && sim.now() > 0, r) {
                    r = CompareRun::Fixed { basis, n: sim.shadows().last().and_then(|s| s.size) };
                    fixed_now = true;
                }
                if started {
                    now_running.push(r);
                }
            }
        });
        if fixed_now && !self.compare_hidden.get_value() {
            self.compare.set(Some(now_running.clone()));
        }
        self.running.set_value(now_running);
    }

    /// Runs to simulated time `t` [s] over the next frames (a shared link's `t=`): each frame
    /// runs for about [`OPEN_BUDGET_MS`], so the page stays responsive and shows progress.
    pub fn open_at(&self, t: u64) {
        if t > self.now_untracked() {
            self.forward.start(self.now_untracked(), t, false);
        }
    }

    /// A jump to simulated time `t` [s] from the header: at once when short, otherwise over
    /// the next frames like [`Lab::open_at`], with its own progress (a day of a 500-instance
    /// fleet takes most of a second; a week would freeze the page for seconds).
    pub fn jump_to(&self, t: u64) {
        let now = self.now_untracked();
        if t <= now + OPEN_STEP_S {
            self.run_until(t);
        } else {
            self.forward.start(now, t, true);
        }
    }

    /// Called once per animation frame with the real time since the last one [ms].
    pub fn on_frame(&self, real_ms: f64) {
        self.redraw.on_frame();
        // Opening a link at a later time runs even while paused.
        if let Some(target) = self.forward.target() {
            let start = now_ms();
            let mut next = self.now_untracked();
            let minute_before = next / 60;
            while next < target && now_ms() - start < OPEN_BUDGET_MS {
                next = (next + OPEN_STEP_S).min(target);
                self.engine.update_value(|e| e.run_until(next));
            }
            let done = next >= target;
            // On the way, views refresh on their turns and charts at most as often as while
            // time runs; on arrival, everything at once.
            self.publish(if done { Refresh::All } else { Refresh::Since { minute: minute_before } });
            self.forward.reached(next);
            return;
        }
        if !self.playing.get_untracked() {
            if self.redraw.owed() {
                self.redraw.request(false, now_ms());
            }
            return;
        }
        let speed = self.speed.get_untracked();
        let secs = self.clock.try_update_value(|c| {
            c.set_speed(speed);
            c.advance(real_ms)
        });
        if let Some(secs) = secs.filter(|s| *s > 0) {
            let before = self.now_untracked() / 60;
            self.engine.update_value(|e| e.step(secs));
            self.publish(Refresh::Since { minute: before });
        } else if self.redraw.owed() {
            self.redraw.request(false, now_ms());
        }
    }

    /// Advances simulated time by `seconds` at the person's request (a step or jump button)
    /// and publishes the new snapshot; charts redraw at once.
    pub fn step(&self, seconds: u64) {
        self.engine.update_value(|e| e.step(seconds));
        self.publish(Refresh::All);
    }

    /// Runs the simulation up to simulated time `t` [s] (no-op if already past it).
    pub fn run_until(&self, t: u64) {
        self.engine.update_value(|e| e.run_until(t));
        self.publish(Refresh::All);
    }

    /// Redraws every chart and panel at once, even those off screen (before a chart is
    /// exported as an image).
    pub fn redraw_all(&self) {
        self.redraw.request(true, now_ms());
    }

    /// Starts the run again from the scenario it began with.
    pub fn reset(&self) {
        if self.challenge.with_untracked(Option::is_some) {
            self.retry_challenge();
        } else if self.guided.get_untracked() {
            self.start_guided();
        } else {
            self.restart(self.initial.get_value());
        }
    }

    /// Starts a new run of `scenario` (a preset, an import): it becomes what "Reset" returns to.
    pub fn load(&self, scenario: Scenario) {
        // another scenario is not the challenge (`start_challenge` sets it again after)
        self.challenge.set(None);
        self.grade.set(None);
        self.restart(scenario);
        self.loaded.update(|n| *n += 1);
    }

    fn restart(&self, scenario: Scenario) {
        self.initial.set_value(scenario.clone());
        self.guided.set(false);
        self.restart_engine(Engine::Run(Sim::new(scenario)));
    }

    fn restart_engine(&self, engine: Engine) {
        self.has_group.set(engine.account().is_none_or(|a| a.group().is_some()));
        self.engine.set_value(engine);
        self.running.set_value(Vec::new());
        self.start_shadows();
        self.journal.set_value(Journal::new());
        self.journal_version.update(|v| *v += 1);
        self.forward.cancel();
        self.clock.set_value(FrameClock::new(self.speed.get_untracked()));
        self.config.set(self.with_sim(|s| s.scenario().clone()));
        self.publish(Refresh::All);
        self.run.update(|r| *r += 1);
    }

    /// Sends a command to the engine at the current simulated time (like an API call), and
    /// records it in the journal (failed ones too: they fail again, identically, in a replay).
    pub fn apply(&self, cmd: Command) -> Result<(), CommandError> {
        if self.guided.get_untracked() {
            // the guided lab's account records it (its link carries the account's log)
            let result = self.act(crate::sim::account::Action::Engine(cmd));
            if result.is_ok() {
                self.config.set(self.with_sim(|s| s.scenario().clone()));
            }
            return result.map_err(|e| e.error);
        }
        if let Some(refused) = self.challenge_refuses(&cmd) {
            return Err(refused);
        }
        let now = self.now_untracked();
        self.journal.update_value(|j| {
            j.record(now, &cmd);
        });
        self.journal_version.update(|v| *v += 1);
        let result = self
            .engine
            .try_update_value(|e| e.sim_mut().apply(cmd.clone()))
            .expect("the engine lives as long as the app");
        if result.is_ok() {
            self.record_change(now, &cmd);
            self.config.set(self.with_sim(|s| s.scenario().clone()));
        }
        self.publish(Refresh::All);
        result
    }

    /// The engine's current settings (tracked: re-runs when a command changes them).
    pub fn scenario(&self) -> Scenario {
        self.config.get()
    }

    /// The engine's current settings, untracked (reading them re-runs nothing).
    pub fn scenario_untracked(&self) -> Scenario {
        self.config.get_untracked()
    }

    /// Reads the engine (series, activity, alarms) without cloning it.
    pub fn with_sim<R>(&self, f: impl FnOnce(&Sim) -> R) -> R {
        self.engine.with_value(|e| f(e.sim()))
    }

    fn now_untracked(&self) -> u64 {
        self.snapshot.with_untracked(|s| s.t)
    }

    /// Publishes a new snapshot: views refresh as `refresh` says (see [`Turns`]), charts
    /// redraw at once after [`Refresh::All`], else when a new minute began (paced by
    /// [`Redraw`]).
    fn publish(&self, refresh: Refresh) {
        self.turns.advance(refresh);
        let snap = self.engine.with_value(Engine::snapshot);
        if self.guided.get_untracked() && self.account_view_due(refresh) {
            self.account_version.update(|v| *v += 1);
            let has = self.engine.with_value(|e| e.account().is_some_and(|a| a.group().is_some()));
            if has != self.has_group.get_untracked() {
                self.has_group.set(has);
            }
        }
        let minute_after = snap.t / 60;
        let (t, at_min) = (snap.t, snap.desired == snap.min);
        self.snapshot.set(snap);
        self.challenge_step(t, at_min);
        match refresh {
            Refresh::All => self.redraw.request(true, now_ms()),
            Refresh::Since { minute } if minute_after != minute || self.redraw.owed() => {
                self.redraw.request(false, now_ms())
            }
            Refresh::Since { .. } => {}
        }
    }
}

/// The `Lab` provided by the root component.
pub fn use_lab() -> Lab {
    expect_context::<Lab>()
}
