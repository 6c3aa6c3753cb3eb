//! Placing the fleet's canvases (the compact grid, the request dots) in CSS px.

/// Sets a canvas's box in CSS px through its style object, only where a value changed (the
/// content security policy allows no style attribute).
pub(super) fn place(canvas: &web_sys::HtmlCanvasElement, props: &[(&str, f64)]) {
    use wasm_bindgen::JsCast;
    let style = canvas.unchecked_ref::<web_sys::HtmlElement>().style();
    for (name, px) in props {
        let v = format!("{px}px");
        if style.get_property_value(name).ok().as_deref() != Some(v.as_str()) {
            let _ = style.set_property(name, &v);
        }
    }
}
