//! Organisations: ministries, organisations, chambers, banks, councils,
//! committees, courts, companies … with every mention in the article.
//!
//! An organisation mention is
//! - a known organisation or alias (`organizations.tsv`), extended by a
//!   following place ("جهاد کشاورزی آذربایجان غربی", "وزارت خارجه روسیه");
//! - a noun phrase led by a head word (`org_heads.tsv`: سازمان، وزارت،
//!   اداره کل، اتاق …) and running over content words up to a function word,
//!   verb, title, person name or punctuation: "اداره کل حفاظت محیط زیست
//!   استان قزوین". Weak heads (گروه، مرکز، دفتر …) make an organisation only
//!   as the complement of a title (see [`super::officials`]);
//! - a reference: "این سازمان", "این وزارتخانه" → the latest organisation
//!   with that head;
//! - a team ("تیم ملی والیبال ایران", "تیم فوتبال استقلال"), a known group
//!   with its group word ("گروه داعش", "جنبش حماس"), a government by its
//!   country or leader ("دولت عراق", "رژیم عربستان سعودی"), a ministry by
//!   its field after "وزیر" ("راه و شهرسازی", "خارجه ترکیه").
//!
//! Following the PEYMA guideline where it fits the schema: a name that is
//! also a common word counts only in an article about its topic (the
//! lexicon's `context` column: "پدیده" in sports news); a head word with only
//! a generic modifier ("شورای شهر") names no particular body; a product with
//! its model number ("وان پلاس ۳") and a social network named as a medium or
//! a page ("در توییتر نوشت") are not organisations.
//!
//! Mentions of one organisation (its canonical entry, or noun phrases one of
//! which begins the other) are one [`Organization`]; its name is the fullest
//! form in the article, its English name from the lexicon, or built from the
//! head word and known parts, else null.
//!
//! A relative date or occasion found inside an organisation's name ("ستاد
//! اربعین", "روزنامه وطن امروز") is dropped from `dates`: it is part of the name.

use rustc_hash::FxHashMap;

use crate::document::{Gloss, Mention, MentionKind, Organization};
use crate::extract::words::{is_ordinal, Words};
use crate::extract::{Context, Extractor, Findings};
use crate::text::aligned::Span;
use crate::text::normalize::zwnj::lexicon::pos;
use crate::text::tokenize::TokenKind;

/// One organisation mention (token indices, inclusive).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgHit {
    /// First token.
    pub first: usize,
    /// Last token.
    pub last: usize,
    /// The canonical name from the lexicon, if known.
    pub canonical: Option<String>,
    /// The organisation's name when the mention alone does not say it: the
    /// field after "وزیر" names its ministry ("وزیر کشور": the mention "کشور", the name "وزارت کشور").
    /// Other organisations are named as written, in their fullest mention
    /// (an alias is not expanded to the lexicon's name: "مجلس" in a report
    /// on Kuwait is Kuwait's parliament).
    pub full_name: Option<String>,
    /// The English name (lexicon or built), if any.
    pub en: Option<String>,
    /// Name, alias or reference.
    pub kind: MentionKind,
    /// The head word, for noun phrases.
    pub head: Option<String>,
}

/// Finds organisations.
#[derive(Debug, Default)]
pub struct OrganizationsExtractor;

const PLACE_PREFIX: &[&str] = &["استان", "شهرستان", "شهر", "کشور"];

/// Words for an area of a province, before its name: an organisation's office
/// there ends with the name ("سپاه ناحیه گچساران", "اداره … شهرستان خوی").
const AREA_WORDS: &[&str] = &["شهرستان", "ناحیه", "بخش", "شهر"];

/// A place starting at token `i` (with an optional استان/شهرستان before it):
/// its last token and English name.
pub fn place_at(w: &Words, i: usize) -> Option<(usize, String)> {
    place_and_kind(w, i).map(|(j, en, _)| (j, en))
}

/// [`place_at`], and whether the place is a country other than Iran.
fn place_and_kind(w: &Words, i: usize) -> Option<(usize, String, bool)> {
    let (k, prefix) = if PLACE_PREFIX.contains(&w.w(i)) {
        (i + 1, Some(w.w(i)))
    } else {
        (i, None)
    };
    let (m, j) = w.match_tokens(&w.ent.places, k)?;
    if w.sentence(j) != w.sentence(i) {
        return None;
    }
    let en = w.ent.places.field(m.entry, "en").to_string();
    let foreign = w.ent.places.field(m.entry, "kind") == "country" && en != "Iran";
    let en = match prefix {
        Some("استان") => format!("{en} Province"),
        Some("شهرستان") => format!("{en} County"),
        _ => en,
    };
    Some((j, en, foreign))
}

/// The English of the known organisation `entry` named for another country:
/// an alias's own English, which is the generic one ("وزارت دفاع": Ministry of
/// Defence), not its canonical name's, which is Iran's (Ministry of Defence and
/// Armed Forces Logistics).
pub fn abroad_en(w: &Words, entry: &crate::lexicon::PhraseEntry) -> Option<String> {
    let own = w.ent.organizations.field(entry, "en");
    if own.is_empty() {
        canonical_of(w, entry).1
    } else {
        Some(own.to_string())
    }
}

/// The English name of a known organisation followed by a place: "Ministry of
/// Interior, France". The lexicon names Iran's institutions ("Central Bank of
/// Iran", "Judiciary of Iran"); followed by another country ("بانک مرکزی
/// ترکیه") the same words name that country's institution, so its name takes
/// Iran's place ("Central Bank of Turkey"; a leading "Iran" is dropped and the
/// country follows). An Iranian place names a branch: "Bank Melli Iran, Tehran
/// Province".
pub fn gloss_at_place(en: &str, place_en: &str, foreign: bool) -> String {
    if foreign && !en.contains("Islamic") {
        let at = en.match_indices("Iran").map(|(a, _)| a).find(|&a| {
            let after = en[a + "Iran".len()..].chars().next();
            !after.is_some_and(char::is_alphabetic)
                && !en[..a].chars().next_back().is_some_and(char::is_alphabetic)
        });
        match at {
            // "Iran Chamber of Commerce …" → "Chamber of Commerce …, Germany"
            Some(0) => return format!("{}, {place_en}", en["Iran".len()..].trim_start()),
            Some(a) => return format!("{}{place_en}{}", &en[..a], &en[a + "Iran".len()..]),
            None => {}
        }
    }
    format!("{en}, {place_en}")
}

/// True when token `k` can continue an organisation's noun phrase.
fn np_content(w: &Words, k: usize, person_at: &dyn Fn(usize) -> bool) -> bool {
    let Some(t) = w.toks.get(k) else { return false };
    match t.kind {
        TokenKind::Number => return true,
        TokenKind::Latin => return false,
        TokenKind::Punct => return false,
        TokenKind::Word => {}
    }
    let s = w.w(k);
    // "عالی" (higher, supreme) and "خاص" (special) are stop words of the
    // word lists but words of names: "موسسه عالی پژوهش …", "شورای عالی امنیت
    // ملی", "معاون مبارزه با سرقت‌های خاص پلیس آگاهی"
    // a noun that is also a verb of the second person ("کشتی": a ship, "you
    // killed"; news does not address its reader so) is the noun
    let noun_not_verb = || {
        s.strip_suffix('ی')
            .is_some_and(|st| w.ent.past_stems.contains(st))
            && w.words.word(s).is_some_and(|x| x.pos & pos::N != 0)
    };
    // a past stem that ends its sentence is the verb ("باشگاه استقلال جلوی
    // دوربین ایستاد.", "… بلیت فروخت."), elsewhere it may be a noun ("خرید")
    // (and the future auxiliary: "باشگاه الوحده خواهد پیوست")
    let final_verb = || {
        matches!(s, "خواهد" | "خواهند" | "خواهیم")
            || (w.ent.past_stems.contains(s)
                && (w.sentence(k + 1) != w.sentence(k) || w.is_punct(k + 1, ".!؟?")))
    };
    // "راه" (way, a stop word) opens the roads ministry's field: "اداره کل
    // راه و شهرسازی استان ایلام", "مدیرکل راه و ترابری استان مرکزی"
    let roads = s == "راه" && w.w(k + 1) == "و" && matches!(w.w(k + 2), "شهرسازی" | "ترابری");
    if (w.ent.is_function(s) && !matches!(s, "عالی" | "خاص") && !roads)
        || (w.ent.is_verb(s) && !w.ent.past_stems.contains(s) && !noun_not_verb())
        || final_verb()
        || light_verb(s)
        || w.speech_verb_at(k).is_some()
    {
        return false;
    }
    if w.title_at(k).is_some() || person_at(k) || w.match_tokens(&w.ent.honorifics, k).is_some() {
        return false;
    }
    if let Some((m, _)) = w.match_tokens(&w.ent.titles, k) {
        if w.ent.titles.field(m.entry, "kind") == "modifier" {
            return false;
        }
    }
    if NP_STOP.contains(&s) || adverb_only(w, s) {
        return false;
    }
    // the noun of a light-verb predicate ("بانک مرکزی اعلام کرد") is not part of the name;
    // before a copula only a predicate adjective is not ("بانک مرکزی موظف است"): a word
    // the word list knows as a noun alone ends the name ("رئیس فدراسیون دوچرخه‌سواری است")
    // (a place is no predicate: "… خدمات ایمنی همدان داشتیم")
    let next = w.w(k + 1);
    // (… and of two coordinated ones: "هیات کشتی استان تجلیل و قدردانی شد")
    // (not a plural or a place: "کانون پرورش فکری کودکان و نوجوانان کرد",
    // "شرکت آب منطقه‌ای چهارمحال و بختیاری شده بود")
    let plural = |x: &str| ["ان", "ها", "های"].iter().any(|e| x.ends_with(e));
    let coordinated = next == "و"
        && w.sentence(k + 3) == w.sentence(k)
        && w.is_word(k + 2)
        && matches!(
            w.w(k + 3),
            "شد" | "شدند" | "شود" | "می‌شود" | "کرد" | "کردند" | "کند" | "می‌کند" | "نمود"
        )
        && !plural(s)
        && !plural(w.w(k + 2))
        && w.match_tokens(&w.ent.places, k).is_none()
        && w.ent.places.get(w.w(k + 2)).is_none();
    !coordinated
        && (!light_verb(next)
            || place_at(w, k).is_some()
            // (nor is a known name: "مدیرعامل باشگاه سایپا شد")
            || w.match_tokens(&w.ent.organizations, k).is_some_and(|(_, j)| j == k)
            || (COPULAS.contains(&next)
                && w.words
                    .word(s)
                    .is_some_and(|x| x.pos & pos::N != 0 && x.pos & (pos::AJ | pos::ADV) == 0)))
}

/// True for a word the word list knows only as an adverb ("رسما", "تاکنون",
/// "سابقا"): it opens the predicate, so it ends a name ("باشگاه ایتالیایی
/// رسما اعلام کرد").
fn adverb_only(w: &Words, s: &str) -> bool {
    w.words
        .word(s)
        .is_some_and(|x| x.pos & pos::ADV != 0 && x.pos & (pos::N | pos::AJ | pos::NUM) == 0)
}

/// The copulas among [`light_verb`].
const COPULAS: &[&str] = &["است", "بود", "بودند", "هستند", "نیست", "نیستند"];

/// Light verbs: the word before one is a predicate's noun ("اعلام کرد",
/// "ارسال کردیم", "اتفاق افتاده است", "موج می‌زند"), and the copulas.
/// Past forms of any person but the second singular ("کردی" is Kurdish);
/// present forms with می‌/نمی‌/ب/ن, or bare in the third person ("کند",
/// "دارند"; a bare "زند" or "دهم" is a name or "tenth").
fn light_verb(s: &str) -> bool {
    /// Past and present stems of the light verbs.
    const STEMS: &[(&str, &str)] = &[
        ("کرد", "کن"),
        ("شد", "شو"),
        ("داد", "ده"),
        ("گرفت", "گیر"),
        ("زد", "زن"),
        ("داشت", "دار"),
        ("نمود", "نما"),
        ("افتاد", "افت"),
        ("یافت", "یاب"),
    ];
    const PAST: &[&str] = &["", "م", "یم", "ند", "ه"];
    const PRESENT: &[&str] = &["م", "ی", "د", "یم", "ید", "ند"];
    const PRESENT_BARE: &[&str] = &["د", "ند"];
    if COPULAS.contains(&s) {
        return true;
    }
    let prefixed = ["نمی\u{200c}", "می\u{200c}", "ن", "ب"]
        .iter()
        .find_map(|p| s.strip_prefix(p));
    let form = |v: &str, present_endings: &[&str]| {
        STEMS.iter().any(|(past, present)| {
            v.strip_prefix(past).is_some_and(|e| PAST.contains(&e))
                || v.strip_prefix(present)
                    .is_some_and(|e| present_endings.contains(&e))
        })
    };
    form(s, PRESENT_BARE) || prefixed.is_some_and(|v| form(v, PRESENT))
}

/// Adverbs and other words that end an organisation's name.
const NP_STOP: &[&str] = &[
    // prepositions the stop-word list lacks ("امور باشگاه توسط ابراهیمی")
    "توسط",
    "علیه",
    // (facing, against: "اتحادیه مقابل آرسنال" is Ittihad against Arsenal)
    "مقابل",
    "نزد",
    "درباره",
    // a person's description after their organisation ("… دانشگاه صنعتی
    // سهند متولد ۱۳۵۲")
    "متولد",
    // a specialty, not an organisation: "پزشک متخصص عفونی", "کارشناس خبره"
    "متخصص",
    "فوق\u{200c}تخصص",
    "خبره",
    "مذکور",
    "یادشده",
    "یاد",
    "فوق",
    "مربوطه",
    "کشورمان",
    "امروز",
    "دیروز",
    "پیشتر",
    "اخیرا",
    "اخیراً",
    "قبلا",
    "قبلاً",
    "سپس",
    "همچنین",
    "نیز",
    "هم",
    "امسال",
    "پارسال",
    "روز",
    "صبح",
    "ظهر",
    "عصر",
    "شب",
    "طی",
    "ضمن",
    "پیش",
    // "با بیان" / "با اشاره" written glued, which opens the next clause:
    // "… دهیاری‌های کشور بابیان اینکه"
    "بابیان",
    "بااشاره",
];

/// True when the social network at token `i` is named as a medium or a
/// page: right after "در"/"به", or within a few words after "صفحه", "کانال",
/// "حساب" … in its sentence.
fn social_medium(w: &Words, i: usize) -> bool {
    const PAGE: &[&str] = &[
        "صفحه",
        "صفحات",
        "کانال",
        "کانال‌های",
        "حساب",
        "پیج",
        "پست",
        "پستی",
        "پیامی",
    ];
    if i == 0 {
        return false;
    }
    let sent = w.sentence(i);
    matches!(w.w(i - 1), "در" | "به")
        || (i.saturating_sub(5)..i).any(|k| w.sentence(k) == sent && PAGE.contains(&w.w(k)))
}

/// Modifiers that do not make a head word a name on their own.
const GENERIC_MODIFIERS: &[&str] = &[
    "شهر",
    "روستا",
    "استان",
    "شهرستان",
    "کشور",
    "مرکزی",
    "انتخاباتی",
    "جهانی",
    "ملی",
    "منطقه‌ای",
    "محلی",
    "خصوصی",
    "دولتی",
    "خارجی",
    "داخلی",
    "مالی",
    "پیشنهادی",
    "مربوط",
    "تخصصی",
    "مشترک",
];

/// Words that name the person an organisation is named after.
const MEMORIAL: &[&str] = &[
    "شهید",
    "امام",
    "حضرت",
    "آیت‌الله",
    "آیت الله",
    "علامه",
    "خواجه",
    "حکیم",
];

/// A blessing in parentheses after a holy or honoured name: "( ره )".
const BLESSINGS: &[&str] = &["ره", "ع", "س", "ص", "عج", "رض", "قدس‌سره"];

/// "( ره )" at token `k`: its last token.
fn blessing_at(w: &Words, k: usize) -> Option<usize> {
    (w.is_punct(k, "(") && BLESSINGS.contains(&w.w(k + 1)) && w.is_punct(k + 2, ")")).then_some(k + 2)
}

/// "شهید بهشتی", "امام صادق ( ع )", "امام خمینی ( ره )" at token `k` inside an
/// organisation's name: a memorial word and the one to three words of the
/// name after it (person names included), with its blessing. The last token.
fn memorial_name(w: &Words, k: usize) -> Option<usize> {
    if !MEMORIAL.contains(&w.w(k)) {
        return None;
    }
    let sent = w.sentence(k);
    let mut e = k;
    while e < k + 3
        && w.sentence(e + 1) == sent
        && w.is_word(e + 1)
        && !w.is_function_or_verb(e + 1)
        && !light_verb(w.w(e + 1))
        && !NP_STOP.contains(&w.w(e + 1))
        && w.title_at(e + 1).is_none()
        && w.match_tokens(&w.ent.org_heads, e + 1).is_none()
        && place_at(w, e + 1).is_none()
    {
        e += 1;
    }
    if e == k {
        return None;
    }
    Some(blessing_at(w, e + 1).unwrap_or(e))
}

/// Verbal nouns of names and portfolios with the preposition each governs.
const GOVERNED: &[(&str, &str)] = &[
    ("مبارزه", "با"),
    ("مقابله", "با"),
    ("پیشگیری", "از"),
    ("حمایت", "از"),
    ("دفاع", "از"),
    ("حفاظت", "از"),
    ("رسیدگی", "به"),
    ("نظارت", "بر"),
];

/// True when `prep` is the preposition the verbal noun `noun` governs
/// ("مبارزه" + "با"): inside a name it does not end the noun phrase.
pub fn governs(noun: &str, prep: &str) -> bool {
    GOVERNED.iter().any(|&(n, p)| n == noun && p == prep)
}

/// The end of a noun phrase of content words starting at token `i` (which
/// must be content): "و" and list commas join content words.
pub fn np_end(w: &Words, i: usize, max: usize, person_at: &dyn Fn(usize) -> bool) -> Option<usize> {
    // the name may open with the memorial: "دانشگاه [علامه طباطبائی (ره)]"
    let memorial = memorial_name(w, i);
    if memorial.is_none() && !np_content(w, i, person_at) {
        return None;
    }
    let sent = w.sentence(i);
    let mut end = memorial.unwrap_or(i);
    let mut k = end + 1;
    while k < w.len() && k - i < max && w.sentence(k) == sent {
        // "دانشگاه علوم پزشکی شهید بهشتی", "کمیته امداد امام خمینی ( ره )"
        if let Some(e) = memorial_name(w, k) {
            end = e;
            k = e + 1;
            continue;
        }
        if np_content(w, k, person_at) {
            end = k;
            // a number ends a name ("کمیسیون اصل ۹۰")
            if w.toks[k].kind == TokenKind::Number {
                break;
            }
            k += 1;
            continue;
        }
        // (a list inside a name has items of one or two words: "وزارت
        // صنعت، معدن و تجارت", "میراث فرهنگی، صنایع دستی و گردشگری"; not
        // "فدراسیون کشتی، اعضای کادر فنی و …")
        let joins = w.w(k) == "و"
            || (w.is_comma(k)
                && (k + 2..k + 4).any(|x| w.w(x) == "و")
                && !(k + 1..k + 4).any(|x| w.is_comma(x)));
        if joins
            && np_content(w, k + 1, person_at)
            && w.match_tokens(&w.ent.org_heads, k + 1).is_none()
            && w.match_tokens(&w.ent.organizations, k + 1).is_none()
        {
            end = k + 1;
            k += 2;
            continue;
        }
        // a verbal noun with the preposition it governs names one field:
        // "ستاد مبارزه با قاچاق کالا", "مرکز رسیدگی به امور مساجد", "دفتر
        // پیشگیری از آسیب‌های اجتماعی"
        if governs(w.w(end), w.w(k)) && w.is_word(k + 1) && np_content(w, k + 1, person_at) {
            end = k + 1;
            k += 2;
            continue;
        }
        // "… کل کشور" (of the whole country) ends a name over the stop word
        // "کل": "سازمان بازرسی کل کشور", "خزانه‌داری کل کشور"
        if w.w(k) == "کل" && w.w(k + 1) == "کشور" && w.sentence(k + 1) == sent {
            end = k + 1;
            break;
        }
        // a place whose name runs over a stop word: "پلیس راهنمایی و
        // رانندگی تهران بزرگ"
        if let Some((pj, _)) = place_at(w, end).filter(|p| p.0 >= k) {
            end = pj;
            k = pj + 1;
            continue;
        }
        break;
    }
    Some(end)
}

/// The canonical name of the known organisation `entry`, its English (the
/// canonical entry's), and whether `entry` is an alias.
pub fn canonical_of(w: &Words, entry: &crate::lexicon::PhraseEntry) -> (String, Option<String>, bool) {
    let g = &w.ent.organizations;
    let can = g.field(entry, "canonical");
    let (fa, e) = if can.is_empty() {
        (entry.fa.clone(), entry)
    } else {
        match g.get(can) {
            Some(c) => (c.fa.clone(), c),
            None => (can.to_string(), entry),
        }
    };
    let en = g.field(e, "en");
    (fa, (!en.is_empty()).then(|| en.to_string()), !can.is_empty())
}

/// Names end with their place: "پلیس آگاهی زنجان" (not "… زنجان شناسایی").
/// The noun phrase `a..=last` cut after its first place that more words
/// (other than more places or a list) follow.
pub fn place_cut(w: &Words, a: usize, last: usize) -> usize {
    let mut k = a;
    while k <= last {
        // a place name that is also an adjective in ‑ی right after a head
        // word is the adjective: "شورای مرکزی حزب …" (central, not the
        // province), "معاونت مالی"
        let adjective = w.w(k).ends_with('ی')
            && (k.saturating_sub(2)..k).any(|h| {
                w.match_tokens(&w.ent.org_heads, h)
                    .is_some_and(|(_, j)| j + 1 == k)
            });
        if adjective {
            k += 1;
            continue;
        }
        if let Some((pj, _)) = place_at(w, k) {
            if pj < last && place_at(w, pj + 1).is_none() && !matches!(w.w(pj + 1), "و" | "،") {
                return pj;
            }
            k = pj + 1;
        } else {
            k += 1;
        }
    }
    last
}

/// The organisation mention starting at token `i`. `weak` admits the weak
/// head words (for a title's complement).
pub fn org_at(w: &Words, i: usize, weak: bool, person_at: &dyn Fn(usize) -> bool) -> Option<OrgHit> {
    // a Latin word is an organisation only as a known name ("OECD")
    if !w.is_word(i) && w.toks.get(i).map(|t| t.kind) != Some(TokenKind::Latin) {
        return None;
    }
    let lex = w.match_tokens(&w.ent.organizations, i);
    let head = w.match_tokens(&w.ent.org_heads, i);
    // a head-word phrase that runs past the known name is a different,
    // longer organisation ("سازمان ملل" vs "سازمان ملل متحد" is the lexicon's
    // job; "شرکت ملی نفت" vs "شرکت ملی نفت ایران" the place extension's)
    // a company's product with its model number ("ایرباس ۳۸۰", "وان پلاس ۳")
    // is not the company (PEYMA guideline: products are not organisations)
    let lex = lex.filter(|(m, j)| {
        w.ent.organizations.field(m.entry, "kind") != "company"
            || !matches!(
                w.toks.get(j + 1).map(|t| t.kind),
                Some(TokenKind::Number | TokenKind::Latin)
            )
            || w.sentence(j + 1) != w.sentence(*j)
    });
    // a social network as the medium ("در توییتر نوشت", "کانال تلگرام") or a
    // personal page ("صفحه شخصی خود در اینستاگرام") is not the company
    // (PEYMA guideline 3-2: "صفحه اینستاگرامش" is not an organisation)
    let lex =
        lex.filter(|(m, _)| w.ent.organizations.field(m.entry, "kind") != "social" || !social_medium(w, i));
    // a longer head word is another organisation: "آژانس" is the IAEA,
    // "آژانس خبری فرانسه" a news agency
    let lex = lex.filter(|&(_, j)| head.is_none_or(|(_, hj)| hj <= j));
    if let Some((m, j)) = lex {
        let (canonical, mut en, alias) = canonical_of(w, m.entry);
        let mut last = extend_known(w, i, j);
        // "مجلس دهم", "دولت یازدهم": an ordinal names the term
        let kind = w.ent.organizations.field(m.entry, "kind");
        if matches!(kind, "gov" | "parliament" | "council")
            && w.is_word(j + 1)
            && w.sentence(j + 1) == w.sentence(j)
            && is_ordinal(w.w(j + 1))
        {
            last = j + 1;
        }
        // "دولت نهم و دهم"
        if matches!(kind, "gov" | "parliament" | "council")
            && is_ordinal(w.w(last))
            && w.w(last + 1) == "و"
            && is_ordinal(w.w(last + 2))
            && w.sentence(last + 2) == w.sentence(last)
        {
            last += 2;
        }
        // "سپاه امام صادق ( ع )", "کمیته امداد امام خمینی ( ره )"
        // (not "مجلس امام حسین": a gathering, not the parliament)
        if last == j && !matches!(kind, "parliament" | "council") {
            last = memorial_name(w, j + 1)
                .or_else(|| blessing_at(w, j + 1))
                .unwrap_or(last);
        }
        if let Some((pj, pen, foreign)) = place_and_kind(w, last + 1) {
            last = pj;
            if foreign {
                en = abroad_en(w, m.entry);
            }
            en = en.map(|e| gloss_at_place(&e, &pen, foreign));
        }
        // "بنیاد مسکن کشور", "سازمان برنامه و بودجه کشور"
        if last == j && w.w(j + 1) == "کشور" && w.sentence(j + 1) == w.sentence(j) {
            last = j + 1;
        }
        // a head-word phrase longer than the known name wins only when it
        // ends with a place ("اداره کل … استان قزوین")
        let nested_head = head.as_ref().map(|(_, hj)| *hj);
        let np_longer = nested_head
            .and_then(|hj| np_end(w, hj + 1, 10, person_at))
            .filter(|&e| {
                e > last
                    && (0..=e.saturating_sub(last)).any(|d| {
                        place_at(w, e - d).is_some_and(|p| p.0 == e)
                            // or with the organisation it belongs to: "کمیسیون آموزش مجلس"
                            || (e - d > last && w.match_tokens(&w.ent.organizations, e - d).is_some_and(|m| m.1 == e))
                    })
                    // or with a district or county the places list lacks
                    // ("سپاه ناحیه گچساران": county towns are too many to list)
                    || (e > last + 1 && AREA_WORDS.contains(&w.w(e - 1)))
            });
        if np_longer.is_none() {
            let kind = if alias && last == j {
                MentionKind::Alias
            } else {
                MentionKind::Name
            };
            return Some(OrgHit {
                first: i,
                last,
                full_name: None,
                canonical: Some(canonical),
                en,
                kind,
                head: None,
            });
        }
    }
    let (m, hj) = head?;
    // a plural head ("ارتش های جهان") is not a name
    if matches!(w.w(hj + 1), "ها" | "های" | "هایی") {
        return None;
    }
    let standalone = w.ent.org_heads.field(m.entry, "standalone") == "1";
    if !standalone && !weak {
        return None;
    }
    let mut last = np_end(w, hj + 1, 12, person_at)?;
    if w.sentence(last) != w.sentence(i) {
        return None;
    }
    last = extend_known(w, hj + 1, place_cut(w, hj + 1, last));
    // "شورای شهر", "ستاد انتخاباتی", "بانک خصوصی": a head word with only a
    // generic modifier names no particular body (PEYMA guideline 3-2:
    // "شهرداری" is not an entity, "شهرداری تهران" is)
    if last == hj + 1 && GENERIC_MODIFIERS.contains(&w.w(last)) {
        return None;
    }
    // "فدراسیون روسیه": a country's formal name, not an organisation
    if place_at(w, i).is_some_and(|(pj, _)| pj >= last) {
        return None;
    }
    Some(OrgHit {
        first: i,
        last,
        canonical: None,
        full_name: None,
        en: build_en(w, w.ent.org_heads.field(m.entry, "en"), hj + 1, last),
        kind: MentionKind::Name,
        head: Some(m.entry.fa.clone()),
    })
}

/// The end of a name `a..=last` that a known organisation inside it runs
/// past: "کمیسیون اقتصادی مجلس" + "مجلس شورای اسلامی" is "کمیسیون اقتصادی
/// مجلس شورای اسلامی".
fn extend_known(w: &Words, a: usize, mut last: usize) -> usize {
    let mut k = a;
    while k <= last {
        if let Some((_, j)) = w.match_tokens(&w.ent.organizations, k) {
            // not a place that starts a company's name ("ایران" / "ایران خودرو")
            if j > last && w.sentence(j) == w.sentence(a) && place_at(w, k).is_none() {
                last = j;
            }
        }
        k += 1;
    }
    last
}

/// "گروه [تروریستی|خودروسازی|صنعتی] X", "جنبش X" with X a known party,
/// armed group or company: the whole phrase, as the known organisation.
fn group_at(w: &Words, i: usize, person_at: &dyn Fn(usize) -> bool) -> Option<OrgHit> {
    if !matches!(w.w(i), "گروه" | "جنبش" | "گروهک") {
        return None;
    }
    let sent = w.sentence(i);
    let mut k = i + 1;
    if matches!(w.w(k), "تروریستی" | "تکفیری" | "خودروسازی" | "صنعتی" | "مقاومت")
    {
        k += 1;
    }
    if w.sentence(k) != sent {
        return None;
    }
    let h = org_at(w, k, false, person_at)?;
    let kind = w
        .match_tokens(&w.ent.organizations, k)
        .map_or("", |(m, _)| w.ent.organizations.field(m.entry, "kind"));
    matches!(kind, "party" | "military" | "company").then_some(OrgHit {
        first: i,
        kind: MentionKind::Name,
        full_name: None,
        ..h
    })
}

/// Words between "تیم" and the team's name: the sport, national, age group.
const TEAM_WORDS: &[&str] = &[
    "ملی",
    "فوتبال",
    "فوتسال",
    "والیبال",
    "بسکتبال",
    "هندبال",
    "کبدی",
    "کشتی",
    "واترپلو",
    "بیسبال",
    "امید",
    "جوانان",
    "نوجوانان",
    "بانوان",
    "زنان",
    "مردان",
    "باشگاهی",
];

/// The English of a word of [`TEAM_WORDS`]: (true, the sport) or (false,
/// the age group or sex).
fn team_word_en(s: &str) -> Option<(bool, &'static str)> {
    Some(match s {
        "فوتبال" => (true, "football"),
        "فوتسال" => (true, "futsal"),
        "والیبال" => (true, "volleyball"),
        "بسکتبال" => (true, "basketball"),
        "هندبال" => (true, "handball"),
        "کبدی" => (true, "kabaddi"),
        "کشتی" => (true, "wrestling"),
        "واترپلو" => (true, "water polo"),
        "بیسبال" => (true, "baseball"),
        "امید" => (false, "U23"),
        "جوانان" => (false, "youth"),
        "نوجوانان" => (false, "junior"),
        "بانوان" | "زنان" => (false, "women's"),
        "مردان" => (false, "men's"),
        _ => return None,
    })
}

/// "تیم [ملی] [فوتبال] X" with X a known club (or sports body) or a country:
/// the team, from "تیم" to the end of X. "تیم ملی" alone is a team of the
/// country the article is about, which the text does not name: nothing.
fn team_at(w: &Words, i: usize) -> Option<OrgHit> {
    if w.w(i) != "تیم" {
        return None;
    }
    let sent = w.sentence(i);
    let mut k = i + 1;
    while k < i + 4 && w.sentence(k) == sent && TEAM_WORDS.contains(&w.w(k)) {
        k += 1;
    }
    if w.sentence(k) != sent {
        return None;
    }
    if let Some((m, j)) = w.match_tokens(&w.ent.organizations, k) {
        if w.ent.organizations.field(m.entry, "kind") == "sports" {
            let (canonical, mut en, _) = canonical_of(w, m.entry);
            // the country or city after the club names it as the known name
            // does alone: "تیم فوتبال الاهلی عربستان" is Al Ahly, Saudi Arabia
            let mut last = j;
            if let Some((pj, pen, foreign)) = place_and_kind(w, j + 1) {
                last = pj;
                en = en.map(|e| gloss_at_place(&e, &pen, foreign));
            }
            return Some(OrgHit {
                first: i,
                last,
                canonical: Some(canonical),
                full_name: None,
                en,
                kind: MentionKind::Name,
                head: None,
            });
        }
    }
    // a national team: "تیم ملی فوتبال ایران", in English with its sport,
    // age group and sex ("تیم ملی بسکتبال نوجوانان ایران": Iran junior
    // national basketball team)
    if (i + 1..k).any(|x| w.w(x) == "ملی") {
        let (j, pen) = place_at(w, k)?;
        let mut who = String::new();
        let mut sport = String::new();
        for x in i + 1..k {
            match team_word_en(w.w(x)) {
                Some((true, e)) => {
                    sport.push_str(e);
                    sport.push(' ');
                }
                Some((false, e)) => {
                    who.push_str(e);
                    who.push(' ');
                }
                None => {}
            }
        }
        return Some(OrgHit {
            first: i,
            last: j,
            canonical: None,
            full_name: None,
            en: Some(format!("{pen} {who}national {sport}team")),
            kind: MentionKind::Name,
            head: Some("تیم".to_string()),
        });
    }
    None
}

/// English for an unknown organisation: the head word's English with the
/// known parts that follow it (a known organisation, a place), else None.
fn build_en(w: &Words, head_en: &str, a: usize, b: usize) -> Option<String> {
    if head_en.is_empty() {
        return None;
    }
    let mut k = a;
    let mut of: Option<String> = None;
    let mut place: Option<String> = None;
    while k <= b {
        if let Some((pj, pen)) = place_at(w, k) {
            if pj <= b && place.is_none() {
                place = Some(pen);
                k = pj + 1;
                continue;
            }
        }
        if let Some((m, j)) = w.match_tokens(&w.ent.organizations, k) {
            if j <= b && of.is_none() {
                of = canonical_of(w, m.entry).1;
                k = j + 1;
                continue;
            }
        }
        return None;
    }
    Some(match (of, place) {
        (Some(o), Some(p)) => format!("{head_en} of {o}, {p}"),
        (Some(o), None) => format!("{head_en} of {o}"),
        (None, Some(p)) => format!("{p} {head_en}"),
        (None, None) => return None,
    })
}

const REFERENCE_HEADS: &[(&str, &str)] = &[
    ("سازمان", "سازمان"),
    ("وزارتخانه", "وزارت"),
    ("وزارت", "وزارت"),
    ("اداره", "اداره"),
    ("اداره‌کل", "اداره کل"),
    ("بانک", "بانک"),
    ("شرکت", "شرکت"),
    ("نهاد", ""),
    ("دستگاه", ""),
    ("اتاق", "اتاق"),
    ("شورا", "شورای"),
    ("کمیسیون", "کمیسیون"),
    ("دانشگاه", "دانشگاه"),
    ("ستاد", "ستاد"),
    ("بنیاد", "بنیاد"),
    ("انجمن", "انجمن"),
    ("اتحادیه", "اتحادیه"),
    ("مجموعه", ""),
];

/// The field after "وزیر" ("نفت", "امور خارجه", "راه و شهرسازی") as a
/// mention of its ministry: cut at the known ministry ("وزیر اقتصاد [حجم …]")
/// or at a place.
pub fn ministry_field(w: &Words, k: usize, person_at: &dyn Fn(usize) -> bool) -> Option<OrgHit> {
    if !w.is_word(k) {
        return None;
    }
    // the known ministry first: its name may hold words that end a noun
    // phrase ("راه و شهرسازی")
    let sent = w.sentence(k);
    let mut e = (k..k + 6)
        .take_while(|&x| x < w.len() && w.sentence(x) == sent)
        .last()?;
    let start = w.toks[k].span.start;
    let probe = format!("وزارت {}", &w.text[start..w.toks[e].span.end]);
    let mut canonical = None;
    let mut en = None;
    let known = w
        .ent
        .organizations
        .match_at(&probe, 0)
        .filter(|mm| (k..=e).any(|x| w.toks[x].span.end == start + mm.span.end - "وزارت ".len()));
    if let Some(mm) = known {
        let cut = start + mm.span.end - "وزارت ".len();
        if let Some(j) = (k..=e).find(|&x| w.toks[x].span.end == cut) {
            e = j;
            let (c, ce, _) = canonical_of(w, mm.entry);
            // another country's ministry: "وزیر خارجه ترکیه"
            match place_and_kind(w, j + 1) {
                Some((pj, pen, foreign)) => {
                    e = pj;
                    let ce = if foreign { abroad_en(w, mm.entry) } else { ce };
                    en = ce.map(|x| gloss_at_place(&x, &pen, foreign));
                }
                None => {
                    canonical = Some(c);
                    en = ce;
                }
            }
        }
    } else {
        // a word about the minister, not a field: "وزیر متبوع" (the minister
        // in charge), "وزیر پیشنهادی", "وزیر دولت", "وزیر کره‌ای"
        let s = w.w(k);
        if matches!(s, "متبوع" | "پیشنهادی" | "دولت") || s.ends_with("\u{200c}ای") {
            return None;
        }
        e = place_cut(w, k, np_end(w, k, 6, person_at)?);
        if e > k + 2 {
            return None;
        }
    }
    // the ministry is named in full (the mention stays the field as
    // written): the known one by its lexicon name, an unknown or another
    // country's one as "وزارت انرژی", "وزارت خارجه ترکیه"
    let full_name = canonical
        .clone()
        .or_else(|| Some(format!("وزارت {}", &w.text[start..w.toks[e].span.end])));
    Some(OrgHit {
        first: k,
        last: e,
        canonical,
        full_name,
        en,
        kind: MentionKind::Alias,
        head: None,
    })
}

/// "به گزارش X،": the source X (a news agency) when it is a short run of
/// words before the comma: its first and last token.
fn report_source(w: &Words, i: usize) -> Option<(usize, usize)> {
    let a = match (w.w(i), w.w(i + 1), w.w(i + 2)) {
        ("به", "گزارش", _) => i + 2,
        ("به", "نقل", "از") => i + 3,
        _ => return None,
    };
    // the source runs to the comma, or to "از" ("به گزارش فارس از تبریز،")
    let comma = (a..a + 5).find(|&k| w.is_comma(k) || w.is_punct(k, ":؛") || w.w(k) == "از")?;
    if comma == a || (a..comma).any(|k| !w.is_word(k) || w.ent.is_function(w.w(k))) {
        return None;
    }
    // "به گزارش خبرنگار اقتصادی فارس": the agency is the last word
    if w.w(a) == "خبرنگار" || w.w(a) == "گروه" {
        // a known agency ending the run ("… خبرگزاری تسنیم"), else the last word
        if let Some(k) = (a + 1..comma).find(|&k| {
            w.match_tokens(&w.ent.organizations, k)
                .is_some_and(|(_, j)| j == comma - 1)
        }) {
            return Some((k, comma - 1));
        }
        return (comma - 1 > a).then_some((comma - 1, comma - 1));
    }
    (comma - a <= 3).then_some((a, comma - 1))
}

/// A known organisation: its canonical name and English name.
type Known = (String, Option<String>);

/// A news agency named by its short form ("فارس", "مهر"): a word W with
/// "خبرگزاری W" in `organizations.tsv`. Such short forms are often places or
/// common words, so they count only where a source is expected
/// ([`media_source`]). Returns the canonical name and its English.
fn agency_short(w: &Words, i: usize) -> Option<Known> {
    if !w.is_word(i) {
        return None;
    }
    if let Some((m, j)) = w.match_tokens(&w.ent.organizations, i) {
        if j == i && w.ent.organizations.field(m.entry, "kind") == "media" {
            let (c, en, _) = canonical_of(w, m.entry);
            return Some((c, en));
        }
    }
    let full = format!("خبرگزاری {}", w.w(i));
    let e = w.ent.organizations.get(&full)?;
    let en = w.ent.organizations.field(e, "en");
    Some((e.fa.clone(), (!en.is_empty()).then(|| en.to_string())))
}

/// True when token `k` ends a source run: punctuation, a sentence end, the
/// text end.
fn source_ends(w: &Words, k: usize, sent: u32) -> bool {
    k >= w.len()
        || w.sentence(k) != sent
        || (!w.is_word(k) && w.toks[k].kind != TokenKind::Latin)
        || (w.w(k) == "انتهای" && w.w(k + 1) == "پیام")
        // "منبع: مهر برچسب: …": the tags after the source
        || matches!(w.w(k), "برچسب" | "برچسب‌ها")
}

/// A news source where the text names one (PEYMA guideline: news sites and
/// agencies are organisations):
/// - "منبع: X", "انتهای پیام/ X", "به نقل از X؛" with X a short run of words up
///   to punctuation or the sentence end;
/// - "خبرنگار [گروه …] W", "به W گفت", "گفت‌وگو با W" with W an agency's
///   short form ([`agency_short`]): "خبرنگار فارس در قم" is the agency, "استان
///   فارس" is not.
///
/// Returns the first and last token, and the canonical name when known.
fn media_source(w: &Words, i: usize) -> Option<(usize, usize, Option<Known>)> {
    let sent = w.sentence(i);
    let open = match (w.w(i), w.w(i + 1)) {
        ("منبع", _) if w.is_punct(i + 1, ":") => Some(i + 2),
        ("پیام", _) if i > 0 && w.w(i - 1) == "انتهای" && w.is_punct(i + 1, "/") => Some(i + 2),
        _ => None,
    };
    if let Some(a) = open {
        let a_sent = w.sentence(a);
        let end = (a..a + 4).find(|&k| source_ends(w, k, a_sent))?;
        if end == a || (a..end).any(|k| w.ent.is_function(w.w(k)) || w.ent.is_verb(w.w(k))) {
            return None;
        }
        return Some((a, end - 1, agency_short(w, a).filter(|_| end == a + 1)));
    }
    // "خبرنگار (گروه جهاد و مقاومت) مشرق": the agency within four words
    if w.w(i) == "خبرنگار" {
        for k in i + 1..i + 6 {
            if w.sentence(k) != sent || !w.is_word(k) {
                break;
            }
            // "خبرنگار پارلمانی خبرگزاری فارس": the agency's full name
            if w.w(k) == "خبرگزاری" {
                if let Some(c) = agency_short(w, k + 1).filter(|c| c.0 == format!("خبرگزاری {}", w.w(k + 1)))
                {
                    return Some((k, k + 1, Some(c)));
                }
            }
            // "خبرنگار حوزه احزاب …", "خبرنگار گروه سیاسی …": the reporter's desk
            if matches!(w.w(k), "حوزه" | "گروه" | "سرویس") {
                continue;
            }
            if let Some(c) = agency_short(w, k) {
                return Some((k, k, Some(c)));
            }
        }
        return None;
    }
    // "به مهر گفت", "در گفت‌وگو با مهر،"
    if matches!(w.w(i), "به" | "با") && w.sentence(i + 1) == sent {
        let c = agency_short(w, i + 1)?;
        let next = w.w(i + 2);
        let ok = (w.w(i) == "به" && w.speech_verb_at(i + 2).is_some())
            || (w.w(i) == "با"
                && i > 0
                && matches!(w.w(i - 1), "گفت‌وگو" | "گفتگو" | "مصاحبه")
                && (w.is_comma(i + 2) || next == "در" || w.speech_verb_at(i + 2).is_some()));
        return ok.then_some((i + 1, i + 1, Some(c)));
    }
    None
}

/// Find every organisation mention of the article, in order.
pub fn find_orgs(w: &Words, person_at: &dyn Fn(usize) -> bool) -> Vec<OrgHit> {
    let mut hits = Vec::new();
    let mut i = 0;
    while i < w.len() {
        if let Some((a, b)) = report_source(w, i) {
            let known = org_at(w, a, false, person_at).filter(|h| h.last == b);
            hits.push(known.unwrap_or(OrgHit {
                first: a,
                last: b,
                canonical: None,
                full_name: None,
                en: None,
                kind: MentionKind::Name,
                head: None,
            }));
            i = b + 1;
            continue;
        }
        if let Some((a, b, known)) = media_source(w, i) {
            let lex = org_at(w, a, false, person_at).filter(|h| h.last == b);
            let hit = lex.unwrap_or_else(|| {
                let (canonical, en) = known.map_or((None, None), |(c, e)| (Some(c), e));
                OrgHit {
                    full_name: None,
                    first: a,
                    last: b,
                    kind: if canonical.is_some() {
                        MentionKind::Alias
                    } else {
                        MentionKind::Name
                    },
                    canonical,
                    en,
                    head: None,
                }
            });
            hits.push(hit);
            i = b + 1;
            continue;
        }
        // "وزیر نفت": the ministry named by its field
        if w.w(i) == "وزیر" && w.title_at(i).is_some_and(|(m, j)| j == i && m.entry.fa == "وزیر") {
            // (after a courtesy adjective: "وزیر محترم کشور")
            let f = i + 1 + usize::from(w.w(i + 1) == "محترم");
            if let Some(h) = ministry_field(w, f, person_at) {
                i = h.last + 1;
                hits.push(h);
                continue;
            }
        }
        // "گروه داعش", "گروه خودروسازی سایپا", "جنبش حماس": a known group or
        // company with the word that says what it is
        if let Some(h) = group_at(w, i, person_at) {
            i = h.last + 1;
            hits.push(h);
            continue;
        }
        // "تیم فوتبال استقلال", "تیم ملی والیبال ایران": a team and its club or country
        if let Some(h) = team_at(w, i) {
            i = h.last + 1;
            hits.push(h);
            continue;
        }
        // "دولت اوباما", "دولت عراق", "رژیم عربستان سعودی": a government named
        // by its country or leader (guideline 2-5)
        if matches!(w.w(i), "دولت" | "رژیم") && w.sentence(i + 1) == w.sentence(i) {
            let end = place_at(w, i + 1)
                .map(|p| p.0)
                .or_else(|| w.match_tokens(&w.ent.known_people, i + 1).map(|m| m.1));
            if let (Some(e), None) = (end, w.match_tokens(&w.ent.organizations, i)) {
                hits.push(OrgHit {
                    first: i,
                    last: e,
                    canonical: None,
                    full_name: None,
                    en: None,
                    kind: MentionKind::Name,
                    head: Some(w.w(i).to_string()),
                });
                i = e + 1;
                continue;
            }
        }
        if let Some(h) = org_at(w, i, false, person_at) {
            i = h.last + 1;
            hits.push(h);
            continue;
        }
        if matches!(w.w(i), "این" | "آن") {
            if let Some(&(_, head)) = REFERENCE_HEADS.iter().find(|(r, _)| *r == w.w(i + 1)) {
                hits.push(OrgHit {
                    first: i,
                    last: i + 1,
                    canonical: None,
                    full_name: None,
                    en: None,
                    kind: MentionKind::Reference,
                    head: Some(head.to_string()),
                });
                i += 2;
                continue;
            }
        }
        i += 1;
    }
    hits
}

/// Words of `s` (split on spaces and ZWNJ) for prefix comparison.
fn key_words(s: &str) -> impl Iterator<Item = &str> {
    s.split([' ', '\u{200C}']).filter(|x| !x.is_empty())
}

/// True when the words of `a` (two or more) are the first words of `b`.
/// Compared word by word without collecting them: every mention is compared
/// with every organisation found before it.
fn word_prefix(a: &str, b: &str) -> bool {
    let mut b = key_words(b);
    let mut n = 0;
    for x in key_words(a) {
        if b.next() != Some(x) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// Organisations from which [`build_orgs`] looks for a mention's
/// organisation among those sharing its first word or canonical name (an
/// index) rather than comparing it with every one: a long document has
/// thousands.
const ORG_INDEX_FROM: usize = 64;

/// The index of [`build_orgs`]: organisations by the first word of their
/// name or canonical name, and by canonical name. Made when the
/// organisations reach [`ORG_INDEX_FROM`]; an organisation is then added
/// under each name it has had (a stale entry is only a candidate more: the
/// match is checked on the organisation itself).
#[derive(Default)]
struct OrgIndex {
    by_word: FxHashMap<String, Vec<usize>>,
    by_canonical: FxHashMap<String, Vec<usize>>,
    by_en: FxHashMap<String, Vec<usize>>,
}

impl OrgIndex {
    fn add_name(&mut self, name: &str, k: usize) {
        if let Some(first) = key_words(name).next() {
            let v = self.by_word.entry(first.to_string()).or_default();
            if v.last() != Some(&k) {
                v.push(k);
            }
        }
    }

    fn add_canonical(&mut self, c: &str, k: usize) {
        self.add_name(c, k);
        let v = self.by_canonical.entry(c.to_string()).or_default();
        if v.last() != Some(&k) {
            v.push(k);
        }
    }

    fn add_en(&mut self, en: &str, k: usize) {
        let v = self.by_en.entry(en.to_string()).or_default();
        if v.last() != Some(&k) {
            v.push(k);
        }
    }

    /// Every organisation that can match a mention `text` with canonical
    /// name `canonical` and English name `en`, in order; `None` when `text`
    /// has no word (then every organisation can).
    fn candidates(&self, text: &str, canonical: Option<&str>, en: Option<&str>) -> Option<Vec<usize>> {
        let first = key_words(text).next()?;
        let mut c: Vec<usize> = self
            .by_word
            .get(first)
            .into_iter()
            .chain(canonical.and_then(|c| self.by_canonical.get(c)))
            .chain(en.and_then(|e| self.by_en.get(e)))
            .flatten()
            .copied()
            .collect();
        c.sort_unstable();
        c.dedup();
        Some(c)
    }
}

/// The place an organisation's English name ends with ("Ministry of Foreign
/// Affairs, Russia" → Russia; "…, Gilan Province" → Gilan), if any.
fn en_place(en: Option<&str>) -> Option<&str> {
    let (_, p) = en?.rsplit_once(", ")?;
    Some(p.trim_end_matches(" Province").trim_end_matches(" County"))
}

/// True for a ministry's name.
fn ministry(name: &str) -> bool {
    name.starts_with("وزارت ") || name.starts_with("وزارتخانه ")
}

/// Cluster mentions into organisations. Returns the organisations and, for
/// each hit, the index of its organisation (None for an unresolved
/// reference).
pub fn build_orgs(w: &Words, hits: &[OrgHit]) -> (Vec<Organization>, Vec<Option<usize>>) {
    struct B {
        canonical: Option<String>,
        fa: String,
        /// The name of the mention `fa` was taken from when the mention does
        /// not say it ([`OrgHit::full_name`])
        full_name: Option<String>,
        en: Option<String>,
        head: Option<String>,
        mentions: Vec<Mention>,
        last_seen: usize,
    }
    let mut orgs: Vec<B> = Vec::new();
    let mut of_hit = Vec::with_capacity(hits.len());
    // (the same organisation as the mention: the same canonical name, or
    // names that are equal or one the other's first words; each of these
    // shares the mention's first word or canonical name, so the index finds
    // them all; made once there are enough organisations to pay)
    let mut index: Option<OrgIndex> = None;
    for (n, h) in hits.iter().enumerate() {
        if index.is_none() && orgs.len() >= ORG_INDEX_FROM {
            let mut ix = OrgIndex::default();
            for (k, o) in orgs.iter().enumerate() {
                ix.add_name(&o.fa, k);
                if let Some(c) = &o.canonical {
                    ix.add_canonical(c, k);
                }
                if let Some(e) = &o.en {
                    ix.add_en(e, k);
                }
            }
            index = Some(ix);
        }
        let span = Span::new(w.toks[h.first].span.start, w.toks[h.last].span.end);
        let text = w.text[span.range()].to_string();
        let found = if h.kind == MentionKind::Reference {
            let head = h.head.as_deref().unwrap_or("");
            orgs.iter()
                .enumerate()
                .filter(|(_, o)| {
                    head.is_empty()
                        || o.head.as_deref() == Some(head)
                        || o.fa.starts_with(head)
                        || o.canonical.as_deref().is_some_and(|c| c.starts_with(head))
                })
                .max_by_key(|(_, o)| o.last_seen)
                .map(|(k, _)| k)
        } else {
            // (not one known name at two places: "وزارت امور خارجه روسیه" /
            // "… آذربایجان", "تعزیرات حکومتی استان لرستان" / "… کرمان"; their
            // English names carry the place, with or without "استان")
            let here = en_place(h.en.as_deref());
            let same = |o: &B| {
                (h.canonical.is_some()
                    && o.canonical == h.canonical
                    && !(here.is_some() && en_place(o.en.as_deref()).is_some_and(|p| Some(p) != here)))
                    || o.fa == text
                    || word_prefix(&text, &o.fa)
                    || word_prefix(&o.fa, &text)
                    || o.canonical.as_deref().is_some_and(|c| word_prefix(&text, c))
                    // (a ministry of one English name: "وزارت امور خارجه کوبا" /
                    // "وزارت خارجه کوبا"; not teams or branches, whose English
                    // names are coarser: "Iran national team")
                    || (h.en.is_some()
                        && o.en == h.en
                        && ministry(h.full_name.as_deref().unwrap_or(&text))
                        && ministry(o.full_name.as_deref().unwrap_or(&o.fa)))
            };
            match index
                .as_ref()
                .and_then(|ix| ix.candidates(&text, h.canonical.as_deref(), h.en.as_deref()))
            {
                Some(c) => c.into_iter().find(|&k| same(&orgs[k])),
                None => orgs.iter().position(same),
            }
        };
        let mention = Mention {
            span,
            text: text.clone(),
            kind: h.kind,
        };
        match found {
            Some(k) => {
                let o = &mut orgs[k];
                if h.kind != MentionKind::Reference && text.chars().count() > o.fa.chars().count() {
                    if let Some(ix) = &mut index {
                        ix.add_name(&text, k);
                    }
                    o.fa = text;
                    o.full_name = h.full_name.clone();
                    if let Some(e) = &h.en {
                        if let Some(ix) = &mut index {
                            ix.add_en(e, k);
                        }
                        o.en = Some(e.clone());
                    }
                }
                if o.canonical.is_none() {
                    o.canonical = h.canonical.clone();
                    if let Some(c) = &o.canonical {
                        if let Some(ix) = &mut index {
                            ix.add_canonical(c, k);
                        }
                    }
                }
                if o.en.is_none() {
                    if let (Some(e), Some(ix)) = (&h.en, &mut index) {
                        ix.add_en(e, k);
                    }
                    o.en = h.en.clone();
                }
                o.mentions.push(mention);
                o.last_seen = n;
                of_hit.push(Some(k));
            }
            None if h.kind == MentionKind::Reference => of_hit.push(None),
            None => {
                if let Some(ix) = &mut index {
                    ix.add_name(&text, orgs.len());
                    if let Some(c) = &h.canonical {
                        ix.add_canonical(c, orgs.len());
                    }
                    if let Some(e) = &h.en {
                        ix.add_en(e, orgs.len());
                    }
                }
                orgs.push(B {
                    canonical: h.canonical.clone(),
                    fa: text,
                    full_name: h.full_name.clone(),
                    en: h.en.clone(),
                    head: h.head.clone(),
                    mentions: vec![mention],
                    last_seen: n,
                });
                of_hit.push(Some(orgs.len() - 1));
            }
        }
    }
    let out = orgs
        .into_iter()
        .enumerate()
        .map(|(k, o)| Organization {
            id: format!("g{}", k + 1),
            name: Gloss {
                fa: o.full_name.unwrap_or(o.fa),
                en: o.en,
            },
            mentions: o.mentions,
        })
        .collect();
    (out, of_hit)
}

/// Token-start flags of people's name mentions, from `Findings::people`.
pub fn person_starts(w: &Words, out: &Findings) -> Vec<bool> {
    let mut v = vec![false; w.len()];
    for p in &out.people {
        for m in &p.mentions {
            if let Some(i) = w.token_starting_at(m.span.start) {
                v[i] = true;
            }
        }
    }
    v
}

impl Extractor for OrganizationsExtractor {
    fn name(&self) -> &'static str {
        "organizations"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Findings) {
        let w = cx.words();
        let starts = person_starts(w, out);
        let person_at = |k: usize| starts.get(k).copied().unwrap_or(false);
        let hits = find_orgs(w, &person_at);
        out.organizations = build_orgs(w, &hits).0;
        // a relative date or an occasion inside a name belongs to the name:
        // "ستاد اربعین", "روزنامه وطن امروز" (a calendar date stays a date)
        let names: Vec<Span> = out
            .organizations
            .iter()
            .flat_map(|o| o.mentions.iter().map(|m| m.span))
            .collect();
        if !names.is_empty() {
            out.dates.retain(|d| {
                d.kind == crate::document::DateKind::Date
                    || !names
                        .iter()
                        .any(|s| s.start <= d.span.start && d.span.end <= s.end)
            });
        }
    }
}

#[cfg(test)]
mod word_prefix_tests {
    use super::{word_prefix, OrgIndex};

    #[test]
    fn org_index_candidates_share_a_first_word_or_the_canonical_name() {
        let mut ix = OrgIndex::default();
        ix.add_name("بانک مرکزی", 0);
        ix.add_name("وزارت نفت", 1);
        ix.add_canonical("بانک مرکزی جمهوری اسلامی ایران", 2);
        ix.add_name("سازمان\u{200C}ملل", 3);
        // a later, longer name of organisation 1
        ix.add_name("وزارت نفت ایران", 1);
        for (text, canonical, want) in [
            ("بانک مرکزی ایران", None, Some(vec![0, 2])),
            ("وزارت نفت", None, Some(vec![1])),
            ("سازمان ملل متحد", None, Some(vec![3])),
            (
                "بانک ملی",
                Some("بانک مرکزی جمهوری اسلامی ایران"),
                Some(vec![0, 2]),
            ),
            ("شرکت نفت", Some("وزارت نفت"), Some(vec![])),
            // no word at all: every organisation is a candidate
            (" ", None, None),
        ] {
            assert_eq!(ix.candidates(text, canonical, None), want, "{text:?}");
        }
    }

    #[test]
    fn two_or_more_first_words_of_the_other() {
        for (a, b, want) in [
            ("بانک مرکزی", "بانک مرکزی ایران", true),
            ("بانک مرکزی", "بانک مرکزی", true),
            // ZWNJ and repeated spaces separate words too
            ("سازمان برنامه‌و", "سازمان برنامه و بودجه", true),
            ("بانک  مرکزی", "بانک‌مرکزی ایران", true),
            // one word is not enough
            ("بانک", "بانک مرکزی", false),
            ("", "بانک مرکزی", false),
            // longer than the other, or another word
            ("بانک مرکزی ایران", "بانک مرکزی", false),
            ("بانک ملی", "بانک مرکزی ایران", false),
            // whole words, not a prefix of a word
            ("بانک مرکز", "بانک مرکزی", false),
        ] {
            assert_eq!(word_prefix(a, b), want, "{a:?} {b:?}");
        }
    }
}

#[cfg(test)]
mod gloss_tests {
    use super::gloss_at_place;

    #[test]
    fn another_country_takes_irans_place_in_the_name() {
        for (en, place, foreign, want) in [
            ("Central Bank of Iran", "Turkey", true, "Central Bank of Turkey"),
            ("Judiciary of Iran", "Iraq", true, "Judiciary of Iraq"),
            ("Iran Chamber of Guilds", "Iraq", true, "Chamber of Guilds, Iraq"),
            (
                "Bank Melli Iran",
                "Tehran Province",
                false,
                "Bank Melli Iran, Tehran Province",
            ),
            (
                "Ministry of Interior",
                "France",
                true,
                "Ministry of Interior, France",
            ),
            // a word that only begins with Iran, and the Islamic Republic's own names, stay
            (
                "Iranian Labour News Agency",
                "Iraq",
                true,
                "Iranian Labour News Agency, Iraq",
            ),
            (
                "Islamic Republic of Iran Army",
                "Iraq",
                true,
                "Islamic Republic of Iran Army, Iraq",
            ),
        ] {
            assert_eq!(gloss_at_place(en, place, foreign), want);
        }
    }
}
