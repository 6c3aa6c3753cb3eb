//! CloudWatch-style metric charts: the range/period selectors and one card per chart of
//! `view_model::charts::spec::CHARTS`. What each chart shows is decided in `view_model`; this
//! module queries the engine (`specs`), draws with plotters (`draw`), and keeps the crosshair
//! on its own canvas (`overlay`) so pointer moves never redraw a chart.

mod canvas;
mod card;
mod controls;
mod draw;
mod legend;
mod overlay;
mod specs;
mod tooltip;

use leptos::prelude::*;

use crate::app::widgets::Tr;

pub use canvas::LineChart;
pub use specs::{build as build_chart_data, ChartSettings};

use crate::app::state::use_lab;
use crate::sim::Monitoring;
use crate::view_model::charts::spec::CHARTS;
use crate::view_model::i18n::Text;
use card::ChartCard;
use controls::ChartControls;

/// All charts with their shared range (default 1 h) and period (default 1 minute).
#[component]
pub fn ChartsPanel() -> impl IntoView {
    let lab = use_lab();
    let settings = ChartSettings { range_s: RwSignal::new(3600), period_s: RwSignal::new(60) };
    let basic = Signal::derive(move || {
        lab.redraw.version();
        lab.with_sim(|sim| sim.scenario().monitoring == Monitoring::Basic)
    });
    view! {
        <section class="panel charts" aria-labelledby="charts-h" data-testid="charts-panel">
            <div class="charts-head">
                <h2 id="charts-h"><Tr k=Text::CloudWatchMetrics /></h2>
                <ChartControls settings=settings basic=basic />
            </div>
            <div class="charts-grid">
                {CHARTS.iter().enumerate().map(|(k, spec)| view! { <ChartCard spec=*spec settings=settings position=k /> }).collect_view()}
            </div>
        </section>
    }
}
