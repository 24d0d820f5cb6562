//! Officials on the seed article: exactly the officials and roles of
//! `../shared/seed/seed.gold.jsonl` (written out below, and compared with the
//! shared file when it is there), with English glosses, Latin names and the
//! coreference the issue asks for ("نجفی افزود", "وی گفت", "مدیرعامل این
//! سازمان" → the right person).

use khabar::document::{Document, MentionKind};
use khabar::{Analyzer, ArticleMeta};

use crate::util::root;

/// Strings compared as the scorer does: no spaces or ZWNJ, هیات = هیئت.
fn key(s: &str) -> String {
    s.replace("هیات", "هیئت")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{200C}')
        .collect()
}

fn seed_doc() -> Document {
    let text = std::fs::read_to_string(root().join("corpus/seed-000.txt")).expect("corpus/seed-000.txt");
    Analyzer::embedded()
        .unwrap()
        .analyze("seed-000", &text, &ArticleMeta::default())
        .unwrap()
}

/// (person, [(title, org)]) sorted, as comparable keys.
fn officials_of(doc: &Document) -> Vec<(String, Vec<(String, String)>)> {
    let mut v: Vec<_> = doc
        .officials
        .iter()
        .map(|o| {
            let mut roles: Vec<_> = o
                .roles
                .iter()
                .map(|r| {
                    (
                        key(&r.title.fa),
                        r.organization.as_ref().map_or(String::new(), |g| key(&g.fa)),
                    )
                })
                .collect();
            roles.sort();
            (key(&o.name.fa), roles)
        })
        .collect();
    v.sort();
    v
}

const ORG: &str = "سازمان صنایع کوچک و شهرک‌های صنعتی ایران";

#[test]
fn seed_officials_exactly() {
    let doc = seed_doc();
    let mut want = vec![
        (
            key("صادق نجفی"),
            vec![(key("مدیرعامل"), key(ORG)), (key("رئیس هیات‌مدیره"), key(ORG))],
        ),
        (key("علی فاضلی"), vec![(key("رئیس"), key("اتاق اصناف ایران"))]),
    ];
    for (_, roles) in want.iter_mut() {
        roles.sort();
    }
    want.sort();
    assert_eq!(officials_of(&doc), want);

    // the shared gold file says the same
    let gold = root().join("../shared/seed/seed.gold.jsonl");
    let gold = if gold.is_file() {
        gold
    } else {
        "/work/shared/seed/seed.gold.jsonl".into()
    };
    if let Ok(s) = std::fs::read_to_string(&gold) {
        let g: serde_json::Value = serde_json::from_str(s.lines().next().unwrap()).unwrap();
        let mut from_gold: Vec<(String, Vec<(String, String)>)> = g["officials"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| {
                let mut roles: Vec<_> = o["roles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| {
                        (
                            key(r["title"].as_str().unwrap()),
                            key(r["org"].as_str().unwrap_or("")),
                        )
                    })
                    .collect();
                roles.sort();
                (key(o["person"].as_str().unwrap()), roles)
            })
            .collect();
        from_gold.sort();
        assert_eq!(officials_of(&doc), from_gold);
    }
}

#[test]
fn seed_glosses_and_latin() {
    let doc = seed_doc();
    let najafi = doc
        .officials
        .iter()
        .find(|o| key(&o.name.fa) == key("صادق نجفی"))
        .unwrap();
    assert_eq!(najafi.name.latin.as_deref(), Some("Sadegh Najafi"));
    for r in &najafi.roles {
        let org = r.organization.as_ref().unwrap();
        assert_eq!(
            org.en.as_deref(),
            Some("Iran Small Industries and Industrial Parks Organization")
        );
        assert!(r.title.en.is_some(), "{:?}", r.title);
    }
    let en: Vec<_> = najafi.roles.iter().map(|r| r.title.en.clone().unwrap()).collect();
    assert!(
        en.contains(&"chief executive".to_string()) && en.contains(&"chairman of the board".to_string()),
        "{en:?}"
    );
    let fazeli = doc
        .officials
        .iter()
        .find(|o| key(&o.name.fa) == key("علی فاضلی"))
        .unwrap();
    assert!(fazeli
        .name
        .latin
        .as_deref()
        .is_some_and(|l| l.starts_with("Ali ")));
    assert_eq!(fazeli.roles[0].title.en.as_deref(), Some("head"));
    assert_eq!(
        fazeli.roles[0].organization.as_ref().unwrap().en.as_deref(),
        Some("Iran Chamber of Guilds")
    );
    // people[] holds the same ids and mentions as officials[]
    for o in &doc.officials {
        let p = doc.people.iter().find(|p| p.id == o.id).unwrap();
        assert_eq!(p.mentions, o.mentions);
    }
    // organisations: the fullest form, with its English name
    let g = doc
        .organizations
        .iter()
        .find(|g| key(&g.name.fa) == key(ORG))
        .unwrap();
    assert!(g
        .mentions
        .iter()
        .any(|m| m.kind == MentionKind::Alias && key(&m.text) == key("سازمان صنایع کوچک")));
}

#[test]
fn seed_coreference() {
    let doc = seed_doc();
    let kinds = |name: &str| -> Vec<(MentionKind, String)> {
        let o = doc
            .officials
            .iter()
            .find(|o| key(&o.name.fa) == key(name))
            .unwrap();
        o.mentions.iter().map(|m| (m.kind, key(&m.text))).collect()
    };
    let najafi = kinds("صادق نجفی");
    // "نجفی با بیان اینکه … گفت", "مدیرعامل سازمان صنایع کوچک افزود", "وی افزود"
    assert!(najafi.contains(&(MentionKind::Name, key("نجفی"))), "{najafi:?}");
    assert!(
        najafi.contains(&(MentionKind::Role, key("مدیرعامل سازمان صنایع کوچک"))),
        "{najafi:?}"
    );
    assert!(najafi.contains(&(MentionKind::Pronoun, key("وی"))), "{najafi:?}");
    let fazeli = kinds("علی فاضلی");
    // "وی تصریح کرد" after Fazeli spoke is Fazeli; "فاضلی … گفت"
    assert!(fazeli.contains(&(MentionKind::Pronoun, key("وی"))), "{fazeli:?}");
    assert!(fazeli.contains(&(MentionKind::Name, key("فاضلی"))), "{fazeli:?}");
    // mentions slice the original text at their offsets
    let text = std::fs::read_to_string(root().join("corpus/seed-000.txt")).unwrap();
    let chars: Vec<char> = text.chars().collect();
    for o in &doc.officials {
        for m in &o.mentions {
            let s: String = chars[m.span.start..m.span.end].iter().collect();
            assert_eq!(key(&s), key(&m.text), "{m:?}");
        }
    }
}
