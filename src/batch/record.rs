//! The error record: what a bad input record becomes, so that no record is
//! ever lost and the run never stops for one.
//!
//! # Format
//! One JSON object per line, in the output (or the `--errors` file) at the
//! place the document would have been:
//!
//! ```json
//! {"id": "8707060255", "line": 12, "file": "news.jsonl",
//!  "error": {"kind": "empty_text", "message": "field \"text\" is empty"}}
//! ```
//!
//! `id` is null when it could not be read (invalid JSON); `line` is the
//! 1-based line of a JSONL input, or the 1-based position of a file in a
//! directory input (in name order); `file` is absent for stdin. A document
//! never has an `error` field, so `"error" in record` tells them apart.

use serde::{Deserialize, Serialize};

/// Why a record failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The line is not a JSON object.
    InvalidJson,
    /// The text field is absent (or null).
    MissingText,
    /// The text field is not a string.
    TextNotString,
    /// The id field is neither a string nor an integer.
    InvalidId,
    /// The record's bytes are not UTF-8.
    InvalidUtf8,
    /// The text is empty or only white space.
    EmptyText,
    /// The record is longer than `--max-bytes`.
    TooLong,
    /// Reading the input failed here (corrupt gzip, I/O error); the rest of
    /// that input is skipped.
    ReadError,
    /// The analyzer returned an error.
    Analysis,
    /// The analyzer panicked on this record (a bug worth reporting with the
    /// record).
    Panic,
}

impl ErrorKind {
    /// Every kind, for documentation and tests.
    pub const ALL: [ErrorKind; 10] = [
        ErrorKind::InvalidJson,
        ErrorKind::MissingText,
        ErrorKind::TextNotString,
        ErrorKind::InvalidId,
        ErrorKind::InvalidUtf8,
        ErrorKind::EmptyText,
        ErrorKind::TooLong,
        ErrorKind::ReadError,
        ErrorKind::Analysis,
        ErrorKind::Panic,
    ];
}

/// The `error` object of an error record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordError {
    /// Why.
    pub kind: ErrorKind,
    /// A message naming the field, byte offset or size at fault.
    pub message: String,
}

/// A record that produced no document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorRecord {
    /// The record's id, when it could be read.
    pub id: Option<String>,
    /// 1-based line (JSONL) or file position (directory).
    pub line: u64,
    /// The input the record came from; absent for stdin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// What went wrong.
    pub error: RecordError,
}

impl ErrorRecord {
    /// The key `--resume` knows this record by: its id, or `#file:line` when
    /// it has none.
    pub fn key(&self) -> String {
        match &self.id {
            Some(id) => id.clone(),
            None => line_key(self.file.as_deref(), self.line),
        }
    }
}

/// The resume key of a record without an id.
pub fn line_key(file: Option<&str>, line: u64) -> String {
    format!("#{}:{}", file.unwrap_or("-"), line)
}
