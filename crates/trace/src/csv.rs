//! CSV with a time column and a value column: comma, semicolon or tab (the one the first line
//! holds most of), fields in double quotes allowed (`""` inside is a quote), a header line or
//! none. Grafana's "Download CSV" (`"Time","<series>"`, times as `2024-05-01 09:30:00` or
//! epoch milliseconds) and the CloudWatch console's download (a header line, then a time and
//! the metric's value a row) are of this shape. With `;` or a tab between fields, a decimal
//! comma is read as a point.

/// The separators tried, in order of preference on a tie.
const SEPARATORS: [u8; 3] = [b'\t', b';', b','];

/// The separator of a file whose first line is `line`.
pub fn separator(line: &str) -> u8 {
    let count = |sep: u8| {
        let mut quoted = false;
        line.bytes()
            .filter(|b| {
                if *b == b'"' {
                    quoted = !quoted;
                }
                !quoted && *b == sep
            })
            .count()
    };
    SEPARATORS
        .into_iter()
        .max_by_key(|s| (count(*s), std::cmp::Reverse(SEPARATORS.iter().position(|x| x == s))))
        .unwrap_or(b',')
}

/// The fields of one line (quotes removed).
pub fn fields(line: &str, sep: u8) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if !quoted && c as u32 == u32::from(sep) => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// A value field as a number ≥ 0 (`sep` other than `,`: a decimal comma allowed).
pub fn number(field: &str, sep: u8) -> Option<f64> {
    let f = field.trim();
    let f = if sep != b',' { f.replace(',', ".") } else { f.to_string() };
    f.parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0)
}
