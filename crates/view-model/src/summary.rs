//! The run summary as label/value rows (cost, failed requests, p99 latency, capacity used,
//! scaling counts), labels in the UI language; `src/app/alarms.rs` renders it beside the
//! alarms table.

use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::prices::{self, Caveat};
use asg_engine::{Region, RunSummary, Scenario};

/// Label / value pairs of the run summary, labels in `lang`.
pub fn summary_rows(lang: Lang, s: &RunSummary) -> Vec<(&'static str, String)> {
    let l = |key: Text| tr(lang, key);
    let failed = fill(
        lang,
        Text::FailedOf,
        &[("pct", &format!("{:.2}", s.failed_pct)), ("failed", &s.requests_failed), ("total", &s.requests)],
    );
    let usd = |v: f64| format!("${v:.4}");
    let mut rows = vec![
        (l(Text::SumCost), usd(s.cost_usd)),
        (l(Text::SumInstances), usd(s.instance_cost_usd)),
        (l(Text::SumAlb), usd(s.alb_cost_usd)),
        (l(Text::SumIpv4), usd(s.ipv4_cost_usd)),
        (l(Text::SumEbs), usd(s.ebs_cost_usd)),
    ];
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

/// [`price_notes`] for a scenario's region, instance type and credit mode in effect.
pub fn scenario_price_notes(lang: Lang, sc: &Scenario) -> Vec<String> {
    let mode = sc.instance_type.burst().map(|b| sc.group.credit_mode.unwrap_or(b.default_mode));
    price_notes(lang, sc.region, &prices::caveats(sc.region, sc.instance_type, mode))
}

/// What the prices rest on, and the caveats for this scenario (docs/aws-behaviour.md §9
/// "Price sources"): said on screen rather than silently using another region's figure.
pub fn price_notes(lang: Lang, region: Region, caveats: &[Caveat]) -> Vec<String> {
    let r = region.code();
    let mut out = vec![fill(lang, Text::PriceBasis, &[("region", &r), ("date", &prices::CHECKED)])];
    for c in caveats {
        out.push(match *c {
            Caveat::InstanceConflicting { it, used, others } => {
                let others = others.map(|o| o.to_string()).join(", ");
                fill(
                    lang,
                    Text::PriceConflicting,
                    &[("type", &it.name()), ("region", &r), ("others", &others), ("used", &used)],
                )
            }
            Caveat::SurplusNoRegionalFigure { it, used } => {
                fill(lang, Text::PriceNoRegional, &[("type", &it.name()), ("region", &r), ("used", &used)])
            }
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::{Scenario, Sim};

    #[test]
    fn rows_from_a_stressed_run() {
        let mut sim = Sim::new(Scenario { events: vec![], ..Scenario::default() });
        sim.step(600);
        let id = sim.snapshot().instances[0].id;
        sim.apply(asg_engine::Command::Stress { instance: id, duration_s: 600, workers: 1 }).unwrap();
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
        assert_eq!(rows[5], ("of which surplus credits charged", "$0.0000".to_string()));
        assert_eq!(rows[6].1, "$0.1800");
        assert!(rows[6].0.starts_with("Surplus credits owed"));
        s.credit_cost_usd = 0.5;
        assert_eq!(summary_rows(Lang::Ko, &s)[5].1, "$0.5000");
    }

    // docs/aws-behaviour.md §9 "Price sources"
    #[test]
    fn price_notes_name_the_basis_and_the_caveats() {
        use asg_engine::{CreditMode, InstanceType};
        let none = price_notes(Lang::En, Region::ApNortheast2, &[]);
        assert_eq!(none.len(), 1);
        assert!(none[0].contains("ap-northeast-2") && none[0].contains(prices::CHECKED), "{none:?}");
        let c = prices::caveats(Region::ApNortheast2, InstanceType::C5Large, None);
        let notes = price_notes(Lang::En, Region::ApNortheast2, &c);
        assert_eq!(
            notes[1],
            "c5.large in ap-northeast-2: sources disagree (0.102, 0.107 $/h elsewhere); the lab uses $0.096/h."
        );
        let c = prices::caveats(Region::ApNortheast2, InstanceType::T2Micro, Some(CreditMode::Unlimited));
        let ko = price_notes(Lang::Ko, Region::ApNortheast2, &c);
        assert!(ko[1].contains("us-east-1") && ko[1].contains("$0.05"), "{ko:?}");
        let mut sc = Scenario::default(); // t2.micro, Standard: nothing to qualify
        assert_eq!(scenario_price_notes(Lang::En, &sc).len(), 1);
        sc.group.credit_mode = Some(CreditMode::Unlimited);
        assert_eq!(scenario_price_notes(Lang::En, &sc).len(), 2);
    }
}
