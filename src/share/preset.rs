//! `preset=<id>`: a link that starts from one of the lab's presets
//! (`crate::view_model::presets`); the link's other scenario keys override its fields.

use super::problem::Problem;
use super::scalar::short;
use crate::sim::scenario::Scenario;
use crate::view_model::presets;

/// The keys that are not the scenario (how and when the page shows it): a preset's short
/// link keeps them.
pub(super) const VIEW_KEYS: [&str; 7] = ["v", "t", "lang", "embed", "panels", "locked", "cmp"];

/// The preset `sc` is, untouched — never for the default lab, whose link `v=1` is shorter.
pub(super) fn id_of(sc: &Scenario) -> Option<&'static str> {
    if *sc == Scenario::default() {
        return None;
    }
    presets::all().into_iter().find(|p| p.scenario == *sc).map(|p| p.id)
}

/// The scenario of preset `id`, or what is wrong with the id (for a notice).
pub(super) fn scenario(id: &str) -> Result<Scenario, Problem> {
    presets::find(id)
        .map(|p| p.scenario)
        .ok_or_else(|| Problem::NotPreset { value: short(id), ids: presets::all().iter().map(|p| p.id).collect() })
}
