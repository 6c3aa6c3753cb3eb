//! The fleet diagram behind `src/app/fleet`: Clients → ALB → one lane per Availability Zone
//! → instances.
//!
//! - [`tile`]: how one instance tile reads (state as text, CSS class, credits, actions)
//! - [`grid`]: the compact fleet, instances as lettered cells on one canvas per lane
//! - [`particles`]: the request dots flowing from the clients through the ALB

pub mod grid;
pub mod particles;
pub mod tile;
