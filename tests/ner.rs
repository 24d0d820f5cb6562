//! Named-entity behaviour that the PEYMA evaluation (`scripts/eval_ner.sh`)
//! measures in bulk, pinned on short hand-written sentences: which strings
//! become person and organisation name mentions, and which do not.

use khabar::{Analyzer, ArticleMeta};
use std::sync::LazyLock;

static ANALYZER: LazyLock<Analyzer> = LazyLock::new(|| Analyzer::embedded().unwrap());

/// The name mentions (kind name/alias) of people and organisations.
fn mentions(text: &str) -> (Vec<String>, Vec<String>) {
    let d = ANALYZER.analyze("t", text, &ArticleMeta::default()).unwrap();
    let named = |k: khabar::document::MentionKind| {
        matches!(
            k,
            khabar::document::MentionKind::Name | khabar::document::MentionKind::Alias
        )
    };
    let per = d
        .people
        .iter()
        .flat_map(|p| {
            p.mentions
                .iter()
                .filter(|m| named(m.kind))
                .map(|m| m.text.clone())
        })
        .collect();
    let org = d
        .organizations
        .iter()
        .flat_map(|o| {
            o.mentions
                .iter()
                .filter(|m| named(m.kind))
                .map(|m| m.text.clone())
        })
        .collect();
    (per, org)
}

#[test]
fn news_sources_are_organisations() {
    let cases: &[(&str, &[&str])] = &[
        ("منبع : مشرق", &["مشرق"]),
        ("منبع : فارس انتهای پیام", &["فارس"]),
        ("انتهای پیام/ فارس", &["فارس"]),
        (
            "او امروز در گفت‌وگو با خبرنگار فارس در قم گفت : کار ادامه دارد .",
            &["فارس"],
        ),
        ("دبیر سوگواره به مهر گفت : کار ادامه دارد .", &["مهر"]),
        ("به نقل از مهر ؛ هم‌زمان با سالروز", &["مهر"]),
        // the same short forms elsewhere are places and months
        ("در استان فارس و در ماه مهر باران بارید .", &[]),
        ("خبرنگار ما در قم گفت .", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(mentions(text).1, *want, "{text}");
    }
}
