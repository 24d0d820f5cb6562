//! Parsing and validating lexicon TSV files: UTF-8, a header row, one entry
//! per line, tab-separated, sorted by the whole line (byte order), no
//! duplicates. `#` lines are comments. Errors name `file:line`.

use crate::error::{Error, Result};

/// A parsed TSV table borrowing from the file contents.
#[derive(Debug)]
pub struct Table<'a> {
    /// File name, for error messages.
    pub file: &'a str,
    /// The header's column names.
    pub header: Vec<&'a str>,
    /// The rows: (1-based line number, fields). Every row has as many fields
    /// as the header (trailing empty fields may be omitted in the file).
    pub rows: Vec<(usize, Vec<&'a str>)>,
}

impl<'a> Table<'a> {
    /// Parse `contents` of `file`, requiring the header to start with
    /// `columns` (extra columns are allowed and kept).
    pub fn parse(file: &'a str, contents: &'a str, columns: &[&str]) -> Result<Table<'a>> {
        let mut lines = contents.lines().enumerate().filter(|(_, l)| !l.starts_with('#'));
        let (hline, header) = match lines.next() {
            Some((n, l)) => (n + 1, l.split('\t').collect::<Vec<_>>()),
            None => return Err(Error::lexicon(file, 0, "empty file: a header row is required")),
        };
        if header.len() < columns.len() || header[..columns.len()] != *columns {
            return Err(Error::lexicon(
                file,
                hline,
                format!(
                    "header must start with {:?}, found {:?}",
                    columns.join("\t"),
                    header.join("\t")
                ),
            ));
        }
        let mut rows = Vec::new();
        let mut prev: Option<&str> = None;
        for (n, line) in lines {
            let n = n + 1;
            if line.trim().is_empty() {
                continue;
            }
            let mut fields: Vec<&str> = line.split('\t').collect();
            if fields.len() > header.len() {
                return Err(Error::lexicon(
                    file,
                    n,
                    format!("{} fields, the header has {}", fields.len(), header.len()),
                ));
            }
            if fields[0].is_empty() {
                return Err(Error::lexicon(file, n, "empty first field"));
            }
            if let Some(p) = prev {
                if p >= line {
                    let what = if p == line {
                        "duplicate line"
                    } else {
                        "not sorted (lines must be in byte order)"
                    };
                    return Err(Error::lexicon(file, n, what));
                }
            }
            prev = Some(line);
            fields.resize(header.len(), "");
            rows.push((n, fields));
        }
        Ok(Table { file, header, rows })
    }

    /// Index of a column by name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| *h == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_validates() {
        let t = Table::parse("x.tsv", "fa\ten\nالف\ta\nب\tb\n", &["fa", "en"]).unwrap();
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1], (3, vec!["ب", "b"]));
        let e = Table::parse("x.tsv", "fa\ten\nب\tb\nالف\ta\n", &["fa", "en"]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "lexicon x.tsv:3: not sorted (lines must be in byte order)"
        );
        let e = Table::parse("x.tsv", "fa\tname\n", &["fa", "en"]).unwrap_err();
        assert!(e
            .to_string()
            .starts_with("lexicon x.tsv:1: header must start with"));
        let e = Table::parse("x.tsv", "fa\ten\na\tb\tc\n", &["fa", "en"]).unwrap_err();
        assert_eq!(e.to_string(), "lexicon x.tsv:2: 3 fields, the header has 2");
        let t = Table::parse("x.tsv", "# comment\nfa\ten\nالف\n", &["fa", "en"]).unwrap();
        assert_eq!(t.rows[0].1, vec!["الف", ""]);
    }
}
