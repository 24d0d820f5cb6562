//! Named-entity behaviour that the PEYMA evaluation (`scripts/eval_ner.sh`)
//! measures in bulk, pinned on short hand-written sentences: which strings
//! become person and organisation name mentions, and which do not.

use khabar::{Analyzer, ArticleMeta};
use std::sync::LazyLock;

static ANALYZER: LazyLock<Analyzer> = LazyLock::new(|| Analyzer::embedded().unwrap());

/// A string compared as the PEYMA scorer does: without spaces and ZWNJ.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{200C}')
        .collect()
}

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

#[test]
fn holy_names_and_names_of_places() {
    let cases: &[(&str, &[&str])] = &[
        // a blessing marks a holy person; حضرت is part of the name
        ("به فرموده امام ( ره ) باید کار کرد .", &["امام ( ره )"]),
        ("سخن پیامبر ( ص ) را شنیدیم .", &["پیامبر ( ص )"]),
        ("زیارت حضرت فاطمه زهرا ( س ) .", &["حضرت فاطمه زهرا ( س )"]),
        ("امام حسن ( علیه‌السلام ) فرمود .", &["امام حسن ( علیه‌السلام )"]),
        // the blessing after a known name's last word closes that name
        ("سیره پیامبر اسلام ( ص ) را بخوانیم .", &["پیامبر اسلام ( ص )"]),
        // a holy group is not a person
        ("محبت اهل‌بیت ( ع ) در دل‌هاست .", &[]),
        // a name after a place or institution head names the place
        ("مردم در میدان امام حسین ( ع ) جمع شدند .", &[]),
        ("او در بیمارستان شهید بهشتی بستری شد .", &[]),
        ("دولت روحانی لایحه را فرستاد .", &[]),
    ];
    for (text, want) in cases {
        let got: Vec<String> = mentions(text).0.iter().map(|s| key(s)).collect();
        let want: Vec<String> = want.iter().map(|s| key(s)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn a_committee_of_a_known_body_is_one_organisation() {
    // PEYMA guideline 3-1: "کمیسیون اصل نود مجلس" is one organisation
    let cases: &[(&str, &[&str])] = &[
        (
            "این طرح در کمیسیون آموزش مجلس تصویب شد .",
            &["کمیسیون آموزش مجلس"],
        ),
        ("رئیس کمیسیون آموزش مجلس گفت .", &["کمیسیون آموزش مجلس"]),
        ("کمیسیون آموزش امروز تشکیل جلسه داد .", &["کمیسیون آموزش"]),
    ];
    for (text, want) in cases {
        assert_eq!(mentions(text).1, *want, "{text}");
    }
}

#[test]
fn people_boundaries_and_known_figures() {
    let cases: &[(&str, &[&str])] = &[
        // a nisba after a listed or marked surname is part of it
        ("دکتر باقری لنکرانی گفت .", &["باقری لنکرانی"]),
        ("سلیم مؤذن‌زاده اردبیلی گفت .", &["سلیم مؤذن‌زاده اردبیلی"]),
        ("سید عبدالله بلادی بوشهری گفت .", &["سید عبدالله بلادی بوشهری"]),
        // … but not a noun with its ezafe or an indefinite noun
        ("به گزارش ایسنا ، علی باقری انتهای هفته گفت .", &["علی باقری"]),
        // "بابیان اینکه" is "با بیان اینکه" written glued
        ("علی کاظمی بابیان اینکه کار ادامه دارد گفت .", &["علی کاظمی"]),
        // after an honorific, a surname that is also a given name
        ("حجت‌الاسلام صادقی با اشاره به این موضوع گفت .", &["صادقی"]),
        // known public figures, foreign given names, epithets
        ("هیلاری کلینتون و تام کروز آمدند .", &["هیلاری کلینتون", "تام کروز"]),
        ("الیور استون گفت .", &["الیور استون"]),
        ("سخن امیرالمؤمنین را شنیدیم .", &["امیرالمؤمنین"]),
        // a one-word name after a determiner is the noun ("this cleric")
        ("این روحانی در مسجد سخنرانی کرد .", &[]),
        // an everyday word spelled like a surname is not its bearer
        ("رضا سلامت گفت . سلامت مردم مهم است .", &["رضا سلامت"]),
    ];
    for (text, want) in cases {
        let got: Vec<String> = mentions(text).0.iter().map(|s| key(s)).collect();
        let want: Vec<String> = want.iter().map(|s| key(s)).collect();
        assert_eq!(got, want, "{text}");
    }
}
