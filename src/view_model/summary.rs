//! The run summary as label/value rows (cost, failed requests, p99 latency, capacity used,
//! scaling counts), labels in the UI language; `src/app/alarms.rs` renders it beside the
//! alarms table.

use crate::sim::RunSummary;
use crate::view_model::i18n::{fill, tr, Lang, Text};

/// Label / value pairs of the run summary, labels in `lang`.
pub fn summary_rows(lang: Lang, s: &RunSummary) -> Vec<(&'static str, String)> {
    let l = |key: Text| tr(lang, key);
    let failed = fill(
        lang,
        Text::FailedOf,
        &[("pct", &format!("{:.2}", s.failed_pct)), ("failed", &s.requests_failed), ("total", &s.requests)],
    );
    let mut rows = vec![(l(Text::SumCost), format!("${:.4}", s.cost_usd))];
    // Unlimited-mode surplus (docs/aws-behaviour.md §8 "Surplus credits"): what is charged is
    // part of the cost; what is owed is charged only if the instances terminate before
    // earnings pay it down.
    if s.credit_cost_usd > 0.0 || s.credit_owed_usd > 0.0 {
        rows.push((l(Text::SumSurplusCharged), format!("${:.4}", s.credit_cost_usd)));
        rows.push((l(Text::SumSurplusOwed), format!("${:.4}", s.credit_owed_usd)));
    }
    rows.extend([
        (l(Text::SumFailed), failed),
        (l(Text::SumP99), format!("{:.0} ms", s.p99_ms)),
        (l(Text::SumAboveTarget), s.minutes_above_target.to_string()),
        (l(Text::SumInstanceHours), format!("{:.2}", s.instance_hours)),
        (l(Text::SumPeak), s.peak_instances.to_string()),
        (l(Text::SumScaling), format!("{} / {}", s.scale_outs, s.scale_ins)),
    ]);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Scenario, Sim};

    #[test]
    fn rows_from_a_stressed_run() {
        let mut sim = Sim::new(Scenario { events: vec![], ..Scenario::default() });
        sim.step(600);
        let id = sim.snapshot().instances[0].id;
        sim.apply(crate::sim::Command::Stress { instance: id, duration_s: 600, workers: 1 }).unwrap();
        sim.step(600);
        let summary = summary_rows(Lang::En, &sim.summary());
        assert_eq!(summary[0].0, "Cost");
        assert!(summary[0].1.starts_with('$'));
        assert_eq!(summary_rows(Lang::Ko, &sim.summary())[0].0, "비용");
        assert!(summary.iter().all(|r| !r.0.contains("surplus")), "no surplus rows for a t2 in Standard mode");
    }

    #[test]
    fn surplus_rows_when_an_unlimited_instance_owes_credits() {
        let mut s = RunSummary { cost_usd: 1.0, credit_owed_usd: 0.18, ..RunSummary::default() };
        let rows = summary_rows(Lang::En, &s);
        assert_eq!(rows[1], ("of which surplus credits charged", "$0.0000".to_string()));
        assert_eq!(rows[2].1, "$0.1800");
        assert!(rows[2].0.starts_with("Surplus credits owed"));
        s.credit_cost_usd = 0.5;
        assert_eq!(summary_rows(Lang::Ko, &s)[1].1, "$0.5000");
    }
}
