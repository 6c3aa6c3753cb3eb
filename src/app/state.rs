//! `Lab`: the one handle components share. It owns the engine (non-reactive) and exposes
//! what the views read as signals. Components never simulate; they call `Lab` methods.

use leptos::prelude::*;

use crate::share::{to_query_shared, Shared};
use crate::sim::journal::Journal;
use crate::sim::{Command, CommandError, Scenario, Sim, Snapshot};
use crate::view_model::clock::FrameClock;
use crate::view_model::i18n::Lang;

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
    /// The UI language.
    pub lang: RwSignal<Lang>,
    /// Whether simulated time advances on its own.
    pub playing: RwSignal<bool>,
    /// Simulated seconds per real second.
    pub speed: RwSignal<f64>,
    /// Bumped when a new one-minute metric period starts or the run changes: charts redraw
    /// on this, not on every frame — and at most every [`MIN_REDRAW_MS`] while time flies.
    pub data_version: RwSignal<u64>,
    /// `data_version` as chart `k` sees it ([`Lab::data_stage`]): while time runs, stage `k`
    /// catches up `k` frames after a bump, so the charts redraw on successive frames instead
    /// of all on one; a forced bump (a command, a step, a jump) reaches every stage at once.
    stages: [RwSignal<u64>; DATA_STAGES],
    /// The next stage to catch up (`DATA_STAGES` when all are current).
    next_stage: StoredValue<usize>,
    /// When `data_version` was last bumped [ms, performance.now()], and whether a bump is owed.
    last_bump: StoredValue<(f64, bool)>,
    /// Every command sent, as timed events: the run can be shared as a link and replayed.
    journal: StoredValue<Journal>,
    /// Bumped whenever the journal changes (the address bar follows it).
    pub journal_version: RwSignal<u64>,
    /// A simulated time to run to before the person takes over (a link's `t=`), and how far
    /// the run has got: shown as progress while it takes long.
    pub opening: RwSignal<Option<(u64, u64)>>,
    /// When the run in `opening` is a jump asked for in the header rather than a link's `t=`:
    /// the simulated time the jump started from [s] (for its progress).
    pub jumping: RwSignal<Option<u64>>,
    /// What the last JSON import did, as facts said in the current language (survives the
    /// rebuild; a preset clears it).
    pub load_notice: RwSignal<Option<crate::view_model::export::ImportOutcome>>,
    /// Bumped by "Reset": the views are built anew, so no control keeps a value typed into
    /// the run that was thrown away.
    pub run: RwSignal<u64>,
    /// Bumped when a new scenario (a preset, an import) replaces the run, not on "Reset": what
    /// the page's link asked for no longer applies, so its notice goes.
    pub loaded: RwSignal<u64>,
    /// Frames published while time runs, and whether the last publish must refresh every view
    /// at once (after a command, a step, a jump or a reset). See [`Lab::my_turn`].
    phase: StoredValue<(u64, bool)>,
}

/// While time runs, a fleet tile refreshes on one frame in this many (7.5 times a second at
/// 60 fps), its turn set by its instance id: the cost of 100 live tiles is spread over frames.
pub const TILE_PHASES: u64 = 8;

/// How many frames a chart redraw caused by time passing is spread over (one chart a frame).
pub const DATA_STAGES: usize = 6;

/// Simulated time run between two looks at the clock while fast-forwarding [s].
pub const OPEN_STEP_S: u64 = 1800;

/// Real time a frame may spend fast-forwarding before it shows progress [ms].
pub const OPEN_BUDGET_MS: f64 = 12.0;

/// Shortest real time between two chart redraws caused by simulated time passing [ms]. Up to
/// 120× a new minute of data arrives at most twice a second, so every minute is drawn; at
/// 600× (a minute every 100 ms) two redraws a second still move a 1-hour chart smoothly, and
/// each redraw (six charts on six frames) is the heaviest frame there is: at four a second they
/// were a third of all frames and set the frame-time p95.
pub const MIN_REDRAW_MS: f64 = 500.0;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
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
            lang: RwSignal::new(Lang::default()),
            speed: RwSignal::new(speed),
            data_version: RwSignal::new(0),
            stages: std::array::from_fn(|_| RwSignal::new(0)),
            next_stage: StoredValue::new(DATA_STAGES),
            last_bump: StoredValue::new((f64::NEG_INFINITY, false)),
            phase: StoredValue::new((0, true)),
            run: RwSignal::new(0),
            loaded: RwSignal::new(0),
            load_notice: RwSignal::new(None),
            journal: StoredValue::new(Journal::new()),
            journal_version: RwSignal::new(0),
            opening: RwSignal::new(None),
            jumping: RwSignal::new(None),
        }
    }

    /// Runs to simulated time `t` [s] over the next frames (a shared link's `t=`): each frame
    /// runs for about [`OPEN_BUDGET_MS`], so the page stays responsive and shows progress.
    pub fn open_at(&self, t: u64) {
        if t > self.now_untracked() {
            self.jumping.set(None);
            self.opening.set(Some((self.now_untracked(), t)));
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
            self.jumping.set(Some(now));
            self.opening.set(Some((now, t)));
        }
    }

    /// Called once per animation frame with the real time since the last one [ms].
    pub fn on_frame(&self, real_ms: f64) {
        self.catch_up_stage();
        // Opening a link at a later time runs even while paused.
        if let Some((_, target)) = self.opening.get_untracked() {
            let start = now_ms();
            let mut next = self.now_untracked();
            let minute_before = next / 60;
            while next < target && now_ms() - start < OPEN_BUDGET_MS {
                next = (next + OPEN_STEP_S).min(target);
                self.sim.update_value(|sim| sim.run_until(next));
            }
            let done = next >= target;
            // On the way, views refresh on their turns and charts at most as often as while
            // time runs; on arrival, everything at once.
            self.publish(if done { u64::MAX } else { minute_before });
            self.opening.set(if done { None } else { Some((next, target)) });
            if done {
                self.jumping.set(None);
            }
            return;
        }
        if !self.playing.get_untracked() {
            if self.last_bump.get_value().1 {
                self.bump(false);
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
            self.sim.update_value(|sim| sim.step(secs));
            self.publish(before);
        } else if self.last_bump.get_value().1 {
            self.bump(false);
        }
    }

    /// Advances simulated time by `seconds` at the person's request (a step or jump button)
    /// and publishes the new snapshot; charts redraw at once.
    pub fn step(&self, seconds: u64) {
        self.sim.update_value(|sim| sim.step(seconds));
        self.publish(u64::MAX);
    }

    /// Runs the simulation up to simulated time `t` [s] (no-op if already past it).
    pub fn run_until(&self, t: u64) {
        self.sim.update_value(|sim| sim.run_until(t));
        self.publish(u64::MAX);
    }

    /// Starts the run again from the scenario it began with.
    pub fn reset(&self) {
        self.restart(self.initial.get_value());
    }

    /// Starts a new run of `scenario` (a preset, an import): it becomes what "Reset" returns to.
    pub fn load(&self, scenario: Scenario) {
        self.restart(scenario);
        self.loaded.update(|n| *n += 1);
    }

    fn restart(&self, scenario: Scenario) {
        self.initial.set_value(scenario.clone());
        self.sim.set_value(Sim::new(scenario));
        self.journal.set_value(Journal::new());
        self.journal_version.update(|v| *v += 1);
        self.opening.set(None);
        self.jumping.set(None);
        self.clock.set_value(FrameClock::new(self.speed.get_untracked()));
        self.config.set(self.sim.with_value(|s| s.scenario().clone()));
        self.publish(u64::MAX);
        self.run.update(|r| *r += 1);
    }

    /// Sends a command to the engine at the current simulated time (like an API call), and
    /// records it in the journal (failed ones too: they fail again, identically, in a replay).
    pub fn apply(&self, cmd: Command) -> Result<(), CommandError> {
        let now = self.now_untracked();
        self.journal.update_value(|j| {
            j.record(now, &cmd);
        });
        self.journal_version.update(|v| *v += 1);
        let result = self.sim.try_update_value(|sim| sim.apply(cmd)).expect("the engine lives as long as the app");
        if result.is_ok() {
            self.config.set(self.sim.with_value(|s| s.scenario().clone()));
        }
        self.publish(u64::MAX);
        result
    }

    /// The scenario this run started from with every command since as a timed event: what
    /// `Sim::new` needs to replay the run.
    pub fn replay_scenario(&self) -> Scenario {
        self.journal.with_value(|j| j.replay_scenario(&self.initial.get_value()))
    }

    /// Commands not recorded because the journal was full (the link no longer replays all).
    pub fn journal_dropped(&self) -> usize {
        self.journal.with_value(Journal::dropped)
    }

    /// The query string (without `?`) that reproduces this run: the scenario it started from
    /// with every command since as a timed event, and with `at_now` the current time (`t=`).
    pub fn share_query(&self, at_now: bool, extra: &Shared) -> String {
        let scenario = self.replay_scenario();
        let open_at_s = if at_now { Some(self.now_untracked()).filter(|t| *t > 0) } else { None };
        let lang = Some(self.lang.get_untracked().code().to_string());
        to_query_shared(&Shared { scenario, open_at_s, lang, ..extra.clone() })
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

    /// Whether a view keyed by `key` refreshes on this publish: always after a command, step,
    /// jump or reset; otherwise on its turn, one frame in [`TILE_PHASES`]. Read untracked.
    pub fn my_turn(&self, key: u64) -> bool {
        let (frame, all) = self.phase.get_value();
        all || (frame + key).is_multiple_of(TILE_PHASES)
    }

    /// Publishes a new snapshot; asks for a chart redraw when the minute changed (throttled),
    /// or at once with `minute_before = u64::MAX` (after a command, a jump or a reset).
    fn publish(&self, minute_before: u64) {
        self.phase.update_value(|(frame, all)| {
            *frame += 1;
            *all = minute_before == u64::MAX;
        });
        let snap = self.sim.with_value(Sim::snapshot);
        let minute_after = snap.t / 60;
        self.snapshot.set(snap);
        if minute_before == u64::MAX {
            self.bump(true);
        } else if minute_after != minute_before || self.last_bump.get_value().1 {
            self.bump(false);
        }
    }

    /// Bumps `data_version` now if `force` or if the last bump is old enough; otherwise
    /// remembers that one is owed (paid on a later frame).
    fn bump(&self, force: bool) {
        let now = now_ms();
        let (last, _) = self.last_bump.get_value();
        if force || now - last >= MIN_REDRAW_MS {
            self.last_bump.set_value((now, false));
            self.data_version.update(|v| *v += 1);
            let v = self.data_version.get_untracked();
            let staged = if force { DATA_STAGES } else { 1 };
            for stage in &self.stages[..staged] {
                stage.set(v);
            }
            self.next_stage.set_value(staged);
        } else {
            self.last_bump.set_value((last, true));
        }
    }
}

impl Lab {
    /// `data_version` as the chart in position `k` sees it (tracked): see `stages`.
    pub fn data_stage(&self, k: usize) -> u64 {
        self.stages[k % DATA_STAGES].get()
    }

    /// Brings the next lagging stage up to `data_version` (one a frame).
    fn catch_up_stage(&self) {
        let k = self.next_stage.get_value();
        if k < DATA_STAGES {
            self.stages[k].set(self.data_version.get_untracked());
            self.next_stage.set_value(k + 1);
        }
    }
}

/// The `Lab` provided by the root component.
pub fn use_lab() -> Lab {
    expect_context::<Lab>()
}
