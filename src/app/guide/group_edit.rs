//! Step 5, once the group exists: its Edit page (UpdateAutoScalingGroup): desired, min and
//! max capacity and its subnets, changed in place; AWS's refusals under the fields.

use leptos::prelude::*;

use super::form::{at, az_set, chosen_azs, submit, AzChecks, FormAlert, FormError};
use super::group_form::parse_whole;
use crate::app::state::use_lab;
use crate::app::widgets::{Field, Tr};
use crate::sim::account::{AccountError, Action};
use crate::view_model::i18n::Text;

#[component]
pub fn GroupEdit() -> impl IntoView {
    let lab = use_lab();
    let err: FormError = RwSignal::new(None);
    let (desired, min, max) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let azs = az_set();
    // the group as it is now, loaded into the form when it appears (and after each update)
    let now = Memo::new(move |_| {
        lab.with_account(|a| {
            a.group().map(|g| {
                let s = g.sim.snapshot();
                let n = g.sim.scenario().group.azs as usize;
                (g.name.clone(), s.desired, s.min, s.max, g.sim.zones()[..n].to_vec())
            })
        })
        .flatten()
    });
    let load = move || {
        if let Some((_, d, mi, ma, zones)) = now.get_untracked() {
            desired.set(d.to_string());
            min.set(mi.to_string());
            max.set(ma.to_string());
            for (k, on) in azs.iter().enumerate() {
                on.set(zones.contains(&(k as u32)));
            }
        }
    };
    Effect::new(move |was: Option<bool>| {
        let has = now.with(Option::is_some);
        if has && was != Some(true) {
            load();
        }
        has
    });
    let update = move || {
        let Some((group, ..)) = now.get_untracked() else { return };
        let lang = lab.lang.get_untracked();
        let whole = |s: RwSignal<String>| parse_whole(lang, &s.get_untracked(), "capacity");
        let values = (|| Ok::<_, AccountError>((whole(desired)?, whole(min)?, whole(max)?)))();
        let (d, mi, ma) = match values {
            Ok(v) => v,
            Err(e) => return err.set(Some(e)),
        };
        let action =
            Action::UpdateGroup { group, min: Some(mi), max: Some(ma), desired: Some(d), azs: Some(chosen_azs(&azs)) };
        if submit(lab, err, action) {
            load();
        }
    };
    view! {
        <fieldset class="form" data-testid="group-edit" hidden=move || now.with(Option::is_none)>
            <legend><Tr k=Text::FormEditGroup /></legend>
            <Field label=Text::FormDesired testid="edit-desired" value=desired message=at(err, "capacity") />
            <Field label=Text::FormMin testid="edit-min" value=min />
            <Field label=Text::FormMax testid="edit-max" value=max />
            <AzChecks prefix="edit" azs=azs err=err />
            <button class="primary" data-testid="edit-update" on:click=move |_| update()><Tr k=Text::FormUpdate /></button>
            <FormAlert err=err fields=&["capacity", "subnets"] testid="edit-error" />
        </fieldset>
    }
}
