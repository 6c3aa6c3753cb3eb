//! The account's resources as the console lists them: AWS ids, states and creation times.
//! Times are account seconds [s] (see the module docs of `account`).

use crate::catalog::{InstanceType, Region};

/// The learner's public address as the console's "My IP" sees it (a documentation address,
/// RFC 5737).
pub const MY_IP: &str = "203.0.113.25";

/// An Amazon Machine Image the launch wizard offers (docs/aws-behaviour.md §11 "Images").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Catalogue {
    /// "WordPress Certified by Bitnami and Automattic" (AWS Marketplace, Debian based)
    BitnamiWordPress,
    /// "Amazon Linux 2023 AMI" (no web server installed)
    AmazonLinux2023,
}

impl Catalogue {
    /// Both, in the wizard's order.
    pub const ALL: [Catalogue; 2] = [Catalogue::BitnamiWordPress, Catalogue::AmazonLinux2023];

    /// The name the wizard shows.
    pub fn title(self) -> &'static str {
        match self {
            Catalogue::BitnamiWordPress => "WordPress Certified by Bitnami and Automattic",
            Catalogue::AmazonLinux2023 => "Amazon Linux 2023 AMI",
        }
    }
    /// The user name its images accept over ssh.
    pub fn ssh_user(self) -> &'static str {
        match self {
            Catalogue::BitnamiWordPress => "bitnami",
            Catalogue::AmazonLinux2023 => "ec2-user",
        }
    }
    /// Does an instance of it serve a web page on port 80 once booted?
    pub fn serves_http(self) -> bool {
        self == Catalogue::BitnamiWordPress
    }
    /// Root volume [GiB].
    pub fn root_gb(self) -> u32 {
        8
    }
}

/// Where an instance's image came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageRef {
    /// a catalogue image
    Catalogue(Catalogue),
    /// one of "My AMIs" (its id)
    Own(String),
}

/// A key pair (the private key was "downloaded" once, at creation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyPair {
    /// `key-0…`
    pub id: String,
    /// name (unique in the region)
    pub name: String,
    /// region it lives in
    pub region: Region,
    /// created [s]
    pub created_at: u64,
}

/// Where an inbound rule admits traffic from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// `0.0.0.0/0`
    Anywhere,
    /// the learner's address as the console saw it ("My IP", a /32)
    MyIp,
    /// members of another security group (its id)
    Group(String),
}

impl Source {
    /// As the console's rule table shows it.
    pub fn label(&self) -> String {
        match self {
            Source::Anywhere => "0.0.0.0/0".into(),
            Source::MyIp => format!("{}/32", MY_IP),
            Source::Group(id) => id.clone(),
        }
    }
}

/// One inbound rule (TCP).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// port [TCP port]
    pub port: u16,
    /// from where
    pub source: Source,
}

/// A security group of the default VPC.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecurityGroup {
    /// `sg-0…`
    pub id: String,
    /// name (unique in the VPC)
    pub name: String,
    /// description
    pub description: String,
    /// inbound rules (all outbound traffic is allowed, as by default)
    pub rules: Vec<Rule>,
    /// region it lives in
    pub region: Region,
    /// the VPC's default group (cannot be deleted)
    pub is_default: bool,
    /// created [s]
    pub created_at: u64,
}

impl SecurityGroup {
    /// Does it admit TCP `port` from the internet at large (`from_me`: from the learner's
    /// address) or from a member of group `from_group`?
    pub fn admits(&self, port: u16, from_me: bool, from_group: &[String]) -> bool {
        self.rules.iter().any(|r| {
            r.port == port
                && match &r.source {
                    Source::Anywhere => true,
                    Source::MyIp => from_me,
                    Source::Group(g) => from_group.contains(g),
                }
        })
    }
}

/// EC2 instance state (the console's "Instance state").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstanceState {
    /// booting
    Pending,
    /// running (rebooting keeps this state)
    Running,
    /// terminating
    ShuttingDown,
    /// gone (listed for a while, no longer billed)
    Terminated,
}

impl InstanceState {
    /// As the console writes it.
    pub fn label(self) -> &'static str {
        match self {
            InstanceState::Pending => "pending",
            InstanceState::Running => "running",
            InstanceState::ShuttingDown => "shutting-down",
            InstanceState::Terminated => "terminated",
        }
    }
}

/// An EC2 instance the learner launched from the wizard (instances of the Auto Scaling group
/// live in the engine).
#[derive(Clone, Debug, PartialEq)]
pub struct Ec2Instance {
    /// `i-0…`
    pub id: String,
    /// the Name tag
    pub name: String,
    /// image it was launched from
    pub image: ImageRef,
    /// what that image is underneath (user name, web server)
    pub base: Catalogue,
    /// instance type
    pub itype: InstanceType,
    /// key pair name (None: launched without one)
    pub key: Option<String>,
    /// security group ids
    pub groups: Vec<String>,
    /// AZ index in the region (0 = `a`)
    pub az: u32,
    /// public IPv4 address (auto-assigned) if any
    pub public_ip: Option<String>,
    /// private IPv4 address
    pub private_ip: String,
    /// root volume [GiB]
    pub volume_gb: u32,
    /// region
    pub region: Region,
    /// state
    pub state: InstanceState,
    /// launched [s]
    pub launched_at: u64,
    /// running from [s]
    pub running_at: u64,
    /// the web server answers from [s] (None: never: no web server, or terminated)
    pub http_from: Option<u64>,
    /// terminated at [s]
    pub terminated_at: Option<u64>,
    /// `stress` runs until [s] (0: none)
    pub stress_until: u64,
}

impl Ec2Instance {
    /// Billed now? (EC2 bills running instances; pending and shutting-down are not billed)
    pub fn billed(&self, t: u64) -> bool {
        self.state == InstanceState::Running && t >= self.running_at
    }
    /// Does it answer HTTP on port 80 at `t` [s] (running, booted, not rebooting)?
    pub fn http_up(&self, t: u64) -> bool {
        self.state == InstanceState::Running && self.http_from.is_some_and(|h| t >= h)
    }
}

/// Target health state (the console's "Health status").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Health {
    /// registered, first checks under way
    Initial,
    /// passing
    Healthy,
    /// failing
    Unhealthy,
    /// the target group is used by no load balancer
    Unused,
    /// being deregistered
    Draining,
}

impl Health {
    /// As the console writes it.
    pub fn label(self) -> &'static str {
        match self {
            Health::Initial => "initial",
            Health::Healthy => "healthy",
            Health::Unhealthy => "unhealthy",
            Health::Unused => "unused",
            Health::Draining => "draining",
        }
    }
}

/// A registered target and its health-check streaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// instance id
    pub instance: String,
    /// registered [s]
    pub registered_at: u64,
    /// health
    pub health: Health,
    /// the AWS reason code shown beside a state that is not healthy
    pub reason: Option<&'static str>,
    /// next health check [s]
    pub next_check: u64,
    /// consecutive passes [count]
    pub ok: u32,
    /// consecutive failures [count]
    pub fail: u32,
    /// draining ends [s]
    pub drain_until: u64,
}

/// A target group (type instances, HTTP).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetGroup {
    /// name
    pub name: String,
    /// ARN
    pub arn: String,
    /// port [TCP port]
    pub port: u16,
    /// health-check path
    pub hc_path: String,
    /// registered targets
    pub targets: Vec<Target>,
    /// region
    pub region: Region,
    /// created [s]
    pub created_at: u64,
}

/// An Application Load Balancer with its one HTTP listener.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadBalancer {
    /// name
    pub name: String,
    /// ARN
    pub arn: String,
    /// DNS name
    pub dns: String,
    /// AZ indices of its subnets (at least two)
    pub azs: Vec<u32>,
    /// security group ids
    pub groups: Vec<String>,
    /// listener port [TCP port] and the target group it forwards to (ARN)
    pub listener: Option<(u16, String)>,
    /// region
    pub region: Region,
    /// created [s]
    pub created_at: u64,
    /// `provisioning` until, then `active` [s]
    pub active_at: u64,
}

/// AMI state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageState {
    /// being created
    Pending,
    /// usable
    Available,
}

/// An AMI the learner made ("My AMIs").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// `ami-0…`
    pub id: String,
    /// name (unique in the region)
    pub name: String,
    /// instance it was made from
    pub source_instance: String,
    /// what it is underneath
    pub base: Catalogue,
    /// its root snapshot id
    pub snapshot: String,
    /// state
    pub state: ImageState,
    /// region
    pub region: Region,
    /// created [s]
    pub created_at: u64,
    /// available from [s]
    pub available_at: u64,
}

/// An EBS snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// `snap-0…`
    pub id: String,
    /// size [GiB]
    pub size_gb: u32,
    /// "Created by CreateImage(i-…) for ami-…"
    pub description: String,
    /// region
    pub region: Region,
    /// created [s]
    pub created_at: u64,
}

/// One version of a launch template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateVersion {
    /// image id (one of "My AMIs", or a catalogue image's)
    pub image: ImageRef,
    /// instance type
    pub itype: InstanceType,
    /// key pair name
    pub key: Option<String>,
    /// security group ids
    pub groups: Vec<String>,
    /// "Detailed CloudWatch monitoring" enabled
    pub detailed_monitoring: bool,
}

/// A launch template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LaunchTemplate {
    /// `lt-0…`
    pub id: String,
    /// name
    pub name: String,
    /// versions (version k is `versions[k − 1]`)
    pub versions: Vec<TemplateVersion>,
    /// region
    pub region: Region,
    /// created [s]
    pub created_at: u64,
}
