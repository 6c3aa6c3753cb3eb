//! What a step still lacks, and what the account accepted that breaks later: facts read from
//! the account's state (never from clicks on the guide), each a [`Gap`] the view model words
//! in the learner's language (docs/aws-behaviour.md §11).
//!
//! ```text
//!   step_gaps(step) ──► [Gap]   blocking: why the step is not done
//!                               warning:  accepted by AWS, breaks later (no key pair, HTTP
//!                                         closed, the step-2 instance left in the target group)
//! ```

use super::bill::Billable;
use super::guide::StepState;
use super::resources::*;
use super::step::Step;
use super::{Account, Event};
use crate::catalog::{InstanceType, Region};

/// One thing a step lacks, or a warning about something that will break later.
#[derive(Clone, Debug, PartialEq)]
pub enum Gap {
    /// step 2: no instance launched in the region shown
    NoInstance,
    /// step 2: the instance is not from the Bitnami WordPress image
    NotWordPress {
        /// instance id
        id: String,
    },
    /// step 2: the instance is not a t2.micro
    NotT2Micro {
        /// instance id
        id: String,
        /// its type
        itype: InstanceType,
    },
    /// step 2: the instance is not in Seoul
    NotSeoul {
        /// instance id
        id: String,
        /// its region
        region: Region,
    },
    /// step 2: the instance is still booting
    Booting {
        /// instance id
        id: String,
    },
    /// warning: launched without a key pair (ssh in step 6 will be impossible)
    NoKeyPair {
        /// instance id
        id: String,
    },
    /// warning: the instance's security groups do not allow HTTP (port 80)
    HttpClosed {
        /// instance id
        id: String,
    },
    /// step 3: no target group
    NoTargetGroup,
    /// step 3: the target group has no registered instance
    NothingRegistered {
        /// target group name
        target_group: String,
    },
    /// step 3: no load balancer forwards to a target group
    NoLoadBalancer,
    /// step 3: the load balancer is still provisioning
    Provisioning {
        /// load balancer name
        name: String,
    },
    /// step 3: the load balancer's security groups do not allow HTTP from the internet
    AlbClosed {
        /// load balancer name
        name: String,
    },
    /// step 3: a target is not healthy, with the console's reason code
    TargetNotHealthy {
        /// instance id
        instance: String,
        /// health now
        health: Health,
        /// AWS reason code (`Target.Timeout`, …)
        reason: Option<&'static str>,
    },
    /// step 4: no AMI
    NoImage,
    /// step 4: the AMI is still pending
    ImagePending {
        /// AMI id
        id: String,
    },
    /// step 5: no launch template
    NoTemplate,
    /// step 5: no Auto Scaling group
    NoGroup,
    /// step 5: the group is attached to no target group
    GroupWithoutTargetGroup {
        /// group name
        group: String,
    },
    /// step 5: the group's launches fail (EC2's message)
    LaunchesFail {
        /// EC2's error
        message: String,
    },
    /// step 5: no instance of the group is InService and healthy behind the load balancer yet
    GroupNotServing {
        /// group name
        group: String,
    },
    /// warning: the step-2 instance is still registered beside the group
    Step2InTargetGroup {
        /// instance id
        instance: String,
        /// target group name
        target_group: String,
    },
    /// warning: the group has no scaling policy (step 6 will not scale it out)
    NoPolicy {
        /// group name
        group: String,
    },
    /// step 6: `stress` has not run on one of the group's instances
    NotStressed,
    /// step 6: `stress` ran on the step-2 instance, which is not the group's
    StressedOutsideGroup {
        /// instance id
        id: String,
    },
    /// step 6: `stress` runs; the alarm needs 3 datapoints above the target first
    AwaitingScaleOut {
        /// stress began [s]
        since: u64,
    },
    /// step 7: a resource still bills
    StillBilling {
        /// kind
        kind: Billable,
        /// id or name
        id: String,
        /// its region
        region: Region,
        /// per month if left [USD/month]
        per_month_usd: f64,
    },
    /// step 7 (and any step): resources exist in a region other than the one shown
    OtherRegion {
        /// the region
        region: Region,
        /// resources there [count]
        count: usize,
    },
}

impl Gap {
    /// A warning (AWS accepted it; it breaks later) rather than what keeps the step open.
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Gap::NoKeyPair { .. } | Gap::HttpClosed { .. } | Gap::Step2InTargetGroup { .. } | Gap::NoPolicy { .. }
        )
    }
}

impl Account {
    /// What step `step` still lacks (empty when done), then the warnings that belong to it.
    pub fn step_gaps(&self, step: Step) -> Vec<Gap> {
        let mut v = Vec::new();
        let done = self.step_state(step) == StepState::Done;
        match step {
            Step::Why => {}
            Step::Launch => self.launch_gaps(done, &mut v),
            Step::LoadBalancer if !done => self.alb_gaps(&mut v),
            Step::Image if !done => match self.images().next() {
                None => v.push(Gap::NoImage),
                Some(i) if i.state == ImageState::Pending => v.push(Gap::ImagePending { id: i.id.clone() }),
                Some(_) => {}
            },
            Step::Group => self.group_gaps(done, &mut v),
            Step::Stress if !done => self.stress_gaps(&mut v),
            Step::CleanUp if !done && self.cleanup_due() => {
                for l in self.bill().into_iter().filter(|l| l.per_hour_usd > 0.0) {
                    let (kind, id, region, per_month_usd) = (l.kind, l.id.clone(), l.region, l.per_month_usd());
                    v.push(Gap::StillBilling { kind, id, region, per_month_usd });
                }
            }
            Step::LoadBalancer | Step::Image | Step::Stress | Step::CleanUp => {}
        }
        if step == Step::CleanUp || step == Step::Launch {
            v.extend(self.other_regions());
        }
        v
    }

    /// Step 7 is begun, or due (the group has served): what still bills is worth saying.
    fn cleanup_due(&self) -> bool {
        self.step_state(Step::CleanUp) == StepState::Started || self.step_state(Step::Group) == StepState::Done
    }

    /// Resources in regions other than the one shown [region, count].
    pub fn other_regions(&self) -> Vec<Gap> {
        let mut out: Vec<Gap> = Vec::new();
        for region in Region::ALL.into_iter().filter(|r| *r != self.region) {
            let live = |s: InstanceState| s != InstanceState::Terminated;
            let count = self.keys.iter().filter(|k| k.region == region).count()
                + self.sgs.iter().filter(|g| g.region == region && !g.is_default).count()
                + self.instances.iter().filter(|i| i.region == region && live(i.state)).count()
                + self.tgs.iter().filter(|g| g.region == region).count()
                + self.lbs.iter().filter(|l| l.region == region).count()
                + self.images.iter().filter(|i| i.region == region).count()
                + self.snapshots.iter().filter(|s| s.region == region).count()
                + self.templates.iter().filter(|l| l.region == region).count()
                + usize::from(self.group.as_ref().is_some_and(|g| g.region == region));
            if count > 0 {
                out.push(Gap::OtherRegion { region, count });
            }
        }
        out
    }

    fn launch_gaps(&self, done: bool, v: &mut Vec<Gap>) {
        let live = |i: &&Ec2Instance| matches!(i.state, InstanceState::Pending | InstanceState::Running);
        let mine: Vec<&Ec2Instance> = self.instances.iter().filter(live).collect();
        if !done {
            match mine.iter().find(|i| i.base == Catalogue::BitnamiWordPress).or(mine.first()) {
                None => v.push(Gap::NoInstance),
                Some(i) => {
                    let id = i.id.clone();
                    if i.base != Catalogue::BitnamiWordPress {
                        v.push(Gap::NotWordPress { id: id.clone() });
                    }
                    if i.itype != InstanceType::T2Micro {
                        v.push(Gap::NotT2Micro { id: id.clone(), itype: i.itype });
                    }
                    if i.region != Region::ApNortheast2 {
                        v.push(Gap::NotSeoul { id: id.clone(), region: i.region });
                    }
                    if i.state == InstanceState::Pending {
                        v.push(Gap::Booting { id });
                    }
                }
            }
        }
        for i in mine.iter().filter(|i| i.base == Catalogue::BitnamiWordPress) {
            if i.key.is_none() {
                v.push(Gap::NoKeyPair { id: i.id.clone() });
            }
            // from anywhere or from the load balancer's group: any rule for port 80 opens it
            let http =
                i.groups.iter().any(|g| self.sgs.iter().any(|s| &s.id == g && s.rules.iter().any(|r| r.port == 80)));
            if !http {
                v.push(Gap::HttpClosed { id: i.id.clone() });
            }
        }
    }

    fn alb_gaps(&self, v: &mut Vec<Gap>) {
        match self.target_groups().next() {
            None => v.push(Gap::NoTargetGroup),
            Some(tg) if tg.targets.is_empty() && !self.group().is_some_and(|g| g.target_groups.contains(&tg.arn)) => {
                v.push(Gap::NothingRegistered { target_group: tg.name.clone() })
            }
            Some(_) => {}
        }
        let lb = self.load_balancers().find(|l| l.listener.is_some());
        match lb {
            None => v.push(Gap::NoLoadBalancer),
            Some(l) => {
                if self.now() < l.active_at {
                    v.push(Gap::Provisioning { name: l.name.clone() });
                }
                let open = self.sgs.iter().filter(|s| l.groups.contains(&s.id)).any(|s| s.admits(80, true, &[]));
                if !open {
                    v.push(Gap::AlbClosed { name: l.name.clone() });
                }
            }
        }
        for x in self.target_groups().flat_map(|g| g.targets.iter()).filter(|x| x.health != Health::Healthy) {
            v.push(Gap::TargetNotHealthy { instance: x.instance.clone(), health: x.health, reason: x.reason });
        }
    }

    fn group_gaps(&self, done: bool, v: &mut Vec<Gap>) {
        let Some(g) = self.group() else {
            if !done {
                if self.launch_templates().next().is_none() {
                    v.push(Gap::NoTemplate);
                }
                v.push(Gap::NoGroup);
            }
            return;
        };
        if !done {
            if g.target_groups.is_empty() {
                v.push(Gap::GroupWithoutTargetGroup { group: g.name.clone() });
            }
            if let Some(message) = super::group::launch_error(self) {
                v.push(Gap::LaunchesFail { message });
            }
            if !g.target_groups.is_empty() {
                v.push(Gap::GroupNotServing { group: g.name.clone() });
            }
        }
        if g.sim.scenario().policies.is_empty() {
            v.push(Gap::NoPolicy { group: g.name.clone() });
        }
        for tg in self.tgs.iter().filter(|tg| g.target_groups.contains(&tg.arn)) {
            for x in tg.targets.iter().filter(|x| x.health != Health::Draining) {
                v.push(Gap::Step2InTargetGroup { instance: x.instance.clone(), target_group: tg.name.clone() });
            }
        }
    }

    fn stress_gaps(&self, v: &mut Vec<Gap>) {
        let in_group = self.history.iter().find_map(|(t, e)| match e {
            Event::Stressed { in_group: true, .. } => Some(*t),
            _ => None,
        });
        match in_group {
            Some(since) => v.push(Gap::AwaitingScaleOut { since }),
            None => {
                let outside = self.history.iter().find_map(|(_, e)| match e {
                    Event::Stressed { id, in_group: false } => Some(id.clone()),
                    _ => None,
                });
                if let Some(id) = outside {
                    v.push(Gap::StressedOutsideGroup { id });
                }
                v.push(Gap::NotStressed);
            }
        }
    }
}
