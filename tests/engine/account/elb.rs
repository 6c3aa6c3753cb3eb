//! Target groups, the load balancer and the browser pane (docs/aws-behaviour.md §11).

use super::*;
use asg_engine::account::guide::StepState;

// ---- §11 "Load balancer" ----

#[test]
fn an_alb_needs_two_availability_zones() {
    let (mut a, id) = with_instance();
    let sg = alb_sg(&mut a);
    a.apply(&Action::CreateTargetGroup { name: "tg".into(), port: 80, hc_path: "/".into(), register: vec![id] })
        .unwrap();
    let e = err(a.apply(&Action::CreateLoadBalancer(lb_form(vec![1, 1], sg.clone()))));
    assert_eq!(e.field, Some("subnets"));
    assert_eq!(
        e.to_string(),
        "ValidationError: At least two subnets in two different Availability Zones must be specified"
    );
    let mut f = lb_form(vec![0, 1], sg);
    f.name = "internal-web".into();
    assert_eq!(err(a.apply(&Action::CreateLoadBalancer(f))).field, Some("name"));
}

#[test]
fn targets_are_unused_without_a_listener_then_pass_five_checks_thirty_seconds_apart() {
    let (mut a, id) = with_instance();
    let t0 = a.now();
    a.apply(&Action::CreateTargetGroup { name: "tg".into(), port: 80, hc_path: "/".into(), register: vec![id] })
        .unwrap();
    a.advance_to(t0 + 5);
    let x = target(&a, "tg");
    assert_eq!((x.health, x.reason), (Health::Unused, Some("Target.NotInUse")));
    let sg = alb_sg(&mut a);
    a.apply(&Action::CreateLoadBalancer(lb_form(vec![0, 1], sg))).unwrap();
    let t1 = a.now();
    a.advance_to(t1 + 1);
    assert_eq!(target(&a, "tg").health, Health::Initial);
    // checks at t1+1, +31, +61, +91, +121: healthy at the fifth pass
    a.advance_to(t1 + 120);
    assert_eq!(
        (target(&a, "tg").health, target(&a, "tg").reason),
        (Health::Initial, Some("Elb.InitialHealthChecking"))
    );
    a.advance_to(t1 + 121);
    assert_eq!(target(&a, "tg").health, Health::Healthy);
    assert_eq!(a.step_state(Step::LoadBalancer), StepState::Done);
}

#[test]
fn a_target_whose_security_group_drops_port_80_times_out() {
    let mut a = Account::new(1);
    a.apply(&Action::CreateKeyPair("k".into())).unwrap();
    let mut f = InstanceForm::assignment("k");
    f.new_group = Some(vec![Rule { port: 22, source: Source::MyIp }]);
    a.apply(&Action::RunInstance(f)).unwrap();
    let id = a.instances().next().unwrap().id.clone();
    a.advance_to(120);
    let sg = alb_sg(&mut a);
    a.apply(&Action::CreateTargetGroup { name: "tg".into(), port: 80, hc_path: "/".into(), register: vec![id] })
        .unwrap();
    a.apply(&Action::CreateLoadBalancer(lb_form(vec![0, 1], sg))).unwrap();
    a.advance_to(a.now() + 40);
    let x = target(&a, "tg");
    assert_eq!((x.health, x.reason), (Health::Unhealthy, Some("Target.Timeout")));
    a.advance_to(a.now() + LB_PROVISION_S);
    let dns = a.load_balancers().next().unwrap().dns.clone();
    // every target unhealthy: the ALB fails open, and the target does not answer
    assert!(matches!(a.browse(&dns), Page::Error { status: 504, .. }), "{:?}", a.browse(&dns));
}

#[test]
fn amazon_linux_has_no_web_server_so_its_target_fails_and_the_page_is_a_502() {
    let mut a = Account::new(1);
    a.apply(&Action::CreateKeyPair("k".into())).unwrap();
    let mut f = InstanceForm::assignment("k");
    f.image = ImageRef::Catalogue(Catalogue::AmazonLinux2023);
    a.apply(&Action::RunInstance(f)).unwrap();
    let id = a.instances().next().unwrap().id.clone();
    a.advance_to(120);
    let sg = alb_sg(&mut a);
    a.apply(&Action::CreateTargetGroup { name: "tg".into(), port: 80, hc_path: "/".into(), register: vec![id] })
        .unwrap();
    a.apply(&Action::CreateLoadBalancer(lb_form(vec![0, 1], sg))).unwrap();
    a.advance_to(a.now() + LB_PROVISION_S);
    assert_eq!(target(&a, "tg").reason, Some("Target.FailedHealthChecks"));
    let dns = a.load_balancers().next().unwrap().dns.clone();
    assert!(matches!(a.browse(&dns), Page::Error { status: 502, .. }));
}

#[test]
fn the_browser_pane_sees_dns_then_wordpress_and_503_without_targets() {
    let (mut a, id) = with_alb();
    let dns = a.load_balancers().next().unwrap().dns.clone();
    assert!(dns.ends_with(".ap-northeast-2.elb.amazonaws.com"), "{dns}");
    assert_eq!(a.browse(&dns), Page::NoSuchHost, "still provisioning");
    a.advance_to(a.now() + LB_PROVISION_S);
    assert_eq!(a.browse(&dns), Page::WordPress { instance: id.clone() });
    a.apply(&Action::DeregisterTarget { target_group: "tg".into(), instance: id }).unwrap();
    assert!(matches!(a.browse(&dns), Page::Error { status: 503, .. }));
    assert_eq!(a.browse("nothing.example"), Page::NoSuchHost);
}

#[test]
fn a_target_group_used_by_a_listener_cannot_be_deleted() {
    let (mut a, _) = with_alb();
    let arn = a.target_groups().next().unwrap().arn.clone();
    let e = err(a.apply(&Action::DeleteTargetGroup("tg".into())));
    assert_eq!(
        e.to_string(),
        format!("ResourceInUse: Target group '{arn}' is currently in use by a listener or a rule")
    );
    a.apply(&Action::DeleteLoadBalancer("alb".into())).unwrap();
    a.apply(&Action::DeleteTargetGroup("tg".into())).unwrap();
}
