//! "Import traffic": a trace file (picked, dropped, or pasted) read in the browser
//! (`trace_file.rs`), the learner's choices (what a value is, the period of plain numbers, the
//! CSV column, the start, a peak, looping), a preview and what the trace holds, then Apply:
//! the run starts over on it. Reading and building are `asg_trace`'s; the words the view
//! model's (`trace_import`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::trace_file::read_file;
use crate::app::parts::{part, Part, PartPanel};
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::trace::{build, read_all, Built, Format, Options, Per, Samples, TraceError};
use crate::view_model::i18n::{fill, Text};
use crate::view_model::trace_import::{built_lines, preview, trace_error_text, PREVIEW_H, PREVIEW_W};

/// The import panel, collapsed: its body, a part of its own (`app::parts`), is built when the
/// panel is first opened, and kept when it is closed.
#[component]
pub fn TraceImport() -> impl IntoView {
    view! { <PartPanel class="trace-import" testid="trace-import" title=Text::TraceTitle part=BODY /> }
}

/// The body, a part of its own (`app::parts`).
const BODY: Part =
    part!("trace-import", false, trace_import, trace_import_part, view! { <TraceImportBody /> }.into_any());

/// What the import panel holds: the file, the choices, the preview and Apply.
#[component]
fn TraceImportBody() -> impl IntoView {
    let lab = use_lab();
    let lang = move || lab.lang.get();
    let samples = RwSignal::new(None::<Result<Samples, TraceError>>);
    let paste = RwSignal::new(String::new());
    let reading = RwSignal::new(None::<f64>);
    let per = RwSignal::new(Per::Period);
    let period = RwSignal::new("60".to_string());
    let column = RwSignal::new("2".to_string());
    let own_start = RwSignal::new(true);
    let peak = RwSignal::new(String::new());
    let looped = RwSignal::new(false);
    let options = move || Options {
        per: per.get(),
        period_s: period.get().trim().parse().unwrap_or(0),
        own_start: own_start.get(),
        peak_rps: Some(peak.get())
            .filter(|p| !p.trim().is_empty())
            .map(|p| p.trim().replace(',', ".").parse().unwrap_or(f64::NAN)),
        looped: looped.get(),
    };
    let col = move || column.get_untracked().trim().parse::<usize>().ok().filter(|c| *c >= 2);
    let built = Memo::new(move |_| -> Option<Result<(Samples, Built), TraceError>> {
        let o = options();
        samples.with(|s| s.clone().map(|r| r.and_then(|s| build(&s, &o).map(|b| (s, b)))))
    });
    let take_file = move |f: web_sys::File| {
        reading.set(Some(0.0));
        leptos::task::spawn_local(async move {
            let r = read_file(f, col(), move |b| reading.set(Some(b))).await;
            reading.set(None);
            samples.set(Some(r));
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(f) = input.and_then(|i| i.files()).and_then(|l| l.get(0)) {
            take_file(f);
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(f) = ev.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)) {
            take_file(f);
        }
    };
    let read_paste = move |_| samples.set(Some(read_all(paste.get_untracked().as_bytes(), col())));
    let numbers = move || samples.with(|s| matches!(s, Some(Ok(x)) if x.format == Format::Numbers));
    let status = move || match (reading.get(), built.get()) {
        (Some(b), _) => vec![fill(lang(), Text::TraceReading, &[("mb", &format!("{:.1}", b / 1_048_576.0))])],
        (None, Some(Err(e))) => vec![trace_error_text(lang(), &e)],
        (None, Some(Ok((s, b)))) => built_lines(lang(), &s, &b),
        (None, None) => Vec::new(),
    };
    let apply = move |_| {
        if let Some(Ok((_, b))) = built.get_untracked() {
            lab.apply_trace(&b);
        }
    };
    view! {
            <p class="muted"><Tr k=Text::TraceIntro /></p>
            <div class="drop-zone" data-testid="trace-drop" on:dragover=|ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
                <label class="field"><span><Tr k=Text::TraceFile /></span>
                    <input type="file" data-testid="trace-file" accept=".json,.csv,.txt,.log,.gz,text/*,application/json,application/gzip" on:change=on_pick />
                </label>
                <label class="field"><span><Tr k=Text::TracePaste /></span>
                    <textarea rows="3" data-testid="trace-paste" prop:value=move || paste.get() on:input=move |ev| paste.set(event_target_value(&ev))></textarea>
                </label>
                <button data-testid="trace-read" on:click=read_paste><Tr k=Text::TraceRead /></button>
            </div>
            <super::trace_options::TraceOptions per=per period=period column=column own_start=own_start peak=peak looped=looped numbers=Signal::derive(numbers) />
            <div data-testid="trace-preview" hidden=move || !matches!(built.get(), Some(Ok(_)))>
                <svg class="trace-preview" viewBox=format!("0 0 {PREVIEW_W} {PREVIEW_H}") preserveAspectRatio="none" role="img"
                    aria-label=move || crate::view_model::i18n::tr(lang(), Text::TracePreview)>
                    <polyline fill="none" stroke="currentColor" stroke-width="1.2" vector-effect="non-scaling-stroke"
                        points=move || built.with(|b| match b { Some(Ok((_, b))) => preview(&b.trace), _ => String::new() }) />
                </svg>
            </div>
            <ul class="trace-status" data-testid="trace-status" role="status">
                {move || status().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
            </ul>
            <button class="primary" data-testid="trace-apply" prop:disabled=move || !matches!(built.get(), Some(Ok(_))) on:click=apply>
                <Tr k=Text::TraceApply />
            </button>
    }
}
