//! The AWS CLI's JSON output: objects with keys in the API's order, printed as the CLI prints
//! them (`--output json`, four-space indents). Hand-written: the engine has no serde, and a
//! writer of this one shape is smaller than the dependency (the view model's `json.rs` made
//! the same choice for the link's JSON).

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    /// `"…"`
    Str(String),
    /// a number as the API writes it
    Num(String),
    /// `true` / `false`
    Bool(bool),
    /// `[…]`
    Arr(Vec<Json>),
    /// `{…}` in key order
    Obj(Vec<(&'static str, Json)>),
}

impl Json {
    /// A string.
    pub fn s(v: impl Into<String>) -> Json {
        Json::Str(v.into())
    }
    /// A whole number.
    pub fn n(v: impl Into<i64>) -> Json {
        Json::Num(v.into().to_string())
    }
    /// A decimal as the API writes it (`50.0`).
    pub fn f(v: f64) -> Json {
        Json::Num(if v.fract() == 0.0 && v.abs() < 1e15 { format!("{v:.1}") } else { format!("{v}") })
    }

    /// The CLI's printout, one line per entry.
    pub fn lines(&self) -> Vec<String> {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.lines().map(str::to_string).collect()
    }

    fn write(&self, out: &mut String, depth: usize) {
        let pad = |d: usize| "    ".repeat(d);
        match self {
            Json::Str(s) => quote(out, s),
            Json::Num(n) => out.push_str(n),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Arr(v) if v.is_empty() => out.push_str("[]"),
            Json::Obj(v) if v.is_empty() => out.push_str("{}"),
            Json::Arr(v) => {
                out.push_str("[\n");
                for (k, x) in v.iter().enumerate() {
                    out.push_str(&pad(depth + 1));
                    x.write(out, depth + 1);
                    out.push_str(if k + 1 < v.len() { ",\n" } else { "\n" });
                }
                out.push_str(&pad(depth));
                out.push(']');
            }
            Json::Obj(v) => {
                out.push_str("{\n");
                for (k, (key, x)) in v.iter().enumerate() {
                    out.push_str(&pad(depth + 1));
                    quote(out, key);
                    out.push_str(": ");
                    x.write(out, depth + 1);
                    out.push_str(if k + 1 < v.len() { ",\n" } else { "\n" });
                }
                out.push_str(&pad(depth));
                out.push('}');
            }
        }
    }
}

fn quote(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
