//! The account's resources in the region shown, with what each costs so far and per month if
//! left, and the button that deletes it (step 7's list; the region picker).

use leptos::prelude::*;

use super::form::{FormAlert, FormError};
use crate::app::state::use_lab;
use crate::app::widgets::{Select, Tr};
use crate::sim::account::Action;
use crate::sim::catalog::Region;
use crate::view_model::guide::{per_month_line, resources, ResourceRow};
use crate::view_model::i18n::{fill, Text};

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
    let del = row.delete.clone().map(|(action, label)| {
        let testid = format!("delete-{id}");
        view! {
            <button class="danger" data-testid=testid on:click=move |_| {
                match lab.act(action.clone()) {
                    Ok(()) => err.set(None),
                    Err(e) => err.set(Some(e)),
                }
            }>{label}</button>
        }
    });
    view! {
        <tr data-testid="resource-row" data-kind=row.key>
            <td>{row.kind}</td>
            <td><code>{row.id}</code><br /><span class="muted">{row.name}</span></td>
            <td data-testid="resource-state">{row.state}</td>
            <td>{row.so_far}</td>
            <td data-testid="resource-per-month">{row.per_month}</td>
            <td>{del}</td>
        </tr>
    }
}

/// The console's region picker: resources of the other region are not listed.
#[component]
pub fn RegionPicker() -> impl IntoView {
    let lab = use_lab();
    let region = move || lab.with_account(|a| a.region.code().to_string()).unwrap_or_default();
    let regions = Signal::stored(vec![
        ("ap-northeast-2".to_string(), "Asia Pacific (Seoul) ap-northeast-2".to_string()),
        ("us-east-1".to_string(), "US East (N. Virginia) us-east-1".to_string()),
    ]);
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
