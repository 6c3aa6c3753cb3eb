//! The comparison panel ("why Auto Scaling"): the live group beside fixed fleets and another
//! policy on the same traffic — the verdict, one row per run with a demand/capacity
//! sparkline, the failures by cause, and the choices (sizes, the other policy).

use leptos::html::Section;
use leptos::prelude::*;
use leptos_use::use_element_visibility;

use super::redraw::STAGE_COMPARE;
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::sim::Basis;
use crate::view_model::compare::{
    alt_text, run_rows, runs, verdict, Alternative, CompareRun, RunRow, DEFAULT_RUNS, SPARK_H, SPARK_W,
};
use crate::view_model::i18n::{tr, Text};

/// The comparison panel: the live group beside fixed fleets and another policy on the same traffic.
#[component]
pub fn ComparePanel() -> impl IntoView {
    let lab = use_lab();
    let panel = NodeRef::<Section>::new();
    // The verdict is read out as it changes (aria-live), so it follows every redraw; the rows
    // wait while time runs and the panel is off screen.
    let verdict_text = Memo::new(move |_| {
        lab.redraw.stage(STAGE_COMPARE);
        lab.compare.track();
        let lang = lab.lang.get();
        lab.with_sim(|sim| verdict(lang, &runs(sim)))
    });
    let seen = lab.redraw.stage_shown(STAGE_COMPARE, use_element_visibility(panel));
    let data = Memo::new(move |_| {
        seen.get();
        lab.compare.track();
        let lang = lab.lang.get();
        lab.with_sim(|sim| run_rows(lang, &runs(sim)))
    });
    view! {
        <section class="panel compare" node_ref=panel aria-labelledby="compare-h" data-testid="compare-panel">
            <h2 id="compare-h"><Tr k=Text::ComparePanel /></h2>
            <p class="muted"><Tr k=Text::CompareIntro /></p>
            <p class="verdict" data-testid="compare-verdict" aria-live="polite">{move || verdict_text.get()}</p>
            <div class="compare-scroll">
                <table class="compare-table" data-testid="compare-table">
                    <thead><tr>
                        <th scope="col"><Tr k=Text::ColRun /></th>
                        <th scope="col"><Tr k=Text::ColCost /></th>
                        <th scope="col"><Tr k=Text::ColFailed /></th>
                        <th scope="col">"p99"</th>
                        <th scope="col"><Tr k=Text::ColAbove /></th>
                    </tr></thead>
                    <tbody>
                        <For each=move || data.with(|d| d.iter().map(|r| r.key).collect::<Vec<_>>()) key=|k| *k let(k)>
                            <CompareRow data=data key=k />
                        </For>
                    </tbody>
                </table>
            </div>
            <p class="muted legend"><Tr k=Text::ChartLegend /></p>
            <CompareChoices />
        </section>
    }
}

/// One run's row, kept while the run is shown (an open causes list stays open while time
/// runs): its texts, sparkline and causes follow `data`.
#[component]
fn CompareRow(data: Memo<Vec<RunRow>>, key: &'static str) -> impl IntoView {
    let field = move |f: fn(&RunRow) -> String| move || of_row(data, key, f);
    let area = field(|r| {
        if r.capacity.is_empty() {
            String::new()
        } else {
            format!("0,{SPARK_H} {} {SPARK_W},{SPARK_H}", r.capacity)
        }
    });
    let causes = move || of_row(data, key, |r| r.causes.clone());
    view! {
        <tr class=format!("run run-{key}") data-testid=format!("compare-{key}")>
            <th scope="row">
                <span data-testid="compare-label">{field(|r| r.label.clone())}</span>
                <svg class="spark" viewBox=format!("0 0 {SPARK_W} {SPARK_H}") preserveAspectRatio="none" aria-hidden="true">
                    <polygon class="capacity" points=area />
                    <polyline class="demand" points=field(|r| r.demand.clone()) />
                </svg>
                <details>
                    <summary><Tr k=Text::CausesTitle /></summary>
                    <ul class="causes" data-testid="compare-causes">
                        {move || causes().into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                    </ul>
                </details>
            </th>
            <td data-testid="compare-cost">{field(|r| r.cost.clone())}</td>
            <td data-testid="compare-failed">{field(|r| r.failed.clone())}</td>
            <td>{field(|r| r.p99.clone())}</td>
            <td>{field(|r| r.above.clone())}</td>
        </tr>
    }
}

/// `f` of the row of run `key` (its default once the run is gone).
fn of_row<T: Default>(data: Memo<Vec<RunRow>>, key: &str, f: impl FnOnce(&RunRow) -> T) -> T {
    data.with(|d| d.iter().find(|r| r.key == key).map(f).unwrap_or_default())
}

/// The runs in force, as the choices edit them.
fn runs_now(v: Option<Vec<CompareRun>>) -> Vec<CompareRun> {
    v.unwrap_or_else(|| DEFAULT_RUNS.to_vec())
}

/// Sizes of the two fixed fleets (empty = from the traffic) and the other policy.
#[component]
fn CompareChoices() -> impl IntoView {
    let lab = use_lab();
    let runs = move || runs_now(lab.compare.get());
    let size_of = move |b: Basis| {
        runs().iter().find_map(|r| match r {
            CompareRun::Fixed { basis, n } if *basis == b => Some(n.map(|n| n.to_string()).unwrap_or_default()),
            _ => None,
        })
    };
    let set_size = move |b: Basis, text: String| {
        let n = text.trim().parse::<u32>().ok().map(|n| n.min(crate::sim::limits::MAX_SIZE.hi));
        let mut v: Vec<CompareRun> = runs_now(lab.compare.get_untracked());
        v.retain(|r| !matches!(r, CompareRun::Fixed { basis, .. } if *basis == b));
        let at = if b == Basis::Average { 0 } else { v.len().min(1) };
        v.insert(at, CompareRun::Fixed { basis: b, n });
        lab.set_compare(Some(v));
    };
    let alt_now =
        move || runs().iter().find_map(|r| if let CompareRun::Alt(a) = r { Some(a.id()) } else { None }).unwrap_or("");
    let set_alt = move |id: String| {
        let mut v: Vec<CompareRun> = runs_now(lab.compare.get_untracked());
        v.retain(|r| !matches!(r, CompareRun::Alt(_)));
        if let Some(a) = Alternative::from_id(&id) {
            v.push(CompareRun::Alt(a));
        }
        lab.set_compare(Some(v));
    };
    let size_field = move |b: Basis, label: Text, testid: &'static str| {
        view! {
            <label class="field">
                <span><Tr k=label /></span>
                <input type="text" inputmode="numeric" size="4" data-testid=testid
                    placeholder=move || tr(lab.lang.get(), Text::SizeHint) aria-describedby="compare-size-hint"
                    prop:value=move || size_of(b).unwrap_or_default()
                    on:change=move |ev| set_size(b, event_target_value(&ev)) />
            </label>
        }
    };
    view! {
        <div class="compare-choices">
            {size_field(Basis::Average, Text::SizeAverage, "compare-size-avg")}
            {size_field(Basis::Peak, Text::SizePeak, "compare-size-peak")}
            <label class="field">
                <span><Tr k=Text::CompareWith /></span>
                <select data-testid="compare-policy" on:change=move |ev| set_alt(event_target_value(&ev))
                    prop:value=alt_now>
                    <option value="">{move || tr(lab.lang.get(), Text::CompareNoAlt)}</option>
                    {Alternative::ALL.into_iter().map(|a| view! {
                        <option value=a.id()>{move || tr(lab.lang.get(), alt_text(a))}</option>
                    }).collect_view()}
                </select>
            </label>
            // Shown, not a tooltip: a touch screen has no hover.
            <p class="muted compare-hint" id="compare-size-hint"><Tr k=Text::SizeHintLong /></p>
        </div>
    }
}
