//! Trace import words (issue 23): the form, the formats, and each problem with its line.
//! AWS's field and key names stay as AWS writes them.

texts! {
    TraceTitle: "Import traffic (a real trace)", "트래픽 가져오기(실제 기록)";
    TraceIntro: "A CloudWatch get-metric-data or get-metric-statistics JSON, a CSV of times and values, an Application Load Balancer access log (plain or .gz), or one number a line. Nothing leaves the browser.", "CloudWatch get-metric-data 또는 get-metric-statistics JSON, 시간과 값의 CSV, Application Load Balancer 액세스 로그(일반 또는 .gz), 또는 한 줄에 숫자 하나. 아무것도 브라우저를 떠나지 않습니다.";
    TraceFile: "File (or drop it here)", "파일(또는 여기에 끌어 놓기)";
    TracePaste: "Or paste it", "또는 붙여넣기";
    TraceRead: "Read", "읽기";
    TraceReading: "Reading… {mb} MB", "읽는 중… {mb} MB";
    TracePer: "A value is", "값의 뜻";
    TracePerPeriod: "requests in its period", "기간 동안의 요청 수";
    TracePerSecond: "requests per second", "초당 요청 수";
    TracePeriod: "Period of one number a line (s)", "한 줄 숫자 하나의 기간(초)";
    TraceColumn: "CSV value column (from 1)", "CSV 값 열(1부터)";
    TraceStart: "Start", "시작";
    TraceOwnStart: "at the trace's own time (the clock follows it)", "기록의 원래 시각(시계가 따라감)";
    TraceLabStart: "at the lab's clock", "실습 시계 기준";
    TracePeak: "Scale to a peak of (req/s, empty: as recorded)", "최고값을 맞출 값(req/s, 비우면 기록 그대로)";
    TraceLoop: "Start over after the last point", "마지막 점 뒤에 처음부터 다시";
    TracePreview: "The trace's requests per second over its span", "기록 전체 기간의 초당 요청 수";
    TraceApply: "Apply as the traffic", "트래픽으로 적용";
    TraceApplied: "Applied: the run starts over on this trace.", "적용됨: 이 기록으로 실행을 처음부터 다시 시작합니다.";
    TraceSummary: "{format}{label}: {n} points every {period} s ({span}), peak {peak} req/s, mean {mean} req/s.", "{format}{label}: {period}초마다 {n}개 점({span}), 최고 {peak} req/s, 평균 {mean} req/s.";
    TraceGaps: "{n} periods without a value count as no request.", "값이 없는 기간 {n}개는 요청 0으로 셉니다.";
    TraceCoarsened: "Put on {period} s periods (the file's {own} s would be more points than a trace holds).", "{period}초 기간으로 묶었습니다(파일의 {own}초로는 점이 너무 많습니다).";
    TraceLinkFits: "The link carries it: {kb} KB, {bpp} bytes a point.", "링크에 담깁니다: {kb} KB, 점 하나에 {bpp}바이트.";
    TraceLinkTooLong: "Too long for a link ({kb} KB of {max} KB): share this run with the JSON export.", "링크에 담기에는 너무 깁니다({max} KB 중 {kb} KB). 이 실행은 JSON 내보내기로 공유하세요.";
    FormatCloudWatch: "CloudWatch JSON", "CloudWatch JSON";
    FormatCsv: "CSV", "CSV";
    FormatAlb: "ALB access log", "ALB 액세스 로그";
    FormatNumbers: "Numbers", "숫자";
    TraceAtLine: "Line {n}: {what}", "{n}번째 줄: {what}";
    TraceEmpty: "the file is empty", "파일이 비어 있습니다";
    TraceNotText: "not text (a binary file, or a compressed file the browser could not unpack)", "텍스트가 아닙니다(바이너리 파일이거나 브라우저가 풀지 못한 압축 파일)";
    TraceTooLarge: "larger than {mb} MB", "{mb} MB보다 큽니다";
    TraceFileTooLarge: "{name} is larger than {mb} MB: not read.", "{name|은} {mb} MB보다 커서 읽지 않았습니다.";
    TraceLineTooLong: "longer than {kb} KB", "{kb} KB보다 깁니다";
    TraceJson: "not JSON here: expected {what}", "여기서 JSON이 아닙니다. 와야 할 것: {what}";
    TraceNotCloudWatch: "JSON, but neither get-metric-data (MetricDataResults) nor get-metric-statistics (Datapoints) output", "JSON이지만 get-metric-data(MetricDataResults)나 get-metric-statistics(Datapoints) 출력이 아닙니다";
    TraceLengths: "{t} Timestamps but {v} Values", "Timestamps {t}개, Values {v}개로 수가 다릅니다";
    TraceBadTime: "expected a time (ISO 8601, or epoch seconds or milliseconds), found \"{v}\"", "시간(ISO 8601 또는 epoch 초·밀리초)이 와야 합니다. 찾은 값: \"{v}\"";
    TraceBadNumber: "expected a number ≥ 0, found \"{v}\"", "0 이상의 숫자가 와야 합니다. 찾은 값: \"{v}\"";
    TraceNoColumn: "no column {n} for the value", "값을 읽을 {n}번째 열이 없습니다";
    TraceNotAlb: "not an Application Load Balancer access log entry: \"{v}\"", "Application Load Balancer 액세스 로그 항목이 아닙니다: \"{v}\"";
    TraceNoData: "no data point", "데이터 포인트가 없습니다";
    TraceTooMany: "{n} points: more than a trace holds even on day-long periods", "점 {n}개: 하루 기간으로 묶어도 기록에 담을 수 있는 수보다 많습니다";
    TraceBadPeriod: "the period must be 1 to 86,400 s", "기간은 1초에서 86,400초 사이여야 합니다";
    TraceTooHigh: "over the lab's highest rate, {max} req/s: scale it down", "실습의 최고 속도 {max} req/s를 넘습니다. 줄여서 맞추세요";
    TraceNothingApplied: "Nothing was applied.", "아무것도 적용하지 않았습니다.";
}
