//! The per-second request flow in ONE pass over the fleet: ALB routing, serving (CPU,
//! credits, queues, errors), latency and per-instance metric accumulation. This is the hot
//! loop of the engine (see benches/day.rs): no allocation, one visit per instance.
//!
//! Round robin without an active slow start uses a closed form (equal shares, the remainder
//! to the next targets after a rotating cursor); other cases fall back to `alb::route`.
//! With a steady cohort (`cohort.rs`) the pass visits only the other instances and adds the
//! cohort's totals after them (group sums in that order).

use crate::cohort::Shares;
use crate::instance::Instance;
use crate::load::{serve_second, LoadModel, SecondTotals};
use crate::routing::Routing;
use crate::settings::{AlbSpec, Algorithm};
use crate::views::{LifecycleState as L, TargetState};
use crate::{alb, anomaly};
use rand_pcg::Pcg64Mcg;

impl Routing {
    /// Route `arrivals` and serve second `t` on every running instance (the steady cohort,
    /// if any, as one group: `cohort.rs`).
    pub fn flow(
        &mut self,
        insts: &mut [Instance],
        alb_spec: &AlbSpec,
        load: &LoadModel,
        t: u64,
        arrivals: u64,
        rng: &mut Pcg64Mcg,
    ) -> SecondTotals {
        let mut s = SecondTotals::default();
        let fast = alb_spec.algorithm == Algorithm::RoundRobin && t >= self.slow_start_until;
        let (mut base, mut rem, mut start, mut n, mut fail_open) = (0u64, 0u64, 0u64, 0u64, false);
        if fast {
            let p = self.plan(insts);
            n = p.n;
            fail_open = p.fail_open;
            if let Some(b) = arrivals.checked_div(n) {
                base = b;
                rem = arrivals % n;
                let c = self.cursor as u64;
                start = if c < n { c } else { c % n };
                let next = start + rem; // < 2n
                self.cursor = (if next < n { next } else { next - n }) as usize;
                s.routed = arrivals;
            } else {
                s.failed_503 = arrivals;
            }
        } else {
            self.cohort.dissolve(insts);
            let ro = alb::route(insts, arrivals, t, alb_spec, &mut self.cursor, rng);
            s.routed = ro.routed;
            s.failed_503 = ro.r503;
        }
        let steady = fast && n > 0 && !fail_open;
        let c = &mut self.cohort;
        if c.active && !(steady && c.fits(base, rem)) {
            c.dissolve(insts);
            c.retry_at = t + 15 - t % 15;
        }
        if !c.active && steady && t >= c.retry_at && !c.disabled() {
            c.form(insts, load.base_cpu, t, n, base, rem);
        }
        if c.active {
            let shares = Shares { base, rem, start };
            for o in &c.others {
                let i = &mut insts[o.idx as usize];
                let a = o.rank.map_or(0, |r| shares.of(r as u64, n));
                one(i, t, a, true, load, &mut s);
            }
            c.serve(t, shares, &mut s);
        } else {
            let detect = matches!(alb_spec.algorithm, Algorithm::WeightedRandom { .. });
            let mut rank = 0u64;
            for i in insts.iter_mut() {
                let mut a = 0;
                if fast && n > 0 && i.lifecycle() != L::Terminated {
                    let elig = if fail_open { i.routable_state() } else { i.target == TargetState::Healthy };
                    if elig {
                        let d = if rank >= start { rank - start } else { rank + n - start };
                        a = base + u64::from(d < rem);
                        rank += 1;
                    }
                }
                let errors = one(i, t, a, fast, load, &mut s);
                if detect {
                    anomaly::count(i, i.arrivals, errors);
                }
            }
        }
        s
    }
}

/// One instance's second: counts, arrivals `a` (written when `fast` routing assigned them;
/// otherwise `alb::route` already did), serving and the minute accumulators. Returns the
/// requests that failed at this target (502, 504, target 5xx) [count].
#[inline(always)]
fn one(i: &mut Instance, t: u64, a: u64, fast: bool, load: &LoadModel, s: &mut SecondTotals) -> u64 {
    if i.lifecycle() == L::Terminated {
        i.arrivals = 0;
        return 0;
    }
    if !i.outside {
        s.lifecycle.add(i.lifecycle());
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
        return 0;
    }
    let f = serve_second(i, t, load);
    s.served += i.served;
    s.failed_502 += f.r502;
    s.refused_full += f.full;
    s.failed_504 += f.r504;
    s.target_5xx += f.t5xx;
    if t >= i.app_ready_at {
        s.mu_sum += i.mu;
        s.wait_w += i.served as i64 as f64 * i.wait_s;
    }
    i.cpu_min_sum += i.cpu;
    i.cpu_min_n += 1;
    i.cpu_sync_sum += i.cpu;
    i.cpu_sync_n += 1;
    if i.in_service() {
        s.cpu_sum += i.cpu;
        s.cpu_n += 1;
    }
    f.r502 + f.r504 + f.t5xx
}
