//! `khabar analyze [FILE]` — analyze one article and print its Document as
//! JSON (pretty by default, `--compact` for one line). The id is the file
//! stem, or `stdin`. `--date 1403/01/12` gives the article's Jalali date, for
//! resolving relative dates.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{bail, Result};

use khabar::text::aligned::AlignedText;
use khabar::{Analyzer, ArticleMeta, Document, Lexicons};

use super::io::{decode, input_name, read_bytes};

/// Arguments of `khabar analyze`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Input file; stdin when absent or `-`.
    pub file: Option<PathBuf>,
    /// One line of JSON instead of pretty-printed.
    #[arg(long)]
    pub compact: bool,
    /// The article's publication date, YYYY/MM/DD (Jalali; a year from 1700 is read as Gregorian).
    #[arg(long, value_name = "YYYY/MM/DD")]
    pub date: Option<String>,
    #[command(flatten)]
    pub norm: super::NormArgs,
}

/// One article read from a file (or stdin) and analyzed: what `analyze`
/// prints and `inspect` reports.
pub struct Analyzed {
    /// Its document.
    pub doc: Document,
    /// The aligned normalized text it was made from (`doc.text` is its text).
    pub aligned: AlignedText,
}

/// Read `file` (stdin when `None` or `-`), id = file stem, and analyze it
/// with the publication `date` (YYYY/MM/DD) and the normalization flags.
pub fn analyze_file(file: Option<&Path>, date: Option<&str>, norm: &super::NormArgs) -> Result<Analyzed> {
    let name = input_name(file);
    let text = decode(read_bytes(file)?, &name, norm.lossy)?;
    let id = match file {
        Some(p) if p.as_os_str() != "-" => p
            .file_stem()
            .map_or("stdin".into(), |s| s.to_string_lossy().into_owned()),
        _ => "stdin".to_string(),
    };
    let meta = ArticleMeta {
        jalali_date: match date {
            Some(d) => match khabar::batch::jalali::parse_record_date(d) {
                Some(x) => Some(x),
                None => bail!("--date {d:?}: expected a date YYYY/MM/DD (Jalali, or Gregorian from 1700)"),
            },
            None => None,
        },
    };
    let lex = Arc::new(Lexicons::load(&norm.source()?)?);
    let analyzer = Analyzer::new(lex, norm.options());
    let (mut doc, aligned) = analyzer
        .analyze_aligned(&id, &text, &meta)
        .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
    doc.text = aligned.text().to_owned();
    Ok(Analyzed { doc, aligned })
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let doc = analyze_file(args.file.as_deref(), args.date.as_deref(), &args.norm)?.doc;
    let mut stdout = std::io::stdout().lock();
    if args.compact {
        serde_json::to_writer(&mut stdout, &doc)?;
    } else {
        serde_json::to_writer_pretty(&mut stdout, &doc)?;
    }
    stdout.write_all(b"\n")?;
    Ok(ExitCode::SUCCESS)
}
