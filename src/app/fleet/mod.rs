//! Fleet view: one lane per Availability Zone, one tile per instance. A tile shows its state by
//! colour *and* text, and its CPU as a bar with the number beside it.

use leptos::prelude::*;

use super::state::use_lab;
use crate::sim::InstanceView;

#[component]
pub fn FleetView() -> impl IntoView {
    let lab = use_lab();
    let azs = move || lab.snapshot.with(|s| s.azs.iter().enumerate().map(|(i, a)| (i, a.name.clone())).collect::<Vec<_>>());
    let summary = move || {
        lab.snapshot.with(|s| {
            format!("Desired {} · min {} · max {} · {} instances", s.desired, s.min, s.max, s.instances.len())
        })
    };

    view! {
        <section class="panel fleet" aria-labelledby="fleet-h">
            <h2 id="fleet-h">"Auto Scaling group"</h2>
            <p class="readout" data-testid="fleet-summary">{summary}</p>
            <div class="lanes">
                <For each=azs key=|(i, name)| (*i, name.clone()) let((az, name))>
                    <AzLane az=az name=name />
                </For>
            </div>
        </section>
    }
}

#[component]
fn AzLane(az: usize, name: String) -> impl IntoView {
    let lab = use_lab();
    let ids = move || {
        lab.snapshot.with(|s| s.instances.iter().filter(|i| i.az == az).map(|i| i.id.to_string()).collect::<Vec<_>>())
    };
    view! {
        <div class="lane" data-testid="az-lane" aria-label=format!("Availability Zone {name}")>
            <h3 class="lane-name">{name.clone()}</h3>
            <ul class="tiles">
                <For each=ids key=|id| id.clone() let(id)>
                    <InstanceTile id=id />
                </For>
            </ul>
        </div>
    }
}

#[component]
fn InstanceTile(id: String) -> impl IntoView {
    let lab = use_lab();
    let key = id.clone();
    let inst = Memo::new(move |_| lab.snapshot.with(|s| s.instances.iter().find(|i| i.id.to_string() == key).cloned()));
    let state = move || inst.with(|i| i.as_ref().map(state_text).unwrap_or_default());
    let class = move || inst.with(|i| format!("tile {}", i.as_ref().map(state_class).unwrap_or("gone")));
    let cpu = move || inst.with(|i| i.as_ref().map(|i| i.cpu).unwrap_or(0.0));

    view! {
        <li class=class data-testid="instance-tile" data-instance-id=id.clone()>
            <span class="tile-id">{id.clone()}</span>
            <span class="tile-state" data-testid="instance-state">{state}</span>
            <span class="cpu-bar" role="meter" aria-label="CPU utilisation" aria-valuemin="0" aria-valuemax="100"
                aria-valuenow=move || format!("{:.0}", cpu())>
                <span class="cpu-fill" style:width=move || format!("{:.1}%", cpu().clamp(0.0, 100.0))></span>
            </span>
            <span class="tile-cpu" data-testid="instance-cpu">{move || format!("CPU {:.0} %", cpu())}</span>
        </li>
    }
}

/// The state as text: the lifecycle state as the console writes it, plus what else matters.
fn state_text(i: &InstanceView) -> String {
    let mut s = i.lifecycle.to_string();
    if i.warming {
        s.push_str(" · warming up");
    }
    if !i.healthy {
        s.push_str(" · Unhealthy");
    }
    s
}

fn state_class(i: &InstanceView) -> &'static str {
    match i.lifecycle.to_string().as_str() {
        _ if !i.healthy => "unhealthy",
        "Pending" => "pending",
        "InService" if i.warming => "warming",
        "InService" => "inservice",
        "Terminating" => "terminating",
        _ => "terminated",
    }
}
