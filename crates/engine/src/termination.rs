//! Scale-in victim selection (docs/aws-behaviour.md §1 "Default termination policy",
//! "Instance scale-in protection").

use crate::scenario::TerminationPolicy;

/// What the policy needs to know about one live instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// caller's index
    pub idx: usize,
    /// AZ index
    pub az: usize,
    /// launch time [s]
    pub launched_at: u64,
    /// launch-template version
    pub template_version: u32,
    /// protected from scale-in
    pub protected: bool,
}

/// Seconds until the next billing hour boundary (measured from launch) [s].
pub fn to_next_hour(launched_at: u64, now: u64) -> u64 {
    let up = now.saturating_sub(launched_at);
    3600 - up % 3600
}

/// Pick the instance to terminate, or None if every candidate is protected.
/// 1. AZ balance first: the AZ with the most live instances among AZs that hold at least
///    one unprotected instance (ties → lower AZ index).
/// 2. Within it, the policy's order; `Default` = oldest launch template, then closest to the
///    next billing hour, then random (`pick(n)` returns an index < n from the seeded rng).
pub fn select_victim(
    cands: &[Candidate],
    policy: TerminationPolicy,
    now: u64,
    pick: &mut dyn FnMut(usize) -> usize,
) -> Option<usize> {
    let n_az = cands.iter().map(|c| c.az + 1).max()?;
    let mut best_az: Option<(usize, usize)> = None; // (count, az)
    for az in 0..n_az {
        let total = cands.iter().filter(|c| c.az == az).count();
        let unprot = cands.iter().any(|c| c.az == az && !c.protected);
        if unprot && best_az.is_none_or(|(bc, _)| total > bc) {
            best_az = Some((total, az));
        }
    }
    let (_, az) = best_az?;
    let mut pool: Vec<&Candidate> = cands.iter().filter(|c| c.az == az && !c.protected).collect();
    // policy-specific first criterion
    match policy {
        TerminationPolicy::OldestInstance => keep_min(&mut pool, |c| c.launched_at as i128),
        TerminationPolicy::NewestInstance => keep_min(&mut pool, |c| -(c.launched_at as i128)),
        TerminationPolicy::ClosestToNextInstanceHour => {
            keep_min(&mut pool, |c| to_next_hour(c.launched_at, now) as i128)
        }
        TerminationPolicy::OldestLaunchTemplate | TerminationPolicy::Default => {}
    }
    // then the default chain
    keep_min(&mut pool, |c| c.template_version as i128);
    keep_min(&mut pool, |c| to_next_hour(c.launched_at, now) as i128);
    let k = if pool.len() > 1 { pick(pool.len()) % pool.len() } else { 0 };
    pool.get(k).map(|c| c.idx)
}

fn keep_min(pool: &mut Vec<&Candidate>, key: impl Fn(&Candidate) -> i128) {
    if let Some(m) = pool.iter().map(|c| key(c)).min() {
        pool.retain(|c| key(c) == m);
    }
}
