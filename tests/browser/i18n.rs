//! The language switch: headings, buttons, labels and messages follow it at once; AWS's own
//! names (lifecycle states, metric names) stay as the console shows them.

use asg_engine::Scenario;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{mount, mount_with_notices, until, Mounted};

fn heading(lab: &Mounted, id: &str) -> String {
    lab.root.query_selector(&format!("#{id}")).unwrap().unwrap().text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn switching_to_korean_and_back() {
    let lab = mount(Scenario::default());
    lab.pause().await;
    until("an instance tile", 3000, || !lab.all("instance-tile").is_empty()).await;
    assert_eq!(heading(&lab, "traffic-h"), "Traffic");
    assert_eq!(lab.text("traffic-follow"), "Follow pattern");

    lab.set_input("lang", "ko", "change");
    until("the Korean headings", 2000, || heading(&lab, "traffic-h") == "트래픽").await;
    assert_eq!(heading(&lab, "capacity-h"), "그룹 크기");
    assert_eq!(heading(&lab, "policies-h"), "조정 정책");
    assert_eq!(heading(&lab, "activity-h"), "활동 기록");
    assert_eq!(heading(&lab, "alarms-h"), "경보");
    assert_eq!(heading(&lab, "charts-h"), "CloudWatch 지표");
    assert_eq!(lab.text("traffic-follow"), "패턴 따르기");
    assert_eq!(lab.text("capacity-apply"), "업데이트");
    assert_eq!(lab.text("policy-add"), "정책 추가");
    assert_eq!(lab.text("az-toggle"), "AZ 장애 발생");
    assert_eq!(lab.text("terminate"), "종료");
    assert!(lab.text("fleet-summary").starts_with("원하는 용량 "), "{}", lab.text("fleet-summary"));
    assert!(lab.text("traffic-readout").starts_with("요청 "), "{}", lab.text("traffic-readout"));
    let field = lab.q("capacity-min").closest("label").unwrap().unwrap().text_content().unwrap();
    assert!(field.contains("최소 용량"), "{field}");
    // AWS's names stay as the console shows them.
    let state = lab.text("instance-state");
    assert!(["Pending", "InService"].iter().any(|s| state.starts_with(s)), "{state}");
    assert!(lab.text("run-summary").contains("비용"), "{}", lab.text("run-summary"));
    let alarms = lab.text("alarms-table");
    assert!(alarms.contains("데이터 포인트") && alarms.contains("CPUUtilization"), "{alarms}");
    // (a chart's latest values follow a frame after its canvas: `use_next_frame`)
    until("the chart's latest values in Korean", 2000, || {
        let t = lab.text("chart-latest-cpu");
        (t.starts_with("최근 값(") && t.contains("CPUUtilization")) || t == "아직 완료된 데이터 포인트가 없습니다"
    })
    .await;

    // Messages the lab writes itself come in Korean too.
    lab.set_input("capacity-min", "-1", "input");
    lab.click("capacity-apply");
    until("the Korean capacity message", 2000, || lab.text("capacity-msg") == "최소 용량은 음수일 수 없습니다.").await;
    lab.set_input("traffic-number", "abc", "change");
    until("the Korean traffic message", 2000, || lab.text("traffic-msg").contains("초당 요청 수")).await;

    lab.set_input("lang", "en", "change");
    until("the English headings", 2000, || heading(&lab, "traffic-h") == "Traffic").await;
    assert_eq!(heading(&lab, "policies-h"), "Scaling policies");
    assert_eq!(lab.text("traffic-follow"), "Follow pattern");
    assert_eq!(lab.text("az-toggle"), "Take AZ down");
    assert!(lab.text("fleet-summary").starts_with("Desired "), "{}", lab.text("fleet-summary"));
    assert!(lab.text("run-summary").contains("Cost"));
    assert!(lab.text("alarms-table").contains("datapoints within"));
}

/// The plain-language "why" of each activity follows the language; AWS's description and
/// cause stay as the console writes them.
#[wasm_bindgen_test]
async fn activity_why_lines_follow_the_language() {
    let lab = mount(Scenario { events: vec![], ..Scenario::default() });
    lab.pause().await;
    until("an instance tile", 3000, || !lab.all("instance-tile").is_empty()).await;
    let whys = |lab: &Mounted| {
        lab.all("activity-why").iter().map(|w| w.text_content().unwrap_or_default()).collect::<Vec<_>>()
    };
    until("the creation's why", 2000, || whys(&lab).iter().any(|w| w == "group created with this desired capacity"))
        .await;

    lab.set_input("lang", "ko", "change");
    until("the Korean why", 2000, || whys(&lab).iter().any(|w| w == "그룹 생성 시 지정한 원하는 용량")).await;
    lab.all("instance-tile")
        .remove(0)
        .query_selector("[data-testid=terminate]")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    until("the Korean terminate why", 2000, || whys(&lab).iter().any(|w| w.starts_with("수동 종료 → 대체 인스턴스")))
        .await;
    let list = lab.text("activity-list");
    assert!(list.contains("Terminating EC2 instance: i-0"), "the description stays AWS's: {list}");

    lab.set_input("lang", "en", "change");
    until("the English why again", 2000, || {
        whys(&lab).iter().any(|w| w == "manual terminate → a replacement will launch")
    })
    .await;
}

/// A hostile link's notices follow the language: the lab's words turn Korean, AWS's own
/// message stays AWS's English, and the link's text is shown as text (no element made of it).
#[wasm_bindgen_test]
async fn link_notices_follow_the_language() {
    let (scenario, notices) =
        asg_share::from_query("v=1&min=5&max=3&name=%3Cscript%3Ealert(1)%3C/script%3E&zzz=1&lang=fr");
    assert_eq!(notices.len(), 5, "{notices:?}");
    let lab = mount_with_notices(scenario, notices);
    lab.pause().await;
    until("the link's notice", 2000, || !lab.q("link-notice").hidden()).await;
    let items = |lab: &Mounted| {
        lab.all("link-notice-item").iter().map(|w| w.text_content().unwrap_or_default()).collect::<Vec<_>>()
    };
    let en = items(&lab);
    assert_eq!(en.len(), 5);
    assert!(en.contains(&"zzz: unknown key — using ignored".to_string()), "{en:?}");
    assert!(
        en.contains(&"min: Max bound, 3, must be greater than or equal to min bound, 5 — using min = 3".to_string()),
        "{en:?}"
    );
    assert!(en.iter().any(|t| t.starts_with("name: '<script>alert(1)</script>' has characters other than")), "{en:?}");
    assert!(lab.q("link-notice").query_selector("script").unwrap().is_none(), "the link's text is never markup");

    lab.set_input("lang", "ko", "change");
    until("the Korean notices", 2000, || items(&lab).contains(&"zzz: 알 수 없는 키 — 사용 값 무시함".to_string()))
        .await;
    let ko = items(&lab);
    assert!(
        ko.contains(
            &"min: AWS 오류 메시지: Max bound, 3, must be greater than or equal to min bound, 5 — 사용 값 min = 3"
                .to_string()
        ),
        "{ko:?}"
    );
    assert!(ko.contains(&"lang: 'fr': 랩의 언어가 아님(en, ko) — 사용 값 브라우저 언어(기본값)".to_string()), "{ko:?}");
    assert!(ko.iter().any(|t| t.starts_with("name: '<script>alert(1)</script>': 문자, 숫자")), "{ko:?}");
    assert!(ko.contains(&"desired: AWS 오류 메시지: Desired capacity:1 must be between the specified min size:3 and max size:3 — 사용 값 3".to_string()), "{ko:?}");
    assert!(lab.text("link-notice").contains("이 링크의 항목 5개"), "{}", lab.text("link-notice"));
    assert!(lab.q("link-notice").query_selector("script").unwrap().is_none());

    lab.set_input("lang", "en", "change");
    until("the English notices again", 2000, || items(&lab) == en).await;
}
