//! Export and import: the charts' metrics as CSV, each chart as PNG, the scenario (with every
//! command sent so far) as JSON, and JSON import with the checks a shared link gets.

use leptos::prelude::*;

use crate::app::widgets::Tr;
use wasm_bindgen::JsCast;

use super::charts::ChartSettings;
use crate::app::state::use_lab;
use crate::view_model::charts::spec::CHARTS;
use crate::view_model::export::import_message;
use crate::view_model::export::{metrics_csv, scenario_from_json, scenario_json};
use crate::view_model::i18n::Text;

/// Offers `content` as a file download (a Blob URL on a temporary link).
pub(crate) fn download(name: &str, mime: &str, content: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let ok = save_url(name, &url);
    // Revoked a little later: revoking at once can cancel the download in some browsers.
    set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), std::time::Duration::from_secs(10));
    ok
}

fn save_url(name: &str, url: &str) -> bool {
    let Ok(a) = document().create_element("a") else { return false };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(url);
    a.set_download(name);
    a.click();
    true
}

#[component]
pub fn ExportPanel() -> impl IntoView {
    let lab = use_lab();
    let settings = use_context::<ChartSettings>();
    let json_text = RwSignal::new(String::new());
    let csv = move |_| {
        let (range, period) =
            settings.map(|s| (s.range_s.get_untracked(), s.period_s.get_untracked())).unwrap_or((3600, 60));
        let text = lab.with_sim(|sim| metrics_csv(sim, range, period));
        download("asg-lab-metrics.csv", "text/csv", &text);
    };
    let json = move |_| {
        let text = scenario_json(&lab.replay_scenario());
        json_text.set(text.clone());
        download("asg-lab-scenario.json", "application/json", &text);
    };
    let import = move |_| match scenario_from_json(&json_text.get_untracked()) {
        Err(e) => lab.load_notice.set(Some(Err(e))),
        Ok((scenario, notices)) => {
            lab.load(scenario);
            lab.load_notice.set(Some(Ok(notices)));
        }
    };
    let pngs = CHARTS
        .iter()
        .map(|c| {
            let key = c.key;
            // A chart off screen waits while time runs (`Redraw::stage_shown`): a forced
            // redraw brings every chart up to date, drawn once the effects have run.
            let png = move |_| {
                lab.redraw_all();
                leptos::task::spawn_local(async move {
                    leptos::task::tick().await;
                    let canvas = document().query_selector(&format!("[data-testid={key}-chart]")).ok().flatten();
                    if let Some(url) =
                        canvas.and_then(|c| c.unchecked_into::<web_sys::HtmlCanvasElement>().to_data_url().ok())
                    {
                        save_url(&format!("asg-lab-{key}.png"), &url);
                    }
                });
            };
            view! { <button class="small" data-testid=format!("png-{key}") on:click=png>{format!("{key}.png")}</button> }
        })
        .collect_view();
    view! {
        <details class="panel exports" data-testid="exports">
            <summary><Tr k=Text::ExportImport /></summary>
            <div class="button-row">
                <button data-testid="export-csv" on:click=csv><Tr k=Text::MetricsCsv /></button>
                <button data-testid="export-json" on:click=json><Tr k=Text::ScenarioJson /></button>
            </div>
            <div class="button-row">{pngs}</div>
            <label class="field">
                <span class="field-label"><Tr k=Text::PasteJson /></span>
                <textarea class="json" data-testid="import-json" rows="4" prop:value=move || json_text.get()
                    on:input=move |ev| json_text.set(event_target_value(&ev))></textarea>
            </label>
            <button data-testid="import-apply" on:click=import><Tr k=Text::Import /></button>
            <p class="field-msg" data-testid="import-msg" role="status">{move || lab.load_notice.with(|n| n.as_ref().map(|n| import_message(lab.lang.get(), n)))}</p>
        </details>
    }
}
