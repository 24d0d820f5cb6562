//! Invisibles: kashida, bidi controls, BOM, soft hyphen, zero-width space,
//! misused ZWJ and control characters are removed; diacritics are removed
//! (unless kept) after composing ا + ٓ → آ, و + ٔ → ؤ, ی + ٔ → ئ; white space
//! is tidied: exotic spaces become a space, runs become one, spaces at line
//! edges go, and `\r\n`, `\r`, U+2028/2029 become `\n`. Newlines are kept, so
//! paragraphs keep their structure. Last, ZWNJs that show nothing go
//! ([`super::zwnj::cleanup`]).

use super::{NormCounts, Step};
use crate::text::aligned::{AlignedText, Edits};
use crate::text::chars::{is_arabic_mark, is_horizontal_space, pair_positions, P_JUNK, P_WS};

/// The invisibles and white-space step.
pub struct Invisibles {
    /// Keep diacritics instead of removing them.
    pub keep_diacritics: bool,
}

#[inline]
fn is_junk(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}'
        | '\u{00}'..='\u{08}' | '\u{0E}'..='\u{1F}' | '\u{7F}'..='\u{84}' | '\u{86}'..='\u{9F}')
}

#[inline]
fn compose(base: char, mark: char) -> Option<&'static str> {
    Some(match (base, mark) {
        ('ا', '\u{0653}') => "آ",
        ('ا', '\u{0654}') => "أ",
        ('ا', '\u{0655}') => "ا",
        ('و', '\u{0654}') => "ؤ",
        ('ی' | 'ي', '\u{0654}') => "ئ",
        _ => return None,
    })
}

/// False when no byte of `b` can start a junk character, a mark or a ZWJ
/// (the common case: the character loop is skipped).
#[inline]
fn junk_candidate(b: &[u8], i: usize) -> bool {
    let next = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match b[i] {
        0x00..=0x08 | 0x0E..=0x1F | 0x7F => true,
        0xC2 => matches!(next(1), 0x80..=0x9F | 0xAD),
        0xEF => next(1) == 0xBB && next(2) == 0xBF,
        0xD8 => matches!(next(1), 0x90..=0x9C),
        0xD9 => matches!(next(1), 0x80 | 0x8B..=0x9F | 0xB0),
        0xDB => matches!(next(1), 0x96..=0xAD),
        0xE2 => match next(1) {
            0x80 => matches!(next(2), 0x8B | 0x8D..=0x8F | 0xAA..=0xAE),
            0x81 => matches!(next(2), 0xA0..=0xA9),
            _ => false,
        },
        _ => false,
    }
}

/// True when the white space of `b` is already tidy: only single spaces
/// between non-space characters, no other space character, no `\r`.
#[inline]
fn tidy_already(b: &[u8]) -> bool {
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let next = |i: usize, k: usize| b.get(i + k).copied().unwrap_or(0);
    pair_positions(b, P_WS).all(|i| match b[i] {
        // ZWNJ, ZWJ, dashes, quotes … start with E2 80 too: only the spaces
        // and separators are untidy
        0xE1 => next(i, 2) != 0x80,
        0xE2 => match next(i, 1) {
            0x80 => !matches!(next(i, 2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
            _ => next(i, 2) != 0x9F,
        },
        0xE3 => next(i, 2) != 0x80,
        _ => false,
    })
}

impl Invisibles {
    fn remove_marks_and_junk(&self, text: &mut AlignedText, edits: &mut Edits, counts: &mut NormCounts) {
        let s = text.text();
        let b = s.as_bytes();
        // only the bytes that can start a junk character, a mark or a ZWJ
        // are decoded
        for i in pair_positions(b, P_JUNK).filter(|&i| junk_candidate(b, i)) {
            let Some(c) = s[i..].chars().next() else { continue };
            let prev = s[..i].chars().next_back().map(|p| (i - p.len_utf8(), p));
            let end = i + c.len_utf8();
            if is_junk(c) {
                edits.delete(i..end);
                counts.invisibles_removed += 1;
                // junk is transparent: `prev` stays the letter before it
                continue;
            }
            if c == '\u{200D}' {
                // ZWJ belongs only inside emoji sequences; anywhere else in
                // Persian text it is a misuse
                let emoji = |d: Option<char>| {
                    d.is_some_and(|d| matches!(d as u32, 0x2190..=0x2BFF | 0x1F000..=0x1FAFF | 0xFE0F))
                };
                if !(emoji(s[..i].chars().next_back()) && emoji(s[end..].chars().next())) {
                    edits.delete(i..end);
                    counts.invisibles_removed += 1;
                    continue;
                }
            } else if is_arabic_mark(c) {
                if let Some((pi, p)) = prev {
                    if pi + p.len_utf8() == i {
                        if let Some(comp) = compose(p, c) {
                            edits.replace(pi..end, comp);
                            counts.letters_unified += 1;
                            continue;
                        }
                    }
                }
                if !self.keep_diacritics {
                    edits.delete(i..end);
                    counts.diacritics_removed += 1;
                    continue;
                }
            }
        }
        text.apply(edits);
    }

    fn tidy_whitespace(&self, text: &mut AlignedText, edits: &mut Edits, counts: &mut NormCounts) {
        let s = text.text();
        let b = s.as_bytes();
        if tidy_already(b) {
            return;
        }
        let mut i = 0;
        while i < s.len() {
            // every character handled below starts with one of these bytes
            // (ASCII or a leading byte, never inside another character):
            // the others are passed over without decoding
            if !matches!(
                b[i],
                b' ' | b'\t' | b'\r' | 0x0B | 0x0C | 0xC2 | 0xE1 | 0xE2 | 0xE3
            ) {
                i += 1;
                continue;
            }
            let c = s[i..].chars().next().unwrap_or(' ');
            if c == '\r' {
                if b.get(i + 1) == Some(&b'\n') {
                    edits.delete(i..i + 1);
                } else {
                    edits.replace(i..i + 1, "\n");
                }
                counts.whitespace_fixed += 1;
                i += 1;
                continue;
            }
            if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') {
                edits.replace(i..i + c.len_utf8(), "\n");
                counts.whitespace_fixed += 1;
                i += c.len_utf8();
                continue;
            }
            if !is_horizontal_space(c) {
                i += c.len_utf8();
                continue;
            }
            // a run of horizontal white space [i, j)
            let mut j = i;
            for (k, d) in s[i..].char_indices() {
                if !is_horizontal_space(d) {
                    break;
                }
                j = i + k + d.len_utf8();
            }
            let at_line_start = i == 0 || b[i - 1] == b'\n';
            let at_line_end = j == s.len() || matches!(b[j], b'\n' | b'\r');
            if at_line_start || at_line_end {
                edits.delete(i..j);
                counts.whitespace_fixed += 1;
            } else if &s[i..j] != " " {
                edits.replace(i..j, " ");
                counts.whitespace_fixed += 1;
            }
            i = j;
        }
        text.apply(edits);
    }
}

impl Step for Invisibles {
    fn name(&self) -> &'static str {
        "invisibles"
    }

    fn run(&self, text: &mut AlignedText, edits: &mut Edits, counts: &mut NormCounts) {
        self.remove_marks_and_junk(text, edits, counts);
        self.tidy_whitespace(text, edits, counts);
        // a ZWNJ that shows nothing is an invisible too
        super::zwnj::cleanup(text, edits, counts);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::testutil::run_step;

    #[test]
    fn table() {
        let step = Invisibles {
            keep_diacritics: false,
        };
        for (input, want) in [
            ("مـــیـشود", "میشود"),
            ("\u{FEFF}سلام\u{200F}", "سلام"),
            ("کِتابُ", "کتاب"),
            ("ا\u{0653}ب", "آب"),
            ("مسي\u{0654}له", "مسئله"),
            ("  الف \t  ب\u{A0}پ  ", "الف ب پ"),
            ("الف\r\nب\rپ", "الف\nب\nپ"),
            ("الف  \n\n  ب", "الف\n\nب"),
            ("a\u{200D}b", "ab"),
            ("👨\u{200D}👩", "👨\u{200D}👩"),
            ("ب\u{200D}ب", "بب"),
            ("نرم\u{00AD}افزار", "نرمافزار"),
            ("الف \u{200E} ب", "الف ب"),
            ("", ""),
        ] {
            assert_eq!(run_step(&step, input).0, want, "{input:?}");
        }
        let keep = Invisibles {
            keep_diacritics: true,
        };
        assert_eq!(run_step(&keep, "کِتاب").0, "کِتاب");
    }
}
