//! [`Analyzer`]: text in → aligned normalized text → tokens → extractors →
//! [`Document`] with original offsets.

use std::sync::Arc;

use crate::document::Document;
use crate::error::{Error, Result};
use crate::extract::{default_extractors, ArticleMeta, Context, Extractor, Findings};
use crate::lexicon::Lexicons;
use crate::text::aligned::{AlignedText, Span};
use crate::text::normalize::{NormalizeOptions, Normalizer};
use crate::text::tokenize::tokenize;

/// Analyzes articles. `Send + Sync` and cheap to clone: build one per process
/// and share it between threads.
#[derive(Clone)]
pub struct Analyzer {
    normalizer: Normalizer,
    lex: Arc<Lexicons>,
    extractors: Arc<[Box<dyn Extractor>]>,
}

impl Analyzer {
    /// An analyzer with the given lexicons and normalization options.
    pub fn new(lex: Arc<Lexicons>, options: NormalizeOptions) -> Analyzer {
        Analyzer {
            normalizer: Normalizer::new(options, lex.zwnj.clone()),
            lex,
            extractors: default_extractors().into(),
        }
    }

    /// An analyzer with the embedded lexicons and default options.
    pub fn embedded() -> Result<Analyzer> {
        Ok(Analyzer::new(Lexicons::embedded()?, NormalizeOptions::default()))
    }

    /// The normalizer this analyzer uses.
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// The lexicons this analyzer uses.
    pub fn lexicons(&self) -> &Arc<Lexicons> {
        &self.lex
    }

    /// Analyze one article. An empty (or all white-space) text is an error.
    pub fn analyze(&self, id: &str, text: &str, meta: &ArticleMeta) -> Result<Document> {
        let (mut doc, aligned) = self.analyze_aligned(id, text, meta)?;
        doc.text = aligned.into_text();
        Ok(doc)
    }

    /// [`Analyzer::analyze`], also returning the aligned normalized text the
    /// document was made from (for a view that maps every normalized
    /// character back to the input, as `khabar inspect`); the document's
    /// `text` is left empty (it is the aligned text's).
    pub fn analyze_aligned(
        &self,
        id: &str,
        text: &str,
        meta: &ArticleMeta,
    ) -> Result<(Document, AlignedText)> {
        if text.trim().is_empty() {
            return Err(Error::Input("empty text".into()));
        }
        let norm = self.normalizer.normalize(text);
        let aligned = norm.text;
        let tokens = tokenize(aligned.text());
        let cx = Context::new(&aligned, &tokens, &self.lex, meta);
        let mut found = Findings::default();
        for ex in self.extractors.iter() {
            ex.extract(&cx, &mut found);
        }
        let mut doc = Document {
            id: id.to_string(),
            text: String::new(),
            normalization: norm.counts,
            people: found.people,
            officials: found.officials,
            organizations: found.organizations,
            figures: found.figures,
            dates: found.dates,
            claims: found.claims,
            meta: None,
        };
        let conv = aligned.offsets();
        doc.remap_spans(|s| {
            let (a, b) = conv.convert(s);
            Span::new(a, b)
        });
        Ok((doc, aligned))
    }
}
