//! The full analyze path (normalize → tokenize → people → organisations →
//! officials, and whatever else `default_extractors` runs) on the shared news
//! text, single-threaded, against a baseline in the same run: copying the
//! same bytes and counting their newlines (what `cat | wc -l` does).
//!
//! usage: cargo bench --bench officials [-- MIN_MB]   (default 24 MB of text)
//! The articles are the `text` fields of ../shared/data/news/*.jsonl, repeated
//! until MIN_MB is reached. There is no cache to disable.

use std::time::Instant;

use khabar::{Analyzer, ArticleMeta};

fn articles() -> Vec<String> {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dir = root.join("../shared/data/news");
    if !dir.is_dir() {
        dir = "/work/shared/data/news".into();
    }
    let mut out = Vec::new();
    for f in ["farsnews.jsonl", "varzesh3.jsonl"] {
        let s =
            std::fs::read_to_string(dir.join(f)).unwrap_or_else(|e| panic!("{}: {e}", dir.join(f).display()));
        for line in s.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("jsonl");
            if let Some(t) = v["text"].as_str() {
                if !t.trim().is_empty() {
                    out.push(t.to_string());
                }
            }
        }
    }
    out
}

fn main() {
    let min_mb: f64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(24.0);
    let base = articles();
    let base_bytes: usize = base.iter().map(|a| a.len()).sum();
    let reps = ((min_mb * 1e6) / base_bytes as f64).ceil().max(1.0) as usize;
    let analyzer = Analyzer::embedded().unwrap();
    let meta = ArticleMeta::default();

    // baseline: touch every byte once
    let t = Instant::now();
    let mut lines = 0usize;
    let mut copy = Vec::with_capacity(base_bytes);
    for _ in 0..reps {
        for a in &base {
            copy.clear();
            copy.extend_from_slice(a.as_bytes());
            lines += memchr::memchr_iter(b'\n', &copy).count();
        }
    }
    let base_s = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let (mut people, mut officials, mut orgs) = (0usize, 0usize, 0usize);
    for _ in 0..reps {
        for a in &base {
            let d = analyzer.analyze("b", a, &meta).unwrap();
            people += d.people.len();
            officials += d.officials.len();
            orgs += d.organizations.len();
        }
    }
    let full_s = t.elapsed().as_secs_f64();
    let mb = (base_bytes * reps) as f64 / 1e6;
    assert!(people > 0 && officials > 0 && orgs > 0 && lines > 0);
    println!(
        "{} articles x {reps} = {mb:.1} MB; baseline (copy + count newlines) {:.0} MB/s; \
         analyze {:.1} MB/s ({:.2} s, {:.0}x the baseline's time); \
         found {people} people, {officials} officials, {orgs} organisations",
        base.len(),
        mb / base_s,
        mb / full_s,
        full_s,
        full_s / base_s
    );
}
