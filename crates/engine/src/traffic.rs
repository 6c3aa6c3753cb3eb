//! Offered traffic: composable request-rate patterns plus Poisson arrival noise.
//!
//! A [`Pattern`] is a tree. Leaves give a rate [req/s] (or a factor, inside a `Product`);
//! `Sum` and `Product` combine children. The live slider (`Command::SetTrafficOverride`)
//! replaces the pattern's value; `Command::Spike` multiplies it for a while.

use crate::error::SpecError;
use rand::RngExt;
use rand_distr::{Distribution, Normal, Poisson};
use rand_pcg::Pcg64Mcg;

/// Largest rate accepted anywhere [req/s]; larger or non-finite inputs are clamped.
pub const MAX_RPS: f64 = crate::limits::TRAFFIC_RPS.hi;

/// One traffic component. All times are simulated seconds since start, rates in req/s.
#[derive(Clone, Debug, PartialEq)]
pub enum Pattern {
    /// Constant rate.
    Constant {
        /// rate [req/s]
        rps: f64,
    },
    /// Linear ramp from `from_rps` to `to_rps` between `start_s` and `start_s + duration_s`.
    Ramp {
        /// rate before/at start [req/s]
        from_rps: f64,
        /// rate at/after end [req/s]
        to_rps: f64,
        /// ramp start [s]
        start_s: u64,
        /// ramp length [s]
        duration_s: u64,
    },
    /// Step change at `at_s`.
    Step {
        /// rate before [req/s]
        before_rps: f64,
        /// rate from `at_s` on [req/s]
        after_rps: f64,
        /// change time [s]
        at_s: u64,
    },
    /// Daily sine: `mean + amplitude·cos(2π(hour − peak_hour)/24)` on the UTC clock.
    Diurnal {
        /// mean rate [req/s]
        mean_rps: f64,
        /// half peak-to-trough [req/s]
        amplitude_rps: f64,
        /// UTC hour of the peak [h, 0–24)
        peak_hour_utc: f64,
    },
    /// Flash crowd: `base` outside, linear rise to `peak`, hold, linear fall.
    /// Use base 0 / peak = extra req/s inside a `Sum`, base 1 / peak = factor inside a `Product`.
    Spike {
        /// start of the rise [s]
        at_s: u64,
        /// rise time [s]
        rise_s: u64,
        /// time at peak [s]
        hold_s: u64,
        /// fall time [s]
        fall_s: u64,
        /// value outside the spike
        base: f64,
        /// value at the peak
        peak: f64,
    },
    /// Random walk updated once a minute: Gaussian step with `step_rps` std-dev, clamped.
    RandomWalk {
        /// starting rate [req/s]
        start_rps: f64,
        /// std-dev of the per-minute step [req/s]
        step_rps: f64,
        /// lower clamp [req/s]
        min_rps: f64,
        /// upper clamp [req/s]
        max_rps: f64,
    },
    /// Sum of the children.
    Sum(Vec<Pattern>),
    /// Product of the children (factors).
    Product(Vec<Pattern>),
    /// A recorded rate (an imported trace, `trace.rs`), from second 0.
    Trace(crate::trace::Trace),
}

/// Traffic settings of a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct TrafficSpec {
    /// the rate pattern [req/s]
    pub pattern: Pattern,
    /// draw each second's arrivals from Poisson(rate) (seeded); false = deterministic rounding
    pub poisson_noise: bool,
}

impl Default for TrafficSpec {
    fn default() -> Self {
        TrafficSpec { pattern: Pattern::Constant { rps: 5.0 }, poisson_noise: true }
    }
}

/// Clamp a rate to [0, MAX_RPS]; NaN becomes 0.
pub fn clamp_rps(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.clamp(0.0, MAX_RPS)
    }
}

fn lerp(a: f64, b: f64, f: f64) -> f64 {
    a + (b - a) * f
}

impl Pattern {
    /// Checks a pattern set live or loaded: finite, non-negative rates up to [`MAX_RPS`], peak
    /// hours in [0, 24), times up to 30 days, random-walk bounds in order, at most 4 levels of
    /// nesting and 8 children per `Sum`/`Product`.
    pub fn check(&self) -> Result<(), SpecError> {
        self.check_at(0)
    }

    fn check_at(&self, depth: usize) -> Result<(), SpecError> {
        const MAX_T: u64 = 30 * 86_400;
        let rate = |name: &'static str, v: f64| {
            if v.is_finite() && (0.0..=MAX_RPS).contains(&v) {
                Ok(())
            } else {
                Err(SpecError::Rate(name, MAX_RPS))
            }
        };
        let time = |name: &'static str, v: u64| if v <= MAX_T { Ok(()) } else { Err(SpecError::Time(name)) };
        match self {
            Pattern::Constant { rps } => rate("The rate", *rps),
            Pattern::Ramp { from_rps, to_rps, start_s, duration_s } => {
                rate("The ramp's start rate", *from_rps)?;
                rate("The ramp's end rate", *to_rps)?;
                time("The ramp's start", *start_s)?;
                time("The ramp's length", *duration_s)
            }
            Pattern::Step { before_rps, after_rps, at_s } => {
                rate("The rate before the step", *before_rps)?;
                rate("The rate after the step", *after_rps)?;
                time("The step time", *at_s)
            }
            Pattern::Diurnal { mean_rps, amplitude_rps, peak_hour_utc } => {
                rate("The mean rate", *mean_rps)?;
                rate("The daily swing", *amplitude_rps)?;
                if !(peak_hour_utc.is_finite() && (0.0..24.0).contains(peak_hour_utc)) {
                    return Err(SpecError::PeakHour);
                }
                Ok(())
            }
            Pattern::Spike { at_s, rise_s, hold_s, fall_s, base, peak } => {
                // Inside a Product, base/peak are factors; the same bounds keep them sane.
                rate("The spike's base", *base)?;
                rate("The spike's peak", *peak)?;
                for (n, v) in
                    [("The spike's start", at_s), ("The rise", rise_s), ("The hold", hold_s), ("The fall", fall_s)]
                {
                    time(n, *v)?;
                }
                Ok(())
            }
            Pattern::RandomWalk { start_rps, step_rps, min_rps, max_rps } => {
                for (n, v) in [
                    ("The start rate", start_rps),
                    ("The step", step_rps),
                    ("The lowest rate", min_rps),
                    ("The highest rate", max_rps),
                ] {
                    rate(n, *v)?;
                }
                if min_rps > max_rps {
                    return Err(SpecError::WalkBounds);
                }
                Ok(())
            }
            Pattern::Trace(tr) => {
                let ok = tr.period_s >= 1
                    && !tr.levels.is_empty()
                    && tr.levels.len() <= crate::trace::MAX_POINTS
                    && tr.quantum_rps.is_finite()
                    && tr.quantum_rps > 0.0;
                if !ok {
                    return Err(SpecError::Rate("The trace", tr.quantum_rps));
                }
                rate("The trace's peak", tr.peak_rps())
            }
            Pattern::Sum(v) | Pattern::Product(v) => {
                if depth >= 4 {
                    return Err(SpecError::TooDeep(4));
                }
                if v.is_empty() || v.len() > 8 {
                    return Err(SpecError::TooManyParts(8));
                }
                v.iter().try_for_each(|p| p.check_at(depth + 1))
            }
        }
    }

    /// The longest trace in the pattern's span [s] (None: it holds no trace).
    pub fn trace_span_s(&self) -> Option<u64> {
        match self {
            Pattern::Trace(t) => Some(t.span_s()),
            Pattern::Sum(v) | Pattern::Product(v) => v.iter().filter_map(Pattern::trace_span_s).max(),
            _ => None,
        }
    }

    /// Number of random-walk leaves (their state lives in [`TrafficState`]).
    fn walks(&self) -> usize {
        match self {
            Pattern::RandomWalk { .. } => 1,
            Pattern::Sum(v) | Pattern::Product(v) => v.iter().map(Pattern::walks).sum(),
            _ => 0,
        }
    }

    fn eval(&self, t: u64, utc_s: i64, walk: &[f64], wi: &mut usize) -> f64 {
        match self {
            Pattern::Constant { rps } => *rps,
            Pattern::Ramp { from_rps, to_rps, start_s, duration_s } => {
                if t <= *start_s {
                    *from_rps
                } else if t >= start_s.saturating_add(*duration_s) {
                    *to_rps
                } else {
                    lerp(*from_rps, *to_rps, (t - start_s) as f64 / *duration_s as f64)
                }
            }
            Pattern::Step { before_rps, after_rps, at_s } => {
                if t < *at_s {
                    *before_rps
                } else {
                    *after_rps
                }
            }
            Pattern::Diurnal { mean_rps, amplitude_rps, peak_hour_utc } => {
                let day_s = utc_s.rem_euclid(86_400) as f64;
                let phase = (day_s / 3600.0 - peak_hour_utc) / 24.0;
                mean_rps + amplitude_rps * libm::cos(2.0 * core::f64::consts::PI * phase)
            }
            Pattern::Spike { at_s, rise_s, hold_s, fall_s, base, peak } => {
                if t < *at_s {
                    return *base;
                }
                let d = t - at_s;
                let top = rise_s.saturating_add(*hold_s);
                if d < *rise_s {
                    lerp(*base, *peak, d as f64 / *rise_s as f64)
                } else if d < top {
                    *peak
                } else if d < top.saturating_add(*fall_s) {
                    lerp(*peak, *base, (d - top) as f64 / *fall_s as f64)
                } else {
                    *base
                }
            }
            Pattern::RandomWalk { .. } => {
                let v = walk.get(*wi).copied().unwrap_or(0.0);
                *wi += 1;
                v
            }
            Pattern::Trace(tr) => tr.rate(t),
            Pattern::Sum(v) => v.iter().map(|p| p.eval(t, utc_s, walk, wi)).sum(),
            Pattern::Product(v) => v.iter().fold(1.0, |acc, p| acc * p.eval(t, utc_s, walk, wi)),
        }
    }

    fn step_walks(&self, walk: &mut [f64], wi: &mut usize, rng: &mut Pcg64Mcg) {
        match self {
            Pattern::RandomWalk { step_rps, min_rps, max_rps, .. } => {
                if let Some(v) = walk.get_mut(*wi) {
                    let sd = if step_rps.is_finite() && *step_rps > 0.0 { *step_rps } else { 0.0 };
                    let z: f64 = match Normal::new(0.0, 1.0) {
                        Ok(n) => n.sample(rng),
                        Err(_) => 0.0,
                    };
                    let lo = if min_rps.is_finite() { *min_rps } else { 0.0 };
                    let hi = if max_rps.is_finite() && *max_rps >= lo { *max_rps } else { MAX_RPS };
                    *v = (*v + sd * z).clamp(lo, hi);
                }
                *wi += 1;
            }
            Pattern::Sum(v) | Pattern::Product(v) => {
                for p in v {
                    p.step_walks(walk, wi, rng);
                }
            }
            _ => {}
        }
    }

    fn init_walks(&self, out: &mut Vec<f64>) {
        match self {
            Pattern::RandomWalk { start_rps, .. } => out.push(clamp_rps(*start_rps)),
            Pattern::Sum(v) | Pattern::Product(v) => v.iter().for_each(|p| p.init_walks(out)),
            _ => {}
        }
    }
}

/// Run-time state of the traffic generator (own rng stream, so the fixed-fleet comparison
/// sees exactly the same arrivals).
#[derive(Clone, Debug)]
pub struct TrafficState {
    rng: Pcg64Mcg,
    walk: Vec<f64>,
    /// live slider value [req/s]; None = follow the pattern
    pub override_rps: Option<f64>,
    /// active spike: (multiplier, until_s)
    pub spike: Option<(f64, u64)>,
    cached_poisson: Option<(f64, Poisson<f64>)>,
}

impl TrafficState {
    /// New generator for `spec`, seeded from the scenario seed.
    pub fn new(spec: &TrafficSpec, seed: u64) -> Self {
        let mut walk = Vec::with_capacity(spec.pattern.walks());
        spec.pattern.init_walks(&mut walk);
        TrafficState {
            rng: Pcg64Mcg::new(((seed as u128) << 64 | 0x7261_6666_6963) | 1),
            walk,
            override_rps: None,
            spike: None,
            cached_poisson: None,
        }
    }

    /// Switches to a new pattern (`Command::SetTrafficPattern`): its random walks start from
    /// their `start_rps`; the rng stream, the override and any spike carry on.
    pub fn set_pattern(&mut self, pattern: &Pattern) {
        self.walk.clear();
        pattern.init_walks(&mut self.walk);
        self.cached_poisson = None;
    }

    /// Offered rate at second `t` [req/s] (pattern or override, times any spike).
    pub fn rate(&self, spec: &TrafficSpec, t: u64, utc_s: i64) -> f64 {
        let mut wi = 0;
        let base = match self.override_rps {
            Some(v) => v,
            None => spec.pattern.eval(t, utc_s, &self.walk, &mut wi),
        };
        let mult = match self.spike {
            Some((m, until)) if t < until => m,
            _ => 1.0,
        };
        clamp_rps(base * mult)
    }

    /// Advance one second: update random walks on minute boundaries and draw the
    /// number of arrivals for this second.
    pub fn arrivals(&mut self, spec: &TrafficSpec, t: u64, utc_s: i64) -> (f64, u64) {
        if t.is_multiple_of(60) && t > 0 && !self.walk.is_empty() {
            let mut wi = 0;
            spec.pattern.step_walks(&mut self.walk, &mut wi, &mut self.rng);
        }
        let rate = self.rate(spec, t, utc_s);
        let n = if rate <= 0.0 {
            0
        } else if !spec.poisson_noise {
            // deterministic: carry the fraction in a Bernoulli draw to keep the mean exact
            let whole = libm::floor(rate);
            let frac = rate - whole;
            whole as u64 + u64::from(self.rng.random::<f64>() < frac)
        } else {
            let p = match self.cached_poisson {
                Some((l, p)) if l == rate => p,
                _ => match Poisson::new(rate) {
                    Ok(p) => {
                        self.cached_poisson = Some((rate, p));
                        p
                    }
                    Err(_) => return (rate, libm::round(rate) as u64),
                },
            };
            let x: f64 = p.sample(&mut self.rng);
            if x.is_finite() && x >= 0.0 {
                x as u64
            } else {
                0
            }
        };
        (rate, n)
    }
}
