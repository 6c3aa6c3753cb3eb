//! Billing (docs/aws-behaviour.md §9): EC2 per second with a 60-s minimum from launch (Pending
//! included); ALB per ALB-hour and LCU-hour, each partial hour billed as a full hour;
//! Unlimited surplus credits at $0.05 per vCPU-hour; each instance's public IPv4 address and
//! root volume for as long as it exists, and the ALB's addresses (one per AZ) throughout.
//! Prices and their sources: `prices.rs`.

use crate::catalog::Region;
use crate::credits::Credits;
use crate::prices;

/// Billed seconds for an instance alive `alive_s` seconds [s] (60-s minimum).
pub fn billed_seconds(alive_s: u64) -> u64 {
    alive_s.max(60)
}

/// Cost of an instance [USD].
pub fn instance_cost(alive_s: u64, usd_per_h: f64) -> f64 {
    billed_seconds(alive_s) as f64 * usd_per_h / 3600.0
}

/// What instances have cost so far, added up one instance at a time (the live list and the
/// instances already dropped from it use the same sums).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct InstanceBill {
    /// EC2 instance time [USD]
    pub ec2_usd: f64,
    /// surplus credits charged (above 24 h of earnings, or at termination) [USD]
    pub credit_usd: f64,
    /// surplus credits of live instances not charged yet [USD]
    pub owed_usd: f64,
    /// billed seconds (60-s minimum each) [s]
    pub billed_s: u64,
    /// seconds the instances existed, launch to termination (addresses, volumes) [s]
    pub alive_s: u64,
}

impl InstanceBill {
    /// Add an instance that existed `alive_s` [s] at `usd_per_h`, with its credit state now;
    /// `ended`: it has terminated (its owed surplus is charged).
    pub fn add(&mut self, alive_s: u64, usd_per_h: f64, credits: Option<&Credits>, ended: bool) {
        self.ec2_usd += instance_cost(alive_s, usd_per_h);
        self.billed_s += billed_seconds(alive_s);
        self.alive_s += alive_s;
        if let Some(c) = credits {
            self.credit_usd += surplus_cost(c.billed_surplus(ended));
            self.owed_usd += surplus_cost(c.billed_surplus(true) - c.billed_surplus(ended));
        }
    }
}

/// Cost of surplus credits [USD] (1 credit = 1 vCPU-minute).
pub fn surplus_cost(credits: f64) -> f64 {
    // one rate in both regions (T2 in Seoul: us-east-1's, shown as a caveat)
    credits * prices::SURPLUS_USD_PER_VCPU_H / 60.0
}

/// Public IPv4 address and root volume of one instance that existed `alive_s` [s] [USD]:
/// the address from launch to termination, the gp3 volume prorated over a 730-hour month.
pub fn instance_extras(alive_s: u64, region: Region) -> (f64, f64) {
    let h = alive_s as f64 / 3600.0;
    let ip = h * prices::public_ipv4_hour(region).usd;
    let ebs = h * prices::ROOT_VOLUME_GB * prices::ebs_gp3_gb_month(region).usd / prices::HOURS_PER_MONTH;
    (ip, ebs)
}

/// The internet-facing ALB's public IPv4 addresses after `now` [s] [USD]: one per AZ it spans,
/// at least two (an ALB needs subnets in two AZs).
pub fn alb_ipv4_cost(now: u64, azs: u32, region: Region) -> f64 {
    azs.max(2) as f64 * now as f64 / 3600.0 * prices::public_ipv4_hour(region).usd
}

/// ALB hour/LCU accumulator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AlbBill {
    /// LCU-hours of completed hours [LCU·h]
    pub lcu_hours_done: f64,
    /// new connections in the current hour [count]
    pub hour_new_conns: f64,
    /// bytes processed in the current hour [bytes]
    pub hour_bytes: f64,
    /// seconds elapsed in the current hour [s]
    pub hour_s: u64,
}

impl AlbBill {
    /// Account one second with `requests` requests.
    #[inline]
    pub fn tick(&mut self, requests: u64, new_conn_per_req: f64, bytes_per_req: f64) {
        let r = requests as f64;
        self.hour_new_conns += r * new_conn_per_req;
        self.hour_bytes += r * bytes_per_req;
        self.hour_s += 1;
        if self.hour_s == 3600 {
            self.lcu_hours_done += self.current_lcu();
            self.hour_new_conns = 0.0;
            self.hour_bytes = 0.0;
            self.hour_s = 0;
        }
    }
    /// LCU-hours accrued in the current hour so far: the larger of new connections ÷ (25 per
    /// second × 3600 s) and GB processed ÷ 1 GB (active connections and rule evaluations are
    /// assumed below those) [OBS/EST]. At the hour's end this is the hour's LCUs; before it,
    /// it only grows, so the cost shown never falls [EST].
    pub fn current_lcu(&self) -> f64 {
        let conn = self.hour_new_conns / 3600.0 / 25.0;
        let gb = self.hour_bytes / 1e9;
        conn.max(gb)
    }
    /// ALB cost after `now` seconds [USD]: ceil(hours) × ALB-hour + LCU-hours × LCU price.
    pub fn cost(&self, now: u64, region: Region) -> f64 {
        let hours = now.div_ceil(3600).max(1) as f64;
        hours * prices::alb_hour(region).usd + (self.lcu_hours_done + self.current_lcu()) * prices::lcu_hour(region).usd
    }
}
