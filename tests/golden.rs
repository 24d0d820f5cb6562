//! The seed golden test: `corpus/seed-000.txt` normalized gives the reviewed
//! `corpus/seed-000.normalized.txt`, and every word of the seed README's
//! must-repair list is repaired while every must-stay word is unchanged.

use crate::util::{normalizer, root};

const ZWNJ: char = '\u{200C}';

fn normalized_seed() -> (String, String) {
    let input = std::fs::read_to_string(root().join("corpus/seed-000.txt")).unwrap();
    let out: Vec<String> = input.split('\n').map(|l| normalizer().normalize_str(l)).collect();
    (input, out.join("\n"))
}

/// The words of `text` (split at spaces and punctuation, ZWNJ kept inside).
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || "،؛؟.:!«»()\"".contains(c))
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn seed_matches_golden_file() {
    let (_, out) = normalized_seed();
    let golden = std::fs::read_to_string(root().join("corpus/seed-000.normalized.txt")).unwrap();
    assert_eq!(out, golden);
}

#[test]
fn seed_must_repair_list() {
    let (input, out) = normalized_seed();
    let z = |s: &str| s.replace('|', &ZWNJ.to_string());
    // (glued in the input, accepted repairs)
    let table: &[(&str, &[&str])] = &[
        ("اتحادیههای", &["اتحادیه|های"]),
        ("بنگاههای", &["بنگاه|های"]),
        ("بهرهبرداری", &["بهره|برداری"]),
        ("توسعهای", &["توسعه|ای"]),
        ("حاملهای", &["حامل|های"]),
        ("زیرساختهای", &["زیرساخت|های"]),
        ("سالهای", &["سال|های"]),
        ("سیاستهای", &["سیاست|های"]),
        ("شدهاند", &["شده|اند"]),
        ("نشدهاند", &["نشده|اند"]),
        ("شهرکهای", &["شهرک|های"]),
        ("فعالیتها", &["فعالیت|ها"]),
        ("هزینهها", &["هزینه|ها"]),
        ("نمایشگاهها", &["نمایشگاه|ها"]),
        ("نمایندگیهای", &["نمایندگی|های"]),
        ("میآیند", &["می|آیند"]),
        ("میتواند", &["می|تواند"]),
        ("میشود", &["می|شود"]),
        ("میشوند", &["می|شوند"]),
        ("میکنند", &["می|کنند"]),
        ("نمیتواند", &["نمی|تواند"]),
        ("هیاتمدیره", &["هیئت|مدیره", "هیات|مدیره"]),
        ("وچوب", &["و چوب"]),
        ("وخارج", &["و خارج"]),
        ("دایرشود", &["دایر شود"]),
        ("حالحاضر", &["حال حاضر", "حال|حاضر"]),
    ];
    let out_words = words(&out);
    for (glued, good) in table {
        assert!(words(&input).contains(glued), "{glued} is not in the seed");
        assert!(!out_words.contains(glued), "{glued} was not repaired");
        let good: Vec<String> = good.iter().map(|g| z(g)).collect();
        assert!(
            good.iter().any(|g| out.contains(g.as_str())),
            "{glued}: none of {good:?} in the output"
        );
    }
}

#[test]
fn seed_must_stay_list() {
    let (input, out) = normalized_seed();
    let out_words = words(&out);
    for w in [
        "SMEها",
        "صادراتشان",
        "واحدها",
        "شهرهای",
        "ساماندهی",
        "تولیدکنندگان",
        "همچنین",
    ] {
        assert!(words(&input).contains(&w), "{w} is not in the seed");
        assert!(out_words.contains(&w), "{w} was changed");
    }
    for d in ["۷۰", "۴۳", "۱۰", "۸۴", "۸۱"] {
        assert!(out_words.contains(&d), "digits {d} were changed");
    }
    // "either form is fine" words stay in one of their forms
    for pair in [
        ["آنها", "آن\u{200C}ها"],
        ["اینکه", "این\u{200C}که"],
        ["یکسری", "یک\u{200C}سری"],
    ] {
        assert!(pair.iter().any(|p| out_words.contains(p)), "{pair:?}");
    }
}
