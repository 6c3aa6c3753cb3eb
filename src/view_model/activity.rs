//! Rows of the activity history (`src/app/activity.rs`), newest first, and the fingerprint
//! that tells the list when to rebuild.

use crate::sim::Activity;
use crate::view_model::clock::format_utc;
use crate::view_model::i18n::{why_text, Lang};

/// One activity-history row (newest first in the list).
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityRow {
    pub id: u64,
    /// `2026-01-01 09:03:00 UTC`
    pub start: String,
    pub status: String,
    pub description: String,
    pub cause: String,
    pub why: String,
}

/// The newest `limit` activities as rows; `start_utc_s` is the scenario's clock start. The
/// "why" is in `lang`; AWS's status, description and cause stay English as in the console.
pub fn activity_rows<'a>(
    lang: Lang,
    items: impl Iterator<Item = &'a Activity>,
    start_utc_s: i64,
    limit: usize,
) -> Vec<ActivityRow> {
    items
        .take(limit)
        .map(|a| ActivityRow {
            id: a.id,
            start: format_utc(start_utc_s + a.start_s as i64),
            status: a.status.to_string(),
            description: a.description.clone(),
            cause: a.cause.clone(),
            why: why_text(lang, &a.why),
        })
        .collect()
}

/// A cheap fingerprint of the newest `limit` activities (ids, statuses, ends): the list is
/// rebuilt only when it changes, not on every frame.
pub fn activity_revision<'a>(items: impl Iterator<Item = &'a Activity>, limit: usize) -> u64 {
    items.take(limit).fold(0xcbf2_9ce4_8422_2325, |h, a| {
        let status = match a.status {
            crate::sim::ActivityStatus::InProgress => 1,
            crate::sim::ActivityStatus::Successful => 2,
            crate::sim::ActivityStatus::Failed => 3,
            crate::sim::ActivityStatus::Cancelled => 4,
        };
        [a.id, status, a.end_s.map_or(0, |e| e + 1)].iter().fold(h, |h, v| (h ^ v).wrapping_mul(0x0100_0000_01b3))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Scenario, Sim};

    #[test]
    fn rows_from_a_real_run() {
        let mut sim = Sim::new(Scenario::default());
        sim.step(600);
        let start = sim.scenario().start_utc_s;
        let rows = activity_rows(Lang::En, sim.activities(), start, 3);
        assert!(!rows.is_empty() && rows.len() <= 3);
        assert!(rows.windows(2).all(|w| w[0].id > w[1].id), "newest first");
        assert!(rows[0].start.ends_with(" UTC"));
    }

    #[test]
    fn a_new_activity_changes_the_revision() {
        let mut sim = Sim::new(Scenario { events: vec![], ..Scenario::default() });
        sim.step(600);
        let rev = activity_revision(sim.activities(), 3);
        assert_eq!(rev, activity_revision(sim.activities(), 3));
        let id = sim.snapshot().instances[0].id;
        sim.apply(crate::sim::Command::Stress { instance: id, duration_s: 600, workers: 1 }).unwrap();
        assert_ne!(activity_revision(sim.activities(), 3), rev, "a new activity changes the revision");
    }
}
