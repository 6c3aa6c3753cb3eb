//! The control panel: traffic, the Auto Scaling group, scaling policies, the load balancer and
//! monitoring. Each section is its own component; advanced settings are collapsed.

mod alb;
mod group;
mod group_settings;
mod pattern;
mod policies;
mod policy_edit;
mod spec_fields;
mod trace_file;
mod trace_import;
mod trace_options;
mod traffic;

use leptos::prelude::*;

use crate::app::widgets::{Knob, Tr};
use crate::sim::challenge::Knob as K;

use crate::view_model::i18n::Text;

pub use traffic::TrafficControl;

/// The control panel: traffic, capacity and policies, with the group and load balancer settings collapsed.
#[component]
pub fn ControlsPanel() -> impl IntoView {
    view! {
        <div class="controls" data-testid="controls">
            <Knob knobs=&[]><TrafficControl /></Knob>
            <Knob knobs=&[]><trace_import::TraceImport /></Knob>
            <Knob knobs=&[K::Capacity]><group::CapacityControl /></Knob>
            <Knob knobs=&[K::Policies, K::Scheduled]><policies::PoliciesControl /></Knob>
            <details class="panel advanced" data-testid="advanced-group">
                <summary><Tr k=Text::GroupSettings /></summary>
                <group_settings::GroupSettings />
            </details>
            <details class="panel advanced" data-testid="advanced-alb">
                <summary><Tr k=Text::LoadBalancerAndMonitoring /></summary>
                <alb::AlbControl />
            </details>
        </div>
    }
}
