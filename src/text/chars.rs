//! Character classes and tables for Persian text.
//!
//! Everything here is a `const fn` or a `match` on code points: no tables are
//! built at run time and nothing allocates.

/// ZERO WIDTH NON-JOINER (نیم‌فاصله), the half-space of Persian orthography.
pub const ZWNJ: char = '\u{200C}';
/// ZWNJ as a string slice, for edits.
pub const ZWNJ_STR: &str = "\u{200C}";

/// A letter of the Arabic script as used in Persian text (after normalization
/// these are the Persian letters; before it, Arabic variants are included).
#[inline]
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}')
}

/// A combining mark of the Arabic script (harakat, hamza above/below,
/// superscript alef, Quranic annotation marks).
#[inline]
pub const fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}

/// A letter that does not join to the following letter (ا آ أ إ د ذ ر ز ژ و ؤ
/// ء ۀ …): a ZWNJ after it changes nothing visible.
#[inline]
pub const fn is_non_joining(c: char) -> bool {
    matches!(
        c,
        'ا' | 'آ'
            | 'أ'
            | 'إ'
            | 'ٱ'
            | 'د'
            | 'ذ'
            | 'ر'
            | 'ز'
            | 'ژ'
            | 'و'
            | 'ؤ'
            | 'ء'
            | 'ة'
            | 'ۀ'
            | 'ە'
            | 'ۆ'
            | 'ۇ'
            | 'ۈ'
            | 'ۋ'
            | 'ۅ'
            | 'ډ'
            | 'ړ'
            | 'ږ'
    )
}

/// The value of a decimal digit in any of the three scripts Persian text uses
/// (ASCII, Arabic-Indic ٠-٩, Extended Arabic-Indic / Persian ۰-۹).
#[inline]
pub const fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// True for a decimal digit of any of the three scripts.
#[inline]
pub const fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The Persian digit with value `v` (0..=9).
#[inline]
pub const fn persian_digit(v: u32) -> char {
    match char::from_u32(0x06F0 + v) {
        Some(c) => c,
        None => '?',
    }
}

/// A character that belongs inside a Persian word: a letter, a mark or ZWNJ.
#[inline]
pub const fn is_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_arabic_mark(c) || c == ZWNJ
}

/// A Latin letter (ASCII or Latin-1/Extended), for runs that are never touched.
#[inline]
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{00C0}'..='\u{024F}').contains(&c) && c.is_alphabetic())
}

/// Characters that separate numbers' parts when they stand between two digits:
/// decimal (٫ .), thousands (٬ ,), date (/ -) and clock (:) separators.
#[inline]
pub const fn is_number_separator(c: char) -> bool {
    matches!(c, '٫' | '٬' | '.' | ',' | '/' | ':' | '،')
}

/// Horizontal white space other than a newline (space, tab, NBSP and the
/// typographic spaces).
#[inline]
pub const fn is_horizontal_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{0B}' | '\u{0C}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// [`PAIRS`] flag: the pair may start a junk character, a mark or a ZWJ
/// (the invisibles step checks exactly).
pub const P_JUNK: u8 = 1;
/// [`PAIRS`] flag: the pair may start a letter the letters step rewrites.
pub const P_LETTER: u8 = 2;
/// [`PAIRS`] flag: the pair starts punctuation the punctuation step spaces.
pub const P_PUNCT: u8 = 4;
/// [`PAIRS`] flag: the pair starts a digit of one of the three scripts.
pub const P_DIGIT: u8 = 8;

/// [`PAIRS`] flag: the pair is a letter of the Arabic script
/// ([`is_arabic_letter`], all two-byte sequences).
pub const P_ALETTER: u8 = 16;

/// [`PAIRS`] flag: white space that may need tidying starts here (two
/// spaces, a space before a newline, a tab, `\r`, an exotic space).
pub const P_WS: u8 = 32;

/// Flags of every byte pair `(b[i], b[i + 1])`, indexed by `b[i] << 8 |
/// b[i + 1]`: the steps scan text with one table load per byte instead of
/// decoding characters, and look closer only where a flag is set.
pub static PAIRS: [u8; 65536] = build_pairs();

const fn build_pairs() -> [u8; 65536] {
    let mut t = [0u8; 65536];
    let mut i = 0;
    while i < 65536 {
        let a = (i >> 8) as u8;
        let b = (i & 0xFF) as u8;
        let mut f = 0u8;
        let junk = a <= 0x08
            || (a >= 0x0E && a <= 0x1F)
            || a == 0x7F
            || (a == 0xC2 && ((b >= 0x80 && b <= 0x9F) || b == 0xAD))
            || (a == 0xEF && b == 0xBB)
            || (a == 0xD8 && b >= 0x90 && b <= 0x9C)
            || (a == 0xD9 && (b == 0x80 || (b >= 0x8B && b <= 0x9F) || b == 0xB0))
            || (a == 0xDB && b >= 0x96 && b <= 0xAD)
            || (a == 0xE2 && (b == 0x80 || b == 0x81));
        if junk {
            f |= P_JUNK;
        }
        let letter = (a == 0xD8 && (b == 0xA5 || b == 0xA9))
            || (a == 0xD9 && (b == 0x83 || b == 0x89 || b == 0x8A || (b >= 0xB1 && b <= 0xB8)))
            || (a == 0xDA && ((b >= 0xAA && b <= 0xAD) || (b >= 0xB5 && b <= 0xB7) || b == 0xBE))
            || (a == 0xDB
                && ((b >= 0x80 && b <= 0x83)
                    || b == 0x8D
                    || b == 0x90
                    || b == 0x92
                    || b == 0x93
                    || b == 0x95))
            || a == 0xEF;
        if letter {
            f |= P_LETTER;
        }
        let punct = a == b'!'
            || a == b':'
            || a == b'.'
            || a == b')'
            || a == b'('
            || (a == 0xC2 && (b == 0xAB || b == 0xBB))
            || (a == 0xD8 && (b == 0x8C || b == 0x9B || b == 0x9F));
        if punct {
            f |= P_PUNCT;
        }
        let digit = (a >= b'0' && a <= b'9')
            || (a == 0xD9 && b >= 0xA0 && b <= 0xA9)
            || (a == 0xDB && b >= 0xB0 && b <= 0xB9);
        if digit {
            f |= P_DIGIT;
        }
        let ws = (a == b' ' && (b == b' ' || b == b'\n' || b == b'\r'))
            || (a == b'\n' && b == b' ')
            || a == b'\t'
            || a == b'\r'
            || a == 0x0B
            || a == 0x0C
            || (a == 0xC2 && (b == 0xA0 || b == 0x85))
            || (a == 0xE1 && b == 0x9A)
            || (a == 0xE2 && (b == 0x80 || b == 0x81))
            || (a == 0xE3 && b == 0x80);
        if ws {
            f |= P_WS;
        }
        if a >= 0xC0 && a < 0xE0 && b >= 0x80 && b < 0xC0 {
            let c = (((a & 0x1F) as u32) << 6) | (b & 0x3F) as u32;
            if let Some(c) = char::from_u32(c) {
                if is_arabic_letter(c) {
                    f |= P_ALETTER;
                }
            }
        }
        t[i] = f;
        i += 1;
    }
    t
}

/// The positions `i` of `b` whose pair `(b[i], b[i + 1])` (`b[i + 1]` = 0 at
/// the end) has `flag` in [`PAIRS`]. (A scan that steps from character to
/// character makes fewer probes but chains each step on the byte just
/// loaded; measured slower than this independent byte scan.)
#[inline]
pub fn pair_positions(b: &[u8], flag: u8) -> impl Iterator<Item = usize> + '_ {
    (0..b.len()).filter(move |&i| {
        let next = if i + 1 < b.len() { b[i + 1] } else { 0 };
        PAIRS[((b[i] as usize) << 8) | next as usize] & flag != 0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_arabic_letter('ی') && is_arabic_letter('ي') && is_arabic_letter('ک'));
        assert!(is_arabic_letter('ۀ') && is_arabic_letter('ه') && is_arabic_letter('ء'));
        assert!(!is_arabic_letter('۱') && !is_arabic_letter('،') && !is_arabic_letter('a'));
        assert!(is_non_joining('ر') && !is_non_joining('ب'));
        assert_eq!(digit_value('۷'), Some(7));
        assert_eq!(digit_value('٤'), Some(4));
        assert_eq!(digit_value('9'), Some(9));
        assert_eq!(persian_digit(3), '۳');
        assert!(is_arabic_mark('\u{064E}') && is_arabic_mark('\u{0654}'));
    }
}
