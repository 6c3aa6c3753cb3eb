//! A trace in a link (`traffic=trace(…)`, issue 23): its levels as zig-zag varint deltas,
//! base64url without padding, so that a smooth trace costs about 1.4 characters a point (a
//! week of minutes, 10,080 points, about 14 KB of the link's 32 KB).
//!
//! ```text
//! trace(period_s, quantum_rps, loop, data)      loop: 0 or 1
//! data := base64url( varint(zigzag(level₀ − 0)) varint(zigzag(level₁ − level₀)) … )
//! ```

use std::sync::Arc;

use asg_engine::trace::Trace;
use asg_engine::traffic::MAX_RPS;

use crate::problem::Problem;
use crate::scalar::{f, num, short, uint};

/// `trace(…)` for `t`.
pub fn print(t: &Trace) -> String {
    format!(
        "trace({},{},{},{})",
        t.period_s,
        f(t.quantum_rps),
        u8::from(t.looped),
        crate::trace_bytes::encode(&t.levels)
    )
}

/// Bytes a point costs in a link, on average, for `t` [bytes / point].
pub fn bytes_per_point(t: &Trace) -> f64 {
    print(t).len() as f64 / t.levels.len().max(1) as f64
}

/// `trace(…)`'s four arguments read; the problem names what is wrong.
pub fn parse(a: &[&str]) -> Result<Trace, Problem> {
    if a.len() != 4 {
        return Err(Problem::LeafArity { want: 4, got: a.len() });
    }
    let period_s = uint(a[0], 86_400)? as u32;
    let quantum_rps = num(a[1])?;
    let looped = match a[2] {
        "0" => false,
        "1" => true,
        x => return Err(Problem::NotFlag(short(x))),
    };
    let bad = || Problem::BadTrace(short(a[3]));
    let levels = crate::trace_bytes::decode(a[3]).ok_or_else(bad)?;
    let top = f64::from(levels.iter().copied().max().unwrap_or(0)) * quantum_rps;
    let positive = quantum_rps.is_finite() && quantum_rps > 0.0;
    if period_s == 0 || levels.is_empty() || !positive || top > MAX_RPS {
        return Err(bad());
    }
    Ok(Trace { period_s, quantum_rps, levels: Arc::from(levels), looped })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_survive_and_cost_about_a_byte_and_a_third() {
        let levels: Vec<u32> = (0..10_080u32).map(|k| 2000 + ((k as f64 / 240.0).sin() * 1500.0) as u32).collect();
        let t = Trace { period_s: 60, quantum_rps: 0.005, levels: Arc::from(levels), looped: true };
        let s = print(&t);
        let inner = &s["trace(".len()..s.len() - 1];
        let back = parse(&inner.split(',').collect::<Vec<_>>()).unwrap();
        assert_eq!(back, t);
        assert!(bytes_per_point(&t) < 1.5, "{}", bytes_per_point(&t));
    }
}
