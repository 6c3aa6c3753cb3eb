//! Traffic control: a requests/s slider with a number box beside it. Moving either overrides
//! the scenario's traffic pattern at the current simulated time; "Follow pattern" hands
//! control back; "Spike now" multiplies traffic for a while (a flash crowd).

use leptos::prelude::*;

use crate::app::widgets::{labelled, Select, Tr};

use crate::app::state::use_lab;
use crate::app::turn::{turn_memo, turns};
use crate::sim::Command;
use crate::view_model::controls::traffic::{parse_rps, SLIDER_MAX_RPS};
use crate::view_model::i18n::{tr, traffic_readout, Text};

const SPIKES: [(f64, u64, Text); 3] =
    [(3.0, 300, Text::Spike3x5), (10.0, 300, Text::Spike10x5), (5.0, 1800, Text::Spike5x30)];

/// The traffic section: a requests/s override (slider and number), "Follow pattern", spikes and the pattern editor.
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
    let readout =
        turn_memo(lab, turns::TRAFFIC, |s, lang| traffic_readout(lang, s.offered_rps, s.served_rps, s.failed_rps));
    let set_rps = move |v: Option<f64>| {
        overridden.set(v);
        if let Err(e) = lab.apply(Command::SetTrafficOverride(v)) {
            message.set(Some(e.message));
        }
    };
    let spike = RwSignal::new(0usize);
    let t = move |key: Text| tr(lab.lang.get(), key);

    view! {
        <section class="panel traffic" aria-labelledby="traffic-h">
            <h2 id="traffic-h"><Tr k=Text::Traffic /></h2>
            <div class="traffic-row">
                <input type="range" data-testid="traffic-slider" aria-label=move || t(Text::TrafficSliderLabel)
                    min="0" max=SLIDER_MAX_RPS.to_string() step="1"
                    prop:value=move || shown.get().min(SLIDER_MAX_RPS).to_string()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                            message.set(None);
                            set_rps(Some(v));
                        }
                    } />
                <input type="text" inputmode="decimal" class="num" data-testid="traffic-number"
                    aria-label=move || t(Text::RequestsPerSecond) aria-describedby="traffic-msg"
                    prop:value=move || shown.get().to_string()
                    on:change=move |ev| {
                        let checked = parse_rps(lab.lang.get_untracked(), &event_target_value(&ev));
                        message.set(checked.message);
                        if let Some(v) = checked.value {
                            set_rps(Some(v));
                        }
                    } />
                <span class="unit"><Tr k=Text::UnitReqPerS /></span>
            </div>
            <p id="traffic-msg" class="field-msg" data-testid="traffic-msg" role="alert">{move || message.get()}</p>
            <div class="button-row">
                <button data-testid="traffic-follow" disabled=move || overridden.get().is_none()
                    on:click=move |_| set_rps(None)><Tr k=Text::FollowPattern /></button>
                <Select testid="spike-size" label=Signal::derive(move || t(Text::SpikeSize).to_string())
                    options=labelled(SPIKES.iter().enumerate().map(|(i, s)| (i, s.2)))
                    selected=Signal::derive(move || spike.get().to_string())
                    on_change=Callback::new(move |v: String| spike.set(v.parse().unwrap_or(0))) />
                <button data-testid="spike-now" on:click=move |_| {
                    let (multiplier, duration_s, _) = SPIKES[spike.get_untracked().min(SPIKES.len() - 1)];
                    message.set(lab.apply(Command::Spike { multiplier, duration_s }).err().map(|e| e.message));
                }><Tr k=Text::SpikeNow /></button>
            </div>
            <super::pattern::PatternEditor />
            <p class="readout" data-testid="traffic-readout">
                {move || readout.get()}
            </p>
        </section>
    }
}
