//! Batch processing of news archives: many articles in, one output record per
//! article out, in input order, on all cores, in bounded memory.
//!
//! - [`reader`] turns inputs (JSONL files, gzip or not, directories of `.txt`
//!   files, stdin) into [`reader::RawRecord`]s with their line numbers,
//!   without ever holding more than one over-long line's prefix;
//! - [`pipeline`] runs the ordered parallel pipeline: a reader thread fills
//!   bounded batches, rayon analyzes a batch, a writer thread writes it whole;
//!   every record becomes exactly one [`pipeline::Outcome`] (a document or an
//!   [`record::ErrorRecord`]);
//! - [`writer`] writes outcomes as JSONL (and finds the ids already written,
//!   for `--resume`); [`sqlite`] writes normalized tables;
//! - [`schema`] is the JSON Schema of a [`crate::Document`] and a small
//!   validator for it; [`jalali`] reads the dates found in input records.
//!
//! This module never prints: progress goes through [`pipeline::Progress`].

pub mod jalali;
pub mod pipeline;
pub mod reader;
pub mod record;
pub mod schema;
pub mod sqlite;
pub mod writer;

use std::path::PathBuf;

/// Errors that stop a batch (a bad record never does: it becomes an
/// [`record::ErrorRecord`]).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BatchError {
    /// An input or output file could not be opened, read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory (`-` for stdin/stdout).
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The SQLite database failed.
    #[error("sqlite {}: {source}", path.display())]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// The underlying error.
        source: rusqlite::Error,
    },
    /// A worker thread panicked outside record analysis (a bug).
    #[error("internal error: {0}")]
    Internal(String),
}

impl BatchError {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> BatchError {
        BatchError::Io {
            path: path.into(),
            source,
        }
    }
}
