//! Simple scaling cooldown (docs/aws-behaviour.md §3 "Simple scaling", "Cooldown").

/// Cooldown state of a simple-scaling policy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SimpleState {
    /// a scaling activity started by this policy is still in progress
    pub busy: bool,
    /// alarms are ignored until [s]
    pub cooldown_until: u64,
}

impl SimpleState {
    /// May the policy respond to its alarm at `t`?
    pub fn ready(&self, t: u64) -> bool {
        !self.busy && t >= self.cooldown_until
    }
    /// The policy changed desired at `t`.
    pub fn fired(&mut self) {
        self.busy = true;
    }
    /// Called every second with `settled` = the group has no Pending/Terminating instances
    /// and matches desired: the cooldown starts when the last instance finished launching
    /// or terminating (draining included).
    pub fn tick(&mut self, t: u64, settled: bool, cooldown_s: u32) {
        if self.busy && settled {
            self.busy = false;
            self.cooldown_until = t + cooldown_s as u64;
        }
    }
}
