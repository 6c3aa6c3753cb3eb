//! Native tests of trace import (`crates/trace`, issue 23; docs/aws-behaviour.md §13
//! "Formats"): each format from AWS's documented shapes and examples, the trace's round trip
//! through a link, the engine replaying it, and random or truncated bytes (a message, never
//! a panic). One test binary: `cargo test --test trace`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use asg_engine::traffic::{Pattern, TrafficSpec};
use asg_engine::{Scenario, Sim};
use asg_trace::{build, read_all, Format, Options, Per, Problem, Reader};
use proptest::prelude::*;

const BY_PERIOD: Options = Options { per: Per::Period, period_s: 60, own_start: true, peak_rps: None, looped: false };

/// The CLI's `get-metric-statistics` example output (aws-cli's examples/cloudwatch), as it
/// prints it: hourly datapoints in no order.
const STATISTICS: &str = r#"{
"Datapoints": [
{"Timestamp": "2014-02-19T00:18:00Z", "Maximum": 0.33000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T03:18:00Z", "Maximum": 99.670000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T07:18:00Z", "Maximum": 0.34000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T12:18:00Z", "Maximum": 0.34000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T02:18:00Z", "Maximum": 0.34000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T01:18:00Z", "Maximum": 0.34000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T17:18:00Z", "Maximum": 3.3900000000000001, "Unit": "Percent"},
{"Timestamp": "2014-02-19T13:18:00Z", "Maximum": 0.33000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-18T23:18:00Z", "Maximum": 0.67000000000000004, "Unit": "Percent"},
{"Timestamp": "2014-02-19T06:18:00Z", "Maximum": 0.34000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T11:18:00Z", "Maximum": 0.34000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T10:18:00Z", "Maximum": 0.34000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T19:18:00Z", "Maximum": 8.0, "Unit": "Percent"},
{"Timestamp": "2014-02-19T15:18:00Z", "Maximum": 0.34000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T14:18:00Z", "Maximum": 0.34000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T16:18:00Z", "Maximum": 0.34000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T09:18:00Z", "Maximum": 0.34000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T04:18:00Z", "Maximum": 2.0, "Unit": "Percent"},
{"Timestamp": "2014-02-19T08:18:00Z", "Maximum": 0.68000000000000005, "Unit": "Percent"},
{"Timestamp": "2014-02-19T05:18:00Z", "Maximum": 0.33000000000000002, "Unit": "Percent"},
{"Timestamp": "2014-02-19T18:18:00Z", "Maximum": 6.6699999999999999, "Unit": "Percent"}
],
"Label": "CPUUtilization"
}"#;

/// `get-metric-data`'s output shape (CloudWatch API reference, MetricDataResult): a result
/// per query, `Timestamps` newest first (the default `TimestampDescending`) beside `Values`.
fn metric_data(sums: &[f64]) -> String {
    let n = sums.len();
    let ts: Vec<String> = (0..n).rev().map(|k| format!("\"2024-05-01T09:{:02}:00+00:00\"", k)).collect();
    let vs: Vec<String> = sums.iter().rev().map(|v| format!("{v:.1}")).collect();
    format!(
        "{{\n    \"MetricDataResults\": [\n        {{\n            \"Id\": \"m1\",\n            \"Label\": \"RequestCount\",\n            \"Timestamps\": [{}],\n            \"Values\": [{}],\n            \"StatusCode\": \"Complete\"\n        }}\n    ],\n    \"Messages\": []\n}}\n",
        ts.join(", "),
        vs.join(", ")
    )
}

/// The ALB user guide's example entries (HTTP, HTTPS, HTTP/2, WebSockets, secured
/// WebSockets), each on one line as the log writes it.
const ALB_EXAMPLES: [&str; 5] = [
    r#"http 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 2018-07-02T22:22:48.364000Z "forward" "-" "-""#,
    r#"https 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.086 0.048 0.037 200 200 0 57 "GET https://www.example.com:443/ HTTP/1.1" "curl/7.46.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337281-1d84f3d73c47ec4e58577259" "www.example.com" "arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 1 2018-07-02T22:22:48.364000Z "authenticate,forward" "-" "-""#,
    r#"h2 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 10.0.1.252:48160 10.0.0.66:9000 0.000 0.002 0.000 200 200 5 257 "GET https://10.0.2.105:773/ HTTP/2.0" "curl/7.46.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337327-72bd00b0343d75b906739c42" "-" "-" 1 2018-07-02T22:22:48.364000Z "redirect" "https://example.com:80/" "-""#,
    r#"ws 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 10.0.0.140:40914 10.0.1.192:8010 0.001 0.003 0.000 101 101 218 587 "GET http://10.0.0.30:80/ HTTP/1.1" "-" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337364-23a8c76965a2ef7629b185e3" "-" "-" 1 2018-07-02T22:22:48.364000Z "forward" "-" "-""#,
    r#"wss 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 10.0.0.140:44244 10.0.0.171:8010 0.000 0.001 0.000 101 101 218 786 "GET https://10.0.0.30:443/ HTTP/1.1" "-" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337364-23a8c76965a2ef7629b185e3" "-" "-" 1 2018-07-02T22:22:48.364000Z "forward" "-" "-""#,
];

// §13: get-metric-statistics, datapoints in no order, each hour's Maximum as a rate
#[test]
fn get_metric_statistics_output_reads_in_time_order() {
    let s = read_all(STATISTICS.as_bytes(), None).unwrap();
    assert_eq!((s.format, s.label.as_deref(), s.timed.len()), (Format::CloudWatch, Some("CPUUtilization"), 21));
    let b = build(&s, &Options { per: Per::Second, ..BY_PERIOD }).unwrap();
    assert_eq!((b.trace.period_s, b.trace.levels.len(), b.gaps), (3600, 21, 0));
    assert_eq!(b.start_utc_s, Some(1_392_765_480), "2014-02-18T23:18:00Z");
    // 04:18 is the sixth hour: Maximum 2.0
    assert!((b.trace.rate(5 * 3600) - 2.0).abs() < b.trace.quantum_rps);
    assert!((b.trace.peak_rps() - 99.67).abs() < b.trace.quantum_rps);
}

// §13: get-metric-data, newest first; a Sum per minute is requests per minute
#[test]
fn get_metric_data_output_is_requests_per_period() {
    let sums: Vec<f64> = (0..30).map(|k| 600.0 + 60.0 * f64::from(k % 5)).collect();
    let s = read_all(metric_data(&sums).as_bytes(), None).unwrap();
    assert_eq!(s.label.as_deref(), Some("RequestCount"));
    let b = build(&s, &BY_PERIOD).unwrap();
    assert_eq!((b.trace.period_s, b.trace.levels.len()), (60, 30));
    assert_eq!(b.start_utc_s, Some(1_714_554_000), "09:00 is the first, though printed last");
    for (k, sum) in sums.iter().enumerate() {
        assert!((b.trace.rate(k as u64 * 60) - sum / 60.0).abs() < 1e-9, "minute {k}");
    }
    // scaled to a peak of 200 req/s, lab clock, looped
    let o = Options { peak_rps: Some(200.0), own_start: false, looped: true, ..BY_PERIOD };
    let b = build(&s, &o).unwrap();
    assert!((b.trace.peak_rps() - 200.0).abs() < 1e-9 && b.start_utc_s.is_none() && b.trace.looped);
    // a broken output: its line and what was expected, nothing built
    let broken = metric_data(&sums).replace("\"Values\": [", "\"Values\": [,");
    let e = read_all(broken.as_bytes(), None).unwrap_err();
    assert_eq!((e.line, e.problem), (Some(7), Problem::Json("a JSON value")));
    let uneven = metric_data(&sums).replace("660.0, ", "");
    assert!(matches!(read_all(uneven.as_bytes(), None).unwrap_err().problem, Problem::Lengths(30, _)));
}

// §13: CSV in the shapes Grafana and the CloudWatch console download, and the rest
#[test]
fn csv_with_or_without_a_header_in_each_separator() {
    let grafana = "\"Time\",\"RequestCount\"\n\"2024-05-01 09:30:00\",120\n\"2024-05-01 09:31:00\",180\n";
    let s = read_all(grafana.as_bytes(), None).unwrap();
    assert_eq!((s.format, s.label.as_deref(), s.timed.len()), (Format::Csv, Some("RequestCount"), 2));
    assert_eq!(build(&s, &BY_PERIOD).unwrap().trace.rate(60), 3.0);
    let semicolon = "Zeit;Anfragen\n1714555800000;1,5\n1714555860000;2,5\n";
    let s = read_all(semicolon.as_bytes(), None).unwrap();
    assert_eq!(s.timed, vec![(1_714_555_800.0, 1.5), (1_714_555_860.0, 2.5)]);
    let tab = "2024-05-01T09:30:00Z\t7\t1\n2024-05-01T09:31:00Z\t9\t2\n";
    let s = read_all(tab.as_bytes(), Some(3)).unwrap();
    assert_eq!(s.timed.iter().map(|p| p.1).collect::<Vec<_>>(), [1.0, 2.0], "the third column asked for");
    // a missing minute counts as no request
    let gap = "t,v\n2024-05-01T09:30:00Z,60\n2024-05-01T09:31:00Z,60\n2024-05-01T09:33:00Z,60\n";
    let b = build(&read_all(gap.as_bytes(), None).unwrap(), &BY_PERIOD).unwrap();
    assert_eq!((b.trace.levels.len(), b.gaps), (4, 1));
    let e = read_all(b"t,v\n2024-05-01T09:30:00Z,60\nyesterday,5\n", None).unwrap_err();
    assert_eq!((e.line, e.problem), (Some(3), Problem::BadTime("yesterday".into())));
    let e = read_all(b"2024-05-01T09:30:00Z\n", Some(2)).unwrap_err();
    assert_eq!((e.line, e.problem), (Some(1), Problem::NoColumn(2)));
}

// §13: ALB access log entries, counted at the second the request arrived
#[test]
fn alb_access_log_entries_are_counted_per_second() {
    let mut log = ALB_EXAMPLES.join("\n");
    // two more a second later (the time of creation moved on), and a final newline
    for _ in 0..2 {
        log.push('\n');
        log.push_str(&ALB_EXAMPLES[0].replace("22:22:48.364000Z", "22:22:49.001000Z"));
    }
    log.push('\n');
    let s = read_all(log.as_bytes(), None).unwrap();
    assert_eq!(s.format, Format::AlbLog);
    assert_eq!(s.timed, vec![(1_530_570_168.0, 5.0), (1_530_570_169.0, 2.0)], "request_creation_time");
    let b = build(&s, &BY_PERIOD).unwrap();
    assert_eq!((b.trace.period_s, b.trace.levels.len()), (1, 2));
    assert_eq!((b.trace.rate(0), b.trace.rate(1)), (5.0, 2.0));
    let e = read_all(format!("{}\nGET / HTTP/1.1\n", ALB_EXAMPLES[0]).as_bytes(), None).unwrap_err();
    assert_eq!(e.line, Some(2));
    assert!(matches!(e.problem, Problem::NotAlbLine(_)));
}

// §13: one number a line, the period from the form
#[test]
fn numbers_take_their_period_from_the_form() {
    let s = read_all(b"# requests per 5 minutes\n300\n600\n\n900\n", None).unwrap();
    assert_eq!((s.format, s.untimed.clone()), (Format::Numbers, vec![300.0, 600.0, 900.0]));
    let b = build(&s, &Options { period_s: 300, ..BY_PERIOD }).unwrap();
    assert_eq!((b.trace.rate(0), b.trace.rate(300), b.start_utc_s), (1.0, 2.0, None));
    assert_eq!(build(&s, &Options { period_s: 0, ..BY_PERIOD }).unwrap_err().problem, Problem::BadPeriod);
    let e = read_all(b"1\n2\nthree\n", None).unwrap_err();
    assert_eq!((e.line, e.problem), (Some(3), Problem::BadNumber("three".into())));
}

// §13: a file read in chunks of any size is the same file
#[test]
fn chunks_of_any_size_read_the_same() {
    let whole = format!("{}\n{}\n", ALB_EXAMPLES[1], ALB_EXAMPLES[2]);
    let all = read_all(whole.as_bytes(), None).unwrap();
    for size in [1, 7, 64, 4096] {
        let mut r = Reader::new(None);
        for c in whole.as_bytes().chunks(size) {
            r.push(c).unwrap();
        }
        assert_eq!(r.finish().unwrap(), all, "chunks of {size}");
    }
    let json = metric_data(&[60.0, 120.0]);
    let mut r = Reader::new(None);
    for c in json.as_bytes().chunks(5) {
        r.push(c).unwrap();
    }
    assert_eq!(r.finish().unwrap(), read_all(json.as_bytes(), None).unwrap());
}

// §13: the trace travels in a link exactly, and the engine offers it as traffic
#[test]
fn a_trace_survives_the_link_and_is_the_offered_traffic() {
    let sums: Vec<f64> =
        (0..10_080).map(|k| 3000.0 + 2400.0 * (f64::from(k) / 1440.0 * std::f64::consts::TAU).sin()).collect();
    let csv: String = sums.iter().enumerate().map(|(k, v)| format!("{},{v}\n", 1_714_521_600 + k * 60)).collect();
    let b = build(&read_all(csv.as_bytes(), None).unwrap(), &BY_PERIOD).unwrap();
    assert!(asg_share::trace_code::bytes_per_point(&b.trace) < 1.5);
    let sc = Scenario {
        traffic: TrafficSpec { pattern: Pattern::Trace(b.trace.clone()), poisson_noise: false },
        start_utc_s: b.start_utc_s.unwrap(),
        ..Scenario::default()
    };
    let q = asg_share::to_query(&sc);
    assert!(q.len() < asg_share::MAX_QUERY_BYTES, "{} bytes", q.len());
    let (back, notices) = asg_share::from_query(&q);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, sc);
    let mut sim = Sim::new(back);
    sim.run_until(3 * 3600);
    let offered = sim.snapshot().offered_rps;
    assert!((offered - b.trace.rate(3 * 3600)).abs() < 1.0, "{offered} vs {}", b.trace.rate(3 * 3600));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    // random bytes: a message or a trace, never a panic
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000), cut in 1usize..64) {
        let mut r = Reader::new(None);
        let mut ok = true;
        for c in bytes.chunks(cut) {
            if r.push(c).is_err() { ok = false; break; }
        }
        if ok {
            if let Ok(s) = r.finish() { let _ = build(&s, &BY_PERIOD); }
        }
    }

    // a valid file cut anywhere: a message or a shorter trace, never a panic
    #[test]
    fn truncated_files_never_panic(which in 0usize..4, at in 0usize..4000) {
        let files = [
            STATISTICS.to_string(),
            metric_data(&[60.0, 90.0, 30.0]),
            ALB_EXAMPLES.join("\n"),
            "\"Time\",\"v\"\n\"2024-05-01 09:30:00\",1\n\"2024-05-01 09:31:00\",2\n".to_string(),
        ];
        let f = files[which].as_bytes();
        if let Ok(s) = read_all(&f[..at.min(f.len())], None) { let _ = build(&s, &BY_PERIOD); }
    }
}

// §13: the two real presets are the committed files, rebuilt with the form's options
#[test]
fn the_real_presets_are_their_files_rebuilt() {
    use asg_share::presets::PresetId;
    use asg_share::real_traces::RealTrace;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/traces");
    for (file, peak, real, preset) in [
        ("nab-elb-request-count-8c0756-week.csv", 400.0, RealTrace::NabElb, PresetId::RealElbWeek),
        ("nasa-http-1995-08-14-week-5min.csv", 300.0, RealTrace::NasaHttp, PresetId::RealNasaWeek),
    ] {
        let bytes = std::fs::read(root.join(file)).unwrap();
        let o = Options { per: Per::Period, period_s: 300, own_start: true, peak_rps: Some(peak), looped: true };
        let b = build(&read_all(&bytes, None).unwrap(), &o).unwrap();
        assert_eq!(b.trace, real.trace(), "{file}");
        assert_eq!(b.start_utc_s, Some(real.start_utc_s()), "{file}");
        assert_eq!(b.trace.levels.len(), 2016, "a week of 5 minutes");
        let sc = preset.scenario();
        assert_eq!(sc.traffic.pattern, Pattern::Trace(b.trace.clone()));
        let q = asg_share::to_query(&sc);
        assert_eq!(q, format!("v=1&preset={}", preset.id()), "a preset's link is its id");
    }
}

// §13: a challenge of one's own carries its trace in its link
#[test]
fn a_challenge_carries_a_trace() {
    use asg_engine::challenge::{Challenge, Goal, GoalKind, Knob};
    use asg_share::challenge_link::ChallengeLink;
    use asg_share::presets::PresetId;
    use asg_share::{from_query_shared, to_query_shared, Shared};
    // the preset's trace with another group: the link writes the trace itself
    let mut scenario = PresetId::RealNasaWeek.scenario();
    scenario.group.max = 30;
    let challenge = Challenge {
        scenario: scenario.clone(),
        horizon_s: 86_400,
        knobs: vec![Knob::Capacity, Knob::Scheduled],
        goals: vec![Goal { kind: GoalKind::FailedPct(1.0), weight: 1 }],
    };
    let sh = Shared { scenario, challenge: Some(ChallengeLink::new(None, challenge)), ..Shared::default() };
    let q = to_query_shared(&sh);
    assert!(q.contains("traffic=trace(300,"), "the start's traffic is the trace");
    let (back, notices) = from_query_shared(&q);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, sh);
}
