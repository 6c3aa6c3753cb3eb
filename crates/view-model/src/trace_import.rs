//! The trace import form's words and drawing (issue 23): each problem with its line, what a
//! trace holds, whether a link can carry it, and its preview as an SVG polyline. The reading
//! and building are `asg_trace`'s.

use asg_engine::trace::Trace;
use asg_share::MAX_QUERY_BYTES;
use asg_trace::{Built, Format, Problem, Samples, TraceError};

use crate::clock::format_elapsed;
use crate::i18n::{fill, tr, Lang, Text};

/// The preview's size [SVG units].
pub const PREVIEW_W: f64 = 300.0;
/// The preview's height [SVG units].
pub const PREVIEW_H: f64 = 60.0;

/// Room a link keeps for everything but the trace [bytes].
const LINK_ROOM: usize = 4 * 1024;

/// A problem in words, with its line when it has one.
pub fn trace_error_text(lang: Lang, e: &TraceError) -> String {
    let v = |t: Text, x: &dyn std::fmt::Display| fill(lang, t, &[("v", x)]);
    let what = match &e.problem {
        Problem::Empty => tr(lang, Text::TraceEmpty).to_string(),
        Problem::NotText => tr(lang, Text::TraceNotText).to_string(),
        Problem::TooLarge(mb) => fill(lang, Text::TraceTooLarge, &[("mb", mb)]),
        Problem::LineTooLong(kb) => fill(lang, Text::TraceLineTooLong, &[("kb", kb)]),
        Problem::Json(what) => fill(lang, Text::TraceJson, &[("what", what)]),
        Problem::NotCloudWatch => tr(lang, Text::TraceNotCloudWatch).to_string(),
        Problem::Lengths(t, n) => fill(lang, Text::TraceLengths, &[("t", t), ("v", n)]),
        Problem::BadTime(x) => v(Text::TraceBadTime, x),
        Problem::BadNumber(x) => v(Text::TraceBadNumber, x),
        Problem::NoColumn(n) => fill(lang, Text::TraceNoColumn, &[("n", n)]),
        Problem::NotAlbLine(x) => v(Text::TraceNotAlb, x),
        Problem::NoData => tr(lang, Text::TraceNoData).to_string(),
        Problem::TooManyPoints(n) => fill(lang, Text::TraceTooMany, &[("n", n)]),
        Problem::BadPeriod => tr(lang, Text::TraceBadPeriod).to_string(),
        Problem::TooHigh(max) => fill(lang, Text::TraceTooHigh, &[("max", max)]),
    };
    let what = match e.line {
        Some(n) => fill(lang, Text::TraceAtLine, &[("n", &n), ("what", &what)]),
        None => what,
    };
    format!("{what} {}", tr(lang, Text::TraceNothingApplied))
}

/// A format's name.
pub fn format_name(lang: Lang, f: Format) -> &'static str {
    tr(
        lang,
        match f {
            Format::CloudWatch => Text::FormatCloudWatch,
            Format::Csv => Text::FormatCsv,
            Format::AlbLog => Text::FormatAlb,
            Format::Numbers => Text::FormatNumbers,
        },
    )
}

fn num(x: f64) -> String {
    if x >= 100.0 {
        format!("{x:.0}")
    } else if x >= 1.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.3}")
    }
}

/// What the built trace is, a line each: the summary, the gaps and the coarser grid if any,
/// and whether a link carries it.
pub fn built_lines(lang: Lang, s: &Samples, b: &Built) -> Vec<String> {
    let t = &b.trace;
    let label = s.label.as_ref().map_or_else(String::new, |l| format!(" ({l})"));
    let mut out = vec![fill(
        lang,
        Text::TraceSummary,
        &[
            ("format", &format_name(lang, s.format)),
            ("label", &label),
            ("n", &t.levels.len()),
            ("period", &t.period_s),
            ("span", &format_elapsed(t.span_s()).trim_start_matches('+')),
            ("peak", &num(t.peak_rps())),
            ("mean", &num(b.mean_rps)),
        ],
    )];
    if b.gaps > 0 {
        out.push(fill(lang, Text::TraceGaps, &[("n", &b.gaps)]));
    }
    if let Some(own) = b.coarsened_from {
        out.push(fill(lang, Text::TraceCoarsened, &[("period", &t.period_s), ("own", &own)]));
    }
    let bytes = asg_share::trace_code::print(t).len();
    let kb = format!("{:.1}", bytes as f64 / 1024.0);
    out.push(if link_carries(t) {
        let bpp = format!("{:.2}", asg_share::trace_code::bytes_per_point(t));
        fill(lang, Text::TraceLinkFits, &[("kb", &kb), ("bpp", &bpp)])
    } else {
        fill(lang, Text::TraceLinkTooLong, &[("kb", &kb), ("max", &(MAX_QUERY_BYTES / 1024))])
    });
    out
}

/// Can a link carry `t` (with room for the rest of the run)?
pub fn link_carries(t: &Trace) -> bool {
    asg_share::trace_code::print(t).len() + LINK_ROOM <= MAX_QUERY_BYTES
}

/// The preview: at most [`PREVIEW_W`] columns, each the highest rate in its stretch, as
/// `x,y` points on a [`PREVIEW_W`] × [`PREVIEW_H`] box.
pub fn preview(t: &Trace) -> String {
    let n = t.levels.len();
    let top = t.peak_rps();
    if n == 0 || top <= 0.0 {
        return format!("0,{PREVIEW_H} {PREVIEW_W},{PREVIEW_H}");
    }
    let cols = n.min(PREVIEW_W as usize);
    (0..cols)
        .map(|c| {
            let (lo, hi) = (c * n / cols, ((c + 1) * n / cols).max(c * n / cols + 1));
            let m = t.levels[lo..hi].iter().copied().max().unwrap_or(0);
            let x = if cols > 1 { c as f64 * PREVIEW_W / (cols - 1) as f64 } else { PREVIEW_W };
            let y = PREVIEW_H - f64::from(m) * t.quantum_rps / top * PREVIEW_H;
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_trace::{build, read_all, Options, Per};

    const OPTS: Options = Options { per: Per::Period, period_s: 60, own_start: true, peak_rps: None, looped: false };

    #[test]
    fn a_problem_names_its_line_in_both_languages() {
        let e = read_all(b"time,value\n2024-05-01T00:00:00Z,3\n2024-05-01T00:01:00Z,x\n", None).unwrap_err();
        assert_eq!(trace_error_text(Lang::En, &e), "Line 3: expected a number ≥ 0, found \"x\" Nothing was applied.");
        assert_eq!(
            trace_error_text(Lang::Ko, &e),
            "3번째 줄: 0 이상의 숫자가 와야 합니다. 찾은 값: \"x\" 아무것도 적용하지 않았습니다."
        );
    }

    #[test]
    fn a_built_trace_says_what_it_holds_and_whether_a_link_carries_it() {
        let csv: String = (0..1440).map(|m| format!("{},{}\n", 1_714_521_600 + m * 60, 600 + m % 60)).collect();
        let s = read_all(csv.as_bytes(), None).unwrap();
        let b = build(&s, &OPTS).unwrap();
        let lines = built_lines(Lang::En, &s, &b);
        assert!(lines[0].starts_with("CSV: 1440 points every 60 s (24h 00m 00s), peak 11.0 req/s"), "{lines:?}");
        assert!(lines.last().unwrap().starts_with("The link carries it:"), "{lines:?}");
        assert!(link_carries(&b.trace));
        assert_eq!(preview(&b.trace).split(' ').count(), 300);
    }
}
