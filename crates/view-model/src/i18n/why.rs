//! The engine's plain-language "why" of each activity, in the UI's language. The engine keeps
//! the facts ([`Why`]); their words, English and Korean, are here. AWS's names (metric names,
//! `Unhealthy`, adjustment types such as `ChangeInCapacity`) stay as the console shows them;
//! so does an alarm's breach, "CPUUtilization 78.3 > 50" ([`Breach`](asg_engine::Breach)'s
//! `Display`: a metric name and numbers).

use core::fmt::Display;

use super::{fill, tr, Lang, Text};
use asg_engine::alarms::fmt_num;
use asg_engine::{Reason, TtFacts, TtMetric, Why};

texts! {
    WhyChanged: " → desired {old} → {new}", " → 원하는 용량 {old} → {new}";
    // a target-tracking metric in a "why": label and unit
    WhyCpu: "CPU", "CPU";
    WhyCpuUnit: " %", " %";
    WhyRequests: "Requests per target", "대상당 요청 수";
    WhyRequestsUnit: "/min", "/분";
    WhyGroupCreated: "group created with this desired capacity", "그룹 생성 시 지정한 원하는 용량";
    WhyInvalidPolicy: "the scenario's policy definition is invalid", "시나리오의 정책 정의가 잘못됨";
    WhyTargetAbove: "{label} {value}{unit} > target {target}{unit} for {minutes} minutes → ceil({ready} × {value} / {target}) = {capacity}", "{minutes}분 동안 {label} {value}{unit} > 대상 값 {target}{unit} → ceil({ready} × {value} / {target}) = {capacity}";
    WhyTargetBelow: "{label} {value}{unit} < {low}{unit} ({ratio} × target) for {minutes} minutes, no instance warming → ceil({ready} × {value} / {target}) = {capacity}", "{minutes}분 동안 {label} {value}{unit} < {low}{unit}(대상 값 × {ratio}), 워밍업 중인 인스턴스 없음 → ceil({ready} × {value} / {target}) = {capacity}";
    WhyStep: "{breach} (step {step}: {kind} {adjustment})", "{breach} (단계 {step}: {kind} {adjustment})";
    WhySimple: "{breach} ({kind} {adjustment}, then cooldown)", "{breach} ({kind} {adjustment}, 이후 휴지 기간)";
    WhyScheduled: "scheduled action {name} ran", "예약된 작업 {name} 실행됨";
    WhyScheduledInvalid: "the action's sizes were invalid", "예약된 작업의 용량 값이 잘못됨";
    WhyForecast: "forecast for {hour}:00 UTC needs {capacity} instances (applied {early} s early)", "{hour}:00 UTC 예측에 인스턴스 {capacity}개 필요({early}초 일찍 적용)";
    WhyHpa: "HPA: average CPU {average} % vs target {target} % over {ready} ready (+{unready} not ready), tolerance {tolerance}", "HPA: 평균 CPU {average} %, 대상 값 {target} %, 준비됨 {ready}개(+준비 안 됨 {unready}개), 허용 오차 {tolerance}";
    WhyManual: "manual change", "수동 변경";
    WhyTerminateDecrement: "manual terminate, desired decremented", "수동 종료, 원하는 용량 감소";
    WhyTerminateReplace: "manual terminate → a replacement will launch", "수동 종료 → 대체 인스턴스가 시작됨";
    WhyUnhealthy: "instance {instance} is Unhealthy → replace it (≤ {batch} at a time)", "인스턴스 {instance}의 상태가 Unhealthy → 교체(한 번에 최대 {batch}개)";
    WhyRebalance: "AZs hold {low}…{high} instances → launch in the emptiest AZ, then terminate one in the fullest", "AZ마다 인스턴스 {low}…{high}개 → 가장 적은 AZ에서 시작한 뒤 가장 많은 AZ에서 하나 종료";
    WhyAzDown: "{az} is down", "{az} 장애";
    WhyAzDownReplace: "{az} is down → replacements go to the other AZs", "{az} 장애 → 대체 인스턴스는 다른 AZ에서 시작";
    WhyAzRecovered: "instances will be rebalanced", "인스턴스가 가용 영역 간에 재분배됨";
    WhyNoAz: "every Availability Zone of the group is down", "그룹의 모든 가용 영역에 장애";
    WhyLaunchFailed: "something the launch template needs was deleted: the group retries and fails until it exists again", "시작 템플릿에 필요한 리소스가 삭제됨: 다시 생길 때까지 그룹은 재시도하고 실패함";
    WhyAllProtected: "every remaining instance has scale-in protection", "남은 모든 인스턴스에 축소 보호가 설정됨";
    WhyStress: "{workers} busy worker(s) for {seconds} s", "작업자 {workers}개가 {seconds}초 동안 CPU 사용";
    WhySpike: "traffic × {multiplier} for {seconds} s", "트래픽 × {multiplier}, {seconds}초 동안";
    WhyPatternChanged: "new traffic pattern from now on", "지금부터 새 트래픽 패턴";
    WhyAppBroken: "its health checks now fail and requests get HTTP 500", "상태 확인이 실패하고 요청은 HTTP 500을 받음";
    WhyAppRepaired: "its health checks pass again", "상태 확인이 다시 통과함";
    WhyNewInstanceType: "new launches use the new instance type", "새로 시작하는 인스턴스는 새 인스턴스 유형을 사용";
    WhyRejected: "the request was rejected", "요청이 거부됨";
    WhyNoSuchInstance: "the event names an instance that does not exist now", "이벤트가 지금 없는 인스턴스를 가리킴";
}

/// `why` in `lang`: the reason and, when it changed desired capacity, old → new.
pub fn why_text(lang: Lang, why: &Why) -> String {
    let mut s = reason(lang, &why.reason);
    if let Some((old, new)) = why.change {
        s.push_str(&fill(lang, Text::WhyChanged, &[("old", &old), ("new", &new)]));
    }
    s
}

/// A target-tracking decision: `key` with the metric's label, unit and numbers.
fn target(lang: Lang, key: Text, tt: &TtFacts, more: &[(&str, &dyn Display)]) -> String {
    let (label, unit) = match tt.metric {
        TtMetric::ASGAverageCPUUtilization => (Text::WhyCpu, Text::WhyCpuUnit),
        TtMetric::ALBRequestCountPerTarget => (Text::WhyRequests, Text::WhyRequestsUnit),
    };
    let (label, unit) = (tr(lang, label), tr(lang, unit));
    let (value, target) = (tt.value_text(), fmt_num(tt.target));
    let mut args: Vec<(&str, &dyn Display)> = vec![
        ("label", &label),
        ("unit", &unit),
        ("value", &value),
        ("target", &target),
        ("minutes", &tt.minutes),
        ("ready", &tt.ready),
        ("capacity", &tt.capacity),
    ];
    args.extend_from_slice(more);
    fill(lang, key, &args)
}

fn reason(lang: Lang, r: &Reason) -> String {
    use Text as T;
    let t = |key: Text| tr(lang, key).to_string();
    match r {
        Reason::None => String::new(),
        Reason::GroupCreated => t(T::WhyGroupCreated),
        Reason::InvalidPolicy => t(T::WhyInvalidPolicy),
        Reason::TargetAbove(tt) => target(lang, T::WhyTargetAbove, tt, &[]),
        Reason::TargetBelow { tt, low, ratio } => {
            target(lang, T::WhyTargetBelow, tt, &[("low", &fmt_num(*low)), ("ratio", &fmt_num(*ratio))])
        }
        Reason::Step { breach, step, adjustment_type, adjustment } => fill(
            lang,
            T::WhyStep,
            &[("breach", breach), ("step", step), ("kind", adjustment_type), ("adjustment", adjustment)],
        ),
        Reason::Simple { breach, adjustment_type, adjustment } => {
            fill(lang, T::WhySimple, &[("breach", breach), ("kind", adjustment_type), ("adjustment", adjustment)])
        }
        Reason::Scheduled { name } => fill(lang, T::WhyScheduled, &[("name", name)]),
        Reason::ScheduledInvalid => t(T::WhyScheduledInvalid),
        Reason::Forecast { hour, capacity, early_s } => {
            fill(lang, T::WhyForecast, &[("hour", &format!("{hour:02}")), ("capacity", capacity), ("early", early_s)])
        }
        Reason::Hpa { average, target, ready, unready, tolerance } => fill(
            lang,
            T::WhyHpa,
            &[
                ("average", &format!("{average:.1}")),
                ("target", target),
                ("ready", ready),
                ("unready", unready),
                ("tolerance", tolerance),
            ],
        ),
        Reason::Manual => t(T::WhyManual),
        Reason::ManualTerminate { decrement: true } => t(T::WhyTerminateDecrement),
        Reason::ManualTerminate { decrement: false } => t(T::WhyTerminateReplace),
        Reason::Unhealthy { instance, batch } => {
            fill(lang, T::WhyUnhealthy, &[("instance", instance), ("batch", batch)])
        }
        Reason::Rebalance { low, high } => fill(lang, T::WhyRebalance, &[("low", low), ("high", high)]),
        Reason::AzDown { az, replace: false } => fill(lang, T::WhyAzDown, &[("az", az)]),
        Reason::AzDown { az, replace: true } => fill(lang, T::WhyAzDownReplace, &[("az", az)]),
        Reason::AzRecovered => t(T::WhyAzRecovered),
        Reason::NoAz => t(T::WhyNoAz),
        Reason::LaunchFailed => t(T::WhyLaunchFailed),
        Reason::AllProtected => t(T::WhyAllProtected),
        Reason::Stress { workers, seconds } => fill(lang, T::WhyStress, &[("workers", workers), ("seconds", seconds)]),
        Reason::Spike { multiplier, seconds } => {
            fill(lang, T::WhySpike, &[("multiplier", multiplier), ("seconds", seconds)])
        }
        Reason::PatternChanged => t(T::WhyPatternChanged),
        Reason::AppBroken => t(T::WhyAppBroken),
        Reason::AppRepaired => t(T::WhyAppRepaired),
        Reason::NewInstanceType => t(T::WhyNewInstanceType),
        Reason::Rejected => t(T::WhyRejected),
        Reason::NoSuchInstance => t(T::WhyNoSuchInstance),
    }
}
