//! The command line: line correspondence, errors and exit statuses.

use crate::util::run;

#[test]
fn normalize_keeps_lines() {
    let out = run(&["normalize"], "علي\n\nمـیشود 12\nآخر".as_bytes());
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.lines().count(), 4);
    assert!(!s.ends_with('\n'), "a final line without newline stays so");
    assert!(s.starts_with("علی\n\n"));
    assert!(s.contains("۱۲"));
}

#[test]
fn normalize_empty_input() {
    let out = run(&["normalize"], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_names_offset() {
    let out = run(&["normalize"], b"ok\nab\xffcd\n");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid UTF-8 at byte 5"), "{err}");
    let out = run(&["normalize", "--lossy"], b"ab\xffcd\n");
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "ab\u{FFFD}cd\n");
}

/// Lines longer than the command's read buffer (256 KB), lines that end
/// across its edges, CRLF and a last line without newline: output line i is
/// input line i, and an invalid byte far into the input is named by its
/// offset in the whole input.
#[test]
fn normalize_long_lines_and_block_edges() {
    let mut input = Vec::new();
    let mut want = String::new();
    for (k, n) in [1usize, 30_000, 3, 45_000, 0, 25_000].into_iter().enumerate() {
        input.extend("كتاب ها ".repeat(n).trim_end().as_bytes());
        want.push_str("کتاب‌ها ".repeat(n).trim_end());
        if k % 2 == 1 {
            input.push(b'\r');
        }
        input.push(b'\n');
        want.push('\n');
    }
    input.extend("آخر".as_bytes());
    want.push_str("آخر");
    let out = run(&["normalize"], &input);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8(out.stdout).unwrap() == want);
    let bad = input.len() - 2;
    input[bad] = 0xFF;
    let out = run(&["normalize"], &input);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("invalid UTF-8 at byte {bad}")), "{err}");
}

#[test]
fn digits_option() {
    let out = run(&["normalize", "--digits", "latin"], "۱۴۰۳/۰۵/۱۲".as_bytes());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "1403/05/12");
    let out = run(&["normalize", "--digits", "keep"], "1403 ۱۲".as_bytes());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "1403 ۱۲");
}

#[test]
fn report_goes_to_stderr() {
    let out = run(&["normalize", "--report"], "علي".as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["letters_unified"], 1);
}

#[test]
fn tokenize_json_offsets() {
    let out = run(&["tokenize", "--json"], "SMEها ۲٫۵".as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let toks = v["tokens"].as_array().unwrap();
    assert_eq!(toks.len(), 3);
    assert_eq!(toks[1]["text"], "ها");
    assert_eq!(
        (toks[1]["start"].as_u64(), toks[1]["end"].as_u64()),
        (Some(3), Some(5))
    );
    assert_eq!(toks[2]["kind"], "number");
}

#[test]
fn analyze_empty_is_an_error() {
    let out = run(&["analyze"], b"  \n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty text"));
}

#[test]
fn lexicons_export_check_and_report_errors() {
    let dir = std::env::temp_dir().join(format!("khabar-lex-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let d = dir.to_str().unwrap();
    let out = run(&["lexicons", "export", d], b"");
    assert!(out.status.success());
    assert!(dir.join("speech_verbs.tsv").is_file());
    assert!(run(&["lexicons", "check", d], b"").status.success());
    // break the file: out of order
    let p = dir.join("speech_verbs.tsv");
    let mut s = std::fs::read_to_string(&p).unwrap();
    s.push_str("ابتدا\tfirst\n");
    std::fs::write(&p, s).unwrap();
    let out = run(&["lexicons", "check", d], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("speech_verbs.tsv:") && err.contains("not sorted"),
        "{err}"
    );
    // the same error stops an analysis that uses the directory
    let out = run(&["analyze", "--lexicons", d], "سلام".as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn broken_pipe_is_success() {
    // a reader that stops early (`khabar analyze … | head -1`) is not an error
    use std::process::{Command, Stdio};
    let mut child = Command::new(crate::util::khabar_bin())
        .args(["analyze", "corpus/seed-000.txt"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // close the pipe before khabar writes
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
