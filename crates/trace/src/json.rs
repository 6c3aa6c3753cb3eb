//! JSON values (RFC 8259), for the CloudWatch CLI's output: objects, arrays, strings,
//! numbers, booleans and null, at most [`MAX_DEPTH`] deep. Hand-written, as the lab's other
//! JSON reader is: serde_json costs about 12 KB of the first load's brotli for what these
//! two output shapes need.

/// Deepest nesting read.
pub const MAX_DEPTH: usize = 32;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// a number
    Num(f64),
    /// a string
    Str(String),
    /// an array
    Arr(Vec<Value>),
    /// an object, its members in order
    Obj(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Where parsing stopped, and what it expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// line [from 1]
    pub line: usize,
    /// what was expected
    pub expected: &'static str,
}

struct P<'a> {
    s: &'a [u8],
    i: usize,
}

impl P<'_> {
    fn err(&self, expected: &'static str) -> JsonError {
        let line = 1 + self.s[..self.i.min(self.s.len())].iter().filter(|b| **b == b'\n').count();
        JsonError { line, expected }
    }
    fn ws(&mut self) {
        while self.s.get(self.i).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }
    fn eat(&mut self, lit: &[u8]) -> bool {
        let ok = self.s[self.i..].starts_with(lit);
        if ok {
            self.i += lit.len();
        }
        ok
    }
    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.err("less nesting"));
        }
        self.ws();
        match self.s.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                let mut m = Vec::new();
                self.ws();
                if self.eat(b"}") {
                    return Ok(Value::Obj(m));
                }
                loop {
                    self.ws();
                    let k = self.string()?;
                    self.ws();
                    if !self.eat(b":") {
                        return Err(self.err("':'"));
                    }
                    m.push((k, self.value(depth + 1)?));
                    self.ws();
                    if self.eat(b"}") {
                        return Ok(Value::Obj(m));
                    }
                    if !self.eat(b",") {
                        return Err(self.err("',' or '}'"));
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut v = Vec::new();
                self.ws();
                if self.eat(b"]") {
                    return Ok(Value::Arr(v));
                }
                loop {
                    v.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat(b"]") {
                        return Ok(Value::Arr(v));
                    }
                    if !self.eat(b",") {
                        return Err(self.err("',' or ']'"));
                    }
                }
            }
            Some(b'"') => self.string().map(Value::Str),
            Some(b't') if self.eat(b"true") => Ok(Value::Bool(true)),
            Some(b'f') if self.eat(b"false") => Ok(Value::Bool(false)),
            Some(b'n') if self.eat(b"null") => Ok(Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.err("a JSON value")),
        }
    }
    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.i;
        while self.s.get(self.i).is_some_and(|b| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
            self.i += 1;
        }
        std::str::from_utf8(&self.s[start..self.i])
            .ok()
            .and_then(|t| t.parse::<f64>().ok())
            .filter(|x| x.is_finite())
            .map(Value::Num)
            .ok_or_else(|| self.err("a number"))
    }
    fn string(&mut self) -> Result<String, JsonError> {
        if !self.eat(b"\"") {
            return Err(self.err("a string"));
        }
        let mut out: Vec<u8> = Vec::new();
        loop {
            match self.s.get(self.i) {
                None => return Err(self.err("the string's closing '\"'")),
                Some(b'"') => {
                    self.i += 1;
                    return String::from_utf8(out).map_err(|_| self.err("UTF-8 text"));
                }
                Some(b'\\') => {
                    let c = *self.s.get(self.i + 1).ok_or_else(|| self.err("an escape"))?;
                    self.i += 2;
                    let ch = match c {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hex = self.s.get(self.i..self.i + 4).ok_or_else(|| self.err("4 hex digits"))?;
                            let code = std::str::from_utf8(hex)
                                .ok()
                                .and_then(|h| u32::from_str_radix(h, 16).ok())
                                .ok_or_else(|| self.err("4 hex digits"))?;
                            self.i += 4;
                            char::from_u32(code).unwrap_or('\u{fffd}')
                        }
                        _ => return Err(self.err("an escape")),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                Some(b) if *b < 0x20 => return Err(self.err("no control character in a string")),
                Some(b) => {
                    out.push(*b);
                    self.i += 1;
                }
            }
        }
    }
}

/// Parse a whole JSON text.
pub fn parse(text: &[u8]) -> Result<Value, JsonError> {
    let mut p = P { s: text, i: 0 };
    // a byte order mark, as some editors save one
    if p.s.starts_with(&[0xef, 0xbb, 0xbf]) {
        p.i = 3;
    }
    let v = p.value(0)?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.err("the end of the JSON text"));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_errors_with_their_line() {
        let v = parse(br#"{"a": [1, -2.5e1, true, null, "x\u00e9\n"], "b": {}}"#).unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Value::Arr(vec![
                Value::Num(1.0),
                Value::Num(-25.0),
                Value::Bool(true),
                Value::Null,
                Value::Str("xé\n".into())
            ]))
        );
        assert_eq!(v.get("b"), Some(&Value::Obj(vec![])));
        assert_eq!(parse(b"{\n\"a\": [1,\n2,,]}").unwrap_err(), JsonError { line: 3, expected: "a JSON value" });
        assert!(parse(b"[1] x").is_err());
        assert!(parse(&[b'['; 100]).is_err(), "too deep");
        assert!(parse(b"\"abc").is_err());
    }
}
