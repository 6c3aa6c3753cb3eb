//! Long work between frames: a replay (a hand-in, an author's run) done a slice at a time,
//! at most [`BUDGET_MS`] of each animation frame, so the page keeps painting and answering.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::request_animation_frame;

use crate::sim::challenge::{Grade, Replaying};

/// Work done in one frame at most [ms] (a 60 Hz frame is 16.7 ms; the rest is the page's).
pub const BUDGET_MS: f64 = 8.0;

/// Simulated seconds a slice replays [s] (well under a millisecond of work).
pub const SLICE_S: u64 = 600;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Calls `slice` until it returns true (finished), in frames of at most [`BUDGET_MS`]; a
/// slice that returns false is called again in the same frame while time is left.
pub fn in_frames(slice: impl FnMut() -> bool + 'static) {
    let work: Rc<RefCell<Box<dyn FnMut() -> bool>>> = Rc::new(RefCell::new(Box::new(slice)));
    frame(work);
}

fn frame(work: Rc<RefCell<Box<dyn FnMut() -> bool>>>) {
    request_animation_frame(move || {
        let start = now_ms();
        loop {
            if (work.borrow_mut())() {
                return;
            }
            if now_ms() - start >= BUDGET_MS {
                break;
            }
        }
        frame(work);
    });
}

/// Replays `r` to its horizon in frames ([`SLICE_S`] a slice), then hands `done` its grade.
pub fn replay_in_frames(r: Replaying, done: impl FnOnce(Grade) + 'static) {
    let r = Rc::new(RefCell::new(r));
    let mut done = Some(done);
    in_frames(move || {
        let mut r = r.borrow_mut();
        if !r.done() {
            let t = r.now() + SLICE_S;
            r.advance(t);
            return false;
        }
        if let Some(d) = done.take() {
            d(r.grade());
        }
        true
    });
}
