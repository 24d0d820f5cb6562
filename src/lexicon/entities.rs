//! [`EntityLexicons`]: the tables the people / organisations / officials
//! extractors use, loaded together.
//!
//! - `titles.tsv` (fa, en, kind, complement): titles and role words with
//!   their English gloss; `kind` is `title` or `modifier` (سابق، وقت، جدید);
//!   `complement` says what follows a title: `org` (an organisation is
//!   required for a role), `optional` (the title stands alone: رئیس‌جمهور),
//!   `ministry` (وزیر X → وزارت X), `place` (استاندار X).
//! - `organizations.tsv` (fa, en, canonical, kind, context): organisations
//!   with their official English names; an alias row names its canonical row
//!   (whose English Iran's institution takes) and has the generic English used
//!   for another country's ("وزارت دفاع": Ministry of Defence);
//!   `context` binds an ambiguous name to a topic of the article (`sports`:
//!   "استقلال", "پدیده" are clubs only in sports news; `us`: "کنگره").
//! - `org_heads.tsv` (fa, en, standalone): head words that start an
//!   organisation's noun phrase (سازمان، وزارت، اداره کل …).
//! - `honorifics.tsv`, `places.tsv`, `known_people.tsv`: name tables ([`PhraseTable`] with spelling variants).
//! - `given_names.tsv`, `surnames.tsv`, `common_words.tsv`,
//!   `function_words.tsv`, `verb_stems.tsv` (derived by
//!   `lexicons/scripts/derive_names.py`) and `surname_suffixes.tsv`: word
//!   lists for recognising names.

use rustc_hash::{FxHashMap, FxHashSet};

use super::phrases::{PhraseTable, Spellings};
use super::tsv::Table;
use super::LexiconSource;
use crate::error::Result;
use crate::text::normalize::Normalizer;

/// A given name's transliteration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GivenName {
    /// Latin spelling.
    pub latin: String,
    /// True when the spelling was made by rules.
    pub approx: bool,
    /// True for an unchecked name that is also a frequent word: a name only
    /// before a listed surname.
    pub weak: bool,
    /// True when the name is also a frequent word ("حسن", "امید"): never a
    /// mention on its own.
    pub word: bool,
    /// True for a name of the Iranian name lists (it has a gender), false
    /// for a foreign name as the news spells it ("رجب" Recep, "لاری" Larry),
    /// whose Latin does not serve a Persian surname made from it.
    pub persian: bool,
}

/// Everything the people / organisations / officials extractors look up.
#[derive(Clone, Debug)]
pub struct EntityLexicons {
    /// Titles and modifiers.
    pub titles: PhraseTable,
    /// Known organisations and their aliases.
    pub organizations: PhraseTable,
    /// Organisation head words.
    pub org_heads: PhraseTable,
    /// Honorifics (آقای، دکتر، حجت‌الاسلام …), not part of a name.
    pub honorifics: PhraseTable,
    /// Provinces, cities, countries.
    pub places: PhraseTable,
    /// Well-known people (full names and surnames) with their Latin names.
    pub known_people: PhraseTable,
    /// Surnames (ZWNJ as a space) that two or more well-known people share
    /// (خاتمی: محمد، محمدرضا، احمد): the surname alone does not say which.
    pub shared_surnames: FxHashSet<String>,
    /// Given names.
    pub given: FxHashMap<String, GivenName>,
    /// First words of the given names written in two words ("محمد" of
    /// "محمد رضا", "قدرت" of "قدرت‌الله").
    pub given_heads: FxHashSet<String>,
    /// Surnames with a rule-made Latin form (not the frequent words).
    pub surnames: FxHashMap<String, String>,
    /// Listed surnames that are also frequent words (زارع، آزاد): surnames
    /// only after a checked given name.
    pub common_surnames: FxHashSet<String>,
    /// Frequent common words (not surnames), without ZWNJ; see [`EntityLexicons::is_common`].
    pub common: FxHashSet<String>,
    /// The most frequent common words (corpus frequency at least
    /// [`EVERYDAY_FREQ`]), without ZWNJ: a surname spelled like one ("سلامت",
    /// "شاه") is not taken for its bearer wherever the word occurs alone.
    pub everyday: FxHashSet<String>,
    /// Function words (stop words), without ZWNJ; see [`EntityLexicons::is_function`].
    pub function_words: FxHashSet<String>,
    /// Past verb stems.
    pub past_stems: FxHashSet<String>,
    /// Present verb stems.
    pub present_stems: FxHashSet<String>,
    /// First words of the speech verbs (`speech_verbs.tsv`), to skip tokens
    /// that cannot start one.
    pub speech_first: FxHashSet<String>,
    /// Surname endings (زاده، پور …) with their conventional Latin spelling,
    /// longest first.
    pub surname_suffixes: Vec<(String, String)>,
    /// Every word that can start an entry of a name table, with a bit per
    /// table that has one starting with it (bit `k`: the `k`th table of
    /// [`EntityLexicons::name_tables`]; [`SPEECH_BIT`]: a speech verb;
    /// [`SUFFIX_BIT`]: the word is a surname ending): one
    /// lookup per token answers every table's
    /// [`PhraseTable::may_start`] ([`EntityLexicons::starts`]).
    starts: FxHashMap<String, u8>,
}

/// The bit of [`EntityLexicons::starts`] for the first words of speech verbs
/// ([`EntityLexicons::speech_first`]).
pub const SPEECH_BIT: u8 = 1 << 6;

/// The bit of [`EntityLexicons::starts`] for a word that is one of the
/// surname endings ([`EntityLexicons::surname_suffixes`]) as a whole.
pub const SUFFIX_BIT: u8 = 1 << 7;

/// Corpus frequency (`common_words.tsv`) from which a word is an everyday
/// word: [`EntityLexicons::everyday`].
pub const EVERYDAY_FREQ: u64 = 3_000_000;

fn column_map(
    src: &LexiconSource,
    file: &str,
    columns: &[&str],
    norm: &Normalizer,
    mut f: impl FnMut(String, &[&str]),
) -> Result<()> {
    let contents = src.read(file)?;
    let mut cols = vec!["fa"];
    cols.extend_from_slice(columns);
    let table = Table::parse(file, &contents, &cols)?;
    for (_, fields) in &table.rows {
        let fa = norm.normalize_str(fields[0].trim());
        if !fa.is_empty() {
            f(fa, &fields[1..]);
        }
    }
    Ok(())
}

impl EntityLexicons {
    /// Load every table from `src`, normalizing entries with `norm`.
    pub fn load(src: &LexiconSource, norm: &Normalizer) -> Result<EntityLexicons> {
        let mut given = FxHashMap::default();
        // checked one-word names (and whether male), for the glued compounds below
        let mut male = Vec::new();
        column_map(
            src,
            "given_names.tsv",
            &["latin", "gender", "approx", "weak", "word"],
            norm,
            |fa, f| {
                // (علی / غلام also before a checked name the lists give as a
                // woman's: "علی‌اشرف", "غلام‌زهرا")
                if f[2].trim() == "0" && f[3].trim() == "0" && !fa.contains([' ', '\u{200C}']) {
                    male.push((fa.clone(), f[0].to_string(), f[1].trim() == "M"));
                }
                given.insert(
                    fa,
                    GivenName {
                        latin: f[0].to_string(),
                        approx: f[2].trim() == "1",
                        weak: f[3].trim() == "1",
                        word: f[4].trim() == "1",
                        persian: !f[1].trim().is_empty(),
                    },
                );
            },
        )?;
        // سید glued to a given name: "سید‌جعفر" (its ZWNJ after د shows
        // nothing and is removed) is read as "سیدجعفر"; glued, a name that is
        // also an everyday word ("سیدجلال", "سیدقاسم") is no word
        let seyed: Vec<(String, GivenName)> = given
            .iter()
            .filter(|(fa, g): &(&String, &GivenName)| !g.weak && !fa.contains([' ', '\u{200C}']))
            .map(|(fa, g)| {
                let latin = format!("Seyed {}", g.latin);
                (
                    format!("سید{fa}"),
                    GivenName {
                        latin,
                        word: false,
                        ..g.clone()
                    },
                )
            })
            .collect();
        for (fa, g) in seyed {
            given.entry(fa).or_insert(g);
        }
        // compound given names written glued: محمد / امیر / علی / غلام before a
        // checked male name ("محمدصادق", "امیرمهدی", "علی‌حسن", "غلامعباس"),
        // when the lists have only some of them
        for (prefix, latin) in [
            ("محمد", "Mohammad"),
            ("امیر", "Amir"),
            ("علی", "Ali"),
            ("غلام", "Gholam"),
        ] {
            for (fa, l, is_male) in &male {
                if fa.starts_with(prefix) || !(*is_male || matches!(prefix, "علی" | "غلام")) {
                    continue;
                }
                let g = GivenName {
                    latin: format!("{latin} {l}"),
                    approx: false,
                    weak: false,
                    word: false,
                    persian: true,
                };
                // (a woman's name only in the one-word ZWNJ form, which a
                // name written apart does not give: "علی پروین" is Ali Parvin)
                if *is_male {
                    given.entry(format!("{prefix}{fa}")).or_insert_with(|| g.clone());
                }
                // (after a joining letter the ZWNJ stays: "علی‌اصغر", "غلام‌عباس")
                if matches!(prefix, "علی" | "غلام") {
                    given.entry(format!("{prefix}\u{200C}{fa}")).or_insert(g);
                }
            }
        }
        // a two-word name written with ZWNJ after a joining letter is the
        // same name: "حسین‌علی" for "حسین علی" (a ZWNJ after "محمد" shows
        // nothing and is removed, so "محمد علی" needs no such form)
        let zwnj_forms: Vec<(String, GivenName)> = given
            .iter()
            .filter_map(|(fa, g): (&String, &GivenName)| {
                let (a, b) = fa.split_once(' ')?;
                (!b.contains(' ') && crate::text::normalize::zwnj::lexicon::joins_after(a))
                    .then(|| (format!("{a}\u{200C}{b}"), g.clone()))
            })
            .collect();
        for (fa, g) in zwnj_forms {
            given.entry(fa).or_insert(g);
        }
        let given_heads = given
            .keys()
            .filter_map(|k: &String| k.split([' ', '\u{200C}']).next().filter(|h| h.len() < k.len()))
            .map(str::to_string)
            .collect();
        let mut surnames = FxHashMap::default();
        let mut common_surnames = FxHashSet::default();
        column_map(src, "surnames.tsv", &["latin", "common"], norm, |fa, f| {
            if f[1].trim() == "1" {
                common_surnames.insert(fa);
            } else {
                surnames.insert(fa, f[0].to_string());
            }
        })?;
        let mut common = FxHashSet::default();
        let mut everyday = FxHashSet::default();
        column_map(src, "common_words.tsv", &["freq"], norm, |fa, f| {
            let fa = fa.replace('\u{200C}', "");
            if f[0].trim().parse::<u64>().is_ok_and(|n| n >= EVERYDAY_FREQ) {
                everyday.insert(fa.clone());
            }
            // the same word written without its hamza seat ("تاکیدات" for
            // "تأکیدات", "مسوول" for "مسؤول") is as common, unless that
            // spelling is a given name ("رویا" is Roya; "رؤیا" a dream)
            if fa.contains(['أ', 'ؤ']) {
                let bare = fa.replace('أ', "ا").replace('ؤ', "و");
                if !given.contains_key(&bare) {
                    common.insert(bare);
                }
            }
            common.insert(fa);
        })?;
        let mut function_words = FxHashSet::default();
        column_map(src, "function_words.tsv", &[], norm, |fa, _| {
            function_words.insert(fa.replace('\u{200C}', ""));
        })?;
        let (mut past_stems, mut present_stems) = (FxHashSet::default(), FxHashSet::default());
        column_map(src, "verb_stems.tsv", &["present"], norm, |fa, f| {
            past_stems.insert(fa);
            present_stems.insert(norm.normalize_str(f[0].trim()));
        })?;
        let mut speech_first = FxHashSet::default();
        column_map(src, "speech_verbs.tsv", &["en"], norm, |fa, _| {
            for v in super::phrases::variants(&fa) {
                if let Some(f) = v.split(' ').next() {
                    speech_first.insert(f.to_string());
                }
            }
        })?;
        let mut surname_suffixes = Vec::new();
        column_map(src, "surname_suffixes.tsv", &["latin"], norm, |fa, f| {
            surname_suffixes.push((fa, f[0].to_string()));
        })?;
        surname_suffixes.sort_by_key(|(fa, _)| std::cmp::Reverse(fa.len()));
        let known_people = PhraseTable::load(src, "known_people.tsv", &["latin"], Spellings::Variants, norm)?;
        let mut last_words: FxHashMap<String, u32> = FxHashMap::default();
        for e in known_people.entries() {
            let fa = e.fa.replace('\u{200C}', " ");
            if let Some((_, last)) = fa.rsplit_once(' ') {
                *last_words.entry(last.to_string()).or_default() += 1;
            }
        }
        let shared_surnames = last_words
            .into_iter()
            .filter(|&(_, n)| n >= 2)
            .map(|(k, _)| k)
            .collect();
        let mut lex = EntityLexicons {
            titles: PhraseTable::load(
                src,
                "titles.tsv",
                &["en", "kind", "complement"],
                Spellings::Variants,
                norm,
            )?,
            organizations: PhraseTable::load(
                src,
                "organizations.tsv",
                &["en", "canonical", "kind", "context"],
                Spellings::Variants,
                norm,
            )?,
            org_heads: PhraseTable::load(
                src,
                "org_heads.tsv",
                &["en", "standalone"],
                Spellings::Variants,
                norm,
            )?,
            honorifics: PhraseTable::load(src, "honorifics.tsv", &["en"], Spellings::Variants, norm)?,
            places: PhraseTable::load(src, "places.tsv", &["en", "kind"], Spellings::Variants, norm)?,
            known_people,
            shared_surnames,
            given,
            given_heads,
            surnames,
            common_surnames,
            common,
            everyday,
            function_words,
            past_stems,
            present_stems,
            speech_first,
            surname_suffixes,
            starts: FxHashMap::default(),
        };
        let mut starts: FxHashMap<String, u8> = FxHashMap::default();
        for (k, t) in lex.name_tables().iter().enumerate() {
            for w in t.first_words() {
                *starts.entry(w.to_string()).or_default() |= 1 << k;
            }
        }
        for w in &lex.speech_first {
            *starts.entry(w.clone()).or_default() |= SPEECH_BIT;
        }
        for (w, _) in &lex.surname_suffixes {
            *starts.entry(w.clone()).or_default() |= SUFFIX_BIT;
        }
        lex.starts = starts;
        Ok(lex)
    }

    /// The name tables in the order of the bits of [`EntityLexicons::starts`]:
    /// titles, organizations, org_heads, honorifics, places, known_people.
    pub fn name_tables(&self) -> [&PhraseTable; 6] {
        [
            &self.titles,
            &self.organizations,
            &self.org_heads,
            &self.honorifics,
            &self.places,
            &self.known_people,
        ]
    }

    /// Which name tables may have an entry starting with the whole word `w`
    /// (bit `k` for the `k`th of [`EntityLexicons::name_tables`]),
    /// [`SPEECH_BIT`] when a speech verb may and [`SUFFIX_BIT`] when `w` is a
    /// surname ending: every table's [`PhraseTable::may_start`], the
    /// [`EntityLexicons::speech_first`] test and the surname-ending test in
    /// one lookup.
    pub fn starts(&self, w: &str) -> u8 {
        self.starts.get(w).copied().unwrap_or(0)
    }

    /// True for a function word (written with or without its ZWNJ).
    pub fn is_function(&self, w: &str) -> bool {
        without_zwnj(w, |x| self.function_words.contains(x))
    }

    /// True for one of the most frequent common words ([`EVERYDAY_FREQ`]),
    /// written with or without its ZWNJ.
    pub fn is_everyday(&self, w: &str) -> bool {
        without_zwnj(w, |x| self.everyday.contains(x))
    }

    /// True for a frequent common word (written with or without its ZWNJ).
    pub fn is_common(&self, w: &str) -> bool {
        without_zwnj(w, |x| self.common.contains(x))
    }

    /// True when `w` looks like a conjugated verb (گفت، می‌گوید، نمی‌کند،
    /// شده‌اند، بگیرند) by its stems.
    pub fn is_verb(&self, w: &str) -> bool {
        const COPULAS: &[&str] = &[
            "هستم",
            "هستی",
            "هست",
            "هستیم",
            "هستید",
            "هستند",
            "نیستم",
            "نیستی",
            "نیست",
            "نیستیم",
            "نیستید",
            "نیستند",
            "است",
            "بود",
            "باشد",
            "باشند",
            "باشیم",
        ];
        if COPULAS.contains(&w) || self.verb_form(w) {
            return true;
        }
        w.strip_prefix('ن').is_some_and(|x| self.verb_form(x))
    }

    fn verb_form(&self, w: &str) -> bool {
        const ENDINGS: &[&str] = &[
            "\u{200C}اند",
            "\u{200C}ایم",
            "\u{200C}اید",
            "\u{200C}ام",
            "\u{200C}ای",
            "اند",
            "ند",
            "ید",
            "یم",
            "ه",
            "م",
            "ی",
            "د",
            "",
        ];
        let past = |s: &str| self.past_stems.contains(s);
        let present = |s: &str| self.present_stems.contains(s);
        if let Some(body) = w.strip_prefix("می\u{200C}").or_else(|| w.strip_prefix("می")) {
            return ENDINGS.iter().any(|e| {
                body.strip_suffix(e)
                    .is_some_and(|b| !b.is_empty() && (present(b) || past(b)))
            });
        }
        // the present perfect: participle + personal ending ("داشته‌ایم",
        // "شده‌اند", "کرده‌ام"); not ‌ای, the indefinite of nouns ("پرونده‌ای")
        let perfect = ["\u{200C}اند", "\u{200C}ایم", "\u{200C}اید", "\u{200C}ام"]
            .iter()
            .any(|e| {
                w.strip_suffix(e)
                    .and_then(|b| b.strip_suffix('ه'))
                    .is_some_and(past)
            });
        perfect
            || ENDINGS.iter().any(|e| {
                w.strip_suffix(e).is_some_and(|b| {
                    past(b)
                        || (!e.is_empty() && b.strip_prefix('ب').is_some_and(|p| !p.is_empty() && present(p)))
                })
            })
    }
}

/// Calls `f` with `w` without its ZWNJs, built on the stack when short, so
/// that a lookup asked at every token does not allocate.
fn without_zwnj<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if !w.contains('\u{200C}') {
        return f(w);
    }
    let mut buf = [0u8; 128];
    if w.len() <= buf.len() {
        let mut n = 0;
        for part in w.split('\u{200C}') {
            buf[n..n + part.len()].copy_from_slice(part.as_bytes());
            n += part.len();
        }
        // (always valid: whole characters were removed)
        if let Ok(x) = std::str::from_utf8(&buf[..n]) {
            return f(x);
        }
    }
    f(&w.replace('\u{200C}', ""))
}

#[cfg(test)]
mod tests {
    use super::without_zwnj;

    #[test]
    fn zwnjs_are_left_out_short_or_long() {
        let long = "می\u{200C}".repeat(60);
        for (w, want) in [
            ("می\u{200C}شود", "میشود".to_string()),
            ("کتاب", "کتاب".to_string()),
            ("\u{200C}", String::new()),
            (long.as_str(), "می".repeat(60)),
        ] {
            assert_eq!(without_zwnj(w, str::to_string), want);
        }
    }
}
