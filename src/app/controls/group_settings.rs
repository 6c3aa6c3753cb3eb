//! Advanced group settings: launch-template instance type, health checks, warm-up and
//! cooldown, termination policy and scale-in protection. Each change is one API call.

use leptos::prelude::*;

use crate::app::widgets::Tr;

use crate::app::state::use_lab;
use crate::app::widgets::{Choice, Field, Knob};
use crate::sim::challenge::Knob as K;
use crate::sim::limits::{COOLDOWN, GRACE, WARMUP};
use crate::sim::{Command, HealthCheckType, InstanceType, TerminationPolicy};
use crate::view_model::controls::form::{parse_count, parse_setting};
use crate::view_model::i18n::{tr, Text};

const TERMINATION: [TerminationPolicy; 5] = [
    TerminationPolicy::Default,
    TerminationPolicy::OldestInstance,
    TerminationPolicy::NewestInstance,
    TerminationPolicy::ClosestToNextInstanceHour,
    TerminationPolicy::OldestLaunchTemplate,
];

#[component]
pub fn GroupSettings() -> impl IntoView {
    let lab = use_lab();
    let sc = move || lab.scenario();
    let message = RwSignal::new(None::<String>);
    let report = move |r: Result<(), crate::sim::CommandError>| message.set(r.err().map(|e| e.message));

    let types: Vec<(String, String)> = InstanceType::ALL
        .iter()
        .map(|t| (t.name().to_string(), format!("{} — {} vCPU", t.name(), t.vcpus())))
        .collect();
    let set_type = Callback::new(move |v: String| {
        if let Some(t) = InstanceType::ALL.iter().find(|t| t.name() == v) {
            report(lab.apply(Command::SetInstanceType(*t)));
        }
    });
    let policies: Vec<(String, String)> = TERMINATION.iter().map(|p| (p.to_string(), p.to_string())).collect();
    let set_policy = Callback::new(move |v: String| {
        if let Some(p) = TERMINATION.iter().find(|p| p.to_string() == v) {
            report(lab.apply(Command::SetTerminationPolicy(*p)));
        }
    });

    let g = lab.scenario_untracked().group;
    let hc_elb = RwSignal::new(g.health_check_type == HealthCheckType::ELB);
    let grace = RwSignal::new(g.health_check_grace_s.to_string());
    let warmup = RwSignal::new(g.default_warmup_s.map(|w| w.to_string()).unwrap_or_default());
    let cooldown = RwSignal::new(g.default_cooldown_s.to_string());
    let apply_timing = move || {
        let lang = lab.lang.get_untracked();
        let parsed = (|| {
            let grace = parse_setting(lang, tr(lang, Text::HealthCheckGracePeriod), &grace.get_untracked(), &GRACE)?;
            let warm = parse_count(lang, tr(lang, Text::DefaultWarmup), &warmup.get_untracked(), WARMUP.hi)?;
            let cool = parse_setting(lang, tr(lang, Text::DefaultCooldown), &cooldown.get_untracked(), &COOLDOWN)?;
            Ok::<_, String>((grace, warm, cool))
        })();
        match parsed {
            Err(e) => message.set(Some(e)),
            Ok((grace_s, warm, cool)) => {
                let kind = if hc_elb.get_untracked() { HealthCheckType::ELB } else { HealthCheckType::EC2 };
                report(lab.apply(Command::SetHealthCheck { kind, grace_s }).and_then(|_| {
                    lab.apply(Command::SetWarmupCooldown { default_warmup_s: warm, default_cooldown_s: cool })
                }));
            }
        }
    };

    view! {
        <div class="settings-grid">
            <Knob knobs=&[K::InstanceType]>
            <Choice label=Text::InstanceType testid="instance-type" options=types
                selected=Signal::derive(move || sc().instance_type.name().to_string()) on_change=set_type />
            </Knob>
            <Knob knobs=&[K::Termination]>
            <Choice label=Text::TerminationPolicy testid="termination-policy" options=policies
                selected=Signal::derive(move || sc().group.termination_policy.to_string()) on_change=set_policy />
            <label class="check">
                <input type="checkbox" data-testid="protect-new"
                    prop:checked=move || sc().group.protect_new_instances
                    on:change=move |ev| report(lab.apply(Command::SetProtectNewInstances(event_target_checked(&ev)))) />
                <Tr k=Text::ProtectNewInstances />
            </label>
            </Knob>
            <Knob knobs=&[K::HealthChecks, K::WarmupCooldown]>
            <label class="check">
                <input type="checkbox" data-testid="hc-elb" prop:checked=move || hc_elb.get()
                    on:change=move |ev| { hc_elb.set(event_target_checked(&ev)); apply_timing(); } />
                <Tr k=Text::ElbHealthChecks />
            </label>
            <Field label=Text::HealthCheckGracePeriod testid="hc-grace" value=grace unit=Text::UnitSeconds />
            <Field label=Text::DefaultWarmupField testid="default-warmup" value=warmup unit=Text::UnitSeconds />
            <Field label=Text::DefaultCooldown testid="default-cooldown" value=cooldown unit=Text::UnitSeconds />
            <button data-testid="group-settings-apply" on:click=move |_| apply_timing()><Tr k=Text::Apply /></button>
            </Knob>
            <p class="field-msg" data-testid="group-settings-msg" role="alert">{move || message.get()}</p>
        </div>
    }
}
