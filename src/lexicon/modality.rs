//! [`ModalityLexicon`]: the cues of policy claims (`modality.tsv`) and the
//! phrases in which a cue word is *not* a cue (`modality_exclusions.tsv`).
//!
//! Each cue row gives its English gloss, its modality (obligation |
//! prohibition | necessity | need | recommendation | demand), whether the cue
//! itself is negated (نباید) and its `kind`, which says what must surround the
//! word for it to be a cue (see [`CueKind`]). The exclusions are whole
//! phrases ("باید گفت", "در صورت نیاز", "لازم به ذکر است"); a cue occurrence that
//! lies inside one of them, word for word, is dropped.

use rustc_hash::FxHashMap;

use super::phrases::{PhraseEntry, PhraseTable, Spellings};
use super::tsv::Table;
use super::LexiconSource;
use crate::document::Modality;
use crate::error::{Error, Result};
use crate::text::normalize::Normalizer;

/// The cue file.
pub const FILE: &str = "modality.tsv";
/// The exclusion file.
pub const EXCLUSIONS_FILE: &str = "modality_exclusions.tsv";

/// What a cue word needs around it to count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CueKind {
    /// The phrase is a cue by itself (باید، حق ندارند، می‌طلبد).
    pub fixed: bool,
    /// A predicate adjective: a cue only when a copula or light verb follows
    /// (لازم است، ضروری نیست، موظف شدند); "اقدامات لازم" is not a cue.
    pub pred: bool,
    /// A noun: a cue with a light verb right after it or after a "به …"
    /// complement (نیاز داریم، نیاز به سیاست‌ها داریم، ضرورت دارد).
    pub noun: bool,
    /// A noun phrase and then a copula (نیازمند … هستیم، خواستار … شد).
    pub np: bool,
    /// A noun cue that counts when asserted: "با تأکید بر لزوم …",
    /// "بر ضرورت … تأکید کرد" (not "با توجه به لزوم …").
    pub asserted: bool,
    /// "تأکید کرد که …": a demand, reported only when the clause it governs
    /// carries no other cue.
    pub emphasis: bool,
}

/// What a cue means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CueInfo {
    /// Modality.
    pub modality: Modality,
    /// True when the cue word itself is negated (نباید).
    pub negated: bool,
    /// What it needs around it.
    pub kind: CueKind,
}

/// One exclusion phrase, split into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exclusion {
    /// The normalized words.
    pub words: Vec<String>,
    /// The 1-based line in the file.
    pub line: usize,
}

/// The loaded cue and exclusion tables.
#[derive(Clone, Debug)]
pub struct ModalityLexicon {
    /// The cues, matched whole-word.
    pub cues: PhraseTable,
    info: Vec<CueInfo>,
    /// Exclusions by each word they contain: word → (exclusion index, position).
    by_word: FxHashMap<String, Vec<(usize, usize)>>,
    exclusions: Vec<Exclusion>,
}

fn parse_modality(s: &str) -> Option<Modality> {
    Some(match s {
        "obligation" => Modality::Obligation,
        "prohibition" => Modality::Prohibition,
        "necessity" => Modality::Necessity,
        "need" => Modality::Need,
        "recommendation" => Modality::Recommendation,
        "demand" => Modality::Demand,
        _ => return None,
    })
}

impl ModalityLexicon {
    /// Load both files from `src`, normalizing entries with `norm`.
    pub fn load(src: &LexiconSource, norm: &Normalizer) -> Result<ModalityLexicon> {
        let cues = src.read(FILE)?;
        let excl = src.read(EXCLUSIONS_FILE)?;
        Self::parse(&cues, &excl, norm)
    }

    /// Parse the two files' contents.
    pub fn parse(cues: &str, exclusions: &str, norm: &Normalizer) -> Result<ModalityLexicon> {
        let table = PhraseTable::parse(
            FILE,
            cues,
            &["en", "modality", "negated", "kind"],
            Spellings::Exact,
            norm,
        )?;
        let mut info = Vec::with_capacity(table.entries().len());
        for e in table.entries() {
            let modality = parse_modality(table.field(e, "modality")).ok_or_else(|| {
                Error::lexicon(
                    FILE,
                    e.line,
                    "modality must be obligation, prohibition, necessity, need, recommendation or demand",
                )
            })?;
            let negated = match table.field(e, "negated") {
                "true" => true,
                "false" => false,
                _ => return Err(Error::lexicon(FILE, e.line, "negated must be true or false")),
            };
            let mut kind = CueKind::default();
            for k in table.field(e, "kind").split(',') {
                match k.trim() {
                    "fixed" => kind.fixed = true,
                    "pred" => kind.pred = true,
                    "noun" => kind.noun = true,
                    "np" => kind.np = true,
                    "asserted" => kind.asserted = true,
                    "emphasis" => kind.emphasis = true,
                    other => {
                        return Err(Error::lexicon(
                            FILE,
                            e.line,
                            format!("unknown kind {other:?} (fixed, pred, noun, np, asserted, emphasis)"),
                        ))
                    }
                }
            }
            info.push(CueInfo {
                modality,
                negated,
                kind,
            });
        }
        let t = Table::parse(EXCLUSIONS_FILE, exclusions, &["fa"])?;
        let mut excl = Vec::with_capacity(t.rows.len());
        let mut by_word: FxHashMap<String, Vec<(usize, usize)>> = FxHashMap::default();
        for (line, f) in &t.rows {
            let words: Vec<String> = norm
                .normalize_str(f[0].trim())
                .split_whitespace()
                .map(str::to_string)
                .collect();
            if words.len() < 2 {
                return Err(Error::lexicon(
                    EXCLUSIONS_FILE,
                    *line,
                    "an exclusion is a phrase of two words or more",
                ));
            }
            for (k, w) in words.iter().enumerate() {
                by_word.entry(w.clone()).or_default().push((excl.len(), k));
            }
            excl.push(Exclusion { words, line: *line });
        }
        Ok(ModalityLexicon {
            cues: table,
            info,
            by_word,
            exclusions: excl,
        })
    }

    /// What cue `entry` (an entry of [`ModalityLexicon::cues`]) means.
    pub fn info(&self, entry: &PhraseEntry) -> &CueInfo {
        let i = self
            .cues
            .entries()
            .binary_search_by_key(&entry.line, |e| e.line)
            .expect("entry of this table");
        &self.info[i]
    }

    /// True when the word sequence `words`, whose word `at` is the first word
    /// of a cue, lies inside an exclusion phrase. `words` is any window of
    /// the text's words around the cue.
    pub fn excluded(&self, words: &[&str], at: usize) -> bool {
        let Some(cands) = self.by_word.get(words[at]) else {
            return false;
        };
        cands.iter().any(|&(i, k)| {
            let ex = &self.exclusions[i].words;
            at >= k
                && at - k + ex.len() <= words.len()
                && ex.iter().zip(&words[at - k..]).all(|(a, b)| a == b)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::testutil::normalizer;

    #[test]
    fn embedded_tables_load() {
        let src = LexiconSource::embedded();
        let m = ModalityLexicon::load(&src, normalizer()).unwrap();
        let e = m.cues.get("نباید").unwrap();
        let i = m.info(e);
        assert_eq!(i.modality, Modality::Prohibition);
        assert!(i.negated && i.kind.fixed);
        assert!(m.info(m.cues.get("لازم").unwrap()).kind.pred);
        let w = ["ما", "باید", "گفت", "که"];
        assert!(m.excluded(&w, 1));
        let w = ["در", "صورت", "نیاز", "به"];
        assert!(m.excluded(&w, 2));
        let w = ["ما", "باید", "گفت‌وگو", "کنیم"];
        assert!(!m.excluded(&w, 1));
    }

    #[test]
    fn bad_rows_name_the_line() {
        let e = ModalityLexicon::parse(
            "fa\ten\tmodality\tnegated\tkind\nباید\tmust\tsometimes\tfalse\tfixed\n",
            "fa\tnote\n",
            normalizer(),
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("lexicon modality.tsv:2:"), "{e}");
        let e = ModalityLexicon::parse(
            "fa\ten\tmodality\tnegated\tkind\nباید\tmust\tobligation\tfalse\tmaybe\n",
            "fa\tnote\n",
            normalizer(),
        )
        .unwrap_err();
        assert!(e.to_string().contains("unknown kind"), "{e}");
    }
}
