//! Exports: the metrics of a time range as CSV (CloudWatch metric names as columns), the
//! scenario as JSON, and JSON import with the same checks a shared link gets.

use crate::clock::format_utc;
use crate::i18n::{fill, tr, Lang, Text};
use crate::json::{parse_flat_object, quote};
use asg_engine::{Datapoint, Metric, Scenario, Sim, Statistic};
use asg_share::{encode_component, pairs, Notice, Shared};

/// Share of a link's room in use [%]: the larger of the changes recorded against
/// [`asg_engine::journal::MAX_EVENTS`] and the query's length against
/// [`asg_share::MAX_QUERY_BYTES`] (beyond either, a link no longer replays every change).
pub fn link_fill_pct(changes: usize, query_bytes: usize) -> u32 {
    let a = changes as f64 / asg_engine::journal::MAX_EVENTS as f64;
    let b = query_bytes as f64 / asg_share::MAX_QUERY_BYTES as f64;
    (a.max(b) * 100.0).floor().min(100.0) as u32
}

/// From this fill [%] on, the lab warns and offers the JSON export.
pub const LINK_WARN_PCT: u32 = 80;

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

/// The columns each comparison run adds (its capacity, failures and cost), titled
/// `<run> <title>`.
pub const SHADOW_COLUMNS: [(Metric, Statistic, &str); 4] = [
    (Metric::GroupInServiceInstances, Statistic::Maximum, "GroupInServiceInstances (Maximum)"),
    (Metric::HTTPCode_ELB_5XX_Count, Statistic::Sum, "HTTPCode_ELB_5XX_Count (Sum)"),
    (Metric::HTTPCode_Target_5XX_Count, Statistic::Sum, "HTTPCode_Target_5XX_Count (Sum)"),
    (Metric::EstimatedCost, Statistic::Maximum, "EstimatedCost (USD cumulative)"),
];

/// The metrics from `now - range_s` to now at `period_s`, one row per period (stamped with its
/// start, UTC), an empty cell where CloudWatch would have no datapoint; then, for each
/// comparison run, [`SHADOW_COLUMNS`] titled with its link code (`avg:3`, `alt:step`).
pub fn metrics_csv(sim: &Sim, range_s: u64, period_s: u32) -> String {
    let from = sim.now().saturating_sub(range_s);
    let mut series: Vec<Vec<Datapoint>> =
        COLUMNS.iter().map(|(m, st, _)| sim.series(*m, *st, period_s, from)).collect();
    let mut titles: Vec<String> = COLUMNS.iter().map(|c| c.2.to_string()).collect();
    for sh in sim.shadows() {
        let name = match &sh.spec {
            asg_engine::ShadowSpec::Fixed { basis, .. } => {
                let b = if *basis == asg_engine::Basis::Average { "avg" } else { "peak" };
                format!("{b}:{}", sh.size.unwrap_or(0))
            }
            asg_engine::ShadowSpec::Policies { id, .. } => format!("alt:{id}"),
        };
        for (m, st, title) in SHADOW_COLUMNS {
            series.push(sh.sim().series(m, st, period_s, from));
            titles.push(format!("{name} {title}"));
        }
    }
    let mut times: Vec<u64> = series.iter().flatten().map(|d| d.t).collect();
    times.sort_unstable();
    times.dedup();
    let start = sim.scenario().start_utc_s;
    let mut out = String::from("Time (UTC)");
    for title in &titles {
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

/// The scenario as JSON: an object of the link's keys and values (only those that differ
/// from the default, `v` first), e.g. `{"v": "1", "traffic": "diurnal(120,80,12)", …}`. One
/// format for links and files, read back by one checked parser; and no serde code for every
/// engine type in the web build.
pub fn scenario_json(sc: &Scenario) -> String {
    let shared = Shared { scenario: sc.clone(), ..Shared::default() };
    let defaults = pairs(&Shared::default());
    let map: Vec<(&str, String)> = pairs(&shared)
        .into_iter()
        .zip(defaults)
        .filter(|((k, v), (_, d))| *k == "v" || v != d)
        .map(|(kv, _)| kv)
        .collect();
    let body: Vec<String> = map.iter().map(|(k, v)| format!("  {}: {}", quote(k), quote(v))).collect();
    format!("{{\n{}\n}}", body.join(",\n"))
}

/// Why a JSON import was refused (said in the UI's language by [`import_error`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// larger than [`MAX_IMPORT_BYTES`]
    TooLarge,
    /// not a flat JSON object of link keys: the parser's message (English, see `json`)
    NotAScenario(String),
}

/// What a JSON import did: started a run (with what the checks corrected) or was refused.
/// Kept as facts, so the message is said in whatever language the UI is in now.
pub type ImportOutcome = Result<Vec<Notice>, ImportError>;

/// Largest JSON import read [bytes].
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// A scenario from JSON (an object of link keys; values may be strings, numbers or booleans),
/// checked exactly as a link is: what was corrected comes back as notices. Malformed JSON is
/// an error with the parser's message.
pub fn scenario_from_json(text: &str) -> Result<(Scenario, Vec<Notice>), ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let entries = parse_flat_object(text).map_err(ImportError::NotAScenario)?;
    let query: Vec<String> =
        entries.iter().map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v))).collect();
    let (sh, notices) = asg_share::from_query_within(&query.join("&"), MAX_IMPORT_BYTES);
    Ok((sh.scenario, notices))
}

/// Why a JSON import was refused.
pub fn import_error(lang: Lang, e: &ImportError) -> String {
    use ImportError as E;
    match e {
        E::TooLarge => fill(lang, Text::ImportTooLarge, &[("kb", &(MAX_IMPORT_BYTES / 1024))]),
        E::NotAScenario(why) => fill(lang, Text::ImportNotAScenario, &[("why", why)]),
    }
}

/// What the last JSON import did, in `lang`: the run it started (and what was corrected) or
/// why it was refused.
pub fn import_message(lang: Lang, outcome: &ImportOutcome) -> String {
    match outcome {
        Err(e) => import_error(lang, e),
        Ok(notices) if notices.is_empty() => tr(lang, Text::Imported).to_string(),
        Ok(notices) => {
            let list: Vec<String> = notices.iter().map(|n| crate::i18n::notice_text(lang, n)).collect();
            fill(lang, Text::ImportedWithCorrections, &[("list", &list.join("; "))])
        }
    }
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
    fn the_link_fill_counts_changes_and_bytes() {
        assert_eq!(link_fill_pct(0, 10), 0);
        assert_eq!(link_fill_pct(800, 10), 80);
        assert_eq!(link_fill_pct(10, asg_share::MAX_QUERY_BYTES / 2), 50);
        assert_eq!(link_fill_pct(5000, 0), 100);
        assert!(link_fill_pct(799, 0) < LINK_WARN_PCT);
    }

    #[test]
    fn csv_gains_columns_for_each_comparison_run() {
        use crate::compare::{CompareRun, DEFAULT_RUNS};
        let mut sim = Sim::new(crate::presets::find("flash-crowd").unwrap().scenario);
        for r in DEFAULT_RUNS.iter().chain([&CompareRun::Alt(crate::compare::Alternative::Step)]) {
            sim.add_shadow(r.spec()).unwrap();
        }
        sim.step(1200);
        let csv = metrics_csv(&sim, 3600, 60);
        let header = csv.lines().next().unwrap();
        assert_eq!(header.split(',').count(), 13 + 3 * 4);
        let avg = format!("avg:{} GroupInServiceInstances (Maximum)", sim.shadows()[0].size.unwrap());
        assert!(header.contains(&avg), "{header}");
        assert!(header.ends_with("alt:step EstimatedCost (USD cumulative)"), "{header}");
        assert!(csv.lines().skip(1).all(|r| r.split(',').count() == 25));
    }

    #[test]
    fn json_round_trips_and_import_is_checked_like_a_link() {
        let sc = Scenario::default();
        let (back, notices) = scenario_from_json(&scenario_json(&sc)).unwrap();
        assert_eq!(back, sc);
        assert!(notices.is_empty());
        let busy = crate::presets::find("black-friday").unwrap().scenario;
        let json = scenario_json(&busy);
        assert!(json.starts_with("{\n  \"v\": \"1\""), "{json}");
        assert_eq!(scenario_from_json(&json).unwrap(), (busy, vec![]));
        let (typed, notices) =
            scenario_from_json(r#"{"v": 1, "min": 2, "max": 4, "desired": 2, "protect": true}"#).unwrap();
        assert_eq!((typed.group.min, typed.group.max, typed.group.protect_new_instances), (2, 4, true));
        assert!(notices.is_empty(), "{notices:?}");
        let (fixed, notices) = scenario_from_json(r#"{"v": "1", "min": "7", "max": "2"}"#).unwrap();
        assert!(fixed.group.min <= fixed.group.max);
        assert!(!notices.is_empty(), "min > max is reported");
        assert!(
            matches!(scenario_from_json("{not json"), Err(ImportError::NotAScenario(e)) if e.contains("key must be a string"))
        );
        assert_eq!(scenario_from_json(&"x".repeat(MAX_IMPORT_BYTES + 1)), Err(ImportError::TooLarge));
    }
}
