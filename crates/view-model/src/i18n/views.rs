//! Texts of the run summary, the fleet (tiles, compact lanes) and the alarms table. AWS's
//! states (`InService`, `Pending`, `Unhealthy`, `Terminating`) and metric names are not here:
//! they stay as the console shows them.

texts! {
    // the run summary (`summary`)
    SumCost: "Cost", "비용";
    SumInstances: "of which EC2 instances", "그중 EC2 인스턴스";
    SumAlb: "of which load balancer (hours, LCUs)", "그중 로드 밸런서(시간, LCU)";
    SumIpv4: "of which public IPv4 addresses", "그중 퍼블릭 IPv4 주소";
    SumEbs: "of which EBS root volumes", "그중 EBS 루트 볼륨";
    PriceBasis: "Prices: On-Demand Linux in {region}, from AWS Price List quotes and third-party tables checked {date} (no live AWS price page); sources in docs/aws-behaviour.md §9.", "요금: {region}의 Linux 온디맨드 요금이며, {date}에 확인한 AWS Price List 인용과 타사 표를 근거로 합니다(실시간 AWS 요금 페이지 아님). 출처는 docs/aws-behaviour.md §9에 있습니다.";
    PriceConflicting: "{type} in {region}: sources disagree ({others} $/h elsewhere); the lab uses ${used}/h.", "{region}의 {type}: 출처마다 다릅니다(다른 곳에서는 {others} $/h). 실습은 ${used}/h를 씁니다.";
    PriceNoRegional: "No {region} price was found for {type} surplus credits; the lab uses us-east-1's ${used} per vCPU-hour.", "{type} 잉여 크레딧의 {region} 요금을 찾지 못해 us-east-1의 vCPU-시간당 ${used}를 씁니다.";
    SumSurplusCharged: "of which surplus credits charged", "그중 청구된 잉여 크레딧";
    SumSurplusOwed: "Surplus credits owed (charged at termination; not in the cost)", "미청구 잉여 크레딧 (종료 시 청구, 비용에 미포함)";
    SumFailed: "Requests failed", "실패한 요청";
    SumP99: "p99 latency", "p99 지연 시간";
    SumAboveTarget: "Minutes above target", "대상 값을 넘은 시간(분)";
    SumInstanceHours: "Instance-hours", "인스턴스 시간";
    SumPeak: "Peak instances", "최대 인스턴스 수";
    SumScaling: "Scale-outs / scale-ins", "확장 / 축소 횟수";
    FailedOf: "{pct} % ({failed} of {total})", "{pct} % ({total}건 중 {failed}건)";
    // an instance's state beside AWS's (`fleet::tile`)
    Draining: "draining", "드레이닝 중";
    OutsideTarget: "registered by hand · not in the group", "직접 등록한 대상 · Auto Scaling 그룹 밖";
    HealthChecking: "health check", "상태 확인 중";
    TargetUnhealthy: "target unhealthy", "대상 비정상";
    WarmingUp: "warming up", "워밍업 중";
    Anomalous: "anomalous", "이상 감지";
    Mitigated: "traffic reduced", "트래픽 축소됨";
    Credits: "credits {n}", "크레딧 {n}";
    // the compact fleet (`fleet::grid`)
    GridLegend: "P\u{a0}Pending · W\u{a0}warming\u{a0}up\u{a0}/\u{a0}health\u{a0}check · !\u{a0}Unhealthy · T\u{a0}Terminating · fill\u{a0}=\u{a0}CPU", "P\u{a0}Pending · W\u{a0}워밍업\u{a0}/\u{a0}상태\u{a0}확인\u{a0}중 · !\u{a0}Unhealthy · T\u{a0}Terminating · 채움\u{a0}=\u{a0}CPU";
    PickerLabel: "Instance", "인스턴스";
    PickerNone: "— choose an instance —", "— 인스턴스 선택 —";
    PickerHint: "Click a cell or choose an instance to see it in full and act on it.", "셀을 클릭하거나 인스턴스를 선택하면 자세히 보고 작업할 수 있습니다.";
    LaneInstances: "{n} instances", "인스턴스 {n}개";
    CpuAverage: "CPU {avg} % avg", "CPU {avg} % 평균";
    // the alarms table (`alarms`): the console's condition and since when
    AlarmCondition: "{metric} {cmp} {threshold} for {datapoints} within {window}", "{metric} {cmp} {threshold}, {window} 내 {datapoints}";
    DatapointOne: "{n} datapoint", "데이터 포인트 {n}개";
    Datapoints: "{n} datapoints", "데이터 포인트 {n}개";
    SecondsLong: "{n} seconds", "{n}초";
    AlarmSince: "since {time}", "{time}부터";
    // a part of the lab loaded when first shown (`app::parts`): while it loads, if it fails
    PartLoading: "Loading…", "불러오는 중…";
    PartFailed: "This part of the lab did not load. Check the connection and try again; the run goes on.", "실습의 이 부분을 불러오지 못했습니다. 네트워크 연결을 확인한 뒤 다시 시도하세요. 실행은 계속됩니다.";
    PartRetry: "Try again", "다시 시도";
}
