//! A trace's levels as a link carries them: zig-zag varint deltas from 0, base64url without
//! padding (`trace_code.rs` writes them inside `trace(…)`; `real_traces.rs` holds two).

use asg_engine::trace::{MAX_LEVEL, MAX_POINTS};
use base64::Engine as _;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The levels as varint deltas.
fn pack(levels: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(levels.len() + levels.len() / 4);
    let mut prev = 0i64;
    for l in levels {
        let d = i64::from(*l) - prev;
        prev = i64::from(*l);
        let mut z = ((d << 1) ^ (d >> 63)) as u64;
        loop {
            let b = (z & 0x7f) as u8;
            z >>= 7;
            if z == 0 {
                out.push(b);
                break;
            }
            out.push(b | 0x80);
        }
    }
    out
}

/// The levels back, or None if the bytes are not whole varints of levels in range.
fn unpack(bytes: &[u8]) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    let (mut prev, mut z, mut shift) = (0i64, 0u64, 0u32);
    for b in bytes {
        if shift > 35 {
            return None;
        }
        z |= u64::from(b & 0x7f) << shift;
        if b & 0x80 != 0 {
            shift += 7;
            continue;
        }
        let d = (z >> 1) as i64 ^ -((z & 1) as i64);
        prev = prev.checked_add(d)?;
        if !(0..=i64::from(MAX_LEVEL)).contains(&prev) || out.len() >= MAX_POINTS {
            return None;
        }
        out.push(prev as u32);
        (z, shift) = (0, 0);
    }
    (shift == 0).then_some(out)
}

/// The levels as link text.
pub fn encode(levels: &[u32]) -> String {
    B64.encode(pack(levels))
}

/// The levels back from link text, or None if it is not base64url of whole varints of levels
/// in range (at most [`MAX_POINTS`]).
pub fn decode(text: &str) -> Option<Vec<u32>> {
    B64.decode(text.as_bytes()).ok().and_then(|b| unpack(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_and_refuse_what_is_not_levels() {
        assert_eq!(unpack(&pack(&[0, MAX_LEVEL, 0, 7])), Some(vec![0, MAX_LEVEL, 0, 7]));
        assert_eq!(unpack(&[0x80]), None, "a varint cut short");
        assert_eq!(unpack(&[0x01]), None, "below zero");
        assert_eq!(decode(&encode(&[3, 2, 1])), Some(vec![3, 2, 1]));
        assert_eq!(decode("@@"), None);
    }
}
