//! Analyze a JSONL stream of articles (`{"id", "text", "jalali_date"?}` per
//! line, on stdin) and write one Document per line (stdout), single-threaded.
//! A small, dependable path for evaluation scripts (`scripts/eval_peyma.sh`);
//! records that fail are reported on stderr with their line number.

use std::io::{BufRead, BufWriter, Write};

use khabar::{Analyzer, ArticleMeta};

fn parse_date(v: Option<&serde_json::Value>) -> Option<(i32, u32, u32)> {
    let s = v?.as_str()?;
    let ascii: String = s
        .chars()
        .map(|c| {
            khabar::text::chars::digit_value(c)
                .and_then(|d| char::from_digit(d, 10))
                .unwrap_or(c)
        })
        .collect();
    let mut it = ascii.split(['/', '-']);
    Some((
        it.next()?.trim().parse().ok()?,
        it.next()?.parse().ok()?,
        it.next()?.trim().parse().ok()?,
    ))
}

fn main() -> anyhow::Result<()> {
    let analyzer = Analyzer::embedded()?;
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (n, line) in stdin.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: serde_json::Value = serde_json::from_str(&line)?;
        let id = rec["id"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| rec["id"].to_string());
        let text = rec["text"].as_str().unwrap_or("");
        let meta = ArticleMeta {
            jalali_date: parse_date(rec.get("jalali_date")),
        };
        match analyzer.analyze(&id, text, &meta) {
            Ok(doc) => {
                serde_json::to_writer(&mut out, &doc)?;
                out.write_all(b"\n")?;
            }
            Err(e) => eprintln!("line {}: {id}: {e}", n + 1),
        }
    }
    out.flush()?;
    Ok(())
}
