//! Normalization throughput on the shared news text (`cargo bench`).
//!
//! Builds the corpus at run time from `../shared/data/news/*.jsonl` (the
//! `text` field of every article, repeated to at least 100 MB; the research
//! text is never committed) and measures, single-threaded and in the same
//! run:
//! - baseline: splitting the corpus into lines and copying every line into
//!   an output buffer (what any line filter pays);
//! - the normalizer without the ZWNJ step, and the full normalizer, through
//!   the library (`Normalizer::normalize_text` per line, as `khabar
//!   normalize`; once also `Normalizer::normalize`, which keeps the offset
//!   map), on the unique text in
//!   one pass (≈ 12 MB) and on the repeated corpus, each with the ZWNJ step's
//!   word caches on and off (`zwnj::set_caches`): repetition must not inflate
//!   the figure;
//! - the `khabar normalize` process on a file of the corpus against `cat` of
//!   the same file, with and without `KHABAR_NO_CACHE=1`, when
//!   `target/release/khabar` exists;
//! - start-up: `khabar normalize` on empty input, 100 runs.
//!
//! `KHABAR_BENCH_MB` sets the corpus size (default 100). Skips with a message
//! when the shared data is absent.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use khabar::{Lexicons, NormalizeOptions, Normalizer};

fn shared_news() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    ["../shared/data/news", "../../shared/data/news"]
        .iter()
        .map(|p| root.join(p))
        .find(|p| p.is_dir())
}

/// The unique text (every article once) and that text repeated to at least
/// `min_bytes`.
fn corpus(dir: &Path, min_bytes: usize) -> (String, String) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("news dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut unique = String::new();
    for f in files {
        let data = std::fs::read_to_string(&f).expect("read news");
        for line in data.lines() {
            let v: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(_) => continue,
            };
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                unique.push_str(&t.replace('\r', ""));
                unique.push('\n');
            }
        }
    }
    let mut out = String::with_capacity(min_bytes + unique.len());
    while out.len() < min_bytes {
        out.push_str(&unique);
    }
    (unique, out)
}

fn mbps(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn time<F: FnMut() -> usize>(mut f: F) -> (Duration, usize) {
    let t = Instant::now();
    let n = f();
    (t.elapsed(), n)
}

/// Line by line as `khabar normalize` does (`normalize_text`: no offset map).
fn run_lines(text: &str, n: &Normalizer) -> usize {
    let mut total = 0;
    for line in text.split('\n') {
        total += n.normalize_text(line).0.len();
    }
    total
}

/// Line by line keeping the offset map (`normalize`, what analysis uses).
fn run_lines_mapped(text: &str, n: &Normalizer) -> usize {
    let mut total = 0;
    for line in text.split('\n') {
        total += n.normalize(line).text.text().len();
    }
    total
}

fn main() {
    let Some(dir) = shared_news() else {
        println!("throughput: ../shared/data/news not found, skipping");
        return;
    };
    let mb: usize = std::env::var("KHABAR_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let (unique, text) = corpus(&dir, mb * 1_000_000);
    let bytes = text.len();
    println!(
        "corpus: {:.1} MB of unique news text ({} lines), repeated to {:.1} MB",
        unique.len() as f64 / 1e6,
        unique.lines().count(),
        bytes as f64 / 1e6,
    );

    let (d, n) = time(|| {
        let mut out = Vec::with_capacity(1 << 16);
        let mut total = 0;
        for line in text.split('\n') {
            out.clear();
            out.extend_from_slice(line.as_bytes());
            out.push(b'\n');
            total += out.len();
        }
        total
    });
    println!(
        "baseline (split lines + copy) : {:>8.1} MB/s  ({n} bytes)",
        mbps(bytes, d)
    );

    let t = Instant::now();
    let lex = Lexicons::embedded().expect("lexicons");
    println!("lexicons loaded in {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let no_zwnj = Normalizer::new(
        NormalizeOptions {
            zwnj: false,
            ..NormalizeOptions::default()
        },
        lex.zwnj.clone(),
    );
    // as `khabar normalize` runs it
    let full = Normalizer::new(
        NormalizeOptions {
            house_style: true,
            ..NormalizeOptions::default()
        },
        lex.zwnj.clone(),
    );
    let ub = unique.len();
    // caches off first, so that the first cached run starts cold
    use khabar::text::normalize::zwnj::set_caches;
    let (d0, _) = time(|| run_lines(&unique, &no_zwnj));
    println!(
        "unique, one pass: normalize without ZWNJ step : {:>8.1} MB/s",
        mbps(ub, d0)
    );
    set_caches(false);
    let (d1, _) = time(|| run_lines(&unique, &full));
    println!(
        "unique, one pass: all steps, caches off       : {:>8.1} MB/s",
        mbps(ub, d1)
    );
    set_caches(true);
    let (d1, _) = time(|| run_lines(&unique, &full));
    println!(
        "unique, one pass: all steps, caches on (cold) : {:>8.1} MB/s",
        mbps(ub, d1)
    );
    let (d0, _) = time(|| run_lines(&text, &no_zwnj));
    println!(
        "repeated: normalize without ZWNJ step         : {:>8.1} MB/s",
        mbps(bytes, d0)
    );
    let (d1, _) = time(|| run_lines(&text, &full));
    println!(
        "repeated: all steps, caches on                : {:>8.1} MB/s",
        mbps(bytes, d1)
    );
    set_caches(false);
    let (d1, _) = time(|| run_lines(&text, &full));
    println!(
        "repeated: all steps, caches off               : {:>8.1} MB/s",
        mbps(bytes, d1)
    );
    set_caches(true);
    let (d1, _) = time(|| run_lines_mapped(&text, &full));
    println!(
        "repeated: all steps + offset map, caches on   : {:>8.1} MB/s",
        mbps(bytes, d1)
    );

    let bin = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/khabar");
    if !bin.is_file() {
        println!("target/release/khabar not built: skipping the process measurements");
        return;
    }
    let file = std::env::temp_dir().join(format!("khabar-bench-{}.txt", std::process::id()));
    std::fs::File::create(&file)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .expect("write corpus file");
    let proc_time = |cmd: &mut Command| {
        let t = Instant::now();
        let st = cmd.stdout(Stdio::null()).status().expect("run");
        assert!(st.success());
        t.elapsed()
    };
    let dc = proc_time(Command::new("cat").arg(&file));
    let dk = proc_time(Command::new(&bin).arg("normalize").arg(&file));
    let dn = proc_time(
        Command::new(&bin)
            .arg("normalize")
            .arg(&file)
            .env("KHABAR_NO_CACHE", "1"),
    );
    println!(
        "process: cat FILE                                : {:>8.1} MB/s",
        mbps(bytes, dc)
    );
    println!(
        "process: khabar normalize FILE                   : {:>8.1} MB/s",
        mbps(bytes, dk)
    );
    println!(
        "process: KHABAR_NO_CACHE=1 khabar normalize FILE : {:>8.1} MB/s",
        mbps(bytes, dn)
    );
    let _ = std::fs::remove_file(&file);

    let runs = 100;
    let startup = |args: &[&str], input: &[u8]| {
        let t = Instant::now();
        for _ in 0..runs {
            let mut c = Command::new(&bin)
                .args(args)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .spawn()
                .expect("spawn");
            c.stdin.take().unwrap().write_all(input).unwrap();
            assert!(c.wait().unwrap().success());
        }
        t.elapsed().as_secs_f64() * 1e3 / runs as f64
    };
    let true_ms = {
        let t = Instant::now();
        for _ in 0..runs {
            Command::new("true").status().unwrap();
        }
        t.elapsed().as_secs_f64() * 1e3 / runs as f64
    };
    println!("start-up: `true`                       : {true_ms:>6.2} ms/run");
    println!(
        "start-up: khabar normalize < /dev/null   : {:>6.2} ms/run",
        startup(&["normalize"], b"")
    );
    println!(
        "start-up: echo میشود | khabar normalize : {:>6.2} ms/run",
        startup(&["normalize"], "میشود\n".as_bytes())
    );
}
