//! The account's resources in the region shown, with what each costs so far and per month if
//! left, and the button that deletes it (step 7's list; the region picker).

use leptos::prelude::*;

use super::form::{FormAlert, FormError};
use crate::app::state::use_lab;
use crate::app::widgets::{Select, Tr};
use crate::sim::account::Action;
use crate::sim::catalog::Region;
use crate::view_model::guide::{per_month_line, region_name, resources, ResourceRow};
use crate::view_model::i18n::{fill, tr, Text};

#[component]
pub fn ResourceList() -> impl IntoView {
    let lab = use_lab();
    let err: FormError = RwSignal::new(None);
    let rows = Memo::new(move |_| lab.with_account(|a| resources(lab.lang.get(), a)).unwrap_or_default());
    let total = move || lab.with_account(|a| per_month_line(lab.lang.get(), a)).unwrap_or_default();
    let region = move || lab.with_account(|a| a.region.code().to_string()).unwrap_or_default();
    view! {
        <section class="resources" data-testid="resources">
            <h4>{move || fill(lab.lang.get(), Text::ResourcesTitle, &[("region", &region())])}</h4>
            <p class="per-month" data-testid="per-month" aria-live="polite">{total}</p>
            <FormAlert err=err fields=&[] testid="resources-error" />
            <div class="table-scroll">
                <table class="resource-table">
                    <thead><tr>
                        <th scope="col"><Tr k=Text::ColType /></th>
                        <th scope="col"><Tr k=Text::ColId /></th>
                        <th scope="col"><Tr k=Text::ColState /></th>
                        <th scope="col"><Tr k=Text::ColSoFar /></th>
                        <th scope="col"><Tr k=Text::ColPerMonth /></th>
                        <th scope="col"></th>
                    </tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|r| view! { <ResourceLine row=r err=err /> }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="muted" hidden=move || rows.with(|r| !r.is_empty())><Tr k=Text::ResourcesEmpty /></p>
        </section>
    }
}

#[component]
fn ResourceLine(row: ResourceRow, err: FormError) -> impl IntoView {
    let lab = use_lab();
    let id = row.id.clone();
    let act = move |a: Action| match lab.act(a) {
        Ok(()) => err.set(None),
        Err(e) => err.set(Some(e)),
    };
    // deleting a whole stack (the group and its instances, a load balancer and its
    // listener) asks once: the first click arms the button
    let armed = RwSignal::new(false);
    let confirm = row.confirm;
    let del = row.delete.clone().map(|(action, label)| {
        let testid = format!("delete-{id}");
        view! {
            <button class="danger" data-testid=testid class:armed=move || armed.get() on:click=move |_| {
                if confirm && !armed.get_untracked() {
                    armed.set(true);
                } else {
                    armed.set(false);
                    act(action.clone());
                }
            }>{move || if armed.get() { tr(lab.lang.get(), Text::ConfirmDelete) } else { label }}</button>
        }
    });
    let fixes = row
        .fixes
        .into_iter()
        .map(|f| {
            let action = f.action.clone();
            view! { <button class="small fix" data-testid=f.testid on:click=move |_| act(action.clone())>{f.label}</button> }
        })
        .collect_view();
    view! {
        <tr data-testid="resource-row" data-kind=row.key>
            <td data-label=move || tr(lab.lang.get(), Text::ColType)>{row.kind}</td>
            <td data-label=move || tr(lab.lang.get(), Text::ColId)><code>{row.id}</code><br /><span class="muted">{row.name}</span></td>
            <td data-testid="resource-state" data-label=move || tr(lab.lang.get(), Text::ColState)>{row.state}</td>
            <td data-label=move || tr(lab.lang.get(), Text::ColSoFar)>{row.so_far}</td>
            <td data-testid="resource-per-month" data-label=move || tr(lab.lang.get(), Text::ColPerMonth)>{row.per_month}</td>
            <td><div class="row-actions">{fixes}{del}</div></td>
        </tr>
    }
}

/// The console's region picker: resources of the other region are not listed.
#[component]
pub fn RegionPicker() -> impl IntoView {
    let lab = use_lab();
    let region = move || lab.with_account(|a| a.region.code().to_string()).unwrap_or_default();
    let regions = Signal::derive(move || {
        let lang = lab.lang.get();
        Region::ALL.map(|r| (r.code().to_string(), format!("{} {}", region_name(lang, r), r.code()))).to_vec()
    });
    let pick = Callback::new(move |v: String| {
        let r = if v == "us-east-1" { Region::UsEast1 } else { Region::ApNortheast2 };
        let _ = lab.act(Action::SetRegion(r));
    });
    view! {
        <label class="region-picker"><Tr k=Text::Region />" "
            <Select testid="region" options=regions selected=Signal::derive(region) on_change=pick />
        </label>
    }
}
