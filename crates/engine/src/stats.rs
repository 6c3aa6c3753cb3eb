//! Run statistics: what the run summary and the snapshot's "last second" figures read. The
//! engine adds to them; nothing in the simulation reads them back.

use std::collections::VecDeque;

use crate::billing::InstanceBill;
use crate::latency::LatencyHist;
use crate::load::SecondTotals;
use crate::views::Ledger;

/// Figures of the last simulated second (for the snapshot).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LastSecond {
    /// offered rate [req/s]
    pub offered: f64,
    /// arrivals [count]
    pub arrived: u64,
    /// served OK [count]
    pub served: u64,
    /// failed [count]
    pub failed: u64,
}

/// One minute of demand against capacity (the comparison's chart).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MinutePoint {
    /// requests offered in the minute ÷ 60 [req/s]
    pub demand_rps: f32,
    /// what the InService instances could serve at 100 % CPU at the minute's end [req/s]
    pub capacity_rps: f32,
}

/// Minutes of [`MinutePoint`] kept: the last day [min].
pub const MINUTE_POINTS: usize = 1440;

/// Statistics of the whole run.
#[derive(Clone, Debug, Default)]
pub(crate) struct RunStats {
    /// request accounting since the start (without the queues, which [`crate::Sim::ledger`]
    /// adds)
    pub ledger: Ledger,
    /// the last simulated second
    pub last: LastSecond,
    /// latency of every request served so far
    pub latency: LatencyHist,
    /// minutes whose group CPU was above the target-tracking target [min]
    pub minutes_above: u64,
    /// most live instances at once [instances]
    pub peak_instances: u32,
    /// desired-capacity increases [count]
    pub scale_outs: u32,
    /// desired-capacity decreases [count]
    pub scale_ins: u32,
    /// the bill of the instances already dropped from the instance list
    pub dropped: InstanceBill,
    /// arrivals in the filling minute [count]
    pub minute_arrived: u64,
    /// the last [`MINUTE_POINTS`] minutes, oldest first
    pub minutes: VecDeque<MinutePoint>,
    /// highest one-minute offered rate so far [req/s]
    pub peak_minute_rps: f64,
}

impl RunStats {
    /// Count one second: `offered` [req/s], `arrived` [count] and what the fleet made of them.
    pub fn add_second(&mut self, offered: f64, arrived: u64, s: &SecondTotals) {
        let l = &mut self.ledger;
        l.arrived += arrived;
        self.minute_arrived += arrived;
        l.served += s.served;
        l.failed_503 += s.failed_503;
        l.failed_502 += s.failed_502;
        l.refused_full += s.refused_full;
        l.failed_504 += s.failed_504;
        l.target_5xx += s.target_5xx;
        let failed = s.failed_503 + s.failed_502 + s.failed_504 + s.target_5xx;
        self.last = LastSecond { offered, arrived, served: s.served, failed };
    }

    /// A minute is complete; `capacity_rps` [req/s] of the InService instances at its end.
    pub fn close_minute(&mut self, capacity_rps: f64) {
        let demand = self.minute_arrived as f64 / 60.0;
        self.minute_arrived = 0;
        self.peak_minute_rps = self.peak_minute_rps.max(demand);
        if self.minutes.len() == MINUTE_POINTS {
            self.minutes.pop_front();
        }
        self.minutes.push_back(MinutePoint { demand_rps: demand as f32, capacity_rps: capacity_rps as f32 });
    }
}
