//! Step 6's timeline: what AWS does after `stress`, each mark ticked with its time as it
//! happens (`view_model::guide::stress_timeline`).

use leptos::prelude::*;

use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::view_model::guide::stress_timeline;
use crate::view_model::i18n::Text;

#[component]
pub fn StressTimeline() -> impl IntoView {
    let lab = use_lab();
    let marks = Memo::new(move |_| lab.with_account(|a| stress_timeline(lab.lang.get(), a)).unwrap_or_default());
    view! {
        <section class="timeline" data-testid="stress-timeline" hidden=move || marks.with(Vec::is_empty)>
            <h4><Tr k=Text::TimelineTitle /></h4>
            <ol>
                {move || marks.get().into_iter().map(|m| {
                    let seen = m.at.is_some();
                    view! {
                        <li class:seen=seen data-testid="timeline-mark" data-seen=seen.to_string()>
                            <span class="mark-at">{m.at.unwrap_or_else(|| "—".into())}</span>" "{m.label}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
