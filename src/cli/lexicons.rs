//! `khabar lexicons` — list, export and check lexicon files, so users can
//! start an override directory from the embedded files and validate it
//! before a long batch run.
//!
//! - `khabar lexicons list`: the embedded files with their entry counts;
//! - `khabar lexicons export DIR`: write the embedded files into DIR (existing
//!   files are kept unless `--force`);
//! - `khabar lexicons check DIR`: load every table with DIR's files
//!   overriding the embedded ones; exit 2 with `file:line: problem` on error.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};

use khabar::lexicon::{embedded_file, embedded_names};
use khabar::{LexiconSource, Lexicons};

/// Arguments of `khabar lexicons`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand, Debug)]
enum Action {
    /// List the embedded lexicon files and their entry counts.
    List,
    /// Write the embedded lexicon files into DIR, to edit and use with --lexicons DIR.
    Export {
        /// Target directory (created if missing).
        dir: PathBuf,
        /// Overwrite files that exist.
        #[arg(long)]
        force: bool,
    },
    /// Load every table with DIR's files overriding the embedded ones.
    Check {
        /// The override directory.
        dir: PathBuf,
    },
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    match args.action {
        Action::List => {
            for name in embedded_names() {
                let text = embedded_file(name).unwrap_or("");
                let entries = text
                    .lines()
                    .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                    .count();
                let entries = if name.ends_with(".tsv") {
                    entries.saturating_sub(1)
                } else {
                    0
                };
                println!("{name}\t{entries}");
            }
        }
        Action::Export { dir, force } => {
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            let mut skipped = 0;
            for name in embedded_names() {
                let path = dir.join(name);
                if path.exists() && !force {
                    skipped += 1;
                    continue;
                }
                std::fs::write(&path, embedded_file(name).unwrap_or(""))
                    .with_context(|| format!("writing {}", path.display()))?;
            }
            if skipped > 0 {
                eprintln!(
                    "khabar: kept {skipped} existing file(s) in {} (use --force to overwrite)",
                    dir.display()
                );
            }
        }
        Action::Check { dir } => {
            let src = LexiconSource::with_dir(&dir)?;
            if let Err(e) = Lexicons::load(&src) {
                bail!("{}: {e}", dir.display());
            }
            eprintln!("khabar: lexicons in {} load cleanly", dir.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}
