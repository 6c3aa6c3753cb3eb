//! Traffic control: a requests/s slider with a number box beside it. Moving either overrides
//! the scenario's traffic pattern at the current simulated time.

use leptos::prelude::*;

use super::state::use_lab;
use crate::sim::Command;
use crate::view_model::input::{parse_rps, SLIDER_MAX_RPS};

#[component]
pub fn TrafficControl() -> impl IntoView {
    let lab = use_lab();
    let rps = RwSignal::new(lab.snapshot.get_untracked().offered_rps.round());
    let message = RwSignal::new(None::<String>);

    let set_rps = move |v: f64| {
        rps.set(v);
        if let Err(e) = lab.apply(Command::SetTrafficOverride(Some(v))) {
            message.set(Some(e.to_string()));
        }
    };

    view! {
        <section class="panel traffic" aria-labelledby="traffic-h">
            <h2 id="traffic-h">"Traffic"</h2>
            <div class="traffic-row">
                <input
                    type="range"
                    data-testid="traffic-slider"
                    aria-label="Traffic (requests per second)"
                    min="0"
                    max=SLIDER_MAX_RPS.to_string()
                    step="1"
                    prop:value=move || rps.get().min(SLIDER_MAX_RPS).to_string()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                            message.set(None);
                            set_rps(v);
                        }
                    }
                />
                <input
                    type="text"
                    inputmode="decimal"
                    class="num"
                    data-testid="traffic-number"
                    aria-label="Requests per second"
                    aria-describedby="traffic-msg"
                    prop:value=move || rps.get().to_string()
                    on:change=move |ev| {
                        let checked = parse_rps(&event_target_value(&ev));
                        message.set(checked.message);
                        if let Some(v) = checked.value {
                            set_rps(v);
                        }
                    }
                />
                <span class="unit">"req/s"</span>
            </div>
            <p id="traffic-msg" class="field-msg" data-testid="traffic-msg" role="alert">
                {move || message.get()}
            </p>
            <p class="readout" data-testid="traffic-readout">
                {move || lab.snapshot.with(|s| format!(
                    "Offered {:.0} req/s · served {:.0} · failed {:.0}", s.offered_rps, s.served_rps, s.failed_rps
                ))}
            </p>
        </section>
    }
}
