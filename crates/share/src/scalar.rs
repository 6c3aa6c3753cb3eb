//! Numbers, flags, names and enum words of the link format (parse and print).

use super::problem::{Problem, WordKind};
use asg_engine::catalog::{CreditMode, InstanceType, Region};
use asg_engine::scenario::{Algorithm, HealthCheckType, Monitoring, TerminationPolicy};

/// Longest name (group, policy, alarm) a link may carry [chars].
pub const MAX_NAME_CHARS: usize = 64;

/// Shortest round-trip decimal form of a float (Rust's `{}`): bit-exact back through `parse`.
pub(crate) fn f(x: f64) -> String {
    format!("{x}")
}

/// A piece of user text for a notice: at most 40 chars, control chars escaped.
pub(crate) fn short(s: &str) -> String {
    let t: String = s.chars().take(40).flat_map(char::escape_debug).collect();
    if s.chars().count() > 40 {
        format!("{t}…")
    } else {
        t
    }
}

/// A finite float. (`str::parse` also accepts `inf`/`NaN`; those are refused here.)
pub(crate) fn num(s: &str) -> Result<f64, Problem> {
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        Ok(_) => Err(Problem::NotFinite(short(s))),
        Err(_) => Err(Problem::NotNumber(short(s))),
    }
}

/// Digits only → the value, saturating at `u64::MAX` (so a huge number is "too large", not
/// "not a number"); anything else → None.
pub(crate) fn uint_sat(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().fold(0u64, |acc, b| acc.saturating_mul(10).saturating_add(u64::from(b - b'0'))))
}

/// A whole number ≥ 0 that fits `hi`.
pub(crate) fn uint(s: &str, hi: u64) -> Result<u64, Problem> {
    match uint_sat(s) {
        None => Err(Problem::NotWhole(short(s))),
        Some(v) if v > hi => Err(Problem::TooLarge { value: short(s), max: hi }),
        Some(v) => Ok(v),
    }
}

/// u32 ≤ `hi`.
pub(crate) fn u32_(s: &str, hi: u32) -> Result<u32, Problem> {
    uint(s, u64::from(hi)).map(|v| v as u32)
}

/// A signed whole number with |v| ≤ 1e9.
pub(crate) fn int(s: &str) -> Result<i64, Problem> {
    let (neg, d) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let v = uint(d, 1_000_000_000).map_err(|_| Problem::NotSigned(short(s)))? as i64;
    Ok(if neg { -v } else { v })
}

/// `-` → None, else `p(s)`.
pub(crate) fn opt<T>(s: &str, p: impl Fn(&str) -> Result<T, Problem>) -> Result<Option<T>, Problem> {
    if s == "-" {
        Ok(None)
    } else {
        p(s).map(Some)
    }
}

/// Print an option: None → `-`.
pub(crate) fn popt<T>(v: &Option<T>, p: impl Fn(&T) -> String) -> String {
    v.as_ref().map_or_else(|| "-".to_string(), p)
}

/// `1`/`0`.
pub(crate) fn flag(s: &str) -> Result<bool, Problem> {
    match s {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err(Problem::NotFlag(short(s))),
    }
}

/// Print a flag.
pub(crate) fn pflag(b: bool) -> String {
    if b { "1" } else { "0" }.to_string()
}

/// Is `c` allowed in a name from a link? Letters and digits (any script), space, `_`, `-`, `.`.
pub fn name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, ' ' | '_' | '-' | '.')
}

/// A name as a link may carry it: only [`name_char`]s, at most [`MAX_NAME_CHARS`]. The UI
/// should apply this when the user names a policy, so every name survives a shared link.
pub fn clean_name(s: &str) -> String {
    s.chars().filter(|c| name_char(*c)).take(MAX_NAME_CHARS).collect()
}

/// A name that is already clean and not empty.
pub(crate) fn name(s: &str) -> Result<String, Problem> {
    if s.is_empty() {
        return Err(Problem::EmptyName);
    }
    if clean_name(s) != s {
        return Err(Problem::BadName { value: short(s), max: MAX_NAME_CHARS });
    }
    Ok(s.to_string())
}

/// A word → value through a table (print = the table's word).
pub(crate) fn word<T: Copy + PartialEq>(s: &str, table: &[(T, &'static str)], kind: WordKind) -> Result<T, Problem> {
    table.iter().find(|(_, w)| *w == s).map(|(v, _)| *v).ok_or_else(|| Problem::UnknownWord {
        value: short(s),
        kind,
        words: table.iter().map(|(_, w)| *w).collect(),
    })
}

/// The table's word for `v`.
pub(crate) fn pword<T: Copy + PartialEq>(v: T, table: &[(T, &'static str)]) -> String {
    table.iter().find(|(x, _)| *x == v).map_or("?", |(_, w)| w).to_string()
}

pub(crate) const REGIONS: [(Region, &str); 2] =
    [(Region::UsEast1, "us-east-1"), (Region::ApNortheast2, "ap-northeast-2")];
pub(crate) const TYPES: [(InstanceType, &str); 6] = [
    (InstanceType::T2Micro, "t2.micro"),
    (InstanceType::T3Micro, "t3.micro"),
    (InstanceType::T3Small, "t3.small"),
    (InstanceType::T3Medium, "t3.medium"),
    (InstanceType::M5Large, "m5.large"),
    (InstanceType::C5Large, "c5.large"),
];
pub(crate) const TERMS: [(TerminationPolicy, &str); 5] = [
    (TerminationPolicy::Default, "default"),
    (TerminationPolicy::OldestInstance, "oldest"),
    (TerminationPolicy::NewestInstance, "newest"),
    (TerminationPolicy::ClosestToNextInstanceHour, "closest"),
    (TerminationPolicy::OldestLaunchTemplate, "oldest-lt"),
];
pub(crate) const HCS: [(HealthCheckType, &str); 2] = [(HealthCheckType::EC2, "ec2"), (HealthCheckType::ELB, "elb")];
pub(crate) const CREDITS: [(Option<CreditMode>, &str); 3] =
    [(None, "-"), (Some(CreditMode::Standard), "standard"), (Some(CreditMode::Unlimited), "unlimited")];
pub(crate) const ALGS: [(Algorithm, &str); 4] = [
    (Algorithm::RoundRobin, "rr"),
    (Algorithm::LeastOutstandingRequests, "lor"),
    (Algorithm::WeightedRandom { anomaly_mitigation: false }, "wr"),
    (Algorithm::WeightedRandom { anomaly_mitigation: true }, "wratw"),
];
pub(crate) const MONS: [(Monitoring, &str); 2] = [(Monitoring::Basic, "basic"), (Monitoring::Detailed, "detailed")];
