//! A shared link's notices (what it asked for that was ignored or corrected) in the UI's
//! language. `asg_share` keeps the facts ([`Problem`], [`Used`]); their words are here.
//! AWS's own error messages (UpdateAutoScalingGroup's "Max bound, …", ModifyTargetGroupAttributes'
//! slow start message, the policy validation texts) stay AWS's English inside a Korean frame,
//! as the Korean console shows them. Text from the link is only ever part of the returned
//! string (the UI puts it in text nodes).

use core::fmt::Display;

use super::{fill, tr, Lang, Text};
use asg_share::{Expect, Notice, Problem, Used, WordKind};

texts! {
    // what was wrong (`Problem`); `v` is the link's value
    LinkNotFinite: "'{v}' is not a finite number", "'{v}': 유한한 숫자가 아님";
    LinkNotNumber: "'{v}' is not a number", "'{v}': 숫자가 아님";
    LinkNotWhole: "'{v}' is not a whole number ≥ 0", "'{v}': 0 이상의 정수가 아님";
    LinkTooLarge: "{value} is larger than {max}", "{value}: {max}보다 큼";
    LinkNotSigned: "'{v}' is not a whole number between -1e9 and 1e9", "'{v}': -1e9와 1e9 사이의 정수가 아님";
    LinkNotFlag: "'{v}' is not 1 or 0", "'{v}': 1 또는 0이 아님";
    LinkEmptyName: "the name is empty", "이름이 비어 있음";
    LinkBadName: "'{value}' has characters other than letters, digits, space, _ - . or more than {max} of them", "'{value}': 문자, 숫자, 공백, _ - . 이외의 문자가 있거나 {max}자를 넘음";
    LinkUnknownWord: "'{value}' is not a known {kind} ({words})", "'{value}': 알 수 없는 {kind}({words})";
    LinkNotPreset: "'{value}' is not a preset of the lab ({ids})", "'{value}': 랩의 프리셋이 아님({ids})";
    LinkNotLanguage: "'{v}' is not a language of the lab (en, ko)", "'{v}': 랩의 언어가 아님(en, ko)";
    LinkTooLong: "the link is longer than {max} bytes", "링크가 {max}바이트보다 김";
    LinkBadPercent: "a '%' is not followed by two hex digits (broken percent-encoding)", "'%' 뒤에 16진수 두 자리가 없음(잘못된 퍼센트 인코딩)";
    LinkBadUtf8: "the percent-encoded bytes are not UTF-8 text", "퍼센트 인코딩된 바이트가 UTF-8 텍스트가 아님";
    LinkUnknownKey: "unknown key", "알 수 없는 키";
    LinkRepeatedKey: "the key is given more than once", "같은 키가 두 번 이상 있음";
    LinkNoVersion: "the link has no format version", "링크에 형식 버전이 없음";
    LinkOlderVersion: "version {n} is older than this lab's format", "버전 {n}: 이 랩의 형식보다 이전 버전";
    LinkNewerVersion: "version {version} is newer than this lab's format ({current})", "버전 {version}: 이 랩의 형식({current})보다 새 버전";
    LinkNotVersion: "'{v}' is not a version number", "'{v}': 버전 번호가 아님";
    LinkNotStandard: "'{v}' is not written in the standard form", "'{v}': 표준 형식으로 쓰이지 않음";
    LinkBadStart: "the clock start must be a whole minute between 0 and {max} [Unix s]", "시계 시작 시각은 0에서 {max} 사이의 정각 분이어야 함 [Unix 초]";
    LinkAwsError: "{message}", "AWS 오류 메시지: {message}";
    LinkOutside: "{value} is outside {lo}–{hi}", "{value}: {lo}–{hi} 범위를 벗어남";
    LinkSlowUnderMin: "slow start {slow} s is under the minimum of {min} s (0 = off)", "느린 시작 기간 {slow}초: 최소값 {min}초보다 짧음(0 = 끄기)";
    LinkNotMultipleOf60: "{v} s is not a multiple of 60", "{v}초: 60의 배수가 아님";
    LinkTooManyPanels: "more than {n} panels", "패널이 {n}개보다 많음";
    LinkNotPanel: "'{v}' is not a panel name (a-z, 0-9, -)", "'{v}': 패널 이름이 아님(a-z, 0-9, -)";
    LinkNotComparison: "'{v}' is not a comparison (avg, avg:N, peak, peak:N, alt:tt30, tt70, step, simple or none)", "'{v}': 비교 항목이 아님(avg, avg:N, peak, peak:N, alt:tt30, tt70, step, simple, none)";
    LinkTooManyComparisons: "more than {n} comparisons", "비교 항목이 {n}개보다 많음";
    LinkPanelTwice: "panel '{v}' is named twice", "패널 '{v}': 두 번 지정됨";
    LinkTooManyPolicies: "more than {n} policies", "정책이 {n}개보다 많음";
    LinkSameName: "policy {index} has the same name as an earlier one ({name})", "정책 {index}: 앞의 정책과 이름이 같음({name})";
    LinkInPolicy: "policy {index} ('{item}'): {error}", "정책 {index}('{item}'): {error}";
    LinkTooManyEvents: "more than {n} events", "이벤트가 {n}개보다 많음";
    LinkInEvent: "event {index} ('{item}'): {error}", "이벤트 {index}('{item}'): {error}";
    LinkEventsOutOfOrder: "the events are not in time order", "이벤트가 시간 순서대로 있지 않음";
    LinkNotInstanceId: "'{v}' is not an instance id (i-0 and 16 lowercase hex digits)", "'{v}': 인스턴스 ID가 아님(i-0과 소문자 16진수 16자리)";
    LinkAlarmParts: "the alarm has {n} parts, expected 6 to 8", "경보의 부분이 {n}개임(6~8개여야 함)";
    LinkNotDatapoints: "'{v}' is not M/N datapoints", "'{v}': M/N 데이터 포인트 형식이 아님";
    LinkStepShape: "step '{v}' is not lower..upper/adjustment", "단계 '{v}': lower..upper/adjustment 형식이 아님";
    LinkStepNoDots: "step '{v}' has no '..'", "단계 '{v}': '..'이 없음";
    LinkUnknownOption: "unknown option '{value}' (expected {expected})", "알 수 없는 옵션 '{value}'(가능한 옵션: {expected})";
    LinkTooFewParts: "'{v}' has too few ':' parts", "'{v}': ':'로 나뉜 부분이 너무 적음";
    LinkHpaTooMany: "hpa takes at most 4 values", "hpa의 값은 최대 4개";
    LinkSchedTooMany: "sched takes a schedule and 3 sizes", "sched는 일정 하나와 크기 3개만 받음";
    LinkNotEvery: "'{v}' is not every<start>/<interval>", "'{v}': every<start>/<interval> 형식이 아님";
    LinkCronChars: "cron '{v}' may only have digits, * / , - and _ (space)", "cron '{v}': 숫자, * / , - 및 _(공백)만 쓸 수 있음";
    LinkNotSchedule: "'{v}' is not at<s>, every<start>/<interval> or cron(…)", "'{v}': at<s>, every<start>/<interval>, cron(…) 중 어느 것도 아님";
    LinkNotPolicyKind: "'{v}' is not a policy kind (tt, step, simple, pred, hpa, sched)", "'{v}': 정책 종류가 아님(tt, step, simple, pred, hpa, sched)";
    LinkRejected: "{message}", "검증 오류: {message}";
    LinkNotTimeAction: "'{v}' is not time:action", "'{v}': 시간:작업 형식이 아님";
    LinkArity: "{kind} takes {want} value(s), got {got}", "{kind}: 값 {want}개가 필요하지만 {got}개임";
    LinkNotEventKind: "'{v}' is not an event kind", "'{v}': 이벤트 종류가 아님";
    LinkExpected: "at character {at}: expected {expected}, found '{found}'", "{at}번째 문자: {expected} 자리에 '{found}'이(가) 있음";
    LinkTooManyParts: "more than {n} parts", "부분이 {n}개보다 많음";
    LinkTooDeep: "nested more than {n} deep", "{n}단계보다 깊게 중첩됨";
    LinkInLeaf: "at character {at}: {name}(…): {error}", "{at}번째 문자: {name}(…): {error}";
    LinkRateOutside: "{value} is outside ±{max}", "{value}: ±{max} 범위를 벗어남";
    LinkLeafArity: "takes {want} numbers, got {got}", "숫자 {want}개가 필요하지만 {got}개임";
    LinkPeakHour: "the peak hour {v} is not in 0–24", "최고 시각 {v}: 0–24 범위가 아님";
    LinkBadTrace: "'{v}' is not a trace in the link's format (period 1–86400 s, levels as base64url varints, peak within the lab's rates)", "'{v}': 링크 형식의 기록이 아님(기간 1–86400초, base64url varint 수준, 실습 범위 안의 최고값)";
    LinkUnknownPattern: "unknown pattern (const, ramp, step, diurnal, spike, walk, sum, prod)", "알 수 없는 패턴(const, ramp, step, diurnal, spike, walk, sum, prod)";
    // the kind of word in `LinkUnknownWord`
    WordRegion: "region", "리전";
    WordInstanceType: "instance type", "인스턴스 유형";
    WordTerminationPolicy: "termination policy", "종료 정책";
    WordHealthCheckType: "health check type", "상태 확인 유형";
    WordCreditMode: "credit mode", "크레딧 모드";
    WordAlgorithm: "algorithm", "알고리즘";
    WordMonitoring: "monitoring", "모니터링";
    WordStatistic: "statistic", "통계";
    WordComparison: "comparison", "비교 연산자";
    WordMissingData: "missing-data treatment", "누락된 데이터 처리";
    WordAdjustmentType: "adjustment type", "조정 유형";
    WordTtMetric: "target-tracking metric", "대상 추적 지표";
    WordPredictiveMetric: "predictive metric", "예측 지표";
    WordMode: "mode", "모드";
    WordMetric: "metric", "지표";
    // what the traffic formula expected, in `LinkExpected`
    ExpectEnd: "end of the formula", "수식의 끝";
    ExpectClose: "')'", "')'";
    ExpectAtom: "const, ramp, step, diurnal, spike, walk, sum, prod or '('", "const, ramp, step, diurnal, spike, walk, sum, prod 또는 '('";
    ExpectCommaOrClose: "',' or ')'", "',' 또는 ')'";
    // what the lab used instead (`Used`)
    UsedDefault: "{v} (default)", "{v}(기본값)";
    UsedMinIs: "min = {n}", "min = {n}";
    UsedOff: "0 (off)", "0(끄기)";
    UsedDefaultLab: "the default lab", "기본 랩";
    UsedFirstBytes: "its first {n} bytes", "앞의 {n}바이트";
    UsedAsTyped: "the characters as typed", "입력된 문자 그대로";
    UsedReplacement: "� in their place", "그 자리에 �";
    UsedIgnored: "ignored", "무시함";
    UsedFirstValue: "the first value", "첫 번째 값";
    UsedVersion: "version {n}", "버전 {n}";
    UsedReadAs: "read as version {n}", "버전 {n} 형식으로 읽음";
    UsedReadAsIgnoring: "read as version {n}; unknown parts are ignored", "버전 {n} 형식으로 읽고 알 수 없는 부분은 무시함";
    UsedFirstN: "the first {n}", "처음 {n}개";
    UsedDropped: "dropped", "제외함";
    UsedSortedByTime: "sorted by time (as the engine does)", "시간순으로 정렬함(엔진과 같음)";
    UsedTheStart: "the start (default)", "처음부터(기본값)";
    UsedBrowserLanguage: "the browser's language (default)", "브라우저 언어(기본값)";
    UsedDefaultPanels: "the default panels (default)", "기본 패널(기본값)";
    UsedDefaultComparison: "fixed fleets for the average and the peak (default)", "평균 및 최대치 크기의 고정 플릿(기본값)";
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

/// What was wrong, in `lang`.
pub fn notice_problem(lang: Lang, p: &Problem) -> String {
    use Problem as P;
    use Text as T;
    let v = |key: Text, v: &dyn Display| fill(lang, key, &[("v", v)]);
    let n = |key: Text, n: &dyn Display| fill(lang, key, &[("n", n)]);
    match p {
        P::Challenge(c) => super::challenge::challenge_problem(lang, c),
        P::NotFinite(x) => v(T::LinkNotFinite, x),
        P::NotNumber(x) => v(T::LinkNotNumber, x),
        P::NotWhole(x) => v(T::LinkNotWhole, x),
        P::TooLarge { value, max } => fill(lang, T::LinkTooLarge, &[("value", value), ("max", max)]),
        P::NotSigned(x) => v(T::LinkNotSigned, x),
        P::NotFlag(x) => v(T::LinkNotFlag, x),
        P::EmptyName => tr(lang, T::LinkEmptyName).into(),
        P::BadName { value, max } => fill(lang, T::LinkBadName, &[("value", value), ("max", max)]),
        P::UnknownWord { value, kind, words } => fill(
            lang,
            T::LinkUnknownWord,
            &[("value", value), ("kind", &tr(lang, word(*kind))), ("words", &words.join(", "))],
        ),
        P::NotPreset { value, ids } => fill(lang, T::LinkNotPreset, &[("value", value), ("ids", &ids.join(", "))]),
        P::NotLanguage(x) => v(T::LinkNotLanguage, x),
        P::BadTrace(x) => v(T::LinkBadTrace, x),
        P::LinkTooLong { max } => fill(lang, T::LinkTooLong, &[("max", max)]),
        P::BadPercent => tr(lang, T::LinkBadPercent).into(),
        P::BadUtf8 => tr(lang, T::LinkBadUtf8).into(),
        P::UnknownKey => tr(lang, T::LinkUnknownKey).into(),
        P::RepeatedKey => tr(lang, T::LinkRepeatedKey).into(),
        P::NoVersion => tr(lang, T::LinkNoVersion).into(),
        P::OlderVersion(x) => n(T::LinkOlderVersion, x),
        P::NewerVersion { version, current } => {
            fill(lang, T::LinkNewerVersion, &[("version", version), ("current", current)])
        }
        P::NotVersion(x) => v(T::LinkNotVersion, x),
        P::NotStandard(x) => v(T::LinkNotStandard, x),
        P::BadStart { max } => fill(lang, T::LinkBadStart, &[("max", max)]),
        P::MaxBound { .. } | P::DesiredBetween { .. } | P::SlowWithAlgorithm(..) => {
            fill(lang, T::LinkAwsError, &[("message", &p.aws_message().unwrap_or_default())])
        }
        P::Outside { value, lo, hi } => fill(lang, T::LinkOutside, &[("value", value), ("lo", lo), ("hi", hi)]),
        P::SlowUnderMin { slow, min } => fill(lang, T::LinkSlowUnderMin, &[("slow", slow), ("min", min)]),
        P::NotMultipleOf60(x) => v(T::LinkNotMultipleOf60, x),
        P::TooManyPanels(x) => n(T::LinkTooManyPanels, x),
        P::NotPanel(x) => v(T::LinkNotPanel, x),
        P::NotComparison(x) => v(T::LinkNotComparison, x),
        P::TooManyComparisons(x) => n(T::LinkTooManyComparisons, x),
        P::PanelTwice(x) => v(T::LinkPanelTwice, x),
        P::TooManyPolicies(x) => n(T::LinkTooManyPolicies, x),
        P::SameName { index, name } => fill(lang, T::LinkSameName, &[("index", index), ("name", name)]),
        P::InPolicy { index, item, error } => {
            fill(lang, T::LinkInPolicy, &[("index", index), ("item", item), ("error", &notice_problem(lang, error))])
        }
        P::TooManyEvents(x) => n(T::LinkTooManyEvents, x),
        P::InEvent { index, item, error } => {
            fill(lang, T::LinkInEvent, &[("index", index), ("item", item), ("error", &notice_problem(lang, error))])
        }
        P::EventsOutOfOrder => tr(lang, T::LinkEventsOutOfOrder).into(),
        P::NotInstanceId(x) => v(T::LinkNotInstanceId, x),
        P::AlarmParts(x) => n(T::LinkAlarmParts, x),
        P::NotDatapoints(x) => v(T::LinkNotDatapoints, x),
        P::StepShape(x) => v(T::LinkStepShape, x),
        P::StepNoDots(x) => v(T::LinkStepNoDots, x),
        P::UnknownOption { value, expected } => {
            fill(lang, T::LinkUnknownOption, &[("value", value), ("expected", &expected.join(", "))])
        }
        P::TooFewParts(x) => v(T::LinkTooFewParts, x),
        P::HpaTooMany => tr(lang, T::LinkHpaTooMany).into(),
        P::SchedTooMany => tr(lang, T::LinkSchedTooMany).into(),
        P::NotEvery(x) => v(T::LinkNotEvery, x),
        P::CronChars(x) => v(T::LinkCronChars, x),
        P::NotSchedule(x) => v(T::LinkNotSchedule, x),
        P::NotPolicyKind(x) => v(T::LinkNotPolicyKind, x),
        P::Rejected(m) => fill(lang, T::LinkRejected, &[("message", m)]),
        P::NotTimeAction(x) => v(T::LinkNotTimeAction, x),
        P::Arity { kind, want, got } => fill(lang, T::LinkArity, &[("kind", kind), ("want", want), ("got", got)]),
        P::NotEventKind(x) => v(T::LinkNotEventKind, x),
        P::Expected { at, expected, found } => {
            fill(lang, T::LinkExpected, &[("at", at), ("expected", &tr(lang, expect(*expected))), ("found", found)])
        }
        P::TooManyParts(x) => n(T::LinkTooManyParts, x),
        P::TooDeep(x) => n(T::LinkTooDeep, x),
        P::InLeaf { at, name, error } => {
            fill(lang, T::LinkInLeaf, &[("at", at), ("name", name), ("error", &notice_problem(lang, error))])
        }
        P::RateOutside { value, max } => fill(lang, T::LinkRateOutside, &[("value", value), ("max", max)]),
        P::LeafArity { want, got } => fill(lang, T::LinkLeafArity, &[("want", want), ("got", got)]),
        P::PeakHour(x) => v(T::LinkPeakHour, x),
        P::UnknownPattern => tr(lang, T::LinkUnknownPattern).into(),
    }
}

/// What the lab used instead, in `lang`.
pub fn notice_used(lang: Lang, u: &Used) -> String {
    use Text as T;
    use Used as U;
    let n = |key: Text, n: &dyn Display| fill(lang, key, &[("n", n)]);
    match u {
        U::ChallengeStart => tr(lang, T::ChStart).into(),
        U::Value(v) => v.clone(),
        U::Default(v) => fill(lang, T::UsedDefault, &[("v", v)]),
        U::MinIs(x) => n(T::UsedMinIs, x),
        U::Off => tr(lang, T::UsedOff).into(),
        U::DefaultLab => tr(lang, T::UsedDefaultLab).into(),
        U::FirstBytes(x) => n(T::UsedFirstBytes, x),
        U::AsTyped => tr(lang, T::UsedAsTyped).into(),
        U::Replacement => tr(lang, T::UsedReplacement).into(),
        U::Ignored => tr(lang, T::UsedIgnored).into(),
        U::FirstValue => tr(lang, T::UsedFirstValue).into(),
        U::Version(x) => n(T::UsedVersion, x),
        U::ReadAs(x) => n(T::UsedReadAs, x),
        U::ReadAsIgnoring(x) => n(T::UsedReadAsIgnoring, x),
        U::FirstN(x) => n(T::UsedFirstN, x),
        U::Dropped => tr(lang, T::UsedDropped).into(),
        U::SortedByTime => tr(lang, T::UsedSortedByTime).into(),
        U::TheStart => tr(lang, T::UsedTheStart).into(),
        U::BrowserLanguage => tr(lang, T::UsedBrowserLanguage).into(),
        U::DefaultPanels => tr(lang, T::UsedDefaultPanels).into(),
        U::DefaultComparison => tr(lang, T::UsedDefaultComparison).into(),
    }
}

fn word(k: WordKind) -> Text {
    use WordKind as W;
    match k {
        W::Region => Text::WordRegion,
        W::InstanceType => Text::WordInstanceType,
        W::TerminationPolicy => Text::WordTerminationPolicy,
        W::HealthCheckType => Text::WordHealthCheckType,
        W::CreditMode => Text::WordCreditMode,
        W::Algorithm => Text::WordAlgorithm,
        W::Monitoring => Text::WordMonitoring,
        W::Statistic => Text::WordStatistic,
        W::Comparison => Text::WordComparison,
        W::MissingData => Text::WordMissingData,
        W::AdjustmentType => Text::WordAdjustmentType,
        W::TtMetric => Text::WordTtMetric,
        W::PredictiveMetric => Text::WordPredictiveMetric,
        W::Mode => Text::WordMode,
        W::Metric => Text::WordMetric,
    }
}

fn expect(e: Expect) -> Text {
    match e {
        Expect::End => Text::ExpectEnd,
        Expect::Close => Text::ExpectClose,
        Expect::Atom => Text::ExpectAtom,
        Expect::CommaOrClose => Text::ExpectCommaOrClose,
    }
}
