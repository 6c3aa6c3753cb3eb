//! Reads a crate's sources as text: which file names a path into which other file (`use`
//! trees, `crate::` / `super::` / `self::` paths, re-exports followed to the file that defines
//! the name), and finds circles in the resulting graph.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The crates' source folders, with their root file.
pub const CRATES: [(&str, &str); 4] = [
    ("crates/engine/src", "lib.rs"),
    ("crates/share/src", "lib.rs"),
    ("crates/view-model/src", "lib.rs"),
    ("src", "lib.rs"),
];

pub type Module = Vec<String>;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn files(dir: &Path, ext: &[&str], out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        fs::read_dir(dir).expect("a source folder").map(|e| e.expect("an entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| ext.iter().any(|x| e == *x)) {
            out.push(path);
        }
    }
}

/// `src` without comments, string and character contents, and its unit-test module.
pub fn code_of(src: &str) -> String {
    let src = src.find("#[cfg(test)]\nmod tests").map_or(src, |k| &src[..k]);
    let b: Vec<char> = src.chars().collect();
    let (mut out, mut k) = (String::with_capacity(b.len()), 0);
    while k < b.len() {
        let next = b.get(k + 1).copied();
        if b[k] == '/' && next == Some('/') {
            while k < b.len() && b[k] != '\n' {
                k += 1;
            }
        } else if b[k] == '/' && next == Some('*') {
            k += 2;
            while k + 1 < b.len() && !(b[k] == '*' && b[k + 1] == '/') {
                k += 1;
            }
            k += 2;
        } else if b[k] == '"' {
            k += 1;
            while k < b.len() && b[k] != '"' {
                k += if b[k] == '\\' { 2 } else { 1 };
            }
            k += 1;
            out.push_str("\"\"");
        } else if b[k] == '\'' && b.get(k + 2) == Some(&'\'') {
            k += 3; // 'x'
        } else if b[k] == '\'' && next == Some('\\') {
            k += 2;
            while k < b.len() && b[k] != '\'' {
                k += 1;
            }
            k += 1;
        } else {
            out.push(b[k]);
            k += 1;
        }
    }
    out
}

/// A file's module path below its crate root (`lib.rs` → [], `a/mod.rs` and `a.rs` → [a]).
fn module_of(src_root: &Path, file: &Path) -> Module {
    let rel = file.strip_prefix(src_root).expect("below the root");
    let mut m: Module =
        rel.components().map(|c| c.as_os_str().to_string_lossy().trim_end_matches(".rs").to_string()).collect();
    if m.last().is_some_and(|l| l == "mod") || m.len() == 1 && (m[0] == "lib" || m[0] == "main") {
        m.pop();
    }
    m
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The paths a `use` tree names (`a::{b, c::d as e, self, *}` → `a::b`, `a::c::d`, `a`, `a::*`),
/// each with the name it is known by.
pub fn use_paths(tree: &str) -> Vec<(Vec<String>, String)> {
    fn walk(prefix: &[String], tree: &str, out: &mut Vec<(Vec<String>, String)>) {
        let tree = tree.trim();
        if let Some(open) = tree.find('{') {
            let mut p = prefix.to_vec();
            p.extend(tree[..open].split("::").map(str::trim).filter(|s| !s.is_empty()).map(String::from));
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let (mut depth, mut start) = (0, 0);
            for (k, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        walk(&p, &inner[start..k], out);
                        start = k + 1;
                    }
                    _ => {}
                }
            }
            walk(&p, &inner[start..], out);
            return;
        }
        if tree.is_empty() {
            return;
        }
        let (path, alias) = match tree.split_once(" as ") {
            Some((p, a)) => (p.trim(), Some(a.trim())),
            None => (tree, None),
        };
        let mut p = prefix.to_vec();
        for seg in path.split("::").map(str::trim) {
            if seg != "self" || p.is_empty() {
                p.push(seg.to_string());
            }
        }
        let name = alias.map(String::from).or_else(|| p.last().cloned()).unwrap_or_default();
        out.push((p, name));
    }
    let mut out = Vec::new();
    walk(&[], tree, &mut out);
    out
}

/// One source file, as the scan reads it.
struct File {
    path: PathBuf,
    module: Module,
    /// names it defines (fn, struct, enum, trait, type, const, static, mod, macro)
    defines: BTreeSet<String>,
    /// `pub use` paths, by the name they export
    exports: Vec<(Vec<String>, String)>,
    /// every path it names: its `use` paths and the `crate::` / `super::` / `self::` paths in
    /// its code
    names: Vec<Vec<String>>,
}

fn read_file(src_root: &Path, path: &Path) -> File {
    let code = code_of(&fs::read_to_string(path).expect("a source file"));
    let module = module_of(src_root, path);
    let mut defines = BTreeSet::new();
    let words: Vec<&str> = code.split(|c: char| !is_ident(c) && c != '!').filter(|w| !w.is_empty()).collect();
    for w in words.windows(2) {
        if ["fn", "struct", "enum", "trait", "type", "const", "static", "mod", "union", "macro_rules!"].contains(&w[0])
        {
            defines.insert(w[1].to_string());
        }
    }
    let (mut exports, mut names) = (Vec::new(), Vec::new());
    for stmt in code.split(';') {
        let s = stmt.trim_start();
        let s = s.rsplit_once("]\n").map_or(s, |(_, rest)| rest).trim_start(); // attributes before it
        let (public, rest) = if let Some(r) = s.strip_prefix("pub use ") {
            (true, r)
        } else if let Some(r) = s.strip_prefix("pub(crate) use ").or_else(|| s.strip_prefix("pub(super) use ")) {
            (true, r)
        } else if let Some(r) = s.strip_prefix("use ") {
            (false, r)
        } else {
            continue;
        };
        for (p, name) in use_paths(rest) {
            if public {
                exports.push((p.clone(), name));
            }
            names.push(p);
        }
    }
    // paths in the code: crate::a::b, super::super::c, self::d
    let chars: Vec<char> = code.chars().collect();
    let mut k = 0;
    while k < chars.len() {
        if is_ident(chars[k]) && (k == 0 || !is_ident(chars[k - 1]) && chars[k - 1] != ':') {
            let mut segs = Vec::new();
            let mut j = k;
            loop {
                let s = j;
                while j < chars.len() && is_ident(chars[j]) {
                    j += 1;
                }
                segs.push(chars[s..j].iter().collect::<String>());
                if j + 2 < chars.len() && chars[j] == ':' && chars[j + 1] == ':' && is_ident(chars[j + 2]) {
                    j += 2;
                } else {
                    break;
                }
            }
            // `a::b::{…}` and `a::*` are `use` trees, read above; a relative path counts only if
            // it starts at a child module (see `resolve`)
            let tree = chars.get(j..j + 3).is_some_and(|t| t == [':', ':', '{'] || t == [':', ':', '*']);
            if segs.len() > 1 && !tree {
                names.push(segs);
            }
            k = j.max(k + 1);
        } else {
            k += 1;
        }
    }
    File { path: path.to_path_buf(), module, defines, exports, names }
}

/// The files of one crate, by module path.
pub struct CrateFiles {
    by_module: BTreeMap<Module, File>,
}

impl CrateFiles {
    pub fn read(src_root: &Path) -> CrateFiles {
        let mut all = Vec::new();
        files(src_root, &["rs"], &mut all);
        let mut by_module = BTreeMap::new();
        let mut test_only = BTreeSet::new();
        for f in all.iter().filter(|f| !f.ends_with("tests.rs") && !f.ends_with("main.rs")) {
            let file = read_file(src_root, f);
            // `#[cfg(test)] mod check;`: a module compiled for unit tests only
            let src = fs::read_to_string(f).expect("a source file");
            for (k, _) in src.match_indices("#[cfg(test)]\nmod ") {
                let rest = &src[k + "#[cfg(test)]\nmod ".len()..];
                let name: String = rest.chars().take_while(|c| is_ident(*c)).collect();
                if rest[name.len()..].starts_with(';') {
                    let mut m = file.module.clone();
                    m.push(name);
                    test_only.insert(m);
                }
            }
            by_module.insert(file.module.clone(), file);
        }
        by_module.retain(|m, _| !test_only.iter().any(|t| m.starts_with(t)));
        CrateFiles { by_module }
    }

    fn is_module(&self, m: &Module) -> bool {
        self.by_module.contains_key(m)
    }

    /// The file that `path`, named in module `from`, leads to; None for other crates and local names.
    fn resolve(&self, from: &Module, path: &[String], depth: u32) -> Option<&File> {
        let first = path.first()?;
        let (mut cur, mut i) = match first.as_str() {
            "crate" => (Vec::new(), 1),
            "self" => (from.clone(), 1),
            "super" => {
                let mut m = from.clone();
                let mut i = 0;
                while path.get(i).is_some_and(|s| s == "super") {
                    m.pop();
                    i += 1;
                }
                (m, i)
            }
            _ => {
                let mut child = from.clone();
                child.push(first.clone());
                if !self.is_module(&child) {
                    return None;
                }
                (from.clone(), 0)
            }
        };
        while let Some(seg) = path.get(i) {
            let mut next = cur.clone();
            next.push(seg.clone());
            if !self.is_module(&next) {
                break;
            }
            cur = next;
            i += 1;
        }
        let file = self.by_module.get(&cur)?;
        let Some(name) = path.get(i) else { return Some(file) };
        if name == "*" || file.defines.contains(name) || depth > 8 {
            return Some(file);
        }
        for (p, n) in file.exports.iter().filter(|(_, n)| n == name || n == "*") {
            match self.resolve(&cur, p, depth + 1) {
                Some(t) if n == name || t.defines.contains(name) => return Some(t),
                None if n == name => return None, // another crate's, re-exported
                _ => {}
            }
        }
        Some(file)
    }

    /// Which file depends on which (file paths, relative to the repository).
    pub fn graph(&self) -> BTreeMap<String, BTreeSet<String>> {
        let rel = |p: &Path| p.strip_prefix(root()).unwrap_or(p).display().to_string();
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for f in self.by_module.values() {
            let deps = g.entry(rel(&f.path)).or_default();
            for p in &f.names {
                if let Some(t) = self.resolve(&f.module, p, 0) {
                    if t.path != f.path {
                        deps.insert(rel(&t.path));
                    }
                }
            }
        }
        g
    }
}

/// Nodes that can reach themselves again.
pub fn cyclic(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
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

/// The file graph lifted to the child modules of folder `dir` (a file below a child belongs to it).
pub fn folder_graph(g: &BTreeMap<String, BTreeSet<String>>, dir: &str) -> BTreeMap<String, BTreeSet<String>> {
    let child = |f: &str| -> Option<String> {
        let rest = f.strip_prefix(dir)?.strip_prefix('/')?;
        let first = rest.split('/').next()?.trim_end_matches(".rs");
        (first != "mod" && first != "lib").then(|| first.to_string())
    };
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (f, deps) in g {
        let Some(a) = child(f) else { continue };
        let e = out.entry(a.clone()).or_default();
        e.extend(deps.iter().filter_map(|d| child(d)).filter(|b| *b != a));
    }
    out
}
