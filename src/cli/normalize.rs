//! `khabar normalize [FILE…]` — normalize text line by line.
//!
//! Reads each FILE (or stdin when none, or `-`) and writes the normalized text
//! to stdout: output line i is input line i (a final line without a newline
//! stays without one). `--report` prints the counts of each kind of change
//! as JSON on stderr. Invalid UTF-8 is an error naming the file and byte
//! offset (exit status 2) unless `--lossy`.

use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};

use khabar::text::normalize::ZwnjLexicon;
use khabar::{NormCounts, Normalizer};

use super::io::decode;

/// Arguments of `khabar normalize`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Input files; stdin when none (or `-`).
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub norm: super::NormArgs,
    /// Print the counts of each kind of change as JSON on stderr.
    #[arg(long)]
    pub report: bool,
    /// Repair compounds also in lines that already use ZWNJ (by default such
    /// a line keeps its writer's compound spellings; only certain
    /// morphology is repaired there).
    #[arg(long)]
    pub full_repair: bool,
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let zwnj = Arc::new(ZwnjLexicon::load(&args.norm.source()?)?);
    let mut options = args.norm.options();
    options.house_style = !args.full_repair;
    let normalizer = Normalizer::new(options, zwnj);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut counts = NormCounts::default();
    // no FILE means stdin, as does `-`
    let stdin_only = [PathBuf::from("-")];
    let files = if args.files.is_empty() {
        &stdin_only[..]
    } else {
        &args.files[..]
    };
    for f in files {
        if f.as_os_str() == "-" {
            let stdin = std::io::stdin();
            normalize_stream(
                &normalizer,
                stdin.lock(),
                "stdin",
                args.norm.lossy,
                &mut out,
                &mut counts,
            )?;
        } else {
            let file = std::fs::File::open(f).with_context(|| format!("opening {}", f.display()))?;
            let name = f.display().to_string();
            normalize_stream(&normalizer, file, &name, args.norm.lossy, &mut out, &mut counts)?;
        }
    }
    out.flush()?;
    if args.report {
        eprintln!("{}", serde_json::to_string(&counts)?);
    }
    // the process ends here: freeing the lexicons' tables one by one would
    // only cost time (milliseconds of start-up-sized work on every run)
    std::mem::forget(normalizer);
    Ok(ExitCode::SUCCESS)
}

/// Bytes read from an input at a time (the buffer grows for a longer line).
const READ_SIZE: usize = 1 << 18;

/// Normalize every line of `input` into `out`.
///
/// The input is read in blocks into one buffer and each line normalized
/// where it lies (no copy per line); the normalized text goes into one
/// reused string ([`Normalizer::normalize_into`]): no allocation per line
/// once the buffers have grown.
fn normalize_stream(
    normalizer: &Normalizer,
    mut input: impl Read,
    name: &str,
    lossy: bool,
    out: &mut impl Write,
    counts: &mut NormCounts,
) -> Result<()> {
    // buf[start..end]: read, not yet normalized; `searched`: no newline in
    // buf[start..searched]; `base`: the input offset of buf[0]
    let mut buf = vec![0u8; READ_SIZE];
    let (mut start, mut end, mut searched, mut base) = (0usize, 0usize, 0usize, 0usize);
    let mut norm = String::new();
    let mut line = |bytes: &[u8], offset: usize| {
        normalize_line(normalizer, bytes, offset, name, lossy, &mut norm, out, counts)
    };
    loop {
        while let Some(k) = memchr::memchr(b'\n', &buf[searched..end]) {
            let line_end = searched + k + 1;
            line(&buf[start..line_end], base + start)?;
            start = line_end;
            searched = line_end;
        }
        searched = end;
        // the unfinished line to the front; a line longer than the buffer
        // grows it
        if start > 0 {
            buf.copy_within(start..end, 0);
            base += start;
            end -= start;
            searched -= start;
            start = 0;
        }
        if end == buf.len() {
            buf.resize(buf.len() * 2, 0);
        }
        let n = loop {
            match input.read(&mut buf[end..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e).with_context(|| format!("reading {name}")),
            }
        };
        if n == 0 {
            // a last line without a newline
            if end > start {
                line(&buf[start..end], base + start)?;
            }
            return Ok(());
        }
        end += n;
    }
}

/// Normalize one line (`line`, with its newline if it has one, at byte
/// `offset` of the input) into `out`, through the buffer `norm`.
#[allow(clippy::too_many_arguments)]
#[inline]
fn normalize_line(
    normalizer: &Normalizer,
    line: &[u8],
    offset: usize,
    name: &str,
    lossy: bool,
    norm: &mut String,
    out: &mut impl Write,
    counts: &mut NormCounts,
) -> Result<()> {
    let newline = line.last() == Some(&b'\n');
    let body_len = line.len() - newline as usize;
    let cr = body_len > 0 && line[body_len - 1] == b'\r';
    let body = &line[..body_len - cr as usize];
    // simdutf8 validates Persian text (two-byte characters) several
    // times faster than std; std reports where an invalid line breaks
    let checked = match simdutf8::basic::from_utf8(body) {
        Ok(s) => Ok(s),
        Err(_) => std::str::from_utf8(body),
    };
    let text = match checked {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(e) => {
            let fixed = decode(body.to_vec(), name, lossy).map_err(|_| {
                anyhow::Error::new(khabar::Error::InvalidUtf8 {
                    offset: offset + e.valid_up_to(),
                })
                .context(format!("{name} (use --lossy to replace invalid bytes)"))
            })?;
            std::borrow::Cow::Owned(fixed)
        }
    };
    let c = normalizer.normalize_into(&text, norm);
    counts.add(&c);
    if memchr::memchr(b'\n', norm.as_bytes()).is_some() {
        // a line separator inside the line (U+2028) must not add a line
        out.write_all(norm.replace('\n', " ").as_bytes())?;
    } else {
        out.write_all(norm.as_bytes())?;
    }
    if newline {
        out.write_all(b"\n")?;
    }
    Ok(())
}
