//! Parts of the lab that a first screen does not need, each loaded as its own wasm module the
//! first time it is shown (issue #26: the first load is 83 KB brotli smaller, 568 → 485 KB):
//! the guided lab (`guide::GUIDED_LAB`), and the bodies of the class results page, the trace
//! import and challenge authoring (each declared with [`part!`] beside its body; this file
//! only holds the machinery, so it imports none of them).
//!
//! The Trunk build turns on the `split` feature: each part's function becomes a split point
//! (`#[wasm_split]`), and `scripts/split.mjs` splits the module there after the build (what
//! only a split point reaches goes into its part; `wasm_split_cli_support`, from crates.io).
//! Without the feature (the browser tests, `cargo check`), [`Deferred`] builds the part at
//! once, as before.
//!
//! ```text
//!  <Deferred part>  ──split──▶  "Loading…"  ──module loaded──▶  the part's view
//!                                    │
//!                                    └──fetch failed──▶  a message and "Try again"
//! ```

use leptos::prelude::*;

use crate::app::widgets::Tr;
use crate::view_model::i18n::Text;

/// A part of the lab loaded on its own; made by [`part!`].
#[derive(Clone, Copy)]
pub struct Part {
    /// its name in `data-part` (tests find a part's status by it)
    pub name: &'static str,
    /// whether it stands alone on the page (its status line is then a panel of its own)
    pub alone: bool,
    /// builds its view (no split points)
    #[cfg(not(feature = "split"))]
    pub build: fn() -> AnyView,
    /// loads its module, then builds its view there
    #[cfg(feature = "split")]
    pub load: fn() -> Loading,
}

/// A part's module being loaded, then its view (or why it did not load).
#[cfg(feature = "split")]
pub type Loading = std::pin::Pin<Box<dyn std::future::Future<Output = Result<AnyView, Unloaded>>>>;

/// A part's module did not load (the error crosses a split point, so it is this crate's).
#[cfg(feature = "split")]
pub struct Unloaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for Unloaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Unloaded
    }
}

/// `part!(name, alone, module, split_fn, view)`: a [`Part`] whose view is `view`. With the
/// `split` feature, `split_fn` is a split point into the wasm module `module`: it is the only
/// way into `view`'s code, so that code leaves the first load. Parts with the same `module`
/// share one (the guided lab's full and compact forms).
macro_rules! part {
    ($name:literal, $alone:literal, $module:ident, $split_fn:ident, $view:expr) => {
        $crate::app::parts::Part {
            name: $name,
            alone: $alone,
            #[cfg(not(feature = "split"))]
            build: || $view,
            #[cfg(feature = "split")]
            load: || {
                #[allow(unsafe_code)] // the split point is an import of the wasm module's loader
                #[::leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
                fn $split_fn() -> Result<::leptos::prelude::AnyView, $crate::app::parts::Unloaded> {
                    Ok($view)
                }
                Box::pin($split_fn())
            },
        }
    };
}
pub(crate) use part;

/// Shows `part`: at once without the `split` feature; with it, once its module has loaded, with
/// "Loading…" meanwhile and, if the module cannot be fetched, a message and a retry. A failed
/// fetch never stops the lab: the run and the rest of the page go on.
#[component]
pub fn Deferred(
    /// which part
    part: Part,
) -> impl IntoView {
    #[cfg(not(feature = "split"))]
    return (part.build)();
    #[cfg(feature = "split")]
    {
        let attempt = RwSignal::new(0u32);
        let status = move |retry: Option<RwSignal<u32>>| {
            view! { <PartStatus name=part.name panel=part.alone retry=retry /> }.into_any()
        };
        view! {
            <Suspense fallback=move || status(None)>
                {move || {
                    attempt.track();
                    Suspend::new(send_wrapper::SendWrapper::new(async move {
                        (part.load)().await.unwrap_or_else(|Unloaded| status(Some(attempt)))
                    }))
                }}
            </Suspense>
        }
        .into_any()
    }
}

/// A collapsed panel whose body is a part: the `<details>` and its summary are in the first
/// load; the body is loaded and built when the panel is first opened, and kept when it closes.
#[component]
pub fn PartPanel(
    /// the panel's own class, beside `panel`
    class: &'static str,
    /// its `data-testid`
    testid: &'static str,
    /// the summary
    title: Text,
    /// the body
    part: Part,
    /// open from the start (the body is then loaded at once)
    #[prop(optional)]
    open: bool,
    /// the element's id, for a page anchor such as `#class`
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let opened = RwSignal::new(open);
    let on_toggle = move |ev: web_sys::Event| {
        if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
            opened.set(true);
        }
    };
    view! {
        <details class=format!("panel {class}") id=id data-testid=testid open=open on:toggle=on_toggle>
            <summary><Tr k=title /></summary>
            <Show when=move || opened.get()><Deferred part=part /></Show>
        </details>
    }
}

/// "Loading…" while a part's module loads; if it did not load, a message and "Try again",
/// which bumps `retry` (the [`Deferred`] that showed it then fetches again).
#[component]
pub fn PartStatus(
    /// the part's name (`data-part`)
    name: &'static str,
    /// a panel of its own (a part that stands alone on the page, where it will be)
    #[prop(optional)]
    panel: bool,
    /// set when the load failed: the attempt counter "Try again" bumps
    #[prop(default = None)]
    retry: Option<RwSignal<u32>>,
) -> impl IntoView {
    match retry {
        None => view! {
            <p class="part-status" class:panel=panel role="status" data-testid="part-loading" data-part=name>
                <Tr k=Text::PartLoading />
            </p>
        }
        .into_any(),
        Some(attempt) => view! {
            <p class="part-status error" class:panel=panel role="alert" data-testid="part-failed" data-part=name>
                <Tr k=Text::PartFailed />" "
                <button data-testid="part-retry" on:click=move |_| attempt.update(|a| *a += 1)><Tr k=Text::PartRetry /></button>
            </p>
        }
        .into_any(),
    }
}
