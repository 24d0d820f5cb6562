//! Test helpers: running the built binary with stdin, reading fixtures.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Path of the khabar binary built for these tests.
pub fn khabar_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_khabar"))
}

/// Run khabar with `args`, feeding `stdin`.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_env(args, &[], stdin)
}

/// The project root.
#[allow(dead_code)]
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A shared normalizer (embedded lexicons).
pub fn normalizer() -> &'static khabar::Normalizer {
    use std::sync::LazyLock;
    static N: LazyLock<khabar::Normalizer> = LazyLock::new(|| {
        let lex = khabar::Lexicons::embedded().unwrap();
        khabar::Normalizer::new(khabar::NormalizeOptions::default(), lex.zwnj.clone())
    });
    &N
}

/// A shared normalizer with the house style on, as `khabar normalize` runs.
pub fn house_normalizer() -> &'static khabar::Normalizer {
    use std::sync::LazyLock;
    static N: LazyLock<khabar::Normalizer> = LazyLock::new(|| {
        let lex = khabar::Lexicons::embedded().unwrap();
        let options = khabar::NormalizeOptions {
            house_style: true,
            ..Default::default()
        };
        khabar::Normalizer::new(options, lex.zwnj.clone())
    });
    &N
}

/// Run khabar with `args` and extra environment variables, feeding `stdin`
/// (written from a thread, so a large input cannot deadlock on a full pipe).
pub fn run_env(args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> Output {
    let mut child = Command::new(khabar_bin())
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn khabar");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait khabar");
    writer.join().unwrap();
    out
}

/// A fresh, empty directory for one test.
#[allow(dead_code)]
pub fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir()
        .join(format!("khabar-tests-{}", std::process::id()))
        .join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A file of the shared development data (`../shared/data/…` next to the
/// project, or `$KHABAR_SHARED/data/…`), when it is there.
#[allow(dead_code)]
pub fn shared_data(rel: &str) -> Option<PathBuf> {
    let mut roots = Vec::new();
    if let Some(s) = std::env::var_os("KHABAR_SHARED") {
        roots.push(PathBuf::from(s));
    }
    roots.push(root().join("../shared"));
    roots.push(root().join("../../shared"));
    roots
        .into_iter()
        .map(|r| r.join("data").join(rel))
        .find(|p| p.is_file())
}

/// The first `n` lines of the shared Fars News sample as JSONL, or (without
/// the shared data) `n` records made from the seed article's sentences.
#[allow(dead_code)]
pub fn news_sample(n: usize) -> String {
    if let Some(p) = shared_data("news/farsnews.jsonl") {
        let all = std::fs::read_to_string(p).unwrap();
        return all.lines().take(n).map(|l| format!("{l}\n")).collect();
    }
    let seed = std::fs::read_to_string(root().join("corpus/seed-000.txt")).unwrap();
    let sentences: Vec<&str> = seed.split(['.', '\n']).filter(|s| !s.trim().is_empty()).collect();
    (0..n)
        .map(|i| {
            let text = sentences[i % sentences.len()];
            format!(
                "{}\n",
                serde_json::json!({"id": format!("s{i}"), "text": text, "n": i})
            )
        })
        .collect()
}

/// Parse JSONL output into values.
#[allow(dead_code)]
pub fn jsonl(bytes: &[u8]) -> Vec<serde_json::Value> {
    std::str::from_utf8(bytes)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}
