//! The comparison panel's view state ("why Auto Scaling"): one row per run — the live group
//! and its shadows (`asg_engine::Shadow`) — with cost, failures, p99 latency, minutes above
//! target, failures by cause and a demand/capacity sparkline; and the verdict in plain words.

mod choice;

pub use choice::{alt_text, Alternative, CompareRun, DEFAULT_RUNS};

use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::{Basis, FailureCauses, MinutePoint, RunSummary, ShadowSpec, Sim};

/// One run as the panel shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct RunRow {
    /// `live`, `avg`, `peak` or `alt` (test ids, CSS)
    pub key: &'static str,
    /// the run's name in the UI language
    pub label: String,
    /// cost so far, e.g. `$0.1234`
    pub cost: String,
    /// share of requests that failed, e.g. `0.12 %`
    pub failed: String,
    /// 99th-percentile latency, e.g. `85 ms`
    pub p99: String,
    /// minutes whose group CPU average exceeded the target [min]
    pub above: String,
    /// one plain line per cause with failures (or "No request failed.")
    pub causes: Vec<String>,
    /// SVG polyline points of demand and of capacity, on the panel's common scale
    pub demand: String,
    /// SVG polyline points of capacity, on the same scale as `demand`
    pub capacity: String,
}

/// Width and height of a sparkline [SVG user units].
pub const SPARK_W: f64 = 160.0;
/// Height of a sparkline [SVG user units].
pub const SPARK_H: f64 = 36.0;
/// Points per sparkline at most.
const SPARK_POINTS: usize = 120;

fn key_and_label(lang: Lang, spec: &ShadowSpec, size: Option<u32>) -> (&'static str, String) {
    match spec {
        ShadowSpec::Fixed { basis, .. } => {
            let n = size.unwrap_or(0);
            if *basis == Basis::Average {
                ("avg", fill(lang, Text::RunFixedAverage, &[("n", &n)]))
            } else {
                ("peak", fill(lang, Text::RunFixedPeak, &[("n", &n)]))
            }
        }
        ShadowSpec::Policies { id, .. } => ("alt", fill(lang, Text::RunAlt, &[("policy", &alt_title(lang, id))])),
    }
}

/// The chooser's name of the policy set `id` (the id itself if it is not one of them).
fn alt_title(lang: Lang, id: &str) -> &str {
    Alternative::from_id(id).map_or(id, |a| tr(lang, alt_text(a)))
}

/// One run's figures, read from the engine once per refresh (both the rows and the verdict
/// use them).
pub struct Run<'a> {
    /// what the shadow runs; None for the live group
    pub spec: Option<&'a ShadowSpec>,
    /// a fixed shadow's size [instances]
    pub size: Option<u32>,
    /// its figures so far
    pub summary: RunSummary,
    /// its demand and capacity per minute over the last day, oldest first
    pub points: Vec<MinutePoint>,
    /// a target registered by hand served beside the fleet (the guided lab's step-2
    /// instance; every run compared had it: docs/aws-behaviour.md §11 "Targets beside the group")
    pub beside: bool,
}

/// The live run first, then its shadows.
pub fn runs(sim: &Sim) -> Vec<Run<'_>> {
    let beside = sim.had_outside_targets();
    let live =
        Run { spec: None, size: None, summary: sim.summary(), points: sim.minute_points().copied().collect(), beside };
    let shadows = sim.shadows().iter().map(move |sh| Run {
        spec: Some(&sh.spec),
        size: sh.size,
        summary: sh.summary(),
        points: sh.minutes().copied().collect(),
        beside,
    });
    std::iter::once(live).chain(shadows).collect()
}

/// Plain lines for the causes with failures.
pub fn cause_lines(lang: Lang, c: &FailureCauses) -> Vec<String> {
    let parts = [
        (c.no_target, Text::CauseNoTarget),
        (c.connection, Text::CauseConnection),
        (c.timeout, Text::CauseTimeout),
        (c.queue_full, Text::CauseQueueFull),
        (c.draining, Text::CauseDraining),
        (c.app_error, Text::CauseAppError),
    ];
    let lines: Vec<String> = parts.iter().filter(|(n, _)| *n > 0).map(|(n, t)| fill(lang, *t, &[("n", n)])).collect();
    if lines.is_empty() {
        vec![tr(lang, Text::CauseNone).to_string()]
    } else {
        lines
    }
}

/// Mean of each of at most [`SPARK_POINTS`] buckets, as `x,y` points scaled to `top` [req/s].
fn polyline(values: &[f32], top: f64) -> String {
    let n = values.len();
    if n == 0 || top <= 0.0 {
        return String::new();
    }
    let buckets = n.min(SPARK_POINTS);
    let mut out = String::new();
    for b in 0..buckets {
        let (lo, hi) = (b * n / buckets, ((b + 1) * n / buckets).max(b * n / buckets + 1));
        let mean = values[lo..hi].iter().map(|v| *v as f64).sum::<f64>() / (hi - lo) as f64;
        let x = if buckets > 1 { b as f64 * SPARK_W / (buckets - 1) as f64 } else { SPARK_W };
        let y = SPARK_H - (mean / top).clamp(0.0, 1.0) * SPARK_H;
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("{x:.1},{y:.1}"));
    }
    out
}

fn row(lang: Lang, key: &'static str, label: String, s: &RunSummary, pts: &[MinutePoint], top: f64) -> RunRow {
    let demand: Vec<f32> = pts.iter().map(|p| p.demand_rps).collect();
    let capacity: Vec<f32> = pts.iter().map(|p| p.capacity_rps).collect();
    RunRow {
        key,
        label,
        cost: format!("${:.4}", s.cost_usd),
        failed: format!("{:.2} %", s.failed_pct),
        p99: format!("{:.0} ms", s.p99_ms),
        above: s.minutes_above_target.to_string(),
        causes: cause_lines(lang, &s.causes),
        demand: polyline(&demand, top),
        capacity: polyline(&capacity, top),
    }
}

/// The rows of `runs` (live first), on one sparkline scale.
pub fn run_rows(lang: Lang, runs: &[Run]) -> Vec<RunRow> {
    let top =
        runs.iter().flat_map(|r| r.points.iter().map(|p| p.demand_rps.max(p.capacity_rps) as f64)).fold(0.0, f64::max);
    runs.iter()
        .map(|r| {
            let (key, label) = match r.spec {
                None => ("live", tr(lang, Text::RunLive).to_string()),
                Some(spec) => key_and_label(lang, spec, r.size),
            };
            row(lang, key, label, &r.summary, &r.points, top)
        })
        .collect()
}

fn pct(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// The verdict in plain words, from `runs` (live first).
pub fn verdict(lang: Lang, runs: &[Run]) -> String {
    let Some((first, shadows)) = runs.split_first() else { return String::new() };
    let live = &first.summary;
    if live.requests == 0 {
        return tr(lang, Text::VerdictWaiting).to_string();
    }
    let served = pct(100.0 - live.failed_pct);
    let of = |b: Basis| {
        shadows
            .iter()
            .find(|r| matches!(r.spec, Some(ShadowSpec::Fixed { basis, .. }) if *basis == b))
            .map(|r| &r.summary)
    };
    let (avg, peak) = (of(Basis::Average), of(Basis::Peak));
    let share_v = peak.map(|p| if p.cost_usd > 0.0 { live.cost_usd * 100.0 / p.cost_usd } else { 0.0 });
    let share = share_v.map(pct);
    let failed = avg.map(|a| pct(a.failed_pct));
    let mut out = match (share, failed) {
        (Some(share), Some(failed)) => {
            fill(lang, Text::VerdictFull, &[("served", &served), ("share", &share), ("failed", &failed)])
        }
        (Some(share), None) => fill(lang, Text::VerdictPeak, &[("served", &served), ("share", &share)]),
        (None, Some(failed)) => fill(lang, Text::VerdictAverage, &[("served", &served), ("failed", &failed)]),
        (None, None) => {
            fill(lang, Text::VerdictAlone, &[("served", &served), ("cost", &format!("{:.4}", live.cost_usd))])
        }
    };
    for r in shadows {
        if let Some(ShadowSpec::Policies { id, .. }) = r.spec {
            let s = &r.summary;
            let alt = fill(
                lang,
                Text::VerdictAlt,
                &[
                    ("policy", &alt_title(lang, id)),
                    ("served", &pct(100.0 - s.failed_pct)),
                    ("cost", &format!("{:.4}", s.cost_usd)),
                ],
            );
            out.push(' ');
            out.push_str(&alt);
        }
    }
    // say what the numbers say: dearer than the peak-sized fleet is not a saving
    if share_v.is_some_and(|s| s > 100.0) {
        out.push(' ');
        out.push_str(tr(lang, Text::VerdictDearer));
    }
    if first.beside {
        out.push(' ');
        out.push_str(tr(lang, Text::VerdictBeside));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets;
    use asg_engine::Scenario;

    fn flash_with(runs: &[CompareRun], secs: u64) -> Sim {
        let mut sim = Sim::new(presets::find("flash-crowd").unwrap().scenario);
        for r in runs {
            sim.add_shadow(r.spec()).unwrap();
        }
        sim.run_until(secs);
        sim
    }

    #[test]
    fn the_flash_crowd_verdict_says_what_happened() {
        let sim = flash_with(&DEFAULT_RUNS, 3600);
        let rows = run_rows(Lang::En, &runs(&sim));
        assert_eq!(rows.iter().map(|r| r.key).collect::<Vec<_>>(), ["live", "avg", "peak"]);
        assert!(rows[1].label.starts_with("Fixed, sized for the average: "), "{}", rows[1].label);
        let v = verdict(Lang::En, &runs(&sim));
        assert!(v.starts_with("Auto Scaling served ") && v.contains("of the peak fleet's cost"), "{v}");
        let avg = &sim.shadows()[0].summary();
        assert!(avg.failed_pct > 1.0, "{avg:?}");
        assert!(v.contains(&format!("failed {} % of them", pct(avg.failed_pct))), "{v}");
        assert!(
            rows[1].causes.iter().any(|c| c.starts_with("502 — rejected") || c.starts_with("504")),
            "{:?}",
            rows[1].causes
        );
        assert_eq!(rows[2].causes, ["No request failed."]);
        assert!(!rows[0].demand.is_empty() && rows[0].demand.split(' ').count() <= 120);
        assert!(verdict(Lang::Ko, &runs(&sim)).starts_with("Auto Scaling은"));
    }

    #[test]
    fn an_alternative_policy_joins_the_verdict() {
        let sim = flash_with(&[CompareRun::Alt(Alternative::Simple)], 1800);
        let v = verdict(Lang::En, &runs(&sim));
        assert!(v.contains("With simple scaling without cooldown (thrashes) instead:"), "{v}");
        assert_eq!(
            run_rows(Lang::En, &runs(&sim))[1].label,
            "This group with simple scaling without cooldown (thrashes)"
        );
        let quiet = Sim::new(Scenario { events: vec![], ..Scenario::default() });
        assert_eq!(verdict(Lang::En, &runs(&quiet)), "No requests yet: the comparison fills in as traffic arrives.");
    }

    // docs/aws-behaviour.md §11 "Targets beside the group": the guided lab's run, the step-2
    // instance still in the target group, compared with fixed fleets as the panel does
    #[test]
    fn the_guided_labs_verdict_has_no_phantom_failures_and_says_how_step_2_counts() {
        use asg_engine::account::{Account, Action, Step};
        let mut a = Account::new(1);
        a.do_through(Step::Stress).unwrap();
        let g = a.group_mut().unwrap();
        for r in DEFAULT_RUNS {
            g.sim.add_shadow(r.spec()).unwrap();
        }
        let t = a.now();
        a.advance_to(t + 3600);
        a.apply(&Action::ReadWhy).unwrap();
        let sim = &a.group().unwrap().sim;
        let live = sim.summary();
        assert_eq!(sim.ledger().failed_503, 0, "{:?}", sim.ledger());
        let v = verdict(Lang::En, &runs(sim));
        assert!(v.starts_with(&format!("Auto Scaling served {} % of requests", pct(100.0 - live.failed_pct))), "{v}");
        assert!(v.ends_with("its cost is in none of them."), "{v}");
        let peak = sim.shadows()[1].summary();
        let dearer = live.cost_usd > peak.cost_usd;
        assert_eq!(v.contains("Here it cost more than the peak-sized fleet"), dearer, "{v}");
        assert!(verdict(Lang::Ko, &runs(sim)).contains("2단계"));
    }

    #[test]
    fn every_cause_has_its_line() {
        let c = FailureCauses { no_target: 1, connection: 2, timeout: 3, queue_full: 4, draining: 5, app_error: 6 };
        let lines = cause_lines(Lang::En, &c);
        assert_eq!(lines.len(), 6);
        assert!(lines[4].starts_with("502 — still in flight when draining ended: 5"));
        assert_eq!(cause_lines(Lang::Ko, &FailureCauses::default()), ["실패한 요청이 없습니다."]);
    }
}
