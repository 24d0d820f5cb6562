//! Throughput of the claims extractor alone, against the rest of the analyze
//! path, on the shared news text (`../shared/data/news/*.jsonl`, or the files
//! named in `KHABAR_NEWS`, colon-separated).
//!
//! `cargo bench --bench claims` prints MB/s for: normalize + tokenize (the
//! baseline every extractor runs after), the claims extractor alone on the
//! prepared articles, and the whole `Analyzer::analyze`. It asserts the
//! number of claims found so it cannot silently measure nothing.

use std::path::PathBuf;
use std::time::Instant;

use khabar::extract::claims::ClaimsExtractor;
use khabar::extract::{ArticleMeta, Context, Extractor, Findings};
use khabar::text::tokenize::tokenize;
use khabar::{Analyzer, Lexicons};

fn news_files() -> Vec<PathBuf> {
    if let Ok(v) = std::env::var("KHABAR_NEWS") {
        return v.split(':').map(PathBuf::from).collect();
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for up in [root.join("../shared"), root.join("../../shared")] {
        let d = up.join("data/news");
        if d.is_dir() {
            return ["farsnews.jsonl", "varzesh3.jsonl"]
                .iter()
                .map(|f| d.join(f))
                .collect();
        }
    }
    panic!("news data not found: set KHABAR_NEWS");
}

fn main() {
    let mut texts = Vec::new();
    for f in news_files() {
        let s = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        for line in s.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            if let Some(t) = v["text"].as_str().filter(|t| !t.trim().is_empty()) {
                texts.push(t.to_string());
            }
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    let lex = Lexicons::embedded().unwrap();
    let analyzer = Analyzer::embedded().unwrap();
    let meta = ArticleMeta::default();

    let t = Instant::now();
    let prepared: Vec<_> = texts
        .iter()
        .map(|s| {
            let a = analyzer.normalizer().normalize(s).text;
            let tk = tokenize(a.text());
            (a, tk)
        })
        .collect();
    let base = t.elapsed().as_secs_f64();

    let ex = ClaimsExtractor;
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..3 {
        n = 0;
        let t = Instant::now();
        for (a, tk) in &prepared {
            let cx = Context::new(a, tk, &lex, &meta);
            let mut f = Findings::default();
            ex.extract(&cx, &mut f);
            n += f.claims.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    assert!(n > 1000, "only {n} claims found: measuring nothing?");

    let t = Instant::now();
    let mut m = 0;
    for (i, s) in texts.iter().enumerate() {
        m += analyzer.analyze(&i.to_string(), s, &meta).unwrap().claims.len();
    }
    let full = t.elapsed().as_secs_f64();
    assert_eq!(m, n);

    println!("articles: {}, text: {mb:.1} MB, claims: {n}", texts.len());
    println!("normalize + tokenize: {:>8.1} MB/s ({base:.2} s)", mb / base);
    println!(
        "claims extractor:     {:>8.1} MB/s ({best:.2} s, best of 3)",
        mb / best
    );
    println!("analyze (whole):      {:>8.1} MB/s ({full:.2} s)", mb / full);
}
