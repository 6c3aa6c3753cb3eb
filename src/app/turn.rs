//! `turn_memo`: a value read from the engine snapshot that, while time runs, refreshes only on
//! its turn — one frame in [`TILE_PHASES`](super::turns::TILE_PHASES), chosen by `key` (see
//! [`Turns::my_turn`](super::turns::Turns::my_turn)) — and only notifies its readers when it changed.
//!
//! At 600× the snapshot changes every frame; a number nobody can read at 60 Hz still costs a
//! text update, a layout and a paint each frame. Spread over turns, each frame refreshes a few
//! readouts instead of all of them. After a command, a step or a jump every value refreshes
//! at once, and a language switch refreshes it on the next frame whatever its turn.

use leptos::prelude::*;

use super::state::Lab;
use crate::sim::Snapshot;
use crate::view_model::i18n::Lang;

/// The turns of the page's readouts: each group refreshes on its own frame of the cycle, so
/// no frame refreshes them all (tiles take their turn from their instance id).
pub mod turns {
    /// the simulated clock and elapsed time
    pub const CLOCK: u64 = 0;
    /// the traffic readout
    pub const TRAFFIC: u64 = 2;
    /// the fleet's summary line and its membership (AZs, the instance picker)
    pub const FLEET: u64 = 3;
    /// the running cost
    pub const COST: u64 = 4;
    /// the clients and ALB boxes
    pub const ALB: u64 = 6;

    /// The lane of AZ `az` (its tiles or cells).
    pub fn lane(az: usize) -> u64 {
        [1, 5, 7][az % 3]
    }
}

/// A memo of `read(snapshot, language)` refreshed on turn `key` (see [`turns`]).
pub fn turn_memo<T>(lab: Lab, key: u64, read: impl Fn(&Snapshot, Lang) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Clone + Send + Sync + 'static,
{
    let made_in = StoredValue::new(None::<Lang>);
    Memo::new_owning(move |prev: Option<T>| {
        let lang = lab.lang.get();
        match prev {
            Some(p) if !lab.turns.my_turn(key) && made_in.get_value() == Some(lang) => {
                lab.snapshot.track();
                (p, false)
            }
            prev => {
                made_in.set_value(Some(lang));
                let now = lab.snapshot.with(|s| read(s, lang));
                let changed = prev.as_ref() != Some(&now);
                (now, changed)
            }
        }
    })
}
