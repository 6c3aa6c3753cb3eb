//! Drives simulated time from `requestAnimationFrame`, and stops the frame loop while the tab
//! is hidden or the lab is scrolled out of view (as samwho's visualisations do).

use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::{use_document_visibility, use_element_visibility, use_raf_fn};
use web_sys::VisibilityState;

use super::state::Lab;

pub fn use_sim_ticker(lab: Lab, root: NodeRef<Div>) {
    let raf = use_raf_fn(move |args| lab.on_frame(args.delta));
    let tab = use_document_visibility();
    let on_screen = use_element_visibility(root);
    Effect::new(move |_| {
        // The intersection observer reports the lab's visibility as soon as it is mounted.
        let visible = tab.get() == VisibilityState::Visible && on_screen.get();
        if visible {
            (raf.resume)();
        } else {
            (raf.pause)();
        }
    });
}
