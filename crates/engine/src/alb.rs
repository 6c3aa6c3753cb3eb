//! Application Load Balancer: target health checks, slow start, draining, routing
//! (docs/aws-behaviour.md §6).

use crate::instance::Instance;
use crate::scenario::{AlbSpec, Algorithm};
use crate::views::TargetState;
use rand_distr::{Binomial, Distribution};
use rand_pcg::Pcg64Mcg;

/// Register a target (state `initial`); the first check runs one interval later [EST].
pub fn register(inst: &mut Instance, t: u64, spec: &AlbSpec) {
    inst.target = TargetState::Initial;
    inst.hc_ok = 0;
    inst.hc_fail = 0;
    inst.next_hc = t + spec.hc_interval_s.max(1) as u64;
    inst.slow_start = None;
}

/// Start draining: no new requests from now until `t + deregistration_delay`.
pub fn deregister(inst: &mut Instance, t: u64, spec: &AlbSpec) {
    if matches!(inst.target, TargetState::Unused | TargetState::Draining) {
        return;
    }
    inst.target = TargetState::Draining;
    inst.drain_until = t + spec.deregistration_delay_s as u64;
    inst.slow_start = None;
}

/// A target whose instance leaves (terminating, or a target beside the group deregistered):
/// deregister it and return when its deregistration ends [s] — at once if it was not
/// registered, else when the delay does (or as it was, if already draining).
pub fn leave(inst: &mut Instance, t: u64, spec: &AlbSpec) -> u64 {
    if inst.target == TargetState::Unused {
        return t;
    }
    deregister(inst, t, spec);
    inst.drain_until
}

/// Is deregistration complete? At once when no request is in flight (an empty queue), else
/// at the end of the delay (§6 "Deregistration delay"). The target still shows `draining`
/// until `drain_until` either way ([`draining_shown`]).
pub fn drain_done(inst: &Instance, t: u64) -> bool {
    t >= inst.drain_until || inst.queue == 0
}

/// Does the console still list this target as `draining`? Until the delay has elapsed, even
/// when deregistration completed earlier and the instance is gone (§6 "Deregistration delay").
pub fn draining_shown(inst: &Instance, t: u64) -> bool {
    inst.target == TargetState::Draining && t < inst.drain_until
}

/// Does a health check pass now? The app must answer, not be broken, and answer within the
/// timeout (backlog wait + mean service time).
#[inline]
fn check_passes(inst: &Instance, t: u64, spec: &AlbSpec, service_s: f64) -> bool {
    t >= inst.app_ready_at && !inst.broken && inst.wait_s + inst.mean_s(service_s) < spec.hc_timeout_s as f64
}

/// Run the health check if due. `other_healthy_steady` tells whether some other target is
/// healthy and not in slow start (needed to enter slow start). Returns true on a state change.
pub fn health_check(inst: &mut Instance, t: u64, spec: &AlbSpec, other_healthy_steady: bool, service_s: f64) -> bool {
    if !inst.routable_state() || t < inst.next_hc {
        return false;
    }
    inst.next_hc = t + spec.hc_interval_s.max(1) as u64;
    let before = inst.target;
    if check_passes(inst, t, spec, service_s) {
        inst.hc_ok += 1;
        inst.hc_fail = 0;
        let needed = if before == TargetState::Initial { 1 } else { spec.healthy_threshold };
        if before != TargetState::Healthy && inst.hc_ok >= needed {
            inst.target = TargetState::Healthy;
            if spec.slow_start_s > 0 && spec.algorithm == Algorithm::RoundRobin && other_healthy_steady {
                inst.slow_start = Some((t, t + spec.slow_start_s as u64));
            }
        }
    } else {
        inst.hc_fail += 1;
        inst.hc_ok = 0;
        if before != TargetState::Unhealthy && inst.hc_fail >= spec.unhealthy_threshold {
            inst.target = TargetState::Unhealthy;
            inst.slow_start = None; // exits slow start early
        }
    }
    inst.target != before
}

/// Outcome of routing one second.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RouteOutcome {
    /// requests sent to targets [count]
    pub routed: u64,
    /// 503: nowhere to send [count]
    pub r503: u64,
    /// targets that received traffic eligibility [count]
    pub eligible: u32,
    /// true if routing failed open (all registered targets unhealthy)
    pub fail_open: bool,
}

/// Distribute `arrivals` over eligible targets, writing `inst.arrivals`.
///
/// Eligible = healthy targets. If none is healthy but some registered target is unhealthy,
/// the ALB fails open to all registered non-draining targets (§6). If every registered
/// target is `initial` or `draining`, or none is registered: 503 (❓ assumption for the
/// initial/draining case, §6 open question 5).
/// Round robin: equal shares (slow start: weight rises linearly from 1/duration to 1).
/// Least outstanding requests [EST fluid model]: share ∝ service rate / (1 + queue wait).
/// Weighted random: each request picks a target at random with probability ∝ its weight (1, or
/// what anomaly mitigation left it: `anomaly.rs`), drawn as one multinomial sample from `rng`.
pub fn route(
    insts: &mut [Instance],
    arrivals: u64,
    t: u64,
    spec: &AlbSpec,
    cursor: &mut usize,
    rng: &mut Pcg64Mcg,
) -> RouteOutcome {
    let mut out = RouteOutcome::default();
    let mut healthy = 0u32;
    let mut unhealthy = 0u32;
    for i in insts.iter_mut() {
        i.arrivals = 0;
        match i.target {
            TargetState::Healthy => healthy += 1,
            TargetState::Unhealthy => unhealthy += 1,
            _ => {}
        }
    }
    let fail_open = healthy == 0 && unhealthy > 0;
    out.fail_open = fail_open;
    let mut wsum = 0.0;
    let mut n = 0u32;
    for i in insts.iter_mut() {
        let ok = if fail_open { i.routable_state() } else { i.target == TargetState::Healthy };
        i.weight = if !ok {
            0.0
        } else {
            match spec.algorithm {
                Algorithm::RoundRobin => match i.slow_start {
                    Some((s, e)) if t < e && e > s => ((t - s) as f64 / (e - s) as f64).max(1.0 / (e - s) as f64),
                    _ => 1.0,
                },
                Algorithm::LeastOutstandingRequests => {
                    let mu = if i.mu > 0.0 { i.mu } else { i.cap_rps };
                    mu / (1.0 + i.wait_s)
                }
                Algorithm::WeightedRandom { .. } => i.atw.weight,
            }
        };
        if i.weight > 0.0 {
            wsum += i.weight;
            n += 1;
        }
    }
    out.eligible = n;
    if n == 0 || wsum <= 0.0 {
        out.r503 = arrivals;
        return out;
    }
    if matches!(spec.algorithm, Algorithm::WeightedRandom { .. }) {
        multinomial(insts, arrivals, wsum, rng);
        out.routed = arrivals;
        mark_requested(insts, t);
        return out;
    }
    let a = arrivals as f64;
    let mut given = 0u64;
    for i in insts.iter_mut() {
        if i.weight > 0.0 {
            let share = (a * i.weight / wsum) as u64;
            i.arrivals = share;
            given += share;
        }
    }
    // hand out the remainder one by one, rotating the start (round-robin cursor)
    let mut rest = arrivals.saturating_sub(given);
    if rest > 0 {
        let len = insts.len();
        let start = *cursor % len.max(1);
        let mut k = 0;
        while rest > 0 && k < len * 2 {
            let idx = (start + k) % len;
            if insts[idx].weight > 0.0 {
                insts[idx].arrivals += 1;
                rest -= 1;
            }
            k += 1;
        }
        *cursor = (start + k) % len.max(1);
        // if anything is still left (cannot happen when n > 0), it is a 503
        out.r503 += rest;
    }
    mark_requested(insts, t);
    out.routed = arrivals - out.r503;
    out
}

fn mark_requested(insts: &mut [Instance], t: u64) {
    for i in insts.iter_mut() {
        if i.arrivals > 0 {
            i.last_request_t = Some(t);
        }
    }
}

/// Independent random picks of `n` requests over the targets with weight > 0 (sum `wsum`):
/// one binomial draw per target, conditioned on what is left.
fn multinomial(insts: &mut [Instance], n: u64, wsum: f64, rng: &mut Pcg64Mcg) {
    let (mut left, mut wleft) = (n, wsum);
    let last = insts.iter().rposition(|i| i.weight > 0.0);
    for (k, i) in insts.iter_mut().enumerate() {
        if i.weight <= 0.0 || left == 0 {
            continue;
        }
        let a = if Some(k) == last {
            left
        } else {
            let p = (i.weight / wleft).clamp(0.0, 1.0);
            Binomial::new(left, p).map_or(0, |b| b.sample(rng))
        };
        i.arrivals = a;
        left -= a;
        wleft -= i.weight;
    }
}
