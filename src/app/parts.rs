//! The parts of the lab a first screen does not need, each loaded as its own wasm module the
//! first time it is shown: the guided lab, the class results page, challenge authoring and the
//! trace import (issue #26: the first load is about 85 KB brotli smaller).
//!
//! The Trunk build turns on the `split` feature: each `#[wasm_split]` function below becomes a
//! split point, and `scripts/split.mjs` splits the module there after the build (what only a
//! split point reaches goes into its part; `wasm_split_cli_support`, from crates.io). Without
//! the feature (the browser tests, `cargo check`), [`Deferred`] builds the part at once, as
//! before.
//!
//! ```text
//!  <Deferred part>  ──split──▶  "Loading…"  ──module loaded──▶  the part's view
//!                                    │
//!                                    └──fetch failed──▶  a message and "Try again"
//! ```

use leptos::prelude::*;

use crate::app::widgets::Tr;
use crate::view_model::i18n::Text;

/// A part of the lab loaded on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The guided lab's steps (`compact` in an embedded lab).
    GuidedLab {
        /// the embedded lab's compact layout
        compact: bool,
    },
    /// The class results page's body (`#class`), when the panel is first opened.
    ClassResults,
    /// Challenge authoring's form, when its panel is opened.
    AuthorForm,
    /// The trace import's body, when its panel is first opened.
    TraceImport,
}

impl Part {
    /// Its name in `data-part` (tests find a part's status by it).
    pub fn name(self) -> &'static str {
        match self {
            Part::GuidedLab { .. } => "guided-lab",
            Part::ClassResults => "class-results",
            Part::AuthorForm => "author",
            Part::TraceImport => "trace-import",
        }
    }
}

/// Shows `part`: at once without the `split` feature; with it, once its module has loaded, with
/// "Loading…" meanwhile and, if the module cannot be fetched, a message and a retry. A failed
/// fetch never stops the lab: the run and the rest of the page go on.
#[component]
pub fn Deferred(
    /// which part
    part: Part,
) -> impl IntoView {
    #[cfg(not(feature = "split"))]
    return build(part);
    #[cfg(feature = "split")]
    split::deferred(part)
}

/// The part's view, built at once (no split points).
#[cfg(not(feature = "split"))]
fn build(part: Part) -> AnyView {
    match part {
        Part::GuidedLab { compact } => guided_lab_view(compact),
        Part::ClassResults => class_results_view(),
        Part::AuthorForm => author_form_view(),
        Part::TraceImport => trace_import_view(),
    }
}

// One builder per part: each split point must reach only its own part's code (a shared `match`
// would put every part in one module, loaded for any of them).
fn guided_lab_view(compact: bool) -> AnyView {
    view! { <super::guide::GuidedLab compact=compact /> }.into_any()
}

fn class_results_view() -> AnyView {
    view! { <super::challenge::ClassBody /> }.into_any()
}

fn author_form_view() -> AnyView {
    view! { <super::challenge::AuthorForm /> }.into_any()
}

fn trace_import_view() -> AnyView {
    view! { <super::controls::TraceImportBody /> }.into_any()
}

/// A `<details>`'s toggle handler that sets `opened` when it first opens: the part inside is
/// then loaded, and kept when the panel closes.
pub fn on_first_open(opened: RwSignal<bool>) -> impl Fn(web_sys::Event) + Copy + 'static {
    move |ev| {
        if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
            opened.set(true);
        }
    }
}

/// "Loading…" while a part's module loads; if it did not load, a message and "Try again",
/// which bumps `retry` (the [`Deferred`] that showed it then fetches again).
#[component]
pub fn PartStatus(
    /// the part being loaded
    part: Part,
    /// set when the load failed: the attempt counter "Try again" bumps
    #[prop(optional)]
    retry: Option<RwSignal<u32>>,
) -> impl IntoView {
    let name = part.name();
    // the guided lab stands alone on the page: its line is a panel where the guide will be;
    // the others are inside their own panel already
    let own = matches!(part, Part::GuidedLab { .. });
    match retry {
        None => view! { <p class="part-status" class:panel=own role="status" data-testid="part-loading" data-part=name><Tr k=Text::PartLoading /></p> }
            .into_any(),
        Some(attempt) => view! {
            <p class="part-status error" class:panel=own role="alert" data-testid="part-failed" data-part=name>
                <Tr k=Text::PartFailed />" "
                <button data-testid="part-retry" on:click=move |_| attempt.update(|a| *a += 1)><Tr k=Text::PartRetry /></button>
            </p>
        }
        .into_any(),
    }
}

#[cfg(feature = "split")]
mod split {
    //! The split points: one function per part, each the only way into its module.
    #![allow(missing_docs, unsafe_code)] // `#[wasm_split]` writes an undocumented preload fn and the import

    use leptos::prelude::*;
    use leptos::wasm_split::{wasm_split, SplitLoaderError};
    use send_wrapper::SendWrapper;

    use super::{author_form_view, class_results_view, guided_lab_view, trace_import_view, Part, PartStatus};

    /// A part's module did not load (the error crosses the split point, so it is this crate's).
    pub struct Unloaded;

    impl From<SplitLoaderError> for Unloaded {
        fn from(_: SplitLoaderError) -> Self {
            Unloaded
        }
    }

    #[wasm_split(guided_lab, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn guided_lab(compact: bool) -> Result<AnyView, Unloaded> {
        Ok(guided_lab_view(compact))
    }

    #[wasm_split(class_results, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn class_results() -> Result<AnyView, Unloaded> {
        Ok(class_results_view())
    }

    #[wasm_split(author_form, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn author_form() -> Result<AnyView, Unloaded> {
        Ok(author_form_view())
    }

    #[wasm_split(trace_import, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn trace_import() -> Result<AnyView, Unloaded> {
        Ok(trace_import_view())
    }

    async fn load(part: Part) -> Result<AnyView, Unloaded> {
        match part {
            Part::GuidedLab { compact } => guided_lab(compact).await,
            Part::ClassResults => class_results().await,
            Part::AuthorForm => author_form().await,
            Part::TraceImport => trace_import().await,
        }
    }

    pub(super) fn deferred(part: Part) -> AnyView {
        let attempt = RwSignal::new(0u32);
        view! {
            <Suspense fallback=move || view! { <PartStatus part=part /> }>
                {move || {
                    attempt.track();
                    Suspend::new(SendWrapper::new(async move {
                        load(part).await.unwrap_or_else(|Unloaded| view! { <PartStatus part=part retry=attempt /> }.into_any())
                    }))
                }}
            </Suspense>
        }
        .into_any()
    }
}
