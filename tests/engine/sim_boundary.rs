//! The engine (`crates/engine`) must stay pure Rust: no browser crate, no OS randomness, no clock.
//! This test reads every source file under crates/engine and fails on any identifier that names one.
//! (The build enforces it too: natively, those crates are not even dependencies.)

use std::fs;
use std::path::{Path, PathBuf};

const FORBIDDEN: [&str; 9] =
    ["leptos", "leptos_use", "web_sys", "js_sys", "wasm_bindgen", "gloo", "getrandom", "SystemTime", "Instant"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Identifiers in `src`: maximal runs of `[A-Za-z0-9_]`.
fn identifiers(src: &str) -> impl Iterator<Item = &str> {
    src.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|w| !w.is_empty())
}

#[test]
fn engine_names_no_browser_crate_randomness_or_clock() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/engine/src");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    assert!(files.len() >= 2, "the engine crate has its files");
    let mut leaks = Vec::new();
    for f in &files {
        let src = fs::read_to_string(f).unwrap();
        for (n, line) in src.lines().enumerate() {
            for word in identifiers(line) {
                if FORBIDDEN.contains(&word) {
                    leaks.push(format!("{}:{}: {word}", f.display(), n + 1));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "crates/engine must not name these:\n{}", leaks.join("\n"));
}

#[test]
fn the_scanner_catches_a_leak() {
    let words: Vec<_> = identifiers("use web_sys::Window; // leptos").collect();
    assert!(words.contains(&"web_sys") && words.contains(&"leptos"));
    assert!(!identifiers("leptosish web_sys_like").any(|w| FORBIDDEN.contains(&w)));
}
