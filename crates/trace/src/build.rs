//! From what a file held to the traffic the lab replays (docs/aws-behaviour.md §13
//! "Replay"): values put on a regular grid of periods from the first time (a period with no
//! value counts as no request, as CloudWatch leaves a count metric's empty periods out),
//! read as requests per period or per second, scaled to a peak if asked, and quantised so
//! that a link carries the trace exactly.

use std::sync::Arc;

use asg_engine::trace::{Trace, MAX_LEVEL, MAX_POINTS};
use asg_engine::traffic::MAX_RPS;

use crate::error::{Problem, TraceError};
use crate::reader::Samples;

/// What a value stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    /// requests in its period (a CloudWatch `Sum`, a count of log lines)
    Period,
    /// requests per second
    Second,
}

/// The learner's choices.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    /// what a value stands for
    pub per: Per,
    /// the period of one number a line [s] (timed files: their own, this ignored)
    pub period_s: u32,
    /// start the lab's clock at the trace's first time (else the lab's own start)
    pub own_start: bool,
    /// scale so that the highest rate is this [req/s] (None: as recorded)
    pub peak_rps: Option<f64>,
    /// start over after the last point
    pub looped: bool,
}

/// The traffic a trace makes, and what the form shows of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Built {
    /// the trace
    pub trace: Trace,
    /// the trace's first time, for the lab's clock [Unix s] (with `own_start`)
    pub start_utc_s: Option<i64>,
    /// the file's own period, when the trace was put on a coarser one to fit [s]
    pub coarsened_from: Option<u32>,
    /// periods without a value, counted as no request [count]
    pub gaps: usize,
    /// the average rate [req/s]
    pub mean_rps: f64,
}

/// Periods a coarser grid may take [s].
const NICE: [u32; 16] = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 86_400];

/// The smallest positive gap between consecutive times, most common first [s].
fn own_period(times: &[f64]) -> u32 {
    let mut deltas: Vec<u64> = times.windows(2).map(|w| (w[1] - w[0]).round() as u64).filter(|d| *d > 0).collect();
    deltas.sort_unstable();
    let mut best = (0usize, 60u64);
    let mut k = 0;
    while k < deltas.len() {
        let run = deltas[k..].iter().take_while(|d| **d == deltas[k]).count();
        if run > best.0 {
            best = (run, deltas[k]);
        }
        k += run;
    }
    best.1.clamp(1, 86_400) as u32
}

/// A quantum that keeps the peak under about 4,000 levels: 1, 2 or 5 × a power of ten [req/s].
fn quantum(peak: f64) -> f64 {
    if peak <= 0.0 {
        return 1.0;
    }
    let raw = peak / 4000.0;
    let p = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * p).find(|q| *q >= raw).unwrap_or(10.0 * p)
}

/// The trace `s` makes with `o`.
pub fn build(s: &Samples, o: &Options) -> Result<Built, TraceError> {
    let (rates, period, gaps, coarsened_from, first) = if s.timed.is_empty() {
        if s.untimed.is_empty() {
            return Err(TraceError::whole(Problem::NoData));
        }
        if !(1..=86_400).contains(&o.period_s) {
            return Err(TraceError::whole(Problem::BadPeriod));
        }
        if s.untimed.len() > MAX_POINTS {
            return Err(TraceError::whole(Problem::TooManyPoints(s.untimed.len())));
        }
        let p = f64::from(o.period_s);
        let rates: Vec<f64> = s.untimed.iter().map(|v| if o.per == Per::Period { v / p } else { *v }).collect();
        (rates, o.period_s, 0, None, None)
    } else {
        let mut pts = s.timed.clone();
        pts.sort_by(|a, b| a.0.total_cmp(&b.0));
        let times: Vec<f64> = pts.iter().map(|p| p.0).collect();
        let own = own_period(&times);
        let t0 = pts[0].0.floor();
        let span = pts[pts.len() - 1].0 - t0;
        let fits = |p: u32| ((span / f64::from(p)).floor() as usize) < MAX_POINTS;
        let period = if fits(own) {
            own
        } else {
            NICE.into_iter()
                .find(|p| *p > own && fits(*p))
                .ok_or_else(|| TraceError::whole(Problem::TooManyPoints(pts.len())))?
        };
        let n = (span / f64::from(period)).floor() as usize + 1;
        let (mut sum, mut count) = (vec![0.0f64; n], vec![0u32; n]);
        for (t, v) in &pts {
            let k = (((t - t0) / f64::from(period)).floor() as usize).min(n - 1);
            sum[k] += v;
            count[k] += 1;
        }
        // requests in a period, spread over it; or the mean of the rates that fall in it
        let rates: Vec<f64> = (0..n)
            .map(|k| match o.per {
                Per::Period => sum[k] / f64::from(period),
                Per::Second if count[k] > 0 => sum[k] / f64::from(count[k]),
                Per::Second => 0.0,
            })
            .collect();
        let gaps = count.iter().filter(|c| **c == 0).count();
        (rates, period, gaps, (period != own).then_some(own), Some(t0 as i64))
    };
    let peak = rates.iter().copied().fold(0.0, f64::max);
    let factor = match o.peak_rps {
        Some(want) if !(want.is_finite() && want > 0.0 && want <= MAX_RPS) => {
            return Err(TraceError::whole(Problem::TooHigh(MAX_RPS)))
        }
        Some(want) if peak > 0.0 => want / peak,
        _ => 1.0,
    };
    let peak = peak * factor;
    if peak > MAX_RPS {
        return Err(TraceError::whole(Problem::TooHigh(MAX_RPS)));
    }
    let q = quantum(peak);
    let levels: Vec<u32> = rates.iter().map(|r| ((r * factor / q).round() as u32).min(MAX_LEVEL)).collect();
    let mean_rps = levels.iter().map(|l| f64::from(*l) * q).sum::<f64>() / levels.len() as f64;
    Ok(Built {
        trace: Trace { period_s: period, quantum_rps: q, levels: Arc::from(levels), looped: o.looped },
        start_utc_s: first.filter(|_| o.own_start),
        coarsened_from,
        gaps,
        mean_rps,
    })
}
