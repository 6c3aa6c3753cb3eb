//! Instance types and regions (docs/aws-behaviour.md §8 credits table); their prices are in
//! `prices.rs`.

use core::fmt;

/// AWS region of the lab. Default Seoul, as in the seed's exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Region {
    /// US East (N. Virginia).
    UsEast1,
    /// Asia Pacific (Seoul).
    #[default]
    ApNortheast2,
}

impl Region {
    /// Every region of the lab.
    pub const ALL: [Region; 2] = [Region::ApNortheast2, Region::UsEast1];

    /// AWS region code, e.g. `ap-northeast-2`.
    pub fn code(self) -> &'static str {
        match self {
            Region::UsEast1 => "us-east-1",
            Region::ApNortheast2 => "ap-northeast-2",
        }
    }
    /// AZ letters that exist in the region.
    pub fn az_letters(self) -> &'static [char] {
        match self {
            Region::UsEast1 => &['a', 'b', 'c', 'd', 'e', 'f'],
            Region::ApNortheast2 => &['a', 'b', 'c', 'd'],
        }
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// T2/T3 credit specification (§8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreditMode {
    /// Throttle to baseline when credits run out (T2 default).
    Standard,
    /// Keep bursting on surplus credits, billed per vCPU-hour (T3 default).
    Unlimited,
}

impl fmt::Display for CreditMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CreditMode::Standard => "standard",
            CreditMode::Unlimited => "unlimited",
        })
    }
}

/// EC2 instance types the lab offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum InstanceType {
    /// 1 vCPU burstable, Standard credits.
    #[default]
    T2Micro,
    /// 2 vCPU burstable, Unlimited.
    T3Micro,
    /// 2 vCPU burstable, Unlimited.
    T3Small,
    /// 2 vCPU burstable, Unlimited.
    T3Medium,
    /// 2 vCPU general purpose.
    M5Large,
    /// 2 vCPU compute optimised.
    C5Large,
}

/// Burstable-credit parameters of a type (§8 table).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BurstSpec {
    /// credits earned per hour [credits/h]
    pub earn_per_h: f64,
    /// accrual cap = 24 h of earnings [credits]
    pub max_accrued: f64,
    /// baseline utilisation per vCPU [%]
    pub baseline_pct: f64,
    /// launch credits per vCPU (T2 Standard only) [credits]
    pub launch_per_vcpu: f64,
    /// default credit mode
    pub default_mode: CreditMode,
}

impl InstanceType {
    /// Every type, for UI pickers.
    pub const ALL: [InstanceType; 6] = [
        InstanceType::T2Micro,
        InstanceType::T3Micro,
        InstanceType::T3Small,
        InstanceType::T3Medium,
        InstanceType::M5Large,
        InstanceType::C5Large,
    ];

    /// AWS name, e.g. `t2.micro`.
    pub fn name(self) -> &'static str {
        match self {
            InstanceType::T2Micro => "t2.micro",
            InstanceType::T3Micro => "t3.micro",
            InstanceType::T3Small => "t3.small",
            InstanceType::T3Medium => "t3.medium",
            InstanceType::M5Large => "m5.large",
            InstanceType::C5Large => "c5.large",
        }
    }

    /// vCPUs [count] (§8 table; m5/c5.large = 2).
    pub fn vcpus(self) -> u32 {
        match self {
            InstanceType::T2Micro => 1,
            _ => 2,
        }
    }

    /// Requests/s the demo app serves at 100 % CPU on all vCPUs [req/s]. [EST] a modelling
    /// guess: 50 req/s per vCPU, c5 ×1.2 (faster cores). Overridable by
    /// `ModelSettings::capacity_rps_override`.
    pub fn default_capacity_rps(self) -> f64 {
        let per_vcpu = match self {
            InstanceType::C5Large => 60.0,
            _ => 50.0,
        };
        per_vcpu * self.vcpus() as f64
    }

    /// Credit parameters for burstable types (§8 table), None for m5/c5.
    pub fn burst(self) -> Option<BurstSpec> {
        let (earn, baseline, launch, mode) = match self {
            InstanceType::T2Micro => (6.0, 10.0, 30.0, CreditMode::Standard),
            InstanceType::T3Micro => (12.0, 10.0, 0.0, CreditMode::Unlimited),
            InstanceType::T3Small => (24.0, 20.0, 0.0, CreditMode::Unlimited),
            InstanceType::T3Medium => (24.0, 20.0, 0.0, CreditMode::Unlimited),
            InstanceType::M5Large | InstanceType::C5Large => return None,
        };
        Some(BurstSpec {
            earn_per_h: earn,
            max_accrued: earn * 24.0,
            baseline_pct: baseline,
            launch_per_vcpu: launch,
            default_mode: mode,
        })
    }
}

impl fmt::Display for InstanceType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
