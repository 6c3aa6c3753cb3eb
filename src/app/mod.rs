//! The browser UI: thin Leptos components, one concern each, reading engine snapshots through
//! the signals of [`state::Lab`]. No simulation logic lives here.

mod activity;
mod alarms;
pub mod challenge;
pub mod charts;
mod compare;
mod controls;
pub mod crash;
mod embed;
mod engine;
mod exports;
mod fast_forward;
mod fleet;
mod guide;
mod header;
mod media;
pub mod next_frame;
pub mod parts;
mod presets;
mod redraw;
pub mod share;
pub mod state;
mod ticker;
mod turn;
mod turns;
pub mod widgets;

use leptos::either::Either;
use leptos::prelude::*;

pub use activity::ActivityHistory;
pub use alarms::{AlarmsTable, RunSummary};
pub use charts::ChartsPanel;
pub use controls::{ControlsPanel, TrafficControl};
pub use fleet::FleetView;
pub use header::Header;
pub use state::{use_lab, Lab};

use crate::share::{from_query_shared, Notice, Shared};
use crate::sim::Scenario;
use crate::view_model::i18n::Lang;

/// Mounts the app into `<body>` and removes the loading message. The scenario comes from the
/// link (`?v=1&…`, see `crate::share`); without one, it is the seed's exercise with `stress`
/// left for the learner to run from the instance's actions.
pub fn start() {
    crash::install();
    let search = window().location().search().unwrap_or_default();
    let query = search.strip_prefix('?').unwrap_or(&search).to_string();
    let (shared, notices) = if query.is_empty() { (Shared::default(), Vec::new()) } else { from_query_shared(&query) };
    let browser: Vec<String> = window().navigator().languages().iter().filter_map(|l| l.as_string()).collect();
    let lang = Lang::pick(shared.lang.as_deref(), &browser);
    leptos::mount::mount_to_body(move || {
        let extra = Shared { scenario: crate::share::lab_default(), ..shared.clone() };
        provide_context(share::ShareContext { extra });
        view! { <App scenario=shared.scenario.clone() notices=notices.clone() open_at_s=shared.open_at_s lang=lang compare=shared.compare.clone() defer_below_charts=true /> }
    });
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
}

/// The whole lab for one scenario; `notices` are what its link asked for and did not get,
/// `open_at_s` a simulated time to run to first (a link's `t=`).
#[component]
pub fn App(
    /// the scenario the lab runs
    scenario: Scenario,
    /// what the link asked for and did not get (shown as a notice)
    #[prop(optional)]
    notices: Vec<Notice>,
    /// a simulated time to run to first: the link's `t=` [s since start]
    #[prop(default = None)]
    open_at_s: Option<u64>,
    /// the UI language
    #[prop(optional)]
    lang: Lang,
    /// the link's `cmp=` (None = the default comparison)
    #[prop(default = None)]
    compare: Option<Vec<crate::view_model::compare::CompareRun>>,
    /// Build the panels below the charts two frames after the rest: the first chart is drawn
    /// and painted before them (issue #14's critical path). The page sets it; tests mount
    /// everything at once.
    #[prop(optional)]
    defer_below_charts: bool,
) -> impl IntoView {
    let lab = Lab::new(scenario);
    lab.lang.set(lang);
    provide_context(lab);
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lab.lang.get().code());
        }
    });
    let complete = RwSignal::new(!defer_below_charts);
    if defer_below_charts {
        // The first frame lays out and draws the charts (their resize observers fire in it);
        // the second builds what is below them.
        request_animation_frame(move || request_animation_frame(move || complete.set(true)));
    }
    provide_context(BelowCharts(complete));
    let root = NodeRef::<leptos::html::Div>::new();
    ticker::use_sim_ticker(lab, root);
    share::use_address_bar();
    let embed = use_context::<share::ShareContext>()
        .map(|c| c.extra.embed)
        .filter(|e| e.embed || crate::view_model::embed::auto_compact(embed::in_frame(), window_width()));
    // An embedded lab without the comparison panel runs no shadows unless its link asks.
    let shown = embed.as_ref().is_none_or(|e| {
        crate::view_model::embed::panels(&e.panels, e.locked).0.contains(&crate::view_model::embed::Panel::Compare)
    });
    lab.set_compare_shown(shown || compare.is_some());
    lab.set_compare(compare);
    if let Some(ch) = use_context::<share::ShareContext>().and_then(|c| c.extra.challenge) {
        // a challenge's link; with changes or a name and no `t=`, a hand-in: replayed and
        // graded here; with `t=`, a run shared on its way, reopened there (paused)
        // (a run shared at or past its horizon is over: it opens replayed and graded)
        let over = open_at_s.is_some_and(|t| t >= ch.challenge.horizon_s);
        let verified = over || (open_at_s.is_none() && (!ch.changes.is_empty() || ch.name.is_some()));
        lab.playing.set(!verified && open_at_s.is_none());
        let attempts = ch.attempts.unwrap_or(1).max(1);
        lab.start_challenge_at(ch, verified, attempts, open_at_s);
    } else if let Some(log) = use_context::<share::ShareContext>().and_then(|c| c.extra.account) {
        // a guided lab's link: its account replayed to the time it was shared at
        lab.playing.set(false);
        lab.start_guided_from(&log, open_at_s.unwrap_or(0));
    } else if let Some(t) = open_at_s {
        // A link to a moment opens paused there, so what was shared is what is seen.
        lab.playing.set(false);
        lab.open_at(t);
    }
    view! {
        <div class="lab" node_ref=root data-testid="lab" data-complete=move || complete.get().to_string()>
            <share::LinkNotices notices=notices />
            // Built anew on "Reset" (see `Lab::run`). Embedded (a link's `embed=1`, or a small
            // frame): a compact bar and the chosen panels only.
            <For each=move || [lab.run.get()] key=|run| *run let(_run)>
                {match embed.clone() {
                    Some(view) => Either::Left(view! { <embed::EmbeddedLab view=view /> }),
                    None => Either::Right(view! { <FullLab /> }),
                }}
            </For>
        </div>
    }
}

/// The full lab: header, controls, fleet, charts, activity, alarms and summary.
#[component]
fn FullLab() -> impl IntoView {
    let lab = use_lab();
    let later = below_on_phone();
    view! {
        <Header />
        <Show when=move || !lab.guided.get()>
            <challenge::ChallengePanel />
            <Show when=later>
                <challenge::CampaignList />
            </Show>
        </Show>
        <Show when=move || lab.guided.get()>
            <parts::Deferred part=guide::GUIDED_LAB />
        </Show>
        // In the guided lab, the live console is the account's group: shown once it exists.
        <Show when=move || lab.has_group.get()>
            <LiveConsole />
        </Show>
        <Show when=later>
            <challenge::ClassResults />
        </Show>
    }
}

/// Whether to build what a phone shows below the charts (the controls, the campaign, the class
/// page; style/main.css puts them there at 640 px and below): on a phone only with the panels
/// below the charts, so the first chart is drawn sooner; on a wider screen at once (the
/// controls and the campaign are on its first screen).
fn below_on_phone() -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let phone = media::matches("(max-width: 640px)");
    let below = below_charts();
    move || !phone || below()
}

/// Whether the panels below the charts are built yet; always, outside a page's `App`.
fn below_charts() -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let below = use_context::<BelowCharts>().map(|b| b.0);
    move || below.is_none_or(|b| b.get())
}

/// Whether the panels below the charts are built yet (see `App`'s `defer_below_charts`).
#[derive(Clone, Copy)]
struct BelowCharts(RwSignal<bool>);

/// The live console: controls, fleet, charts, comparison, activity, alarms and summary.
#[component]
fn LiveConsole() -> impl IntoView {
    let lab = use_lab();
    let below = below_charts();
    let controls = below_on_phone();
    view! {
        <main class="lab-main">
            <aside class="controls-col" aria-label=move || crate::view_model::i18n::tr(lab.lang.get(), crate::view_model::i18n::Text::PanelControls)>
                <Show when=controls>
                    <presets::PresetGallery />
                    <ControlsPanel />
                    <exports::ExportPanel />
                    <challenge::AuthorPanel />
                </Show>
            </aside>
            <div class="view-col">
                <FleetView />
                <ChartsPanel />
                <Show when=below>
                    <compare::ComparePanel />
                    <div class="log-row">
                        <ActivityHistory />
                        <div class="log-side">
                            <AlarmsTable />
                            <RunSummary />
                        </div>
                    </div>
                </Show>
            </div>
        </main>
    }
}

fn window_width() -> f64 {
    window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1280.0)
}
