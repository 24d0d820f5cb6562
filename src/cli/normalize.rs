//! `khabar normalize [FILE…]` — normalize text line by line.
//!
//! Reads each FILE (or stdin when none, or `-`) and writes the normalized text
//! to stdout: output line i is input line i (a final line without a newline
//! stays without one). `--report` prints the counts of each kind of change
//! as JSON on stderr. Invalid UTF-8 is an error naming the file and byte
//! offset (exit status 2) unless `--lossy`.

use std::io::{BufRead, BufReader, BufWriter, Read, Write};
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

/// Normalize every line of `input` into `out`.
fn normalize_stream(
    normalizer: &Normalizer,
    input: impl Read,
    name: &str,
    lossy: bool,
    out: &mut impl Write,
    counts: &mut NormCounts,
) -> Result<()> {
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let mut line = Vec::new();
    let mut offset = 0usize;
    loop {
        line.clear();
        let n = reader
            .read_until(b'\n', &mut line)
            .with_context(|| format!("reading {name}"))?;
        if n == 0 {
            break;
        }
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
        let (s, c) = normalizer.normalize_text(&text);
        counts.add(&c);
        if s.contains('\n') {
            // a line separator inside the line (U+2028) must not add a line
            out.write_all(s.replace('\n', " ").as_bytes())?;
        } else {
            out.write_all(s.as_bytes())?;
        }
        if newline {
            out.write_all(b"\n")?;
        }
        offset += n;
    }
    Ok(())
}
