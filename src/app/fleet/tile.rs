//! One instance: id, state as text and colour, CPU bar, credits, and its actions (`stress`
//! over "ssh", terminate, mark unhealthy, break the app, scale-in protection).

use leptos::prelude::*;

use crate::app::widgets::{labelled, Select, Tr};

use crate::app::state::use_lab;
use crate::app::turn::turn_memo;
use crate::sim::{Command, InstanceId, InstanceView};
use crate::view_model::fleet::tile::TileData;
use crate::view_model::i18n::{actions_for, cpu_of, tr, Text};

const STRESS: [(u64, Text); 4] = [(300, Text::Min5), (600, Text::Min10), (1200, Text::Min20), (3600, Text::Min60)];

#[component]
pub fn InstanceTile(id: InstanceId) -> impl IntoView {
    let lab = use_lab();
    // Refreshed on this tile's turn only while time runs (see `Turns::my_turn`), and only
    // re-rendered when what it shows changed.
    let data =
        turn_memo(lab, id.0, move |s, lang| s.instances.iter().find(|i| i.id == id).map(|i| TileData::of(lang, i)));
    let inst = move || lab.snapshot.with_untracked(|s| s.instances.iter().find(|i| i.id == id).cloned());
    let read = move |f: fn(&TileData) -> String| data.with(|d| d.as_ref().map(f).unwrap_or_default());
    let cpu = move || data.with(|d| d.as_ref().map(|d| d.cpu_pct).unwrap_or(0));
    let id_text = id.to_string();
    let message = RwSignal::new(None::<String>);
    let stress_s = RwSignal::new(STRESS[2].0);
    let act = move |make: fn(&InstanceView, u64) -> Command| {
        if let Some(i) = inst() {
            message.set(lab.apply(make(&i, stress_s.get_untracked())).err().map(|e| e.message));
        }
    };
    let workers = move || lab.scenario_untracked().instance_type.vcpus();
    let t = move |key: Text| tr(lab.lang.get(), key);
    let (cpu_label, actions_label) = (id_text.clone(), id_text.clone());

    view! {
        <li class=move || format!("tile {}", data.with(|d| d.as_ref().map(|d| d.class).unwrap_or("terminated")))
            data-testid="instance-tile" data-instance-id=id_text.clone()>
            <span class="tile-id">{id_text.clone()}</span>
            <span class="tile-state live" data-testid="instance-state">{move || read(|d| d.state.clone())}</span>
            <span class="tile-cpu live" data-testid="instance-cpu">{move || format!("CPU {} %", cpu())}</span>
            <span class="cpu-bar" role="meter" aria-label=move || cpu_of(lab.lang.get(), &cpu_label) aria-valuemin="0" aria-valuemax="100"
                aria-valuenow=move || cpu().to_string()>
                <span class="cpu-fill" style:transform=move || format!("scaleX({:.2})", cpu() as f64 / 100.0)></span>
            </span>
            <span class="tile-extra" data-testid="instance-credits">{move || data.with(|d| d.as_ref().and_then(|d| d.credits.clone()))}</span>
            <span class="tile-extra">{move || data.with(|d| d.as_ref().is_some_and(|d| d.stressed)).then(|| t(Text::StressRunning))}</span>
            <details class="tile-actions" hidden=move || !data.with(|d| d.as_ref().is_some_and(|d| d.actionable))>
                <summary aria-label=move || actions_for(lab.lang.get(), &actions_label)><Tr k=Text::Actions /></summary>
                <div class="tile-buttons">
                    <Select testid="stress-duration" label=Signal::derive(move || t(Text::StressDuration).to_string())
                        options=labelled(STRESS) selected=Signal::derive(move || stress_s.get().to_string())
                        on_change=Callback::new(move |v: String| stress_s.set(v.parse().unwrap_or(1200))) />
                    <button class="small" data-testid="stress" on:click=move |_| {
                        let w = workers();
                        if let Some(i) = inst() {
                            let cmd = Command::Stress { instance: i.id, duration_s: stress_s.get_untracked(), workers: w };
                            message.set(lab.apply(cmd).err().map(|e| e.message));
                        }
                    }>"stress"</button>
                    <button class="small" data-testid="terminate" on:click=move |_| act(|i, _| Command::TerminateInstance {
                        instance: i.id, decrement_desired: false })><Tr k=Text::Terminate /></button>
                    <button class="small" data-testid="mark-unhealthy" on:click=move |_| act(|i, _| Command::SetInstanceHealth {
                        instance: i.id, healthy: false })><Tr k=Text::SetUnhealthy /></button>
                    <button class="small" data-testid="break-app" on:click=move |_| act(|i, _| Command::SetInstanceUnhealthy(i.id))>
                        <Tr k=Text::BreakApp /></button>
                    <button class="small" data-testid="protect" on:click=move |_| act(|i, _| Command::SetInstanceProtection {
                        instance: i.id, protected: !i.protected })>
                        {move || t(if data.with(|d| d.as_ref().is_some_and(|d| d.protected)) { Text::Unprotect } else { Text::Protect })}
                    </button>
                </div>
                <p class="field-msg" role="alert">{move || message.get()}</p>
            </details>
        </li>
    }
}
