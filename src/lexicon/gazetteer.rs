//! [`Gazetteer`]: a phrase table of names (titles, organisations, places,
//! honorifics, known people) whose entries also match their common spelling
//! variants.
//!
//! News text writes the same phrase several ways: with a ZWNJ, a space or
//! nothing between the parts of a compound (هیئت‌مدیره، هیئت مدیره، هیئتمدیره),
//! with older hamza seats (هیات، هیأت، رییس). The lexicon files list the
//! standard form once; at load time each entry is expanded into these
//! variants, all normalized like the text and all pointing at the one entry,
//! and a single leftmost-longest automaton is built over them. Variants that
//! normalize to the same string collapse, so the table keeps loading when the
//! normalizer learns to repair more of them.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap;

use super::phrases::at_word_boundary;
use super::tsv::Table;
use super::LexiconSource;
use crate::error::{Error, Result};
use crate::text::aligned::Span;
use crate::text::chars::ZWNJ;
use crate::text::normalize::Normalizer;

/// One entry of a gazetteer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazEntry {
    /// The phrase as listed (normalized).
    pub fa: String,
    /// Every column of the row (`fields[0]` is the phrase as written).
    pub fields: Vec<String>,
    /// The 1-based line in the file.
    pub line: usize,
}

/// A loaded gazetteer.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    file: String,
    header: Vec<String>,
    entries: Vec<GazEntry>,
    by_form: FxHashMap<String, usize>,
    pattern_entry: Vec<usize>,
    first_words: rustc_hash::FxHashSet<String>,
    ac: AhoCorasick,
}

/// A match of a gazetteer entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GazMatch<'g> {
    /// Where, in the searched text.
    pub span: Span,
    /// Which entry.
    pub entry: &'g GazEntry,
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

impl Gazetteer {
    /// Load `file` from `src`; its header must start with `fa` and `columns`.
    pub fn load(src: &LexiconSource, file: &str, columns: &[&str], norm: &Normalizer) -> Result<Gazetteer> {
        let contents = src.read(file)?;
        Self::parse(file, &contents, columns, norm)
    }

    /// Parse a gazetteer from its contents (see [`Gazetteer::load`]).
    pub fn parse(file: &str, contents: &str, columns: &[&str], norm: &Normalizer) -> Result<Gazetteer> {
        let mut cols = vec!["fa"];
        cols.extend_from_slice(columns);
        let table = Table::parse(file, contents, &cols)?;
        let mut entries = Vec::with_capacity(table.rows.len());
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
            if let Some(&prev) = by_form.get(&fa) {
                if entries.get(prev).is_some_and(|e: &GazEntry| e.fa == fa) {
                    // Spelling variants that say the same thing are one entry,
                    // and an alias that normalizes to its canonical form is
                    // that form (the canonical row's columns win).
                    let canonical_of = |f: &[String]| {
                        let c = table
                            .column("canonical")
                            .map_or("", |i| f.get(i).map_or("", |s| s.trim()));
                        !c.is_empty() && norm.normalize_str(c) == fa
                    };
                    let row: Vec<String> = fields.iter().map(|s| s.to_string()).collect();
                    let p = &mut entries[prev];
                    if p.fields[1..] == row[1..] || canonical_of(&row) {
                        continue;
                    }
                    if canonical_of(&p.fields) {
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
            for v in variants(&fa) {
                let v = norm.normalize_str(&v);
                // the listed form wins over another entry's variant
                let own = v == fa;
                match by_form.get(&v) {
                    Some(_) if !own => continue,
                    _ => {}
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
            entries.push(GazEntry {
                fa,
                fields: fields.iter().map(|s| s.to_string()).collect(),
                line: *line,
            });
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Both)
            .build(&patterns)
            .map_err(|e| Error::lexicon(file, 0, format!("building the automaton: {e}")))?;
        let first_words = patterns
            .iter()
            .filter_map(|p| p.split(' ').next())
            .map(str::to_string)
            .collect();
        Ok(Gazetteer {
            first_words,
            file: file.to_string(),
            header: table.header.iter().map(|s| s.to_string()).collect(),
            entries,
            by_form,
            pattern_entry,
            ac,
        })
    }

    /// The file this gazetteer came from.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// All entries, in file order.
    pub fn entries(&self) -> &[GazEntry] {
        &self.entries
    }

    /// True when some entry (or variant) begins with the whole word `word`:
    /// a cheap test before an anchored search at a token.
    pub fn may_start(&self, word: &str) -> bool {
        self.first_words.contains(word)
    }

    /// The entry for a normalized phrase or one of its variants.
    pub fn get(&self, fa: &str) -> Option<&GazEntry> {
        self.by_form.get(fa).map(|&i| &self.entries[i])
    }

    /// The value of column `name` of `entry` (empty when absent).
    pub fn field<'e>(&self, entry: &'e GazEntry, name: &str) -> &'e str {
        self.header
            .iter()
            .position(|h| h == name)
            .and_then(|i| entry.fields.get(i))
            .map_or("", |s| s.trim())
    }

    /// Whole-word, leftmost-longest matches in `text`.
    pub fn find_iter<'a, 't>(&'a self, text: &'t str) -> impl Iterator<Item = GazMatch<'a>> + use<'a, 't> {
        self.ac
            .find_iter(text)
            .filter(move |m| at_word_boundary(text, m.start(), m.end()))
            .map(move |m| GazMatch {
                span: Span::new(m.start(), m.end()),
                entry: &self.entries[self.pattern_entry[m.pattern().as_usize()]],
            })
    }

    /// The longest whole-word match starting exactly at byte `at`.
    pub fn match_at<'a>(&'a self, text: &str, at: usize) -> Option<GazMatch<'a>> {
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
                return Some(GazMatch {
                    span: Span::new(m.start(), m.end()),
                    entry: &self.entries[self.pattern_entry[m.pattern().as_usize()]],
                });
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::testutil::normalizer;

    #[test]
    fn variants_match_one_entry() {
        let g = Gazetteer::parse(
            "t.tsv",
            "fa\ten\nرئیس\thead\nرئیس هیئت‌مدیره\tchairman of the board\n",
            &["en"],
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
        let g = Gazetteer::parse(
            "t.tsv",
            "fa	en
ذوب آهن	Zob Ahan
",
            &["en"],
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
