//! Load balancer (target group attributes, health checks) and EC2 monitoring settings.

use leptos::prelude::*;

use crate::app::{labelled, Tr};

use super::field::{Choice, Field};
use crate::app::state::use_lab;
use crate::sim::{AlbSpec, Algorithm, Command, Monitoring};
use crate::view_model::controls::form::parse_seconds;
use crate::view_model::i18n::{tr, Text};

#[component]
pub fn AlbControl() -> impl IntoView {
    let lab = use_lab();
    let a = lab.scenario_untracked().alb;
    let algorithm = RwSignal::new(a.algorithm);
    let f = |v: u32| RwSignal::new(v.to_string());
    let (slow, dereg, interval, timeout, healthy, unhealthy, idle) = (
        f(a.slow_start_s),
        f(a.deregistration_delay_s),
        f(a.hc_interval_s),
        f(a.hc_timeout_s),
        f(a.healthy_threshold),
        f(a.unhealthy_threshold),
        f(a.idle_timeout_s),
    );
    let message = RwSignal::new(None::<String>);

    let apply = move || {
        let lang = lab.lang.get_untracked();
        let read = |label: Text, s: RwSignal<String>, lo: u32, hi: u32| {
            parse_seconds(lang, tr(lang, label), &s.get_untracked(), lo, hi)
        };
        let spec = (|| {
            let slow_start_s = read(Text::SlowStart, slow, 0, 900)?;
            if slow_start_s != 0 && slow_start_s < 30 {
                return Err(tr(lang, Text::SlowStartRange).to_string());
            }
            Ok::<_, String>(AlbSpec {
                algorithm: algorithm.get_untracked(),
                slow_start_s,
                deregistration_delay_s: read(Text::DeregistrationDelay, dereg, 0, 3600)?,
                hc_interval_s: read(Text::HcInterval, interval, 5, 300)?,
                hc_timeout_s: read(Text::HcTimeout, timeout, 2, 120)?,
                healthy_threshold: read(Text::HealthyThreshold, healthy, 2, 10)?,
                unhealthy_threshold: read(Text::UnhealthyThreshold, unhealthy, 2, 10)?,
                idle_timeout_s: read(Text::IdleTimeout, idle, 1, 4000)?,
            })
        })();
        match spec {
            Err(e) => message.set(Some(e)),
            Ok(spec) => message.set(lab.apply(Command::SetAlb(spec)).err().map(|e| e.message)),
        }
    };
    let algorithms = [Algorithm::RoundRobin, Algorithm::LeastOutstandingRequests];
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
    let (secs, checks) = (Text::UnitSeconds, Text::UnitChecks);

    view! {
        <div class="settings-grid">
            <Choice label=Text::RoutingAlgorithm testid="alb-algorithm"
                options=algorithm_options
                selected=Signal::derive(move || algorithm.get().to_string()) on_change=set_algorithm />
            <Field label=Text::SlowStartField testid="alb-slow-start" value=slow unit=secs />
            <Field label=Text::DeregistrationDelay testid="alb-dereg" value=dereg unit=secs />
            <Field label=Text::HcInterval testid="alb-hc-interval" value=interval unit=secs />
            <Field label=Text::HcTimeout testid="alb-hc-timeout" value=timeout unit=secs />
            <Field label=Text::HealthyThreshold testid="alb-healthy" value=healthy unit=checks />
            <Field label=Text::UnhealthyThreshold testid="alb-unhealthy" value=unhealthy unit=checks />
            <Field label=Text::IdleTimeout testid="alb-idle" value=idle unit=secs />
            <button data-testid="alb-apply" on:click=move |_| apply()><Tr k=Text::Apply /></button>
            <Choice label=Text::Ec2Monitoring testid="monitoring"
                options=monitoring_options
                selected=Signal::derive(move || match lab.scenario().monitoring {
                    Monitoring::Basic => "basic".to_string(),
                    Monitoring::Detailed => "detailed".to_string(),
                })
                on_change=set_monitoring />
            <p class="field-msg" data-testid="alb-msg" role="alert">{move || message.get()}</p>
        </div>
    }
}
