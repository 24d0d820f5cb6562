//! Officials: people linked to their titles and organisations, who said what,
//! and who "وی" and "مدیرعامل این سازمان" are.
//!
//! 1. **Title phrases.** A title (`titles.tsv`) and its complement: an
//!    organisation (known, or a head-word noun phrase), a place for
//!    استاندار/فرماندار/شهردار/امام جمعه, "وزیر X" → "وزارت X", another title
//!    for chains ("معاون وزیر صنعت" → معاون of "وزیر صنعت"), "نماینده مردم X
//!    در مجلس", a "در …" tail for envoys and spokespeople, and modifiers
//!    (سابق، وقت، جدید).
//! 2. **Links.** A title phrase next to a name is that person's role:
//!    "X، رئیس Y" / "X رئیس Y" / "«X» رئیس Y" (name before), "رئیس Y، X" /
//!    "رئیس Y دکتر X" (name after). "رئیس هیئت‌مدیره و مدیرعامل Y" gives the
//!    same person both roles, sharing the organisation.
//! 3. **Speech.** For every speech verb (`speech_verbs.tsv`) the subject is
//!    the first person mention, pronoun (وی، او، ایشان) or role-only title
//!    phrase of the clause that is not after a preposition ("X در دیدار با Y
//!    گفت" → X); with none, the previous speaker (pro-drop "افزود:"). A
//!    pronoun is the previous speaker; a role-only subject is the person who
//!    holds that role, else the previous speaker when the verb continues
//!    ("افزود") or they hold a role at the same organisation. The clauses the
//!    verb governs, up to the next speech verb in the paragraph, become an
//!    [`Attribution`].
//! 4. **Output.** Every person with a role is an official (same id as in
//!    people), with every role (title words only, organisation in its
//!    fullest form in the article, English from the lexicons) and every
//!    mention (name, pronoun, role).

use rustc_hash::FxHashMap;

use crate::document::{Gloss, Mention, MentionKind, Name, Official, Person, Role};
use crate::extract::figures::squash;
use crate::extract::organizations::{
    abroad_en, build_orgs, canonical_of, find_orgs, gloss_at_place, governs, np_end, org_at, person_starts,
    place_at, place_cut,
};
use crate::extract::people::{checked_given, leading_words};
use crate::extract::translit::translit_surname;
use crate::extract::words::{Words, PREPOSITIONS};
use crate::extract::{Attribution, Context, Extractor, Findings};
use crate::lexicon::PhraseEntry;
use crate::text::aligned::Span;
use crate::text::tokenize::TokenKind;

/// Links people to roles; finds speakers.
#[derive(Debug, Default)]
pub struct OfficialsExtractor;

/// The organisation part of a role.
#[derive(Clone, Debug, PartialEq, Eq)]
struct OrgPart {
    fa: String,
    en: Option<String>,
    /// Index into `Findings::organizations`, when it is one.
    org: Option<usize>,
}

/// A title with its complement, as written.
#[derive(Clone, Debug)]
struct TitlePhrase {
    first: usize,
    last: usize,
    title: Gloss,
    complement: String,
    org: Option<OrgPart>,
    modifier: Option<Gloss>,
    /// More organisations listed after `org`, each with the same title.
    also: Vec<OrgPart>,
    /// A nationality follows the title ("قاضی شیلیایی"): a role even
    /// without an organisation.
    nationality: bool,
}

impl TitlePhrase {
    fn role(&self) -> Role {
        Role {
            title: self.title.clone(),
            organization: self.org.as_ref().map(|o| Gloss {
                fa: o.fa.clone(),
                en: o.en.clone(),
            }),
            modifier: self.modifier.clone(),
        }
    }

    /// True when the phrase makes a role on its own (without an organisation).
    fn stands_alone(&self) -> bool {
        self.org.is_some() || self.complement != "org" || self.nationality
    }
}

/// A country's missions abroad: "نمایندگی کشورمان در سازمان ملل", "سفارت
/// ایران در لندن".
const MISSIONS: &[&str] = &["نمایندگی", "سفارت", "کنسولگری", "سرکنسولگری"];

/// Titles whose complement may go on with "در …" (نماینده … در مجلس).
const DAR_TITLES: &[&str] = &[
    "نماینده",
    "سفیر",
    "سخنگوی",
    "سخنگو",
    "کاردار",
    "رایزن",
    "نماینده ویژه",
    "نماینده دائم",
    "دستیار",
    "معاون",
];

/// Titles whose holder may have a portfolio written between the title and
/// the organisation (معاون فنی و عملیات …).
const PORTFOLIO_TITLES: &[&str] = &[
    "معاون",
    "مدیر",
    "مدیرکل",
    "مدیر کل",
    "مسئول",
    "مسؤول",
    "دبیر",
    "مشاور",
    "دستیار",
    // "کمیسر عالی حقوق بشر سازمان ملل", "استاد علوم سیاسی دانشگاه تهران"
    "کمیسر",
    "کمیسر عالی",
    "کمیسیونر",
    "کمیسیونر عالی",
    "استاد",
];

/// Speech verbs that continue the previous speaker's statement.
const CONTINUING: &[&str] = &[
    "افزود",
    "ادامه داد",
    "تصریح کرد",
    "خاطرنشان کرد",
    "خاطر نشان کرد",
    "یادآور شد",
    "اضافه کرد",
    "ادامه می‌دهد",
    "می‌افزاید",
];

const PRONOUNS: &[&str] = &["وی", "او", "ایشان"];

/// The verbal noun of "X به عنوان TITLE ORG … شد" right after the title
/// phrase: an appointment, or the office held ("… فعالیت می‌کند").
const APPOINTED: &[&str] = &["انتخاب", "انتصاب", "برگزیده", "تعیین", "فعالیت", "معرفی", "منصوب"];

/// Verbal nouns of an appointment, before the name of the one appointed:
/// "انتخاب X به عنوان TITLE".
const APPOINTING: &[&str] = &["انتخاب", "انتصاب", "معرفی", "تعیین", "ابقای", "ابقا"];

/// Office nouns and the titles of their holders: "X به ریاست فدراسیون
/// انتخاب شد" makes X the رئیس of the federation. Not the nouns that also
/// name an organisation or a task (مدیریت، معاونت، فرماندهی).
const OFFICES: &[(&str, &str)] = &[
    ("دبیری", "دبیر"),
    ("دبیرکلی", "دبیرکل"),
    ("ریاست", "رئیس"),
    ("سرمربیگری", "سرمربی"),
    ("سرمربی\u{200c}گری", "سرمربی"),
    ("سرپرستی", "سرپرست"),
    ("عضویت", "عضو"),
    ("مدیرعاملی", "مدیرعامل"),
    ("مربیگری", "مربی"),
    ("مربی\u{200c}گری", "مربی"),
    ("نایب\u{200c}رئیسی", "نایب\u{200c}رئیس"),
    ("نمایندگی", "نماینده"),
];

/// Words of time between a subject and the title it is predicated of:
/// "X سه فصل پیش مربی آ اس رم بود", "X در حال حاضر رئیس … است".
const PREDICATE_GAP: &[&str] = &[
    "پیش",
    "قبل",
    "قبلا",
    "قبلاً",
    "پیشتر",
    "سابقا",
    "سابقاً",
    "اکنون",
    "هم\u{200c}اکنون",
    "حالا",
    "الان",
    "اینک",
    "هنوز",
    "همچنان",
    "نیز",
    "هم",
    "زمانی",
    "مدتی",
    "مدت",
    "سال",
    "سال\u{200c}ها",
    "سالها",
    "فصل",
    "ماه",
    "دوره",
    "بار",
    "مدتها",
    "در",
    "حال",
    "حاضر",
    "آن",
    "زمان",
    "این",
    "از",
    "بیش",
    "تا",
    "یک",
    "دو",
    "سه",
    "چهار",
    "پنج",
    "شش",
    "هفت",
    "هشت",
    "نه",
    "ده",
    "چند",
    "دیگر",
    "رسما",
    "رسماً",
];

/// Plural titles and their singular: "X، از فرماندهان ارتش افغانستان" makes X
/// a فرمانده of the army. Not مربیان: "یکی از مربیان زحمتکش ما" praises a coach.
pub(crate) const PLURAL_TITLES: &[(&str, &str)] = &[
    ("اساتید", "استاد"),
    ("استادان", "استاد"),
    ("اعضای", "عضو"),
    ("رهبران", "رهبر"),
    ("سفرای", "سفیر"),
    ("فرماندهان", "فرمانده"),
    ("مدیران", "مدیر"),
    ("مسئولان", "مسئول"),
    ("معاونان", "معاون"),
    ("معاونین", "معاون"),
    ("مقامات", "مقام"),
    ("نمایندگان", "نماینده"),
    ("وزرای", "وزیر"),
];

/// Verbs after "به OFFICE ORG" that make X its holder, beyond [`APPOINTED`]:
/// "X به ریاست جمهوری رسید".
const REACHED: &[&str] = &["رسید", "رسیده", "رسیدند"];

/// The title whose office noun is written at token `k`, with the office
/// noun's last token: "ریاست" → رئیس, "ریاست جمهوری" → رئیس جمهوری.
fn office_at<'a>(w: &Words<'a>, k: usize) -> Option<(&'a PhraseEntry, usize)> {
    let s = w.w(k);
    let titles = &w.ent.titles;
    // (the lexicon writes رئیس‌جمهوری with its ZWNJ)
    if s == "ریاست" && w.w(k + 1) == "جمهوری" {
        return titles.get("رئیس\u{200c}جمهوری").map(|e| (e, k + 1));
    }
    if s == "ریاست\u{200c}جمهوری" {
        return titles.get("رئیس\u{200c}جمهوری").map(|e| (e, k));
    }
    let (_, t) = OFFICES.iter().find(|(o, _)| *o == s)?;
    titles.get(t).map(|e| (e, k))
}

/// The head coach's title at token `k` when it is "هدایت" (leading) before a
/// sports team: "X هدایت پرسپولیس را برعهده گرفت", "هدایت تیم ملی فوتبال
/// را به عهده داشت" — the sports press's way of saying X coaches it. Not
/// any other "هدایت" (of a company, of a war, of people).
fn coaching_at<'a>(w: &Words<'a>, k: usize) -> Option<(&'a PhraseEntry, usize)> {
    if w.w(k) != "هدایت" {
        return None;
    }
    let g = &w.ent.organizations;
    // ("هدایت این تیم": the team named before, see [`Ctx::antecedent_phrase`])
    let team = w.w(k + 1) == "تیم"
        || (w.w(k + 1) == "این" && w.w(k + 2) == "تیم")
        || w.match_tokens(g, k + 1)
            .is_some_and(|(m, _)| g.field(m.entry, "kind") == "sports");
    team.then(|| w.ent.titles.get("سرمربی").map(|e| (e, k))).flatten()
}

/// Where the duty "… را بر عهده دارد/داشت/گرفت" / "… را عهده‌دار است" that
/// starts at token `k` (را, after an office noun phrase) names its verb: the
/// token of بر/به/برعهده/عهده‌دار. A few words may come between, of time or
/// place or the holder ("هدایت شاهین بوشهر را در لیگ دسته اول برعهده دارد",
/// "سرپرستی این فدراسیون را به مدت 6 ماه برعهده داشت", "هدایت این تیم را
/// کوین بال بر عهده دارد"), not a comma or another object.
fn duty_at(w: &Words, k: usize) -> Option<usize> {
    if w.w(k) != "را" {
        return None;
    }
    let sent = w.sentence(k);
    (k + 1..k + 8)
        .take_while(|&x| w.sentence(x) == sent && (w.is_word(x) || w.toks[x].kind == TokenKind::Number))
        .take_while(|&x| w.w(x) != "را")
        .find(|&x| {
            (matches!(w.w(x), "بر" | "به") && w.w(x + 1) == "عهده")
                || matches!(w.w(x), "برعهده" | "به\u{200c}عهده" | "عهده\u{200c}دار")
        })
}

/// The first token of "به عنوان" / "بعنوان" / "به سمت" right before token
/// `k`, if any ("به سمت" before a title is an appointment, not a direction).
fn as_role_at(w: &Words, k: usize) -> Option<usize> {
    match k.checked_sub(1).map(|j| w.w(j)) {
        Some("بعنوان" | "به\u{200c}عنوان") => Some(k - 1),
        Some("عنوان" | "سمت") if k >= 2 && w.w(k - 2) == "به" => Some(k - 2),
        _ => None,
    }
}

/// The last token of the title word(s) at token `i` (`i` when none).
fn tj_of(w: &Words, i: usize) -> usize {
    w.title_at(i).map_or(i, |(_, j)| j)
}

/// True when `s` has at least `n` characters.
fn chars_at_least(s: &str, n: usize) -> bool {
    s.chars().nth(n - 1).is_some()
}

/// Verb forms that are also common nouns or adjectives ("کرد": a Kurd).
const LIGHT_NOUN_VERBS: &[&str] = &["کرد", "رفت", "داد", "زد"];

/// How many sentences a role-only subject waits for its holder's name.
const PENDING_SENTENCES: u32 = 3;

/// Adverbs that may open a clause before its subject: "سپس مدیرکل X گفت".
const OPENING_ADVERBS: &[&str] = &["همچنین", "سپس", "آنگاه", "اما", "ولی", "البته", "ضمنا", "همزمان"];

/// Two- and three-word adverbials that may open a clause before its subject:
/// "با این حال رئیس مجلس عوام گفت", "در همین حال، معاون وزیر … گفت".
const OPENING_PHRASES: &[&[&str]] = &[
    &["با", "این", "حال"],
    &["با", "این", "وجود"],
    &["در", "همین", "حال"],
    &["در", "عین", "حال"],
    &["در", "این", "حال"],
    &["از", "سوی", "دیگر"],
    &["از", "دیگر", "سو"],
    &["از", "طرف", "دیگر"],
    &["پس", "از", "آن"],
    &["بعد", "از", "آن"],
];

/// Nouns that open a "در …" adverbial of the event or the moment before a
/// clause's subject: "در ادامه", "در پایان", "در ابتدای این آیین", "در
/// حاشیه …", "در این نشست", "در همین رابطه".
const OPENING_DAR: &[&str] = &[
    "ادامه",
    "ادامه\u{200c}ی",
    "پایان",
    "ابتدا",
    "ابتدای",
    "آغاز",
    "حاشیه",
    "این",
    "همین",
    "طول",
    "جریان",
];

/// Words that may go on a "در ادامه …" adverbial without a comma to close it:
/// "در ادامه این مراسم", "در این نشست".
const OPENING_DAR_FILL: &[&str] = &[
    "این",
    "همین",
    "مراسم",
    "نشست",
    "جلسه",
    "دیدار",
    "همایش",
    "آیین",
    "آئین",
    "رابطه",
    "زمینه",
    "راستا",
    "خصوص",
    "گردهمایی",
    "اجلاس",
    "برنامه",
    "سخنان",
    "نیز",
    "جمع",
    "سفر",
    "بازدید",
    "گفتگو",
    "گفت\u{200c}وگو",
];

/// Prepositions that open an adverbial before a clause's subject.
const OPENING_PREPOSITIONS: &[&str] = &["در", "با", "پس", "بعد", "طی", "همزمان", "هم\u{200c}زمان", "پیش"];

/// True when tokens `a..x` are only an opening adverbial ("در ادامه", "سپس",
/// "در ابتدای این آیین،", "همچنین در این جلسه"): the phrase at `x` still
/// opens its clause. Names, titles and verbs are no part of one (a "در …"
/// adverbial of other words must be closed by a comma, of at most four of
/// them).
fn opening_adverbial(w: &Words, mut a: usize, x: usize) -> bool {
    // a prepositional phrase or clause closed by a comma right before it: "در
    // این مراسم که … برگزار شد، رئیس انجمن شعر کرمان هم گفت", "با توجه به
    // بی‌توجهی به درخواست آمریکا، نماینده ایران … گفت"
    if a < x
        && x - a <= 30
        && OPENING_PREPOSITIONS.contains(&w.w(a))
        && w.is_comma(x - 1)
        && (a..x).all(|y| w.is_word(y) || w.is_punct(y, "،,«»\"()"))
    {
        return true;
    }
    if a >= x || x - a > 8 {
        return false;
    }
    while a < x {
        if w.is_comma(a) || w.is_punct(a, "-") || OPENING_ADVERBS.contains(&w.w(a)) {
            a += 1;
        } else if let Some(p) = OPENING_PHRASES
            .iter()
            .find(|p| a + p.len() <= x && p.iter().enumerate().all(|(i, t)| w.w(a + i) == *t))
        {
            a += p.len();
        } else if w.w(a) == "در" && OPENING_DAR.contains(&w.w(a + 1)) {
            a += 2;
            let mut y = a;
            while y < x && OPENING_DAR_FILL.contains(&w.w(y)) {
                y += 1;
            }
            if y < x && !w.is_comma(y) {
                // other words: only up to a comma, and no title among them
                let close = (y..x.min(y + 5)).find(|&z| w.is_comma(z));
                match close {
                    Some(c) if (y..c).all(|z| w.is_word(z) && w.title_at(z).is_none()) => y = c,
                    _ => return false,
                }
            }
            a = y;
        } else {
            return false;
        }
    }
    true
}

/// Verbal nouns of the "با … به/بر/این‌که …" adverbial clauses written
/// between a subject and its speech verb: "با اشاره به", "با اعلام این‌که".
const ADVERBIAL_NOUNS: &[&str] = &[
    "اشاره",
    "بیان",
    "تاکید",
    "تأکید",
    "اعلام",
    "ابراز",
    "یادآوری",
    "انتقاد",
    "توجه",
    "ذکر",
    "طرح",
    "ارائه",
    "اظهار",
    "تشریح",
    "اعتراض",
    "استناد",
];

/// True when "نیز" in the clause `x..k` (subject to speech verb) is the
/// clause's own ("مدیرکل X نیز در این نشست گفت", "… در این نشست نیز
/// گفت"): another speaker. Not a "نیز" inside a subordinate clause between
/// them ("عضو کمیسیون … با اعلام این‌که ملت از مراحل سخت نیز به سلامت عبور
/// می‌کنند، گفت"), unless right before the verb.
fn also_in_clause(w: &Words, x: usize, k: usize) -> bool {
    let sub = (x..k)
        .find(|&y| {
            matches!(w.w(y), "که" | "اینکه" | "این\u{200c}که" | "ضمن")
                || (w.w(y) == "با" && ADVERBIAL_NOUNS.contains(&w.w(y + 1)))
        })
        .unwrap_or(k);
    (x..k).any(|y| w.w(y) == "نیز" && (y < sub || y + 2 >= k))
}

/// True when "نیز" follows the subject before `end` ("X نیز گفت"): another
/// person than the one spoken of before.
fn also_after(w: &Words, from: usize, end: usize) -> bool {
    (from..end.min(from + 2)).any(|y| w.w(y) == "نیز")
}

/// True when a title follows a name (from token `k`, after a comma or an
/// opening bracket): the person has a role of their own in that sentence
/// ("محمد البرادعی، مدیرکل این آژانس …"), even when its organisation could
/// not be read, so a role waiting from an earlier sentence is not theirs.
fn titled_after(w: &Words, mut k: usize) -> bool {
    while k < w.len() && (w.is_comma(k) || w.is_punct(k, "»\"(")) {
        k += 1;
    }
    k < w.len() && w.title_at(k).is_some()
}

/// The title phrase as a mention of the person who holds it.
fn role_mention(tp: &TitlePhrase, w: &Words, text: &str) -> Mention {
    let span = Span::new(w.toks[tp.first].span.start, w.toks[tp.last].span.end);
    Mention {
        span,
        text: text[span.range()].to_string(),
        kind: MentionKind::Role,
    }
}

/// Gives `st` the role of a title phrase written before their name, with
/// the title phrase as a role mention.
fn give_role(st: &mut PersonState, tp: &TitlePhrase, w: &Words, text: &str) {
    st.add_role(tp);
    st.extra_mentions.push(role_mention(tp, w, text));
}

/// True when two titles name the same office, written longer or shorter:
/// the same first word ("مسئول" / "مسئول هدف", "نماینده" / "نماینده").
fn same_office(a: &str, b: &str) -> bool {
    a.split(' ').next() == b.split(' ').next()
}

/// Holy figures ("امام حسین (ع)") hold no office; a title next to their name
/// is of a place named after them ("رئیس بیمارستان امام حسین").
fn holy(name: &str) -> bool {
    ["امام ", "حضرت ", "پیامبر", "اباعبدالله"]
        .iter()
        .any(|p| name.starts_with(p))
}

struct Ctx<'a, 'w> {
    w: &'w Words<'a>,
    person_at: &'w dyn Fn(usize) -> bool,
    /// org index by (first token, last token) of its mentions
    org_by_tokens: FxHashMap<(usize, usize), usize>,
    orgs: &'w [crate::document::Organization],
}

impl Ctx<'_, '_> {
    fn text(&self, a: usize, b: usize) -> &str {
        &self.w.text[self.w.toks[a].span.start..self.w.toks[b].span.end]
    }

    /// The article's organisation `k` as a title's complement.
    fn org_of(&self, k: usize) -> OrgPart {
        OrgPart {
            fa: self.orgs[k].name.fa.clone(),
            en: self.orgs[k].name.en.clone(),
            org: Some(k),
        }
    }

    fn org_part(&self, a: usize, b: usize, en: Option<String>) -> OrgPart {
        match self.org_by_tokens.get(&(a, b)) {
            Some(&k) => OrgPart {
                en: self.orgs[k].name.en.clone().or(en),
                ..self.org_of(k)
            },
            None => OrgPart {
                fa: self.text(a, b).to_string(),
                en,
                org: None,
            },
        }
    }

    fn modifier_at(&self, k: usize) -> Option<(Gloss, usize)> {
        let (m, j) = self.w.match_tokens(&self.w.ent.titles, k)?;
        (self.w.ent.titles.field(m.entry, "kind") == "modifier").then(|| {
            let en = self.w.ent.titles.field(m.entry, "en");
            (Gloss::new(m.entry.fa.clone(), (!en.is_empty()).then_some(en)), j)
        })
    }

    /// What "این HEAD" at token `head` (the word after این) refers to: the
    /// latest organisation mentioned before it whose name has that head word
    /// ("آژانس بین‌المللی انرژی اتمی" for "این آژانس"). Not "این کشور": the
    /// latest country named is often not the one meant ("وزیر خارجه ژاپن به
    /// ایران آمد. … سفیر این کشور").
    fn antecedent(&self, head: usize) -> Option<OrgPart> {
        let h = self.w.w(head);
        self.latest_org(head, |o| o.name.fa.split(' ').next() == Some(h))
    }

    /// A club is mostly named without its head word: "این تیم" and "این
    /// باشگاه" at token `head` with neither an organisation nor a noun phrase
    /// so headed before are the club the sentence, else the sentence before,
    /// first names: its subject more often than the last club named
    /// ("لیورپول … میزبان منچستریونایتد است، یورگن کلوپ سرمربی این تیم").
    fn this_club(&self, head: usize) -> Option<OrgPart> {
        let w = self.w;
        if !matches!(w.w(head), "تیم" | "باشگاه") {
            return None;
        }
        let orgs = &w.ent.organizations;
        let club = |o: &crate::document::Organization| {
            orgs.match_at(&o.name.fa, 0)
                .is_some_and(|m| m.span.start == 0 && orgs.field(m.entry, "kind") == "sports")
        };
        let sent = w.sentence(head);
        let start_of = |s: u32| {
            let mut x = head;
            while x > 0 && w.sentence(x - 1) >= s {
                x -= 1;
            }
            (x, w.toks[x].span.start)
        };
        let (first, here) = start_of(sent);
        let before = w.toks[head].span.start;
        let prev = (first > 0).then(|| start_of(sent.saturating_sub(1)).1);
        // the first club named in [from, to)
        let first_club = |from: usize, to: usize| {
            self.orgs
                .iter()
                .enumerate()
                .filter(|(_, o)| club(o))
                .filter_map(|(k, o)| {
                    let m = o
                        .mentions
                        .iter()
                        .find(|m| m.span.start >= from && m.span.end <= to)?;
                    Some((k, m.span.start))
                })
                .min_by_key(|&(_, at)| at)
        };
        let (k, at) = first_club(here, before).or_else(|| first_club(prev?, here))?;
        // (not "دو تیم الریان و السد": which one? nor a club after "و",
        // another named before it the lexicon does not know)
        let lead = w.text[..at].trim_end();
        if lead.ends_with("دو تیم") || lead.ends_with("تیم\u{200c}های") || lead.ends_with(" و") {
            return None;
        }
        Some(self.org_of(k))
    }

    /// The organisation of the article mentioned last before token `at` of
    /// those `of` accepts.
    fn latest_org(&self, at: usize, of: impl Fn(&crate::document::Organization) -> bool) -> Option<OrgPart> {
        let before = self.w.toks[at].span.start;
        let (k, _) = self
            .orgs
            .iter()
            .enumerate()
            .filter_map(|(k, o)| {
                let last = o
                    .mentions
                    .iter()
                    .filter(|m| m.span.end <= before)
                    .map(|m| m.span.end)
                    .max()?;
                of(o).then_some((k, last))
            })
            .max_by_key(|&(_, end)| end)?;
        Some(self.org_of(k))
    }

    /// What "این HEAD" at token `head` refers to when no organisation of the
    /// article has that head word: the noun phrase the article last opened
    /// with it ("تیم ملی کشتی به ایتالیا رفت. … سرپرستی این تیم" → تیم ملی
    /// کشتی; "کنفرانس بین‌المللی امنیت … دبیر این کنفرانس"), two words at
    /// least: a bare "تیم" names nothing and points further back. Only an
    /// organisation's head word (org_heads), in its sentence or the two
    /// before (further back another team or centre has come between), not "کشور" (see
    /// [`Ctx::this_country`]).
    fn antecedent_phrase(&self, head: usize) -> Option<OrgPart> {
        let w = self.w;
        let h = w.w(head);
        let org_head = w
            .match_tokens(&w.ent.org_heads, head)
            .is_some_and(|(_, j)| j == head);
        if h == "کشور" || !org_head {
            return None;
        }
        let sent = w.sentence(head);
        (0..head.saturating_sub(1))
            .rev()
            .take_while(|&x| w.sentence(x) + 2 >= sent)
            .find_map(|x| {
                // (not "این تیم" again, nor "دو تیم الریان و السد": which one?)
                let before = x.checked_sub(1).map_or("", |p| w.w(p));
                if w.w(x) != h
                    || matches!(
                        before,
                        "این" | "آن" | "همین" | "همان" | "دو" | "سه" | "هر" | "چند"
                    )
                    || x.checked_sub(1)
                        .is_some_and(|p| w.toks[p].kind == TokenKind::Number)
                {
                    return None;
                }
                let end = np_end(w, x, 6, self.person_at)?;
                (end > x && w.sentence(end) == w.sentence(x)).then(|| self.org_part(x, end, None))
            })
    }

    /// True when the title phrase's organisation is one the article names
    /// (found by the organisations extractor) or a known place, written out:
    /// not a bare head word read as the organisation named before ("استاد
    /// دانشگاه" after "سالن دانشگاه پیام نور").
    fn named_org(&self, tp: &TitlePhrase) -> bool {
        let w = self.w;
        let bare = w.title_at(tp.first).is_some_and(|(_, tj)| {
            tp.last == tj + 1
                && w.match_tokens(&w.ent.org_heads, tp.last)
                    .is_some_and(|(_, j)| j == tp.last)
        });
        !bare
            && tp.org.as_ref().is_some_and(|o| {
                // (or a member of parliament's constituency: "این نماینده
                // مردم در مجلس نهم")
                o.org.is_some() || w.ent.places.get(&o.fa).is_some() || o.fa.starts_with("مردم ")
            })
    }

    /// What "این کشور" at token `k` (این) refers to: the country named last
    /// before it, by name, else by nationality ("دولت مالزی … نجیب رزاق
    /// نخست‌وزیر این کشور", "سناتورهای آمریکایی از ترامپ رئیس‌جمهور منتخب
    /// این کشور"), in its sentence or the two before. Never ایران: the
    /// Iranian press calls its own country کشورمان or کشور, and a mention of
    /// Iran is mostly the other side of the story ("وزیر خارجه ژاپن به ایران
    /// آمد. … سفیر این کشور").
    fn this_country(&self, k: usize) -> Option<OrgPart> {
        let w = self.w;
        let sent = w.sentence(k);
        let g = &w.ent.places;
        let country = |fa: &str| {
            g.get(fa)
                .filter(|e| g.field(e, "kind") == "country" && fa != "ایران")
        };
        let window = || {
            (k.saturating_sub(150)..k)
                .rev()
                .take_while(move |&x| w.sentence(x) + 2 >= sent)
        };
        // a country's name first; a nationality only when none is named (it
        // is often an adjective of a group: "گروههای مبارز عراقی و دولت
        // جرج بوش رئیس جمهوری این کشور")
        window()
            .find_map(|x| {
                let (m, j) = w.match_tokens(g, x)?;
                (j < k && g.field(m.entry, "kind") == "country" && m.entry.fa != "ایران").then_some(m.entry)
            })
            .or_else(|| {
                window().filter(|&x| w.is_word(x)).find_map(|x| {
                    // "آمریکایی", "ترکیه‌ای"
                    let s = w.w(x);
                    demonym_stems(s)
                        .filter(|stem| chars_at_least(stem, 3))
                        .find_map(&country)
                })
            })
            .map(|e| {
                let en = g.field(e, "en");
                OrgPart {
                    fa: e.fa.clone(),
                    en: (!en.is_empty()).then(|| en.to_string()),
                    org: None,
                }
            })
    }

    /// The title phrase starting at token `i`.
    fn title_phrase(&self, i: usize, depth: u32) -> Option<TitlePhrase> {
        let (m, tj) = self.w.title_at(i)?;
        self.title_phrase_of(i, m.entry, tj, depth)
    }

    /// The title phrase of the title `entry` written at tokens `i..=tj` (as
    /// itself, or as its office noun: "ریاست" for رئیس).
    fn title_phrase_of(&self, i: usize, entry: &PhraseEntry, tj: usize, depth: u32) -> Option<TitlePhrase> {
        let w = self.w;
        // a rank that starts with a title word is no title: "امیر دریادار
        // حبیب‌الله سیاری" (but "امیر قطر")
        if w.match_tokens(&w.ent.honorifics, i)
            .is_some_and(|(_, hj)| hj > tj)
        {
            return None;
        }
        // an athlete "representing" a weight class holds no office:
        // "نماینده وزن ۸۴- کیلوگرم تیم ملی"
        if entry.fa == "نماینده" && w.w(tj + 1) == "وزن" {
            return None;
        }
        // nor does a player, a member of a sports team: "عضو تیم ملی پیوند
        // اعضا", "عضو تیم بارسلونا" (but "عضو تیم مذاکره‌کننده")
        if entry.fa == "عضو"
            && w.w(tj + 1) == "تیم"
            && (w.w(tj + 2) == "ملی"
                || w.match_tokens(&w.ent.organizations, tj + 2)
                    .is_some_and(|(m, _)| w.ent.organizations.field(m.entry, "kind") == "sports"))
        {
            return None;
        }
        let ent = &w.ent.titles;
        let complement = ent.field(entry, "complement").to_string();
        let en = ent.field(entry, "en");
        let mut title = Gloss::new(entry.fa.clone(), (!en.is_empty()).then_some(en));
        let sent = w.sentence(i);
        let mut k = tj + 1;
        // a courtesy adjective after the title: "وزیر محترم کشور", "رهبر معظم
        // انقلاب"
        if matches!(w.w(k), "محترم" | "معظم") && w.sentence(k) == sent {
            k += 1;
        }
        let mut modifier = None;
        if let Some((g, j)) = self.modifier_at(k) {
            modifier = Some(g);
            k = j + 1;
        }
        // a listed portfolio title continued with "و" and one or two words
        // before an organisation: "معاون فنی و عملیات شرکت آب منطقه‌ای",
        // "معاون آموزشی و پژوهشی دانشگاه تهران"
        if let Some(e) = self.portfolio_continued(entry, k) {
            title = Gloss::new(
                format!("{} {}", title.fa, self.text(k, e)),
                self.base_title_en(entry),
            );
            k = e + 1;
        }
        let mut org: Option<OrgPart> = None;
        let mut last = k - 1;
        // a nationality after the title is no organisation: "سرمربی پرتغالی
        // یونان", "سرمربی آلمانی"
        let nationality = w.sentence(k) == sent && (demonym_at(w, k) || demonym2_at(w, k));
        if nationality {
            last = k + usize::from(!demonym_at(w, k));
            k = last + 1;
            // "سرمربی پرتغالی سابق تاتنهام"
            if modifier.is_none() {
                if let Some((g, j)) = self.modifier_at(k) {
                    modifier = Some(g);
                    last = j;
                    k = j + 1;
                }
            }
        }
        // "مدیرکل این آژانس": the organisation named before
        if w.w(k) == "این" && w.sentence(k + 1) == sent {
            if let Some(o) = self.antecedent(k + 1) {
                org = Some(o);
                last = k + 1;
            } else if let Some(o) = self.antecedent_phrase(k + 1).or_else(|| self.this_club(k + 1)) {
                org = Some(o);
                last = k + 1;
            } else if w.w(k + 1) == "کشور" {
                // "نخست‌وزیر این کشور": the country named last
                if let Some(o) = self.this_country(k) {
                    org = Some(o);
                    last = k + 1;
                }
            }
        }
        // a quoted organisation: 'سخنگوی "تحریک طالبان"', «…»
        // (two words or more, for a title that needs an organisation: not
        // scare quotes as in 'رئیس جمهور «انتخابی»')
        if org.is_none() && w.is_punct(k, "«\"") && complement == "org" {
            let close = (k + 3..(k + 8).min(w.len()))
                .take_while(|&x| w.sentence(x) == sent)
                .find(|&x| w.is_punct(x, "»\""));
            if let Some(e) = close.filter(|&e| (k + 1..e).all(|x| w.is_word(x))) {
                org = Some(self.org_part(k + 1, e - 1, None));
                last = e;
            }
        }
        // a portfolio before a person-role: "معاون مالی شهردار تهران",
        // "معاون توسعه مدیریت و پشتیبانی وزیر آموزش و پرورش" — the
        // portfolio is part of the title, the person-role is the complement
        // (also after a listed title with its portfolio: "معاون سیاسی
        // انتظامی فرماندار پاکدشت")
        if org.is_none()
            && depth < 3
            && entry.fa.split(' ').next().is_some_and(|b| PORTFOLIO_TITLES.contains(&b))
            && w.title_at(k).is_none()
            // (no portfolio opens with و: "کریم زاده دبیر و وفایی نایب رئیس …"
            // is two people)
            && w.w(k) != "و"
        {
            // (a place name here is the portfolio's adjective: "معاون مالی" is
            // "financial", not Mali)
            let plain = |x: usize| {
                w.sentence(x) == sent
                    && w.is_word(x)
                    && !(self.person_at)(x)
                    && (x > k || w.match_tokens(&w.ent.org_heads, x).is_none())
                    && w.match_tokens(&w.ent.organizations, x).is_none()
                    && (w.w(x) == "و" || !w.ent.is_function(w.w(x)))
            };
            let a = (k + 1..(k + 6).min(w.len()))
                .take_while(|&x| plain(x - 1))
                .find(|&x| w.title_at(x).is_some());
            // (an office held by one person, not another portfolio title:
            // "مدیر داخلی مجله علمی [مشاور …]")
            let a = a.filter(|&a| {
                w.title_at(a)
                    .is_some_and(|(mm, _)| !PORTFOLIO_TITLES.contains(&mm.entry.fa.as_str()))
            });
            if let Some(a) = a.filter(|&a| w.w(a - 1) != "و" && w.sentence(a) == sent) {
                if let Some(inner) = self.title_phrase(a, depth + 1).filter(|t| t.org.is_some()) {
                    title = Gloss::new(format!("{} {}", title.fa, self.text(k, a - 1)), title.en.clone());
                    org = Some(OrgPart {
                        fa: self.text(inner.first, inner.last).to_string(),
                        en: None,
                        org: None,
                    });
                    last = inner.last;
                }
            }
        }
        if org.is_none() && w.sentence(k) == sent && !(self.person_at)(k) {
            match complement.as_str() {
                "ministry" => {
                    if let Some(mut e) = np_end(w, k, 8, self.person_at) {
                        // a known ministry ends the complement (+ a place):
                        // "وزیر اقتصاد [حجم واگذاری‌ها …]"
                        let probe = format!("وزارت {}", self.text(k, e));
                        if let Some(mm) = w.ent.organizations.match_at(&probe, 0) {
                            let cut = w.toks[k].span.start + mm.span.end - "وزارت ".len();
                            if let Some(j) = (k..=e).find(|&x| w.toks[x].span.end == cut) {
                                e = place_at(w, j + 1)
                                    .map(|p| p.0)
                                    .or_else(|| w.match_tokens(&w.ent.organizations, j + 1).map(|m| m.1))
                                    .map_or(j, |x| x.min(e));
                            }
                        }
                        let x = self.text(k, e);
                        let fa = format!("وزارت {x}");
                        let en = w.ent.organizations.match_at(&fa, 0).and_then(|mm| {
                            let rest = fa[mm.span.end..].trim();
                            if rest.is_empty() {
                                return canonical_of(w, mm.entry).1;
                            }
                            // (another country's ministry is named in its generic English)
                            let p = w.ent.places.get(rest)?;
                            let pen = w.ent.places.field(p, "en");
                            let foreign = w.ent.places.field(p, "kind") == "country" && pen != "Iran";
                            let base = if foreign {
                                abroad_en(w, mm.entry)
                            } else {
                                canonical_of(w, mm.entry).1
                            }?;
                            Some(gloss_at_place(&base, pen, foreign))
                        });
                        let mut org_part = OrgPart { fa, en, org: None };
                        // the fullest form the article gives the ministry:
                        // "وزیر خارجه روسیه" where it writes "وزارت امور خارجه
                        // روسیه"
                        if let Some(full) = self.fuller_ministry(&org_part.fa) {
                            org_part.fa = full;
                        }
                        last = e;
                        // "وزیر دفاع این کشور": of the country named last
                        if w.w(e + 1) == "این" && w.w(e + 2) == "کشور" && w.sentence(e + 2) == sent {
                            if let Some(c) = self.this_country(e + 1) {
                                org_part.fa = format!("{} {}", org_part.fa, c.fa);
                                org_part.en = org_part.en.zip(c.en).map(|(a, b)| format!("{a}, {b}"));
                                last = e + 2;
                            }
                        }
                        org = Some(org_part);
                    }
                }
                "place" => {
                    if let Some((pj, pen)) = place_at(w, k) {
                        // places joined by و/، ("سیستان و بلوچستان" is one)
                        let mut e = pj;
                        while (w.w(e + 1) == "و" || w.is_comma(e + 1)) && place_at(w, e + 2).is_some() {
                            e = place_at(w, e + 2).map_or(e, |p| p.0);
                        }
                        let en = (e == pj).then_some(pen);
                        org = Some(self.org_part(k, e, en));
                        last = e;
                    } else if let Some(h) = org_at(w, k, true, self.person_at) {
                        org = Some(self.org_part(h.first, h.last, h.en.clone()));
                        last = h.last;
                    } else if let Some(e) = np_end(w, k, 3, self.person_at) {
                        // an unknown place: its uncommon words only
                        // ("خطیب جمعه آستارا [مبارزه …]", "شهردار افتخاری
                        // مرز چذابه"); a common word alone is none ("شهردار
                        // وقت [شکل جدیدی …]")
                        let e = (k..=e)
                            .take_while(|&x| !w.ent.is_common(w.w(x)) || x == k)
                            .last()
                            .unwrap_or(k);
                        if e > k || !w.ent.is_everyday(w.w(k)) {
                            org = Some(self.org_part(k, e, None));
                            last = e;
                        }
                    }
                }
                _ => {
                    if depth < 3 && w.title_at(k).is_some() {
                        if let Some(inner) = self.title_phrase(k, depth + 1) {
                            // (without the person-role's modifier: "معاون
                            // رئیس‌جمهور وقت آمریکا" is a deputy of the
                            // president of the USA)
                            let fa = match (&inner.modifier, &inner.org) {
                                (Some(_), Some(o)) => {
                                    format!("{} {}", self.text(inner.first, tj_of(w, inner.first)), o.fa)
                                }
                                _ => self.text(inner.first, inner.last).to_string(),
                            };
                            let en = match (&inner.title.en, inner.org.as_ref().and_then(|o| o.en.clone())) {
                                (Some(t), Some(o)) => Some(format!("{t}, {o}")),
                                (Some(t), None) if inner.org.is_none() => Some(t.clone()),
                                _ => None,
                            };
                            org = Some(OrgPart { fa, en, org: None });
                            last = inner.last;
                        }
                    } else if entry.fa == "رهبر" && w.w(k) == "انقلاب" {
                        // "رهبر (معظم) انقلاب (اسلامی)": the Leader of the Revolution
                        let mut e = k;
                        if w.w(e + 1) == "اسلامی" && w.sentence(e + 1) == sent {
                            e += 1;
                        }
                        org = Some(OrgPart {
                            fa: self.text(k, e).to_string(),
                            en: Some("the Islamic Revolution".to_string()),
                            org: None,
                        });
                        last = e;
                    } else if entry.fa == "نماینده" && matches!(w.w(k), "مردم" | "ولی" | "رهبری" | "رهبر")
                    {
                        let mut e = k;
                        if let Some(x) = np_end(w, k + 1, 8, self.person_at) {
                            e = x;
                        }
                        org = Some(OrgPart {
                            fa: self.text(k, e).to_string(),
                            en: None,
                            org: None,
                        });
                        last = e;
                    } else if let Some(h) = org_at(w, k, true, self.person_at) {
                        org = Some(self.org_part(h.first, h.last, h.en.clone()));
                        last = h.last;
                    } else if let Some((pj, pen)) = place_at(w, k) {
                        org = Some(self.org_part(k, pj, Some(pen)));
                        last = pj;
                    } else if let Some(e) = np_end(w, k, 12, self.person_at).map(|e| place_cut(w, k, e)) {
                        // an unknown organisation without a head word
                        // ("رهبر فهرست العراقیه"): only when it has a word
                        // that is not a common one
                        let starts_name = w.ent.given.get(w.w(k)).is_some_and(|g| !g.weak);
                        // not a number ("کاپیتان ۳۴ ساله")
                        let number = w.toks[k].kind == TokenKind::Number;
                        // (after a nationality, a name or a team, not a common
                        // word: "سرمربی مونته نگرویی [حساب ویژه‌ای …]")
                        let named = !nationality || w.w(k) == "تیم" || !w.ent.is_common(w.w(k));
                        if !starts_name
                            && !number
                            && named
                            && (complement == "org"
                                || (k..=e).any(|x| !w.ent.is_common(w.w(x)))
                                // (or headed and ending with its country:
                                // "دادستان کل دولت نجات ملی یمن")
                                || ((matches!(w.w(k), "دولت" | "رژیم")
                                    || w.match_tokens(&w.ent.org_heads, k).is_some())
                                    && (k + 1..=e).any(|x| place_at(w, x).is_some_and(|p| p.0 == e))))
                        {
                            org = Some(self.org_part(k, e, None));
                            last = e;
                        }
                    }
                }
            }
        }
        // an office of a person-role: "رئیس دفتر رئیس جمهور", "مدیر دفتر
        // نماینده ولی فقیه" (the head word stops the noun phrase at the
        // title); as with a portfolio before a person-role, the office is
        // part of the title and the person-role the complement
        let office = org
            .as_ref()
            .is_none_or(|o| o.org.is_none() && last == k && o.fa == w.w(k));
        if office
            && depth < 3
            && complement == "org"
            && w.w(k) == "دفتر"
            && w.sentence(k + 1) == sent
            && w.title_at(k + 1).is_some()
        {
            if let Some(inner) = self.title_phrase(k + 1, depth + 1) {
                title = Gloss::new(format!("{} {}", title.fa, w.w(k)), title.en.clone());
                org = Some(OrgPart {
                    fa: self.text(k + 1, inner.last).to_string(),
                    en: None,
                    org: None,
                });
                last = inner.last;
            }
        }
        // a bare head word is the organisation the article named with it:
        // "سرپرست تیم یعنی خسرو قمری که رئیس فدراسیون است" after "فدراسیون
        // دوچرخه‌سواری" (as "مدیرکل این آژانس" is)
        let bare = org
            .as_ref()
            .is_none_or(|o| o.org.is_none() && last == k && o.fa == w.w(k));
        if bare
            && complement == "org"
            && w.sentence(k) == sent
            && w.match_tokens(&w.ent.org_heads, k).is_some_and(|(_, j)| j == k)
            && np_end(w, k, 2, self.person_at) == Some(k)
        {
            if let Some(o) = self.antecedent(k) {
                org = Some(o);
                last = k;
            }
        }
        // "دادستان کل کشور", "معاون گردشگری کشور": of the country (Iran)
        if org.is_none()
            && complement != "ministry"
            && w.w(k) == "کشور"
            && w.sentence(k) == sent
            && place_at(w, k).is_none()
        {
            org = Some(self.org_part(k, k, Some("Iran".to_string())));
            last = k;
        }
        // "نماینده ولی‌فقیه در استان گیلان": the Leader's representative
        // somewhere (an office, not an organisation of `organizations`)
        if org.is_none() && entry.fa == "نماینده" && w.sentence(k) == sent {
            let end = match w.w(k) {
                "ولی\u{200c}فقیه" => Some(k),
                "ولی" if w.w(k + 1) == "فقیه" => Some(k + 1),
                _ => None,
            };
            if let Some(e) = end {
                org = Some(self.org_part(k, e, Some("the Supreme Leader".to_string())));
                last = e;
            }
        }
        // "سفیر کشورمان در لندن": our country's ambassador somewhere
        if org.is_none()
            && DAR_TITLES.contains(&entry.fa.as_str())
            && w.w(k) == "کشورمان"
            && w.w(k + 1) == "در"
            && w.sentence(k + 1) == sent
        {
            org = Some(self.org_part(k, k, Some("Iran".to_string())));
            last = k;
        }
        // "… در مجلس شورای اسلامی", "سفیر کانادا در تهران"
        if let Some(o) = org.as_mut() {
            // a mission is of a country somewhere: "نمایندگی کشورمان در سازمان ملل"
            let mission = o.fa.split(' ').next().is_some_and(|h| MISSIONS.contains(&h));
            if mission && o.fa.split(' ').count() == 1 && w.w(last + 1) == "کشورمان" && w.w(last + 2) == "در"
            {
                o.fa = format!("{} کشورمان", o.fa);
                o.en = None;
                o.org = None;
                last += 1;
            }
            if (mission || DAR_TITLES.contains(&entry.fa.as_str()))
                && w.w(last + 1) == "در"
                && w.sentence(last + 2) == sent
            {
                let tail = org_at(w, last + 2, true, self.person_at)
                    .map(|h| h.last)
                    .or_else(|| place_at(w, last + 2).map(|p| p.0))
                    .or_else(|| {
                        (w.w(last + 2) == "امور")
                            .then(|| np_end(w, last + 2, 8, self.person_at))
                            .flatten()
                    });
                if let Some(e) = tail {
                    o.fa = format!("{} {}", o.fa, self.text(last + 1, e));
                    o.en = None;
                    o.org = None;
                    last = e;
                }
            }
        }
        // a portfolio whose words the noun phrase could not run over ("و" +
        // a head word, "مبارزه با") before a known organisation: "معاون
        // پژوهش و نیروی انسانی سازمان حفاظت محیط زیست"
        if PORTFOLIO_TITLES.contains(&entry.fa.as_str()) && org.as_ref().is_some_and(|o| o.org.is_none()) {
            if let Some((a, b)) = self.portfolio_before_org(k, last) {
                title = Gloss::new(format!("{} {}", title.fa, self.text(k, a - 1)), title.en.clone());
                org = Some(self.org_part(a, b, None));
                last = b;
            }
        }
        // a portfolio between the title and its organisation is part of the
        // title: "معاون امور اجتماعی وزارت بهداشت", "معاون حمایت و سلامت
        // خانواده کمیته امداد امام خمینی"
        if PORTFOLIO_TITLES.contains(&entry.fa.as_str()) {
            let split = org
                .as_ref()
                .filter(|o| o.org.is_none() && last > k && self.text(k, last) == o.fa)
                .and_then(|_| {
                    // (looked up by tokens, not by scanning every organisation)
                    // (also one running past the words read: "معاون بهداشتی
                    // اداره [کل ارشاد]", where "کل" stopped the phrase)
                    let known = (k + 1..=(k + 7).min(last))
                        .find(|&a| (a..=last + 12).any(|b| self.org_by_tokens.contains_key(&(a, b))));
                    // … or a weak head word with its place, which the
                    // organisations extractor leaves alone: "معاون عملیات
                    // فرماندهی انتظامی استان مرکزی" (after a portfolio
                    // without "و": not "مدیرکل صدا و سیمای مرکز مازندران")
                    let weak = (k + 1..=(k + 5).min(last)).find(|&a| {
                        (k..a).all(|x| w.w(x) != "و")
                            && w.match_tokens(&w.ent.org_heads, a)
                                .is_some_and(|(m, _)| w.ent.org_heads.field(m.entry, "standalone") == "0")
                            && (a + 1..=last).any(|x| place_at(w, x).is_some())
                    });
                    match (known, weak) {
                        (Some(x), Some(y)) => Some(x.min(y)),
                        (x, y) => x.or(y),
                    }
                })
                // not a person-role ("معاون وزیر صنعت") nor an office with its
                // own head word ("مدیرکل دفتر امور سیاسی وزارت کشور"; a head
                // word inside the portfolio is no office: "معاون توسعه
                // مدیریت و پشتیبانی وزارت آموزش و پرورش")
                .filter(|&a| {
                    w.title_at(k).is_none()
                        && (k..a).all(|x| {
                            // (a list with "،" closed by "و": "مدیرکل قرآن، عترت و
                            // نماز وزارت آموزش و پرورش")
                            let listed = w.is_comma(x) && x > k && (x + 1..a).any(|y| w.w(y) == "و");
                            // (no "در": "معاون نمایندگی کشورمان در سازمان ملل" is an office somewhere)
                            (w.is_word(x) || listed)
                                && w.w(x) != "در"
                                && !(self.person_at)(x)
                                && place_at(w, x).is_none()
                                && (x > k || w.match_tokens(&w.ent.org_heads, x).is_none())
                        })
                });
            if let Some(a) = split {
                if let Some(b) = (last + 1..=last + 12)
                    .rev()
                    .find(|&b| self.org_by_tokens.contains_key(&(a, b)))
                {
                    last = b;
                }
                title = Gloss::new(format!("{} {}", title.fa, self.text(k, a - 1)), title.en.clone());
                org = Some(self.org_part(a, last, None));
            }
        }
        // the public relations of an organisation are the title's portfolio,
        // for any title: "سرپرست روابط عمومی فدراسیون فوتبال", "معاون روابط
        // عمومی ارتش"
        let pr = org.as_ref().is_some_and(|o| {
            o.org.is_none()
                && last >= k + 2
                && w.w(k) == "روابط"
                && w.w(k + 1) == "عمومی"
                && self.text(k, last) == o.fa
        });
        if pr {
            let a = k + 2;
            let known = (a..=last)
                .rev()
                .find(|&b| self.org_by_tokens.contains_key(&(a, b)));
            if known.is_some()
                || w.match_tokens(&w.ent.org_heads, a).is_some()
                || w.match_tokens(&w.ent.organizations, a).is_some()
                || place_at(w, a).is_some()
            {
                let b = known.unwrap_or(last);
                title = Gloss::new(format!("{} {}", title.fa, self.text(k, k + 1)), title.en.clone());
                org = Some(self.org_part(a, b, None));
                last = b;
            }
        }
        // … and for any title, a portfolio before a known organisation when
        // nothing else was read: "نماینده سیاست خارجی اتحادیه اروپا"
        if org.is_none() && w.sentence(k) == sent && w.is_word(k) && w.title_at(k).is_none() {
            // (looked up by its tokens, not by scanning every organisation)
            let inside = np_end(w, k, 8, self.person_at)
                .and_then(|e| {
                    (k + 1..=(k + 3).min(e))
                        .flat_map(|a| (a..=e).map(move |b| (a, b)))
                        .find(|ab| self.org_by_tokens.contains_key(ab))
                })
                .filter(|&(a, _)| {
                    (k..a).all(|x| {
                        w.is_word(x)
                            && !(self.person_at)(x)
                            && place_at(w, x).is_none()
                            && w.match_tokens(&w.ent.org_heads, x).is_none()
                    })
                });
            if let Some((a, b)) = inside {
                title = Gloss::new(format!("{} {}", title.fa, self.text(k, a - 1)), title.en.clone());
                org = Some(self.org_part(a, b, None));
                last = b;
            }
        }
        if modifier.is_none() {
            if let Some((g, j)) = self.modifier_at(last + 1) {
                modifier = Some(g);
                last = j;
            }
        }
        let also = if org.is_some() {
            self.coordinated_orgs(last + 1)
        } else {
            Vec::new()
        };
        Some(TitlePhrase {
            first: i,
            last: last.max(tj),
            title,
            complement,
            org,
            modifier,
            also,
            // (after a name, not opening a clause: "مربی ایرانی با خلق و خوی
            // بازیکنان آشنایی بیشتری دارد" speaks of any Iranian coach)
            nationality: nationality
                && i > 0
                && w.sentence(i - 1) == sent
                && (w.is_comma(i - 1) || (w.is_word(i - 1) && !w.is_function_or_verb(i - 1))),
        })
    }

    /// The end of "و X" (one or two words) at token `k` after the listed
    /// portfolio title `entry` ("معاون فنی"), when an organisation follows.
    fn portfolio_continued(&self, entry: &PhraseEntry, k: usize) -> Option<usize> {
        let w = self.w;
        let base = entry.fa.split(' ').next()?;
        if base == entry.fa || !PORTFOLIO_TITLES.contains(&base) || w.w(k) != "و" {
            return None;
        }
        let sent = w.sentence(k);
        let plain = |x: usize| {
            w.sentence(x) == sent
                && w.is_word(x)
                && !w.ent.is_function(w.w(x))
                && !(self.person_at)(x)
                && w.title_at(x).is_none()
                && w.match_tokens(&w.ent.org_heads, x).is_none()
                && w.match_tokens(&w.ent.organizations, x).is_none()
                && place_at(w, x).is_none()
        };
        let org_starts = |x: usize| {
            w.sentence(x) == sent
                && (self.longest_org_at(x).is_some() || w.match_tokens(&w.ent.org_heads, x).is_some())
        };
        (k + 1..k + 3)
            .take_while(|&x| plain(x))
            .find(|&x| org_starts(x + 1))
    }

    /// A known organisation (its first and last token) starting after token
    /// `last` and at most six words after `k`, the words before it a
    /// portfolio: content words, "و", and the preposition a verbal noun
    /// governs ("مبارزه با").
    fn portfolio_before_org(&self, k: usize, last: usize) -> Option<(usize, usize)> {
        let w = self.w;
        let sent = w.sentence(k);
        let portfolio_word = |x: usize| {
            let s = w.w(x);
            w.sentence(x) == sent
                && w.is_word(x)
                && (s == "و"
                    || governs(w.w(x.wrapping_sub(1)), s)
                    || matches!(s, "خاص" | "عالی")
                    || !w.ent.is_function(s))
                && !w.ent.is_verb(s)
                && !(self.person_at)(x)
                && w.title_at(x).is_none()
                && place_at(w, x).is_none()
        };
        if !portfolio_word(k) || w.w(k) == "و" {
            return None;
        }
        (k + 1..(k + 7).min(w.len()))
            .take_while(|&x| portfolio_word(x - 1))
            .filter(|&x| x > last && w.sentence(x) == sent)
            .find_map(|x| self.longest_org_at(x).map(|(b, _)| (x, b)))
    }

    /// An organisation mention of the article that is the ministry `fa`
    /// ("وزارت خارجه روسیه") written with "امور" ("وزارت امور خارجه روسیه").
    fn fuller_ministry(&self, fa: &str) -> Option<String> {
        let rest = fa.strip_prefix("وزارت ")?;
        if rest.starts_with("امور ") {
            return None;
        }
        let want = format!("وزارت امور {rest}");
        self.org_by_tokens
            .keys()
            .map(|&(a, b)| self.text(a, b))
            .find(|t| *t == want)
            .map(str::to_string)
    }

    /// The longest organisation the organisations extractor found starting
    /// at token `a`: its last token and its index.
    fn longest_org_at(&self, a: usize) -> Option<(usize, usize)> {
        self.org_by_tokens
            .iter()
            .filter(|&(&(x, _), _)| x == a)
            .map(|(&(_, b), &o)| (b, o))
            .max_by_key(|&(b, _)| b)
    }

    /// The English of a listed title's first word ("معاون فنی" → deputy),
    /// for the title with a longer portfolio.
    fn base_title_en(&self, entry: &PhraseEntry) -> Option<String> {
        let g = &self.w.ent.titles;
        let base = g.get(entry.fa.split(' ').next()?)?;
        Some(g.field(base, "en").to_string()).filter(|s| !s.is_empty())
    }

    /// The organisations listed after a title's own, from token `k`: "سرمربی
    /// سابق پاس تهران، فولاد خوزستان، سایپا و پیکان" — a list of known
    /// organisations (each one the organisations extractor found), commas
    /// then "و" before the last; a lone "و ORG" is no list (it may be part of
    /// the first name or another clause).
    fn coordinated_orgs(&self, mut k: usize) -> Vec<OrgPart> {
        let w = self.w;
        let sent = w.sentence(k.saturating_sub(1));
        let mut out = Vec::new();
        loop {
            let and = w.w(k) == "و";
            if !(and || w.is_comma(k)) || w.sentence(k) != sent {
                return Vec::new();
            }
            let Some((b, o)) = self.longest_org_at(k + 1) else {
                return Vec::new();
            };
            out.push(self.org_of(o));
            if and {
                break;
            }
            k = b + 1;
        }
        if out.len() < 2 {
            return Vec::new();
        }
        out
    }
}

/// True when token `k` is a nationality adjective made from a place name:
/// آلمانی، پرتغالی، ترکیه‌ای، ایتالیایی.
fn demonym_at(w: &Words, k: usize) -> bool {
    if !w.is_word(k) {
        return false;
    }
    let s = w.w(k);
    demonym_stems(s).any(|stem| chars_at_least(stem, 3) && w.ent.places.get(stem).is_some())
}

/// The place names a nationality adjective may be made from, by its ending:
/// "آلمانی" → آلمان, "ترکیه‌ای" → ترکیه, "ایتالیایی" → ایتالیا.
fn demonym_stems(s: &str) -> impl Iterator<Item = &str> {
    ["\u{200C}ای", "ای", "ایی", "یی", "ی"]
        .into_iter()
        .filter_map(move |suf| s.strip_suffix(suf))
}

/// A plural of a title whose holders are named before it, at token `pt`:
/// the singular title and the token after the plural ("وزرای" → وزیر,
/// "روسای جمهور" → رئیس‌جمهور, "نخست وزیران" → نخست‌وزیر, "سفرای" → سفیر).
fn plural_title_at(w: &Words, pt: usize) -> Option<(&'static str, usize)> {
    match w.w(pt) {
        "وزرای" | "وزیران" => Some(("وزیر", pt + 1)),
        "سفرای" | "سفیران" => Some(("سفیر", pt + 1)),
        "نخست\u{200c}وزیران" => Some(("نخست‌وزیر", pt + 1)),
        "نخست" if w.w(pt + 1) == "وزیران" => Some(("نخست‌وزیر", pt + 2)),
        "روسای" | "رؤسای" | "رئوسای" if matches!(w.w(pt + 1), "جمهور" | "جمهوری") => {
            Some(("رئیس‌جمهور", pt + 2))
        }
        "روسای\u{200c}جمهور" | "رؤسای\u{200c}جمهور" => Some(("رئیس‌جمهور", pt + 1)),
        _ => None,
    }
}

/// The country of a counterpart's nationality at token `k`, written as the
/// places list writes it, with its English: "ایرانی خود", "پاکستانی‌اش",
/// "روس خود" (روسیه). None without the possessive (خود or ‑اش/‑ش): "همتای
/// ایرانی" alone may be anyone's.
fn counterpart_country(w: &Words, k: usize) -> Option<(String, String)> {
    if !w.is_word(k) {
        return None;
    }
    let s = w.w(k);
    let (s, own) = match ["\u{200C}اش", "\u{200C}ش"].iter().find_map(|p| s.strip_suffix(p)) {
        Some(stem) => (stem, true),
        None => (s, w.w(k + 1) == "خود" && w.sentence(k + 1) == w.sentence(k)),
    };
    if !own {
        return None;
    }
    let russian = matches!(s, "روس" | "روسی");
    let stems = russian
        .then_some("روسیه")
        .into_iter()
        .chain(demonym_stems(s).filter(|stem| !russian && chars_at_least(stem, 2)));
    stems.into_iter().find_map(|stem| {
        let e = w.ent.places.get(stem)?;
        (w.ent.places.field(e, "kind") == "country")
            .then(|| (stem.to_string(), w.ent.places.field(e, "en").to_string()))
    })
}

/// True when tokens `k`, `k + 1` are a nationality adjective made from a
/// two-word place name: "مونته نگرویی" (مونته‌نگرو).
fn demonym2_at(w: &Words, k: usize) -> bool {
    if !w.is_word(k) || !w.is_word(k + 1) || w.sentence(k) != w.sentence(k + 1) {
        return false;
    }
    let (a, b) = (w.w(k), w.w(k + 1));
    demonym_stems(b)
        .filter(|stem| chars_at_least(stem, 2))
        .any(|stem| {
            [" ", "\u{200C}"]
                .iter()
                .any(|j| w.ent.places.get(&format!("{a}{j}{stem}")).is_some())
        })
}

/// Particles inside foreign names: "دل بوسکه", "فن باستن", "دی ماریا".
const NAME_PARTICLES: &[&str] = &["دل", "دی", "دو", "فن", "ون", "دا", "لا", "بن", "ابن"];

/// True when token `k` may be part of a name no lexicon knows.
fn name_like(w: &Words, k: usize) -> bool {
    if !w.is_word(k) {
        return false;
    }
    let s = w.w(k);
    // a plural or a word with its ezafe: "کشورهای", "تفکرات", "گذشته‌ی"
    let inflected = ["\u{200C}های", "های", "\u{200C}ها", "ها", "ات", "\u{200C}ی"]
        .iter()
        .filter_map(|suf| s.strip_suffix(suf))
        .any(|stem| chars_at_least(stem, 2) && w.ent.is_common(stem))
        // … or a verbal noun in ‑ا/‑و with its ezafe: "استعفای" (not a
        // given name: "اونای امری")
        || (!w.ent.given.contains_key(s) && s.strip_suffix('ی')
            .is_some_and(|st| st.ends_with(['ا', 'و']) && chars_at_least(st, 3) && w.ent.is_common(st)));
    s.chars().filter(|&c| c != '\u{200C}').count() >= 2
        && !inflected
        && !w.ent.is_function(s)
        && !w.ent.is_common(s)
        && !w.ent.is_verb(s)
        && w.ent.places.get(s).is_none()
        && w.speech_verb_at(k).is_none()
        && w.match_tokens(&w.ent.titles, k).is_none()
        && w.match_tokens(&w.ent.org_heads, k).is_none()
        && w.match_tokens(&w.ent.organizations, k).is_none()
        && w.match_tokens(&w.ent.honorifics, k).is_none()
}

/// True when token `k` may open a name no lexicon knows: a name-like word,
/// or a given name that is also a common word ("جان پودستا، رئیس …").
fn name_start_like(w: &Words, k: usize) -> bool {
    name_like(w, k)
        || (w.is_word(k) && w.ent.given.contains_key(w.w(k)) && w.ent.places.get(w.w(k)).is_none())
}

/// The Latin of the name at tokens `a..=e` no lexicon knows whole: a given
/// name's own first, the rest transliterated.
fn latin_of(w: &Words, a: usize, e: usize) -> String {
    let latin: Vec<String> = (a..=e)
        .map(|x| match w.ent.given.get(w.w(x)) {
            Some(g) if x == a => g.latin.clone(),
            _ => translit_surname(w.w(x), &w.ent.surname_suffixes, |g| checked_given(w, g)),
        })
        .collect();
    latin.join(" ")
}

/// Add people for 2–3 unknown name-like words set off by a comma before a
/// title phrase at the start of a clause, or after one and before a speech
/// verb or punctuation.
fn anchored_names(c: &Ctx<'_, '_>, cx: &Context<'_>, people: &mut Vec<Person>) {
    let w = c.w;
    let taken = |people: &Vec<Person>, a: usize, b: usize| {
        let span = Span::new(w.toks[a].span.start, w.toks[b].span.end);
        people
            .iter()
            .any(|p| p.mentions.iter().any(|m| m.span.overlaps(span)))
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    // quoted names: these may also lengthen a name found inside the quotes
    let mut quoted: Vec<(usize, usize)> = Vec::new();
    for sent in &cx.tokens.sentences {
        let (s0, s1) = (sent.tokens.start, sent.tokens.end);
        let mut k = s0;
        while k < s1 {
            if (c.person_at)(k) {
                k += 1;
                continue;
            }
            let Some(tp) = c.title_phrase(k, 0) else {
                k += 1;
                continue;
            };
            // before: "X Y، TITLE"
            if tp.first >= s0 + 3 && w.is_comma(tp.first - 1) {
                let mut e = tp.first - 2;
                if w.is_punct(e, "»") {
                    e -= 1;
                }
                let mut a = e;
                while a > s0 && e - a < 2 && name_like(w, a - 1) {
                    a -= 1;
                }
                if a > s0 && e - a < 2 && !name_like(w, a - 1) && name_start_like(w, a - 1) {
                    a -= 1;
                }
                // a run of three opened by the ‑ان plural of a common noun is
                // that noun and a name: "شاگردان اسلوبودان کواچ"
                let plural_noun = e - a == 2
                    && w.w(a)
                        .strip_suffix("ان")
                        .is_some_and(|st| chars_at_least(st, 3) && w.ent.is_common(st));
                if plural_noun {
                    a += 1;
                }
                // the run starts the clause, or the word before it is no part
                // of a name ("در این دیدار چانگ دونگ یانگ، وزیر …")
                let opens = plural_noun
                    || a == s0
                    || w.is_punct(a - 1, "،:؛.«")
                    || (a >= 2 && w.w(a - 1) == "گزارش")
                    || (w.is_word(a - 1) && !name_like(w, a - 1) && !(c.person_at)(a - 1));
                if e > a && opens && name_start_like(w, a) && (a + 1..=e).all(|x| name_like(w, x)) {
                    found.push((a, e));
                }
            }
            // "X Y TITLE …", "X Y Z TITLE …" opening a sentence
            if (tp.first == s0 + 2 || tp.first == s0 + 3)
                && name_start_like(w, s0)
                && (s0 + 1..tp.first).all(|x| name_like(w, x))
            {
                found.push((s0, tp.first - 1));
            } else if tp.org.is_some() && tp.first >= s0 + 3 {
                // … or a clause, before a title with its organisation: "هر چند
                // ویسنته دل بوسکه سرمربی تیم ملی فوتبال اسپانیا"، "به گزارش …،
                // مکس سایگل مدیر اجرایی فدراسیون دوومیدانی آمریکا"
                let e = tp.first - 1;
                let mut a = e + 1;
                while a > s0
                    && e + 1 - a < 3
                    && (name_like(w, a - 1) || (a <= e && NAME_PARTICLES.contains(&w.w(a - 1))))
                {
                    a -= 1;
                }
                while a < e && NAME_PARTICLES.contains(&w.w(a)) {
                    a += 1;
                }
                let opens = a > s0
                    && (w.is_punct(a - 1, "،:؛«(") || (w.is_word(a - 1) && w.ent.is_function(w.w(a - 1))))
                    && !(c.person_at)(a - 1);
                if e > a && opens && name_like(w, a) && name_like(w, e) {
                    found.push((a, e));
                }
            }
            // a quoted name before a title: "ژنرال «جان کین»، رئیس ستاد ارتش",
            // «ژان برتراند آریستید»، رئیس جمهوری هائیتی — the quotes mark
            // the name, whatever its words
            let e = tp
                .first
                .wrapping_sub(1 + usize::from(tp.first > s0 && w.is_comma(tp.first - 1)));
            if e > s0 && e < s1 && w.is_punct(e, "»\"") && tp.stands_alone() {
                if let Some(o) = (e.saturating_sub(5).max(s0)..e)
                    .rev()
                    .find(|&o| w.is_punct(o, "«\""))
                {
                    let (a, b) = (o + 1, e - 1);
                    let inner = b >= a && b - a < 4;
                    // not a source: "به گزارش «روسیا الیوم»، نخست‌وزیر …"
                    let source =
                        o > s0 && matches!(w.w(o - 1), "گزارش" | "از" | "به" | "نقل" | "روزنامه" | "شبکه");
                    // one quoted word only when no lexicon knows it ("نائوتوکان")
                    let single_ok = b > a || (name_like(w, a) && chars_at_least(w.w(a), 4));
                    if inner
                        && !source
                        && single_ok
                        && (a..=b)
                            .all(|x| w.is_word(x) && !w.ent.is_function(w.w(x)) && !w.ent.is_verb(w.w(x)))
                    {
                        quoted.push((a, b));
                    }
                }
            }
            // a listed surname alone right before a title with its
            // organisation: "رحیمی مدیرعامل باشگاه سپاهان"; or opening the
            // sentence, set off by a comma: "حامدی، رئیس شورای هیئت‌های مذهبی
            // استان قزوین"
            let apart = tp.first >= s0 + 2 && w.is_comma(tp.first - 1) && tp.first - 2 == s0;
            let x = if apart {
                tp.first - 2
            } else {
                tp.first.wrapping_sub(1)
            };
            if tp.first > s0 && tp.stands_alone() && !(c.person_at)(x) && w.is_word(x) {
                let sw = w.w(x);
                // (not after "در": "کشف سوخت قاچاق در زندیه فرمانده انتظامی
                // شهرستان زندیه گفت" names a place)
                let listed = w.ent.surnames.contains_key(sw) && !w.ent.common_surnames.contains(sw);
                let before_ok = x == s0
                    || !w.is_word(x - 1)
                    || (PREPOSITIONS.contains(&w.w(x - 1)) && w.w(x - 1) != "در")
                    || w.w(x - 1) == "و"
                    // (or, for a listed surname, an adverb or conjunction: no
                    // noun it could complement — "اما اکنون رحیمی مدیرعامل
                    // باشگاه سپاهان"; a word read by its ending only may be a
                    // plural there: "نیز شهرداری‌ها مسئول …")
                    || (listed
                        && w.ent.is_function(w.w(x - 1))
                        && !matches!(w.w(x - 1), "در" | "از" | "را"));
                // "زارع‌پور": a surname ending (پور، زاده، نژاد …) after a word
                let ending = w.ent.surname_suffixes.iter().any(|(suf, _)| {
                    // the long endings only: ی/یان end any adjective or plural
                    suf.chars().count() >= 3
                        && sw
                            .strip_suffix(suf.as_str())
                            .is_some_and(|stem| stem.trim_end_matches('\u{200c}').chars().count() >= 2)
                });
                // (a rule-made given name that is a listed surname too is the
                // surname here: "حامدی")
                if before_ok
                    && (listed || ending)
                    && !w.ent.is_common(sw)
                    && w.ent.given.get(sw).is_none_or(|g| g.weak || (g.approx && listed))
                {
                    found.push((x, x));
                }
            }
            // after: "TITLE، X Y گفت"
            if w.is_comma(tp.last + 1) {
                let a = tp.last + 2 + usize::from(w.is_punct(tp.last + 2, "«"));
                let mut e = a;
                while e + 1 < s1 && e - a < 2 && name_like(w, e + 1) {
                    e += 1;
                }
                let closes = e + 1 < s1
                    && (w.speech_verb_at(e + 1).is_some() || w.is_punct(e + 1, "،»") || w.w(e + 1) == "در");
                if e > a && e < s1 && closes && name_start_like(w, a) && (a + 1..=e).all(|x| name_like(w, x))
                {
                    found.push((a, e));
                }
            }
            k = tp.last + 1;
        }
    }
    // a surname no lexicon knows opening the speech right after a role-only
    // one: "سرپرست شرکت سهامی آب منطقه‌ای گیلان … بیان کرد: … . ¶ نیک‌خوی،
    // تمام پروژه‌ها را … خواند و بیان کرد" — the role's holder, named at last
    let sentences = &cx.tokens.sentences;
    let speaks = |si: usize| {
        let r = &sentences[si].tokens;
        (r.start..r.end).any(|k| w.speech_verb_at(k).is_some())
    };
    for (si, sent) in sentences.iter().enumerate() {
        let mut a = sent.tokens.start;
        while a < sent.tokens.end && (w.is_punct(a, "«\"") || w.w(a) == "همچنین") {
            a += 1;
        }
        // (the cheap checks first: a title word, a speech verb, then the phrase)
        let role_only = a < sent.tokens.end
            && !(c.person_at)(a)
            && w.title_at(a).is_some()
            && speaks(si)
            && c.title_phrase(a, 0).is_some_and(|tp| tp.stands_alone());
        if !role_only {
            continue;
        }
        // the next sentence that speaks, within the sentences a role waits
        let Some(sj) =
            (si + 1..sentences.len().min(si + 1 + PENDING_SENTENCES as usize)).find(|&j| speaks(j))
        else {
            continue;
        };
        let b = sentences[sj].tokens.start;
        // one word the lexicons do not know, then a comma or the words that
        // open what its subject does ("X با اشاره به …", "X در ادامه …")
        let next = w.w(b + 1);
        let opens_clause = w.is_comma(b + 1)
            || matches!(
                next,
                "با" | "در" | "ضمن" | "به" | "همچنین" | "درباره" | "در\u{200c}باره"
            );
        if b + 1 < sentences[sj].tokens.end
            && !(c.person_at)(b)
            && name_like(w, b)
            && chars_at_least(w.w(b), 3)
            && opens_clause
        {
            // (written in full earlier after a given name the lists know,
            // which the lone word then continues: "ناصر پایه‌گذار … ¶ پایه‌گذار
            // در پایان … گفت")
            let full = (1..b)
                .find(|&e| w.w(e) == w.w(b) && w.ent.given.contains_key(w.w(e - 1)) && !(c.person_at)(e - 1));
            if let Some(e) = full {
                found.push((e - 1, e));
            }
            found.push((b, b));
        }
    }
    // the quotes mark the whole name: a shorter name found at their start is
    // that name cut short ("«ژان برتراند آریستید»، رئیس جمهوری هائیتی",
    // '"مولوی عمر"، سخنگوی …'), when it is the only mention inside them
    for &(a, e) in &quoted {
        let span = Span::new(w.toks[a].span.start, w.toks[e].span.end);
        let inside: Vec<(usize, usize)> = people
            .iter()
            .enumerate()
            .flat_map(|(p, person)| {
                person
                    .mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.span.overlaps(span))
                    .map(move |(i, _)| (p, i))
            })
            .collect();
        if let [(p, i)] = inside[..] {
            let m = &people[p].mentions[i];
            if m.span.start == span.start && m.span.end < span.end {
                let old = m.text.clone();
                let text = w.text[span.range()].to_string();
                // (a given name alone that was read as another person's: "پیش
                // از آن «احمد بن حلی» معاون دبیرکل …" is not "احمد آل خلیفه"
                // named later — a person of their own)
                if people[p].name.fa != old {
                    people[p].mentions.remove(i);
                    found.push((a, e));
                    continue;
                }
                people[p].name = Name {
                    fa: text.clone(),
                    latin: Some(latin_of(w, a, e)),
                    latin_approx: true,
                };
                let m = &mut people[p].mentions[i];
                m.span = span;
                m.text = text;
                continue;
            }
        }
        found.push((a, e));
    }
    for (a, e) in found {
        if taken(people, a, e) {
            continue;
        }
        let span = Span::new(w.toks[a].span.start, w.toks[e].span.end);
        let text = &w.text[span.range()];
        // the same person again, or by their last two or more words: "«اتو
        // پرز مولینا»، رئیس‌جمهور …" … "«پرز مولینا»، …"
        let words = |s: &str| s.replace('\u{200C}', " ");
        let t = words(text);
        // (a lone surname: the person of that surname — "پایه‌گذار" after
        // "ناصر پایه‌گذار")
        let same = |p: &Person| {
            let n = words(&p.name.fa);
            n == t
                || (t.contains(' ') && leading_words(&n, &t).is_some())
                || (!t.contains(' ') && n.rsplit(' ').next() == Some(t.as_str()) && n.contains(' '))
        };
        if let Some(p) = people.iter_mut().find(|p| same(p)) {
            p.mentions.push(Mention {
                span,
                text: text.to_string(),
                kind: MentionKind::Name,
            });
            p.mentions.sort_by_key(|m| m.span.start);
            continue;
        }
        people.push(Person {
            id: format!("p{}", people.len() + 1),
            name: Name {
                fa: w.text[span.range()].to_string(),
                latin: Some(latin_of(w, a, e)),
                latin_approx: true,
            },
            mentions: vec![Mention {
                span,
                text: w.text[span.range()].to_string(),
                kind: MentionKind::Name,
            }],
        });
    }
}

/// A person's name mention by token range.
#[derive(Clone, Copy, Debug)]
struct NameTok {
    first: usize,
    last: usize,
    person: usize,
}

/// True when two titles are one written two ways: spaces, ZWNJs and "و"
/// aside ("معاون سیاسی امنیتی" / "معاون سیاسی و امنیتی", "رئیس جمهور" /
/// "رئیس‌جمهور").
fn same_title(a: &str, b: &str) -> bool {
    a == b || {
        let key = |s: &str| s.split(' ').filter(|x| *x != "و").map(squash).collect::<String>();
        key(a) == key(b)
    }
}

fn compatible(a: &Option<OrgPart>, b: &Option<OrgPart>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x.org.is_some() && x.org == y.org) || one_starts_other(&x.fa, &y.fa),
        _ => true,
    }
}

/// True when one name starts the other, spaces and ZWNJs aside ("حزب
/// اعتمادملی" and "حزب اعتماد ملی" are one party): compared as the figures'
/// lookup keys ([`squash`]).
/// A deputy of the minister is one of the ministry: "وزیر X" is compared as
/// "وزارت X" ("معاون … وزیر آموزش و پرورش" / "معاون … وزارت آموزش و پرورش").
/// A member of parliament's "مردم X در مجلس …" is of the parliament beside
/// another office there ("نماینده مردم قم در مجلس شورای اسلامی" / "عضو
/// هیئت‌رئیسه مجلس شورای اسلامی", "عضو کمیسیون عمران مجلس"); two
/// constituencies stay two.
fn one_starts_other(a: &str, b: &str) -> bool {
    let office = |s: &str| match s.strip_prefix("وزیر ") {
        Some(rest) => squash(&format!("وزارت {rest}")),
        None => squash(s),
    };
    let starts = |a: &str, b: &str| {
        let (a, b) = (office(a), office(b));
        a.starts_with(&b) || b.starts_with(&a)
    };
    fn house(s: &str) -> Option<&str> {
        s.strip_prefix("مردم ")
            .and_then(|r| r.split_once(" در "))
            .map(|(_, h)| h)
    }
    // … or a committee of that house ("کمیسیون عمران مجلس")
    let of_house = |h: &str, x: &str| starts(h, x) || office(x).ends_with(&office(h));
    starts(a, b)
        || match (house(a), house(b)) {
            (Some(h), None) => of_house(h, b),
            (None, Some(h)) => of_house(h, a),
            _ => false,
        }
}

#[derive(Default, Clone)]
struct PersonState {
    roles: Vec<(TitlePhrase, Role)>,
    /// True once a title was written next to their name (not only as a
    /// role-only subject).
    explicit: bool,
    extra_mentions: Vec<Mention>,
}

impl PersonState {
    fn add_role(&mut self, tp: &TitlePhrase) {
        self.add_one_role(tp);
        for o in &tp.also {
            self.add_one_role(&TitlePhrase {
                org: Some(o.clone()),
                also: Vec::new(),
                ..tp.clone()
            });
        }
    }

    fn add_one_role(&mut self, tp: &TitlePhrase) {
        let r = tp.role();
        // (one organisation in two listed spellings has one English name:
        // "وزارت امور خارجه کوبا" / "وزارت خارجه کوبا")
        let same_org = |a: &Option<Gloss>, b: &Option<Gloss>| match (a, b) {
            (Some(a), Some(b)) => a.fa == b.fa || (a.en.is_some() && a.en == b.en),
            (None, None) => true,
            _ => false,
        };
        // (a title and the same title with more words, at one organisation,
        // are one office: "رئیس" / "رئیس کل سازمان خصوصی‌سازی")
        let fuller = |a: &str, b: &str| b.strip_prefix(a).is_some_and(|rest| rest.starts_with(' '));
        let same = |x: &Role| {
            (same_title(&x.title.fa, &r.title.fa)
                || fuller(&x.title.fa, &r.title.fa)
                || fuller(&r.title.fa, &x.title.fa))
                && same_org(&x.organization, &r.organization)
                && (x.organization.is_some() || x.title.fa == r.title.fa)
        };
        // (the fuller writing stays: "معاون سیاسی و امنیتی", "وزارت امور خارجه")
        let size = |x: &Role| x.title.fa.len() + x.organization.as_ref().map_or(0, |o| o.fa.len());
        if let Some(pos) = self.roles.iter().position(|(_, x)| same(x)) {
            if size(&r) > size(&self.roles[pos].1) {
                self.roles[pos] = (tp.clone(), r);
            }
            return;
        }
        // a role without organisation is replaced by the same title with one
        if let Some(pos) = self
            .roles
            .iter()
            .position(|(_, x)| same_title(&x.title.fa, &r.title.fa) && x.organization.is_none())
        {
            if r.organization.is_some() {
                self.roles[pos] = (tp.clone(), r);
                return;
            }
        }
        if r.organization.is_none()
            && self
                .roles
                .iter()
                .any(|(_, x)| same_title(&x.title.fa, &r.title.fa))
        {
            return;
        }
        // "… استان" is the province named in the same title's fuller
        // organisation: "معاون هماهنگ‌کننده سپاه شهدای استان" after "… سپاه
        // شهدای آذربایجان‌غربی"; the fuller one stays
        let province_of = |short: &str, full: &str| {
            short.strip_suffix(" استان").is_some_and(|stem| {
                full.len() > short.len() && full.starts_with(stem) && full[stem.len()..].starts_with(' ')
            })
        };
        fn org_fa(x: &Role) -> &str {
            x.organization.as_ref().map_or("", |o| o.fa.as_str())
        }
        let new = org_fa(&r);
        if let Some(pos) = self.roles.iter().position(|(_, x)| {
            same_title(&x.title.fa, &r.title.fa)
                && (province_of(new, org_fa(x)) || province_of(org_fa(x), new))
        }) {
            if province_of(org_fa(&self.roles[pos].1), new) {
                self.roles[pos] = (tp.clone(), r);
            }
            return;
        }
        // the same title at the same organisation written shorter or longer
        // ("رهبر جنبش انصارالله" / "… یمن"): keep the fuller
        if let Some(pos) = self.roles.iter().position(|(t, x)| {
            same_title(&x.title.fa, &r.title.fa) && t.org.is_some() && compatible(&t.org, &tp.org)
        }) {
            let old = self.roles[pos]
                .1
                .organization
                .as_ref()
                .map_or("", |o| o.fa.as_str());
            let new = r.organization.as_ref().map_or("", |o| o.fa.as_str());
            // (the same words written out further; not "وزارت X" for the
            // "وزیر X" written next to the name)
            if new.len() > old.len() && squash(new).starts_with(&squash(old)) {
                self.roles[pos] = (tp.clone(), r);
            }
            return;
        }
        self.roles.push((tp.clone(), r));
    }

    fn holds(&self, tp: &TitlePhrase) -> bool {
        self.roles
            .iter()
            .any(|(t, _)| t.title.fa == tp.title.fa && compatible(&t.org, &tp.org))
    }

    fn compatible_with(&self, tp: &TitlePhrase) -> bool {
        self.roles.is_empty()
            || tp.org.is_none()
            || self
                .roles
                .iter()
                .any(|(t, _)| t.org.is_some() && compatible(&t.org, &tp.org))
    }

    fn same_org(&self, tp: &TitlePhrase) -> bool {
        tp.org.is_some()
            && self
                .roles
                .iter()
                .any(|(t, _)| t.org.is_some() && compatible(&t.org, &tp.org))
    }
}

impl Extractor for OfficialsExtractor {
    fn name(&self) -> &'static str {
        "officials"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Findings) {
        let w = cx.words();
        let starts = person_starts(w, out);
        let person_at = |k: usize| starts.get(k).copied().unwrap_or(false);
        // organisations by token range, from the organisations extractor's
        // mentions (found here when that extractor did not run)
        if out.organizations.is_empty() {
            let hits = find_orgs(w, &person_at);
            out.organizations = build_orgs(w, &hits).0;
        }
        let mut org_by_tokens = FxHashMap::default();
        for (k, g) in out.organizations.iter().enumerate() {
            for m in &g.mentions {
                if let (Some(a), Some(b)) = (
                    w.token_starting_at(m.span.start),
                    w.token_ending_at(0, m.span.end),
                ) {
                    org_by_tokens.insert((a, b), k);
                }
            }
        }
        let c = Ctx {
            w,
            person_at: &person_at,
            org_by_tokens,
            orgs: &out.organizations,
        };
        // names the lexicons do not know, anchored by a title:
        // "جان کامیتیس، رئیس باشگاه کیپ‌تاون", "رئیس Y، X Y گفت"
        anchored_names(&c, cx, &mut out.people);
        // name mentions by token
        let mut names: Vec<NameTok> = Vec::new();
        for (p, person) in out.people.iter().enumerate() {
            for m in &person.mentions {
                if let (Some(a), Some(b)) = (
                    w.token_starting_at(m.span.start),
                    w.token_ending_at(0, m.span.end),
                ) {
                    names.push(NameTok {
                        first: a,
                        last: b,
                        person: p,
                    });
                }
            }
        }
        names.sort_by_key(|n| n.first);
        // per token: the name mention starting / ending there, and coverage
        let mut starting: Vec<Option<NameTok>> = vec![None; w.len()];
        let mut ending: Vec<Option<NameTok>> = vec![None; w.len()];
        let mut covered = vec![false; w.len()];
        for n in &names {
            starting[n.first].get_or_insert(*n);
            ending[n.last].get_or_insert(*n);
            covered[n.first..=n.last].iter_mut().for_each(|c| *c = true);
        }
        let name_ending = |k: usize| ending.get(k).copied().flatten();
        let name_starting = |k: usize| starting.get(k).copied().flatten();
        let in_name = |k: usize| covered.get(k).copied().unwrap_or(false);

        let mut state: Vec<PersonState> = vec![PersonState::default(); out.people.len()];
        let mut last_speaker: Option<(usize, u32)> = None;
        let mut speakers: Vec<usize> = Vec::new();
        // a role-only subject waiting for its holder's name: (title phrase, its
        // sentence, whether it spoke there)
        let mut pending: Option<(TitlePhrase, u32, bool)> = None;
        // a role-only subject given to the previous speaker only because
        // they had no role yet: (that person, the title phrase, its sentence,
        // its attribution); a new name opening the next sentence's speech
        // takes it instead ("مدیرکل X گفت: … . حسن رضایی گفت: …")
        let mut guessed: Option<(usize, TitlePhrase, u32, usize)> = None;
        // title words of role phrases no name was linked to, with their
        // sentence: "یک سخنگوی وزارت خارجه …", "با وزیر نیرو دیدار کرد"
        let mut unnamed: Vec<(String, u32)> = Vec::new();
        let mut attributions: Vec<Attribution> = Vec::new();
        let sentences = &cx.tokens.sentences;
        let mut open_attr: Option<usize> = None; // index into attributions, extendable
        for (si, sent) in sentences.iter().enumerate() {
            let si = si as u32;
            // paragraph break before this sentence closes an open attribution
            if si > 0 {
                let prev = &sentences[si as usize - 1];
                if cx.text[prev.span.end..sent.span.start].contains('\n') {
                    open_attr = None;
                }
            }
            // 1. title phrases
            let mut tps: Vec<TitlePhrase> = Vec::new();
            let mut k = sent.tokens.start;
            while k < sent.tokens.end {
                if !in_name(k) {
                    if let Some(tp) = c.title_phrase(k, 0) {
                        k = tp.last + 1;
                        tps.push(tp);
                        continue;
                    }
                }
                k += 1;
            }
            // coordination: "رئیس هیئت‌مدیره و مدیرعامل Y" share Y, and so do
            // two people with their titles: "محمد نوحی رئیس سابق و محسن احمدی
            // دبیر سابق فدراسیون ورزش‌های رزمی"
            for t in (0..tps.len().saturating_sub(1)).rev() {
                let next = tps[t].last + 2;
                // (across a name only for a title that needs an organisation:
                // not "رئیس‌جمهور و X وزیر خارجه آمریکا")
                let shared = w.w(tps[t].last + 1) == "و"
                    && (tps[t + 1].first == next
                        || (tps[t].complement == "org"
                            && name_starting(next).is_some_and(|n| tps[t + 1].first == n.last + 1)));
                // (not a title with its nationality: "سناتور شیلیایی و رئیس
                // کمیسیون حقوق بشر")
                let nationality =
                    demonym_at(w, tps[t].last) || (tps[t].last >= 1 && demonym2_at(w, tps[t].last - 1));
                if tps[t].org.is_none() && !nationality && shared {
                    tps[t].org = tps[t + 1].org.clone();
                }
            }
            // … and a title with the office noun of the next holder, whose
            // duty it names: "X سرمربی و Y سرپرستی این تیم را برعهده
            // داشتند" — X is the team's سرمربی
            for tp in tps.iter_mut() {
                if tp.org.is_some() || tp.complement != "org" || w.w(tp.last + 1) != "و" {
                    continue;
                }
                let Some(n) = name_starting(tp.last + 2) else {
                    continue;
                };
                let k = n.last + 1;
                let Some((entry, oj)) = office_at(w, k).or_else(|| coaching_at(w, k)) else {
                    continue;
                };
                let Some(office) = c
                    .title_phrase_of(k, entry, oj, 0)
                    .filter(|o| w.sentence(o.last) == si)
                else {
                    continue;
                };
                if duty_at(w, office.last + 1).is_some() {
                    tp.org = office.org;
                }
            }
            // 2. links
            // a list of people, each with a description ("X قهرمان …، Y سرمربی
            // تیم …، Z نایب قهرمان …"): three names or more opening comma
            // segments; a title there belongs to its own segment's name, never
            // to the name after the comma
            let opens_segment = |k: usize| k == sent.tokens.start || w.is_comma(k - 1) || w.w(k - 1) == "و";
            let list = (sent.tokens.start..sent.tokens.end)
                .filter(|&k| opens_segment(k) && name_starting(k).is_some())
                .count()
                >= 3;
            // a title that needs an organisation, with a name right after it
            // instead, after its holder's name: the name is the complement —
            // "مایک پنس معاون ترامپ" (title معاون, org ترامپ), "امید نمازی،
            // دستیار کارلوس کی‌روش"; not in a list of people, and not a line
            // that opens with the title ("سرمربی علی دایی" under a line-up)
            if !list {
                for tp in tps.iter_mut() {
                    if tp.org.is_some() || tp.complement != "org" {
                        continue;
                    }
                    let Some(n) = name_starting(tp.last + 1) else {
                        continue;
                    };
                    // … or before the speech verb that follows: "سخنگوی روبیو
                    // اعلام کرده است" (Rubio's spokesman)
                    let mut b = if tp.first > sent.tokens.start && w.is_comma(tp.first - 1) {
                        tp.first.wrapping_sub(2)
                    } else {
                        tp.first.wrapping_sub(1)
                    };
                    // (a quoted holder: "«مایک پنس» معاون ترامپ")
                    while b < w.len() && b > sent.tokens.start && w.is_punct(b, "»\"") {
                        b -= 1;
                    }
                    let holder = b < w.len() && b >= sent.tokens.start && name_ending(b).is_some();
                    let speaks = w.speech_verb_at(n.last + 1).is_some();
                    let from = if holder { b } else { tp.first };
                    let span = w.toks[from].span.start..w.toks[n.last].span.end;
                    if (holder || speaks) && w.sentence(n.last) == si && !cx.text[span].contains('\n') {
                        let p = &out.people[n.person];
                        tp.org = Some(OrgPart {
                            fa: c.text(n.first, n.last).to_string(),
                            en: p.name.latin.clone(),
                            org: None,
                        });
                        tp.last = n.last;
                    }
                }
            }
            let segment_name = |first: usize| {
                let mut k = first;
                while k > sent.tokens.start && !w.is_comma(k - 1) {
                    k -= 1;
                }
                // a second description joined by و: "X قهرمان کونگ‌فو کشور و
                // سرمربی تیم …"
                name_starting(k).filter(|n| n.last < first && first - n.last <= 6 && w.w(first - 1) == "و")
            };
            // the one appointed as the title phrase starting after token `k0`
            // ("به عنوان"/"به سمت", or the office noun itself): the object of
            // the verb, the subject that opens the clause (with `verb_ok`, an
            // appointment verb after the phrase; with `relative`, also a name
            // right before "که"), or the name after an appointment noun
            let appointee = |k0: usize, verb_ok: bool, relative: bool| -> Option<usize> {
                let n = names
                    .iter()
                    .rfind(|n| n.last < k0 && n.first >= sent.tokens.start)?;
                let mut r = n.last + 1;
                while w.is_punct(r, "»\")") {
                    r += 1;
                }
                // "X که … سرپرستی فدراسیون را بر عهده دارد"
                let rel = relative && w.w(r) == "که";
                if rel {
                    r += 1;
                }
                // the object of the same verb: no other "را" between
                let object =
                    !relative && w.w(r) == "را" && k0 - r <= 12 && (r + 1..k0).all(|y| w.w(y) != "را");
                // the subject: "X به عنوان مشاور باشگاه انتخاب شد",
                // "X با حکم وزیر به سمت مدیرکل … منصوب شد" — the name
                // opens its clause, only a few words (no comma, no
                // other name, no object) stand between, and the
                // appointment verb follows the title phrase (which
                // then ended where it should)
                // (an honorific before the name opens it: "سردار X")
                let mut f = n.first;
                while let Some(h) = (f.saturating_sub(3).max(sent.tokens.start)..f).find(|&h| {
                    w.match_tokens(&w.ent.honorifics, h)
                        .is_some_and(|(_, j)| j + 1 == f)
                }) {
                    f = h;
                }
                // (or a clause after "که": "اخبار حاکی از آن است که
                // سردار انصاری … به سمت جانشین فرمانده … انتخاب شده
                // است"; not a condition: "در صورتی که X به عنوان
                // سرمربی … انتخاب شود")
                let that = f >= 2 && w.w(f - 1) == "که" && w.w(f - 2) != "صورتی";
                let opens = f == sent.tokens.start || w.is_comma(f - 1) || w.w(f - 1) == "و" || that;
                // (more words when none is a finite verb, a speech
                // verb or "که": "جمشید خیرآبادی با کسب ۱۲ رای از ۱۴
                // رای اخذ شده برای مدت چهار سال به عنوان رئیس هیئت
                // کشتی استان انتخاب شد")
                let near = k0 - r <= 5
                    || (k0 - r <= 14
                        && (r..k0).all(|y| {
                            let s = w.w(y);
                            s != "که"
                                && w.speech_verb_at(y).is_none()
                                && (!w.ent.is_verb(s) || s.ends_with('ه'))
                        }));
                let subject = (opens || rel)
                    && verb_ok
                    && near
                    && (r..k0).all(|y| !w.is_comma(y) && w.w(y) != "را" && !in_name(y));
                // the verbal noun of an appointment right before the
                // name: "در انتخاب مهدی بازرگان به عنوان نخست وزیر
                // ایران", "با انتصاب X به عنوان مدیرکل …"
                let nominal = !relative
                    && r == k0
                    && n.first > sent.tokens.start
                    && APPOINTING.contains(&w.w(n.first - 1));
                (object || subject || nominal).then_some(n.person)
            };
            let mut linked: Vec<Option<usize>> = vec![None; tps.len()];
            for (t, tp) in tps.iter().enumerate() {
                let mut b = tp.first.wrapping_sub(1);
                // "X (نایب رئیس فدراسیون)" too
                while b < w.len() && w.is_punct(b, "»)\"(") {
                    b = b.wrapping_sub(1);
                }
                if b < w.len() && w.is_comma(b) {
                    b = b.wrapping_sub(1);
                    while b < w.len() && w.is_punct(b, "»)\"") {
                        b = b.wrapping_sub(1);
                    }
                }
                // "X که رئیس فدراسیون است": a relative clause with a copula
                let copula = |k: usize| matches!(w.w(k), "است" | "بود" | "بوده" | "باشد" | "هستند" | "بودند");
                if b < w.len() && b > sent.tokens.start && w.w(b) == "که" && copula(tp.last + 1) {
                    b -= 1;
                }
                let before = (b < w.len() && w.sentence(b) == si)
                    .then(|| name_ending(b))
                    .flatten();
                let mut a = tp.last + 1;
                // "رئیس Y، X", "سرپرست تیم یعنی X"
                if w.is_comma(a) || w.w(a) == "یعنی" {
                    a += 1;
                }
                while let Some((_, j)) = w.match_tokens(&w.ent.honorifics, a) {
                    a = j + 1;
                }
                while w.is_punct(a, "«(\"") {
                    a += 1;
                }
                // the source of a report is no role of the name after it:
                // "به گزارش خبرنگار فارس، حجت‌الاسلام قمی …"
                let source = tp.first >= 1
                    && (w.w(tp.first - 1) == "گزارش"
                        || (tp.first >= 2 && w.w(tp.first - 1) == "از" && w.w(tp.first - 2) == "نقل"));
                // nor is the one who acts on the title holder's word, after a
                // comma: "به پیشنهاد رئیس کمیته داوران و تایید رئیس فدراسیون،
                // رامین حقیقی زاده …" (but "با حکم رئیس‌جمهور حسن روحانی")
                let by_word = tp.first >= 1
                    && w.is_comma(tp.last + 1)
                    && matches!(
                        w.w(tp.first - 1),
                        "حکم"
                            | "پیشنهاد"
                            | "دستور"
                            | "تایید"
                            | "تأیید"
                            | "موافقت"
                            | "دعوت"
                            | "سوی"
                            | "طرف"
                            | "امضای"
                    );
                // (not a name with its own title right after it: "سخنان رئیس
                // جمهور فرشیدی وزیر آموزش و پرورش" lists two people)
                let after = (w.sentence(a) == si && !source && !by_word && !list)
                    .then(|| name_starting(a))
                    .flatten()
                    .filter(|n| a != tp.last + 1 || w.title_at(n.last + 1).is_none());
                let before = before.or_else(|| list.then(|| segment_name(tp.first)).flatten());
                let person = before
                    .or(after)
                    .map(|n| n.person)
                    .filter(|&p| !holy(&out.people[p].name.fa))
                    .or_else(|| {
                        // the second of two coordinated titles
                        (t > 0 && tps[t - 1].last + 2 == tp.first && w.w(tp.first - 1) == "و")
                            .then(|| linked[t - 1])
                            .flatten()
                    })
                    .or_else(|| {
                        // "X را به عنوان TITLE … معرفی کرد", "من/بنده به عنوان TITLE"
                        let k0 = as_role_at(w, tp.first)?;
                        if k0 > sent.tokens.start && matches!(w.w(k0 - 1), "من" | "بنده" | "اینجانب")
                        {
                            // the speaker named earlier in this sentence, before
                            // its speech verb ("X … اظهار داشت: … خدمت بنده به
                            // عنوان سخنگوی شورا"), else the one just before
                            let here = names.iter().rfind(|n| {
                                n.first >= sent.tokens.start
                                    && n.last < k0
                                    && (n.last + 1..k0).any(|y| w.speech_verb_at(y).is_some())
                            });
                            if let Some(n) = here {
                                return Some(n.person);
                            }
                            return last_speaker.filter(|&(_, s)| si - s <= 1).map(|(p, _)| p);
                        }
                        appointee(k0, APPOINTED.contains(&w.w(tp.last + 1)), false)
                    })
                    .or_else(|| {
                        // a predicate: "عظیمی‌زاده بیش از پنج سال شهردار یزد
                        // بود", "لوئیس انریکه، سرمربی بارسلونا، سه فصل پیش
                        // مربی آ اس رم بود" — the subject opens the clause and
                        // only words of time stand between it and the title
                        let v = tp.last + 1;
                        let copula = matches!(w.w(v), "شد" | "بود" | "است" | "گردید")
                            || (matches!(w.w(v), "بوده" | "شده") && matches!(w.w(v + 1), "است" | "بود"));
                        if !copula || tp.org.is_none() || w.sentence(v) != si {
                            return None;
                        }
                        let mut y = tp.first.checked_sub(1)?;
                        let mut gap = 0;
                        while y > sent.tokens.start
                            && gap < 6
                            && (w.toks[y].kind == TokenKind::Number || PREDICATE_GAP.contains(&w.w(y)))
                        {
                            y -= 1;
                            gap += 1;
                        }
                        // "X که … TITLE ORG بود"
                        let rel = w.w(y) == "که";
                        if rel {
                            y = y.checked_sub(1)?;
                        }
                        while y > sent.tokens.start && w.is_punct(y, "»\"") {
                            y -= 1;
                        }
                        // after the subject's own title set off by commas
                        let n = if w.is_comma(y) {
                            let u = tps[..t].iter().rposition(|u| u.last + 1 == y)?;
                            let f = tps[u].first;
                            (f >= 2 && w.is_comma(f - 1))
                                .then(|| name_ending(f - 2))
                                .flatten()?
                        } else {
                            name_ending(y)?
                        };
                        if w.sentence(n.first) != si {
                            return None;
                        }
                        let mut f = n.first;
                        while f > sent.tokens.start && w.is_punct(f - 1, "«\"") {
                            f -= 1;
                        }
                        let opens =
                            f == sent.tokens.start || w.is_comma(f - 1) || matches!(w.w(f - 1), "و" | "که");
                        (opens || rel).then_some(n.person)
                    });
                if let Some(p) = person {
                    if tp.stands_alone() {
                        state[p].add_role(tp);
                        state[p].explicit = true;
                    }
                    linked[t] = Some(p);
                }
            }
            // coordinated titles linked backwards ("رئیس X و مدیرعامل Y، Z")
            for t in (0..tps.len().saturating_sub(1)).rev() {
                if linked[t].is_none()
                    && linked[t + 1].is_some()
                    && tps[t + 1].first == tps[t].last + 2
                    && w.w(tps[t].last + 1) == "و"
                {
                    let p = linked[t + 1].unwrap_or(0);
                    if tps[t].stands_alone() {
                        state[p].add_role(&tps[t]);
                    }
                    linked[t] = Some(p);
                }
            }
            // a counterpart: "وزیر امور خارجه ایتالیا … با کمال خرازی همتای
            // ایرانی خود", "«سینگ» نخست وزیر هند با «نواز شریف» همتای
            // پاکستانی‌اش" — the same title as the nearest title phrase before
            // whose organisation ends with a country, that country swapped
            for n in names
                .iter()
                .filter(|n| n.first >= sent.tokens.start && n.last < sent.tokens.end)
            {
                let mut k = n.last + 1;
                while w.is_punct(k, "»\"") || w.is_comma(k) {
                    k += 1;
                }
                if w.w(k) != "همتای" || w.sentence(k + 1) != si {
                    continue;
                }
                let Some((country, country_en)) = counterpart_country(w, k + 1) else {
                    continue;
                };
                let source = tps[..]
                    .iter()
                    .enumerate()
                    .rev()
                    .filter(|(t, tp)| tp.last < n.first && linked[*t] != Some(n.person))
                    .find_map(|(_, tp)| {
                        let o = tp.org.as_ref()?;
                        // the country ending the organisation, not the counterpart's own
                        let x = (tp.first + 1..=tp.last)
                            .find(|&x| place_at(w, x).is_some_and(|p| p.0 == tp.last))?;
                        let (_, en) = place_at(w, x)?;
                        let written = c.text(x, tp.last);
                        let stem = o.fa.strip_suffix(written)?;
                        (written != country && (stem.is_empty() || stem.ends_with(' ')))
                            .then(|| (tp, stem.to_string(), en))
                    });
                let Some((tp, stem, en)) = source else {
                    continue;
                };
                let org_en = tp
                    .org
                    .as_ref()
                    .and_then(|o| o.en.as_deref())
                    .and_then(|e| e.strip_suffix(en.as_str()))
                    .map(|e| format!("{e}{country_en}"));
                let role = TitlePhrase {
                    org: Some(OrgPart {
                        fa: format!("{stem}{country}"),
                        en: org_en,
                        org: None,
                    }),
                    modifier: None,
                    also: Vec::new(),
                    ..tp.clone()
                };
                state[n.person].add_role(&role);
                state[n.person].explicit = true;
            }
            // a plural title shared by the names right before it, one country
            // each or one for all: "خاتمی و عبدالعزیز بوتفلیقه روسای جمهوری
            // ایران و الجزایر", "«سرگئی لاوروف» و «جان کری» وزیران خارجه روسیه
            // و آمریکا", "بی نظیر بوتو و نواز شریف، نخست وزیران سابق پاکستان"
            for pt in sent.tokens.start + 1..sent.tokens.end {
                let Some((single, mut k)) = plural_title_at(w, pt) else {
                    continue;
                };
                let skip_back = |mut y: usize| {
                    while y > sent.tokens.start && w.is_punct(y, "»\"") {
                        y -= 1;
                    }
                    y
                };
                let mut b = pt - 1;
                if w.is_comma(b) && b > sent.tokens.start {
                    b -= 1;
                }
                let Some(last_name) = name_ending(skip_back(b)).filter(|n| n.first >= sent.tokens.start)
                else {
                    continue;
                };
                let mut holders = vec![last_name.person];
                let mut f = last_name.first;
                let mut sep = "و";
                loop {
                    let mut y = f.saturating_sub(1);
                    while y > sent.tokens.start && w.is_punct(y, "«\"") {
                        y -= 1;
                    }
                    let ok = y > sent.tokens.start && (w.w(y) == sep || (sep == "،" && w.is_comma(y)));
                    if !ok {
                        break;
                    }
                    let Some(n) = name_ending(skip_back(y - 1)).filter(|n| n.first >= sent.tokens.start)
                    else {
                        break;
                    };
                    if holders.contains(&n.person) {
                        break;
                    }
                    holders.push(n.person);
                    f = n.first;
                    sep = "،";
                }
                if holders.len() < 2 {
                    continue;
                }
                holders.reverse();
                let mut modifier = None;
                if let Some((g, j)) = c.modifier_at(k) {
                    modifier = Some(g);
                    k = j + 1;
                }
                // a minister's field: "وزیران [امور خارجه] …"
                let mut field_end = k;
                if single == "وزیر" {
                    while field_end < k + 3
                        && w.is_word(field_end)
                        && w.sentence(field_end) == si
                        && w.w(field_end) != "و"
                        && place_at(w, field_end).is_none()
                    {
                        field_end += 1;
                    }
                    if field_end == k {
                        continue;
                    }
                }
                let mut places = Vec::new();
                let mut x = field_end;
                while let Some((pj, en)) = place_at(w, x).filter(|_| w.sentence(x) == si) {
                    places.push((x, pj, en));
                    if w.w(pj + 1) == "و" || w.is_comma(pj + 1) {
                        x = pj + 2;
                    } else {
                        break;
                    }
                }
                if places.is_empty() || (places.len() != 1 && places.len() != holders.len()) {
                    continue;
                }
                let Some(entry) = w.ent.titles.get(single) else {
                    continue;
                };
                let en = w.ent.titles.field(entry, "en");
                let last = places[places.len() - 1].1;
                for (i, &p) in holders.iter().enumerate() {
                    let (a, e, place_en) = &places[if places.len() == 1 { 0 } else { i }];
                    let place = c.text(*a, *e);
                    let (fa, org_en) = if single == "وزیر" {
                        (format!("وزارت {} {place}", c.text(k, field_end - 1)), None)
                    } else {
                        (place.to_string(), Some(place_en.clone()))
                    };
                    let role = TitlePhrase {
                        first: pt,
                        last,
                        title: Gloss::new(entry.fa.clone(), (!en.is_empty()).then_some(en)),
                        complement: w.ent.titles.field(entry, "complement").to_string(),
                        org: Some(OrgPart {
                            fa,
                            en: org_en,
                            org: None,
                        }),
                        modifier: modifier.clone(),
                        also: Vec::new(),
                        nationality: false,
                    };
                    state[p].add_role(&role);
                    state[p].explicit = true;
                }
            }
            // office nouns: "X به ریاست هیئت کشتی استان انتخاب شد", "انتخاب X
            // به ریاست جمهوری ایران", "X هدایت پرسپولیس را برعهده گرفت" (a
            // team's head coach, see [`coaching_at`]), "X که سرپرستی فدراسیون را بر عهده دارد"
            // (given at the end of the sentence: a role waiting for its holder
            // is still theirs — "وزیر ورزش … می‌گوید … . محمود گودرزی که
            // ریاست «ستاد عالی المپیک» را برعهده دارد، … گفت")
            let mut offices: Vec<(usize, TitlePhrase)> = Vec::new();
            let mut k = sent.tokens.start;
            while k < sent.tokens.end {
                let coach = coaching_at(w, k);
                let Some((entry, oj)) = office_at(w, k).or(coach) else {
                    k += 1;
                    continue;
                };
                let tp = (!in_name(k) && !tps.iter().any(|tp| tp.first <= k && k <= tp.last))
                    .then(|| c.title_phrase_of(k, entry, oj, 0))
                    .flatten()
                    .filter(|tp| tp.stands_alone() && w.sentence(tp.last) == si);
                let Some(tp) = tp else {
                    k = oj + 1;
                    continue;
                };
                let after = tp.last + 1;
                let duty = duty_at(w, after);
                let person = if coach.is_some() && duty.is_none() {
                    None
                } else if let Some(d) = duty {
                    // the holder may stand between the object and the verb:
                    // "هدایت این تیم را کوین بال بر عهده دارد"; another name
                    // there is no subject before the office noun
                    let inside = (after + 1..d).find_map(&name_starting);
                    match inside {
                        Some(n) if n.first == after + 1 && n.last + 1 == d => Some(n.person),
                        Some(_) => None,
                        None => appointee(k, true, true),
                    }
                } else {
                    let k0 = match (k.checked_sub(1).map(|j| w.w(j)), k.checked_sub(2).map(|j| w.w(j))) {
                        (Some("به"), _) => Some(k - 1),
                        (Some("سمت"), Some("به")) => Some(k - 2),
                        _ => None,
                    };
                    let verb_ok = APPOINTED.contains(&w.w(after))
                        || REACHED.contains(&w.w(after))
                        || (w.w(after) == "دست" && w.w(after + 1).starts_with("یافت"));
                    k0.and_then(|k0| appointee(k0, verb_ok, false))
                };
                k = tp.last + 1;
                if let Some(p) = person.filter(|&p| !holy(&out.people[p].name.fa)) {
                    offices.push((p, tp));
                }
            }
            // a partitive: "علیرضا، از فرماندهان ارتش افغانستان", "مولوی عبدالعزیز
            // یکی از رهبران قبایل پاکستان گفت" — one of those who hold the title
            for k in sent.tokens.start + 2..sent.tokens.end {
                if w.w(k) != "از" {
                    continue;
                }
                let Some(&(_, one)) = PLURAL_TITLES.iter().find(|(pl, _)| *pl == w.w(k + 1)) else {
                    continue;
                };
                let Some(entry) = w.ent.titles.get(one) else {
                    continue;
                };
                let mut y = k - 1;
                let yeki = w.w(y) == "یکی";
                if yeki {
                    y -= 1;
                }
                let comma = w.is_comma(y);
                if comma {
                    y = y.saturating_sub(1);
                }
                while y > sent.tokens.start && w.is_punct(y, "»\"") {
                    y -= 1;
                }
                let Some(n) = (yeki || comma).then(|| name_ending(y)).flatten() else {
                    continue;
                };
                let tp = c
                    .title_phrase_of(k + 1, entry, k + 1, 0)
                    .filter(|tp| tp.org.is_some() && w.sentence(tp.last) == si);
                if let Some(tp) =
                    tp.filter(|_| w.sentence(n.first) == si && !holy(&out.people[n.person].name.fa))
                {
                    offices.push((n.person, tp));
                }
            }
            // 3. speech verbs
            let mut k = sent.tokens.start;
            let mut clause_start = sent.tokens.start;
            while k < sent.tokens.end {
                let Some(vj) = w.speech_verb_at(k) else {
                    k += 1;
                    continue;
                };
                // the subject: first candidate of the clause not after a preposition
                let mut subject: Option<(usize, Option<Mention>)> = None;
                let mut role_tp: Option<usize> = None;
                let mut demonstrative = false;
                // the role-only subject follows an opening adverbial: "در
                // ادامه", "سپس", "در این مراسم،" bring on the next speaker
                let mut opened = false;
                let mut x = clause_start;
                let mut gozaresh = false;
                let mut after_source = usize::MAX;
                while x < k {
                    let prev = if x > sent.tokens.start { w.w(x - 1) } else { "" };
                    if w.w(x) == "گزارش" && prev == "به" {
                        gozaresh = true;
                    }
                    if gozaresh && w.is_comma(x) {
                        gozaresh = false;
                        after_source = x + 1;
                        x += 1;
                        continue;
                    }
                    let free = !PREPOSITIONS.contains(&prev) && !gozaresh;
                    // a lead whose source is not set off by a comma: the name
                    // after it opens the clause ("به گزارش خبرگزاری فارس از
                    // کاشان وحید فرخ‌تبار در جمع خبرنگاران گفت"), not one the
                    // report cites ("به نقل از «خالد المظفر» …")
                    let lead = gozaresh
                        && !PREPOSITIONS.contains(&prev)
                        && !matches!(prev, "گزارش" | "نقل" | "قول")
                        && !w.is_punct(x.wrapping_sub(1), "«\"");
                    if let Some(n) = name_starting(x) {
                        if free || lead || prev == "گفته" {
                            subject = Some((n.person, None));
                            break;
                        }
                        x = n.last + 1;
                        continue;
                    }
                    if free && PRONOUNS.contains(&w.w(x)) {
                        let p = last_speaker
                            .map(|(p, _)| p)
                            .or_else(|| names.iter().rfind(|n| n.last < x).map(|n| n.person));
                        if let Some(p) = p {
                            let t = w.toks[x];
                            subject = Some((
                                p,
                                Some(Mention {
                                    span: t.span,
                                    text: w.w(x).to_string(),
                                    kind: MentionKind::Pronoun,
                                }),
                            ));
                        }
                        break;
                    }
                    // a role-only subject starts its clause
                    // (not after a comma: "جان کامیتیس، رئیس باشگاه …
                    // گفت" has a subject the lexicons do not know)
                    // (after an opening adverbial: "در ادامه مدیر آموزش و
                    // پرورش سمیرم … تصریح کرد", "در ابتدای این آیین، …")
                    let by_adverbial = opening_adverbial(
                        w,
                        if after_source <= x {
                            after_source
                        } else {
                            clause_start
                        },
                        x,
                    );
                    let starts = x == clause_start
                        || x == after_source
                        || (x > sent.tokens.start && w.is_punct(x - 1, "«"))
                        || matches!(prev, "و" | "همچنین")
                        // (after a finite verb, which ends the clause before:
                        // a headline run into the lead, "… دستگیر شدند معاون
                        // عملیات فرماندهی انتظامی استان مرکزی گفت")
                        || (x > sent.tokens.start
                            && w.is_word(x - 1)
                            && w.ent.is_verb(prev)
                            && !prev.ends_with('ه')
                            && !LIGHT_NOUN_VERBS.contains(&prev));
                    let starts_after_adverbial = !starts && by_adverbial;
                    let starts = starts || by_adverbial;
                    // "این عضو هیئت رئیسه مجلس … گفت", "این افسر سابق
                    // اطلاعاتی تصریح کرد": a demonstrative before the title
                    // points back to someone the article has been speaking of
                    // (a title with an organisation the article names: not
                    // "این مقام مسئول", "این کارشناس مسائل اقتصادی")
                    if free && starts && w.w(x) == "این" {
                        if let Some(t) = tps.iter().position(|tp| tp.first == x + 1) {
                            // (not when the article just wrote that title of
                            // someone it did not name: "یک سخنگوی وزارت خارجه
                            // … . این سخنگو …" is that one)
                            let fresh = !tps[..t]
                                .iter()
                                .zip(&linked)
                                .any(|(u, l)| l.is_none() && u.title.fa == tps[t].title.fa)
                                && !unnamed.iter().any(|(f, s)| *f == tps[t].title.fa && si - s <= 2);
                            if linked[t].is_none() && c.named_org(&tps[t]) && fresh {
                                role_tp = Some(t);
                                demonstrative = true;
                                break;
                            }
                        }
                    }
                    if let Some(t) = tps.iter().position(|tp| tp.first == x) {
                        if linked[t].is_none() && free && starts {
                            role_tp = Some(t);
                            opened = starts_after_adverbial;
                            break;
                        }
                        x = tps[t].last + 1;
                        continue;
                    }
                    x += 1;
                }
                let verb = cx.text[w.toks[k].span.start..w.toks[vj].span.end].to_string();
                let mut guess: Option<TitlePhrase> = None;
                if subject.is_none() {
                    if let Some(t) = role_tp {
                        let tp = &tps[t];
                        let recent = last_speaker
                            .filter(|&(_, s)| si.saturating_sub(s) <= 4)
                            .map(|(p, _)| p);
                        let holder = (0..state.len())
                            .filter(|&p| state[p].holds(tp))
                            .max_by_key(|&p| Some(p) == recent);
                        // the previous speaker, when the role fits them: a
                        // person with no role yet (news leads name the
                        // speaker, then call them by their role), or one
                        // with a role at the same organisation
                        // … or the only person who has spoken so far, who may
                        // hold several offices ("نماینده … ، سخنگوی کمیسیون")
                        // "X نیز گفت" is another speaker; and not when someone
                        // else named in the article could hold the role
                        // "X نیز گفت", "امام جمعه کرمان هم … اظهار داشت": another speaker
                        let also =
                            opened || (vj > 0 && (also_in_clause(w, x, k) || w.w(tps[t].last + 1) == "هم"));
                        let only_speaker = speakers.len() == 1
                            && !also
                            && recent.is_some_and(|r| !state[r].explicit)
                            && recent.is_some_and(|r| {
                                (0..state.len()).all(|q| {
                                    q == r || holy(&out.people[q].name.fa) || !state[q].roles.is_empty()
                                })
                            });
                        // a verb that goes on ("افزود", "ادامه داد") right after
                        // the speaker spoke: the same speaker under another of
                        // their roles ("ابوذر ندیمی … گفت … . نماینده سابق مردم
                        // لاهیجان افزود")
                        // (a few sentences later too, when they were the
                        // speaker's quote: no name at all in between — "وی …
                        // عنوان کرد: … . … . ¶ سرمربی سابق ملوان افزود")
                        let goes_on = CONTINUING.contains(&verb.as_str())
                            && last_speaker.is_some_and(|(_, s)| {
                                let gap = si.saturating_sub(s);
                                let (a, b) = (sentences[s as usize].tokens.end, sent.tokens.start);
                                gap <= 1 || (gap <= 4 && !names.iter().any(|n| n.first >= a && n.first < b))
                            });
                        // "این TITLE": the speaker of the last sentences, else
                        // the person named last (never someone not named yet)
                        let pointed = || {
                            recent
                                .or_else(|| {
                                    names
                                        .iter()
                                        .rfind(|n| n.last < x && si.saturating_sub(w.sentence(n.last)) <= 2)
                                        .map(|n| n.person)
                                })
                                .filter(|&p| !holy(&out.people[p].name.fa))
                        };
                        // a membership the current speaker holds beside their
                        // office, mid-speech: "سید احمد خاتمی … گفت … . وی ادامه
                        // داد … . عضو مجلس خبرگان با اشاره به سفر بوش، … گفت"
                        // (a member's or the Leader's representative's seat,
                        // not a title of the same word at another organisation;
                        // not "X نیز گفت" or a title after "در ادامه", another
                        // speaker)
                        let member = || {
                            let (p, s) = last_speaker?;
                            let gap = si.checked_sub(s)?;
                            let (a, b) = (sentences[s as usize].tokens.end, sent.tokens.start);
                            let seat = tp.title.fa.starts_with("عضو")
                                || (tp.title.fa == "نماینده"
                                    && tp.org.as_ref().is_some_and(|o| o.fa.starts_with("ولی")));
                            (seat
                                && !also
                                && !tp.nationality
                                && !demonstrative
                                && (gap <= 1
                                    || (gap <= 3 && !names.iter().any(|n| n.first >= a && n.first < b)))
                                && !holy(&out.people[p].name.fa)
                                && state[p]
                                    .roles
                                    .iter()
                                    .all(|(t, _)| t.title.fa != tp.title.fa || compatible(&t.org, &tp.org)))
                            .then_some(p)
                        };
                        let p = holder.or_else(|| {
                            if demonstrative {
                                return pointed();
                            }
                            recent
                                .filter(|&p| {
                                    !also
                                        && (only_speaker
                                            || goes_on
                                            || (state[p].compatible_with(tp)
                                                && (state[p].roles.is_empty()
                                                    || CONTINUING.contains(&verb.as_str())
                                                    || state[p].same_org(tp))))
                                        && !holy(&out.people[p].name.fa)
                                })
                                .or_else(member)
                        });
                        if p.is_none() && tp.stands_alone() && !demonstrative {
                            // a speaker named in the next sentences ("مدیرکل X
                            // گفت: … . فریدون اللهیاری افزود")
                            pending = Some((tp.clone(), si, true));
                        }
                        if let Some(p) = p {
                            // (only a guess when nothing but their lack of a role
                            // made them the holder)
                            if holder.is_none()
                                && !demonstrative
                                && !goes_on
                                && !CONTINUING.contains(&verb.as_str())
                                && state[p].roles.is_empty()
                                && tp.stands_alone()
                            {
                                guess = Some(tp.clone());
                            }
                            // (a title they hold already, written shorter: the
                            // same office — "نماینده مردم تبریز در مجلس …" / "این
                            // نماینده مجلس")
                            let restated = demonstrative
                                && state[p]
                                    .roles
                                    .iter()
                                    .any(|(_, r)| same_office(&r.title.fa, &tp.title.fa));
                            if tp.stands_alone() && !restated {
                                state[p].add_role(tp);
                            }
                            linked[t] = Some(p);
                            subject = Some((p, Some(role_mention(tp, w, cx.text))));
                        }
                    } else if x >= k {
                        // no subject written: the speaker goes on
                        if let Some((p, s)) = last_speaker {
                            if si.saturating_sub(s) <= 3 {
                                subject = Some((p, None));
                            }
                        }
                    }
                }
                // a pronoun or no subject at all ("وی افزود", "افزود:"), not a
                // subject the lexicons do not know ("کره شمالی … توصیف کرد")
                let unwritten = (clause_start..k).all(|y| w.is_punct(y, ":،,«»\"()"));
                if subject.is_none() && (unwritten || (x < k && PRONOUNS.contains(&w.w(x)))) {
                    // "وی افزود" about the one not named yet: the waiting role goes on
                    if let Some((_, ps, _)) = pending.as_mut() {
                        if si > *ps && si - *ps <= PENDING_SENTENCES {
                            *ps = si;
                        }
                    }
                }
                if let Some((p, m)) = subject {
                    let named = m.is_none() && x < k;
                    if let Some(m) = m {
                        state[p].extra_mentions.push(m);
                    }
                    // a new name opening the next sentence's speech, right
                    // after a role-only one that went to the previous speaker
                    // as a guess: the role was introducing them
                    if let Some((g, gtp, gs, ga)) = guessed.take() {
                        let mut y = sent.tokens.start;
                        while y < x {
                            if w.is_punct(y, "«\"(") {
                                y += 1;
                            } else if let Some((_, j)) = w.match_tokens(&w.ent.honorifics, y) {
                                y = j + 1;
                            } else {
                                break;
                            }
                        }
                        let after_name = name_starting(x).map_or(x, |n| n.last + 1);
                        let new = !names.iter().any(|n| n.person == p && n.first < x);
                        // (not a name inside the role's quote: "… گفت: «… خود من
                        // بودم.آقای قالیباف گفتند …»")
                        let since = &cx.text[sentences[gs as usize].span.start..w.toks[x].span.start];
                        let quoted = since.matches('«').count() > since.matches('»').count();
                        if named
                            && y >= x
                            && si == gs + 1
                            && p != g
                            && new
                            && !quoted
                            && state[p].roles.is_empty()
                            && !holy(&out.people[p].name.fa)
                            && !also_after(w, after_name, k)
                            && !titled_after(w, after_name)
                        {
                            let gm = role_mention(&gtp, w, cx.text);
                            state[g].roles.clear();
                            state[g].extra_mentions.retain(|m| m.span != gm.span);
                            give_role(&mut state[p], &gtp, w, cx.text);
                            attributions[ga].person = out.people[p].id.clone();
                        } else if si == gs {
                            guessed = Some((g, gtp, gs, ga));
                        }
                    }
                    if let Some((tp, ps, spoke)) = pending.take() {
                        // the speaker named after their role: with a verb that
                        // goes on ("… . فریدون اللهیاری افزود"), or as the
                        // subject that opens the sentence ("… . «حسین موسویان»
                        // امروز … گفت"); not "X نیز گفت", another speaker
                        // (after quotes and honorifics: "حجت‌الاسلام حسن … بیان داشت")
                        let mut y = sent.tokens.start;
                        while y < x {
                            if w.is_punct(y, "«\"(") {
                                y += 1;
                            } else if let Some((_, j)) = w.match_tokens(&w.ent.honorifics, y) {
                                y = j + 1;
                            } else {
                                break;
                            }
                        }
                        // (or after a lead "به گزارش …،", or an organisation
                        // set off by a comma: "اداره کل راه و شهرسازی استان
                        // آذربایجان شرقی، خلیل‌زاده اظهار داشت")
                        let opens = y >= x
                            || (x > sent.tokens.start
                                && w.is_comma(x - 1)
                                && (after_source == x
                                    || c.longest_org_at(sent.tokens.start)
                                        .is_some_and(|(b, _)| b + 2 == x)));
                        let after_name = name_starting(x).map_or(x, |n| n.last + 1);
                        if named
                            && si > ps
                            && si - ps <= PENDING_SENTENCES
                            && state[p].roles.is_empty()
                            && !also_after(w, after_name, k)
                            && !titled_after(w, after_name)
                            // after a role that spoke itself, only in the very
                            // next sentence: later, a new name saying "گفت" is
                            // someone else ("سخنگوی X … تصریح کرد: … . ¶ کالین
                            // پاول چندی پیش … گفت")
                            // … unless the name is a lone surname the article has
                            // not used before: the one it has been calling by
                            // role ("مدیر ورزش بانوان … ¶ وی … ¶ ضرابی اظهار داشت")
                            && (CONTINUING.contains(&verb.as_str())
                                || (opens
                                    && (!spoke
                                        || si == ps + 1
                                        || name_starting(x).is_some_and(|n| {
                                            n.first == n.last
                                                && !names.iter().any(|m| m.person == p && m.first < x)
                                        }))))
                        {
                            give_role(&mut state[p], &tp, w, cx.text);
                        } else if si == ps || (!named && si - ps <= PENDING_SENTENCES) {
                            // "وی افزود" goes on about the one not named yet
                            pending = Some((tp, si, spoke));
                        }
                    }
                    if !speakers.contains(&p) {
                        speakers.push(p);
                    }
                    last_speaker = Some((p, si));
                    let from = w.toks[x.min(k)].span.start;
                    let end = sent.span.end;
                    attributions.push(Attribution {
                        span: Span::new(from, end),
                        person: out.people[p].id.clone(),
                    });
                    open_attr = Some(attributions.len() - 1);
                    if let Some(tp) = guess.take() {
                        guessed = Some((p, tp, si, attributions.len() - 1));
                    }
                }
                clause_start = vj + 1;
                k = vj + 1;
            }
            for (tp, l) in tps.iter().zip(&linked) {
                if l.is_none() {
                    unnamed.push((tp.title.fa.clone(), si));
                }
            }
            // a sentence without a speech verb continues the open quotation
            let has_verb = (sent.tokens.start..sent.tokens.end).any(|k| w.speech_verb_at(k).is_some());
            if !has_verb {
                // its subject may still be a role ("مدیرکل X … را … دانست.")
                // or a person named after their role ("سرمربی تیم ملی …
                // تصمیم گرفت. ¶ کوروش باقری ضمن …")
                let mut a = sent.tokens.start;
                while a < sent.tokens.end && (w.is_punct(a, "«\"(") || w.w(a) == "همچنین") {
                    a += 1;
                }
                // "به گفته TITLE ORG، …": the one whose words these are
                if w.w(a) == "به" && w.w(a + 1) == "گفته" {
                    a += 2;
                }
                // the first title phrase, opening the sentence or a clause
                // after a comma ("به گزارش …، در شرایطی که …، سرمربی تیم
                // ملی … تصمیم گرفت")
                // ("این سرمربی … را … دانست": the one spoken of before)
                let demonstrative = w.w(a) == "این"
                    && tps.first().is_some_and(|tp| {
                        tp.first == a + 1
                            && c.named_org(tp)
                            && !unnamed
                                .iter()
                                .any(|(f, s)| *f == tp.title.fa && *s < si && si - s <= 2)
                    });
                if demonstrative {
                    a += 1;
                }
                let opening_role = tps
                    .first()
                    .filter(|tp| tp.first == a || (tp.first > a && w.is_comma(tp.first - 1)))
                    .map(|_| 0)
                    .filter(|&t| linked[t].is_none() && tps[t].stands_alone());
                if let Some(t) = opening_role {
                    let tp = &tps[t];
                    let holder = (0..state.len()).find(|&p| state[p].holds(tp));
                    // the speaker just named, who has no role yet
                    let named = last_speaker
                        .filter(|&(p, s)| {
                            si.saturating_sub(s) <= 2
                                && (demonstrative || state[p].roles.is_empty())
                                && !holy(&out.people[p].name.fa)
                                && !also_after(w, tp.last + 1, sent.tokens.end)
                        })
                        .map(|(p, _)| p);
                    match holder.or(named) {
                        Some(p) => {
                            let restated = demonstrative
                                && state[p]
                                    .roles
                                    .iter()
                                    .any(|(_, r)| same_office(&r.title.fa, &tp.title.fa));
                            if holder.is_none() && !restated {
                                state[p].add_role(tp);
                            }
                            state[p].extra_mentions.push(role_mention(tp, w, cx.text));
                        }
                        None if !demonstrative => pending = Some((tp.clone(), si, false)),
                        None => {}
                    }
                } else if let Some(n) = name_starting(a) {
                    if let Some((tp, ps, spoke)) = pending.take() {
                        if si > ps
                            && si - ps <= PENDING_SENTENCES
                            && (!spoke || si == ps + 1)
                            && state[n.person].roles.is_empty()
                            && !holy(&out.people[n.person].name.fa)
                            && !also_after(w, n.last + 1, sent.tokens.end)
                            && !titled_after(w, n.last + 1)
                        {
                            give_role(&mut state[n.person], &tp, w, cx.text);
                        } else if si - ps <= PENDING_SENTENCES {
                            pending = Some((tp, ps, spoke));
                        }
                    }
                }
                if let Some(a) = open_attr {
                    if attributions[a].span.end < sent.span.end {
                        attributions[a].span.end = sent.span.end;
                    }
                }
            }
            for (p, tp) in &offices {
                state[*p].add_role(tp);
                state[*p].explicit = true;
            }
        }
        out.attributions = attributions;
        // 4. output
        let mut officials = Vec::new();
        for (p, st) in state.into_iter().enumerate() {
            let person = &mut out.people[p];
            person.mentions.extend(st.extra_mentions.iter().cloned());
            person.mentions.sort_by_key(|m| (m.span.start, m.span.end));
            person.mentions.dedup_by_key(|m| m.span);
            if st.roles.is_empty() {
                continue;
            }
            let roles: Vec<Role> = st
                .roles
                .iter()
                .map(|(tp, r)| {
                    let mut r = r.clone();
                    // the organisation's fullest form in the article
                    if let (Some(o), Some(k)) = (r.organization.as_mut(), tp.org.as_ref().and_then(|o| o.org))
                    {
                        o.fa = c.orgs[k].name.fa.clone();
                        if c.orgs[k].name.en.is_some() {
                            o.en = c.orgs[k].name.en.clone();
                        }
                    }
                    r
                })
                .collect();
            officials.push(Official {
                id: person.id.clone(),
                name: person.name.clone(),
                roles,
                mentions: person.mentions.clone(),
            });
        }
        out.officials = officials;
    }
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, ArticleMeta, Document};

    fn doc(text: &str) -> Document {
        Analyzer::embedded()
            .unwrap()
            .analyze("t", text, &ArticleMeta::default())
            .unwrap()
    }

    /// (person, title, org).
    type Triple = (String, String, Option<String>);

    /// (person, title, org) triples of a text.
    fn roles(text: &str) -> Vec<Triple> {
        let d = doc(text);
        let mut v: Vec<_> = d
            .officials
            .iter()
            .flat_map(|o| {
                o.roles.iter().map(|r| {
                    (
                        o.name.fa.clone(),
                        r.title.fa.clone(),
                        r.organization.as_ref().map(|g| g.fa.clone()),
                    )
                })
            })
            .collect();
        v.sort();
        v
    }

    fn r(p: &str, t: &str, o: Option<&str>) -> Triple {
        (p.to_string(), t.to_string(), o.map(str::to_string))
    }

    #[test]
    fn a_member_of_parliament_speaks_again_as_a_committee_member() {
        let mut want = vec![
            r("سید علی حسینی", "نماینده", Some("مردم میانه در مجلس")),
            r("سید علی حسینی", "عضو", Some("کمیسیون عمران مجلس")),
        ];
        want.sort();
        assert_eq!(
            roles("سید علی حسینی نماینده مردم میانه در مجلس گفت: خوب است. عضو کمیسیون عمران مجلس در پاسخ به این سؤال گفت: بد است."),
            want
        );
    }

    #[test]
    fn link_patterns() {
        let cases: &[(&str, Vec<Triple>)] = &[
            // X، رئیس Y
            (
                "علی فاضلی، رئیس اتاق اصناف ایران گفت: خوب است.",
                vec![r("علی فاضلی", "رئیس", Some("اتاق اصناف ایران"))],
            ),
            // رئیس Y، X
            (
                "رئیس اتاق اصناف ایران، علی فاضلی گفت: خوب است.",
                vec![r("علی فاضلی", "رئیس", Some("اتاق اصناف ایران"))],
            ),
            // X مدیرعامل Y گفت
            (
                "«مرضیه شاهدایی» مدیرعامل شرکت ملی صنایع پتروشیمی گفت: تولید بیشتر شد.",
                vec![r("مرضیه شاهدایی", "مدیرعامل", Some("شرکت ملی صنایع پتروشیمی"))],
            ),
            // به گزارش …، X، Y
            (
                "به گزارش خبرگزاری فارس، حسن احمدی، استاندار قزوین اظهار کرد: باران آمد.",
                vec![r("حسن احمدی", "استاندار", Some("قزوین"))],
            ),
            // وزیر X → وزارت X, with a country
            (
                "منوچهر متکی، وزیر امور خارجه ایران گفت: سفر انجام شد.",
                vec![r("منوچهر متکی", "وزیر", Some("وزارت امور خارجه ایران"))],
            ),
            // a deputy of a person-role
            (
                "غلامرضا کرد زنگنه، معاون وزیر اقتصاد گفت: سهام واگذار شد.",
                vec![r("غلامرضا کرد زنگنه", "معاون", Some("وزیر اقتصاد"))],
            ),
            // coordinated titles share the organisation
            (
                "محمد رضایی، رئیس هیئت‌مدیره و مدیرعامل بانک ملت گفت: سود بالا رفت.",
                vec![
                    r("محمد رضایی", "رئیس هیئت‌مدیره", Some("بانک ملت")),
                    r("محمد رضایی", "مدیرعامل", Some("بانک ملت")),
                ],
            ),
            // an unknown organisation as a head-word noun phrase
            (
                "علی کریمی، مدیرکل حفاظت محیط زیست استان قزوین گفت: آلودگی کم شد.",
                vec![r("علی کریمی", "مدیرکل", Some("حفاظت محیط زیست استان قزوین"))],
            ),
            // an appointment: the subject of "به عنوان / به سمت TITLE … منصوب شد"
            (
                "در این جلسه، داریوش ارجمند به عنوان مشاور فرهنگی باشگاه استقلال انتخاب شد.",
                vec![r("داریوش ارجمند", "مشاور فرهنگی", Some("باشگاه استقلال"))],
            ),
            (
                "علی رضایی با حکم وزیر به سمت مدیرکل امور مالیاتی استان تهران منصوب شد.",
                vec![r("علی رضایی", "مدیرکل", Some("امور مالیاتی استان تهران"))],
            ),
            // … after an honorific too, with the deputy's portfolio in the title
            (
                "سردار مرتضی طلایی به سمت معاون راهنمایی و رانندگی نیروی انتظامی منصوب شد.",
                vec![r("مرتضی طلایی", "معاون راهنمایی و رانندگی", Some("نیروی انتظامی"))],
            ),
            // … opening a clause after "که", not a condition
            (
                "اخبار حاکی از آن است که سردار علی انصاری به سمت جانشین فرمانده نیروی انتظامی انتخاب شده است.",
                vec![r("علی انصاری", "جانشین", Some("فرمانده نیروی انتظامی"))],
            ),
            (
                "در صورتی که روبرتو مانچینی به عنوان سرمربی تیم ملی ایتالیا انتخاب شود کار سخت است.",
                vec![],
            ),
            // … further from the name when no verb, "که" or comma comes between
            (
                "جمشید خیرآبادی با کسب ۱۲ رای از ۱۴ رای اخذ شده برای مدت چهار سال به عنوان رئیس هیئت کشتی استان کردستان انتخاب شد.",
                vec![r("جمشید خیرآبادی", "رئیس", Some("هیئت کشتی استان کردستان"))],
            ),
            (
                "علی رضایی دیروز به تهران آمد و امروز در مجمع به عنوان رئیس هیئت کشتی استان انتخاب شد.",
                vec![],
            ),
            // … not when the title phrase runs on into the sentence
            (
                "حسین رضازاده به عنوان رئیس فدراسیون امتیاز مثبتی برای وزنه‌برداران است.",
                vec![],
            ),
            // a noun that is also a verb of the second person stays in the
            // name ("کشتی": wrestling, "you killed")
            (
                "حسن رضایی به عنوان رئیس هیئت کشتی استان انتخاب شد.",
                vec![r("حسن رضایی", "رئیس", Some("هیئت کشتی استان"))],
            ),
            // the hamza spelling of مسئول, with its portfolio
            (
                "سجاد خالدی مسؤول مطالبه‌گری بسیج دانشجویی دانشگاه تهران گفت: کار ادامه دارد.",
                vec![r("سجاد خالدی", "مسؤول مطالبه‌گری", Some("بسیج دانشجویی دانشگاه تهران"))],
            ),
            // a portfolio before a known organisation, for any title
            (
                "کاترین آشتون نماینده سیاست خارجی اتحادیه اروپا گفت: مذاکره ادامه دارد.",
                vec![r("کاترین آشتون", "نماینده سیاست خارجی", Some("اتحادیه اروپا"))],
            ),
            // an athlete in a weight class holds no office; a surname's
            // ending written apart after a rank
            (
                "سرهنگ نواب زاده فرمانده هنگ مرزی سراوان گفت: ذبیح‌الله پورشیب نماینده وزن ۸۴ کیلوگرم برد.",
                vec![r("نواب زاده", "فرمانده", Some("هنگ مرزی سراوان"))],
            ),
            // a surname alone right before its title, after a common word
            (
                "بر اساس اظهارات پورزرندی معاون مالی شهردار تهران کار ادامه دارد.",
                vec![r("پورزرندی", "معاون مالی", Some("شهردار تهران"))],
            ),
            // the Leader of the Revolution, after a courtesy adjective
            (
                "رهبر معظم انقلاب آیت‌الله خامنه‌ای در دیدار با مردم گفت: کار ادامه دارد.",
                vec![r("خامنه‌ای", "رهبر", Some("انقلاب"))],
            ),
            // a place in a ranking is no office
            ("در این مسابقات زهرا کریمی مقام اول را به دست آورد.", vec![]),
            // a list inside a name has short items: the comma ends this one
            (
                "رسول خادم رئیس فدراسیون کشتی، اعضای کادر فنی و ملی‌پوشان را تشویق کرد.",
                vec![r("رسول خادم", "رئیس", Some("فدراسیون کشتی"))],
            ),
            // a rank that starts with a title word is no title
            (
                "امیر دریادار حبیب‌الله سیاری فرمانده نیروی دریایی ارتش گفت: ناوگروه رسید.",
                vec![r("حبیب‌الله سیاری", "فرمانده", Some("نیروی دریایی ارتش"))],
            ),
            // a title's modifier: شهردار افتخاری
            (
                "محمد صفری شهردار افتخاری مرز چذابه گفت: موکب‌ها فعال است.",
                vec![r("محمد صفری", "شهردار", Some("مرز چذابه"))],
            ),
            // a list of organisations after one title
            (
                "مجید جلالی سرمربی سابق پاس تهران، فولاد خوزستان، سایپا و پیکان گفت: لیگ سخت است.",
                vec![
                    r("مجید جلالی", "سرمربی", Some("پاس تهران")),
                    r("مجید جلالی", "سرمربی", Some("سایپا")),
                    r("مجید جلالی", "سرمربی", Some("فولاد خوزستان")),
                    r("مجید جلالی", "سرمربی", Some("پیکان")),
                ],
            ),
            // a person as the complement of a title that needs one
            (
                "مایک پنس معاون ترامپ گفت: کار سخت است.",
                vec![r("مایک پنس", "معاون", Some("ترامپ"))],
            ),
            // … or before the speech verb that follows: Rubio's spokesman
            (
                "سناتور مارکو روبیو با توافق مخالف است. سخنگوی روبیو گفت: سناتورها درخواست کرده‌اند.",
                vec![r("مارکو روبیو", "سناتور", None)],
            ),
            // a listed surname alone opening the sentence, a comma, a title
            (
                "حامدی، رئیس شورای هیئت‌های مذهبی استان قزوین گفت: کار ادامه دارد.",
                vec![r("حامدی", "رئیس", Some("شورای هیئت‌های مذهبی استان قزوین"))],
            ),
            // a noun before a copula ends the organisation, it is not the
            // predicate ("… که رئیس کانون نویسندگان است")
            (
                "علی رضایی که رئیس کانون نویسندگان است، اشتباه کرد.",
                vec![r("علی رضایی", "رئیس", Some("کانون نویسندگان"))],
            ),
            // a bare head word is the organisation named with it before
            (
                "فدراسیون دوچرخه‌سواری از نتایج راضی نیست. خسرو قمری رئیس فدراسیون گفت: اشتباه کردیم.",
                vec![r("خسرو قمری", "رئیس", Some("فدراسیون دوچرخه‌سواری"))],
            ),
            // … not under a line-up's caption (علی رضایی is no coach of
            // علی دایی)
            ("ترکیب تیم:\nعلی رضایی\nسرمربی علی دایی", vec![]),
            // a title with its nationality shares no organisation
            (
                "خایمه نارانخو سناتور شیلیایی و رئیس کمیسیون حقوق بشر گفت: رای غلط است.",
                vec![
                    r("خایمه نارانخو", "رئیس", Some("کمیسیون حقوق بشر")),
                    r("خایمه نارانخو", "سناتور", None),
                ],
            ),
            // a verbal noun with its ezafe is no name, an everyday word
            // alone no place
            (
                "بعد از استعفای یحیی پور شهردار وقت شکل جدیدی از وحدت ایجاد شد.",
                vec![],
            ),
            (
                "علی پیریایی استاندار محترم گفت: کار ادامه دارد.",
                vec![r("علی پیریایی", "استاندار", None)],
            ),
            // long organisations, and the portfolio split from them
            (
                "ناصر جاودانی رئیس واحد فناوری اطلاعات و اتوماسیون شرکت فولاد مبارکه اصفهان گفت: کار ادامه دارد.",
                vec![r(
                    "ناصر جاودانی",
                    "رئیس",
                    Some("واحد فناوری اطلاعات و اتوماسیون شرکت فولاد مبارکه اصفهان"),
                )],
            ),
            (
                "علی تهوری معاون بازرسی و حمایت مصرف‌کنندگان سازمان صنعت معدن و تجارت خراسان‌جنوبی گفت: کار ادامه دارد.",
                vec![r(
                    "علی تهوری",
                    "معاون بازرسی و حمایت مصرف‌کنندگان",
                    Some("سازمان صنعت معدن و تجارت خراسان‌جنوبی"),
                )],
            ),
            // an unnamed official is not an official
            ("وزیر نیرو گفت: آب کم است.", vec![]),
            // a bare profession is not a role
            ("علی کریمی، کارشناس گفت: آب کم است.", vec![]),
        ];
        for (text, want) in cases {
            let mut want = want.clone();
            want.sort();
            assert_eq!(roles(text), want, "{text}");
        }
    }

    #[test]
    fn a_role_only_speaker_after_an_opening_adverbial_or_a_lead() {
        // (text, the officials as (name, title, organisation))
        type Official<'a> = (&'a str, &'a str, &'a str);
        let cases: &[(&str, Vec<Official>)] = &[
            // after an opening adverbial the title still opens its clause,
            // and brings on the next speaker, not the one who spoke before
            (
                "حمید رضا مؤتمر رئیس مرکز تحقیقات معلمان سمیرم گفت: منابع قدیمی است.\nدر ادامه مدیر آموزش و پرورش سمیرم با اشاره به پراکندگی منطقه تصریح کرد: مدارس کم است.\nسید ضیاء موسوی افزود: بودجه کافی نیست.",
                vec![
                    ("حمید رضا مؤتمر", "رئیس", "مرکز تحقیقات معلمان سمیرم"),
                    ("سید ضیاء موسوی", "مدیر", "آموزش و پرورش"),
                ],
            ),
            (
                "علی فتاحی اظهار کرد: کار ادامه دارد.\nدر ابتدای این آیین، نماینده مردم خرم‌بید در مجلس گفت: حمایت می‌کنیم.\nرحیم زارع افزود: مشکلات را حل می‌کنیم.",
                vec![("رحیم زارع", "نماینده", "مردم خرم‌بید در مجلس")],
            ),
            // (a prepositional clause closed by a comma before the title)
            (
                "علی احمدی گفت: خدمات کم است.\nدر این جلسه که با حضور نمایندگان تشکل‌ها برگزار شد، مدیرکل سازمان بهزیستی خراسان جنوبی بر نقش تشکل‌ها تاکید کرد.\nحسن رضایی افزود: قانون اجرا می‌شود.",
                vec![("حسن رضایی", "مدیرکل", "سازمان بهزیستی خراسان جنوبی")],
            ),
            // the name after an organisation set off by a comma opens the
            // next sentence's speech
            (
                "رییس اداره راه و شهرسازی چاراویماق گفت: راه باز شد.\nاداره کل راه و شهرسازی استان آذربایجان شرقی، خلیل‌زاده اظهار داشت: کار ادامه دارد.",
                vec![("خلیل‌زاده", "رئیس", "اداره راه و شهرسازی چاراویماق")],
            ),
            // not a name in another place of the sentence
            (
                "رییس اداره راه و شهرسازی چاراویماق گفت: راه باز شد.\nدر دیدار با علی احمدی، حسن رضایی اظهار داشت: کار ادامه دارد.",
                vec![],
            ),
        ];
        for (text, want) in cases {
            let d = doc(text);
            let mut got: Vec<(&str, &str, &str)> = d
                .officials
                .iter()
                .flat_map(|o| {
                    o.roles.iter().map(|r| {
                        (
                            o.name.fa.as_str(),
                            r.title.fa.as_str(),
                            r.organization.as_ref().map_or("", |g| g.fa.as_str()),
                        )
                    })
                })
                .collect();
            got.sort();
            let mut want = want.clone();
            want.sort();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn also_only_of_the_clause_itself() {
        // (text, whether the role-only subject is the speaker before)
        let cases = [
            // a "نیز" inside "با اعلام این‌که …" is no "X نیز گفت"
            ("علی احمدی اظهار داشت: ما ایستاده‌ایم.\nعضو کمیسیون عمران مجلس با اعلام این‌که ملت از مراحل سخت نیز عبور می‌کنند، گفت: راهپیمایی مهم است.", true),
            ("علی احمدی اظهار داشت: ما ایستاده‌ایم.\nعضو کمیسیون عمران مجلس نیز گفت: راهپیمایی مهم است.", false),
            ("علی احمدی اظهار داشت: ما ایستاده‌ایم.\nعضو کمیسیون عمران مجلس با اشاره به راهپیمایی نیز گفت: راهپیمایی مهم است.", false),
        ];
        for (text, given) in cases {
            let got = !roles(text).is_empty();
            assert_eq!(got, given, "{text}");
        }
    }

    #[test]
    fn a_seat_held_by_the_current_speaker() {
        let khatami =
            "سید احمد خاتمی امام جمعه موقت تهران گفت: مردم آمدند.\nوی ادامه داد: مرز باید مشخص باشد.\n";
        let cases: &[(String, bool)] = &[
            // a member's seat, mid-speech, is the speaker's
            (format!("{khatami}عضو مجلس خبرگان با اشاره به سفر بوش، هدف آن را تفرقه دانست و گفت: موفق نمی‌شوند."), true),
            (format!("{khatami}نماینده ولی‌فقیه در استان تهران گفت: موفق نمی‌شوند."), true),
            // not another speaker ("نیز"), not after someone else was named,
            // not an office that is no seat (a counterpart's title)
            (format!("{khatami}عضو مجلس خبرگان نیز گفت: موفق نمی‌شوند."), false),
            (format!("{khatami}حسن رضایی به شهر آمد.\nعضو مجلس خبرگان گفت: موفق نمی‌شوند."), false),
            (format!("{khatami}وزیر خارجه ایتالیا گفت: موفق نمی‌شوند."), false),
        ];
        for (text, given) in cases {
            let d = doc(text);
            let seat = d
                .officials
                .iter()
                .filter(|o| o.name.fa == "سید احمد خاتمی")
                .flat_map(|o| &o.roles)
                .any(|r| r.title.fa != "امام جمعه موقت");
            assert_eq!(seat, *given, "{text}");
        }
    }

    #[test]
    fn role_only_subjects_and_pronouns() {
        let d = doc("عباس کریمی امروز در گفت‌وگو با خبرنگار فارس اظهار داشت: آب کم است.\nوی افزود: باید صرفه‌جویی کرد.\nرئیس اداره آب گلپایگان گفت: مصرف بالاست.");
        assert_eq!(d.officials.len(), 1);
        let o = &d.officials[0];
        assert_eq!(o.roles[0].title.fa, "رئیس");
        assert_eq!(o.roles[0].organization.as_ref().unwrap().fa, "اداره آب گلپایگان");
        let kinds: Vec<_> = o.mentions.iter().map(|m| m.kind).collect();
        use crate::document::MentionKind::*;
        assert_eq!(kinds, vec![Name, Pronoun, Role]);
        // a role already held elsewhere is not given to the previous speaker
        let d = doc("علی فاضلی، رئیس اتاق اصناف ایران گفت: خوب است.\nوزیر نیرو گفت: آب کم است.");
        assert_eq!(d.officials.len(), 1);
        assert_eq!(d.officials[0].roles.len(), 1);
        // "X نیز گفت" is someone else: the speaker named next
        let d = doc(
            "علی فتاحی امروز اظهار کرد: کارگاه‌ها تعطیل شدند.\nمدیرکل میراث فرهنگی استان اصفهان نیز گفت: مجوز صادر می‌شود.\nفریدون اللهیاری افزود: فروشگاه‌ها نشان می‌گیرند.",
        );
        let names: Vec<_> = d
            .officials
            .iter()
            .map(|o| (o.name.fa.as_str(), o.roles[0].title.fa.as_str()))
            .collect();
        assert_eq!(names, vec![("فریدون اللهیاری", "مدیرکل")]);
        // the only speaker of the article holds every office it names
        let d = doc(
            "رحیم زارع اظهار داشت: ارز گران شد.\nنماینده مردم آباده در مجلس گفت: درآمد بالا رفت.\nسخنگوی کمیسیون تلفیق مجلس گفت: نفت فروخته می‌شود.",
        );
        let titles: Vec<_> = d.officials[0].roles.iter().map(|r| r.title.fa.as_str()).collect();
        assert_eq!(titles, vec!["نماینده", "سخنگوی"]);
        // a verb that goes on after the speaker's quote, no one named between
        let d = doc(
            "فرهاد پورغلامی مربی تراکتورسازی گفت: کار سخت است.\nوی درباره لیگ عنوان کرد: ما صدرنشین هستیم. خوشبختانه سه امتیاز گرفتیم.\nسرمربی سابق ملوان افزود: هواداران خوشحال شدند.",
        );
        let titles: Vec<_> = d.officials[0].roles.iter().map(|r| r.title.fa.as_str()).collect();
        assert_eq!(titles, vec!["مربی", "سرمربی"]);
        // … but not over another name: "عباس … . ¶ سخنگوی حماس افزود" is not عباس
        let d = doc(
            "سامی ابوزهری گفت: راه باز است.\nمحمود عباس، رئیس تشکیلات خودگردان، دولت را منحل اعلام کرد. عباس دلیل آن را کودتا نامید.\nسخنگوی حماس در ادامه افزود: طرح پذیرفته شد.",
        );
        assert!(d
            .officials
            .iter()
            .all(|o| o.roles.iter().all(|r| r.title.fa != "سخنگوی")));
    }

    #[test]
    fn a_listed_surname_after_an_adverb_before_a_title() {
        assert_eq!(
            roles("اما اکنون رحیمی مدیرعامل باشگاه سپاهان از وزیر خواسته است که زمین را عوض کند."),
            vec![r("رحیمی", "مدیرعامل", Some("باشگاه سپاهان"))]
        );
        // (not after "در", where it names a place)
        assert_eq!(
            roles("کشف سوخت قاچاق در زندیه فرمانده انتظامی شهرستان زندیه گفت: کار خوب است."),
            vec![]
        );
    }

    #[test]
    fn according_to_a_role() {
        // "به گفته TITLE ORG، …" opens a sentence as the role-only subject does
        assert_eq!(
            roles("منوچهر جهانیان درباره استان‌ها گفت: مازندران اول بود.\nبه گفته رئیس ستاد تسهیلات سفرهای کشور، بیشترین اقامت در تهران بوده است."),
            vec![r("منوچهر جهانیان", "رئیس", Some("ستاد تسهیلات سفرهای کشور"))]
        );
        // … and its holder may be named next
        assert_eq!(
            roles(
                "به گفته رئیس ستاد تسهیلات سفرهای کشور، اقامت بالا رفت.\nمنوچهر جهانیان افزود: تهران اول بود."
            ),
            vec![r("منوچهر جهانیان", "رئیس", Some("ستاد تسهیلات سفرهای کشور"))]
        );
    }

    #[test]
    fn an_unknown_surname_opening_the_speech_after_a_role_only_one() {
        // "جهان‌آرا" no lexicon knows: the role waiting for its holder is theirs
        let d = "مدیرکل منابع طبیعی و آبخیزداری کهگیلویه و بویراحمد گفت: جنگل زیاد است.\nجهان‌آرا، اشاره‌ای به برنامه‌ها داشت و گفت: سازه‌ها ساخته شد.";
        assert_eq!(
            roles(d),
            vec![r(
                "جهان‌آرا",
                "مدیرکل",
                Some("منابع طبیعی و آبخیزداری کهگیلویه و بویراحمد")
            )]
        );
        // written in full earlier after a known given name: that person
        let d = "ناصر پایه‌گذار از لیگ انتقاد کرد.\nمسئول کمیته فنی فدراسیون ژیمناستیک گفت: لیگ بد بود.\nپایه‌گذار در پایان گفت: برگزاری ضعیف بود.";
        assert_eq!(
            roles(d),
            vec![r("ناصر پایه‌گذار", "مسئول", Some("کمیته فنی فدراسیون ژیمناستیک"))]
        );
        // not a word that opens no clause of its own
        let d = "مدیرکل منابع طبیعی استان فارس گفت: جنگل زیاد است.\nسازه‌ها ساخته شد و گفت: خوب است.";
        assert!(roles(d).is_empty());
    }

    #[test]
    fn a_role_only_speaker_named_in_the_next_sentence() {
        // the role goes forward to the new name opening the next speech, not
        // back to the previous speaker who had no role
        let forward = [
            "علی احمدی گفت: جنگل مهم است.\nمدیرکل منابع طبیعی استان فارس گفت: جنگل وجود دارد.\nحسن رضایی افزود: سازه‌ها ساخته شد.",
            "علی احمدی گفت: جنگل مهم است.\nمدیرکل منابع طبیعی استان فارس گفت: جنگل وجود دارد.\nرضایی، اشاره‌ای به برنامه‌ها داشت و گفت: سازه‌ها ساخته شد.",
        ];
        for text in forward {
            let got = roles(text);
            assert_eq!(got.len(), 1, "{text}");
            assert!(
                got[0].0.ends_with("رضایی") && got[0].1 == "مدیرکل",
                "{text}: {got:?}"
            );
        }
        // a verb that goes on is the previous speaker's; a name inside the
        // role's quote, or one the article named before, is not the one
        // introduced
        let back = [
            "علی احمدی گفت: جنگل مهم است.\nمدیرکل منابع طبیعی استان فارس افزود: جنگل وجود دارد.\nحسن رضایی گفت: سازه‌ها ساخته شد.",
            "علی احمدی گفت: جنگل مهم است.\nمدیرکل منابع طبیعی استان فارس گفت: «جنگل وجود دارد.حسن رضایی گفت که سازه‌ها ساخته شد.»",
            "حسن رضایی به شهر آمد. علی احمدی گفت: جنگل مهم است.\nمدیرکل منابع طبیعی استان فارس گفت: جنگل وجود دارد.\nحسن رضایی گفت: سازه‌ها ساخته شد.",
        ];
        for text in back {
            assert_eq!(
                roles(text),
                vec![r("علی احمدی", "مدیرکل", Some("منابع طبیعی استان فارس"))],
                "{text}"
            );
        }
    }

    #[test]
    fn portfolios_the_noun_phrase_cannot_run_over() {
        for (text, want) in [
            // a listed portfolio title continued with "و"
            (
                "علی رضایی معاون فنی و عملیات شرکت آب منطقه‌ای اصفهان گفت: خوب است.",
                r("علی رضایی", "معاون فنی و عملیات", Some("شرکت آب منطقه‌ای اصفهان")),
            ),
            (
                "حسن کریمی معاون آموزشی و پژوهشی دانشگاه تهران گفت: خوب است.",
                r("حسن کریمی", "معاون آموزشی و پژوهشی", Some("دانشگاه تهران")),
            ),
            // "و" + a head word, "مبارزه با", before a known organisation
            (
                "حسین نوری معاون پژوهش و نیروی انسانی سازمان حفاظت محیط زیست گفت: خوب است.",
                r(
                    "حسین نوری",
                    "معاون پژوهش و نیروی انسانی",
                    Some("سازمان حفاظت محیط زیست"),
                ),
            ),
            (
                "احمد رضایی معاون مبارزه با مواد مخدر پلیس آگاهی گفت: خوب است.",
                r("احمد رضایی", "معاون مبارزه با مواد مخدر", Some("پلیس آگاهی")),
            ),
            // a section, a special court: words of names, not stop words
            (
                "محمد احمدی رئیس بخش قلب بیمارستان امام گفت: خوب است.",
                r("محمد احمدی", "رئیس", Some("بخش قلب بیمارستان امام")),
            ),
            (
                "حسن کریمی رئیس دادگاه ویژه روحانیت گفت: خوب است.",
                r("حسن کریمی", "رئیس", Some("دادگاه ویژه روحانیت")),
            ),
            (
                "علی رضایی قاضی شیلیایی گفت: خوب است.",
                r("علی رضایی", "قاضی", None),
            ),
            (
                "ژوزه مورینیو سرمربی پرتغالی سابق تاتنهام گفت: خوب است.",
                r("ژوزه مورینیو", "سرمربی", Some("تاتنهام")),
            ),
        ] {
            assert_eq!(roles(text), vec![want], "{text}");
        }
        // (not a nationality opening a clause: any Iranian coach)
        assert_eq!(
            roles("علی کریمی به تیم آمد. مربی ایرانی با بازیکنان آشنایی بیشتری دارد."),
            vec![]
        );
        // one role written two ways is one role
        for text in [
            "برونو رودریگز، وزیر امور خارجه کوبا گفت: خوب است. وزیر خارجه کوبا افزود: بد است.",
            "احد جمالی معاون سیاسی امنیتی استاندار ایلام گفت: خوب است. معاون سیاسی و امنیتی استاندار ایلام افزود: بد است.",
        ] {
            assert_eq!(roles(text).len(), 1, "{text}");
        }
        // two titles joined by "و" stay two roles
        assert_eq!(roles("حسن کریمی معاون اول و سخنگوی دولت گفت: خوب است.").len(), 2);
    }

    #[test]
    fn a_portfolio_before_a_person_role() {
        assert_eq!(
            roles("نصرالله سجادی معاون ورزش قهرمانی و حرفه‌ای وزیر ورزش و جوانان گفت: خوب است."),
            vec![r(
                "نصرالله سجادی",
                "معاون ورزش قهرمانی و حرفه‌ای",
                Some("وزیر ورزش و جوانان")
            )]
        );
        // the role-only subject with the ministry is the same office, and the
        // wording next to the name stays
        assert_eq!(
            roles("علی ترکمن معاون توسعه مدیریت و پشتیبانی وزیر آموزش و پرورش گفت: خوب است.\nمعاون توسعه مدیریت و پشتیبانی وزارت آموزش و پرورش افزود: همایش برگزار می‌شود."),
            vec![r("علی ترکمن", "معاون توسعه مدیریت و پشتیبانی", Some("وزیر آموزش و پرورش"))]
        );
        // not another portfolio title after it
        assert_eq!(
            roles("آریو جعفری مدیر داخلی مجله علمی مشاور دامپزشکی گفت: خوب است.")
                .iter()
                .filter(|t| t.2.as_deref() == Some("مشاور دامپزشکی"))
                .count(),
            0
        );
    }

    #[test]
    fn weight_classes_and_hamza_spellings() {
        // an athlete in a weight class holds no office
        assert!(roles("ذبیح‌الله پورشیب نماینده وزن ۸۴- کیلوگرم تیم ملی مردان به فینال رسید.").is_empty());
        // a nationality of two words is no organisation either, nor the
        // common words after it
        assert!(roles(
            "سرمربی مونته نگرویی حساب ویژه ای روی مدافع خود باز کرده و امیدوار است سیدمحمد موسوی بدرخشد."
        )
        .is_empty());
        // … nor does a player of a team
        assert!(roles("در این مراسم اصغر عظیمی قهرمان شنا و عضو تیم ملی پیوند اعضا حضور داشت.").is_empty());
        // "مسؤول" is مسئول written with its older hamza
        assert_eq!(
            roles("سجاد خالدی مسؤول بسیج دانشجویی رامهرمز گفت: برنامه آماده است."),
            vec![r("سجاد خالدی", "مسؤول", Some("بسیج دانشجویی"))]
        );
    }

    #[test]
    fn a_role_only_subject_after_a_finite_verb_and_a_weak_head_after_a_portfolio() {
        // a headline run into the lead: the role after its verb opens a clause;
        // "فرماندهی" (a weak head) with its place is the organisation after
        // the portfolio
        assert_eq!(
            roles("۱۷۹ مجرم در مناطق آلوده استان مرکزی دستگیر شدند معاون عملیات فرماندهی انتظامی استان مرکزی گفت: کار ادامه دارد. سرهنگ سیامک قاسمی افزود: طرح اجرا شد."),
            vec![r("سیامک قاسمی", "معاون عملیات", Some("فرماندهی انتظامی استان مرکزی"))]
        );
        // not after a portfolio with "و" (a known organisation's name)
        assert_eq!(
            roles("رمضان شجاعی مدیر کل صدا و سیمای مرکز مازندران گفت: کار ادامه دارد."),
            vec![r("رمضان شجاعی", "مدیر کل", Some("صدا و سیمای مرکز مازندران"))]
        );
    }

    #[test]
    fn organisation_names_end_at_their_place_not_at_a_stop_word() {
        // a place whose name has a stop word ("بزرگ") is whole
        assert_eq!(
            roles("محمدحسین حمیدی رئیس پلیس راهنمایی و رانندگی تهران بزرگ گفت: کار ادامه دارد."),
            vec![r(
                "محمدحسین حمیدی",
                "رئیس",
                Some("پلیس راهنمایی و رانندگی تهران بزرگ")
            )]
        );
        // "با بیان" written glued opens the next clause
        assert_eq!(
            roles("سید حسین راسخی رئیس شورای تبیین مواضع بسیج دانشجویی استان بابیان اینکه کار ادامه دارد گفت: خوب است."),
            vec![r("سید حسین راسخی", "رئیس", Some("شورای تبیین مواضع بسیج دانشجویی استان"))]
        );
    }

    #[test]
    fn this_country_is_the_country_named_last() {
        assert_eq!(
            roles("هزاران نفر از مخالفان دولت مالزی خواستار استعفای «نجیب رزاق» نخست‌وزیر این کشور شدند."),
            vec![r("نجیب رزاق", "نخست‌وزیر", Some("مالزی"))]
        );
        // by its nationality; not Iran
        assert_eq!(
            roles("سناتورهای آمریکایی از «دونالد ترامپ» رئیس‌جمهور منتخب این کشور درباره ایران پرسیدند. جان کری، وزیر خارجه این کشور گفت: نه."),
            vec![
                r("جان کری", "وزیر", Some("وزارت خارجه آمریکا")),
                r("دونالد ترامپ", "رئیس‌جمهور", Some("آمریکا"))
            ]
        );
        // no country named: none
        assert_eq!(
            roles("علی احمدی، سفیر این کشور در تهران گفت: خوب است."),
            vec![r("علی احمدی", "سفیر", None)]
        );
    }

    #[test]
    fn quotes_mark_the_whole_name_before_a_title() {
        assert_eq!(
            roles("این شورا پس از آنکه «ژان برتراند آریستید»، رئیس جمهوری هائیتی استعفا کرد، قطعنامه را تصویب کرد."),
            vec![r("ژان برتراند آریستید", "رئیس\u{200c}جمهوری", Some("هائیتی"))]
        );
        assert_eq!(
            roles(
                "این در حالی است که \"مولوی عمر\"، سخنگوی \"تحریک طالبان\" نیز اعلام کرد که ۱۰ تن کشته شدند."
            ),
            vec![r("مولوی عمر", "سخنگوی", Some("تحریک طالبان"))]
        );
        // a given name inside the quotes read as someone else's is a person of
        // its own
        let d = doc(
            "پیش از آن \"احمد بن حلی\" معاون دبیرکل اتحادیه عرب اعلام کرده بود که نشست برگزار می‌شود. \
             شیخ خالد بن احمد آل خلیفه وزیر خارجه بحرین اعلام کرد که نشست لغو شود.",
        );
        let names: Vec<&str> = d.officials.iter().map(|o| o.name.fa.as_str()).collect();
        assert!(names.contains(&"احمد بن حلی"), "{names:?}");
    }

    #[test]
    fn a_title_predicated_of_the_subject() {
        assert_eq!(
            roles("به گزارش ورزش سه، لوئیس انریکه، سرمربی حال حاضر بارسلونا، سه فصل پیش مربی آ اس رم بود اما نتوانست."),
            vec![
                r("لوئیس انریکه", "سرمربی", Some("بارسلونا")),
                r("لوئیس انریکه", "مربی", Some("آ اس رم")),
            ]
        );
        assert_eq!(
            roles("در زمانی که چیللر به حکومت رسید، بی نظیر بوتو نیز نخست وزیر پاکستان بود."),
            vec![r("بی\u{200c}نظیر بوتو", "نخست‌وزیر", Some("پاکستان"))]
        );
        // not a title the subject is compared with or stands next to
        assert!(roles("علی احمدی مخالف رئیس فدراسیون کشتی بود.").is_empty());
        assert!(roles("علی احمدی در کنار رئیس فدراسیون کشتی است.").is_empty());
    }

    #[test]
    fn the_roads_ministrys_field_opens_an_organisation() {
        assert_eq!(
            roles("علی رضایی، مدیرکل راه و شهرسازی استان ایلام گفت: محور بهسازی شد."),
            vec![r("علی رضایی", "مدیرکل", Some("راه و شهرسازی استان ایلام"))]
        );
        assert_eq!(
            roles("علی رضایی گفت: محور بهسازی شد.\nمدیرکل راه و ترابری استان مرکزی افزود: کار تمام شد."),
            vec![r("علی رضایی", "مدیرکل", Some("راه و ترابری استان مرکزی"))]
        );
        // "راه" alone stays a stop word
        assert!(roles("علی رضایی، مدیرکل راه را بست.").is_empty());
    }

    #[test]
    fn a_lead_without_a_comma_after_its_source() {
        assert_eq!(
            roles(
                "به گزارش خبرگزاری فارس از کاشان وحید فرخ‌تبار در جمع خبرنگاران اظهار داشت: طرح تمام شد.\nمدیرعامل شرکت آبفای استان زنجان افزود: کار تمام شد."
            ),
            vec![r("وحید فرخ‌تبار", "مدیرعامل", Some("شرکت آبفای استان زنجان"))]
        );
        // a name the report cites is not its subject
        assert!(roles(
            "به گزارش خبرگزاری فارس به نقل از «وحید فرخ‌تبار» طرح تمام شد و مدیر آن اظهار داشت: کار تمام شد.\nمدیرعامل شرکت آبفای استان زنجان افزود: کار تمام شد."
        )
        .is_empty());
    }

    #[test]
    fn a_portfolio_before_an_organisation_that_runs_past_a_stop_word() {
        assert_eq!(
            roles("تورج نظیفی، معاون امور ورزشی اداره کل ورزش و جوانان استان زنجان گفت: کار تمام شد."),
            vec![r(
                "تورج نظیفی",
                "معاون امور ورزشی",
                Some("اداره کل ورزش و جوانان استان زنجان")
            )]
        );
        assert_eq!(
            roles("عباس احمدی، معاون بهداشتی اداره کل ارشاد گفت: کار تمام شد."),
            vec![r("عباس احمدی", "معاون بهداشتی", Some("اداره کل ارشاد"))]
        );
    }

    #[test]
    fn a_verbal_noun_keeps_the_preposition_it_governs() {
        for (text, want) in [
            (
                "محمد اشراقی معاون مبارزه با سرقت‌های خاص پلیس آگاهی تهران بزرگ گفت: سارقان دستگیر شدند.",
                r(
                    "محمد اشراقی",
                    "معاون مبارزه با سرقت‌های خاص",
                    Some("پلیس آگاهی تهران بزرگ"),
                ),
            ),
            (
                "علی مویدی رئیس پلیس مبارزه با مواد مخدر گفت: کار تمام شد.",
                r("علی مویدی", "رئیس", Some("پلیس مبارزه با مواد مخدر")),
            ),
            (
                "علی ابراهیمی رئیس مرکز رسیدگی به امور مساجد گفت: کار تمام شد.",
                r("علی ابراهیمی", "رئیس", Some("مرکز رسیدگی به امور مساجد")),
            ),
            (
                "حمیدرضا فولادگر رئیس کمیسیون ویژه نظارت بر اصل ۴۴ گفت: کار تمام شد.",
                r("حمیدرضا فولادگر", "رئیس", Some("کمیسیون ویژه نظارت بر اصل ۴۴")),
            ),
        ] {
            assert_eq!(roles(text), vec![want], "{text}");
        }
    }

    #[test]
    fn a_listed_portfolio_title_going_on_before_a_person_role() {
        assert_eq!(
            roles("عین‌اله تاجیک معاون سیاسی انتظامی فرماندار پاکدشت نیز گفت: کار تمام شد."),
            vec![r("عین‌اله تاجیک", "معاون سیاسی انتظامی", Some("فرماندار پاکدشت"))]
        );
    }

    #[test]
    fn a_long_portfolio_before_a_known_organisation() {
        assert_eq!(
            roles("مسعود سلیمانی معاون حقوق عامه و پیشگیری از وقوع جرم دادگستری گلستان گفت: کار تمام شد."),
            vec![r(
                "مسعود سلیمانی",
                "معاون حقوق عامه و پیشگیری از وقوع جرم",
                Some("دادگستری گلستان")
            )]
        );
    }

    #[test]
    fn a_board_of_trustees_with_its_ezafe() {
        assert_eq!(
            roles("اکبر شوکت عضو هیات امنای تامین اجتماعی گفت: کار تمام شد."),
            vec![r("اکبر شوکت", "عضو هیئت امنای", Some("تامین اجتماعی"))]
        );
    }

    #[test]
    fn a_ministry_in_the_fullest_form_the_article_gives() {
        let text = "وزارت امور خارجه روسیه اعلام کرد که مذاکرات ادامه دارد. سرگئی لاوروف وزیر خارجه روسیه گفت: کار تمام شد.";
        assert_eq!(
            roles(text),
            vec![r("سرگئی لاوروف", "وزیر", Some("وزارت امور خارجه روسیه"))]
        );
    }

    #[test]
    fn of_the_whole_country_ends_a_name() {
        assert_eq!(
            roles("مصطفی پورمحمدی رئیس بازرسی کل کشور بیان داشت: کار تمام شد."),
            vec![r("مصطفی پورمحمدی", "رئیس", Some("بازرسی کل کشور"))]
        );
    }

    #[test]
    fn public_relations_are_a_portfolio() {
        assert_eq!(
            roles("علی رضایی سرپرست روابط عمومی فدراسیون فوتبال به خبرنگار فارس اظهار کرد: کار تمام شد."),
            vec![r("علی رضایی", "سرپرست روابط عمومی", Some("فدراسیون فوتبال"))]
        );
    }

    #[test]
    fn last_season_is_a_modifier_between_a_title_and_its_team() {
        assert_eq!(
            roles("علی کریمی کاپیتان فصل گذشته تراکتور گفت: آقا خوب است."),
            vec![r("علی کریمی", "کاپیتان", Some("تراکتور"))]
        );
    }

    #[test]
    fn a_known_name_before_a_light_verb_is_no_predicate_noun() {
        assert_eq!(
            roles("سال گذشته آرش کوشا مدیر عامل باشگاه سایپا شد."),
            vec![r("آرش کوشا", "مدیر عامل", Some("باشگاه سایپا"))]
        );
    }

    #[test]
    fn facing_ends_an_organisation_name() {
        for (text, want) in [
            (
                "بازی شهرداری سمنان و بابلسر مقابل هم برگزار شد.",
                vec!["شهرداری سمنان و بابلسر"],
            ),
            (
                "در این دیدار تیم اتحادیه مقابل آرسنال به میدان رفت.",
                vec!["آرسنال"],
            ),
        ] {
            let d = doc(text);
            let names: Vec<_> = d.organizations.iter().map(|o| o.name.fa.as_str()).collect();
            assert_eq!(names, want, "{text}");
        }
    }

    #[test]
    fn the_office_of_a_person_role() {
        assert_eq!(
            roles("در این جلسه، محمود واعظی رئیس دفتر رئیس جمهور گفت: کار تمام شد."),
            vec![r("محمود واعظی", "رئیس دفتر", Some("رئیس\u{200c}جمهور"))]
        );
    }

    #[test]
    fn a_listed_portfolio_going_on_after_va() {
        assert_eq!(
            roles("عباس احمدی، معاون فرهنگی و هنری وزارت ارشاد گفت: کار تمام شد."),
            vec![r("عباس احمدی", "معاون فرهنگی و هنری", Some("وزارت ارشاد"))]
        );
        assert_eq!(
            roles("موسی رسولی، معاون فنی و عمرانی شهرداری همدان گفت: کار تمام شد."),
            vec![r("موسی رسولی", "معاون فنی و عمرانی", Some("شهرداری همدان"))]
        );
        // the organisation ends where the organisations extractor ends it
        assert_eq!(
            roles("جمشید تقی زاده، معاون حقوقی و پارلمانی وزارت ارشاد نکات جدیدی را بیان کرد."),
            vec![r("جمشید تقی زاده", "معاون حقوقی و پارلمانی", Some("وزارت ارشاد"))]
        );
    }

    #[test]
    fn a_first_vice_chairman() {
        assert_eq!(
            roles("«خالد العطیه» نایب رئیس اول مجلس نمایندگان عراق گفت: امکان برگزاری نیست."),
            vec![r("خالد العطیه", "نایب‌رئیس اول", Some("مجلس نمایندگان عراق"))]
        );
    }

    #[test]
    fn a_plural_title_shared_by_the_names_before_it() {
        assert_eq!(
            roles("آصفی درباره دیدار خاتمی و عبدالعزیز بوتفلیقه روسای جمهوری ایران و الجزایر سخن گفت."),
            vec![
                r("خاتمی", "رئیس‌جمهور", Some("ایران")),
                r("عبدالعزیز بوتفلیقه", "رئیس‌جمهور", Some("الجزایر"))
            ]
        );
        assert_eq!(
            roles("وزیر خارجه اوکراین با «سرگئی لاوروف» و «جان کری» وزیران خارجه روسیه و آمریکا دیدار کرد."),
            vec![
                r("جان کری", "وزیر", Some("وزارت خارجه آمریکا")),
                r("سرگئی لاوروف", "وزیر", Some("وزارت خارجه روسیه"))
            ]
        );
        assert_eq!(
            roles("انتخابات بدون بی نظیر بوتو و نواز شریف، نخست وزیران سابق پاکستان برگزار شد."),
            vec![
                r("بی‌نظیر بوتو", "نخست‌وزیر", Some("پاکستان")),
                r("نواز شریف", "نخست‌وزیر", Some("پاکستان"))
            ]
        );
        // two countries for three names: none
        assert!(
            roles("علی احمدی، حسن روحانی و جان کری وزرای خارجه روسیه و آمریکا دیدار کردند.")
                .iter()
                .all(|t| t.1 != "وزیر")
        );
    }

    #[test]
    fn a_quoted_holder_of_a_person_role() {
        assert_eq!(
            roles("جلسه کنگره به ریاست «مایک پنس» معاون ترامپ برگزار می‌شود."),
            vec![r("مایک پنس", "معاون", Some("ترامپ"))]
        );
    }

    #[test]
    fn a_government_ending_with_its_country_completes_an_optional_title() {
        assert_eq!(
            roles("«نبیل العزانی» دادستان کل دولت نجات ملی یمن گفت: خوب است."),
            vec![r("نبیل العزانی", "دادستان کل", Some("دولت نجات ملی یمن"))]
        );
    }

    #[test]
    fn a_title_and_the_same_title_with_more_words_are_one_office() {
        assert_eq!(
            roles("علی رضایی رئیس کل سازمان خصوصی‌سازی گفت: خوب است. رضایی افزود: رئیس سازمان خصوصی‌سازی باید کار کند. رئیس سازمان خصوصی‌سازی گفت: بد است."),
            vec![r("علی رضایی", "رئیس کل", Some("سازمان خصوصی‌سازی"))]
        );
    }

    #[test]
    fn a_title_before_a_name_with_its_own_title_is_not_theirs() {
        assert_eq!(
            roles("در این مراسم پس از سخنان رئیس جمهور علی فرشیدی وزیر آموزش و پرورش گفت: خوب است."),
            vec![r("علی فرشیدی", "وزیر", Some("وزارت آموزش و پرورش"))]
        );
    }

    #[test]
    fn this_team_is_the_club_its_sentence_names_first() {
        // no organisation headed تیم: the club the sentence (or the one
        // before) names first, not the last one named
        let cases: &[(&str, Vec<Triple>)] = &[
            (
                "مربی برکنار شده ذوب آهن به خانه رفت. الکساندر پترویچ، سرمربی این تیم گفت: خوب است.",
                vec![r("الکساندر پترویچ", "سرمربی", Some("ذوب آهن"))],
            ),
            (
                "امروز پرسپولیس میزبان استقلال است و علی رضایی سرمربی این تیم گفت: خوب است.",
                vec![r("علی رضایی", "سرمربی", Some("پرسپولیس"))],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(roles(text), *want, "{text}");
        }
    }

    #[test]
    fn a_counterpart_holds_the_same_title_in_another_country() {
        assert_eq!(
            roles("وزیر امور خارجه ایتالیا در گفت و گوی تلفنی با کمال خرازی همتای ایرانی خود به این امر اشاره نکرد."),
            vec![r("کمال خرازی", "وزیر", Some("وزارت امور خارجه ایران"))]
        );
        assert_eq!(
            roles("«مان موهان سینگ» نخست وزیر هند با «نواز شریف» همتای پاکستانی‌اش دیدار کرد."),
            vec![
                r("مان موهان سینگ", "نخست‌وزیر", Some("هند")),
                r("نواز شریف", "نخست‌وزیر", Some("پاکستان"))
            ]
        );
        // no possessive: anyone's counterpart; no country in the title's organisation: none
        assert!(roles("وزیر خارجه ایتالیا با کمال خرازی همتای ایرانی دیدار کرد.").is_empty());
        assert!(roles("رئیس فدراسیون کشتی با کمال خرازی همتای ایرانی خود دیدار کرد.").is_empty());
    }

    #[test]
    fn the_one_acting_on_a_title_holders_word_is_not_them() {
        assert!(roles(
            "از سوی سرمربی تیم ملی جودوی نابینایان ایران، محمد علی شنانی از آبادان به اردوی تیم ملی دعوت شد."
        )
        .is_empty());
        assert_eq!(
            roles("با حکم رئیس‌جمهور حسن روحانی، علی احمدی منصوب شد."),
            vec![r("حسن روحانی", "رئیس‌جمهور", None)]
        );
    }

    #[test]
    fn one_of_those_who_hold_a_title() {
        assert_eq!(
            roles("در همین حال \"محمد سلمان\"، از فرماندهان نیروی دریایی پاکستان اعلام کرد که حمله شد."),
            vec![r("محمد سلمان", "فرمانده", Some("نیروی دریایی پاکستان"))]
        );
        assert_eq!(
            roles("حسن رضایی یکی از اعضای شورای شهر تبریز گفت: لایحه تصویب شد."),
            vec![r("حسن رضایی", "عضو", Some("شورای شهر تبریز"))]
        );
        // مقامات, مسئولان, وزرای, سفرای too; a foreign name the title anchors
        assert_eq!(
            roles("سرهنگ علی رضایی یکی از مقامات پلیس موصل گفت: موشک‌ها اصابت کرد."),
            vec![r("علی رضایی", "مقام", Some("پلیس موصل"))]
        );
        assert_eq!(
            roles("زیاد رافض یکی از مسئولان جمعیت هلال‌احمر عراق گفت: آوارگان بیشترند."),
            vec![r("رافض", "مسئول", Some("جمعیت هلال‌احمر عراق"))]
        );
        // not without a comma or "یکی": "X از مدیران … تشکر کرد"
        assert!(roles("حسن رضایی از مدیران شرکت نفت تشکر کرد.").is_empty());
        assert_eq!(
            roles("\"ناصر هادیان\" یکی از اساتید علوم سیاسی دانشگاه تهران در این باره گفت: باید صبر کرد."),
            vec![r("ناصر هادیان", "استاد علوم سیاسی", Some("دانشگاه تهران"))]
        );
    }

    #[test]
    fn of_the_country() {
        assert_eq!(
            roles("محمدجعفر منتظری دادستان کل کشور گفت: باید صبر کرد."),
            vec![r("محمدجعفر منتظری", "دادستان کل", Some("کشور"))]
        );
        assert_eq!(
            roles("رحمانی فضلی وزیر کشور گفت: باید صبر کرد."),
            vec![r("رحمانی فضلی", "وزیر", Some("وزارت کشور"))]
        );
    }

    #[test]
    fn a_plural_noun_before_an_unknown_name() {
        assert_eq!(
            roles("به گزارش خبرگزاری فارس، شاگردان اسلوبودان کواچ، سرمربی تیم ملی ایران، بازی کردند."),
            vec![r("اسلوبودان کواچ", "سرمربی", Some("تیم ملی ایران"))]
        );
    }

    #[test]
    fn offices_somewhere() {
        // the Leader's representative in a province; a mission of our country somewhere
        assert_eq!(
            roles("علی رضایی نماینده ولی فقیه در استان گیلان گفت: باید حضور یافت."),
            vec![r("علی رضایی", "نماینده", Some("ولی‌فقیه در استان گیلان"))]
        );
        assert_eq!(
            roles("غلامحسین دهقانی معاون نمایندگی کشورمان در سازمان ملل متحد گفت: باید صبر کرد."),
            vec![r(
                "غلامحسین دهقانی",
                "معاون",
                Some("نمایندگی کشورمان در سازمان ملل متحد")
            )]
        );
        assert_eq!(
            roles("حمید بعیدی‌نژاد سفیر کشورمان در لندن گفت: باید صبر کرد."),
            vec![r("حمید بعیدی‌نژاد", "سفیر", Some("کشورمان در لندن"))]
        );
    }

    #[test]
    fn the_province_is_the_one_named_before() {
        assert_eq!(
            roles(
                "جلیل وحیدی معاون هماهنگ‌کننده سپاه شهدای آذربایجان‌غربی گفت: رزمایش برگزار شد. \
                 معاون هماهنگ‌کننده سپاه شهدای استان افزود: همه آماده‌اند."
            ),
            vec![r(
                "جلیل وحیدی",
                "معاون هماهنگ‌کننده",
                Some("سپاه شهدای آذربایجان‌غربی")
            )]
        );
    }

    #[test]
    fn an_office_noun_names_its_holder() {
        // (text, the one role it gives: person, title, organisation)
        type Case = (&'static str, Option<(&'static str, &'static str, &'static str)>);
        let cases: &[Case] = &[
            (
                "علی احمدی به ریاست هیئت کشتی استان کردستان انتخاب شد.",
                Some(("علی احمدی", "رئیس", "هیئت کشتی استان کردستان")),
            ),
            (
                "بعد از انتخاب سید محمد خاتمی به ریاست جمهوری ایران در سال ۱۹۹۷، روابط بهتر شد.",
                Some(("سید محمد خاتمی", "رئیس\u{200c}جمهوری", "ایران")),
            ),
            (
                "مسعود سلیمانی که در حال حاضر سرپرستی فدراسیون اسکواش را بر عهده دارد، نامزد شد.",
                Some(("مسعود سلیمانی", "سرپرست", "فدراسیون اسکواش")),
            ),
            (
                "مجید جلالی که در نیم فصل به سمت سرمربیگری نساجی مازندران دست یافت، نتوانست.",
                Some(("مجید جلالی", "سرمربی", "نساجی مازندران")),
            ),
            // the office spoken of, not held
            ("علی احمدی از ریاست فدراسیون کشتی انتقاد کرد.", None),
            ("علی احمدی به ریاست فدراسیون کشتی علاقه دارد.", None),
            ("در دوران ریاست جمهوری علی احمدی اقتصاد رشد کرد.", None),
        ];
        for (text, want) in cases {
            let want: Vec<Triple> = want.iter().map(|&(p, t, o)| r(p, t, Some(o))).collect();
            assert_eq!(roles(text), want, "{text}");
        }
        // a role waiting for its holder is still theirs
        assert_eq!(
            roles(
                "وزیر ورزش و جوانان می‌گوید ایران هشت مدال می‌گیرد. محمود گودرزی که ریاست «ستاد عالی \
                 المپیک» را برعهده دارد، در صداوسیما گفت: خوب است."
            ),
            vec![
                r("محمود گودرزی", "رئیس", Some("ستاد عالی المپیک")),
                r("محمود گودرزی", "وزیر", Some("وزارت ورزش و جوانان")),
            ]
        );
    }

    #[test]
    fn an_appointment_as_a_verbal_noun() {
        assert_eq!(
            roles("مردم از انتخاب مهدی بازرگان به عنوان نخست وزیر ایران حمایت کردند."),
            vec![r("مهدی بازرگان", "نخست‌وزیر", Some("ایران"))]
        );
        assert_eq!(
            roles("شورا با انتصاب علی احمدی به‌عنوان شهردار تبریز موافقت کرد."),
            vec![r("علی احمدی", "شهردار", Some("تبریز"))]
        );
        // not a name that is no part of the appointment
        assert!(roles("انتخاب تیم علی احمدی به عنوان بهترین تیم اعلام شد.").is_empty());
    }

    #[test]
    fn a_demonstrative_before_a_title_points_back() {
        // "این TITLE ORG" as the subject: the one spoken of, with a new role
        let d = "نبیل قاووق در مصاحبه با العالم گفت: پاسخ داده شد.\nاین مسئول حزب‌الله در ادامه افزود: آنها شکست خوردند.";
        assert_eq!(roles(d), vec![r("نبیل قاووق", "مسئول", Some("حزب‌الله"))]);
        // … and without a speech verb
        let d = "احمد امیرآبادی گفت: همایش شکست خورد.\nاین عضو کمیسیون برنامه و بودجه مجلس همایش را بی‌فایده دانست.";
        assert_eq!(roles(d).len(), 1);
        assert_eq!(roles(d)[0].1, "عضو");
        // a title they hold already, written shorter, is no second role
        let d = "علی احمدی نماینده مردم تبریز در مجلس شورای اسلامی گفت: آب کم است.\nاین نماینده مجلس شورای اسلامی افزود: سد لازم است.";
        assert_eq!(roles(d).len(), 1);
        // the unnamed one the article just wrote of, not the last speaker
        let d = "علی احمدی گفت: گزارش درست است.\nیک سخنگوی وزارت خارجه آمریکا به این گزارش واکنش نشان داد.\nاین سخنگوی وزارت خارجه آمریکا گفت: نظری نداریم.";
        assert!(roles(d).is_empty());
        // no role from a descriptor or a bare head word
        let d = "علی احمدی در سالن دانشگاه پیام نور گفت: شفافیت کم است.\nاین استاد دانشگاه تصریح کرد: باید اصلاح شود.\nاین مقام مسئول افزود: درست است.";
        assert!(roles(d).is_empty());
        // a member of parliament's constituency names the office
        let d = "علی جلیلی گفت: تورم بالا است.\nاین نماینده مردم در مجلس نهم، با بیان اینکه عوامل ایستا نیستند، گفت: باید شرایط مهیا شود.";
        assert_eq!(
            roles(d),
            vec![r("علی جلیلی", "نماینده", Some("مردم در مجلس نهم"))]
        );
    }

    #[test]
    fn this_head_word_is_the_noun_phrase_the_article_opened_with_it() {
        // no organisation of the article has the head word: the noun phrase
        // that last opened with it
        let d = "تیم ملی کشتی به ایتالیا رفت.\nعلیرضا ذوالقدرشجاعی سرپرستی این تیم را برعهده داشت.";
        assert_eq!(
            roles(d),
            vec![r("علیرضا ذوالقدرشجاعی", "سرپرست", Some("تیم ملی کشتی"))]
        );
        // a bare head word names nothing: the one before it does
        let d = "تیم ملی کشتی به ایتالیا رفت. تیم دیروز تمرین کرد.\nعلیرضا ذوالقدرشجاعی سرپرستی این تیم را برعهده داشت.";
        assert_eq!(roles(d)[0].2.as_deref(), Some("تیم ملی کشتی"));
        // two holders, each with their office, of the team named once
        let d = "تیم ملی کشتی به ایتالیا رفت.\nمهرداد علیزاده سرمربی و علیرضا شجاعی سرپرستی این تیم را برعهده داشتند.";
        assert_eq!(
            roles(d),
            vec![
                r("علیرضا شجاعی", "سرپرست", Some("تیم ملی کشتی")),
                r("مهرداد علیزاده", "سرمربی", Some("تیم ملی کشتی")),
            ]
        );
        // words between the object and the duty, and the holder there
        let d = "علی رضایی هدایت پرسپولیس را در لیگ برتر برعهده دارد.";
        assert_eq!(roles(d), vec![r("علی رضایی", "سرمربی", Some("پرسپولیس"))]);
        let d = "باشگاه مربی خود را برکنار کرد و اکنون هدایت پرسپولیس را علی رضایی بر عهده دارد.";
        assert_eq!(roles(d), vec![r("علی رضایی", "سرمربی", Some("پرسپولیس"))]);
        // "دو تیم X و Y": which one?
        let d = "دو تیم الریان و السد بازی کردند.\nعلی رضایی سرمربی این تیم گفت: خوب بود.";
        assert!(roles(d).iter().all(|t| t.2.is_none()));
        // nothing opened with it: no organisation
        let d = "علیرضا ذوالقدرشجاعی سرپرستی این تیم را برعهده داشت.";
        assert!(roles(d).iter().all(|t| t.2.is_none()));
    }

    #[test]
    fn leading_a_team_is_coaching_it() {
        let d = "علی دایی هدایت پرسپولیس را برعهده گرفت.";
        assert_eq!(roles(d), vec![r("علی دایی", "سرمربی", Some("پرسپولیس"))]);
        let d = "غلامرضا محمدی از زمانی که هدایت تیم ملی کشتی آزاد را برعهده گرفته، به شاگردانش فرصت داد.";
        assert_eq!(
            roles(d),
            vec![r("غلامرضا محمدی", "سرمربی", Some("تیم ملی کشتی آزاد"))]
        );
        // "این تیم": the team named before
        let d = "تیم ملی فوتبال ژاپن به جام جهانی رسید.\nعلی رضایی هدایت این تیم را به عهده دارد.";
        assert_eq!(
            roles(d),
            vec![r("علی رضایی", "سرمربی", Some("تیم ملی فوتبال ژاپن"))]
        );
        // not leading anything else, nor a team without the duty verb
        for d in [
            "علی رضایی هدایت این بنگاه بزرگ را بر عهده گرفت.",
            "علی رضایی هدایت شرکت ملی نفت را برعهده داشت.",
            "تیم با هدایت علی رضایی به فینال رسید.",
        ] {
            assert!(roles(d).is_empty(), "{d}");
        }
    }

    #[test]
    fn roles_named_later_in_brackets_and_as_objects() {
        let names = |d: &Document| -> Vec<(String, String)> {
            d.officials
                .iter()
                .flat_map(|o| {
                    o.roles
                        .iter()
                        .map(move |r| (o.name.fa.clone(), r.title.fa.clone()))
                })
                .collect()
        };
        let s = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
        };
        // the role opens a sentence without a speech verb, the name opens a later one
        let d = doc("رئیس هیئت ایرانی در آژانس قطعنامه را سیاسی خواند.
«حسین موسویان» امروز در جمع خبرنگاران گفت: مخالفیم.");
        assert_eq!(names(&d), s(&[("حسین موسویان", "رئیس")]));
        // … through pronoun subjects
        let d = doc("مدیر ورزش بانوان منطقه ۲۲ اظهار داشت: نشست برگزار شد.
وی افزود: سالن ساخته می‌شود.
ضرابی اظهار داشت: تقویم ابلاغ شد.");
        assert_eq!(names(&d), s(&[("ضرابی", "مدیر")]));
        // … after a comma clause
        let d = doc(
            "به گزارش فارس، در شرایطی که اردو ادامه داشت، سرمربی تیم ملی تصمیم گرفت اردو را تمدید کند.
کوروش باقری در این زمینه گفت: تمرین می‌کنیم.",
        );
        assert_eq!(names(&d), s(&[("کوروش باقری", "سرمربی")]));
        // a speaker named first, then called by role in a sentence without a speech verb
        let d = doc("سید هادی حسینی در گفت‌وگو با خبرنگار فارس گفت: او از نیکان بود.
نماینده مردم سوادکوه در مجلس شورای اسلامی با اشاره به این موضوع، از مردم تشکر کرد.");
        assert_eq!(names(&d), s(&[("سید هادی حسینی", "نماینده")]));
        // a role in brackets
        let d = doc("این نشست با حضور علی احمدی (نایب رئیس فدراسیون) برگزار شد.");
        assert_eq!(names(&d), s(&[("علی احمدی", "نایب\u{200c}رئیس")]));
        // "X را به عنوان TITLE"; "من به عنوان TITLE" is the speaker
        let d = doc("مجلس دیروز علی فاضلی را به عنوان وزیر نیرو تأیید کرد.");
        assert_eq!(names(&d), s(&[("علی فاضلی", "وزیر")]));
        let d = doc("همایون یوسفی گفت: ورزش مهم است.
وی خاطرنشان کرد: من به عنوان عضو فراکسیون ورزش مجلس آماده‌ام.");
        assert_eq!(names(&d), s(&[("همایون یوسفی", "عضو")]));
        // an MP's constituency "مردم X در مجلس …" is at the parliament of
        // their other office there; the role-only subject is the speaker
        let d = doc("احمد امیرآبادی فراهانی در حاشیه مراسم اظهار داشت: کار مهم است.
عضو هیئت‌رئیسه مجلس شورای اسلامی با اشاره به این موضوع گفت: کار ادامه دارد. حکمی بیاوریم.
نماینده مردم قم در مجلس شورای اسلامی با اشاره به اینکه کار سخت است، تصریح کرد: باید کار کرد.");
        assert_eq!(
            names(&d),
            s(&[
                ("احمد امیرآبادی فراهانی", "عضو هیئت\u{200c}رئیسه"),
                ("احمد امیرآبادی فراهانی", "نماینده")
            ])
        );
        // a person-role's modifier is not part of the complement
        let d = doc("ریچارد نیکسون معاون رئیس‌جمهور وقت آمریکا به تهران آمد.");
        let o = &d.officials[0].roles[0];
        assert_eq!(
            o.organization.as_ref().map(|x| x.fa.as_str()),
            Some("رئیس\u{200c}جمهور آمریکا")
        );
        // "بنده به عنوان": the speaker of this sentence, not the one before
        let d = doc("همایون یوسفی گفت: ورزش مهم است.
احمد علیرضابیگی نیز اظهار داشت: زمانی که بنده به عنوان استاندار آذربایجان شرقی انتخاب شدم کار کردیم.");
        assert_eq!(names(&d), s(&[("احمد علیرضابیگی", "استاندار")]));
        // the source of the report is no role of the name after it
        let d = doc(
            "به گزارش خبرنگار سیاسی خبرگزاری فارس، حجت‌الاسلام محمد قمی رئیس سازمان تبلیغات اسلامی گفت: خوب است.",
        );
        assert_eq!(names(&d), s(&[("محمد قمی", "رئیس")]));
        // quoted names before a title, whatever their words; not a quoted source
        let d = doc("ژنرال «جان کین»، رئیس ستاد ارتش آمریکا گفت: اعزام می‌شوند.");
        assert_eq!(names(&d), s(&[("جان کین", "رئیس")]));
        let d = doc("«فرانکو فراتینی» وزیر امور خارجه ایتالیا گفت: موافقیم.");
        assert_eq!(names(&d), s(&[("فرانکو فراتینی", "وزیر")]));
        let d = doc("به گزارش شبکه «روسیا الیوم»، نخست‌وزیر رژیم صهیونیستی گفت: خوب است.");
        assert!(names(&d).is_empty(), "{:?}", names(&d));
        // three unknown words opening a sentence before a title; after a word no name has
        let d = doc("چانگ دونگ یانگ وزیر اتحاد کره جنوبی گفت: خوب است.");
        assert_eq!(names(&d), s(&[("چانگ دونگ یانگ", "وزیر")]));
        let d = doc("در این دیدار چانگ دونگ یانگ، وزیر اتحاد کره جنوبی گفت: خوب است.");
        assert_eq!(names(&d), s(&[("چانگ دونگ یانگ", "وزیر")]));
        // … or opening a clause, before a title with its organisation; a name
        // particle inside; never plurals or words with their ezafe
        let d = doc("هر چند ویسنته دل بوسکه سرمربی تیم ملی فوتبال اسپانیا بدترین عملکرد را داشت.");
        assert_eq!(names(&d), s(&[("ویسنته دل بوسکه", "سرمربی")]));
        let d = doc("به گزارش ورزش سه، هانسی فلیک سرمربی بایرن مونیخ گفت: خوب است.");
        assert_eq!(names(&d), s(&[("هانسی فلیک", "سرمربی")]));
        let d = doc("همچنین فواد سنیوره نخست‌وزیر لبنان گفت: خوب است.");
        assert_eq!(names(&d), s(&[("فواد سنیوره", "نخست\u{200c}وزیر")]));
        let d = doc("در این نشست ارتش‌های کشورهای عضو شورای همکاری خلیج فارس حضور داشتند.");
        assert!(names(&d).is_empty(), "{:?}", names(&d));
        // a nationality after the title is no organisation; nor is a number
        assert_eq!(
            roles("فرناندو سانتوس سرمربی پرتغالی یونان گفت: خوب است."),
            vec![r("فرناندو سانتوس", "سرمربی", Some("یونان"))]
        );
        assert_eq!(
            roles("تئو بوکر سرمربی آلمانی تیم ملی لبنان گفت: خوب است."),
            vec![r("تئو بوکر", "سرمربی", Some("تیم ملی لبنان"))]
        );
        assert!(roles("لیونل مسی کاپیتان ۳۴ ساله گفت: خوب است.").is_empty());
        // a continuing verb right after the speaker spoke: the same speaker
        // under another role
        assert_eq!(
            roles(
                "ابوذر ندیمی، کارشناس اقتصاد گفت: خوب است.\nنماینده سابق مردم شهرستان لاهیجان افزود: بد است."
            ),
            vec![
                r("ابوذر ندیمی", "نماینده", Some("مردم شهرستان لاهیجان")),
                r("ابوذر ندیمی", "کارشناس", Some("اقتصاد"))
            ]
        );
        // a list of people with descriptions: a title belongs to its own
        // segment's name, never to the name after the comma
        assert_eq!(
            roles(
                "حسین مهربان قهرمان سابق تکواندو، میثم ایرانشاهی قهرمان کونگ‌فو کشور و سرمربی تیم کونگ‌فو استان تهران، محمد سلیمانی نایب قهرمان تکواندو حضور دارند."
            ),
            vec![r("میثم ایرانشاهی", "سرمربی", Some("تیم کونگ\u{200c}فو استان تهران"))]
        );
        // "TITLE یعنی X"; "X که TITLE است"
        assert_eq!(
            roles("اشتباه سرپرست تیم ملی یعنی خسرو قمری باعث این جایگاه شد."),
            vec![r("خسرو قمری", "سرپرست", Some("تیم ملی"))]
        );
        assert_eq!(
            roles("علی احمدی که رئیس فدراسیون فوتبال است گفت: خوب است."),
            vec![r("علی احمدی", "رئیس", Some("فدراسیون فوتبال"))]
        );
        // a portfolio is part of the title (GOLD.md rule 4); a person-role or
        // an office with its own head word is the organisation
        assert_eq!(
            roles("سید محمدهادی ایازی معاون امور اجتماعی وزارت بهداشت گفت: خوب است."),
            vec![r(
                "سید محمدهادی ایازی",
                "معاون امور اجتماعی",
                Some("وزارت بهداشت")
            )]
        );
        assert_eq!(
            roles("رسول دیناروند معاون وزیر بهداشت گفت: خوب است."),
            vec![r("رسول دیناروند", "معاون", Some("وزیر بهداشت"))]
        );
        assert_eq!(
            roles("محمد امین رضازاده مدیرکل دفتر امور سیاسی وزارت کشور گفت: خوب است."),
            vec![r(
                "محمد امین رضازاده",
                "مدیرکل",
                Some("دفتر امور سیاسی وزارت کشور")
            )]
        );
        // adjectives that make a title: مشاور ارشد
        assert_eq!(
            roles("حسین کلانی مشاور ارشد باشگاه پرسپولیس گفت: خوب است."),
            vec![r("حسین کلانی", "مشاور ارشد", Some("باشگاه پرسپولیس"))]
        );
        // a listed surname (or one with a long surname ending) alone before a title
        let d = doc("رحیمی مدیرعامل باشگاه سپاهان گفت: خوب است.");
        assert_eq!(names(&d), s(&[("رحیمی", "مدیرعامل")]));
        let d = doc("با امضای رئیس‌جمهور ابلاغ شد.");
        assert!(names(&d).is_empty(), "{:?}", names(&d));
        // a role-only subject with هم is another speaker than the one before
        let d = doc("محمد سعیدی کیا در دیدار با استاندار خراسان رضوی اظهار کرد: آغاز می‌شود.\nاستاندار خراسان رضوی هم در این دیدار گفت: خوب است.");
        assert!(names(&d).is_empty(), "{:?}", names(&d));
        // one quoted word no lexicon knows
        let d = doc("\"نائوتوکان\"، نخست‌وزیر ژاپن گفت: خوب است.");
        assert_eq!(names(&d), s(&[("نائوتوکان", "نخست\u{200c}وزیر")]));
        // a quoted organisation after a title
        let d = doc("علی احمدی مدیرعامل «گروه صنعتی ایران» گفت: خوب است.");
        let org = d.officials[0].roles[0]
            .organization
            .as_ref()
            .map(|g| g.fa.clone());
        assert_eq!(org.as_deref(), Some("گروه صنعتی ایران"));
        // two people with their titles share the organisation after the second
        let d =
            doc("در این مراسم محمد نوحی رئیس سابق و محسن احمدی دبیر سابق فدراسیون ورزش‌های رزمی حضور داشتند.");
        let orgs: Vec<_> = d
            .officials
            .iter()
            .map(|o| o.roles[0].organization.as_ref().map(|g| g.fa.clone()))
            .collect();
        assert_eq!(orgs, vec![Some("فدراسیون ورزش\u{200c}های رزمی".to_string()); 2]);
        // "این آژانس": the organisation named before
        let d = doc("آژانس بین‌المللی انرژی اتمی گزارش داد.\nمحمد البرادعی مدیرکل این آژانس گفت: نگرانیم.");
        let orgs: Vec<_> = d.officials[0]
            .roles
            .iter()
            .map(|r| r.organization.as_ref().map(|o| o.fa.as_str()))
            .collect();
        assert_eq!(orgs, vec![Some("آژانس بین\u{200c}المللی انرژی اتمی")]);
        // a role that spoke, then a new name speaking later, are two people
        let d = doc("سخنگوی وزارت امور خارجه کره شمالی گفت: رد می‌کنیم.\nسخنگوی وزارت امور خارجه کره شمالی همچنین تصریح کرد: ممکن است بپیوندیم.\nآمریکا باید دست بکشد.\nکالین پاول چندی پیش در اندونزی گفت: پاداشی نیست.");
        assert!(names(&d).is_empty(), "{:?}", names(&d));
        // a name with a title of its own does not take a waiting role
        let d = doc("سخنگوی گمرک گفت: خوب است.\nمحمد البرادعی، مدیرکل این آژانس نگران است.");
        assert!(names(&d).iter().all(|(_, t)| t != "سخنگوی"), "{:?}", names(&d));
        // "X نیز …" after an unresolved role is someone else
        let d = doc("سرمربی تیم ملی تصمیم گرفت اردو را تمدید کند.
کوروش باقری نیز در این زمینه گفت: تمرین می‌کنیم.");
        assert!(names(&d).is_empty(), "{:?}", names(&d));
    }

    #[test]
    fn attributions_cover_the_quoted_clauses() {
        use crate::extract::{default_extractors, Context, Findings};
        use crate::text::tokenize::tokenize;
        let a = Analyzer::embedded().unwrap();
        let text = "صادق نجفی در دیدار با علی فاضلی گفت: باید اصلاح شود. همچنین لازم است کمک شود.\nفاضلی افزود: نیاز داریم.";
        let norm = a.normalizer().normalize(text);
        let tokens = tokenize(norm.text.text());
        let meta = crate::ArticleMeta::default();
        let cx = Context::new(&norm.text, &tokens, a.lexicons(), &meta);
        let mut f = Findings::default();
        for e in default_extractors() {
            e.extract(&cx, &mut f);
        }
        let said: Vec<(String, &str)> = f
            .attributions
            .iter()
            .map(|at| {
                let who = f
                    .people
                    .iter()
                    .find(|p| p.id == at.person)
                    .unwrap()
                    .name
                    .fa
                    .clone();
                (who, &cx.text[at.span.range()])
            })
            .collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert_eq!(said[0].0, "صادق نجفی");
        assert!(
            said[0].1.contains("باید اصلاح شود") && said[0].1.contains("لازم است کمک شود"),
            "{said:?}"
        );
        assert!(!said[0].1.contains("نیاز داریم"));
        assert_eq!(said[1].0, "علی فاضلی");
        assert!(said[1].1.contains("نیاز داریم"));
    }
}
