//! Step 6's terminal pane: the transcript, kept scrolled to the newest line, and a command
//! line (Enter runs it, ↑ and ↓ walk the lines typed before, Ctrl+C or its button stops a
//! foreground `stress`). Each line is a request to the account (`Action::Shell`).

use leptos::html;
use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::sim::account::Action;
use crate::view_model::i18n::{tr, Text};

#[component]
pub fn TerminalPane() -> impl IntoView {
    let lab = use_lab();
    let line = RwSignal::new(String::new());
    // lines typed here, oldest first, and where ↑/↓ is in them (None: a new line)
    let typed = RwSignal::new(Vec::<String>::new());
    let at = RwSignal::new(None::<usize>);
    let state = Memo::new(move |_| {
        lab.with_account(|a| (a.terminal.lines.clone(), a.terminal.prompt(), a.terminal.busy(), a.terminal.logged_in()))
            .unwrap_or_default()
    });
    let out = NodeRef::<html::Pre>::new();
    let input = NodeRef::<html::Input>::new();
    // Safari's autocorrect (not a standard attribute, so not in the view's vocabulary)
    Effect::new(move |_| {
        if let Some(i) = input.get() {
            let _ = i.set_attribute("autocorrect", "off");
        }
    });
    Effect::new(move |_| {
        state.track();
        if let Some(pre) = out.get() {
            pre.set_scroll_top(pre.scroll_height()); // the newest output in view
        }
    });
    let send = move |text: String| {
        if !text.trim().is_empty() && text != "^C" {
            typed.update(|t| t.push(text.clone()));
        }
        at.set(None);
        let _ = lab.act(Action::Shell(text));
        line.set(String::new());
    };
    let walk = move |up: bool| {
        let n = typed.with_untracked(Vec::len);
        let next = match (at.get_untracked(), up) {
            (None, true) if n > 0 => Some(n - 1),
            (Some(k), true) => Some(k.saturating_sub(1)),
            (Some(k), false) if k + 1 < n => Some(k + 1),
            _ => None,
        };
        at.set(next);
        line.set(next.map_or_else(String::new, |k| typed.with_untracked(|t| t[k].clone())));
    };
    let hint = move || {
        tr(lab.lang.get(), if state.with(|s| s.3) { Text::TerminalHintRemote } else { Text::TerminalHintLaptop })
    };
    view! {
        <section class="terminal" data-testid="terminal">
            <h4><Tr k=Text::TerminalTitle /></h4>
            <pre class="terminal-out" data-testid="terminal-out" aria-live="polite" node_ref=out>
                {move || state.with(|s| s.0.join("\n"))}
            </pre>
            <p class="muted" hidden=move || !state.with(|s| s.2)><Tr k=Text::TerminalBusy /></p>
            <div class="terminal-line">
                <label class="prompt" for="terminal-input" data-testid="terminal-prompt">{move || state.with(|s| s.1.clone())}</label>
                <input type="text" id="terminal-input" data-testid="terminal-input" autocomplete="off" spellcheck="false"
                    autocapitalize="off" enterkeyhint="send" node_ref=input placeholder=hint
                    aria-label=move || tr(lab.lang.get(), Text::TerminalInput)
                    prop:value=move || line.get() on:input=move |ev| line.set(event_target_value(&ev))
                    on:keydown=move |ev| match ev.key().as_str() {
                        "Enter" => send(line.get_untracked()),
                        "ArrowUp" | "ArrowDown" => {
                            ev.prevent_default();
                            walk(ev.key() == "ArrowUp");
                        }
                        "c" if ev.ctrl_key() => {
                            ev.prevent_default();
                            send("^C".to_string());
                        }
                        _ => {}
                    } />
                <button type="button" class="small" data-testid="terminal-ctrl-c" on:click=move |_| send("^C".to_string())
                    aria-label=move || tr(lab.lang.get(), Text::TerminalCtrlC)>"Ctrl+C"</button>
            </div>
            <p class="muted terminal-tip"><Tr k=Text::TerminalTip /></p>
        </section>
    }
}
