//! Step 6's terminal pane: the transcript and a command line (Enter runs it, Ctrl+C stops a
//! foreground `stress`). Each line is a request to the account (`Action::Shell`).

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::sim::account::Action;
use crate::view_model::i18n::{tr, Text};

#[component]
pub fn TerminalPane() -> impl IntoView {
    let lab = use_lab();
    let line = RwSignal::new(String::new());
    let state = Memo::new(move |_| {
        lab.with_account(|a| (a.terminal.lines.clone(), a.terminal.prompt(), a.terminal.busy())).unwrap_or_default()
    });
    let send = move |text: String| {
        let _ = lab.act(Action::Shell(text));
        line.set(String::new());
    };
    view! {
        <section class="terminal" data-testid="terminal">
            <h4><Tr k=Text::TerminalTitle /></h4>
            <pre class="terminal-out" data-testid="terminal-out" aria-live="polite">
                {move || state.with(|s| s.0.join("\n"))}
            </pre>
            <p class="muted" hidden=move || !state.with(|s| s.2)><Tr k=Text::TerminalBusy /></p>
            <label class="terminal-line">
                <span class="prompt" data-testid="terminal-prompt">{move || state.with(|s| s.1.clone())}</span>
                <input type="text" data-testid="terminal-input" autocomplete="off" spellcheck="false"
                    aria-label=move || tr(lab.lang.get(), Text::TerminalInput)
                    prop:value=move || line.get() on:input=move |ev| line.set(event_target_value(&ev))
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            send(line.get_untracked());
                        } else if ev.ctrl_key() && ev.key() == "c" {
                            ev.prevent_default();
                            send("^C".to_string());
                        }
                    } />
            </label>
        </section>
    }
}
