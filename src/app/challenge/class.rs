//! The class results page: hand-in links pasted one a line, each replayed and graded in this
//! browser, one per animation frame with a progress line, as a table with flags and a CSV.
//! Nothing leaves the browser. The reading, grading and flags are `view_model::class`.

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::view_model::class::{csv, flag, grade_one, links, ClassRow};
use crate::view_model::i18n::{fill, Text};

/// The class results panel (collapsed until opened).
#[component]
pub fn ClassResults() -> impl IntoView {
    let lab = use_lab();
    let text = RwSignal::new(String::new());
    let rows = RwSignal::new(Vec::<ClassRow>::new());
    let total = RwSignal::new(0usize);
    // one hand-in a frame, so the page keeps painting while the class is graded
    let queue = StoredValue::new(Vec::<String>::new());
    fn next(queue: StoredValue<Vec<String>>, rows: RwSignal<Vec<ClassRow>>, lang: crate::view_model::i18n::Lang) {
        let Some(q) = queue.try_update_value(|v| if v.is_empty() { None } else { Some(v.remove(0)) }).flatten() else {
            rows.update(|r| flag(lang, r));
            return;
        };
        let row = grade_one(lang, &q);
        rows.update(|r| r.push(row));
        request_animation_frame(move || next(queue, rows, lang));
    }
    let start = move |_| {
        let qs = links(&text.get_untracked());
        total.set(qs.len());
        rows.set(Vec::new());
        queue.set_value(qs);
        let lang = lab.lang.get_untracked();
        request_animation_frame(move || next(queue, rows, lang));
    };
    let download = move |_| {
        let _ = crate::app::exports::download(
            "class-results.csv",
            "text/csv",
            &csv(lab.lang.get_untracked(), &rows.get_untracked()),
        );
    };
    let lang = move || lab.lang.get();
    view! {
        <details class="panel class-results" data-testid="class">
            <summary><Tr k=Text::ClassTitle /></summary>
            <p class="muted"><Tr k=Text::ClassLocal /></p>
            <label class="field"><span><Tr k=Text::ClassPaste /></span>
                <textarea rows="5" data-testid="class-links" prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </label>
            <button class="primary" data-testid="class-grade" on:click=start><Tr k=Text::ClassGrade /></button>
            <p data-testid="class-progress" aria-live="polite">
                {move || fill(lang(), Text::ClassProgress, &[("n", &rows.with(Vec::len)), ("all", &total.get())])}
            </p>
            <table class="class-table" data-testid="class-table">
                <thead><tr>
                    <th scope="col"><Tr k=Text::ClassName /></th>
                    <th scope="col"><Tr k=Text::ClassChallenge /></th>
                    <th scope="col"><Tr k=Text::ClassScore /></th>
                    <th scope="col"><Tr k=Text::ClassGoals /></th>
                    <th scope="col"><Tr k=Text::ClassFlags /></th>
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|r| view! {
                        <tr data-testid="class-row">
                            <td>{r.name}</td>
                            <td>{r.challenge}</td>
                            <td data-testid="class-score">{r.score.map(|s| format!("{s:.0}"))}</td>
                            <td>{r.goals.iter().map(|(g, m)| format!("{} {g}", if *m { "✓" } else { "✗" })).collect::<Vec<_>>().join(" · ")}</td>
                            <td data-testid="class-flags">{r.flags.join("; ")}{(!r.problems.is_empty()).then(|| format!(" ({})", r.problems.join("; ")))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <button data-testid="class-csv" on:click=download hidden=move || rows.with(Vec::is_empty)>
                <Tr k=Text::ClassCsv />
            </button>
        </details>
    }
}
