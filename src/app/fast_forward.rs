//! `use_fast_forward`: running to a later simulated time over several frames, so the page
//! never freezes: a shared link's `t=` (the run opens there) and a long jump from the header.
//! Each frame runs for about [`OPEN_BUDGET_MS`] in steps of [`OPEN_STEP_S`] and shows progress.
//!
//! Part of [`Lab`](super::state::Lab), whose frame handler asks it for the next target.

use leptos::prelude::*;

/// Simulated time run between two looks at the clock while fast-forwarding [s].
pub const OPEN_STEP_S: u64 = 1800;

/// Real time a frame may spend fast-forwarding before it shows progress [ms].
pub const OPEN_BUDGET_MS: f64 = 12.0;

/// Where a fast-forward stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// simulated time reached [s]
    pub now: u64,
    /// simulated time to reach [s]
    pub target: u64,
    /// for a jump from the header, the time it started from [s] (None for a link's `t=`)
    pub jump_from: Option<u64>,
}

/// The fast-forward state (a `Copy` handle).
#[derive(Clone, Copy)]
pub struct FastForward {
    progress: RwSignal<Option<Progress>>,
}

/// A new, idle fast-forward (the lab makes one).
pub fn use_fast_forward() -> FastForward {
    FastForward { progress: RwSignal::new(None) }
}

impl FastForward {
    /// Tracked: the fast-forward under way, if any.
    pub fn progress(&self) -> Option<Progress> {
        self.progress.get()
    }

    /// Untracked: the time to reach, if a fast-forward is under way.
    pub fn target(&self) -> Option<u64> {
        self.progress.with_untracked(|p| p.map(|p| p.target))
    }

    /// Start running from `now` to `target` [s]; `jump` when the header asked for it.
    pub fn start(&self, now: u64, target: u64, jump: bool) {
        self.progress.set(Some(Progress { now, target, jump_from: jump.then_some(now) }));
    }

    /// The run reached `now` [s]; ends the fast-forward at its target.
    pub fn reached(&self, now: u64) {
        self.progress.update(|p| {
            if let Some(q) = p {
                q.now = now;
                if now >= q.target {
                    *p = None;
                }
            }
        });
    }

    /// Stop (a new run replaces this one).
    pub fn cancel(&self) {
        self.progress.set(None);
    }
}
