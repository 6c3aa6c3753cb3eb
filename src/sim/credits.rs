//! CPU credits of burstable instances (docs/aws-behaviour.md §8).
//!
//! 1 credit = 1 vCPU at 100 % for 1 minute. Launch credits (T2 Standard) are spent first and
//! do not count toward the accrual cap. Standard mode throttles to the baseline when the
//! balance is empty; Unlimited keeps bursting on surplus credits, charged at
//! $0.05/vCPU-h. [EST] simplifications: throttling is immediate (the docs say "gradually"),
//! surplus credits are charged as they are spent (AWS settles them over 24 h / at
//! termination and lets later earnings pay them back).

use crate::sim::catalog::{BurstSpec, CreditMode};

/// Credit state of one instance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Credits {
    /// parameters of the type
    pub spec: BurstSpec,
    /// credit mode in effect
    pub mode: CreditMode,
    /// vCPUs [count]
    pub vcpus: f64,
    /// accrued balance [credits] (≤ spec.max_accrued)
    pub accrued: f64,
    /// remaining launch credits [credits]
    pub launch: f64,
    /// surplus credits spent (Unlimited) [credits]
    pub surplus: f64,
    /// earned per second (earn_per_h / 3600) [credits/s]
    pub earn_per_s: f64,
    /// credits spent per second per % of CPU (vCPUs / 6000) [credits/(%·s)]
    pub spend_per_pct_s: f64,
}

impl Credits {
    /// Fresh instance: empty accrued balance, `launch_per_vcpu × vCPUs` launch credits in
    /// Standard mode (T2 only have launch credits), no surplus.
    pub fn launch(spec: BurstSpec, mode: CreditMode, vcpus: u32) -> Credits {
        let launch = if mode == CreditMode::Standard { spec.launch_per_vcpu * vcpus as f64 } else { 0.0 };
        let v = vcpus.max(1) as f64;
        Credits {
            spec,
            mode,
            vcpus: v,
            accrued: 0.0,
            launch,
            surplus: 0.0,
            earn_per_s: spec.earn_per_h / 3600.0,
            spend_per_pct_s: v / 6000.0,
        }
    }

    /// Balance shown to users (CPUCreditBalance + launch credits) [credits].
    pub fn balance(&self) -> f64 {
        self.accrued + self.launch
    }

    /// Highest CPU [%] this second: 100 while credits last; in Standard mode what the
    /// balance plus this second's earnings can pay for, never below the baseline.
    #[inline(always)]
    pub fn cap_pct(&self) -> f64 {
        if self.mode == CreditMode::Unlimited {
            return 100.0;
        }
        let avail = self.accrued + self.launch + self.earn_per_s;
        // credits for one second at p % on all vCPUs = p/100 × vcpus / 60
        if avail >= 100.0 * self.spend_per_pct_s {
            return 100.0;
        }
        let p = avail / self.spend_per_pct_s;
        if p > self.spec.baseline_pct {
            p
        } else {
            self.spec.baseline_pct
        }
    }

    /// Account one second at `cpu_pct` [%] (instance-level, averaged over vCPUs).
    #[inline(always)]
    pub fn tick(&mut self, cpu_pct: f64) {
        let earn = self.earn_per_s;
        let spend = cpu_pct * self.spend_per_pct_s;
        self.accrued += earn;
        if self.accrued > self.spec.max_accrued {
            self.accrued = self.spec.max_accrued;
        }
        if self.launch >= spend {
            self.launch -= spend;
        } else {
            let rest = spend - self.launch;
            self.launch = 0.0;
            self.accrued -= rest;
        }
        if self.accrued < 0.0 {
            if self.mode == CreditMode::Unlimited {
                self.surplus -= self.accrued;
            }
            self.accrued = 0.0;
        }
    }
}

/// Minutes a fresh instance can hold `cpu_pct` before its balance is empty [min]
/// (pure formula for tests/UI): launch / (spend − earn) per minute.
pub fn minutes_at(spec: &BurstSpec, vcpus: u32, start_balance: f64, cpu_pct: f64) -> Option<f64> {
    let spend = cpu_pct / 100.0 * vcpus as f64;
    let earn = spec.earn_per_h / 60.0;
    if spend <= earn {
        None
    } else {
        Some(start_balance / (spend - earn))
    }
}
