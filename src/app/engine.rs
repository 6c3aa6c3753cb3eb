//! What the lab runs: the ready-made exercise (one engine, its group built at second 0) or the
//! guided lab (the learner's simulated account, whose Auto Scaling group, once step 5 creates
//! it, is the engine the live console shows).
//!
//! Lab time is the live engine's time. In the guided lab that is the group's engine, which
//! starts at the account second the group was created ([`Engine::offset`]); before the group
//! exists, and after it is deleted, an idle engine with no instances keeps account time so
//! the clock runs on. The live console is shown only while the group exists.

use crate::sim::account::Account;
use crate::sim::scenario::{GroupSpec, Scenario};
use crate::sim::traffic::{Pattern, TrafficSpec};
use crate::sim::{Sim, Snapshot};

/// The engine behind the lab.
pub enum Engine {
    /// the ready-made exercise (a preset, a link, an import)
    Run(Sim),
    /// the guided lab: the account, and the idle engine that keeps its time
    Guided { account: Box<Account>, idle: Sim },
}

/// An engine with no instances and no traffic (the guided lab's clock before step 5).
fn idle(seed: u64) -> Sim {
    Sim::new(Scenario {
        seed,
        traffic: TrafficSpec { pattern: Pattern::Constant { rps: 0.0 }, poisson_noise: false },
        group: GroupSpec { min: 0, max: 0, desired: Some(0), ..GroupSpec::default() },
        policies: Vec::new(),
        ..Scenario::default()
    })
}

impl Engine {
    /// A fresh guided lab: an empty account at second 0.
    pub fn guided(seed: u64) -> Engine {
        Engine::Guided { account: Box::new(Account::new(seed)), idle: idle(seed) }
    }

    /// A guided lab from a link: the account its log makes, at the last request's second.
    pub fn guided_replay(seed: u64, log: &[(u64, crate::sim::account::Action)]) -> Engine {
        let account = Account::replay(seed, log, 0);
        let mut idle = idle(seed);
        idle.run_until(account.now());
        Engine::Guided { account: Box::new(account), idle }
    }

    /// The live engine: the exercise's, or the account's group (else the idle one).
    pub fn sim(&self) -> &Sim {
        match self {
            Engine::Run(sim) => sim,
            Engine::Guided { account, idle } => account.group().map_or(idle, |g| &g.sim),
        }
    }

    /// The live engine, to change it.
    pub fn sim_mut(&mut self) -> &mut Sim {
        match self {
            Engine::Run(sim) => sim,
            Engine::Guided { account, idle } => match account.group_mut() {
                Some(g) => &mut g.sim,
                None => idle,
            },
        }
    }

    /// The account, in the guided lab.
    pub fn account(&self) -> Option<&Account> {
        match self {
            Engine::Run(_) => None,
            Engine::Guided { account, .. } => Some(account),
        }
    }

    /// The account, to change it.
    pub fn account_mut(&mut self) -> Option<&mut Account> {
        match self {
            Engine::Run(_) => None,
            Engine::Guided { account, .. } => Some(account),
        }
    }

    /// Account second of lab time 0 [s] (0 but for the guided lab's group).
    pub fn offset(&self) -> u64 {
        match self {
            Engine::Guided { account, .. } => account.group().map_or(0, |g| g.created_at),
            Engine::Run(_) => 0,
        }
    }

    /// Run to lab time `t` [s].
    pub fn run_until(&mut self, t: u64) {
        match self {
            Engine::Run(sim) => sim.run_until(t),
            Engine::Guided { account, idle } => {
                let off = account.group().map_or(0, |g| g.created_at);
                account.advance_to(t + off);
                if account.group().is_none() {
                    idle.run_until(account.now());
                }
            }
        }
    }

    /// Run `secs` [s] more.
    pub fn step(&mut self, secs: u64) {
        let t = self.sim().now() + secs;
        self.run_until(t);
    }

    /// The live snapshot; in the guided lab its cost is the whole account's.
    pub fn snapshot(&self) -> Snapshot {
        let mut s = self.sim().snapshot();
        if let Engine::Guided { account, .. } = self {
            s.cost_usd = account.total_cost_usd();
        }
        s
    }
}
