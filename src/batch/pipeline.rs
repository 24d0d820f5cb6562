//! The ordered parallel pipeline: every input record becomes exactly one
//! [`Outcome`], written in input order, using all cores, in bounded memory.
//!
//! ```text
//! reader thread ──batch──▶ rayon (analyze, serialize) ──batch──▶ writer thread
//!   RawRecords   bounded(1)     par_iter, order kept    bounded(1)   Sink + Progress
//! ```
//!
//! A batch holds at most `batch_records` records or `batch_bytes` bytes (one
//! over-long record is never held whole: see [`super::reader`]), and the two
//! channels hold one batch each, so memory is a few batches whatever the size
//! of the archive. Workers parse the JSON, analyze and serialize; a worker's
//! output is one byte buffer written whole by the writer. A record that
//! fails — bad JSON, wrong field, bad UTF-8, empty, too long, an analyzer
//! error or even a panic — becomes an [`ErrorRecord`] in its place; only
//! output errors stop the run.

use std::collections::{BTreeMap, HashSet};
use std::panic::AssertUnwindSafe;
use std::sync::atomic::Ordering;
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde_json::{Map, Value};

use super::jalali::parse_record_date;
use super::reader::{RawBody, RawRecord, RecordReader};
use super::record::{ErrorKind, ErrorRecord, RecordError};
use super::BatchError;
use crate::{Analyzer, ArticleMeta, Document};

/// How a batch runs. `Default` gives the documented defaults.
#[derive(Clone, Debug)]
pub struct Config {
    /// The JSONL field holding the article text (default `text`).
    pub text_field: String,
    /// The JSONL field holding the id (default `id`). A record without one
    /// gets `<file>:<line>`.
    pub id_field: String,
    /// Longest record accepted, in bytes (default 10 MB).
    pub max_bytes: usize,
    /// Records per batch (default 1000).
    pub batch_records: usize,
    /// Bytes per batch (default 4 MiB; a batch always holds one record).
    pub batch_bytes: usize,
    /// Worker threads (default: all cores).
    pub jobs: usize,
    /// Keep each [`Document`] in its outcome (for the SQLite writer).
    pub keep_documents: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing the record.
    pub lossy: bool,
    /// Keys (ids, or `#file:line` for records without one) to skip: what a
    /// previous run already wrote (`--resume`).
    pub skip: HashSet<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            text_field: "text".into(),
            id_field: "id".into(),
            max_bytes: 10_000_000,
            batch_records: 1000,
            batch_bytes: 4 << 20,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            keep_documents: false,
            lossy: false,
            skip: HashSet::new(),
        }
    }
}

/// What one record became.
#[derive(Debug)]
pub enum Outcome {
    /// A document: its id and its JSON line (ending in `\n`).
    Document {
        /// The document's id.
        id: String,
        /// `serde_json` of the document plus `\n`.
        json: Vec<u8>,
        /// The document itself, when [`Config::keep_documents`].
        doc: Option<Box<Document>>,
    },
    /// An error record and its JSON line (ending in `\n`).
    Error {
        /// The error record.
        record: ErrorRecord,
        /// `serde_json` of the record plus `\n`.
        json: Vec<u8>,
    },
    /// Already written by a previous run (`--resume`).
    Skipped,
}

/// Where outcomes go. Called from the writer thread, one batch at a time,
/// in input order.
pub trait Sink: Send {
    /// Write a batch of outcomes whole.
    fn write_batch(&mut self, batch: &[Outcome]) -> Result<(), BatchError>;
    /// Flush and close.
    fn finish(&mut self) -> Result<(), BatchError>;
}

/// Told about progress after each batch is written.
pub trait Progress: Send {
    /// The counts so far.
    fn update(&mut self, stats: &Stats);
}

/// No progress display.
pub struct NoProgress;

impl Progress for NoProgress {
    fn update(&mut self, _: &Stats) {}
}

/// Counts of a run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Records seen (documents + errors + skipped).
    pub records: u64,
    /// Documents written.
    pub documents: u64,
    /// Error records written.
    pub errors: u64,
    /// Records skipped by `--resume`.
    pub skipped: u64,
    /// Error records by kind.
    pub error_kinds: BTreeMap<String, u64>,
    /// Input bytes read (uncompressed).
    pub bytes: u64,
    /// Input bytes read as stored (compressed for gzip).
    pub stored: u64,
    /// Total stored size of the inputs, when known.
    pub total: Option<u64>,
    /// Time since the start.
    pub elapsed: Duration,
}

/// Run a batch: read every record of `reader`, analyze, and write each
/// outcome to `sink` in input order. Returns the counts; fails only when the
/// sink fails (or a thread dies).
pub fn run(
    reader: RecordReader,
    analyzer: &Analyzer,
    cfg: &Config,
    sink: &mut dyn Sink,
    progress: &mut dyn Progress,
) -> Result<Stats, BatchError> {
    let start = Instant::now();
    let names: Vec<Option<String>> = reader.inputs().iter().map(|i| i.name()).collect();
    let counters = reader.counters();
    let total = reader.total_bytes();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.jobs.max(1))
        .thread_name(|i| format!("khabar-worker-{i}"))
        .build()
        .map_err(|e| BatchError::Internal(e.to_string()))?;
    let (max_n, max_bytes) = (cfg.batch_records.max(1), cfg.batch_bytes.max(1));

    std::thread::scope(|s| {
        let (batch_tx, batch_rx) = sync_channel::<Vec<RawRecord>>(1);
        let (out_tx, out_rx) = sync_channel::<Vec<Outcome>>(1);
        s.spawn(move || {
            let mut batch = Vec::with_capacity(max_n);
            let mut bytes = 0;
            for rec in reader {
                bytes += rec.size();
                batch.push(rec);
                if batch.len() >= max_n || bytes >= max_bytes {
                    if batch_tx.send(std::mem::take(&mut batch)).is_err() {
                        return;
                    }
                    bytes = 0;
                }
            }
            if !batch.is_empty() {
                let _ = batch_tx.send(batch);
            }
        });
        let writer = s.spawn(move || -> Result<Stats, BatchError> {
            let mut stats = Stats {
                total,
                ..Stats::default()
            };
            for outs in out_rx {
                sink.write_batch(&outs)?;
                for o in &outs {
                    stats.records += 1;
                    match o {
                        Outcome::Document { .. } => stats.documents += 1,
                        Outcome::Error { record, .. } => {
                            stats.errors += 1;
                            let kind = serde_json::to_value(record.error.kind)
                                .ok()
                                .and_then(|v| v.as_str().map(String::from))
                                .unwrap_or_default();
                            *stats.error_kinds.entry(kind).or_default() += 1;
                        }
                        Outcome::Skipped => stats.skipped += 1,
                    }
                }
                stats.bytes = counters.bytes.load(Ordering::Relaxed);
                stats.stored = counters.stored.load(Ordering::Relaxed);
                stats.elapsed = start.elapsed();
                progress.update(&stats);
            }
            sink.finish()?;
            stats.elapsed = start.elapsed();
            Ok(stats)
        });
        for batch in batch_rx {
            let outs: Vec<Outcome> = pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|r| process(r, &names, analyzer, cfg))
                    .collect()
            });
            if out_tx.send(outs).is_err() {
                break; // the writer failed; its error is returned below
            }
        }
        drop(out_tx);
        match writer.join() {
            Ok(r) => r,
            Err(_) => Err(BatchError::Internal("the writer thread panicked".into())),
        }
    })
}

/// Turn one raw record into its outcome.
pub fn process(raw: RawRecord, names: &[Option<String>], analyzer: &Analyzer, cfg: &Config) -> Outcome {
    let file = names.get(raw.input as usize).cloned().flatten();
    let line = raw.line;
    let fail = |id: Option<String>, kind: ErrorKind, message: String| {
        let record = ErrorRecord {
            id,
            line,
            file: file.clone(),
            error: RecordError { kind, message },
        };
        if cfg.skip.contains(&record.key()) {
            return Outcome::Skipped;
        }
        let mut json = serde_json::to_vec(&record).expect("an error record serializes");
        json.push(b'\n');
        Outcome::Error { record, json }
    };
    let (id, text, meta, date) = match raw.body {
        RawBody::ReadError(msg) => return fail(None, ErrorKind::ReadError, msg),
        RawBody::TooLong { id, len, prefix } => {
            let id = id.or_else(|| id_from_prefix(&prefix, &cfg.id_field));
            let msg = format!("record is {len} bytes, more than --max-bytes {}", cfg.max_bytes);
            return fail(id, ErrorKind::TooLong, msg);
        }
        RawBody::File { id, bytes } => {
            if cfg.skip.contains(&id) {
                return Outcome::Skipped;
            }
            let text = match decode(bytes, cfg.lossy) {
                Ok(t) => t,
                Err(msg) => return fail(Some(id), ErrorKind::InvalidUtf8, msg),
            };
            (id, text, None, None)
        }
        RawBody::Line(bytes) => {
            // a record that fails before its id is parsed keeps the id when
            // it can be read off the line (for the user and for --resume)
            if !cfg.lossy {
                if let Err(e) = std::str::from_utf8(&bytes) {
                    let msg = format!("invalid UTF-8 at byte {}", e.valid_up_to());
                    return fail(id_from_prefix(&bytes, &cfg.id_field), ErrorKind::InvalidUtf8, msg);
                }
            }
            let s = match decode(bytes, cfg.lossy) {
                Ok(t) => t,
                Err(msg) => return fail(None, ErrorKind::InvalidUtf8, msg),
            };
            let mut map: Map<String, Value> = match serde_json::from_str(&s) {
                Ok(m) => m,
                Err(e) => {
                    let id = id_from_prefix(s.as_bytes(), &cfg.id_field);
                    return fail(id, ErrorKind::InvalidJson, e.to_string());
                }
            };
            let id = match map.remove(&cfg.id_field) {
                None | Some(Value::Null) => {
                    format!("{}:{line}", file.as_deref().map_or("stdin", file_stem))
                }
                Some(Value::String(s)) => s,
                Some(Value::Number(n)) if n.is_i64() || n.is_u64() => n.to_string(),
                Some(other) => {
                    let msg = format!("field {:?} is {}, not a string", cfg.id_field, type_name(&other));
                    return fail(None, ErrorKind::InvalidId, msg);
                }
            };
            if cfg.skip.contains(&id) {
                return Outcome::Skipped;
            }
            let text = match map.remove(&cfg.text_field) {
                None | Some(Value::Null) => {
                    let msg = format!("no field {:?}", cfg.text_field);
                    return fail(Some(id), ErrorKind::MissingText, msg);
                }
                Some(Value::String(t)) => t,
                Some(other) => {
                    let msg = format!(
                        "field {:?} is {}, not a string",
                        cfg.text_field,
                        type_name(&other)
                    );
                    return fail(Some(id), ErrorKind::TextNotString, msg);
                }
            };
            let date = ["jalali_date", "date"]
                .iter()
                .find_map(|k| map.get(*k).and_then(Value::as_str).and_then(parse_record_date));
            let meta = (!map.is_empty()).then_some(Value::Object(map));
            (id, text, meta, date)
        }
    };
    if text.trim().is_empty() {
        let msg = format!("field {:?} is empty", cfg.text_field);
        return fail(Some(id), ErrorKind::EmptyText, msg);
    }
    let am = ArticleMeta { jalali_date: date };
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| analyzer.analyze(&id, &text, &am)));
    let mut doc = match result {
        Ok(Ok(doc)) => doc,
        Ok(Err(e)) => return fail(Some(id), ErrorKind::Analysis, e.to_string()),
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".into());
            return fail(
                Some(id),
                ErrorKind::Panic,
                format!("the analyzer panicked: {msg}"),
            );
        }
    };
    doc.meta = meta;
    let mut json = match serde_json::to_vec(&doc) {
        Ok(j) => j,
        Err(e) => return fail(Some(id), ErrorKind::Analysis, format!("serializing: {e}")),
    };
    json.push(b'\n');
    Outcome::Document {
        id,
        json,
        doc: cfg.keep_documents.then(|| Box::new(doc)),
    }
}

fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to())),
    }
}

fn file_stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let name = name.strip_suffix(".gz").unwrap_or(name);
    name.rsplit_once('.').map_or(name, |(a, _)| a)
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Best effort: the value of `"<field>": "…"` or `"<field>": 123` in the
/// first bytes of an over-long JSONL record.
pub fn id_from_prefix(prefix: &[u8], field: &str) -> Option<String> {
    let key = format!("\"{field}\"");
    let s = match std::str::from_utf8(prefix) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&prefix[..e.valid_up_to()]).ok()?,
    };
    let mut from = 0;
    while let Some(i) = s[from..].find(&key) {
        let rest = s[from + i + key.len()..].trim_start();
        if let Some(rest) = rest.strip_prefix(':') {
            let rest = rest.trim_start();
            if let Some(body) = rest.strip_prefix('"') {
                // a string without escapes (ids rarely have any)
                let end = body.find(['"', '\\'])?;
                if body[end..].starts_with('"') {
                    return Some(body[..end].to_string());
                }
                return None;
            }
            let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            return (!digits.is_empty()).then_some(digits);
        }
        from += i + key.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_prefixes() {
        let cases: &[(&str, Option<&str>)] = &[
            (r#"{"id": "a-1", "text": "xx"#, Some("a-1")),
            (r#"{"text": "… \"id\" …", "id":42, "#, Some("42")),
            (r#"{"url": "x", "id" : "q""#, Some("q")),
            (r#"{"text": "xxxxxxxx"#, None),
            (r#"{"id": "a\"b"}"#, None),
        ];
        for (p, want) in cases {
            assert_eq!(id_from_prefix(p.as_bytes(), "id").as_deref(), *want, "{p}");
        }
    }

    #[test]
    fn stems() {
        assert_eq!(file_stem("a/b/news.jsonl.gz"), "news");
        assert_eq!(file_stem("news.jsonl"), "news");
        assert_eq!(file_stem("news"), "news");
    }
}
