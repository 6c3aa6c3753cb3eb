//! Ready scenarios, each with one line on what it teaches. Opening one starts a new run (and
//! the address bar then holds its link). The table of scenarios is the link's
//! ([`asg_share::presets`]); their words are here.

pub use asg_share::presets::PresetId;

use crate::i18n::{text, Text};
use asg_engine::Scenario;

/// A ready scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    /// its link id
    pub id: &'static str,
    /// Its title in English and Korean (read with `i18n::tr`).
    pub title: Text,
    /// What it teaches, in one line, in English and Korean.
    pub lesson: Text,
    /// what it runs
    pub scenario: Scenario,
}

/// A preset's title and lesson.
fn words(p: PresetId) -> (Text, Text) {
    match p {
        PresetId::SeedExercise => (text!("The classic exercise: stress on a t2.micro", "기본 실습: t2.micro에 stress 실행"), text!("One instance in Seoul, target CPU 50 %: `stress` for 20 minutes fires the alarm after 3, and the group scales out, then back in.", "서울 리전 인스턴스 1대, CPU 대상 값 50 %: 20분 동안 stress를 실행하면 3분 뒤 경보가 울리고 그룹이 확장되었다가 다시 축소됩니다.")),
        PresetId::DiurnalDay => (text!("A day of diurnal traffic", "하루 동안의 일일 주기 트래픽"), text!("Capacity follows the daily cycle, a few minutes behind it: watch instances added in the morning and removed at night.", "용량이 하루 주기를 몇 분 늦게 따라갑니다: 아침에 인스턴스가 늘고 밤에 줄어드는 모습을 보세요.")),
        PresetId::FlashCrowd => (text!("Flash crowd", "트래픽 급증(플래시 크라우드)"), text!("Traffic jumps 40× in two minutes: new instances need boot time and warm-up, and the requests in between fail (5xx).", "트래픽이 2분 만에 40배로 뛰면 새 인스턴스는 부팅과 워밍업 시간이 필요하고, 그 사이의 요청은 실패(5xx)합니다.")),
        PresetId::BlackFriday => (text!("Black Friday ramp, with a scheduled pre-warm", "블랙 프라이데이: 점진적 증가와 예약된 사전 확장"), text!("A known event: a scheduled action raises the minimum before the ramp, so target tracking starts from enough capacity.", "예정된 이벤트: 예약된 작업이 증가 전에 최소 용량을 올려, 대상 추적이 충분한 용량에서 시작합니다.")),
        PresetId::Thrashing => (text!("Thrashing: a bad simple-scaling policy", "진동: 잘못된 단순 조정 정책"), text!("Scale out above 60 %, in below 50 %, no cooldown: the group flaps up and down. Compare with the next preset.", "60 % 초과 시 확장, 50 % 미만 시 축소, 휴지 기간 없음: 그룹이 늘었다 줄었다를 반복합니다. 다음 시나리오와 비교하세요.")),
        PresetId::NoThrashing => (text!("Same traffic, target tracking", "같은 트래픽, 대상 추적"), text!("Target tracking's wide dead band (scale in only well below target, after 15 minutes) keeps the group steady.", "대상 추적은 대상 값보다 충분히 낮은 상태가 15분 이어져야 축소하므로 그룹이 안정적으로 유지됩니다.")),
        PresetId::AzOutage => (text!("An Availability Zone goes down", "가용 영역 장애"), text!("Instances in the lost AZ die; the group launches replacements in the others, then rebalances when the AZ returns.", "장애가 난 가용 영역의 인스턴스는 사라지고, 그룹은 다른 영역에 대체 인스턴스를 시작한 뒤 영역이 복구되면 재분산합니다.")),
        PresetId::CreditCliff => (text!("The t2 credit cliff", "t2 크레딧 절벽"), text!("A t2.micro running hot spends its CPU credits; when they run out it is throttled to 10 % and serves far less.", "부하가 높은 t2.micro는 CPU 크레딧을 소모하고, 크레딧이 바닥나면 10 %로 제한되어 처리량이 크게 줄어듭니다.")),
        PresetId::OverProvisioned => (text!("Fixed fleet, over-provisioned", "고정 플릿: 과다 프로비저닝"), text!("Ten instances for light traffic: nothing fails, and the bill shows what the idle capacity costs.", "가벼운 트래픽에 인스턴스 10대: 실패는 없지만 유휴 용량의 비용이 청구서에 나타납니다.")),
        PresetId::RealElbWeek => (text!("Real traffic: a load balancer's week (NAB)", "실제 트래픽: 로드 밸런서의 일주일(NAB)"), text!("An AWS load balancer's RequestCount, every 5 minutes, 17–23 April 2014, with its one spike: recorded data from the Numenta Anomaly Benchmark (MIT licence, © 2014-2024 Numenta Inc.), scaled to a 400 req/s peak. Three missing 5-minute samples count as no request.", "AWS 로드 밸런서의 RequestCount(5분마다, 2014년 4월 17–23일, 급증 한 번 포함): Numenta Anomaly Benchmark의 실제 기록(MIT 라이선스, © 2014-2024 Numenta Inc.)을 최고 400 req/s로 맞췄습니다. 빠진 5분 값 3개는 요청 0으로 셉니다.")),
        PresetId::RealNasaWeek => (text!("Real traffic: a web server's week (NASA, 1995)", "실제 트래픽: 웹 서버의 일주일(NASA, 1995)"), text!("Requests to NASA Kennedy Space Center's web server every 5 minutes, Monday 14 to Sunday 20 August 1995: weekdays busy, the weekend quiet. Counted from the Internet Traffic Archive's NASA-HTTP logs (\"The traces may be freely redistributed\"), scaled to a 300 req/s peak.", "1995년 8월 14일(월)–20일(일) NASA 케네디 우주 센터 웹 서버의 5분별 요청 수: 평일은 바쁘고 주말은 한산합니다. Internet Traffic Archive의 NASA-HTTP 로그(\"The traces may be freely redistributed\")에서 센 값을 최고 300 req/s로 맞췄습니다.")),
        PresetId::UnderProvisioned => (text!("Fixed fleet, under-provisioned", "고정 플릿: 과소 프로비저닝"), text!("Two instances for the same day's peak: cheap, until the peak, when queues fill and requests fail.", "같은 하루의 피크에 인스턴스 2대: 피크 전까지는 저렴하지만, 피크에는 대기열이 차고 요청이 실패합니다.")),
    }
}

fn preset(p: PresetId) -> Preset {
    let (title, lesson) = words(p);
    Preset { id: p.id(), title, lesson, scenario: p.scenario() }
}

/// Every preset, in the order the gallery shows them.
pub fn all() -> Vec<Preset> {
    PresetId::ALL.into_iter().map(preset).collect()
}

/// The preset `id`, if there is one.
pub fn find(id: &str) -> Option<Preset> {
    PresetId::from_id(id).map(preset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{tr, Lang};

    #[test]
    fn every_preset_has_a_title_and_a_lesson_in_both_languages() {
        for p in all() {
            assert_ne!(tr(Lang::Ko, p.title), tr(Lang::En, p.title), "{}", p.id);
            assert_ne!(tr(Lang::Ko, p.lesson), tr(Lang::En, p.lesson), "{}", p.id);
        }
        assert!(find("flash-crowd").is_some() && find("nope").is_none());
    }
}
