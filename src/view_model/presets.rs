//! Ready scenarios, each with one line on what it teaches. Opening one starts a new run (and
//! the address bar then holds its link).

use crate::sim::{
    AdjustmentType, AlarmSpec, Comparison, EventAction, GroupSpec, InstanceType, Pattern, PolicySpec, Recurrence,
    Scenario, ScheduledActionSpec, ScheduledEvent, TrafficSpec,
};
use crate::view_model::i18n::{text, Text};

/// A ready scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    pub id: &'static str,
    /// Its title in English and Korean (read with `i18n::tr`).
    pub title: Text,
    /// What it teaches, in one line, in English and Korean.
    pub lesson: Text,
    pub scenario: Scenario,
}

fn traffic(pattern: Pattern) -> TrafficSpec {
    TrafficSpec { pattern, poisson_noise: true }
}

fn group(min: u32, max: u32, desired: u32, azs: u32) -> GroupSpec {
    GroupSpec { min, max, desired: Some(desired), azs, ..GroupSpec::default() }
}

fn at(at_s: u64, action: EventAction) -> ScheduledEvent {
    ScheduledEvent { at_s, action }
}

fn simple(name: &str, cmp: Comparison, threshold: f64, adjustment: i64, cooldown_s: u32) -> PolicySpec {
    PolicySpec::Simple {
        name: name.into(),
        alarm: AlarmSpec::cpu(&format!("{name}-alarm"), cmp, threshold, 1, 1),
        adjustment_type: AdjustmentType::ChangeInCapacity,
        adjustment,
        cooldown_s: Some(cooldown_s),
    }
}

/// Every preset, in the order the gallery shows them.
pub fn all() -> Vec<Preset> {
    let base = Scenario::default();
    let t3 = |s: Scenario| Scenario { instance_type: InstanceType::T3Micro, ..s };
    vec![
        Preset {
            id: "seed-exercise",
            title: text!("The classic exercise: stress on a t2.micro", "기본 실습: t2.micro에 stress 실행"),
            lesson: text!("One instance in Seoul, target CPU 50 %: `stress` for 20 minutes fires the alarm after 3, and the group scales out, then back in.", "서울 리전 인스턴스 1대, CPU 대상 값 50 %: 20분 동안 stress를 실행하면 3분 뒤 경보가 울리고 그룹이 확장되었다가 다시 축소됩니다."),
            scenario: base.clone(),
        },
        Preset {
            id: "diurnal-day",
            title: text!("A day of diurnal traffic", "하루 동안의 일일 주기 트래픽"),
            lesson: text!("Capacity follows the daily cycle, a few minutes behind it: watch instances added in the morning and removed at night.", "용량이 하루 주기를 몇 분 늦게 따라갑니다: 아침에 인스턴스가 늘고 밤에 줄어드는 모습을 보세요."),
            scenario: t3(Scenario {
                start_utc_s: 1_767_225_600, // 2026-01-01 00:00 UTC
                traffic: traffic(Pattern::Diurnal { mean_rps: 600.0, amplitude_rps: 500.0, peak_hour_utc: 13.0 }),
                group: group(2, 20, 2, 2),
                events: vec![],
                ..base.clone()
            }),
        },
        Preset {
            id: "flash-crowd",
            title: text!("Flash crowd", "트래픽 급증(플래시 크라우드)"),
            lesson: text!("Traffic jumps 40× in two minutes: new instances need boot time and warm-up, and the requests in between fail (5xx).", "트래픽이 2분 만에 40배로 뛰면 새 인스턴스는 부팅과 워밍업 시간이 필요하고, 그 사이의 요청은 실패(5xx)합니다."),
            scenario: t3(Scenario {
                traffic: traffic(Pattern::Spike { at_s: 600, rise_s: 120, hold_s: 1800, fall_s: 600, base: 20.0, peak: 800.0 }),
                group: group(2, 20, 2, 2),
                events: vec![],
                ..base.clone()
            }),
        },
        Preset {
            id: "black-friday",
            title: text!("Black Friday ramp, with a scheduled pre-warm", "블랙 프라이데이: 점진적 증가와 예약된 사전 확장"),
            lesson: text!("A known event: a scheduled action raises the minimum before the ramp, so target tracking starts from enough capacity.", "예정된 이벤트: 예약된 작업이 증가 전에 최소 용량을 올려, 대상 추적이 충분한 용량에서 시작합니다."),
            scenario: t3(Scenario {
                traffic: traffic(Pattern::Ramp { from_rps: 50.0, to_rps: 1500.0, start_s: 1800, duration_s: 3 * 3600 }),
                group: group(2, 40, 2, 3),
                policies: vec![
                    PolicySpec::default_cpu50(),
                    PolicySpec::Scheduled(ScheduledActionSpec {
                        name: "pre-warm".into(),
                        recurrence: Recurrence::Once { at_s: 1200 },
                        min: Some(6),
                        max: None,
                        desired: None,
                    }),
                ],
                events: vec![],
                ..base.clone()
            }),
        },
        Preset {
            id: "thrashing",
            title: text!("Thrashing: a bad simple-scaling policy", "진동: 잘못된 단순 조정 정책"),
            lesson: text!("Scale out above 60 %, in below 50 %, no cooldown: the group flaps up and down. Compare with the next preset.", "60 % 초과 시 확장, 50 % 미만 시 축소, 휴지 기간 없음: 그룹이 늘었다 줄었다를 반복합니다. 다음 시나리오와 비교하세요."),
            scenario: t3(Scenario {
                traffic: traffic(Pattern::Constant { rps: 110.0 }),
                group: group(1, 6, 1, 2),
                policies: vec![
                    simple("out", Comparison::GreaterThanThreshold, 60.0, 1, 0),
                    simple("in", Comparison::LessThanThreshold, 50.0, -1, 0),
                ],
                events: vec![],
                ..base.clone()
            }),
        },
        Preset {
            id: "no-thrashing",
            title: text!("Same traffic, target tracking", "같은 트래픽, 대상 추적"),
            lesson: text!("Target tracking's wide dead band (scale in only well below target, after 15 minutes) keeps the group steady.", "대상 추적은 대상 값보다 충분히 낮은 상태가 15분 이어져야 축소하므로 그룹이 안정적으로 유지됩니다."),
            scenario: t3(Scenario {
                traffic: traffic(Pattern::Constant { rps: 110.0 }),
                group: group(1, 6, 1, 2),
                events: vec![],
                ..base.clone()
            }),
        },
        Preset {
            id: "az-outage",
            title: text!("An Availability Zone goes down", "가용 영역 장애"),
            lesson: text!("Instances in the lost AZ die; the group launches replacements in the others, then rebalances when the AZ returns.", "장애가 난 가용 영역의 인스턴스는 사라지고, 그룹은 다른 영역에 대체 인스턴스를 시작한 뒤 영역이 복구되면 재분산합니다."),
            scenario: t3(Scenario {
                traffic: traffic(Pattern::Constant { rps: 400.0 }),
                group: group(6, 12, 6, 3),
                events: vec![at(900, EventAction::SetAzAvailable { az: 1, available: false }), at(2700, EventAction::SetAzAvailable { az: 1, available: true })],
                ..base.clone()
            }),
        },
        Preset {
            id: "credit-cliff",
            title: text!("The t2 credit cliff", "t2 크레딧 절벽"),
            lesson: text!("A t2.micro running hot spends its CPU credits; when they run out it is throttled to 10 % and serves far less.", "부하가 높은 t2.micro는 CPU 크레딧을 소모하고, 크레딧이 바닥나면 10 %로 제한되어 처리량이 크게 줄어듭니다."),
            scenario: Scenario {
                traffic: traffic(Pattern::Constant { rps: 35.0 }),
                group: group(1, 1, 1, 1),
                policies: vec![],
                events: vec![],
                ..base.clone()
            },
        },
        Preset {
            id: "over-provisioned",
            title: text!("Fixed fleet, over-provisioned", "고정 플릿: 과다 프로비저닝"),
            lesson: text!("Ten instances for light traffic: nothing fails, and the bill shows what the idle capacity costs.", "가벼운 트래픽에 인스턴스 10대: 실패는 없지만 유휴 용량의 비용이 청구서에 나타납니다."),
            scenario: t3(Scenario {
                traffic: traffic(Pattern::Diurnal { mean_rps: 150.0, amplitude_rps: 100.0, peak_hour_utc: 13.0 }),
                group: group(10, 10, 10, 2),
                policies: vec![],
                events: vec![],
                ..base.clone()
            }),
        },
        Preset {
            id: "under-provisioned",
            title: text!("Fixed fleet, under-provisioned", "고정 플릿: 과소 프로비저닝"),
            lesson: text!("Two instances for the same day's peak: cheap, until the peak, when queues fill and requests fail.", "같은 하루의 피크에 인스턴스 2대: 피크 전까지는 저렴하지만, 피크에는 대기열이 차고 요청이 실패합니다."),
            scenario: t3(Scenario {
                start_utc_s: 1_767_268_800, // 12:00 UTC, an hour before the peak
                traffic: traffic(Pattern::Diurnal { mean_rps: 150.0, amplitude_rps: 100.0, peak_hour_utc: 13.0 }),
                group: group(2, 2, 2, 2),
                policies: vec![],
                events: vec![],
                ..base
            }),
        },
    ]
}

/// The preset `id`, if there is one.
pub fn find(id: &str) -> Option<Preset> {
    all().into_iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Sim;
    use crate::view_model::i18n::{tr, Lang};

    fn run(p: &Preset, s: u64) -> Sim {
        let mut sim = Sim::new(p.scenario.clone());
        sim.step(s);
        sim
    }

    #[test]
    fn every_preset_is_valid_and_runs() {
        let all = all();
        assert_eq!(all.len(), 10);
        for p in &all {
            let sim = run(p, 3600);
            assert_eq!(sim.scenario().policies.len(), p.scenario.policies.len(), "{}: no policy dropped", p.id);
            assert!(sim.ledger().balanced(), "{}", p.id);
            assert_ne!(tr(Lang::Ko, p.title), tr(Lang::En, p.title), "{}", p.id);
        }
        assert!(find("flash-crowd").is_some() && find("nope").is_none());
    }

    #[test]
    fn presets_teach_what_they_say() {
        let flash = run(&find("flash-crowd").unwrap(), 3600);
        assert!(flash.summary().requests_failed > 0, "the flash crowd causes failures");
        assert!(flash.summary().peak_instances > 2, "and a scale-out");
        let thrash = run(&find("thrashing").unwrap(), 3 * 3600).summary();
        let calm = run(&find("no-thrashing").unwrap(), 3 * 3600).summary();
        assert!(
            thrash.scale_ins + thrash.scale_outs > 2 * (calm.scale_ins + calm.scale_outs).max(1),
            "{thrash:?} vs {calm:?}"
        );
        let over = run(&find("over-provisioned").unwrap(), 2 * 3600).summary();
        let under = run(&find("under-provisioned").unwrap(), 2 * 3600).summary();
        assert!(over.instance_cost_usd > 3.0 * under.instance_cost_usd, "{over:?} vs {under:?}");
        assert!(under.requests_failed > over.requests_failed);
        let cliff = run(&find("credit-cliff").unwrap(), 3 * 3600);
        let cpu = cliff.snapshot().instances[0].cpu;
        assert!(cpu <= 12.0, "throttled to the t2.micro baseline after its credits: {cpu}");
    }
}
