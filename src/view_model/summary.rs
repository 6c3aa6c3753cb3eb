//! The run summary as label/value rows (cost, failed requests, p99 latency, capacity used,
//! scaling counts), labels in the UI language; `src/app/alarms.rs` renders it beside the
//! alarms table.

use crate::sim::RunSummary;
use crate::view_model::i18n::{pick, Lang};

/// Label / value pairs of the run summary, labels in `lang`.
pub fn summary_rows(lang: Lang, s: &RunSummary) -> Vec<(&'static str, String)> {
    let l = |en, ko| pick(lang, en, ko);
    let failed = match lang {
        Lang::En => format!("{:.2} % ({} of {})", s.failed_pct, s.requests_failed, s.requests),
        Lang::Ko => format!("{:.2} % ({}건 중 {}건)", s.failed_pct, s.requests, s.requests_failed),
    };
    vec![
        (l("Cost", "비용"), format!("${:.4}", s.cost_usd)),
        (l("Requests failed", "실패한 요청"), failed),
        (l("p99 latency", "p99 지연 시간"), format!("{:.0} ms", s.p99_ms)),
        (l("Minutes above target", "대상 값을 넘은 시간(분)"), s.minutes_above_target.to_string()),
        (l("Instance-hours", "인스턴스 시간"), format!("{:.2}", s.instance_hours)),
        (l("Peak instances", "최대 인스턴스 수"), s.peak_instances.to_string()),
        (l("Scale-outs / scale-ins", "확장 / 축소 횟수"), format!("{} / {}", s.scale_outs, s.scale_ins)),
    ]
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
    }
}
