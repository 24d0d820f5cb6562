//! People: the named persons of an article, each with every mention of their
//! name, and a Latin transliteration.
//!
//! A name is found as
//! - a known person (`known_people.tsv`: full names and well-known surnames);
//! - (honorifics) (سید) given name(s) surname (1–2 words): "صادق نجفی",
//!   "حجت‌الاسلام سید محمد خاتمی", "محمدرضا / محمد رضا شاملو", «علی فاضلی»;
//! - an honorific with a surname alone: "دکتر نجفی", "آیت‌الله جنتی";
//! - a two-word surname ending in a nisba ("موسوی اردبیلی", "بلادی بوشهری");
//! - a checked given name standing alone three or more times in the article
//!   (the characters of a story: "سوسن", "باقر");
//! - one or two words the article uses as the subject of a speech verb
//!   ("حنا گفت :", "گل مرادی ادامه داد"), even when they are common words
//!   or given names: one sense per article, every lone occurrence of the
//!   word is then the person too ([`NameHit::confirmed`]).
//!
//! A surname is a word that is in the surname list, or that is not a common
//! word, function word, verb, title or organisation head word. Names that
//! share a surname are one person (the later "نجفی" is the earlier "صادق
//! نجفی"), and every later occurrence of a known person's surname is a
//! mention of them. Honorifics are not part of the name; سید is.
//!
//! Latin: the given name from `given_names.tsv`, the surname from
//! `known_people.tsv` or by rule ([`super::translit`]), then `latin_approx`.

use rustc_hash::FxHashMap;

use crate::document::{DateKind, Mention, MentionKind, Name, Person};
use crate::extract::translit::translit_surname;
use crate::extract::words::{with_joined, Topic, Words};
use crate::extract::{Context, Extractor, Findings};
use crate::text::aligned::Span;
use crate::text::normalize::zwnj::lexicon::pos;

/// One occurrence of a name in the text (token indices, inclusive).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameHit {
    /// First token of the name (after any honorific).
    pub first: usize,
    /// Last token of the name.
    pub last: usize,
    /// Tokens of the given name (with سید), if written.
    pub given: Option<(usize, usize)>,
    /// Tokens of the surname.
    pub surname: (usize, usize),
    /// The Latin name from `known_people.tsv`, when the whole name is known.
    pub known_latin: Option<String>,
    /// Read from an everyday-word given name before an unlisted word
    /// ("نسیم قائن"): a mention of its own, but no evidence that the word
    /// alone names the person elsewhere in the article.
    pub weak: bool,
    /// A word the article makes a name by using it as the subject of a
    /// speech verb (`speech_subjects`): its bare occurrences are mentions
    /// even when it is also a common word ("حنا", "شوکت", "پارک").
    pub confirmed: bool,
}

impl NameHit {
    /// A name on tokens `first..=last` with its given-name and surname
    /// tokens, as the rules read it (no known person's Latin; not weak, not
    /// confirmed by a speaker).
    fn new(first: usize, last: usize, given: Option<(usize, usize)>, surname: (usize, usize)) -> NameHit {
        NameHit {
            first,
            last,
            given,
            surname,
            known_latin: None,
            weak: false,
            confirmed: false,
        }
    }

    /// A one-token name on token `i`, read as a surname.
    fn surname_only(i: usize) -> NameHit {
        NameHit::new(i, i, None, (i, i))
    }

    /// A name on tokens `first..=last` with nothing known about it beyond
    /// its words: a given name at its start if the lexicon has one, the rest
    /// its surname.
    fn plain(w: &Words, first: usize, last: usize) -> NameHit {
        let g = given_at(w, first).filter(|&g| g < last);
        NameHit::new(
            first,
            last,
            g.map(|g| (first, g)),
            (g.map_or(first, |g| g + 1), last),
        )
    }
}

/// Honorifics that stand only before a person's name (not شهید، حضرت،
/// استاد، حاج: "شهید گمنام", "استاد فیزیک"): the word after one is a
/// surname even when it is also a given name or a common word.
const NAMING_HONORIFICS: &[&str] = &[
    "آقای",
    "خانم",
    "جناب",
    "آیت‌الله",
    "الله",
    "العظمی",
    "آیت‌الله‌العظمی",
    "حجت‌الاسلام",
    "الاسلام",
    "والمسلمین",
    "حجت‌الاسلام‌والمسلمین",
    "دکتر",
    "مهندس",
    "علامه",
    "ژنرال",
    "سردار",
    "سرلشکر",
    "سرتیپ",
    "سرهنگ",
    "دریادار",
    "پروفسور",
];

/// Honorifics that only address a person by name (no rank or profession,
/// which may be followed by a description: "ژنرال بازنشسته", "دکتر
/// عصب‌شناس").
const ADDRESS: &[&str] = &[
    "آقای",
    "خانم",
    "جناب",
    "آیت‌الله",
    "العظمی",
    "آیت‌الله‌العظمی",
    "حجت‌الاسلام",
    "والمسلمین",
    "حجت‌الاسلام‌والمسلمین",
    "علامه",
];

/// Finds people.
#[derive(Debug, Default)]
pub struct PeopleExtractor;

const SEYED: &[&str] = &["سید", "سیده", "میر"];

/// Particles that begin a two-word surname ("مک کینون", "بن سلمان").
const PARTICLES: &[&str] = &[
    "مک", "بن", "ابن", "ابو", "آل", "فون", "ون", "دی", "دو", "دا", "لو", "ال", "پور",
];

/// Determiners before a noun: a one-word "name" after one is the noun.
const DETERMINERS: &[&str] = &[
    "این", "آن", "یک", "هر", "همین", "همان", "چند", "هیچ", "چنین", "چنان",
];

/// Blessings written after holy names: (ع)، (ره)، (ص) …
const BLESSINGS: &[&str] = &[
    "ع",
    "ره",
    "ص",
    "س",
    "عج",
    "حج",
    "قده",
    "رض",
    "علیه‌السلام",
    "علیهاالسلام",
    "علیها‌السلام",
    "علیهم‌السلام",
];

/// Words of the long blessings written in brackets after a holy name: "(
/// صلی‌الله علیه و آله و سلم )", "( قدس سره )", "( عجل الله تعالی فرجه
/// الشریف )".
const BLESSING_WORDS: &[&str] = &[
    "صلی‌الله",
    "صلی",
    "الله",
    "علیه",
    "علیها",
    "علیهم",
    "و",
    "آله",
    "اله",
    "واله",
    "سلم",
    "وسلم",
    "السلام",
    "قدس",
    "سره",
    "الشریف",
    "رحمه",
    "رحمه‌الله",
    "عجل",
    "تعالی",
    "فرجه",
];

/// Blessings written bare after a holy name, without brackets: "امام حسین
/// علیه‌السلام", "ابی عبدالله ع", "محمد ص".
const BARE_BLESSINGS: &[&str] = &[
    "ع",
    "ص",
    "عج",
    "علیه‌السلام",
    "علیهاالسلام",
    "علیها‌السلام",
    "علیهم‌السلام",
    "قدس‌سره",
];

/// The last token of a blessing that starts at token `i`, right after a
/// name in the same sentence: "(ع)" and the other short blessings in
/// brackets, a long one in brackets ("( صلی‌الله علیه و آله و سلم )"), or
/// a bare one ("علیه‌السلام", "ع"; `bare_letters`: also the one-letter
/// ones, which after an unknown word may be something else).
fn blessing_at(w: &Words, i: usize, bare_letters: bool) -> Option<usize> {
    if i == 0 || w.sentence(i) != w.sentence(i - 1) {
        return None;
    }
    if w.is_punct(i, "(") {
        if BLESSINGS.contains(&w.w(i + 1)) && w.is_punct(i + 2, ")") {
            return Some(i + 2);
        }
        let end =
            (i + 1..(i + 10).min(w.len())).find(|&k| !(w.is_word(k) && BLESSING_WORDS.contains(&w.w(k))))?;
        return (end >= i + 3 && w.is_punct(end, ")") && w.w(i + 1) != "و").then_some(end);
    }
    let s = w.w(i);
    (w.is_word(i)
        && BARE_BLESSINGS.contains(&s)
        && (bare_letters || chars(s) > 2)
        && w.toks
            .get(i + 1)
            .is_none_or(|t| t.kind != crate::text::tokenize::TokenKind::Number))
    .then_some(i)
}

/// True when the word at token `i`, before a blessing, qualifies the noun
/// before it instead of naming a person: the adjective of a holy group
/// ("ائمه اطهار (ع)") or the relational adjective of a holy name ("اربعین
/// حسینی (ع)", "مکتب مهدوی (ع)", "اسلام ناب محمدی (ص)": of حسین، مهدی،
/// محمد), not after a dedication or an honorific ("شهید …", "علامه …").
fn holy_adjective(w: &Words, i: usize) -> bool {
    if i == 0 || w.sentence(i - 1) != w.sentence(i) || !w.is_word(i - 1) {
        return false;
    }
    let prev = w.w(i - 1);
    if HOLY_GROUPS.contains(&prev) {
        return true;
    }
    if w.ent.is_function(prev)
        || NAMED_AFTER_GAP.contains(&prev)
        || w.match_tokens(&w.ent.honorifics, i - 1).is_some()
    {
        return false;
    }
    let s = w.w(i);
    let Some(stem) = s.strip_suffix('ی') else {
        return false;
    };
    let holy = |g: &str| w.ent.given.get(g).is_some_and(|g| !g.approx && !g.weak);
    holy(stem)
        || stem
            .strip_suffix('و')
            .is_some_and(|st| with_joined(&[st, "ی"], holy))
}

/// Holy groups written with a blessing: not one person.
const HOLY_GROUPS: &[&str] = &[
    "اهل‌بیت",
    "اهل",
    "ائمه",
    "انبیاء",
    "انبیا",
    "معصومین",
    "شهدا",
    "اولیاء",
    "صحابه",
];

/// Head nouns of places and institutions named after a person: "میدان امام
/// حسین", "بیمارستان امام خمینی", "فرودگاه شهید بهشتی", "دولت روحانی". A
/// name right after one (or after its شهید/حضرت/امام) names the place, not
/// the person (PEYMA guideline 2-1: context decides "شهید همت").
const NAMED_AFTER: &[&str] = &[
    "میدان",
    "خیابان",
    "بلوار",
    "بزرگراه",
    "اتوبان",
    "کوچه",
    "کوی",
    "محله",
    "شهرک",
    "فرودگاه",
    "بیمارستان",
    "درمانگاه",
    "حرم",
    "مسجد",
    "حسینیه",
    "آرامگاه",
    "مقبره",
    "مرقد",
    "بارگاه",
    "ورزشگاه",
    "استادیوم",
    "پارک",
    "بوستان",
    "مدرسه",
    "دبیرستان",
    "هنرستان",
    "دانشگاه",
    "دانشکده",
    "پژوهشگاه",
    "بنیاد",
    "موزه",
    "کتابخانه",
    "تالار",
    "سالن",
    "مجتمع",
    "ناو",
    "ناوشکن",
    "پایگاه",
    "قرارگاه",
    "لشکر",
    "تیپ",
    "بندر",
    "سد",
    "نیروگاه",
    "پالایشگاه",
    "ایستگاه",
    "هتل",
    "مصلی",
    "مصلای",
    "آستان",
    "امداد",
    "سپاه",
    "گردان",
    "مؤسسه",
    "موسسه",
    "کمیته",
    "جشنواره",
    "دولت",
    "جاده",
    "پل",
    "گلزار",
    "تونل",
    "امامزاده",
    "امام‌زاده",
    "صحن",
    "مساجد",
    "اسکله",
    "پاساژ",
    "برج",
    "نگارخانه",
    "فرهنگسرا",
    "فرهنگسرای",
    "مرکز",
    "مراکز",
    // a cup or a memorial event: "جام تختی", "جام رمضان زیرکوه", "یادواره شهید …"
    "جام",
    "یادواره",
    // a plan named after its aim: "طرح هادی روستایی" (the village guide plan)
    "طرح",
];

/// Words between such a head and the name: "میدان شهید …", "حرم حضرت …".
const NAMED_AFTER_GAP: &[&str] = &[
    "شهید",
    "شهیدان",
    "حضرت",
    "امام",
    "سردار",
    "آیت‌الله",
    "دکتر",
    "علامه",
    "خواجه",
    "حکیم",
];

/// Gap words that mark a name as a dedication ("شهید", "حضرت", "امام"): after
/// one, the place's head may stand a few words before ("دانشگاه علوم پزشکی
/// شهید بهشتی", "حرم مطهر امام رضا").
const DEDICATION: &[&str] = &["شهید", "شهیدان", "حضرت", "امام", "علامه", "خواجه", "حکیم"];

/// How many words a place's head may stand before a dedicated name.
const HEAD_REACH: usize = 3;

/// True when the name starting at token `first` follows a place or
/// institution head ([`NAMED_AFTER`]): right before it, or — when a
/// dedication word ([`DEDICATION`]) opens the name — up to [`HEAD_REACH`]
/// words before, across the words of the place's own name ("هنرستان فنی",
/// "حرم مطهر", "مراکز درمانی"); not across a title, a function word, a verb
/// or punctuation ("رئیس دانشگاه … دکتر X" is a person: دکتر is no dedication).
fn names_a_place(w: &Words, first: usize) -> bool {
    place_head(w, first).is_some()
}

/// The head token of the place or institution the name at `first` names
/// (see [`names_a_place`]).
fn place_head(w: &Words, first: usize) -> Option<usize> {
    let sent = w.sentence(first);
    let mut k = first;
    // the dedication may open the name itself ("امام رضا" is a known name)
    let mut dedicated = DEDICATION.contains(&w.w(first));
    while k > 0 && NAMED_AFTER_GAP.contains(&w.w(k - 1)) && w.sentence(k - 1) == sent {
        dedicated |= DEDICATION.contains(&w.w(k - 1));
        k -= 1;
    }
    // "شهید مدافع حرم علی …" is a defender of the shrine, a person
    let defender = |h: usize| h > 0 && matches!(w.w(h - 1), "مدافع" | "مدافعان");
    // "این کتابخانه علیرضا رهایی، رئیس …": a head after a demonstrative is a
    // whole noun phrase, not the start of an eponymous name
    let demonstrative = |h: usize| h > 0 && matches!(w.w(h - 1), "این" | "آن" | "همین" | "همان");
    if k > 0
        && w.sentence(k - 1) == sent
        && NAMED_AFTER.contains(&w.w(k - 1))
        && !defender(k - 1)
        && !demonstrative(k - 1)
    {
        return Some(k - 1);
    }
    if !dedicated {
        return None;
    }
    (2..=HEAD_REACH + 1)
        .take_while(|&back| {
            let j = k.saturating_sub(back - 1);
            k >= back
                && w.sentence(k - back) == sent
                && w.is_word(j)
                && !w.is_function_or_verb(j)
                && w.title_at(j).is_none()
        })
        .find(|&back| NAMED_AFTER.contains(&w.w(k - back)))
        .map(|back| k - back)
}

fn chars(s: &str) -> usize {
    s.chars().filter(|&c| c != '\u{200C}').count()
}

/// True when token `i` can be (the first word of) a surname.
pub fn surname_like(w: &Words, i: usize) -> bool {
    w.memo_surname(i, || surname_like_uncached(w, i))
}

fn surname_like_uncached(w: &Words, i: usize) -> bool {
    if !w.is_word(i) {
        return false;
    }
    let s = w.w(i);
    // place-name endings: "جلال آباد" is a city
    if chars(s) < 2 || SEYED.contains(&s) || place_ending(s) {
        return false;
    }
    let listed = w.ent.surnames.contains_key(s) || w.ent.known_people.get(s).is_some();
    // "بابیان اینکه" is "با بیان اینکه" written glued, not the surname بابیان
    if w.ent.is_function(s) || w.speech_verb_at(i).is_some() || matches!(w.w(i + 1), "اینکه" | "این‌که")
    {
        return false;
    }
    if w.title_at(i).is_some()
        || w.match_tokens(&w.ent.org_heads, i).is_some()
        || w.match_tokens(&w.ent.honorifics, i).is_some()
    {
        return false;
    }
    // plurals are not surnames ("کشتی‌های", "شهروندان")
    if ["\u{200C}ها", "\u{200C}های", "\u{200C}هایی"]
        .iter()
        .any(|e| s.ends_with(e))
        || s.strip_suffix("ان").is_some_and(|st| w.ent.is_common(st))
        || s.strip_suffix("یان")
            .is_some_and(|st| st.ends_with(['ا', 'و']) && w.ent.is_common(st))
    {
        return listed && !s.contains('\u{200C}');
    }
    if listed {
        return true;
    }
    if present_verb(w, s) || glued_function(w, s) {
        return false;
    }
    // an infinitive ("باختن") or the ‑گان plural of a word in ‑ه
    // ("سالخوردگان", "رانندگان") is no surname
    if s.strip_suffix('ن')
        .is_some_and(|st| w.ent.past_stems.contains(st))
        || s.strip_suffix("گان")
            .is_some_and(|st| w.ent.is_common(&format!("{st}ه")))
    {
        return false;
    }
    // a compound whose last part is a common word is a word ("شروع‌کننده"),
    // unless a family prefix opens it ("شیخ‌بهایی", "میرحسینی" written apart)
    if let Some((first, last)) = s.split_once('\u{200C}') {
        // … or a listed surname that is no common word ("اکبری‌مقدم",
        // "علیدادی‌سلیمانی")
        let family = (matches!(first, "شیخ" | "میر" | "حاج" | "حاجی" | "ملا")
            || (chars(first) >= 4
                && w.ent.surnames.contains_key(first)
                && !w.ent.is_common(first)
                // (a given name in ‑الله: "سید کرامت‌الله ملک‌حسینی")
                && last != "الله"))
            && !last.contains('\u{200C}');
        let tail = s.rsplit_once('\u{200C}').map_or(last, |x| x.1);
        if !family && w.ent.is_common(tail) && !w.ent.surname_suffixes.iter().any(|(suf, _)| suf == tail) {
            return false;
        }
        if family && chars(last) >= 3 && !w.ent.is_common(s) {
            return true;
        }
    }
    if w.ent.is_common(s) || w.ent.is_verb(s) || w.ent.places.get(s).is_some() || w.ent.given.contains_key(s)
    {
        return false;
    }
    // a common noun with its plural written glued or its ezafe ("مسیرهای",
    // "وزرای") is not a surname
    let glued = |st: &str| chars(st) >= 2 && w.ent.is_common(st);
    if s.strip_suffix("های").is_some_and(glued)
        || s.strip_suffix("ها").is_some_and(glued)
        || s.strip_suffix('ی')
            .is_some_and(|st| st.ends_with(['ا', 'و']) && glued(st))
    {
        return false;
    }
    chars(s) >= 3
}

/// True when `s` is a present-tense verb without its prefix ("دارد",
/// "نداریم", "گوید") or with a preverb glued before می ("بازمی‌گردد").
fn present_verb(w: &Words, s: &str) -> bool {
    const PERSON: &[&str] = &["یم", "ید", "ند", "م", "د"];
    if ["باز", "در", "بر", "فرا", "فرو", "وا"]
        .iter()
        .any(|p| s.strip_prefix(p).is_some_and(|r| r.starts_with("می\u{200C}")))
    {
        return true;
    }
    let body = s.strip_prefix('ن').unwrap_or(s);
    [s, body].iter().any(|b| {
        PERSON.iter().any(|e| {
            b.strip_suffix(e)
                .is_some_and(|st| chars(st) >= 2 && w.ent.present_stems.contains(st))
        })
    })
}

/// True when `s` is a preposition glued to a function word ("بااینکه",
/// "باوجوداین", "ازلحاظ"): a word, not a surname.
fn glued_function(w: &Words, s: &str) -> bool {
    ["با", "از", "در", "به", "بر"].iter().any(|p| {
        s.strip_prefix(p).is_some_and(|r| {
            chars(r) >= 3 && (w.ent.is_function(r) || matches!(r, "وجود" | "وجوداین" | "لحاظ" | "اینکه"))
        })
    })
}

/// True when token `i` continues a surname ("هاشمی رفسنجانی").
fn surname_continues(w: &Words, i: usize) -> bool {
    if !surname_like(w, i) {
        return false;
    }
    let s = w.w(i);
    // a nisba after a listed surname: "موسوی اردبیلی", "باقری لنکرانی"
    (i > 0
        && nisba(w, i)
        && (listed_surname(w, w.w(i - 1))
            || surname_marked(w, i - 1)
            || s.strip_suffix('ی')
                .is_some_and(|st| w.ent.places.get(st).is_some())))
        || w.ent.surnames.contains_key(s)
        || w.ent.known_people.get(s).is_some()
        || (chars(s) >= 4
            && w.ent.places.get(s).is_none()
            && w.ent
                .surname_suffixes
                .iter()
                .any(|(suf, _)| s.ends_with(suf.as_str()) && suf != "ی"))
}

/// True when token `i` reads as a nisba, the ‑ی adjective of a place or
/// family that ends many two-word surnames ("اردبیلی", "لنکرانی"): not a
/// word with its ezafe ("انتهای", "دانشجوی") nor a common noun with the
/// indefinite ‑ی ("فرصتی", "سفری"). `surname_like` is checked by the caller.
fn nisba(w: &Words, i: usize) -> bool {
    let s = w.w(i);
    let Some(stem) = s.strip_suffix('ی') else {
        return false;
    };
    chars(s) >= 5
        && !s.contains('\u{200C}')
        && (!stem.ends_with(['ا', 'و']) || s.ends_with("ایی"))
        && (!w.ent.is_common(stem) || w.ent.places.get(stem).is_some())
        && !w.ent.is_common(s)
}

/// True when `s` is in the surname list (frequent words included) or a known
/// person's surname.
fn listed_surname(w: &Words, s: &str) -> bool {
    w.ent.surnames.contains_key(s) || w.ent.common_surnames.contains(s) || w.ent.known_people.get(s).is_some()
}

/// True when token `i` is a listed surname or has a distinctive surname
/// ending (‑زاده، ‑پور، ‑نژاد …; not the plain ‑ی).
fn surname_marked(w: &Words, i: usize) -> bool {
    let s = w.w(i);
    w.ent.surnames.contains_key(s)
        || w.ent.known_people.get(s).is_some()
        || (chars(s) >= 5
            && w.ent
                .surname_suffixes
                .iter()
                .any(|(suf, _)| chars(suf) >= 2 && s.ends_with(suf.as_str())))
}

/// True when `word` is `spaced` with its spaces written as ZWNJ
/// ("احمدی‌نژاد" / "احمدی نژاد"), without allocating.
fn same_but_zwnj(word: &str, spaced: &str) -> bool {
    word.len() == spaced.len() + 2 * spaced.matches(' ').count()
        && word.contains('\u{200C}')
        && word
            .chars()
            .map(|c| if c == '\u{200C}' { ' ' } else { c })
            .eq(spaced.chars())
}

/// Place-name endings written apart: "جلال آباد" is a city.
fn place_ending(s: &str) -> bool {
    matches!(s, "آباد" | "اباد" | "شهر" | "کلا" | "دشت" | "کند")
}

/// True when token `i` is a surname ending written as its own word
/// (پور، زاده، نیا، فر، نژاد، راد …).
fn suffix_word(w: &Words, i: usize) -> bool {
    w.is_word(i) && w.surname_suffix_at(i) && chars(w.w(i)) >= 2 && !matches!(w.w(i), "یان" | "جو")
}

/// True when token `i` is a given name with a surname ending written apart
/// after it: "تقی زاده", "حسن زاده", "علی پور" are surnames.
fn spaced_suffix(w: &Words, i: usize) -> bool {
    w.is_word(i)
        && w.sentence(i + 1) == w.sentence(i)
        && w.ent.given.contains_key(w.w(i))
        && suffix_word(w, i + 1)
}

/// True when a distinctive surname ending is written apart right after
/// token `i` ("کرم زاده", "نیک نژاد", "حاجی پور"): after a given name, any
/// plain word before it opens the surname, even a common word.
fn strong_suffix_after(w: &Words, i: usize) -> bool {
    w.sentence(i + 1) == w.sentence(i) && w.is_word(i + 1) && STRONG_SUFFIXES.contains(&w.w(i + 1))
}

/// Surname endings that make a new family name when written apart after a
/// word ("احمدی نژاد", "کرم زاده"); not ‑فر or ‑دوست, which a name's next
/// word may be read as ("هری کین دوست دارد").
const STRONG_SUFFIXES: &[&str] = &["زاده", "پور", "نژاد", "نیا"];

/// The initial of a surname written after a given name, as the police
/// news abbreviates suspects and victims ("بابک . الف", "محمد – ق",
/// "سعید.ط"): its token, two after `g`.
fn initial_after(w: &Words, g: usize) -> Option<usize> {
    let k = g + 2;
    (w.is_punct(g + 1, ".–-")
        && w.is_word(k)
        && (chars(w.w(k)) == 1 || w.w(k) == "الف")
        && w.ent.given.get(w.w(g)).is_some_and(|x| !x.weak && !x.approx)
        && (!w.is_word(k + 1) || !w.ent.given.contains_key(w.w(k + 1))))
    .then_some(k)
}

/// The given name starting at token `i`: its last token.
fn given_at(w: &Words, i: usize) -> Option<usize> {
    w.memo_given(i, || given_at_uncached(w, i))
}

fn given_at_uncached(w: &Words, i: usize) -> Option<usize> {
    if !w.is_word(i) {
        return None;
    }
    // not before a surname ending written apart: "علی حسین زاده" is علی
    // with the surname حسین‌زاده
    if w.is_word(i + 1) && w.toks[i + 1].sentence == w.toks[i].sentence && !suffix_word(w, i + 2) {
        for sep in [" ", "\u{200C}"] {
            if !w.ent.given_heads.contains(w.w(i)) {
                break;
            }
            // (علی / غلام and a word joined by ZWNJ only as a compound also
            // written glued: the ZWNJ-only "علی‌اشرف" is one word, "علی پروین"
            // two)
            let two = with_joined(&[w.w(i), sep, w.w(i + 1)], |two| w.ent.given.get(two)).filter(|_| {
                sep == " "
                    || !matches!(w.w(i), "علی" | "غلام")
                    || with_joined(&[w.w(i), w.w(i + 1)], |glued| w.ent.given.contains_key(glued))
            });
            // not an unchecked two-word name whose first word is a common
            // word: "با حکم علی سعیدلو" is the decree of علی سعیدلو
            let rare_over_word =
                |g: &crate::lexicon::entities::GivenName| g.approx && w.ent.is_common(w.w(i));
            if two.is_some_and(|g| !rare_over_word(g)) {
                return Some(i + 1);
            }
        }
    }
    w.ent.given.contains_key(w.w(i)).then_some(i)
}

/// The name that starts at token `i` (possibly after honorifics).
fn name_at(w: &Words, i: usize, subjects: &[(usize, usize)]) -> Option<NameHit> {
    let mut k = i;
    let mut honorific = false;
    loop {
        if let Some((_, j)) = w.match_tokens(&w.ent.honorifics, k) {
            honorific = true;
            k = j + 1;
        } else if w.w(k) == "امیر"
            && w.sentence(k + 1) == w.sentence(k)
            && given_at(w, k) == Some(k)
            && w.about(Topic::Army)
        {
            // "امیر" before a name is the army's rank in an article about the
            // army ("امیر پوردستان", "امیر سرتیپ …"), unless it begins a
            // compound given name ("امیر حسین")
            honorific = true;
            k += 1;
        } else {
            break;
        }
    }
    let first = k;
    // a known person after an honorific: "آیت‌الله هاشمی رفسنجانی"
    if honorific {
        if let Some((m, j)) = w.match_tokens(&w.ent.known_people, k) {
            let g = given_at(w, k).filter(|&g| g < j);
            return Some(known_hit(w, k, j, g, w.ent.known_people.field(m.entry, "latin")));
        }
    }
    let mut seyed = false;
    if SEYED.contains(&w.w(k)) && w.is_word(k + 1) {
        seyed = true;
        k += 1;
    }
    let sent = w.sentence(first);
    let same = |x: usize| w.sentence(x) == sent;
    if let Some(g_end) = given_at(w, k) {
        if let Some(e) = initial_after(w, g_end) {
            return Some(NameHit::new(first, e, Some((first, g_end)), (e, e)));
        }
        let mut g_end = g_end;
        // an everyday word that is also a name before a name: "پیام محمدجواد
        // ظریف" is "the message of", the name starts at the next word
        if !honorific
            && !seyed
            && g_end == k
            && w.ent.given.get(w.w(k)).is_some_and(|g| g.weak && !g.approx)
            && same(k + 1)
            && w.ent.given.get(w.w(k + 1)).is_some_and(|g| !g.weak)
            && !w.ent.surnames.contains_key(w.w(k + 1))
        {
            return None;
        }
        // an everyday word that is also a name after a preposition is the
        // word: "در کمال ناباوری", "به امید لغزش", "در جو پرفشار"; not
        // before a listed or unknown surname ("با صادق زیباکلام")
        if !honorific
            && !seyed
            && g_end == k
            && k > 0
            && w.sentence(k - 1) == sent
            && matches!(w.w(k - 1), "در" | "به" | "با" | "از" | "برای" | "بر" | "تا")
            && w.ent.given.get(w.w(k)).is_some_and(|g| g.word)
            && !w.ent.surnames.contains_key(w.w(k + 1))
            && !surname_like(w, k + 1)
        {
            return None;
        }
        // a second given name before the surname: "محمد علی نجفی"
        if same(g_end + 2)
            && given_at(w, g_end + 1).is_some()
            && !w.ent.surnames.contains_key(w.w(g_end + 1))
            && surname_like(w, g_end + 2)
            && !spaced_suffix(w, g_end + 1)
        {
            g_end = given_at(w, g_end + 1).unwrap_or(g_end + 1);
        }
        let s = g_end + 1;
        // a given name that no one checked by hand ("زمینه" is in the name
        // lists) needs a surname that is listed or has a surname ending
        let weak = (k..=g_end).all(|x| w.ent.given.get(w.w(x)).is_none_or(|g| g.weak))
            && w.ent
                .given
                .get(w.text[w.toks[k].span.start..w.toks[g_end].span.end].trim())
                .is_none_or(|g| g.weak);
        // a checked given name before a word that is also a common word
        // ("حمید واضح", "رحیم زارع"), when the name clearly ends there
        let checked = (k..=g_end).any(|x| w.ent.given.get(w.w(x)).is_some_and(|g| !g.approx && !g.word));
        let ends = |x: usize| {
            !same(x)
                || !w.is_word(x)
                || w.speech_verb_at(x).is_some()
                || w.title_at(x).is_some()
                || matches!(
                    w.w(x),
                    "در" | "با" | "که" | "و" | "از" | "به" | "را" | "نیز" | "هم" | "امروز"
                )
        };
        // … or before a time of day or an adverbial that opens what the
        // subject does ("مجید نیکخوی عصر امروز …", "… درباره …", "… ضمن …")
        let ends_wide = |x: usize| {
            ends(x)
                || (same(x)
                    && matches!(
                        w.w(x),
                        "صبح"
                            | "ظهر"
                            | "عصر"
                            | "شب"
                            | "دیروز"
                            | "درباره"
                            | "ضمن"
                            | "طی"
                            | "هنگام"
                            | "راجع"
                    ))
                || (same(x + 1) && matches!(w.w(x), "پس" | "بعد" | "قبل" | "پیش") && w.w(x + 1) == "از")
        };
        // (closures: asked only when the word is no surname by itself)
        let plain_word = || {
            w.is_word(s)
                && !place_ending(w.w(s))
                && w.title_at(s).is_none()
                && !w.ent.is_function(w.w(s))
                && !w.ent.is_verb(w.w(s))
                && w.ent.places.get(w.w(s)).is_none()
                && w.match_tokens(&w.ent.org_heads, s).is_none()
                && w.match_tokens(&w.ent.honorifics, s).is_none()
                // "ایمان دارم": a verb, unless a listed surname ("محمود خرم")
                && (!present_verb(w, w.w(s)) || listed_surname(w, w.w(s)))
        };
        let common_ok = || {
            !weak
                && plain_word()
                && (w.ent.common_surnames.contains(w.w(s))
                    || (checked
                        && ends_wide(s + 1 + usize::from(suffix_word(w, s + 1)))
                        && !(g_end == k && given_alone_elsewhere(w, k))))
        };
        // "غلامرضا کرد زنگنه": a verb-like first part before a listed surname
        let verb_part =
            (!weak && w.is_word(s) && w.ent.is_verb(w.w(s)) && same(s + 1) && surname_marked(w, s + 1))
                || (PARTICLES.contains(&w.w(s)) && same(s + 1) && surname_like(w, s + 1));
        // a weak given name before an unknown word, when the name clearly
        // ends there ("ایوان نوسکوف گفت", "پرستو مهنما،")
        let weak_ok = weak
            && surname_like(w, s)
            && !w.ent.is_common(w.w(s))
            && !w.ent.surnames.contains_key(w.w(s))
            && chars(w.w(s)) >= 4
            && ends(s + 1);
        // a checked given name that is also an everyday word before a
        // listed surname that is a common word, right before a title (or a
        // comma and a title): "عیسی مهدوی، فرماندار رشت"
        let weak_titled = || {
            weak && (k..=g_end).all(|x| w.ent.given.get(w.w(x)).is_some_and(|g| !g.approx))
                && w.ent.common_surnames.contains(w.w(s))
                && plain_word()
                && same(s + 1)
                && (w.title_at(s + 1).is_some()
                    || (w.is_comma(s + 1) && same(s + 2) && w.title_at(s + 2).is_some()))
        };
        // a word the article makes a name as a speaker ("اکبر شوکت" … "شوکت
        // عنوان کرد")
        let confirmed = w.is_word(s) && subjects.iter().any(|&(a, b)| a == b && w.w(a) == w.w(s));
        // … or a two-word surname it makes so ("علی گل مرادی" … "گل مرادی گفت")
        let confirmed2 = w.is_word(s)
            && same(s + 1)
            && subjects
                .iter()
                .any(|&(a, b)| b == a + 1 && w.w(a) == w.w(s) && w.w(b) == w.w(s + 1));
        // an everyday word that is also a name before a common word with the
        // indefinite or adjective ‑ی is a phrase: "ایمان محکمی", "امید
        // کمتری", "طالب دینداری"; not before a listed surname ("امید کریمی")
        // nor where the name is what the sentence is about ("… ، مدیرکل",
        // "… گفت") or the surname comes back alone ("بهمن لازمی امروز …"
        // … "لازمی با بیان اینکه")
        let phrase = !honorific
            && !seyed
            && g_end == k
            && !confirmed
            && !confirmed2
            && w.ent.given.get(w.w(k)).is_some_and(|g| g.word)
            && w.is_word(s)
            && !listed_surname(w, w.w(s))
            && w.w(s)
                .strip_suffix('ی')
                .is_some_and(|st| chars(st) >= 2 && w.ent.is_common(st))
            && !(w.is_punct(s + 1, "،,:")
                || w.title_at(s + 1).is_some()
                || w.speech_verb_at(s + 1).is_some())
            && !repeated(w, s)
            // (a compound no lexicon knows is no phrase: "مجید نیک‌خوی")
            && !split_surname(w, s);
        if phrase {
            return None;
        }
        // "امین حاج محمدی", "عبدالله حاجی صادقی", "مجید آقا بابایی": حاج، حاجی
        // or آقا between a given name and a surname opens the surname
        // (حاجی‌صادقی، آقابابایی), unlike حاج before a given name ("حاج
        // احمد متوسلیان"), which is an honorific
        if !weak
            && same(s + 1)
            && matches!(w.w(s), "حاج" | "حاجی" | "آقا")
            && surname_like(w, s + 1)
            && w.ent.given.get(w.w(s + 1)).is_none_or(|g| g.weak)
        {
            let mut s_end = s + 1;
            if same(s_end + 1) && (suffix_word(w, s_end + 1) || surname_continues(w, s_end + 1)) {
                s_end += 1;
            }
            return Some(NameHit::new(first, s_end, Some((first, g_end)), (s, s_end)));
        }
        // a checked given name, a common word and a listed surname where
        // the name clearly ends: a two-word surname whose first word is a
        // common word ("علیرضا رزم حسینی وزیر …", "محمد ایران پوریان در …")
        let common_first = !weak
            && checked
            && !surname_like(w, s)
            && !w.ent.given.contains_key(w.w(s))
            && plain_word()
            && !w.w(s).contains('\u{200C}')
            && same(s + 1)
            && w.is_word(s + 1)
            // (or a word no list knows, with a title right after it: "قاضی
            // محمد سلطان همتیار، رئیس شعبه …")
            && (listed_surname(w, w.w(s + 1))
                || (!w.ent.is_common(w.w(s + 1)) && second_part_before_title(w, s + 1)))
            && !w.ent.given.contains_key(w.w(s + 1))
            && !w.ent.is_everyday(w.w(s + 1))
            && w.w(s + 1) != w.w(s)
            // (a title after the surname: "سید یحیی صفوی دستیار و مشاور …")
            && w.title_at(s + 1).is_none()
            && w.match_tokens(&w.ent.org_heads, s + 1).is_none()
            // (a surname that is also a common word only as the nisba of a
            // given name or a place: "حسینی", "کرمانی"; not "راهی", "ناظر")
            && (!w.ent.is_common(w.w(s + 1))
                || w.w(s + 1).strip_suffix('ی').is_some_and(|st| {
                    w.ent.given.get(st).is_some_and(|g| !g.weak) || w.ent.places.get(st).is_some()
                }))
            && ends_wide(s + 2);
        if common_first {
            return Some(NameHit::new(first, s + 1, Some((first, g_end)), (s, s + 1)));
        }
        if same(s)
            && ((surname_like(w, s) && (!weak || surname_marked(w, s)))
                || confirmed
                || confirmed2
                || common_ok()
                || verb_part
                || weak_ok
                || (!weak && spaced_suffix(w, s))
                || (!weak && strong_suffix_after(w, s) && plain_word())
                || (!weak && split_surname(w, s) && ends_wide(s + 1))
                || weak_titled())
        {
            let mut s_end = s + usize::from(confirmed2);
            if (verb_part || PARTICLES.contains(&w.w(s))) && same(s + 1) && surname_like(w, s + 1) {
                s_end = s + 1;
            }
            if same(s + 1) && surname_continues(w, s + 1) {
                s_end = s + 1;
            }
            // "حکیمی پور", "تقی زاده": a surname ending written apart
            if same(s_end + 1) && suffix_word(w, s_end + 1) {
                s_end += 1;
            }
            // the second word of a two-word surname right before a title:
            // "محمد مشکین فهم مدیرعامل …", "بهمن نامور مطلق ، معاون …"
            if s_end == s && same(s + 2) && second_part_before_title(w, s + 1) {
                s_end = s + 1;
            }
            return Some(NameHit {
                first,
                last: s_end,
                given: Some((first, g_end)),
                surname: (s, s_end),
                known_latin: None,
                weak: weak_ok && !surname_marked(w, s),
                confirmed: (confirmed && s_end == s) || (confirmed2 && s_end == s + 1),
            });
        }
        // after an honorific, a surname that is also a given name
        // ("حجت‌الاسلام صادقی", "آقای ترکان") is read below
        if !honorific || g_end != k {
            return None;
        }
    }
    // after an honorific, a word that is also a given name or a listed
    // surname that is a common word is the surname all the same when the
    // name ends there: "آقای عارف", "دکتر معین"; not an everyday word
    let after_honorific = honorific
        && k > 0
        && NAMING_HONORIFICS.contains(&w.w(k - 1))
        && same(k)
        && subject_word(w, k)
        && !w.ent.is_everyday(w.w(k))
        && (w.ent.given.get(w.w(k)).is_some_and(|g| !g.weak)
            || w.ent.common_surnames.contains(w.w(k))
            // after a title of address, any other word when the clause goes
            // on right after it: "خانم ابتکار ،", "آقای عباد و", "آیت‌الله
            // حکیم با تأکید"; not "یک خانم خانه‌دار", "آقای وظیفه‌شناس"
            || (ADDRESS.contains(&w.w(k - 1))
                && !w.ent.given.contains_key(w.w(k))
                && !(k >= 2 && (DETERMINERS.contains(&w.w(k - 2)) || w.w(k - 2) == "تن"))
                && (surname_like(w, k) || (w.ent.is_common(w.w(k)) && !w.w(k).contains('\u{200C}')))
                && clear_end(w, k + 1)))
        // the name ends there: not "دکتر فریبرز رئیس دانا", "سردار محسن خان"
        && !(same(k + 1)
            && w.is_word(k + 1)
            && (surname_like(w, k + 1)
                || w.ent.given.contains_key(w.w(k + 1))
                || w.ent.common_surnames.contains(w.w(k + 1))
                || matches!(w.w(k + 1), "خان" | "میرزا" | "آقا")));
    if (honorific || seyed) && same(k) && (surname_like(w, k) || spaced_suffix(w, k) || after_honorific) {
        // "سید نجیم حسینی مدیرکل …": a given name the lists do not know
        // after سید, before a listed surname that ends the name
        if seyed
            && same(k + 1)
            && w.is_word(k + 1)
            && listed_surname(w, w.w(k + 1))
            && !listed_surname(w, w.w(k))
            && !spaced_suffix(w, k)
            && !suffix_word(w, k + 1)
            && clear_end(w, k + 2)
        {
            return Some(NameHit::new(first, k + 1, Some((first, k)), (k + 1, k + 1)));
        }
        let mut s_end = k;
        // "تقی زاده", and a surname's ending written apart: "سرهنگ نواب زاده"
        if spaced_suffix(w, k) || (same(k + 1) && suffix_word(w, k + 1)) {
            s_end = k + 1;
        }
        if same(s_end + 1) && surname_continues(w, s_end + 1) {
            s_end += 1;
        }
        return Some(NameHit::new(
            first,
            s_end,
            seyed.then_some((first, first)),
            (k, s_end),
        ));
    }
    None
}

/// True when token `i` is a surname the ZWNJ step wrote as a compound of
/// two words that no lexicon knows as one ("نیکخوی" → "نیک‌خوی", whose
/// "خوی" is a city; "قلعه‌نوعی", "شمس‌الدین"): `surname_like` rejects a
/// compound whose last part is a common word ("شروع‌کننده"); after a given
/// name, where the name ends (the caller checks), such a compound is the
/// surname when it is no word, verb or inflected word.
fn split_surname(w: &Words, i: usize) -> bool {
    if !w.is_word(i) {
        return false;
    }
    let s = w.w(i);
    let Some((first, last)) = s.split_once('\u{200C}') else {
        return false;
    };
    !last.contains('\u{200C}')
        && chars(first) >= 2
        && chars(last) >= 2
        && !matches!(
            last,
            "ها" | "های" | "هایی" | "ای" | "ایی" | "تر" | "ترین" | "اند" | "ام" | "ایم" | "اید" | "است" | "شان" | "مان" | "تان" | "اش"
        )
        && !matches!(first, "می" | "نمی" | "هم" | "بی" | "نا")
        && !w.ent.is_function(first)
        && !w.ent.is_common(s)
        && w.words.compound(s).is_none()
        && !w.words.is_word(s)
        // a plural ("جانی دانش‌آموزان" is no name)
        && !["ان", "یان", "گان"].iter().any(|e| {
            s.strip_suffix(e)
                .is_some_and(|st| w.ent.is_common(st) || w.words.compound(st).is_some())
        })
        && !w.ent.is_verb(s)
        && !w.ent.is_verb(last)
        && !present_verb(w, s)
        && w.title_at(i).is_none()
        && w.ent.places.get(s).is_none()
        && w.match_tokens(&w.ent.org_heads, i).is_none()
        && w.match_tokens(&w.ent.honorifics, i).is_none()
}

/// True when token `i` cannot continue a name that reached it: the sentence
/// or a punctuation mark, a function word, a verb, a speech verb or a title.
fn clear_end(w: &Words, i: usize) -> bool {
    i >= w.len()
        || w.sentence(i) != w.sentence(i - 1)
        || !w.is_word(i)
        || w.ent.is_function(w.w(i))
        || w.ent.is_verb(w.w(i))
        || w.speech_verb_at(i).is_some()
        || w.title_at(i).is_some()
}

/// True when token `i`, after a given name and a surname, is a second word
/// of the surname: a plain word (no function word, verb, title, place,
/// given name or everyday word) right before a title, or before a comma and
/// a title.
fn second_part_before_title(w: &Words, i: usize) -> bool {
    let s = w.w(i);
    let sent = w.sentence(i);
    let title = |x: usize| x < w.len() && w.sentence(x) == sent && w.title_at(x).is_some();
    w.is_word(i)
        && chars(s) >= 2
        && (title(i + 1) || (w.is_comma(i + 1) && title(i + 2)))
        && !w.ent.is_function(s)
        // "به‌عنوان": a preposition glued to its noun
        && !s.split('\u{200C}').next().is_some_and(|p| w.ent.is_function(p))
        && !w.ent.is_verb(s)
        // (an everyday word only when the lists give it as a surname too:
        // "محمدرضا یزدانی خرم، رئیس فدراسیون والیبال")
        && (!w.ent.is_everyday(s) || w.ent.common_surnames.contains(s))
        && !w.ent.given.contains_key(s)
        && !s.chars().any(|c| c.is_numeric())
        && w.ent.places.get(s).is_none()
        && w.title_at(i).is_none()
        && w.match_tokens(&w.ent.org_heads, i).is_none()
        && w.match_tokens(&w.ent.honorifics, i).is_none()
        && w.speech_verb_at(i).is_none()
}

/// True when the given name at token `k` stands alone elsewhere in the
/// article (the clause goes on right after it): a story's "محمد", "لیلا",
/// "سوسن". The article calls that person by the given name, so a common
/// word after it is the sentence going on ("محمد دست به …", "لیلا ماشین
/// را …"), not a surname.
fn given_alone_elsewhere(w: &Words, k: usize) -> bool {
    w.any_word(w.w(k), |x| x != k && clear_end(w, x + 1))
}

/// The hit of a known person's name at tokens `first..=last` (`given`: the
/// last token of its given name). A known one-word surname that goes on
/// ("باقری لنکرانی", "موسوی اردبیلی") is someone else's longer surname: the
/// hit takes the next word and the Latin is made by rule.
fn known_hit(w: &Words, first: usize, last: usize, given: Option<usize>, latin: &str) -> NameHit {
    let surname_start = given.map_or(first, |g| g + 1);
    let next = last + 1;
    if surname_start == last
        && w.sentence(next) == w.sentence(last)
        && surname_like(w, next)
        && nisba(w, next)
        && w.w(next) != w.w(last)
    {
        return NameHit::new(first, next, given.map(|g| (first, g)), (surname_start, next));
    }
    NameHit {
        first,
        last,
        given: given.map(|g| (first, g)),
        surname: (surname_start, last),
        known_latin: Some(latin.to_string()),
        weak: false,
        confirmed: false,
    }
}

/// True when token `i` opens a clause: the first word of a sentence, after
/// ":", "؛", "«", or after the "به گزارش …،" lead.
fn opens_clause(w: &Words, i: usize) -> bool {
    let sent = w.sentence(i);
    i == 0
        || w.sentence(i - 1) != sent
        || w.is_punct(i - 1, ":؛«")
        || (w.is_comma(i - 1) && (i.saturating_sub(6)..i).any(|x| w.w(x) == "گزارش"))
}

/// Common nouns that open a clause as a speaker without naming anyone:
/// "کارشناس گفت", "پلیس افزود", "منبع تأکید کرد".
const SPEAKER_NOUNS: &[&str] = &[
    "کارشناس",
    "پلیس",
    "منبع",
    "کاربر",
    "متهم",
    "خبرنگار",
    "شاهد",
    "نویسنده",
    "گزارشگر",
    "مجری",
    "راوی",
    "مادر",
    "پدر",
    "همسر",
    "دختر",
    "پسر",
    "برادر",
    "خواهر",
    "مرد",
    "زن",
    "فرد",
    "شخص",
    "کسی",
    "مقام",
    "مسئول",
    "دولت",
    "مجلس",
    "بیانیه",
    "گزارش",
    "متن",
    "نامه",
    "پیام",
    "شاکی",
    "پژوهشگر",
    "محقق",
    "قرآن",
    // adverbs that open a clause before its verb
    "بلافاصله",
    "آنگاه",
    "سپس",
    "بعد",
    "اکنون",
    "حالا",
    "سرانجام",
    "بالاخره",
    "ناگهان",
    "دوباره",
    "مجددا",
    "مجدداً",
    "رسما",
    "رسماً",
    "صریحا",
    "صریحاً",
    "قبلا",
    "قبلاً",
    "اخیرا",
    "اخیراً",
    "همواره",
    "هنوز",
];

/// True when token `i` can be a name that a speech verb makes: a word of
/// the Persian script that is no function word, verb, title, honorific,
/// organisation, place, determiner, plural or speaking common noun.
fn subject_word(w: &Words, i: usize) -> bool {
    if !w.is_word(i) {
        return false;
    }
    let s = w.w(i);
    let persian = s
        .chars()
        .next()
        .is_some_and(|c| ('\u{0621}'..='\u{06FF}').contains(&c));
    persian
        && chars(s) >= 2
        && !SEYED.contains(&s)
        && !DETERMINERS.contains(&s)
        && !SPEAKER_NOUNS.contains(&s)
        && !place_ending(s)
        && !w.ent.is_function(s)
        && !w.ent.is_verb(s)
        && !present_verb(w, s)
        && w.speech_verb_at(i).is_none()
        && w.title_at(i).is_none()
        && w.match_tokens(&w.ent.honorifics, i).is_none()
        && w.match_tokens(&w.ent.org_heads, i).is_none()
        && w.match_tokens(&w.ent.organizations, i).is_none()
        && w.ent.places.get(s).is_none()
        && !["\u{200C}ها", "\u{200C}های", "ها", "های"]
            .iter()
            .any(|e| s.ends_with(e))
        && !s.strip_suffix("ان").is_some_and(|st| w.ent.is_common(st))
}

/// The names the article makes by their use: one or two words opening a
/// clause right before a speech verb of the singular ("حنا گفت :", "شوکت
/// عنوان کرد", "گل مرادی ادامه داد", "عزیز نیز افزود"), as token ranges.
/// One sense per article: the word names the person wherever it stands
/// alone in the article ([`NameHit::confirmed`]).
fn speech_subjects(w: &Words) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 0..w.len() {
        if !w.is_word(i) || !opens_clause(w, i) {
            continue;
        }
        let sent = w.sentence(i);
        let verb_after = |k: usize| {
            let k = match w.w(k) {
                "نیز" | "هم" | "همچنین" => k + 1,
                "در" if w.w(k + 1) == "ادامه" => k + 2,
                _ => k,
            };
            // not an organisation's report or announcement ("… گزارش داد",
            // "… اعلام کرد"), nor "گفت و گو"
            // "با بیان اینکه" (stating that), often written glued
            // ("بابیان اینکه"), opens what the subject says as a speech verb does
            let that = |x: usize| matches!(w.w(x), "اینکه" | "این‌که") && w.sentence(x) == sent;
            let stating = (w.w(k) == "بابیان" && that(k + 1))
                || (w.w(k) == "با" && w.w(k + 1) == "بیان" && that(k + 2));
            w.sentence(k) == sent
                && !matches!(w.w(k), "گزارش" | "اعلام")
                && (stating
                    || w.speech_verb_at(k).is_some_and(|e| {
                        !w.w(e).ends_with("ند")
                            && w.sentence(e) == sent
                            && !(w.w(e) == "گفت" && w.w(e + 1) == "و")
                    }))
        };
        // the verb first: it is rarer than a word that may be a name
        let one = verb_after(i + 1);
        if !(one || verb_after(i + 2)) {
            // a foreign name of two words, the verb after an adverbial:
            // "دیدیه دروگبا در مورد این دیدار گفت", "کوئیچیرو ماتسورا نیز در
            // این دیدار با اظهار خرسندی … گفت"
            // (the cheap test of the word after them first)
            if delayed_opener(w, i + 2).is_some_and(|k| foreign_pair(w, i) && later_verb(w, k)) {
                out.push((i, i + 1));
            }
            continue;
        }
        if !subject_word(w, i) {
            continue;
        }
        if one {
            out.push((i, i));
        } else if w.sentence(i + 1) == sent
            && subject_word(w, i + 1)
            && (surname_like(w, i + 1) || listed_surname(w, w.w(i + 1)))
            // "دیپلمات پرتغالی گفت" is no name
            && !(w.ent.is_common(w.w(i))
                && w.w(i + 1).strip_suffix('ی').is_some_and(|st| w.ent.places.get(st).is_some()))
            && verb_after(i + 2)
        {
            out.push((i, i + 1));
        }
    }
    out
}

/// True when tokens `i`, `i + 1` read as a foreign full name opening a
/// clause: two words that can be a speaker's name, at least one of them no
/// lexicon knows ("دیدیه دروگبا", "کوئیچیرو ماتسورا", "آردا توران"), the
/// first no everyday word, the second no common word unless a given name nor
/// a nisba of a place ("دیپلمات پرتغالی"), no adjective of the normalizer's
/// word list.
fn foreign_pair(w: &Words, i: usize) -> bool {
    let (a, b) = (w.w(i), w.w(i + 1));
    w.sentence(i + 1) == w.sentence(i)
        && subject_word(w, i)
        && subject_word(w, i + 1)
        && (unknown_word(w, i) || unknown_word(w, i + 1))
        && !w.ent.is_everyday(a)
        && !(w.ent.is_common(a) && w.ent.is_common(b))
        // (a common noun after a surname is the clause going on: "داوودی
        // حرکت در جهت … را … دانست"; an adjective is a description:
        // "هوادار مضروب در ادامه … گفت")
        && (!w.ent.is_common(b) || w.ent.given.contains_key(b))
        && [a, b]
            .iter()
            .all(|x| w.words.word(x).is_none_or(|info| info.pos & pos::AJ == 0))
        && b.strip_suffix('ی').is_none_or(|st| w.ent.places.get(st).is_none())
        && !a.contains('\u{200C}')
        && !b.contains('\u{200C}')
        // (the Arabic article opens the second part of a Persian compound
        // name written apart: "میرتاج الدینی", "خادم الشریعه")
        && !b.starts_with("ال")
        // (a relational adjective of a common word: "گازوئیل توزیعی")
        && ![a, b]
            .iter()
            .any(|x| x.strip_suffix('ی').is_some_and(|st| w.ent.is_common(st)))
}

/// The token of the adverbial of the subject that token `k` opens ("در
/// مورد …", "درباره …", "پس از …", "با اشاره به …", "ضمن …", after
/// "نیز"/"هم"), if it does.
fn delayed_opener(w: &Words, k: usize) -> Option<usize> {
    let sent = w.sentence(k.saturating_sub(1));
    let k = if matches!(w.w(k), "نیز" | "هم" | "همچنین") {
        k + 1
    } else {
        k
    };
    (w.sentence(k) == sent
        && matches!(
            w.w(k),
            "در" | "درباره"
                | "پس"
                | "بعد"
                | "ضمن"
                | "با"
                | "راجع"
                | "هنگام"
                | "طی"
                | "قبل"
                | "پیش"
        ))
    .then_some(k)
}

/// True when a speech verb of the singular follows token `k` in its sentence.
fn later_verb(w: &Words, k: usize) -> bool {
    let sent = w.sentence(k);
    (k + 1..w.len())
        .take_while(|&x| w.sentence(x) == sent)
        .find_map(|x| w.speech_verb_at(x))
        .is_some_and(|e| !w.w(e).ends_with("ند"))
}

/// True when a speech verb of the singular follows token `k` in its
/// sentence that a person says, not one a medium writes: not "نوشت", "…
/// گزارش داد", "… اعلام کرد" ("موندودپورتیوو در همین رابطه گزارش داد",
/// "میرر با چاپ عکسی … نوشت").
fn person_verb_after(w: &Words, k: usize) -> bool {
    let sent = w.sentence(k);
    (k + 1..w.len())
        .take_while(|&x| w.sentence(x) == sent)
        .find_map(|x| w.speech_verb_at(x).map(|e| (x, e)))
        .is_some_and(|(x, e)| {
            !w.w(e).ends_with("ند")
                && !(x..=e).any(|y| matches!(w.w(y), "نوشت" | "گزارش" | "اعلام" | "منتشر"))
                && !matches!(w.w(x - 1), "گزارش" | "اعلام" | "منتشر")
        })
}

/// A confirmed name ([`speech_subjects`]) at token `i`.
fn subject_at(i: usize, subjects: &[(usize, usize)]) -> Option<NameHit> {
    let &(a, b) = subjects.iter().find(|&&(a, _)| a == i)?;
    Some(NameHit {
        first: a,
        last: b,
        given: None,
        surname: (a, b),
        known_latin: None,
        weak: false,
        confirmed: true,
    })
}

/// A surname alone opening a sentence whose verb is a speech verb:
/// "بابایی تصریح کرد", "حسینی ضمن انتقاد از … گفت".
fn subject_surname(w: &Words, i: usize) -> Option<NameHit> {
    let sent = w.sentence(i);
    // (or after a long lead's comma, a marked surname right before its
    // speech verb: "به گزارش … استان آذربایجان شرقی، خلیل‌زاده اظهار داشت")
    let after_lead = || {
        i > 0
            && w.is_comma(i - 1)
            && w.sentence(i + 1) == sent
            && w.speech_verb_at(i + 1).is_some_and(|e| !w.w(e).ends_with("ند"))
            && surname_marked(w, i)
            && surname_like(w, i)
            && !w.ent.is_common(w.w(i))
            && !w.ent.given.contains_key(w.w(i))
    };
    if !opens_clause(w, i) && !after_lead() {
        return None;
    }
    // a particle written apart: "پور قاضی گفت"
    if PARTICLES.contains(&w.w(i))
        && w.sentence(i + 1) == sent
        && (surname_like(w, i + 1) || listed_surname(w, w.w(i + 1)))
        && w.speech_verb_at(i + 2).is_some()
        && w.sentence(i + 2) == sent
    {
        return Some(NameHit::new(i, i + 1, None, (i, i + 1)));
    }
    let spaced = spaced_suffix(w, i);
    // (an unchecked given name that is a listed surname is the surname
    // here: "شریفی در مورد … گفت", "اکبری در خصوص … نیز گفت")
    let surname_first = w
        .ent
        .given
        .get(w.w(i))
        .is_some_and(|g| g.weak && g.approx && w.ent.surnames.contains_key(w.w(i)))
        // (a surname of the ‑ی kind, whole: not "پیرو جلسه", "رسولی محلاتی")
        && w.w(i).ends_with('ی')
        && !(w.sentence(i + 1) == sent && (surname_like(w, i + 1) || listed_surname(w, w.w(i + 1))));
    if w.ent.given.contains_key(w.w(i)) && !spaced && !surname_first {
        return None;
    }
    // a speech verb right after the word ("فرکی گفت", "حسینی نیز افزود"):
    // any surname-like word, or a listed surname that is also a common word
    let direct = |k: usize| {
        w.sentence(k) == sent
            && (w.speech_verb_at(k).is_some()
                || (matches!(w.w(k), "نیز" | "هم" | "همچنین")
                    && w.sentence(k + 1) == sent
                    && w.speech_verb_at(k + 1).is_some()))
    };
    let marked = spaced || (surname_marked(w, i) && surname_like(w, i));
    if !marked
        && !(direct(i + 1)
            && (surname_like(w, i) || (w.ent.common_surnames.contains(w.w(i)) && !w.ent.is_everyday(w.w(i)))))
        // a rare word that comes back, not a quoted one (a medium, a village:
        // "روستای «پچت»")
        && !(unknown_word(w, i)
            && !(i > 0 && w.is_punct(i - 1, "«"))
            && rare_word(w, w.w(i))
            && clear_end(w, i + 1)
            && repeated(w, i))
        // … or once, when an adverbial of the subject opens what it says:
        // "گودروزی در مورد تعرفه واردات … نیز گفت"
        && !(unknown_word(w, i)
            && !(i > 0 && w.is_punct(i - 1, "«"))
            && rare_word(w, w.w(i))
            && w.words.word(w.w(i)).is_none()
            && chars(w.w(i)) >= 4
            && delayed_opener(w, i + 1).is_some_and(|k| person_verb_after(w, k)))
    {
        return None;
    }
    let mut e = i + usize::from(spaced);
    if w.sentence(e + 1) == sent && surname_continues(w, e + 1) {
        e += 1;
    }
    if w.sentence(e + 1) == sent && suffix_word(w, e + 1) {
        e += 1;
    }
    let verb = (e + 1..w.len())
        .take_while(|&k| w.sentence(k) == sent)
        .any(|k| w.speech_verb_at(k).is_some());
    verb.then_some(NameHit::new(i, e, None, (i, e)))
}

/// A surname alone right before a title: "اظهارات پورزرندی معاون مالی
/// شهردار"، "به گفته حسن‌زاده مدیرکل بیمه" — a listed surname or one with a
/// distinctive ending (‑زاده، ‑پور، ‑نژاد …) or the پور‑ prefix, that is no
/// given name.
fn titled_surname(w: &Words, i: usize) -> Option<NameHit> {
    let s = w.w(i);
    let sent = w.sentence(i);
    // the title may be in brackets: "داورد سلطانی (رئیس کمیته فنی واترپلو)"
    let t0 = i + 1 + usize::from(w.is_punct(i + 1, "("));
    if w.sentence(t0) != sent || w.title_at(t0).is_none() {
        return None;
    }
    // not a word of a title ("معاون عمرانی وزیر کشور"), nor after a word
    // that may be the given name ("قاسمعلی خدابخشی مدیر عامل": the full
    // name is read from the title's side)
    let inside_title = (i.saturating_sub(3)..i).any(|h| w.title_at(h).is_some_and(|(_, j)| j >= i));
    let after_given = i > 0
        && w.sentence(i - 1) == sent
        && w.is_word(i - 1)
        && (w.ent.given.contains_key(w.w(i - 1))
            || !(w.ent.is_common(w.w(i - 1)) || w.ent.is_function(w.w(i - 1))));
    // (a surname that is also a common word needs more: "اخلاقی مربی",
    // "۱۹۹۳ میلادی رئیس جمهور")
    (!inside_title
        && !after_given
        && !w.ent.is_common(s)
        // (a word after "در" is a place: "… سوخت قاچاق در زندیه ¶ فرمانده …")
        && (i == 0 || (w.toks[i - 1].kind != crate::text::tokenize::TokenKind::Number && w.w(i - 1) != "در"))
        && surname_like(w, i)
        // (a rule-made given name that is a listed surname reads as the
        // surname: "اکنون رحیمی مدیرعامل باشگاه سپاهان")
        // (not after و: "چهارمحال و بختیاری کارشناس …")
        && w.ent.given.get(s).is_none_or(|g| {
            g.approx && w.ent.surnames.contains_key(s) && !(i > 0 && w.w(i - 1) == "و")
        })
        && (surname_marked(w, i)
            || (s.starts_with("پور") && chars(s) >= 5)
            // a rare word no lexicon knows that the article uses again: a
            // foreign surname ("الان اسکوچیچ سرمربی تیم ملی است")
            || (unknown_word(w, i)
                // (or, opening a clause, a word the normalizer's list lacks
                // though it ends like an inflected one: "فراتینی وزیر خارجه
                // ایتالیا")
                && (rare_word(w, s) || (w.words.word(s).is_none() && opens_clause(w, i) && chars(s) >= 5))
                && repeated(w, i)
                && foreign_before_title(w, i, t0))))
    .then(|| NameHit::surname_only(i))
}

/// True when the word no lexicon knows at token `i`, right before a title,
/// can be a foreign surname standing alone ("الان اسکوچیچ سرمربی تیم ملی
/// است"): no inflected common word (a plural in ‑ات, an adjective in ‑ی of
/// a common noun, a word with its ezafe: "نقل و انتقالات عضو", "امنیتی",
/// "برای رضای مقام …"), not after و or a particle ("چهارمحال و بختیاری",
/// "دل بوسکه"), and not before a title whose complement points back ("اردوی
/// یووه سرمربی این تیم") nor the title مقام ("بعثه مقام معظم رهبری").
fn foreign_before_title(w: &Words, i: usize, t0: usize) -> bool {
    let s = w.w(i);
    let known =
        |st: &str| w.ent.is_common(st) || w.ent.given.contains_key(st) || w.ent.places.get(st).is_some();
    let Some((_, t)) = w.title_at(t0) else {
        return false;
    };
    !s.strip_suffix("ات").is_some_and(known)
        && !s
            .strip_suffix('ی')
            .is_some_and(|st| known(st) || st.ends_with('ی'))
        && !(i > 0 && (PARTICLES.contains(&w.w(i - 1)) || matches!(w.w(i - 1), "و" | "دل")))
        && w.w(t0) != "مقام"
        && !matches!(w.w(t + 1), "این" | "آن")
}

/// Nouns whose complement is a person: "شاگردان برانکو" (a coach's team),
/// "امثال ترامپ" (the likes of), "قاضی زالی" (a judge), "بازپرس سیفی".
const PERSON_CUES: &[&str] = &["شاگردان", "امثال", "قاضی", "بازپرس", "کارآگاه"];

/// A surname alone right after a noun whose complement is a person
/// ([`PERSON_CUES`]): a listed surname or one with a distinctive ending
/// (not a word no lexicon knows: "قاضی کشیک", "قاضی شارح"), not a
/// checked given name (a full name is read by [`name_at`]), with a second word of
/// the surname when one follows ("قاضی ایلخانی"، "شاگردان مهابادی").
fn cued_surname(w: &Words, i: usize) -> Option<NameHit> {
    let sent = w.sentence(i);
    if i == 0 || w.sentence(i - 1) != sent || !PERSON_CUES.contains(&w.w(i - 1)) {
        return None;
    }
    let s = w.w(i);
    if !surname_like(w, i)
        || !surname_marked(w, i)
        || w.ent.given.get(s).is_some_and(|g| !g.weak && !g.approx)
        || w.ent.is_common(s)
    {
        return None;
    }
    let mut e = i;
    if w.sentence(e + 1) == sent && (surname_continues(w, e + 1) || suffix_word(w, e + 1)) {
        e += 1;
    }
    Some(NameHit::new(i, e, None, (i, e)))
}

/// Nouns of things that are given names too: "روستایی به نام …", "شرکتی به
/// نام …", "کتابی به نام …" name no person.
const NAMED_THINGS: &[&str] = &[
    "روستا",
    "شهر",
    "منطقه",
    "شرکت",
    "کتاب",
    "فیلم",
    "کشتی",
    "گروه",
    "سازمان",
    "مؤسسه",
    "موسسه",
    "برنامه",
    "طرح",
    "پروژه",
    "عملیات",
    "نمایشگاه",
    "جشنواره",
    "سایت",
    "کانال",
    "نشریه",
    "روزنامه",
    "مجله",
    "سریال",
    "رمان",
    "شعر",
    "آهنگ",
    "نرم‌افزار",
    "محصول",
    "خودرو",
    "ماده",
    "بیماری",
    "حزب",
    "جنبش",
];

/// A given name right after "به نام" (named), bare or in guillemets: "سد
/// بزرگی به نام غلام", "مادری درمانده به نام سلما", "دختری به نام «فاطمه»".
/// The article introduces a person by it: one sense per article, the word
/// alone names them elsewhere too ([`NameHit::confirmed`]), even when it is
/// also a common word ("غلام"). Not after a thing's noun ([`NAMED_THINGS`],
/// the places and institutions of [`NAMED_AFTER`]), nor a given name that
/// is weak evidence of a name; a full name after it is read by [`name_at`].
fn named_as(w: &Words, i: usize) -> Option<NameHit> {
    let sent = w.sentence(i);
    let quoted = i > 0 && w.is_punct(i - 1, "«");
    let n = i.checked_sub(1 + usize::from(quoted))?;
    if n == 0 || w.w(n) != "نام" || w.w(n - 1) != "به" || w.sentence(n - 1) != sent {
        return None;
    }
    if quoted && !w.is_punct(i + 1, "»") {
        return None;
    }
    if n >= 2 && w.sentence(n - 2) == sent {
        let noun = w.w(n - 2);
        let bare = noun
            .strip_suffix("\u{200C}ای")
            .or_else(|| noun.strip_suffix('ی'))
            .unwrap_or(noun);
        if [noun, bare]
            .iter()
            .any(|x| NAMED_THINGS.contains(x) || NAMED_AFTER.contains(x) || w.ent.places.get(x).is_some())
            || w.match_tokens(&w.ent.org_heads, n - 2).is_some()
        {
            return None;
        }
    }
    let g = w.ent.given.get(w.w(i))?;
    if (g.weak && (g.approx || w.ent.is_everyday(w.w(i))))
        || SEYED.contains(&w.w(i))
        || (!quoted && w.sentence(i + 1) == sent && surname_like(w, i + 1))
    {
        return None;
    }
    Some(NameHit {
        confirmed: true,
        ..NameHit::surname_only(i)
    })
}

/// Corpus frequency under which a word of the normalizer's word list is
/// rare enough to be a name ("ایوانکی": 3, "بیوگاز": 5,636).
const RARE_FREQ: u32 = 2000;

/// True when `s` is a rare word: in the normalizer's word list with a low
/// corpus frequency, or not in it and not an inflected form (a plural, a
/// word with its indefinite ‑ی or a verb's person ending).
fn rare_word(w: &Words, s: &str) -> bool {
    // "درنهایت", "امیدوارم": a preposition glued to a word, a verb
    if s.ends_with('م')
        || glued_function(w, s)
        || ["در", "با", "از", "به", "بر"]
            .iter()
            .any(|p| s.strip_prefix(p).is_some_and(|r| w.ent.is_common(r)))
    {
        return false;
    }
    match w.words.word(s) {
        Some(info) => info.freq < RARE_FREQ,
        None => !s.contains('\u{200C}') && !s.ends_with(['ی', 'ن']),
    }
}

/// True when the word at token `i` stands again, alone, elsewhere in the
/// article (not next to another word no lexicon knows): a word no lexicon
/// knows that opens a sentence of speech and comes back is its speaker's
/// name ("بنسمایا … گفت", then "گروه بنسمایا").
fn repeated(w: &Words, i: usize) -> bool {
    w.any_word(w.w(i), |k| k != i)
}

/// Words before a quotation that name a medium or a work, not a person:
/// "به گزارش «…»", "روزنامه «…»".
const QUOTED_SOURCES: &[&str] = &[
    "گزارش",
    "نقل",
    "روزنامه",
    "شبکه",
    "خبرگزاری",
    "سایت",
    "پایگاه",
    "کتاب",
    "فیلم",
    "مجله",
    "نشریه",
    "هفته‌نامه",
    "ماهنامه",
    "برنامه",
    "سریال",
    "رمان",
    "نمایش",
    "عنوان",
    "شعار",
    "طرح",
    "پروژه",
    "عملیات",
    "حزب",
    "گروه",
    "جنبش",
    "شرکت",
    "موسسه",
    "مؤسسه",
    "کانال",
    "صفحه",
];

/// One to four words in guillemets before a title (after an optional
/// comma): «پارک گئونهای»، رئیس‌جمهور …; «وانگ وی دانگ» مدیر …. The
/// quotes mark the name, whatever its words.
fn quoted_titled(w: &Words, i: usize) -> Option<NameHit> {
    if i == 0 || !w.is_punct(i - 1, "«") {
        return None;
    }
    if i >= 2 && w.is_word(i - 2) && QUOTED_SOURCES.contains(&w.w(i - 2)) {
        return None;
    }
    let j = (i + 1..(i + 5).min(w.len())).find(|&j| !w.is_word(j))?;
    if !w.is_punct(j, "»") || w.sentence(j) != w.sentence(i) {
        return None;
    }
    let b = j - 1;
    let t = j + 1 + usize::from(w.is_comma(j + 1));
    let plain = (i..=b).all(|x| {
        let s = w.w(x);
        !w.ent.is_function(s) && !w.ent.is_verb(s) && !s.chars().any(|c| c.is_numeric())
    });
    if !plain
        || w.sentence(t) != w.sentence(i)
        || w.title_at(t).is_none()
        || w.match_tokens(&w.ent.organizations, i).is_some()
        || w.match_tokens(&w.ent.org_heads, i).is_some()
        || w.match_tokens(&w.ent.titles, i).is_some()
        || w.ent.places.get(w.w(i)).is_some()
    {
        return None;
    }
    Some(NameHit::plain(w, i, b))
}

/// A given name alone in guillemets: «زینب».
fn quoted_given(w: &Words, i: usize) -> Option<NameHit> {
    let g = w.ent.given.get(w.w(i))?;
    (i > 0 && !g.weak && !g.word && w.is_punct(i - 1, "«") && w.is_punct(i + 1, "»"))
        .then(|| NameHit::surname_only(i))
}

/// True when token `i` is a word no lexicon knows: no common word, given
/// name, listed surname, place, organisation … (`surname_like` and unlisted),
/// written in the Persian script. Before a surname such a word is mostly a
/// foreign given name ("لارنس کورب", "والنتینا ماتویینکو").
fn unknown_word(w: &Words, i: usize) -> bool {
    let s = w.w(i);
    surname_like(w, i)
        && s.chars()
            .next()
            .is_some_and(|c| ('\u{0621}'..='\u{06FF}').contains(&c))
        && !w.ent.surnames.contains_key(s)
        && !w.ent.common_surnames.contains(s)
        && w.ent.known_people.get(s).is_none()
        && w.match_tokens(&w.ent.organizations, i).is_none()
}

/// Arabic particles that open a part of a name written apart: "عبد
/// الامیر", "ابو مازن", "بن لادن".
const ARABIC_PARTICLES: &[&str] = &["عبد", "ابو", "بن", "ابن", "بنت"];

/// True when the word at token `x` can be a word of a name no lexicon
/// knows: a Persian word that is no function word, verb, title, place,
/// organisation, honorific or number; a common word only when it is a
/// given name or a listed surname ("شامل" is not, "احمد" is).
fn anchored_word(w: &Words, x: usize) -> bool {
    let s = w.w(x);
    w.is_word(x)
        && chars(s) >= 2
        && s.chars()
            .next()
            .is_some_and(|c| ('\u{0621}'..='\u{06FF}').contains(&c))
        && !s.chars().any(|c| c.is_numeric())
        && !w.ent.is_function(s)
        && !s.split('\u{200C}').any(|p| w.ent.is_function(p))
        && !w.ent.is_verb(s)
        && !present_verb(w, s)
        && w.speech_verb_at(x).is_none()
        && w.title_at(x).is_none()
        && w.ent.places.get(s).is_none()
        && w.match_tokens(&w.ent.organizations, x).is_none()
        && w.match_tokens(&w.ent.org_heads, x).is_none()
        && w.match_tokens(&w.ent.honorifics, x).is_none()
        && (!w.ent.is_everyday(s) || ARABIC_PARTICLES.contains(&s))
}

/// True when the word at token `x` is known to no lexicon: no common word,
/// given name or listed surname.
fn unlisted_word(w: &Words, x: usize) -> bool {
    let s = w.w(x);
    !w.ent.is_common(s)
        && !w.ent.given.contains_key(s)
        && !listed_surname(w, s)
        && w.ent.known_people.get(s).is_none()
}

/// True when an unlisted word may be a foreign name's: no word the
/// normalizer's list knows as frequent ("ذهنیت", "سماجت"), no superlative
/// or comparative ("پرافتخارترین", "سریع‌تر"), plural ("رسولی‌ها"),
/// preposition glued to a word ("دربرابر", "زیرنظر"), verb of the first
/// person ("امیدوارم", "معتقدم"), possessive ("بزرگش") or place
/// ("اسداباد").
fn foreign_word(w: &Words, s: &str) -> bool {
    let common = |st: &str| chars(st) >= 2 && (w.ent.is_common(st) || w.words.is_word(st));
    w.words.word(s).is_none_or(|info| info.freq < RARE_FREQ)
        && !["ترین", "تر", "\u{200C}ها", "\u{200C}های"].iter().any(|e| s.ends_with(e))
        && !glued_function(w, s)
        && !["در", "با", "از", "به", "بر", "زیر", "پر"]
            .iter()
            .any(|p| s.strip_prefix(p).is_some_and(|r| chars(r) >= 3 && common(r)))
        // (… or a possessive: "برادر بزرگش")
        && !["م", "یم", "ام", "ش", "\u{200C}اش"].iter().any(|e| s.strip_suffix(e).is_some_and(common))
        && !["آباد", "اباد", "مین", "های"].iter().any(|e| s.ends_with(e))
        // (an inflected common word: "سفرهای", "قلمرویی", "نفرت‌انگیزی")
        && !["ها", "های", "ات", "ان", "ی", "ای", "یی", "\u{200C}ای"]
            .iter()
            .any(|suf| s.strip_suffix(suf).is_some_and(|st| chars(st) >= 2 && w.ent.is_common(st)))
        // (a compound of common words: "ورزش‌درمانی", "یکشنبه‌شب")
        && !(s.contains('\u{200C}') && s.split('\u{200C}').all(|p| common(p) || w.ent.is_function(p)))
}

/// True when the word at token `x` of an anchored run is a name's by
/// itself: a word no lexicon knows, a given name that is no everyday word,
/// a listed surname.
fn name_word(w: &Words, x: usize) -> bool {
    let s = w.w(x);
    unlisted_word(w, x)
        // an Arabic name's particle before the rest of the name: "عبد
        // الامیر", "ابو مازن", "بن لادن"
        || (ARABIC_PARTICLES.contains(&s) && w.sentence(x + 1) == w.sentence(x) && w.is_word(x + 1))
        || w.ent.given.get(s).is_some_and(|g| !g.weak)
        || (listed_surname(w, s) && !w.ent.common_surnames.contains(s))
}

/// True when the word at token `k` completes a strong title that ended
/// before it: a country or city ("رئیس‌جمهور شیلی"), an organisation
/// ("رئیس باشگاه رئال مادرید"), an organisation's head word ("دبیر کابینه
/// ژاپن"), a nationality adjective ("قاضی شیلیایی"), or another title with
/// such a complement ("معاون وزیر خارجه ژاپن"); after a modifier ("سابق").
fn strong_complement(w: &Words, k: usize, depth: u8) -> bool {
    if !w.is_word(k) {
        return false;
    }
    if let Some((m, j)) = w.match_tokens(&w.ent.titles, k) {
        let kind = w.ent.titles.field(m.entry, "kind");
        if kind == "modifier" || (kind == "title" && depth == 0) {
            return w.sentence(j + 1) == w.sentence(k) && strong_complement(w, j + 1, depth + 1);
        }
    }
    // (a portfolio of one or two words may come first: "وزیر انرژی
    // قزاقستان", "وزیر امور خارجه ژاپن")
    let sent = w.sentence(k);
    (k..k + 3)
        .take_while(|&x| {
            w.sentence(x) == sent && w.is_word(x) && !w.ent.is_function(w.w(x)) && !w.ent.is_verb(w.w(x))
        })
        .any(|x| {
            let s = w.w(x);
            w.ent.places.get(s).is_some()
                || w.match_tokens(&w.ent.organizations, x).is_some()
                || (x == k && w.match_tokens(&w.ent.org_heads, x).is_some())
                || ["ایی", "\u{200C}ای", "ی"]
                    .iter()
                    .filter_map(|e| s.strip_suffix(e))
                    .any(|st| chars(st) >= 3 && w.ent.places.get(st).is_some())
        })
}

/// True when a strong title anchors a name that ends right before token
/// `j`: after an optional comma, a title with a strong complement
/// ([`strong_complement`]), "یک" and such a title ("یک رهبر سابق
/// طالبان"), or a partitive ("یکی از رهبران قبائل عشایر عراق").
fn title_anchor(w: &Words, j: usize) -> bool {
    let sent = w.sentence(j - 1);
    let t = j + usize::from(w.is_comma(j));
    if w.sentence(t) != sent || !w.is_word(t) {
        return false;
    }
    if w.w(t) == "یکی" && w.w(t + 1) == "از" && w.sentence(t + 2) == sent {
        let plural = crate::extract::officials::PLURAL_TITLES
            .iter()
            .any(|(pl, _)| *pl == w.w(t + 2));
        return plural
            && w.sentence(t + 3) == sent
            && w.is_word(t + 3)
            && !w.ent.is_function(w.w(t + 3))
            && !w.ent.is_verb(w.w(t + 3));
    }
    let t = t + usize::from(w.w(t) == "یک");
    let Some((_, te)) = w.title_at(t) else {
        return false;
    };
    w.sentence(te + 1) == sent && strong_complement(w, te + 1, 0)
}

/// One to four words no lexicon knows as anything else, right before a
/// strong title in apposition ([`title_anchor`]): "حکم اورلاندو آلوارز
/// قاضی شیلیایی", "دولت میچل باچه لت رئیس جمهور شیلی", "\"عبد الامیر
/// الرکابی\" یکی از رهبران قبائل عشایر عراق". The title and its
/// complement are the evidence, so one word of the run must be one no
/// lexicon knows (a run of given names and surnames is read by
/// [`name_at`]), and the run starts where a word that cannot be a name's
/// stands (a common or function word, a punctuation mark, the sentence's
/// start). The name may be in quotes.
fn anchored_name(w: &Words, i: usize) -> Option<NameHit> {
    let sent = w.sentence(i);
    // (cheap tests first: a name's first word, a title within reach)
    if !w.is_word(i)
        || !(i + 1..(i + 7).min(w.len()))
            .take_while(|&x| w.sentence(x) == sent)
            .any(|x| w.w(x) == "یکی" || w.title_at(x).is_some())
        || !name_word(w, i)
    {
        return None;
    }
    // a particle inside a foreign name: "ویسنته دل بوسکه", "اورلیو دی لورنتیس"
    // (a common word before the name is the sentence's: "به سراغ زلاتکو
    // دالیچ …", "حساب جاش …")
    let particle = |x: usize| {
        w.sentence(x) == sent && matches!(w.w(x), "دل" | "دی" | "دو" | "دا" | "فون" | "ون" | "دوس" | "لا")
    };
    let word_at = |x: usize| w.sentence(x) == sent && anchored_word(w, x);
    if !anchored_word(w, i)
        || (i > 0 && word_at(i - 1) && name_word(w, i - 1))
        || (i > 1 && particle(i - 1) && word_at(i - 2))
    {
        return None;
    }
    // (the second half of a phrase written in Arabic: "شدید اللحن")
    let al_second = i > 0 && w.sentence(i - 1) == sent && w.is_word(i - 1) && !w.ent.is_function(w.w(i - 1));
    if w.w(i).starts_with("ال") && al_second && !matches!(w.w(i), "الدین" | "الله" | "الاسلام")
    {
        return None;
    }
    let quoted = i > 0 && w.sentence(i - 1) == sent && w.is_punct(i - 1, "«\"");
    // a quote before the name is no medium's or work's: "روزنامه «…»"
    if quoted && i >= 2 && w.sentence(i - 2) == sent && QUOTED_SOURCES.contains(&w.w(i - 2)) {
        return None;
    }
    let mut e = i;
    loop {
        if !(word_at(e) || (e > i && particle(e) && word_at(e + 1))) {
            return None;
        }
        let j = e + 1;
        let close = usize::from(quoted && w.is_punct(j, "»\""));
        if (!quoted || close == 1) && j + close < w.len() && title_anchor(w, j + close) {
            break;
        }
        if e >= i + 3 {
            return None;
        }
        e += 1;
    }
    // every word a name's, or (in quotes, or with two words no lexicon
    // knows) a common word among them: "میچل باچه لت", "\"عبد الامیر
    // الرکابی\""
    let unknown = (i..=e).filter(|&x| unlisted_word(w, x)).count();
    let plain = (i..=e).filter(|&x| !name_word(w, x) && !particle(x)).count();
    // (… but not first: "سراغ دیه‌گو سیمئونه", "پیوستن خولن لوپتگی")
    if plain > 0 && !(quoted || (unknown >= 2 && name_word(w, i))) || plain > 1 {
        return None;
    }
    if (i..=e).any(|x| unlisted_word(w, x) && !foreign_word(w, w.w(x))) {
        return None;
    }
    // the first part of an Arabic compound given name written apart: "نور
    // الدین پیرموذن"
    let i = if al_second && matches!(w.w(i), "الدین" | "الله" | "الاسلام") && w.title_at(i - 1).is_none()
    {
        i - 1
    } else {
        i
    };
    // (an inflected common word no lexicon lists is no name: a plural, an
    // adjective in ‑ی of a common word)
    let inflected = (i..=e).any(|x| {
        let s = w.w(x);
        ["ها", "های", "ات", "ان", "ی", "ای", "یی"].iter().any(|suf| {
            s.strip_suffix(suf)
                .is_some_and(|st| chars(st) >= 2 && w.ent.is_common(st))
        })
    });
    // (the last word is the surname the article may use alone later:
    // "الرکابی", "آلوارز")
    (unknown >= 1 && !inflected).then(|| match given_at(w, i).filter(|&g| g < e) {
        Some(_) => NameHit::plain(w, i, e),
        None if e > i => NameHit::new(i, e, Some((i, e - 1)), (e, e)),
        None => NameHit::surname_only(i),
    })
}

/// Two to four words in quotes that are a name's, whatever follows: a
/// given name and words no lexicon knows, or only such words ("\"یوکیو
/// ادانو\"", «خوزه لوییس رودریگز زاپاترو», "\"نک محمد\""); not after a
/// medium's or a work's noun ([`QUOTED_SOURCES`], [`NAMED_THINGS`]): the
/// quotes are the article's mark of a name it spells out.
fn quoted_name(w: &Words, i: usize) -> Option<NameHit> {
    let sent = w.sentence(i);
    if i == 0 || !w.is_punct(i - 1, "«\"") || w.sentence(i - 1) != sent {
        return None;
    }
    if i >= 2 && w.sentence(i - 2) == sent && w.is_word(i - 2) {
        let noun = w.w(i - 2);
        let bare = noun.strip_suffix('ی').unwrap_or(noun);
        // (nor after "از": "به نقل از «بیلد اشپورت»")
        if [noun, bare]
            .iter()
            .any(|x| QUOTED_SOURCES.contains(x) || NAMED_THINGS.contains(x) || NAMED_AFTER.contains(x))
            || noun == "از"
            || w.match_tokens(&w.ent.org_heads, i - 2).is_some()
        {
            return None;
        }
    }
    let j = (i + 1..(i + 5).min(w.len())).find(|&j| !w.is_word(j))?;
    if j < i + 2 || !w.is_punct(j, "»\"") || w.sentence(j) != sent {
        return None;
    }
    let e = j - 1;
    // not a medium spoken to ("به \"بیلد اشپورت\" گفت"), nor one after its
    // noun and an adjective ("روزنامه ایتالیایی \"گازتا دلو اسپورت\"")
    if (i >= 2 && w.w(i - 2) == "به" && w.speech_verb_at(j + 1).is_some())
        || (i >= 3 && w.sentence(i - 3) == sent && QUOTED_SOURCES.contains(&w.w(i - 3)))
    {
        return None;
    }
    // an Arabic phrase ("الشیخ سعید", "ادبه العصاء") is no name unless a
    // given name or a particle opens it ("نضال حسین الجراد")
    if w.w(i).starts_with("ال")
        || ((i + 1..=e).any(|x| w.w(x).starts_with("ال"))
            && !w.ent.given.contains_key(w.w(i))
            && !ARABIC_PARTICLES.contains(&w.w(i)))
    {
        return None;
    }
    let ok = (i..=e).all(|x| {
        anchored_word(w, x)
            && (unlisted_word(w, x) && foreign_word(w, w.w(x))
                || (x > i && name_word(w, x))
                || (x == i && w.ent.given.get(w.w(x)).is_some_and(|g| !g.weak)))
    });
    (ok && (i..=e).any(|x| unlisted_word(w, x))).then(|| match given_at(w, i).filter(|&g| g < e) {
        Some(_) => NameHit::plain(w, i, e),
        None => NameHit::new(i, e, Some((i, e - 1)), (e, e)),
    })
}

/// The word before a name that belongs to it: a checked given name before a
/// given name or a known surname ("ژان فرانسوا کوپه", "نیکولا سارکوزی"); a
/// rule-made given name before a known surname ("ملینا ترامپ"); an unknown
/// word before a lone listed or known surname ("لارنس کورب").
fn extend_back(w: &Words, h: &mut NameHit) {
    let Some(prev) = h.first.checked_sub(1) else {
        return;
    };
    if !w.is_word(prev) || w.sentence(prev) != w.sentence(h.first) || SEYED.contains(&w.w(h.first)) {
        return;
    }
    let t = w.w(prev);
    let lone = h.given.is_none() && h.first == h.last;
    let known_surname = lone && h.known_latin.is_some();
    let given = w.ent.given.get(t);
    let checked_given = given.is_some_and(|g| !g.weak && !g.word && !g.approx);
    let rare_given = given.is_some_and(|g| !g.weak && !g.word);
    let listed = lone && (known_surname || w.ent.surnames.contains_key(w.w(h.first)));
    if (checked_given && (h.given.is_some() || known_surname))
        || (rare_given && known_surname)
        || (listed
            && given.is_none()
            && unknown_word(w, prev)
            && !t.ends_with('ی')
            && !t.contains('\u{200C}')
            && (opens_clause(w, prev) || w.is_punct(prev - 1, "،,"))
            && clear_end(w, h.last + 1))
    {
        h.given = Some((prev, h.given.map_or(prev, |g| g.1)));
        h.first = prev;
    }
}

/// Every name occurrence in the article, in text order, not overlapping.
pub fn find_names(w: &Words) -> Vec<NameHit> {
    let subjects = speech_subjects(w);
    let mut hits = Vec::new();
    let mut i = 0;
    // the next token after `i` that starts a title or is یکی: anchored_name
    // is asked only within its reach (each token is looked at once)
    let mut next_anchor = 0;
    while i < w.len() {
        if !w.is_word(i) {
            i += 1;
            continue;
        }
        if next_anchor <= i {
            next_anchor = (i + 1..w.len())
                .find(|&x| w.w(x) == "یکی" || w.title_at(x).is_some())
                .unwrap_or(usize::MAX);
        }
        let near = next_anchor <= i + 6 && w.sentence(next_anchor) == w.sentence(i);
        let parsed = name_at(w, i, &subjects)
            .or_else(|| subject_surname(w, i))
            .or_else(|| titled_surname(w, i))
            .or_else(|| cued_surname(w, i))
            .or_else(|| named_as(w, i))
            .or_else(|| subject_at(i, &subjects))
            .or_else(|| quoted_titled(w, i))
            .or_else(|| quoted_given(w, i))
            .or_else(|| near.then(|| anchored_name(w, i)).flatten())
            .or_else(|| quoted_name(w, i));
        let known = w.match_tokens(&w.ent.known_people, i).map(|(m, j)| {
            // a known full name: the surname is its last word(s) after a given name
            let g = given_at(w, i).filter(|&g| g < j);
            known_hit(w, i, j, g, w.ent.known_people.field(m.entry, "latin"))
        });
        let hit = match (parsed, known) {
            (Some(p), Some(k)) => Some(if k.last >= p.last && k.first <= p.first {
                k
            } else {
                p
            }),
            (p, k) => p.or(k),
        };
        // (a one-letter blessing written bare only after a known holy
        // name, below: "… ص" may be a page)
        let blessed = if w.is_word(i) {
            blessing_at(w, i + 1, false)
        } else {
            None
        };
        // the last word of a holy name before its blessing: "پیامبر اسلام (ص)",
        // "مهدی موعود (حج)" continue the name just found
        if let Some(end) = blessed.filter(|_| hit.is_none() && i > 0 && w.sentence(i - 1) == w.sentence(i)) {
            if let Some(h) = hits.last_mut().filter(|h: &&mut NameHit| h.last + 1 == i) {
                h.last = end;
                i = end + 1;
                continue;
            }
        }
        // a holy name before its blessing: "پیامبر (ص)", "امام (ره)", "سیدالشهدا (ع)";
        // not a group ("اهل‌بیت (ع)", "ائمه (ع)")
        let hit = hit.or_else(|| {
            (blessed.is_some()
                && !HOLY_GROUPS.contains(&w.w(i))
                && !holy_adjective(w, i)
                && !w.ent.is_function(w.w(i))
                // a place named after a holy person: "مسجدالنبی (ص)"
                && !NAMED_AFTER.iter().any(|h| w.w(i).starts_with(h)))
            .then(|| NameHit::surname_only(i))
        });
        // "میدان امام حسین" is a place, "دولت اوباما" an organisation
        if let Some((h, head)) = hit.as_ref().and_then(|h| Some((h, place_head(w, h.first)?))) {
            // a place's words are its name: none of them starts a person's;
            // a government or a plan is a person's ("دولت نوری مالکی"), the
            // search goes on inside it as before
            if matches!(w.w(head), "دولت" | "طرح") {
                // (… but a name a strong title anchors is the head of that
                // government: "دولت میچل باچه لت رئیس جمهور شیلی")
                if let Some(h) = anchored_name(w, i).filter(|a| a == h) {
                    i = h.last + 1;
                    hits.push(h);
                    continue;
                }
                i += 1;
            } else {
                i = h.last + 1;
                // … with the rest of a holy name and its blessing
                // ("بیمارستان رسول اکرم (ص)")
                if let Some(end) = blessing_at(w, i + 1, false).filter(|_| w.is_word(i)) {
                    i = end + 1;
                }
            }
            continue;
        }
        // a one-word name after a determiner is the word ("این روحانی" is
        // "this cleric", "یک شاه" "a king")
        let hit = hit.filter(|h| {
            h.given.is_some()
                || h.first != h.last
                || h.first == 0
                || w.sentence(h.first - 1) != w.sentence(h.first)
                || !DETERMINERS.contains(&w.w(h.first - 1))
        });
        match hit {
            Some(mut h) => {
                // a name in quotes ends at the closing quote: «خوزه لوییس
                // رودریگز زاپاترو»
                if let Some(q) = quoted_name(w, h.first).filter(|q| q.last > h.last && q.first == h.first) {
                    h.last = q.last;
                    h.surname = (q.last, q.last);
                    h.given = Some((h.first, q.last - 1));
                    h.known_latin = None;
                }
                let free = hits.last().is_none_or(|p: &NameHit| p.last + 1 < h.first);
                if free {
                    extend_back(w, &mut h);
                }
                // حضرت is part of a holy name ("حضرت امام", "حضرت فاطمه زهرا")
                if h.first > 0 && w.w(h.first - 1) == "حضرت" && w.sentence(h.first - 1) == w.sentence(h.first)
                {
                    h.first -= 1;
                }
                // "امام حسین (ع)", "امام خمینی (ره)", "امام حسین علیه‌السلام":
                // the blessing is part of the name
                if let Some(end) = blessing_at(w, h.last + 1, true) {
                    h.last = end;
                }
                i = h.last + 1;
                hits.push(h);
            }
            None => i += 1,
        }
    }
    hits
}

/// True when token `i` separates the items of a list: "،", "و", "-", "–".
fn list_sep(w: &Words, i: usize) -> bool {
    i < w.len() && (w.is_punct(i, "،,-–") || w.w(i) == "و")
}

/// True when token `i` can be a word of a name in a list of names.
fn list_word(w: &Words, i: usize) -> bool {
    i < w.len() && subject_word(w, i) && !w.ent.is_everyday(w.w(i))
}

/// Names in a list of names: one to three words set off by list separators
/// ("،", "و", "-") or the clause's ends, next to a name already found
/// across one separator ("الناز شفیعیان ، نرجس کارگر پور ، …",
/// "کیمیایی ، فردین ، بهمن مفید و قریبیان"), found again and again along
/// the list. Returned in text order with `hits`.
fn list_names(w: &Words, mut hits: Vec<NameHit>) -> Vec<NameHit> {
    let n = w.len();
    surname_pairs(w, &mut hits);
    if hits.is_empty() {
        return hits;
    }
    let mut covered = vec![false; n];
    let mut first_of = vec![false; n];
    let mut last_of = vec![false; n];
    for h in &hits {
        covered[h.first..=h.last].iter_mut().for_each(|c| *c = true);
        first_of[h.first] = true;
        last_of[h.last] = true;
    }
    let mut fresh: Vec<(usize, usize)> = hits.iter().map(|h| (h.first, h.last)).collect();
    for _round in 0..4 {
        let mut added = Vec::new();
        // the items right after and right before each name found last round
        let mut starts: Vec<usize> = Vec::new();
        for &(f, l) in &fresh {
            if l + 2 < n && list_sep(w, l + 1) && w.sentence(l + 2) == w.sentence(l) {
                starts.push(l + 2);
            }
            if f >= 2 && list_sep(w, f - 1) && w.sentence(f - 2) == w.sentence(f) && !covered[f - 2] {
                // walk back to the item's first word
                let mut a = f - 2;
                while a > 0
                    && f - 2 - a < 3
                    && w.sentence(a - 1) == w.sentence(f)
                    && !covered[a - 1]
                    && list_word(w, a - 1)
                {
                    a -= 1;
                }
                starts.push(a);
            }
        }
        starts.sort_unstable();
        starts.dedup();
        for a in starts {
            let same = |x: usize| x < n && w.sentence(x) == w.sentence(a);
            let left_sep = a > 0 && same(a - 1) && list_sep(w, a - 1);
            let opens = a == 0 || !same(a - 1) || left_sep || w.is_punct(a - 1, ":«(");
            if covered[a] || !opens || !list_word(w, a) {
                continue;
            }
            let mut b = a;
            while b + 1 < n && same(b + 1) && !covered[b + 1] && list_word(w, b + 1) {
                b += 1;
            }
            let right_sep = same(b + 1) && list_sep(w, b + 1);
            let closes = !same(b + 1) || right_sep || w.is_punct(b + 1, ".؛)»!؟");
            let left_name = left_sep && a >= 2 && same(a - 2) && last_of[a - 2];
            let right_name = right_sep && same(b + 2) && first_of[b + 2];
            // the item reads as a name: a given name first, or a listed or
            // marked surname last (not "مبانی فقهی", "کبودرآهنگ")
            let given_first =
                w.ent.given.get(w.w(a)).is_some_and(|g| !g.weak) || given_at(w, a).is_some_and(|g| g > a);
            let word_ok = given_first
                || ((listed_surname(w, w.w(b)) || surname_marked(w, b))
                    && (b == a || !w.ent.is_common(w.w(a)) || listed_surname(w, w.w(a))));
            if b - a < 3 && closes && (left_name || right_name) && word_ok {
                covered[a..=b].iter_mut().for_each(|c| *c = true);
                added.push(NameHit::plain(w, a, b));
            }
        }
        if added.is_empty() {
            break;
        }
        for h in &added {
            first_of[h.first] = true;
            last_of[h.last] = true;
        }
        fresh = added.iter().map(|h| (h.first, h.last)).collect();
        hits.extend(added);
    }
    hits.sort_by_key(|h| h.first);
    hits
}

/// Two listed surnames (not everyday words) standing alone as neighbouring
/// items of a list ("زاهدی - آقایی - محرمی", "کواکبیان ، مقصودی و …") are
/// names, and seed the list for [`list_names`]. Added to `hits` in text
/// order.
fn surname_pairs(w: &Words, hits: &mut Vec<NameHit>) {
    let n = w.len();
    let mut taken: Vec<usize> = hits.iter().flat_map(|h| [h.first, h.last]).collect();
    taken.sort_unstable();
    let free = |i: usize, taken: &[usize]| {
        let k = taken.partition_point(|&x| x < i);
        // no hit covers i: the nearest hit start before it ends before it
        taken.get(k) != Some(&i) && hits.iter().all(|h| i < h.first || i > h.last)
    };
    let lone_surname = |i: usize| {
        let same = |x: usize| x < n && w.sentence(x) == w.sentence(i);
        let s = w.w(i);
        w.is_word(i)
            && w.ent.surnames.contains_key(s)
            && !w.ent.common_surnames.contains(s)
            && !w.ent.is_common(s)
            // not an adjective or plural of the word list ("پاکیزه", "سادات")
            && w.words.word(s).is_none_or(|x| x.pos & (pos::AJ | pos::PL) == 0)
            // nor a place's adjective ("موسیقی مازندرانی و گیلانی")
            && s.strip_suffix('ی').is_none_or(|st| w.ent.places.get(st).is_none())
            && (i == 0 || !same(i - 1) || !w.is_word(i - 1) || list_sep(w, i - 1))
            && (!same(i + 1) || !w.is_word(i + 1) || list_sep(w, i + 1))
    };
    let mut added = Vec::new();
    for i in 1..n.saturating_sub(1) {
        if !list_sep(w, i) || w.sentence(i - 1) != w.sentence(i + 1) {
            continue;
        }
        if lone_surname(i - 1) && lone_surname(i + 1) && free(i - 1, &taken) && free(i + 1, &taken) {
            for a in [i - 1, i + 1] {
                if added.last() != Some(&a) {
                    added.push(a);
                }
            }
        }
    }
    if added.is_empty() {
        return;
    }
    hits.extend(added.into_iter().map(|a| NameHit::plain(w, a, a)));
    hits.sort_by_key(|h| h.first);
}

/// True when two given names can be one person's: either is missing, or
/// they are the same apart from سید/میر, which is no given name of its own
/// ("میر تاج‌الدینی" is "محمدرضا میر تاج‌الدینی", "سید علی" is "علی").
fn same_given(a: Option<&str>, b: Option<&str>) -> bool {
    fn bare(g: Option<&str>) -> impl Iterator<Item = &str> {
        g.into_iter()
            .flat_map(|g| g.split(' '))
            .filter(|x| !SEYED.contains(x))
    }
    bare(a).next().is_none() || bare(b).next().is_none() || bare(a).eq(bare(b))
}

/// True when one of two names (words separated by spaces) is the other's
/// last words: "امام خامنه ای" and "خامنه ای".
fn ends_with_words(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && long.strip_suffix(short).is_some_and(|lead| lead.ends_with(' '))
}

/// True when one of two names is the other's first words: "Branko" and
/// "Branko Ivankovic".
fn starts_with_words(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && long.strip_prefix(short).is_some_and(|rest| rest.starts_with(' '))
}

/// How often a given name must stand alone in an article to be taken for a
/// person named by it alone.
const ALONE_MIN: usize = 3;

/// A person being built: the tokens of the fullest name and the mentions.
struct Building {
    given: Option<String>,
    surname: String,
    fa: String,
    known_latin: Option<String>,
    given_latin: Option<(String, bool)>,
    mentions: Vec<Span>,
    /// Every hit was [`NameHit::weak`]: the surname alone is not looked for.
    weak: bool,
    /// Some hit was [`NameHit::confirmed`]: the bare surname is looked for
    /// even when it is also a common word.
    confirmed: bool,
}

/// People × tokens from which [`build_people`] indexes the tokens by their
/// text instead of scanning them once per person.
const INDEX_FROM: usize = 50_000;

/// The keys a person is indexed by in [`build_people`], for its surname
/// (ZWNJ as a space): the surname without spaces, each of its words, and the
/// whole surname.
fn surname_keys(surname: &str) -> impl Iterator<Item = String> + '_ {
    // its last words, two or more, as a shorter surname ("اتو پرز مولینا" …
    // "پرز مولینا")
    let tails = surname
        .match_indices(' ')
        .map(|(k, _)| &surname[k + 1..])
        .filter(|t| t.contains(' '))
        .map(|t| format!("s:{t}"));
    std::iter::once(format!("n:{}", surname.replace(' ', "")))
        .chain(surname.split(' ').map(|x| format!("p:{x}")))
        .chain(std::iter::once(format!("w:{surname}")))
        .chain(tails)
}

/// The keys under which the people with the same surname as `surname` are
/// found (the same surname without spaces, `surname` as one of their
/// surname's words, one of its words as their whole surname): every person
/// the same-surname test can accept.
fn surname_keys_to_find(surname: &str) -> impl Iterator<Item = String> + '_ {
    // (and its last words of two or more as their whole surname: "خامنه ای"
    // of "امام خامنه ای")
    let tails = surname
        .match_indices(' ')
        .map(|(k, _)| &surname[k + 1..])
        .filter(|t| t.contains(' '))
        .map(|t| format!("w:{t}"));
    std::iter::once(format!("n:{}", surname.replace(' ', "")))
        .chain(std::iter::once(format!("p:{surname}")))
        .chain(surname.split(' ').map(|x| format!("w:{x}")))
        .chain(std::iter::once(format!("s:{surname}")))
        .chain(tails)
}

/// The words of the name `long` before the name `short` it ends with, word
/// for word (spaces between words): "عبدالله حاجی" of "عبدالله حاجی صادقی"
/// and "صادقی"; `None` when `long` does not end with `short` as whole words.
pub(crate) fn leading_words<'a>(long: &'a str, short: &str) -> Option<&'a str> {
    long.strip_suffix(short)?.strip_suffix(' ')
}

/// True when the surname `long` is `short` with a distinctive surname
/// ending after it (words separated by spaces): "احمدی نژاد" of "احمدی",
/// "حسن زاده" of "حسن"; not ‑فر or ‑دوست, which a name's next word may be
/// read as ("هری کین دوست دارد", "ربیعی فر" … "ربیعی").
fn suffixed(long: &str, short: &str) -> bool {
    long.strip_prefix(short)
        .and_then(|r| r.strip_prefix(' '))
        .is_some_and(|suf| STRONG_SUFFIXES.contains(&suf))
}

fn span_of(w: &Words, a: usize, b: usize) -> Span {
    Span::new(w.toks[a].span.start, w.toks[b].span.end)
}

/// Cluster name hits into people and add the surname-only mentions.
pub fn build_people(w: &Words, hits: &[NameHit]) -> Vec<Person> {
    let mut people: Vec<Building> = Vec::new();
    // people by the keys of their surnames ([`surname_keys`])
    let mut by_key: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let mut covered = vec![false; w.len()];
    for h in hits {
        // compared with ZWNJ as a space: "احمدی نژاد" is "احمدی‌نژاد"
        let surname = w.text[span_of(w, h.surname.0, h.surname.1).range()].replace('\u{200C}', " ");
        let given = h
            .given
            .map(|(a, b)| w.text[span_of(w, a, b).range()].replace('\u{200C}', " "));
        let fa = w.text[span_of(w, h.first, h.last).range()].to_string();
        covered[h.first..=h.last].iter_mut().for_each(|c| *c = true);
        // the same person: same surname (or the surname inside theirs), and
        // the same given name when both are written
        // (the candidates come from an index of the surnames by their keys,
        // so a long document's names are not each compared with every person)
        let mut candidates: Vec<usize> = surname_keys_to_find(&surname)
            .filter_map(|key| by_key.get(&key))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        let found = candidates.into_iter().rev().find(|&k| {
            let p = &people[k];
            // (a surname and its ending are another surname: "احمدی" and
            // "احمدی نژاد" are two families)
            let same_surname = p.surname == surname
                || (p.surname.split(' ').any(|x| x == surname) && !suffixed(&p.surname, &surname))
                || (surname.split(' ').any(|x| x == p.surname) && !suffixed(&surname, &p.surname))
                || p.surname.replace(' ', "") == surname.replace(' ', "")
                || (surname.contains(' ') && leading_words(&p.surname, &surname).is_some())
                // "امام خامنه‌ای" and "خامنه‌ای", both without a given name:
                // one ends with the other's words
                || (given.is_none() && p.given.is_none() && ends_with_words(&p.surname, &surname));
            // a full name after a bare surname that several well-known people
            // share is not assumed to be theirs ("آقای خاتمی، رئیس جمهور … ¶
            // محمدرضا خاتمی …")
            let shared = p.given.is_none() && given.is_some() && w.ent.shared_surnames.contains(&p.surname);
            // two well-known people of one family named in full are two
            // people ("Imam Khomeini", "Ahmad Khomeini"), unless one's name
            // begins or ends the other's ("Khamenei" / "Imam Khamenei",
            // "Branko" / "Branko Ivankovic", "the Prophet" / "the Prophet of Islam")
            let two_known = match (&p.known_latin, &h.known_latin) {
                (Some(a), Some(b)) => {
                    a != b
                        && a.contains(' ')
                        && b.contains(' ')
                        && !ends_with_words(a, b)
                        && !starts_with_words(a, b)
                }
                _ => false,
            };
            same_surname && !shared && !two_known && same_given(p.given.as_deref(), given.as_deref())
        });
        let span = span_of(w, h.first, h.last);
        match found {
            Some(k) => {
                let p = &mut people[k];
                // a bare surname right after the first words of the person's
                // longer surname is that surname, though those words read as
                // an honorific: "حاجی صادقی" of "عبدالله حاجی صادقی"
                let lead = leading_words(&p.surname, &surname);
                let span = match lead {
                    Some(lead) if h.given.is_none() && !lead.is_empty() => {
                        let n = lead.split(' ').count();
                        let from = h.first.checked_sub(n).filter(|&a| {
                            w.sentence(a) == w.sentence(h.first)
                                && lead.split(' ').enumerate().all(|(x, part)| w.w(a + x) == part)
                        });
                        from.map_or(span, |a| span_of(w, a, h.last))
                    }
                    _ => span,
                };
                p.mentions.push(span);
                p.weak &= h.weak;
                p.confirmed |= h.confirmed;
                if chars(&fa) > chars(&p.fa) && (given.is_some() || p.given.is_none()) {
                    p.fa = fa;
                    for key in surname_keys(&surname) {
                        by_key.entry(key).or_default().push(k);
                    }
                    p.surname = surname;
                    if given.is_some() {
                        p.given = given;
                        p.given_latin = h.given.and_then(|(a, b)| given_latin(w, a, b));
                    }
                    if h.known_latin.is_some() {
                        p.known_latin = h.known_latin.clone();
                    }
                }
            }
            None => {
                for key in surname_keys(&surname) {
                    by_key.entry(key).or_default().push(people.len());
                }
                people.push(Building {
                    given_latin: h.given.and_then(|(a, b)| given_latin(w, a, b)),
                    given,
                    surname,
                    fa,
                    known_latin: h.known_latin.clone(),
                    mentions: vec![span],
                    weak: h.weak,
                    confirmed: h.confirmed,
                })
            }
        }
    }
    // later mentions of people found with a full name: the full name again
    // wherever it was not read (the second "حامد لک" of an article), and the
    // bare surname
    // token positions by their text, for the scans below, in a long document
    // with many people (a news article is scanned: cheaper than the index)
    let indexed = people.len() * w.len() > INDEX_FROM;
    let mut at: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    if indexed {
        for i in 0..w.len() {
            at.entry(w.w(i)).or_default().push(i);
        }
    }
    for p in people.iter_mut() {
        let parts: Vec<&str> = p.surname.split(' ').collect();
        // a one-word surname that is also an everyday word ("سلامت", "شاه")
        // is not a mention of them wherever the word occurs alone
        let one_word = parts.len() == 1;
        let common = one_word && p.given.is_none() && w.ent.is_common(parts[0]);
        let everyday = one_word && w.ent.is_everyday(parts[0]) && w.ent.known_people.get(parts[0]).is_none();
        // an initial ("بابک . الف") is no surname to look for alone
        let initial = one_word && (chars(parts[0]) < 2 || parts[0] == "الف");
        let lone = !(p.weak || ((common || everyday) && !p.confirmed) || initial);
        // a common word made a name by its use ([`NameHit::confirmed`]) is the
        // word again after a noun it qualifies ("جمهوری اسلامی")
        let cautious = common || everyday;
        let given: Vec<&str> = p.given.as_deref().map_or(Vec::new(), |g| g.split(' ').collect());
        if !lone && given.is_empty() {
            continue;
        }
        let lone_last = lone
            && parts.len() == 2
            && chars(parts[1]) >= 5
            && !w.ent.is_common(parts[1])
            && w.ent.places.get(parts[1]).is_none();
        // the byte length of the surname written as one word with ZWNJ
        let glued_len = p.surname.len() + 2 * (parts.len() - 1);
        // only the tokens that can start a mention are visited (the surname's
        // first word, its ZWNJ-joined form, its last word), in text order;
        // a long document is not scanned once per person
        let glued = (lone && parts.len() > 1).then(|| p.surname.replace(' ', "\u{200C}"));
        let keys = [
            Some(parts[0]),
            glued.as_deref(),
            lone_last.then(|| parts[parts.len() - 1]),
        ];
        let candidates: Vec<usize> = if indexed {
            let mut c: Vec<usize> = keys
                .into_iter()
                .flatten()
                .filter_map(|key| at.get(key))
                .flatten()
                .copied()
                .collect();
            c.sort_unstable();
            c.dedup();
            c
        } else {
            (0..w.len())
                .filter(|&i| keys.iter().flatten().any(|&key| w.w(i) == key))
                .collect()
        };
        let mut next = 0;
        for i in candidates {
            if i < next {
                continue;
            }
            next = i + 1;
            // the surname as one word with ZWNJ ("احمدی‌نژاد")
            if lone
                && parts.len() > 1
                && w.w(i).len() == glued_len
                && !covered[i]
                && same_but_zwnj(w.w(i), &p.surname)
            {
                p.mentions.push(span_of(w, i, i));
                covered[i..=i].iter_mut().for_each(|c| *c = true);
                continue;
            }
            if i + parts.len() <= w.len()
                && w.w(i) == parts[0]
                && !names_a_place(w, i)
                && parts.iter().enumerate().all(|(k, s)| w.w(i + k) == *s)
                && !covered[i]
            {
                let end = i + parts.len() - 1;
                let start = i
                    .checked_sub(given.len())
                    .filter(|&g| {
                        !given.is_empty()
                            && w.sentence(g) == w.sentence(i)
                            && given
                                .iter()
                                .enumerate()
                                .all(|(k, x)| w.w(g + k) == *x && !covered[g + k])
                    })
                    .or((lone && (!cautious || i == 0 || !bound_to_previous(w, i))).then_some(i));
                if let Some(start) = start {
                    p.mentions.push(span_of(w, start, end));
                    covered[start..=end].iter_mut().for_each(|c| *c = true);
                    next = end + 1;
                    continue;
                }
            }
            // the last word of a two-word surname alone ("رفسنجانی" of
            // "هاشمی رفسنجانی", "لاریجانی" of "آملی لاریجانی"), when it is
            // no common word
            if lone_last && !covered[i] && w.w(i) == parts[parts.len() - 1] && !names_a_place(w, i) {
                p.mentions.push(span_of(w, i, i));
                covered[i] = true;
            }
        }
    }
    // a given name alone, when one person of the article has it ("هیلاری")
    let mut by_given: Vec<(String, usize)> = Vec::new();
    for (k, p) in people.iter().enumerate() {
        if let Some(g) = &p.given {
            let g = g.split(' ').find(|x| !SEYED.contains(x)).unwrap_or(g).to_string();
            if w.ent.given.get(g.as_str()).is_some_and(|x| !x.word) {
                by_given.push((g, k));
            }
        }
    }
    // each given name's only owner (None: two people or more have it)
    let mut owner: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    for (g, k) in &by_given {
        owner
            .entry(g.as_str())
            .and_modify(|o| *o = None)
            .or_insert(Some(*k));
    }
    for i in 0..if by_given.is_empty() { 0 } else { w.len() } {
        let t = w.w(i);
        if !w.is_word(i) || covered[i] {
            continue;
        }
        if let Some(&Some(k)) = owner.get(t) {
            if names_a_place(w, i) {
                continue;
            }
            if !surname_like(w, i + 1) || w.sentence(i + 1) != w.sentence(i) {
                people[k].mentions.push(span_of(w, i, i));
                covered[i..=i].iter_mut().for_each(|c| *c = true);
            }
        }
    }
    // a given name alone that the article uses again and again is a person
    // named by the given name only (a story's "سوسن", "باقر"): a checked
    // name that is not an everyday word, seen alone at least three times
    let mut alone: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, &cov) in covered.iter().enumerate() {
        if cov || !w.is_word(i) {
            continue;
        }
        let t = w.w(i);
        let Some(g) = w.ent.given.get(t) else { continue };
        // not an honorific or rank that is also a name ("شهید", "امیر")
        if g.weak || g.approx || t.ends_with("ای") || names_a_place(w, i) || (g.word && t == "امیر") {
            continue;
        }
        if w.sentence(i + 1) == w.sentence(i)
            && surname_like(w, i + 1)
            && !w.ent.given.contains_key(w.w(i + 1))
        {
            continue;
        }
        match alone.iter_mut().find(|(x, _)| *x == t) {
            Some((_, v)) => v.push(i),
            None => alone.push((t, vec![i])),
        }
    }
    for (t, mut at) in alone {
        let g = &w.ent.given[t];
        // (asked here, for the few everyday words used alone often enough,
        // not at every lone occurrence)
        if g.word && at.len() >= 5 {
            at.retain(|&i| subject_word(w, i));
        }
        // a given name that is also an everyday word ("ناصر", "نگار") needs
        // more: five lone uses, three of them opening a sentence
        let openers = || {
            at.iter()
                .filter(|&&i| i == 0 || w.sentence(i - 1) != w.sentence(i))
                .count()
        };
        if at.len() < ALONE_MIN || (g.word && (at.len() < 5 || openers() < 3)) {
            continue;
        }
        people.push(Building {
            given: None,
            surname: t.to_string(),
            fa: t.to_string(),
            known_latin: None,
            weak: false,
            confirmed: false,
            given_latin: Some((g.latin.clone(), g.approx)),
            mentions: at.iter().map(|&i| span_of(w, i, i)).collect(),
        });
    }
    people
        .into_iter()
        .enumerate()
        .map(|(k, mut p)| {
            p.mentions.sort();
            p.mentions.dedup();
            let name = latin_name(w, &p);
            Person {
                id: format!("p{}", k + 1),
                name,
                mentions: p
                    .mentions
                    .iter()
                    .map(|&s| Mention {
                        span: s,
                        text: w.text[s.range()].to_string(),
                        kind: MentionKind::Name,
                    })
                    .collect(),
            }
        })
        .collect()
}

/// True when token `i` follows a word of its sentence that is no function
/// word: the ezafe of a noun phrase ("جمهوری اسلامی", "دولت پارک").
fn bound_to_previous(w: &Words, i: usize) -> bool {
    i > 0 && w.is_word(i - 1) && w.sentence(i - 1) == w.sentence(i) && !w.ent.is_function(w.w(i - 1))
}

fn given_latin(w: &Words, a: usize, b: usize) -> Option<(String, bool)> {
    let mut parts = Vec::new();
    let mut approx = false;
    let whole = w.text[span_of(w, a, b).range()].to_string();
    if let Some(g) = w.ent.given.get(whole.as_str()) {
        // a rule-made spelling of "سید" glued to a checked name: "سیدجلال"
        // is "Seyed Jalal", not "Sidajalal"
        let seyed = |pre: &str, lat: &str| {
            whole
                .strip_prefix(pre)
                .and_then(|rest| checked_given(w, rest.trim_start_matches([' ', '\u{200C}'])))
                .map(|l| format!("{lat} {l}"))
        };
        if g.approx {
            if let Some(l) = seyed("سیده", "Seyedeh").or_else(|| seyed("سید", "Seyed")) {
                return Some((l, false));
            }
        }
        return Some((g.latin.clone(), g.approx));
    }
    for k in a..=b {
        let t = w.w(k);
        match t {
            "سید" => parts.push("Seyed".to_string()),
            "سیده" => parts.push("Seyedeh".to_string()),
            "میر" => parts.push("Mir".to_string()),
            _ => match w.ent.given.get(t) {
                Some(g) => {
                    parts.push(g.latin.clone());
                    approx |= g.approx;
                }
                None => {
                    parts.push(translit_surname(t, &w.ent.surname_suffixes, |g| {
                        checked_given(w, g)
                    }));
                    approx = true;
                }
            },
        }
    }
    Some((parts.join(" "), approx))
}

/// The checked Latin spelling of an Iranian given name (not one made by
/// rules, nor a foreign name's).
pub(crate) fn checked_given<'a>(w: &'a Words, g: &str) -> Option<&'a str> {
    w.ent
        .given
        .get(g)
        .filter(|x| !x.approx && x.persian)
        .map(|x| x.latin.as_str())
}

fn latin_name(w: &Words, p: &Building) -> Name {
    if let Some(k) = &p.known_latin {
        if p.given.is_none() || k.contains(' ') {
            return Name {
                fa: p.fa.clone(),
                latin: Some(k.clone()),
                latin_approx: false,
            };
        }
    }
    let mut approx = false;
    let mut parts = Vec::new();
    if let Some((g, a)) = &p.given_latin {
        parts.push(g.clone());
        approx |= *a;
    }
    // the surname as written (its key has ZWNJ as a space): the end of the name
    let written =
        p.fa.char_indices()
            .map(|(i, _)| &p.fa[i..])
            .find(|s| {
                s.chars()
                    .map(|c| if c == '\u{200C}' { ' ' } else { c })
                    .eq(p.surname.chars())
            })
            .unwrap_or(&p.surname);
    let sur: Vec<String> = written
        .split(' ')
        .map(|s| {
            if let Some(e) = w.ent.known_people.get(s) {
                w.ent.known_people.field(e, "latin").to_string()
            } else {
                approx = true;
                translit_surname(s, &w.ent.surname_suffixes, |g| checked_given(w, g))
            }
        })
        .collect();
    parts.push(sur.join(" "));
    Name {
        fa: p.fa.clone(),
        latin: Some(parts.join(" ")),
        latin_approx: approx,
    }
}

impl Extractor for PeopleExtractor {
    fn name(&self) -> &'static str {
        "people"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Findings) {
        let w = cx.words();
        let mut found = find_names(w);
        // a name does not open inside a calendar date: "۲۲ بهمن رفراندوم"
        // is the 22nd of Bahman, not a person Bahman (the dates ran first)
        if !out.dates.is_empty() {
            found.retain(|h| {
                let t = w.toks[h.first].span;
                !out.dates
                    .iter()
                    .any(|d| d.kind == DateKind::Date && d.span.start <= t.start && t.end <= d.span.end)
            });
        }
        let hits = list_names(w, found);
        out.people = build_people(w, &hits);
    }
}
