//! Reading a challenge link and a hand-in (`challenge_link.rs`), with a notice for each part
//! it could not use; a hand-in that turns a locked knob opens at the challenge's start.

use super::ctx::Ctx;
use crate::campaign::ChallengeId;
use crate::challenge_link::{ChallengeLink, ChallengeProblem as CP, MAX_NAME};
use crate::problem::{Problem, Used};
use crate::scalar::{num, short, uint};
use asg_engine::challenge::{check, Challenge, Changes, Goal, GoalKind, Knob, MAX_CHANGES, MAX_GOALS, MAX_HORIZON_S};
use asg_engine::ids::InstanceRef;
use asg_engine::scenario::Scenario;

/// The challenge the link carries, if any (`sc`: the link's scenario, for a custom one).
pub(super) fn read(c: &mut Ctx, sc: &Scenario) -> Option<ChallengeLink> {
    let note = |c: &mut Ctx, key: &str, p: CP, used: Used| c.note(key, Problem::Challenge(p), used);
    let (id, mut challenge) = match c.raw("challenge") {
        Some(v) => match ChallengeId::from_id(&v) {
            Some(id) => (Some(id), id.challenge()),
            None => {
                note(c, "challenge", CP::Unknown(short(&v)), Used::Ignored);
                return None;
            }
        },
        None if c.raw("goals").is_some() => {
            (None, Challenge { scenario: sc.clone(), horizon_s: 3600, knobs: Vec::new(), goals: Vec::new() })
        }
        None => return None,
    };
    if id.is_none() || c.raw("horizon").is_some() || c.raw("knobs").is_some() || c.raw("goals").is_some() {
        challenge = custom(c, challenge);
    }
    let id = id.filter(|i| i.challenge() == challenge);
    let changes = changes(c, &challenge);
    let name = c.raw("by").filter(|n| !n.trim().is_empty()).map(|n| {
        let count = n.chars().count();
        if count > MAX_NAME {
            note(c, "by", CP::LongName(MAX_NAME), Used::FirstN(MAX_NAME));
        }
        n.chars().filter(|ch| !ch.is_control()).take(MAX_NAME).collect::<String>()
    });
    Some(ChallengeLink { id, challenge, changes, name })
}

/// `horizon=`, `knobs=` and `goals=` over `base`.
fn custom(c: &mut Ctx, base: Challenge) -> Challenge {
    let mut ch = base;
    if let Some(h) = c.raw("horizon") {
        match uint(&h, MAX_HORIZON_S) {
            Ok(v) if v > 0 => ch.horizon_s = v,
            Ok(_) => c.note("horizon", Problem::NotWhole(short(&h)), Used::Value(ch.horizon_s.to_string())),
            Err(p) => c.note("horizon", p, Used::Value(ch.horizon_s.to_string())),
        }
    }
    if let Some(k) = c.raw("knobs") {
        ch.knobs.clear();
        for w in k.split(',').filter(|w| !w.is_empty()) {
            match Knob::from_word(w) {
                Some(x) if !ch.knobs.contains(&x) => ch.knobs.push(x),
                Some(_) => {}
                None => c.note("knobs", Problem::Challenge(CP::BadKnob(short(w))), Used::Dropped),
            }
        }
    }
    if let Some(g) = c.raw("goals") {
        ch.goals.clear();
        for item in g.split(',').filter(|w| !w.is_empty()) {
            if ch.goals.len() >= MAX_GOALS {
                c.note("goals", Problem::Challenge(CP::TooManyGoals(MAX_GOALS)), Used::FirstN(MAX_GOALS));
                break;
            }
            match goal(item) {
                Some(x) => ch.goals.push(x),
                None => c.note("goals", Problem::Challenge(CP::BadGoal(short(item))), Used::Dropped),
            }
        }
    }
    ch
}

fn goal(item: &str) -> Option<Goal> {
    let mut p = item.split(':');
    let (kind, bound, weight) = (p.next()?, p.next()?, p.next()?);
    if p.next().is_some() {
        return None;
    }
    let kind = GoalKind::from_word(kind, num(bound).ok()?)?;
    let weight = uint(weight, 100).ok()? as u32;
    Some(Goal { kind, weight })
}

/// `do=`: each change read on its own (a bad one dropped with a notice, as `ev=` does); then
/// the whole hand-in checked against the challenge's knobs and horizon.
fn changes(c: &mut Ctx, ch: &Challenge) -> Changes {
    let Some(raw) = c.raw("do").filter(|r| !r.is_empty()) else { return Vec::new() };
    let mut out: Changes = Vec::new();
    for (i, item) in raw.split(';').enumerate() {
        if out.len() >= MAX_CHANGES {
            c.note("do", Problem::TooManyEvents(MAX_CHANGES), Used::FirstN(MAX_CHANGES));
            break;
        }
        let parsed = crate::event::parse(item).and_then(|e| {
            let cmd = e.action.map_instance(|r| match r {
                InstanceRef::Id(id) => Ok(id),
                InstanceRef::Nth(_) => Err(Problem::NotTimeAction(short(item))),
            })?;
            Ok((e.at_s, cmd))
        });
        match parsed {
            Ok(x) => out.push(x),
            Err(e) => {
                c.note("do", Problem::InEvent { index: i + 1, item: short(item), error: Box::new(e) }, Used::Dropped)
            }
        }
    }
    match check(ch, &out) {
        Ok(()) => out,
        Err(r) => {
            c.note("do", Problem::Challenge(CP::Refused(r)), Used::ChallengeStart);
            Vec::new()
        }
    }
}
