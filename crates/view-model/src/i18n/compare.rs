//! Texts of the comparison panel (`view_model::compare`): the runs, the verdict and the causes
//! of failed requests, one plain line each.

texts! {
    ComparePanel: "Why Auto Scaling: the same traffic, other fleets", "왜 Auto Scaling인가: 같은 트래픽, 다른 플릿";
    CompareIntro: "Every run gets the same requests, second by second. Changes to this group do not reach the others; traffic changes reach all.", "모든 실행이 초 단위로 같은 요청을 받습니다. 이 그룹의 변경은 다른 실행에 적용되지 않고, 트래픽 변경은 모두에 적용됩니다.";
    RunLive: "This group", "이 그룹";
    RunFixedAverage: "Fixed, sized for the average: {n}", "고정, 평균에 맞춘 크기: {n}대";
    RunFixedPeak: "Fixed, sized for the peak: {n}", "고정, 최대치에 맞춘 크기: {n}대";
    RunAlt: "This group with {policy}", "이 그룹 + {policy}";
    AltTt30: "target tracking, CPU 30 %", "대상 추적, CPU 30 %";
    AltTt70: "target tracking, CPU 70 %", "대상 추적, CPU 70 %";
    AltStep: "step scaling (> 60 %: +1 / +2, < 30 %: −1)", "단계 조정(> 60 %: +1 / +2, < 30 %: −1)";
    AltSimple: "simple scaling without cooldown (thrashes)", "휴지 기간 없는 단순 조정(진동)";
    AltNone: "no scaling policy", "조정 정책 없음";
    CompareWith: "Compare with another policy", "다른 정책과 비교";
    CompareNoAlt: "— none —", "— 없음 —";
    SizeAverage: "Average-sized fleet", "평균 크기 플릿";
    SizePeak: "Peak-sized fleet", "최대 크기 플릿";
    SizeHint: "auto", "자동";
    SizeHintLong: "Instances; leave empty to size it from the traffic so far (or, at the start, the pattern's next 24 hours).", "인스턴스 수. 비워 두면 지금까지의 트래픽(시작 시점에는 패턴의 다음 24시간)으로 크기를 정합니다.";
    ColRun: "Run", "실행";
    ColCost: "Cost", "비용";
    ColFailed: "Failed", "실패";
    ColAbove: "Minutes above target", "대상 초과(분)";
    ChartLegend: "line: demand · shaded: capacity at 100 % CPU (last day)", "선: 수요 · 음영: CPU 100 %일 때의 용량(최근 하루)";
    VerdictFull: "Auto Scaling served {served} % of requests for {share} % of the peak fleet's cost; the average-sized fleet failed {failed} % of them.", "Auto Scaling은 최대 크기 플릿 비용의 {share} %로 요청의 {served} %를 처리했고, 평균 크기 플릿은 {failed} %를 실패했습니다.";
    VerdictDearer: "Here it cost more than the peak-sized fleet: it ran more instances than the requests needed, because its policy follows CPU, and stress or a low target raises CPU without requests.", "여기서는 최대 크기 플릿보다 비용이 더 들었습니다. 정책이 CPU를 따르는데, stress나 낮은 목표값은 요청 없이도 CPU를 올리므로 요청에 필요한 것보다 많은 인스턴스를 실행했습니다.";
    VerdictBeside: "The instance registered in the target group by hand (step 2) served beside every fleet compared; its cost is in none of them.", "대상 그룹에 직접 등록한 인스턴스(2단계)가 비교한 모든 플릿 옆에서 요청을 처리했으며, 그 비용은 어느 플릿에도 포함되지 않습니다.";
    VerdictPeak: "Auto Scaling served {served} % of requests for {share} % of the peak fleet's cost.", "Auto Scaling은 최대 크기 플릿 비용의 {share} %로 요청의 {served} %를 처리했습니다.";
    VerdictAverage: "Auto Scaling served {served} % of requests; the average-sized fleet failed {failed} % of them.", "Auto Scaling은 요청의 {served} %를 처리했고, 평균 크기 플릿은 {failed} %를 실패했습니다.";
    VerdictAlone: "Auto Scaling served {served} % of requests for ${cost}.", "Auto Scaling은 ${cost}로 요청의 {served} %를 처리했습니다.";
    VerdictAlt: "With {policy} instead: {served} % served for ${cost}.", "{policy}(으)로 바꾸면: ${cost}로 {served} % 처리.";
    VerdictWaiting: "No requests yet: the comparison fills in as traffic arrives.", "아직 요청이 없습니다. 트래픽이 들어오면 비교가 채워집니다.";
    CausesTitle: "Why requests failed", "요청이 실패한 이유";
    CauseNone: "No request failed.", "실패한 요청이 없습니다.";
    CauseNoTarget: "503 — no healthy target to send it to: {n}", "503 — 보낼 정상 대상이 없음: {n}";
    CauseConnection: "502 — the target refused the connection (app not up yet) or crashed: {n}", "502 — 대상이 연결을 거부(앱 준비 전)했거나 중단됨: {n}";
    CauseTimeout: "504 — waited longer than the idle timeout: {n}", "504 — 유휴 제한 시간보다 오래 기다림: {n}";
    CauseQueueFull: "502 — rejected, the target's queue was full: {n}", "502 — 대상의 대기열이 가득 차 거부됨: {n}";
    CauseDraining: "502 — still in flight when draining ended: {n}", "502 — 드레이닝이 끝날 때 아직 처리 중: {n}";
    CauseAppError: "500 — the app itself answered with an error: {n}", "500 — 앱이 직접 오류로 응답함: {n}";
}
