//! Claims on the seed article (corpus/seed-000.txt): the 13 policy claims of
//! ../shared/seed/seed.gold.jsonl, found by the full analyzer, with their cues
//! and clauses; and (once the officials extractor is merged) their speakers.

use khabar::{Analyzer, ArticleMeta, Document};

use crate::util::root;

/// (cue, claim text) in text order, reviewed against the gold annotation.
/// Compared with white space and ZWNJ removed, so ZWNJ repair does not
/// change the expectation.
const SEED_CLAIMS: &[(&str, &str)] = &[
    ("باید", "باید تمرکز بیشتری بر تقویت این واحدها داشته باشیم"),
    ("باید", "باید زیرساختهای ایجاد شهرکهای صنفی اصلاح شود"),
    ("باید", "باید بنگاههای کوچک و متوسط یا SMEها در کنار ما قرار بگیرند"),
    ("باید", "مشکل نبود پیوند بین صنایع متوسط و کوچک با بازار و ارتباط آنها باید شکل بگیرد"),
    (
        "باید",
        "در قدم نخست باید به دنبال صنایعی که ظرفیت بیشتری در بازار دارند مانند صنعت (پوشاک، چرم وچوب) رفت و آنها را ساماندهی کرد",
    ),
    ("باید", "اگر تسهیلاتی به این واحدها پرداخت میشود، باید روند نظارتی بر ارائه این تسهیلات صورت بگیرد"),
    (
        "لازم است",
        "همچنین لازم است تا این صنایع به لحاظ بازاریابی و حتی نحوه تبلیغات در بازار و داخل وخارج کشور مورد حمایت قرار بگیرند",
    ),
    ("باید", "اگر قرار است نمایشگاهی دایرشود، باید SMEها و تولیدکنندگان در آن حضور داشته باشند"),
    ("لازم است", "لازم است این مساله اصلاح شود"),
    ("باید", "۸۱ هزار واحد جزو صنایع کوچک و متوسط یا SMEها به حساب میآیند که باید تحت مدیریت قرار بگیرند"),
    (
        "لازم است",
        "در سالهای گذشته بخش صنایع کوچک مطابق با صنعت دیده نشدهاند که لازم است با همیاری یکدیگر شهرکهای تخصصی مخصوص صادرات را ایجاد کنیم و واحدهای تولیدی را در آنجا مستقر کنیم",
    ),
    ("نیاز داریم", "برای بخش تولید نیاز به سیاستهای تشویقی داریم"),
    ("باید", "بیشتر قوانین و مقررات ما در این زمینه تنبیهی است که باید اصلاح شود"),
];

/// Speakers of the 13 claims in order (gold: Najafi 9, Fazeli 4).
const SEED_SPEAKERS: &[&str] = &[
    "صادق نجفی",
    "صادق نجفی",
    "صادق نجفی",
    "صادق نجفی",
    "صادق نجفی",
    "صادق نجفی",
    "صادق نجفی",
    "صادق نجفی",
    "صادق نجفی",
    "علی فاضلی",
    "علی فاضلی",
    "علی فاضلی",
    "علی فاضلی",
];

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{200c}')
        .collect()
}

fn seed() -> (String, Document) {
    let text = std::fs::read_to_string(root().join("corpus/seed-000.txt")).unwrap();
    let doc = Analyzer::embedded()
        .unwrap()
        .analyze("seed-000", &text, &ArticleMeta::default())
        .unwrap();
    (text, doc)
}

#[test]
fn seed_claims_and_cues() {
    let (input, doc) = seed();
    let got: Vec<(String, String)> = doc
        .claims
        .iter()
        .map(|c| (c.cue.fa.clone(), fold(&c.text)))
        .collect();
    let want: Vec<(String, String)> = SEED_CLAIMS
        .iter()
        .map(|(c, t)| (c.to_string(), fold(t)))
        .collect();
    assert_eq!(got, want);
    for c in &doc.claims {
        // original offsets slice the input to the claim (up to normalization)
        let orig: String = input
            .chars()
            .skip(c.span.start)
            .take(c.span.end - c.span.start)
            .collect();
        assert_eq!(fold(&orig), fold(&c.text), "{c:?}");
        assert!(!c.negated);
    }
}

#[test]
fn seed_claim_speakers() {
    let (_, doc) = seed();
    let name = |id: &Option<String>| {
        id.as_ref().and_then(|id| {
            doc.officials
                .iter()
                .find(|o| &o.id == id)
                .map(|o| fold(&o.name.fa))
        })
    };
    let got: Vec<Option<String>> = doc.claims.iter().map(|c| name(&c.speaker)).collect();
    let want: Vec<Option<String>> = SEED_SPEAKERS.iter().map(|s| Some(fold(s))).collect();
    assert_eq!(got, want);
}

mod properties {
    //! No panic and consistent spans on random sequences of the words the
    //! claims extractor reacts to (cues, copulas, speech verbs, boundaries).

    use khabar::{Analyzer, ArticleMeta};
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "باید",
        "نباید",
        "لازم",
        "ضروری",
        "نیاز",
        "نیازی",
        "نیازمند",
        "خواستار",
        "ضرورت",
        "لزوم",
        "بر",
        "با",
        "تأکید",
        "است",
        "نیست",
        "داریم",
        "ندارد",
        "شد",
        "به",
        "نظر",
        "می‌رسد",
        "که",
        "و",
        "،",
        ":",
        ".",
        "«",
        "»",
        "گفت",
        "افزود",
        "تأکید کرد",
        "وی",
        "این",
        "در",
        "صورت",
        "مورد",
        "اگر",
        "اما",
        "دولت",
        "مردم",
        "اصلاح",
        "شود",
        "کنند",
        "می",
        "بایست",
        "نمی",
        "ولی",
        "فقیه",
        "…",
        "\n",
        "به گزارش",
        "گفتنی",
        "مسئولان",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn no_panic_and_spans_slice_the_text(ws in proptest::collection::vec(proptest::sample::select(WORDS), 1..60)) {
            let text = ws.join(" ");
            prop_assume!(!text.trim().is_empty());
            let doc = Analyzer::embedded().unwrap().analyze("p", &text, &ArticleMeta::default()).unwrap();
            let len = text.chars().count();
            for c in &doc.claims {
                prop_assert!(c.span.start < c.span.end && c.span.end <= len, "{c:?}");
                prop_assert!(!c.text.is_empty());
            }
        }
    }
}
