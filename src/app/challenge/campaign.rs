//! The campaign: every ready challenge with its title and this browser's best score; one
//! click plays it. Progress can be reset.

use leptos::prelude::*;

use super::progress;
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::share::campaign::ChallengeId;
use crate::share::challenge_link::ChallengeLink;
use crate::view_model::campaign::texts;
use crate::view_model::i18n::{fill, tr, Text};

/// The campaign's list (collapsed until opened).
#[component]
pub fn CampaignList() -> impl IntoView {
    let lab = use_lab();
    let version = RwSignal::new(0u32);
    // progress is re-read when a run is graded or reset
    let best = Memo::new(move |_| {
        version.track();
        lab.challenge_grade();
        progress::best()
    });
    let play = move |c: ChallengeId| {
        let link = ChallengeLink::new(Some(c), c.challenge());
        lab.start_challenge(link, false, 1);
        lab.playing.set(true);
    };
    view! {
        <details class="panel campaign" data-testid="campaign">
            <summary><Tr k=Text::CampaignTitle /></summary>
            <ol class="campaign-list">
                {ChallengeId::ALL.into_iter().map(|c| {
                    let score = move || best.with(|b| b.iter().find(|(x, _)| *x == c).map(|(_, v)| *v));
                    view! {
                        <li>
                            <button class="campaign-item" data-testid=format!("campaign-{}", c.id()) on:click=move |_| play(c)>
                                {move || tr(lab.lang.get(), texts(c).title)}
                            </button>
                            <span class="muted" data-testid=format!("campaign-best-{}", c.id())>
                                {move || score().map(|v| fill(lab.lang.get(), Text::CampaignBest, &[("n", &format!("{v:.0}"))]))}
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <button class="small" data-testid="campaign-reset" on:click=move |_| { progress::reset(); version.update(|v| *v += 1); }>
                <Tr k=Text::CampaignReset />
            </button>
        </details>
    }
}
