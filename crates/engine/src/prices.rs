//! Every price the lab bills, with what backs it (docs/aws-behaviour.md §9 "Price sources").
//!
//! None was read from a live AWS pricing page: AWS's pages render their tables in the browser.
//! `Evidence` says how far each figure can be trusted, and [`caveats`] lists the ones the
//! screen must qualify for a scenario (a figure not found for the region, or sources that
//! disagree) instead of silently using another region's.

use crate::catalog::{CreditMode, InstanceType, Region};

/// Day the figures and their sources were last checked.
pub const CHECKED: &str = "2026-12-01";

/// What backs a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// AWS's own documentation states it
    Doc,
    /// third-party price tables, AWS Price List quotes or bills agree on it
    Observed,
    /// sources for the region disagree; the lab uses the figure most of them give
    Conflicting,
    /// no figure for the region was found; the lab uses us-east-1's
    NoRegionalFigure,
}

/// One figure [USD per its unit] and its evidence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Price {
    /// amount [USD per unit]
    pub usd: f64,
    /// what backs it
    pub evidence: Evidence,
}

const fn obs(usd: f64) -> Price {
    Price { usd, evidence: Evidence::Observed }
}

/// On-Demand Linux instance [USD/h].
pub fn instance_hour(it: InstanceType, region: Region) -> Price {
    use InstanceType as T;
    match (it, region) {
        (T::T2Micro, Region::UsEast1) => obs(0.0116),
        (T::T2Micro, Region::ApNortheast2) => obs(0.0144),
        (T::T3Micro, Region::UsEast1) => obs(0.0104),
        (T::T3Micro, Region::ApNortheast2) => obs(0.013),
        (T::T3Small, Region::UsEast1) => obs(0.0208),
        (T::T3Small, Region::ApNortheast2) => obs(0.026),
        (T::T3Medium, Region::UsEast1) => obs(0.0416),
        (T::T3Medium, Region::ApNortheast2) => obs(0.052),
        // AWS's burstable-instance guide uses $0.096 for m5.large in its us-east-1 example
        (T::M5Large, Region::UsEast1) => Price { usd: 0.096, evidence: Evidence::Doc },
        (T::M5Large, Region::ApNortheast2) => obs(0.118),
        (T::C5Large, Region::UsEast1) => obs(0.085),
        // Seoul tables give 0.096, 0.102 and 0.107 (0.107 is Tokyo's in two others)
        (T::C5Large, Region::ApNortheast2) => Price { usd: 0.096, evidence: Evidence::Conflicting },
    }
}

/// The other figures Seoul's c5.large sources give [USD/h] (for the caveat).
pub const C5_LARGE_SEOUL_OTHERS: [f64; 2] = [0.102, 0.107];

/// Application Load Balancer [USD per ALB-hour]; each started hour is billed in full.
pub fn alb_hour(_region: Region) -> Price {
    // us-east-1: AWS's pricing example; Seoul: a Price List quote and a Seoul bill (11.57 USD
    // for 514 h); one table says 0.025
    obs(0.0225)
}

/// Load balancer capacity unit [USD per LCU-hour].
pub fn lcu_hour(_region: Region) -> Price {
    obs(0.008)
}

/// A public IPv4 address, in use or idle, since 1 February 2024 [USD per address-hour].
pub fn public_ipv4_hour(_region: Region) -> Price {
    obs(0.005)
}

/// EBS gp3 storage [USD per GB-month].
pub fn ebs_gp3_gb_month(region: Region) -> Price {
    match region {
        Region::UsEast1 => obs(0.08),
        Region::ApNortheast2 => obs(0.0912),
    }
}

/// EBS snapshot storage, standard tier [USD per GB-month] (used by the guided lab's AMIs).
pub fn snapshot_gb_month(region: Region) -> Price {
    match region {
        Region::UsEast1 => Price { usd: 0.05, evidence: Evidence::Doc },
        Region::ApNortheast2 => obs(0.05),
    }
}

/// The surplus-credit rate the lab bills everywhere [USD per vCPU-hour] (Linux): AWS's
/// us-east-1 figure, found for Seoul T3 too ([`surplus_vcpu_hour`] says how far it holds).
pub const SURPLUS_USD_PER_VCPU_H: f64 = 0.05;

/// Unlimited-mode surplus credits [USD per vCPU-hour] (Linux), with their evidence.
pub fn surplus_vcpu_hour(it: InstanceType, region: Region) -> Price {
    let t2 = it == InstanceType::T2Micro;
    let usd = SURPLUS_USD_PER_VCPU_H;
    match region {
        Region::UsEast1 => Price { usd, evidence: Evidence::Doc },
        Region::ApNortheast2 if t2 => Price { usd, evidence: Evidence::NoRegionalFigure },
        Region::ApNortheast2 => Price { usd, evidence: Evidence::Observed },
    }
}

/// Hours in a billing month for GB-month prices [h] (AWS's 730-hour month) [EST].
pub const HOURS_PER_MONTH: f64 = 730.0;

/// Root volume of each instance [GB]: 8 GiB gp3, Amazon Linux 2023's default. The size of the
/// "WordPress Certified by Bitnami" image's volume was not found [EST].
pub const ROOT_VOLUME_GB: f64 = 8.0;

/// A price the screen must qualify for this scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Caveat {
    /// the instance type's regional price: sources disagree (`used`, `others`)
    InstanceConflicting {
        /// instance type
        it: InstanceType,
        /// figure used [USD/h]
        used: f64,
        /// other figures found [USD/h]
        others: [f64; 2],
    },
    /// no regional surplus-credit price for this type: us-east-1's is used [USD/vCPU-h]
    SurplusNoRegionalFigure {
        /// instance type
        it: InstanceType,
        /// figure used [USD per vCPU-hour]
        used: f64,
    },
}

/// The caveats for a scenario's region, instance type and credit mode in effect.
pub fn caveats(region: Region, it: InstanceType, mode: Option<CreditMode>) -> Vec<Caveat> {
    let mut out = Vec::new();
    let p = instance_hour(it, region);
    if p.evidence == Evidence::Conflicting {
        out.push(Caveat::InstanceConflicting { it, used: p.usd, others: C5_LARGE_SEOUL_OTHERS });
    }
    if mode == Some(CreditMode::Unlimited) {
        let s = surplus_vcpu_hour(it, region);
        if s.evidence == Evidence::NoRegionalFigure {
            out.push(Caveat::SurplusNoRegionalFigure { it, used: s.usd });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // docs/aws-behaviour.md §9 "Price sources": qualified on screen, not silently borrowed.
    #[test]
    fn only_the_unbacked_figures_are_caveats() {
        assert!(caveats(Region::ApNortheast2, InstanceType::T2Micro, Some(CreditMode::Standard)).is_empty());
        assert_eq!(
            caveats(Region::ApNortheast2, InstanceType::T2Micro, Some(CreditMode::Unlimited)),
            vec![Caveat::SurplusNoRegionalFigure { it: InstanceType::T2Micro, used: 0.05 }]
        );
        assert!(caveats(Region::ApNortheast2, InstanceType::T3Micro, Some(CreditMode::Unlimited)).is_empty());
        assert!(matches!(
            caveats(Region::ApNortheast2, InstanceType::C5Large, None)[..],
            [Caveat::InstanceConflicting { used: 0.096, .. }]
        ));
        assert!(caveats(Region::UsEast1, InstanceType::C5Large, None).is_empty());
        for it in InstanceType::ALL {
            for r in [Region::UsEast1, Region::ApNortheast2] {
                assert!(instance_hour(it, r).usd > 0.0);
            }
        }
    }
}
