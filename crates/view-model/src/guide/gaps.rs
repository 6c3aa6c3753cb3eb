//! What a step still lacks and the warnings, in the learner's language (the facts are the
//! engine's `account::gaps`). AWS's names (states, reason codes, EC2's messages) stay as the
//! console shows them.

use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::account::{Account, Billable, Gap, Health, Step};
use asg_engine::catalog::Region;

/// A step's gaps as sentences: what keeps it open, then the warnings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepGaps {
    /// why it is not done
    pub missing: Vec<String>,
    /// accepted by AWS, breaks later
    pub warnings: Vec<String>,
}

/// The region's name as the console's region picker writes it.
pub fn region_name(lang: Lang, r: Region) -> &'static str {
    tr(
        lang,
        match r {
            Region::ApNortheast2 => Text::RegionSeoul,
            Region::UsEast1 => Text::RegionVirginia,
        },
    )
}

fn billable(lang: Lang, k: Billable) -> &'static str {
    tr(
        lang,
        match k {
            Billable::Instance => Text::BillInstance,
            Billable::Group => Text::BillGroup,
            Billable::LoadBalancer => Text::BillLoadBalancer,
            Billable::Snapshot => Text::BillSnapshot,
        },
    )
}

/// One gap in words.
pub fn gap_text(lang: Lang, g: &Gap) -> String {
    let f = |t: Text, v: &[(&str, &dyn std::fmt::Display)]| fill(lang, t, v);
    match g {
        Gap::NoInstance => tr(lang, Text::GapNoInstance).into(),
        Gap::NotWordPress { id } => f(Text::GapNotWordPress, &[("id", id)]),
        Gap::NotT2Micro { id, itype } => f(Text::GapNotT2Micro, &[("id", id), ("itype", &itype.name())]),
        Gap::NotSeoul { id, region } => f(Text::GapNotSeoul, &[("id", id), ("region", &region_name(lang, *region))]),
        Gap::Booting { id } => f(Text::GapBooting, &[("id", id)]),
        Gap::NoKeyPair { id } => f(Text::GapNoKeyPair, &[("id", id)]),
        Gap::HttpClosed { id } => f(Text::GapHttpClosed, &[("id", id)]),
        Gap::NoTargetGroup => tr(lang, Text::GapNoTargetGroup).into(),
        Gap::NothingRegistered { target_group } => f(Text::GapNothingRegistered, &[("tg", target_group)]),
        Gap::NoLoadBalancer => tr(lang, Text::GapNoLoadBalancer).into(),
        Gap::Provisioning { name } => f(Text::GapProvisioning, &[("name", name)]),
        Gap::AlbClosed { name } => f(Text::GapAlbClosed, &[("name", name)]),
        Gap::TargetNotHealthy { instance, health, reason } => {
            let hint = match (health, *reason) {
                (Health::Unhealthy, Some("Target.Timeout")) => tr(lang, Text::GapTimeoutHint),
                (Health::Unused, _) => tr(lang, Text::GapNotInUseHint),
                _ => "",
            };
            let state = match reason {
                Some(r) => format!("{} ({r})", health.label()),
                None => health.label().to_string(),
            };
            f(Text::GapTargetNotHealthy, &[("id", instance), ("health", &state), ("reason", &hint)])
        }
        Gap::NoImage => tr(lang, Text::GapNoImage).into(),
        Gap::ImagePending { id } => f(Text::GapImagePending, &[("id", id)]),
        Gap::NoTemplate => tr(lang, Text::GapNoTemplate).into(),
        Gap::NoGroup => tr(lang, Text::GapNoGroup).into(),
        Gap::GroupWithoutTargetGroup { group } => f(Text::GapGroupWithoutTg, &[("group", group)]),
        Gap::LaunchesFail { message } => f(Text::GapLaunchesFail, &[("message", message)]),
        Gap::GroupNotServing { group } => f(Text::GapGroupNotServing, &[("group", group)]),
        Gap::Step2InTargetGroup { instance, target_group } => {
            f(Text::GapStep2InTg, &[("id", instance), ("tg", target_group)])
        }
        Gap::NoPolicy { group } => f(Text::GapNoPolicy, &[("group", group)]),
        Gap::NotStressed => tr(lang, Text::GapNotStressed).into(),
        Gap::StressedOutsideGroup { id } => f(Text::GapStressedOutside, &[("id", id)]),
        Gap::AwaitingScaleOut { since } => {
            let at = asg_engine::account::utc_label(*since);
            let hm = at.get(11..16).unwrap_or(&at).to_string();
            f(Text::GapAwaitingScaleOut, &[("since", &hm)])
        }
        Gap::StillBilling { kind, id, region, per_month_usd } => f(
            Text::GapStillBilling,
            &[
                ("what", &billable(lang, *kind)),
                ("id", id),
                ("region", &region_name(lang, *region)),
                ("month", &format!("{per_month_usd:.2}")),
            ],
        ),
        Gap::OtherRegion { region, count } => {
            f(Text::GapOtherRegion, &[("n", count), ("region", &region_name(lang, *region))])
        }
    }
}

/// Step `step`'s gaps in words, from the account now.
pub fn step_gaps(lang: Lang, acc: &Account, step: Step) -> StepGaps {
    let mut out = StepGaps::default();
    for g in acc.step_gaps(step) {
        let line = gap_text(lang, &g);
        if g.is_warning() {
            out.warnings.push(line);
        } else {
            out.missing.push(line);
        }
    }
    out
}
