//! The one JSON shape the lab reads and writes: a flat object of scenario keys to strings,
//! numbers or booleans (`{"v": "1", "min": 2, "protect": true}`).
//!
//! Hand-written on purpose: serde_json (and its float parser) was 12 KB of the first load's
//! brotli for this one object, and the link parser checks every value anyway. This module
//! only has to follow RFC 8259 for that shape: whitespace, string escapes (including
//! `\uXXXX` surrogate pairs) and the number grammar. Nested arrays or objects are refused
//! with a message, as malformed JSON is.

/// A value as the link parser will read it: a string's contents, a number as written,
/// `true` / `false` as `1` / `0`, `null` as `null` (which the link parser then reports).
pub type Entries = Vec<(String, String)>;

/// JSON text for a string (quoted and escaped).
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The entries of a flat JSON object, in document order (a repeated key appears twice), or
/// what is wrong and where (`… at line L column C`, like serde_json's messages).
pub fn parse_flat_object(text: &str) -> Result<Entries, String> {
    let mut r = Reader { s: text.as_bytes(), i: 0 };
    r.ws();
    r.expect(b'{', "expected `{`: a scenario is a JSON object")?;
    let mut out = Vec::new();
    r.ws();
    if !r.eat(b'}') {
        loop {
            r.ws();
            if r.peek() != Some(b'"') {
                return Err(r.at("key must be a string"));
            }
            let key = r.string()?;
            r.ws();
            r.expect(b':', "expected `:` after the key")?;
            r.ws();
            let value = r.value(&key)?;
            out.push((key, value));
            r.ws();
            if r.eat(b'}') {
                break;
            }
            r.expect(b',', "expected `,` or `}`")?;
        }
    }
    r.ws();
    if r.i < r.s.len() {
        return Err(r.at("trailing characters"));
    }
    Ok(out)
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        self.i += usize::from(hit);
        hit
    }
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }
    /// `what` at the current position, 1-based like an editor's.
    fn at(&self, what: &str) -> String {
        let before = &self.s[..self.i.min(self.s.len())];
        let line = 1 + before.iter().filter(|b| **b == b'\n').count();
        let start = before.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
        let column = 1 + String::from_utf8_lossy(&before[start..]).chars().count();
        if self.i >= self.s.len() {
            format!("EOF while parsing: {what} at line {line} column {column}")
        } else {
            format!("{what} at line {line} column {column}")
        }
    }
    fn expect(&mut self, b: u8, what: &str) -> Result<(), String> {
        if self.eat(b) {
            Ok(())
        } else {
            Err(self.at(what))
        }
    }
    fn word(&mut self, w: &str) -> bool {
        let hit = self.s[self.i..].starts_with(w.as_bytes());
        if hit {
            self.i += w.len();
        }
        hit
    }
    fn value(&mut self, key: &str) -> Result<String, String> {
        match self.peek() {
            Some(b'"') => self.string(),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[' | b'{') => {
                Err(self.at(&format!("the value of {} must be a string, number or boolean", quote(key))))
            }
            _ if self.word("true") => Ok("1".into()),
            _ if self.word("false") => Ok("0".into()),
            _ if self.word("null") => Ok("null".into()),
            _ => Err(self.at("expected a value")),
        }
    }
    /// A number as written, checked against JSON's grammar: `-? int frac? exp?`.
    fn number(&mut self) -> Result<String, String> {
        let start = self.i;
        self.eat(b'-');
        let digits = |r: &mut Self| {
            let from = r.i;
            while matches!(r.peek(), Some(b'0'..=b'9')) {
                r.i += 1;
            }
            r.i - from
        };
        let int_start = self.i;
        let n = digits(self);
        if n == 0 || (n > 1 && self.s[int_start] == b'0') {
            return Err(self.at("invalid number"));
        }
        if self.eat(b'.') && digits(self) == 0 {
            return Err(self.at("invalid number"));
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            if digits(self) == 0 {
                return Err(self.at("invalid number"));
            }
        }
        Ok(String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
    }
    fn hex4(&mut self) -> Result<u32, String> {
        let h = self.s.get(self.i..self.i + 4).and_then(|h| std::str::from_utf8(h).ok());
        match h.and_then(|h| u32::from_str_radix(h, 16).ok().filter(|_| h.bytes().all(|b| b.is_ascii_hexdigit()))) {
            Some(v) => {
                self.i += 4;
                Ok(v)
            }
            None => Err(self.at("invalid \\u escape")),
        }
    }
    /// A string after its opening quote is peeked: its contents, escapes resolved.
    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(b) = self.peek() else { return Err(self.at("unterminated string")) };
            self.i += 1;
            match b {
                b'"' => break,
                b'\\' => {
                    let Some(e) = self.peek() else { return Err(self.at("unterminated string")) };
                    self.i += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) && self.word("\\u") {
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.at("invalid surrogate pair"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code).ok_or_else(|| self.at("lone surrogate in \\u escape"))?
                        }
                        _ => return Err(self.at("invalid escape")),
                    };
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                b if b < 0x20 => return Err(self.at("control character in a string")),
                b => out.push(b),
            }
        }
        // The input is a &str and escapes push whole characters: always valid UTF-8.
        Ok(String::from_utf8(out).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> Entries {
        parse_flat_object(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn reads_strings_numbers_booleans_and_null_in_document_order() {
        let got =
            ok(" {\n \"v\": \"1\", \"min\" : 2,\"cap\":-1.5e3, \"protect\": true, \"warm\": false, \"x\": null }\n");
        let want = [("v", "1"), ("min", "2"), ("cap", "-1.5e3"), ("protect", "1"), ("warm", "0"), ("x", "null")];
        assert_eq!(got, want.map(|(k, v)| (k.to_string(), v.to_string())));
        assert_eq!(ok("{}"), vec![]);
        assert_eq!(ok(r#"{"a":"1","a":"2"}"#).len(), 2, "a repeated key is kept for the link parser to report");
    }

    #[test]
    fn resolves_escapes_and_surrogate_pairs() {
        let got = ok(r#"{"name": "a\"b\\c\/d\n\t\u00e9\uD83D\uDE00 한"}"#);
        assert_eq!(got[0].1, "a\"b\\c/d\n\té😀 한");
    }

    #[test]
    fn refuses_malformed_json_with_a_position() {
        for (bad, says) in [
            ("{not json", "key must be a string at line 1 column 2"),
            ("[1]", "expected `{`"),
            ("{\"a\" 1}", "expected `:`"),
            ("{\"a\": 1,}", "key must be a string"),
            ("{\"a\": 01}", "invalid number"),
            ("{\"a\": 1.}", "invalid number"),
            ("{\"a\": -}", "invalid number"),
            ("{\"a\": [1]}", "the value of \"a\" must be a string, number or boolean"),
            ("{\"a\": {}}", "must be a string, number or boolean"),
            ("{\"a\": tru}", "expected a value"),
            ("{\"a\": \"\\x\"}", "invalid escape"),
            ("{\"a\": \"\\uD800\"}", "lone surrogate"),
            ("{\"a\": \"\\uD800\\u0041\"}", "invalid surrogate pair"),
            ("{\"a\": \"\\u12G4\"}", "invalid \\u escape"),
            ("{\"a\": \"x\ny\"}", "control character"),
            ("{\"a\": \"x", "EOF while parsing: unterminated string"),
            ("{\"a\": 1} x", "trailing characters at line 1 column 10"),
            ("{\n\"a\": 1,\n  2}", "key must be a string at line 3 column 3"),
            ("", "EOF while parsing"),
        ] {
            let e = parse_flat_object(bad).expect_err(bad);
            assert!(e.contains(says), "{bad:?}: {e}");
        }
    }

    #[test]
    fn quote_escapes_what_json_requires() {
        assert_eq!(quote("a\"b\\c\nd\u{1}é"), r#""a\"b\\c\nd\u0001é""#);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Any key and string value written with `quote` reads back unchanged.
        #[test]
        fn quoted_strings_round_trip(k in proptest::prelude::any::<String>(), v in proptest::prelude::any::<String>()) {
            let text = format!("{{{}: {}}}", quote(&k), quote(&v));
            proptest::prop_assert_eq!(parse_flat_object(&text), Ok(vec![(k, v)]));
        }
    }
}
