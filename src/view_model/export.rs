//! Exports: the metrics of a time range as CSV (CloudWatch metric names as columns), the
//! scenario as JSON, and JSON import with the same checks a shared link gets.

use crate::share::{from_query, to_query, Notice};
use crate::sim::{Datapoint, Metric, Scenario, Sim, Statistic};
use crate::view_model::clock::format_utc;

/// The CSV columns: a metric, the statistic CloudWatch graphs it with, the column title (no
/// commas, so no field needs quoting).
pub const COLUMNS: [(Metric, Statistic, &str); 12] = [
    (Metric::CPUUtilization, Statistic::Average, "CPUUtilization (Average %)"),
    (Metric::RequestCount, Statistic::Sum, "RequestCount (Sum)"),
    (Metric::RequestCountPerTarget, Statistic::Sum, "RequestCountPerTarget (Sum)"),
    (Metric::TargetResponseTime, Statistic::Average, "TargetResponseTime (Average s)"),
    (Metric::HTTPCode_ELB_5XX_Count, Statistic::Sum, "HTTPCode_ELB_5XX_Count (Sum)"),
    (Metric::HTTPCode_Target_5XX_Count, Statistic::Sum, "HTTPCode_Target_5XX_Count (Sum)"),
    (Metric::HealthyHostCount, Statistic::Average, "HealthyHostCount (Average)"),
    (Metric::UnHealthyHostCount, Statistic::Average, "UnHealthyHostCount (Average)"),
    (Metric::GroupDesiredCapacity, Statistic::Maximum, "GroupDesiredCapacity (Maximum)"),
    (Metric::GroupInServiceInstances, Statistic::Maximum, "GroupInServiceInstances (Maximum)"),
    (Metric::GroupPendingInstances, Statistic::Maximum, "GroupPendingInstances (Maximum)"),
    (Metric::EstimatedCost, Statistic::Maximum, "EstimatedCost (USD cumulative)"),
];

/// The metrics from `now - range_s` to now at `period_s`, one row per period (stamped with its
/// start, UTC), an empty cell where CloudWatch would have no datapoint.
pub fn metrics_csv(sim: &Sim, range_s: u64, period_s: u32) -> String {
    let from = sim.now().saturating_sub(range_s);
    let series: Vec<Vec<Datapoint>> = COLUMNS.iter().map(|(m, st, _)| sim.series(*m, *st, period_s, from)).collect();
    let mut times: Vec<u64> = series.iter().flatten().map(|d| d.t).collect();
    times.sort_unstable();
    times.dedup();
    let start = sim.scenario().start_utc_s;
    let mut out = String::from("Time (UTC)");
    for (_, _, title) in COLUMNS {
        out.push(',');
        out.push_str(title);
    }
    out.push('\n');
    let mut cursor = vec![0usize; series.len()];
    for t in times {
        out.push_str(&format_utc(start + t as i64).replace(" UTC", ""));
        for (k, s) in series.iter().enumerate() {
            out.push(',');
            if let Some(d) = s.get(cursor[k]).filter(|d| d.t == t) {
                out.push_str(&format!("{}", d.value));
                cursor[k] += 1;
            }
        }
        out.push('\n');
    }
    out
}

/// The scenario as pretty JSON.
pub fn scenario_json(sc: &Scenario) -> String {
    serde_json::to_string_pretty(sc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// A scenario from JSON, checked exactly as a link is: what was corrected comes back as
/// notices. Malformed JSON is an error with the parser's message.
pub fn scenario_from_json(text: &str) -> Result<(Scenario, Vec<Notice>), String> {
    if text.len() > 256 * 1024 {
        return Err("The JSON is larger than 256 KB; a lab scenario is far smaller.".into());
    }
    let sc: Scenario = serde_json::from_str(text).map_err(|e| format!("This is not a lab scenario: {e}"))?;
    Ok(from_query(&to_query(&sc)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_cloudwatch_columns_and_one_row_per_period() {
        let mut sim = Sim::new(Scenario::default());
        sim.step(600);
        let csv = metrics_csv(&sim, 3600, 60);
        let mut lines = csv.lines();
        let header = lines.next().unwrap();
        assert!(header.starts_with("Time (UTC),CPUUtilization (Average %),RequestCount (Sum)"));
        assert_eq!(header.split(',').count(), 13);
        let rows: Vec<&str> = lines.collect();
        assert!((10..=11).contains(&rows.len()), "{} rows", rows.len());
        assert!(rows[0].starts_with("2026-01-01 09:00:00,"));
        assert!(rows.iter().all(|r| r.split(',').count() == 13));
        let cpu: f64 = rows[1].split(',').nth(1).unwrap().parse().unwrap();
        assert!(cpu > 90.0, "the default scenario's stress shows: {cpu}");
    }

    #[test]
    fn json_round_trips_and_import_is_checked_like_a_link() {
        let sc = Scenario::default();
        let (back, notices) = scenario_from_json(&scenario_json(&sc)).unwrap();
        assert_eq!(back, sc);
        assert!(notices.is_empty());
        let mut bad = sc.clone();
        bad.group.min = 7;
        bad.group.max = 2;
        let (fixed, notices) = scenario_from_json(&scenario_json(&bad)).unwrap();
        assert!(fixed.group.min <= fixed.group.max);
        assert!(!notices.is_empty(), "min > max is reported");
        assert!(scenario_from_json("{not json").unwrap_err().contains("not a lab scenario"));
        assert!(scenario_from_json(&"x".repeat(300_000)).is_err());
    }
}
