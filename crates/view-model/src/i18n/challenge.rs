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
    ChLongText: "a text longer than {n} characters", "글이 {n}자를 넘습니다";
    ChBadReference: "not the author's run in the link's format", "링크 형식에 맞는 작성자의 실행이 아닙니다";
    MissCosts: "Cost by part: instances ${inst} (of which Unlimited credits ${cred}), load balancer ${alb}, public IPv4 ${ip}, EBS volumes ${ebs}; {h} instance-hours.", "항목별 비용: 인스턴스 ${inst}(그중 Unlimited 크레딧 ${cred}), 로드 밸런서 ${alb}, 퍼블릭 IPv4 ${ip}, EBS 볼륨 ${ebs}, 인스턴스 {h}시간.";
    MissP99: "Requests queued on busy instances: the CPU was above its target for {m} min and the fleet peaked at {k}.", "바쁜 인스턴스에서 요청이 대기했습니다. CPU가 {m}분 동안 목표를 넘었고 인스턴스는 최대 {k}대였습니다.";
    MissAbove: "The group's CPU was above its target for {m} min; the group scaled out {o} times and in {i} times.", "그룹의 CPU가 {m}분 동안 목표를 넘었습니다. 확장 {o}번, 축소 {i}번이 있었습니다.";
    MissPeak: "The fleet reached {k} instances ({o} scale-outs).", "인스턴스가 {k}대까지 늘었습니다(확장 {o}번).";
    MissAtMinNever: "Desired capacity was still above min at the end.", "끝날 때도 원하는 용량이 최소 용량보다 컸습니다.";
    MissAtMinLate: "Desired capacity came back to min only at {t}.", "원하는 용량이 {t}에야 최소 용량으로 돌아왔습니다.";
    MissActions: "{o} scale-outs and {i} scale-ins: each time an alarm flipped, the fleet moved.", "확장 {o}번, 축소 {i}번: 경보가 바뀔 때마다 인스턴스 수가 움직였습니다.";
    ChWhyMissed: "Why", "원인";
    ChLocked1: "locked by the challenge", "과제가 잠금";
    ChAuthorTitle: "Make a challenge from this run", "이 실행으로 과제 만들기";
    ChAuthorIntro: "The run's start (traffic, faults, settings) becomes the challenge's start; your changes so far are your own run. Pick the goals, what learners may change and the horizon.", "이 실행의 시작 상태(트래픽, 장애, 설정)가 과제의 시작이 되고, 지금까지의 변경이 작성자의 실행이 됩니다. 목표, 학습자가 바꿀 수 있는 것, 제한 시간을 고르세요.";
    ChAuthorHorizon: "Horizon (hours)", "제한 시간(시간)";
    ChAuthorGoals: "Goals (prefilled from this run's figures)", "목표(이 실행의 수치로 미리 채움)";
    ChAuthorWeight: "weight", "가중치";
    ChAuthorKnobs: "Learners may change", "학습자가 바꿀 수 있는 것";
    ChAuthorTexts: "Texts", "글";
    ChAuthorLang: "Language of the texts", "글의 언어";
    ChAuthorTitleField: "Title", "제목";
    ChAuthorBrief: "Brief", "설명";
    ChAuthorHintField: "Hint", "힌트";
    ChAuthorDebrief: "Debrief (shown with the result)", "해설(결과와 함께 표시)";
    ChAuthorCheck: "Check against my run", "내 실행으로 확인";
    ChAuthorChecking: "Replaying your run…", "내 실행을 다시 실행하는 중…";
    ChAuthorMeets: "Your run meets every goal: the challenge is verified.", "내 실행이 모든 목표를 달성합니다. 검증된 과제입니다.";
    ChAuthorMisses: "Your run misses {n} goal(s): the challenge is marked unverified until a run meets them.", "내 실행이 목표 {n}개를 달성하지 못합니다. 어떤 실행이 달성하기 전까지 미검증으로 표시됩니다.";
    ChAuthorLink: "Challenge link", "과제 링크";
    ChAuthorMake: "Make the link", "링크 만들기";
    ChBadGoalField: "not a bound or weight this goal allows (weight 0–100)", "이 목표에 맞는 한계나 가중치(0–100)가 아닙니다";
    ChAuthorBadHours: "The horizon is a number of hours, from one minute to 168 (7 days).", "제한 시간은 1분부터 168시간(7일)까지의 시간 수입니다.";
    ChAuthorNoGoal: "Pick one goal at least.", "목표를 하나 이상 고르세요.";
    ChAuthorNoKnob: "Pick one thing learners may change at least.", "학습자가 바꿀 수 있는 것을 하나 이상 고르세요.";
    ChUnverified: "Unverified: no run is known to meet these goals.", "미검증: 이 목표를 달성한 실행이 알려져 있지 않습니다.";
    ChAuthorVerified: "Verified: the author's run meets every goal (replayed in this browser).", "검증됨: 작성자의 실행이 모든 목표를 달성합니다(이 브라우저에서 다시 실행함).";
    ChTries: "Attempts", "시도";
    ChAttemptsClaimed: " · attempt {n}, as the learner's browser counted", " · 학습자 브라우저가 센 {n}번째 시도";
    ClassLab: "Guided lab (7 steps)", "실습 안내(7단계)";
    ClassBillable: "still billing: {what}", "아직 요금 발생: {what}";
    ClassDrop: "Drop a text file of links here, or choose one:", "링크가 담긴 텍스트 파일을 여기에 끌어 놓거나 선택하세요:";
    ClassFileTooBig: "{name} is larger than {n} KB: not read.", "{name|은} {n} KB보다 커서 읽지 않았습니다.";
    ClassFileNotText: "{name} is not a text file of links.", "{name|은} 링크가 담긴 텍스트 파일이 아닙니다.";
    ClassOpen: "Class results", "반 결과";
    LabReportTitle: "Guided lab handed in", "실습 안내 제출물";
    LabReportSteps: "{n} of 7 steps done", "7단계 중 {n}단계 완료";
    LabReportDoneAt: "done at +{at} (took {took})", "+{at}에 완료({took} 걸림)";
    LabReportNotDone: "not done", "미완료";
    LabReportStarted: "begun, not finished", "시작했지만 끝나지 않음";
    LabReportRefusals: "Requests refused on the way ({n})", "진행 중 거부된 요청({n}개)";
    LabReportNoRefusal: "No request was refused.", "거부된 요청이 없습니다.";
    LabReportBill: "The account cost ${usd} in all.", "계정 전체 비용: ${usd}.";
    LabReportNothingBills: "Nothing was billing at the end.", "끝날 때 요금이 발생하는 리소스가 없었습니다.";
    LabReportStillBills: "Still billing at the end:", "끝날 때도 요금이 발생한 리소스:";
    LabHandInTitle: "Hand in the lab", "실습 제출";
    LabHandInNote: "The link holds your account's requests: whoever opens it replays them and sees the steps graded from the account, not from the checklist.", "링크에는 계정의 요청이 담깁니다. 여는 사람은 이를 다시 실행해 체크리스트가 아닌 계정 상태로 채점된 단계를 봅니다.";
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
        ChallengeProblem::LongText(n) => fill(lang, Text::ChLongText, &[("n", n)]),
        ChallengeProblem::BadReference => tr(lang, Text::ChBadReference).to_string(),
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
