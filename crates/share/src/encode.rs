//! The outer `key=value&…` layer: splitting and percent-decoding/encoding.
//!
//! Written by hand rather than with `serde_urlencoded`/`serde_qs` (not dependencies, and
//! `form_urlencoded` is not one either) because the link format needs three things those
//! crates do not give: (1) `+` is kept literally (it is the traffic grammar's sum operator;
//! `application/x-www-form-urlencoded` would turn it into a space), (2) every malformed
//! piece (a `%` not followed by two hex digits, bytes that are not UTF-8, repeated keys) must
//! be REPORTED as a [`super::Notice`], not silently replaced or rejected as a whole, and
//! (3) key order and duplicates must stay visible to the caller. The code follows RFC 3986
//! §2.1 (percent-encoding) on bytes and never panics.

/// One decoded `key=value` pair, with what went wrong while decoding it.
pub(crate) struct RawPair {
    pub key: String,
    pub value: String,
    /// a `%` was not followed by two hex digits (kept as typed)
    pub bad_percent: bool,
    /// bytes that were not UTF-8 (replaced by U+FFFD)
    pub bad_utf8: bool,
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-decode `s` (RFC 3986; `+` stays `+`). Returns (text, bad_percent, bad_utf8).
pub fn decode_component(s: &str) -> (String, bool, bool) {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut bad = false;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            if let (Some(h), Some(l)) = (b.get(i + 1).copied().and_then(hex), b.get(i + 2).copied().and_then(hex)) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
            bad = true;
        }
        out.push(b[i]);
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(t) => (t, bad, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), bad, true),
    }
}

/// Characters left as typed in a link: unreserved plus the sub-delimiters the grammar uses
/// (`&`, `=`, `#`, `%`, space, quotes, `<`, `>` and non-ASCII are encoded).
fn keep(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-._~!$'()*+,;:@/?".contains(&c)
}

/// Percent-encode a value for the link.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if keep(c) {
            out.push(c as char);
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[(c >> 4) as usize]));
            out.push(char::from(b"0123456789ABCDEF"[(c & 15) as usize]));
        }
    }
    out
}

/// Split a query (with or without the leading `?`) into decoded pairs; empty segments
/// (`&&`, a trailing `&`) are skipped. A segment without `=` has an empty value.
pub(crate) fn split_query(q: &str) -> Vec<RawPair> {
    let q = q.strip_prefix('?').unwrap_or(q);
    q.split('&')
        .filter(|seg| !seg.is_empty())
        .map(|seg| {
            let (k, v) = seg.split_once('=').unwrap_or((seg, ""));
            let (key, bp1, bu1) = decode_component(k);
            let (value, bp2, bu2) = decode_component(v);
            RawPair { key, value, bad_percent: bp1 || bp2, bad_utf8: bu1 || bu2 }
        })
        .collect()
}

/// The longest prefix of `q` of at most `cap` bytes that ends at a `&` boundary (or a char
/// boundary if there is no `&` in it).
pub(crate) fn cap_query(q: &str, cap: usize) -> &str {
    if q.len() <= cap {
        return q;
    }
    let mut end = cap;
    while end > 0 && !q.is_char_boundary(end) {
        end -= 1;
    }
    let head = &q[..end];
    match head.rfind('&') {
        Some(k) => &q[..k],
        None => head,
    }
}
