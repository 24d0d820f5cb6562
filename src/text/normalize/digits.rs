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
        if pair_positions(b, P_DIGIT).next().is_none() {
            return;
        }
        let mut start = 0;
        for chunk in s.split([' ', '\n']) {
            let base = start;
            start += chunk.len() + 1;
            let needs = match self.mode {
                DigitMode::Keep => return,
                DigitMode::Persian => {
                    chunk
                        .as_bytes()
                        .windows(2)
                        .any(|w| w[0] == 0xD9 && (0xA0..=0xA9).contains(&w[1]))
                        || chunk.bytes().any(|b| b.is_ascii_digit())
                }
                DigitMode::Latin => chunk.as_bytes().windows(2).any(|w| {
                    (w[0] == 0xD9 && (0xA0..=0xA9).contains(&w[1]))
                        || (w[0] == 0xDB && (0xB0..=0xB9).contains(&w[1]))
                }),
            };
            if !needs {
                continue;
            }
            let latin = is_latin_chunk(chunk);
            for (i, c) in chunk.char_indices() {
                let Some(v) = digit_value(c) else { continue };
                let target = match self.mode {
                    DigitMode::Persian if c.is_ascii_digit() && latin => continue,
                    DigitMode::Persian => persian_digit(v),
                    _ => char::from_digit(v, 10).unwrap_or(c),
                };
                if target != c {
                    edits.replace_char(base + i..base + i + c.len_utf8(), target);
                    counts.digits_converted += 1;
                }
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
