//! A shared link's notices (what it asked for that was ignored or corrected) in the UI's
//! language. `crate::share` keeps the facts ([`Problem`], [`Used`]) and writes English through
//! `Display`; the Korean is here. AWS's own error messages (UpdateAutoScalingGroup's
//! "Max bound, …", ModifyTargetGroupAttributes' slow start message, the policy validation
//! texts) stay AWS's English inside a Korean frame, as the Korean console shows them. Text
//! from the link is only ever part of the returned string (the UI puts it in text nodes).

use super::{tr, Lang, Text};
use crate::share::{Expect, Notice, Problem, Used, WordKind};

/// What was wrong, in `lang`.
pub fn notice_problem(lang: Lang, p: &Problem) -> String {
    match lang {
        Lang::En => p.to_string(),
        Lang::Ko => problem_ko(p),
    }
}

/// What the lab used instead, in `lang`.
pub fn notice_used(lang: Lang, u: &Used) -> String {
    match lang {
        Lang::En => u.to_string(),
        Lang::Ko => used_ko(u),
    }
}

/// The whole notice as one line: `key: problem — using used`.
pub fn notice_text(lang: Lang, n: &Notice) -> String {
    format!(
        "{}: {} — {} {}",
        n.key,
        notice_problem(lang, &n.problem),
        tr(lang, Text::Using),
        notice_used(lang, &n.used)
    )
}

fn word_ko(k: WordKind) -> &'static str {
    use WordKind as W;
    match k {
        W::Region => "리전",
        W::InstanceType => "인스턴스 유형",
        W::TerminationPolicy => "종료 정책",
        W::HealthCheckType => "상태 확인 유형",
        W::CreditMode => "크레딧 모드",
        W::Algorithm => "알고리즘",
        W::Monitoring => "모니터링",
        W::Statistic => "통계",
        W::Comparison => "비교 연산자",
        W::MissingData => "누락된 데이터 처리",
        W::AdjustmentType => "조정 유형",
        W::TtMetric => "대상 추적 지표",
        W::PredictiveMetric => "예측 지표",
        W::Mode => "모드",
        W::Metric => "지표",
    }
}

fn expect_ko(e: Expect) -> &'static str {
    match e {
        Expect::End => "수식의 끝",
        Expect::Close => "')'",
        Expect::Atom => "const, ramp, step, diurnal, spike, walk, sum, prod 또는 '('",
        Expect::CommaOrClose => "',' 또는 ')'",
    }
}

/// An AWS error message (English, as AWS returns it) in the lab's Korean frame.
fn aws(p: &Problem) -> String {
    format!("AWS 오류 메시지: {p}")
}

fn problem_ko(p: &Problem) -> String {
    use Problem as P;
    match p {
        P::NotFinite(v) => format!("'{v}': 유한한 숫자가 아님"),
        P::NotNumber(v) => format!("'{v}': 숫자가 아님"),
        P::NotWhole(v) => format!("'{v}': 0 이상의 정수가 아님"),
        P::TooLarge { value, max } => format!("{value}: {max}보다 큼"),
        P::NotSigned(v) => format!("'{v}': -1e9와 1e9 사이의 정수가 아님"),
        P::NotFlag(v) => format!("'{v}': 1 또는 0이 아님"),
        P::EmptyName => "이름이 비어 있음".into(),
        P::BadName { value, max } => format!("'{value}': 문자, 숫자, 공백, _ - . 이외의 문자가 있거나 {max}자를 넘음"),
        P::UnknownWord { value, kind, words } => {
            format!("'{value}': 알 수 없는 {}({})", word_ko(*kind), words.join(", "))
        }
        P::NotPreset { value, ids } => format!("'{value}': 랩의 프리셋이 아님({})", ids.join(", ")),
        P::NotLanguage(v) => format!("'{v}': 랩의 언어가 아님(en, ko)"),
        P::LinkTooLong { max } => format!("링크가 {max}바이트보다 김"),
        P::BadPercent => "'%' 뒤에 16진수 두 자리가 없음(잘못된 퍼센트 인코딩)".into(),
        P::BadUtf8 => "퍼센트 인코딩된 바이트가 UTF-8 텍스트가 아님".into(),
        P::UnknownKey => "알 수 없는 키".into(),
        P::RepeatedKey => "같은 키가 두 번 이상 있음".into(),
        P::NoVersion => "링크에 형식 버전이 없음".into(),
        P::OlderVersion(n) => format!("버전 {n}: 이 랩의 형식보다 이전 버전"),
        P::NewerVersion { version, current } => format!("버전 {version}: 이 랩의 형식({current})보다 새 버전"),
        P::NotVersion(v) => format!("'{v}': 버전 번호가 아님"),
        P::NotStandard(v) => format!("'{v}': 표준 형식으로 쓰이지 않음"),
        P::BadStart { max } => format!("시계 시작 시각은 0에서 {max} 사이의 정각 분이어야 함 [Unix 초]"),
        P::MaxBound { .. } | P::DesiredBetween { .. } | P::SlowWithLor => aws(p),
        P::Outside { value, lo, hi } => format!("{value}: {lo}–{hi} 범위를 벗어남"),
        P::SlowUnderMin { slow, min } => format!("느린 시작 기간 {slow}초: 최소값 {min}초보다 짧음(0 = 끄기)"),
        P::NotMultipleOf60(v) => format!("{v}초: 60의 배수가 아님"),
        P::TooManyPanels(n) => format!("패널이 {n}개보다 많음"),
        P::NotPanel(v) => format!("'{v}': 패널 이름이 아님(a-z, 0-9, -)"),
        P::PanelTwice(v) => format!("패널 '{v}': 두 번 지정됨"),
        P::TooManyPolicies(n) => format!("정책이 {n}개보다 많음"),
        P::SameName { index, name } => format!("정책 {index}: 앞의 정책과 이름이 같음({name})"),
        P::InPolicy { index, item, error } => format!("정책 {index}('{item}'): {}", problem_ko(error)),
        P::TooManyEvents(n) => format!("이벤트가 {n}개보다 많음"),
        P::InEvent { index, item, error } => format!("이벤트 {index}('{item}'): {}", problem_ko(error)),
        P::EventsOutOfOrder => "이벤트가 시간 순서대로 있지 않음".into(),
        P::NotInstanceId(v) => format!("'{v}': 인스턴스 ID가 아님(i-0과 소문자 16진수 16자리)"),
        P::AlarmParts(n) => format!("경보의 부분이 {n}개임(6~8개여야 함)"),
        P::NotDatapoints(v) => format!("'{v}': M/N 데이터 포인트 형식이 아님"),
        P::StepShape(v) => format!("단계 '{v}': lower..upper/adjustment 형식이 아님"),
        P::StepNoDots(v) => format!("단계 '{v}': '..'이 없음"),
        P::UnknownOption { value, expected } => {
            format!("알 수 없는 옵션 '{value}'(가능한 옵션: {})", expected.join(", "))
        }
        P::TooFewParts(v) => format!("'{v}': ':'로 나뉜 부분이 너무 적음"),
        P::HpaTooMany => "hpa의 값은 최대 4개".into(),
        P::SchedTooMany => "sched는 일정 하나와 크기 3개만 받음".into(),
        P::NotEvery(v) => format!("'{v}': every<start>/<interval> 형식이 아님"),
        P::CronChars(v) => format!("cron '{v}': 숫자, * / , - 및 _(공백)만 쓸 수 있음"),
        P::NotSchedule(v) => format!("'{v}': at<s>, every<start>/<interval>, cron(…) 중 어느 것도 아님"),
        P::NotPolicyKind(v) => format!("'{v}': 정책 종류가 아님(tt, step, simple, pred, hpa, sched)"),
        P::Rejected(m) => format!("검증 오류: {m}"),
        P::NotTimeAction(v) => format!("'{v}': 시간:작업 형식이 아님"),
        P::Arity { kind, want, got } => format!("{kind}: 값 {want}개가 필요하지만 {got}개임"),
        P::NotEventKind(v) => format!("'{v}': 이벤트 종류가 아님"),
        P::Expected { at, expected, found } => {
            format!("{at}번째 문자: {} 자리에 '{found}'이(가) 있음", expect_ko(*expected))
        }
        P::TooManyParts(n) => format!("부분이 {n}개보다 많음"),
        P::TooDeep(n) => format!("{n}단계보다 깊게 중첩됨"),
        P::InLeaf { at, name, error } => format!("{at}번째 문자: {name}(…): {}", problem_ko(error)),
        P::RateOutside { value, max } => format!("{value}: ±{max} 범위를 벗어남"),
        P::LeafArity { want, got } => format!("숫자 {want}개가 필요하지만 {got}개임"),
        P::PeakHour(v) => format!("최고 시각 {v}: 0–24 범위가 아님"),
        P::UnknownPattern => "알 수 없는 패턴(const, ramp, step, diurnal, spike, walk, sum, prod)".into(),
    }
}

fn used_ko(u: &Used) -> String {
    use Used as U;
    match u {
        U::Value(v) => v.clone(),
        U::Default(v) => format!("{v}(기본값)"),
        U::MinIs(n) => format!("min = {n}"),
        U::Off => "0(끄기)".into(),
        U::DefaultLab => "기본 랩".into(),
        U::FirstBytes(n) => format!("앞의 {n}바이트"),
        U::AsTyped => "입력된 문자 그대로".into(),
        U::Replacement => "그 자리에 �".into(),
        U::Ignored => "무시함".into(),
        U::FirstValue => "첫 번째 값".into(),
        U::Version(n) => format!("버전 {n}"),
        U::ReadAs(n) => format!("버전 {n} 형식으로 읽음"),
        U::ReadAsIgnoring(n) => format!("버전 {n} 형식으로 읽고 알 수 없는 부분은 무시함"),
        U::FirstN(n) => format!("처음 {n}개"),
        U::Dropped => "제외함".into(),
        U::SortedByTime => "시간순으로 정렬함(엔진과 같음)".into(),
        U::TheStart => "처음부터(기본값)".into(),
        U::BrowserLanguage => "브라우저 언어(기본값)".into(),
        U::DefaultPanels => "기본 패널(기본값)".into(),
    }
}
