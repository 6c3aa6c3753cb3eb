//! Campaign progress kept in this browser (localStorage `asg-lab-campaign`): each challenge's
//! best score, as `id=score` pairs separated by `;`. Anything unreadable counts as no progress.

use crate::share::campaign::ChallengeId;

const KEY: &str = "asg-lab-campaign";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Each challenge's best score so far [0–100].
pub fn best() -> Vec<(ChallengeId, f64)> {
    let raw = storage().and_then(|s| s.get_item(KEY).ok().flatten()).unwrap_or_default();
    raw.split(';')
        .filter_map(|p| {
            let (id, v) = p.split_once('=')?;
            let v: f64 = v.parse().ok().filter(|v: &f64| v.is_finite() && (0.0..=100.0).contains(v))?;
            Some((ChallengeId::from_id(id)?, v))
        })
        .collect()
}

/// Notes a score for `id` (kept if it is the best).
pub fn record(id: ChallengeId, score: f64) {
    let mut all = best();
    match all.iter_mut().find(|(c, _)| *c == id) {
        Some((_, v)) if *v >= score => return,
        Some((_, v)) => *v = score,
        None => all.push((id, score)),
    }
    let text = all.iter().map(|(c, v)| format!("{}={v:.0}", c.id())).collect::<Vec<_>>().join(";");
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, &text);
    }
}

/// Forgets all progress.
pub fn reset() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}
