//! What a guided-lab step still lacks and the warnings (`guide::gaps`), with the Korean
//! console's terms; AWS's reason codes and error messages stay in English.

texts! {
    GapsTitle: "What is missing", "남은 일";
    WarningsTitle: "Warnings", "주의";
    GapNoInstance: "No instance yet: launch one from the wizard below.", "아직 인스턴스가 없습니다. 아래 마법사에서 인스턴스를 시작하세요.";
    GapNotWordPress: "{id} is not from the Bitnami WordPress image: it serves no web page.", "{id|은} Bitnami WordPress 이미지로 시작하지 않아 웹 페이지를 제공하지 않습니다.";
    GapNotT2Micro: "{id} is a {itype}; the assignment asks for a t2.micro.", "{id|은} {itype}입니다. 과제는 t2.micro를 요구합니다.";
    GapNotSeoul: "{id} runs in {region}; the assignment asks for Asia Pacific (Seoul).", "{id|은} {region}에서 실행 중입니다. 과제는 아시아 태평양(서울)을 요구합니다.";
    GapBooting: "{id} is still pending: it is running in about half a minute.", "{id|은} 아직 대기 중입니다. 30초쯤 뒤 실행 중이 됩니다.";
    GapNoKeyPair: "{id} has no key pair: you will not be able to ssh in (step 6).", "{id}에는 키 페어가 없습니다. 6단계에서 ssh로 접속할 수 없습니다.";
    GapHttpClosed: "The security group of {id} does not allow HTTP (port 80): the load balancer's health checks will time out. Add an inbound rule for port 80.", "{id}의 보안 그룹이 HTTP(포트 80)를 허용하지 않습니다. 로드 밸런서의 상태 검사가 시간 초과됩니다. 포트 80 인바운드 규칙을 추가하세요.";
    GapNoTargetGroup: "No target group yet.", "아직 대상 그룹이 없습니다.";
    GapNothingRegistered: "Target group {tg} has no registered instance: register the step-2 instance.", "대상 그룹 {tg}에 등록된 인스턴스가 없습니다. 2단계 인스턴스를 등록하세요.";
    GapNoLoadBalancer: "No load balancer with a listener forwarding to the target group yet.", "아직 대상 그룹으로 전달하는 리스너가 있는 로드 밸런서가 없습니다.";
    GapProvisioning: "Load balancer {name} is still provisioning (about 3 minutes).", "로드 밸런서 {name|을} 아직 프로비저닝 중입니다(약 3분).";
    GapAlbClosed: "The security group of load balancer {name} does not allow HTTP (port 80) from the internet: browsers time out.", "로드 밸런서 {name}의 보안 그룹이 인터넷에서 오는 HTTP(포트 80)를 허용하지 않아 브라우저가 시간 초과됩니다.";
    GapTargetNotHealthy: "Target {id} is {health}{reason}.", "대상 {id}의 상태: {health}{reason}.";
    GapTimeoutHint: " — its security group drops the load balancer's checks (open port 80 to the load balancer's group)", " — 보안 그룹이 로드 밸런서의 검사를 차단합니다(로드 밸런서의 보안 그룹에 포트 80을 여세요)";
    GapNotInUseHint: " — no listener forwards to its target group", " — 대상 그룹으로 전달하는 리스너가 없습니다";
    GapNoImage: "No AMI yet: create an image from the step-2 instance.", "아직 AMI가 없습니다. 2단계 인스턴스에서 이미지를 생성하세요.";
    GapImagePending: "AMI {id} is still pending (about 4 minutes).", "AMI {id|은} 아직 대기 중입니다(약 4분).";
    GapNoTemplate: "No launch template yet.", "아직 시작 템플릿이 없습니다.";
    GapNoGroup: "No Auto Scaling group yet.", "아직 Auto Scaling 그룹이 없습니다.";
    GapGroupWithoutTg: "Group {group} is not attached to a target group: the load balancer never sends it traffic. Attach the target group to the group.", "그룹 {group|이} 대상 그룹에 연결되지 않아 로드 밸런서가 트래픽을 보내지 않습니다. 그룹에 대상 그룹을 연결하세요.";
    GapLaunchesFail: "The group's launches fail: {message}", "그룹의 인스턴스 시작이 실패합니다: {message}";
    GapGroupNotServing: "No instance of {group} is InService and healthy behind the load balancer yet (boot, then five health checks).", "{group}의 인스턴스 중 아직 InService이면서 로드 밸런서 뒤에서 정상인 것이 없습니다(부팅 후 상태 검사 다섯 번).";
    GapStep2InTg: "The step-2 instance {id} is still registered in {tg}: the load balancer sends it traffic beside the group, which does not count it. Deregister it if the group should serve alone.", "2단계 인스턴스 {id|이} 아직 {tg}에 등록되어 있습니다. 로드 밸런서는 그룹과 함께 이 인스턴스에도 트래픽을 보내지만 그룹은 이를 세지 않습니다. 그룹만 처리하게 하려면 등록을 해제하세요.";
    GapNoPolicy: "Group {group} has no scaling policy: stress will not make it scale out.", "그룹 {group}에 조정 정책이 없어 stress를 실행해도 확장되지 않습니다.";
    GapNotStressed: "stress has not run on one of the group's instances: ssh into one (below) and run stress.", "아직 그룹의 인스턴스에서 stress를 실행하지 않았습니다. 아래에서 ssh로 접속해 stress를 실행하세요.";
    GapStressedOutside: "stress ran on {id}, the step-2 instance: the group does not measure it. Run it on one of the group's instances.", "stress를 2단계 인스턴스 {id}에서 실행했습니다. 그룹은 이 인스턴스를 측정하지 않으니 그룹의 인스턴스에서 실행하세요.";
    GapAwaitingScaleOut: "stress runs since {since}: the CloudWatch alarm goes to ALARM after 3 datapoints above the target, then the group launches an instance. Press Play or jump ahead.", "{since}부터 stress가 실행 중입니다. 목표값을 넘는 데이터 포인트 3개 뒤 CloudWatch 경보가 경보 상태가 되고, 그룹이 인스턴스를 시작합니다. 재생을 누르거나 앞으로 건너뛰세요.";
    GapStillBilling: "{what} {id} in {region} still bills: ${month}/month.", "{region}의 {what} {id}에 아직 요금이 부과됩니다: 월 ${month}.";
    GapOtherRegion: "{n} resources left in {region}: the region shown does not list them, but they are still there (switch region to see them).", "{region}에 리소스 {n}개가 남아 있습니다. 지금 보이는 리전에는 나오지 않지만 여전히 있습니다(리전을 바꿔 확인하세요).";
    BillInstance: "instance", "인스턴스";
    BillGroup: "Auto Scaling group", "Auto Scaling 그룹";
    BillLoadBalancer: "load balancer", "로드 밸런서";
    BillSnapshot: "snapshot", "스냅샷";
    RegionSeoul: "Asia Pacific (Seoul)", "아시아 태평양(서울)";
    RegionVirginia: "US East (N. Virginia)", "미국 동부(버지니아 북부)";
}
