//! Header: scenario name, the simulated clock (UTC, like the console), play / pause, single
//! step, speed, jumps ahead, reset and the running cost.

use leptos::prelude::*;

use crate::app::turn::{turn_memo, turns};
use crate::app::widgets::{Select, Tr};

use crate::app::state::use_lab;
use crate::view_model::clock::{format_elapsed, format_utc, parse_jump, SPEEDS};
use crate::view_model::i18n::{jump_progress, tr, Lang, Text};

/// The single step (one engine tick) and the jumps: (simulated seconds, label, test id).
const JUMPS: [(u64, Text, &str); 4] = [
    (1, Text::Plus1S, "step-1s"),
    (60, Text::Plus1Min, "step"),
    (600, Text::Plus10Min, "jump-10m"),
    (3600, Text::Plus1H, "jump-1h"),
];

/// The header bar: the scenario's name, the simulated clock and its controls, language, sharing and running cost.
#[component]
pub fn Header() -> impl IntoView {
    let lab = use_lab();
    let title = move || {
        let sc = lab.scenario();
        format!("{} · {} · {}", sc.group.name, sc.region, sc.instance_type.name())
    };
    // Readouts refresh on their turns while time runs (see `turn_memo`).
    let clock = turn_memo(lab, turns::CLOCK, |s, _| format_utc(s.clock_utc_s));
    // (the guided lab's account began before its group: time since the account began)
    let elapsed = turn_memo(lab, turns::CLOCK, move |s, _| format_elapsed(s.t + lab.offset()));
    let cost = turn_memo(lab, turns::COST, |s, _| format!("${:.4}", s.cost_usd));
    let t = move |key: Text| tr(lab.lang.get(), key);
    let jump_to = RwSignal::new(String::new());
    let jump_msg = RwSignal::new(None::<String>);
    let do_jump = move || {
        let (start, now) = lab.snapshot.with_untracked(|s| (s.clock_utc_s - s.t as i64, s.t));
        match parse_jump(lab.lang.get_untracked(), &jump_to.get_untracked(), start, now) {
            Ok(t) => {
                jump_msg.set(None);
                lab.jump_to(t);
            }
            Err(e) => jump_msg.set(Some(e)),
        }
    };

    // Values written as the selected value is (`f64` Display), so the two compare equal.
    let speeds =
        Signal::stored(SPEEDS.iter().map(|s| (f64::from(*s).to_string(), format!("{s}×"))).collect::<Vec<_>>());
    let langs =
        Signal::stored(vec![("en".to_string(), "English".to_string()), ("ko".to_string(), "한국어".to_string())]);
    let progress = move || {
        let p = lab.forward.progress()?;
        let (from, now, target) = (p.jump_from?, p.now, p.target);
        Some(jump_progress(lab.lang.get(), target / 60, 100.0 * (now - from) as f64 / (target - from).max(1) as f64))
    };

    view! {
        <header class="lab-header">
            <h1 class="lab-title">"ASG Lab" <span class="scenario-name" data-testid="scenario-name">{title}</span></h1>
            <div class="clock" role="timer" aria-label=move || t(Text::SimulatedTime)>
                <span class="live" data-testid="sim-clock">{move || clock.get()}</span>
                <span class="elapsed live" data-testid="sim-elapsed">{move || elapsed.get()}</span>
            </div>
            <div class="transport" role="group" aria-label=move || t(Text::SimulationControls)>
                <button data-testid="play-pause" aria-pressed=move || lab.playing.get().to_string()
                    on:click=move |_| lab.playing.update(|p| *p = !*p)>
                    {move || if lab.playing.get() { t(Text::Pause) } else { t(Text::Play) }}
                </button>
                {JUMPS.iter().map(|(s, label, testid)| {
                    let (s, label) = (*s, *label);
                    view! { <button data-testid=*testid on:click=move |_| lab.step(s)>{move || t(label)}</button> }
                }).collect_view()}
                <label class="speed"><Tr k=Text::Speed />" "
                    <Select testid="speed" options=speeds selected=Signal::derive(move || lab.speed.get().to_string())
                        on_change=Callback::new(move |v: String| if let Ok(v) = v.parse::<f64>() { lab.speed.set(v) }) />
                </label>
                <input type="text" class="num jump-input" data-testid="jump-to" aria-label=move || t(Text::JumpLabel)
                    placeholder=move || t(Text::JumpPlaceholder) prop:value=move || jump_to.get()
                    on:input=move |ev| jump_to.set(event_target_value(&ev))
                    on:keydown=move |ev| if ev.key() == "Enter" { do_jump() } />
                <button data-testid="jump-go" on:click=move |_| do_jump()><Tr k=Text::Jump /></button>
                <button data-testid="reset" on:click=move |_| lab.reset()><Tr k=Text::Reset /></button>
                <button class="mode" data-testid="mode" aria-pressed=move || lab.guided.get().to_string()
                    on:click=move |_| if lab.guided.get_untracked() { lab.leave_guided() } else { lab.start_guided() }>
                    {move || if lab.guided.get() { t(Text::GuideLeave) } else { t(Text::GuideStart) }}
                </button>
                <label class="speed"><Tr k=Text::Language />" "
                    <Select testid="lang" options=langs selected=Signal::derive(move || lab.lang.get().code().to_string())
                        on_change=Callback::new(move |v: String| {
                            lab.lang.set(Lang::pick(Some(&v), &[]));
                            lab.journal_version.update(|v| *v += 1);
                        }) />
                </label>
            </div>
            <super::share::ShareLink />
            <super::embed::EmbedDialog />
            <a class="class-link" href="#class" data-testid="class-link" on:click=|_| open_class()><Tr k=Text::ClassOpen /></a>
            <div class="cost live" aria-label=move || t(Text::CostSoFar) data-testid="cost">{move || cost.get()}</div>
            <p class="field-msg jump-msg" data-testid="jump-msg" role="alert">{move || jump_msg.get()}</p>
            <p class="jump-progress" data-testid="jump-progress" role="status" hidden=move || lab.forward.progress().and_then(|p| p.jump_from).is_none()>{progress}</p>
        </header>
    }
}

/// Opens the class results page (the `#class` panel) and brings it into view.
fn open_class() {
    if let Some(el) = document().get_element_by_id("class") {
        let _ = el.set_attribute("open", "");
        el.scroll_into_view();
    }
}
