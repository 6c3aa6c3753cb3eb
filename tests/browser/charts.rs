//! The CloudWatch charts: painted after mount, redrawn on new data and on a new range, a
//! crosshair with values on pointer moves and arrow keys, latest values as text, DOM legends.

use asg_engine::Scenario;
use asg_share::Shared;
use asg_view_model::charts::spec::CHARTS;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::{canvas_ink, mount, mount_shared, sleep, until, Mounted};

/// Pauses and steps `minutes` simulated minutes.
async fn run_minutes(lab: &Mounted, minutes: usize) {
    lab.pause().await;
    for _ in 0..minutes {
        lab.click("step");
    }
    leptos::task::tick().await;
}

fn select(lab: &Mounted, testid: &str, value: &str) {
    let el = lab.q(testid);
    js_sys::Reflect::set(&el, &JsValue::from_str("value"), &JsValue::from_str(value)).unwrap();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

/// A pointer event of `pointer_type` ("mouse" or "touch") at `fraction_x` across `target`.
fn pointer(target: &HtmlElement, kind: &str, fraction_x: f64, pointer_type: &str) {
    let r = target.get_bounding_client_rect();
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_pointer_type(pointer_type);
    init.set_client_x((r.left() + r.width() * fraction_x) as i32);
    init.set_client_y((r.top() + r.height() / 2.0) as i32);
    let ev = web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn every_chart_paints_after_mount() {
    let lab = mount(Scenario::default());
    run_minutes(&lab, 3).await;
    for spec in CHARTS {
        let canvas = lab.q(&format!("{}-chart", spec.key));
        until(&format!("{} to paint", spec.key), 5000, || canvas_ink(&canvas).0 > 500).await;
        assert_eq!(canvas.get_attribute("role").as_deref(), Some("img"));
        assert!(canvas.get_attribute("aria-label").is_some_and(|l| l.contains(spec.title)));
        let c: web_sys::HtmlCanvasElement = canvas.clone().unchecked_into();
        let dpr = web_sys::window().unwrap().device_pixel_ratio();
        let css_w = canvas.get_bounding_client_rect().width();
        assert!(
            (c.width() as f64 - (css_w * dpr).round()).abs() <= 1.0,
            "{}: backing store = CSS width × DPR",
            spec.key
        );
    }
}

#[wasm_bindgen_test]
async fn charts_redraw_and_latest_values_update_on_new_data() {
    let lab = mount(Scenario::default());
    run_minutes(&lab, 2).await;
    let canvas = lab.q("requests-chart");
    until("the requests chart to paint", 5000, || canvas_ink(&canvas).0 > 500).await;
    let (_, before) = canvas_ink(&canvas);
    let latest = lab.text("chart-latest-cpu");
    lab.set_input("traffic-slider", "1500", "input");
    run_minutes(&lab, 3).await;
    until("a redraw with new datapoints", 5000, || canvas_ink(&canvas).1 != before).await;
    until("the latest CPU text to change", 5000, || lab.text("chart-latest-cpu") != latest).await;
    let text = lab.text("chart-latest-cpu");
    assert!(
        text.starts_with("Latest (") && text.contains("CPUUtilization (Average)") && text.ends_with(" %"),
        "{text}"
    );
    let req = lab.text("chart-latest-requests");
    assert!(req.contains("RequestCount (Sum)") && req.contains("RequestCountPerTarget (Sum)"), "{req}");
    assert!(lab.text("chart-latest-cost").contains("$0.0"), "{}", lab.text("chart-latest-cost"));
}

#[wasm_bindgen_test]
async fn changing_the_range_and_period_changes_the_drawing() {
    let lab = mount(Scenario::default());
    run_minutes(&lab, 6).await;
    let canvas = lab.q("cpu-chart");
    until("the CPU chart to paint", 5000, || canvas_ink(&canvas).0 > 500).await;
    let (_, one_hour) = canvas_ink(&canvas);
    select(&lab, "chart-range", "900");
    until("a redraw for 15 minutes", 5000, || canvas_ink(&canvas).1 != one_hour).await;
    let (_, fifteen) = canvas_ink(&canvas);
    select(&lab, "chart-period", "300");
    until("a redraw for 5-minute periods", 5000, || canvas_ink(&canvas).1 != fifteen).await;
    assert!(lab.root.query_selector("#cpu-chart-h").unwrap().unwrap().text_content().unwrap().contains("5 minutes"));
}

/// The default lab after five simulated minutes, with chart `key` painted: the lab, the
/// chart canvas and its crosshair overlay.
async fn painted_after_five_minutes(key: &str) -> (Mounted, HtmlElement, HtmlElement) {
    let lab = mount(Scenario::default());
    run_minutes(&lab, 5).await;
    let chart = lab.q(&format!("{key}-chart"));
    let overlay = lab.q(&format!("{key}-chart-overlay"));
    until(&format!("the {key} chart to paint"), 5000, || canvas_ink(&chart).0 > 500).await;
    (lab, chart, overlay)
}

#[wasm_bindgen_test]
async fn the_crosshair_draws_on_the_overlay_and_shows_values() {
    let (lab, chart, overlay) = painted_after_five_minutes("cpu").await;
    let (_, chart_digest) = canvas_ink(&chart);
    assert!(lab.try_q("cpu-chart-tip").is_none());
    // The newest datapoint is near the left of a 1 h window that starts at 0.
    pointer(&overlay, "pointermove", 0.08, "mouse");
    until("the crosshair to draw", 3000, || canvas_ink(&overlay).0 > 50).await;
    until("the values text", 3000, || lab.try_q("cpu-chart-tip").is_some()).await;
    let tip = lab.text("cpu-chart-tip");
    assert!(tip.contains("UTC") && tip.contains("CPUUtilization (Average)") && tip.contains('%'), "{tip}");
    assert_eq!(canvas_ink(&chart).1, chart_digest, "the chart below is not redrawn by pointer moves");
    pointer(&overlay, "pointerleave", 0.5, "mouse");
    until("the crosshair to clear", 3000, || canvas_ink(&overlay).0 == 0 && lab.try_q("cpu-chart-tip").is_none()).await;
}

/// Issue #14: nothing in the charts depends on hover alone. A tap shows the values, and they
/// stay when the finger lifts (a touch pointer "leaves" on lifting).
#[wasm_bindgen_test]
async fn a_tap_shows_the_values_and_lifting_the_finger_keeps_them() {
    let (lab, _, overlay) = painted_after_five_minutes("requests").await;
    assert!(lab.try_q("requests-chart-tip").is_none());
    pointer(&overlay, "pointerdown", 0.08, "touch");
    until("the values after a tap", 3000, || lab.try_q("requests-chart-tip").is_some()).await;
    pointer(&overlay, "pointerleave", 0.08, "touch");
    leptos::task::tick().await;
    assert!(lab.try_q("requests-chart-tip").is_some(), "lifting the finger keeps the values");
    assert!(canvas_ink(&overlay).0 > 50, "and the crosshair");
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_crosshair() {
    let lab = mount(Scenario::default());
    run_minutes(&lab, 4).await;
    let chart = lab.q("latency-chart");
    until("the latency chart to paint", 5000, || canvas_ink(&chart).0 > 500).await;
    let wrap: HtmlElement = chart.parent_element().unwrap().unchecked_into();
    let key = |k: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        wrap.dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
            .unwrap();
    };
    key("ArrowLeft");
    until("values for the newest datapoint", 3000, || lab.try_q("latency-chart-tip").is_some()).await;
    let newest = lab.text("latency-chart-tip");
    assert!(newest.contains("TargetResponseTime (p50)") && newest.contains("ms"), "{newest}");
    key("ArrowLeft");
    until("an older datapoint", 3000, || lab.text("latency-chart-tip") != newest).await;
    key("Escape");
    until("the crosshair to clear", 3000, || lab.try_q("latency-chart-tip").is_none()).await;
}

#[wasm_bindgen_test]
async fn the_cpu_chart_shows_thresholds_and_the_alarm_band() {
    let lab = mount(Scenario::default());
    let legend = lab.text("cpu-chart-legend");
    assert!(legend.contains("AlarmHigh > 50") && legend.contains("AlarmLow < 35"), "{legend}");
    assert!(legend.contains("In ALARM"), "{legend}");
    // The stressed single instance drives AlarmHigh into ALARM within a few minutes.
    select(&lab, "chart-range", "900");
    run_minutes(&lab, 8).await;
    let canvas = lab.q("cpu-chart");
    let band_pixels = |c: &HtmlElement| {
        let c: web_sys::HtmlCanvasElement = c.clone().unchecked_into();
        let ctx: web_sys::CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().unchecked_into();
        let data = ctx.get_image_data(0.0, 0.0, c.width() as f64, c.height() as f64).unwrap().data();
        // Light scheme: the alarm red at 14 % over white ≈ rgb(250, 222, 222).
        data.chunks_exact(4).filter(|p| p[0] >= 245 && (205..=235).contains(&p[1]) && p[1].abs_diff(p[2]) <= 3).count()
    };
    until("a shaded ALARM span", 5000, || band_pixels(&canvas) > 500).await;
}

// Issue 26: while time runs, a chart no one can see waits (its data, its canvas and its latest
// values); it catches up when it comes into view, when a chart is exported and when time stops.
#[wasm_bindgen_test]
async fn a_chart_off_screen_waits_while_time_runs_and_catches_up() {
    let lab = mount_shared(Shared { scenario: Scenario::default(), ..Shared::default() });
    let card =
        |key: &str| -> HtmlElement { lab.q(&format!("chart-latest-{key}")).parent_element().unwrap().unchecked_into() };
    let (seen, unseen) = (card("cpu"), card("cost"));
    // both in the viewport, whatever the page's layout
    for (el, top) in [(&seen, "0"), (&unseen, "320px")] {
        for (k, v) in [("position", "fixed"), ("top", top), ("left", "0"), ("width", "400px"), ("z-index", "10")] {
            el.style().set_property(k, v).unwrap();
        }
    }
    select(&lab, "speed", "600");
    assert_eq!(lab.q("play-pause").get_attribute("aria-pressed").as_deref(), Some("true"), "time runs");
    // Each phase: the cost chart out of view while the CPU chart follows two new minutes.
    let hide_and_run = || async {
        unseen.style().set_property("transform", "translateX(-100000px)").unwrap();
        sleep(200).await; // the intersection observer reports it gone
        let cost = lab.text("chart-latest-cost");
        for _ in 0..2 {
            let cpu = lab.text("chart-latest-cpu");
            until("the CPU chart to follow the clock", 5000, || lab.text("chart-latest-cpu") != cpu).await;
        }
        assert_eq!(lab.text("chart-latest-cost"), cost, "a chart out of view waits while time runs");
        cost
    };
    // back in view: it catches up while time still runs
    let cost = hide_and_run().await;
    unseen.style().remove_property("transform").unwrap();
    until("the chart back in view to catch up", 5000, || lab.text("chart-latest-cost") != cost).await;
    // exported as an image: drawn first (every chart is brought up to date)
    let cost = hide_and_run().await;
    lab.click("png-cost");
    until("the exported chart to be drawn first", 5000, || lab.text("chart-latest-cost") != cost).await;
    // time stops: every chart shows where it stopped
    let cost = hide_and_run().await;
    lab.pause().await;
    until("the chart to catch up when time stops", 5000, || lab.text("chart-latest-cost") != cost).await;
}

/// Resolves in the next animation frame, after the callbacks asked for before it.
async fn next_animation_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

// A chart's latest values follow its data a frame later (`use_next_frame`), and always end
// at the data's value, also when it changed and changed back within one frame.
#[wasm_bindgen_test]
async fn a_value_shown_a_frame_later_ends_at_the_sources_value() {
    use asg_lab::app::next_frame::use_next_frame;
    use leptos::prelude::*;
    // (effects need Leptos's executor, which mounting starts)
    let _lab = mount(Scenario::default());
    let owner = Owner::new();
    owner.set();
    let source = RwSignal::new(1);
    let memo = Memo::new(move |_| source.get());
    let shown = use_next_frame(memo);
    leptos::task::tick().await;
    assert_eq!(shown.get_untracked(), 1, "it starts at the source's value");
    source.set(2);
    leptos::task::tick().await;
    assert_eq!(shown.get_untracked(), 1, "not before the next frame");
    next_animation_frame().await;
    assert_eq!(shown.get_untracked(), 2, "in the next frame");
    source.set(3);
    leptos::task::tick().await;
    source.set(2);
    leptos::task::tick().await;
    next_animation_frame().await;
    assert_eq!(shown.get_untracked(), 2, "changed and changed back: the value it ended at");
    drop(owner);
}
