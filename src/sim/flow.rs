//! The per-second request flow in ONE pass over the fleet: ALB routing, serving (CPU,
//! credits, queues, errors), latency and per-instance metric accumulation. This is the hot
//! loop of the engine (see benches/day.rs): no allocation, one visit per instance.
//!
//! Round robin without an active slow start uses a closed form (equal shares, the remainder
//! to the next targets after a rotating cursor); other cases fall back to `alb::route`.
//! With a steady cohort (`cohort.rs`) the pass visits only the other instances and adds the
//! cohort's totals after them (group sums in that order).

use crate::sim::alb;
use crate::sim::cohort::NONE;
use crate::sim::engine::Sim;
use crate::sim::instance::Instance;
use crate::sim::load::{serve_second, LoadModel};
use crate::sim::scenario::Algorithm;
use crate::sim::views::{LifecycleState as L, TargetState};

/// Totals of one second.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct SecondTotals {
    /// requests sent to a target [count]
    pub routed: u64,
    /// 503 [count]
    pub r503: u64,
    /// served OK [count]
    pub served: u64,
    /// 502 [count]
    pub f502: u64,
    /// 504 [count]
    pub f504: u64,
    /// target 500 [count]
    pub t5: u64,
    /// Σ service rate of ready instances [req/s]
    pub mu_sum: f64,
    /// Σ served × backlog wait [requests·s]
    pub wait_w: f64,
    /// Σ CPU of InService instances [%]
    pub cpu_sum: f64,
    /// InService instances reporting CPU [count]
    pub cpu_n: u32,
    /// healthy targets [count]
    pub healthy: u32,
    /// unhealthy targets [count]
    pub unhealthy: u32,
    /// Pending [count]
    pub pen: u32,
    /// InService [count]
    pub ins: u32,
    /// Terminating [count]
    pub term: u32,
}

/// Cached routing facts, valid until a target changes state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct RoutePlan {
    /// eligible targets [count]
    pub n: u64,
    /// failing open (no healthy target, some unhealthy)
    pub fail_open: bool,
}

impl Sim {
    fn route_plan(&mut self) -> RoutePlan {
        if self.route_dirty {
            self.cohort_dissolve();
            self.cohort.retry_at = 0;
            let (mut h, mut u, mut r) = (0u64, 0u64, 0u64);
            for i in &self.insts {
                match i.target {
                    TargetState::Healthy => h += 1,
                    TargetState::Unhealthy => u += 1,
                    _ => {}
                }
                if i.routable_state() {
                    r += 1;
                }
            }
            let fail_open = h == 0 && u > 0;
            self.plan = RoutePlan { n: if fail_open { r } else { h }, fail_open };
            self.route_dirty = false;
        }
        self.plan
    }

    /// Route `arrivals` and serve one second on every running instance (the steady cohort,
    /// if any, as one group: `cohort.rs`).
    pub(crate) fn flow(&mut self, t: u64, arrivals: u64) -> SecondTotals {
        let mut s = SecondTotals::default();
        let fast = self.sc.alb.algorithm == Algorithm::RoundRobin && t >= self.slow_start_until;
        let (mut base, mut rem, mut start, mut n, mut fail_open) = (0u64, 0u64, 0u64, 0u64, false);
        if fast {
            let p = self.route_plan();
            n = p.n;
            fail_open = p.fail_open;
            if let Some(b) = arrivals.checked_div(n) {
                base = b;
                rem = arrivals % n;
                let c = self.rr_cursor as u64;
                start = if c < n { c } else { c % n };
                let next = start + rem; // < 2n
                self.rr_cursor = (if next < n { next } else { next - n }) as usize;
                s.routed = arrivals;
            } else {
                s.r503 = arrivals;
            }
        } else {
            self.cohort_dissolve();
            let ro = alb::route(&mut self.insts, arrivals, t, &self.sc.alb, &mut self.rr_cursor);
            s.routed = ro.routed;
            s.r503 = ro.r503;
        }
        let steady = fast && n > 0 && !fail_open;
        if self.cohort.active && !(steady && self.cohort.fits(base, rem)) {
            self.cohort_dissolve();
            self.cohort.retry_at = t + 15 - t % 15;
        }
        if !self.cohort.active && steady && t >= self.cohort.retry_at && !self.cohort.disabled {
            self.cohort_form(t, n, base, rem);
        }
        let load = self.load;
        if self.cohort.active {
            let others = std::mem::take(&mut self.cohort.others);
            for &(k, r) in &others {
                let i = &mut self.insts[k as usize];
                let a = if r == NONE {
                    0
                } else {
                    let r = r as u64;
                    let d = if r >= start { r - start } else { r + n - start };
                    base + u64::from(d < rem)
                };
                one(i, t, a, true, &load, &mut s);
            }
            self.cohort.others = others;
            self.cohort.serve(t, base, rem, start, &mut s);
        } else {
            let mut rank = 0u64;
            for i in self.insts.iter_mut() {
                let mut a = 0;
                if fast && n > 0 && i.lifecycle != L::Terminated {
                    let elig = if fail_open { i.routable_state() } else { i.target == TargetState::Healthy };
                    if elig {
                        let d = if rank >= start { rank - start } else { rank + n - start };
                        a = base + u64::from(d < rem);
                        rank += 1;
                    }
                }
                one(i, t, a, fast, &load, &mut s);
            }
        }
        self.live_count = s.pen + s.ins;
        s
    }
}

/// One instance's second: counts, arrivals `a` (written when `fast` routing assigned them;
/// otherwise `alb::route` already did), serving and the minute accumulators.
#[inline(always)]
fn one(i: &mut Instance, t: u64, a: u64, fast: bool, load: &LoadModel, s: &mut SecondTotals) {
    match i.lifecycle {
        L::Pending => s.pen += 1,
        L::InService => s.ins += 1,
        L::Terminating => s.term += 1,
        L::Terminated => {
            i.arrivals = 0;
            return;
        }
    }
    match i.target {
        TargetState::Healthy => s.healthy += 1,
        TargetState::Unhealthy => s.unhealthy += 1,
        _ => {}
    }
    if fast {
        i.arrivals = a;
        if a > 0 {
            i.last_request_t = Some(t);
        }
    }
    if t < i.running_at {
        return;
    }
    let f = serve_second(i, t, load);
    s.served += i.served;
    s.f502 += f.r502;
    s.f504 += f.r504;
    s.t5 += f.t5xx;
    if t >= i.app_ready_at {
        s.mu_sum += i.mu;
        s.wait_w += i.served as i64 as f64 * i.wait_s;
    }
    i.cpu_min_sum += i.cpu;
    i.cpu_min_n += 1;
    i.cpu_sync_sum += i.cpu;
    i.cpu_sync_n += 1;
    if i.lifecycle == L::InService {
        s.cpu_sum += i.cpu;
        s.cpu_n += 1;
    }
}
