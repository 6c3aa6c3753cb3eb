//! Load balancer (target group attributes, health checks) and EC2 monitoring settings. The
//! number fields are one table (label, limit, test id) rendered and read by the same code.

use leptos::prelude::*;

use crate::app::widgets::{labelled, Tr};

use crate::app::state::use_lab;
use crate::app::widgets::{Choice, Field, Knob};
use crate::sim::challenge::Knob as K;
use crate::sim::limits::{
    Limit, Unit, DEREGISTRATION_DELAY, HC_INTERVAL, HC_TIMEOUT, HEALTHY_THRESHOLD, IDLE_TIMEOUT, SLOW_START,
    UNHEALTHY_THRESHOLD,
};
use crate::sim::{AlbSpec, Algorithm, Command, Monitoring};
use crate::view_model::controls::form::parse_setting;
use crate::view_model::i18n::{tr, Text};

/// The number fields, in [`AlbSpec::numbers`] order: label, limit, test id.
const FIELDS: [(Text, Limit, &str); 7] = [
    (Text::SlowStartField, SLOW_START, "alb-slow-start"),
    (Text::DeregistrationDelay, DEREGISTRATION_DELAY, "alb-dereg"),
    (Text::HcInterval, HC_INTERVAL, "alb-hc-interval"),
    (Text::HcTimeout, HC_TIMEOUT, "alb-hc-timeout"),
    (Text::HealthyThreshold, HEALTHY_THRESHOLD, "alb-healthy"),
    (Text::UnhealthyThreshold, UNHEALTHY_THRESHOLD, "alb-unhealthy"),
    (Text::IdleTimeout, IDLE_TIMEOUT, "alb-idle"),
];

/// Reads the fields' texts (in [`FIELDS`] order) into a spec, or the first field's message.
fn read(lang: crate::view_model::i18n::Lang, algorithm: Algorithm, texts: &[String]) -> Result<AlbSpec, String> {
    let mut v = [0u32; 7];
    for (k, (label, limit, _)) in FIELDS.iter().enumerate() {
        v[k] = if k == 0 {
            // slow start: 0 turns it off, anything else must be within its range
            let off_or_on = Limit { lo: 0, ..*limit };
            let s = parse_setting(lang, tr(lang, Text::SlowStart), &texts[k], &off_or_on)?;
            if s != 0 && s < limit.lo {
                return Err(tr(lang, Text::SlowStartRange).to_string());
            }
            s
        } else {
            parse_setting(lang, tr(lang, *label), &texts[k], limit)?
        };
    }
    Ok(AlbSpec::with_numbers(algorithm, v))
}

#[component]
pub fn AlbControl() -> impl IntoView {
    let lab = use_lab();
    let a = lab.scenario_untracked().alb;
    let algorithm = RwSignal::new(a.algorithm);
    let texts: [RwSignal<String>; 7] = a.numbers().map(|v| RwSignal::new(v.to_string()));
    let message = RwSignal::new(None::<String>);

    let apply = move || {
        let lang = lab.lang.get_untracked();
        let typed: Vec<String> = texts.iter().map(|t| t.get_untracked()).collect();
        match read(lang, algorithm.get_untracked(), &typed) {
            Err(e) => message.set(Some(e)),
            Ok(spec) => message.set(lab.apply(Command::SetAlb(spec)).err().map(|e| e.message)),
        }
    };
    let algorithms = Algorithm::ALL;
    let set_algorithm = Callback::new(move |v: String| {
        if let Some(a) = algorithms.iter().find(|a| a.to_string() == v) {
            algorithm.set(*a);
            apply();
        }
    });
    let set_monitoring = Callback::new(move |v: String| {
        let m = if v == "basic" { Monitoring::Basic } else { Monitoring::Detailed };
        message.set(lab.apply(Command::SetMonitoring(m)).err().map(|e| e.message));
    });

    let algorithm_options: Vec<(String, String)> = algorithms.iter().map(|a| (a.to_string(), a.to_string())).collect();
    let monitoring_options = labelled([("detailed", Text::MonitoringDetailed), ("basic", Text::MonitoringBasic)]);
    let fields = FIELDS
        .iter()
        .zip(texts)
        .map(|((label, limit, testid), value)| {
            let unit = if limit.unit == Unit::Seconds { Text::UnitSeconds } else { Text::UnitChecks };
            view! { <Field label=*label testid=*testid value=value unit=unit /> }
        })
        .collect_view();

    view! {
        <div class="settings-grid">
            <Knob knobs=&[K::Balancer]>
            <Choice label=Text::RoutingAlgorithm testid="alb-algorithm"
                options=algorithm_options
                selected=Signal::derive(move || algorithm.get().to_string()) on_change=set_algorithm />
            {fields}
            <button data-testid="alb-apply" on:click=move |_| apply()><Tr k=Text::Apply /></button>
            </Knob>
            <Knob knobs=&[K::Monitoring]>
            <Choice label=Text::Ec2Monitoring testid="monitoring"
                options=monitoring_options
                selected=Signal::derive(move || match lab.scenario().monitoring {
                    Monitoring::Basic => "basic".to_string(),
                    Monitoring::Detailed => "detailed".to_string(),
                })
                on_change=set_monitoring />
            </Knob>
            <p class="field-msg" data-testid="alb-msg" role="alert">{move || message.get()}</p>
        </div>
    }
}
