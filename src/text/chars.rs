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
