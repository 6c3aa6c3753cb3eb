//! What every console form of the guided lab shares: submitting a request to the account,
//! and AWS's error shown at its field (or above the form when it names none of the form's
//! fields).

use leptos::prelude::*;

use crate::sim::catalog::Region;

use crate::app::state::Lab;
use crate::sim::account::{AccountError, Action};
use crate::view_model::guide::refusal_text;

/// The last refusal of a form's request.
pub type FormError = RwSignal<Option<AccountError>>;

/// AWS's message when the last refusal was about `field`.
pub fn at(err: FormError, field: &'static str) -> Signal<Option<String>> {
    let lab = crate::app::use_lab();
    Signal::derive(move || {
        let lang = lab.lang.get();
        err.with(|e| e.as_ref().filter(|e| e.field == Some(field)).map(|e| refusal_text(lang, e)))
    })
}

/// Submit `action`; on refusal keep AWS's error for the form. True when it was accepted.
pub fn submit(lab: Lab, err: FormError, action: Action) -> bool {
    match lab.act(action) {
        Ok(()) => {
            err.set(None);
            true
        }
        Err(e) => {
            err.set(Some(e));
            false
        }
    }
}

/// The refusal above the form when it names no field the form shows (`fields`).
#[component]
pub fn FormAlert(err: FormError, fields: &'static [&'static str], testid: &'static str) -> impl IntoView {
    let lab = crate::app::use_lab();
    let text = move || {
        let lang = lab.lang.get();
        err.with(|e| e.as_ref().filter(|e| e.field.is_none_or(|f| !fields.contains(&f))).map(|e| refusal_text(lang, e)))
    };
    view! { <p class="form-alert" role="alert" data-testid=testid>{text}</p> }
}

/// A check box bound to `value`.
#[component]
pub fn Check(label: crate::view_model::i18n::Text, testid: &'static str, value: RwSignal<bool>) -> impl IntoView {
    let lab = crate::app::use_lab();
    view! {
        <label class="check">
            <input type="checkbox" data-testid=testid prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev)) />
            <span>{move || crate::view_model::i18n::tr(lab.lang.get(), label)}</span>
        </label>
    }
}

/// AWS's error at `field` under a control that is not a [`Field`](crate::app::controls::Field)
/// (a drop-down, a group of check boxes).
#[component]
pub fn FieldMsg(err: FormError, field: &'static str, #[prop(into)] testid: String) -> impl IntoView {
    let msg = at(err, field);
    view! { <p class="field-msg" data-testid=testid role="alert">{move || msg.get()}</p> }
}

/// The most Availability Zones a region of the lab has (us-east-1's six).
pub const MAX_AZS: usize = 6;

/// One check box per Availability Zone.
pub type AzSet = [RwSignal<bool>; MAX_AZS];

/// A fresh set, nothing ticked.
pub fn az_set() -> AzSet {
    std::array::from_fn(|_| RwSignal::new(false))
}

/// The region the console shows (its forms list its Availability Zones).
pub fn shown_region() -> Region {
    crate::app::use_lab().with_account(|a| a.region).unwrap_or(Region::ApNortheast2)
}

/// The ticked AZ indices of the region shown (0 = `a`).
pub fn chosen_azs(azs: &AzSet) -> Vec<u32> {
    let n = shown_region().az_letters().len().min(MAX_AZS) as u32;
    (0..n).filter(|k| azs[*k as usize].get_untracked()).collect()
}

/// One check box per Availability Zone of the region shown (`{prefix}-az-a` …) bound to
/// `azs`, and AWS's `subnets` error under them (`{prefix}-azs-msg`). A region change lists
/// the new region's zones.
#[component]
pub fn AzChecks(prefix: &'static str, azs: AzSet, err: FormError) -> impl IntoView {
    let lab = crate::app::use_lab();
    let boxes = move || {
        let r = shown_region();
        r.az_letters()
            .iter()
            .zip(azs)
            .map(|(c, on)| {
                view! {
                    <label class="check">
                        <input type="checkbox" data-testid=format!("{prefix}-az-{c}") prop:checked=move || on.get()
                            on:change=move |ev| on.set(event_target_checked(&ev)) />
                        <span>{format!("{}{c}", r.code())}</span>
                    </label>
                }
            })
            .collect_view()
    };
    let label = crate::view_model::i18n::Text::FormMappings;
    view! {
        <div class="az-checks" role="group" data-testid=format!("{prefix}-azs")
            aria-label=move || crate::view_model::i18n::tr(lab.lang.get(), label)>
            <span class="field-label">{move || crate::view_model::i18n::tr(lab.lang.get(), label)}</span>
            {boxes}
        </div>
        <FieldMsg err=err field="subnets" testid=format!("{prefix}-azs-msg") />
    }
}
