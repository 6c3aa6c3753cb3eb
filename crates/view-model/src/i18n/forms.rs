//! The control panel's texts with values: what the forms say about what was typed
//! (`controls::form`, `controls::traffic`, `clock::parse_jump`, the pattern and policy
//! editors), and the one-line descriptions of patterns and policies.

texts! {
    // number fields (`controls::form`); `label` is the field's name in the same language
    CountAtMost: "{label} must be at most {max}.", "{label|은} {max} 이하여야 합니다.";
    CountNegative: "{label} cannot be negative.", "{label|은} 음수일 수 없습니다.";
    CountNotWhole: "{label} must be a whole number; “{text}” is not.", "{label|은} 정수여야 합니다. “{text}”은(는) 정수가 아닙니다.";
    EnterValue: "Enter {label}.", "{label|을} 입력하세요.";
    MustBeBetween: "{label} must be between {range}.", "{label|은} {range} 사이여야 합니다.";
    MustBeMultiple: "{label} must be a multiple of {m}.", "{label|은} {m}의 배수여야 합니다.";
    NotANumber: "{label} must be a number; “{text}” is not.", "{label|은} 숫자여야 합니다. “{text}”은(는) 숫자가 아닙니다.";
    // the range in `MustBeBetween`, by unit (English names the unit once, Korean after each number)
    RangePlain: "{lo} and {hi}", "{lo}에서 {hi}";
    RangeSeconds: "{lo} and {hi} seconds", "{lo}초에서 {hi}초";
    RangeInstances: "{lo} and {hi} instances", "{lo}개에서 {hi}개";
    RangeChecks: "{lo} and {hi}", "{lo}회에서 {hi}회";
    RangeMs: "{lo} and {hi} ms", "{lo}ms에서 {hi}ms";
    RangePercent: "{lo} and {hi} %", "{lo}%에서 {hi}%";
    RangeBytes: "{lo} and {hi} bytes", "{lo}바이트에서 {hi}바이트";
    RangeRps: "{lo} and {hi} requests/s", "{lo} req/s에서 {hi} req/s";
    // the requests/s box (`controls::traffic`)
    RpsEmpty: "Enter a number of requests per second.", "초당 요청 수를 입력하세요.";
    RpsNegative: "Traffic cannot be negative; using 0 requests/s.", "트래픽은 음수일 수 없습니다. 0 req/s로 설정합니다.";
    RpsTooMuch: "{v} requests/s is more than the lab simulates; using the maximum, {max} requests/s.", "{v} req/s는 실습에서 시뮬레이션할 수 있는 양보다 많습니다. 최대값인 {max} req/s로 설정합니다.";
    RpsNotNumber: "“{text}” is not a number of requests per second.", "“{text}”은(는) 올바른 초당 요청 수가 아닙니다.";
    // the header's "jump to" box (`clock::parse_jump`); `help` is `JumpHelp`
    JumpHelp: "Write a UTC time such as 10:30, or an offset such as +90m, +2h or +1d.", "10:30 같은 UTC 시각이나 +90m, +2h, +1d 같은 간격을 입력하세요.";
    JumpNotTime: "“{text}” is not a time. {help}", "“{text}”은(는) 시각이 아닙니다. {help}";
    JumpUnknownUnit: "“{text}” has an unknown unit. {help}", "“{text}”의 단위를 알 수 없습니다. {help}";
    JumpNotTimeOfDay: "“{text}” is not a time of day. {help}", "“{text}”은(는) 하루 중 시각이 아닙니다. {help}";
    JumpTooFar: "The lab jumps at most 7 days at a time.", "한 번에 최대 7일까지 이동할 수 있습니다.";
    // the pattern editor's fields as messages name them (`controls::pattern`)
    PatFrom: "From", "시작 값";
    PatTo: "To", "종료 값";
    PatStart: "Start", "시작 시각";
    PatDuration: "Duration", "기간";
    PatBefore: "Before", "변경 전";
    PatAfter: "After", "변경 후";
    PatTime: "Time", "시각";
    PatMean: "Mean", "평균";
    PatAmplitude: "Amplitude", "변동 폭";
    PatPeakHour: "Peak hour", "최고점 시각";
    PatNormal: "Normal", "평상시";
    PatPeak: "Peak", "최고점";
    PatRise: "Rise", "상승";
    PatHold: "Hold", "유지";
    PatFall: "Fall", "하강";
    PatLowest: "Lowest", "최저";
    PatHighest: "Highest", "최고";
    PatStartRate: "Start", "시작 값";
    PatStep: "Step", "분당 변화";
    DiurnalSwing: "The daily swing (±) cannot be larger than the mean: traffic would go below zero.", "하루 변동 폭(±)은 평균보다 클 수 없습니다. 트래픽이 0 아래로 내려가게 됩니다.";
    WalkLowAboveHigh: "The lowest rate must not be above the highest.", "최저값은 최고값보다 클 수 없습니다.";
    WalkStartOutside: "The starting rate must be between {min} and {max} requests/s.", "시작 값은 {min}에서 {max} req/s 사이여야 합니다.";
    UnknownPattern: "Unknown traffic pattern “{kind}”.", "알 수 없는 트래픽 패턴입니다: “{kind}”.";
    // a pattern in one line; times are `MinShort`
    MinShort: "{n} min", "{n}분";
    DescConstant: "Constant {rps} req/s", "고정 {rps} req/s";
    DescRamp: "Ramp {from} → {to} req/s from +{start} over {duration}", "점진적 변화 {from} → {to} req/s, +{start}부터 {duration} 동안";
    DescStep: "Step {before} → {after} req/s at +{at}", "계단식 변화 {before} → {after} req/s, +{at}에";
    DescDiurnal: "Daily cycle {mean} ± {amplitude} req/s, peak at {peak}:00 UTC", "일일 주기 {mean} ± {amplitude} req/s, 최고점 {peak}:00 UTC";
    DescSpike: "Flash crowd {base} → {peak} req/s at +{at} (rise {rise}, hold {hold}, fall {fall})", "급증 {base} → {peak} req/s, +{at}에 (상승 {rise}, 유지 {hold}, 하강 {fall})";
    DescWalk: "Random walk from {start} req/s, σ {step}/min, within {min}–{max}", "무작위 변동 {start} req/s에서 시작, σ {step}/분, {min}–{max} 범위";
    DescTrace: "A recorded trace: {n} points every {period} s, peak {peak} req/s, {looped}", "기록된 트래픽: {period}초마다 {n}개 점, 최고 {peak} req/s, {looped}";
    DescTraceLooped: "then over again", "끝나면 처음부터 반복";
    DescTraceHeld: "then its last rate holds", "끝나면 마지막 값 유지";
    DescSum: "Sum of: {parts}", "합: {parts}";
    DescProduct: "Product of: {parts}", "곱: {parts}";
    // a policy in one line (`controls::policies`); AWS's names (metrics, adjustment types, modes) stay
    DescTargetTracking: "Target tracking: keep {metric} at {target}{scale_in}", "대상 추적 조정 정책: {metric} 대상 값 {target} 유지{scale_in}";
    ScaleInDisabledNote: " (scale-in disabled)", " (축소 비활성화)";
    DescStepPolicy: "Step scaling on {metric} {cmp} {threshold}: {steps} ({kind})", "단계 조정 정책: {metric} {cmp} {threshold} 경보, {steps} ({kind})";
    StepOne: "{n} step", "단계 {n}개";
    Steps: "{n} steps", "단계 {n}개";
    DescSimplePolicy: "Simple scaling on {metric} {cmp} {threshold}: {adjustment} ({kind}), cooldown {cooldown}", "단순 조정 정책: {metric} {cmp} {threshold} 경보, {adjustment} ({kind}), 휴지 기간 {cooldown}";
    SecondsShort: "{n} s", "{n}초";
    GroupDefault: "group default", "그룹 기본값";
    SetMin: "min {n}", "최소 용량 {n}";
    SetMax: "max {n}", "최대 용량 {n}";
    SetDesired: "desired {n}", "원하는 용량 {n}";
    WhenOnce: "once at +{at} min", "+{at}분에 한 번";
    WhenEvery: "every {every} min from +{start} min", "+{start}분부터 {every}분마다";
    WhenCron: "cron “{cron}” (UTC)", "cron “{cron}” (UTC)";
    DescScheduled: "Scheduled action: set {sizes} {when}", "예약된 작업: {when} {sizes} 설정";
    DescPredictive: "Predictive scaling: {metric} target {target}, {mode}, buffer {buffer} s", "예측 조정: {metric} 대상 값 {target}, {mode}, 버퍼 {buffer}초";
    DescHpa: "Kubernetes HPA: CPU {cpu} %, tolerance {tolerance}, sync {sync} s, scale-down window {window} s", "Kubernetes HPA: CPU {cpu} %, 허용 오차 {tolerance}, 동기화 {sync}초, 축소 안정화 기간 {window}초";
    // the policy editor (`controls::policy_edit`): fields as messages name them, and its messages
    PolWarmup: "Instance warm-up", "인스턴스 워밍업";
    PolThreshold: "Alarm threshold", "경보 임계값";
    PolCooldown: "Cooldown", "휴지 기간";
    PolStartMinute: "Start minute", "실행 시각";
    PolRepeat: "Repeat interval", "반복 간격";
    PolBuffer: "Pre-launch buffer", "사전 시작 버퍼";
    PolTargetCpu: "Target CPU", "목표 CPU";
    PolWindow: "Stabilisation window", "안정화 기간";
    UnknownAdjustmentType: "Unknown adjustment type “{value}”.", "알 수 없는 조정 유형입니다: “{value}”.";
    NotAStep: "“{part}” is not a step; write lower..upper:adjustment, e.g. 0..10:+1 or 10..:+3.", "“{part}”은(는) 올바른 단계가 아닙니다. 하한..상한:조정 형식으로 입력하세요(예: 0..10:+1 또는 10..:+3).";
    AtLeastOneStep: "Add at least one step.", "단계를 하나 이상 추가하세요.";
    EnterWhenRuns: "Enter when the action runs.", "작업을 실행할 시각을 입력하세요.";
    ScheduledNeedsOne: "A scheduled action must set at least one of min, max or desired.", "예약된 작업은 최소 용량, 최대 용량, 원하는 용량 중 하나 이상을 설정해야 합니다.";
}
