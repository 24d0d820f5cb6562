//! `khabar tokenize [FILE] --json` — the tokens and sentences of a text, each
//! with its normalized text and its code-point offsets in the original input.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use serde::Serialize;

use khabar::text::normalize::ZwnjLexicon;
use khabar::text::tokenize::{tokenize, TokenKind};
use khabar::Normalizer;

use super::io::{decode, input_name, read_bytes};

/// Arguments of `khabar tokenize`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Input file; stdin when absent or `-`.
    pub file: Option<PathBuf>,
    /// Print JSON (the default and only format: one object with `tokens` and
    /// `sentences`).
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub norm: super::NormArgs,
}

#[derive(Serialize)]
struct TokenOut<'a> {
    text: &'a str,
    kind: TokenKind,
    sentence: u32,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Output<'a> {
    text: &'a str,
    tokens: Vec<TokenOut<'a>>,
    sentences: Vec<SentenceOut<'a>>,
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let path = args.file.as_deref();
    let text = decode(read_bytes(path)?, &input_name(path), args.norm.lossy)?;
    let zwnj = Arc::new(ZwnjLexicon::load(&args.norm.source()?)?);
    let normalizer = Normalizer::new(args.norm.options(), zwnj);
    let norm = normalizer.normalize(&text);
    let s = norm.text.text();
    let toks = tokenize(s);
    let conv = norm.text.offsets();
    let out = Output {
        text: s,
        tokens: toks
            .tokens
            .iter()
            .map(|t| {
                let (start, end) = conv.convert(t.span);
                TokenOut {
                    text: t.text(s),
                    kind: t.kind,
                    sentence: t.sentence,
                    start,
                    end,
                }
            })
            .collect(),
        sentences: toks
            .sentences
            .iter()
            .map(|x| {
                let (start, end) = conv.convert(x.span);
                SentenceOut {
                    text: &s[x.span.range()],
                    start,
                    end,
                }
            })
            .collect(),
    };
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer(&mut stdout, &out)?;
    stdout.write_all(b"\n")?;
    Ok(ExitCode::SUCCESS)
}
