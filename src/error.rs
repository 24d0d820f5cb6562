//! The library's error type. Every variant names the thing that failed: the
//! lexicon file and line, the byte offset of bad UTF-8, the path of a file.

use std::path::PathBuf;

/// Errors of the khabar library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A lexicon file is malformed.
    #[error("lexicon {file}:{line}: {message}")]
    Lexicon {
        /// File name (e.g. `units.tsv`).
        file: String,
        /// 1-based line number (0 when the whole file is at fault).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A lexicon file that khabar needs is neither in the override directory
    /// nor embedded.
    #[error("lexicon {0} not found")]
    LexiconMissing(String),
    /// Input bytes are not UTF-8.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// An I/O error on a named path.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Bad input for an analysis (empty text, …).
    #[error("{0}")]
    Input(String),
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A lexicon error at `file:line`.
    pub fn lexicon(file: &str, line: usize, message: impl Into<String>) -> Error {
        Error::Lexicon {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// Decode `bytes` as UTF-8, naming the first bad byte offset on failure.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str> {
    std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        offset: e.valid_up_to(),
    })
}
