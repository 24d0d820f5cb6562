//! Punctuation spacing: no space before ، ؛ ؟ ! : . » ) and one after; one
//! space before « ( and none after. Never inside numbers (1,200 ۲٫۵ ۱۲:۳۰) or
//! Latin text (URLs, e-mail, "e.g."), never between two punctuation marks,
//! never after a one-letter abbreviation (ه.ش، ق.م).

use super::{NormCounts, Step};
use crate::text::aligned::{AlignedText, Edits};
use crate::text::chars::{is_arabic_letter, is_digit, pair_positions, P_PUNCT, ZWNJ};

/// The punctuation-spacing step.
pub struct Punctuation;

#[inline]
fn is_closer(c: char) -> bool {
    matches!(c, '،' | '؛' | '؟' | '!' | ':' | '.' | '»' | ')')
}

#[inline]
fn is_opener(c: char) -> bool {
    matches!(c, '«' | '(')
}

#[inline]
fn is_fa(c: char) -> bool {
    is_arabic_letter(c) || c == ZWNJ
}

/// Previous / next char around byte positions.
#[inline]
fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    s[i..].chars().next()
}

/// Length in letters of the Persian word ending at byte `i`.
fn word_len_before(s: &str, i: usize) -> usize {
    s[..i].chars().rev().take_while(|&c| is_fa(c)).count()
}

impl Step for Punctuation {
    fn name(&self) -> &'static str {
        "punctuation"
    }

    fn run(&self, text: &mut AlignedText, edits: &mut Edits, counts: &mut NormCounts) {
        let s = text.text();
        let b = s.as_bytes();
        // A position already covered by an edit (space deleted after an opener).
        let mut covered = 0usize;
        // the punctuation is ASCII or starts with C2 (« ») or D8 (، ؛ ؟):
        // only those bytes are decoded
        let candidates = pair_positions(b, P_PUNCT);
        for i in candidates {
            let Some(c) = s[i..].chars().next() else { continue };
            let end = i + c.len_utf8();
            if is_closer(c) {
                let mut before = i;
                while before > 0 && b[before - 1] == b' ' {
                    before -= 1;
                }
                let prev = char_before(s, before);
                let next = char_at(s, end);
                let prev_adjacent = char_before(s, i);
                // inside a number or a Latin run: leave alone
                if prev_adjacent.is_some_and(|p| is_digit(p) || p.is_ascii_alphabetic())
                    && next.is_some_and(|n| is_digit(n) || n.is_ascii_alphabetic())
                {
                    continue;
                }
                let dot_like = matches!(c, '.' | ':');
                // remove spaces before: only after Persian text, digits or a closer
                if before < i && before >= covered {
                    let ok = match prev {
                        Some(p) if dot_like => is_fa(p),
                        Some(p) => is_fa(p) || is_digit(p) || matches!(p, '»' | ')'),
                        None => false,
                    };
                    if ok {
                        edits.delete(before..i);
                        counts.punctuation_spacing += 1;
                        counts.spaces_removed += (i - before) as u64;
                    }
                }
                // add one space after, before Persian text (or digits for , ؛ ؟ …)
                let Some(n) = next.filter(|&n| n != ZWNJ) else {
                    continue;
                };
                let wants_space = if c == '.' {
                    is_fa(n) && prev.is_some_and(is_fa) && word_len_before(s, before) >= 2
                } else if c == ':' {
                    is_fa(n) && prev.is_some_and(is_fa)
                } else {
                    (is_fa(n) || (is_digit(n) && c != ')' && c != '»'))
                        && prev.is_some_and(|p| !p.is_ascii_alphabetic())
                };
                if wants_space {
                    edits.insert(end, " ");
                    counts.punctuation_spacing += 1;
                }
            } else if is_opener(c) {
                // one space before, after a word, a digit or a closer
                if let Some(p) = char_before(s, i) {
                    if (is_fa(p) || is_digit(p) || matches!(p, '»' | ')' | '،' | '؛' | '؟')) && i >= covered
                    {
                        edits.insert(i, " ");
                        counts.punctuation_spacing += 1;
                    }
                }
                // no space after
                let mut after = end;
                while after < s.len() && b[after] == b' ' {
                    after += 1;
                }
                if after > end
                    && after < s.len()
                    && char_at(s, after).is_some_and(|n| is_fa(n) || is_digit(n))
                {
                    edits.delete(end..after);
                    counts.punctuation_spacing += 1;
                    counts.spaces_removed += (after - end) as u64;
                    covered = after;
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
        for (input, want) in [
            ("فارس ، رسول", "فارس، رسول"),
            ("فارس،رسول", "فارس، رسول"),
            ("گفت : باید", "گفت: باید"),
            ("گفت:باید", "گفت: باید"),
            ("چرا ؟ خوب", "چرا؟ خوب"),
            ("صنعت(پوشاک، چرم)", "صنعت (پوشاک، چرم)"),
            ("گفت « سلام » و", "گفت «سلام» و"),
            ("شد.وی گفت", "شد. وی گفت"),
            ("۱۴۰۳.۵ و 1,200 و ۱۲:۳۰", "۱۴۰۳.۵ و 1,200 و ۱۲:۳۰"),
            ("www.farsnews.ir و a@b.com", "www.farsnews.ir و a@b.com"),
            ("سال ۱۳۵۷ ه.ش بود", "سال ۱۳۵۷ ه.ش بود"),
            ("http://x.ir/a", "http://x.ir/a"),
            ("«سلام»، خوب", "«سلام»، خوب"),
            ("؟!", "؟!"),
        ] {
            assert_eq!(run_step(&Punctuation, input).0, want, "{input}");
        }
    }
}
