//! How one field of a request is written in `acct=`: escapes, lists, optional values, images,
//! security-group rules and numbers, each with its reader.

use crate::problem::Problem;
use crate::scalar::*;
use asg_engine::account::{Catalogue, ImageRef, Rule, Source};

const ESC: [(char, &str); 5] = [('~', "~t"), (':', "~c"), (';', "~s"), (',', "~m"), ('+', "~p")];

/// A field with the grammar's separators escaped.
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match ESC.iter().find(|(x, _)| *x == c) {
            Some((_, e)) => out.push_str(e),
            None => out.push(c),
        }
    }
    out
}

/// A field back from its escaped form.
pub(super) fn unesc(s: &str) -> Result<String, Problem> {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '~' {
            let n = it.next().unwrap_or(' ');
            let (x, _) = ESC.iter().find(|(_, e)| e.ends_with(n)).ok_or_else(|| Problem::NotTimeAction(short(s)))?;
            out.push(*x);
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

pub(super) fn list(v: &[String]) -> String {
    if v.is_empty() {
        "-".into()
    } else {
        v.iter().map(|x| esc(x)).collect::<Vec<_>>().join("+")
    }
}
pub(super) fn unlist(s: &str) -> Result<Vec<String>, Problem> {
    if s == "-" || s.is_empty() {
        return Ok(Vec::new());
    }
    s.split('+').map(unesc).collect()
}

pub(super) fn opt_s(v: &Option<String>) -> String {
    v.as_deref().map_or_else(|| "-".into(), esc)
}
pub(super) fn unopt_s(s: &str) -> Result<Option<String>, Problem> {
    if s == "-" {
        Ok(None)
    } else {
        unesc(s).map(Some)
    }
}

pub(super) fn image(i: &ImageRef) -> String {
    match i {
        ImageRef::Catalogue(Catalogue::BitnamiWordPress) => "bitnami".into(),
        ImageRef::Catalogue(Catalogue::AmazonLinux2023) => "al2023".into(),
        ImageRef::Own(id) => esc(id),
    }
}
pub(super) fn unimage(s: &str) -> Result<ImageRef, Problem> {
    Ok(match s {
        "bitnami" => ImageRef::Catalogue(Catalogue::BitnamiWordPress),
        "al2023" => ImageRef::Catalogue(Catalogue::AmazonLinux2023),
        id => ImageRef::Own(unesc(id)?),
    })
}

pub(super) fn rule(r: &Rule) -> String {
    let src = match &r.source {
        Source::Anywhere => "any".to_string(),
        Source::MyIp => "me".to_string(),
        Source::Group(g) => esc(g),
    };
    format!("{}/{src}", r.port)
}
pub(super) fn rules(v: &Option<Vec<Rule>>) -> String {
    v.as_ref().map_or_else(|| "-".into(), |v| v.iter().map(rule).collect::<Vec<_>>().join(","))
}
pub(super) fn unrule(s: &str) -> Result<Rule, Problem> {
    let (p, src) = s.split_once('/').ok_or_else(|| Problem::NotTimeAction(short(s)))?;
    let source = match src {
        "any" => Source::Anywhere,
        "me" => Source::MyIp,
        g => Source::Group(unesc(g)?),
    };
    Ok(Rule { port: u32_(p, 65_535)? as u16, source })
}
pub(super) fn unrules(s: &str) -> Result<Option<Vec<Rule>>, Problem> {
    match s {
        "-" => Ok(None),
        "" => Ok(Some(Vec::new())),
        _ => s.split(',').map(unrule).collect::<Result<Vec<_>, _>>().map(Some),
    }
}

pub(super) fn nums(v: &[u32]) -> String {
    list(&v.iter().map(u32::to_string).collect::<Vec<_>>())
}
pub(super) fn unnums(s: &str) -> Result<Vec<u32>, Problem> {
    unlist(s)?.iter().map(|x| u32_(x, 63)).collect()
}
