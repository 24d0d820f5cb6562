//! Inputs → [`RawRecord`]s, one per JSONL line or per `.txt` file, each with
//! its 1-based line (or file position), in input order.
//!
//! The reader does no parsing (workers do, in parallel); it only splits lines
//! with `memchr`, so one thread keeps up with all cores. Memory is bounded
//! whatever the input: a line longer than `max_bytes` is never held whole —
//! its first [`PREFIX_BYTES`] are kept (to find its id) and the rest skipped.
//! Gzip input is recognised by its magic bytes (file or stdin) and read
//! directly, concatenated members included. A read error (a truncated gzip
//! file) becomes one `ReadError` record and ends that input; the next input
//! goes on.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use flate2::read::MultiGzDecoder;

use super::BatchError;

/// How much of an over-long record is kept, to read its id from.
pub const PREFIX_BYTES: usize = 4096;

/// One input of a batch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A JSONL file, gzip-compressed or not.
    Jsonl(PathBuf),
    /// A directory of `.txt` (or `.txt.gz`) files, one article each, id =
    /// file stem, read in name order.
    TextDir(PathBuf),
    /// JSONL on stdin, gzip-compressed or not.
    Stdin,
}

impl Input {
    /// The input a command-line argument names: `-` is stdin, a directory is
    /// a [`Input::TextDir`], anything else a JSONL file.
    pub fn from_arg(arg: &Path) -> Input {
        if arg.as_os_str() == "-" {
            Input::Stdin
        } else if arg.is_dir() {
            Input::TextDir(arg.to_path_buf())
        } else {
            Input::Jsonl(arg.to_path_buf())
        }
    }

    /// The name records of this input carry (`file` of error records); `None`
    /// for stdin.
    pub fn name(&self) -> Option<String> {
        match self {
            Input::Jsonl(p) | Input::TextDir(p) => Some(p.display().to_string()),
            Input::Stdin => None,
        }
    }
}

/// What a record holds before parsing.
#[derive(Debug)]
pub enum RawBody {
    /// A JSONL line without its line ending.
    Line(Vec<u8>),
    /// A whole text file and the id from its name.
    File {
        /// The file stem.
        id: String,
        /// The file's bytes.
        bytes: Vec<u8>,
    },
    /// A record longer than the limit: its length and first bytes.
    TooLong {
        /// The id, when known (text files).
        id: Option<String>,
        /// Its full length in bytes.
        len: u64,
        /// Its first [`PREFIX_BYTES`] bytes.
        prefix: Vec<u8>,
    },
    /// Reading failed here; the rest of the input is skipped.
    ReadError(String),
}

/// A record as read, before parsing.
#[derive(Debug)]
pub struct RawRecord {
    /// Index of its input in the reader's list.
    pub input: u32,
    /// 1-based line (JSONL) or file position (directory).
    pub line: u64,
    /// The bytes.
    pub body: RawBody,
}

impl RawRecord {
    /// Bytes held (for batch sizing).
    pub fn size(&self) -> usize {
        match &self.body {
            RawBody::Line(b) | RawBody::File { bytes: b, .. } => b.len(),
            RawBody::TooLong { prefix, .. } => prefix.len(),
            RawBody::ReadError(m) => m.len(),
        }
    }
}

/// Counters the reader updates as it goes (read by the progress display).
#[derive(Debug, Default)]
pub struct ReadCounters {
    /// Bytes of input consumed as stored (compressed bytes for gzip files):
    /// comparable with [`RecordReader::total_bytes`] for an ETA.
    pub stored: AtomicU64,
    /// Bytes of records read (uncompressed).
    pub bytes: AtomicU64,
}

/// A reader over the inputs of a batch, yielding [`RawRecord`]s in order.
pub struct RecordReader {
    inputs: Vec<Input>,
    next_input: usize,
    current: Option<Source>,
    max_bytes: usize,
    counters: Arc<ReadCounters>,
    buf: Vec<u8>,
}

enum Source {
    Lines {
        input: u32,
        reader: Box<dyn BufRead + Send>,
        line: u64,
    },
    Dir {
        input: u32,
        files: std::vec::IntoIter<PathBuf>,
        pos: u64,
    },
}

impl RecordReader {
    /// A reader over `inputs`. Fails when an input does not exist or a
    /// directory cannot be listed (before anything is read).
    pub fn new(inputs: Vec<Input>, max_bytes: usize) -> Result<RecordReader, BatchError> {
        for i in &inputs {
            match i {
                Input::Jsonl(p) => {
                    std::fs::metadata(p).map_err(|e| BatchError::io(p, e))?;
                }
                Input::TextDir(p) => {
                    std::fs::read_dir(p).map_err(|e| BatchError::io(p, e))?;
                }
                Input::Stdin => {}
            }
        }
        Ok(RecordReader {
            inputs,
            next_input: 0,
            current: None,
            max_bytes,
            counters: Arc::default(),
            buf: Vec::new(),
        })
    }

    /// The inputs, in order.
    pub fn inputs(&self) -> &[Input] {
        &self.inputs
    }

    /// The counters this reader updates.
    pub fn counters(&self) -> Arc<ReadCounters> {
        self.counters.clone()
    }

    /// The total stored size of the inputs, when known (not for stdin).
    pub fn total_bytes(&self) -> Option<u64> {
        let mut total = 0;
        for i in &self.inputs {
            match i {
                Input::Jsonl(p) => total += std::fs::metadata(p).ok()?.len(),
                Input::TextDir(p) => {
                    for f in list_text_files(p).ok()? {
                        total += std::fs::metadata(&f).ok()?.len();
                    }
                }
                Input::Stdin => return None,
            }
        }
        Some(total)
    }

    fn open(&mut self, idx: usize) -> Result<Source, RawRecord> {
        let input = idx as u32;
        let fail = |e: io::Error| RawRecord {
            input,
            line: 1,
            body: RawBody::ReadError(e.to_string()),
        };
        let counters = self.counters.clone();
        match &self.inputs[idx] {
            Input::Jsonl(p) => {
                let f = File::open(p).map_err(fail)?;
                let reader = maybe_gunzip(Counting { inner: f, counters }).map_err(fail)?;
                Ok(Source::Lines {
                    input,
                    reader,
                    line: 0,
                })
            }
            Input::Stdin => {
                let reader = maybe_gunzip(Counting {
                    inner: io::stdin(),
                    counters,
                })
                .map_err(fail)?;
                Ok(Source::Lines {
                    input,
                    reader,
                    line: 0,
                })
            }
            Input::TextDir(p) => {
                let files = list_text_files(p).map_err(fail)?;
                Ok(Source::Dir {
                    input,
                    files: files.into_iter(),
                    pos: 0,
                })
            }
        }
    }
}

impl Iterator for RecordReader {
    type Item = RawRecord;

    fn next(&mut self) -> Option<RawRecord> {
        loop {
            if self.current.is_none() {
                if self.next_input >= self.inputs.len() {
                    return None;
                }
                let idx = self.next_input;
                self.next_input += 1;
                match self.open(idx) {
                    Ok(s) => self.current = Some(s),
                    Err(rec) => return Some(rec),
                }
            }
            let max = self.max_bytes;
            let rec = match self.current.as_mut().expect("a current source") {
                Source::Lines { input, reader, line } => {
                    next_line(*input, reader, line, max, &mut self.buf, &self.counters)
                }
                Source::Dir { input, files, pos } => next_file(*input, files, pos, max, &self.counters),
            };
            match rec {
                Some(r) => {
                    if matches!(r.body, RawBody::ReadError(_)) {
                        self.current = None;
                    }
                    return Some(r);
                }
                None => self.current = None,
            }
        }
    }
}

/// The next non-blank line of a line source. Blank lines (only white space)
/// are not records and are skipped.
fn next_line(
    input: u32,
    reader: &mut Box<dyn BufRead + Send>,
    line: &mut u64,
    max: usize,
    buf: &mut Vec<u8>,
    counters: &ReadCounters,
) -> Option<RawRecord> {
    loop {
        *line += 1;
        buf.clear();
        let mut len: u64 = 0;
        let mut too_long = false;
        let mut saw_any = false;
        loop {
            let avail = match reader.fill_buf() {
                Ok(a) => a,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Some(RawRecord {
                        input,
                        line: *line,
                        body: RawBody::ReadError(e.to_string()),
                    })
                }
            };
            if avail.is_empty() {
                break;
            }
            saw_any = true;
            let (chunk, used, done) = match memchr::memchr(b'\n', avail) {
                Some(i) => (&avail[..i], i + 1, true),
                None => (avail, avail.len(), false),
            };
            len += chunk.len() as u64;
            if !too_long && buf.len() + chunk.len() > max {
                too_long = true;
                let room = PREFIX_BYTES.saturating_sub(buf.len());
                buf.extend_from_slice(&chunk[..room.min(chunk.len())]);
                buf.truncate(PREFIX_BYTES);
            } else if !too_long {
                buf.extend_from_slice(chunk);
            }
            reader.consume(used);
            counters.bytes.fetch_add(used as u64, Ordering::Relaxed);
            if done {
                break;
            }
        }
        if !saw_any {
            *line -= 1;
            return None;
        }
        if too_long {
            return Some(RawRecord {
                input,
                line: *line,
                body: RawBody::TooLong {
                    id: None,
                    len,
                    prefix: std::mem::take(buf),
                },
            });
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        if buf.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        return Some(RawRecord {
            input,
            line: *line,
            body: RawBody::Line(buf.clone()),
        });
    }
}

/// The next file of a directory source.
fn next_file(
    input: u32,
    files: &mut std::vec::IntoIter<PathBuf>,
    pos: &mut u64,
    max: usize,
    counters: &ReadCounters,
) -> Option<RawRecord> {
    let path = files.next()?;
    *pos += 1;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = name
        .strip_suffix(".txt.gz")
        .or_else(|| name.strip_suffix(".txt"))
        .unwrap_or(&name)
        .to_string();
    let stored = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    counters.stored.fetch_add(stored, Ordering::Relaxed);
    let read = || -> io::Result<(Vec<u8>, u64)> {
        let f = File::open(&path)?;
        let mut r = maybe_gunzip(f)?;
        let mut bytes = Vec::new();
        let n = (&mut r).take(max as u64 + 1).read_to_end(&mut bytes)? as u64;
        if n > max as u64 {
            // count the rest without keeping it
            let rest = io::copy(&mut r, &mut io::sink())?;
            bytes.truncate(PREFIX_BYTES);
            return Ok((bytes, n + rest));
        }
        Ok((bytes, n))
    };
    let body = match read() {
        Ok((bytes, len)) if len > max as u64 => RawBody::TooLong {
            id: Some(id),
            len,
            prefix: bytes,
        },
        Ok((bytes, len)) => {
            counters.bytes.fetch_add(len, Ordering::Relaxed);
            RawBody::File { id, bytes }
        }
        Err(e) => RawBody::ReadError(format!("{}: {e}", path.display())),
    };
    Some(RawRecord {
        input,
        line: *pos,
        body,
    })
}

/// The `.txt` and `.txt.gz` files of a directory, in byte order of name.
pub fn list_text_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let name = e.file_name();
        let name = name.to_string_lossy();
        if (name.ends_with(".txt") || name.ends_with(".txt.gz")) && e.path().is_file() {
            files.push(e.path());
        }
    }
    files.sort();
    Ok(files)
}

/// A reader that counts the stored bytes it reads.
struct Counting<R> {
    inner: R,
    counters: Arc<ReadCounters>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counters.stored.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

const BUF: usize = 1 << 16;

/// `r` buffered, decompressed when it starts with the gzip magic bytes.
fn maybe_gunzip<R: Read + Send + 'static>(r: R) -> io::Result<Box<dyn BufRead + Send>> {
    let mut b = BufReader::with_capacity(BUF, r);
    let head = b.fill_buf()?;
    if head.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(BufReader::with_capacity(BUF, MultiGzDecoder::new(b))))
    } else {
        Ok(Box::new(b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn lines_of(data: &[u8], max: usize) -> Vec<(u64, String)> {
        let dir = std::env::temp_dir().join(format!("khabar-reader-{}-{}", std::process::id(), data.len()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(format!("in-{max}.jsonl"));
        std::fs::write(&p, data).unwrap();
        let r = RecordReader::new(vec![Input::Jsonl(p)], max).unwrap();
        r.map(|rec| {
            let s = match rec.body {
                RawBody::Line(b) => String::from_utf8_lossy(&b).into_owned(),
                RawBody::TooLong { len, prefix, .. } => format!("LONG {len} {}", prefix.len()),
                RawBody::File { .. } => "FILE".into(),
                RawBody::ReadError(e) => format!("ERR {e}"),
            };
            (rec.line, s)
        })
        .collect()
    }

    #[test]
    fn lines_numbers_blank_and_crlf() {
        let got = lines_of(b"a\r\n\n  \nb\nc", 100);
        assert_eq!(got, vec![(1, "a".into()), (4, "b".into()), (5, "c".into())]);
    }

    #[test]
    fn over_long_lines_are_not_held() {
        let long = "x".repeat(10_000);
        let data = format!("a\n{long}\nb\n");
        let got = lines_of(data.as_bytes(), 50);
        assert_eq!(
            got,
            vec![
                (1, "a".into()),
                (2, format!("LONG 10000 {PREFIX_BYTES}")),
                (3, "b".into())
            ]
        );
    }

    #[test]
    fn gzip_is_read_and_truncated_gzip_is_a_read_error() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        for i in 0..2000 {
            writeln!(gz, "line {i} with some padding to make it longer").unwrap();
        }
        let bytes = gz.finish().unwrap();
        let got = lines_of(&bytes, 1000);
        assert_eq!(got.len(), 2000);
        assert_eq!(
            got[1999],
            (2000, "line 1999 with some padding to make it longer".into())
        );
        let cut = &bytes[..bytes.len() / 2];
        let got = lines_of(cut, 999);
        let last = got.last().unwrap();
        assert!(last.1.starts_with("ERR "), "{last:?}");
        assert!(got.len() > 10 && got.len() < 2000);
    }
}
