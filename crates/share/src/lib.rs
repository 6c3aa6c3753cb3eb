//! Share a scenario by URL: the whole [`Scenario`] (plus where to open it and how to show
//! it) as a human-readable query string, with exact round trip and forgiving, explained
//! parsing of anything else.
//!
//! # Format (version 1)
//! `?v=1&key=value&…`, keys in any order; [`to_query`] writes only the values that differ
//! from [`lab_default`] (the seed's exercise without scheduled events: so `?v=1`, `?lang=ko`
//! and the bare page are the same lab, and a link with events always carries `ev=`) in the order below, or, for a
//! scenario that is one of the presets untouched, `preset=<id>` and the view keys. Values are
//! percent-encoded (RFC 3986); `+` is literal (the traffic sum), so the UI must hand over
//! the raw `location.search`, not a form-decoded `URLSearchParams`. Floats use Rust's
//! shortest round-trip form (`{}`), so every number comes back bit for bit. `-` means "none".
//!
//! | key | field | values |
//! |---|---|---|
//! | `v` | format version | `1` |
//! | `preset` | start from this preset ([`presets`]); the keys below override its fields | `flash-crowd`, … |
//! | `seed` | rng seed | u64 |
//! | `start` | clock start [Unix s] | 0 … 253402300799, multiple of 60 |
//! | `region` | region | `us-east-1`, `ap-northeast-2` |
//! | `type` | instance type | `t2.micro` … `c5.large` |
//! | `traffic` | traffic pattern | formula, see `pattern.rs`, e.g. `diurnal(120,80,12)+walk(20,5,0,60)` |
//! | `noise` | Poisson arrivals | `1`/`0` |
//! | `name` | group name | letters, digits, space `_ - .`, ≤ 64 |
//! | `min` `max` `desired` | sizes | 0 … 500 (`asg_engine::limits::MAX_SIZE`), min ≤ desired ≤ max; desired `-` = min |
//! | `azs` | AZs used | 1 … the region's AZs |
//! | `grace` `warmup` `cooldown` | [s] | ≤ 86400, warmup ≤ 3600 or `-` |
//! | `term` | termination policy | `default`, `oldest`, `newest`, `closest`, `oldest-lt` |
//! | `protect` | protect new instances | `1`/`0` |
//! | `hc` | health check type | `ec2`, `elb` |
//! | `credit` | credit mode | `-`, `standard`, `unlimited` |
//! | `alg` | ALB algorithm | `rr`, `lor`, `wr`, `wratw` (weighted random + anomaly mitigation) |
//! | `slow` `dereg` `hci` `hct` `hth` `uth` `idle` | ALB (§6) | 0 or 30–900, 0–3600, 5–300, 2–120, 2–10, 2–10, 1–4000 |
//! | `mon` | monitoring | `basic`, `detailed` |
//! | `pol` | policies | `;`-separated, see `policy.rs`, e.g. `tt:cpu:50;hpa:60` |
//! | `ev` | scheduled events | `;`-separated, see `event.rs`, e.g. `600:stress:0:1800:1;10800:azdown:1` |
//! | `boot` `ready` `ttratio` `tthigh` `ttlow` `ttbasic` `cap` `basecpu` `svc` `queue` `warm` `poll` `late` `keep` `conn` `bytes` `retry` | [`asg_engine::ModelSettings`] knobs | the engine's ranges |
//! | `t` | open at simulated second | ≤ [`MAX_TIME_S`] |
//! | `lang` | UI language | `en`, `ko` |
//! | `embed` `panels` `locked` | embed view | `1`/`0`, `fleet,cpu,…` (names `[a-z0-9-]`), `1`/`0` |
//! | `cmp` | runs compared with the live group | `-` (none), or `,`-separated `avg`, `avg:N`, `peak`, `peak:N`, `alt:<id>` (`tt30`, `tt70`, `step`, `simple`, `none`); absent = `avg,peak` |
//!
//! # Hostile links
//! [`from_query`] never panics and always returns a usable scenario (one that `Sim::new`
//! leaves unchanged: sizes, ranges and policies already valid), plus a [`Notice`] for each
//! thing it ignored or corrected: unknown or repeated keys, wrong types, out-of-range or huge
//! numbers, NaN/inf, min > max (AWS's message), an unknown preset id (the default lab), broken percent-encoding, an old or future
//! `v`, too many policies/events, input over [`MAX_QUERY_BYTES`], and any value written
//! differently from its standard form. A notice is data ([`Problem`], [`Used`]: no language
//! here); the UI words it in its language. Text from a link is DATA ONLY: names are
//! character-filtered and length-limited, and nothing here is meant to be inserted as
//! HTML — the UI shows notices and names through text nodes.
// Unit tests may unwrap: that is how a test says "this must be there".
#![cfg_attr(test, allow(clippy::unwrap_used))]

mod account;
pub mod campaign;
pub mod challenge_link;
pub mod compare;
mod encode;
mod event;
mod pattern;
mod policy;
mod preset;
pub mod presets;
mod problem;
mod read;
pub mod real_traces;
mod scalar;
mod shared;
mod trace_bytes;
pub mod trace_code;
mod write;

pub use encode::{decode_component, encode_component};
pub use problem::{Expect, Problem, Used, WordKind};
pub use read::{from_query, from_query_shared, from_query_within};
pub use scalar::{clean_name, name_char, MAX_NAME_CHARS};
pub use shared::{
    lab_default, EmbedView, Notice, Shared, MAX_EVENTS, MAX_PANELS, MAX_QUERY_BYTES, MAX_TIME_S, VERSION,
};
pub use write::{pairs, to_query, to_query_shared};
