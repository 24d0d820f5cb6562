//! Digits: ASCII, Arabic-Indic (٠-٩) and Persian (۰-۹) digits are unified to
//! one script. Separators between digits (٫ ٬ . , / :) are left as written, so
//! ۲٫۵, 1,200, ۱۴۰۳/۰۵/۱۲ and ۱۲:۳۰ keep their shape. Digits inside Latin runs
//! (URLs, e-mail addresses, codes such as COVID-19 or H2O) are never touched.

use super::{DigitMode, NormCounts, Step};
use crate::text::aligned::{AlignedText, Edits};
use crate::text::chars::{digit_value, pair_positions, persian_digit, P_DIGIT};

/// The digits step.
pub struct Digits {
    /// The target script.
    pub mode: DigitMode,
}

/// A chunk (run of non-space characters) is Latin when it holds a Latin
/// letter, an `@`, or looks like a URL: its digits are part of a code.
fn is_latin_chunk(chunk: &str) -> bool {
    chunk
        .bytes()
        .any(|b| b.is_ascii_alphabetic() || b == b'@' || b == b'_')
}

impl Step for Digits {
    fn name(&self) -> &'static str {
        "digits"
    }

    fn run(&self, text: &mut AlignedText, edits: &mut Edits, counts: &mut NormCounts) {
        let s = text.text();
        let b = s.as_bytes();
        // ASCII digits, Arabic-Indic (D9 A0..A9) and Persian (DB B0..B9)
        let mut digits = pair_positions(b, P_DIGIT).peekable();
        if digits.peek().is_none() || self.mode == DigitMode::Keep {
            return;
        }
        // visit the digits only; the chunk (between spaces or newlines) of
        // each decides whether it is part of a Latin run
        let mut chunk_end = 0;
        let mut latin = false;
        for i in digits {
            if i >= chunk_end {
                let cs = memchr::memrchr2(b' ', b'\n', &b[..i]).map_or(0, |k| k + 1);
                chunk_end = memchr::memchr2(b' ', b'\n', &b[i..]).map_or(b.len(), |k| i + k);
                latin = is_latin_chunk(&s[cs..chunk_end]);
            }
            let Some(c) = s[i..].chars().next() else { continue };
            let Some(v) = digit_value(c) else { continue };
            let target = match self.mode {
                DigitMode::Persian if c.is_ascii_digit() && latin => continue,
                DigitMode::Persian => persian_digit(v),
                _ => char::from_digit(v, 10).unwrap_or(c),
            };
            if target != c {
                edits.replace_char(i..i + c.len_utf8(), target);
                counts.digits_converted += 1;
            }
        }
        text.apply(edits);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::testutil::run_step;

    #[test]
    fn table() {
        let fa = Digits {
            mode: DigitMode::Persian,
        };
        let en = Digits {
            mode: DigitMode::Latin,
        };
        for (input, want) in [
            ("سال 1403", "سال ۱۴۰۳"),
            ("٢٫٥ درصد", "۲٫۵ درصد"),
            ("1,200 تومان", "۱,۲۰۰ تومان"),
            ("1403/05/12", "۱۴۰۳/۰۵/۱۲"),
            ("ساعت 12:30", "ساعت ۱۲:۳۰"),
            (
                "www.site2.com و COVID-19 و a1@b.ir",
                "www.site2.com و COVID-19 و a1@b.ir",
            ),
            ("جذب714 میلیارد", "جذب۷۱۴ میلیارد"),
        ] {
            assert_eq!(run_step(&fa, input).0, want, "{input}");
        }
        assert_eq!(run_step(&en, "۱۴۰۳/۰۵/۱۲ و ٤").0, "1403/05/12 و 4");
        assert_eq!(run_step(&fa, "12 و ۳").1.digits_converted, 2);
    }
}
