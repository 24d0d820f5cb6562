//! Command-line interface: clap arguments, one file per subcommand. Only this
//! module prints. Exit statuses: 0 success, 1 some records failed (batch), 2
//! an error (bad arguments, unreadable input, invalid UTF-8 without
//! `--lossy`). A broken pipe (e.g. `khabar … | head`) counts as success.

mod analyze;
mod batch;
mod inspect;
mod io;
mod lexicons;
mod normalize;
mod schema;
mod tokenize;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use khabar::{DigitMode, LexiconSource, NormalizeOptions};

/// khabar — Persian news text to clean, structured, bilingual facts.
#[derive(Parser, Debug)]
#[command(name = "khabar", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Normalize Persian text line by line (stdin when no FILE).
    Normalize(normalize::Args),
    /// Print the tokens and sentences of a text with original offsets.
    Tokenize(tokenize::Args),
    /// Analyze one article and print its Document as JSON.
    Analyze(analyze::Args),
    /// Analyze an archive (JSONL, .gz, a directory of .txt, stdin): one
    /// JSONL Document per record, in order, on all cores.
    Batch(batch::Args),
    /// A readable, coloured report of one article for the terminal.
    Inspect(inspect::Args),
    /// Print the JSON Schema of a Document (or check a JSONL file).
    Schema(schema::Args),
    /// List, export or check lexicon files.
    Lexicons(lexicons::Args),
}

/// Options shared by the commands that normalize text.
#[derive(Args, Debug, Clone)]
pub struct NormArgs {
    /// Digit script of the output.
    #[arg(long, value_enum, default_value_t = DigitArg::Persian)]
    pub digits: DigitArg,
    /// Keep diacritics (harakat) instead of removing them.
    #[arg(long)]
    pub keep_diacritics: bool,
    /// Turn off ZWNJ/space repair.
    #[arg(long)]
    pub no_zwnj: bool,
    /// Turn off punctuation spacing.
    #[arg(long)]
    pub no_punctuation: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Read lexicon files from DIR; files there override the embedded ones.
    #[arg(long, value_name = "DIR")]
    pub lexicons: Option<PathBuf>,
}

/// `--digits` values.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum DigitArg {
    /// ۰-۹
    Persian,
    /// 0-9
    Latin,
    /// as written
    Keep,
}

impl NormArgs {
    /// The normalizer options these flags select.
    pub fn options(&self) -> NormalizeOptions {
        NormalizeOptions {
            digits: match self.digits {
                DigitArg::Persian => DigitMode::Persian,
                DigitArg::Latin => DigitMode::Latin,
                DigitArg::Keep => DigitMode::Keep,
            },
            keep_diacritics: self.keep_diacritics,
            zwnj: !self.no_zwnj,
            punctuation: !self.no_punctuation,
            ..NormalizeOptions::default()
        }
    }

    /// Where lexicons come from.
    pub fn source(&self) -> khabar::Result<LexiconSource> {
        match &self.lexicons {
            Some(d) => LexiconSource::with_dir(d),
            None => Ok(LexiconSource::embedded()),
        }
    }
}

/// Parse the command line and run it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Normalize(a) => normalize::run(a),
        Command::Tokenize(a) => tokenize::run(a),
        Command::Analyze(a) => analyze::run(a),
        Command::Batch(a) => batch::run(a),
        Command::Inspect(a) => inspect::run(a),
        Command::Schema(a) => schema::run(a),
        Command::Lexicons(a) => lexicons::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) if io::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("khabar: {e:#}");
            ExitCode::from(2)
        }
    }
}
