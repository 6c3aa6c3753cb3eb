//! How an instance tile reads: state as text (never colour alone), its CSS class, credits.

use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::{InstanceView, LifecycleState, TargetState};

/// What a tile shows, reduced to what changes its DOM: compared every frame, so that a tile
/// re-renders only when something visible changed (CPU to the whole percent, credits to the
/// tenth), not on every simulated second.
#[derive(Clone, Debug, PartialEq)]
pub struct TileData {
    /// The state as text ([`state_text`]).
    pub state: String,
    /// The CSS class, for the colour ([`state_class`]).
    pub class: &'static str,
    /// CPU utilisation, rounded [%].
    pub cpu_pct: u8,
    /// CPU credits, for burstable types ([`credits_text`]).
    pub credits: Option<String>,
    /// A `stress` run is going on.
    pub stressed: bool,
    /// Protected from scale-in.
    pub protected: bool,
    /// The tile offers actions ([`actionable`]).
    pub actionable: bool,
}

impl TileData {
    /// What instance `i`'s tile shows, texts in `lang`.
    pub fn of(lang: Lang, i: &InstanceView) -> Self {
        TileData {
            state: state_text(lang, i),
            class: state_class(i),
            cpu_pct: cpu_pct(i),
            credits: credits_text(lang, i),
            stressed: i.stress_until.is_some(),
            protected: i.protected,
            actionable: actionable(i),
        }
    }
}

/// CPU utilisation as shown, to the whole percent [%] (0 when the engine has no number).
pub fn cpu_pct(i: &InstanceView) -> u8 {
    if i.cpu.is_finite() {
        i.cpu.round().clamp(0.0, 100.0) as u8
    } else {
        0
    }
}

/// `InService · warming up`, `Terminating · draining`, `InService · Unhealthy` … The
/// lifecycle state and AWS's health status stay as the console shows them in every language.
pub fn state_text(lang: Lang, i: &InstanceView) -> String {
    // a target registered beside the group has no ASG lifecycle (§11 "Targets beside the group")
    let mut s = if i.outside { tr(lang, Text::OutsideTarget).to_string() } else { i.lifecycle.to_string() };
    let mut add = |part: &str| {
        s.push_str(" · ");
        s.push_str(part);
    };
    if !i.healthy {
        add("Unhealthy");
    }
    match (i.lifecycle, i.target_state) {
        // the target group lists a terminated instance's target as draining until the
        // deregistration delay ends (docs/aws-behaviour.md §6 "Deregistration delay")
        (LifecycleState::Terminating | LifecycleState::Terminated, TargetState::Draining) => {
            add(tr(lang, Text::Draining))
        }
        (LifecycleState::InService, TargetState::Initial) => add(tr(lang, Text::HealthChecking)),
        (LifecycleState::InService, TargetState::Unhealthy) if i.healthy => add(tr(lang, Text::TargetUnhealthy)),
        _ => {}
    }
    if i.warming && i.lifecycle == LifecycleState::InService {
        add(tr(lang, Text::WarmingUp));
    }
    // automatic target weights (docs/aws-behaviour.md §6 "Routing algorithms")
    if i.anomalous {
        add(tr(lang, Text::Anomalous));
    }
    if i.mitigated {
        add(tr(lang, Text::Mitigated));
    }
    s
}

/// CSS class of the tile: its colour, always paired with [`state_text`].
pub fn state_class(i: &InstanceView) -> &'static str {
    match i.lifecycle {
        _ if i.outside => "outside",
        _ if !i.healthy => "unhealthy",
        LifecycleState::Pending => "pending",
        LifecycleState::InService if i.target_state == TargetState::Unhealthy => "unhealthy",
        LifecycleState::InService if i.warming || i.target_state == TargetState::Initial => "warming",
        LifecycleState::InService => "inservice",
        LifecycleState::Terminating => "terminating",
        LifecycleState::Terminated => "terminated",
    }
}

/// `credits 24.6` for burstable types, nothing otherwise.
pub fn credits_text(lang: Lang, i: &InstanceView) -> Option<String> {
    i.credits.map(|c| fill(lang, Text::Credits, &[("n", &format!("{:.1}", c.max(0.0)))]))
}

/// Whether the tile offers actions (stress, terminate, mark unhealthy).
pub fn actionable(i: &InstanceView) -> bool {
    !i.outside && matches!(i.lifecycle, LifecycleState::Pending | LifecycleState::InService)
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::{Scenario, Sim};

    fn first_instance() -> InstanceView {
        Sim::new(Scenario::default()).snapshot().instances[0].clone()
    }

    #[test]
    fn state_is_text_first() {
        let mut i = first_instance();
        i.lifecycle = LifecycleState::InService;
        i.target_state = TargetState::Healthy;
        i.healthy = true;
        i.warming = false;
        assert_eq!(state_text(Lang::En, &i), "InService");
        assert_eq!(state_class(&i), "inservice");
        i.warming = true;
        assert_eq!(state_text(Lang::En, &i), "InService · warming up");
        assert_eq!(state_text(Lang::Ko, &i), "InService · 워밍업 중", "AWS's state stays as it is");
        assert_eq!(state_class(&i), "warming");
        i.healthy = false;
        assert_eq!(state_text(Lang::En, &i), "InService · Unhealthy · warming up");
        assert_eq!(state_class(&i), "unhealthy");
        i.healthy = true;
        i.warming = false;
        i.lifecycle = LifecycleState::Terminating;
        i.target_state = TargetState::Draining;
        assert_eq!(state_text(Lang::En, &i), "Terminating · draining");
        assert_eq!(state_class(&i), "terminating");
        assert!(!actionable(&i));
        i.lifecycle = LifecycleState::Terminated;
        assert_eq!(state_text(Lang::En, &i), "Terminated · draining");
        i.lifecycle = LifecycleState::InService;
        i.target_state = TargetState::Healthy;
        (i.anomalous, i.mitigated) = (true, true);
        assert_eq!(state_text(Lang::En, &i), "InService · anomalous · traffic reduced");
        (i.anomalous, i.mitigated) = (false, false);
        i.lifecycle = LifecycleState::Pending;
        i.target_state = TargetState::Unused;
        assert_eq!((state_text(Lang::En, &i).as_str(), state_class(&i)), ("Pending", "pending"));
        assert!(actionable(&i));
    }

    #[test]
    fn tile_data_rounds_what_it_shows() {
        let mut i = first_instance();
        i.cpu = 49.6;
        let a = TileData::of(Lang::En, &i);
        assert_eq!(a.cpu_pct, 50);
        i.cpu = 50.2;
        assert_eq!(TileData::of(Lang::En, &i), a, "no visible change, no re-render");
        i.cpu = f64::NAN;
        assert_eq!(TileData::of(Lang::En, &i).cpu_pct, 0);
    }

    #[test]
    fn credits_only_for_burstable() {
        let mut i = first_instance();
        i.credits = Some(29.96);
        assert_eq!(credits_text(Lang::En, &i).as_deref(), Some("credits 30.0"));
        assert_eq!(credits_text(Lang::Ko, &i).as_deref(), Some("크레딧 30.0"));
        i.credits = None;
        assert_eq!(credits_text(Lang::En, &i), None);
    }
}
