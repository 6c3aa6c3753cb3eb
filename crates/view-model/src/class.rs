//! The class results page's rows (issue 22): hand-in links pasted or dropped one a line, each
//! read, replayed and graded anew (the link's own claims are never read), with repeated names
//! and links of another challenge flagged, and the table as CSV. Pure: the app grades one
//! hand-in at a time between frames.

use crate::campaign::{goal_text, texts};
use crate::i18n::{tr, Lang, Text};
use asg_engine::challenge::{grade, Grade};
use asg_share::challenge_link::ChallengeLink;
use asg_share::from_query_shared;

/// Hand-ins read at most [count].
pub const MAX_HAND_INS: usize = 200;

/// The hand-in links in `text`: one a line (a whole link or its query), blank lines and lines
/// without a query skipped, at most [`MAX_HAND_INS`].
pub fn links(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .filter_map(|l| match l.split_once('?') {
            Some((_, q)) => Some(q.to_string()),
            None if l.contains('=') => Some(l.to_string()),
            None => None,
        })
        .take(MAX_HAND_INS)
        .collect()
}

/// One graded hand-in.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassRow {
    /// the learner's name ("—" without one)
    pub name: String,
    /// the challenge's title (or its id, or "—" for a link without a challenge)
    pub challenge: String,
    /// the challenge's id, for comparing rows
    pub challenge_id: String,
    /// each goal in words and whether it was met
    pub goals: Vec<(String, bool)>,
    /// the score [0–100], None when the link holds no gradable hand-in
    pub score: Option<f64>,
    /// why it could not be graded, or what the link got wrong (refused changes…)
    pub problems: Vec<String>,
    /// flags: the same name twice, another challenge than most rows
    pub flags: Vec<String>,
}

/// Read and grade one hand-in (the query of its link).
pub fn grade_one(lang: Lang, query: &str) -> ClassRow {
    let (sh, notices) = from_query_shared(query);
    let problems: Vec<String> = notices.iter().map(|n| crate::i18n::notice_text(lang, n)).collect();
    let Some(ChallengeLink { id, challenge, changes, name }) = sh.challenge else {
        let mut problems = problems;
        problems.push(tr(lang, Text::ClassNoChallenge).to_string());
        return ClassRow {
            name: "—".into(),
            challenge: "—".into(),
            challenge_id: String::new(),
            goals: Vec::new(),
            score: None,
            problems,
            flags: Vec::new(),
        };
    };
    let (title, cid) = match id {
        Some(i) => (tr(lang, texts(i).title).to_string(), i.id().to_string()),
        None => (tr(lang, Text::ChCustomTitle).to_string(), format!("custom:{}", challenge.goals.len())),
    };
    let graded: Option<Grade> = grade(&challenge, &changes).ok();
    ClassRow {
        name: name.unwrap_or_else(|| "—".into()),
        challenge: title,
        challenge_id: cid,
        goals: graded
            .as_ref()
            .map_or_else(Vec::new, |g| g.goals.iter().map(|x| (goal_text(lang, x.kind), x.met)).collect()),
        score: graded.map(|g| g.score),
        problems,
        flags: Vec::new(),
    }
}

/// Flag repeated names and rows of another challenge than the most common one.
pub fn flag(lang: Lang, rows: &mut [ClassRow]) {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for r in rows.iter().filter(|r| !r.challenge_id.is_empty()) {
        match counts.iter_mut().find(|(c, _)| *c == r.challenge_id) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.challenge_id.clone(), 1)),
        }
    }
    let main = counts.iter().max_by_key(|(_, n)| *n).map(|(c, _)| c.clone());
    let names: Vec<String> = rows.iter().map(|r| r.name.to_lowercase()).collect();
    for (k, r) in rows.iter_mut().enumerate() {
        r.flags.clear();
        if r.name != "—" && names.iter().filter(|n| **n == names[k]).count() > 1 {
            r.flags.push(tr(lang, Text::ClassSameName).to_string());
        }
        if main.as_ref().is_some_and(|m| !r.challenge_id.is_empty() && *m != r.challenge_id) {
            r.flags.push(tr(lang, Text::ClassOtherChallenge).to_string());
        }
    }
}

/// The table as CSV (RFC 4180): name, challenge, score, goals met, flags, problems.
pub fn csv(lang: Lang, rows: &[ClassRow]) -> String {
    let q = |s: &str| {
        // a cell a spreadsheet would read as a formula is made text
        let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
        format!("\"{}\"", s.replace('"', "\"\""))
    };
    let head = [
        Text::ClassName,
        Text::ClassChallenge,
        Text::ClassScore,
        Text::ClassGoals,
        Text::ClassFlags,
        Text::ClassProblems,
    ]
    .map(|t| q(tr(lang, t)))
    .join(",");
    let mut out = vec![head];
    for r in rows {
        let goals =
            r.goals.iter().map(|(g, m)| format!("{} {g}", if *m { "✓" } else { "✗" })).collect::<Vec<_>>().join("; ");
        let score = r.score.map_or_else(String::new, |s| format!("{s:.0}"));
        out.push(
            [q(&r.name), q(&r.challenge), score, q(&goals), q(&r.flags.join("; ")), q(&r.problems.join("; "))]
                .join(","),
        );
    }
    out.join("\r\n") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_share::campaign::ChallengeId;
    use asg_share::{to_query_shared, Shared};

    fn hand_in(c: ChallengeId, name: &str, solved: bool) -> String {
        let challenge = c.challenge();
        let sh = Shared {
            scenario: challenge.scenario.clone(),
            challenge: Some(ChallengeLink {
                id: Some(c),
                challenge,
                changes: if solved { c.reference() } else { Vec::new() },
                name: Some(name.into()),
            }),
            ..Shared::default()
        };
        format!("https://lab.example/?{}", to_query_shared(&sh))
    }

    #[test]
    fn three_hand_ins_one_edited_are_graded_anew_and_flagged() {
        let a = hand_in(ChallengeId::StressCost, "Ann", true);
        let b = hand_in(ChallengeId::StressCost, "ann", false);
        // edited by hand: a claimed score, and the change removed
        let c = hand_in(ChallengeId::Thrashing, "Cho", true).replace("do=", "score=100&x=");
        let text = format!("{a}\n\n  {b}\nnot a link\n{c}\n");
        let qs = links(&text);
        assert_eq!(qs.len(), 3);
        let mut rows: Vec<ClassRow> = qs.iter().map(|q| grade_one(Lang::En, q)).collect();
        flag(Lang::En, &mut rows);
        assert_eq!(rows[0].score, Some(100.0));
        assert!(rows[1].score.is_some_and(|s| s < 100.0), "the start's own grade");
        assert!(rows[2].score.is_some_and(|s| s < 100.0), "the claimed score is not read: {:?}", rows[2]);
        assert!(rows[2].problems.iter().any(|p| p.starts_with("score:")), "{:?}", rows[2].problems);
        assert_eq!(rows[0].flags, ["the same name twice"]);
        assert_eq!(rows[2].flags, ["another challenge"]);
        let csv = csv(Lang::En, &rows);
        assert!(csv.starts_with("\"Name\",\"Challenge\",\"Score\""), "{csv}");
        assert_eq!(csv.lines().count(), 4);
        assert!(csv.contains("\"Ann\",\"Stress is not load\",100,"));
    }

    #[test]
    fn a_cell_cannot_become_a_formula() {
        let row = ClassRow {
            name: "=HYPERLINK(\"x\")".into(),
            challenge: "-".into(),
            challenge_id: String::new(),
            goals: vec![],
            score: None,
            problems: vec![],
            flags: vec![],
        };
        let out = csv(Lang::Ko, &[row]);
        assert!(out.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{out}");
    }
}
