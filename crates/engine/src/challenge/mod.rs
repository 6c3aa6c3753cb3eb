//! Challenges: a run with rules, graded by replaying it (docs/aws-behaviour.md §12
//! "Challenges").
//!
//! ```text
//!   Challenge { scenario (traffic, faults as events), horizon, knobs, goals }
//!        + the learner's changes [(second, Command)]      (a hand-in link carries them)
//!        │  check: every change touches a knob the challenge allows, else refused
//!        ▼
//!   Sim::new(scenario) ─ run to each change's second, apply it ─ run to the horizon
//!        │  (goals sampled on the way: "back at min by t" at t)
//!        ▼
//!   Grade: each goal's value, met or missed, its weight; the score
//! ```
//!
//! Nothing a link claims is read as a result: the grade is always this replay's.

mod goal;
mod grade;
mod knob;
mod replaying;
mod spec;

pub use goal::{Goal, GoalKind, GoalStatus};
pub use grade::{check, grade_run, statuses, GoalResult, Grade, Refusal};
pub use knob::{knob_of, Knob};
pub use replaying::{grade, play, Replaying};
pub use spec::{Challenge, Changes, MAX_CHANGES, MAX_GOALS, MAX_HORIZON_S};
