//! [`ZwnjLexicon`]: the word knowledge the ZWNJ step decides with, loaded
//! from `lexicons/zwnj_*.tsv` (derived from MIT word lists by
//! `lexicons/scripts/derive_zwnj.py`, plus two hand-curated lists).
//!
//! Loading is on the start-up path of every `khabar` process, so the big
//! tables are parsed by a validating single-pass reader that borrows the
//! (embedded, `'static`) file contents instead of building a row vector:
//! no allocation per entry, only hash-table inserts.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::error::{Error, Result};
use crate::lexicon::LexiconSource;
use crate::text::chars::{is_non_joining, ZWNJ};

/// Part-of-speech flags of a plain word (from hazm's tags).
pub mod pos {
    /// Noun.
    pub const N: u8 = 1;
    /// Adjective.
    pub const AJ: u8 = 2;
    /// Adverb.
    pub const ADV: u8 = 4;
    /// A plural form.
    pub const PL: u8 = 8;
    /// A number word.
    pub const NUM: u8 = 16;
    /// Any other tag (pronoun, conjunction, preposition …).
    pub const OTHER: u8 = 32;
}

/// What the lexicon knows about a plain word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// Corpus frequency (hazm's counts; 0 when unknown).
    pub freq: u32,
    /// [`pos`] flags.
    pub pos: u8,
}

/// A ZWNJ spelling (compound or inflected form).
#[derive(Clone, Copy, Debug)]
pub struct Compound {
    /// The spelling with its ZWNJs.
    pub form: &'static str,
    /// Corpus frequency.
    pub freq: u32,
    /// Trusted to join spaced parts (not only to split glued words).
    pub join: bool,
}

/// The data the ZWNJ step decides with.
#[derive(Debug, Default)]
pub struct ZwnjLexicon {
    words: FxHashMap<&'static str, WordInfo>,
    compounds: FxHashMap<&'static str, Compound>,
    /// glued spelling (ZWNJs removed) → the most frequent ZWNJ spelling
    glued: FxHashMap<Box<str>, Compound>,
    present: FxHashSet<&'static str>,
    past: FxHashSet<&'static str>,
    never_join: FxHashMap<&'static str, Vec<&'static str>>,
    never_split: FxHashSet<&'static str>,
}

/// Leak an owned file (a `--lexicons` override, read once per process) so
/// that every table can borrow `'static` strings.
fn leak(c: std::borrow::Cow<'static, str>) -> &'static str {
    match c {
        std::borrow::Cow::Borrowed(s) => s,
        std::borrow::Cow::Owned(s) => Box::leak(s.into_boxed_str()),
    }
}

/// Iterate over the rows of a sorted TSV file with header `columns`,
/// validating as [`crate::lexicon::tsv::Table::parse`] does (header, field
/// count, byte order, no duplicates) without allocating per row.
fn rows(
    file: &'static str,
    contents: &'static str,
    columns: &[&str],
    mut f: impl FnMut(usize, &[&'static str]) -> Result<()>,
) -> Result<()> {
    let mut lines = contents
        .split('\n')
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#'));
    let header = match lines.next() {
        Some((_, h)) => h.trim_end_matches('\r'),
        None => return Err(Error::lexicon(file, 0, "empty file: a header row is required")),
    };
    let want = columns.join("\t");
    if !header.starts_with(&want) {
        return Err(Error::lexicon(
            file,
            1,
            format!("header must start with {want:?}, found {header:?}"),
        ));
    }
    let ncols = header.split('\t').count();
    let mut prev = "";
    let mut fields: [&'static str; 4] = [""; 4];
    for (n, line) in lines {
        let n = n + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        if !prev.is_empty() && prev >= line {
            let what = if prev == line {
                "duplicate line"
            } else {
                "not sorted (lines must be in byte order)"
            };
            return Err(Error::lexicon(file, n, what));
        }
        prev = line;
        let mut k = 0;
        for part in line.split('\t') {
            if k == ncols || k == fields.len() {
                return Err(Error::lexicon(
                    file,
                    n,
                    format!("too many fields, the header has {ncols}"),
                ));
            }
            fields[k] = part;
            k += 1;
        }
        for x in fields.iter_mut().skip(k) {
            *x = "";
        }
        if fields[0].is_empty() {
            return Err(Error::lexicon(file, n, "empty first field"));
        }
        f(n, &fields[..columns.len()])?;
    }
    Ok(())
}

fn number(file: &str, n: usize, s: &str) -> Result<u32> {
    if s.is_empty() {
        return Ok(0);
    }
    s.parse::<u64>()
        .map(|v| v.min(u32::MAX as u64) as u32)
        .map_err(|_| Error::lexicon(file, n, format!("not a number: {s:?}")))
}

fn pos_flags(tags: &str) -> u8 {
    let mut p = 0;
    for t in tags.split(',') {
        p |= match t {
            "N" => pos::N,
            "AJ" | "AJC" => pos::AJ,
            "ADV" => pos::ADV,
            "PL" => pos::PL,
            "NUM" => pos::NUM,
            "" => 0,
            _ => pos::OTHER,
        };
    }
    p
}

impl ZwnjLexicon {
    /// Load `zwnj_words.tsv`, `zwnj_compounds.tsv`, `zwnj_verbs.tsv`,
    /// `zwnj_never_join.tsv` and `zwnj_never_split.tsv` from `src`.
    pub fn load(src: &LexiconSource) -> Result<ZwnjLexicon> {
        let mut lex = ZwnjLexicon::default();
        const WORDS: &str = "zwnj_words.tsv";
        let text = leak(src.read(WORDS)?);
        lex.words.reserve(text.len() / 16);
        rows(WORDS, text, &["word", "freq", "pos"], |n, f| {
            let info = WordInfo {
                freq: number(WORDS, n, f[1])?,
                pos: pos_flags(f[2]),
            };
            lex.words.insert(f[0], info);
            Ok(())
        })?;

        const COMPOUNDS: &str = "zwnj_compounds.tsv";
        let text = leak(src.read(COMPOUNDS)?);
        let mut glued = String::new();
        rows(COMPOUNDS, text, &["form", "freq", "join"], |n, f| {
            let c = Compound {
                form: f[0],
                freq: number(COMPOUNDS, n, f[1])?,
                join: f[2] == "1",
            };
            lex.compounds.insert(f[0], c);
            glued.clear();
            glued.extend(f[0].chars().filter(|&c| c != ZWNJ));
            match lex.glued.get_mut(glued.as_str()) {
                Some(old) if old.freq >= c.freq => {}
                Some(old) => *old = c,
                None => {
                    lex.glued.insert(glued.as_str().into(), c);
                }
            }
            Ok(())
        })?;

        const VERBS: &str = "zwnj_verbs.tsv";
        let text = leak(src.read(VERBS)?);
        rows(VERBS, text, &["past", "present"], |_, f| {
            lex.past.insert(f[0]);
            lex.present.insert(f[1]);
            Ok(())
        })?;

        const NEVER_JOIN: &str = "zwnj_never_join.tsv";
        let text = leak(src.read(NEVER_JOIN)?);
        rows(NEVER_JOIN, text, &["first", "second"], |n, f| {
            if f[1].is_empty() {
                return Err(Error::lexicon(NEVER_JOIN, n, "empty second field"));
            }
            lex.never_join.entry(f[0]).or_default().push(f[1]);
            Ok(())
        })?;

        const NEVER_SPLIT: &str = "zwnj_never_split.tsv";
        let text = leak(src.read(NEVER_SPLIT)?);
        rows(NEVER_SPLIT, text, &["word"], |_, f| {
            lex.never_split.insert(f[0]);
            Ok(())
        })?;
        Ok(lex)
    }

    /// The plain word `w`, if listed.
    #[inline]
    pub fn word(&self, w: &str) -> Option<WordInfo> {
        self.words.get(w).copied()
    }

    /// True when `w` is a listed plain word.
    #[inline]
    pub fn is_word(&self, w: &str) -> bool {
        self.words.contains_key(w)
    }

    /// The ZWNJ spelling `form`, if listed.
    #[inline]
    pub fn compound(&self, form: &str) -> Option<Compound> {
        self.compounds.get(form).copied()
    }

    /// The most frequent ZWNJ spelling whose ZWNJs removed give `glued`.
    #[inline]
    pub fn glued(&self, glued: &str) -> Option<Compound> {
        self.glued.get(glued).copied()
    }

    /// True for a present stem.
    #[inline]
    pub fn is_present_stem(&self, s: &str) -> bool {
        self.present.contains(s)
    }

    /// True for a past stem.
    #[inline]
    pub fn is_past_stem(&self, s: &str) -> bool {
        self.past.contains(s)
    }

    /// True when the pair must never be joined.
    #[inline]
    pub fn never_join(&self, a: &str, b: &str) -> bool {
        self.never_join.get(a).is_some_and(|v| v.contains(&b))
    }

    /// True when `w` must never be split.
    #[inline]
    pub fn never_split(&self, w: &str) -> bool {
        self.never_split.contains(w)
    }
}

/// True when a ZWNJ after the last letter of `s` would show (it joins).
#[inline]
pub fn joins_after(s: &str) -> bool {
    s.chars().next_back().is_some_and(|c| !is_non_joining(c))
}
