//! "Make a challenge from this run": the run's start and the author's own run (`state::
//! author`), goals prefilled from its figures (`author_goals.rs`), what learners may change,
//! the horizon and the texts; "Check against my run" replays the author's run between
//! frames and marks each goal; the link says "unverified" to learners when it misses one.

use leptos::prelude::*;

use super::author_goals::{GoalRows, RowFields};
use super::frames::replay_in_frames;
use crate::app::parts::{part, Deferred, Part};
use crate::app::state::use_lab;
use crate::app::widgets::Tr;
use crate::share::challenge_link::{clean_text, AuthorTexts, MAX_TEXT, MAX_TITLE};
use crate::sim::challenge::{Challenge, Knob, Replaying};
use crate::view_model::author::{bound_field, challenge, hours_field, read_bound, read_hours, GoalRow};
use crate::view_model::i18n::{fill, knob_text, tr, Lang, Text};

/// "Make a challenge from this run" (in the live console, outside a challenge and the guided
/// lab): the form is built when opened, from the run as it is then.
#[component]
pub fn AuthorPanel() -> impl IntoView {
    let lab = use_lab();
    let open = RwSignal::new(false);
    let shown = move || lab.challenge.with(Option::is_none) && !lab.guided.get();
    view! {
        <details class="panel author-form" data-testid="author" hidden=move || !shown()
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary><Tr k=Text::ChAuthorTitle /></summary>
            // the form is a part of its own (`app::parts`), loaded when first opened
            <Show when=move || open.get()><Deferred part=FORM /></Show>
        </details>
    }
}

/// The form, a part of its own (`app::parts`).
const FORM: Part = part!("author", false, author_form, author_form_part, view! { <AuthorForm /> }.into_any());

/// The form, for the run as it is when built.
#[component]
fn AuthorForm() -> impl IntoView {
    let lab = use_lab();
    let lang = move || lab.lang.get();
    let run = lab.author_run();
    let (start, reference) = (StoredValue::new(run.start), StoredValue::new(run.changes));
    let rows: Vec<RowFields> = run
        .draft
        .goals
        .iter()
        .map(|r| RowFields {
            row: *r,
            on: RwSignal::new(r.on),
            bound: RwSignal::new(bound_field(r.kind)),
            weight: RwSignal::new(r.weight.to_string()),
        })
        .collect();
    let fields = StoredValue::new(rows.clone());
    let knobs: Vec<(Knob, RwSignal<bool>)> =
        Knob::ALL.iter().map(|k| (*k, RwSignal::new(run.draft.knobs.contains(k)))).collect();
    let knob_sel = StoredValue::new(knobs.clone());
    let hours = RwSignal::new(hours_field(run.draft.horizon_s));
    let text_lang = RwSignal::new(lab.lang.get_untracked());
    let texts: [RwSignal<String>; 4] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let met = RwSignal::new(Vec::<Option<bool>>::new());
    let msg = RwSignal::new(String::new());
    // the last check met every goal (the message then reads as good news)
    let ok = RwSignal::new(false);
    let link = RwSignal::new(String::new());
    // the challenge the form describes, or what is wrong with it
    let read = move || -> Result<Challenge, String> {
        let l = lang();
        let mut goals = Vec::new();
        for f in fields.get_value() {
            let kind = read_bound(f.row.kind, &f.bound.get_untracked());
            let weight = f.weight.get_untracked().trim().parse::<u32>().ok().filter(|w| *w <= 100);
            match (kind, weight) {
                (Some(kind), Some(weight)) => goals.push(GoalRow { kind, on: f.on.get_untracked(), weight }),
                _ if !f.on.get_untracked() => goals.push(GoalRow { on: false, ..f.row }),
                _ => {
                    return Err(format!(
                        "{}: {}",
                        crate::view_model::campaign::goal_text(l, f.row.kind),
                        tr(l, Text::ChBadGoalField)
                    ))
                }
            }
        }
        let chosen: Vec<Knob> =
            knob_sel.get_value().iter().filter(|(_, on)| on.get_untracked()).map(|(k, _)| *k).collect();
        let Some(horizon_s) = read_hours(&hours.get_untracked()) else {
            return Err(tr(l, Text::ChAuthorBadHours).into());
        };
        if !goals.iter().any(|g| g.on) {
            return Err(tr(l, Text::ChAuthorNoGoal).into());
        }
        if chosen.is_empty() {
            return Err(tr(l, Text::ChAuthorNoKnob).into());
        }
        Ok(challenge(&start.get_value(), horizon_s, &goals, &chosen))
    };
    let check = move |_| {
        let ch = match read() {
            Ok(c) => c,
            Err(e) => return msg.set(e),
        };
        let Ok(r) = Replaying::new(&ch, &reference.get_value()) else {
            return msg.set(fill(lang(), Text::ChAuthorMisses, &[("n", &ch.goals.len())]));
        };
        ok.set(false);
        msg.set(tr(lang(), Text::ChAuthorChecking).into());
        let on: Vec<bool> = fields.get_value().iter().map(|f| f.on.get_untracked()).collect();
        replay_in_frames(r, move |g| {
            let mut results = g.goals.iter().map(|x| x.met);
            met.set(on.iter().map(|o| if *o { results.next() } else { None }).collect());
            let missed = g.goals.iter().filter(|x| !x.met).count();
            ok.set(missed == 0);
            msg.set(if missed == 0 {
                tr(lang(), Text::ChAuthorMeets).into()
            } else {
                fill(lang(), Text::ChAuthorMisses, &[("n", &missed)])
            });
        });
    };
    let make = move |_| {
        let ch = match read() {
            Ok(c) => c,
            Err(e) => return msg.set(e),
        };
        let [t, b, h, d] = texts.map(|s| s.get_untracked());
        let mine = AuthorTexts {
            title: clean_text(&t, MAX_TITLE),
            brief: clean_text(&b, MAX_TEXT),
            hint: clean_text(&h, MAX_TEXT),
            debrief: clean_text(&d, MAX_TEXT),
        };
        let (en, ko) = if text_lang.get_untracked() == Lang::Ko {
            (AuthorTexts::default(), mine)
        } else {
            (mine, AuthorTexts::default())
        };
        link.set(crate::app::share::page_url(&lab.author_query(ch, en, ko, reference.get_value())));
    };
    let labels = [Text::ChAuthorTitleField, Text::ChAuthorBrief, Text::ChAuthorHintField, Text::ChAuthorDebrief];
    view! {
            <p class="muted"><Tr k=Text::ChAuthorIntro /></p>
            <label class="field"><span><Tr k=Text::ChAuthorHorizon /></span>
                <input type="text" class="num" data-testid="author-hours" prop:value=move || hours.get() on:input=move |ev| hours.set(event_target_value(&ev)) />
            </label>
            <GoalRows rows=rows met=met />
            <fieldset><legend><Tr k=Text::ChAuthorKnobs /></legend>
                {knobs.into_iter().map(|(k, on)| view! {
                    <label class="check"><input type="checkbox" data-testid=format!("author-knob-{}", k.word()) prop:checked=move || on.get()
                        on:change=move |ev| on.set(event_target_checked(&ev)) />{move || knob_text(lang(), Some(k))}</label>
                }).collect_view()}
            </fieldset>
            <fieldset><legend><Tr k=Text::ChAuthorTexts /></legend>
                <label class="field"><span><Tr k=Text::ChAuthorLang /></span>
                    <select data-testid="author-lang" on:change=move |ev| text_lang.set(Lang::pick(Some(&event_target_value(&ev)), &[]))>
                        <option value="en" selected=move || text_lang.get() == Lang::En>"English"</option>
                        <option value="ko" selected=move || text_lang.get() == Lang::Ko>"한국어"</option>
                    </select>
                </label>
                {labels.into_iter().zip(texts).enumerate().map(|(k, (label, s))| view! {
                    <label class="field"><span><Tr k=label /></span>
                        <textarea rows=if k == 0 { "1" } else { "2" } data-testid=format!("author-text-{k}") prop:value=move || s.get()
                            on:input=move |ev| s.set(event_target_value(&ev))></textarea>
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="row">
                <button data-testid="author-check" on:click=check><Tr k=Text::ChAuthorCheck /></button>
                <button class="primary" data-testid="author-make" on:click=make><Tr k=Text::ChAuthorMake /></button>
            </div>
            <p class="field-msg" role="status" data-testid="author-msg" data-ok=move || ok.get().to_string()>{move || msg.get()}</p>
            <input type="text" readonly data-testid="author-link" hidden=move || link.with(String::is_empty)
                aria-label=move || tr(lang(), Text::ChAuthorLink) prop:value=move || link.get() />
    }
}
