//! The browser UI: thin Leptos components, one concern each, reading engine snapshots through
//! the signals of [`state::Lab`]. No simulation logic lives here.

pub mod charts;
mod fleet;
mod header;
mod ticker;
mod traffic;
pub mod state;

use leptos::prelude::*;

pub use charts::ChartsPanel;
pub use fleet::FleetView;
pub use header::Header;
pub use state::{use_lab, Lab};
pub use traffic::TrafficControl;

use crate::sim::Scenario;

/// Mounts the app into `<body>` and removes the loading message.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| view! { <App scenario=Scenario::default() /> });
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
}

/// The whole lab for one scenario.
#[component]
pub fn App(scenario: Scenario) -> impl IntoView {
    let lab = Lab::new(scenario);
    provide_context(lab);
    let root = NodeRef::<leptos::html::Div>::new();
    ticker::use_sim_ticker(lab, root);
    view! {
        <div class="lab" node_ref=root data-testid="lab">
            <Header />
            <main class="lab-main">
                <TrafficControl />
                <FleetView />
                <ChartsPanel />
            </main>
        </div>
    }
}
