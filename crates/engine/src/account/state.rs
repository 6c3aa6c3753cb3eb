//! The account's state: its clock, its resources of every region, what happened (the
//! checklist's events), the log of every request, and the console's lists of the region
//! shown. What changes it is in the files beside this one; `mod.rs` runs them.

use super::actions::Action;
use super::resources::*;
use super::scaling_group::Group;
use super::shell::Terminal;
use crate::catalog::Region;
use crate::scenario::{AlbSpec, ModelSettings};
use rand::RngExt;
use rand_pcg::Pcg64Mcg;

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
    Running {
        /// instance id
        id: String,
        /// its image underneath
        base: Catalogue,
        /// the assignment's instance: Bitnami WordPress, t2.micro, in Seoul
        bitnami_t2_seoul: bool,
    },
    /// a target became healthy behind a load balancer listener
    TargetHealthy {
        /// target group name
        target_group: String,
        /// instance id
        instance: String,
    },
    /// an AMI made from an instance became available
    ImageAvailable {
        /// AMI id
        id: String,
    },
    /// the group had an instance InService, registered in a target group
    GroupServing,
    /// `stress` ran on an instance (its id; `in_group`: one of the group's)
    Stressed {
        /// instance id
        id: String,
        /// one of the group's instances
        in_group: bool,
    },
    /// the group scaled out after `stress` ran on one of its instances
    ScaledOutUnderStress,
    /// once the group had served, the learner deleted a resource (step 7 has begun)
    CleanUpBegun,
}

/// The account.
pub struct Account {
    /// the region the console shows (resources of other regions are not listed)
    pub region: Region,
    /// now [s]
    pub(super) t: u64,
    /// ids
    rng: Pcg64Mcg,
    /// the engine's timing (boot, web server start, health checks)
    pub(crate) model: ModelSettings,
    /// the target groups' health-check settings
    pub(crate) hc: AlbSpec,
    /// the account's seed; the n-th group's engine gets `seed + n` (n from 0), so that a group
    /// made after a deleted one never reuses its instance ids or addresses
    pub(crate) seed: u64,
    /// Auto Scaling groups created so far [count]
    pub(crate) groups_created: u64,
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
    pub(super) log: Vec<(u64, Action)>,
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
            groups_created: 0,
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
        for region in Region::ALL {
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

    /// Every action applied so far with its second [s].
    pub fn log(&self) -> &[(u64, Action)] {
        &self.log
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

    /// The group's launch template, if it still exists (in the group's region).
    pub(crate) fn template_of(&self, g: &Group) -> Option<&LaunchTemplate> {
        self.templates.iter().find(|l| l.name == g.template.0 && l.region == g.region)
    }

    /// The version of it the group launches from, if both still exist.
    pub(crate) fn template_version_of(&self, g: &Group) -> Option<&TemplateVersion> {
        self.template_of(g)?.versions.get(g.template.1.saturating_sub(1) as usize)
    }

    /// Find a wizard-launched instance by id (any region).
    pub(crate) fn instance(&self, id: &str) -> Option<&Ec2Instance> {
        self.instances.iter().find(|i| i.id == id)
    }
}

/// `2026-01-01T09:03:00Z` for account second `t`.
pub fn utc_label(t: u64) -> String {
    crate::utc::iso(crate::scenario::DEFAULT_START_UTC_S + t as i64)
}
