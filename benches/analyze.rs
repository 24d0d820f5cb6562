//! Throughput of normalize + tokenize + dates + figures on the shared news
//! text, single-threaded, against two baselines measured in the same run:
//! copying the bytes (what `cat` does) and normalize + tokenize alone; and of
//! the whole `Analyzer::analyze` (every extractor, the Document).
//!
//! `cargo bench --bench analyze` (needs ../shared/data/news/*.jsonl; set
//! KHABAR_NEWS to a JSONL file to use another corpus). Prints MB/s of input
//! text for each stage; asserts the figure and date counts so it cannot
//! quietly measure nothing.

use std::time::{Duration, Instant};

use khabar::extract::dates::DatesExtractor;
use khabar::extract::figures::FiguresExtractor;
use khabar::extract::{Context, Extractor, Findings};
use khabar::text::tokenize::tokenize;
use khabar::{Analyzer, ArticleMeta};

fn load() -> Vec<String> {
    let paths: Vec<String> = match std::env::var("KHABAR_NEWS") {
        Ok(p) => vec![p],
        Err(_) => ["farsnews.jsonl", "varzesh3.jsonl"]
            .iter()
            .map(|f| {
                let local = format!("../shared/data/news/{f}");
                if std::path::Path::new(&local).exists() {
                    local
                } else {
                    format!("/work/shared/data/news/{f}")
                }
            })
            .collect(),
    };
    let mut texts = Vec::new();
    for p in paths {
        let data = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            if let Some(t) = v["text"].as_str() {
                if !t.trim().is_empty() {
                    texts.push(t.to_string());
                }
            }
        }
    }
    texts
}

/// CPU time this thread has used (user + system), from
/// `/proc/thread-self/stat` in USER_HZ (1/100 s) ticks; `None` off Linux.
/// On a shared machine wall time also counts the time other processes held
/// the core, so the CPU-time rate is printed next to the wall-time rate.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let after = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// Best of `runs` wall timings of `f` over all texts, and the least CPU
/// time of a run.
fn best(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, Option<Duration>, usize) {
    let mut best = Duration::MAX;
    let mut best_cpu: Option<Duration> = None;
    let mut out = 0;
    for _ in 0..runs {
        let c = thread_cpu();
        let t = Instant::now();
        out = f();
        best = best.min(t.elapsed());
        if let (Some(a), Some(b)) = (c, thread_cpu()) {
            let d = b.saturating_sub(a);
            best_cpu = Some(best_cpu.map_or(d, |x| x.min(d)));
        }
    }
    (best, best_cpu, out)
}

fn main() {
    let texts = load();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mb = bytes as f64 / 1e6;
    let analyzer = Analyzer::embedded().expect("lexicons");
    let norm = analyzer.normalizer().clone();
    let meta = ArticleMeta::default();
    let runs = 7;

    let (t_copy, _, n_copy) = best(runs, || {
        let mut buf = Vec::with_capacity(bytes);
        for t in &texts {
            buf.extend_from_slice(t.as_bytes());
        }
        std::hint::black_box(&buf);
        buf.len()
    });
    assert_eq!(n_copy, bytes);
    let (t_norm, c_norm, n_tok) = best(runs, || {
        texts
            .iter()
            .map(|t| tokenize(norm.normalize(t).text.text()).tokens.len())
            .sum()
    });
    // exactly the stages of the figures/dates work: normalize, tokenize, dates, figures
    let lex = analyzer.lexicons().clone();
    let mut counts = (0, 0);
    let (t_fd, c_fd, _) = best(runs, || {
        counts = (0, 0);
        for t in &texts {
            let aligned = norm.normalize(t).text;
            let tokens = tokenize(aligned.text());
            let cx = Context::new(&aligned, &tokens, &lex, &meta);
            let mut found = Findings::default();
            DatesExtractor.extract(&cx, &mut found);
            FiguresExtractor.extract(&cx, &mut found);
            counts.0 += found.figures.len();
            counts.1 += found.dates.len();
        }
        counts.0
    });
    let (n_fig, n_date) = counts;
    // the whole analyzer: every extractor, and the Document with original offsets
    let (t_all, c_all, n_all) = best(runs, || {
        let mut n = 0;
        for (i, t) in texts.iter().enumerate() {
            let doc = analyzer.analyze(&i.to_string(), t, &meta).expect("analyze");
            n += doc.figures.len();
        }
        n
    });
    assert_eq!(n_all, n_fig);
    assert!(
        n_tok > 0 && n_fig > 1000 && n_date > 1000,
        "{n_tok} tokens, {n_fig} figures, {n_date} dates"
    );
    let rate = |d: Duration| mb / d.as_secs_f64();
    let cpu = |c: Option<Duration>| {
        c.map_or("n/a".to_string(), |c| {
            format!("{:.1} MB/s", mb / c.as_secs_f64().max(1e-9))
        })
    };
    println!("corpus: {} articles, {:.1} MB of text", texts.len(), mb);
    println!("copy (cat baseline)          {:>8.1} MB/s wall", rate(t_copy));
    println!(
        "normalize + tokenize         {:>8.1} MB/s wall, {} CPU   ({n_tok} tokens)",
        rate(t_norm),
        cpu(c_norm)
    );
    println!(
        "+ dates + figures            {:>8.1} MB/s wall, {} CPU   ({n_fig} figures, {n_date} dates)",
        rate(t_fd),
        cpu(c_fd)
    );
    println!(
        "Analyzer::analyze (all)      {:>8.1} MB/s wall, {} CPU",
        rate(t_all),
        cpu(c_all)
    );
}
