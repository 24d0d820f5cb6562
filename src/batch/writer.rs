//! Writing outcomes: JSONL documents (to a file or stdout), error records
//! (in the same stream or an `--errors` file), optionally SQLite — and, for
//! `--resume`, reading back what an interrupted run already wrote.
//!
//! Each batch is written whole and then flushed, so a killed run leaves at
//! most one partial last line, which [`resume_keys`] cuts off before the
//! run continues.

use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Seek, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::pipeline::{Outcome, Sink};
use super::record::line_key;
use super::sqlite::SqliteWriter;
use super::BatchError;

/// An output stream and its name (for error messages).
pub struct Output {
    out: Box<dyn Write + Send>,
    path: PathBuf,
}

impl Output {
    /// Standard output.
    pub fn stdout() -> Output {
        Output {
            out: Box::new(io::BufWriter::with_capacity(1 << 16, io::stdout())),
            path: PathBuf::from("-"),
        }
    }

    /// A file, created (truncated) or, with `append`, appended to.
    pub fn file(path: &Path, append: bool) -> Result<Output, BatchError> {
        let f = if append {
            OpenOptions::new().create(true).append(true).open(path)
        } else {
            File::create(path)
        }
        .map_err(|e| BatchError::io(path, e))?;
        Ok(Output {
            out: Box::new(io::BufWriter::with_capacity(1 << 16, f)),
            path: path.to_path_buf(),
        })
    }

    fn write(&mut self, b: &[u8]) -> Result<(), BatchError> {
        self.out.write_all(b).map_err(|e| BatchError::io(&self.path, e))
    }

    fn flush(&mut self) -> Result<(), BatchError> {
        self.out.flush().map_err(|e| BatchError::io(&self.path, e))
    }
}

/// The batch sink: documents to `docs`, error records to `errors` (or to
/// `docs` when there is no errors output), everything to SQLite when set.
pub struct BatchSink {
    /// Where documents go (none: only SQLite).
    pub docs: Option<Output>,
    /// Where error records go, when apart from the documents.
    pub errors: Option<Output>,
    /// The database.
    pub sqlite: Option<SqliteWriter>,
}

impl Sink for BatchSink {
    fn write_batch(&mut self, batch: &[Outcome]) -> Result<(), BatchError> {
        for o in batch {
            match o {
                Outcome::Document { json, .. } => {
                    if let Some(d) = &mut self.docs {
                        d.write(json)?;
                    }
                }
                Outcome::Error { json, .. } => {
                    if let Some(e) = self.errors.as_mut().or(self.docs.as_mut()) {
                        e.write(json)?;
                    }
                }
                Outcome::Skipped => {}
            }
        }
        if let Some(db) = &mut self.sqlite {
            db.write_batch(batch)?;
        }
        for o in [&mut self.docs, &mut self.errors].into_iter().flatten() {
            o.flush()?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), BatchError> {
        for o in [&mut self.docs, &mut self.errors].into_iter().flatten() {
            o.flush()?;
        }
        if let Some(db) = &mut self.sqlite {
            db.finish()?;
        }
        Ok(())
    }
}

/// What `--resume` reads of each line written before.
#[derive(Deserialize)]
struct Written {
    id: Option<String>,
    line: Option<u64>,
    file: Option<String>,
    error: Option<serde::de::IgnoredAny>,
}

/// The keys of the records a previous run wrote to `path` (ids; `#file:line`
/// for error records without an id). A partial last line (the run was
/// killed while writing) is cut off the file, so appending goes on cleanly.
/// A missing file has no keys.
pub fn resume_keys(path: &Path) -> Result<HashSet<String>, BatchError> {
    let mut keys = HashSet::new();
    let mut f = match OpenOptions::new().read(true).write(true).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(keys),
        Err(e) => return Err(BatchError::io(path, e)),
    };
    let io_err = |e| BatchError::io(path, e);
    let mut good_end: u64 = 0;
    {
        let mut r = BufReader::with_capacity(1 << 16, &mut f);
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = r.read_until(b'\n', &mut line).map_err(io_err)?;
            if n == 0 || line.last() != Some(&b'\n') {
                break; // end, or a partial last line
            }
            good_end += n as u64;
            if let Ok(w) = serde_json::from_slice::<Written>(&line) {
                match (w.error.is_some(), w.id) {
                    (_, Some(id)) => {
                        keys.insert(id);
                    }
                    (true, None) => {
                        if let Some(l) = w.line {
                            keys.insert(line_key(w.file.as_deref(), l));
                        }
                    }
                    (false, None) => {}
                }
            }
        }
    }
    let len = f.seek(io::SeekFrom::End(0)).map_err(io_err)?;
    if len > good_end {
        f.set_len(good_end).map_err(io_err)?;
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resume_cuts_a_partial_line() {
        let dir = std::env::temp_dir().join(format!("khabar-resume-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("out.jsonl");
        let good = "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":null,\"line\":7,\"file\":\"in.jsonl\",\"error\":{\"kind\":\"invalid_json\",\"message\":\"m\"}}\n";
        std::fs::write(&p, format!("{good}{{\"id\":\"b\",\"te")).unwrap();
        let keys = resume_keys(&p).unwrap();
        let mut k: Vec<_> = keys.into_iter().collect();
        k.sort();
        assert_eq!(k, vec!["#in.jsonl:7".to_string(), "a".to_string()]);
        assert_eq!(std::fs::read_to_string(&p).unwrap(), good);
        assert!(resume_keys(&dir.join("missing.jsonl")).unwrap().is_empty());
    }
}
