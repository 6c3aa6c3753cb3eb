//! Why a challenge's goal was missed, in plain words (issue 22's result card): failed
//! requests by cause (the comparison panel's causes), the cost by part of the bill, and for
//! the rest the run's figures that explain it.

use crate::compare::cause_lines;
use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::challenge::{GoalKind, GoalResult, Grade};

fn hm(t: u64) -> String {
    format!("{}:{:02}", t / 3600, t % 3600 / 60)
}

/// The causes of `goal`'s miss in `grade`'s run (empty when it was met).
pub fn miss_causes(lang: Lang, goal: &GoalResult, grade: &Grade) -> Vec<String> {
    if goal.met {
        return Vec::new();
    }
    let s = &grade.summary;
    let usd = |x: f64| format!("{x:.4}");
    match goal.kind {
        GoalKind::FailedPct(_) | GoalKind::NoTarget(_) | GoalKind::DrainLosses(_) => cause_lines(lang, &s.causes),
        GoalKind::CostUsd(_) => vec![fill(
            lang,
            Text::MissCosts,
            &[
                ("inst", &usd(s.instance_cost_usd)),
                ("cred", &usd(s.credit_cost_usd)),
                ("alb", &usd(s.alb_cost_usd)),
                ("ip", &usd(s.ipv4_cost_usd)),
                ("ebs", &usd(s.ebs_cost_usd)),
                ("h", &format!("{:.1}", s.instance_hours)),
            ],
        )],
        GoalKind::P99Ms(_) => {
            let mut v = vec![fill(lang, Text::MissP99, &[("m", &s.minutes_above_target), ("k", &s.peak_instances)])];
            v.extend(cause_lines(lang, &s.causes).into_iter().filter(|_| s.requests_failed > 0));
            v
        }
        GoalKind::MinutesAbove(_) => vec![fill(
            lang,
            Text::MissAbove,
            &[("m", &s.minutes_above_target), ("o", &s.scale_outs), ("i", &s.scale_ins)],
        )],
        GoalKind::PeakInstances(_) => {
            vec![fill(lang, Text::MissPeak, &[("k", &s.peak_instances), ("o", &s.scale_outs)])]
        }
        GoalKind::BackAtMinBy(_) => vec![match grade.at_min_since {
            Some(t) => fill(lang, Text::MissAtMinLate, &[("t", &hm(t))]),
            None => tr(lang, Text::MissAtMinNever).to_string(),
        }],
        GoalKind::ScalingActions(_) => {
            vec![fill(lang, Text::MissActions, &[("o", &s.scale_outs), ("i", &s.scale_ins)])]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::challenge::{grade, Challenge, Goal, GoalKind as G, Knob};
    use asg_engine::Scenario;

    /// The seed's stress exercise for an hour, graded with nothing changed.
    fn graded(kinds: &[G]) -> Grade {
        let ch = Challenge {
            scenario: Scenario::default(),
            horizon_s: 3600,
            knobs: vec![Knob::Capacity],
            goals: kinds.iter().map(|&kind| Goal { kind, weight: 1 }).collect(),
        };
        grade(&ch, &Vec::new()).unwrap()
    }

    #[test]
    fn each_miss_has_a_cause_in_words_and_a_met_goal_none() {
        let kinds = [
            G::FailedPct(0.0),
            G::P99Ms(0.0),
            G::CostUsd(0.0),
            G::MinutesAbove(0),
            G::PeakInstances(1),
            G::BackAtMinBy(60),
            G::ScalingActions(0),
        ];
        let g = graded(&kinds);
        for r in &g.goals {
            let c = miss_causes(Lang::En, r, &g);
            if r.met {
                assert!(c.is_empty());
            } else {
                assert!(!c.is_empty() && c.iter().all(|l| !l.contains('{')), "{:?}: {c:?}", r.kind);
            }
        }
        let cost = miss_causes(Lang::En, &g.goals[2], &g).join(" ");
        assert!(cost.starts_with("Cost by part: instances $0.0"), "{cost}");
        assert!(cost.contains("load balancer $0.0"), "{cost}");
        let ko = miss_causes(Lang::Ko, &g.goals[4], &g).join(" ");
        assert!(ko.contains("인스턴스가 3대까지"), "{ko}");
    }
}
