//! `khabar inspect FILE` — one article, for a person at a terminal: the
//! normalized text with officials, figures, dates and claims highlighted,
//! then a table of each.
//!
//! `--lang en` (default) puts English glosses and transliterations first,
//! `--lang fa` the Persian. Colour only when stdout is a terminal and
//! `NO_COLOR` is unset (or with `--color always`); without colour the
//! highlights are brackets: `[official]`, `{figure}`, `<date>`, `|claim|`.
//!
//! Right-to-left text: most terminals show Persian without the bidi
//! algorithm, and those that apply it reorder whole lines. So no line mixes
//! a Persian cell between Latin ones: each table row is a line of Latin
//! details and a line of Persian text (indented, on its own), and the text
//! is printed a paragraph per line with nothing before it.

use std::fmt::Write as _;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::ValueEnum;
use unicode_width::UnicodeWidthStr;

use khabar::document::{Document, Gloss, Value};
use khabar::Span;

/// Arguments of `khabar inspect`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Input file; stdin when absent or `-`.
    pub file: Option<PathBuf>,
    /// Which language comes first in the tables.
    #[arg(long, value_enum, default_value_t = Lang::En)]
    pub lang: Lang,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = When::Auto)]
    pub color: When,
    /// The article's Jalali publication date, YYYY/MM/DD.
    #[arg(long, value_name = "YYYY/MM/DD")]
    pub date: Option<String>,
    #[command(flatten)]
    pub norm: super::NormArgs,
}

/// `--lang` values.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// English glosses and transliterations first.
    En,
    /// Persian first.
    Fa,
}

/// `--color` values.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// When stdout is a terminal and NO_COLOR is unset.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Run the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let super::analyze::Analyzed { doc, aligned } =
        super::analyze::analyze_file(args.file.as_deref(), args.date.as_deref(), &args.norm)?;
    // code point offsets of the original → normalized chars
    let conv = aligned.offsets();
    let orig: Vec<(usize, usize)> = aligned
        .text()
        .char_indices()
        .map(|(b, c)| conv.convert(Span::new(b, b + c.len_utf8())))
        .collect();
    let colour = match args.color {
        When::Always => true,
        When::Never => false,
        When::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let report = render(&doc, &orig, args.lang, colour);
    let mut out = std::io::stdout().lock();
    out.write_all(report.as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

const OFFICIAL: u8 = 1;
const FIGURE: u8 = 2;
const DATE: u8 = 4;
const CLAIM: u8 = 8;
const ORG: u8 = 16;

/// Plain-text markers (open, close) per category.
const MARKS: [(u8, &str, &str); 4] = [
    (CLAIM, "|", "|"),
    (OFFICIAL, "[", "]"),
    (DATE, "<", ">"),
    (FIGURE, "{", "}"),
];

fn sgr(mask: u8) -> String {
    let mut codes = Vec::new();
    if mask & CLAIM != 0 {
        codes.push("4");
    }
    if mask & FIGURE != 0 {
        codes.push("1;33");
    } else if mask & DATE != 0 {
        codes.push("1;32");
    } else if mask & OFFICIAL != 0 {
        codes.push("1;36");
    } else if mask & ORG != 0 {
        codes.push("34");
    }
    if codes.is_empty() {
        "\x1b[0m".into()
    } else {
        format!("\x1b[0m\x1b[{}m", codes.join(";"))
    }
}

fn paint(s: &str, code: &str, colour: bool) -> String {
    if colour {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

/// The highlighted spans of a document: (category, start, end) in original
/// code points.
fn highlights(doc: &Document) -> Vec<(u8, usize, usize)> {
    let mut h = Vec::new();
    for o in &doc.officials {
        h.extend(o.mentions.iter().map(|m| (OFFICIAL, m.span.start, m.span.end)));
    }
    for g in &doc.organizations {
        h.extend(g.mentions.iter().map(|m| (ORG, m.span.start, m.span.end)));
    }
    h.extend(doc.figures.iter().map(|f| (FIGURE, f.span.start, f.span.end)));
    h.extend(doc.dates.iter().map(|d| (DATE, d.span.start, d.span.end)));
    h.extend(doc.claims.iter().map(|c| (CLAIM, c.span.start, c.span.end)));
    h.retain(|&(_, a, b)| a < b);
    h
}

/// The normalized text with highlights; `orig[i]` is the original code-point
/// range of normalized char `i`.
fn highlighted_text(doc: &Document, orig: &[(usize, usize)], colour: bool) -> String {
    let chars: Vec<char> = doc.text.chars().collect();
    let spans = highlights(doc);
    let inside = |&(oa, ob): &(usize, usize), a: usize, b: usize| oa >= a && oa < b && ob <= b.max(oa);
    let masks: Vec<u8> = (0..chars.len())
        .map(|i| match orig.get(i) {
            Some(r) => spans
                .iter()
                .filter(|&&(_, a, b)| inside(r, a, b))
                .fold(0, |m, &(k, _, _)| m | k),
            None => 0,
        })
        .collect();
    let mut out = String::with_capacity(doc.text.len() * 2);
    let mut prev = 0u8;
    for (i, &c) in chars.iter().enumerate() {
        let m = masks[i];
        if colour {
            if m != prev {
                out.push_str(&sgr(m));
            }
            if c == '\n' && m != 0 {
                out.push_str("\x1b[0m\n");
                out.push_str(&sgr(m));
                prev = m;
                continue;
            }
        } else {
            // close what ends, then open what starts (claims outermost)
            for &(k, _, close) in MARKS.iter().rev() {
                if prev & k != 0 && m & k == 0 {
                    out.push_str(close);
                }
            }
            for &(k, open, _) in MARKS.iter() {
                if prev & k == 0 && m & k != 0 {
                    out.push_str(open);
                }
            }
        }
        prev = m;
        out.push(c);
    }
    if colour {
        if prev != 0 {
            out.push_str("\x1b[0m");
        }
    } else {
        for &(k, _, close) in MARKS.iter().rev() {
            if prev & k != 0 {
                out.push_str(close);
            }
        }
    }
    // one paragraph per line, blank lines between
    let paras: Vec<&str> = out.split('\n').map(str::trim).filter(|p| !p.is_empty()).collect();
    paras.join("\n\n")
}

/// Group digits of a value: 70000 → 70,000.
fn group(v: Value) -> String {
    let s = v.to_string();
    let (int, frac) = s
        .split_once('.')
        .map_or((s.as_str(), None), |(a, b)| (a, Some(b)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut g = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            g.push(',');
        }
        g.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{g}.{f}"),
        None => format!("{sign}{g}"),
    }
}

fn en(g: &Option<Gloss>) -> String {
    g.as_ref()
        .map_or(String::new(), |g| g.en.clone().unwrap_or_else(|| g.fa.clone()))
}

fn fa(g: &Option<Gloss>) -> String {
    g.as_ref().map_or(String::new(), |g| g.fa.clone())
}

fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
        .unwrap_or_default()
}

/// One table row: Latin cells (aligned in columns) and one Persian line.
struct Row {
    latin: Vec<String>,
    persian: String,
}

fn table(out: &mut String, title_en: &str, title_fa: &str, rows: &[Row], lang: Lang, colour: bool) {
    let title = match lang {
        Lang::En => format!("{title_en} ({})", rows.len()),
        Lang::Fa => format!("{title_fa} ({}) {title_en}", rows.len()),
    };
    let _ = writeln!(out, "\n{}", paint(&title, "1", colour));
    if rows.is_empty() {
        let _ = writeln!(out, "  none found");
        return;
    }
    let ncols = rows.iter().map(|r| r.latin.len()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..ncols)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.latin.get(c))
                .map(|s| s.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for r in rows {
        let mut latin = String::from("  ");
        for (c, cell) in r.latin.iter().enumerate() {
            latin.push_str(cell);
            if c + 1 < r.latin.len() {
                latin.push_str(&" ".repeat(widths[c] - cell.width() + 2));
            }
        }
        let latin = latin.trim_end().to_string();
        let persian = format!("      {}", r.persian);
        match lang {
            Lang::En => {
                let _ = writeln!(out, "{latin}\n{persian}");
            }
            Lang::Fa => {
                let _ = writeln!(out, "{persian}\n{latin}");
            }
        }
    }
}

/// The whole report.
fn render(doc: &Document, orig: &[(usize, usize)], lang: Lang, colour: bool) -> String {
    let mut out = String::new();
    let n = &doc.normalization;
    let changes: Vec<String> = [
        (n.zwnj_inserted, "ZWNJ inserted"),
        (n.spaces_inserted, "spaces inserted"),
        (n.letters_unified, "letters unified"),
        (n.digits_converted, "digits converted"),
        (n.zwnj_removed, "ZWNJ removed"),
        (n.spaces_removed, "spaces removed"),
        (n.invisibles_removed, "invisibles removed"),
        (n.diacritics_removed, "diacritics removed"),
        (n.whitespace_fixed, "white space fixed"),
        (n.punctuation_spacing, "punctuation spacing"),
    ]
    .iter()
    .filter(|(k, _)| *k > 0)
    .map(|(k, s)| format!("{k} {s}"))
    .collect();
    let _ = writeln!(
        out,
        "{}  {} characters",
        paint(&format!("khabar inspect: {}", doc.id), "1", colour),
        doc.text.chars().count()
    );
    let _ = writeln!(
        out,
        "normalized: {}",
        if changes.is_empty() {
            "no changes".to_string()
        } else {
            changes.join(", ")
        }
    );
    let legend = if colour {
        format!(
            "legend: {}  {}  {}  {}  {}",
            paint("official", "1;36", true),
            paint("organization", "34", true),
            paint("figure", "1;33", true),
            paint("date", "1;32", true),
            paint("claim", "4", true)
        )
    } else {
        "legend: [official]  {figure}  <date>  |claim|".to_string()
    };
    let _ = writeln!(out, "{legend}\n");
    let _ = writeln!(out, "{}", highlighted_text(doc, orig, colour));

    let speaker = |id: &Option<String>| -> (String, String) {
        match id
            .as_ref()
            .and_then(|id| doc.officials.iter().find(|o| &o.id == id))
        {
            Some(o) => (
                format!("said by {}", o.name.latin.clone().unwrap_or_else(|| o.id.clone())),
                format!("({})", o.name.fa),
            ),
            None => (String::new(), String::new()),
        }
    };

    let rows: Vec<Row> = doc
        .officials
        .iter()
        .map(|o| {
            let roles_en: Vec<String> = o
                .roles
                .iter()
                .map(|r| {
                    let mut s = r.title.en.clone().unwrap_or_else(|| r.title.fa.clone());
                    if let Some(m) = &r.modifier {
                        s = format!("{} {s}", m.en.clone().unwrap_or_else(|| m.fa.clone()));
                    }
                    if r.organization.is_some() {
                        s = format!("{s}, {}", en(&r.organization));
                    }
                    s
                })
                .collect();
            let roles_fa: Vec<String> = o
                .roles
                .iter()
                .map(|r| {
                    let mut s = r.title.fa.clone();
                    if let Some(m) = &r.modifier {
                        s = format!("{s} {}", m.fa);
                    }
                    if r.organization.is_some() {
                        s = format!("{s} {}", fa(&r.organization));
                    }
                    s
                })
                .collect();
            Row {
                latin: vec![
                    o.id.clone(),
                    o.name.latin.clone().unwrap_or_else(|| "-".into()),
                    format!("{} mentions", o.mentions.len()),
                    roles_en.join("; "),
                ],
                persian: format!("{} — {}", o.name.fa, roles_fa.join("؛ ")),
            }
        })
        .collect();
    table(&mut out, "OFFICIALS", "مقامات", &rows, lang, colour);

    let rows: Vec<Row> = doc
        .figures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mut value = group(f.value);
            if let Some(m) = f.value_max {
                value = format!("{value}–{}", group(m));
            }
            if let Some(c) = &f.currency {
                value = format!("{value} {c}");
            }
            let mut what: Vec<String> = Vec::new();
            for w in [en(&f.unit), en(&f.counted)] {
                if !w.is_empty() && !what.contains(&w) {
                    what.push(w);
                }
            }
            let what = what.join(" · ");
            let (by, by_fa) = speaker(&f.speaker);
            Row {
                latin: vec![
                    format!("{}", i + 1),
                    value,
                    enum_name(&f.kind),
                    f.approx.as_ref().map(enum_name).unwrap_or_default(),
                    what,
                    by,
                ],
                persian: format!("{} {by_fa}", f.text).trim_end().to_string(),
            }
        })
        .collect();
    table(&mut out, "FIGURES", "ارقام", &rows, lang, colour);

    let rows: Vec<Row> = doc
        .dates
        .iter()
        .enumerate()
        .map(|(i, d)| Row {
            latin: vec![
                format!("{}", i + 1),
                match (&d.iso, &d.iso_end) {
                    (Some(a), Some(b)) => format!("{a}–{b}"),
                    (Some(a), None) => a.clone(),
                    (None, _) => "?".into(),
                },
                enum_name(&d.calendar),
                enum_name(&d.kind),
            ],
            persian: d.text.clone(),
        })
        .collect();
    table(&mut out, "DATES", "تاریخ‌ها", &rows, lang, colour);

    let rows: Vec<Row> = doc
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (by, by_fa) = speaker(&c.speaker);
            Row {
                latin: vec![
                    format!("{}", i + 1),
                    format!(
                        "{}{}",
                        if c.negated { "not " } else { "" },
                        enum_name(&c.modality)
                    ),
                    format!("\"{}\"", c.cue.en.clone().unwrap_or_else(|| c.cue.fa.clone())),
                    by,
                ],
                persian: format!("{} {by_fa}", c.text).trim_end().to_string(),
            }
        })
        .collect();
    table(&mut out, "CLAIMS", "ادعاها", &rows, lang, colour);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use khabar::batch::schema::example_document;

    fn identity(doc: &Document) -> Vec<(usize, usize)> {
        (0..doc.text.chars().count()).map(|i| (i, i + 1)).collect()
    }

    #[test]
    fn plain_report_marks_and_tables() {
        let doc = example_document();
        let r = render(&doc, &identity(&doc), Lang::En, false);
        assert!(!r.contains('\x1b'));
        assert!(r.contains("[صادق نجفی]، مدیرعامل"), "{r}");
        assert!(r.contains("روز <۱۲ تا ۱۴ فروردین ۱۴۰۳> گفت"), "{r}");
        assert!(r.contains("از {۷۰ هزار واحد صنعتی} {حدود ۴۳ هزار واحد}"), "{r}");
        assert!(r.contains("|باید زیرساخت‌ها اصلاح شود|"), "{r}");
        assert!(r.contains("OFFICIALS (1)"));
        assert!(r.contains("Sadegh Najafi"));
        assert!(
            r.contains("former chief executive, Small Industries Organization"),
            "{r}"
        );
        assert!(r.contains("70,000"));
        assert!(r.contains("43,000–44,000 IRT"));
        assert!(r.contains("2.5"));
        assert!(r.contains("2024-03-31–2024-04-02"), "{r}");
        assert!(r.contains("obligation"));
        // English first: the Latin line comes before the Persian line
        let latin = r.find("2024-03-31").unwrap();
        let persian = r[latin..].find("۱۲ تا ۱۴ فروردین ۱۴۰۳").unwrap();
        assert!(persian > 0);
        let rf = render(&doc, &identity(&doc), Lang::Fa, false);
        let p = rf.find("      ۱۲ تا ۱۴ فروردین ۱۴۰۳").unwrap();
        assert!(p < rf.find("2024-03-31").unwrap());
        assert!(rf.contains("ارقام (3) FIGURES"));
        // a counted noun that is the unit is shown once
        let mut d = example_document();
        d.figures[0].counted = d.figures[0].unit.clone();
        let r = render(&d, &identity(&d), Lang::En, false);
        assert!(r.contains("  unit  ") || r.contains("  unit\n"), "{r}");
        assert!(!r.contains("unit · unit"));
    }

    #[test]
    fn colour_report_has_codes_and_resets() {
        let doc = example_document();
        let r = render(&doc, &identity(&doc), Lang::En, true);
        assert!(r.contains("\x1b[0m\x1b[1;36mصادق نجفی\x1b[0m"), "{r:?}");
        assert!(r.contains("\x1b[0m\x1b[1;32m۱۲ تا ۱۴ فروردین ۱۴۰۳\x1b[0m"));
        assert!(!r.contains('[') || !r.contains("[صادق"));
    }

    #[test]
    fn grouping() {
        assert_eq!(group(Value::int(70000)), "70,000");
        assert_eq!(group(Value::int(-1234567)), "-1,234,567");
        assert_eq!(
            group(Value {
                mantissa: 12345,
                scale: 1
            }),
            "1,234.5"
        );
        assert_eq!(group(Value::int(12)), "12");
    }
}
