//! A UI text in both languages ([`Text`]), the languages ([`Lang`]), and how a text is read
//! ([`tr`]) or filled with values ([`fill`], [`plural`], Korean particles).

use core::fmt;

/// A UI language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// The `lang=` value and the HTML `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// From a link's `lang=` value, else from the browser's languages (`navigator.languages`,
    /// first match wins), else English.
    pub fn pick(link: Option<&str>, browser: &[String]) -> Lang {
        let of = |s: &str| match s.trim().to_ascii_lowercase().split(['-', '_']).next() {
            Some("ko") => Some(Lang::Ko),
            Some("en") => Some(Lang::En),
            _ => None,
        };
        link.and_then(of).or_else(|| browser.iter().find_map(|b| of(b))).unwrap_or_default()
    }
}

/// One UI string in English and Korean (a template when it has `{placeholders}`), made with
/// [`text!`]. Both are one static string, `English\0Korean`: a use of a text in the wasm is
/// two constants and no table of pointers, and the two languages are stored side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub(super) &'static str);

impl Text {
    /// `English\0Korean` (what [`text!`] writes).
    #[doc(hidden)]
    pub const fn both(en_nul_ko: &'static str) -> Text {
        Text(en_nul_ko)
    }

    /// The string in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (en, ko) = self.0.split_once('\0').unwrap_or((self.0, self.0));
        match lang {
            Lang::En => en,
            Lang::Ko => ko,
        }
    }
}

/// `key` in `lang`.
pub fn tr(lang: Lang, key: Text) -> &'static str {
    key.get(lang)
}

/// The template `key` in `lang` with each `{name}` replaced by the value named `name` in
/// `args`, and `{name|은}` by the value followed by the Korean particle that fits it.
/// Values are inserted as they are, never read as templates themselves.
pub fn fill(lang: Lang, key: Text, args: &[(&str, &dyn fmt::Display)]) -> String {
    use fmt::Write;
    let template = key.get(lang);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        out.push_str(&rest[..open]);
        let (name, particle) = split_placeholder(&rest[open + 1..open + len]);
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, v)) => match particle.and_then(particles) {
                Some((with, without)) => out.push_str(&josa(&v.to_string(), with, without)),
                None => {
                    let _ = write!(out, "{v}");
                }
            },
            None => {
                debug_assert!(false, "no value for {{{name}}} in {template:?}");
                out.push_str(&rest[open..=open + len]);
            }
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The text for `n` of something: `one` when `n` is 1, else `many`; both have `{n}`.
pub fn plural(lang: Lang, n: u64, one: Text, many: Text) -> String {
    let key = if n == 1 { one } else { many };
    fill(lang, key, &[("n", &n)])
}

/// `name|은` → (`name`, Some(`은`)).
pub(super) fn split_placeholder(p: &str) -> (&str, Option<&str>) {
    match p.split_once('|') {
        Some((name, particle)) => (name, Some(particle)),
        None => (p, None),
    }
}

/// The particle a filter names, after a final consonant and after a vowel.
pub(super) fn particles(filter: &str) -> Option<(&'static str, &'static str)> {
    match filter {
        "은" => Some(("은", "는")),
        "을" => Some(("을", "를")),
        "이" => Some(("이", "가")),
        _ => None,
    }
}

/// `word` followed by the Korean particle that fits it: `with` after a final consonant (받침),
/// `without` after a vowel, both as `with(without)` when the word does not end in Hangul.
/// `josa("최소 용량", "은", "는")` → `최소 용량은`.
pub(super) fn josa(word: &str, with: &str, without: &str) -> String {
    let fits = match word.trim_end().chars().last() {
        Some(c @ '\u{AC00}'..='\u{D7A3}') => Some(!(c as u32 - 0xAC00).is_multiple_of(28)),
        _ => None,
    };
    match fits {
        Some(true) => format!("{word}{with}"),
        Some(false) => format!("{word}{without}"),
        None => format!("{word}{with}({without})"),
    }
}
