//! The control panel behind `src/app/controls`: what its fields accept and say.
//!
//! - [`traffic`]: the requests/s box and slider range
//! - [`pattern`]: the traffic-pattern editor
//! - [`form`]: the number readers every form shares (group sizes, seconds, decimals)
//! - [`policies`]: the policy list's descriptions and the policies the "add" menu makes
//! - [`policy_edit`]: the edit form of one scaling policy
//! - [`spec_fields`]: the field descriptions the pattern and policy editors share

pub mod form;
pub mod pattern;
pub mod policies;
pub mod policy_edit;
pub mod spec_fields;
pub mod traffic;
