//! `khabar batch [INPUT…]` — analyze a news archive: one JSONL Document per
//! input record, in input order, on all cores, in bounded memory.
//!
//! Inputs are JSONL files (gzip-compressed or not), directories of `.txt`
//! files (id = file stem) or `-` for stdin (the default). Every field of a
//! JSONL record other than the text and id fields goes to `meta`; a
//! `jalali_date` (or `date`) field dates the article. A record that cannot be
//! analyzed becomes an error record in its place (or in `--errors FILE`) and
//! the run goes on. `--sqlite DB` also writes normalized tables (upserted).
//! `--resume` skips the records an earlier, interrupted run already wrote to
//! `-o FILE` (and `--errors`, `--sqlite`).
//!
//! Exit status: 0 every record analyzed; 1 some records became error
//! records; 2 the run could not start or its output failed.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{bail, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use khabar::batch::pipeline::{self, Config, NoProgress, Progress, Stats};
use khabar::batch::reader::{Input, RecordReader};
use khabar::batch::sqlite::SqliteWriter;
use khabar::batch::writer::{resume_keys, BatchSink, Output};
use khabar::{Analyzer, Lexicons};

/// Arguments of `khabar batch`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Exit status: 0 every record analyzed, 1 some records became error records \
    ({\"id\", \"line\", \"error\": {\"kind\", \"message\"}}), 2 fatal (input missing, output not writable)."
)]
pub struct Args {
    /// JSONL files (.gz read directly), directories of .txt files, or `-`
    /// for stdin (the default).
    pub inputs: Vec<PathBuf>,
    /// Write documents to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write error records to FILE instead of among the documents.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Also write normalized tables to this SQLite database (re-running
    /// upserts). Without -o, no JSONL is written.
    #[arg(long, value_name = "DB")]
    pub sqlite: Option<PathBuf>,
    /// The JSONL field holding the article text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,
    /// The JSONL field holding the article id (missing: `<file>:<line>`).
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,
    /// Worker threads (default: all cores).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Records per batch (memory grows with it).
    #[arg(long, default_value_t = 1000, value_name = "N")]
    pub batch: usize,
    /// Longest record accepted (bytes; K, M, G suffixes are powers of 1000).
    #[arg(long, default_value = "10M", value_parser = parse_size, value_name = "SIZE")]
    pub max_bytes: usize,
    /// Skip the records already in -o FILE (and --errors, --sqlite): continue
    /// an interrupted run without duplicates.
    #[arg(long)]
    pub resume: bool,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub norm: super::NormArgs,
}

/// Parse `10M`, `512K`, `1000` into bytes.
pub fn parse_size(s: &str) -> std::result::Result<usize, String> {
    let t = s.trim().trim_end_matches(['B', 'b']);
    let (num, mul) = match t.char_indices().last() {
        Some((i, 'K' | 'k')) => (&t[..i], 1_000),
        Some((i, 'M' | 'm')) => (&t[..i], 1_000_000),
        Some((i, 'G' | 'g')) => (&t[..i], 1_000_000_000),
        _ => (t, 1),
    };
    let n: usize = num.trim().parse().map_err(|_| format!("not a size: {s:?}"))?;
    n.checked_mul(mul)
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("bad size: {s:?}"))
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    if args.resume && args.output.is_none() && args.sqlite.is_none() {
        bail!("--resume needs -o FILE (or --sqlite DB): the output to continue");
    }
    let inputs: Vec<Input> = if args.inputs.is_empty() {
        vec![Input::Stdin]
    } else {
        args.inputs.iter().map(|p| Input::from_arg(p)).collect()
    };
    let reader = RecordReader::new(inputs, args.max_bytes)?;
    let lex = Arc::new(Lexicons::load(&args.norm.source()?)?);
    let analyzer = Analyzer::new(lex, args.norm.options());

    let mut cfg = Config {
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        max_bytes: args.max_bytes,
        batch_records: args.batch,
        keep_documents: args.sqlite.is_some(),
        lossy: args.norm.lossy,
        ..Config::default()
    };
    if let Some(j) = args.jobs.filter(|&j| j > 0) {
        cfg.jobs = j;
    }
    let sqlite = match &args.sqlite {
        Some(p) => Some(SqliteWriter::open(p)?),
        None => None,
    };
    if args.resume {
        for p in [&args.output, &args.errors].into_iter().flatten() {
            cfg.skip.extend(resume_keys(p)?);
        }
        if let (Some(db), None) = (&sqlite, &args.output) {
            cfg.skip.extend(db.existing_keys()?);
        }
    }
    let docs = match (&args.output, &args.sqlite) {
        (Some(p), _) => Some(Output::file(p, args.resume)?),
        (None, Some(_)) => None,
        (None, None) => Some(Output::stdout()),
    };
    let errors = match &args.errors {
        Some(p) => Some(Output::file(p, args.resume)?),
        None => None,
    };
    let mut sink = BatchSink { docs, errors, sqlite };

    let show_bar = !args.quiet && std::io::stderr().is_terminal();
    let stats = if show_bar {
        let mut bar = Bar::new(reader.total_bytes());
        let r = pipeline::run(reader, &analyzer, &cfg, &mut sink, &mut bar);
        bar.bar.finish_and_clear();
        r?
    } else {
        pipeline::run(reader, &analyzer, &cfg, &mut sink, &mut NoProgress)?
    };
    if !args.quiet {
        eprintln!("khabar batch: {}", summary(&stats));
    }
    Ok(if stats.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The summary line.
fn summary(s: &Stats) -> String {
    let secs = s.elapsed.as_secs_f64().max(1e-9);
    let mut kinds = String::new();
    if !s.error_kinds.is_empty() {
        let parts: Vec<String> = s.error_kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        kinds = format!(" ({})", parts.join(", "));
    }
    format!(
        "{} records: {} documents, {} errors{}, {} skipped in {:.1}s ({:.0} records/s, {:.2} MB/s)",
        s.records,
        s.documents,
        s.errors,
        kinds,
        s.skipped,
        secs,
        s.records as f64 / secs,
        s.bytes as f64 / 1e6 / secs,
    )
}

/// The progress bar on stderr.
struct Bar {
    bar: ProgressBar,
}

impl Bar {
    fn new(total: Option<u64>) -> Bar {
        let bar = match total {
            Some(t) => {
                let b = ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr());
                b.set_style(
                    ProgressStyle::with_template(
                        "{elapsed_precise} [{wide_bar}] {percent:>3}% {msg} ETA {eta}",
                    )
                    .expect("a valid template")
                    .progress_chars("=> "),
                );
                b
            }
            None => {
                let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
                b.set_style(
                    ProgressStyle::with_template("{elapsed_precise} {spinner} {msg}")
                        .expect("a valid template"),
                );
                b
            }
        };
        Bar { bar }
    }
}

impl Progress for Bar {
    fn update(&mut self, s: &Stats) {
        let secs = s.elapsed.as_secs_f64().max(1e-9);
        self.bar.set_position(s.stored);
        self.bar.set_message(format!(
            "{} records, {:.0}/s, {:.2} MB/s, {} errors",
            s.records,
            s.records as f64 / secs,
            s.bytes as f64 / 1e6 / secs,
            s.errors
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("10M"), Ok(10_000_000));
        assert_eq!(parse_size("10MB"), Ok(10_000_000));
        assert_eq!(parse_size("512k"), Ok(512_000));
        assert_eq!(parse_size("1234"), Ok(1234));
        assert!(parse_size("ten").is_err());
        assert!(parse_size("0").is_err());
    }
}
