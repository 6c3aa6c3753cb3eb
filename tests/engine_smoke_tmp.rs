use asg_lab::sim::*;
#[test]
fn smoke() {
    let mut s = Sim::new(Scenario::default());
    for _ in 0..50 {
        s.step(60);
        let sn = s.snapshot();
        let al: Vec<String> = s.alarms().iter().map(|a| format!("{}", a.state)).collect();
        println!("t={} des={} cpu={:?} inst={:?} al={:?} served={} p99={:.1}", sn.t, sn.desired, sn.group_cpu.map(|c| c.round()),
          sn.instances.iter().map(|i| format!("{}:{}:{}:{:.0}", i.lifecycle, i.target_state, i.warming, i.cpu)).collect::<Vec<_>>(), al, sn.served_rps, sn.p99_ms);
    }
    for a in s.activities().take(10) { println!("{} {} | {} | {} | {}", a.start_s, a.status, a.description, a.cause, a.why); }
    println!("{:?}", s.ledger());
    println!("{:?}", s.summary());
}
#[test]
fn day_probe() {
    let sc = Scenario {
        instance_type: InstanceType::T3Micro,
        traffic: TrafficSpec { pattern: Pattern::Diurnal { mean_rps: 2600.0, amplitude_rps: 2400.0, peak_hour_utc: 15.0 }, poisson_noise: true },
        group: GroupSpec { min: 2, max: 120, desired: Some(10), azs: 3, ..GroupSpec::default() },
        policies: vec![PolicySpec::default_cpu50()],
        events: vec![],
        ..Scenario::default()
    };
    let mut s = Sim::new(sc);
    let t0 = std::time::Instant::now();
    for h in 0..24 { s.step(3600); let sn = s.snapshot(); println!("h={h} des={} cpu={:?} off={:.0} served={} failed={} p99={:.0}", sn.desired, sn.group_cpu.map(|c| c.round()), sn.offered_rps, sn.served_rps, sn.failed_rps, sn.p99_ms); }
    println!("elapsed {:?}", t0.elapsed());
    println!("{:?}", s.summary());
}
