//! Per-instance CPU, queue and latency for one second (docs/aws-behaviour.md §6 error codes, §8).
//!
//! Model [EST]: requests need `1/cap_rps` CPU-seconds (over all vCPUs). CPU is shared
//! like a fair scheduler: the web server (one runnable per vCPU) and each `stress` worker
//! get equal shares, the web server never less than what the others leave. Served
//! requests leave; the rest wait in a bounded queue (`queue_per_vcpu × vCPUs`; overflow is
//! refused → ALB 502). Requests that would wait longer than the ALB idle timeout → 504.
//! Latency: M/M/1 sojourn (exponential, mean `S/(1−ρ)`) plus the backlog wait.

use crate::instance::Instance;
use crate::views::LifecycleCounts;

/// Constants of the load model for one run.
#[derive(Clone, Copy, Debug)]
pub struct LoadModel {
    /// idle CPU [%]
    pub base_cpu: f64,
    /// service time on an idle instance [s]
    pub service_s: f64,
    /// queue bound per vCPU [requests]
    pub queue_per_vcpu: u64,
    /// ALB idle timeout [s]
    pub idle_timeout_s: f64,
}

/// Failures produced by one instance in one second [counts].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Failures {
    /// refused / reset → 502
    pub r502: u64,
    /// of `r502`: refused because the queue was full
    pub full: u64,
    /// timed out → 504
    pub r504: u64,
    /// app error → target 500
    pub t5xx: u64,
}

#[inline(always)]
fn fmax(a: f64, b: f64) -> f64 {
    if a > b {
        a
    } else {
        b
    }
}

/// Serve one second on a running instance: `inst.arrivals` must be set by routing.
/// Updates queue, served, cpu, latency fields and credits; returns failures.
/// Hot path: divisions are replaced by cached reciprocals (see benches/day.rs).
#[inline(always)]
pub fn serve_second(inst: &mut Instance, t: u64, m: &LoadModel) -> Failures {
    let mut f = Failures::default();
    let cap_pct = match &inst.credits {
        Some(c) => c.cap_pct(),
        None => 100.0,
    };
    let workers = if t < inst.stress_until { inst.stress_workers.min(inst.vcpus) } else { 0 };
    let stress_pct = workers as f64 * inst.pct_per_vcpu;
    let ready = t >= inst.app_ready_at;
    let arrivals = inst.arrivals;
    if inst.broken {
        // the app answers 500 to everything at once
        f.t5xx = arrivals + inst.queue;
        inst.queue = 0;
        inst.served = 0;
    } else if !ready {
        // port closed: connection refused
        f.r502 = arrivals;
        inst.served = 0;
    }
    // fair share: the web server (one runnable per vCPU) vs the stress workers
    let req_share_max =
        if workers == 0 { cap_pct } else { cap_pct * inst.vcpus as f64 / (inst.vcpus + workers) as f64 };
    let req_avail = fmax(fmax(cap_pct - stress_pct - m.base_cpu, req_share_max), 0.0);
    let mu = inst.cap_rps * req_avail * 0.01;
    if mu != inst.mu {
        inst.mu = mu;
        inst.inv_mu = if mu > 0.0 { 1.0 / mu } else { 0.0 };
    }
    let mut req_pct = 0.0;
    if !inst.broken && ready {
        let work = inst.queue + arrivals;
        let cap = mu + inst.serve_frac;
        // (i64 casts: one instruction each way; all counts here are far below 2^53)
        let whole = cap as i64 as u64; // cap ≥ 0, floor
        let served = if work < whole { work } else { whole };
        inst.serve_frac = if work >= whole { cap - whole as i64 as f64 } else { 0.0 };
        let mut q = work - served;
        let qmax = m.queue_per_vcpu * inst.vcpus as u64;
        if q > qmax {
            f.r502 = q - qmax;
            f.full = f.r502;
            q = qmax;
        }
        let qto = (mu * m.idle_timeout_s) as i64 as u64;
        if q > qto {
            f.r504 = q - qto;
            q = qto;
        }
        inst.queue = q;
        inst.served = served;
        let served_f = served as i64 as f64;
        req_pct = served_f * inst.pct_per_req;
        let rho = if mu > 0.0 { served_f * inst.inv_mu } else { 0.98 };
        inst.rho = if rho < 0.98 { rho } else { 0.98 };
        inst.wait_s = q as i64 as f64 * inst.inv_mu;
        // minute accumulators for latency percentiles (divisions happen once a minute)
        inst.lat_served_min += served;
        inst.lat_mu_min += mu;
        inst.lat_wait_min += served_f * inst.wait_s;
    } else {
        inst.rho = 0.0;
        inst.wait_s = 0.0;
    }
    let want = m.base_cpu + req_pct + stress_pct;
    let cpu = if want < cap_pct { want } else { cap_pct };
    inst.cpu = cpu;
    if let Some(c) = inst.credits.as_mut() {
        c.tick(cpu);
    }
    f
}

/// The fleet's totals of one second (the flow pass sums them; field names as in [`Ledger`],
/// which adds them up over the run).
///
/// [`Ledger`]: crate::views::Ledger
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct SecondTotals {
    /// requests sent to a target [count]
    pub routed: u64,
    /// 503, no target [count]
    pub failed_503: u64,
    /// served OK [count]
    pub served: u64,
    /// 502, refused or dropped [count]
    pub failed_502: u64,
    /// of `failed_502`: queue full [count]
    pub refused_full: u64,
    /// 504, timed out [count]
    pub failed_504: u64,
    /// 500 from the target (broken app) [count]
    pub target_5xx: u64,
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
    /// instances by lifecycle state
    pub lifecycle: LifecycleCounts,
}
