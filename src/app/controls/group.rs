//! Group size: min / max / desired, applied like `UpdateAutoScalingGroup`. Only the fields
//! that changed are sent, so raising min above desired moves desired as AWS does; AWS's
//! validation message appears at the form and the running group stays as it was.

use leptos::prelude::*;

use crate::app::widgets::Tr;

use crate::app::state::use_lab;
use crate::app::widgets::Field;
use crate::sim::limits::MAX_SIZE;
use crate::sim::Command;
use crate::view_model::controls::form::parse_count;
use crate::view_model::i18n::{tr, Text};

#[component]
pub fn CapacityControl() -> impl IntoView {
    let lab = use_lab();
    let caps = Memo::new(move |_| lab.snapshot.with(|s| (s.min, s.max, s.desired)));
    let fields = [RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new())];
    let message = RwSignal::new(None::<String>);
    let synced = StoredValue::new([String::new(), String::new(), String::new()]);

    // Follow the engine (policies, scheduled actions) in every field the person is not editing.
    Effect::new(move |_| {
        let (mn, mx, d) = caps.get();
        let now = [mn.to_string(), mx.to_string(), d.to_string()];
        synced.update_value(|last| {
            for k in 0..3 {
                if fields[k].get_untracked() == last[k] {
                    fields[k].set(now[k].clone());
                }
            }
            *last = now;
        });
    });

    let submit = move || {
        let lang = lab.lang.get_untracked();
        let labels = [Text::MinimumCapacity, Text::MaximumCapacity, Text::DesiredCapacity];
        let mut parsed = [None; 3];
        for k in 0..3 {
            match parse_count(lang, tr(lang, labels[k]), &fields[k].get_untracked(), MAX_SIZE.hi) {
                Ok(v) => parsed[k] = v,
                Err(e) => return message.set(Some(e)),
            }
        }
        let (mn, mx, d) = caps.get_untracked();
        let changed = |v: Option<u32>, cur: u32| v.filter(|v| *v != cur);
        let cmd = Command::SetCapacity {
            min: changed(parsed[0], mn),
            max: changed(parsed[1], mx),
            desired: changed(parsed[2], d),
        };
        match lab.apply(cmd) {
            Ok(()) => message.set(None),
            Err(e) => message.set(Some(e.message)),
        }
    };
    let on_enter = Callback::new(move |()| submit());

    view! {
        <section class="panel capacity" aria-labelledby="capacity-h">
            <h2 id="capacity-h"><Tr k=Text::GroupSize /></h2>
            <div class="field-row">
                <Field label=Text::Min testid="capacity-min" value=fields[0] unit=Text::UnitInstances on_enter=on_enter />
                <Field label=Text::Max testid="capacity-max" value=fields[1] unit=Text::UnitInstances on_enter=on_enter />
                <Field label=Text::Desired testid="capacity-desired" value=fields[2] unit=Text::UnitInstances on_enter=on_enter />
            </div>
            <button data-testid="capacity-apply" on:click=move |_| submit()><Tr k=Text::Update /></button>
            <p class="field-msg" data-testid="capacity-msg" role="alert">{move || message.get()}</p>
        </section>
    }
}
