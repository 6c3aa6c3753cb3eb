//! Real time in the page: `performance.now()`, and how often the guided lab's views re-read
//! the account while time runs.

pub(super) fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// While time runs, the guided lab's views (checklist, resources and their costs, diagram,
/// browser pane, terminal) re-read the account at most this often [ms], unless something
/// happened (an event for the checklist, a terminal line, a request): re-reading on every
/// frame cost about 1 ms of layout and paint a frame (step 6 at 600×).
pub const ACCOUNT_VIEW_MS: f64 = 200.0;

/// When time last made the views re-read the account, and what had happened by then.
#[derive(Clone, Copy, Debug, Default)]
pub struct AccountPace {
    /// performance.now() of that re-read [ms]
    pub(super) at_ms: f64,
    /// (events, terminal lines, requests) then [count]
    pub(super) seen: (usize, usize, usize),
}
