//! Malformed and hostile links: no panic, a valid scenario, and a notice for every
//! difference from the standard form.

use asg_engine::*;
use asg_share::{
    decode_component, from_query, from_query_shared, pairs, to_query, Notice, Problem, MAX_EVENTS, MAX_QUERY_BYTES,
};
use asg_view_model::i18n::{notice_problem, notice_text, notice_used, Lang};
use proptest::prelude::*;

fn has(n: &[Notice], key: &str) -> bool {
    n.iter().any(|x| x.key == key)
}

/// The scenario is one the engine accepts unchanged.
fn assert_valid(sc: &Scenario) {
    let g = &sc.group;
    assert!(g.min <= g.max && g.max <= 500, "{g:?}");
    if let Some(d) = g.desired {
        assert!(g.min <= d && d <= g.max, "{g:?}");
    }
    assert!(g.azs >= 1 && g.azs as usize <= sc.region.az_letters().len());
    assert!(sc.policies.len() <= MAX_POLICIES && sc.events.len() <= MAX_EVENTS);
    for (i, p) in sc.policies.iter().enumerate() {
        assert!(validate_policy(p).is_ok(), "{p:?}");
        assert!(sc.policies[..i].iter().all(|q| q.name() != p.name()));
    }
    assert!(!(sc.alb.slow_start_s != 0 && sc.alb.algorithm == Algorithm::LeastOutstandingRequests));
    let sim = Sim::new(sc.clone());
    assert_eq!(sim.scenario(), sc, "Sim::new changed the scenario");
}

/// The text from the link a problem quotes (the innermost one for a policy/event item).
fn link_value(p: &Problem) -> Option<&str> {
    use Problem as P;
    match p {
        P::InPolicy { error, .. } | P::InEvent { error, .. } | P::InLeaf { error, .. } => link_value(error),
        P::NotFinite(v) | P::NotNumber(v) | P::NotWhole(v) | P::NotSigned(v) | P::NotFlag(v) | P::NotLanguage(v) => {
            Some(v)
        }
        P::NotVersion(v) | P::NotStandard(v) | P::NotPanel(v) | P::PanelTwice(v) | P::NotInstanceId(v) => Some(v),
        P::NotDatapoints(v) | P::StepShape(v) | P::StepNoDots(v) | P::TooFewParts(v) | P::NotEvery(v) => Some(v),
        P::CronChars(v)
        | P::NotSchedule(v)
        | P::NotPolicyKind(v)
        | P::NotTimeAction(v)
        | P::NotEventKind(v)
        | P::PeakHour(v) => Some(v),
        P::TooLarge { value, .. }
        | P::BadName { value, .. }
        | P::UnknownWord { value, .. }
        | P::NotPreset { value, .. } => Some(value),
        P::Outside { value, .. } | P::UnknownOption { value, .. } | P::RateOutside { value, .. } => Some(value),
        P::Expected { found, .. } => Some(found),
        _ => None,
    }
}

/// Every notice has words in both languages (Korean in Hangul) that show the link's text as
/// it was (plain text: a `<` from the link stays a `<` in the string the UI puts in a text node).
fn check_words(n: &[Notice]) {
    for x in n {
        let (en, ko) = (notice_problem(Lang::En, &x.problem), notice_problem(Lang::Ko, &x.problem));
        assert!(!en.is_empty() && !ko.is_empty() && en != ko, "{x:?}");
        assert!(ko.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)), "no Korean: {ko}");
        for lang in [Lang::En, Lang::Ko] {
            assert!(!notice_used(lang, &x.used).is_empty(), "{x:?}");
            let line = notice_text(lang, x);
            assert!(line.starts_with(&format!("{}: ", x.key)), "{line}");
        }
        if let Some(v) = link_value(&x.problem) {
            assert!(en.contains(v) && ko.contains(v), "the link's text {v:?} is shown as text: {en} / {ko}");
            if let Some(at) = v.find('<') {
                assert!(ko.contains(&v[at..]), "{ko}");
            }
        }
    }
}

/// No notice ⇒ every pair of the link is exactly the standard form of what was read.
fn check(q: &str) -> Vec<Notice> {
    let (sh, n) = from_query_shared(q);
    assert_valid(&sh.scenario);
    check_words(&n);
    if n.is_empty() {
        let canon = pairs(&sh);
        let mut seen = Vec::new();
        for seg in q.strip_prefix('?').unwrap_or(q).split('&').filter(|s| !s.is_empty()) {
            let (k, v) = seg.split_once('=').unwrap_or((seg, ""));
            let (k, v) = (decode_component(k).0, decode_component(v).0);
            assert!(!seen.contains(&k), "repeated key {k} without a notice in {q}");
            if k == "preset" {
                assert!(asg_view_model::presets::find(&v).is_some(), "unknown preset without a notice in {q}");
                seen.push(k);
                continue;
            }
            let c = canon
                .iter()
                .find(|(ck, _)| *ck == k)
                .unwrap_or_else(|| panic!("unknown key {k} without a notice in {q}"));
            assert_eq!(c.1, v, "key {k} read differently without a notice in {q}");
            seen.push(k);
        }
        assert!(q.len() <= MAX_QUERY_BYTES);
        assert!(seen.is_empty() || seen.contains(&"v".to_string()), "no version without a notice: {q}");
    }
    n
}

#[test]
fn each_kind_of_problem_is_named() {
    let cases: &[(&str, &str)] = &[
        ("v=1&bogus=3", "bogus"),
        ("v=1&min=abc", "min"),
        ("v=1&max=9999", "max"),
        ("v=1&max=99999999999999999999999999", "max"),
        ("v=1&min=5&max=3", "min"),
        ("v=1&min=1&max=3&desired=9", "desired"),
        ("v=1&ttratio=NaN", "ttratio"),
        ("v=1&svc=inf", "svc"),
        ("v=1&traffic=const(NaN)", "traffic"),
        ("v=1&traffic=const(1e400)", "traffic"),
        ("v=1&name=%E0%A4", "name"),
        ("v=1&name=a%2", "name"),
        ("v=1&min=2&min=3", "min"),
        ("v=0&min=2", "v"),
        ("v=2&min=2", "v"),
        ("v=x", "v"),
        ("min=2", "v"),
        ("v=1&min=02", "min"),
        ("v=1&alg=lor&slow=60", "slow"),
        ("v=1&slow=5", "slow"),
        ("v=1&azs=9", "azs"),
        ("v=1&name=%3Cscript%3Ealert(1)%3C/script%3E", "name"),
        ("v=1&pol=tt:cpu:-5", "pol"),
        ("v=1&pol=tt:cpu:50;tt:cpu:50", "pol"),
        ("v=1&pol=sched:cron(99_*_*_*_*):1:2:1", "pol"),
        ("v=1&ev=10:azdown:1;5:azup:1", "ev"),
        ("v=1&ev=10:explode:1", "ev"),
        ("v=1&traffic=sum(sum(sum(sum(sum(sum(sum(sum(sum(sum(const(1)))))))))))", "traffic"),
        ("v=1&lang=fr", "lang"),
        ("v=1&panels=fleet,<b>", "panels"),
        ("v=1&t=-5", "t"),
        ("v=1&start=61", "start"),
        ("v=1&ttbasic=90", "ttbasic"),
    ];
    for (q, key) in cases {
        let n = check(q);
        assert!(has(&n, key), "{q}: expected a notice on {key}, got {n:?}");
        for x in &n {
            let (problem, used) = (notice_problem(Lang::En, &x.problem), notice_used(Lang::En, &x.used));
            assert!(!problem.is_empty() && !used.is_empty(), "{x:?}");
        }
    }
}

#[test]
fn min_over_max_uses_aws_words() {
    let (sc, n) = from_query("v=1&min=5&max=3");
    assert_eq!((sc.group.min, sc.group.max), (3, 3));
    assert!(n.iter().any(|x| x.problem == Problem::MaxBound { max: 3, min: 5 }), "{n:?}");
    let shown: Vec<String> = n.iter().map(|x| notice_problem(Lang::En, &x.problem)).collect();
    assert!(shown.iter().any(|s| s == "Max bound, 3, must be greater than or equal to min bound, 5"), "{shown:?}");
    let ko: Vec<String> = n.iter().map(|x| notice_problem(Lang::Ko, &x.problem)).collect();
    assert!(
        ko.iter()
            .any(|s| s.contains("Max bound, 3, must be greater than or equal to min bound, 5") && s.contains("AWS")),
        "AWS's English stays: {ko:?}"
    );
}

#[test]
fn too_many_events_and_policies_are_capped() {
    let ev: Vec<String> = (0..MAX_EVENTS + 5).map(|i| format!("{i}:azup:0")).collect();
    let (sc, n) = from_query(&format!("v=1&ev={}", ev.join(";")));
    assert_eq!(sc.events.len(), MAX_EVENTS);
    assert!(has(&n, "ev"));
    let pol: Vec<String> = (0..MAX_POLICIES + 3).map(|i| format!("hpa:50@h{i}")).collect();
    let (sc, n) = from_query(&format!("v=1&pol={}", pol.join(";")));
    assert_eq!(sc.policies.len(), MAX_POLICIES);
    assert!(has(&n, "pol"));
}

#[test]
fn over_long_link_is_cut_with_a_notice() {
    let q = format!("v=1&min=2&{}", "x=1&".repeat(MAX_QUERY_BYTES));
    let (sc, n) = from_query(&q);
    assert_eq!(sc.group.min, 2);
    assert!(has(&n, "(link)"));
}

#[test]
fn a_clean_link_has_no_notice() {
    assert!(check("?v=1&min=2&max=5&desired=3&traffic=diurnal(120,80,12)+walk(20,5,0,60)&pol=tt:cpu:50;hpa:60&ev=600:stress:0:1800:1;10800:azdown:1").is_empty());
}

fn mutate(q: &str, ops: &[(u8, usize, u8)]) -> String {
    let mut b = q.as_bytes().to_vec();
    for &(op, at, byte) in ops {
        let i = if b.is_empty() { 0 } else { at % (b.len() + 1) };
        match op % 5 {
            0 => b.insert(i, byte),
            1 if i < b.len() => {
                b.remove(i);
            }
            2 if i < b.len() => b[i] = byte,
            3 => b.truncate(i),
            _ => {
                let piece: &[u8] = match byte % 8 {
                    0 => b"%",
                    1 => b"%zz",
                    2 => b"99999999999999999999999",
                    3 => b"&min=7",
                    4 => b"NaN",
                    5 => b"-1",
                    6 => b"&v=1",
                    7 if at % 2 == 0 => b"<b>%3Ci%3E",
                    _ => b"(",
                };
                b.splice(i..i, piece.iter().copied());
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

fn busy() -> Scenario {
    let (sc, n) = from_query("v=1&seed=9&min=2&max=6&desired=3&azs=3&alg=lor&traffic=(const(5)+ramp(0,100,60,600))*spike(100,10,60,10,1,3)&pol=tt:req:900:noin:w60;step:cpu,avg,60,2/3,gt,70:change:0..10/1,10../2@out;hpa:55:0.2;sched:cron(0_9_*_*_1-5):1:4:-&ev=0:stress:0:600:1;60:cap:2:8:4;120:put:simple:cpu,max,120,1/1,lt,20,ignore:change:-1:c60;180:rps:auto;240:terminate:i-000000000000000ff:0");
    assert!(n.is_empty(), "{n:?}");
    sc
}

proptest! {
    // 3 × 3000 cases in CI; 3 × 34,000 (> 100,000 links) in `scripts/fuzz.sh`
    #![proptest_config(ProptestConfig { cases: crate::fuzz::cases(3000, 34_000), failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn random_bytes_never_break_it(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_key_value_soup(pairs in prop::collection::vec((prop::sample::select(vec!["v","min","max","desired","azs","traffic","pol","ev","slow","alg","t","lang","panels","seed","start","zzz","cap","svc","preset","name","embed"]), "[-0-9a-z.,:;()+*%_@/<>&\"']{0,24}|flash-crowd|az-outage|%3Cscript%3E"), 0..8)) {
        let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        check(&q.join("&"));
    }

    #[test]
    fn mutated_links_never_break_it(ops in prop::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..6)) {
        let q = to_query(&busy());
        check(&mutate(&q, &ops));
    }
}
