//! Figures and dates through the whole pipeline: the seed article's six
//! figures (../shared/seed/seed.gold.jsonl) with values, units and counted
//! nouns, and offsets that slice the original input.

use khabar::{Analyzer, ArticleMeta};

const SEED: &str = include_str!("../corpus/seed-000.txt");

#[test]
fn seed_figures_golden() {
    let a = Analyzer::embedded().unwrap();
    let doc = a.analyze("seed-000", SEED, &ArticleMeta::default()).unwrap();
    // (text, value, unit, counted, counted in English)
    let want: &[(&str, i64, &str, &str, Option<&str>)] = &[
        (
            "۷۰ هزار واحد صنعتی",
            70000,
            "واحد",
            "واحد صنعتی",
            Some("industrial units"),
        ),
        ("۴۳ هزار واحد", 43000, "واحد", "واحد", Some("units")),
        ("۱۰ هزار واحد", 10000, "واحد", "واحد", Some("units")),
        (
            "۸۴ هزار بنگاه صنعتی",
            84000,
            "بنگاه",
            "بنگاه صنعتی",
            Some("industrial firms"),
        ),
        ("سه هزار بنگاه", 3000, "بنگاه", "بنگاه", Some("firms")),
        ("۸۱ هزار واحد", 81000, "واحد", "واحد", Some("units")),
    ];
    let got: Vec<_> = doc
        .figures
        .iter()
        .map(|f| {
            (
                f.text.as_str(),
                f.value.to_string().parse::<i64>().unwrap(),
                f.unit.as_ref().unwrap().fa.as_str(),
                f.counted.as_ref().unwrap().fa.as_str(),
                f.counted.as_ref().unwrap().en.as_deref(),
            )
        })
        .collect();
    assert_eq!(got, want);
    let chars: Vec<char> = SEED.chars().collect();
    for f in &doc.figures {
        assert_eq!(f.kind, khabar::document::FigureKind::Count);
        // speaker is set by the claims stage (when officials are known): not checked here
        assert!(f.approx.is_none());
        // offsets are code points of the original input
        let orig: String = chars[f.span.start..f.span.end].iter().collect();
        assert_eq!(orig, f.text);
    }
    assert!(doc.dates.is_empty(), "{:?}", doc.dates);
}

#[test]
fn offsets_of_figures_and_dates_in_damaged_text() {
    // Arabic yeh/kaf, ASCII digits, a kashida: offsets still slice the input
    let input = "در ١٢ فروردين 1403 حدود 2.5 ميليون تومان پرداخت شد و رشد ١٢٫٥ درصد بود.";
    let a = Analyzer::embedded().unwrap();
    let doc = a.analyze("t", input, &ArticleMeta::default()).unwrap();
    let chars: Vec<char> = input.chars().collect();
    let slice = |s: &khabar::Span| chars[s.start..s.end].iter().collect::<String>();
    assert_eq!(doc.dates.len(), 1);
    assert_eq!(slice(&doc.dates[0].span), "١٢ فروردين 1403");
    assert_eq!(doc.dates[0].iso.as_deref(), Some("2024-03-31"));
    let f: Vec<_> = doc
        .figures
        .iter()
        .map(|f| (slice(&f.span), f.value.to_string()))
        .collect();
    assert_eq!(
        f,
        vec![
            ("2.5 ميليون تومان".to_string(), "2500000".to_string()),
            ("١٢٫٥ درصد".to_string(), "12.5".to_string()),
        ]
    );
    assert_eq!(doc.figures[0].approx, Some(khabar::document::Approx::About));
    assert_eq!(doc.figures[0].currency.as_deref(), Some("IRT"));
}

#[test]
fn analyze_cli_prints_figures_and_dates() {
    let input = "امروز ۲ میلیون و ۴۰۰ هزار تومان پرداخت شد و سال گذشته ۱۲٫۵ درصد رشد داشتیم.";
    let out = crate::util::run(
        &["analyze", "--compact", "--date", "1403/01/20"],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let figs = doc["figures"].as_array().unwrap();
    assert_eq!(figs.len(), 2);
    assert_eq!(figs[0]["value"], 2400000);
    assert_eq!(figs[0]["currency"], "IRT");
    assert_eq!(figs[1]["value"], 12.5);
    let dates = doc["dates"].as_array().unwrap();
    assert_eq!(dates[0]["iso"], "2024-04-08");
    assert_eq!(dates[0]["relative"], true);
    assert_eq!(dates[1]["text"], "سال گذشته");
    assert_eq!(dates[1]["iso"], "2023");
    // offsets are code points of the input
    let chars: Vec<char> = input.chars().collect();
    let (s, e) = (
        figs[0]["start"].as_u64().unwrap() as usize,
        figs[0]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        chars[s..e].iter().collect::<String>(),
        "۲ میلیون و ۴۰۰ هزار تومان"
    );
}

mod props {
    use khabar::{Analyzer, ArticleMeta};
    use proptest::prelude::*;

    /// Number words, units, months, qualifiers and separators in random
    /// order: the extractors must never panic, and every span must slice the
    /// input within bounds.
    fn numberish() -> impl Strategy<Value = String> {
        let words = [
            "یک",
            "دو",
            "سه",
            "صد",
            "سیصد",
            "هزار",
            "میلیون",
            "میلیارد",
            "و",
            "نیم",
            "سوم",
            "دهم",
            "تا",
            "بین",
            "حدود",
            "بیش",
            "از",
            "درصد",
            "تومان",
            "ریال",
            "دلار",
            "نفر",
            "واحد",
            "سال",
            "ماه",
            "روز",
            "فروردین",
            "آذرماه",
            "امسال",
            "گذشته",
            "سه‌شنبه",
            "اربعین",
            "ساله",
            "هفت‌نفره",
            "ماده",
            "ساعت",
            "۱۲",
            "۱۴۰۳",
            "۹۸",
            "۲٫۵",
            "1,200",
            "۶۴/۶۴",
            "۱۴۰۳/۰۱/۱۲",
            "۱۲:۳۰",
            "-",
            ".",
            "،",
            "%",
            "٪",
            "سنت",
            "متولد",
            "صددرصد",
            "دوباره",
            "هنگ‌کنگ",
            "ه.ق",
            "میلادی",
            "لغایت",
            "یا",
            "۰۹۱۲۳۴۵۶۷۸۹",
        ];
        proptest::collection::vec(proptest::sample::select(words.to_vec()), 1..25).prop_map(|v| v.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn extractors_never_panic(s in numberish(), date in proptest::option::of((1300i32..1500, 1u32..13, 1u32..32))) {
            let a = Analyzer::embedded().unwrap();
            let meta = ArticleMeta { jalali_date: date };
            let doc = a.analyze("p", &s, &meta).unwrap();
            let len = s.chars().count();
            for f in &doc.figures {
                prop_assert!(f.span.start <= f.span.end && f.span.end <= len);
                if let Some(m) = f.value_max {
                    prop_assert!(m.to_f64() >= f.value.to_f64() || f.value.mantissa < 0);
                }
            }
            for d in &doc.dates {
                prop_assert!(d.span.start <= d.span.end && d.span.end <= len);
            }
        }
    }
}
