//! `use_redraw`: the pacing of chart redraws. Charts redraw when a new one-minute metric
//! period starts or the run changes, not on every frame; while time flies at most every
//! [`MIN_REDRAW_MS`], and spread over successive frames ("stages") so that no frame redraws
//! every chart or panel. A forced redraw (a command, a step, a jump) reaches them all at once.
//! While time runs, a view off screen need not follow at all ([`Redraw::stage_shown`]): it
//! catches up when it scrolls into view, when time stops, or on a forced redraw.
//!
//! Part of [`Lab`](super::state::Lab), which calls [`Redraw::request`] when it publishes a
//! snapshot and [`Redraw::on_frame`] once per animation frame; charts and panels read
//! [`Redraw::stage`], views that must follow every bump at once [`Redraw::version`].

use leptos::prelude::*;

/// How many frames a redraw caused by time passing is spread over: one stage a frame, the six
/// charts ([`Redraw::stage`] of their position), then [`STAGE_COMPARE`], then
/// [`STAGE_PANELS`]. (With everything on the frame of the bump, that frame was the heaviest
/// of all and set the frame-time p95 at 600×.)
pub const DATA_STAGES: usize = 8;

/// The stage of the comparison panel (its four runs' summaries and sparklines).
pub const STAGE_COMPARE: usize = 6;

/// The stage of the run summary.
pub const STAGE_PANELS: usize = 7;

// Every chart has a stage of its own before the panels'.
const _: () = assert!(crate::view_model::charts::spec::CHARTS.len() <= STAGE_COMPARE);

/// Shortest real time between two chart redraws caused by simulated time passing [ms]. Up to
/// 120× a new minute of data arrives at most twice a second, so every minute is drawn; at
/// 600× (a minute every 100 ms) two redraws a second still move a 1-hour chart smoothly, and
/// each redraw (eight stages on eight frames) holds the heaviest frames there are: at four a second they
/// were a third of all frames and set the frame-time p95.
pub const MIN_REDRAW_MS: f64 = 500.0;

/// The redraw pacer (a `Copy` handle).
#[derive(Clone, Copy)]
pub struct Redraw {
    /// Bumped for every redraw.
    version: RwSignal<u64>,
    /// `version` as chart `k` sees it: while time runs, stage `k` catches up `k` frames after a
    /// bump; a forced bump reaches every stage at once.
    stages: [RwSignal<u64>; DATA_STAGES],
    /// The last `version` that was forced.
    forced: RwSignal<u64>,
    /// Whether simulated time advances on its own (the lab's `playing`).
    playing: RwSignal<bool>,
    /// The next stage to catch up (`DATA_STAGES` when all are current).
    next_stage: StoredValue<usize>,
    /// When `version` was last bumped [ms, performance.now()].
    last_bump_ms: StoredValue<f64>,
    /// A redraw is owed (asked for too soon after the last one).
    owed: StoredValue<bool>,
}

/// A new pacer (the lab makes one with its `playing` signal).
pub fn use_redraw(playing: RwSignal<bool>) -> Redraw {
    Redraw {
        version: RwSignal::new(0),
        stages: std::array::from_fn(|_| RwSignal::new(0)),
        forced: RwSignal::new(0),
        playing,
        next_stage: StoredValue::new(DATA_STAGES),
        last_bump_ms: StoredValue::new(f64::NEG_INFINITY),
        owed: StoredValue::new(false),
    }
}

impl Redraw {
    /// Tracked: changes on every redraw (views that follow all data, such as the alarms).
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// Tracked: the version as stage `k` sees it (a chart's stage is its position).
    pub fn stage(&self, k: usize) -> u64 {
        self.stages[k % DATA_STAGES].get()
    }

    /// A memo of [`Redraw::stage`] `k` for a view that need not follow it while it is off
    /// screen (`on_screen` false) and time runs: it then keeps the version it had, and
    /// follows again when it comes on screen, when time stops or when a bump is forced. (At
    /// 600× redrawing the charts and the comparison made the heaviest frames: issue 26.)
    pub fn stage_shown(&self, k: usize, on_screen: Signal<bool>) -> Memo<u64> {
        let this = *self;
        Memo::new(move |kept: Option<&u64>| {
            let v = this.stage(k);
            match kept {
                Some(&kept) if !on_screen.get() && this.playing.get() && this.forced.get() != v => kept,
                _ => v,
            }
        })
    }

    /// Asks for a redraw at `now_ms`: at once if `force`, else when the last is old enough
    /// (otherwise it is owed, paid by a later [`Redraw::on_frame`] or request).
    pub fn request(&self, force: bool, now_ms: f64) {
        if force || now_ms - self.last_bump_ms.get_value() >= MIN_REDRAW_MS {
            self.last_bump_ms.set_value(now_ms);
            self.owed.set_value(false);
            self.version.update(|v| *v += 1);
            let v = self.version.get_untracked();
            if force {
                self.forced.set(v);
            }
            let staged = if force { DATA_STAGES } else { 1 };
            for stage in &self.stages[..staged] {
                stage.set(v);
            }
            self.next_stage.set_value(staged);
        } else {
            self.owed.set_value(true);
        }
    }

    /// Is a redraw owed?
    pub fn owed(&self) -> bool {
        self.owed.get_value()
    }

    /// Once per animation frame: brings the next lagging stage up to date.
    pub fn on_frame(&self) {
        let k = self.next_stage.get_value();
        if k < DATA_STAGES {
            self.stages[k].set(self.version.get_untracked());
            self.next_stage.set_value(k + 1);
        }
    }
}
