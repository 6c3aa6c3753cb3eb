//! Scaling policies: the list (with what each does), remove, add from a menu of kinds, and a
//! target slider for each target-tracking policy. Each change is one `PutScalingPolicy` /
//! `DeletePolicy` at the current simulated time.

use leptos::prelude::*;

use crate::app::widgets::{labelled, Select, Tr};

use super::policy_edit::PolicyEditor;
use crate::app::state::use_lab;
use crate::sim::{Command, PolicySpec, TtMetric};
use crate::view_model::controls::policies::{describe, new_policy, tt_target, with_target, KINDS};
use crate::view_model::i18n::{remove_policy, target_for, target_value, tr, Lang, Text};

#[component]
pub fn PoliciesControl() -> impl IntoView {
    let lab = use_lab();
    let message = RwSignal::new(None::<String>);
    let kind = RwSignal::new(KINDS[0].0.to_string());
    let policies = Memo::new(move |_| lab.scenario().policies);
    let add = move |_| {
        let names: Vec<String> = policies.with_untracked(|ps| ps.iter().map(|p| p.name().to_string()).collect());
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        if let Some(p) = new_policy(&kind.get_untracked(), &names, lab.snapshot.with_untracked(|s| s.t)) {
            message.set(lab.apply(Command::PutPolicy(p)).err().map(|e| e.message));
        }
    };

    let t = move |key: Text| tr(lab.lang.get(), key);

    view! {
        <section class="panel policies" aria-labelledby="policies-h">
            <h2 id="policies-h"><Tr k=Text::ScalingPolicies /></h2>
            <ul class="policy-list" data-testid="policy-list">
                <For each=move || policies.get() key=|p| (p.name().to_string(), describe(Lang::En, p)) let(p)>
                    <PolicyRow policy=p message=message />
                </For>
            </ul>
            <p class="muted" data-testid="no-policies" hidden=move || policies.with(|p| !p.is_empty())>
                <Tr k=Text::NoPolicies />
            </p>
            <div class="add-policy">
                <Select testid="policy-kind" label=Signal::derive(move || t(Text::PolicyKindToAdd).to_string())
                    options=labelled(KINDS) selected=kind on_change=Callback::new(move |v| kind.set(v)) />
                <button data-testid="policy-add" on:click=add><Tr k=Text::AddPolicy /></button>
            </div>
            <p class="field-msg" data-testid="policy-msg" role="alert">{move || message.get()}</p>
        </section>
    }
}

#[component]
fn PolicyRow(policy: PolicySpec, message: RwSignal<Option<String>>) -> impl IntoView {
    let lab = use_lab();
    let name = policy.name().to_string();
    let remove_name = name.clone();
    let remove = move |_| message.set(lab.apply(Command::DeletePolicy(remove_name.clone())).err().map(|e| e.message));
    let lang = move || lab.lang.get();
    let slider = tt_target(&policy).map(|(metric, target)| {
        let (max, unit) = match metric {
            TtMetric::ASGAverageCPUUtilization => (100.0, None),
            TtMetric::ALBRequestCountPerTarget => (20_000.0, Some(Text::UnitReqPerTargetMin)),
        };
        let unit = move || unit.map_or("%", |u| tr(lang(), u));
        let p = policy.clone();
        let slider_name = name.clone();
        view! {
            <label class="target-slider">
                <span class="field-label">{move || target_value(lang(), target, unit())}</span>
                <input type="range" min="1" max=max.to_string() step="1" value=target.to_string()
                    aria-label=move || target_for(lang(), &slider_name) data-testid="policy-target"
                    on:change=move |ev| {
                        if let Some(q) = event_target_value(&ev).parse::<f64>().ok().and_then(|v| with_target(&p, v)) {
                            message.set(lab.apply(Command::PutPolicy(q)).err().map(|e| e.message));
                        }
                    } />
            </label>
        }
    });
    let remove_label = name.clone();
    let policy_desc = policy.clone();
    view! {
        <li class="policy" data-testid="policy-row" data-policy-name=name.clone()>
            <div class="policy-head">
                <strong>{name.clone()}</strong>
                <button class="small" data-testid="policy-remove" aria-label=move || remove_policy(lang(), &remove_label)
                    on:click=remove>{move || tr(lang(), Text::Remove)}</button>
            </div>
            <p class="policy-desc">{move || describe(lang(), &policy_desc)}</p>
            {slider}
            <PolicyEditor policy=policy.clone() message=message />
        </li>
    }
}
