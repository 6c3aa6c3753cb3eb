//! `use_turns`: which views refresh on this frame. While time runs, a readout refreshes on one
//! frame in [`TILE_PHASES`], its turn set by a key (an instance id, or one of
//! [`turn::turns`](super::turn::turns)); after a command, a step, a jump or a reset every view
//! refreshes at once ([`Refresh::All`]).
//!
//! Part of [`Lab`](super::state::Lab), which advances it on every publish;
//! [`turn_memo`](super::turn::turn_memo) reads it.

use leptos::prelude::*;

/// While time runs, a fleet tile refreshes on one frame in this many (7.5 times a second at
/// 60 fps), its turn set by its instance id: the cost of 100 live tiles is spread over frames.
pub const TILE_PHASES: u64 = 8;

/// What a published snapshot asks of the views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refresh {
    /// Everything at once: after a command, a step, a jump or a reset.
    All,
    /// Time ran on: views on their turns, charts when a new minute began after `minute`
    /// (the simulated minute before this frame's steps).
    Since {
        /// the simulated minute before the step [min]
        minute: u64,
    },
}

/// The turn keeper (a `Copy` handle).
#[derive(Clone, Copy)]
pub struct Turns {
    /// Frames published so far [count].
    frame: StoredValue<u64>,
    /// The last publish refreshes every view.
    all: StoredValue<bool>,
}

/// A new turn keeper (the lab makes one).
pub fn use_turns() -> Turns {
    Turns { frame: StoredValue::new(0), all: StoredValue::new(true) }
}

impl Turns {
    /// A snapshot is being published.
    pub fn advance(&self, refresh: Refresh) {
        self.frame.update_value(|f| *f += 1);
        self.all.set_value(refresh == Refresh::All);
    }

    /// Whether a view keyed by `key` refreshes on this publish (read untracked).
    pub fn my_turn(&self, key: u64) -> bool {
        self.all.get_value() || (self.frame.get_value() + key).is_multiple_of(TILE_PHASES)
    }
}
