//! The shape issue #10 asked for, kept: no import cycle between the modules of `src/sim`, and
//! no source file over 400 lines.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Longest source file allowed [lines].
const MAX_LINES: usize = 400;

fn files(dir: &Path, ext: &[&str], out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| ext.iter().any(|x| e == *x)) {
            out.push(path);
        }
    }
}

/// The `src/sim` module a file belongs to: its first path component below `src/sim`.
fn module_of(sim: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(sim).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

/// The code of a file without comments (docs may link anywhere) and without its unit-test
/// module (tests may reach anywhere).
fn code_of(src: &str) -> String {
    let src = src.find("#[cfg(test)]\nmod tests").map_or(src, |k| &src[..k]);
    src.lines().map(|l| l.find("//").map_or(l, |k| &l[..k])).collect::<Vec<_>>().join("\n")
}

/// Names `src/sim/mod.rs` re-exports, with the module they come from.
fn reexports(mod_rs: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for item in mod_rs.split(';') {
        let Some(rest) = item.trim().strip_prefix("pub use ") else { continue };
        let Some((module, names)) = rest.split_once("::") else { continue };
        for name in names.trim_matches(|c| c == '{' || c == '}' || char::is_whitespace(c)).split(',') {
            let name = name.trim();
            if !name.is_empty() {
                out.insert(name.to_string(), module.to_string());
            }
        }
    }
    out
}

/// The modules `code` names through `crate::sim::…` (a re-exported name counts as its module).
fn uses(code: &str, names: &BTreeMap<String, String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(k) = rest.find("crate::sim::") {
        rest = &rest[k + "crate::sim::".len()..];
        let group =
            if let Some(inner) = rest.strip_prefix('{') { &inner[..inner.find('}').unwrap_or(0)] } else { rest };
        let items: Vec<&str> = if rest.starts_with('{') { group.split(',').collect() } else { vec![group] };
        for item in items {
            let word: String = item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if word.chars().next().is_some_and(char::is_lowercase) {
                out.insert(word);
            } else if let Some(m) = names.get(&word) {
                out.insert(m.clone());
            }
        }
    }
    out
}

/// Modules that can reach themselves again through the graph.
fn cyclic(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let reach = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(m) = todo.pop() {
            for n in graph.get(&m).into_iter().flatten() {
                if seen.insert(n.clone()) {
                    todo.push(n.clone());
                }
            }
        }
        seen
    };
    graph.keys().filter(|m| reach(m).contains(*m)).cloned().collect()
}

#[test]
fn no_module_of_the_engine_imports_one_that_imports_it_back() {
    let sim = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/sim");
    let names = reexports(&fs::read_to_string(sim.join("mod.rs")).unwrap());
    let mut all = Vec::new();
    files(&sim, &["rs"], &mut all);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    // src/sim/mod.rs only declares and re-exports; tests.rs files are test modules
    let top = sim.join("mod.rs");
    for f in all.iter().filter(|f| **f != top && !f.ends_with("tests.rs")) {
        let m = module_of(&sim, f);
        let src = fs::read_to_string(f).unwrap();
        let deps = uses(&code_of(&src), &names);
        graph.entry(m.clone()).or_default().extend(deps.into_iter().filter(|d| *d != m));
    }
    assert!(graph.len() > 20 && graph["engine"].contains("routing"), "the scan sees the engine's modules");
    let cycles = cyclic(&graph);
    let edges: Vec<String> =
        cycles.iter().map(|m| format!("{m} -> {}", graph[m].iter().cloned().collect::<Vec<_>>().join(" "))).collect();
    assert!(cycles.is_empty(), "import cycle among src/sim modules:\n{}", edges.join("\n"));
}

#[test]
fn the_cycle_finder_finds_a_cycle_and_only_that() {
    let names = reexports("pub use engine::Sim;\npub use views::{Ledger, Snapshot};");
    assert_eq!(names["Snapshot"], "views");
    let deps = uses(&code_of("use crate::sim::{flow, Sim};\nuse crate::sim::views::Ledger; // crate::sim::x"), &names);
    assert_eq!(deps.into_iter().collect::<Vec<_>>(), ["engine", "flow", "views"]);
    let g: BTreeMap<String, BTreeSet<String>> = [("a", vec!["b"]), ("b", vec!["a", "c"]), ("c", vec![])]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
        .collect();
    assert_eq!(cyclic(&g), ["a", "b"]);
}

#[test]
fn no_source_file_is_over_400_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for dir in ["src", "tests", "benches", "e2e"] {
        files(&root.join(dir), &["rs", "mjs"], &mut all);
    }
    let long: Vec<String> = all
        .iter()
        .filter_map(|f| {
            let n = fs::read_to_string(f).unwrap().lines().count();
            (n > MAX_LINES).then(|| format!("{}: {n} lines", f.strip_prefix(root).unwrap().display()))
        })
        .collect();
    assert!(long.is_empty(), "split these along a seam (one concern per file):\n{}", long.join("\n"));
}
