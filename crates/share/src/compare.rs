//! `cmp=`: which runs the comparison shows beside the live group, as the link writes them
//! (`cmp=avg,peak:12,alt:step`), and the alternative policy sets a learner can pick. The
//! view model words them (`asg_view_model::compare`); here they are link vocabulary only.

use asg_engine::{AdjustmentType, AlarmSpec, Basis, Comparison, PolicySpec, ShadowSpec, StepAdjustment, TtMetric};

/// One comparison run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareRun {
    /// A fixed fleet sized for `basis`, or of `n` instances when the learner chose a size.
    Fixed {
        /// what the size stands for
        basis: Basis,
        /// chosen size [instances]; None = from the traffic
        n: Option<u32>,
    },
    /// The live group's settings with another policy set.
    Alt(Alternative),
}

/// The runs shown when a link does not say: the two fixed fleets.
pub const DEFAULT_RUNS: [CompareRun; 2] =
    [CompareRun::Fixed { basis: Basis::Average, n: None }, CompareRun::Fixed { basis: Basis::Peak, n: None }];

/// A policy set to compare with (the chooser names each one in the view model).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alternative {
    /// target tracking on CPU at 30 %
    Tt30,
    /// target tracking on CPU at 70 %
    Tt70,
    /// step scaling: out above 60 %, in below 30 %
    Step,
    /// simple scaling without cooldown (it thrashes)
    Simple,
    /// no policy at all
    None,
}

impl Alternative {
    /// Every policy set on offer, in the chooser's order.
    pub const ALL: [Alternative; 5] =
        [Alternative::Tt30, Alternative::Tt70, Alternative::Step, Alternative::Simple, Alternative::None];

    /// Its link id (`alt:<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Alternative::Tt30 => "tt30",
            Alternative::Tt70 => "tt70",
            Alternative::Step => "step",
            Alternative::Simple => "simple",
            Alternative::None => "none",
        }
    }

    /// The set whose link id is `id`.
    pub fn from_id(id: &str) -> Option<Alternative> {
        Alternative::ALL.into_iter().find(|a| a.id() == id)
    }

    /// Its policies.
    pub fn policies(self) -> Vec<PolicySpec> {
        match self {
            Alternative::Tt30 => tt(30.0),
            Alternative::Tt70 => tt(70.0),
            Alternative::Step => step(),
            Alternative::Simple => simple(),
            Alternative::None => Vec::new(),
        }
    }
}

fn tt(target: f64) -> Vec<PolicySpec> {
    vec![PolicySpec::TargetTracking {
        name: format!("cpu{target}"),
        metric: TtMetric::ASGAverageCPUUtilization,
        target,
        disable_scale_in: false,
        warmup_s: None,
    }]
}

fn step() -> Vec<PolicySpec> {
    let s = |lower, upper, adjustment| StepAdjustment { lower, upper, adjustment };
    vec![
        PolicySpec::Step {
            name: "step-out".into(),
            alarm: AlarmSpec::cpu("step-out-alarm", Comparison::GreaterThanThreshold, 60.0, 1, 1),
            adjustment_type: AdjustmentType::ChangeInCapacity,
            steps: vec![s(Some(0.0), Some(20.0), 1), s(Some(20.0), None, 2)],
            min_adjustment_magnitude: None,
            warmup_s: None,
        },
        PolicySpec::Step {
            name: "step-in".into(),
            alarm: AlarmSpec::cpu("step-in-alarm", Comparison::LessThanThreshold, 30.0, 5, 5),
            adjustment_type: AdjustmentType::ChangeInCapacity,
            steps: vec![s(None, Some(0.0), -1)],
            min_adjustment_magnitude: None,
            warmup_s: None,
        },
    ]
}

fn simple() -> Vec<PolicySpec> {
    let p = |name: &str, cmp, threshold, adjustment| PolicySpec::Simple {
        name: name.into(),
        alarm: AlarmSpec::cpu(&format!("{name}-alarm"), cmp, threshold, 1, 1),
        adjustment_type: AdjustmentType::ChangeInCapacity,
        adjustment,
        cooldown_s: Some(0),
    };
    vec![p("out", Comparison::GreaterThanThreshold, 60.0, 1), p("in", Comparison::LessThanThreshold, 50.0, -1)]
}

impl CompareRun {
    /// What the engine runs for it.
    pub fn spec(self) -> ShadowSpec {
        match self {
            CompareRun::Fixed { basis, n } => ShadowSpec::Fixed { basis, n },
            CompareRun::Alt(a) => ShadowSpec::Policies { id: a.id().into(), policies: a.policies() },
        }
    }

    /// Its link text: `avg`, `avg:5`, `peak`, `peak:12`, `alt:step`.
    pub fn code(self) -> String {
        let fixed = |b: Basis| if b == Basis::Average { "avg" } else { "peak" };
        match self {
            CompareRun::Fixed { basis, n: None } => fixed(basis).into(),
            CompareRun::Fixed { basis, n: Some(n) } => format!("{}:{n}", fixed(basis)),
            CompareRun::Alt(a) => format!("alt:{}", a.id()),
        }
    }

    /// Reads one link item; None if it is not one (sizes must be 0 ≤ n ≤ `max_size`).
    pub fn parse(s: &str, max_size: u32) -> Option<CompareRun> {
        let (head, arg) = match s.split_once(':') {
            Some((h, a)) => (h, Some(a)),
            None => (s, None),
        };
        let basis = match head {
            "avg" => Basis::Average,
            "peak" => Basis::Peak,
            "alt" => return arg.and_then(Alternative::from_id).map(CompareRun::Alt),
            _ => return None,
        };
        let n = match arg {
            None => None,
            Some(a) if a.len() <= 3 && !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()) => {
                Some(a.parse::<u32>().ok().filter(|n| *n <= max_size)?)
            }
            Some(_) => return None,
        };
        Some(CompareRun::Fixed { basis, n })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::{Scenario, Sim};

    #[test]
    fn link_text_round_trips_and_rejects_junk() {
        let runs = [
            CompareRun::Fixed { basis: Basis::Average, n: None },
            CompareRun::Fixed { basis: Basis::Peak, n: Some(12) },
            CompareRun::Alt(Alternative::Step),
        ];
        for r in runs {
            assert_eq!(CompareRun::parse(&r.code(), 500), Some(r), "{}", r.code());
        }
        assert_eq!(runs.map(|r| r.code()), ["avg", "peak:12", "alt:step"]);
        for junk in ["", "avg:", "avg:-1", "avg:501", "peak:1e3", "alt:", "alt:nope", "mean", "avg:99999"] {
            assert_eq!(CompareRun::parse(junk, 500), None, "{junk}");
        }
    }

    #[test]
    fn every_alternative_is_a_valid_policy_set() {
        for a in Alternative::ALL {
            let mut sim = Sim::new(Scenario::default());
            sim.add_shadow(CompareRun::Alt(a).spec()).unwrap_or_else(|e| panic!("{}: {e}", a.id()));
            sim.step(600);
        }
    }
}
