//! ASG Lab simulation engine: a deterministic, 1-second-tick model of an EC2 Auto Scaling
//! group behind an Application Load Balancer, with CloudWatch metrics and alarms and the
//! scaling policies that close the loop. Behaviour and numbers follow
//! `docs/aws-behaviour.md` (§ references in each file); undocumented behaviour is a
//! [`ModelSettings`] knob marked [OBS]/[EST].
//!
//! ```text
//!   Clients (TrafficSpec: patterns + Poisson noise, slider override, spikes)
//!      │ requests/s
//!      ▼
//!   ALB ──(round robin | least outstanding; healthy targets only; slow start;
//!      │   503 no target, fail-open when all unhealthy; draining → 502 at expiry)
//!      ▼
//!   ASG instances (Pending → InService → Terminating → Terminated, per AZ)
//!      │  CPU = base + served load + stress (credits may throttle), queue, latency
//!      ▼
//!   CloudWatch metrics (1-s ring 3 h, 1-min ring 3 days; basic = 5-min EC2 data)
//!      │  every minute
//!      ▼
//!   Alarms (M of N periods, missing data → OK / ALARM / INSUFFICIENT_DATA)
//!      │  actions (re-invoked while in ALARM)
//!      ▼
//!   Scaling policies (target tracking, step, simple, scheduled, predictive, HPA)
//!      │  combine: out if any, in only if all; predictive = floor
//!      ▼
//!   Desired capacity ──► reconcile: launch (AZ-balanced) / terminate (termination policy)
//!      └──────────────────────────────► back to the ASG instances (the loop)
//! ```
//!
//! # The 1-s tick (`Sim::tick`, second `t` → `t + 1`)
//! 1. Scenario events due at `t` (faults, and every live command recorded by the
//!    [`journal`]: the same point as a live `apply` at `now() == t`, see `journal.rs`).
//! 2. Scheduled actions due at `t` (+ configured lateness).
//! 3. Reconcile desired vs live instances (launch AZ-balanced / start terminating), only
//!    when they differ.
//! 4. Lifecycle: Pending → InService (ALB registration), draining → Terminated.
//! 5. ALB target health checks that are due; every `asg_health_poll_s` the ASG health poll
//!    and unhealthy replacement.
//! 6. Traffic: offered rate → Poisson arrivals → ONE pass over the fleet (`flow.rs`):
//!    routing, serving (CPU, credits, queue, 502/504/500), per-instance metric sums →
//!    request ledger. Steady instances (healthy, empty queue, nothing to tell them apart)
//!    are served as one cohort in O(1) with closed-form sums (`cohort.rs`).
//! 7. Metrics for second `t` (1-s row, current 1-min buckets), ALB/LCU billing,
//!    simple-scaling cooldown bookkeeping.
//! 8. `t += 1`. Every 15 s: HPA sync. Every minute: close the minute (per-instance and group
//!    datapoints, latency quantiles, cost), at a UTC hour the predictive history/forecast,
//!    then evaluate alarms, run alarm-driven policies and predictive scaling, reconcile,
//!    AZ rebalance. Terminated instances are dropped `keep_terminated_s` after their end.
//!
//! Decisions made at the end of second `t` are stamped `t + 1` = `now()`: e.g. the minute
//! [120, 180) closes at now = 180 and a launch it causes has `launched_at == 180`.
//!
//! Determinism: seeded PCG generators only (ids, traffic, tie-breaks on separate streams),
//! transcendental maths through `libm`, no hash-map iteration, no clock. Memory is bounded:
//! fixed rings for metrics, capped activity/alarm histories, dropped terminated instances.
// Unit tests may unwrap: that is how a test says "this must be there".
#![cfg_attr(test, allow(clippy::unwrap_used))]

// Lets unit tests include the scenarios `tests/common` writes with `asg_engine::` paths.
#[cfg(test)]
extern crate self as asg_engine;

pub mod account;
pub mod activity;
pub mod alarms;
pub mod alb;
pub mod anomaly;
mod apply;
pub mod billing;
pub mod capacity;
pub mod catalog;
pub mod challenge;
mod cohort;
pub mod command;
mod control;
pub mod credits;
mod decide;
mod engine;
mod error;
mod fleet;
mod flow;
pub mod ids;
pub mod instance;
pub mod journal;
pub mod latency;
pub mod limits;
pub mod load;
pub mod metric;
mod outside;
pub mod policies;
pub mod policy_spec;
pub mod prices;
mod record;
mod replay;
mod routing;
pub mod scenario;
mod series;
mod settings;
mod shadow;
mod shadow_spec;
mod snapshot;
mod stats;
pub mod store;
pub mod termination;
pub mod trace;
pub mod traffic;
pub mod utc;
pub mod views;
pub mod why;

pub use activity::{Activity, ActivityKind, ActivityStatus};
pub use alarms::{Alarm, AlarmHistoryItem, AlarmRole, AlarmState};
pub use catalog::{CreditMode, InstanceType, Region};
pub use command::{Command, CommandError};
pub use engine::Shadow;
pub use engine::Sim;
pub use error::SpecError;
pub use ids::{InstanceId, InstanceRef};
pub use journal::{to_event, Journal};
pub use metric::{Datapoint, Metric, Statistic};
pub use policy_spec::{
    validate_policy, AdjustmentType, AlarmSpec, Comparison, MissingData, PolicySpec, PredictiveMode, Recurrence,
    ScheduledActionSpec, StepAdjustment, TtMetric, MAX_POLICIES,
};
pub use scenario::{
    AlbSpec, Algorithm, EventAction, GroupSpec, HealthCheckType, ModelSettings, Monitoring, Scenario, ScheduledEvent,
    TerminationPolicy,
};
pub use shadow::MAX_SHADOWS;
pub use shadow_spec::{Basis, ShadowSpec};
pub use stats::MinutePoint;
pub use store::GROUP_METRICS;
pub use traffic::{Pattern, TrafficSpec};
pub use views::{
    AzView, FailureCauses, InstanceView, Ledger, LifecycleCounts, LifecycleState, RunSummary, Snapshot, TargetState,
};
pub use why::{Breach, Reason, TtFacts, Why};
