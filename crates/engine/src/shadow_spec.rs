//! What a shadow run runs (`shadow.rs`): a fixed fleet, or other scaling policies.

use crate::policy_spec::PolicySpec;

/// Which fixed size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// sized for the average offered rate
    Average,
    /// sized for the peak offered rate
    Peak,
}

/// What a shadow runs.
#[derive(Clone, Debug, PartialEq)]
pub enum ShadowSpec {
    /// A fixed fleet of `n` instances, or, if None, of the size [`Sim::fixed_size`] gives.
    Fixed {
        /// what the size stands for
        basis: Basis,
        /// chosen size [instances]; None = computed
        n: Option<u32>,
    },
    /// The live group's settings with other scaling policies.
    Policies {
        /// a short id for links and labels (e.g. `step`)
        id: String,
        /// the policies in force instead of the live group's
        policies: Vec<PolicySpec>,
    },
}
