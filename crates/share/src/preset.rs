//! `preset=<id>`: a link that starts from one of the lab's presets ([`crate::presets`]); the
//! link's other scenario keys override its fields.

use super::problem::Problem;
use super::scalar::short;
use crate::presets::PresetId;
use asg_engine::scenario::Scenario;

/// The keys that are not the scenario (how and when the page shows it): a preset's short
/// link keeps them.
pub(super) const VIEW_KEYS: [&str; 7] = ["v", "t", "lang", "embed", "panels", "locked", "cmp"];

/// The preset `sc` is, untouched — never for the default lab, whose link `v=1` is shorter.
pub(super) fn id_of(sc: &Scenario) -> Option<&'static str> {
    if *sc == crate::shared::lab_default() {
        return None;
    }
    PresetId::of(sc).map(PresetId::id)
}

/// The scenario of preset `id`, or what is wrong with the id (for a notice).
pub(super) fn scenario(id: &str) -> Result<Scenario, Problem> {
    PresetId::from_id(id)
        .map(PresetId::scenario)
        .ok_or_else(|| Problem::NotPreset { value: short(id), ids: PresetId::ALL.iter().map(|p| p.id()).collect() })
}
