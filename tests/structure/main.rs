//! The house's shape (issue #25), read from the sources:
//!
//! * no import circle inside any crate, between files (a file that names a path into another
//!   file depends on it; a re-exported name counts as the file that defines it), nor between
//!   the modules of any one folder;
//! * no source file over 400 lines.
//!
//! Upward imports between the layers (app → view model → link codec → engine) cannot compile:
//! each layer is a crate and Cargo refuses a dependency circle, so this test looks inside each
//! crate. Unit-test modules (`mod tests`, `tests.rs`) may reach anywhere and are left out.
#![cfg(not(target_arch = "wasm32"))]
// A test crate: unwrapping is how a test says "this must be there" (the lint holds elsewhere).
#![allow(clippy::unwrap_used)]

mod scan;

use scan::{code_of, cyclic, files, folder_graph, root, use_paths, CrateFiles, CRATES};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Longest source file allowed [lines].
const MAX_LINES: usize = 400;

fn circles() -> Vec<String> {
    let mut problems = Vec::new();
    for (dir, _) in CRATES {
        let g = CrateFiles::read(&root().join(dir)).graph();
        assert!(g.len() > 10, "the scan sees {dir}'s files");
        for f in cyclic(&g) {
            problems.push(format!("{f} -> {}", g[&f].iter().cloned().collect::<Vec<_>>().join(" ")));
        }
        let folders: BTreeSet<String> =
            g.keys().filter_map(|f| Path::new(f).parent().map(|p| p.display().to_string())).collect();
        for folder in folders {
            let fg = folder_graph(&g, &folder);
            for m in cyclic(&fg) {
                problems
                    .push(format!("{folder}: module {m} -> {}", fg[&m].iter().cloned().collect::<Vec<_>>().join(" ")));
            }
        }
    }
    problems
}

#[test]
fn no_file_or_module_of_any_crate_imports_one_that_imports_it_back() {
    let problems = circles();
    assert!(problems.is_empty(), "import circles:\n{}", problems.join("\n"));
}

#[test]
fn the_scan_sees_imports_re_exports_and_circles() {
    let engine = CrateFiles::read(&root().join("crates/engine/src"));
    let g = engine.graph();
    // `crate::Sim` is re-exported by lib.rs and defined in engine.rs
    assert!(
        g["crates/engine/src/shadow.rs"].contains("crates/engine/src/engine.rs"),
        "{:?}",
        g["crates/engine/src/shadow.rs"]
    );
    assert_eq!(
        use_paths("super::{a, b::{c as d, self}, *}"),
        [
            (vec!["super".into(), "a".into()], "a".into()),
            (vec!["super".into(), "b".into(), "c".into()], "d".into()),
            (vec!["super".into(), "b".into()], "b".into()),
            (vec!["super".into(), "*".into()], "*".into())
        ]
    );
    let ring: BTreeMap<String, BTreeSet<String>> = [("a", vec!["b"]), ("b", vec!["a", "c"]), ("c", vec![])]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
        .collect();
    assert_eq!(cyclic(&ring), ["a", "b"]);
    let files: BTreeMap<String, BTreeSet<String>> =
        [("x/a/one.rs", vec!["x/b.rs"]), ("x/b.rs", vec!["x/a/two.rs"]), ("x/a/two.rs", vec![])]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
            .collect();
    assert_eq!(cyclic(&folder_graph(&files, "x")), ["a", "b"], "a folder circle with no file circle");
    assert!(code_of("let s = \"crate::x\"; // crate::y\nlet c = '\"';").find("crate").is_none());
}

#[test]
fn no_source_file_is_over_400_lines() {
    let mut all = Vec::new();
    for dir in ["src", "crates", "tests", "benches", "e2e"] {
        files(&root().join(dir), &["rs", "mjs"], &mut all);
    }
    assert!(all.len() > 150, "the scan sees the sources");
    let long: Vec<String> = all
        .iter()
        .filter_map(|f| {
            let n = fs::read_to_string(f).expect("a source file").lines().count();
            (n > MAX_LINES).then(|| format!("{}: {n} lines", f.strip_prefix(root()).unwrap_or(f).display()))
        })
        .collect();
    assert!(long.is_empty(), "split these along a seam (one concern per file):\n{}", long.join("\n"));
}
