//! Issue 13, "the facts belong to the project": every `§N` citation in src/, tests/ and benches/
//! names a section of `docs/aws-behaviour.md`, every quoted sub-heading right after it
//! (`§1 "Capacity rules"`, or a list `§3 "Simple scaling", "Cooldown"`) is a `###`/`####`
//! heading of that section, and no file points at a reference outside the repository.
//!
//! Quotes elsewhere in a comment are free text; only quotes that directly follow `§N` (comma
//! separated, possibly wrapped onto the next comment line) are read as sub-headings. A `§` within
//! a few characters after "RFC" cites that RFC, not the document.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// `§`, written as an escape so that this file's own examples are not citations.
const SECTION: char = '\u{a7}';

/// Section number ("1" … "10") → its sub-headings.
type Outline = BTreeMap<String, BTreeSet<String>>;

/// The numbered sections (`## N. Title`) of the document and the `###`/`####` headings in each.
fn outline(md: &str) -> Outline {
    let mut out = Outline::new();
    let mut current: Option<String> = None;
    for line in md.lines() {
        if let Some(title) = line.strip_prefix("## ") {
            let num: String = title.chars().take_while(char::is_ascii_digit).collect();
            current = (!num.is_empty() && title[num.len()..].starts_with(". ")).then_some(num);
            if let Some(n) = &current {
                out.entry(n.clone()).or_default();
            }
        } else if let Some(h) = line.strip_prefix("### ").or_else(|| line.strip_prefix("#### ")) {
            if let Some(n) = &current {
                out.entry(n.clone()).or_default().insert(h.trim().to_string());
            }
        }
    }
    out
}

/// A file's lines without comment markers, joined by spaces (so a quoted sub-heading may wrap onto
/// the next comment line), and the offset where each line starts in the joined text.
fn joined(src: &str) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::new();
    for line in src.lines() {
        let l = line.trim_start();
        let l = ["//!", "///", "//"].iter().find_map(|m| l.strip_prefix(m)).unwrap_or(l).trim();
        starts.push(text.len());
        text.push_str(l);
        text.push(' ');
    }
    (text, starts)
}

/// One `§N` citation: where it starts in the joined text, the section, the quoted sub-headings.
#[derive(Debug, PartialEq)]
struct Citation {
    at: usize,
    section: String,
    headings: Vec<String>,
}

fn citations(text: &str) -> Vec<Citation> {
    let mut out = Vec::new();
    for (k, _) in text.match_indices(SECTION) {
        let before = &text[..k];
        let from = before.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
        if before[from..].contains("RFC") {
            continue;
        }
        let rest = &text[k + SECTION.len_utf8()..];
        let mut section: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
        while section.ends_with('.') {
            section.pop(); // "… (§4)." ends a sentence
        }
        if section.is_empty() {
            continue; // "§N" in prose, not a citation
        }
        let mut headings = Vec::new();
        let mut r = rest[section.len()..].trim_start();
        while let Some(q) = r.strip_prefix('"') {
            let Some(end) = q.find('"') else { break };
            headings.push(q[..end].split_whitespace().collect::<Vec<_>>().join(" "));
            r = q[end + 1..].trim_start();
            match r.strip_prefix(',').map(str::trim_start) {
                Some(next) if next.starts_with('"') => r = next,
                _ => break,
            }
        }
        out.push(Citation { at: k, section, headings });
    }
    out
}

/// What `src` cites that `doc` lacks, as "name:line: …".
fn missing(name: &str, src: &str, doc: &Outline) -> Vec<String> {
    let (text, starts) = joined(src);
    let mut out = Vec::new();
    for c in citations(&text) {
        let line = starts.partition_point(|&s| s <= c.at);
        let Some(subs) = doc.get(&c.section) else {
            out.push(format!("{name}:{line}: {SECTION}{} is not a section of the document", c.section));
            continue;
        };
        for h in c.headings.iter().filter(|h| !subs.contains(*h)) {
            out.push(format!("{name}:{line}: {SECTION}{} has no sub-heading \"{h}\"", c.section));
        }
    }
    out
}

/// Does `line` name a path outside the repository that used to hold the facts? (The paths are
/// built from parts so that this file does not name them itself.)
fn points_outside(line: &str) -> bool {
    [["shared", "reference"].join("/"), ["..", "shared"].join("/")].iter().any(|p| line.contains(p.as_str()))
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn document() -> Outline {
    outline(&fs::read_to_string(root().join("docs/aws-behaviour.md")).expect("docs/aws-behaviour.md exists"))
}

#[test]
fn every_citation_names_a_section_and_sub_heading_the_document_has() {
    let doc = document();
    assert_eq!(doc.keys().filter_map(|k| k.parse::<u32>().ok()).collect::<BTreeSet<_>>(), (1..=13).collect());
    let mut all = Vec::new();
    for dir in ["src", "crates", "tests", "benches"] {
        files(&root().join(dir), &mut all);
    }
    all.retain(|f| f.extension().is_some_and(|e| e == "rs"));
    all.push(root().join("README.md"));
    let (mut seen, mut problems) = (0, Vec::new());
    for f in &all {
        let src = fs::read_to_string(f).unwrap();
        let name = f.strip_prefix(root()).unwrap().display().to_string();
        seen += citations(&joined(&src).0).len();
        problems.extend(missing(&name, &src, &doc));
    }
    assert!(seen > 100, "the scan sees the citations ({seen})");
    assert!(problems.is_empty(), "citations docs/aws-behaviour.md cannot answer:\n{}", problems.join("\n"));
}

#[test]
fn nothing_points_outside_the_repository() {
    let mut all = Vec::new();
    for dir in ["src", "crates", "tests", "benches", "e2e", "docs"] {
        files(&root().join(dir), &mut all);
    }
    all.push(root().join("README.md"));
    let mut hits = Vec::new();
    for f in &all {
        let Ok(src) = fs::read_to_string(f) else { continue }; // images and other binaries
        for (n, line) in src.lines().enumerate() {
            if points_outside(line) {
                hits.push(format!("{}:{}: {}", f.strip_prefix(root()).unwrap().display(), n + 1, line.trim()));
            }
        }
    }
    assert!(hits.is_empty(), "cite docs/aws-behaviour.md instead:\n{}", hits.join("\n"));
}

#[test]
fn the_checker_reads_sections_headings_and_citations() {
    let md = "# T\n## Corrections\n### Stray\n## 1. Basics\n### Capacity rules\n#### Deep one\n\
              ## 2. Target\n### Rounding\n## Lab limits\n### Elsewhere\n";
    let doc = outline(md);
    assert_eq!(doc.len(), 2);
    assert_eq!(doc["1"], BTreeSet::from(["Capacity rules", "Deep one"].map(String::from)));
    assert!(!doc.values().any(|s| s.contains("Stray") || s.contains("Elsewhere")));

    let s = SECTION;
    let src = format!(
        "//! docs/aws-behaviour.md {s}1 \"Capacity rules\", \"Deep\n//! one\" and {s}2 \"Rounding\" [DOC].\n\
         // {s}2: a \"quote\" later is free text; RFC 3986 {s}2.1 is another document.\n\
         /// ({s}1). {s}12 \"Nope\", {s}1 \"Made up\", {s}2.3\n"
    );
    let (text, _) = joined(&src);
    let got: Vec<(String, Vec<String>)> = citations(&text).into_iter().map(|c| (c.section, c.headings)).collect();
    let want = [
        ("1", vec!["Capacity rules", "Deep one"]),
        ("2", vec!["Rounding"]),
        ("2", vec![]),
        ("1", vec![]),
        ("12", vec!["Nope"]),
        ("1", vec!["Made up"]),
        ("2.3", vec![]),
    ];
    let want: Vec<(String, Vec<String>)> =
        want.iter().map(|(n, h)| (n.to_string(), h.iter().map(|x| x.to_string()).collect())).collect();
    assert_eq!(got, want);

    // the made-up citations are caught, with their line; the real ones pass
    let problems = missing("x.rs", &src, &doc);
    assert_eq!(
        problems,
        [
            format!("x.rs:4: {s}12 is not a section of the document"),
            format!("x.rs:4: {s}1 has no sub-heading \"Made up\""),
            format!("x.rs:4: {s}2.3 is not a section of the document"),
        ]
    );
    let old = format!("see {}/aws-behaviour.md beside this repository", ["shared", "reference"].join("/"));
    assert!(
        points_outside(&old)
            && points_outside(&["..", "shared", "x"].join("/"))
            && !points_outside("docs/aws-behaviour.md")
    );
}
