//! Messages with values in them (counts, names, times) that the components show: the
//! templates, and one function each that names the values.

use super::{fill, plural, Lang, Text};

texts! {
    TrafficReadout: "Offered {offered} req/s · served {served} · failed {failed}", "요청 {offered} req/s · 처리 {served} · 실패 {failed}";
    FleetSummary: "Desired {desired} · min {min} · max {max} · {running} running", "원하는 용량 {desired} · 최소 {min} · 최대 {max} · 실행 중 {running}개";
    HealthyCount: "{n} healthy", "정상 {n}개";
    AzLane: "Availability Zone {az}", "가용 영역 {az}";
    AzTakeDown: "Take down {az}", "{az} 장애 발생";
    AzBringBack: "Bring back {az}", "{az} 복구";
    CpuOf: "CPU of {id}", "{id}의 CPU";
    ActionsFor: "Actions for {id}", "{id} 작업";
    TargetFor: "Target for {name}", "{name}의 대상 값";
    TargetValue: "Target: {target} {unit}", "대상 값: {target} {unit}";
    RemovePolicy: "Remove policy {name}", "정책 {name} 삭제";
    MinuteOne: "{n} minute", "{n}분";
    Minutes: "{n} minutes", "{n}분";
    LatestValues: "Latest ({time} UTC): {values}", "최근 값({time} UTC): {values}";
    ChartLabel: "{title} chart; the latest values are given as text above it.", "{title} 차트. 최근 값은 차트 위에 텍스트로 표시됩니다.";
    ChartKeysLabel: "{label}. Left and right arrow keys move the crosshair.", "{label} 왼쪽/오른쪽 화살표 키로 십자선을 움직입니다.";
    RangeDays: "{n}d", "{n}일";
    RangeHours: "{n}h", "{n}시간";
    RangeMinutes: "{n}m", "{n}분";
    LinkNoticeIntroOne: "This link asked for {n} thing the lab could not use as given:", "이 링크의 항목 {n}개를 그대로 사용할 수 없었습니다:";
    LinkNoticeIntro: "This link asked for {n} things the lab could not use as given:", "이 링크의 항목 {n}개를 그대로 사용할 수 없었습니다:";
    OpeningProgress: "Opening the shared run at +{min} min: {pct} %", "공유된 실행을 +{min}분 시점으로 여는 중: {pct} %";
    JumpProgress: "Running to +{min} min: {pct} %", "+{min}분 시점까지 실행 중: {pct} %";
    ImportTooLarge: "The JSON is larger than {kb} KB, the most the lab reads.", "JSON이 실습이 읽는 최대 크기 {kb} KB보다 큽니다.";
    ImportNotAScenario: "This is not a lab scenario: {why}", "실습 시나리오가 아닙니다: {why}";
    ImportedWithCorrections: "Imported with corrections: {list}", "수정하여 가져왔습니다: {list}";
    LinkNearlyFull: "This run's link is {pct} % full: after a few more changes it will stop replaying all of them. To keep the whole run, export the scenario as JSON.", "이 실행의 링크가 {pct} % 찼습니다. 변경이 조금 더 늘면 모든 변경을 재현하지 못합니다. 실행 전체를 보관하려면 시나리오를 JSON으로 내보내세요.";
    JournalFull: "This run has more than {kept} changes: the link keeps the first {kept}, so it will not replay the rest.", "이 실행의 변경이 {kept}개를 넘었습니다: 링크에는 처음 {kept}개만 담겨 나머지는 재현되지 않습니다.";
}

/// The traffic readout: offered, served and failed requests/s.
pub fn traffic_readout(lang: Lang, offered: f64, served: f64, failed: f64) -> String {
    let [offered, served, failed] = [offered, served, failed].map(|v| format!("{v:.0}"));
    fill(lang, Text::TrafficReadout, &[("offered", &offered), ("served", &served), ("failed", &failed)])
}

/// The fleet's one-line summary.
pub fn fleet_summary(lang: Lang, desired: u32, min: u32, max: u32, running: usize) -> String {
    fill(lang, Text::FleetSummary, &[("desired", &desired), ("min", &min), ("max", &max), ("running", &running)])
}

/// Healthy targets behind the load balancer.
pub fn healthy_count(lang: Lang, n: usize) -> String {
    fill(lang, Text::HealthyCount, &[("n", &n)])
}

/// Accessible name of an Availability Zone's lane.
pub fn az_lane_label(lang: Lang, az: &str) -> String {
    fill(lang, Text::AzLane, &[("az", &az)])
}

/// Accessible name of the button taking an AZ down (or bringing it back).
pub fn az_toggle_label(lang: Lang, available: bool, az: &str) -> String {
    fill(lang, if available { Text::AzTakeDown } else { Text::AzBringBack }, &[("az", &az)])
}

/// Accessible name of an instance's CPU meter.
pub fn cpu_of(lang: Lang, id: &str) -> String {
    fill(lang, Text::CpuOf, &[("id", &id)])
}

/// Accessible name of an instance's actions menu.
pub fn actions_for(lang: Lang, id: &str) -> String {
    fill(lang, Text::ActionsFor, &[("id", &id)])
}

/// Accessible name of a policy's target slider.
pub fn target_for(lang: Lang, name: &str) -> String {
    fill(lang, Text::TargetFor, &[("name", &name)])
}

/// A target-tracking policy's target, above its slider.
pub fn target_value(lang: Lang, target: f64, unit: &str) -> String {
    fill(lang, Text::TargetValue, &[("target", &target), ("unit", &unit)])
}

/// Accessible name of a policy's remove button.
pub fn remove_policy(lang: Lang, name: &str) -> String {
    fill(lang, Text::RemovePolicy, &[("name", &name)])
}

/// A period of whole minutes: "1 minute", "5 minutes".
pub fn minutes(lang: Lang, m: u64) -> String {
    plural(lang, m, Text::MinuteOne, Text::Minutes)
}

/// The chart's latest values: "Latest (09:14 UTC): CPUUtilization (Average) 63 %".
pub fn latest_values(lang: Lang, hh_mm: &str, values: &str) -> String {
    fill(lang, Text::LatestValues, &[("time", &hh_mm), ("values", &values)])
}

/// Accessible name of a chart's canvas.
pub fn chart_label(lang: Lang, title: &str) -> String {
    fill(lang, Text::ChartLabel, &[("title", &title)])
}

/// Accessible name of the focusable chart wrapper (its label plus how to use the keys).
pub fn chart_keys_label(lang: Lang, label: &str) -> String {
    fill(lang, Text::ChartKeysLabel, &[("label", &label)])
}

/// A chart range choice ("15m", "1h" … as the CloudWatch console writes them).
pub fn range_label(lang: Lang, seconds: u64) -> String {
    let (n, key) = match seconds {
        s if s.is_multiple_of(86_400) => (s / 86_400, Text::RangeDays),
        s if s.is_multiple_of(3600) => (s / 3600, Text::RangeHours),
        s => (s / 60, Text::RangeMinutes),
    };
    fill(lang, key, &[("n", &n)])
}

/// "This link asked for N things the lab could not use as given:"
pub fn link_notice_intro(lang: Lang, n: usize) -> String {
    plural(lang, n as u64, Text::LinkNoticeIntroOne, Text::LinkNoticeIntro)
}

/// Progress while a link's `t=` is being reached.
pub fn opening_progress(lang: Lang, target_min: u64, pct: f64) -> String {
    fill(lang, Text::OpeningProgress, &[("min", &target_min), ("pct", &format!("{pct:.0}"))])
}

/// Progress of a long jump from the header: where it goes and how far it has got.
pub fn jump_progress(lang: Lang, target_min: u64, pct: f64) -> String {
    fill(lang, Text::JumpProgress, &[("min", &target_min), ("pct", &format!("{pct:.0}"))])
}

/// Shown by "Copy link" when the journal is full, so the link no longer replays exactly.
pub fn journal_full(lang: Lang, kept: usize) -> String {
    fill(lang, Text::JournalFull, &[("kept", &kept)])
}
