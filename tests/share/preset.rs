//! `preset=<id>`: a link that opens one of the lab's presets, its other scenario keys
//! overriding the preset's fields; a preset untouched is written in that short form.

use asg_engine::*;
use asg_share::{from_query, from_query_shared, to_query, to_query_shared, Notice, Shared};
use asg_view_model::i18n::{notice_problem, notice_used, Lang};
use asg_view_model::presets::{all, find};

fn preset(id: &str) -> Scenario {
    find(id).unwrap().scenario
}

fn notice<'a>(n: &'a [Notice], key: &str) -> &'a Notice {
    n.iter().find(|x| x.key == key).unwrap_or_else(|| panic!("no notice for {key}: {n:?}"))
}

#[test]
fn every_preset_opens_from_its_short_link_and_is_written_back_so() {
    for p in all() {
        let (sc, n) = from_query(&format!("?v=1&preset={}", p.id));
        assert!(n.is_empty(), "{}: {n:?}", p.id);
        assert_eq!(sc, p.scenario, "{}", p.id);
        assert_eq!(Sim::new(sc.clone()).scenario(), &sc, "{}: the engine keeps it as is", p.id);
        let q = to_query(&p.scenario);
        if p.scenario == asg_share::lab_default() {
            assert_eq!(q, "v=1", "the default lab stays the shortest link");
        } else {
            assert_eq!(q, format!("v=1&preset={}", p.id));
        }
        assert_eq!(from_query(&q), (p.scenario.clone(), vec![]));
    }
}

#[test]
fn view_keys_travel_with_the_short_form() {
    let sh =
        Shared { scenario: preset("az-outage"), open_at_s: Some(600), lang: Some("ko".into()), ..Shared::default() };
    let q = to_query_shared(&sh);
    assert_eq!(q, "v=1&preset=az-outage&t=600&lang=ko");
    assert_eq!(from_query_shared(&q), (sh, vec![]));
}

#[test]
fn other_keys_override_the_preset() {
    let (sc, n) = from_query("v=1&preset=flash-crowd&max=3&type=t3.micro&pol=");
    assert!(n.is_empty(), "{n:?}");
    let base = preset("flash-crowd");
    assert_eq!(sc.group.max, 3);
    assert_eq!(sc.instance_type, InstanceType::T3Micro);
    assert!(sc.policies.is_empty(), "an empty pol= removes the preset's policies");
    assert_eq!(sc.traffic, base.traffic, "fields the link does not name are the preset's");
    assert_eq!(sc.events, base.events);
    assert_eq!(sc.group.min, base.group.min.min(3));
}

#[test]
fn a_changed_preset_is_written_in_full_and_comes_back_exactly() {
    let mut sc = preset("black-friday");
    sc.group.max += 1;
    let q = to_query(&sc);
    assert!(!q.contains("preset="), "{q}");
    assert_eq!(from_query(&q), (sc, vec![]));
}

#[test]
fn an_unknown_preset_gives_a_notice_and_the_default_lab() {
    for id in ["nope", "", "FLASH-CROWD", "<script>alert(1)</script>", &"x".repeat(5000)] {
        let q = format!("v=1&preset={}", asg_share::encode_component(id));
        let (sc, n) = from_query(&q);
        assert_eq!(sc, asg_share::lab_default(), "{id}");
        let note = notice(&n, "preset");
        let problem = notice_problem(Lang::En, &note.problem);
        assert!(problem.contains("is not a preset") && problem.contains("flash-crowd"), "{note:?}");
        assert!(problem.chars().count() < 600, "a huge id is shortened: {}", problem.len());
        assert_eq!(notice_used(Lang::En, &note.used), "the default lab");
        assert_eq!(n.len(), 1, "{n:?}");
    }
    // the link's other keys still apply
    let (sc, n) = from_query("v=1&preset=nope&max=4");
    assert_eq!((sc.group.max, n.len()), (4, 1));
}

#[test]
fn hostile_preset_links() {
    // repeated: the first one counts, with a notice
    let (sc, n) = from_query("v=1&preset=az-outage&preset=flash-crowd");
    assert_eq!(sc, preset("az-outage"));
    assert!(notice_problem(Lang::En, &notice(&n, "preset").problem).contains("more than once"));
    // overrides are still checked against the preset's own sizes
    let (sc, n) = from_query("v=1&preset=az-outage&max=2");
    assert!(sc.group.min <= sc.group.max && sc.group.max == 2, "{:?}", sc.group);
    assert!(!n.is_empty(), "min > max is named");
    assert_eq!(Sim::new(sc.clone()).scenario(), &sc);
    // no version: still opened, with the version notice
    let (sc, n) = from_query("preset=credit-cliff");
    assert_eq!(sc, preset("credit-cliff"));
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].key, "v");
}
