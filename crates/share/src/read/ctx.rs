//! What a link reader holds while it reads: the query's keys, and the notices said so far
//! (reading a key checks it, and notes what was ignored or corrected).

use crate::problem::{Problem, Used};
use crate::scalar::*;
use crate::Notice;
use asg_engine::limits::{DecimalLimit, Limit};

pub(super) struct Ctx {
    pub(super) got: Vec<(String, String)>,
    pub(super) notices: Vec<Notice>,
}

impl Ctx {
    pub(super) fn note(&mut self, key: &str, problem: Problem, used: Used) {
        self.notices.push(Notice { key: key.to_string(), problem, used: used.shown() });
    }
    pub(super) fn raw(&self, key: &str) -> Option<String> {
        self.got.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }
    /// Parse `key` with `p`; absent → `def`; error → notice and `def`.
    pub(super) fn get<T: Clone>(
        &mut self,
        key: &str,
        def: T,
        p: impl Fn(&str) -> Result<T, Problem>,
        pr: impl Fn(&T) -> String,
    ) -> T {
        let used = Used::Default(pr(&def));
        self.get_or(key, def, p, used)
    }
    /// Parse `key` with `p`; absent → `def`; error → notice (`used`) and `def`.
    pub(super) fn get_or<T: Clone>(
        &mut self,
        key: &str,
        def: T,
        p: impl Fn(&str) -> Result<T, Problem>,
        used: Used,
    ) -> T {
        let Some(s) = self.raw(key) else { return def };
        match p(&s) {
            Ok(v) => v,
            Err(e) => {
                self.note(key, e, used);
                def
            }
        }
    }
    /// A whole number clamped into [lo, hi] (huge numbers are clamped too).
    pub(super) fn u32_in(&mut self, key: &str, def: u32, lo: u32, hi: u32) -> u32 {
        let Some(s) = self.raw(key) else { return def };
        match uint_sat(&s) {
            None => {
                self.note(key, Problem::NotWhole(short(&s)), Used::Default(def.to_string()));
                def
            }
            Some(v) if v < u64::from(lo) || v > u64::from(hi) => {
                let c = v.clamp(u64::from(lo), u64::from(hi)) as u32;
                self.note(
                    key,
                    Problem::Outside { value: short(&s), lo: lo.to_string(), hi: hi.to_string() },
                    Used::Value(c.to_string()),
                );
                c
            }
            Some(v) => v as u32,
        }
    }
    /// The whole-number setting `l` (its key and range), `def` when absent.
    pub(super) fn whole(&mut self, l: Limit, def: u32) -> u32 {
        self.u32_in(l.key, def, l.lo, l.hi)
    }
    /// The optional whole-number setting `l` (`-` = unset, range 0 … `l.hi`).
    pub(super) fn opt_whole(&mut self, l: Limit, def: Option<u32>) -> Option<u32> {
        self.opt_u32_in(l.key, def, l.hi)
    }
    /// The decimal setting `l`, `def` when absent.
    pub(super) fn decimal(&mut self, l: DecimalLimit, def: f64) -> f64 {
        self.f64_in(l.key, def, l.lo, l.hi)
    }
    pub(super) fn opt_u32_in(&mut self, key: &str, def: Option<u32>, hi: u32) -> Option<u32> {
        if self.raw(key).as_deref() == Some("-") {
            return None;
        }
        let d = def.unwrap_or(0);
        match self.raw(key) {
            None => def,
            Some(_) => Some(self.u32_in(key, d, 0, hi)),
        }
    }
    /// A finite float clamped into [lo, hi].
    pub(super) fn f64_in(&mut self, key: &str, def: f64, lo: f64, hi: f64) -> f64 {
        let Some(s) = self.raw(key) else { return def };
        match num(&s) {
            Err(e) => {
                self.note(key, e, Used::Default(f(def)));
                def
            }
            Ok(v) if !(lo..=hi).contains(&v) => {
                let c = v.clamp(lo, hi);
                self.note(key, Problem::Outside { value: short(&s), lo: f(lo), hi: f(hi) }, Used::Value(f(c)));
                c
            }
            Ok(v) => v,
        }
    }
    pub(super) fn flag(&mut self, key: &str, def: bool) -> bool {
        self.get(key, def, flag, |b| pflag(*b))
    }
}
