//! The engine's plain-language "why" of each activity, in the UI's language. The engine keeps
//! the facts ([`Why`]) and writes English through `Display`; the Korean is here. AWS's names
//! (metric names, `Unhealthy`, adjustment types such as `ChangeInCapacity`) stay as the
//! console shows them.

use super::Lang;
use crate::sim::alarms::fmt_num;
use crate::sim::{Reason, TtFacts, TtMetric, Why};

/// `why` in `lang`.
pub fn why_text(lang: Lang, why: &Why) -> String {
    match lang {
        Lang::En => why.to_string(),
        Lang::Ko => {
            let mut s = reason_ko(&why.reason);
            if let Some((old, new)) = why.change {
                s.push_str(&format!(" → 원하는 용량 {old} → {new}"));
            }
            s
        }
    }
}

/// The metric's short Korean label and unit.
fn label_unit_ko(tt: &TtFacts) -> (&'static str, &'static str) {
    match tt.metric {
        TtMetric::ASGAverageCPUUtilization => ("CPU", " %"),
        TtMetric::ALBRequestCountPerTarget => ("대상당 요청 수", "/분"),
    }
}

fn reason_ko(r: &Reason) -> String {
    match r {
        Reason::None => String::new(),
        Reason::GroupCreated => "그룹이 이 원하는 용량으로 생성됨".into(),
        Reason::InvalidPolicy => "시나리오의 정책 정의가 잘못됨".into(),
        Reason::TargetAbove(tt) => {
            let ((label, unit), mv, t) = (label_unit_ko(tt), tt.value_text(), fmt_num(tt.target));
            format!(
                "{}분 동안 {label} {mv}{unit} > 대상 값 {t}{unit} → ceil({} × {mv} / {t}) = {}",
                tt.minutes, tt.ready, tt.capacity
            )
        }
        Reason::TargetBelow { tt, low, ratio } => {
            let ((label, unit), mv, t) = (label_unit_ko(tt), tt.value_text(), fmt_num(tt.target));
            format!(
                "{}분 동안 {label} {mv}{unit} < {}{unit}(대상 값 × {}), 워밍업 중인 인스턴스 없음 → ceil({} × {mv} / {t}) = {}",
                tt.minutes,
                fmt_num(*low),
                fmt_num(*ratio),
                tt.ready,
                tt.capacity
            )
        }
        Reason::Step { breach, step, adjustment_type, adjustment } => {
            format!("{breach} (단계 {step}: {adjustment_type} {adjustment})")
        }
        Reason::Simple { breach, adjustment_type, adjustment } => {
            format!("{breach} ({adjustment_type} {adjustment}, 이후 휴지 기간)")
        }
        Reason::Scheduled { name } => format!("예약된 작업 {name} 실행됨"),
        Reason::ScheduledInvalid => "예약된 작업의 용량 값이 잘못됨".into(),
        Reason::Forecast { hour, capacity, early_s } => {
            format!("{hour:02}:00 UTC 예측에 인스턴스 {capacity}개 필요({early_s}초 일찍 적용)")
        }
        Reason::Hpa { average, target, ready, unready, tolerance } => format!(
            "HPA: 평균 CPU {average:.1} %, 대상 값 {target} %, 준비됨 {ready}개(+준비 안 됨 {unready}개), 허용 오차 {tolerance}"
        ),
        Reason::Manual => "수동 변경".into(),
        Reason::ManualTerminate { decrement: true } => "수동 종료, 원하는 용량 감소".into(),
        Reason::ManualTerminate { decrement: false } => "수동 종료 → 대체 인스턴스가 시작됨".into(),
        Reason::Unhealthy { instance, batch } => {
            format!("인스턴스 {instance}의 상태가 Unhealthy → 교체(한 번에 최대 {batch}개)")
        }
        Reason::Rebalance { low, high } => format!(
            "AZ마다 인스턴스 {low}…{high}개 → 가장 적은 AZ에서 시작한 뒤 가장 많은 AZ에서 하나 종료"
        ),
        Reason::AzDown { az, replace: false } => format!("{az} 장애"),
        Reason::AzDown { az, replace: true } => format!("{az} 장애 → 대체 인스턴스는 다른 AZ에서 시작"),
        Reason::AzRecovered => "인스턴스가 가용 영역 간에 재분배됨".into(),
        Reason::NoAz => "그룹의 모든 가용 영역에 장애".into(),
        Reason::AllProtected => "남은 모든 인스턴스에 축소 보호가 설정됨".into(),
        Reason::Stress { workers, seconds } => format!("작업자 {workers}개가 {seconds}초 동안 CPU 사용"),
        Reason::Spike { multiplier, seconds } => format!("트래픽 × {multiplier}, {seconds}초 동안"),
        Reason::PatternChanged => "지금부터 새 트래픽 패턴".into(),
        Reason::AppBroken => "상태 확인이 실패하고 요청은 HTTP 500을 받음".into(),
        Reason::AppRepaired => "상태 확인이 다시 통과함".into(),
        Reason::NewInstanceType => "새로 시작하는 인스턴스는 새 인스턴스 유형을 사용".into(),
        Reason::Rejected => "요청이 거부됨".into(),
        Reason::NoSuchInstance => "이벤트가 지금 없는 인스턴스를 가리킴".into(),
    }
}
