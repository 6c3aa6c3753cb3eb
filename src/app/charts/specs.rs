//! Builds each chart's data from the engine: the series of its spec over the selected range
//! and period, the alarm threshold lines and the ALARM bands. Recomputed only when a new
//! minute of data exists (`lab.redraw.stage`) and the chart is on screen or time stands
//! still, or when the range/period changes.

use leptos::prelude::*;

use crate::app::state::Lab;
use crate::sim::Sim;
use crate::view_model::charts::data::{ChartData, SeriesData};
use crate::view_model::charts::marks::{alarm_marks, alarm_spans, banded_alarms};
use crate::view_model::charts::spec::{complete_only, effective_period, ChartSpec};
use crate::view_model::i18n::Lang;

/// The range and period the console-style selectors chose.
#[derive(Clone, Copy)]
pub struct ChartSettings {
    /// Time range [s].
    pub range_s: RwSignal<u64>,
    /// Requested period [s] (EC2 metrics under basic monitoring use 300 regardless).
    pub period_s: RwSignal<u32>,
}

/// A memo of what `spec` draws; equal data does not redraw. `position` is the chart's place
/// on the page: it sets the frame on which it follows new data
/// ([`Redraw::stage`](crate::app::redraw::Redraw::stage)); `on_screen` says whether the chart
/// can be seen: while time runs, one that cannot waits
/// ([`Redraw::stage_shown`](crate::app::redraw::Redraw::stage_shown)).
pub fn chart_memo(
    lab: Lab,
    spec: ChartSpec,
    settings: ChartSettings,
    position: usize,
    on_screen: Signal<bool>,
) -> Memo<ChartData> {
    let seen = lab.redraw.stage_shown(position, on_screen);
    Memo::new(move |_| {
        // (read, not only tracked: a memo that is never read is never computed, so never changes)
        seen.get();
        let range_s = settings.range_s.get();
        let period_s = settings.period_s.get();
        let lang = lab.lang.get();
        lab.with_sim(|sim| build(lang, sim, spec, range_s, period_s))
    })
}

/// What `spec` shows at the engine's current time.
pub fn build(lang: Lang, sim: &Sim, spec: ChartSpec, range_s: u64, period_s: u32) -> ChartData {
    let now = sim.now();
    let from = now.saturating_sub(range_s);
    let monitoring = sim.scenario().monitoring;
    let series: Vec<SeriesData> = spec
        .series
        .iter()
        .map(|s| {
            let p = effective_period(s.metric, period_s, monitoring);
            let points = complete_only(sim.series(s.metric, s.stat, p, from), p, now);
            SeriesData { spec: *s, period_s: p, points }
        })
        .collect();
    let alarm_period = series.first().map(|s| s.period_s).unwrap_or(period_s);
    let marks = alarm_marks(lang, spec.series, sim.alarms(), alarm_period);
    let mut bands: Vec<(u64, u64)> =
        banded_alarms(spec.series, sim.alarms()).flat_map(|a| alarm_spans(a, from, now)).collect();
    bands.sort_unstable();
    let start_utc_s = sim.clock_utc_s() - now as i64;
    ChartData::new(spec, series, marks, bands, now, range_s, start_utc_s)
}
