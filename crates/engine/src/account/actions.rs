//! Everything a learner can do to the account, one [`Action`] per console request, and the
//! forms the create wizards submit: data only (`dispatch.rs` carries them out).

use super::resources::{Catalogue, ImageRef, Rule};
use crate::catalog::{InstanceType, Region};

/// The launch wizard's form (step 2).
#[derive(Clone, Debug, PartialEq)]
pub struct InstanceForm {
    /// Name tag
    pub name: String,
    /// image
    pub image: ImageRef,
    /// instance type
    pub itype: InstanceType,
    /// key pair name ("Proceed without a key pair" = None)
    pub key: Option<String>,
    /// AZ index of the subnet (None: "No preference")
    pub az: Option<u32>,
    /// auto-assign a public IP
    pub public_ip: bool,
    /// existing security groups (ids)
    pub groups: Vec<String>,
    /// or a new group with these rules (`launch-wizard-N`)
    pub new_group: Option<Vec<Rule>>,
    /// root volume [GiB]
    pub volume_gb: u32,
}

impl InstanceForm {
    /// The wizard's defaults for `image`, as the assignment fills them in: t2.micro, a new
    /// security group with SSH from anywhere (the console's default) — the assignment adds
    /// HTTP from the internet.
    pub fn assignment(key: &str) -> InstanceForm {
        use super::resources::Source;
        InstanceForm {
            name: "wordpress".into(),
            image: ImageRef::Catalogue(Catalogue::BitnamiWordPress),
            itype: InstanceType::T2Micro,
            key: Some(key.into()),
            az: Some(0),
            public_ip: true,
            groups: Vec::new(),
            new_group: Some(vec![Rule { port: 22, source: Source::MyIp }, Rule { port: 80, source: Source::Anywhere }]),
            volume_gb: 8,
        }
    }
}

/// The create-load-balancer form (step 3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadBalancerForm {
    /// name
    pub name: String,
    /// internet-facing (false: internal)
    pub internet_facing: bool,
    /// AZ indices of the chosen subnets
    pub azs: Vec<u32>,
    /// security group ids
    pub groups: Vec<String>,
    /// listener HTTP port
    pub port: u16,
    /// default action: forward to this target group (name)
    pub target_group: String,
}

/// The create-launch-template form (step 5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateForm {
    /// name
    pub name: String,
    /// image
    pub image: ImageRef,
    /// instance type
    pub itype: InstanceType,
    /// key pair name
    pub key: Option<String>,
    /// security group ids
    pub groups: Vec<String>,
    /// "Detailed CloudWatch monitoring": Enable (the console's default is "Don't include in
    /// launch template", which is basic monitoring)
    pub detailed_monitoring: bool,
}

/// The create-Auto-Scaling-group wizard (step 5).
#[derive(Clone, Debug, PartialEq)]
pub struct GroupForm {
    /// name
    pub name: String,
    /// launch template name and version (None: Default)
    pub template: String,
    /// version number (None: the default version, 1)
    pub version: Option<u32>,
    /// AZ indices of the chosen subnets
    pub azs: Vec<u32>,
    /// attach to this existing target group (name)
    pub target_group: Option<String>,
    /// "Turn on Elastic Load Balancing health checks"
    pub elb_health: bool,
    /// health check grace period [s]
    pub grace_s: u32,
    /// desired capacity [instances]
    pub desired: u32,
    /// minimum [instances]
    pub min: u32,
    /// maximum [instances]
    pub max: u32,
    /// target tracking on average CPU: target [%] and instance warmup [s] (None: no policy)
    pub cpu_target: Option<(f64, u32)>,
}

/// One console request.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// the learner read step 1 (why Auto Scaling) and its comparison
    ReadWhy,
    /// the region picker
    SetRegion(Region),
    /// Create key pair (the .pem is downloaded)
    CreateKeyPair(String),
    /// A line typed into step 6's terminal (`^C` interrupts)
    Shell(String),
    /// Delete key pair
    DeleteKeyPair(String),
    /// Create security group (name, description, inbound rules)
    CreateSecurityGroup {
        /// group name
        name: String,
        /// description
        description: String,
        /// inbound rules
        rules: Vec<Rule>,
    },
    /// Add an inbound rule
    AddRule {
        /// security group id
        group: String,
        /// the inbound rule
        rule: Rule,
    },
    /// Remove an inbound rule (RevokeSecurityGroupIngress)
    RevokeRule {
        /// security group id
        group: String,
        /// the inbound rule
        rule: Rule,
    },
    /// Delete security group (id)
    DeleteSecurityGroup(String),
    /// Launch instance
    RunInstance(InstanceForm),
    /// Terminate instance (id: a wizard instance or one of the group's)
    TerminateInstance(String),
    /// `stress` on an instance for a duration [s] with `workers` CPU hogs (from the terminal)
    Stress {
        /// instance id
        instance: String,
        /// how long [s] (0 stops it)
        duration_s: u64,
        /// CPU workers [count]
        workers: u32,
    },
    /// Create target group (name, port, health-check path, instances to register)
    CreateTargetGroup {
        /// target group name
        name: String,
        /// port the targets listen on
        port: u16,
        /// health-check path
        hc_path: String,
        /// instance ids to register
        register: Vec<String>,
    },
    /// Register an instance
    RegisterTarget {
        /// target group name
        target_group: String,
        /// instance id
        instance: String,
    },
    /// Deregister an instance
    DeregisterTarget {
        /// target group name
        target_group: String,
        /// instance id
        instance: String,
    },
    /// Delete target group (name)
    DeleteTargetGroup(String),
    /// Create Application Load Balancer
    CreateLoadBalancer(LoadBalancerForm),
    /// Delete load balancer (name; its listener goes with it)
    DeleteLoadBalancer(String),
    /// Create image from an instance (instance id, AMI name, no reboot)
    CreateImage {
        /// instance id
        instance: String,
        /// AMI name
        name: String,
        /// "No reboot" ticked
        no_reboot: bool,
    },
    /// Deregister AMI (id)
    DeregisterImage(String),
    /// Delete snapshot (id)
    DeleteSnapshot(String),
    /// Create launch template
    CreateLaunchTemplate(TemplateForm),
    /// Delete launch template (name)
    DeleteLaunchTemplate(String),
    /// Create Auto Scaling group
    CreateGroup(GroupForm),
    /// Delete Auto Scaling group (the console's delete: its instances are terminated)
    DeleteGroup(String),
    /// Edit the Auto Scaling group (UpdateAutoScalingGroup): capacity and subnets; None
    /// leaves a value as it is
    UpdateGroup {
        /// Auto Scaling group name
        group: String,
        /// MinSize [instances]
        min: Option<u32>,
        /// MaxSize [instances]
        max: Option<u32>,
        /// DesiredCapacity [instances]
        desired: Option<u32>,
        /// the subnets' AZ indices (0 = `a`)
        azs: Option<Vec<u32>>,
    },
    /// Attach a target group to the Auto Scaling group (AttachLoadBalancerTargetGroups)
    AttachTargetGroup {
        /// Auto Scaling group name
        group: String,
        /// target group name
        target_group: String,
    },
    /// Detach a target group from the Auto Scaling group (DetachLoadBalancerTargetGroups)
    DetachTargetGroup {
        /// Auto Scaling group name
        group: String,
        /// target group name
        target_group: String,
    },
    /// A change to the group's engine from the live console (capacity, policies, …), as the
    /// ready-made exercise's controls make it
    Engine(crate::Command),
}

impl Action {
    /// Does it delete a resource (or terminate an instance)? Every request is named, so a new
    /// one must say.
    pub fn deletes(&self) -> bool {
        match self {
            Action::DeleteKeyPair(_)
            | Action::DeleteSecurityGroup(_)
            | Action::TerminateInstance(_)
            | Action::DeleteTargetGroup(_)
            | Action::DeleteLoadBalancer(_)
            | Action::DeregisterImage(_)
            | Action::DeleteSnapshot(_)
            | Action::DeleteLaunchTemplate(_)
            | Action::DeleteGroup(_) => true,
            Action::ReadWhy
            | Action::SetRegion(_)
            | Action::CreateKeyPair(_)
            | Action::Shell(_)
            | Action::CreateSecurityGroup { .. }
            | Action::AddRule { .. }
            | Action::RevokeRule { .. }
            | Action::UpdateGroup { .. }
            | Action::AttachTargetGroup { .. }
            | Action::DetachTargetGroup { .. }
            | Action::RunInstance(_)
            | Action::Stress { .. }
            | Action::CreateTargetGroup { .. }
            | Action::RegisterTarget { .. }
            | Action::DeregisterTarget { .. }
            | Action::CreateLoadBalancer(_)
            | Action::CreateImage { .. }
            | Action::CreateLaunchTemplate(_)
            | Action::CreateGroup(_)
            | Action::Engine(_) => false,
        }
    }
}
