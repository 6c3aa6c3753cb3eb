//! Reading a trace file a chunk at a time (a 50 MB access log is never held whole): the
//! format is told from its first line, each line read as it completes, access-log requests
//! counted per second as they come. JSON, which only parses whole, is held up to
//! [`MAX_JSON_BYTES`].
//!
//! ```text
//!  bytes ──push──► lines ──► first line decides: '{' JSON (held) │ ALB entry │ one number │ CSV
//!                                                 ▼                 ▼           ▼          ▼
//!  finish ──────────────────────────────► Samples: timed (t, value) or untimed values
//! ```

use std::collections::BTreeMap;

use crate::error::{quote, Problem, TraceError};
use crate::{alb, cloudwatch, csv, json};

/// Largest JSON read [bytes].
pub const MAX_JSON_BYTES: usize = 32 * 1024 * 1024;

/// Longest line read [bytes] (an access-log entry's user agent alone may be 8 KB).
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// The file's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `aws cloudwatch get-metric-data` or `get-metric-statistics` output
    CloudWatch,
    /// CSV: a time and a value a row
    Csv,
    /// Application Load Balancer access log entries
    AlbLog,
    /// one number a line
    Numbers,
}

/// What a file held.
#[derive(Clone, Debug, PartialEq)]
pub struct Samples {
    /// its format
    pub format: Format,
    /// (time [Unix s], value) in file order (empty for [`Format::Numbers`])
    pub timed: Vec<(f64, f64)>,
    /// the values of [`Format::Numbers`], in order
    pub untimed: Vec<f64>,
    /// the metric's label (CloudWatch) or the value column's header (CSV)
    pub label: Option<String>,
    /// lines read [count]
    pub lines: usize,
}

enum Mode {
    Undecided,
    Json(Vec<u8>),
    Csv { sep: u8, column: usize },
    Alb(BTreeMap<i64, f64>),
    Numbers,
}

/// A trace file being read.
pub struct Reader {
    mode: Mode,
    partial: Vec<u8>,
    line: usize,
    samples: Samples,
    /// CSV: the value column asked for (None: the first after the time) [from 0]
    column: Option<usize>,
}

impl Reader {
    /// A reader; `column`: which CSV column holds the value [from 1; None: the second].
    pub fn new(column: Option<usize>) -> Reader {
        Reader {
            mode: Mode::Undecided,
            partial: Vec::new(),
            line: 0,
            samples: Samples { format: Format::Numbers, timed: Vec::new(), untimed: Vec::new(), label: None, lines: 0 },
            column: column.map(|c| c.saturating_sub(1)),
        }
    }

    /// Reads the next chunk of the file.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), TraceError> {
        if let Mode::Json(buf) = &mut self.mode {
            if buf.len() + chunk.len() > MAX_JSON_BYTES {
                return Err(TraceError::whole(Problem::TooLarge(MAX_JSON_BYTES >> 20)));
            }
            buf.extend_from_slice(chunk);
            return Ok(());
        }
        let mut rest = chunk;
        while let Some(k) = rest.iter().position(|b| *b == b'\n') {
            self.partial.extend_from_slice(&rest[..k]);
            rest = &rest[k + 1..];
            let line = std::mem::take(&mut self.partial);
            self.line(&line)?;
            if let Mode::Json(buf) = &mut self.mode {
                // the first line opened JSON: the rest is held whole
                buf.push(b'\n');
                buf.extend_from_slice(rest);
                return Ok(());
            }
        }
        self.partial.extend_from_slice(rest);
        let opens_json = |p: &[u8]| {
            let t = p.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(p);
            matches!(t.iter().find(|b| !b.is_ascii_whitespace()), Some(b'{' | b'['))
        };
        if matches!(self.mode, Mode::Undecided) && self.line == 0 && opens_json(&self.partial) {
            // minified JSON is one long line: held whole from here
            self.samples.format = Format::CloudWatch;
            self.mode = Mode::Json(std::mem::take(&mut self.partial));
            return Ok(());
        }
        if self.partial.len() > MAX_LINE_BYTES {
            return Err(TraceError::at(self.line + 1, Problem::LineTooLong(MAX_LINE_BYTES >> 10)));
        }
        Ok(())
    }

    fn line(&mut self, raw: &[u8]) -> Result<(), TraceError> {
        self.line += 1;
        let n = self.line;
        if raw.len() > MAX_LINE_BYTES {
            return Err(TraceError::at(n, Problem::LineTooLong(MAX_LINE_BYTES >> 10)));
        }
        let raw = if n == 1 { raw.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(raw) } else { raw };
        let text = std::str::from_utf8(raw).map_err(|_| TraceError::at(n, Problem::NotText))?;
        let text = text.trim_end_matches('\r');
        if text.trim().is_empty() || (text.starts_with('#') && !matches!(self.mode, Mode::Csv { .. })) {
            return Ok(());
        }
        self.samples.lines += 1;
        match &mut self.mode {
            Mode::Undecided => self.decide(text, n),
            Mode::Json(buf) => {
                buf.extend_from_slice(raw);
                Ok(())
            }
            Mode::Alb(counts) => {
                let s = alb::second(text).ok_or_else(|| TraceError::at(n, Problem::NotAlbLine(quote(text))))?;
                *counts.entry(s).or_insert(0.0) += 1.0;
                Ok(())
            }
            Mode::Numbers => {
                let v = csv::number(text, b';').ok_or_else(|| TraceError::at(n, Problem::BadNumber(quote(text))))?;
                self.samples.untimed.push(v);
                Ok(())
            }
            Mode::Csv { sep, column } => {
                let (sep, column) = (*sep, *column);
                let f = csv::fields(text, sep);
                let t =
                    crate::time::parse_time(&f[0]).ok_or_else(|| TraceError::at(n, Problem::BadTime(quote(&f[0]))))?;
                let cell = f.get(column).ok_or_else(|| TraceError::at(n, Problem::NoColumn(column + 1)))?;
                let v = csv::number(cell, sep).ok_or_else(|| TraceError::at(n, Problem::BadNumber(quote(cell))))?;
                self.samples.timed.push((t, v));
                Ok(())
            }
        }
    }

    /// The first line tells the format.
    fn decide(&mut self, text: &str, n: usize) -> Result<(), TraceError> {
        let t = text.trim_start();
        if t.starts_with('{') || t.starts_with('[') {
            self.samples.format = Format::CloudWatch;
            self.mode = Mode::Json(text.as_bytes().to_vec());
            return Ok(());
        }
        if alb::looks_like(text) {
            self.samples.format = Format::AlbLog;
            self.mode = Mode::Alb(BTreeMap::new());
            self.samples.lines -= 1;
            return self.line_again(text);
        }
        if csv::number(t, b';').is_some() && !t.contains([',', '\t', ' ']) {
            self.samples.format = Format::Numbers;
            self.mode = Mode::Numbers;
            self.samples.lines -= 1;
            return self.line_again(text);
        }
        let sep = csv::separator(text);
        let column = self.column.unwrap_or(1).max(1);
        self.samples.format = Format::Csv;
        self.mode = Mode::Csv { sep, column };
        let f = csv::fields(text, sep);
        if crate::time::parse_time(&f[0]).is_none() {
            // a header: the value column's name is the label
            self.samples.label = f.get(column).map(|s| quote(s));
            return Ok(());
        }
        self.samples.lines -= 1;
        let _ = n;
        self.line_again(text)
    }

    /// Reads the line that decided the format as a line of that format.
    fn line_again(&mut self, text: &str) -> Result<(), TraceError> {
        self.line -= 1;
        self.line(text.as_bytes())
    }

    /// The file's end: the last line, and the samples.
    pub fn finish(mut self) -> Result<Samples, TraceError> {
        if !self.partial.is_empty() {
            let line = std::mem::take(&mut self.partial);
            self.line(&line)?;
        }
        match self.mode {
            Mode::Undecided => Err(TraceError::whole(Problem::Empty)),
            Mode::Json(buf) => {
                let v = json::parse(&buf).map_err(|e| TraceError::at(e.line, Problem::Json(e.expected)))?;
                let (timed, label) = cloudwatch::read(&v)?;
                Ok(Samples { timed, label, ..self.samples })
            }
            Mode::Alb(counts) => {
                Ok(Samples { timed: counts.into_iter().map(|(s, c)| (s as f64, c)).collect(), ..self.samples })
            }
            Mode::Csv { .. } | Mode::Numbers => Ok(self.samples),
        }
    }
}

/// Reads a whole text (a paste, or a test's file).
pub fn read_all(bytes: &[u8], column: Option<usize>) -> Result<Samples, TraceError> {
    let mut r = Reader::new(column);
    r.push(bytes)?;
    r.finish()
}
