//! One Availability Zone: its instances (a tile each, or one canvas of cells when the fleet is
//! compact), and a control to take the AZ down and bring it back.

use leptos::either::Either;
use leptos::prelude::*;

use super::grid::LaneGrid;
use super::tile::InstanceTile;
use crate::app::state::use_lab;
use crate::app::turn::{turn_memo, turns};
use crate::sim::{Command, InstanceId};
use crate::view_model::i18n::{az_lane_label, az_toggle_label, tr, Text};

#[component]
pub fn AzLane(az: usize, name: String, compact: Memo<bool>, chosen: RwSignal<Option<InstanceId>>) -> impl IntoView {
    let lab = use_lab();
    let ids = turn_memo(lab, turns::lane(az), move |s, _| {
        s.instances.iter().filter(|i| i.az == az).map(|i| i.id).collect::<Vec<_>>()
    });
    let available = Memo::new(move |_| lab.snapshot.with(|s| s.azs.get(az).map(|a| a.available).unwrap_or(true)));
    let toggle = move |_| {
        let _ = lab.apply(Command::SetAzAvailable { az, available: !available.get_untracked() });
    };
    let label = name.clone();
    let lane_label = name.clone();
    let t = move |key: Text| tr(lab.lang.get(), key);
    view! {
        <div class="lane" class:down=move || !available.get() data-testid="az-lane" role="group"
            aria-label=move || az_lane_label(lab.lang.get(), &lane_label)>
            <div class="lane-head">
                <h3 class="lane-name">{name.clone()}</h3>
                <span class="lane-state" data-testid="az-state">{move || if available.get() { t(Text::AzAvailable) } else { t(Text::AzOutage) }}</span>
                <button class="small" data-testid="az-toggle" on:click=toggle
                    aria-label=move || az_toggle_label(lab.lang.get(), available.get(), &label)>
                    {move || if available.get() { t(Text::TakeAzDown) } else { t(Text::BringAzBack) }}
                </button>
            </div>
            {move || if compact.get() {
                Either::Left(view! { <LaneGrid az=az chosen=chosen /> })
            } else {
                Either::Right(view! {
                    <ul class="tiles">
                        <For each=move || ids.get() key=|id| *id let(id)>
                            <InstanceTile id=id />
                        </For>
                    </ul>
                })
            }}
        </div>
    }
}
