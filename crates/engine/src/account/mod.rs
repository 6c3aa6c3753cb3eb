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
//! (one truth: the console's lists read them from it). The account does not route the ALB's
//! traffic to a standalone target registered beside the group: the guided lab's traffic is a
//! learner opening a page, and its health and the browser pane are modelled here.

mod actions;
mod bill;
mod ec2;
pub mod elb;
mod error;
mod group;
pub mod guide;
mod images;
pub mod names;
pub mod resources;
mod terminal;

pub use actions::{Action, GroupForm, InstanceForm, LoadBalancerForm, TemplateForm};
pub use bill::{BillLine, Billable};
pub use elb::Page;
pub use error::{AccountError, LabRefusal, Missing};
pub use group::Group;
pub use resources::*;
pub use terminal::Terminal;

use crate::catalog::Region;
use crate::scenario::{AlbSpec, ModelSettings};
use rand::RngExt;
use rand_pcg::Pcg64Mcg;

/// The learner's public address as the console's "My IP" sees it (a documentation address,
/// RFC 5737).
pub const MY_IP: &str = "203.0.113.25";

/// The account number shown in ARNs (AWS's documentation example).
pub const ACCOUNT_ID: &str = "123456789012";

/// Creating an AMI of an 8 GiB volume: `pending` → `available` [s] (docs/aws-behaviour.md
/// §11 "Images": AWS gives no figure; a few minutes is what the console shows).
pub const IMAGE_CREATE_S: u64 = 240;

/// A new load balancer is `provisioning` for this long before `active` [s] (§11 "Load balancer").
pub const LB_PROVISION_S: u64 = 180;

/// A terminated instance stays listed (shutting-down) this long before `terminated` [s].
pub const SHUTDOWN_S: u64 = 30;

/// Requests with the account second each was made at [s], in order (the account's log).
pub type Log = Vec<(u64, Action)>;

/// Something that happened, for the checklist (like CloudTrail: kept after the resource is
/// gone).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// the learner read step 1 (why Auto Scaling) and its comparison
    ReadWhy,
    /// an instance reached `running`
    Running { id: String, base: Catalogue, bitnami_t2_seoul: bool },
    /// a target became healthy behind a load balancer listener
    TargetHealthy { target_group: String, instance: String },
    /// an AMI made from an instance became available
    ImageAvailable { id: String },
    /// the group had an instance InService, registered in a target group
    GroupServing,
    /// `stress` ran on an instance (its id; `in_group`: one of the group's)
    Stressed { id: String, in_group: bool },
    /// the group scaled out after `stress` ran on one of its instances
    ScaledOutUnderStress,
}

/// The account.
pub struct Account {
    /// the region the console shows (resources of other regions are not listed)
    pub region: Region,
    /// now [s]
    t: u64,
    /// ids
    rng: Pcg64Mcg,
    /// the engine's timing (boot, web server start, health checks)
    pub(crate) model: ModelSettings,
    /// the target groups' health-check settings
    pub(crate) hc: AlbSpec,
    /// the seed the group's engine gets
    pub(crate) seed: u64,
    pub(crate) keys: Vec<KeyPair>,
    pub(crate) sgs: Vec<SecurityGroup>,
    pub(crate) instances: Vec<Ec2Instance>,
    pub(crate) tgs: Vec<TargetGroup>,
    pub(crate) lbs: Vec<LoadBalancer>,
    pub(crate) images: Vec<Image>,
    pub(crate) snapshots: Vec<Snapshot>,
    pub(crate) templates: Vec<LaunchTemplate>,
    pub(crate) group: Option<Group>,
    /// what happened [s, event]
    pub(crate) history: Vec<(u64, Event)>,
    /// cost of deleted resources [USD]
    pub(crate) spent_usd: f64,
    /// step 6's terminal
    pub terminal: Terminal,
    /// every action applied, refused ones too, at its second [s]: replaying it from a fresh
    /// account with the same seed gives this account again (the link carries it)
    log: Vec<(u64, Action)>,
}

impl Account {
    /// A fresh account at second 0: the default VPC of every region with its default
    /// security group, nothing else.
    pub fn new(seed: u64) -> Account {
        let mut a = Account {
            region: Region::ApNortheast2,
            t: 0,
            rng: Pcg64Mcg::new(((seed as u128) << 64) | 0xacc0_u128 | 1),
            model: ModelSettings::default(),
            hc: AlbSpec::default(),
            seed,
            keys: Vec::new(),
            sgs: Vec::new(),
            instances: Vec::new(),
            tgs: Vec::new(),
            lbs: Vec::new(),
            images: Vec::new(),
            snapshots: Vec::new(),
            templates: Vec::new(),
            group: None,
            history: Vec::new(),
            spent_usd: 0.0,
            terminal: Terminal::default(),
            log: Vec::new(),
        };
        for region in [Region::ApNortheast2, Region::UsEast1] {
            let id = a.new_id("sg");
            a.sgs.push(SecurityGroup {
                id,
                name: "default".into(),
                description: "default VPC security group".into(),
                rules: Vec::new(),
                region,
                is_default: true,
                created_at: 0,
            });
        }
        a
    }

    /// Now [s].
    pub fn now(&self) -> u64 {
        self.t
    }

    /// `prefix-0` + 16 hex digits (`i`, `sg`, `ami`, `snap`, `lt`, `key`), as EC2 writes ids.
    pub(crate) fn new_id(&mut self, prefix: &str) -> String {
        let v: u64 = self.rng.random();
        format!("{prefix}-0{v:016x}")
    }

    /// 16 hex digits for an ARN's tail.
    pub(crate) fn new_hex16(&mut self) -> String {
        let v: u64 = self.rng.random();
        format!("{v:016x}")
    }

    /// A random number below `n`.
    pub(crate) fn below(&mut self, n: u32) -> u32 {
        self.rng.random_range(0..n.max(1))
    }

    /// Apply one action at `now()`.
    pub fn apply(&mut self, action: &Action) -> Result<(), AccountError> {
        self.log.push((self.t, action.clone()));
        actions::apply(self, action)
    }

    /// Every action applied so far with its second [s].
    pub fn log(&self) -> &[(u64, Action)] {
        &self.log
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
            if i.http_from != u64::MAX {
                at(i.http_from);
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

    /// Record an event once.
    pub(crate) fn record(&mut self, e: Event) {
        if !self.history.iter().any(|(_, x)| *x == e) {
            self.history.push((self.t, e));
        }
    }

    /// What happened so far [s, event].
    pub fn history(&self) -> &[(u64, Event)] {
        &self.history
    }

    // ---- the console's lists (the region shown only) ----

    /// Key pairs in the region shown.
    pub fn key_pairs(&self) -> impl Iterator<Item = &KeyPair> {
        self.keys.iter().filter(move |k| k.region == self.region)
    }
    /// Security groups in the region shown.
    pub fn security_groups(&self) -> impl Iterator<Item = &SecurityGroup> {
        self.sgs.iter().filter(move |g| g.region == self.region)
    }
    /// Instances launched from the wizard in the region shown (terminated ones stay listed
    /// for a while, as in the console).
    pub fn instances(&self) -> impl Iterator<Item = &Ec2Instance> {
        self.instances.iter().filter(move |i| i.region == self.region)
    }
    /// Target groups in the region shown.
    pub fn target_groups(&self) -> impl Iterator<Item = &TargetGroup> {
        self.tgs.iter().filter(move |g| g.region == self.region)
    }
    /// Load balancers in the region shown.
    pub fn load_balancers(&self) -> impl Iterator<Item = &LoadBalancer> {
        self.lbs.iter().filter(move |l| l.region == self.region)
    }
    /// AMIs ("My AMIs") in the region shown.
    pub fn images(&self) -> impl Iterator<Item = &Image> {
        self.images.iter().filter(move |i| i.region == self.region)
    }
    /// Snapshots in the region shown.
    pub fn snapshots(&self) -> impl Iterator<Item = &Snapshot> {
        self.snapshots.iter().filter(move |s| s.region == self.region)
    }
    /// Launch templates in the region shown.
    pub fn launch_templates(&self) -> impl Iterator<Item = &LaunchTemplate> {
        self.templates.iter().filter(move |l| l.region == self.region)
    }
    /// The Auto Scaling group, if it exists in the region shown.
    pub fn group(&self) -> Option<&Group> {
        self.group.as_ref().filter(|g| g.region == self.region)
    }
    /// The Auto Scaling group wherever it is (for the engine's view).
    pub fn group_mut(&mut self) -> Option<&mut Group> {
        self.group.as_mut()
    }

    /// Find a wizard-launched instance by id (any region).
    pub(crate) fn instance(&self, id: &str) -> Option<&Ec2Instance> {
        self.instances.iter().find(|i| i.id == id)
    }
}
