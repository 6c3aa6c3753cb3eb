//! The assignment's seven steps: which are done (from the account's state and history, never
//! from clicks on the guide) and "do this step for me" with the assignment's values.

use super::actions::{Action, GroupForm, InstanceForm, LoadBalancerForm, TemplateForm};
use super::resources::*;
use super::step::Step;
use super::{Account, AccountError, Event, LabRefusal, Missing};
use crate::catalog::InstanceType;

/// The assignment's names, so that "do it for me" and a learner following the course agree.
pub mod names {
    /// key pair
    pub const KEY: &str = "asg-lab-key";
    /// instance Name tag
    pub const INSTANCE: &str = "wordpress";
    /// target group
    pub const TARGET_GROUP: &str = "wordpress-tg";
    /// load balancer
    pub const LOAD_BALANCER: &str = "wordpress-alb";
    /// load balancer security group
    pub const ALB_SG: &str = "alb-sg";
    /// AMI
    pub const IMAGE: &str = "wordpress-ami";
    /// launch template
    pub const TEMPLATE: &str = "wordpress-template";
    /// Auto Scaling group
    pub const GROUP: &str = "wordpress-asg";
}

/// Where a step stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    /// nothing of it yet
    ToDo,
    /// begun, not finished (what is missing is in [`Account::step_missing`])
    Started,
    /// done
    Done,
}

impl Account {
    fn happened(&self, f: impl Fn(&Event) -> bool) -> bool {
        self.history.iter().any(|(_, e)| f(e))
    }

    /// Where step `n` stands.
    pub fn step_state(&self, n: Step) -> StepState {
        let done = match n {
            Step::Why => self.happened(|e| matches!(e, Event::ReadWhy)),
            Step::Launch => self.happened(|e| matches!(e, Event::Running { bitnami_t2_seoul: true, .. })),
            Step::LoadBalancer => self.happened(|e| matches!(e, Event::TargetHealthy { .. })),
            Step::Image => self.happened(|e| matches!(e, Event::ImageAvailable { .. })),
            Step::Group => self.happened(|e| matches!(e, Event::GroupServing)),
            Step::Stress => self.happened(|e| matches!(e, Event::ScaledOutUnderStress)),
            Step::CleanUp => self.step_state(Step::Group) == StepState::Done && !self.anything_billable(),
        };
        if done {
            return StepState::Done;
        }
        let started = match n {
            Step::Why => false,
            Step::Launch => !self.keys.is_empty() || !self.instances.is_empty(),
            Step::LoadBalancer => !self.tgs.is_empty() || !self.lbs.is_empty(),
            Step::Image => !self.images.is_empty(),
            Step::Group => !self.templates.is_empty() || self.group.is_some(),
            Step::Stress => self.happened(|e| matches!(e, Event::Stressed { .. })),
            Step::CleanUp => self.happened(|e| matches!(e, Event::CleanUpBegun)),
        };
        if started {
            StepState::Started
        } else {
            StepState::ToDo
        }
    }

    /// "Do this step for me" on step `n`: every earlier step not done yet is done first, each
    /// waited for until the checklist ticks it (at most an hour each), so that one click on
    /// step 6 starts `stress` in a finished steps 1–5; step 7 deletes everything, waiting for
    /// terminations between passes. Returns the actions applied, with their times [s].
    pub fn do_through(&mut self, n: Step) -> Result<Vec<(u64, Action)>, AccountError> {
        let mut done = Vec::new();
        if n == Step::CleanUp {
            // clean-up: pass after pass as the group's instances and the wizard's instance
            // terminate and release what they hold
            let give_up = self.now() + 3600;
            loop {
                done.extend(self.do_step(Step::CleanUp)?);
                let left = !self.cleanup_actions().is_empty() || self.anything_billable() || self.group.is_some();
                if !left || self.now() >= give_up {
                    return Ok(done);
                }
                self.advance_to(self.now() + 30);
            }
        }
        for k in n.before() {
            if self.step_state(k) == StepState::Done {
                continue;
            }
            done.extend(self.do_step(k)?);
            let give_up = self.now() + 3600;
            while self.step_state(k) != StepState::Done && self.now() < give_up {
                self.advance_to(self.now() + 30);
            }
        }
        done.extend(self.do_step(n)?);
        Ok(done)
    }

    /// "Do this step for me": wait for what step `n` needs (an instance running, an AMI
    /// available), then apply the assignment's actions for it. Returns the actions applied
    /// with their times [s], for the link.
    pub fn do_step(&mut self, n: Step) -> Result<Vec<(u64, Action)>, AccountError> {
        if let Some(w) = self.wait_for_step(n) {
            self.advance_to(w);
        }
        let mut done = Vec::new();
        for a in self.step_actions(n)? {
            self.apply(&a)?;
            done.push((self.now(), a));
        }
        Ok(done)
    }

    /// The first step not done (None: all seven are).
    pub fn current_step(&self) -> Option<Step> {
        Step::ALL.into_iter().find(|&n| self.step_state(n) != StepState::Done)
    }

    /// The assignment's actions for step `n` as they would be submitted now, or why the step
    /// cannot be done for the learner yet (an earlier step's resource is missing, or a state
    /// must be reached first: [`Account::wait_for_step`] says until when).
    pub fn step_actions(&self, n: Step) -> Result<Vec<Action>, AccountError> {
        use names::*;
        let missing = |m| AccountError::lab(LabRefusal::StepFirst(m));
        let wp = self.instances().find(|i| {
            i.base == Catalogue::BitnamiWordPress && matches!(i.state, InstanceState::Pending | InstanceState::Running)
        });
        Ok(match n {
            Step::Why => vec![Action::ReadWhy],
            Step::Launch => {
                let mut v = vec![Action::SetRegion(crate::catalog::Region::ApNortheast2)];
                if !self.key_pairs().any(|k| k.name == KEY) {
                    v.push(Action::CreateKeyPair(KEY.into()));
                }
                v.push(Action::RunInstance(InstanceForm::assignment(KEY)));
                v
            }
            Step::LoadBalancer => {
                let i = wp.ok_or_else(|| missing(Missing::WordPressInstance))?;
                let mut v = Vec::new();
                if !self.security_groups().any(|g| g.name == ALB_SG) {
                    v.push(Action::CreateSecurityGroup {
                        name: ALB_SG.into(),
                        description: "HTTP from the internet to the load balancer".into(),
                        rules: vec![Rule { port: 80, source: Source::Anywhere }],
                    });
                }
                if !self.target_groups().any(|g| g.name == TARGET_GROUP) {
                    v.push(Action::CreateTargetGroup {
                        name: TARGET_GROUP.into(),
                        port: 80,
                        hc_path: "/".into(),
                        register: vec![i.id.clone()],
                    });
                }
                v.push(Action::CreateLoadBalancer(LoadBalancerForm {
                    name: LOAD_BALANCER.into(),
                    internet_facing: true,
                    azs: vec![0, 2],
                    groups: vec![SgByName(ALB_SG).resolve(self)],
                    port: 80,
                    target_group: TARGET_GROUP.into(),
                }));
                v
            }
            Step::Image => {
                let i = wp.ok_or_else(|| missing(Missing::WordPressInstance))?;
                vec![Action::CreateImage { instance: i.id.clone(), name: IMAGE.into(), no_reboot: false }]
            }
            Step::Group => {
                let im = self.images().next().ok_or_else(|| missing(Missing::Image))?;
                let groups = wp.map(|i| i.groups.clone()).unwrap_or_default();
                let mut v = Vec::new();
                if !self.launch_templates().any(|l| l.name == TEMPLATE) {
                    v.push(Action::CreateLaunchTemplate(TemplateForm {
                        name: TEMPLATE.into(),
                        image: ImageRef::Own(im.id.clone()),
                        itype: InstanceType::T2Micro,
                        key: Some(KEY.into()),
                        groups,
                        detailed_monitoring: true,
                    }));
                }
                v.push(Action::CreateGroup(GroupForm {
                    name: GROUP.into(),
                    template: TEMPLATE.into(),
                    version: None,
                    azs: vec![0, 2],
                    target_group: Some(TARGET_GROUP.into()),
                    elb_health: true,
                    grace_s: 300,
                    desired: 1,
                    min: 1,
                    max: 3,
                    cpu_target: Some((50.0, 300)),
                }));
                v
            }
            Step::Stress => {
                let g = self.group.as_ref().ok_or_else(|| missing(Missing::Group))?;
                let s = g.sim.snapshot();
                let i = s
                    .group_instances()
                    .find(|i| i.lifecycle == crate::LifecycleState::InService)
                    .ok_or_else(|| missing(Missing::InServiceInstance))?;
                vec![Action::Stress { instance: i.id.to_string(), duration_s: 600, workers: 1 }]
            }
            Step::CleanUp => self.cleanup_actions(),
        })
    }

    /// Step 7 in AWS's order: the group (its instances go with it), the load balancer, the
    /// target group, the wizard instances, the AMIs, their snapshots, the launch templates,
    /// the security groups once nothing uses them (instances take a while to terminate: a
    /// second pass deletes them), the key pairs.
    pub fn cleanup_actions(&self) -> Vec<Action> {
        let mut v = Vec::new();
        if let Some(g) = self.group.as_ref().filter(|g| !g.deleting) {
            v.push(Action::DeleteGroup(g.name.clone()));
        }
        v.extend(self.lbs.iter().map(|l| Action::DeleteLoadBalancer(l.name.clone())));
        v.extend(self.tgs.iter().map(|g| Action::DeleteTargetGroup(g.name.clone())));
        v.extend(
            self.instances
                .iter()
                .filter(|i| matches!(i.state, InstanceState::Pending | InstanceState::Running))
                .map(|i| Action::TerminateInstance(i.id.clone())),
        );
        v.extend(self.images.iter().map(|i| Action::DeregisterImage(i.id.clone())));
        v.extend(self.snapshots.iter().map(|s| Action::DeleteSnapshot(s.id.clone())));
        v.extend(self.templates.iter().map(|l| Action::DeleteLaunchTemplate(l.name.clone())));
        // (the load balancer and the wizard's instances above release theirs at once)
        let released = |id: &str| {
            let by_instance = self
                .instances
                .iter()
                .any(|i| matches!(i.state, InstanceState::ShuttingDown) && i.groups.iter().any(|x| x == id));
            let by_group = self.group.as_ref().is_some_and(|g| g.groups.iter().any(|x| x == id));
            let by_rule = self.sgs.iter().any(|o| o.rules.iter().any(|r| r.source == Source::Group(id.into())));
            !(by_instance || by_group || by_rule)
        };
        v.extend(
            self.sgs
                .iter()
                .filter(|g| !g.is_default && g.region == self.region && released(&g.id))
                .map(|g| Action::DeleteSecurityGroup(g.id.clone())),
        );
        v.extend(self.keys.iter().map(|k| Action::DeleteKeyPair(k.name.clone())));
        v
    }

    /// The second at which step `n`'s inputs exist (an instance running, an AMI available,
    /// a group instance InService), if the account must wait for them first.
    pub fn wait_for_step(&self, n: Step) -> Option<u64> {
        let t = self.now();
        let later = |x: u64| (x > t).then_some(x);
        match n {
            Step::LoadBalancer | Step::Image => self
                .instances()
                .filter(|i| i.base == Catalogue::BitnamiWordPress)
                .map(|i| i.running_at)
                .min()
                .and_then(later),
            Step::Group => self.images().map(|i| i.available_at).min().and_then(later),
            Step::Why | Step::Launch | Step::Stress | Step::CleanUp => None,
        }
    }
}

/// A security group named in the same batch of actions, before it has an id.
struct SgByName(&'static str);

impl SgByName {
    /// Its id if it exists already, else `@name` (resolved when the batch is applied).
    fn resolve(&self, acc: &Account) -> String {
        acc.security_groups().find(|g| g.name == self.0).map_or_else(|| format!("@{}", self.0), |g| g.id.clone())
    }
}
