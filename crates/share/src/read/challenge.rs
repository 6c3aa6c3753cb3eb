//! Reading a challenge link and a hand-in (`challenge_link.rs`), with a notice for each part
//! it could not use; a hand-in that turns a locked knob opens at the challenge's start.

use super::ctx::Ctx;
use crate::campaign::ChallengeId;
use crate::challenge_link::{
    clean_text, AuthorTexts, ChallengeLink, ChallengeProblem as CP, MAX_NAME, MAX_TEXT, MAX_TITLE, MAX_TRIES,
};
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
    let raw = c.raw("do").unwrap_or_default();
    let changes = changes(c, "do", &raw, &challenge);
    let reference = reference(c, &challenge);
    let name = name(c);
    let attempts = c.raw("tries").map(|v| match uint(&v, u64::from(MAX_TRIES)) {
        Ok(n) => n as u32,
        Err(p) => {
            c.note("tries", p, Used::Value("1".into()));
            1
        }
    });
    let en = texts(c, "");
    let ko = texts(c, "_ko");
    Some(ChallengeLink { id, challenge, changes, name, attempts, en, ko, reference })
}

/// `by=`: the learner's name (a hand-in), at most [`MAX_NAME`] characters.
pub(super) fn name(c: &mut Ctx) -> Option<String> {
    c.raw("by").filter(|n| !n.trim().is_empty()).map(|n| {
        if n.chars().count() > MAX_NAME {
            c.note("by", Problem::Challenge(CP::LongName(MAX_NAME)), Used::FirstN(MAX_NAME));
        }
        n.chars().filter(|ch| !ch.is_control()).take(MAX_NAME).collect::<String>()
    })
}

/// An author's four texts (`title`, `brief`, `hint`, `debrief`, each with `suffix`).
fn texts(c: &mut Ctx, suffix: &str) -> AuthorTexts {
    let mut one = |field: &str, max: usize| {
        let key = format!("{field}{suffix}");
        let raw = c.raw(&key).unwrap_or_default();
        if raw.chars().count() > max {
            c.note(&key, Problem::Challenge(CP::LongText(max)), Used::FirstN(max));
        }
        clean_text(&raw, max)
    };
    AuthorTexts {
        title: one("title", MAX_TITLE),
        brief: one("brief", MAX_TEXT),
        hint: one("hint", MAX_TEXT),
        debrief: one("debrief", MAX_TEXT),
    }
}

/// `ref=`: the author's run, base64url (no padding) of changes in the `do=` grammar.
fn reference(c: &mut Ctx, ch: &Challenge) -> Changes {
    use base64::Engine as _;
    let Some(raw) = c.raw("ref").filter(|r| !r.is_empty()) else { return Vec::new() };
    let text = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(raw.as_bytes())
        .ok()
        .and_then(|b| String::from_utf8(b).ok());
    let Some(text) = text else {
        c.note("ref", Problem::Challenge(CP::BadReference), Used::Ignored);
        return Vec::new();
    };
    let before = c.notices.len();
    let out = changes(c, "ref", &text, ch);
    if c.notices.len() > before {
        // the author's run as written, or none: never a part of it
        c.notices.truncate(before);
        c.note("ref", Problem::Challenge(CP::BadReference), Used::Ignored);
        return Vec::new();
    }
    out
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

/// `do=` (or the author's run, under `key`): each change read on its own (a bad one dropped
/// with a notice, as `ev=` does); then the whole hand-in checked against the challenge's
/// knobs and horizon.
fn changes(c: &mut Ctx, key: &str, raw: &str, ch: &Challenge) -> Changes {
    if raw.is_empty() {
        return Vec::new();
    }
    let mut out: Changes = Vec::new();
    for (i, item) in raw.split(';').enumerate() {
        if out.len() >= MAX_CHANGES {
            c.note(key, Problem::TooManyEvents(MAX_CHANGES), Used::FirstN(MAX_CHANGES));
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
                c.note(key, Problem::InEvent { index: i + 1, item: short(item), error: Box::new(e) }, Used::Dropped)
            }
        }
    }
    match check(ch, &out) {
        Ok(()) => out,
        Err(r) => {
            c.note(key, Problem::Challenge(CP::Refused(r)), Used::ChallengeStart);
            Vec::new()
        }
    }
}
