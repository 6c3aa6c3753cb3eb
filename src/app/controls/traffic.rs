//! Traffic control: a requests/s slider with a number box beside it. Moving either overrides
//! the scenario's traffic pattern at the current simulated time; "Follow pattern" hands
//! control back; "Spike now" multiplies traffic for a while (a flash crowd).

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::sim::Command;
use crate::view_model::input::{parse_rps, SLIDER_MAX_RPS};

const SPIKES: [(f64, u64, &str); 3] = [(3.0, 300, "3× for 5 min"), (10.0, 300, "10× for 5 min"), (5.0, 1800, "5× for 30 min")];

#[component]
pub fn TrafficControl() -> impl IntoView {
    let lab = use_lab();
    let overridden = RwSignal::new(None::<f64>);
    let message = RwSignal::new(None::<String>);
    // What the controls show: the override, or the rate the pattern gives now.
    let shown = Memo::new(move |_| {
        lab.snapshot.track();
        overridden.get().unwrap_or_else(|| lab.with_sim(|s| s.traffic_rate_now()).round())
    });
    let set_rps = move |v: Option<f64>| {
        overridden.set(v);
        if let Err(e) = lab.apply(Command::SetTrafficOverride(v)) {
            message.set(Some(e.message));
        }
    };
    let spike = RwSignal::new(0usize);

    view! {
        <section class="panel traffic" aria-labelledby="traffic-h">
            <h2 id="traffic-h">"Traffic"</h2>
            <div class="traffic-row">
                <input type="range" data-testid="traffic-slider" aria-label="Traffic (requests per second)"
                    min="0" max=SLIDER_MAX_RPS.to_string() step="1"
                    prop:value=move || shown.get().min(SLIDER_MAX_RPS).to_string()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                            message.set(None);
                            set_rps(Some(v));
                        }
                    } />
                <input type="text" inputmode="decimal" class="num" data-testid="traffic-number"
                    aria-label="Requests per second" aria-describedby="traffic-msg"
                    prop:value=move || shown.get().to_string()
                    on:change=move |ev| {
                        let checked = parse_rps(&event_target_value(&ev));
                        message.set(checked.message);
                        if let Some(v) = checked.value {
                            set_rps(Some(v));
                        }
                    } />
                <span class="unit">"req/s"</span>
            </div>
            <p id="traffic-msg" class="field-msg" data-testid="traffic-msg" role="alert">{move || message.get()}</p>
            <div class="button-row">
                <button data-testid="traffic-follow" disabled=move || overridden.get().is_none()
                    on:click=move |_| set_rps(None)>"Follow pattern"</button>
                <select data-testid="spike-size" aria-label="Spike size"
                    on:change=move |ev| spike.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {SPIKES.iter().enumerate().map(|(i, s)| view! { <option value=i.to_string()>{s.2}</option> }).collect_view()}
                </select>
                <button data-testid="spike-now" on:click=move |_| {
                    let (multiplier, duration_s, _) = SPIKES[spike.get_untracked().min(SPIKES.len() - 1)];
                    message.set(lab.apply(Command::Spike { multiplier, duration_s }).err().map(|e| e.message));
                }>"Spike now"</button>
            </div>
            <super::pattern::PatternEditor />
            <p class="readout" data-testid="traffic-readout">
                {move || lab.snapshot.with(|s| format!(
                    "Offered {:.0} req/s · served {:.0} · failed {:.0}", s.offered_rps, s.served_rps, s.failed_rps
                ))}
            </p>
        </section>
    }
}
