//! `stress` on an instance: a wizard-launched one or one of the group's (the console's
//! Actions menu and the terminal both start it).

use super::{beside, ec2, group, Account, AccountError};

/// Run `stress` with `workers` CPU workers for `duration_s` [s] on instance `id` (0 stops it).
pub(super) fn stress(acc: &mut Account, id: &str, duration_s: u64, workers: u32) -> Result<(), AccountError> {
    if acc.instance(id).is_some() {
        ec2::stress(acc, id, duration_s)?;
        beside::stress(acc, id, duration_s, workers);
        Ok(())
    } else {
        group::stress(acc, id, duration_s, workers)
    }
}
