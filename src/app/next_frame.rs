//! `use_next_frame`: a copy of a memo that takes each new value one animation frame later.
//! For DOM text that changes with a chart's redraw: the page's layout and paint for the text
//! then fall on the frame after the canvas's, and neither frame carries both (issue 26: at
//! 600× the frames that redrew a chart and its latest values set the frame-time p95).

use leptos::prelude::*;

/// A signal that follows `source` one animation frame behind (starting at its current value).
pub fn use_next_frame<T>(source: Memo<T>) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let (out, set_out) = signal(source.get_untracked());
    Effect::new(move |_| {
        if source.with(|v| out.with_untracked(|o| o != v)) {
            // The value as it is then (it may have changed again, or back); the view may be
            // gone by then (a disposed memo or signal is then left alone).
            request_animation_frame(move || {
                if let Some(v) = source.try_get_untracked() {
                    if out.try_with_untracked(|o| *o != v) == Some(true) {
                        drop(set_out.try_set(v));
                    }
                }
            });
        }
    });
    out
}
