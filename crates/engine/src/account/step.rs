//! The assignment's seven steps, in order (the checklist's rows).

/// One step of the assignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// 1. why Auto Scaling: read the comparison
    Why,
    /// 2. launch a Bitnami WordPress t2.micro in Seoul
    Launch,
    /// 3. a target group and an Application Load Balancer
    LoadBalancer,
    /// 4. an AMI of the instance
    Image,
    /// 5. a launch template and an Auto Scaling group on the load balancer
    Group,
    /// 6. `stress` over ssh, and the group scales out
    Stress,
    /// 7. delete everything
    CleanUp,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 7] =
        [Step::Why, Step::Launch, Step::LoadBalancer, Step::Image, Step::Group, Step::Stress, Step::CleanUp];

    /// Its number in the assignment [1–7].
    pub fn number(self) -> u8 {
        match self {
            Step::Why => 1,
            Step::Launch => 2,
            Step::LoadBalancer => 3,
            Step::Image => 4,
            Step::Group => 5,
            Step::Stress => 6,
            Step::CleanUp => 7,
        }
    }

    /// The step numbered `n` [1–7].
    pub fn from_number(n: u8) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.number() == n)
    }

    /// The steps before it, in order.
    pub fn before(self) -> impl Iterator<Item = Step> {
        Step::ALL.into_iter().take_while(move |s| *s < self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_run_one_to_seven_in_order() {
        assert_eq!(Step::ALL.map(Step::number), [1, 2, 3, 4, 5, 6, 7]);
        assert!(Step::ALL.into_iter().all(|s| Step::from_number(s.number()) == Some(s)));
        assert_eq!((Step::from_number(0), Step::from_number(8)), (None, None));
        assert_eq!(Step::Image.before().collect::<Vec<_>>(), [Step::Why, Step::Launch, Step::LoadBalancer]);
    }
}
