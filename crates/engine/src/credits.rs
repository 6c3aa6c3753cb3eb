//! CPU credits of burstable instances (docs/aws-behaviour.md §8).
//!
//! 1 credit = 1 vCPU at 100 % for 1 minute. Launch credits (T2 Standard) are spent first and
//! do not count toward the accrual cap.
//!
//! Standard mode: when the balance runs low, the CPU ceiling is lowered to the baseline
//! *gradually* (§8 "When credits run out"): linearly, from 100 % to the baseline over
//! [`THROTTLE_DECLINE_S`], starting at the balance that such a ramp exactly uses up. The
//! ceiling is therefore a function of the balance alone: `baseline + √(2·r·B / s)` with `r`
//! the decline rate [%/s], `B` the balance [credits] and `s` credits per %·s.
//!
//! Unlimited mode keeps bursting on surplus credits (CPUSurplusCreditBalance). Credits earned
//! later pay the surplus down first; surplus is charged (CPUSurplusCreditsCharged, $0.05 per
//! vCPU-hour) only for the part above what the instance earns in 24 h, and the rest when the
//! instance terminates (§8 "Surplus credits").

use crate::catalog::{BurstSpec, CreditMode};

/// Time the Standard-mode ceiling takes to fall from 100 % to the baseline [s]. AWS: "over a
/// 15-minute interval" (§8 "When credits run out"); the linear shape is the lab's [EST].
pub const THROTTLE_DECLINE_S: f64 = 900.0;

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
    /// surplus credits spent and not yet paid down or charged (CPUSurplusCreditBalance,
    /// Unlimited) [credits] (≤ spec.max_accrued)
    pub surplus: f64,
    /// surplus credits charged so far (CPUSurplusCreditsCharged) [credits]
    pub surplus_charged: f64,
    /// earned per second (earn_per_h / 3600) [credits/s]
    pub earn_per_s: f64,
    /// credits spent per second per % of CPU (vCPUs / 6000) [credits/(%·s)]
    pub spend_per_pct_s: f64,
    /// `2·r / s` of the Standard-mode decline (module docs) [%²/credit]
    decline_k: f64,
}

impl Credits {
    /// Fresh instance: empty accrued balance, `launch_per_vcpu × vCPUs` launch credits in
    /// Standard mode (T2 only have launch credits), no surplus.
    pub fn launch(spec: BurstSpec, mode: CreditMode, vcpus: u32) -> Credits {
        let launch = if mode == CreditMode::Standard { spec.launch_per_vcpu * vcpus as f64 } else { 0.0 };
        let v = vcpus.max(1) as f64;
        let spend_per_pct_s = v / 6000.0;
        let rate_pct_s = (100.0 - spec.baseline_pct) / THROTTLE_DECLINE_S;
        Credits {
            spec,
            mode,
            vcpus: v,
            accrued: 0.0,
            launch,
            surplus: 0.0,
            surplus_charged: 0.0,
            earn_per_s: spec.earn_per_h / 3600.0,
            spend_per_pct_s,
            decline_k: 2.0 * rate_pct_s / spend_per_pct_s,
        }
    }

    /// Balance shown to users (CPUCreditBalance + launch credits) [credits].
    pub fn balance(&self) -> f64 {
        self.accrued + self.launch
    }

    /// Highest CPU [%] this second: 100 in Unlimited mode and while the Standard balance
    /// lasts; then the declining ceiling of the module docs, never below the baseline.
    #[inline(always)]
    pub fn cap_pct(&self) -> f64 {
        if self.mode == CreditMode::Unlimited {
            return 100.0;
        }
        let head = 100.0 - self.spec.baseline_pct;
        let x2 = self.decline_k * (self.accrued + self.launch);
        if x2 >= head * head {
            100.0
        } else {
            self.spec.baseline_pct + x2.sqrt()
        }
    }

    /// Account one second at `cpu_pct` [%] (instance-level, averaged over vCPUs): launch
    /// credits pay first; what is earned beyond the spending pays surplus down, then accrues
    /// (up to the cap); spending beyond the earnings comes from the balance, then (Unlimited)
    /// from surplus.
    #[inline(always)]
    pub fn tick(&mut self, cpu_pct: f64) {
        let mut spend = cpu_pct * self.spend_per_pct_s;
        if self.launch >= spend {
            self.launch -= spend;
            spend = 0.0;
        } else {
            spend -= self.launch;
            self.launch = 0.0;
        }
        let net = self.earn_per_s - spend;
        if net >= 0.0 {
            self.earn(net);
        } else {
            self.accrued += net;
            if self.accrued < 0.0 {
                if self.mode == CreditMode::Unlimited {
                    self.add_surplus(-self.accrued);
                }
                self.accrued = 0.0;
            }
        }
    }

    /// Spend `credits` [credits] of surplus: the part of the balance above 24 h of earnings
    /// (`spec.max_accrued`) is charged at once.
    #[inline]
    pub fn add_surplus(&mut self, credits: f64) {
        self.surplus += credits;
        if self.surplus > self.spec.max_accrued {
            self.surplus_charged += self.surplus - self.spec.max_accrued;
            self.surplus = self.spec.max_accrued;
        }
    }

    /// Earn `net` [credits] more than spent (≥ 0), over one second or over several in which
    /// every second earned at least what it spent (the cohort's earning regime): surplus is
    /// paid down first, then the balance accrues up to the cap.
    #[inline(always)]
    pub fn earn(&mut self, net: f64) {
        let pay = if net < self.surplus { net } else { self.surplus };
        self.surplus -= pay;
        self.accrued = f64::min(self.accrued + net - pay, self.spec.max_accrued);
    }

    /// Lowest balance (accrued + launch) [credits] at which the Standard-mode ceiling is still
    /// 100 % (the decline's starting balance; 0 in Unlimited mode).
    pub fn full_ceiling_balance(&self) -> f64 {
        if self.mode == CreditMode::Unlimited {
            return 0.0;
        }
        let head = 100.0 - self.spec.baseline_pct;
        head * head / self.decline_k
    }

    /// Does the CPU ceiling stay at 100 % while the balance does not fall? (Always in
    /// Unlimited mode; in Standard mode above the decline's starting balance.)
    pub fn unthrottled(&self) -> bool {
        self.mode == CreditMode::Unlimited || self.cap_pct() >= 100.0
    }

    /// Surplus credits billed [credits]: those charged so far, plus the remaining balance
    /// once the instance has terminated (`ended`).
    pub fn billed_surplus(&self, ended: bool) -> f64 {
        if ended {
            self.surplus_charged + self.surplus
        } else {
            self.surplus_charged
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
