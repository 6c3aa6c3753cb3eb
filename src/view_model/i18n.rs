//! The UI's languages: English and Korean (the first course using the lab is Korean). The
//! language follows the browser, can be switched, and travels in a shared link (`lang=ko`).
//! AWS names (metric names, states such as `InService`, API actions, AWS's error texts) stay
//! as the console shows them in each language, so they are not translated here.
//!
//! Strings are a `match` over [`Text`] keys giving both languages side by side: a missing
//! translation is a compile error, not a blank at run time. Texts with values in them (counts,
//! names, times) are the functions below [`tr`], one `match` on the language each. Written by
//! hand rather than with an i18n crate: the lab has one plural-free catalogue of short labels, and `leptos_i18n`'s build-time codegen would add
//! compile time and wasm size for no gain here.

/// A UI language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    /// The `lang=` value and the HTML `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// From a link's `lang=` value, else from the browser's languages (`navigator.languages`,
    /// first match wins), else English.
    pub fn pick(link: Option<&str>, browser: &[String]) -> Lang {
        let of = |s: &str| match s.trim().to_ascii_lowercase().split(['-', '_']).next() {
            Some("ko") => Some(Lang::Ko),
            Some("en") => Some(Lang::En),
            _ => None,
        };
        link.and_then(of).or_else(|| browser.iter().find_map(|b| of(b))).unwrap_or_default()
    }
}

/// Every UI string, by meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Language,
    Play,
    Pause,
    Jump,
    Reset,
    Speed,
    CopyLink,
    LinkCopied,
    SelectAndCopy,
    Traffic,
    GroupSize,
    ScalingPolicies,
    AutoScalingGroup,
    ActivityHistory,
    Alarms,
    RunSummary,
    Apply,
    UnitSeconds,
    UnitChecks,
    UnitInstances,
    UnitReqPerS,
    GroupSettings,
    LoadBalancerAndMonitoring,
    TrafficSliderLabel,
    RequestsPerSecond,
    FollowPattern,
    SpikeSize,
    SpikeNow,
    Spike3x5,
    Spike10x5,
    Spike5x30,
    PatternPrefix,
    Kind,
    ApplyPattern,
    PatternConstant,
    PatternRamp,
    PatternStep,
    PatternDiurnal,
    PatternSpike,
    PatternWalk,
    Min,
    Max,
    Desired,
    MinimumCapacity,
    MaximumCapacity,
    DesiredCapacity,
    Update,
    InstanceType,
    TerminationPolicy,
    ProtectNewInstances,
    ElbHealthChecks,
    HealthCheckGracePeriod,
    DefaultWarmupField,
    DefaultWarmup,
    DefaultCooldown,
    RoutingAlgorithm,
    SlowStartField,
    SlowStart,
    SlowStartRange,
    DeregistrationDelay,
    HcInterval,
    HcTimeout,
    HealthyThreshold,
    UnhealthyThreshold,
    IdleTimeout,
    Ec2Monitoring,
    MonitoringDetailed,
    MonitoringBasic,
    NoPolicies,
    PolicyKindToAdd,
    AddPolicy,
    Remove,
    Edit,
    SavePolicy,
    UnitReqPerTargetMin,
    KindTtCpu,
    KindTtAlb,
    KindStep,
    KindSimple,
    KindScheduled,
    KindPredictive,
    KindHpa,
    Clients,
    FleetHint,
    AzAvailable,
    AzOutage,
    TakeAzDown,
    BringAzBack,
    Actions,
    StressDuration,
    StressRunning,
    Terminate,
    SetUnhealthy,
    BreakApp,
    Protect,
    Unprotect,
    Min5,
    Min10,
    Min20,
    Min60,
    NoActivity,
    Cause,
    CloudWatchMetrics,
    ChartControls,
    TimeRange,
    Period,
    BasicMonitoringNote,
    OneMinute,
    NoDatapointYet,
    InAlarmBand,
    ChartGroupInstances,
    Chart5xx,
    TargetMark,
    FDisableScaleIn,
    FInstanceWarmup,
    FAlarmThreshold,
    FAdjustmentType,
    FSteps,
    FMinMagnitude,
    FAdjustment,
    FCooldown,
    FRunsAt,
    FRepeats,
    FMinUnchanged,
    FMaxUnchanged,
    FDesiredUnchanged,
    FTarget,
    FMode,
    FForecastOnly,
    FForecastAndScale,
    FBuffer,
    FTargetCpu,
    FTolerance,
    FWindow,
    AdjChange,
    AdjPercent,
    AdjExact,
    PRequests,
    PFrom,
    PTo,
    PStartsAtMin,
    POver,
    PBefore,
    PAfter,
    PAt,
    PMean,
    PAmplitude,
    PPeakHour,
    PNormal,
    PPeak,
    PRise,
    PHold,
    PFall,
    PStartsAtRps,
    PStepSigma,
    PLowest,
    PHighest,
    SimulatedTime,
    SimulationControls,
    CostSoFar,
    JumpLabel,
    JumpPlaceholder,
    Plus1Min,
    Plus10Min,
    Plus1H,
    Embed,
    EmbedDialogLabel,
    PanelsToShow,
    LockControls,
    Close,
    OpenFullLab,
    PanelFleet,
    PanelCharts,
    PanelControls,
    PanelActivity,
    PanelAlarms,
    PanelSummary,
    ExportImport,
    MetricsCsv,
    ScenarioJson,
    PasteJson,
    Import,
    Imported,
    ImportedWithCorrections,
    Scenarios,
    Open,
    Dismiss,
    Using,
    ShareRun,
    LinkToRun,
}

/// `key` in `lang`.
pub fn tr(lang: Lang, key: Text) -> &'static str {
    use Text as T;
    let (en, ko) = match key {
        T::Language => ("Language", "언어"),
        T::Play => ("Play", "재생"),
        T::Pause => ("Pause", "일시 정지"),
        T::Jump => ("Jump", "이동"),
        T::Reset => ("Reset", "초기화"),
        T::Speed => ("Speed", "속도"),
        T::CopyLink => ("Copy link", "링크 복사"),
        T::LinkCopied => ("Link copied.", "링크를 복사했습니다."),
        T::SelectAndCopy => ("Select the link and copy it.", "링크를 선택해 복사하세요."),
        T::Traffic => ("Traffic", "트래픽"),
        T::GroupSize => ("Group size", "그룹 크기"),
        T::ScalingPolicies => ("Scaling policies", "조정 정책"),
        T::AutoScalingGroup => ("Auto Scaling group", "Auto Scaling 그룹"),
        T::ActivityHistory => ("Activity history", "활동 기록"),
        T::Alarms => ("Alarms", "경보"),
        T::RunSummary => ("Run summary", "실행 요약"),
        T::Apply => ("Apply", "적용"),
        T::UnitSeconds => ("s", "초"),
        T::UnitChecks => ("checks", "회"),
        T::UnitInstances => ("inst.", "개"),
        T::UnitReqPerS => ("req/s", "req/s"),
        T::GroupSettings => ("Group settings", "그룹 설정"),
        T::LoadBalancerAndMonitoring => ("Load balancer and monitoring", "로드 밸런서 및 모니터링"),
        T::TrafficSliderLabel => ("Traffic (requests per second)", "트래픽(초당 요청 수)"),
        T::RequestsPerSecond => ("Requests per second", "초당 요청 수"),
        T::FollowPattern => ("Follow pattern", "패턴 따르기"),
        T::SpikeSize => ("Spike size", "급증 크기"),
        T::SpikeNow => ("Spike now", "지금 급증"),
        T::Spike3x5 => ("3× for 5 min", "5분 동안 3×"),
        T::Spike10x5 => ("10× for 5 min", "5분 동안 10×"),
        T::Spike5x30 => ("5× for 30 min", "30분 동안 5×"),
        T::PatternPrefix => ("Pattern: ", "패턴: "),
        T::Kind => ("Kind", "유형"),
        T::ApplyPattern => ("Apply pattern", "패턴 적용"),
        T::PatternConstant => ("Constant", "일정"),
        T::PatternRamp => ("Ramp", "점진적 증가"),
        T::PatternStep => ("Step change", "단계 변화"),
        T::PatternDiurnal => ("Daily cycle (diurnal)", "일일 주기"),
        T::PatternSpike => ("Flash crowd (spike)", "순간 폭주(급증)"),
        T::PatternWalk => ("Random walk", "랜덤 워크"),
        T::Min => ("Min", "최소 용량"),
        T::Max => ("Max", "최대 용량"),
        T::Desired => ("Desired", "원하는 용량"),
        T::MinimumCapacity => ("Minimum capacity", "최소 용량"),
        T::MaximumCapacity => ("Maximum capacity", "최대 용량"),
        T::DesiredCapacity => ("Desired capacity", "원하는 용량"),
        T::Update => ("Update", "업데이트"),
        T::InstanceType => ("Instance type", "인스턴스 유형"),
        T::TerminationPolicy => ("Termination policy", "종료 정책"),
        T::ProtectNewInstances => ("Protect new instances from scale-in", "새 인스턴스에 축소 보호 적용"),
        T::ElbHealthChecks => ("Turn on Elastic Load Balancing health checks", "Elastic Load Balancing 상태 확인 켜기"),
        T::HealthCheckGracePeriod => ("Health check grace period", "상태 확인 유예 기간"),
        T::DefaultWarmupField => ("Default instance warm-up (blank = not set)", "기본 인스턴스 워밍업(비워 두면 설정 안 함)"),
        T::DefaultWarmup => ("Default instance warm-up", "기본 인스턴스 워밍업"),
        T::DefaultCooldown => ("Default cooldown", "기본 휴지 기간"),
        T::RoutingAlgorithm => ("Routing algorithm", "라우팅 알고리즘"),
        T::SlowStartField => ("Slow start duration (0 = off)", "느린 시작 기간(0 = 끄기)"),
        T::SlowStart => ("Slow start duration", "느린 시작 기간"),
        T::SlowStartRange => (
            "Slow start duration must be 0 (off) or between 30 and 900 seconds.",
            "느린 시작 기간은 0(끄기)이거나 30초에서 900초 사이여야 합니다.",
        ),
        T::DeregistrationDelay => ("Deregistration delay", "등록 취소 지연"),
        T::HcInterval => ("Health check interval", "상태 확인 간격"),
        T::HcTimeout => ("Health check timeout", "상태 확인 제한 시간"),
        T::HealthyThreshold => ("Healthy threshold", "정상 임계값"),
        T::UnhealthyThreshold => ("Unhealthy threshold", "비정상 임계값"),
        T::IdleTimeout => ("Idle timeout", "유휴 제한 시간"),
        T::Ec2Monitoring => ("EC2 monitoring", "EC2 모니터링"),
        T::MonitoringDetailed => ("Detailed (1 minute)", "세부 모니터링(1분)"),
        T::MonitoringBasic => ("Basic (5 minutes)", "기본 모니터링(5분)"),
        T::NoPolicies => ("No policies: the group stays at its desired capacity.", "조정 정책이 없습니다. 그룹은 원하는 용량을 유지합니다."),
        T::PolicyKindToAdd => ("Kind of policy to add", "추가할 정책 유형"),
        T::AddPolicy => ("Add policy", "정책 추가"),
        T::Remove => ("Remove", "삭제"),
        T::Edit => ("Edit", "편집"),
        T::SavePolicy => ("Save policy", "정책 저장"),
        T::UnitReqPerTargetMin => ("req/target/min", "요청/대상/분"),
        T::KindTtCpu => ("Target tracking — average CPU", "대상 추적 조정 정책 — 평균 CPU"),
        T::KindTtAlb => ("Target tracking — ALB requests per target", "대상 추적 조정 정책 — 대상당 ALB 요청 수"),
        T::KindStep => ("Step scaling (CPU alarm)", "단계 조정 정책(CPU 경보)"),
        T::KindSimple => ("Simple scaling with cooldown", "단순 조정 정책(휴지 기간 포함)"),
        T::KindScheduled => ("Scheduled action", "예약된 작업"),
        T::KindPredictive => ("Predictive scaling", "예측 조정"),
        T::KindHpa => ("Kubernetes HPA (for comparison)", "Kubernetes HPA(비교용)"),
        T::Clients => ("Clients", "클라이언트"),
        T::FleetHint => (
            "Try the exercise: open an instance's Actions and run stress, as you would over ssh. The CPU alarm fires after 3 minutes above the target and the group scales out.",
            "실습해 보세요: 인스턴스의 작업 메뉴를 열고 ssh로 접속했을 때처럼 stress를 실행합니다. CPU가 3분 동안 목표값을 넘으면 경보가 발생하고 그룹이 확장됩니다.",
        ),
        T::AzAvailable => ("available", "사용 가능"),
        T::AzOutage => ("outage", "장애"),
        T::TakeAzDown => ("Take AZ down", "AZ 중단"),
        T::BringAzBack => ("Bring AZ back", "AZ 복구"),
        T::Actions => ("Actions", "작업"),
        T::StressDuration => ("stress duration", "stress 실행 시간"),
        T::StressRunning => ("stress running", "stress 실행 중"),
        T::Terminate => ("Terminate", "종료"),
        T::SetUnhealthy => ("Set Unhealthy", "Unhealthy로 설정"),
        T::BreakApp => ("Break app", "앱 고장 내기"),
        T::Protect => ("Protect", "축소 보호"),
        T::Unprotect => ("Unprotect", "축소 보호 해제"),
        T::Min5 => ("5 min", "5분"),
        T::Min10 => ("10 min", "10분"),
        T::Min20 => ("20 min", "20분"),
        T::Min60 => ("60 min", "60분"),
        T::NoActivity => ("No activity yet.", "아직 활동이 없습니다."),
        T::Cause => ("Cause", "원인"),
        T::CloudWatchMetrics => ("CloudWatch metrics", "CloudWatch 지표"),
        T::ChartControls => ("Chart time range and period", "차트 시간 범위 및 기간"),
        T::TimeRange => ("Time range ", "시간 범위 "),
        T::Period => ("Period ", "기간 "),
        T::BasicMonitoringNote => (
            "Basic monitoring: EC2 metrics (CPUUtilization) have 5-minute datapoints only.",
            "기본 모니터링: EC2 지표(CPUUtilization)는 5분 간격 데이터 포인트만 있습니다.",
        ),
        T::OneMinute => ("1 minute", "1분"),
        T::NoDatapointYet => ("No complete datapoint yet", "아직 완료된 데이터 포인트가 없습니다"),
        T::InAlarmBand => ("In ALARM (scale-out alarm)", "ALARM 상태(확장 경보)"),
        T::ChartGroupInstances => ("Group instances", "그룹 인스턴스"),
        T::Chart5xx => ("5XX errors", "5XX 오류"),
        T::TargetMark => (" (target)", " (목표값)"),
        T::FDisableScaleIn => ("Disable scale in", "축소 비활성화"),
        T::FInstanceWarmup => ("Instance warm-up [s] (blank = group default)", "인스턴스 워밍업 [초] (비워 두면 그룹 기본값)"),
        T::FAlarmThreshold => ("Alarm threshold (CPU %)", "경보 임계값 (CPU %)"),
        T::FAdjustmentType => ("Adjustment type", "조정 유형"),
        T::FSteps => ("Steps (relative to threshold)", "단계 (임계값 기준)"),
        T::FMinMagnitude => ("Minimum adjustment magnitude", "최소 조정 규모"),
        T::FAdjustment => ("Adjustment", "조정"),
        T::FCooldown => ("Cooldown [s] (blank = group default)", "휴지 기간 [초] (비워 두면 그룹 기본값)"),
        T::FRunsAt => ("Runs at [minutes after start]", "실행 시각 [시작 후 분]"),
        T::FRepeats => ("Repeats every [minutes] (blank = once)", "반복 간격 [분] (비워 두면 한 번만)"),
        T::FMinUnchanged => ("Min (blank = unchanged)", "최소 용량 (비워 두면 변경 안 함)"),
        T::FMaxUnchanged => ("Max (blank = unchanged)", "최대 용량 (비워 두면 변경 안 함)"),
        T::FDesiredUnchanged => ("Desired (blank = unchanged)", "원하는 용량 (비워 두면 변경 안 함)"),
        T::FTarget => ("Target", "목표값"),
        T::FMode => ("Mode", "모드"),
        T::FForecastOnly => ("Forecast only", "예측만"),
        T::FForecastAndScale => ("Forecast and scale", "예측 및 조정"),
        T::FBuffer => ("Pre-launch buffer [s]", "사전 시작 버퍼 [초]"),
        T::FTargetCpu => ("Target CPU [%]", "목표 CPU [%]"),
        T::FTolerance => ("Tolerance", "허용 오차"),
        T::FWindow => ("Scale-down stabilisation window [s]", "축소 안정화 기간 [초]"),
        T::AdjChange => ("Add or remove instances", "인스턴스 추가 또는 제거"),
        T::AdjPercent => ("Percent of group", "그룹 대비 백분율"),
        T::AdjExact => ("Set to exactly", "정확한 값으로 설정"),
        T::PRequests => ("Requests/s", "초당 요청 수"),
        T::PFrom => ("From [req/s]", "시작 값 [req/s]"),
        T::PTo => ("To [req/s]", "종료 값 [req/s]"),
        T::PStartsAtMin => ("Starts at [min]", "시작 시각 [분]"),
        T::POver => ("Over [min]", "기간 [분]"),
        T::PBefore => ("Before [req/s]", "변경 전 [req/s]"),
        T::PAfter => ("After [req/s]", "변경 후 [req/s]"),
        T::PAt => ("At [min]", "시각 [분]"),
        T::PMean => ("Mean [req/s]", "평균 [req/s]"),
        T::PAmplitude => ("± [req/s]", "± 변동 폭 [req/s]"),
        T::PPeakHour => ("Peak hour [UTC]", "최고점 시각 [UTC]"),
        T::PNormal => ("Normal [req/s]", "평상시 [req/s]"),
        T::PPeak => ("Peak [req/s]", "최고점 [req/s]"),
        T::PRise => ("Rise [min]", "상승 [분]"),
        T::PHold => ("Hold [min]", "유지 [분]"),
        T::PFall => ("Fall [min]", "하강 [분]"),
        T::PStartsAtRps => ("Starts at [req/s]", "시작 값 [req/s]"),
        T::PStepSigma => ("Step per minute (σ) [req/s]", "분당 변화 (σ) [req/s]"),
        T::PLowest => ("Lowest [req/s]", "최저 [req/s]"),
        T::PHighest => ("Highest [req/s]", "최고 [req/s]"),
        T::SimulatedTime => ("Simulated time", "시뮬레이션 시간"),
        T::SimulationControls => ("Simulation controls", "시뮬레이션 제어"),
        T::CostSoFar => ("Cost so far", "현재까지 비용"),
        T::JumpLabel => ("Jump to a time (UTC, or +minutes)", "시각으로 이동 (UTC 또는 +분)"),
        T::JumpPlaceholder => ("10:30 or +2h", "10:30 또는 +2h"),
        T::Plus1Min => ("+1 min", "+1분"),
        T::Plus10Min => ("+10 min", "+10분"),
        T::Plus1H => ("+1 h", "+1시간"),
        T::Embed => ("Embed", "임베드"),
        T::EmbedDialogLabel => ("Embed this lab in a page", "이 실습을 페이지에 임베드"),
        T::PanelsToShow => ("Panels to show:", "표시할 패널:"),
        T::LockControls => ("Lock the controls (watch only)", "제어 잠금 (보기 전용)"),
        T::Close => ("Close", "닫기"),
        T::OpenFullLab => ("Open full lab ↗", "전체 실습 열기 ↗"),
        T::PanelFleet => ("Fleet (ALB and instances)", "플릿 (ALB와 인스턴스)"),
        T::PanelCharts => ("CloudWatch charts", "CloudWatch 차트"),
        T::PanelControls => ("Controls", "제어"),
        T::PanelActivity => ("Activity history", "활동 기록"),
        T::PanelAlarms => ("Alarms", "경보"),
        T::PanelSummary => ("Run summary", "실행 요약"),
        T::ExportImport => ("Export and import", "내보내기와 가져오기"),
        T::MetricsCsv => ("Metrics (CSV)", "지표 (CSV)"),
        T::ScenarioJson => ("Scenario (JSON)", "시나리오 (JSON)"),
        T::PasteJson => ("Scenario JSON (paste to import)", "시나리오 JSON (붙여 넣어 가져오기)"),
        T::Import => ("Import", "가져오기"),
        T::Imported => ("Imported: a new run has started.", "가져왔습니다: 새 실행을 시작했습니다."),
        T::ImportedWithCorrections => ("Imported with corrections:", "수정하여 가져왔습니다:"),
        T::Scenarios => ("Scenarios: ready-made labs", "시나리오: 준비된 실습"),
        T::Open => ("Open", "열기"),
        T::Dismiss => ("Dismiss", "닫기"),
        T::Using => ("using", "사용 값"),
        T::ShareRun => ("Share this run", "이 실행 공유"),
        T::LinkToRun => ("Link to this run", "이 실행의 링크"),
    };
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

/// `en` or `ko`, for the few words only a message uses (a field's short name in an error).
pub fn pick(lang: Lang, en: &'static str, ko: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

/// `word` followed by the Korean particle that fits it: `with` after a final consonant (받침),
/// `without` after a vowel, both as `with(without)` when the word does not end in Hangul.
/// `josa("최소 용량", "은", "는")` → `최소 용량은`.
pub fn josa(word: &str, with: &str, without: &str) -> String {
    let fits = match word.trim_end().chars().last() {
        Some(c @ '\u{AC00}'..='\u{D7A3}') => Some((c as u32 - 0xAC00) % 28 != 0),
        _ => None,
    };
    match fits {
        Some(true) => format!("{word}{with}"),
        Some(false) => format!("{word}{without}"),
        None => format!("{word}{with}({without})"),
    }
}

/// The traffic readout: offered, served and failed requests/s.
pub fn traffic_readout(lang: Lang, offered: f64, served: f64, failed: f64) -> String {
    match lang {
        Lang::En => format!("Offered {offered:.0} req/s · served {served:.0} · failed {failed:.0}"),
        Lang::Ko => format!("요청 {offered:.0} req/s · 처리 {served:.0} · 실패 {failed:.0}"),
    }
}

/// The fleet's one-line summary.
pub fn fleet_summary(lang: Lang, desired: u32, min: u32, max: u32, running: usize) -> String {
    match lang {
        Lang::En => format!("Desired {desired} · min {min} · max {max} · {running} running"),
        Lang::Ko => format!("원하는 용량 {desired} · 최소 {min} · 최대 {max} · 실행 중 {running}개"),
    }
}

/// Healthy targets behind the load balancer.
pub fn healthy_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{n} healthy"),
        Lang::Ko => format!("정상 {n}개"),
    }
}

/// Accessible name of an Availability Zone's lane.
pub fn az_lane_label(lang: Lang, az: &str) -> String {
    match lang {
        Lang::En => format!("Availability Zone {az}"),
        Lang::Ko => format!("가용 영역 {az}"),
    }
}

/// Accessible name of the button taking an AZ down (or bringing it back).
pub fn az_toggle_label(lang: Lang, available: bool, az: &str) -> String {
    match (lang, available) {
        (Lang::En, true) => format!("Take down {az}"),
        (Lang::En, false) => format!("Bring back {az}"),
        (Lang::Ko, true) => format!("{az} 중단"),
        (Lang::Ko, false) => format!("{az} 복구"),
    }
}

/// Accessible name of an instance's CPU meter.
pub fn cpu_of(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("CPU of {id}"),
        Lang::Ko => format!("{id}의 CPU"),
    }
}

/// Accessible name of an instance's actions menu.
pub fn actions_for(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("Actions for {id}"),
        Lang::Ko => format!("{id} 작업"),
    }
}

/// Accessible name of a policy's target slider.
pub fn target_for(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Target for {name}"),
        Lang::Ko => format!("{name}의 목표값"),
    }
}

/// A target-tracking policy's target, above its slider.
pub fn target_value(lang: Lang, target: f64, unit: &str) -> String {
    match lang {
        Lang::En => format!("Target: {target} {unit}"),
        Lang::Ko => format!("목표값: {target} {unit}"),
    }
}

/// Accessible name of a policy's remove button.
pub fn remove_policy(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Remove policy {name}"),
        Lang::Ko => format!("정책 {name} 삭제"),
    }
}

/// A period of whole minutes: "1 minute", "5 minutes".
pub fn minutes(lang: Lang, m: u64) -> String {
    match (lang, m) {
        (Lang::En, 1) => "1 minute".to_string(),
        (Lang::En, m) => format!("{m} minutes"),
        (Lang::Ko, m) => format!("{m}분"),
    }
}

/// The chart's latest values: "Latest (09:14 UTC): CPUUtilization (Average) 63 %".
pub fn latest_values(lang: Lang, hh_mm: &str, values: &str) -> String {
    match lang {
        Lang::En => format!("Latest ({hh_mm} UTC): {values}"),
        Lang::Ko => format!("최근 값({hh_mm} UTC): {values}"),
    }
}

/// Accessible name of a chart's canvas.
pub fn chart_label(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("{title} chart; the latest values are given as text above it."),
        Lang::Ko => format!("{title} 차트. 최근 값은 차트 위에 텍스트로 표시됩니다."),
    }
}

/// Accessible name of the focusable chart wrapper (its label plus how to use the keys).
pub fn chart_keys_label(lang: Lang, label: &str) -> String {
    match lang {
        Lang::En => format!("{label}. Left and right arrow keys move the crosshair."),
        Lang::Ko => format!("{label} 왼쪽/오른쪽 화살표 키로 십자선을 움직입니다."),
    }
}

/// A chart range choice ("15m", "1h" … as the CloudWatch console writes them).
pub fn range_label(lang: Lang, seconds: u64, en: &'static str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Ko if seconds % 86_400 == 0 => format!("{}일", seconds / 86_400),
        Lang::Ko if seconds % 3600 == 0 => format!("{}시간", seconds / 3600),
        Lang::Ko => format!("{}분", seconds / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_link_then_the_browser_then_english() {
        let ko = vec!["ko-KR".to_string(), "en-US".to_string()];
        assert_eq!(Lang::pick(None, &ko), Lang::Ko);
        assert_eq!(Lang::pick(Some("en"), &ko), Lang::En);
        assert_eq!(Lang::pick(Some("fr"), &ko), Lang::Ko, "an unknown link value falls back to the browser");
        assert_eq!(Lang::pick(None, &["de-DE".to_string()]), Lang::En);
        assert_eq!(Lang::pick(Some(" KO_kr "), &[]), Lang::Ko);
    }

    #[test]
    fn both_languages_say_something() {
        for key in [Text::Play, Text::CopyLink, Text::RunSummary] {
            assert!(!tr(Lang::En, key).is_empty());
            assert_ne!(tr(Lang::En, key), tr(Lang::Ko, key));
        }
    }

    #[test]
    fn texts_with_values() {
        assert_eq!(fleet_summary(Lang::En, 3, 1, 5, 2), "Desired 3 · min 1 · max 5 · 2 running");
        assert_eq!(fleet_summary(Lang::Ko, 3, 1, 5, 2), "원하는 용량 3 · 최소 1 · 최대 5 · 실행 중 2개");
        assert_eq!(traffic_readout(Lang::En, 250.2, 250.0, 0.0), "Offered 250 req/s · served 250 · failed 0");
        assert_eq!(minutes(Lang::En, 1), "1 minute");
        assert_eq!(minutes(Lang::En, 5), "5 minutes");
        assert_eq!(minutes(Lang::Ko, 5), "5분");
        assert_eq!(range_label(Lang::Ko, 900, "15m"), "15분");
        assert_eq!(range_label(Lang::Ko, 10_800, "3h"), "3시간");
        assert_eq!(range_label(Lang::Ko, 86_400, "1d"), "1일");
        assert_eq!(range_label(Lang::En, 86_400, "1d"), "1d");
        assert_eq!(josa("최소 용량", "은", "는"), "최소 용량은");
        assert_eq!(josa("기본 휴지 기간", "을", "를"), "기본 휴지 기간을");
        assert_eq!(josa("목표값", "은", "는"), "목표값은");
        assert_eq!(josa("유휴 제한 시간", "은", "는"), "유휴 제한 시간은");
        assert_eq!(josa("상태 확인 간격", "은", "는"), "상태 확인 간격은");
        assert_eq!(josa("비율", "이", "가"), "비율이");
        assert_eq!(josa("크기", "이", "가"), "크기가");
        assert_eq!(josa("Target CPU", "은", "는"), "Target CPU은(는)");
    }
}

/// "This link asked for N things the lab could not use as given:"
pub fn link_notice_intro(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("This link asked for {n} thing{} the lab could not use as given:", if n == 1 { "" } else { "s" }),
        Lang::Ko => format!("이 링크의 항목 {n}개를 그대로 사용할 수 없었습니다:"),
    }
}

/// Progress while a link's `t=` is being reached.
pub fn opening_progress(lang: Lang, target_min: u64, pct: f64) -> String {
    match lang {
        Lang::En => format!("Opening the shared run at +{target_min} min: {pct:.0} %"),
        Lang::Ko => format!("공유된 실행을 +{target_min}분 시점으로 여는 중: {pct:.0} %"),
    }
}

/// Shown by "Copy link" when the journal is full, so the link no longer replays exactly.
pub fn journal_full(lang: Lang, kept: usize) -> String {
    match lang {
        Lang::En => format!("This run has more than {kept} changes: the link keeps the first {kept}, so it will not replay the rest."),
        Lang::Ko => format!("이 실행의 변경이 {kept}개를 넘었습니다: 링크에는 처음 {kept}개만 담겨 나머지는 재현되지 않습니다."),
    }
}

#[cfg(test)]
mod journal_tests {
    use super::*;

    #[test]
    fn the_full_journal_warning_names_the_limit_in_both_languages() {
        assert!(journal_full(Lang::En, 1000).contains("first 1000"));
        assert!(journal_full(Lang::Ko, 1000).contains("1000개"));
    }
}
