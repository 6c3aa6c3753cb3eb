//! Predictive scaling (docs/aws-behaviour.md §4): hourly load history (up to 14 days), a
//! forecast refreshed every 6 h for the next 48 h once ≥ 24 h of history exist, applied
//! `buffer_s` before each hour in ForecastAndScale mode; it never scales in.
//! The forecasting model itself is AWS's secret: here [EST] the forecast for an hour is
//! the mean of the same UTC hour over the previous (up to 14) days.

/// Hours of history kept (14 days) [h].
pub const HISTORY_H: usize = 14 * 24;
/// Forecast horizon [h].
pub const HORIZON_H: usize = 48;

/// Hourly load history and the current forecast.
#[derive(Clone, Debug, PartialEq)]
pub struct PredictiveState {
    /// mean load of each UTC hour, by hour mod HISTORY_H [load units; None: no data]
    hist: Vec<Option<f64>>,
    /// complete hours recorded [h]
    pub hours_recorded: u32,
    /// current-hour accumulator (sum, samples)
    acc: (f64, u32),
    /// forecast: (absolute UTC hour, load, capacity) for the next 48 h
    pub forecast: Vec<(i64, f64, u32)>,
    /// last refresh [abs UTC hour]
    pub refreshed_hour: Option<i64>,
}

impl Default for PredictiveState {
    fn default() -> Self {
        PredictiveState {
            hist: vec![None; HISTORY_H],
            hours_recorded: 0,
            acc: (0.0, 0),
            forecast: Vec::new(),
            refreshed_hour: None,
        }
    }
}

/// Capacity for a load: `ceil(load / target_per_instance)` (≥ 0).
pub fn capacity_for(load: f64, target: f64) -> u32 {
    if !(load.is_finite() && target.is_finite() && target > 0.0 && load > 0.0) {
        return 0;
    }
    libm::ceil(load / target - 1e-9).min(u32::MAX as f64) as u32
}

impl PredictiveState {
    /// Add a per-minute load sample (group total CPU [%·instances] or requests/minute).
    pub fn sample(&mut self, load: f64) {
        if load.is_finite() {
            self.acc.0 += load;
            self.acc.1 += 1;
        }
    }

    /// Close UTC hour `h` (absolute hour number).
    pub fn close_hour(&mut self, h: i64) {
        let v = (self.acc.1 > 0).then(|| self.acc.0 / self.acc.1 as f64);
        self.hist[h.rem_euclid(HISTORY_H as i64) as usize] = v;
        if v.is_some() {
            self.hours_recorded = self.hours_recorded.saturating_add(1);
        }
        self.acc = (0.0, 0);
    }

    /// Forecast load of hour `h` from the same hour on previous days (needs ≥ 24 h).
    pub fn forecast_load(&self, h: i64, now_h: i64) -> Option<f64> {
        if self.hours_recorded < 24 {
            return None;
        }
        let mut sum = 0.0;
        let mut n = 0;
        for k in 1..=14i64 {
            let past = h - 24 * k;
            if past >= now_h || now_h - past > HISTORY_H as i64 {
                continue;
            }
            if let Some(v) = self.hist[past.rem_euclid(HISTORY_H as i64) as usize] {
                sum += v;
                n += 1;
            }
        }
        if n == 0 {
            None
        } else {
            Some(sum / n as f64)
        }
    }

    /// Recompute the 48-h forecast at the start of UTC hour `now_h`.
    pub fn refresh(&mut self, now_h: i64, target: f64) {
        self.forecast.clear();
        for h in now_h..now_h + HORIZON_H as i64 {
            if let Some(l) = self.forecast_load(h, now_h) {
                self.forecast.push((h, l, capacity_for(l, target)));
            }
        }
        self.refreshed_hour = Some(now_h);
    }

    /// Forecast capacity for hour `h`, if forecast.
    pub fn capacity_at(&self, h: i64) -> Option<u32> {
        self.forecast.iter().find(|f| f.0 == h).map(|f| f.2)
    }
}
