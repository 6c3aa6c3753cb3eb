//! A crash is never a frozen page: when the wasm panics, the panic hook (before the trap that
//! ends the engine) puts a readable screen over the lab — what happened, a link that reopens
//! this run (the address bar always holds it), and a report to copy — in the page's language.
//! Traps that are not panics (running out of memory) are caught by the page's own script in
//! `index.html`, which draws the same screen.
//!
//! Built with plain DOM calls, not Leptos: after a panic the reactive runtime may be in any
//! state.

use wasm_bindgen::JsCast;

/// The screen's texts: (title, lead, reopen, report label) in English and Korean.
fn texts(ko: bool) -> [&'static str; 4] {
    if ko {
        [
            "ASG Lab이 멈췄습니다",
            "실습 코드에서 오류가 발생해 시뮬레이션을 계속할 수 없습니다. 아래 링크로 이 실행을 다시 열 수 있습니다.",
            "이 실행 다시 열기",
            "오류 보고(복사해서 보내 주세요)",
        ]
    } else {
        [
            "ASG Lab stopped",
            "An error in the lab's code stopped the simulation. The link below reopens this run.",
            "Reopen this run",
            "Report (copy and send it to us)",
        ]
    }
}

/// Installs the panic hook: the console message as before, then the crash screen.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Puts the crash screen over the page (once; a second call keeps the first message).
pub fn show(message: &str) {
    let _ = build(message);
}

fn build(message: &str) -> Option<()> {
    let win = web_sys::window()?;
    let doc = win.document()?;
    if doc.get_element_by_id("crash").is_some() {
        return Some(());
    }
    let ko = doc.document_element().and_then(|e| e.get_attribute("lang")).is_some_and(|l| l.starts_with("ko"));
    let [title, lead, reopen, report_label] = texts(ko);
    let link = win.location().href().unwrap_or_default();
    let agent = win.navigator().user_agent().unwrap_or_default();
    let report = format!("ASG Lab crash\nmessage: {message}\nlink: {link}\nbrowser: {agent}");
    let el = |tag: &str, text: &str| {
        let e = doc.create_element(tag).ok()?;
        e.set_text_content(Some(text));
        Some(e)
    };
    let root = el("div", "")?;
    root.set_id("crash");
    for (k, v) in [("class", "crash"), ("role", "alert"), ("data-testid", "crash")] {
        root.set_attribute(k, v).ok()?;
    }
    let (h, p) = (el("h2", title)?, el("p", lead)?);
    root.append_child(&h).ok()?;
    root.append_child(&p).ok()?;
    let what = el("pre", message)?;
    what.set_attribute("data-testid", "crash-message").ok()?;
    root.append_child(&what).ok()?;
    let a = el("a", reopen)?;
    a.set_attribute("href", &link).ok()?;
    a.set_attribute("data-testid", "crash-reopen").ok()?;
    root.append_child(&a).ok()?;
    let label = el("label", report_label)?;
    let area: web_sys::HtmlTextAreaElement = el("textarea", "")?.unchecked_into();
    area.set_value(&report);
    area.set_read_only(true);
    area.set_attribute("data-testid", "crash-report").ok()?;
    label.append_child(&area).ok()?;
    root.append_child(&label).ok()?;
    doc.body()?.append_child(&root).ok()?;
    Some(())
}
