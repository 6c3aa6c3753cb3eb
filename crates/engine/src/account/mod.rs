//! The simulated AWS account of the guided lab: the resources a learner creates in the
//! assignment's steps 2–5 and deletes in step 7, with AWS ids, states, timing, prices and the
//! console's rules and messages (docs/aws-behaviour.md §11).
//!
//! ```text
//!   key pair ─┐   security groups ──────────────┐
//!             ▼                                  ▼
//!   EC2 instance (step 2) ──register──► target group ◄──forward── ALB listener (step 3)
//!        │ create image (step 4)             ▲ health checks           ▲ browser pane
//!        ▼                                   │                         │
//!   AMI + EBS snapshot ──► launch template ──► Auto Scaling group (step 5) = the engine's
//!                                              `Sim`: its instances, ALB targets, CloudWatch
//!                                              alarms and policies (steps 6, 7)
//! ```
//!
//! Time is the account's own clock [s] from the lab's start. Every change is an [`Action`]
//! applied at `now()`, so a run is the list of timed actions (the link carries them). Time
//! moves with [`Account::advance_to`]: instances boot, targets pass their health checks,
//! images become available, and once the group exists its engine runs in lockstep (engine
//! second 0 = the account second the group was created).
//!
//! Instances launched from the wizard live here; the group's instances live in the engine
//! (one truth: the console's lists read them from it). A wizard instance registered in the
//! group's target group serves beside the group (`beside.rs`: the engine's outside targets).

mod actions;
mod beside;
mod bill;
mod dispatch;
mod ec2;
pub mod elb;
mod error;
pub mod gaps;
mod group;
pub mod guide;
mod images;
pub mod names;
pub mod report;
pub mod resources;
mod scaling_group;
mod shell;
mod state;
mod step;
mod stress;
mod terminal;

pub use actions::{Action, GroupForm, InstanceForm, LoadBalancerForm, TemplateForm};
pub use bill::{BillLine, Billable};
pub use elb::Page;
pub use error::{AccountError, LabRefusal, Missing};
pub use gaps::Gap;
pub use resources::*;
pub use scaling_group::Group;
pub use shell::Terminal;
pub use state::{utc_label, Account, Event, Log, ACCOUNT_ID, IMAGE_CREATE_S, LB_PROVISION_S, SHUTDOWN_S};
pub use step::Step;

// Time and requests: the only place that runs the files beside this one.
impl Account {
    /// Apply one action at `now()`.
    pub fn apply(&mut self, action: &Action) -> Result<(), AccountError> {
        self.log.push((self.t, action.clone()));
        dispatch::apply(self, action)
    }

    /// The account that `log` (in time order) makes from a fresh one with `seed`, at the last
    /// action's second or at `until` [s] if later. Refused actions are refused again.
    pub fn replay(seed: u64, log: &[(u64, Action)], until: u64) -> Account {
        let mut a = Account::new(seed);
        for (t, action) in log {
            a.advance_to(*t);
            let _ = a.apply(action);
        }
        a.advance_to(until);
        a
    }

    /// Let time run to `t` [s] (no-op if `t ≤ now()`).
    pub fn advance_to(&mut self, t: u64) {
        while self.t < t {
            // whole steps up to the next account event, so that states change on their second
            let next = self.next_change().unwrap_or(t).clamp(self.t + 1, t);
            self.t = next;
            self.settle();
        }
    }

    /// The earliest second after now at which a state here changes.
    fn next_change(&self) -> Option<u64> {
        let t = self.t;
        let mut best: Option<u64> = None;
        let mut at = |x: u64| {
            if x > t {
                best = Some(best.map_or(x, |b| b.min(x)));
            }
        };
        for i in &self.instances {
            at(i.running_at);
            if let Some(h) = i.http_from {
                at(h);
            }
            if let Some(e) = i.terminated_at {
                at(e);
            }
            at(i.stress_until);
        }
        for g in &self.tgs {
            for x in &g.targets {
                at(x.next_check);
                at(x.drain_until);
            }
        }
        for im in &self.images {
            at(im.available_at);
        }
        for lb in &self.lbs {
            at(lb.active_at);
        }
        if let Some(end) = self.terminal.busy_until() {
            at(end);
        }
        if self.group.is_some() {
            // the engine moves every second; the account reads it once a minute at most
            at(t + 60 - t % 60);
        }
        best
    }

    /// Bring states up to `now()`.
    fn settle(&mut self) {
        let t = self.t;
        ec2::settle(self, t);
        images::settle(self, t);
        elb::settle(self, t);
        group::settle(self, t);
        terminal::settle(self, t);
    }
}
