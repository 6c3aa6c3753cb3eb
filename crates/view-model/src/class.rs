//! The class results page's rows (issue 22): hand-in links pasted or dropped one a line, each
//! read, replayed and graded anew (the link's own claims are never read), with repeated names
//! and links of another challenge flagged, and the table as CSV. Pure: the app grades one
//! hand-in at a time between frames.

use crate::campaign::{goal_text, shown_texts};
use crate::i18n::{fill, tr, Lang, Text};
use crate::lab_report::lab_report_view;
use asg_engine::account::report::report;
use asg_engine::challenge::Replaying;
use asg_share::challenge_link::ChallengeLink;
use asg_share::from_query_shared;

/// Hand-ins read at most [count].
pub const MAX_HAND_INS: usize = 200;

/// Largest file of links read [bytes]: 200 hand-ins of a long run each (a link is at most
/// 32 KB, `asg_share::MAX_QUERY_BYTES`), with room to spare.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

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
    /// the challenge's title, "Guided lab (7 steps)", or "—" for a link with neither
    pub challenge: String,
    /// the challenge's id (or `lab`), for comparing rows
    pub challenge_id: String,
    /// each goal (or step) in words and whether it was met
    pub goals: Vec<(String, bool)>,
    /// the score [0–100], None when the link holds no gradable hand-in
    pub score: Option<f64>,
    /// the attempts the learner's browser counted (the link's claim, shown as one)
    pub attempts: Option<u32>,
    /// why it could not be graded, or what the link got wrong (refused changes…), and what
    /// a handed-in lab left billing
    pub problems: Vec<String>,
    /// flags: the same name twice, another challenge than most rows
    pub flags: Vec<String>,
}

/// A hand-in being graded: a challenge's replay goes a slice at a time
/// ([`Grading::advance`]), so a page can keep painting between slices.
pub struct Grading {
    row: ClassRow,
    replay: Option<Replaying>,
}

impl Grading {
    /// Reads one hand-in (the query of its link) and sets its replay at the start. A guided
    /// lab's account is replayed and graded here at once.
    pub fn start(lang: Lang, query: &str) -> Grading {
        let (sh, notices) = from_query_shared(query);
        let mut row = ClassRow {
            name: "—".into(),
            challenge: "—".into(),
            challenge_id: String::new(),
            goals: Vec::new(),
            score: None,
            attempts: None,
            problems: notices.iter().map(|n| crate::i18n::notice_text(lang, n)).collect(),
            flags: Vec::new(),
        };
        let Some(link) = sh.challenge else {
            match sh.account {
                Some(log) => lab_row(lang, &mut row, &sh.scenario, &log, sh.open_at_s, sh.hand_in_by),
                None => row.problems.push(tr(lang, Text::ClassNoChallenge).to_string()),
            }
            return Grading { row, replay: None };
        };
        let title = shown_texts(lang, &link).title;
        let ChallengeLink { id, challenge, changes, name, attempts, .. } = link;
        row.challenge_id = match id {
            Some(i) => i.id().to_string(),
            None => format!("custom:{:016x}", fnv1a(format!("{challenge:?}").as_bytes())),
        };
        row.challenge = title;
        row.name = name.unwrap_or_else(|| "—".into());
        row.attempts = attempts;
        Grading { row, replay: Replaying::new(&challenge, &changes).ok() }
    }

    /// Replays on to simulated second `until` [s].
    pub fn advance(&mut self, until: u64) {
        if let Some(r) = &mut self.replay {
            r.advance(until);
        }
    }

    /// Where the replay is and where it ends [s] (0, 0 when there is none).
    pub fn progress(&self) -> (u64, u64) {
        self.replay.as_ref().map_or((0, 0), |r| (r.now(), r.horizon()))
    }

    /// Has it nothing left to replay?
    pub fn done(&self) -> bool {
        self.replay.as_ref().is_none_or(Replaying::done)
    }

    /// The row, graded on the replay as far as it went (to the horizon once [`Grading::done`]).
    pub fn finish(self, lang: Lang) -> ClassRow {
        let mut row = self.row;
        if let Some(g) = self.replay.map(|r| r.grade()) {
            row.goals = g.goals.iter().map(|x| (goal_text(lang, x.kind), x.met)).collect();
            row.score = Some(g.score);
        }
        row
    }
}

/// FNV-1a, 64 bits: two custom challenges with the same rules get the same id.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// A guided lab's hand-in: its account replayed to the link's `t=` and graded step by step.
fn lab_row(
    lang: Lang,
    row: &mut ClassRow,
    sc: &asg_engine::Scenario,
    log: &[(u64, asg_engine::account::Action)],
    until: Option<u64>,
    by: Option<String>,
) {
    let r = report(sc.seed, log, until.unwrap_or(0));
    let v = lab_report_view(lang, &r);
    row.name = by.unwrap_or_else(|| "—".into());
    row.challenge = tr(lang, Text::ClassLab).to_string();
    row.challenge_id = "lab".into();
    row.goals = v.steps.iter().map(|s| (format!("{}. {}", s.number, s.title), s.done)).collect();
    row.score = Some(r.score());
    if !v.billable.is_empty() {
        row.problems.push(fill(lang, Text::ClassBillable, &[("what", &v.billable.join("; "))]));
    }
}

/// Read and grade one hand-in (the query of its link) in one go.
pub fn grade_one(lang: Lang, query: &str) -> ClassRow {
    let mut g = Grading::start(lang, query);
    g.advance(u64::MAX);
    g.finish(lang)
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

/// The table as CSV (RFC 4180): name, challenge, score, attempts, goals met, flags, problems.
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
        Text::ChTries,
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
            [
                q(&r.name),
                q(&r.challenge),
                score,
                r.attempts.map_or_else(String::new, |n| n.to_string()),
                q(&goals),
                q(&r.flags.join("; ")),
                q(&r.problems.join("; ")),
            ]
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
                changes: if solved { c.reference() } else { Vec::new() },
                name: Some(name.into()),
                attempts: Some(2),
                ..ChallengeLink::new(Some(c), challenge)
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
        assert!(csv.contains("\"Ann\",\"Stress is not load\",100,2,"), "{csv}");
    }

    #[test]
    fn a_guided_lab_hand_in_is_graded_from_its_account_replayed() {
        use asg_engine::account::{Account, Step};
        let mut a = Account::new(7);
        a.do_through(Step::Image).unwrap();
        a.advance_to(a.now() + 600);
        let sh = Shared {
            scenario: asg_engine::Scenario { seed: 7, ..asg_share::lab_default() },
            account: Some(a.log().to_vec()),
            open_at_s: Some(a.now()),
            hand_in_by: Some("Min".into()),
            ..Shared::default()
        };
        let row = grade_one(Lang::En, &to_query_shared(&sh));
        assert_eq!((row.name.as_str(), row.challenge.as_str()), ("Min", "Guided lab (7 steps)"));
        assert_eq!(row.goals.iter().filter(|(_, d)| *d).count(), 4, "{:?}", row.goals);
        assert!((row.score.unwrap() - 400.0 / 7.0).abs() < 1e-9);
        assert!(row.problems.iter().any(|p| p.starts_with("still billing: ")), "{:?}", row.problems);
    }

    #[test]
    fn grading_in_slices_gives_the_grade_of_one_go() {
        let q = hand_in(ChallengeId::Thrashing, "Ann", true);
        let q = q.split_once('?').unwrap().1;
        let whole = grade_one(Lang::En, q);
        let mut g = Grading::start(Lang::En, q);
        let mut slices = 0;
        while !g.done() {
            let (now, end) = g.progress();
            assert!(now < end);
            g.advance(now + 600);
            slices += 1;
        }
        assert!(slices > 1);
        assert_eq!(g.finish(Lang::En), whole);
    }

    #[test]
    fn a_cell_cannot_become_a_formula() {
        let row = ClassRow {
            name: "=HYPERLINK(\"x\")".into(),
            challenge: "-".into(),
            challenge_id: String::new(),
            goals: vec![],
            score: None,
            attempts: None,
            problems: vec![],
            flags: vec![],
        };
        let out = csv(Lang::Ko, &[row]);
        assert!(out.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{out}");
    }
}
