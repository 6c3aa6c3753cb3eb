//! Activity history, newest first: the console's status, description and cause, plus the
//! plain-language "why" of each decision. The lab's own entries (a `stress` run, a fault, a
//! note on a decision) carry a "Lab" badge instead of an AWS status and can be hidden, since
//! AWS lists only launches and terminations.

use leptos::prelude::*;

use crate::app::widgets::Tr;

use crate::app::state::use_lab;
use crate::view_model::activity::{activity_revision, activity_rows, ActivityRow};
use crate::view_model::i18n::Text;

/// Rows shown; the engine keeps more.
const SHOWN: usize = 50;

/// The activity history panel, newest first; a checkbox hides the lab's own entries.
#[component]
pub fn ActivityHistory() -> impl IntoView {
    let lab = use_lab();
    let revision = Memo::new(move |_| {
        lab.snapshot.track();
        lab.with_sim(|sim| activity_revision(sim.activities(), SHOWN))
    });
    let aws_only = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        // Read, not only tracked: a memo recomputes only when read.
        revision.get();
        let lang = lab.lang.get();
        let start = lab.snapshot.with_untracked(|s| s.clock_utc_s - s.t as i64);
        let rows = lab.with_sim(|sim| activity_rows(lang, sim.activities(), start, SHOWN));
        if aws_only.get() {
            rows.into_iter().filter(|r| r.aws).collect()
        } else {
            rows
        }
    });
    view! {
        <section class="panel activity" aria-labelledby="activity-h">
            <h2 id="activity-h"><Tr k=Text::ActivityHistory /></h2>
            <label class="activity-filter">
                <input type="checkbox" data-testid="activity-aws-only"
                    prop:checked=move || aws_only.get()
                    on:change=move |ev| aws_only.set(event_target_checked(&ev)) />
                " " <Tr k=Text::AwsOnly />
            </label>
            // What a "lab" row is, shown once (a touch screen cannot hover a row's title).
            <p class="muted activity-legend" hidden=move || rows.with(|r| r.iter().all(|r| r.aws))>
                <Tr k=Text::LabEntryHint />
            </p>
            <p class="muted" hidden=move || rows.with(|r| !r.is_empty())><Tr k=Text::NoActivity /></p>
            <ol class="activity-list" data-testid="activity-list">
                <For each=move || rows.get() key=|r| (r.id, r.status.clone(), r.why.clone()) let(r)>
                    <ActivityItem row=r />
                </For>
            </ol>
        </section>
    }
}

#[component]
fn ActivityItem(row: ActivityRow) -> impl IntoView {
    let lab = use_lab();
    let (item_class, status_class) = if row.aws {
        ("activity-item", format!("status {}", row.status.to_ascii_lowercase()))
    } else {
        ("activity-item lab", "status lab".to_string())
    };
    let hint = move || {
        if row.aws {
            String::new()
        } else {
            crate::view_model::i18n::tr(lab.lang.get(), Text::LabEntryHint).to_string()
        }
    };
    view! {
        <li class=item_class data-testid="activity-item" data-origin=if row.aws { "aws" } else { "lab" } title=hint>
            <div class="activity-head">
                <span class=status_class>{row.status.clone()}</span>
                <span class="activity-desc" data-testid="activity-desc">{row.description.clone()}</span>
                <time class="muted">{row.start.clone()}</time>
            </div>
            <p class="activity-why" data-testid="activity-why">{row.why.clone()}</p>
            <details>
                <summary><Tr k=Text::Cause /></summary>
                <p class="activity-cause">{row.cause.clone()}</p>
            </details>
        </li>
    }
}
