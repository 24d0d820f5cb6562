//! [`PhraseTable`]: a bilingual lexicon table (Persian phrase → English gloss
//! and other columns) with one aho-corasick automaton over its normalized
//! Persian forms, matched leftmost-longest on whole words.
//!
//! Every phrase-like lexicon (speech verbs, titles, organisations, units,
//! modality cues …) can be a `PhraseTable`: the entries go through the same
//! [`Normalizer`] as the text at load time, so "تاكيد كرد" in a file matches
//! "تاکید کرد" in normalized text, and the automaton is built once.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap;

use super::tsv::Table;
use super::LexiconSource;
use crate::error::{Error, Result};
use crate::text::aligned::Span;
use crate::text::chars::{is_digit, is_word_char};
use crate::text::normalize::Normalizer;

/// Tables up to this many entries are searched with a DFA.
const DFA_MAX_PATTERNS: usize = 5000;

/// One entry of a phrase table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseEntry {
    /// The Persian phrase, normalized.
    pub fa: String,
    /// The English gloss (`en` column), if any.
    pub en: Option<String>,
    /// All columns of the row as written (after `fa`/`en`), by header name;
    /// see [`PhraseTable::field`].
    pub fields: Vec<String>,
    /// The 1-based line in the file, for messages.
    pub line: usize,
}

/// A loaded phrase table.
#[derive(Clone, Debug)]
pub struct PhraseTable {
    file: String,
    header: Vec<String>,
    entries: Vec<PhraseEntry>,
    by_fa: FxHashMap<String, usize>,
    ac: AhoCorasick,
}

/// A match of a phrase in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch<'t> {
    /// Where, in the searched text.
    pub span: Span,
    /// Which entry.
    pub entry: &'t PhraseEntry,
}

impl PhraseTable {
    /// Load `file` from `src`. Its header must start with `fa` and then the
    /// `columns` given (typically `["en", …]`). Entries are normalized with
    /// `norm`; rows that normalize to the same phrase are merged when their
    /// other columns agree, and are an error otherwise.
    pub fn load(src: &LexiconSource, file: &str, columns: &[&str], norm: &Normalizer) -> Result<PhraseTable> {
        let contents = src.read(file)?;
        Self::parse(file, &contents, columns, norm)
    }

    /// Parse a table from its contents (see [`PhraseTable::load`]).
    pub fn parse(file: &str, contents: &str, columns: &[&str], norm: &Normalizer) -> Result<PhraseTable> {
        let mut cols = vec!["fa"];
        cols.extend_from_slice(columns);
        let table = Table::parse(file, contents, &cols)?;
        let en_col = table.column("en");
        let mut entries = Vec::with_capacity(table.rows.len());
        let mut by_fa = FxHashMap::default();
        for (line, fields) in &table.rows {
            let fa = norm.normalize_str(fields[0].trim());
            if fa.is_empty() {
                return Err(Error::lexicon(
                    file,
                    *line,
                    "the phrase is empty after normalization",
                ));
            }
            // Spelling variants (spaced, glued, ZWNJ; ي/ی …) that normalize to
            // one phrase are one entry when they say the same thing; when
            // their other columns differ the table is ambiguous: an error.
            if let Some(&prev) = by_fa.get(&fa) {
                let p: &PhraseEntry = &entries[prev];
                if p.fields[1..] == fields[1..] {
                    continue;
                }
                return Err(Error::lexicon(
                    file,
                    *line,
                    format!(
                        "{fa:?} normalizes to the same phrase as line {} but its other columns differ",
                        p.line
                    ),
                ));
            }
            by_fa.insert(fa.clone(), entries.len());
            let en = en_col
                .map(|i| fields[i].trim())
                .filter(|s| !s.is_empty())
                .map(str::to_string);
            entries.push(PhraseEntry {
                fa,
                en,
                fields: fields.iter().map(|s| s.to_string()).collect(),
                line: *line,
            });
        }
        // Persian UTF-8 has no rare bytes (every letter starts with 0xD8-0xDB),
        // so a prefilter only costs; a DFA is the fastest search for tables of
        // modest size (measured: claims' two tables 56 → 150 MB/s,
        // `cargo bench --bench claims`), the default above that.
        let ac = AhoCorasickBuilder::new()
            .kind((entries.len() <= DFA_MAX_PATTERNS).then_some(aho_corasick::AhoCorasickKind::DFA))
            .prefilter(false)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Both)
            .build(entries.iter().map(|e| e.fa.as_str()))
            .map_err(|e| Error::lexicon(file, 0, format!("building the automaton: {e}")))?;
        Ok(PhraseTable {
            file: file.to_string(),
            header: table.header.iter().map(|s| s.to_string()).collect(),
            entries,
            by_fa,
            ac,
        })
    }

    /// The file this table came from.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// All entries, in file order.
    pub fn entries(&self) -> &[PhraseEntry] {
        &self.entries
    }

    /// The entry for a normalized phrase.
    pub fn get(&self, fa: &str) -> Option<&PhraseEntry> {
        self.by_fa.get(fa).map(|&i| &self.entries[i])
    }

    /// The value of column `name` of `entry` (empty string when absent).
    pub fn field<'e>(&self, entry: &'e PhraseEntry, name: &str) -> &'e str {
        self.header
            .iter()
            .position(|h| h == name)
            .and_then(|i| entry.fields.get(i))
            .map_or("", |s| s.as_str())
    }

    /// Whole-word, leftmost-longest matches in `text` (normalized text).
    pub fn find_iter<'a, 't>(&'a self, text: &'t str) -> impl Iterator<Item = PhraseMatch<'a>> + use<'a, 't> {
        self.ac.find_iter(text).filter_map(move |m| {
            let (s, e) = (m.start(), m.end());
            if !at_word_boundary(text, s, e) {
                return None;
            }
            Some(PhraseMatch {
                span: Span::new(s, e),
                entry: &self.entries[m.pattern().as_usize()],
            })
        })
    }

    /// The longest whole-word match that starts exactly at byte `at`.
    pub fn match_at<'a>(&'a self, text: &str, at: usize) -> Option<PhraseMatch<'a>> {
        let input = aho_corasick::Input::new(text)
            .range(at..)
            .anchored(aho_corasick::Anchored::Yes);
        let m = self.ac.find(input)?;
        at_word_boundary(text, m.start(), m.end()).then(|| PhraseMatch {
            span: Span::new(m.start(), m.end()),
            entry: &self.entries[m.pattern().as_usize()],
        })
    }
}

/// True when `text[s..e]` is not glued to a letter or digit on either side.
#[inline]
pub fn at_word_boundary(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let inner = |c: char| is_word_char(c) || is_digit(c) || c.is_alphanumeric();
    !before.is_some_and(inner) && !after.is_some_and(inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::testutil::normalizer;

    #[test]
    fn loads_normalizes_and_matches_whole_words() {
        let t = PhraseTable::parse(
            "x.tsv",
            "fa\ten\tkind\nتاكيد كرد\temphasised\tspeech\nگفت\tsaid\tspeech\n",
            &["en"],
            normalizer(),
        )
        .unwrap();
        let text = "وی تاکید کرد و گفت؛ گفتگو ادامه دارد";
        let found: Vec<_> = t
            .find_iter(text)
            .map(|m| (&text[m.span.range()], m.entry.en.as_deref()))
            .collect();
        assert_eq!(
            found,
            vec![("تاکید کرد", Some("emphasised")), ("گفت", Some("said"))]
        );
        let e = t.get("تاکید کرد").unwrap();
        assert_eq!(t.field(e, "kind"), "speech");
        let at = text.find("گفت").unwrap();
        assert_eq!(t.match_at(text, at).map(|m| m.span.len()), Some("گفت".len()));
        assert!(t.match_at(text, text.find("گفتگو").unwrap()).is_none());
    }

    #[test]
    fn variants_merge_and_conflicts_are_errors() {
        let t =
            PhraseTable::parse("x.tsv", "fa\ten\nكتاب\tbook\nکتاب\tbook\n", &["en"], normalizer()).unwrap();
        assert_eq!(t.entries().len(), 1);
        let e = PhraseTable::parse(
            "x.tsv",
            "fa\ten\nكتاب\tbook\nکتاب\tbooks\n",
            &["en"],
            normalizer(),
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("lexicon x.tsv:3:"), "{e}");
    }
}
