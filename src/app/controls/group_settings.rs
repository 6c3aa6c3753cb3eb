//! Advanced group settings: launch-template instance type, health checks, warm-up and
//! cooldown, termination policy and scale-in protection. Each change is one API call.

use leptos::prelude::*;

use super::field::{Choice, Field};
use crate::app::state::use_lab;
use crate::sim::{Command, HealthCheckType, InstanceType, TerminationPolicy};
use crate::view_model::form::{parse_count, parse_seconds};

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

    let types = InstanceType::ALL
        .iter()
        .map(|t| (t.name().to_string(), format!("{} — {} vCPU", t.name(), t.vcpus())))
        .collect();
    let set_type = Callback::new(move |v: String| {
        if let Some(t) = InstanceType::ALL.iter().find(|t| t.name() == v) {
            report(lab.apply(Command::SetInstanceType(*t)));
        }
    });
    let policies = TERMINATION.iter().map(|p| (p.to_string(), p.to_string())).collect();
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
        let parsed = (|| {
            let grace = parse_seconds("Health check grace period", &grace.get_untracked(), 0, 7200)?;
            let warm = parse_count("Default instance warm-up", &warmup.get_untracked(), 3600)?;
            let cool = parse_seconds("Default cooldown", &cooldown.get_untracked(), 0, 86_400)?;
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
            <Choice label="Instance type" testid="instance-type" options=types
                selected=Signal::derive(move || sc().instance_type.name().to_string()) on_change=set_type />
            <Choice label="Termination policy" testid="termination-policy" options=policies
                selected=Signal::derive(move || sc().group.termination_policy.to_string()) on_change=set_policy />
            <label class="check">
                <input type="checkbox" data-testid="protect-new"
                    prop:checked=move || sc().group.protect_new_instances
                    on:change=move |ev| report(lab.apply(Command::SetProtectNewInstances(event_target_checked(&ev)))) />
                "Protect new instances from scale-in"
            </label>
            <label class="check">
                <input type="checkbox" data-testid="hc-elb" prop:checked=move || hc_elb.get()
                    on:change=move |ev| { hc_elb.set(event_target_checked(&ev)); apply_timing(); } />
                "Turn on Elastic Load Balancing health checks"
            </label>
            <Field label="Health check grace period" testid="hc-grace" value=grace unit="s" />
            <Field label="Default instance warm-up (blank = not set)" testid="default-warmup" value=warmup unit="s" />
            <Field label="Default cooldown" testid="default-cooldown" value=cooldown unit="s" />
            <button data-testid="group-settings-apply" on:click=move |_| apply_timing()>"Apply"</button>
            <p class="field-msg" data-testid="group-settings-msg" role="alert">{move || message.get()}</p>
        </div>
    }
}
