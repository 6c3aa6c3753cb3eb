//! Scaling policies and alarms as a scenario describes them (§2, §3, §4, §10): the settings
//! ([`spec`]), their cron schedules ([`cron`]) and the API's checks ([`validate`]).

mod cron;
mod spec;
mod validate;

pub use cron::Cron;
pub use spec::*;
pub use validate::{validate_policy, validate_steps, MAX_POLICIES};
