//! The compact fleet's chosen instance: a picker (the keyboard's way to every instance, as
//! the lane canvases are for the mouse) and the chosen instance as a full tile with actions.

use leptos::prelude::*;

use super::tile::InstanceTile;
use crate::app::state::use_lab;
use crate::app::turn::{turn_memo, turns};
use crate::sim::InstanceId;
use crate::view_model::fleet::grid::{legend, picker_texts};

#[component]
pub fn ChosenInstance(chosen: RwSignal<Option<InstanceId>>) -> impl IntoView {
    let lab = use_lab();
    // Membership only (id and AZ index), read on its turn: the options are rebuilt when the
    // fleet changes, not every frame.
    let options = turn_memo(lab, turns::FLEET, |s, _| s.instances.iter().map(|i| (i.id, i.az)).collect::<Vec<_>>());
    let az_name =
        move |az: usize| lab.snapshot.with_untracked(|s| s.azs.get(az).map(|a| a.name.clone()).unwrap_or_default());
    // An instance that has left the group is no longer chosen.
    Effect::new(move |_| {
        if let Some(id) = chosen.get() {
            if !options.with(|o| o.iter().any(|(i, _)| *i == id)) {
                chosen.set(None);
            }
        }
    });
    let texts = move || picker_texts(lab.lang.get());
    let on_change = move |ev| {
        let v = event_target_value(&ev);
        chosen.set(options.with_untracked(|o| o.iter().map(|(i, _)| *i).find(|i| i.to_string() == v)));
    };
    view! {
        <div class="chosen" data-testid="chosen-instance">
            <p class="hint" data-testid="fleet-legend">{move || legend(lab.lang.get())}</p>
            <label class="field">
                <span>{move || texts()[0]}</span>
                <select data-testid="instance-pick" on:change=on_change
                    prop:value=move || chosen.get().map(|i| i.to_string()).unwrap_or_default()>
                    <option value="">{move || texts()[1]}</option>
                    <For each=move || options.get() key=|o| *o let((id, az))>
                        <option value=id.to_string() selected=move || chosen.get() == Some(id)>{format!("{id} · {}", az_name(az))}</option>
                    </For>
                </select>
            </label>
            // Keyed on the chosen id: a new choice builds a new tile (a tile is never patched
            // into another instance's, so no rebuild code for it is compiled).
            <For each=move || chosen.get() key=|id| *id let(id)>
                <ul class="tiles chosen-tile"><InstanceTile id=id /></ul>
            </For>
            <p class="hint" hidden=move || chosen.get().is_some()>{move || texts()[2]}</p>
        </div>
    }
}
