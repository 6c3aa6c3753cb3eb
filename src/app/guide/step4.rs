//! Step 4: Actions → Image and templates → Create image (name, "No reboot" cleared by
//! default: the instance reboots).

use leptos::prelude::*;

use super::form::{at, submit, Check, FormAlert, FormError};
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::app::widgets::{Choice, Field};
use crate::sim::account::{Action, InstanceState};
use crate::view_model::i18n::Text;

#[component]
pub fn ImageForm() -> impl IntoView {
    let lab = use_lab();
    let instance = RwSignal::new(String::new());
    let name = RwSignal::new(crate::sim::account::guide::names::IMAGE.to_string());
    let no_reboot = RwSignal::new(false);
    let err: FormError = RwSignal::new(None);
    let instances = Signal::derive(move || {
        lab.with_account(|a| {
            a.instances()
                .filter(|i| matches!(i.state, InstanceState::Pending | InstanceState::Running))
                .map(|i| (i.id.clone(), format!("{} ({}) · {}", i.id, i.name, i.state.label())))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    Effect::new(move |_| {
        if let Some(first) = instances.with(|v| v.first().map(|x| x.0.clone())) {
            if instance.get_untracked().is_empty() {
                instance.set(first);
            }
        }
    });
    let create = move || {
        let a = Action::CreateImage {
            instance: instance.get_untracked(),
            name: name.get_untracked(),
            no_reboot: no_reboot.get_untracked(),
        };
        submit(lab, err, a);
    };
    view! {
        <fieldset class="form" data-testid="image-form">
            <legend><Tr k=Text::FormCreateImage /></legend>
            <Choice label=Text::FormInstance testid="image-instance" options=instances selected=instance on_change=Callback::new(move |v| instance.set(v)) />
            <Field label=Text::FormImageName testid="image-name" value=name message=at(err, "name") text=true />
            <Check label=Text::FormNoReboot testid="image-no-reboot" value=no_reboot />
            <button class="primary" data-testid="image-create" on:click=move |_| create()><Tr k=Text::FormCreateImage /></button>
            <FormAlert err=err fields=&["name"] testid="image-error" />
        </fieldset>
    }
}
