//! The alarms table (state by text and colour, the console's expression) and the run summary.

use leptos::prelude::*;

use super::state::use_lab;
use crate::view_model::log::{alarm_rows, summary_rows};

#[component]
pub fn AlarmsTable() -> impl IntoView {
    let lab = use_lab();
    let rows = Memo::new(move |_| {
        lab.snapshot.track();
        let start = lab.snapshot.with_untracked(|s| s.clock_utc_s - s.t as i64);
        lab.with_sim(|sim| alarm_rows(sim.alarms(), start))
    });
    view! {
        <section class="panel alarms" aria-labelledby="alarms-h">
            <h2 id="alarms-h">"Alarms"</h2>
            <table class="alarm-table" data-testid="alarms-table">
                <thead><tr><th scope="col">"Name"</th><th scope="col">"State"</th><th scope="col">"Conditions"</th></tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|r| view! {
                        <tr data-testid="alarm-row">
                            <td class="alarm-name">{r.name}</td>
                            <td><span class=format!("alarm-state {}", r.class) data-testid="alarm-state">{r.state}</span>
                                <span class="muted">" "{r.since}</span></td>
                            <td data-testid="alarm-expression">{r.expression}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
pub fn RunSummary() -> impl IntoView {
    let lab = use_lab();
    let rows = Memo::new(move |_| {
        lab.data_version.track();
        lab.with_sim(|sim| summary_rows(&sim.summary()))
    });
    view! {
        <section class="panel summary" aria-labelledby="summary-h">
            <h2 id="summary-h">"Run summary"</h2>
            <dl class="summary-list" data-testid="run-summary">
                {move || rows.get().into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
        </section>
    }
}
