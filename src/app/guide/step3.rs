//! Step 3: create a target group (instances, HTTP:80, health-check path, register the
//! instance), then the Application Load Balancer (internet-facing, two or more Availability
//! Zones, security groups, listener HTTP:80 forwarding to the target group).

use leptos::prelude::*;

use super::form::{at, az_set, chosen_azs, submit, AzChecks, Check, FieldMsg, FormAlert, FormError};
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::app::widgets::{Choice, Field};
use crate::sim::account::{Action, InstanceState, LoadBalancerForm, Rule, Source};
use crate::view_model::i18n::Text;

/// Create target group.
#[component]
pub fn TargetGroupForm() -> impl IntoView {
    let lab = use_lab();
    let name = RwSignal::new(crate::sim::account::guide::names::TARGET_GROUP.to_string());
    let path = RwSignal::new("/".to_string());
    let register = RwSignal::new(String::new());
    let err: FormError = RwSignal::new(None);
    let instances = Signal::derive(move || {
        let mut v = vec![(String::new(), "—".to_string())];
        v.extend(
            lab.with_account(|a| {
                a.instances()
                    .filter(|i| matches!(i.state, InstanceState::Pending | InstanceState::Running))
                    .map(|i| (i.id.clone(), format!("{} ({})", i.id, i.name)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
        );
        v
    });
    let create = move || {
        let register: Vec<String> = Some(register.get_untracked()).filter(|r| !r.is_empty()).into_iter().collect();
        let a =
            Action::CreateTargetGroup { name: name.get_untracked(), port: 80, hc_path: path.get_untracked(), register };
        submit(lab, err, a);
    };
    view! {
        <fieldset class="form" data-testid="tg-form">
            <legend><Tr k=Text::FormCreateTargetGroup /></legend>
            <Field label=Text::FormTargetGroupName testid="tg-name" value=name message=at(err, "name") text=true />
            <p class="muted">"Instances · HTTP : 80 · VPC vpc-0a1b2c3d4e5f60718"</p>
            <Field label=Text::FormHealthPath testid="tg-path" value=path message=at(err, "hc_path") text=true />
            <Choice label=Text::FormRegister testid="tg-register" options=instances selected=register on_change=Callback::new(move |v| register.set(v)) />
            <FieldMsg err=err field="targets" testid="tg-register-msg" />
            <button class="primary" data-testid="tg-create" on:click=move |_| create()><Tr k=Text::FormCreateTargetGroup /></button>
            <FormAlert err=err fields=&["name", "hc_path", "targets"] testid="tg-error" />
        </fieldset>
    }
}

/// Create Application Load Balancer.
#[component]
pub fn LoadBalancerFormView() -> impl IntoView {
    let lab = use_lab();
    let name = RwSignal::new(crate::sim::account::guide::names::LOAD_BALANCER.to_string());
    let internet = RwSignal::new(true);
    let azs = az_set();
    let new_sg = RwSignal::new(true);
    let sg = RwSignal::new(String::new());
    let tg = RwSignal::new(String::new());
    let err: FormError = RwSignal::new(None);
    let sgs = Signal::derive(move || {
        lab.with_account(|a| {
            a.security_groups().map(|g| (g.id.clone(), format!("{} ({})", g.name, g.id))).collect::<Vec<_>>()
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
    let create = move || {
        let mut groups = Vec::new();
        if new_sg.get_untracked() {
            let sg_name = crate::sim::account::guide::names::ALB_SG;
            let exists = lab.with_account(|a| a.security_groups().any(|g| g.name == sg_name)).unwrap_or(false);
            if !exists {
                let rules = vec![Rule { port: 80, source: Source::Anywhere }];
                let a = Action::CreateSecurityGroup {
                    name: sg_name.into(),
                    description: "HTTP to the load balancer".into(),
                    rules,
                };
                if !submit(lab, err, a) {
                    return;
                }
            }
            groups.push(format!("@{sg_name}"));
        } else if !sg.get_untracked().is_empty() {
            groups.push(sg.get_untracked());
        }
        let form = LoadBalancerForm {
            name: name.get_untracked(),
            internet_facing: internet.get_untracked(),
            azs: chosen_azs(&azs),
            groups,
            port: 80,
            target_group: tg.get_untracked(),
        };
        submit(lab, err, Action::CreateLoadBalancer(form));
    };
    view! {
        <fieldset class="form" data-testid="alb-form">
            <legend><Tr k=Text::FormCreateLoadBalancer /></legend>
            <Field label=Text::FormLoadBalancerName testid="alb-name" value=name message=at(err, "name") text=true />
            <Check label=Text::FormInternetFacing testid="alb-internet" value=internet />
            <AzChecks prefix="alb" azs=azs err=err />
            <Check label=Text::FormNewAlbSg testid="alb-new-sg" value=new_sg />
            <Choice label=Text::FormSecurityGroups testid="alb-sg" options=sgs selected=sg on_change=Callback::new(move |v| sg.set(v)) />
            <Choice label=Text::FormListener testid="alb-tg" options=tgs selected=tg on_change=Callback::new(move |v| tg.set(v)) />
            <FieldMsg err=err field="listener" testid="alb-tg-msg" />
            <button class="primary" data-testid="alb-create" on:click=move |_| create()><Tr k=Text::FormCreateLoadBalancer /></button>
            <FormAlert err=err fields=&["name", "subnets", "listener"] testid="alb-error" />
        </fieldset>
    }
}
