//! `khabar schema` — print the JSON Schema of a Document (one line of
//! `khabar batch` output), or of an error record with `--error-record`.
//! `--check FILE` validates a JSONL output file against them instead: each
//! line is checked against the document schema, or the error-record schema
//! when it has an `error` field; exit status 1 when any line is invalid.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};

use khabar::batch::schema::{document_schema, error_record_schema, Validator};

/// Arguments of `khabar schema`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Print the schema of an error record instead.
    #[arg(long)]
    pub error_record: bool,
    /// Validate the JSONL FILE (`-` for stdin) instead of printing.
    #[arg(long, value_name = "FILE")]
    pub check: Option<PathBuf>,
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    if let Some(path) = &args.check {
        return check(path);
    }
    let schema = if args.error_record {
        error_record_schema()
    } else {
        document_schema()
    };
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &schema)?;
    out.write_all(b"\n")?;
    Ok(ExitCode::SUCCESS)
}

fn check(path: &PathBuf) -> Result<ExitCode> {
    let docs = Validator::new(document_schema())?;
    let errs = Validator::new(error_record_schema())?;
    let input: Box<dyn std::io::Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?)
    };
    let (mut n, mut bad) = (0u64, 0u64);
    for (i, line) in BufReader::new(input).lines().enumerate() {
        let line = line.with_context(|| format!("reading {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        n += 1;
        let problems = match serde_json::from_str::<serde_json::Value>(&line) {
            Ok(v) if v.get("error").is_some() => errs.validate(&v),
            Ok(v) => docs.validate(&v),
            Err(e) => vec![format!("not JSON: {e}")],
        };
        if !problems.is_empty() {
            bad += 1;
            if bad <= 20 {
                eprintln!("{}:{}: {}", path.display(), i + 1, problems.join("; "));
            }
        }
    }
    eprintln!("{}: {n} records, {bad} invalid", path.display());
    Ok(if bad > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
