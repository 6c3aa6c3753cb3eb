//! [`matches`]: whether a CSS media query holds now, read once where a component is built (the
//! stylesheet's widths, reduced motion).

/// Whether `query` (e.g. `(max-width: 640px)`) matches now; false where it cannot be asked.
pub fn matches(query: &str) -> bool {
    web_sys::window().and_then(|w| w.match_media(query).ok().flatten()).is_some_and(|m| m.matches())
}
