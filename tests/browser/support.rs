//! Mounting, interacting and waiting, shared by the browser tests.

use asg_engine::Scenario;
use asg_lab::app::share::ShareContext;
use asg_lab::app::App;
use asg_share::{Notice, Shared};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};

/// A mounted lab in its own container, removed again when dropped.
pub struct Mounted {
    pub root: HtmlElement,
    /// The app's stylesheet, when this mount added it (removed with the mount).
    css: Option<web_sys::Element>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
        if let Some(css) = &self.css {
            css.remove();
        }
    }
}

pub fn mount(scenario: Scenario) -> Mounted {
    mount_with(Shared { scenario, ..Shared::default() }, false, Vec::new())
}

/// Mounts the lab as a link that asked for things it did not get (`notices`) opens it.
pub fn mount_with_notices(scenario: Scenario, notices: Vec<Notice>) -> Mounted {
    mount_with(Shared { scenario, ..Shared::default() }, false, notices)
}

/// The app's real stylesheet on the test page (for assertions on what CSS hides).
fn add_stylesheet() -> web_sys::Element {
    let doc = document();
    let style = doc.create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../../style/main.css")));
    doc.head().unwrap().append_child(&style).unwrap();
    style
}

/// Mounts the lab as a link would open it (with its embed view), with the app's stylesheet.
pub fn mount_shared(shared: Shared) -> Mounted {
    mount_with(shared, true, Vec::new())
}

/// Mounts the lab as the page does: the panels below the charts two frames later.
pub fn mount_deferred(scenario: Scenario) -> Mounted {
    mount_opts(Shared { scenario, ..Shared::default() }, false, Vec::new(), true)
}

fn mount_with(shared: Shared, css: bool, notices: Vec<Notice>) -> Mounted {
    mount_opts(shared, css, notices, false)
}

fn mount_opts(shared: Shared, css: bool, notices: Vec<Notice>, defer: bool) -> Mounted {
    let css = css.then(add_stylesheet);
    let doc = document();
    let root: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&root).unwrap();
    leptos::mount::mount_to(root.clone(), move || {
        // what the link carries beside its scenario (embed view, challenge, account, hand-in)
        let carries = shared.embed.embed || shared.challenge.is_some() || shared.account.is_some();
        if carries {
            provide_context(ShareContext { extra: Shared { scenario: Scenario::default(), ..shared.clone() } });
        }
        view! { <App scenario=shared.scenario.clone() notices=notices.clone() open_at_s=shared.open_at_s compare=shared.compare.clone() defer_below_charts=defer /> }
    })
    .forget();
    Mounted { root, css }
}

impl Mounted {
    pub fn q(&self, testid: &str) -> HtmlElement {
        self.try_q(testid).unwrap_or_else(|| panic!("no [data-testid={testid}]"))
    }

    pub fn try_q(&self, testid: &str) -> Option<HtmlElement> {
        self.root.query_selector(&format!("[data-testid={testid}]")).unwrap().map(|e| e.unchecked_into())
    }

    pub fn all(&self, testid: &str) -> Vec<HtmlElement> {
        let list = self.root.query_selector_all(&format!("[data-testid={testid}]")).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
    }

    pub fn text(&self, testid: &str) -> String {
        self.q(testid).text_content().unwrap_or_default()
    }

    pub fn click(&self, testid: &str) {
        self.q(testid).click();
    }

    /// Sets an input's value and fires `event` (`input` for sliders, `change` for boxes).
    pub fn set_input(&self, testid: &str, value: &str, event: &str) {
        let input: HtmlInputElement = self.q(testid).unchecked_into();
        input.set_value(value);
        let ev = web_sys::Event::new_with_event_init_dict(event, &{
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init
        })
        .unwrap();
        input.dispatch_event(&ev).unwrap();
    }

    /// Pauses the simulated clock so that a test controls time with the step button alone.
    pub async fn pause(&self) {
        if self.q("play-pause").get_attribute("aria-pressed").as_deref() == Some("true") {
            self.click("play-pause");
        }
        leptos::task::tick().await;
    }

    /// Types `what` into the header's jump box (`+20m`, `10:30`, …) and presses Jump.
    pub async fn jump(&self, what: &str) {
        self.set_input("jump-to", what, "input");
        self.click("jump-go");
        leptos::task::tick().await;
    }
}

/// Waits `ms` real milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Polls `cond` (after letting Leptos flush) until it holds or `timeout_ms` passes.
pub async fn until(what: &str, timeout_ms: i32, mut cond: impl FnMut() -> bool) {
    let mut waited = 0;
    loop {
        leptos::task::tick().await;
        if cond() {
            return;
        }
        if waited >= timeout_ms {
            panic!("timed out after {timeout_ms} ms waiting for: {what}");
        }
        sleep(20).await;
        waited += 20;
    }
}

/// Pixels of a canvas that differ from its top-left (background) pixel, and a digest of all.
pub fn canvas_ink(canvas: &HtmlElement) -> (usize, u64) {
    let canvas: web_sys::HtmlCanvasElement = canvas.clone().unchecked_into();
    if canvas.width() == 0 || canvas.height() == 0 {
        return (0, 0);
    }
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let data = ctx.get_image_data(0.0, 0.0, canvas.width() as f64, canvas.height() as f64).unwrap().data();
    let bg = [data[0], data[1], data[2]];
    let mut ink = 0;
    let mut digest: u64 = 0xcbf2_9ce4_8422_2325;
    for px in data.chunks_exact(4) {
        if px[..3] != bg {
            ink += 1;
        }
        for b in px {
            digest = (digest ^ *b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    (ink, digest)
}
