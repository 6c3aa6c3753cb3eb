//! Load balancer (target group attributes, health checks) and EC2 monitoring settings.

use leptos::prelude::*;

use super::field::{Choice, Field};
use crate::app::state::use_lab;
use crate::sim::{AlbSpec, Algorithm, Command, Monitoring};
use crate::view_model::form::parse_seconds;

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
        let read = |label: &str, s: RwSignal<String>, lo: u32, hi: u32| parse_seconds(label, &s.get_untracked(), lo, hi);
        let spec = (|| {
            let slow_start_s = read("Slow start duration", slow, 0, 900)?;
            if slow_start_s != 0 && slow_start_s < 30 {
                return Err("Slow start duration must be 0 (off) or between 30 and 900 seconds.".to_string());
            }
            Ok::<_, String>(AlbSpec {
                algorithm: algorithm.get_untracked(),
                slow_start_s,
                deregistration_delay_s: read("Deregistration delay", dereg, 0, 3600)?,
                hc_interval_s: read("Health check interval", interval, 5, 300)?,
                hc_timeout_s: read("Health check timeout", timeout, 2, 120)?,
                healthy_threshold: read("Healthy threshold", healthy, 2, 10)?,
                unhealthy_threshold: read("Unhealthy threshold", unhealthy, 2, 10)?,
                idle_timeout_s: read("Idle timeout", idle, 1, 4000)?,
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

    view! {
        <div class="settings-grid">
            <Choice label="Routing algorithm" testid="alb-algorithm"
                options=algorithms.iter().map(|a| (a.to_string(), a.to_string())).collect()
                selected=Signal::derive(move || algorithm.get().to_string()) on_change=set_algorithm />
            <Field label="Slow start duration (0 = off)" testid="alb-slow-start" value=slow unit="s" />
            <Field label="Deregistration delay" testid="alb-dereg" value=dereg unit="s" />
            <Field label="Health check interval" testid="alb-hc-interval" value=interval unit="s" />
            <Field label="Health check timeout" testid="alb-hc-timeout" value=timeout unit="s" />
            <Field label="Healthy threshold" testid="alb-healthy" value=healthy unit="checks" />
            <Field label="Unhealthy threshold" testid="alb-unhealthy" value=unhealthy unit="checks" />
            <Field label="Idle timeout" testid="alb-idle" value=idle unit="s" />
            <button data-testid="alb-apply" on:click=move |_| apply()>"Apply"</button>
            <Choice label="EC2 monitoring" testid="monitoring"
                options=vec![("detailed".into(), "Detailed (1 minute)".into()), ("basic".into(), "Basic (5 minutes)".into())]
                selected=Signal::derive(move || match lab.scenario().monitoring {
                    Monitoring::Basic => "basic".to_string(),
                    Monitoring::Detailed => "detailed".to_string(),
                })
                on_change=set_monitoring />
            <p class="field-msg" data-testid="alb-msg" role="alert">{move || message.get()}</p>
        </div>
    }
}
