//! Challenge words: knobs, goals and what a challenge link could not use.

use super::{fill, tr, Lang, Text};
use asg_engine::challenge::{Knob, Refusal};
use asg_share::challenge_link::ChallengeProblem;

texts! {
    KnobCapacity: "capacity (min / max / desired)", "용량(최소 / 최대 / 원하는 용량)";
    KnobPolicies: "scaling policies", "조정 정책";
    KnobScheduled: "scheduled actions", "예약된 작업";
    KnobType: "instance type", "인스턴스 유형";
    KnobWarmup: "warm-up and cooldown", "워밍업과 휴지 기간";
    KnobHealth: "health checks and grace period", "상태 확인과 유예 기간";
    KnobAlb: "target group settings", "대상 그룹 설정";
    KnobMonitoring: "monitoring", "모니터링";
    KnobTermination: "termination policy and protection", "종료 정책과 보호";
    KnobNone: "traffic, faults or stress (fixed by the challenge)", "트래픽, 장애 또는 stress(과제가 정함)";
    ChUnknown: "\"{v}\" is not a challenge of the campaign", "\"{v}\"는 캠페인의 과제가 아닙니다";
    ChBadGoal: "\"{v}\" is not a goal (kind:bound:weight)", "\"{v}\"는 목표 형식(종류:한계:가중치)이 아닙니다";
    ChBadKnob: "\"{v}\" is not a knob", "\"{v}\"는 조정 항목이 아닙니다";
    ChTooManyGoals: "more than {n} goals", "목표가 {n}개를 넘습니다";
    ChLocked: "change {n} (at {at} s, {action}) turns {knob}, which this challenge locks", "{n}번째 변경({at}초, {action})이 이 과제가 잠근 {knob}을(를) 바꿉니다";
    ChOutOfTime: "change {n} (at {at} s) is after the horizon or out of time order", "{n}번째 변경({at}초)이 제한 시간 뒤이거나 시간 순서가 맞지 않습니다";
    ChLongName: "a name longer than {n} characters", "이름이 {n}자를 넘습니다";
    ChLockedLive: "This challenge locks {knob}: the change was not made.", "이 과제는 {knob}을(를) 잠갔습니다. 변경하지 않았습니다.";
    ChOver: "The challenge is over: retry to play it again.", "과제가 끝났습니다. 다시 하려면 재시도하세요.";
    CampaignTitle: "Challenges (graded)", "과제(채점)";
    CampaignBest: "best {n} %", "최고 {n} %";
    CampaignReset: "Reset progress", "진행 상황 초기화";
    ChCustomTitle: "A challenge", "과제";
    ChCustomBrief: "Meet the goals below by the end of the run.", "실행이 끝날 때까지 아래 목표를 달성하세요.";
    ChCustomHint: "Change only what the challenge allows; watch each goal's status.", "과제가 허용하는 것만 바꾸고 각 목표의 상태를 지켜보세요.";
    ChHint: "Hint", "힌트";
    ChMayChange: "You may change: {knobs}. Everything else is locked.", "바꿀 수 있는 것: {knobs}. 나머지는 잠겨 있습니다.";
    ChTime: "Time {t} of {h}", "시간 {t} / {h}";
    ChAttempt: "Attempt {n}", "{n}번째 시도";
    ChRetry: "Retry", "재시도";
    ChLeave: "Leave the challenge", "과제 나가기";
    GoalMet: "met", "달성";
    GoalNotYet: "not yet", "진행 중";
    GoalMissed: "missed", "미달";
    ChPassed: "Passed: {n} %", "통과: {n} %";
    ChNotPassed: "Not passed: {n} %", "미통과: {n} %";
    ChVerified: "Verified: replayed in this browser", "검증됨: 이 브라우저에서 다시 실행함";
    ChName: "Your name", "이름";
    ChHandIn: "Hand in", "제출";
    ChHandInLink: "Hand-in link: send it to your teacher", "제출 링크: 선생님께 보내세요";
    ClassTitle: "Class results (teacher)", "반 결과(교사용)";
    ClassPaste: "Hand-in links, one a line (paste, or drop a text file)", "제출 링크, 한 줄에 하나씩(붙여넣거나 텍스트 파일을 끌어 놓기)";
    ClassGrade: "Replay and grade", "다시 실행해 채점";
    ClassProgress: "Graded {n} of {all}", "{all}개 중 {n}개 채점";
    ClassCsv: "Download CSV", "CSV 다운로드";
    ClassName: "Name", "이름";
    ClassChallenge: "Challenge", "과제";
    ClassScore: "Score", "점수";
    ClassGoals: "Goals", "목표";
    ClassFlags: "Flags", "표시";
    ClassProblems: "Problems", "문제";
    ClassSameName: "the same name twice", "같은 이름이 두 번";
    ClassOtherChallenge: "another challenge", "다른 과제";
    ClassNoChallenge: "not a hand-in of a challenge", "과제 제출 링크가 아닙니다";
    ClassLocal: "Nothing leaves this browser: each hand-in is replayed and graded here.", "아무것도 이 브라우저를 떠나지 않습니다. 각 제출물을 여기서 다시 실행해 채점합니다.";
    ChStart: "the challenge's start, without the hand-in's changes", "제출물의 변경 없이 과제의 시작 상태";
}

/// A knob in words.
pub fn knob_text(lang: Lang, k: Option<Knob>) -> &'static str {
    tr(
        lang,
        match k {
            Some(Knob::Capacity) => Text::KnobCapacity,
            Some(Knob::Policies) => Text::KnobPolicies,
            Some(Knob::Scheduled) => Text::KnobScheduled,
            Some(Knob::InstanceType) => Text::KnobType,
            Some(Knob::WarmupCooldown) => Text::KnobWarmup,
            Some(Knob::HealthChecks) => Text::KnobHealth,
            Some(Knob::Balancer) => Text::KnobAlb,
            Some(Knob::Monitoring) => Text::KnobMonitoring,
            Some(Knob::Termination) => Text::KnobTermination,
            None => Text::KnobNone,
        },
    )
}

/// What a challenge link's part got wrong, in words.
pub fn challenge_problem(lang: Lang, p: &ChallengeProblem) -> String {
    let v = |t: Text, v: &str| fill(lang, t, &[("v", &v)]);
    match p {
        ChallengeProblem::Unknown(x) => v(Text::ChUnknown, x),
        ChallengeProblem::BadGoal(x) => v(Text::ChBadGoal, x),
        ChallengeProblem::BadKnob(x) => v(Text::ChBadKnob, x),
        ChallengeProblem::TooManyGoals(n) => fill(lang, Text::ChTooManyGoals, &[("n", n)]),
        ChallengeProblem::LongName(n) => fill(lang, Text::ChLongName, &[("n", n)]),
        ChallengeProblem::Refused(Refusal::Locked { index, at_s, action, knob }) => fill(
            lang,
            Text::ChLocked,
            &[("n", index), ("at", at_s), ("action", action), ("knob", &knob_text(lang, *knob))],
        ),
        ChallengeProblem::Refused(Refusal::OutOfTime { index, at_s }) => {
            fill(lang, Text::ChOutOfTime, &[("n", index), ("at", at_s)])
        }
    }
}
