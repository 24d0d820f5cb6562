//! khabar (خبر, "news") turns Persian news text into clean, structured,
//! bilingual facts.
//!
//! The pipeline, one stage per module:
//! 1. [`text::normalize`] — letters, digits, invisibles, punctuation and ZWNJ
//!    repair, every edit kept in an [`AlignedText`] that maps back to the input;
//! 2. [`text::tokenize`] — sentences and tokens with spans;
//! 3. [`extract`] — figures, dates, people, organisations, officials, claims,
//!    using the [`Lexicons`] (loaded once, shared);
//! 4. [`Document`] — serde types, offsets converted to code points of the
//!    original input at the very end;
//! 5. writers (in the CLI): JSON, JSONL, SQLite, a terminal report.
//!
//! ```
//! use khabar::{Analyzer, ArticleMeta};
//! let analyzer = Analyzer::embedded().unwrap();
//! let doc = analyzer.analyze("a1", "علي گفت", &ArticleMeta::default()).unwrap();
//! assert_eq!(doc.text, "علی گفت");
//! ```
#![deny(missing_docs)]

pub mod analyzer;
pub mod batch;
pub mod document;
pub mod error;
pub mod extract;
pub mod lexicon;
pub mod text;

pub use analyzer::Analyzer;
pub use document::Document;
pub use error::{Error, Result};
pub use extract::ArticleMeta;
pub use lexicon::{LexiconSource, Lexicons};
pub use text::aligned::{AlignedText, Span};
pub use text::normalize::{DigitMode, NormCounts, NormalizeOptions, Normalizer};

#[cfg(test)]
mod testoibits {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_sync() {
        assert_send_sync::<crate::Analyzer>();
        assert_send_sync::<crate::Lexicons>();
        assert_send_sync::<crate::Normalizer>();
        assert_send_sync::<crate::Document>();
        assert_send_sync::<crate::AlignedText>();
    }
}
