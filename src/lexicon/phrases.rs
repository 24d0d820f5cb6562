//! [`PhraseTable`]: a bilingual lexicon table (Persian phrase → English gloss
//! and other columns) with one aho-corasick automaton over its normalized
//! Persian forms, matched leftmost-longest on whole words.
//!
//! Every phrase-like lexicon (speech verbs, titles, organisations, places,
//! honorifics, known people, modality cues …) is a `PhraseTable`: the entries
//! go through the same [`Normalizer`] as the text at load time, so "تاكيد كرد"
//! in a file matches "تاکید کرد" in normalized text, and the automaton is
//! built once.
//!
//! Name tables also match the common spelling variants of each entry
//! ([`Spellings::Variants`]). News text writes the same name several ways:
//! with a ZWNJ, a space or nothing between the parts of a compound
//! (هیئت‌مدیره، هیئت مدیره، هیئتمدیره), with older hamza seats (هیات، هیأت،
//! رییس). The files list the standard form once; at load time each entry is
//! expanded into these variants, all normalized like the text and all pointing
//! at the one entry. Variants that normalize to the same string collapse, so a
//! table keeps loading when the normalizer learns to repair more of them.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};

use super::tsv::Table;
use super::LexiconSource;
use crate::error::{Error, Result};
use crate::text::aligned::Span;
use crate::text::chars::{is_digit, is_word_char, ZWNJ};
use crate::text::normalize::Normalizer;

/// Tables up to this many patterns are searched with a DFA.
const DFA_MAX_PATTERNS: usize = 5000;

/// Which spellings of an entry a table matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spellings {
    /// The entry as listed (after normalization). For cue tables that are
    /// scanned over whole texts: they get a DFA, the fastest scan.
    Exact,
    /// The entry and its spelling [`variants`]. For name tables, which are
    /// asked at one token at a time ([`PhraseTable::match_at`]), where a DFA's
    /// build cost does not pay.
    Variants,
}

/// One entry of a phrase table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseEntry {
    /// The Persian phrase as listed, normalized.
    pub fa: String,
    /// The English gloss (`en` column), if any.
    pub en: Option<String>,
    /// Every column of the row as written (`fields[0]` is the phrase); see
    /// [`PhraseTable::field`].
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
    /// Every matched form (the entry or a variant) → its entry.
    by_form: FxHashMap<String, usize>,
    /// Automaton pattern → entry.
    pattern_entry: Vec<usize>,
    /// The first words of every pattern, for [`PhraseTable::may_start`].
    first_words: FxHashSet<String>,
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

/// The spelling variants of a normalized phrase (the phrase itself first).
pub fn variants(fa: &str) -> Vec<String> {
    let mut out = vec![fa.to_string()];
    let push = |s: String, out: &mut Vec<String>| {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    };
    // hamza seats and older spellings, applied to the whole phrase
    const SWAPS: &[(&str, &str)] = &[
        ("هیئت", "هیات"),
        ("هیئت", "هیأت"),
        ("رئیس", "رییس"),
        ("تأ", "تا"),
        ("مسئول", "مسوول"),
        ("آ", "ا"),
    ];
    for &(a, b) in SWAPS {
        for s in out.clone() {
            if s.contains(a) {
                push(s.replace(a, b), &mut out);
            }
        }
    }
    for s in out.clone() {
        if s.contains(ZWNJ) {
            push(s.replace(ZWNJ, " "), &mut out);
            push(s.replace(ZWNJ, ""), &mut out);
        }
    }
    // a two-word name is also written as one word with ZWNJ ("ذوب آهن" /
    // "ذوب‌آهن", "هلال احمر" / "هلال‌احمر")
    for s in out.clone() {
        if s.matches(' ').count() == 1 && !s.contains(ZWNJ) {
            push(s.replace(' ', "\u{200C}"), &mut out);
        }
    }
    out
}

impl PhraseTable {
    /// Load `file` from `src`. Its header must start with `fa` and then the
    /// `columns` given (typically `["en", …]`). Entries are normalized with
    /// `norm`; rows that normalize to the same phrase are merged when their
    /// other columns agree (or one names the other as its `canonical` form),
    /// and are an error otherwise.
    pub fn load(
        src: &LexiconSource,
        file: &str,
        columns: &[&str],
        spellings: Spellings,
        norm: &Normalizer,
    ) -> Result<PhraseTable> {
        let contents = src.read(file)?;
        Self::parse(file, &contents, columns, spellings, norm)
    }

    /// Parse a table from its contents (see [`PhraseTable::load`]).
    pub fn parse(
        file: &str,
        contents: &str,
        columns: &[&str],
        spellings: Spellings,
        norm: &Normalizer,
    ) -> Result<PhraseTable> {
        let mut cols = vec!["fa"];
        cols.extend_from_slice(columns);
        let table = Table::parse(file, contents, &cols)?;
        let en_col = table.column("en");
        let canonical_col = table.column("canonical");
        // a row whose `canonical` column normalizes to `fa`: an alias of it
        let names = |f: &[String], fa: &str| {
            canonical_col
                .and_then(|i| f.get(i))
                .map(|c| c.trim())
                .is_some_and(|c| !c.is_empty() && norm.normalize_str(c) == fa)
        };
        let mut entries: Vec<PhraseEntry> = Vec::with_capacity(table.rows.len());
        let mut by_form: FxHashMap<String, usize> = FxHashMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_entry = Vec::new();
        for (line, fields) in &table.rows {
            let fa = norm.normalize_str(fields[0].trim());
            if fa.is_empty() {
                return Err(Error::lexicon(
                    file,
                    *line,
                    "the phrase is empty after normalization",
                ));
            }
            let row: Vec<String> = fields.iter().map(|s| s.to_string()).collect();
            if let Some(&prev) = by_form.get(&fa) {
                if entries[prev].fa == fa {
                    // Spelling variants (spaced, glued, ZWNJ; ي/ی …) that say
                    // the same thing are one entry, and an alias that
                    // normalizes to its canonical form is that form (the
                    // canonical row's columns win).
                    let p = &mut entries[prev];
                    if p.fields[1..] == row[1..] || names(&row, &fa) {
                        continue;
                    }
                    if names(&p.fields, &fa) {
                        p.en = en_of(en_col, &row);
                        p.fields = row;
                        p.line = *line;
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
            }
            let idx = entries.len();
            let forms = match spellings {
                Spellings::Exact => vec![fa.clone()],
                Spellings::Variants => variants(&fa).iter().map(|v| norm.normalize_str(v)).collect(),
            };
            for v in forms {
                // the listed form wins over another entry's variant
                let own = v == fa;
                if !own && by_form.contains_key(&v) {
                    continue;
                }
                if by_form.insert(v.clone(), idx).is_none() {
                    patterns.push(v);
                    pattern_entry.push(idx);
                } else if own {
                    if let Some(p) = patterns.iter().position(|p| *p == v) {
                        pattern_entry[p] = idx;
                    }
                }
            }
            entries.push(PhraseEntry {
                fa,
                en: en_of(en_col, &row),
                fields: row,
                line: *line,
            });
        }
        let mut builder = AhoCorasickBuilder::new();
        builder
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Both);
        if spellings == Spellings::Exact {
            // Persian UTF-8 has no rare bytes (every letter starts with
            // 0xD8-0xDB), so a prefilter only costs; a DFA is the fastest scan
            // for tables of modest size (measured: claims' two tables 56 → 150
            // MB/s, `cargo bench --bench claims`), the default above that.
            builder
                .kind((patterns.len() <= DFA_MAX_PATTERNS).then_some(aho_corasick::AhoCorasickKind::DFA))
                .prefilter(false);
        }
        let ac = builder
            .build(&patterns)
            .map_err(|e| Error::lexicon(file, 0, format!("building the automaton: {e}")))?;
        let first_words = patterns
            .iter()
            .filter_map(|p| p.split(' ').next())
            .map(str::to_string)
            .collect();
        Ok(PhraseTable {
            file: file.to_string(),
            header: table.header.iter().map(|s| s.to_string()).collect(),
            entries,
            by_form,
            pattern_entry,
            first_words,
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

    /// True when some entry (or variant) begins with the whole word `word`:
    /// a cheap test before an anchored search at a token.
    pub fn may_start(&self, word: &str) -> bool {
        self.first_words.contains(word)
    }

    /// The words [`PhraseTable::may_start`] is true of.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.first_words.iter().map(String::as_str)
    }

    /// The entry for a normalized phrase (or one of its variants).
    pub fn get(&self, fa: &str) -> Option<&PhraseEntry> {
        self.by_form.get(fa).map(|&i| &self.entries[i])
    }

    /// The value of column `name` of `entry`, trimmed (empty when absent).
    pub fn field<'e>(&self, entry: &'e PhraseEntry, name: &str) -> &'e str {
        self.header
            .iter()
            .position(|h| h == name)
            .and_then(|i| entry.fields.get(i))
            .map_or("", |s| s.trim())
    }

    fn hit(&self, m: aho_corasick::Match) -> PhraseMatch<'_> {
        PhraseMatch {
            span: Span::new(m.start(), m.end()),
            entry: &self.entries[self.pattern_entry[m.pattern().as_usize()]],
        }
    }

    /// Whole-word, leftmost-longest matches in `text` (normalized text).
    pub fn find_iter<'a, 't>(&'a self, text: &'t str) -> impl Iterator<Item = PhraseMatch<'a>> + use<'a, 't> {
        self.ac
            .find_iter(text)
            .filter(move |m| at_word_boundary(text, m.start(), m.end()))
            .map(move |m| self.hit(m))
    }

    /// The longest whole-word match that starts exactly at byte `at`.
    pub fn match_at<'a>(&'a self, text: &str, at: usize) -> Option<PhraseMatch<'a>> {
        // the anchored leftmost-longest match is the longest pattern at
        // `at`; when it ends inside a word, retry with the haystack cut
        // before its end so that a shorter pattern may fit
        let mut end = text.len();
        loop {
            let input = aho_corasick::Input::new(text)
                .span(at..end)
                .anchored(aho_corasick::Anchored::Yes);
            let m = self.ac.find(input)?;
            if at_word_boundary(text, m.start(), m.end()) {
                return Some(self.hit(m));
            }
            end = m.end() - 1;
            while end > at && !text.is_char_boundary(end) {
                end -= 1;
            }
            if end <= at {
                return None;
            }
        }
    }
}

/// The non-empty `en` column of a row.
fn en_of(en_col: Option<usize>, row: &[String]) -> Option<String> {
    en_col
        .and_then(|i| row.get(i))
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
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
            Spellings::Exact,
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
        let t = PhraseTable::parse(
            "x.tsv",
            "fa\ten\nكتاب\tbook\nکتاب\tbook\n",
            &["en"],
            Spellings::Exact,
            normalizer(),
        )
        .unwrap();
        assert_eq!(t.entries().len(), 1);
        let e = PhraseTable::parse(
            "x.tsv",
            "fa\ten\nكتاب\tbook\nکتاب\tbooks\n",
            &["en"],
            Spellings::Exact,
            normalizer(),
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("lexicon x.tsv:3:"), "{e}");
    }

    #[test]
    fn variants_match_one_entry() {
        let g = PhraseTable::parse(
            "t.tsv",
            "fa\ten\nرئیس\thead\nرئیس هیئت‌مدیره\tchairman of the board\n",
            &["en"],
            Spellings::Variants,
            normalizer(),
        )
        .unwrap();
        for text in [
            "رئیس هیئت‌مدیره",
            "رییس هیات مدیره",
            "رئیس هیاتمدیره",
            "رئیس هیأت‌مدیره",
        ] {
            // texts are matched after normalization, as the analyzer does
            let text = &normalizer().normalize_str(text);
            let m = g.match_at(text, 0).unwrap();
            assert_eq!(m.entry.fa, "رئیس هیئت‌مدیره", "{text}");
            assert_eq!(m.span.end, text.len());
            assert_eq!(g.field(m.entry, "en"), "chairman of the board");
        }
        assert_eq!(g.match_at("رئیس اتاق", 0).unwrap().entry.fa, "رئیس");
        assert!(g.match_at("رئیسه", 0).is_none());
        assert_eq!(g.get("رییس").unwrap().fa, "رئیس");
    }

    #[test]
    fn two_words_also_match_joined_by_zwnj() {
        let g = PhraseTable::parse(
            "t.tsv",
            "fa	en
ذوب آهن	Zob Ahan
",
            &["en"],
            Spellings::Variants,
            normalizer(),
        )
        .unwrap();
        for text in ["ذوب آهن", "ذوب\u{200C}آهن"] {
            let m = g.match_at(text, 0).unwrap();
            assert_eq!(m.entry.fa, "ذوب آهن", "{text}");
            assert_eq!(m.span.end, text.len());
        }
    }
}
