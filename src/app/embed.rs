//! The embedded lab (course pages): a compact bar and only the panels the link asks for, with
//! controls locked on request; and the Embed dialog that writes the `<iframe>` snippet.

use leptos::either::EitherOf7;
use leptos::prelude::*;

use crate::app::widgets::Tr;

use super::share::ShareContext;
use super::turn::{turn_memo, turns};
use super::{ActivityHistory, AlarmsTable, ChartsPanel, ControlsPanel, FleetView, RunSummary};
use crate::app::state::use_lab;
use crate::share::{EmbedView, Shared};
use crate::view_model::clock::format_utc;
use crate::view_model::embed::{iframe_snippet, panels, Panel, PANELS};
use crate::view_model::i18n::{tr, Text};

/// Whether this page runs inside another page's frame.
pub fn in_frame() -> bool {
    let w = window();
    match w.top() {
        Ok(Some(top)) => wasm_bindgen::JsValue::from(top) != wasm_bindgen::JsValue::from(w),
        _ => true,
    }
}

/// The link to the full lab for this run (opens in a new tab: the course page stays).
fn full_lab_url(lab: super::Lab, extra: &Shared) -> String {
    super::share::page_url(&lab.share_query(true, &Shared { embed: EmbedView::default(), ..extra.clone() }))
}

#[component]
pub fn EmbeddedLab(view: EmbedView) -> impl IntoView {
    let lab = use_lab();
    let extra = use_context::<ShareContext>().map(|c| c.extra).unwrap_or_default();
    let (shown, _) = panels(&view.panels, view.locked);
    let clock = turn_memo(lab, turns::CLOCK, |s, _| format_utc(s.clock_utc_s));
    let open_full = move |_| {
        let url = full_lab_url(lab, &extra);
        let _ = window().open_with_url_and_target(&url, "_blank");
    };
    // A keyed list built once: no panel is ever rebuilt in place, so none compiles rebuild code.
    let body = view! {
        <For each=move || shown.clone() key=|p| *p let(p)>
            {match p {
                Panel::Controls => EitherOf7::A(view! { <ControlsPanel /> }),
                Panel::Fleet => EitherOf7::B(view! { <FleetView /> }),
                Panel::Charts => EitherOf7::C(view! { <ChartsPanel /> }),
                Panel::Activity => EitherOf7::D(view! { <ActivityHistory /> }),
                Panel::Alarms => EitherOf7::E(view! { <AlarmsTable /> }),
                Panel::Summary => EitherOf7::F(view! { <RunSummary /> }),
                Panel::Compare => EitherOf7::G(view! { <super::compare::ComparePanel /> }),
            }}
        </For>
    };
    view! {
        <header class="lab-header compact" data-testid="embed-bar">
            <strong>"ASG Lab"</strong>
            <span class="live" data-testid="sim-clock">{move || clock.get()}</span>
            <button data-testid="play-pause" aria-pressed=move || lab.playing.get().to_string()
                on:click=move |_| lab.playing.update(|p| *p = !*p)>
                {move || if lab.playing.get() { tr(lab.lang.get(), Text::Pause) } else { tr(lab.lang.get(), Text::Play) }}
            </button>
            <button data-testid="step" on:click=move |_| lab.step(60)>"+1 min"</button>
            <button class="link" data-testid="open-full" on:click=open_full><Tr k=Text::OpenFullLab /></button>
        </header>
        // a challenge: its brief, goals and result card first, compactly
        <div class="embed-challenge"><super::challenge::ChallengePanel /></div>
        // a guided lab's link: the guide first, compactly; its live panels once the group exists
        <Show when=move || lab.guided.get()>
            <super::parts::Deferred part=super::guide::GUIDED_LAB_COMPACT />
        </Show>
        <main class="embed-main" class:locked=view.locked data-testid="embed-main" hidden=move || !lab.has_group.get()>{body}</main>
    }
}

/// The Embed dialog: choose panels and lock, copy the `<iframe>` for a course page.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let lab = use_lab();
    let extra = use_context::<ShareContext>().map(|c| c.extra).unwrap_or_default();
    let open = RwSignal::new(false);
    let chosen = RwSignal::new(vec!["fleet".to_string(), "charts".to_string()]);
    let locked = RwSignal::new(true);
    let snippet = move || {
        let embed = EmbedView { embed: true, panels: chosen.get(), locked: locked.get() };
        lab.journal_version.track();
        iframe_snippet(&super::share::page_url(&lab.share_query(false, &Shared { embed, ..extra.clone() })), 900, 600)
    };
    let boxes = PANELS
        .iter()
        .map(|(_, name, label)| {
            let label = *label;
            let name = name.to_string();
            let n2 = name.clone();
            view! {
                <label class="check">
                    <input type="checkbox" data-testid=format!("embed-panel-{name}")
                        prop:checked=move || chosen.with(|c| c.contains(&name))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen.update(|c| {
                                c.retain(|x| x != &n2);
                                if on { c.push(n2.clone()); }
                            });
                        } />
                    {move || tr(lab.lang.get(), label)}
                </label>
            }
        })
        .collect_view();
    view! {
        <button data-testid="embed-open" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
            <Tr k=Text::Embed />
        </button>
        <div class="embed-dialog panel" role="dialog" aria-label=move || tr(lab.lang.get(), Text::EmbedDialogLabel)
            data-testid="embed-dialog" hidden=move || !open.get()>
            <p><Tr k=Text::PanelsToShow /></p>
            {boxes}
            <label class="check">
                <input type="checkbox" data-testid="embed-locked" prop:checked=move || locked.get()
                    on:change=move |ev| locked.set(event_target_checked(&ev)) />
                <Tr k=Text::LockControls />
            </label>
            <textarea class="json" readonly rows="4" data-testid="embed-snippet" prop:value=snippet
                on:focus=move |ev| { event_target::<web_sys::HtmlTextAreaElement>(&ev).select(); }></textarea>
            <button class="small" on:click=move |_| open.set(false)><Tr k=Text::Close /></button>
        </div>
    }
}
