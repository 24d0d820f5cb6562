//! `khabar batch`: order and determinism across job counts, every kind of bad
//! record, resuming a killed run, gzip and directory inputs, the SQLite
//! database and the JSON Schema of real output.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use khabar::batch::schema::{document_schema, Validator};
use khabar::batch::sqlite::{foreign_key_violations, EXAMPLE_QUERIES};

use crate::util::{jsonl, khabar_bin, news_sample, root, run, temp_dir};

fn ids(records: &[Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["id"].as_str().unwrap_or("null").to_string())
        .collect()
}

fn input_ids(sample: &str) -> Vec<String> {
    sample
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn same_output_with_one_and_two_jobs_in_input_order() {
    let sample = news_sample(24);
    let one = run(&["batch", "--jobs", "1", "--batch", "4"], sample.as_bytes());
    let two = run(&["batch", "--jobs", "2", "--batch", "4"], sample.as_bytes());
    for o in [&one, &two] {
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let (one, two) = (jsonl(&one.stdout), jsonl(&two.stdout));
    assert_eq!(one.len(), 24);
    assert_eq!(ids(&one), input_ids(&sample));
    assert!(one == two, "--jobs 1 and --jobs 2 differ");
    // the other fields are passed through in meta
    let first: Value = serde_json::from_str(sample.lines().next().unwrap()).unwrap();
    for (k, v) in first.as_object().unwrap() {
        if k != "id" && k != "text" {
            assert_eq!(&one[0]["meta"][k], v, "meta.{k}");
        }
    }
    assert!(one[0].get("error").is_none());
}

#[test]
fn real_output_validates_against_the_schema() {
    let schema_out = run(&["schema"], b"");
    assert!(schema_out.status.success());
    let schema: Value = serde_json::from_slice(&schema_out.stdout).unwrap();
    assert_eq!(schema, document_schema());
    let validator = Validator::new(schema).unwrap();
    let sample = news_sample(20);
    let out = run(&["batch"], sample.as_bytes());
    let docs = jsonl(&out.stdout);
    assert_eq!(docs.len(), 20);
    for d in &docs {
        assert_eq!(validator.validate(d), Vec::<String>::new(), "{}", d["id"]);
        // and it parses back into the types (deny_unknown_fields)
        serde_json::from_value::<khabar::Document>(d.clone()).unwrap();
    }
    let dir = temp_dir("schema-check");
    let f = dir.join("out.jsonl");
    std::fs::write(&f, &out.stdout).unwrap();
    let check = run(&["schema", "--check", f.to_str().unwrap()], b"");
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    std::fs::write(&f, "{\"id\": \"x\", \"text\": 1}\n").unwrap();
    let check = run(&["schema", "--check", f.to_str().unwrap()], b"");
    assert_eq!(check.status.code(), Some(1));
}

/// Good records (from the news sample) with one bad record of each kind
/// between them.
/// Per input line: the id expected in the output and the error kind, if any.
type Expected = Vec<(String, Option<&'static str>)>;

fn mixed_input() -> (Vec<u8>, Expected, usize, String) {
    let sample = news_sample(4);
    let good: Vec<&str> = sample.lines().collect();
    let longest = good.iter().map(|l| l.len()).max().unwrap();
    let max_bytes = longest + 100;
    let long_text = "خبر ".repeat(max_bytes / 3);
    let mut lines: Vec<(Vec<u8>, String, Option<&'static str>)> = vec![
        (good[0].into(), input_ids(good[0])[0].clone(), None),
        (
            br#"{"id": "bad-json", "text": "unterminated"#.to_vec(),
            "bad-json".into(),
            Some("invalid_json"),
        ),
        (
            br#"{"id": "no-text", "title": "x"}"#.to_vec(),
            "no-text".into(),
            Some("missing_text"),
        ),
        (
            br#"{"id": "null-text", "text": null}"#.to_vec(),
            "null-text".into(),
            Some("missing_text"),
        ),
        (
            br#"{"id": "num-text", "text": 42}"#.to_vec(),
            "num-text".into(),
            Some("text_not_string"),
        ),
        (good[1].into(), input_ids(good[1])[0].clone(), None),
        (
            br#"{"id": {"a": 1}, "text": "x"}"#.to_vec(),
            "null".into(),
            Some("invalid_id"),
        ),
        (
            b"{\"id\": \"bad-utf8\", \"text\": \"ab\xff\xfecd\"}".to_vec(),
            "bad-utf8".into(),
            Some("invalid_utf8"),
        ),
        (
            br#"{"id": "empty", "text": " \n\t "}"#.to_vec(),
            "empty".into(),
            Some("empty_text"),
        ),
        (
            br#"["not", "an", "object"]"#.to_vec(),
            "null".into(),
            Some("invalid_json"),
        ),
        (good[2].into(), input_ids(good[2])[0].clone(), None),
        (
            json!({"id": "long", "text": long_text}).to_string().into_bytes(),
            "long".into(),
            Some("too_long"),
        ),
        (good[3].into(), input_ids(good[3])[0].clone(), None),
    ];
    let mut bytes = Vec::new();
    for (l, _, _) in &lines {
        bytes.extend_from_slice(l);
        bytes.push(b'\n');
    }
    let expect = lines.drain(..).map(|(_, id, k)| (id, k)).collect();
    let good_only: String = good.iter().map(|l| format!("{l}\n")).collect();
    (bytes, expect, max_bytes, good_only)
}

#[test]
fn every_kind_of_bad_record_becomes_one_error_record_in_place() {
    let (input, expect, max_bytes, good_only) = mixed_input();
    let max = max_bytes.to_string();
    let out = run(
        &["batch", "--jobs", "2", "--batch", "3", "--max-bytes", &max],
        &input,
    );
    assert_eq!(out.status.code(), Some(1), "exit 1: some records failed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("13 records: 4 documents, 9 errors"), "{stderr}");
    let recs = jsonl(&out.stdout);
    assert_eq!(recs.len(), expect.len(), "one output record per input line");
    for (i, (r, (id, kind))) in recs.iter().zip(&expect).enumerate() {
        assert_eq!(r["id"].as_str().unwrap_or("null"), id, "line {}", i + 1);
        match kind {
            Some(k) => {
                assert_eq!(r["error"]["kind"], *k, "line {}: {r}", i + 1);
                assert_eq!(r["line"], i + 1);
                assert!(r["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
                assert!(r.get("file").is_none(), "stdin has no file name");
            }
            None => assert!(r.get("error").is_none()),
        }
    }
    assert!(recs[7]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("invalid UTF-8 at byte"));
    assert!(recs[11]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("--max-bytes"));
    // good records are unaffected by their bad neighbours
    let alone = jsonl(&run(&["batch", "--max-bytes", &max], good_only.as_bytes()).stdout);
    let good: Vec<Value> = recs.into_iter().filter(|r| r.get("error").is_none()).collect();
    assert_eq!(good, alone);

    // --errors FILE: documents and errors apart, line numbers and file kept
    let dir = temp_dir("bad-records");
    let inp = dir.join("mixed.jsonl");
    std::fs::write(&inp, &input).unwrap();
    let errs = dir.join("errors.jsonl");
    let out = run(
        &[
            "batch",
            inp.to_str().unwrap(),
            "--errors",
            errs.to_str().unwrap(),
            "--max-bytes",
            &max,
            "-q",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stderr.is_empty(), "-q: no summary");
    assert_eq!(jsonl(&out.stdout), alone);
    let e = jsonl(&std::fs::read(&errs).unwrap());
    let lines: Vec<u64> = e.iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, vec![2, 3, 4, 5, 7, 8, 9, 10, 12]);
    assert!(e.iter().all(|r| r["file"] == inp.to_str().unwrap()));

    // --lossy turns invalid UTF-8 into U+FFFD instead
    let out = run(
        &["batch", "--lossy", "-q"],
        b"{\"id\": \"u\", \"text\": \"ab\xffcd\"}\n",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(jsonl(&out.stdout)[0]["text"], "ab\u{FFFD}cd");
}

#[test]
fn fatal_errors_exit_2() {
    let out = run(&["batch", "/nonexistent/news.jsonl"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/news.jsonl"));
    let out = run(&["batch", "--resume"], b"");
    assert_eq!(out.status.code(), Some(2), "--resume without -o");
}

#[test]
fn gzip_and_directory_inputs() {
    let dir = temp_dir("gzip-dir");
    let sample = news_sample(12);
    let plain = dir.join("news.jsonl");
    std::fs::write(&plain, &sample).unwrap();
    let gz = dir.join("news.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(sample.as_bytes()).unwrap();
    std::fs::write(&gz, enc.finish().unwrap()).unwrap();
    // two inputs, one after the other: the gzip copy gives the same documents
    let both = run(&["batch", plain.to_str().unwrap(), gz.to_str().unwrap()], b"");
    assert!(both.status.success());
    let both = jsonl(&both.stdout);
    assert_eq!(both.len(), 24);
    assert_eq!(both[..12], both[12..]);

    let txt = dir.join("articles");
    std::fs::create_dir_all(&txt).unwrap();
    std::fs::copy(root().join("corpus/seed-000.txt"), txt.join("b-seed.txt")).unwrap();
    std::fs::write(txt.join("a-short.txt"), "علي گفت").unwrap();
    std::fs::write(txt.join("c-empty.txt"), "\n").unwrap();
    std::fs::write(txt.join("notes.md"), "ignored").unwrap();
    let out = run(&["batch", txt.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let recs = jsonl(&out.stdout);
    assert_eq!(ids(&recs), vec!["a-short", "b-seed", "c-empty"]);
    assert_eq!(recs[0]["text"], "علی گفت");
    assert_eq!(recs[2]["error"]["kind"], "empty_text");
    assert_eq!(recs[2]["line"], 3);
    let analyze = run(
        &[
            "analyze",
            "--compact",
            root().join("corpus/seed-000.txt").to_str().unwrap(),
        ],
        b"",
    );
    let mut single: Value = serde_json::from_slice(&analyze.stdout).unwrap();
    single["id"] = json!("b-seed");
    assert_eq!(
        recs[1], single,
        "a directory record is the same document as analyze gives"
    );
}

#[test]
fn record_dates_reach_the_analyzer_and_meta() {
    let out = run(
        &["batch"],
        "{\"id\": 7, \"text\": \"امروز\", \"date\": \"2024-03-31\", \"tags\": [\"a\"]}\n".as_bytes(),
    );
    let r = &jsonl(&out.stdout)[0];
    assert_eq!(r["id"], "7", "integer ids become strings");
    assert_eq!(r["meta"], json!({"date": "2024-03-31", "tags": ["a"]}));
}

#[test]
fn killed_run_resumes_without_duplicates() {
    let dir = temp_dir("resume");
    let sample = news_sample(20);
    let lines: Vec<&str> = sample.lines().collect();
    let input = dir.join("in.jsonl");
    std::fs::write(&input, &sample).unwrap();
    let out = dir.join("out.jsonl");
    let out_s = out.to_str().unwrap();

    // a run fed half the archive, killed while it waits for the rest
    let mut child = Command::new(khabar_bin())
        .args(["batch", "-o", out_s, "--batch", "5", "--jobs", "2", "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for l in &lines[..10] {
        writeln!(stdin, "{l}").unwrap();
    }
    stdin.flush().unwrap();
    let start = Instant::now();
    loop {
        // complete records only: a record being written has no newline yet
        // (counting it, the kill could cut it and the resume redo it)
        let n = std::fs::read_to_string(&out).map_or(0, |s| s.matches('\n').count());
        if n >= 10 {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the first run wrote {n} records"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdin);
    // and as if it had been killed in the middle of writing a record
    let mut f = std::fs::OpenOptions::new().append(true).open(&out).unwrap();
    f.write_all(&lines[10].as_bytes()[..lines[10].len() / 2]).unwrap();
    drop(f);

    let resumed = run(&["batch", input.to_str().unwrap(), "-o", out_s, "--resume"], b"");
    assert_eq!(
        resumed.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&resumed.stderr)
    );
    let stderr = String::from_utf8_lossy(&resumed.stderr);
    assert!(
        stderr.contains("20 records: 10 documents, 0 errors, 10 skipped"),
        "{stderr}"
    );
    let got = jsonl(&std::fs::read(&out).unwrap());
    assert_eq!(ids(&got), input_ids(&sample), "every id exactly once, in order");
    let straight = jsonl(&run(&["batch"], sample.as_bytes()).stdout);
    assert!(got == straight, "the resumed output equals a straight run");
    // resuming a finished run does nothing
    let again = run(&["batch", input.to_str().unwrap(), "-o", out_s, "--resume"], b"");
    assert!(String::from_utf8_lossy(&again.stderr).contains("0 documents, 0 errors, 20 skipped"));
    assert_eq!(jsonl(&std::fs::read(&out).unwrap()).len(), 20);
}

#[test]
fn sqlite_loads_upserts_and_answers_the_readme_queries() {
    let dir = temp_dir("sqlite");
    let db = dir.join("facts.db");
    let mut input = news_sample(16).into_bytes();
    input.extend_from_slice(b"{\"id\": \"broken\"}\n");
    let inp = dir.join("news.jsonl");
    std::fs::write(&inp, &input).unwrap();
    let args = [
        "batch",
        inp.to_str().unwrap(),
        "--sqlite",
        db.to_str().unwrap(),
        "-q",
    ];
    let out = run(&args, b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "--sqlite without -o writes no JSONL");
    let c = rusqlite::Connection::open(&db).unwrap();
    let n = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    // re-running the same archive upserts: every table keeps its count
    let tables = [
        "articles",
        "errors",
        "people",
        "organizations",
        "article_people",
        "roles",
        "mentions",
        "figures",
        "dates",
        "claims",
    ];
    let counts = || -> Vec<i64> {
        tables
            .iter()
            .map(|t| n(&format!("SELECT count(*) FROM {t}")))
            .collect()
    };
    let before = counts();
    assert_eq!(run(&args, b"").status.code(), Some(1));
    assert_eq!(counts(), before);
    assert_eq!(n("SELECT count(*) FROM articles"), 16, "re-running upserts");
    assert_eq!(n("SELECT count(*) FROM errors"), 1);
    let dated = news_sample(16)
        .lines()
        .filter(|l| serde_json::from_str::<Value>(l).unwrap()["jalali_date"].is_string())
        .count() as i64;
    assert_eq!(
        n("SELECT count(*) FROM articles WHERE jalali_date IS NOT NULL"),
        dated
    );
    assert_eq!(foreign_key_violations(&c).unwrap(), Vec::<String>::new());
    // the README shows the example queries verbatim, and they run
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for (what, sql) in EXAMPLE_QUERIES {
        assert!(readme.contains(sql), "README lacks the query: {what}");
        let mut st = c.prepare(sql).unwrap();
        let cols = st.column_count();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            for i in 0..cols {
                let _: rusqlite::types::Value = r.get(i).unwrap();
            }
        }
    }
}
