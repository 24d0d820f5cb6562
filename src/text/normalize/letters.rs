//! Letters: Arabic letter variants and presentation forms become the Persian
//! letters (ي ى → ی, ك → ک, ة → ه, ۀ → ه (هٔ with diacritics kept), إ ٱ → ا,
//! ھ ە ہ → ه, ﻻ → لا …). أ and ؤ and ئ are standard Persian and stay.

use unicode_normalization::char::decompose_compatible;

use super::{NormCounts, Step};
use crate::text::aligned::{AlignedText, Edits};
use crate::text::chars::{pair_positions, P_LETTER};

/// The letters step.
pub struct Letters {
    /// Write ۀ as ه + hamza above instead of a bare ه.
    pub keep_diacritics: bool,
}

/// The Persian letter for an Arabic variant, or `None` when `c` is fine.
#[inline]
pub fn map_letter(c: char) -> Option<char> {
    Some(match c {
        'ي' | 'ى' | 'ې' | 'ێ' | 'ۍ' | 'ے' | 'ۓ' => 'ی',
        'ك' | 'ڪ' | 'ګ' | 'ڭ' => 'ک',
        'ة' | 'ھ' | 'ە' | 'ہ' | 'ۃ' => 'ه',
        'إ' | 'ٱ' | 'ٲ' | 'ٳ' | 'ٵ' => 'ا',
        'ٶ' => 'ؤ',
        'ٸ' => 'ئ',
        'ڵ' | 'ڶ' | 'ڷ' => 'ل',
        _ => return None,
    })
}

#[inline]
fn needs_work(c: char) -> bool {
    matches!(c, '\u{0625}' | '\u{0629}' | '\u{0643}' | '\u{0649}' | '\u{064A}' | '\u{0671}'..='\u{0676}'
        | '\u{0678}' | '\u{06AA}'..='\u{06AD}' | '\u{06B5}'..='\u{06B7}' | '\u{06BE}' | '\u{06C0}'..='\u{06C3}'
        | '\u{06CD}' | '\u{06D0}' | '\u{06D2}' | '\u{06D3}' | '\u{06D5}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

impl Step for Letters {
    fn name(&self) -> &'static str {
        "letters"
    }

    fn run(&self, text: &mut AlignedText, edits: &mut Edits, counts: &mut NormCounts) {
        let mut buf = String::new();
        let s = text.text();
        let b = s.as_bytes();
        // decode only where the two leading bytes can start a letter to fix
        for i in pair_positions(b, P_LETTER) {
            let Some(c) = s[i..].chars().next() else { continue };
            if !needs_work(c) {
                continue;
            }
            let range = i..i + c.len_utf8();
            match c {
                'ۀ' | 'ۂ' => {
                    edits.replace(range, if self.keep_diacritics { "ه\u{0654}" } else { "ه" });
                }
                '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => {
                    buf.clear();
                    let marks_only = ('\u{FE70}'..='\u{FE7F}').contains(&c);
                    decompose_compatible(c, |d| {
                        if marks_only && d == ' ' {
                            return;
                        }
                        buf.push(map_letter(d).unwrap_or(d));
                    });
                    if buf.chars().eq(std::iter::once(c)) {
                        continue;
                    }
                    edits.replace(range, &buf);
                }
                _ => match map_letter(c) {
                    Some(p) => edits.replace_char(range, p),
                    None => continue,
                },
            }
            counts.letters_unified += 1;
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
        let step = Letters {
            keep_diacritics: false,
        };
        for (input, want) in [
            ("علي", "علی"),
            ("كريم", "کریم"),
            ("مصطفى", "مصطفی"),
            ("خانۀ ما", "خانه ما"),
            ("ھمه", "همه"),
            ("إسلام", "اسلام"),
            ("تأمین مؤسسه مسئله", "تأمین مؤسسه مسئله"),
            ("ﻻ", "لا"),
            ("ﺑﺎﻧﮏ", "بانک"),
            ("ﻳﮏ", "یک"),
            ("سلام", "سلام"),
        ] {
            assert_eq!(run_step(&step, input).0, want, "{input}");
        }
        let keep = Letters {
            keep_diacritics: true,
        };
        assert_eq!(run_step(&keep, "خانۀ").0, "خانه\u{0654}");
        assert_eq!(run_step(&step, "علي كريمي").1.letters_unified, 4);
    }
}
