//! Lexicons: the bilingual TSV files of `lexicons/`, embedded in the binary
//! and loaded once per process.
//!
//! [`LexiconSource`] is the one place that knows where lexicon data lives:
//! embedded (the default) or a user directory (`--lexicons DIR`) whose files
//! override the embedded ones of the same name. [`Lexicons`] holds every
//! table, parsed and with its automata built, behind `Arc`s so that cloning
//! it is cheap and it can be shared by every worker thread.

pub mod entities;
pub mod modality;
pub mod phrases;
pub mod strtab;
pub mod tsv;
pub mod verbs;

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::error::{Error, Result};
use crate::text::normalize::{NormalizeOptions, Normalizer, ZwnjLexicon};

pub use entities::EntityLexicons;
pub use modality::ModalityLexicon;
pub use phrases::{PhraseEntry, PhraseMatch, PhraseTable, Spellings};
pub use verbs::VerbForms;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_lexicons.rs"));
}

/// Where lexicon files are read from.
#[derive(Clone, Debug, Default)]
pub struct LexiconSource {
    dir: Option<PathBuf>,
}

impl LexiconSource {
    /// The lexicons compiled into the binary.
    pub fn embedded() -> LexiconSource {
        LexiconSource { dir: None }
    }

    /// Files in `dir` override the embedded ones of the same name.
    pub fn with_dir(dir: impl AsRef<Path>) -> Result<LexiconSource> {
        let dir = dir.as_ref();
        if !dir.is_dir() {
            return Err(Error::Io {
                path: dir.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a directory"),
            });
        }
        Ok(LexiconSource {
            dir: Some(dir.to_path_buf()),
        })
    }

    /// The contents of lexicon file `name`.
    pub fn read(&self, name: &str) -> Result<Cow<'static, str>> {
        if let Some(dir) = &self.dir {
            let p = dir.join(name);
            if p.is_file() {
                return std::fs::read_to_string(&p)
                    .map(Cow::Owned)
                    .map_err(|source| Error::Io { path: p, source });
            }
        }
        embedded_file(name)
            .map(Cow::Borrowed)
            .ok_or_else(|| Error::LexiconMissing(name.to_string()))
    }

    /// The contents of `name`, or `None` when no such file exists.
    pub fn read_optional(&self, name: &str) -> Result<Option<Cow<'static, str>>> {
        match self.read(name) {
            Ok(c) => Ok(Some(c)),
            Err(Error::LexiconMissing(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// The embedded file `name`, if any.
pub fn embedded_file(name: &str) -> Option<&'static str> {
    embedded::EMBEDDED
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| embedded::EMBEDDED[i].1)
}

/// The prebuilt index of embedded file `name`, if `build.rs` made one.
pub fn embedded_index(name: &str) -> Option<&'static [u8]> {
    embedded::INDEXES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, i)| *i)
}

/// The prebuilt key filter of embedded file `name`
/// ([`strtab::strtab_filter_build`] of its index), if `build.rs` made one.
pub fn embedded_filter(name: &str) -> Option<&'static [u8]> {
    embedded::FILTERS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

/// Names of all embedded lexicon files.
pub fn embedded_names() -> impl Iterator<Item = &'static str> {
    embedded::EMBEDDED.iter().map(|(n, _)| *n)
}

/// Every table khabar uses, loaded and ready.
#[derive(Clone, Debug)]
pub struct Lexicons {
    /// Word knowledge for ZWNJ and space repair.
    pub zwnj: Arc<ZwnjLexicon>,
    /// Speech verbs (گفت، افزود، تصریح کرد …): `speech_verbs.tsv`.
    pub speech_verbs: Arc<PhraseTable>,
    /// Titles, organisations, places, names: `titles.tsv`, `organizations.tsv` … (see [`EntityLexicons`]).
    pub entities: Arc<EntityLexicons>,
    /// Units, currencies, counters (`units.tsv`), for figures.
    pub units: Arc<crate::extract::figures::UnitLexicon>,
    /// Months, weekdays, relative words, occasions (`dates.tsv`), for dates.
    pub dates: Arc<crate::extract::dates::DateLexicon>,
    /// Claim cues and their exclusions: `modality.tsv`, `modality_exclusions.tsv`.
    pub modality: Arc<ModalityLexicon>,
    /// Verb stems, to recognise verb forms: `verb_stems.tsv`.
    pub verbs: Arc<VerbForms>,
}

impl Lexicons {
    /// Load every table from `src`.
    ///
    /// The ZWNJ lexicon loads first; every other table's entries are then
    /// normalized with the default pipeline, so they match normalized text.
    pub fn load(src: &LexiconSource) -> Result<Lexicons> {
        let zwnj = Arc::new(ZwnjLexicon::load(src)?);
        let norm = Normalizer::new(NormalizeOptions::default(), zwnj.clone());
        Ok(Lexicons {
            speech_verbs: Arc::new(PhraseTable::load(
                src,
                "speech_verbs.tsv",
                &["en"],
                Spellings::Exact,
                &norm,
            )?),
            entities: Arc::new(EntityLexicons::load(src, &norm)?),
            units: Arc::new(crate::extract::figures::UnitLexicon::load(src, &norm)?),
            dates: Arc::new(crate::extract::dates::DateLexicon::load(src, &norm)?),
            modality: Arc::new(ModalityLexicon::load(src, &norm)?),
            verbs: Arc::new(VerbForms::load(src)?),
            zwnj,
        })
    }

    /// The embedded lexicons, loaded once per process and shared.
    pub fn embedded() -> Result<Arc<Lexicons>> {
        static CELL: OnceLock<Arc<Lexicons>> = OnceLock::new();
        if let Some(l) = CELL.get() {
            return Ok(l.clone());
        }
        let l = Arc::new(Lexicons::load(&LexiconSource::embedded())?);
        Ok(CELL.get_or_init(|| l).clone())
    }
}
