//! ZWNJ and space repair.
//!
//! This step currently does the lexicon-free cleanup only: a ZWNJ that shows
//! nothing (after a non-joining letter, at a word edge, next to a space, or
//! doubled) is removed. The lexicon-driven repair of spaced and glued forms
//! builds on [`ZwnjLexicon`].

use std::sync::Arc;

use super::{NormCounts, Step};
use crate::error::Error;
use crate::lexicon::LexiconSource;
use crate::text::aligned::{AlignedText, Edits};
use crate::text::chars::{is_arabic_letter, is_non_joining, ZWNJ};

/// The data the ZWNJ step decides with.
#[derive(Debug, Default)]
pub struct ZwnjLexicon {}

impl ZwnjLexicon {
    /// Load from the lexicon source.
    pub fn load(_src: &LexiconSource) -> Result<ZwnjLexicon, Error> {
        Ok(ZwnjLexicon {})
    }
}

/// The ZWNJ repair step.
pub struct ZwnjRepair {
    #[allow(dead_code)]
    lex: Arc<ZwnjLexicon>,
}

impl ZwnjRepair {
    /// A repair step deciding with `lex`.
    pub fn new(lex: Arc<ZwnjLexicon>) -> ZwnjRepair {
        ZwnjRepair { lex }
    }
}

/// Remove ZWNJs that show nothing. Returns through `edits` (applied).
pub fn cleanup(text: &mut AlignedText, edits: &mut Edits, counts: &mut NormCounts) {
    let s = text.text();
    if memchr::memmem::find(s.as_bytes(), "\u{200C}".as_bytes()).is_none() {
        return;
    }
    let mut prev: Option<char> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != ZWNJ {
            prev = Some(c);
            continue;
        }
        // the whole run of ZWNJs [i, j)
        let mut j = i + c.len_utf8();
        while let Some(&(k, ZWNJ)) = chars.peek() {
            j = k + ZWNJ.len_utf8();
            chars.next();
        }
        let next = chars.peek().map(|&(_, n)| n);
        let visible = prev.is_some_and(|p| is_arabic_letter(p) && !is_non_joining(p))
            && next.is_some_and(is_arabic_letter);
        if !visible {
            // keep the white space tidy: "الف \u{200C} ب" → "الف ب", never a
            // space at a line edge
            let (mut a, mut b) = (i, j);
            let sp = |x: Option<char>| x.is_none_or(|x| x == ' ' || x == '\n');
            if sp(prev) && s[j..].starts_with(' ') {
                b = j + 1;
            } else if prev == Some(' ') && sp(next) {
                a = i - 1;
            }
            edits.delete(a..b);
            counts.zwnj_removed += s[i..j].chars().count() as u64;
        } else if j - i > ZWNJ.len_utf8() {
            edits.delete(i + ZWNJ.len_utf8()..j);
            counts.zwnj_removed += (s[i..j].chars().count() - 1) as u64;
        }
    }
    text.apply(edits);
}

impl Step for ZwnjRepair {
    fn name(&self) -> &'static str {
        "zwnj"
    }

    fn run(&self, text: &mut AlignedText, edits: &mut Edits, counts: &mut NormCounts) {
        cleanup(text, edits, counts);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        let mut t = AlignedText::new(s);
        cleanup(&mut t, &mut Edits::new(), &mut NormCounts::default());
        t.into_text()
    }

    #[test]
    fn cleanup_table() {
        for (input, want) in [
            ("می\u{200C}شود", "می\u{200C}شود"),
            ("می\u{200C}\u{200C}شود", "می\u{200C}شود"),
            ("دیوار\u{200C}ها", "دیوارها"),
            ("کتاب\u{200C} ها", "کتاب ها"),
            ("\u{200C}کتاب", "کتاب"),
            ("کتاب\u{200C}", "کتاب"),
            ("SME\u{200C}ها", "SMEها"),
            ("الف \u{200C} ب", "الف ب"),
            ("الف \u{200C}", "الف"),
            ("\u{200C} الف", "الف"),
        ] {
            assert_eq!(clean(input), want, "{input:?}");
        }
    }
}
