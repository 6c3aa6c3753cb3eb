//! The parts loaded when first shown (`app::parts`): in these tests the `split` feature is off,
//! so a part is built at once where it is shown; what is checked is where and when it is shown
//! (only once its panel is opened, kept when closed) and the loading and failure lines a split
//! build shows (`PartStatus`), in both languages.

use asg_engine::Scenario;
use asg_lab::app::parts::PartStatus;
use asg_lab::app::Lab;
use asg_view_model::i18n::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlDetailsElement, HtmlElement};

use crate::support::{mount, until};

/// Opens or closes the `<details>` with `testid` as a click on its summary would.
fn set_open(lab: &crate::support::Mounted, testid: &str, open: bool) {
    let details: HtmlDetailsElement = lab.q(testid).unchecked_into();
    details.set_open(open);
}

#[wasm_bindgen_test]
async fn a_panels_part_is_built_when_first_opened_and_kept() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    for (panel, inside) in [("trace-import", "trace-file"), ("class", "class-links"), ("author", "author-hours")] {
        assert!(lab.try_q(inside).is_none(), "{panel}: nothing built before it is opened");
        set_open(&lab, panel, true);
        until(inside, 2000, || lab.try_q(inside).is_some()).await;
        if panel != "author" {
            // the trace import and the class page keep what was typed: built once
            set_open(&lab, panel, false);
            crate::support::sleep(50).await;
            assert!(lab.try_q(inside).is_some(), "{panel}: kept when closed");
        }
    }
}

#[wasm_bindgen_test]
async fn the_loading_and_failure_lines_speak_the_learners_language() {
    let doc = document();
    let root: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&root).unwrap();
    let attempt = RwSignal::new(0u32);
    let lang = RwSignal::new(Lang::Ko);
    leptos::mount::mount_to(root.clone(), move || {
        let lab = Lab::new(Scenario::default());
        provide_context(lab);
        Effect::new(move |_| lab.lang.set(lang.get()));
        view! {
            <PartStatus name="guided-lab" panel=true />
            <PartStatus name="trace-import" retry=Some(attempt) />
        }
    })
    .forget();
    let q = |sel: &str| root.query_selector(sel).unwrap().map(|e| e.unchecked_into::<HtmlElement>());
    until("the lines", 2000, || q("[data-testid=part-failed]").is_some()).await;
    let loading = q("[data-testid=part-loading]").unwrap();
    assert_eq!(loading.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(loading.get_attribute("data-part").as_deref(), Some("guided-lab"));
    assert!(loading.class_list().contains("panel"), "a part alone on the page: a panel where it will be");
    assert_eq!(loading.text_content().unwrap(), "불러오는 중…");
    let failed = q("[data-testid=part-failed]").unwrap();
    assert_eq!(failed.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(failed.get_attribute("data-part").as_deref(), Some("trace-import"));
    assert!(!failed.class_list().contains("panel"), "inside its own panel already");
    assert!(failed.text_content().unwrap().contains("불러오지 못했습니다"), "{:?}", failed.text_content());
    q("[data-testid=part-retry]").unwrap().click();
    assert_eq!(attempt.get_untracked(), 1, "Try again asks for another load");
    lang.set(Lang::En);
    until("English", 2000, || q("[data-testid=part-retry]").unwrap().text_content().as_deref() == Some("Try again"))
        .await;
    assert!(q("[data-testid=part-failed]").unwrap().text_content().unwrap().contains("did not load"));
    root.remove();
}
