//! The link's list-valued keys: `cmp=` (comparison runs), `panels=`, `pol=` (policies) and
//! `ev=` (scheduled events), each item read on its own, a bad one dropped with a notice.

use super::ctx::Ctx;
use crate::problem::{Problem, Used};
use crate::scalar::*;
use crate::{event, policy, MAX_EVENTS, MAX_PANELS};
use asg_engine::limits as lim;
use asg_engine::MAX_POLICIES;

/// `cmp=`: `-` for none, else at most `MAX_SHADOWS` runs.
pub(super) fn compare_runs(s: &str) -> Result<Option<Vec<crate::compare::CompareRun>>, Problem> {
    use crate::compare::CompareRun;
    match s {
        "" => return Ok(None),
        "-" => return Ok(Some(Vec::new())),
        _ => {}
    }
    let items: Vec<&str> = s.split(',').collect();
    if items.len() > asg_engine::MAX_SHADOWS {
        return Err(Problem::TooManyComparisons(asg_engine::MAX_SHADOWS));
    }
    items
        .iter()
        .map(|i| CompareRun::parse(i, lim::MAX_SIZE.hi).ok_or_else(|| Problem::NotComparison(short(i))))
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

pub(super) fn panels(s: &str) -> Result<Vec<String>, Problem> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    let v: Vec<String> = s.split(',').map(str::to_string).collect();
    if v.len() > MAX_PANELS {
        return Err(Problem::TooManyPanels(MAX_PANELS));
    }
    for (i, p) in v.iter().enumerate() {
        if p.is_empty() || p.len() > 24 || !p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(Problem::NotPanel(short(p)));
        }
        if v[..i].contains(p) {
            return Err(Problem::PanelTwice(short(p)));
        }
    }
    Ok(v)
}

pub(super) fn read_policies(c: &mut Ctx, s: &str) -> Vec<asg_engine::PolicySpec> {
    let mut out: Vec<asg_engine::PolicySpec> = Vec::new();
    if s.is_empty() {
        return out;
    }
    for (i, item) in s.split(';').enumerate() {
        if out.len() >= MAX_POLICIES {
            c.note("pol", Problem::TooManyPolicies(MAX_POLICIES), Used::FirstN(MAX_POLICIES));
            break;
        }
        match policy::parse(item) {
            Ok(p) if out.iter().any(|x| x.name() == p.name()) => {
                c.note("pol", Problem::SameName { index: i + 1, name: p.name().to_string() }, Used::Dropped)
            }
            Ok(p) => out.push(p),
            Err(e) => {
                c.note("pol", Problem::InPolicy { index: i + 1, item: short(item), error: Box::new(e) }, Used::Dropped)
            }
        }
    }
    out
}

pub(super) fn read_events(c: &mut Ctx, s: &str) -> Vec<asg_engine::ScheduledEvent> {
    let mut out: Vec<asg_engine::ScheduledEvent> = Vec::new();
    if s.is_empty() {
        return out;
    }
    for (i, item) in s.split(';').enumerate() {
        if out.len() >= MAX_EVENTS {
            c.note("ev", Problem::TooManyEvents(MAX_EVENTS), Used::FirstN(MAX_EVENTS));
            break;
        }
        match event::parse(item) {
            Ok(e) => out.push(e),
            Err(e) => {
                c.note("ev", Problem::InEvent { index: i + 1, item: short(item), error: Box::new(e) }, Used::Dropped)
            }
        }
    }
    if out.windows(2).any(|w| w[0].at_s > w[1].at_s) {
        asg_engine::scenario::sort_events(&mut out);
        c.note("ev", Problem::EventsOutOfOrder, Used::SortedByTime);
    }
    out
}
