//! Application Load Balancer access log entries (docs/aws-behaviour.md §13 "Formats"): fields
//! split on spaces, a field in double quotes kept whole; a request is counted at the second
//! the load balancer received it (`request_creation_time`, field 22), else at `time` (field
//! 2, when it sent the response). Fields added at the end by newer versions are ignored.

/// The request types an entry may have.
pub const TYPES: [&str; 6] = ["http", "https", "h2", "grpcs", "ws", "wss"];

/// Splits a line into fields (a quoted field is one, without its quotes).
pub fn fields(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = line.trim();
    while !rest.is_empty() {
        if let Some(q) = rest.strip_prefix('"') {
            match q.find('"') {
                Some(end) => {
                    out.push(&q[..end]);
                    rest = q[end + 1..].trim_start();
                }
                None => {
                    out.push(q);
                    rest = "";
                }
            }
        } else {
            let end = rest.find(' ').unwrap_or(rest.len());
            out.push(&rest[..end]);
            rest = rest[end..].trim_start();
        }
    }
    out
}

/// Does the line look like an entry (a known type first, then an ISO time)?
pub fn looks_like(line: &str) -> bool {
    let mut it = line.split(' ');
    matches!(it.next(), Some(t) if TYPES.contains(&t))
        && it.next().is_some_and(|t| t.len() >= 20 && t.as_bytes()[4] == b'-')
}

/// The second an entry's request arrived [Unix s], or None if the line is no entry.
pub fn second(line: &str) -> Option<i64> {
    let f = fields(line);
    if f.len() < 12 || !TYPES.contains(&f[0]) {
        return None;
    }
    let t = f.get(21).and_then(|c| crate::time::parse_time(c)).or_else(|| crate::time::parse_time(f[1]))?;
    Some(t.floor() as i64)
}
