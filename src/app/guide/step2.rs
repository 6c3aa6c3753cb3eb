//! Step 2: create a key pair, then the launch-instance wizard (name, image, type, key pair,
//! network settings, storage) as the console lays it out.

use leptos::prelude::*;

use super::form::shown_region;
use super::form::{at, submit, Check, FieldMsg, FormAlert, FormError};
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::app::widgets::{Choice, Field};
use crate::sim::account::{Action, Catalogue, ImageRef, ImageState, InstanceForm, Rule, Source};
use crate::sim::catalog::InstanceType;
use crate::view_model::i18n::{fill, tr, Text};

const TYPES: [InstanceType; 4] =
    [InstanceType::T2Micro, InstanceType::T3Micro, InstanceType::T3Small, InstanceType::M5Large];

/// Create key pair.
#[component]
pub fn KeyPairForm() -> impl IntoView {
    let lab = use_lab();
    let name = RwSignal::new(crate::sim::account::guide::names::KEY.to_string());
    let err: FormError = RwSignal::new(None);
    let saved = RwSignal::new(None::<String>);
    let create = move || {
        let n = name.get_untracked();
        if submit(lab, err, Action::CreateKeyPair(n.clone())) {
            saved.set(Some(n));
        }
    };
    view! {
        <fieldset class="form" data-testid="keypair-form">
            <legend><Tr k=Text::FormCreateKeyPair /></legend>
            <Field label=Text::FormKeyPairName testid="keypair-name" value=name message=at(err, "name") text=true on_enter=move |_| create() />
            <button data-testid="keypair-create" on:click=move |_| create()><Tr k=Text::FormCreate /></button>
            <FormAlert err=err fields=&["name"] testid="keypair-error" />
            <p class="note" data-testid="keypair-saved" hidden=move || saved.with(Option::is_none)>
                {move || saved.get().map(|n| fill(lab.lang.get(), Text::KeyDownloaded, &[("file", &format!("{n}.pem"))]))}
            </p>
        </fieldset>
    }
}

/// The launch-instance wizard.
#[component]
pub fn LaunchForm() -> impl IntoView {
    let lab = use_lab();
    let name = RwSignal::new("wordpress".to_string());
    let image = RwSignal::new("bitnami".to_string());
    let itype = RwSignal::new(InstanceType::T2Micro.name().to_string());
    let key = RwSignal::new(String::new());
    let az = RwSignal::new("-".to_string());
    let public_ip = RwSignal::new(true);
    let ssh = RwSignal::new("any".to_string());
    let http = RwSignal::new(false);
    let gb = RwSignal::new("8".to_string());
    let err: FormError = RwSignal::new(None);
    let lang = move || lab.lang.get();
    let images = Signal::derive(move || {
        let mut v = vec![
            ("bitnami".to_string(), Catalogue::BitnamiWordPress.title().to_string()),
            ("al2023".to_string(), Catalogue::AmazonLinux2023.title().to_string()),
        ];
        let own = lab.with_account(|a| {
            a.images()
                .map(|i| {
                    let st = if i.state == ImageState::Available { "available" } else { "pending" };
                    (i.id.clone(), format!("{} · {} · {} ({st})", tr(lang(), Text::FormMyAmis), i.name, i.id))
                })
                .collect::<Vec<_>>()
        });
        v.extend(own.unwrap_or_default());
        v
    });
    let types = Signal::derive(move || {
        TYPES
            .iter()
            .map(|t| {
                let free = if *t == InstanceType::T2Micro {
                    format!(" · {}", tr(lang(), Text::FormFreeTier))
                } else {
                    String::new()
                };
                (t.name().to_string(), format!("{}{free}", t.name()))
            })
            .collect::<Vec<_>>()
    });
    let keys = Signal::derive(move || {
        let mut v = vec![(String::new(), tr(lang(), Text::FormNoKeyPair).to_string())];
        v.extend(
            lab.with_account(|a| a.key_pairs().map(|k| (k.name.clone(), k.name.clone())).collect::<Vec<_>>())
                .unwrap_or_default(),
        );
        v
    });
    Effect::new(move |_| {
        // the newest key pair is the wizard's choice once it exists
        if let Some(Some(k)) = lab.with_account(|a| a.key_pairs().last().map(|k| k.name.clone())) {
            if key.get_untracked().is_empty() {
                key.set(k);
            }
        }
    });
    let azs = Signal::derive(move || {
        let mut v = vec![("-".to_string(), tr(lang(), Text::FormNoPreference).to_string())];
        let r = shown_region();
        v.extend(r.az_letters().iter().enumerate().map(|(k, c)| (k.to_string(), format!("{}{c}", r.code()))));
        v
    });
    let ssh_opts = Signal::derive(move || {
        vec![
            ("any".to_string(), tr(lang(), Text::FormSshAnywhere).to_string()),
            ("me".to_string(), format!("{} ({}/32)", tr(lang(), Text::FormSshMyIp), crate::sim::account::MY_IP)),
            ("none".to_string(), tr(lang(), Text::FormSshNone).to_string()),
        ]
    });
    let launch = move || {
        let img = image.get_untracked();
        let image = match img.as_str() {
            "bitnami" => ImageRef::Catalogue(Catalogue::BitnamiWordPress),
            "al2023" => ImageRef::Catalogue(Catalogue::AmazonLinux2023),
            id => ImageRef::Own(id.to_string()),
        };
        let mut rules = Vec::new();
        match ssh.get_untracked().as_str() {
            "any" => rules.push(Rule { port: 22, source: Source::Anywhere }),
            "me" => rules.push(Rule { port: 22, source: Source::MyIp }),
            _ => {}
        }
        if http.get_untracked() {
            rules.push(Rule { port: 80, source: Source::Anywhere });
        }
        let form = InstanceForm {
            name: name.get_untracked(),
            image,
            itype: TYPES.into_iter().find(|t| t.name() == itype.get_untracked()).unwrap_or(InstanceType::T2Micro),
            key: Some(key.get_untracked()).filter(|k| !k.is_empty()),
            az: az.get_untracked().parse().ok(),
            public_ip: public_ip.get_untracked(),
            groups: Vec::new(),
            new_group: Some(rules),
            volume_gb: gb.get_untracked().trim().parse().unwrap_or(0),
        };
        submit(lab, err, Action::RunInstance(form));
    };
    view! {
        <fieldset class="form wizard" data-testid="launch-form">
            <legend><Tr k=Text::FormLaunch /></legend>
            <Field label=Text::FormName testid="launch-name" value=name text=true />
            <Choice label=Text::FormImage testid="launch-image" options=images selected=image on_change=Callback::new(move |v| image.set(v)) />
            <FieldMsg err=err field="image" testid="launch-image-msg" />
            <Choice label=Text::FormInstanceType testid="launch-type" options=types selected=itype on_change=Callback::new(move |v| itype.set(v)) />
            <Choice label=Text::FormKeyPair testid="launch-key" options=keys selected=key on_change=Callback::new(move |v| key.set(v)) />
            <FieldMsg err=err field="key" testid="launch-key-msg" />
            <h4><Tr k=Text::FormNetwork /></h4>
            <Choice label=Text::FormSubnet testid="launch-subnet" options=azs selected=az on_change=Callback::new(move |v| az.set(v)) />
            <Check label=Text::FormPublicIp testid="launch-public-ip" value=public_ip />
            <Choice label=Text::FormSshFrom testid="launch-ssh" options=ssh_opts selected=ssh on_change=Callback::new(move |v| ssh.set(v)) />
            <Check label=Text::FormHttp testid="launch-http" value=http />
            <Field label=Text::FormStorage testid="launch-storage" value=gb message=at(err, "storage") />
            <button class="primary" data-testid="launch-submit" on:click=move |_| launch()><Tr k=Text::FormLaunch /></button>
            <FormAlert err=err fields=&["image", "key", "storage"] testid="launch-error" />
        </fieldset>
    }
}
