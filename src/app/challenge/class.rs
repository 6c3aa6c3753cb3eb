//! The class results page: hand-in links pasted or dropped as a text file, one a line, each
//! replayed and graded in this browser a slice at a time between frames (`frames.rs`), with a
//! progress bar, as a table with flags and a CSV. Nothing leaves the browser. The reading,
//! grading and flags are `view_model::class`.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::frames::{in_frames, SLICE_S};
use crate::app::parts::{part, Part, PartPanel};
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::view_model::class::{csv, flag, links, ClassRow, Grading, MAX_FILE_BYTES};
use crate::view_model::i18n::{fill, Lang, Text};

/// Reads a dropped or chosen file of links into `text` (a size check first; the file is
/// never read past it), or says why not in `msg`.
fn read_file(file: web_sys::File, lang: Lang, text: RwSignal<String>, msg: RwSignal<String>) {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES as f64 {
        msg.set(fill(lang, Text::ClassFileTooBig, &[("name", &name), ("n", &(MAX_FILE_BYTES / 1024))]));
        return;
    }
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
            Some(t) => {
                msg.set(String::new());
                text.set(t);
            }
            None => msg.set(fill(lang, Text::ClassFileNotText, &[("name", &name)])),
        }
    });
}

/// The class results panel, open when the page's address ends in `#class`: its body, a part of
/// its own (`app::parts`), is built when the panel is first opened, and kept when it is closed.
#[component]
pub fn ClassResults() -> impl IntoView {
    let open = window().location().hash().is_ok_and(|h| h == "#class");
    view! { <PartPanel class="class-results" id="class" testid="class" title=Text::ClassTitle part=CLASS_BODY open=open /> }
}

/// The body, a part of its own (`app::parts`).
const CLASS_BODY: Part =
    part!("class-results", false, class_results, class_results_part, view! { <ClassBody /> }.into_any());

/// What the class results panel holds: the links, grading, the table and the CSV.
#[component]
fn ClassBody() -> impl IntoView {
    let lab = use_lab();
    let text = RwSignal::new(String::new());
    let msg = RwSignal::new(String::new());
    let rows = RwSignal::new(Vec::<ClassRow>::new());
    let total = RwSignal::new(0usize);
    // where the hand-in being replayed is [0–1]
    let part = RwSignal::new(0.0f64);
    let busy = RwSignal::new(false);
    let start = move |_| {
        if busy.get_untracked() {
            return;
        }
        let lang = lab.lang.get_untracked();
        let mut queue = links(&text.get_untracked());
        queue.reverse();
        total.set(queue.len());
        rows.set(Vec::new());
        busy.set(true);
        let current: Rc<RefCell<Option<Grading>>> = Rc::new(RefCell::new(None));
        in_frames(move || {
            let mut cur = current.borrow_mut();
            match cur.as_mut() {
                None => match queue.pop() {
                    Some(q) => *cur = Some(Grading::start(lang, &q)),
                    None => {
                        rows.update(|r| flag(lang, r));
                        busy.set(false);
                        return true;
                    }
                },
                Some(g) if !g.done() => {
                    let (now, end) = g.progress();
                    g.advance(now + SLICE_S);
                    part.set(if end > 0 { (now + SLICE_S).min(end) as f64 / end as f64 } else { 1.0 });
                }
                Some(_) => {
                    if let Some(g) = cur.take() {
                        let row = g.finish(lang);
                        rows.update(|r| r.push(row));
                        part.set(0.0);
                    }
                }
            }
            false
        });
    };
    let download = move |_| {
        let _ = crate::app::exports::download(
            "class-results.csv",
            "text/csv",
            &csv(lab.lang.get_untracked(), &rows.get_untracked()),
        );
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(f) = ev.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)) {
            read_file(f, lab.lang.get_untracked(), text, msg);
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(f) = input.and_then(|i| i.files()).and_then(|l| l.get(0)) {
            read_file(f, lab.lang.get_untracked(), text, msg);
        }
    };
    let lang = move || lab.lang.get();
    view! {
            <p class="muted"><Tr k=Text::ClassLocal /></p>
            <div class="drop-zone" data-testid="class-drop" on:dragover=|ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
                <label class="field"><span><Tr k=Text::ClassPaste /></span>
                    <textarea rows="5" data-testid="class-links" prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                </label>
                <label class="field"><span><Tr k=Text::ClassDrop /></span>
                    <input type="file" accept=".txt,.csv,text/plain,text/csv" data-testid="class-file" on:change=on_pick />
                </label>
                <p class="field-msg" role="alert" data-testid="class-file-msg" hidden=move || msg.with(String::is_empty)>{move || msg.get()}</p>
            </div>
            <button class="primary" data-testid="class-grade" on:click=start prop:disabled=move || busy.get()><Tr k=Text::ClassGrade /></button>
            <progress data-testid="class-bar" max="1" hidden=move || total.get() == 0
                prop:value=move || if total.get() == 0 { 0.0 } else { (rows.with(Vec::len) as f64 + part.get()) / total.get() as f64 }></progress>
            <p data-testid="class-progress" aria-live="polite">
                {move || fill(lang(), Text::ClassProgress, &[("n", &rows.with(Vec::len)), ("all", &total.get())])}
            </p>
            <super::class_table::ClassTable rows=rows />
            <button data-testid="class-csv" on:click=download hidden=move || rows.with(Vec::is_empty) || busy.get()>
                <Tr k=Text::ClassCsv />
            </button>
    }
}
