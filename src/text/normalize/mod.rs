//! The normalizer: a fixed pipeline of small steps, each in its own file,
//! each editing an [`AlignedText`] through its one edit primitive.
//!
//! Order: [`letters`] (Arabic variants and presentation forms → Persian) →
//! [`invisibles`] (kashida, marks, controls, white space) → [`punct`]
//! (spacing around Persian punctuation) → [`zwnj`] (ZWNJ and space repair,
//! lexicon-driven) → [`digits`] (last, because whether a digit sits in a
//! Latin run depends on the final spacing). Every step can be switched off through
//! [`NormalizeOptions`]; the whole pipeline is idempotent.

pub mod digits;
pub mod invisibles;
pub mod letters;
pub mod punct;
pub mod zwnj;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::text::aligned::{AlignedText, Edits};

pub use zwnj::ZwnjLexicon;

/// Which digit script the normalized text uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DigitMode {
    /// Persian digits ۰-۹ (the default).
    #[default]
    Persian,
    /// ASCII digits 0-9.
    Latin,
    /// Leave digits as written.
    Keep,
}

/// Switches for the normalization steps. `Default` turns every step on with
/// Persian digits and diacritics removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NormalizeOptions {
    /// Unify Arabic letter variants and presentation forms.
    pub letters: bool,
    /// Remove kashida, controls and invisible marks; tidy white space.
    pub invisibles: bool,
    /// Keep diacritics (harakat) instead of removing them.
    pub keep_diacritics: bool,
    /// Digit script.
    pub digits: DigitMode,
    /// Fix spacing around Persian punctuation.
    pub punctuation: bool,
    /// Repair ZWNJ and missing/extra spaces.
    pub zwnj: bool,
    /// ZWNJ house style: in a line that already uses ZWNJ, repair only
    /// certain morphology and keep the writer's compound spellings (see
    /// [`zwnj`]). On for `khabar normalize`, whose output people read; off
    /// for analysis, where one canonical spelling lets lexicons match.
    pub house_style: bool,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions {
            letters: true,
            invisibles: true,
            keep_diacritics: false,
            digits: DigitMode::Persian,
            punctuation: true,
            zwnj: true,
            house_style: false,
        }
    }
}

/// How many changes of each kind normalization made (the `normalization`
/// field of a document; `khabar normalize --report`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NormCounts {
    /// ZWNJs inserted, including spaces turned into ZWNJ.
    pub zwnj_inserted: u64,
    /// Spaces inserted between glued words ("وچوب" → "و چوب").
    pub spaces_inserted: u64,
    /// Arabic letter variants and presentation forms replaced.
    pub letters_unified: u64,
    /// Digits converted to the chosen script.
    pub digits_converted: u64,
    /// ZWNJs removed (invisible, doubled, at word edges) or turned into spaces.
    pub zwnj_removed: u64,
    /// Spaces removed (inside a word, before punctuation).
    pub spaces_removed: u64,
    /// Kashida, bidi controls, BOM, soft hyphens and other invisibles removed.
    pub invisibles_removed: u64,
    /// Diacritics removed.
    pub diacritics_removed: u64,
    /// White-space runs collapsed or exotic spaces replaced.
    pub whitespace_fixed: u64,
    /// Spaces added or removed around punctuation.
    pub punctuation_spacing: u64,
}

impl NormCounts {
    /// Add another set of counts to this one.
    pub fn add(&mut self, o: &NormCounts) {
        self.zwnj_inserted += o.zwnj_inserted;
        self.spaces_inserted += o.spaces_inserted;
        self.letters_unified += o.letters_unified;
        self.digits_converted += o.digits_converted;
        self.zwnj_removed += o.zwnj_removed;
        self.spaces_removed += o.spaces_removed;
        self.invisibles_removed += o.invisibles_removed;
        self.diacritics_removed += o.diacritics_removed;
        self.whitespace_fixed += o.whitespace_fixed;
        self.punctuation_spacing += o.punctuation_spacing;
    }
}

/// One normalization step. It scans `text.text()`, records edits and applies
/// them with [`AlignedText::apply`]; it never rebuilds the string itself.
pub trait Step: Send + Sync {
    /// A short name, for reports and debugging.
    fn name(&self) -> &'static str;
    /// Edit `text`, counting what was changed.
    fn run(&self, text: &mut AlignedText, edits: &mut Edits, counts: &mut NormCounts);
}

/// The normalization pipeline: the enabled steps in their fixed order.
///
/// Cheap to clone (the steps are shared) and `Send + Sync`.
#[derive(Clone)]
pub struct Normalizer {
    steps: Arc<[Box<dyn Step>]>,
    options: NormalizeOptions,
}

/// The result of normalizing one text.
#[derive(Clone, Debug)]
pub struct Normalized {
    /// The normalized text with its alignment to the input.
    pub text: AlignedText,
    /// What was changed.
    pub counts: NormCounts,
}

impl Normalizer {
    /// Build the pipeline for `options`. `zwnj` is the lexicon the ZWNJ step
    /// decides with (see [`crate::Lexicons`]).
    pub fn new(options: NormalizeOptions, zwnj: Arc<ZwnjLexicon>) -> Normalizer {
        let mut steps: Vec<Box<dyn Step>> = Vec::new();
        if options.letters {
            steps.push(Box::new(letters::Letters {
                keep_diacritics: options.keep_diacritics,
            }));
        }
        if options.invisibles {
            steps.push(Box::new(invisibles::Invisibles {
                keep_diacritics: options.keep_diacritics,
            }));
        }
        if options.punctuation {
            steps.push(Box::new(punct::Punctuation));
        }
        if options.zwnj {
            steps.push(Box::new(
                zwnj::ZwnjRepair::new(zwnj).house_style(options.house_style),
            ));
        }
        // last: whether digits sit in a Latin run depends on the final spacing
        if options.digits != DigitMode::Keep {
            steps.push(Box::new(digits::Digits { mode: options.digits }));
        }
        Normalizer {
            steps: steps.into(),
            options,
        }
    }

    /// The options this pipeline was built with.
    pub fn options(&self) -> &NormalizeOptions {
        &self.options
    }

    /// Normalize `input`, keeping the alignment to it.
    pub fn normalize(&self, input: &str) -> Normalized {
        let mut text = AlignedText::new(input);
        let mut counts = NormCounts::default();
        let mut edits = Edits::new();
        for step in self.steps.iter() {
            step.run(&mut text, &mut edits, &mut counts);
        }
        Normalized { text, counts }
    }

    /// Normalize `input` and return only the text.
    pub fn normalize_str(&self, input: &str) -> String {
        self.normalize_text(input).0
    }

    /// Normalize `input` without keeping the alignment (no map back to the
    /// input is built: `khabar normalize` needs only the text and the counts).
    /// The text is the same as [`Normalizer::normalize`]'s.
    pub fn normalize_text(&self, input: &str) -> (String, NormCounts) {
        let mut out = String::new();
        let counts = self.normalize_into(input, &mut out);
        (out, counts)
    }

    /// [`Normalizer::normalize_text`] into `out` (emptied first): a caller
    /// normalizing many texts (`khabar normalize`, line by line) passes the
    /// same buffer each time, so that no text allocates once the buffers
    /// have grown. The text and counts are those of `normalize_text`.
    pub fn normalize_into(&self, input: &str, out: &mut String) -> NormCounts {
        thread_local! {
            /// The edit list's buffers, kept between texts (emptied).
            static EDITS: std::cell::Cell<Edits> = std::cell::Cell::new(Edits::new());
            /// The spare text buffer of the untracked text, kept between
            /// texts (emptied).
            static SPARE: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
        }
        let mut text = AlignedText::untracked_in(input, std::mem::take(out), SPARE.take());
        let mut counts = NormCounts::default();
        let mut edits = EDITS.take();
        edits.clear();
        for step in self.steps.iter() {
            step.run(&mut text, &mut edits, &mut counts);
        }
        EDITS.set(edits);
        let (t, spare) = text.into_buffers();
        *out = t;
        SPARE.set(spare);
        counts
    }
}

#[cfg(test)]
pub(crate) mod testutil {
    use super::*;
    use std::sync::LazyLock;

    /// A normalizer with the embedded lexicons, built once for all tests.
    pub fn normalizer() -> &'static Normalizer {
        static N: LazyLock<Normalizer> = LazyLock::new(|| {
            let lex = crate::Lexicons::embedded().expect("embedded lexicons load");
            Normalizer::new(NormalizeOptions::default(), lex.zwnj.clone())
        });
        &N
    }

    /// Run one step alone on `s`.
    pub fn run_step(step: &dyn Step, s: &str) -> (String, NormCounts) {
        let mut t = AlignedText::new(s);
        let mut c = NormCounts::default();
        step.run(&mut t, &mut Edits::new(), &mut c);
        (t.into_text(), c)
    }
}

#[cfg(test)]
mod tests {
    use super::testutil::normalizer;

    #[test]
    fn idempotent_on_samples() {
        for s in [
            "علي  كريمي   مـيشود ٢٫٥ درصد",
            "ﻻ ﷲ «سلام»،خوب ؟",
            "ساعت 12:30 روز ۱۴۰۳/۰۵/۱۲ و 1,200 تومان",
        ] {
            let once = normalizer().normalize_str(s);
            assert_eq!(normalizer().normalize_str(&once), once, "{s}");
            // the untracked path gives the same text and counts
            let full = normalizer().normalize(s);
            assert_eq!(
                normalizer().normalize_text(s),
                (full.text.text().to_string(), full.counts)
            );
            // and so does the one reusing buffers, whatever they held
            let mut out = String::from("old text");
            assert_eq!(normalizer().normalize_into(s, &mut out), full.counts);
            assert_eq!(out, full.text.text());
        }
    }
}
