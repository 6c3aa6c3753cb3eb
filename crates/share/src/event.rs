//! The event grammar (`ev=`): scheduled faults and every replayable live command.
//!
//! ```text
//! events := event (';' event)*
//! event  := at_s ':' action
//! action := 'stress:' ref ':' duration_s ':' workers   | 'terminate:' ref ':' decrement(1|0)
//!         | 'break:' ref | 'repair:' ref               | 'health:' ref ':' healthy(1|0)
//!         | 'protect:' ref ':' protected(1|0)          | 'azdown:' az | 'azup:' az
//!         | 'spike:' multiplier ':' duration_s         | 'rps:' (rate | 'auto')
//!         | 'traffic:' formula (see `pattern.rs`)
//!         | 'cap:' min ':' max ':' desired  ('-' = unchanged)
//!         | 'put:' policy (see `policy.rs`)            | 'del:' policy_name
//!         | 'alb:' alg ':' slow ':' dereg ':' hci ':' hct ':' hth ':' uth ':' idle
//!         | 'mon:' (basic|detailed) | 'protectnew:' (1|0) | 'termpolicy:' term
//!         | 'hc:' (ec2|elb) ':' grace_s | 'warmup:' (warmup_s|'-') ':' cooldown_s | 'type:' itype
//! ref    := k (the k-th live instance, oldest first) | i-0<16 hex> (an instance id)
//! ```
//! Values an event carries are checked for syntax and size only: the engine validates them
//! when the event runs (exactly as a live command; a rejected one is a Failed activity), so
//! a recorded command that failed live fails again in the replay. Exceptions: a `put:` policy
//! must pass `validate_policy` and a `traffic:` formula the pattern grammar's limits (a link
//! that carries a broken one gets a notice and loses that event).

use super::policy::{self, instance_id};
use super::problem::{Problem, WordKind};
use super::scalar::{
    f, flag, name, num, opt, pflag, popt, pword, short, u32_, uint, word, ALGS, HCS, MONS, TERMS, TYPES,
};
use super::MAX_TIME_S;
use asg_engine::ids::InstanceRef;
use asg_engine::scenario::{AlbSpec, EventAction, ScheduledEvent};

/// Largest duration an event may carry [s] (the engine caps stress/spike at 30 days).
const MAX_DURATION_S: u64 = 10 * 365 * 86_400;

fn pref(r: &InstanceRef) -> String {
    match r {
        InstanceRef::Nth(k) => k.to_string(),
        InstanceRef::Id(id) => id.to_string(),
    }
}

fn iref(s: &str) -> Result<InstanceRef, Problem> {
    if s.starts_with("i-") {
        instance_id(s).map(InstanceRef::Id)
    } else {
        uint(s, u64::from(asg_engine::limits::MAX_SIZE.hi)).map(|k| InstanceRef::Nth(k as usize))
    }
}

/// Print one event.
pub fn print(e: &ScheduledEvent) -> String {
    use EventAction as E;
    let sz = |x: &Option<u32>| popt(x, |v| v.to_string());
    let a = match &e.action {
        E::Stress { instance, duration_s, workers } => format!("stress:{}:{duration_s}:{workers}", pref(instance)),
        E::TerminateInstance { instance, decrement_desired } => {
            format!("terminate:{}:{}", pref(instance), pflag(*decrement_desired))
        }
        E::SetInstanceUnhealthy(r) => format!("break:{}", pref(r)),
        E::RepairApp(r) => format!("repair:{}", pref(r)),
        E::SetInstanceHealth { instance, healthy } => format!("health:{}:{}", pref(instance), pflag(*healthy)),
        E::SetInstanceProtection { instance, protected } => format!("protect:{}:{}", pref(instance), pflag(*protected)),
        E::SetAzAvailable { az, available: false } => format!("azdown:{az}"),
        E::SetAzAvailable { az, available: true } => format!("azup:{az}"),
        E::Spike { multiplier, duration_s } => format!("spike:{}:{duration_s}", f(*multiplier)),
        E::SetTrafficOverride(v) => format!("rps:{}", v.map_or_else(|| "auto".to_string(), f)),
        E::SetTrafficPattern(p) => format!("traffic:{}", super::pattern::print(p)),
        E::SetCapacity { min, max, desired } => format!("cap:{}:{}:{}", sz(min), sz(max), sz(desired)),
        E::PutPolicy(p) => format!("put:{}", policy::print(p)),
        E::DeletePolicy(n) => format!("del:{n}"),
        E::SetAlb(a) => {
            let n = a.numbers().map(|x| x.to_string());
            format!("alb:{}:{}", pword(a.algorithm, &ALGS), n.join(":"))
        }
        E::SetMonitoring(m) => format!("mon:{}", pword(*m, &MONS)),
        E::SetProtectNewInstances(b) => format!("protectnew:{}", pflag(*b)),
        E::SetTerminationPolicy(p) => format!("termpolicy:{}", pword(*p, &TERMS)),
        E::SetHealthCheck { kind, grace_s } => format!("hc:{}:{grace_s}", pword(*kind, &HCS)),
        E::SetWarmupCooldown { default_warmup_s, default_cooldown_s } => {
            format!("warmup:{}:{default_cooldown_s}", sz(default_warmup_s))
        }
        E::SetInstanceType(t) => format!("type:{}", pword(*t, &TYPES)),
    };
    format!("{}:{a}", e.at_s)
}

/// Parse one event.
pub fn parse(s: &str) -> Result<ScheduledEvent, Problem> {
    use EventAction as E;
    let (at, rest) = s.split_once(':').ok_or_else(|| Problem::NotTimeAction(short(s)))?;
    let at_s = uint(at, MAX_TIME_S)?;
    let (kind, args) = rest.split_once(':').unwrap_or((rest, ""));
    if kind == "put" {
        return Ok(ScheduledEvent { at_s, action: E::PutPolicy(policy::parse(args)?) });
    }
    if kind == "traffic" {
        return Ok(ScheduledEvent { at_s, action: E::SetTrafficPattern(super::pattern::parse(args)?) });
    }
    let a: Vec<&str> = if args.is_empty() { Vec::new() } else { args.split(':').collect() };
    let want = |n: usize| {
        if a.len() == n {
            Ok(())
        } else {
            Err(Problem::Arity { kind: kind.to_string(), want: n, got: a.len() })
        }
    };
    let dur = |x: &str| uint(x, MAX_DURATION_S);
    let sz = |x: &str| opt(x, |v| u32_(v, u32::MAX));
    let big = |x: &str| u32_(x, u32::MAX);
    let action = match kind {
        "stress" => {
            want(3)?;
            E::Stress { instance: iref(a[0])?, duration_s: dur(a[1])?, workers: big(a[2])? }
        }
        "terminate" => {
            want(2)?;
            E::TerminateInstance { instance: iref(a[0])?, decrement_desired: flag(a[1])? }
        }
        "break" => {
            want(1)?;
            E::SetInstanceUnhealthy(iref(a[0])?)
        }
        "repair" => {
            want(1)?;
            E::RepairApp(iref(a[0])?)
        }
        "health" => {
            want(2)?;
            E::SetInstanceHealth { instance: iref(a[0])?, healthy: flag(a[1])? }
        }
        "protect" => {
            want(2)?;
            E::SetInstanceProtection { instance: iref(a[0])?, protected: flag(a[1])? }
        }
        "azdown" | "azup" => {
            want(1)?;
            let az = uint(a[0], 63)? as usize;
            if kind == "azdown" {
                E::SetAzAvailable { az, available: false }
            } else {
                E::SetAzAvailable { az, available: true }
            }
        }
        "spike" => {
            want(2)?;
            E::Spike { multiplier: num(a[0])?, duration_s: dur(a[1])? }
        }
        "rps" => {
            want(1)?;
            E::SetTrafficOverride(if a[0] == "auto" { None } else { Some(num(a[0])?) })
        }
        "cap" => {
            want(3)?;
            E::SetCapacity { min: sz(a[0])?, max: sz(a[1])?, desired: sz(a[2])? }
        }
        "del" => {
            want(1)?;
            E::DeletePolicy(name(a[0])?)
        }
        "alb" => {
            want(8)?;
            let algorithm = word(a[0], &ALGS, WordKind::Algorithm)?;
            let mut n = [0u32; 7];
            for (k, x) in n.iter_mut().enumerate() {
                *x = big(a[k + 1])?;
            }
            E::SetAlb(AlbSpec::with_numbers(algorithm, n))
        }
        "mon" => {
            want(1)?;
            E::SetMonitoring(word(a[0], &MONS, WordKind::Monitoring)?)
        }
        "protectnew" => {
            want(1)?;
            E::SetProtectNewInstances(flag(a[0])?)
        }
        "termpolicy" => {
            want(1)?;
            E::SetTerminationPolicy(word(a[0], &TERMS, WordKind::TerminationPolicy)?)
        }
        "hc" => {
            want(2)?;
            E::SetHealthCheck { kind: word(a[0], &HCS, WordKind::HealthCheckType)?, grace_s: big(a[1])? }
        }
        "warmup" => {
            want(2)?;
            E::SetWarmupCooldown { default_warmup_s: sz(a[0])?, default_cooldown_s: big(a[1])? }
        }
        "type" => {
            want(1)?;
            E::SetInstanceType(word(a[0], &TYPES, WordKind::InstanceType)?)
        }
        k => return Err(Problem::NotEventKind(short(k))),
    };
    Ok(ScheduledEvent { at_s, action })
}
