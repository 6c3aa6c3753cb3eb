//! Fleet view: Clients → ALB → one lane per Availability Zone → instance tiles, with request
//! particles drawn on one canvas layer over the diagram.

mod chosen;
mod grid;
mod lane;
mod particles;
mod place;
mod tile;

use leptos::html::Div;
use leptos::prelude::*;

use crate::app::widgets::Tr;

use crate::app::state::use_lab;
use crate::app::turn::{turn_memo, turns};
use crate::sim::InstanceId;
use crate::view_model::i18n::{fleet_summary, healthy_count, Text};

/// The fleet view: clients, the ALB and one lane of instances per Availability Zone, with request particles.
#[component]
pub fn FleetView() -> impl IntoView {
    let lab = use_lab();
    let diagram = NodeRef::<Div>::new();
    // Tiles for a small fleet, cells on a canvas per lane for a large one (see `view_model::fleet::grid`).
    let compact = Memo::new(move |was: Option<&bool>| {
        lab.snapshot.with(|s| crate::view_model::fleet::grid::compact(s.instances.len(), was.copied().unwrap_or(false)))
    });
    let chosen = RwSignal::new(None::<InstanceId>);
    let azs = turn_memo(lab, turns::FLEET, |s, _| {
        s.azs.iter().enumerate().map(|(i, a)| (i, a.name.clone())).collect::<Vec<_>>()
    });
    // Readouts refresh on their turns while time runs (see `turn_memo`).
    let summary = turn_memo(lab, turns::FLEET, |s, lang| {
        let live = s.instances.iter().filter(|i| crate::view_model::fleet::tile::actionable(i)).count();
        fleet_summary(lang, s.desired, s.min, s.max, live)
    });
    let healthy = turn_memo(lab, turns::ALB, |s, lang| {
        let healthy = s.instances.iter().filter(|i| i.target_state == crate::sim::TargetState::Healthy).count();
        healthy_count(lang, healthy)
    });
    let clients = turn_memo(lab, turns::ALB, |s, _| format!("{:.0} req/s", s.offered_rps));
    let p50 = turn_memo(lab, turns::ALB, |s, _| format!("p50 {:.0} ms", s.p50_ms));
    let p99 = turn_memo(lab, turns::ALB, |s, _| format!("p99 {:.0} ms", s.p99_ms));

    view! {
        <section class="panel fleet" aria-labelledby="fleet-h">
            <h2 id="fleet-h"><Tr k=Text::AutoScalingGroup /></h2>
            <p class="readout" data-testid="fleet-summary">{move || summary.get()}</p>
            <p class="hint" data-testid="fleet-hint" hidden=move || lab.snapshot.with(|s| s.instances.len() > 1 || s.instances.iter().any(|i| i.stress_until.is_some()))>
                <Tr k=Text::FleetHint />
            </p>
            <div class="diagram" node_ref=diagram>
                <particles::ParticleLayer diagram=diagram />
                <div class="node clients" data-node="clients" data-testid="clients-node">
                    <strong><Tr k=Text::Clients /></strong><span class="live">{move || clients.get()}</span>
                </div>
                <div class="node alb" data-node="alb" data-testid="alb-node">
                    <strong>"ALB"</strong><span class="live">{move || healthy.get()}</span>
                    <span class="muted live" data-testid="alb-p50">{move || p50.get()}</span><span class="muted live" data-testid="alb-p99">{move || p99.get()}</span>
                </div>
                <div class="lanes">
                    <For each=move || azs.get() key=|(i, name)| (*i, name.clone()) let((az, name))>
                        <lane::AzLane az=az name=name compact=compact chosen=chosen />
                    </For>
                </div>
            </div>
            // Built when the fleet turns compact and dropped when it turns back (a keyed list of
            // at most one: never patched in place, so no rebuild code is compiled for it).
            <For each=move || compact.get().then_some(()) key=|_| () let(_)>
                <chosen::ChosenInstance chosen=chosen />
            </For>
        </section>
    }
}
