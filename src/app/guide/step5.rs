//! Step 5, first half: create a launch template from "My AMIs" (type, key pair, security
//! group, "Detailed CloudWatch monitoring" with the console's default and what it changes).

use leptos::prelude::*;

use super::form::{at, submit, Check, FieldMsg, FormAlert, FormError};
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::app::widgets::{Choice, Field};
use crate::sim::account::{Action, ImageRef, TemplateForm};
use crate::sim::catalog::InstanceType;
use crate::view_model::i18n::{tr, Text};

#[component]
pub fn TemplateFormView() -> impl IntoView {
    let lab = use_lab();
    let name = RwSignal::new(crate::sim::account::guide::names::TEMPLATE.to_string());
    let image = RwSignal::new(String::new());
    let key = RwSignal::new(String::new());
    let sg = RwSignal::new(String::new());
    let detailed = RwSignal::new(false);
    let err: FormError = RwSignal::new(None);
    let lang = move || lab.lang.get();
    let images = Signal::derive(move || {
        lab.with_account(|a| {
            a.images()
                .map(|i| (i.id.clone(), format!("{} · {} ({})", tr(lang(), Text::FormMyAmis), i.name, i.id)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let keys = Signal::derive(move || {
        let mut v = vec![(String::new(), tr(lang(), Text::FormNoKeyPair).to_string())];
        v.extend(
            lab.with_account(|a| a.key_pairs().map(|k| (k.name.clone(), k.name.clone())).collect::<Vec<_>>())
                .unwrap_or_default(),
        );
        v
    });
    let sgs = Signal::derive(move || {
        lab.with_account(|a| {
            a.security_groups().map(|g| (g.id.clone(), format!("{} ({})", g.name, g.id))).collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    Effect::new(move |_| {
        // first choices: the newest AMI, the newest key pair, the wizard's security group
        let picks = lab.with_account(|a| {
            (
                a.images().last().map(|i| i.id.clone()),
                a.key_pairs().last().map(|k| k.name.clone()),
                a.security_groups().find(|g| g.name.starts_with("launch-wizard")).map(|g| g.id.clone()),
            )
        });
        if let Some((i, k, g)) = picks {
            for (sig, v) in [(image, i), (key, k), (sg, g)] {
                if let Some(v) = v.filter(|_| sig.get_untracked().is_empty()) {
                    sig.set(v);
                }
            }
        }
    });
    let create = move || {
        let form = TemplateForm {
            name: name.get_untracked(),
            image: ImageRef::Own(image.get_untracked()),
            itype: InstanceType::T2Micro,
            key: Some(key.get_untracked()).filter(|k| !k.is_empty()),
            groups: Some(sg.get_untracked()).filter(|g| !g.is_empty()).into_iter().collect(),
            detailed_monitoring: detailed.get_untracked(),
        };
        submit(lab, err, Action::CreateLaunchTemplate(form));
    };
    view! {
        <fieldset class="form" data-testid="template-form">
            <legend><Tr k=Text::FormLaunchTemplate /></legend>
            <Field label=Text::FormTemplateName testid="template-name" value=name message=at(err, "name") text=true />
            <Choice label=Text::FormMyAmis testid="template-image" options=images selected=image on_change=Callback::new(move |v| image.set(v)) />
            <FieldMsg err=err field="image" testid="template-image-msg" />
            <p class="muted">{move || format!("{}: t2.micro", tr(lang(), Text::FormInstanceType))}</p>
            <Choice label=Text::FormKeyPair testid="template-key" options=keys selected=key on_change=Callback::new(move |v| key.set(v)) />
            <Choice label=Text::FormSecurityGroups testid="template-sg" options=sgs selected=sg on_change=Callback::new(move |v| sg.set(v)) />
            <Check label=Text::FormDetailedMonitoring testid="template-detailed" value=detailed />
            <p class="muted"><Tr k=Text::FormDetailedHint /></p>
            <button class="primary" data-testid="template-create" on:click=move |_| create()><Tr k=Text::FormLaunchTemplate /></button>
            <FormAlert err=err fields=&["name", "image"] testid="template-error" />
        </fieldset>
    }
}
