//! The ALB's routing state that outlives a second: the round-robin cursor, the cached routing
//! plan, the slow-start horizon and the steady cohort (`cohort.rs`). The flow pass
//! (`flow.rs`) reads and advances it every second.
//!
//! One rule keeps the cache honest: whatever changes a target's or an instance's state (a
//! launch, a termination, a health-check verdict, registration, the end of draining, a
//! command) calls [`Routing::invalidate`]. That ends the cohort, after bringing its members'
//! fields up to date, and makes the next flow pass recompute the plan.

use crate::cohort::Cohort;
use crate::instance::Instance;
use crate::views::TargetState;

/// Cached routing facts, valid until a target changes state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct RoutePlan {
    /// eligible targets [count]
    pub n: u64,
    /// failing open (no healthy target, some unhealthy)
    pub fail_open: bool,
}

/// Routing state: see the module docs.
#[derive(Clone, Debug, Default)]
pub(crate) struct Routing {
    /// round-robin cursor: rank of the next target [rank]
    pub cursor: usize,
    /// the cached plan; None after [`Routing::invalidate`] until the next flow pass
    plan: Option<RoutePlan>,
    /// some target is in slow start until [s]
    pub slow_start_until: u64,
    /// steady instances served as one group
    pub cohort: Cohort,
}

impl Routing {
    /// A target or instance changed state (module docs): end the cohort (it may form again at
    /// once) and recompute the plan on the next flow pass.
    pub fn invalidate(&mut self, insts: &mut [Instance]) {
        self.cohort.dissolve(insts);
        self.cohort.retry_at = 0;
        self.plan = None;
    }

    /// The routing plan, recomputed if a target changed state since it was made.
    pub fn plan(&mut self, insts: &[Instance]) -> RoutePlan {
        if let Some(p) = self.plan {
            return p;
        }
        let (mut healthy, mut unhealthy, mut routable) = (0u64, 0u64, 0u64);
        for i in insts {
            match i.target {
                TargetState::Healthy => healthy += 1,
                TargetState::Unhealthy => unhealthy += 1,
                _ => {}
            }
            if i.routable_state() {
                routable += 1;
            }
        }
        let fail_open = healthy == 0 && unhealthy > 0;
        let p = RoutePlan { n: if fail_open { routable } else { healthy }, fail_open };
        self.plan = Some(p);
        p
    }
}
