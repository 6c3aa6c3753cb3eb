//! The alarms list (state by text and colour, the console's expression) and the run summary.

use leptos::prelude::*;

use crate::app::widgets::Tr;

use super::redraw::STAGE_PANELS;
use crate::app::state::use_lab;
use crate::view_model::alarms::{alarm_revision, alarm_rows, monitoring_note};
use crate::view_model::i18n::Text;
use crate::view_model::summary::{scenario_price_notes, summary_rows};

/// The alarms panel: each alarm's state, the console's condition and since when, and which monitoring they read.
#[component]
pub fn AlarmsTable() -> impl IntoView {
    let lab = use_lab();
    let revision = Memo::new(move |_| {
        lab.snapshot.track();
        lab.with_sim(|sim| alarm_revision(sim.alarms()))
    });
    let rows = Memo::new(move |_| {
        // Read, not only tracked: a memo recomputes only when read.
        revision.get();
        let start = lab.snapshot.with_untracked(|s| s.clock_utc_s - s.t as i64);
        let lang = lab.lang.get();
        lab.with_sim(|sim| alarm_rows(lang, sim.alarms(), start))
    });
    view! {
        <section class="panel alarms" aria-labelledby="alarms-h">
            <h2 id="alarms-h"><Tr k=Text::Alarms /></h2>
            <p class="muted monitoring-note" data-testid="monitoring-note">
                {move || crate::view_model::i18n::tr(lab.lang.get(), monitoring_note(lab.scenario().monitoring))}
            </p>
            <ul class="alarm-list" data-testid="alarms-table">
                {move || rows.get().into_iter().map(|r| view! {
                    <li class="alarm" data-testid="alarm-row">
                        <div class="alarm-head">
                            <span class=format!("alarm-state {}", r.class) data-testid="alarm-state">{r.state}</span>
                            <span class="muted">{r.since}</span>
                        </div>
                        <p class="alarm-expression" data-testid="alarm-expression">{r.expression}</p>
                        <p class="alarm-name">{r.name}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The run summary panel: the run's figures so far and notes on the prices used.
#[component]
pub fn RunSummary() -> impl IntoView {
    let lab = use_lab();
    let rows = Memo::new(move |_| {
        lab.redraw.stage(STAGE_PANELS);
        let lang = lab.lang.get();
        lab.with_sim(|sim| summary_rows(lang, &sim.summary()))
    });
    view! {
        <section class="panel summary" aria-labelledby="summary-h">
            <h2 id="summary-h"><Tr k=Text::RunSummary /></h2>
            <dl class="summary-list" data-testid="run-summary">
                // Keyed by the term: while time runs only the values' texts change.
                <For each=move || rows.with(|r| r.iter().map(|(k, _)| *k).collect::<Vec<_>>()) key=|k| *k let(k)>
                    <dt>{k}</dt>
                    <dd>{move || rows.with(|r| r.iter().find(|(t, _)| *t == k).map(|(_, v)| v.clone()).unwrap_or_default())}</dd>
                </For>
            </dl>
            <ul class="price-notes muted" data-testid="price-notes">
                {move || {
                    let notes = scenario_price_notes(lab.lang.get(), &lab.scenario());
                    notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()
                }}
            </ul>
        </section>
    }
}
