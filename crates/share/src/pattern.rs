//! The traffic grammar (`traffic=`): a [`Pattern`] tree as a readable formula.
//!
//! ```text
//! expr := term ('+' term)*          two or more terms → Sum
//! term := atom ('*' atom)*          two or more atoms → Product
//! atom := leaf | '(' expr ')' | 'sum(' [expr (',' expr)*] ')' | 'prod(' [expr (',' expr)*] ')'
//! leaf := 'const(' rps ')' | 'ramp(' from ',' to ',' start_s ',' duration_s ')'
//!       | 'step(' before ',' after ',' at_s ')' | 'diurnal(' mean ',' amplitude ',' peak_hour ')'
//!       | 'spike(' at_s ',' rise_s ',' hold_s ',' fall_s ',' base ',' peak ')'
//!       | 'walk(' start ',' step ',' min ',' max ')'
//!       | 'trace(' period_s ',' quantum ',' loop ',' data ')'     (see `trace_code.rs`)
//! ```
//! `sum(…)`/`prod(…)` are printed only for a Sum/Product of fewer than two children, so the
//! tree comes back exactly (`sum(a)` ≠ `a`). Rates are finite numbers in ±[`MAX_RPS`], times
//! whole seconds ≤ [`super::MAX_TIME_S`], the peak hour in [0, 24]; at most
//! [`MAX_NODES`] nodes nested at most [`MAX_DEPTH`] deep.

use super::problem::{Expect, Problem};
use super::scalar::{f, num, short, uint};
use super::MAX_TIME_S;
use asg_engine::traffic::{Pattern, MAX_RPS};

/// Most nodes in a traffic formula.
pub const MAX_NODES: usize = 64;
/// Deepest nesting of a traffic formula.
pub const MAX_DEPTH: usize = 8;

/// Print a pattern.
pub fn print(p: &Pattern) -> String {
    match p {
        Pattern::Sum(v) if v.len() >= 2 => v.iter().map(term).collect::<Vec<_>>().join("+"),
        _ => term(p),
    }
}

fn term(p: &Pattern) -> String {
    match p {
        Pattern::Product(v) if v.len() >= 2 => v.iter().map(atom).collect::<Vec<_>>().join("*"),
        _ => atom(p),
    }
}

fn atom(p: &Pattern) -> String {
    let list = |v: &[Pattern]| v.iter().map(print).collect::<Vec<_>>().join(",");
    match p {
        Pattern::Sum(v) | Pattern::Product(v) if v.len() >= 2 => format!("({})", print(p)),
        Pattern::Sum(v) => format!("sum({})", list(v)),
        Pattern::Product(v) => format!("prod({})", list(v)),
        Pattern::Constant { rps } => format!("const({})", f(*rps)),
        Pattern::Ramp { from_rps, to_rps, start_s, duration_s } => {
            format!("ramp({},{},{start_s},{duration_s})", f(*from_rps), f(*to_rps))
        }
        Pattern::Step { before_rps, after_rps, at_s } => format!("step({},{},{at_s})", f(*before_rps), f(*after_rps)),
        Pattern::Diurnal { mean_rps, amplitude_rps, peak_hour_utc } => {
            format!("diurnal({},{},{})", f(*mean_rps), f(*amplitude_rps), f(*peak_hour_utc))
        }
        Pattern::Spike { at_s, rise_s, hold_s, fall_s, base, peak } => {
            format!("spike({at_s},{rise_s},{hold_s},{fall_s},{},{})", f(*base), f(*peak))
        }
        Pattern::RandomWalk { start_rps, step_rps, min_rps, max_rps } => {
            format!("walk({},{},{},{})", f(*start_rps), f(*step_rps), f(*min_rps), f(*max_rps))
        }
        Pattern::Trace(t) => crate::trace_code::print(t),
    }
}

/// Parse a formula; the error says where and why.
pub fn parse(s: &str) -> Result<Pattern, Problem> {
    let mut p = Parser { b: s.as_bytes(), i: 0, nodes: 0 };
    let e = p.expr(0)?;
    if p.i != p.b.len() {
        return Err(p.err(Expect::End));
    }
    Ok(e)
}

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
    nodes: usize,
}

impl Parser<'_> {
    fn err(&self, expected: Expect) -> Problem {
        let rest = String::from_utf8_lossy(&self.b[self.i.min(self.b.len())..]).into_owned();
        Problem::Expected { at: self.i + 1, expected, found: short(&rest) }
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn node(&mut self, depth: usize) -> Result<(), Problem> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(Problem::TooManyParts(MAX_NODES));
        }
        if depth > MAX_DEPTH {
            return Err(Problem::TooDeep(MAX_DEPTH));
        }
        Ok(())
    }
    fn expr(&mut self, depth: usize) -> Result<Pattern, Problem> {
        let mut v = vec![self.term(depth)?];
        while self.eat(b'+') {
            v.push(self.term(depth)?);
        }
        Ok(if v.len() == 1 { v.remove(0) } else { self.node(depth).map(|_| Pattern::Sum(v))? })
    }
    fn term(&mut self, depth: usize) -> Result<Pattern, Problem> {
        let mut v = vec![self.atom(depth)?];
        while self.eat(b'*') {
            v.push(self.atom(depth)?);
        }
        Ok(if v.len() == 1 { v.remove(0) } else { self.node(depth).map(|_| Pattern::Product(v))? })
    }
    fn atom(&mut self, depth: usize) -> Result<Pattern, Problem> {
        self.node(depth)?;
        if self.eat(b'(') {
            let e = self.expr(depth + 1)?;
            if !self.eat(b')') {
                return Err(self.err(Expect::Close));
            }
            return Ok(e);
        }
        let start = self.i;
        while self.b.get(self.i).is_some_and(|c| c.is_ascii_lowercase()) {
            self.i += 1;
        }
        let name = String::from_utf8_lossy(&self.b[start..self.i]).into_owned();
        if !self.eat(b'(') {
            self.i = start;
            return Err(self.err(Expect::Atom));
        }
        if name == "sum" || name == "prod" {
            let mut v = Vec::new();
            if !self.eat(b')') {
                loop {
                    v.push(self.expr(depth + 1)?);
                    if self.eat(b')') {
                        break;
                    }
                    if !self.eat(b',') {
                        return Err(self.err(Expect::CommaOrClose));
                    }
                }
            }
            return Ok(if name == "sum" { Pattern::Sum(v) } else { Pattern::Product(v) });
        }
        let args_at = self.i;
        let end = self.b[self.i..].iter().position(|&c| c == b')').map(|k| self.i + k);
        let Some(end) = end else { return Err(self.err(Expect::Close)) };
        let args = String::from_utf8_lossy(&self.b[self.i..end]).into_owned();
        self.i = end + 1;
        let a: Vec<&str> = args.split(',').collect();
        leaf(&name, &a).map_err(|e| Problem::InLeaf { at: args_at + 1, name, error: Box::new(e) })
    }
}

fn rate(s: &str) -> Result<f64, Problem> {
    let x = num(s)?;
    if x.abs() > MAX_RPS {
        return Err(Problem::RateOutside { value: short(s), max: f(MAX_RPS) });
    }
    Ok(x)
}

fn time(s: &str) -> Result<u64, Problem> {
    uint(s, MAX_TIME_S)
}

fn leaf(name: &str, a: &[&str]) -> Result<Pattern, Problem> {
    let want = |n: usize| if a.len() == n { Ok(()) } else { Err(Problem::LeafArity { want: n, got: a.len() }) };
    Ok(match name {
        "trace" => Pattern::Trace(crate::trace_code::parse(a)?),
        "const" => {
            want(1)?;
            Pattern::Constant { rps: rate(a[0])? }
        }
        "ramp" => {
            want(4)?;
            Pattern::Ramp { from_rps: rate(a[0])?, to_rps: rate(a[1])?, start_s: time(a[2])?, duration_s: time(a[3])? }
        }
        "step" => {
            want(3)?;
            Pattern::Step { before_rps: rate(a[0])?, after_rps: rate(a[1])?, at_s: time(a[2])? }
        }
        "diurnal" => {
            want(3)?;
            let h = num(a[2])?;
            if !(0.0..=24.0).contains(&h) {
                return Err(Problem::PeakHour(short(a[2])));
            }
            Pattern::Diurnal { mean_rps: rate(a[0])?, amplitude_rps: rate(a[1])?, peak_hour_utc: h }
        }
        "spike" => {
            want(6)?;
            Pattern::Spike {
                at_s: time(a[0])?,
                rise_s: time(a[1])?,
                hold_s: time(a[2])?,
                fall_s: time(a[3])?,
                base: rate(a[4])?,
                peak: rate(a[5])?,
            }
        }
        "walk" => {
            want(4)?;
            Pattern::RandomWalk {
                start_rps: rate(a[0])?,
                step_rps: rate(a[1])?,
                min_rps: rate(a[2])?,
                max_rps: rate(a[3])?,
            }
        }
        _ => return Err(Problem::UnknownPattern),
    })
}
