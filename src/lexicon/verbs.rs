//! [`VerbForms`]: recognises finite (and participle) Persian verb forms from
//! the past and present stems of `verb_stems.tsv` (past → present pairs
//! derived from hazm's verbs.dat by `lexicons/scripts/verb_stems.py`).
//!
//! Extractors need to know where a clause ends: "و" or "،" right after a verb
//! ("… قرار بگیرند و …", "… اصلاح شود، گفت") joins two clauses, while after a
//! noun it joins two phrases ("صنایع کوچک و متوسط"). A word is a verb form
//! when, after an optional prefix (می‌/نمی‌/ب/ن), it is a known stem plus a
//! personal ending, a perfect participle (شده، کرده‌اند) or a copula (است،
//! هستند). Bare past stems that are mostly nouns in news text (ساخت، خرید،
//! نشست …) are not counted when they carry no prefix or ending.

use rustc_hash::FxHashSet;

use super::tsv::Table;
use super::LexiconSource;
use crate::error::{Error, Result};

/// The lexicon file.
pub const FILE: &str = "verb_stems.tsv";

/// Past stems that, bare, are far more often nouns than verbs in news text.
const NOMINAL_PAST_STEMS: &[&str] = &[
    "آمد",
    "بازداشت",
    "بازگشت",
    "برداشت",
    "برد",
    "بست",
    "خرید",
    "خواست",
    "داد",
    "درخواست",
    "دریافت",
    "ریخت",
    "ساخت",
    "سوخت",
    "شناخت",
    "فروخت",
    "نشست",
    "پرداخت",
    "پیشرفت",
    "کاشت",
    "گذشت",
    "یادداشت",
];

/// Copulas and auxiliaries that are not stem-built.
const COPULAS: &[&str] = &[
    "است",
    "نیست",
    "هست",
    "هستم",
    "هستی",
    "هستیم",
    "هستید",
    "هستند",
    "نیستم",
    "نیستی",
    "نیستیم",
    "نیستید",
    "نیستند",
    "اند",
    "ایم",
    "اید",
    "‌اند",
    "‌است",
];

const PAST_ENDINGS: &[&str] = &["", "م", "ی", "یم", "ید", "ند"];
const PRESENT_ENDINGS: &[&str] = &["م", "ی", "د", "یم", "ید", "ند"];
/// After a participle's final ه: the perfect endings, glued or after ZWNJ.
const PERFECT_ENDINGS: &[&str] = &[
    "",
    "\u{200c}ام",
    "\u{200c}ای",
    "\u{200c}ایم",
    "\u{200c}اید",
    "\u{200c}اند",
    "\u{200c}است",
    "اند",
    "ایم",
    "است",
];

/// Past and present verb stems.
#[derive(Clone, Debug, Default)]
pub struct VerbForms {
    past: FxHashSet<String>,
    present: FxHashSet<String>,
}

impl VerbForms {
    /// Load `verb_stems.tsv` from `src`.
    pub fn load(src: &LexiconSource) -> Result<VerbForms> {
        let contents = src.read(FILE)?;
        Self::parse(FILE, &contents)
    }

    /// Parse the table: columns `fa` (a past stem) and `present` (its
    /// present stem), one pair per line.
    pub fn parse(file: &str, contents: &str) -> Result<VerbForms> {
        let t = Table::parse(file, contents, &["fa", "present"])?;
        let mut v = VerbForms::default();
        for (line, f) in &t.rows {
            let (past, present) = (f[0].trim(), f[1].trim());
            if present.is_empty() {
                return Err(Error::lexicon(file, *line, "the present stem is missing"));
            }
            v.past.insert(past.to_string());
            v.present.insert(present.to_string());
        }
        Ok(v)
    }

    /// True when `word` (one normalized token) is a verb form.
    pub fn is_verb(&self, word: &str) -> bool {
        if word.is_empty()
            || !word
                .chars()
                .next()
                .is_some_and(crate::text::chars::is_arabic_letter)
        {
            return false;
        }
        if COPULAS.contains(&word) {
            return true;
        }
        if NOMINAL_PAST_STEMS.contains(&word) {
            return false;
        }
        // می‌ / نمی‌ (with ZWNJ or glued; the می of a spaced "می شود" leaves
        // "شود", a verb by itself), ن, ب, or no prefix
        for p in ["نمی\u{200c}", "می\u{200c}", "نمی", "می", "ن", "ب", ""] {
            match word.strip_prefix(p) {
                Some(rest) if !rest.is_empty() && self.stem_form(rest, !p.is_empty()) => return true,
                _ => {}
            }
        }
        // preverbs: برداشته، برداشتند، بازمی‌گردد (a bare "برخورد" or "درآمد"
        // is a noun, and "بررسی" is not بر + رس + ی)
        for pv in ["بر", "در", "باز", "فرا", "وا"] {
            let Some(rest) = word.strip_prefix(pv) else {
                continue;
            };
            if let Some(r) = ["می\u{200c}", "نمی\u{200c}"]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
            {
                if self.stem_form(r, true) {
                    return true;
                }
            } else if self.past_form(rest) {
                return true;
            }
        }
        false
    }

    /// A past stem with a personal ending, or a participle / perfect form.
    fn past_form(&self, rest: &str) -> bool {
        PAST_ENDINGS[1..]
            .iter()
            .any(|e| rest.strip_suffix(e).is_some_and(|s| self.past.contains(s)))
            || PERFECT_ENDINGS.iter().any(|e| {
                rest.strip_suffix(e)
                    .and_then(|s| s.strip_suffix('ه'))
                    .is_some_and(|s| self.past.contains(s))
            })
    }

    /// `rest` is stem + ending; `prefixed` (after می‌/نمی‌/ن/ب) allows the
    /// ending ی, and after می‌/نمی‌ a bare past stem that is mostly a noun.
    fn stem_form(&self, rest: &str, prefixed: bool) -> bool {
        // without a prefix, a final ی is the adjective/ezafe suffix far more
        // often than the 2nd person ending ("مالی" is not مال + ی)
        let endings = |es: &'static [&'static str]| es.iter().filter(move |e| prefixed || **e != "ی");
        for e in endings(PAST_ENDINGS) {
            if let Some(stem) = rest.strip_suffix(e) {
                if self.past.contains(stem)
                    && (prefixed || !e.is_empty() || !NOMINAL_PAST_STEMS.contains(&stem))
                {
                    return true;
                }
            }
        }
        for e in PERFECT_ENDINGS {
            if let Some(stem) = rest.strip_suffix(e).and_then(|s| s.strip_suffix('ه')) {
                if self.past.contains(stem) {
                    return true;
                }
            }
        }
        for e in endings(PRESENT_ENDINGS) {
            if let Some(stem) = rest.strip_suffix(e) {
                if self.present.contains(stem) {
                    return true;
                }
                // a glide after a vowel-final stem: گوید، آیند
                if let Some(s) = stem.strip_suffix('ی') {
                    if s.ends_with(['ا', 'و', 'آ']) && self.present.contains(s) {
                        return true;
                    }
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms() -> VerbForms {
        VerbForms::load(&LexiconSource::embedded()).unwrap()
    }

    #[test]
    fn recognises_verb_forms() {
        let v = forms();
        for w in [
            "گفت",
            "کرد",
            "شود",
            "می‌شود",
            "میشود",
            "نمی‌تواند",
            "بگیرند",
            "کنیم",
            "شده",
            "شده‌اند",
            "شدهاند",
            "است",
            "هستند",
            "می‌آیند",
            "دارند",
            "داریم",
            "میکنند",
            "نشده",
            "ساختند",
            "می‌گویند",
            "نمی‌ساخت",
        ] {
            assert!(v.is_verb(w), "{w} should be a verb");
        }
        for w in [
            "صنایع",
            "ساخت",
            "نشست",
            "کوچک",
            "متوسط",
            "بازار",
            "واحدها",
            "SME",
            "۷۰",
            "میزان",
        ] {
            assert!(!v.is_verb(w), "{w} should not be a verb");
        }
    }
}
