//! Shared I/O plumbing: reading a file or stdin (`-`) as UTF-8 with errors
//! that name the file and byte offset, and detecting broken pipes.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};

/// Read all of `path` (`-` or `None` = stdin) as bytes.
pub fn read_bytes(path: Option<&Path>) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    match path {
        None => {
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .context("reading stdin")?;
        }
        Some(p) if p == Path::new("-") => {
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .context("reading stdin")?;
        }
        Some(p) => {
            buf = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
        }
    }
    Ok(buf)
}

/// Decode `bytes` from `name`: an error naming the byte offset, or with
/// `lossy` a replacement of invalid sequences by U+FFFD.
pub fn decode(bytes: Vec<u8>, name: &str, lossy: bool) -> Result<String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            Err(anyhow::Error::new(khabar::Error::InvalidUtf8 { offset })
                .context(format!("{name} (use --lossy to replace invalid bytes)")))
        }
    }
}

/// The display name of an input.
pub fn input_name(path: Option<&Path>) -> String {
    match path {
        None => "stdin".into(),
        Some(p) if p == Path::new("-") => "stdin".into(),
        Some(p) => p.display().to_string(),
    }
}

/// True when the error chain holds a broken-pipe I/O error.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == BrokenPipe)
            // serde_json wraps the writer's error without exposing it as a source
            || c.downcast_ref::<serde_json::Error>().and_then(|j| j.io_error_kind()) == Some(BrokenPipe)
    })
}
