//! The browser UI: thin Leptos components, one concern each, reading engine snapshots through
//! the signals of [`state::Lab`]. No simulation logic lives here.

mod activity;
mod alarms;
pub mod charts;
mod controls;
mod fleet;
mod header;
mod ticker;
pub mod state;

use leptos::prelude::*;

pub use activity::ActivityHistory;
pub use alarms::{AlarmsTable, RunSummary};
pub use charts::ChartsPanel;
pub use controls::{ControlsPanel, TrafficControl};
pub use fleet::FleetView;
pub use header::Header;
pub use state::{use_lab, Lab};

use crate::sim::Scenario;

/// Mounts the app into `<body>` and removes the loading message.
pub fn start() {
    console_error_panic_hook::set_once();
    // The seed's exercise, with `stress` left for the learner to run from the instance's actions.
    let scenario = Scenario { events: vec![], ..Scenario::default() };
    leptos::mount::mount_to_body(move || view! { <App scenario=scenario.clone() /> });
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
            // Built anew on "Reset" (see `Lab::run`).
            {move || {
                lab.run.track();
                view! {
                    <Header />
                    <main class="lab-main">
                        <aside class="controls-col" aria-label="Controls">
                            <ControlsPanel />
                        </aside>
                        <div class="view-col">
                            <FleetView />
                            <ChartsPanel />
                            <div class="log-row">
                                <ActivityHistory />
                                <div class="log-side">
                                    <AlarmsTable />
                                    <RunSummary />
                                </div>
                            </div>
                        </div>
                    </main>
                }
            }}
        </div>
    }
}
