//! How chart values read as text: axis labels, the crosshair readout and the latest-value
//! summaries (`63.2 %`, `1.2k`, `120 ms`, `$0.0231`, `09:15`).

/// The unit a chart's values are in (as the engine reports them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Percent [%].
    Percent,
    /// A count (requests, errors) [count].
    Count,
    /// Instances [count], whole numbers when they are whole.
    Instances,
    /// Seconds [s], shown in ms below one second.
    Seconds,
    /// US dollars [USD].
    Usd,
}

/// `950`, `1.2k`, `35k`, `1.5M`; small values keep up to two decimals (`0.25`, `3.5`).
pub fn compact(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let a = v.abs();
    let (x, suffix) = if a >= 999_500.0 {
        (v / 1e6, "M")
    } else if a >= 999.5 {
        (v / 1e3, "k")
    } else {
        (v, "")
    };
    let ax = x.abs();
    let digits = if ax >= 100.0 || (ax - ax.round()).abs() < 0.005 {
        0
    } else if ax >= 10.0 {
        1
    } else {
        2
    };
    let s = format!("{x:.digits$}");
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    let s = if s == "-0" { "0".to_string() } else { s };
    format!("{s}{suffix}")
}

/// A value with its unit, for the crosshair readout and the latest-value text.
pub fn format_value(unit: Unit, v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    match unit {
        Unit::Percent => {
            if v.abs() >= 10.0 {
                format!("{v:.0} %")
            } else {
                format!("{v:.1} %")
            }
        }
        Unit::Count | Unit::Instances => compact(v),
        Unit::Seconds => {
            if v.abs() >= 1.0 {
                format!("{v:.2} s")
            } else if v.abs() >= 0.01 {
                format!("{:.0} ms", v * 1000.0)
            } else {
                format!("{:.1} ms", v * 1000.0)
            }
        }
        Unit::Usd => {
            if v.abs() >= 100.0 {
                format!("${v:.2}")
            } else {
                format!("${v:.4}")
            }
        }
    }
}

/// A y-axis tick label: shorter than [`format_value`] (no unit for percent and counts).
pub fn format_tick(unit: Unit, v: f64) -> String {
    match unit {
        Unit::Percent | Unit::Count | Unit::Instances => compact(v),
        Unit::Seconds => {
            if v == 0.0 {
                "0".into()
            } else if v.abs() >= 1.0 {
                format!("{} s", compact(v))
            } else {
                format!("{} ms", compact(v * 1000.0))
            }
        }
        Unit::Usd => {
            if v == 0.0 {
                "$0".into()
            } else if v.abs() >= 1.0 {
                format!("${}", compact(v))
            } else {
                let s = format!("{v:.4}");
                format!("${}", s.trim_end_matches('0'))
            }
        }
    }
}

/// `HH:MM` of a Unix time [s] (UTC, like the console's UTC setting).
pub fn hh_mm(unix_s: i64) -> String {
    let s = unix_s.rem_euclid(86_400);
    format!("{:02}:{:02}", s / 3600, (s / 60) % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_numbers() {
        assert_eq!(compact(0.0), "0");
        assert_eq!(compact(3.0), "3");
        assert_eq!(compact(0.25), "0.25");
        assert_eq!(compact(12.34), "12.3");
        assert_eq!(compact(950.0), "950");
        assert_eq!(compact(1234.0), "1.23k");
        assert_eq!(compact(1200.0), "1.2k");
        assert_eq!(compact(35_000.0), "35k");
        assert_eq!(compact(1_500_000.0), "1.5M");
        assert_eq!(compact(999.9), "1k");
        assert_eq!(compact(f64::NAN), "–");
        assert_eq!(compact(-0.001), "0");
    }

    #[test]
    fn values_with_units() {
        assert_eq!(format_value(Unit::Percent, 35.2), "35 %");
        assert_eq!(format_value(Unit::Percent, 3.25), "3.2 %");
        assert_eq!(format_value(Unit::Count, 1234.0), "1.23k");
        assert_eq!(format_value(Unit::Instances, 2.0), "2");
        assert_eq!(format_value(Unit::Instances, 1.5), "1.5");
        assert_eq!(format_value(Unit::Seconds, 0.12), "120 ms");
        assert_eq!(format_value(Unit::Seconds, 0.0042), "4.2 ms");
        assert_eq!(format_value(Unit::Seconds, 1.5), "1.50 s");
        assert_eq!(format_value(Unit::Usd, 0.0231), "$0.0231");
        assert_eq!(format_value(Unit::Usd, 123.456), "$123.46");
        assert_eq!(format_value(Unit::Usd, f64::INFINITY), "–");
    }

    #[test]
    fn axis_ticks_are_short() {
        assert_eq!(format_tick(Unit::Percent, 50.0), "50");
        assert_eq!(format_tick(Unit::Count, 20_000.0), "20k");
        assert_eq!(format_tick(Unit::Seconds, 0.25), "250 ms");
        assert_eq!(format_tick(Unit::Seconds, 2.0), "2 s");
        assert_eq!(format_tick(Unit::Seconds, 0.0), "0");
        assert_eq!(format_tick(Unit::Usd, 0.005), "$0.005");
        assert_eq!(format_tick(Unit::Usd, 0.0), "$0");
        assert_eq!(format_tick(Unit::Usd, 2.5), "$2.5");
    }

    #[test]
    fn clock_labels() {
        assert_eq!(hh_mm(1_767_258_000), "09:00");
        assert_eq!(hh_mm(1_767_258_000 + 3 * 3600 + 61), "12:01");
        assert_eq!(hh_mm(-60), "23:59");
    }
}
