//! The guided lab (issue #11): each console form refuses with AWS's message at its field and
//! creates what it should; the checklist ticks from the account; the terminal, the browser
//! pane and the clean-up list; Korean labels.

use asg_engine::Scenario;

use crate::support::{mount, until, Mounted};

async fn guided() -> Mounted {
    let lab = mount(Scenario { events: vec![], ..Scenario::default() });
    lab.pause().await;
    lab.click("mode");
    until("the guide", 3000, || lab.try_q("guide").is_some()).await;
    lab
}

fn state(lab: &Mounted, n: u8) -> String {
    lab.text(&format!("step-{n}-state"))
}

async fn open(lab: &Mounted, n: u8) {
    lab.click(&format!("step-{n}-open"));
    leptos::task::tick().await;
}

fn resource_kinds(lab: &Mounted) -> Vec<String> {
    lab.all("resource-row").iter().map(|r| r.get_attribute("data-kind").unwrap_or_default()).collect()
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn the_checklist_starts_empty_and_step_one_ticks_once_read() {
    let lab = guided().await;
    for n in 1..=7 {
        assert_eq!(state(&lab, n), "to do", "step {n}");
    }
    assert!(lab.try_q("compare-panel").is_none(), "no group yet: no live console");
    assert!(lab.text("arch-diagram").contains("not created yet"));
    lab.click("why-read");
    until("step 1 done", 2000, || state(&lab, 1) == "done").await;
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn step_two_key_pair_and_launch_wizard() {
    let lab = guided().await;
    open(&lab, 2).await;
    lab.set_input("keypair-name", " key", "input");
    lab.click("keypair-create");
    until("the key pair error", 2000, || lab.text("keypair-name-msg").contains("up to 255 ASCII characters")).await;
    lab.set_input("keypair-name", "my-key", "input");
    lab.click("keypair-create");
    until("the key pair", 2000, || resource_kinds(&lab).contains(&"key".to_string())).await;
    assert!(lab.text("keypair-saved").starts_with("Downloaded my-key.pem"), "{}", lab.text("keypair-saved"));
    lab.set_input("launch-storage", "4", "input");
    lab.click("launch-submit");
    until("the storage error", 2000, || lab.text("launch-storage-msg").contains("smaller than snapshot")).await;
    lab.set_input("launch-storage", "8", "input");
    lab.click("launch-submit");
    until("the instance", 2000, || resource_kinds(&lab).contains(&"instance".to_string())).await;
    assert_eq!(state(&lab, 2), "started");
    lab.jump("+2m").await;
    until("step 2 done", 3000, || state(&lab, 2) == "done").await;
    assert!(lab.text("per-month").starts_with("Cost per month if left as it is: $"));
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn step_three_target_group_alb_and_the_browser_pane() {
    let lab = guided().await;
    lab.click("step-2-do");
    lab.jump("+2m").await;
    open(&lab, 3).await;
    lab.set_input("tg-name", "-tg", "input");
    lab.click("tg-create");
    until("the name rule", 2000, || lab.text("tg-name-msg").contains("maximum of 32 characters")).await;
    lab.set_input("tg-name", "web-tg", "input");
    let first = lab.q("tg-register").query_selector("option:nth-child(2)").unwrap().unwrap();
    let id = first.get_attribute("value").unwrap();
    lab.set_input("tg-register", &id, "change");
    lab.click("tg-create");
    until("the target group", 2000, || resource_kinds(&lab).contains(&"tg".to_string())).await;
    lab.set_input("alb-tg", "web-tg", "change");
    lab.q("alb-az-a").click();
    lab.click("alb-create");
    until("two AZs", 2000, || {
        lab.text("alb-azs-msg").contains("At least two subnets in two different Availability Zones")
    })
    .await;
    lab.q("alb-az-c").click();
    lab.click("alb-create");
    until("the load balancer", 2000, || resource_kinds(&lab).contains(&"lb".to_string())).await;
    lab.click("browser-open");
    until("not yet", 2000, || lab.text("browser-page").contains("can't be reached")).await;
    lab.jump("+10m").await;
    until("step 3 done", 3000, || state(&lab, 3) == "done").await;
    lab.click("browser-open");
    until("WordPress", 2000, || lab.text("browser-page").starts_with("WordPress — served by i-0")).await;
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn steps_four_and_five_image_template_and_group_start_the_live_console() {
    let lab = guided().await;
    for n in [2, 3] {
        lab.click(&format!("step-{n}-do"));
        lab.jump("+5m").await;
    }
    open(&lab, 4).await;
    lab.set_input("image-name", "x", "input");
    lab.click("image-create");
    until("the AMI name rule", 2000, || lab.text("image-name-msg").contains("3-128")).await;
    lab.set_input("image-name", "wp-ami", "input");
    lab.click("image-create");
    until("the AMI", 2000, || resource_kinds(&lab).contains(&"ami".to_string())).await;
    lab.jump("+5m").await;
    until("step 4 done", 3000, || state(&lab, 4) == "done").await;
    open(&lab, 5).await;
    until("the template's AMI", 2000, || lab.q("template-image").text_content().unwrap_or_default().contains("wp-ami"))
        .await;
    lab.click("template-create");
    until("the template", 2000, || resource_kinds(&lab).contains(&"template".to_string())).await;
    lab.set_input("group-desired", "two", "input");
    lab.click("group-create");
    until("a whole number", 2000, || lab.text("group-desired-msg") == "Enter a whole number (0 or more).").await;
    lab.set_input("group-desired", "1", "input");
    lab.set_input("group-min", "3", "input");
    lab.click("group-create");
    until("AZs first", 2000, || lab.text("group-azs-msg").contains("At least one Availability Zone")).await;
    lab.q("group-az-a").click();
    lab.click("group-create");
    until("the capacity rule", 2000, || {
        lab.text("group-desired-msg").contains("Max bound, 1, must be greater than or equal to min bound, 3")
    })
    .await;
    lab.set_input("group-min", "1", "input");
    lab.set_input("group-max", "3", "input");
    lab.click("group-create");
    until("the live console", 3000, || lab.try_q("compare-panel").is_some()).await;
    assert!(!lab.q("group-live").hidden());
    assert!(resource_kinds(&lab).contains(&"group".to_string()));
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn step_six_terminal_and_step_seven_cleanup_to_nothing_billable() {
    let lab = guided().await;
    for n in 1..=5 {
        lab.click(&format!("step-{n}-do"));
        lab.jump("+10m").await;
    }
    until("step 5 done", 3000, || state(&lab, 5) == "done").await;
    open(&lab, 6).await;
    lab.set_input("terminal-input", "ls", "input");
    let enter = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let i = web_sys::KeyboardEventInit::new();
        i.set_key("Enter");
        i.set_bubbles(true);
        i
    })
    .unwrap();
    lab.q("terminal-input").dispatch_event(&enter).unwrap();
    until("the key file", 2000, || lab.text("terminal-out").contains("asg-lab-key.pem")).await;
    assert_eq!(lab.text("terminal-prompt"), "learner@laptop:~$ ");
    lab.click("step-6-do");
    lab.jump("+15m").await;
    until("step 6 done", 3000, || state(&lab, 6) == "done").await;
    // step 7: delete the group from the list, then the rest
    // its delete button (beside the fixes) asks once: a second click deletes
    let delete = || {
        let group =
            lab.all("resource-row").into_iter().find(|r| r.get_attribute("data-kind").as_deref() == Some("group"));
        group.unwrap().query_selector("button.danger").unwrap().unwrap().dyn_into::<web_sys::HtmlElement>().unwrap()
    };
    delete().click();
    until("the first click arms it", 2000, || delete().class_list().contains("armed")).await;
    delete().click();
    lab.jump("+15m").await;
    until("the group gone", 3000, || lab.try_q("compare-panel").is_none()).await;
    lab.click("step-7-do");
    lab.jump("+2m").await;
    until("nothing billable", 3000, || lab.text("per-month") == "Nothing billable is left.").await;
    until("step 7 done", 2000, || state(&lab, 7) == "done").await;
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn the_guide_speaks_korean() {
    let lab = guided().await;
    lab.set_input("lang", "ko", "change");
    until("Korean", 2000, || lab.text("step-2-open").contains("EC2 인스턴스 시작")).await;
    open(&lab, 2).await;
    assert!(lab.text("launch-form").contains("키 페어(로그인)"));
    assert_eq!(state(&lab, 2), "할 일");
}

// The lab's own refusals follow the page's language (AWS's errors stay as AWS words them).
#[wasm_bindgen_test::wasm_bindgen_test]
async fn the_labs_own_refusal_speaks_korean_too() {
    let lab = guided().await;
    lab.set_input("lang", "ko", "change");
    lab.click("step-2-do");
    lab.jump("+2m").await;
    until("step 2 done", 3000, || state(&lab, 2) == "완료").await;
    let instance =
        lab.all("resource-row").into_iter().find(|r| r.get_attribute("data-kind").as_deref() == Some("instance"));
    instance
        .unwrap()
        .query_selector("button.danger")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    leptos::task::tick().await;
    lab.click("step-4-do");
    until("the refusal", 2000, || !lab.text("checklist-error").is_empty()).await;
    assert_eq!(lab.text("checklist-error"), "먼저 2단계를 하세요: 실행 중인 WordPress 인스턴스가 없습니다.");
    lab.set_input("lang", "en", "change");
    until("English", 2000, || lab.text("checklist-error") == "Do step 2 first: no WordPress instance is running.")
        .await;
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test::wasm_bindgen_test]
async fn a_guided_link_in_an_embed_opens_the_account_and_a_compact_guide() {
    use asg_engine::account::Action;
    use asg_share::{EmbedView, Shared};
    let embed = EmbedView { embed: true, panels: vec!["fleet".into()], locked: false };
    let log = vec![(0, Action::ReadWhy), (5, Action::CreateKeyPair("k".into()))];
    let shared =
        Shared { scenario: Scenario::default(), embed, account: Some(log), open_at_s: Some(60), ..Shared::default() };
    let lab = crate::support::mount_shared(shared);
    until("the compact guide", 3000, || lab.try_q("guide").is_some()).await;
    assert!(lab.q("guide").class_name().contains("compact"));
    assert_eq!(state(&lab, 1), "done");
    assert_eq!(state(&lab, 2), "started", "the key pair from the link");
    assert!(lab.q("embed-main").hidden(), "no group yet: no live panels");
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn one_click_on_step_six_builds_steps_one_to_five() {
    let lab = guided().await;
    lab.click("step-6-do");
    until("steps 1-5 done", 3000, || (1..=5).all(|n| state(&lab, n) == "done")).await;
    assert_eq!(state(&lab, 6), "started", "stress runs: the learner watches the group scale");
    assert!(lab.try_q("compare-panel").is_some(), "the live console is the group");
}
