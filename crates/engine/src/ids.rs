//! Instance identifiers: `i-0` followed by 16 hex digits (17 hex digits in all, like EC2).

use core::fmt;

/// An EC2 instance id. The 64-bit value comes from the scenario's seeded rng, so ids are
/// identical natively and in the browser. Display: `i-0` + 16 lowercase hex digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InstanceId(pub u64);

impl fmt::Display for InstanceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "i-0{:016x}", self.0)
    }
}

/// How a scheduled event names an instance: the scenario cannot know the random ids in
/// advance, so `Nth(k)` picks the k-th live instance, oldest launch first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstanceRef {
    /// k-th live (not Terminating/Terminated) instance, oldest first (0 = oldest).
    Nth(usize),
    /// A concrete id.
    Id(InstanceId),
}
