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
    let mut child = Command::new(khabar_bin())
        .args(args)
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
