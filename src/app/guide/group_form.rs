//! Step 5, second half: the create-Auto-Scaling-group wizard (template, Availability Zones,
//! the existing target group, ELB health checks, grace period, capacity, target tracking).

use leptos::prelude::*;

use super::form::{at, az_set, chosen_azs, submit, AzChecks, Check, FieldMsg, FormAlert, FormError};
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::app::widgets::{Choice, Field};
use crate::sim::account::{AccountError, Action, GroupForm};
use crate::view_model::i18n::{tr, Text};

#[component]
pub fn GroupFormView() -> impl IntoView {
    let lab = use_lab();
    let name = RwSignal::new(crate::sim::account::guide::names::GROUP.to_string());
    let template = RwSignal::new(String::new());
    let azs = az_set();
    let tg = RwSignal::new(String::new());
    let elb = RwSignal::new(false);
    let (grace, desired, min, max) = (
        RwSignal::new("300".to_string()),
        RwSignal::new("1".to_string()),
        RwSignal::new("1".to_string()),
        RwSignal::new("1".to_string()),
    );
    let tt = RwSignal::new(false);
    let (target, warmup) = (RwSignal::new("50".to_string()), RwSignal::new("300".to_string()));
    let err: FormError = RwSignal::new(None);
    let templates = Signal::derive(move || {
        lab.with_account(|a| {
            a.launch_templates()
                .map(|l| (l.name.clone(), format!("{} ({}) · Default (1)", l.name, l.id)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let tgs = Signal::derive(move || {
        let mut v = vec![(String::new(), "—".to_string())];
        v.extend(
            lab.with_account(|a| a.target_groups().map(|g| (g.name.clone(), g.name.clone())).collect::<Vec<_>>())
                .unwrap_or_default(),
        );
        v
    });
    Effect::new(move |_| {
        if let Some(Some(t)) = lab.with_account(|a| a.launch_templates().last().map(|l| l.name.clone())) {
            if template.get_untracked().is_empty() {
                template.set(t);
            }
        }
    });
    let create = move || {
        let lang = lab.lang.get_untracked();
        let whole = |s: RwSignal<String>, field| parse_whole(lang, &s.get_untracked(), field);
        let numbers = (|| {
            let (d, mi, ma) = (whole(desired, "capacity")?, whole(min, "capacity")?, whole(max, "capacity")?);
            Ok::<_, AccountError>((d, mi, ma, whole(grace, "grace")?, whole(warmup, "policy")?))
        })();
        let (d, mi, ma, g, w) = match numbers {
            Ok(v) => v,
            Err(e) => return err.set(Some(e)),
        };
        let Some(target_value) = target.get_untracked().trim().parse::<f64>().ok().filter(|v| v.is_finite()) else {
            return err.set(Some(AccountError::field("policy", "", tr(lang, Text::FormNumber))));
        };
        let form = GroupForm {
            name: name.get_untracked(),
            template: template.get_untracked(),
            version: None,
            azs: chosen_azs(&azs),
            target_group: Some(tg.get_untracked()).filter(|t| !t.is_empty()),
            elb_health: elb.get_untracked(),
            grace_s: g.min(7200),
            desired: d,
            min: mi,
            max: ma,
            cpu_target: tt.get_untracked().then_some((target_value, w.min(3600))),
        };
        submit(lab, err, Action::CreateGroup(form));
    };
    view! {
        <fieldset class="form wizard" data-testid="group-form">
            <legend><Tr k=Text::FormCreateGroup /></legend>
            <Field label=Text::FormGroupName testid="group-name" value=name message=at(err, "name") text=true />
            <Choice label=Text::FormLaunchTemplate testid="group-template" options=templates selected=template on_change=Callback::new(move |v| template.set(v)) />
            <FieldMsg err=err field="template" testid="group-template-msg" />
            <AzChecks prefix="group" azs=azs err=err />
            <Choice label=Text::FormAttachTg testid="group-tg" options=tgs selected=tg on_change=Callback::new(move |v| tg.set(v)) />
            <Check label=Text::FormElbHealth testid="group-elb" value=elb />
            <Field label=Text::FormGrace testid="group-grace" value=grace message=at(err, "grace") />
            <Field label=Text::FormDesired testid="group-desired" value=desired message=at(err, "capacity") />
            <Field label=Text::FormMin testid="group-min" value=min />
            <Field label=Text::FormMax testid="group-max" value=max />
            <Check label=Text::FormTargetTracking testid="group-tt" value=tt />
            <Field label=Text::FormTargetValue testid="group-target" value=target message=at(err, "policy") />
            <Field label=Text::FormWarmup testid="group-warmup" value=warmup />
            <button class="primary" data-testid="group-create" on:click=move |_| create()><Tr k=Text::FormCreateGroup /></button>
            <FormAlert err=err fields=&["name", "template", "subnets", "capacity", "grace", "policy"] testid="group-error" />
        </fieldset>
    }
}

/// A whole number typed into a field, or the lab's own message at `field` (no AWS code:
/// the console's number boxes do not let a learner type anything else).
pub(super) fn parse_whole(
    lang: crate::view_model::i18n::Lang,
    s: &str,
    field: &'static str,
) -> Result<u32, AccountError> {
    s.trim().parse::<u32>().map_err(|_| AccountError::field(field, "", tr(lang, Text::FormWholeNumber)))
}
