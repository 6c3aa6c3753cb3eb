//! Rows of the activity history (`src/app/activity.rs`), newest first, and the fingerprint
//! that tells the list when to rebuild.

use crate::clock::format_utc;
use crate::i18n::{tr, why_text, Lang, Text};
use asg_engine::{Activity, ActivityKind, ActivityStatus};

/// One activity-history row (newest first in the list).
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityRow {
    /// the activity's sequence number (unique, increasing)
    pub id: u64,
    /// `2026-01-01 09:03:00 UTC`
    pub start: String,
    /// AWS's activity history would list it (a launch or termination); otherwise it is the
    /// lab's own entry and `status` is the lab's badge, not an AWS status
    pub aws: bool,
    /// AWS's status (`Successful`, …) or, for the lab's entries, "Lab action" / "Lab note"
    /// (with "rejected" when the call failed), in `lang`
    pub status: String,
    /// AWS's description, e.g. "Launching a new EC2 instance: i-0…" (English, as in the console)
    pub description: String,
    /// AWS's cause text (English, as in the console)
    pub cause: String,
    /// why it happened, in plain words in `lang`
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
            aws: a.kind.listed_by_aws(),
            status: status_text(lang, a),
            description: a.description.clone(),
            cause: a.cause.clone(),
            why: why_text(lang, &a.why),
        })
        .collect()
}

/// AWS's status for what AWS lists, as the console of `lang` words it (성공, 진행 중, …); the
/// lab's badge for its own entries (docs/aws-behaviour.md §1 "Activity messages").
fn status_text(lang: Lang, a: &Activity) -> String {
    let badge = match a.kind {
        k if k.listed_by_aws() => {
            return tr(
                lang,
                match a.status {
                    ActivityStatus::Successful => Text::StatusSuccessful,
                    ActivityStatus::InProgress => Text::StatusInProgress,
                    ActivityStatus::Failed => Text::StatusFailed,
                    ActivityStatus::Cancelled => Text::StatusCancelled,
                },
            )
            .to_string()
        }
        ActivityKind::LabNote => tr(lang, Text::LabNote),
        _ => tr(lang, Text::LabAction),
    };
    if a.status == ActivityStatus::Failed {
        format!("{badge} · {}", tr(lang, Text::LabFailed))
    } else {
        badge.to_string()
    }
}

/// A cheap fingerprint of the newest `limit` activities (ids, statuses, ends): the list is
/// rebuilt only when it changes, not on every frame.
pub fn activity_revision<'a>(items: impl Iterator<Item = &'a Activity>, limit: usize) -> u64 {
    items.take(limit).fold(0xcbf2_9ce4_8422_2325, |h, a| {
        let status = match a.status {
            asg_engine::ActivityStatus::InProgress => 1,
            asg_engine::ActivityStatus::Successful => 2,
            asg_engine::ActivityStatus::Failed => 3,
            asg_engine::ActivityStatus::Cancelled => 4,
        };
        [a.id, status, a.end_s.map_or(0, |e| e + 1)].iter().fold(h, |h, v| (h ^ v).wrapping_mul(0x0100_0000_01b3))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::{Scenario, Sim};

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

    // docs/aws-behaviour.md §1 "Activity messages": AWS lists launches and terminations only;
    // the lab's stress run is shown as the lab's, never with an AWS status.
    #[test]
    fn lab_actions_are_not_shown_as_aws_activities() {
        let mut sim = Sim::new(Scenario::default()); // stress at t = 0, then scaling
        sim.step(600);
        let start = sim.scenario().start_utc_s;
        let rows = activity_rows(Lang::En, sim.activities(), start, 50);
        let stress = rows.iter().find(|r| r.description.starts_with("stress -c 1")).unwrap();
        assert!(!stress.aws);
        assert_eq!(stress.status, "Lab action");
        let launch = rows.iter().find(|r| r.description.starts_with("Launching a new EC2 instance")).unwrap();
        assert!(launch.aws);
        assert_eq!(launch.status, "Successful");
        let ko = activity_rows(Lang::Ko, sim.activities(), start, 50);
        assert!(ko.iter().any(|r| !r.aws && r.status == "실습 동작"));
        assert!(ko.iter().any(|r| r.aws && r.status == "성공"), "the Korean console's 성공");
        // a rejected call is the lab's, marked rejected
        let id = asg_engine::InstanceId(1);
        let _ = sim.apply(asg_engine::Command::Stress { instance: id, duration_s: 1, workers: 1 });
        let rows = activity_rows(Lang::En, sim.activities(), start, 1);
        assert_eq!((rows[0].aws, rows[0].status.as_str()), (false, "Lab action · rejected"));
    }

    #[test]
    fn a_new_activity_changes_the_revision() {
        let mut sim = Sim::new(Scenario { events: vec![], ..Scenario::default() });
        sim.step(600);
        let rev = activity_revision(sim.activities(), 3);
        assert_eq!(rev, activity_revision(sim.activities(), 3));
        let id = sim.snapshot().instances[0].id;
        sim.apply(asg_engine::Command::Stress { instance: id, duration_s: 600, workers: 1 }).unwrap();
        assert_ne!(activity_revision(sim.activities(), 3), rev, "a new activity changes the revision");
    }
}
