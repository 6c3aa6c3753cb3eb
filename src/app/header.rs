//! Header: the simulated clock (UTC, like the console), play / pause, single step, speed.

use leptos::prelude::*;

use super::state::use_lab;
use crate::view_model::clock::{format_elapsed, format_utc, SPEEDS};

#[component]
pub fn Header() -> impl IntoView {
    let lab = use_lab();
    let clock = move || lab.snapshot.with(|s| format_utc(s.clock_utc_s));
    let elapsed = move || lab.snapshot.with(|s| format_elapsed(s.t));
    let cost = move || lab.snapshot.with(|s| format!("${:.4}", s.cost_usd));
    let play_label = move || if lab.playing.get() { "Pause" } else { "Play" };

    view! {
        <header class="lab-header">
            <h1 class="lab-title">"ASG Lab"</h1>
            <div class="clock" role="timer" aria-label="Simulated time">
                <span data-testid="sim-clock">{clock}</span>
                <span class="elapsed" data-testid="sim-elapsed">{elapsed}</span>
            </div>
            <div class="transport" role="group" aria-label="Simulation controls">
                <button
                    data-testid="play-pause"
                    aria-pressed=move || lab.playing.get().to_string()
                    on:click=move |_| lab.playing.update(|p| *p = !*p)
                >
                    {play_label}
                </button>
                <button data-testid="step" title="Advance one simulated minute" on:click=move |_| lab.step(60)>
                    "+1 min"
                </button>
                <label class="speed">
                    "Speed "
                    <select
                        data-testid="speed"
                        aria-label="Simulation speed"
                        on:change=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                lab.speed.set(v);
                            }
                        }
                    >
                        {SPEEDS
                            .iter()
                            .map(|s| {
                                let s = *s;
                                view! {
                                    <option value=s.to_string() selected=move || lab.speed.get() == s as f64>
                                        {format!("{s}×")}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <div class="cost" aria-label="Cost so far" data-testid="cost">{cost}</div>
        </header>
    }
}
