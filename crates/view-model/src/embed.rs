//! Embedding in course pages: which panels an embedded lab shows (`panels=`), whether its
//! controls are locked (`locked=1`), and the `<iframe>` snippet the Embed dialog offers.

use crate::i18n::Text;

/// A panel an embedded lab can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Panel {
    /// The control panel (`controls`).
    Controls,
    /// The fleet view (`fleet`).
    Fleet,
    /// The metric charts (`charts`).
    Charts,
    /// The activity history (`activity`).
    Activity,
    /// The alarms table (`alarms`).
    Alarms,
    /// The run summary (`summary`).
    Summary,
    /// The comparison panel (`compare`).
    Compare,
}

/// Every panel: its `panels=` name and its label in the Embed dialog.
pub const PANELS: [(Panel, &str, Text); 7] = [
    (Panel::Fleet, "fleet", Text::PanelFleet),
    (Panel::Charts, "charts", Text::PanelCharts),
    (Panel::Controls, "controls", Text::PanelControls),
    (Panel::Activity, "activity", Text::PanelActivity),
    (Panel::Alarms, "alarms", Text::PanelAlarms),
    (Panel::Summary, "summary", Text::PanelSummary),
    (Panel::Compare, "compare", Text::PanelCompare),
];

/// Shown when a link names no (known) panel.
pub const DEFAULT_PANELS: [Panel; 2] = [Panel::Fleet, Panel::Charts];

/// The panels to show, in the link's order, without duplicates; controls are left out when
/// `locked`. Unknown names come back separately (for the link notice).
pub fn panels(requested: &[String], locked: bool) -> (Vec<Panel>, Vec<String>) {
    let mut out = Vec::new();
    let mut unknown = Vec::new();
    for name in requested {
        match PANELS.iter().find(|(_, n, _)| n == name) {
            Some((p, _, _)) if !out.contains(p) => out.push(*p),
            Some(_) => {}
            None => unknown.push(name.clone()),
        }
    }
    if locked {
        out.retain(|p| *p != Panel::Controls);
    }
    if out.is_empty() {
        out = DEFAULT_PANELS.to_vec();
    }
    (out, unknown)
}

/// Whether a page should use the compact embedded layout without being asked: inside a
/// frame narrower than a full lab needs.
pub fn auto_compact(in_frame: bool, width_px: f64) -> bool {
    in_frame && width_px.is_finite() && width_px < 720.0
}

fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The `<iframe>` element a course page pastes in.
pub fn iframe_snippet(url: &str, width: u32, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" width=\"{width}\" height=\"{height}\" title=\"ASG Lab\" loading=\"lazy\" \
         style=\"border:0\" sandbox=\"allow-scripts allow-same-origin allow-popups allow-downloads\"></iframe>",
        attr(url)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn panels_follow_the_link_and_the_lock() {
        assert_eq!(panels(&names(&["charts", "fleet", "charts"]), false).0, vec![Panel::Charts, Panel::Fleet]);
        assert_eq!(panels(&[], false).0, DEFAULT_PANELS.to_vec());
        let (p, unknown) = panels(&names(&["controls", "bogus"]), true);
        assert_eq!(p, DEFAULT_PANELS.to_vec(), "locked removes controls; nothing left → default");
        assert_eq!(unknown, vec!["bogus".to_string()]);
        assert_eq!(panels(&names(&["controls", "alarms"]), false).0, vec![Panel::Controls, Panel::Alarms]);
    }

    #[test]
    fn compact_only_in_small_frames() {
        assert!(auto_compact(true, 600.0));
        assert!(!auto_compact(true, 1200.0));
        assert!(!auto_compact(false, 400.0));
        assert!(!auto_compact(true, f64::NAN));
    }

    #[test]
    fn the_snippet_escapes_the_url() {
        let s = iframe_snippet("https://x.example/lab/?v=1&min=2&embed=1\"><script>", 900, 600);
        assert!(
            s.starts_with("<iframe src=\"https://x.example/lab/?v=1&amp;min=2&amp;embed=1&quot;&gt;&lt;script&gt;\"")
        );
        assert!(s.contains("width=\"900\" height=\"600\""));
        assert!(!s.contains("<script>"));
    }
}
