//! Real traffic (issue 23): a file of request counts read to a trace the engine replays as
//! its traffic pattern (docs/aws-behaviour.md §13 "Formats"). Pure, like the engine: the app
//! hands it the file's bytes a chunk at a time (the browser unpacks gzip), the view model
//! words its errors.
//!
//! ```text
//!  file ─chunks─► reader (format from the first line) ─► Samples ─build(Options)─► Trace
//!                  ├ cloudwatch.rs  get-metric-data / get-metric-statistics JSON (json.rs)
//!                  ├ csv.rs         time + value, `,` `;` or tab, header or none
//!                  ├ alb.rs         access-log entries, counted per second
//!                  └ numbers        one a line, the period from the form
//! ```
//!
//! Every problem is a [`TraceError`] naming the line and what was expected; nothing is
//! built from a file with one.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod alb;
pub mod build;
pub mod cloudwatch;
pub mod csv;
pub mod error;
pub mod json;
pub mod reader;
pub mod time;

pub use build::{build, Built, Options, Per};
pub use error::{Problem, TraceError};
pub use reader::{read_all, Format, Reader, Samples};
