//! Figures: a number with its unit or counted noun, per SCHEMA.md —
//! "۷۰ هزار واحد صنعتی" (count, unit واحد, counted "واحد صنعتی"),
//! "۲ میلیون و ۴۰۰ هزار تومان" (money, IRT), "۱۲٫۵ درصد" (percent),
//! "بیش از ۱۰ هزار نفر" (count, more_than), "۳۰ تا ۴۰ هزار تومان" (a range).
//!
//! Numbers come from [`super::numbers`]; units, currencies, counters and the
//! adjectives of counted phrases come from `lexicons/units.tsv`
//! ([`UnitLexicon`]). Not figures: ordinals, label numbers (ماده ۵, ساعت ۱۰),
//! phone numbers and ids, numbers inside dates (the dates extractor runs
//! first and figures skip what it found), vague quantifiers (صدها, هزاران).
//! `speaker` is left null: attribution is the claims stage's work.

use rustc_hash::FxHashMap;

use super::numbers::{self, Number, NumberKind};
use super::{Context, Extractor, Findings};
use crate::document::{Approx, Figure, FigureKind, Gloss, Value};
use crate::error::Result;
use crate::lexicon::tsv::Table;
use crate::lexicon::LexiconSource;
use crate::text::aligned::Span;
use crate::text::chars::ZWNJ;
use crate::text::normalize::zwnj::lexicon::pos;
use crate::text::normalize::Normalizer;
use crate::text::tokenize::{Token, TokenKind};

/// What a `units.tsv` entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// A currency.
    Money,
    /// درصد.
    Percent,
    /// A physical unit.
    Quantity,
    /// A counter or countable noun.
    Count,
    /// A unit of time.
    Duration,
    /// Multipliers, scores.
    Other,
    /// An adjective of a counted phrase (صنعتی).
    Adj,
    /// A country or region, that may follow a currency ("دلار هنگ‌کنگ").
    Place,
}

/// One `units.tsv` entry.
#[derive(Clone, Debug)]
pub struct UnitEntry {
    /// The Persian form (normalized).
    pub fa: String,
    /// English, singular.
    pub en: Option<String>,
    /// English, plural.
    pub en_plural: Option<String>,
    /// What it is.
    pub kind: UnitKind,
    /// ISO 4217 code for currencies.
    pub currency: Option<String>,
}

/// The units lexicon: keys are squashed forms (see [`squash_into`]).
#[derive(Clone, Debug, Default)]
pub struct UnitLexicon {
    map: FxHashMap<String, UnitEntry>,
    max_tokens: usize,
}

/// Append `s` to `buf` in lookup form: Arabic ي/ك folded, ZWNJ and white
/// space removed, so "سه‌شنبه", "سه شنبه" and "سهشنبه" share one key.
pub fn squash_into(buf: &mut String, s: &str) {
    if !s.contains(['\u{200C}', ' ', '\u{200D}', 'ي', 'ى', 'ك', 'ة']) {
        buf.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            ZWNJ | ' ' | '\u{200D}' => {}
            'ي' | 'ى' => buf.push('ی'),
            'ك' => buf.push('ک'),
            'ة' => buf.push('ه'),
            _ => buf.push(c),
        }
    }
}

/// `s` in lookup form.
pub fn squash(s: &str) -> String {
    let mut b = String::with_capacity(s.len());
    squash_into(&mut b, s);
    b
}

impl UnitLexicon {
    /// Load `units.tsv`.
    /// Entries go through `norm` (the default pipeline), so they match
    /// normalized text.
    pub fn load(src: &LexiconSource, norm: &Normalizer) -> Result<UnitLexicon> {
        let text = src.read("units.tsv")?;
        UnitLexicon::parse(&text, Some(norm))
    }

    /// Parse the contents of `units.tsv`.
    pub fn parse(text: &str, norm: Option<&Normalizer>) -> Result<UnitLexicon> {
        let key = |fa: &str| match norm {
            Some(n) => squash(&n.normalize_str(fa)),
            None => squash(fa),
        };
        let t = Table::parse("units.tsv", text, &["fa", "en", "en_plural", "kind", "currency"])?;
        let mut map = FxHashMap::default();
        let mut max_tokens = 1;
        for (line, f) in &t.rows {
            let kind = match f[3] {
                "money" => UnitKind::Money,
                "percent" => UnitKind::Percent,
                "quantity" => UnitKind::Quantity,
                "count" => UnitKind::Count,
                "duration" => UnitKind::Duration,
                "other" => UnitKind::Other,
                "adj" => UnitKind::Adj,
                "place" => UnitKind::Place,
                k => {
                    return Err(crate::Error::lexicon(
                        "units.tsv",
                        *line,
                        format!("unknown kind {k:?}"),
                    ))
                }
            };
            let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
            max_tokens = max_tokens.max(f[0].split([' ', ZWNJ]).count());
            map.insert(
                key(f[0]),
                UnitEntry {
                    fa: f[0].to_string(),
                    en: opt(f[1]),
                    en_plural: opt(f[2]).or_else(|| opt(f[1])),
                    kind,
                    currency: opt(f[4]),
                },
            );
        }
        Ok(UnitLexicon { map, max_tokens })
    }

    /// The entry for a squashed key.
    pub fn get(&self, key: &str) -> Option<&UnitEntry> {
        self.map.get(key)
    }
}

/// Look up the longest lexicon phrase starting at token `i` (Persian words,
/// and `.` between them). Returns the value, the number of tokens and the
/// length of the suffix matched. When `suffixes` is given, the last word may
/// carry one of them (تومانی, ساله). On a match `buf` holds the squashed
/// tokens matched: the entry's key followed by the suffix.
pub(crate) fn lookup_phrase<'m, T>(
    map: &'m FxHashMap<String, T>,
    max_tokens: usize,
    text: &str,
    tokens: &[Token],
    i: usize,
    suffixes: &[&str],
    buf: &mut String,
) -> Option<(&'m T, usize, usize)> {
    let mut n = 0;
    while n < max_tokens && i + n < tokens.len() {
        let t = &tokens[i + n];
        let ok = t.kind == TokenKind::Word || (n > 0 && t.kind == TokenKind::Punct && t.text(text) == ".");
        if !ok || (n > 0 && tokens[i + n - 1].sentence != t.sentence) {
            break;
        }
        n += 1;
    }
    for k in (1..=n).rev() {
        if tokens[i + k - 1].kind != TokenKind::Word {
            continue;
        }
        buf.clear();
        for t in &tokens[i..i + k] {
            squash_into(buf, t.text(text));
        }
        if let Some(v) = map.get(buf.as_str()) {
            return Some((v, k, 0));
        }
        for suf in suffixes {
            if buf.ends_with(suf) && buf.len() > suf.len() + 2 {
                if let Some(v) = map.get(&buf[..buf.len() - suf.len()]) {
                    return Some((v, k, suf.len()));
                }
            }
        }
    }
    None
}

/// Words that precede a number used as a label, not a quantity.
const LABELS: &[&str] = &[
    "ماده",
    "تبصره",
    "بند",
    "اصل",
    "فصل",
    "شماره",
    "منطقه",
    "کد",
    "پلاک",
    "ساعت",
    "ردیف",
    "صفحه",
    "جدول",
    "نمودار",
    "شکل",
    "پیوست",
    "سوره",
    "آیه",
    "ناحیه",
    // units that bear a number as their name: "کلانتری ۱۲۴ قلهک", "شعبه ۱۱۳
    // دادگاه", "لشکر ۴۱ ثارالله"
    "کلانتری",
    "شعبه",
    "لشکر",
    "تیپ",
    "گردان",
    "پاسگاه",
    "فاز",
    "بلوک",
    "کوچه",
    "خیابان",
    "دقیقه",
    "هفته",
    "رتبه",
    "رده",
    "مرحله",
    "پرواز",
    "نسخه",
    "قطعه",
    "سکوی",
    "کانال",
    "شبکه",
    "لیگ",
    "گروه",
    "اتاق",
    "سالن",
    "بخشنامه",
    "مصوبه",
    "قانون",
    "ماده‌ی",
    "بندهای",
    "مواد",
    "اصول",
    "پایه",
    "کلاس",
    "طبقه",
    "واحد",
    "نوبت",
    "سری",
    "دوره",
    "سطح",
    "درجه",
    "گرید",
    "شماره‌ی",
    "تلفن",
    "سامانه",
    "سامانه‌ی",
    // a hotline: "ستاد خبری ۱۲۴", "سامانه پیامکی ۳۰۰۰"
    "خبری",
    "پیامکی",
    "قطعنامه",
    "همراه",
    "نمابر",
    "فکس",
    "صندوق",
    "لشگر",
    "ورزش",
    "شعبه",
    "لشکر",
    "تیپ",
    "پارک",
    "بزرگراه",
    "آزادراه",
    "محور",
    "نوع",
    "ورودی",
    "دروازه",
    "ترمینال",
    "خط",
    "مدل",
    "نسل",
    "سال",
    "سالهای",
    "سال‌های",
    "دهه",
    "قرن",
];

/// Words that cannot be the counted noun after a number.
const NOT_NOUNS: &[&str] = &[
    "و",
    "یکی",
    "در",
    "به",
    "از",
    "که",
    "را",
    "با",
    "تا",
    "برای",
    "این",
    "آن",
    "هم",
    "نیز",
    "است",
    "بود",
    "شد",
    "شده",
    "یا",
    "اما",
    "ولی",
    "هر",
    "چه",
    "چند",
    // "دو چندان": twofold; "دو جانبه": bilateral; "دو منظوره": dual-purpose
    "چندان",
    "جانبه",
    "منظوره",
    "همه",
    "دیگر",
    "خود",
    "بر",
    "پس",
    "پیش",
    "بین",
    "روی",
    "زیر",
    "بالای",
    "نه",
    "اگر",
    "چون",
    "زیرا",
    "نسبت",
    "طی",
    "طول",
    "ظرف",
    "حدود",
    "بیش",
    "کمتر",
    "بیشتر",
    "حداقل",
    "حداکثر",
    "نزدیک",
    "تنها",
    "فقط",
    "حتی",
    "هستند",
    "بودند",
    "شدند",
    "دارند",
    "داشتند",
    "کردند",
    "کرد",
    "کند",
    "کنند",
    "دارد",
    "داشت",
    "هست",
    "باشد",
    "باشند",
    "خواهد",
    "شود",
    "شوند",
    "گردید",
    "گرفت",
    "رسید",
    "رسیده",
    "است.",
    "الی",
    "لغایت",
    "الا",
    "یک",
    "دو",
    "سه",
    "ها",
    "های",
    "ای",
    "ی",
    "هزار",
    "میلیون",
    "میلیارد",
    "نفری",
    "سوی",
    "جز",
    "مانند",
    "همچون",
    "درباره",
    "علیه",
    "توسط",
    "وی",
    "او",
    "ما",
    "شما",
    "آنها",
    "آن‌ها",
    "ایشان",
    "اینکه",
    "آنکه",
    "چنین",
    "چنان",
    "همین",
    "همان",
    "بعد",
    "قبل",
    "اخیر",
    "گذشته",
    "آینده",
    "جاری",
    "پیش",
    "اول",
    "دوم",
    "سوم",
    "نخست",
    "آخر",
    "بالغ",
    "افزون",
    "قریب",
    "تقریبا",
    "حدودا",
    "کل",
    "مجموع",
    "جمع",
    "رقم",
    "عدد",
    "میزان",
    "مبلغ",
    "منفی",
    "مثبت",
    "صبح",
    "ظهر",
    "عصر",
    "شب",
    "بامداد",
    "امروز",
    "دیروز",
    "فردا",
    "امسال",
    "هجری",
    "شمسی",
    "قمری",
    "میلادی",
    "نفره",
    "ساله",
    "درصدی",
    "برابری",
    // the non-verbal half of a compound verb: "رزمایش ولایت ۹۵ برگزار شد"
    "برگزار",
    "انجام",
    "منتشر",
    "صادر",
];

/// The time unit of an age noun: "سالگی" (at … years of age) → سال.
fn age_stem(w: &str) -> Option<&'static str> {
    match w.trim_start_matches(ZWNJ) {
        "سالگی" => Some("سال"),
        "ماهگی" => Some("ماه"),
        "روزگی" => Some("روز"),
        _ => None,
    }
}

/// A form of کردن/شدن/بودن, the light verb after a verbal noun.
fn is_light_verb(w: &str) -> bool {
    matches!(
        w,
        "کرد"
            | "کردند"
            | "کند"
            | "کنند"
            | "کرده"
            | "کردن"
            | "شد"
            | "شده"
            | "شدند"
            | "شود"
            | "شوند"
            | "شدن"
            | "گردید"
            | "گردد"
            | "است"
            | "بود"
            | "نمود"
            | "نمودند"
            | "کردیم"
            | "کنیم"
    )
}

/// Vague quantifiers: "ده‌ها", "صدها", "هزاران", "چند", "چندین".
fn is_vague(w: &str) -> bool {
    if matches!(w, "چند" | "چندین" | "هزاران" | "میلیون‌ها" | "میلیاردها") {
        return true;
    }
    let stem = w.strip_suffix("ها").map(|s| s.trim_end_matches('\u{200C}'));
    stem.is_some_and(|s| !s.is_empty() && numbers::parse_number(s).is_some())
}

fn is_not_noun(w: &str) -> bool {
    NOT_NOUNS.contains(&w)
        || w.strip_suffix('ه')
            .is_some_and(|stem| PARTICIPLE_STEMS.contains(&stem))
        || w.starts_with("می\u{200C}")
        || w.starts_with("نمی\u{200C}")
        || w.ends_with("\u{200C}اند")
        || w.ends_with("\u{200C}است")
        || w.ends_with("ترین")
}

/// Past stems whose participle (stem + ه: "آمده", "رسیده") follows a number
/// as a verb, never as a counted noun ("در قطعنامه ۲۲۳۱ آمده").
const PARTICIPLE_STEMS: &[&str] = &[
    "آمد",
    "رسید",
    "شد",
    "کرد",
    "داد",
    "گرفت",
    "یافت",
    "بود",
    "گردید",
    "رفت",
    "دید",
    "گفت",
    "ساخت",
    "نوشت",
    "افزود",
    "خواست",
    "ماند",
    "زد",
    "آورد",
    "برد",
];

/// Qualifiers before a number: (squashed words, approx).
const QUALIFIERS: &[(&str, Approx)] = &[
    ("حدود", Approx::About),
    ("درحدود", Approx::About),
    ("حدودا", Approx::About),
    ("حدوداً", Approx::About),
    ("تقریبا", Approx::About),
    ("تقریباً", Approx::About),
    ("نزدیکبه", Approx::About),
    ("قریببه", Approx::About),
    ("بالغبر", Approx::About),
    ("بیشاز", Approx::MoreThan),
    ("بیشتراز", Approx::MoreThan),
    ("افزونبر", Approx::MoreThan),
    ("بالای", Approx::MoreThan),
    ("کمتراز", Approx::LessThan),
    ("زیر", Approx::LessThan),
    ("دستکم", Approx::AtLeast),
    ("حداقل", Approx::AtLeast),
    ("لااقل", Approx::AtLeast),
    ("حداکثر", Approx::AtMost),
    ("تا", Approx::AtMost),
];

const RANGE_WORDS: &[&str] = &["تا", "الی", "-", "–", "الا", "لغایت"];

/// Person nouns after "X ساله" that make it an age.
const PERSON_NOUNS: &[&str] = &[
    "مرد",
    "زن",
    "جوان",
    "کودک",
    "دختر",
    "پسر",
    "فرد",
    "نوجوان",
    "دخترک",
    "پسرک",
    "بیمار",
    "راننده",
    "متهم",
    "کارگر",
    "سالمند",
    "پیرمرد",
    "پیرزن",
    "دانش‌آموز",
    "نوزاد",
    "بازیکن",
    "ورزشکار",
];

/// Classifiers before which "یک" is a count, not the indefinite article ("یک
/// دستگاه پیکور", "یک فروند هواپیما", "یک باب مدرسه"); not نفر, مورد, فقره
/// ("یک نفر" is also "someone").
const ONE_COUNTS: &[&str] = &[
    "باب",
    "جلد",
    "دستگاه",
    "رأس",
    "راس",
    "عدد",
    "فروند",
    "قبضه",
    "قطعه",
    "نسخه",
];

/// Classifiers: counters whose counted group may follow with از ("۱۰ نفر از
/// کارگران").
const CLASSIFIERS: &[&str] = &[
    "نفر",
    "تن",
    "مورد",
    "فقره",
    "عدد",
    "رأس",
    "راس",
    "قطعه",
    "دستگاه",
    "باب",
    "نسخه",
    "جلد",
    "فروند",
];

/// Nouns that "X ساله" qualifies as a period, not an age.
const PERIOD_HEADS: &[&str] = &[
    "برنامه",
    "طرح",
    "دوره",
    "قرارداد",
    "سابقه",
    "تاریخ",
    "جنگ",
    "عمر",
    "فعالیت",
    "حضور",
    "پروژه",
    "چشم‌انداز",
    "سند",
    "فاصله",
    "دوران",
    "مدت",
    "تجربه",
    "وام",
    "اجاره",
    "تعطیلی",
    "توقف",
];

/// The figures extractor.
pub struct FiguresExtractor;

/// A unit found after a number.
struct FoundUnit<'l> {
    entry: Option<&'l UnitEntry>,
    /// The word as written (for unknown head nouns).
    word: Span,
    /// Token index after the unit.
    next: usize,
    /// Byte end of the unit.
    end: usize,
    /// The unit carried the ه suffix (ساله, نفره).
    he_suffix: bool,
}

impl Extractor for FiguresExtractor {
    fn name(&self) -> &'static str {
        "figures"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Findings) {
        let lex = &cx.lex.units;
        let text = cx.text;
        let toks = &cx.tokens.tokens;
        let mut buf = String::new();
        let accept_tail = |tail: &str| {
            let mut b = String::new();
            squash_into(&mut b, tail);
            lex.get(&b)
                .is_some_and(|e| !matches!(e.kind, UnitKind::Adj | UnitKind::Place))
                || (b.len() > 2
                    && (b.ends_with('ه') || b.ends_with('ی'))
                    && lex
                        .get(&b[..b.len() - 2])
                        .is_some_and(|e| !matches!(e.kind, UnitKind::Adj | UnitKind::Place)))
                || matches!(b.as_str(), "ی" | "ای")
                || age_stem(&b).is_some()
        };
        let nums = numbers::scan_by(text, toks, |i| cx.number_at(i).cloned(), accept_tail);
        // numbers inside calendar dates are not figures; a relative expression
        // may hold a duration ("سه سال گذشته": the figure "سه سال")
        let mut date_spans: Vec<Span> = out
            .dates
            .iter()
            .filter(|d| d.kind != crate::document::DateKind::Relative)
            .map(|d| d.span)
            .collect();
        date_spans.sort();
        let mut figures: Vec<Figure> = Vec::new();
        let mut pending: Vec<(Figure, Span)> = Vec::new();
        // the token after the last match score (a list of set scores follows it)
        let mut last_score: Option<usize> = None;
        let mut k = 0;
        while k < nums.len() {
            let n = &nums[k];
            k += 1;
            // a number already inside the last figure ("۴۷ دلار و ۴۱ سنت")
            if figures.last().is_some_and(|f| f.span.contains(n.span)) {
                continue;
            }
            if n.kind == NumberKind::Ordinal || overlaps_any(&date_spans, n.span) {
                continue;
            }
            // a match score "۲ بر ۱", "یک بر صفر": one figure per side
            if let Some((pair, used_next, end_tok)) = self.score(cx, n, nums.get(k), last_score, &mut buf) {
                figures.extend(pair);
                k += usize::from(used_next);
                last_score = Some(end_tok);
                continue;
            }
            // an approximate pair "دو یا سه جای خالی", "۳، ۴ بازی", "یکی دو بازیکن": a range
            if let Some(f) = nums.get(k).and_then(|n2| self.approx_pair(cx, n, n2, &mut buf)) {
                if !overlaps_any(&date_spans, f.span) {
                    figures.push(f);
                    k += 1;
                    continue;
                }
            }
            let Some(fig) = self.figure_for(cx, n, &mut buf) else {
                continue;
            };
            // a range: "۳۰ تا ۴۰ هزار تومان" (this number has no unit), or
            // "۶ هزار تومان تا ۱۸ هزار تومان"
            let after = fig.1;
            if let Some(n2) = nums.get(k) {
                if let Some(rng) = range_between(cx, n, &fig, n2, after) {
                    if let Some(f2) = self.figure_for(cx, n2, &mut buf) {
                        let mut lo = fig.0.value;
                        // "۳۰ تا ۴۰ هزار": the second number's scale applies to the first
                        if rng.bare_first && n.scale == 1 && n2.scale > 1 {
                            if let Some(v) = numbers::mul_int(lo, n2.scale) {
                                if numbers::cmp(v, f2.0.value).is_le() {
                                    lo = v;
                                }
                            }
                        }
                        // a range has a unit and runs upwards
                        let mut hi = f2.0.value;
                        if rng.hyphen && numbers::cmp(lo, hi).is_gt() {
                            std::mem::swap(&mut lo, &mut hi);
                        }
                        if f2.2
                            && numbers::cmp(lo, hi).is_lt()
                            && rng.same_unit(&fig.0, &f2.0)
                            && !overlaps_any(&date_spans, n2.span)
                        {
                            let mut f = f2.0;
                            f.value_max = Some(hi);
                            f.value = lo;
                            f.approx = Some(Approx::Range);
                            f.span = Span::new(fig.0.span.start, f.span.end);
                            f.text = text[f.span.range()].to_string();
                            figures.push(f);
                            k += 1;
                            continue;
                        }
                    }
                }
            }
            if fig.2 {
                figures.push(fig.0);
            } else if let Some(u) = self.list_unit(cx, &nums, k - 1, &mut buf) {
                // "۳۲ و ۲۱ درصد", "۱۰، ۱۵ و ۲۰ میلیون تومان": the unit of the list's last item
                let mut f = fig.0;
                if n.scale == 1 && u.scale > 1 {
                    match numbers::mul_int(f.value, u.scale) {
                        Some(v) => f.value = v,
                        None => continue,
                    }
                }
                f.kind = u.kind;
                f.unit = u.unit;
                f.currency = u.currency;
                figures.push(f);
            } else if let Some(u) = self.parallel_share(cx, &nums, k - 1, &mut buf) {
                // "فیون با کسب ۴۴٫۲، کوپه با جذب ۲۸٫۵ و سارکوزی با کسب ۲۰٫۶ درصد آرا"
                let mut f = fig.0;
                f.kind = u.kind;
                f.unit = u.unit;
                figures.push(f);
            } else if n.scale >= 1_000_000 && n.kind == NumberKind::Cardinal {
                pending.push((fig.0, n.tail));
            }
        }
        // a scaled number without a unit ("۷۶ میلیون") is money when money is
        // spoken of in the same sentence or the one before, in that currency
        for (mut f, tail) in pending {
            let sent = sentence_of(toks, f.span.start);
            let near = figures
                .iter()
                .filter(|g| g.kind == FigureKind::Money)
                .filter(|g| {
                    let s2 = sentence_of(toks, g.span.start);
                    s2 == sent || s2 + 1 == sent
                })
                .min_by_key(|g| g.span.start.abs_diff(f.span.start));
            if let Some(g) = near {
                f.kind = FigureKind::Money;
                f.currency = g.currency.clone();
                f.unit = g.unit.clone();
                if !tail.is_empty() {
                    f.span.end = tail.end;
                    f.text = text[f.span.range()].to_string();
                }
                figures.push(f);
            }
        }
        table_percents(cx, &nums, &mut figures);
        figures.sort_by_key(|f| f.span.start);
        // GOLD rule 12: the same span repeated for the same fact is listed
        // once (a headline figure again in the body, "این ۳ بازیکن" … "هر ۳
        // بازیکن"); a different qualifier ("بیش از ۳۵۰ نفر" after "۳۵۰ نفر")
        // or different words make another statement, kept
        // (kept on the first as `repeats`)
        let mut kept: Vec<Figure> = Vec::with_capacity(figures.len());
        for f in figures {
            // (a score is not merged: the same score is mostly another game or
            // set in a round-up, "۲ بر ۱" … "۲ بر ۱", "۲۱-۲۵، ۲۵-۱۹، ۲۱-۲۵")
            let score = |g: &Figure| g.counted.as_ref().is_some_and(|c| c.fa == SCORE_COUNTED.0);
            let first = kept.iter_mut().find(|g| {
                g.span != f.span
                    && !(score(g) && score(&f))
                    && g.text == f.text
                    && g.value == f.value
                    && g.value_max == f.value_max
                    && g.kind == f.kind
                    && g.approx == f.approx
            });
            match first {
                Some(g) => g.repeats.push(f.span),
                None => kept.push(f),
            }
        }
        out.figures.extend(kept);
    }
}

/// Rows a flattened table must have before its percent column is read.
const TABLE_MIN_ROWS: usize = 3;
/// Cells a flattened table row may have (rank and percent included).
const TABLE_MAX_CELLS: usize = 8;

/// The percent column of a table flattened into running text, as news
/// sites paste them: a header whose last column is درصد, then numbered rows
/// "رتبه کشور تعداد درصد ۱ چین ۲۴۷۴۳۹ ۳۱٫۴ ۲ هند ۱۰۲۶۷۳ ۱۳٫۶ ۳ …". Each row
/// runs from its rank to the next rank; its last cell is the row's percent.
/// Rows are read while their ranks run 1, 2, 3 … and their last cell is a
/// number from 0 to 100; a table needs at least [`TABLE_MIN_ROWS`] of them.
fn table_percents(cx: &Context<'_>, nums: &[Number], figures: &mut Vec<Figure>) {
    let text = cx.text;
    let toks = &cx.tokens.tokens;
    // cheap tests first: most tokens are no header (the text is normalized,
    // so درصد needs no folding)
    let is_header = |i: usize| {
        toks[i].kind == TokenKind::Word
            && toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number)
            && toks[i].text(text) == "درصد"
            && i > 0
            && toks[i - 1].kind == TokenKind::Word
            && toks[i - 1].sentence == toks[i].sentence
    };
    // a number starting at token i (nums are in token order)
    let num_at = |i: usize| -> Option<&Number> {
        let k = nums.partition_point(|n| n.tokens.start < i);
        nums.get(k)
            .filter(|n| n.tokens.start == i && n.tail.is_empty() && n.kind == NumberKind::Cardinal)
    };
    let int_at = |i: usize| {
        num_at(i)
            .filter(|n| n.tokens.len() == 1 && n.value.scale == 0)
            .map(|n| n.value.mantissa)
    };
    let pct_ok = |n: &Number| {
        n.scale == 1
            && numbers::cmp(n.value, Value::int(0)).is_ge()
            && numbers::cmp(n.value, Value::int(100)).is_le()
    };
    let percent_unit = cx.lex.units.get("درصد");
    let mut found: Vec<Figure> = Vec::new();
    for h in 1..toks.len().saturating_sub(1) {
        if !is_header(h) || int_at(h + 1) != Some(1) {
            continue;
        }
        let sent = toks[h].sentence;
        // the percent cell of each row read so far
        let mut cells: Vec<&Number> = Vec::new();
        let mut ranks: Vec<Span> = vec![toks[h + 1].span];
        let mut rank_at = h + 1;
        let mut rank = 1;
        let mut width: Option<usize> = None;
        loop {
            // the next row starts at the first token holding rank + 1 right after a number
            let mut next_row = None;
            let mut j = rank_at + 2;
            while j < toks.len() && j <= rank_at + TABLE_MAX_CELLS && toks[j].sentence == sent {
                if int_at(j) == Some(rank + 1) {
                    // the cell before: the percent, a number ending at j - 1
                    let pk = nums.partition_point(|n| n.tokens.end < j);
                    if let Some(pn) = nums
                        .get(pk)
                        .filter(|n| n.tokens.end == j && n.tokens.start > rank_at + 1)
                    {
                        if pct_ok(pn) && pn.tail.is_empty() && pn.kind == NumberKind::Cardinal {
                            next_row = Some((j, pn));
                            break;
                        }
                    }
                }
                j += 1;
            }
            match next_row {
                Some((j, pn)) => {
                    cells.push(pn);
                    ranks.push(toks[j].span);
                    width = Some(j - rank_at);
                    rank_at = j;
                    rank += 1;
                }
                None => {
                    // the last row: as wide as the one before
                    if let Some(w) = width {
                        let end = rank_at + w;
                        let pk = nums.partition_point(|n| n.tokens.end < end);
                        if let Some(pn) = nums.get(pk).filter(|n| {
                            n.tokens.end == end
                                && n.tokens.start > rank_at + 1
                                && toks[n.tokens.start].sentence == sent
                                && n.tail.is_empty()
                                && n.kind == NumberKind::Cardinal
                        }) {
                            if pct_ok(pn) {
                                cells.push(pn);
                            }
                        }
                    }
                    break;
                }
            }
        }
        if cells.len() < TABLE_MIN_ROWS {
            continue;
        }
        // the table's reading wins over what its cells looked like alone
        // ("۵ فرانسه" is a rank, "۱٫۱ بنیاد" a percent before the next text)
        let overlap = |a: Span, b: Span| a.start < b.end && b.start < a.end;
        figures.retain(|g| {
            !ranks
                .iter()
                .chain(cells.iter().map(|n| &n.span))
                .any(|s| overlap(*s, g.span))
        });
        for n in cells {
            let unit = percent_unit.map(|e| {
                Gloss::new(
                    e.fa.clone(),
                    if n.value == Value::int(1) {
                        e.en.clone()
                    } else {
                        e.en_plural.clone()
                    },
                )
            });
            found.push(Figure {
                text: text[n.span.range()].to_string(),
                value: n.value,
                value_max: None,
                kind: FigureKind::Percent,
                unit,
                counted: None,
                approx: None,
                currency: None,
                speaker: None,
                span: n.span,
                repeats: Vec::new(),
            });
        }
    }
    for f in found {
        if !figures
            .iter()
            .any(|g| g.span.start < f.span.end && f.span.start < g.span.end)
        {
            figures.push(f);
        }
    }
}

/// The unit a list item takes from the end of its list.
struct ListUnit {
    kind: FigureKind,
    unit: Option<Gloss>,
    currency: Option<String>,
    /// The scale word of the last item ("۱۰ و ۱۵ میلیون تومان").
    scale: i128,
}

impl FiguresExtractor {
    /// For the unit-less number `nums[k]`: when it heads a list "X و Y درصد",
    /// "X، Y و Z میلیون تومان" (up to five items, one sentence) whose last
    /// item has a percent, money or physical unit, that unit.
    fn list_unit(&self, cx: &Context<'_>, nums: &[Number], k: usize, buf: &mut String) -> Option<ListUnit> {
        let toks = &cx.tokens.tokens;
        let text = cx.text;
        let mut prev = &nums[k];
        // "از ۱۰٫۹ به ۱۲٫۷ درصد": a change from one value to another
        let from = nums[k]
            .tokens
            .start
            .checked_sub(1)
            .is_some_and(|p| toks[p].text(text) == "از");
        for cur in nums.iter().take(k + 5).skip(k + 1) {
            let sep = toks.get(prev.tokens.end)?;
            let sep_ok = matches!(sep.text(text), "و" | "،" | "," | "یا") || (from && sep.text(text) == "به");
            if cur.tokens.start != prev.tokens.end + 1
                || !sep_ok
                || sep.sentence != toks[cur.tokens.start].sentence
                || cur.kind != NumberKind::Cardinal
            {
                return None;
            }
            let (f, _, has_unit) = self.figure_for(cx, cur, buf)?;
            // "۲۳ میلیون و ۵۰ درصد" is no list of percents
            if has_unit && f.kind == FigureKind::Percent && nums[k].scale > 1 {
                return None;
            }
            if has_unit {
                return matches!(
                    f.kind,
                    FigureKind::Percent
                        | FigureKind::Money
                        | FigureKind::Quantity
                        | FigureKind::Duration
                        | FigureKind::Other
                )
                .then_some(ListUnit {
                    kind: f.kind,
                    unit: f.unit,
                    currency: f.currency,
                    scale: cur.scale,
                });
            }
            prev = cur;
        }
        None
    }
}

/// Verbal nouns that introduce a share won: "با کسب ۴۴٫۲ درصد آرا".
const SHARE_VERBS: &[&str] = &["کسب", "جذب"];

impl FiguresExtractor {
    /// For the unit-less number `nums[k]` after کسب/جذب: when a later item of
    /// the same sentence, also after کسب/جذب, is a percent ("X با کسب ۴۴٫۲، Y با
    /// جذب ۲۸٫۵ و Z با کسب ۲۰٫۶ درصد آرا"), that unit: the items are parallel
    /// and the unit is written once, at the end.
    fn parallel_share(
        &self,
        cx: &Context<'_>,
        nums: &[Number],
        k: usize,
        buf: &mut String,
    ) -> Option<ListUnit> {
        let toks = &cx.tokens.tokens;
        let text = cx.text;
        let after_verb = |n: &Number| {
            n.tokens
                .start
                .checked_sub(1)
                .is_some_and(|p| SHARE_VERBS.contains(&toks[p].text(text)))
        };
        let n = &nums[k];
        if !after_verb(n) || n.kind != NumberKind::Cardinal || n.scale > 1 {
            return None;
        }
        let sent = toks[n.tokens.start].sentence;
        for cur in nums.iter().skip(k + 1).take(8) {
            if toks[cur.tokens.start].sentence != sent {
                return None;
            }
            if !after_verb(cur) {
                continue;
            }
            let (f, _, has_unit) = self.figure_for(cx, cur, buf)?;
            if !has_unit {
                continue;
            }
            return (f.kind == FigureKind::Percent).then_some(ListUnit {
                kind: f.kind,
                unit: f.unit,
                currency: None,
                scale: cur.scale,
            });
        }
        None
    }
}

/// The sentence index of the token that starts at byte `b`.
fn sentence_of(toks: &[Token], b: usize) -> u32 {
    let i = toks.partition_point(|t| t.span.start < b);
    toks.get(i).map_or(0, |t| t.sentence)
}

fn overlaps_any(spans: &[Span], s: Span) -> bool {
    // spans are sorted by start; few per article
    spans.iter().any(|d| d.overlaps(s))
}

/// What joins two numbers into a range.
struct RangeInfo {
    /// The first number had no unit of its own.
    bare_first: bool,
    /// Joined by a hyphen, which right-to-left text often shows reversed
    /// ("۲۲ - ۲۱ درصد"): the ends may come in either order.
    hyphen: bool,
}

impl RangeInfo {
    fn same_unit(&self, a: &Figure, b: &Figure) -> bool {
        if self.bare_first {
            return true;
        }
        a.unit.as_ref().map(|u| &u.fa) == b.unit.as_ref().map(|u| &u.fa)
    }
}

/// Whether `n2` continues `n` as a range ("X تا Y", "بین X و Y").
fn range_between(
    cx: &Context<'_>,
    n: &Number,
    fig: &(Figure, usize, bool),
    n2: &Number,
    after_unit: usize,
) -> Option<RangeInfo> {
    let toks = &cx.tokens.tokens;
    let text = cx.text;
    // the joining token right after the first number (bare) or its unit
    let (j, bare_first) = if fig.2 {
        (after_unit, false)
    } else {
        (n.tokens.end, true)
    };
    let t = toks.get(j)?;
    let w = t.text(text);
    // "بین ۱۰ و ۲۰ درصد"
    let bein = toks[..n.tokens.start]
        .last()
        .is_some_and(|p| p.text(text) == "بین");
    let joins = RANGE_WORDS.contains(&w) || (w == "و" && bein);
    // "۲-۱" glued is a score, not a range
    if matches!(w, "-" | "–") && !t.space_before && !toks[j + 1..].first().is_some_and(|x| x.space_before) {
        return None;
    }
    if !joins || n2.tokens.start != j + 1 {
        return None;
    }
    if n2.kind == NumberKind::Ordinal || n.kind == NumberKind::Ordinal {
        return None;
    }
    Some(RangeInfo {
        bare_first,
        hyphen: matches!(w, "-" | "–"),
    })
}

/// What a match score counts, Persian and English.
const SCORE_COUNTED: (&str, &str) = ("نتیجه بازی", "match score");

/// The largest side of a match or set score ("۲۵ بر ۲۳" in volleyball).
const SCORE_MAX: i128 = 200;

/// Words right before a hyphenated score "۲-۱" that make it one (a bare
/// "۵-۶ بازیکن" is a range, "۹۶-۹۵" a season, "ص۱۴۴-۱۴۳" pages).
const SCORE_CUES: &[&str] = &[
    "نتیجه",
    "نتیجه‌ی",
    "نتایج",
    "تساوی",
    "پیروزی",
    "برتری",
    "شکست",
    "برد",
    "باخت",
    "حساب",
    "امتیازهای",
    "امتیازات",
];

impl FiguresExtractor {
    /// A match score "X بر Y" at number `n` (`n2` the number after it, if
    /// any): one figure per side, kind other, counted "نتیجه بازی", as the
    /// gold sets do. Y may be "صفر". "X-Y" written glued counts after a
    /// result word ("با نتیجه ۲-۱", "امتیازهای (۲۵-۱۲، ۲۱-۲۵ …)") or as the
    /// next item of a list after a score (`last_score`: the token after it).
    /// Returns the figures, whether `n2` was used and the token after the
    /// score. "۲ بر ۳ درصد" (a unit after Y) is no score.
    fn score(
        &self,
        cx: &Context<'_>,
        n: &Number,
        n2: Option<&Number>,
        last_score: Option<usize>,
        buf: &mut String,
    ) -> Option<([Figure; 2], bool, usize)> {
        let text = cx.text;
        let toks = &cx.tokens.tokens;
        let small = |m: &Number| {
            m.kind == NumberKind::Cardinal
                && m.tail.is_empty()
                && m.scale == 1
                && m.value.scale == 0
                && (0..=SCORE_MAX).contains(&m.value.mantissa)
        };
        if !small(n) {
            return None;
        }
        let bar = toks.get(n.tokens.end)?;
        let j = n.tokens.end + 1;
        if bar.sentence != toks[n.tokens.start].sentence {
            return None;
        }
        if matches!(bar.text(text), "-" | "–") {
            // glued on both sides, exactly two parts (not "۳-۵-۲", a formation)
            let glued = !bar.space_before && toks.get(j).is_some_and(|t| !t.space_before);
            let part =
                |t: Option<&Token>| t.is_some_and(|t| matches!(t.text(text), "-" | "–") && !t.space_before);
            let start = n.tokens.start;
            if !glued || part(toks.get(j + 1)) || part(start.checked_sub(1).map(|p| &toks[p])) {
                return None;
            }
            let sent = toks[start].sentence;
            let cue = toks[start.saturating_sub(3)..start]
                .iter()
                .rev()
                .filter(|t| t.sentence == sent && t.text(text) != "(")
                .take(2)
                .any(|t| SCORE_CUES.contains(&t.text(text)));
            let listed =
                last_score.is_some_and(|e| e + 1 == start && matches!(toks[e].text(text), "،" | ","));
            if !cue && !listed {
                return None;
            }
            if n2.is_none_or(|m| m.tokens.start != j) {
                return None;
            }
        } else if bar.text(text) != "بر" {
            return None;
        }
        let (v2, end_tok, used) = match n2.filter(|m| m.tokens.start == j) {
            Some(m) if small(m) => (m.value, m.tokens.end, true),
            Some(_) => return None,
            None if toks.get(j).is_some_and(|t| t.text(text) == "صفر") => (Value::int(0), j + 1, false),
            None => return None,
        };
        // a unit after the second side: a ratio or a share, not a score
        if toks.get(end_tok).is_some_and(|t| t.sentence == bar.sentence) {
            let lex = &cx.lex.units;
            if let Some((e, _, _)) = lookup_phrase(&lex.map, lex.max_tokens, text, toks, end_tok, &[], buf) {
                if matches!(
                    e.kind,
                    UnitKind::Money | UnitKind::Percent | UnitKind::Quantity | UnitKind::Duration
                ) {
                    return None;
                }
            }
        }
        let span = Span::new(n.span.start, toks[end_tok - 1].span.end);
        let side = |v: Value| Figure {
            text: text[span.range()].to_string(),
            value: v,
            value_max: None,
            kind: FigureKind::Other,
            unit: None,
            counted: Some(Gloss::new(SCORE_COUNTED.0, Some(SCORE_COUNTED.1))),
            approx: None,
            currency: None,
            speaker: None,
            span,
            repeats: Vec::new(),
        };
        Some(([side(n.value), side(v2)], used, end_tok))
    }

    /// Two numbers one apart given as an estimate, "دو یا سه جای خالی",
    /// "۳، ۴ بازی", "یکی دو بازیکن", "دو سه منبع": a range over the unit of
    /// the second.
    fn approx_pair(&self, cx: &Context<'_>, n: &Number, n2: &Number, buf: &mut String) -> Option<Figure> {
        let text = cx.text;
        let toks = &cx.tokens.tokens;
        let small = |m: &Number| {
            m.kind == NumberKind::Cardinal
                && m.scale == 1
                && m.value.scale == 0
                && (1..=20).contains(&m.value.mantissa)
        };
        // "یکی" is یک + ی; other glued letters are another word
        let tail_ok = n.tail.is_empty() || (&text[n.tail.range()] == "ی" && n.value == Value::int(1));
        if !small(n) || !small(n2) || !tail_ok || !n2.tail.is_empty() || n.digits != n2.digits {
            return None;
        }
        let (a, b) = (n.value.mantissa, n2.value.mantissa);
        let between = &toks[n.tokens.end..n2.tokens.start];
        let ok = match between {
            // "دو سه", "یکی دو": number words side by side
            [] => !n.digits && b == a + 1,
            [t] => match t.text(text) {
                "یا" => b > a && b <= 2 * a + 1,
                "،" | "," => b == a + 1,
                _ => false,
            },
            _ => false,
        };
        if !ok || toks[n.tokens.start].sentence != toks[n2.tokens.start].sentence {
            return None;
        }
        // not the tail of a longer list "۲، ۳ و ۴ درصد" or "۱، ۲، ۳"
        let prev = n.tokens.start.checked_sub(1).map(|p| toks[p].text(text));
        if matches!(prev, Some("،" | "," | "و" | "یا")) {
            return None;
        }
        let (f2, _, has_unit) = self.figure_at(cx, n2, buf, true)?;
        if !has_unit || f2.approx.is_some() || !matches!(f2.kind, FigureKind::Count | FigureKind::Duration) {
            return None;
        }
        let mut f = f2;
        f.value = n.value;
        f.value_max = Some(n2.value);
        f.approx = Some(Approx::Range);
        f.span = Span::new(n.span.start, f.span.end);
        f.text = text[f.span.range()].to_string();
        Some(f)
    }

    /// The figure for number `n`: (figure, token index after it, has a unit).
    fn figure_for(&self, cx: &Context<'_>, n: &Number, buf: &mut String) -> Option<(Figure, usize, bool)> {
        self.figure_at(cx, n, buf, false)
    }

    /// [`Self::figure_for`]; `paired` when `n` is the second number of an
    /// approximate pair ("دو سه بازیکن"), which a number word may precede.
    fn figure_at(
        &self,
        cx: &Context<'_>,
        n: &Number,
        buf: &mut String,
        paired: bool,
    ) -> Option<(Figure, usize, bool)> {
        let text = cx.text;
        let toks = &cx.tokens.tokens;
        let lex = &cx.lex.units;
        let first = n.tokens.start;
        let prev = first.checked_sub(1).map(|p| &toks[p]);
        let prev_word = prev
            .filter(|p| p.sentence == toks[first].sentence)
            .map(|p| p.text(text));
        // "بندهای ۷ و ۸": a label list
        let label_list = matches!(prev_word, Some("و" | "،"))
            && first >= 3
            && toks[first - 2].kind == TokenKind::Number
            && LABELS.contains(
                &toks[first - 3]
                    .text(text)
                    .trim_end_matches("های")
                    .trim_end_matches('\u{200C}'),
            );
        // "در دقیقه ۹۷": the minute of a game, not "۹۰ دقیقه ۵ ثانیه"
        let minute = matches!(prev_word, Some("دقیقه" | "ثانیه"))
            && (first < 2 || toks[first - 2].kind != TokenKind::Number);
        let label_before = label_list
            || prev_word.is_some_and(|p| LABELS.contains(&p))
            || (prev_word == Some(":") && first >= 2 && LABELS.contains(&toks[first - 2].text(text)));
        // the second half of a score "۲-۱"
        if first >= 2
            && matches!(prev_word, Some("-" | "–"))
            && !toks[first].space_before
            && !toks[first - 1].space_before
            && toks[first - 2].kind == TokenKind::Number
        {
            return None;
        }
        // "نیمسال اول", "نیم‌سال دوم تحصیلی": a semester, not half a year
        let semester_word = match toks[first].text(text) {
            "نیمسال" | "نیم\u{200C}سال" => Some(first + 1),
            "نیم" if toks.get(first + 1).is_some_and(|t| t.text(text) == "سال") => Some(first + 2),
            _ => None,
        };
        if semester_word
            .and_then(|k| toks.get(k))
            .is_some_and(|t| matches!(t.text(text), "اول" | "دوم" | "نخست" | "تحصیلی"))
        {
            return None;
        }
        // "از ۹ صبح تا ۷ شب", "از ۸ شب تا ۲ بامداد": a clock time (GOLD
        // rule 7), not seven nights
        let clock = |x: usize| {
            toks.get(x)
                .is_some_and(|t| matches!(t.text(text), "صبح" | "ظهر" | "عصر" | "بامداد" | "شب"))
        };
        let word_at = |x: usize| toks.get(x).map_or("", |t| t.text(text));
        if word_at(n.tokens.end) == "شب"
            && ((prev_word == Some("تا") && first >= 3 && clock(first - 2))
                || (word_at(n.tokens.end + 1) == "تا" && clock(n.tokens.end + 3)))
        {
            return None;
        }
        // "دو طرف", "دو کشور": the two (already named) sides, not a count
        if !n.digits && n.value == Value::int(2) && n.scale == 1 {
            if let Some(t) = toks.get(n.tokens.end) {
                // unless the two are named: "دو کشور ایران و ارمنستان", "دو دولت عراق و ایران"
                let named = toks.get(n.tokens.end + 1).is_some_and(|a| {
                    a.sentence == t.sentence && cx.lex.entities.places.get(a.text(text)).is_some()
                }) && toks.get(n.tokens.end + 2).is_some_and(|a| a.text(text) == "و");
                if !named
                    && matches!(
                        t.text(text),
                        "طرف" | "جانب" | "کشور" | "ملت" | "دولت" | "کره" | "سوی"
                    )
                {
                    return None;
                }
            }
        }
        // "هر دو" (both), but "هر دو دقیقه" (every two minutes): decided by the unit below
        let every = prev_word == Some("هر") && !n.digits && n.scale == 1;
        // "دو سه منبع" (two or three): not counts here (see `approx_pair`)
        if !paired
            && prev.is_some_and(|p| p.kind == TokenKind::Word)
            && !n.digits
            && prev_word
                .and_then(numbers::parse_number)
                .is_some_and(|p| p.scale == 1 && p.kind == NumberKind::Cardinal)
        {
            return None;
        }
        // "ده‌ها میلیارد تومان", "صدها هزار نفر": vague, not a figure
        if !n.digits && n.scale > 1 && prev_word.is_some_and(is_vague) {
            return None;
        }
        if let Some(f) = n.form {
            if f.leading_zero && f.len >= 4 {
                return None;
            }
        }
        let unit = self.unit_after(cx, n, buf);
        if every
            && !unit
                .as_ref()
                .and_then(|u| u.entry)
                .is_some_and(|e| e.kind == UnitKind::Duration)
        {
            return None;
        }
        // "صد چیز دیگر", "هزار و یک چیز": an idiom for "many things", no count
        if !n.digits
            && (n.value == Value::int(100) || n.value == Value::int(1000) || n.value == Value::int(1001))
            && unit.as_ref().is_some_and(|u| &text[u.word.range()] == "چیز")
        {
            return None;
        }
        // "ماده ۵", "ساعت ۱۰": a label, unless a real unit follows ("قانون ۳۰ هزار تومان")
        // "در سطح ۸۰ تا ۹۵ درصد": the unit comes after the range
        let range_next = unit.is_none()
            && toks
                .get(n.tokens.end)
                .is_some_and(|t| RANGE_WORDS.contains(&t.text(text)));
        // (the minute of a game, whatever follows: "دقیقه ۹۷ فرانک کسیه" is
        // a player, not francs)
        if minute {
            return None;
        }
        if label_before
            && !range_next
            && !unit
                .as_ref()
                .and_then(|u| u.entry)
                .is_some_and(|e| matches!(e.kind, UnitKind::Money | UnitKind::Percent | UnitKind::Quantity))
        {
            return None;
        }
        let plain_one = !n.digits && n.scale == 1 && n.value == Value::int(1);
        let is_nine = !n.digits && n.scale == 1 && n.value == Value::int(9);
        let half_alone = !n.digits
            && n.value
                == Value {
                    mantissa: 5,
                    scale: 1,
                };
        let (has_unit, kind, unit_gloss, counted, currency, end, next) = match &unit {
            Some(u) => {
                let e = u.entry;
                let generic = e.is_none();
                if generic && (plain_one || is_nine || half_alone) {
                    return None;
                }
                // "یک نهاد" is indefinite; "یک ماه" is a duration; with a
                // classifier "یک" counts among other counts of that classifier
                // in its sentence (GOLD rule 8: "یک دستگاه موتوربرق و یک دستگاه
                // پیکور", "یک دستگاه آمبولانس با دو دستگاه لودر"; not "از یک
                // دستگاه خودرو ۷۰ هزار نخ سیگار …")
                let counts_among_others = |e: &UnitEntry| {
                    let word = &text[u.word.range()];
                    plain_one
                        && ONE_COUNTS.contains(&e.fa.as_str())
                        && cx
                            .tokens
                            .sentences
                            .get(toks[first].sentence as usize)
                            .is_some_and(|sent| {
                                sent.tokens
                                    .clone()
                                    .any(|x| x != first && x != first + 1 && toks[x].text(text) == word)
                            })
                };
                if (plain_one || half_alone)
                    && e.is_some_and(|e| {
                        (matches!(e.kind, UnitKind::Count | UnitKind::Other) && !counts_among_others(e))
                            || (e.fa == "روز" && !u.he_suffix)
                    })
                {
                    // "یک روز" is mostly "one day, some day"
                    return None;
                }
                // too long for a count: an id
                if generic && n.form.is_some_and(|f| f.plain && f.len >= 7) {
                    return None;
                }
                let mut kind = match e.map(|e| e.kind) {
                    Some(UnitKind::Money) => FigureKind::Money,
                    Some(UnitKind::Percent) => FigureKind::Percent,
                    Some(UnitKind::Quantity) => FigureKind::Quantity,
                    Some(UnitKind::Duration) => FigureKind::Duration,
                    Some(UnitKind::Other) => FigureKind::Other,
                    _ => FigureKind::Count,
                };
                let word = &text[u.word.range()];
                let mut end = u.end;
                let mut next = u.next;
                let mut counted = None;
                // people counted with تن: "۱۰ تن از کارگران"
                if e.is_some_and(|e| e.fa == "تن") {
                    let after = toks.get(next).map(|t| t.text(text));
                    let harmed = |a: &str| {
                        matches!(
                            a,
                            "کشته"
                                | "زخمی"
                                | "مجروح"
                                | "مصدوم"
                                | "بازداشت"
                                | "دستگیر"
                                | "شهید"
                                | "جان"
                        )
                    };
                    let people_after = after.is_some_and(|a| matches!(a, "از" | "را" | "دیگر") || harmed(a));
                    // "حداقل ۶۰ تن در این حادثه کشته شدند": no goods after تن,
                    // and the people's fate a few words on (before another number)
                    let harmed_later = after.is_some_and(is_not_noun)
                        && toks[next..toks.len().min(next + 6)]
                            .iter()
                            .take_while(|t| t.kind != TokenKind::Number && t.kind != TokenKind::Punct)
                            .any(|t| harmed(t.text(text)));
                    let people_after = people_after || harmed_later;
                    let small_bare = n.scale == 1
                        && numbers::cmp(n.value, Value::int(20)).is_le()
                        && after.is_none_or(|a| is_not_noun(a) || a == "و");
                    // "۴۸ تن از ۷۴ تن": the whole the part was counted from
                    let of_people =
                        first >= 2 && prev_word == Some("از") && toks[first - 2].text(text) == "تن";
                    if people_after || small_bare || of_people {
                        kind = FigureKind::Count;
                    }
                }
                if kind == FigureKind::Duration && u.he_suffix && e.is_some_and(|e| e.fa == "سال") {
                    let after = toks.get(next).map(|t| t.text(text));
                    let before_sen = prev_word.is_some_and(|p| p == "سن" || p == "سنین");
                    // "پسر ۸ ساله", "پیرمردی ۱۰۰ ساله"
                    let person_before = prev_word.is_some_and(|p| {
                        PERSON_NOUNS.contains(&p)
                            || p.strip_suffix('ی').is_some_and(|q| PERSON_NOUNS.contains(&q))
                    });
                    // "جنگ ۸ ساله", and with an adjective between: "جنگ تحمیلی ۸ ساله"
                    let period_before = prev_word.is_some_and(|p| PERIOD_HEADS.contains(&p))
                        || (first >= 2 && PERIOD_HEADS.contains(&toks[first - 2].text(text)));
                    // "خدمات ۲۰ ساله اخیر": a period, not an age (but "هافبک ۲۵
                    // ساله پیش از پیوستن": پیش از is "before"; "۳۲ ساله سوم
                    // اسفند": an ordinal may open a date)
                    let period_after = after.is_some_and(|a| {
                        matches!(a, "اخیر" | "گذشته" | "آینده" | "آتی")
                            || (matches!(a, "قبل" | "پیش")
                                && toks.get(next + 1).is_none_or(|t| t.text(text) != "از"))
                    });
                    let plausible = numbers::cmp(n.value, Value::int(120)).is_le();
                    if before_sen
                        || person_before
                        || after.is_some_and(|a| PERSON_NOUNS.contains(&a))
                        || (plausible && !period_before && !period_after && n.digits)
                    {
                        kind = FigureKind::Age;
                    }
                }
                // "۴۲ سال سن", "سن ۴۲ سال"
                let sen_after = toks.get(next).is_some_and(|t| t.text(text) == "سن");
                if (sen_after || prev_word.is_some_and(|p| p == "سن" || p == "سنین"))
                    && kind == FigureKind::Duration
                {
                    kind = FigureKind::Age;
                }
                // years of a person: "بازیکن ۲۳ سال" (an under-23 player),
                // "میانگین سنی بازیکنان ما ۲۶/۵ سال", "در سنین ۲۵ تا ۴۰ سال"
                if kind == FigureKind::Duration && !u.he_suffix && e.is_some_and(|e| e.fa == "سال") {
                    let sent = toks[first].sentence;
                    let person_before = prev_word.is_some_and(|p| PERSON_NOUNS.contains(&p));
                    let age_word_before = toks[first.saturating_sub(4)..first]
                        .iter()
                        .any(|t| t.sentence == sent && matches!(t.text(text), "سنین" | "سنی"));
                    // "سن ۲۲ تا ۵۵ سال", but not the سن of a figure before ("۵۰ سال سن و ۳۰ سال سابقه")
                    let sen_before = (first.saturating_sub(4)..first).any(|j| {
                        toks[j].sentence == sent
                            && toks[j].text(text) == "سن"
                            && !j
                                .checked_sub(1)
                                .is_some_and(|p| matches!(toks[p].text(text), "سال" | "ساله"))
                    });
                    let age_word_before = age_word_before || sen_before;
                    if person_before || age_word_before {
                        kind = FigureKind::Age;
                    }
                }
                // a fraction is no count: "یک سوم اعضا", "یک هزارم مشکلات" (0.001)
                let below_one = n.value.scale > 0 && numbers::cmp(n.value, Value::int(1)).is_lt();
                if (n.kind == NumberKind::Fraction || below_one) && kind == FigureKind::Count {
                    kind = FigureKind::Other;
                }
                // "۱۸ سالگی", "چهارسالگی": an age
                if age_stem(&text[u.word.range()]).is_some() {
                    kind = FigureKind::Age;
                }
                match kind {
                    FigureKind::Count => {
                        let (c, e2, nx) = self.counted_phrase(cx, u, buf, n.value);
                        counted = Some(c);
                        end = e2;
                        next = nx;
                        // "۱۴ نفر از بانوان قزوینی": a classifier counts the group after از;
                        // "۱۰۰ تن کشته": people counted by their state
                        if e.is_some_and(|e| CLASSIFIERS.contains(&e.fa.as_str())) {
                            if let Some(g) = self.partitive(cx, next) {
                                counted = Some(g);
                            } else if let Some((g, e2, nx)) = e
                                // (the classifier alone, no adjective read after it:
                                // not "۱۵ دستگاه اجرایی")
                                .filter(|e| ONE_COUNTS.contains(&e.fa.as_str()) && end == u.end)
                                .and_then(|_| self.classified_noun(cx, next, buf))
                            {
                                // "سه دستگاه پیکور": the noun after the classifier
                                counted = Some(g);
                                end = e2;
                                next = nx;
                            } else if let Some(t) = toks.get(next) {
                                let w = t.text(text);
                                if matches!(w, "کشته" | "زخمی" | "مجروح" | "مصدوم" | "بازداشتی" | "فوتی")
                                {
                                    let en = lex.get(&squash(w)).and_then(|e| e.en_plural.clone());
                                    counted = Some(Gloss::new(w, en));
                                }
                            }
                        }
                    }
                    FigureKind::Quantity => {
                        // "۳۵۰ هزار تن گندم": the measured noun right after
                        if let Some(t) = toks.get(next) {
                            let w = t.text(text);
                            if t.kind == TokenKind::Word
                                && t.sentence == toks[first].sentence
                                && !is_not_noun(w)
                                && lex.get(&squash(w)).is_none_or(|e| e.kind == UnitKind::Count)
                            {
                                let en = lex.get(&squash(w)).and_then(|e| e.en.clone());
                                counted = Some(Gloss::new(w, en));
                                end = t.span.end;
                                next += 1;
                            }
                        }
                    }
                    _ => {}
                }
                let one = n.value == Value::int(1);
                let unit_gloss = match e {
                    // تن counting people ("دو تن از اعضا") is "persons", not tons
                    Some(e) if e.fa == "تن" && kind == FigureKind::Count => {
                        Gloss::new(e.fa.clone(), Some(if one { "person" } else { "persons" }))
                    }
                    Some(e) => Gloss::new(e.fa.clone(), if one { e.en.clone() } else { e.en_plural.clone() }),
                    None => Gloss::new(word, None::<String>),
                };
                (
                    true,
                    kind,
                    Some(unit_gloss),
                    counted,
                    e.and_then(|e| e.currency.clone()),
                    end,
                    next,
                )
            }
            None => {
                // an age group without سال: "رده سنی زیر ۱۴", "گروه سنی ۱۵"
                let sent = toks[first].sentence;
                let range_next = toks
                    .get(n.tokens.end)
                    .is_some_and(|t| RANGE_WORDS.contains(&t.text(text)) || t.kind == TokenKind::Number);
                let age_group = !range_next
                    && n.kind == NumberKind::Cardinal
                    && n.value.scale == 0
                    && (1..=120).contains(&n.value.mantissa)
                    && toks[first.saturating_sub(3)..first]
                        .iter()
                        .any(|t| t.sentence == sent && matches!(t.text(text), "سنین" | "سنی"));
                let kind = if age_group {
                    FigureKind::Age
                } else {
                    FigureKind::Other
                };
                (age_group, kind, None, None, None, n.span.end, n.tokens.end)
            }
        };
        let mut start = n.span.start;
        let mut value = n.value;
        // منفی ۱۳ درصد
        if prev_word == Some("منفی") {
            start = prev.map_or(start, |p| p.span.start);
            value = Value {
                mantissa: -value.mantissa,
                scale: value.scale,
            };
        }
        let approx = self.approx_before(cx, first);
        let mut end = end;
        let mut next = next;
        // "دو سال و نیم", "سه ساعت و نیم", "۲ کیلومتر و نیم": and a half of the unit
        if matches!(
            kind,
            FigureKind::Duration | FigureKind::Quantity | FigureKind::Age
        ) && value.scale == 0
            && toks.get(next).is_some_and(|t| t.text(text) == "و")
        {
            if let Some(h) = toks.get(next + 1).filter(|t| t.text(text) == "نیم") {
                let half = Value {
                    mantissa: 5,
                    scale: 1,
                };
                if let Some(v) = numbers::add(value, half) {
                    value = v;
                    end = h.span.end;
                    next += 2;
                }
            }
        }
        // "۶ ماه نخست سال", "۶ ماه دوم سال": which part of the year
        if kind == FigureKind::Duration {
            if let Some(t) = toks.get(next).filter(|t| {
                t.sentence == toks[first].sentence
                    && matches!(
                        t.text(text),
                        "نخست" | "اول" | "دوم" | "آخر" | "پایانی" | "ابتدایی"
                    )
            }) {
                end = t.span.end;
                next += 1;
                // (not the "سال" of a date: "۶ ماه نخست سال ۹۴")
                let year_after = toks.get(next + 1).is_some_and(|t| t.kind == TokenKind::Number);
                if let Some(y) = toks.get(next).filter(|y| y.text(text) == "سال" && !year_after) {
                    end = y.span.end;
                    next += 1;
                }
            }
        }
        // "۵۰ دلاری هنگ‌کنگ", "۲۰۰۰۰ ریالی ایرانی": the country of a currency
        if kind == FigureKind::Money && toks.get(next).is_some_and(|t| t.sentence == toks[first].sentence) {
            if let Some((e, k, _)) = lookup_phrase(&lex.map, lex.max_tokens, text, toks, next, &[], buf) {
                let national = e.kind == UnitKind::Adj
                    && e.en.as_deref().is_some_and(|x| x.starts_with(char::is_uppercase));
                if e.kind == UnitKind::Place || national {
                    end = toks[next + k - 1].span.end;
                    next += k;
                }
            }
        }
        // "۴۷ دلار و ۴۱ سنت"
        if kind == FigureKind::Money && toks.get(next).is_some_and(|t| t.text(text) == "و") {
            if let Some(c) = numbers::number_at(text, toks, next + 1) {
                let cent = toks
                    .get(c.tokens.end)
                    .filter(|t| c.tail.is_empty() && squash(t.text(text)) == "سنت");
                if let (Some(ct), NumberKind::Cardinal) = (cent, c.kind) {
                    if let Some(v) = numbers::ratio(c.value, 100).and_then(|f| numbers::add(value, f)) {
                        value = v;
                        end = ct.span.end;
                        next = c.tokens.end + 1;
                    }
                }
            }
        }
        let span = Span::new(start, end);
        Some((
            Figure {
                text: text[span.range()].to_string(),
                value,
                value_max: None,
                kind,
                unit: unit_gloss,
                counted,
                approx,
                currency,
                speaker: None,
                span,
                repeats: Vec::new(),
            },
            next,
            has_unit,
        ))
    }

    /// The unit or counted noun right after the number (or glued to it).
    fn unit_after<'l>(&self, cx: &'l Context<'_>, n: &Number, buf: &mut String) -> Option<FoundUnit<'l>> {
        let text = cx.text;
        let toks = &cx.tokens.tokens;
        let lex: &'l UnitLexicon = &cx.lex.units;
        let last = n.tokens.end - 1;
        // "%۹۳": the sign written before the number (a right-to-left habit)
        if let Some(p) = n.tokens.start.checked_sub(1).map(|p| &toks[p]) {
            let glued = !toks[n.tokens.start].space_before;
            let after_is_sign = toks
                .get(n.tokens.end)
                .is_some_and(|t| matches!(t.text(text), "%" | "٪"));
            if p.kind == TokenKind::Punct
                && matches!(p.text(text), "%" | "٪")
                && glued
                && n.tail.is_empty()
                && !after_is_sign
            {
                return Some(FoundUnit {
                    entry: lex.get("درصد"),
                    word: p.span,
                    next: n.tokens.end,
                    end: n.span.end,
                    he_suffix: false,
                });
            }
        }
        // glued: "صددرصد", "هفت‌نفره", "دودرصدی"
        if !n.tail.is_empty() {
            let tail = &text[n.tail.range()];
            buf.clear();
            squash_into(buf, tail);
            if matches!(buf.as_str(), "ی" | "ای") {
                return None;
            }
            let (e, he) = match lex.get(buf) {
                Some(e) => (e, false),
                // "از سن چهارسالگی": years of age, read like "ساله" (not "به
                // مناسبت چهل‌سالگی انقلاب", an anniversary)
                None if age_stem(buf).is_some() => {
                    let prev = n.tokens.start.checked_sub(1).map(|p| toks[p].text(text));
                    if !matches!(prev, Some("سن" | "سنین" | "از" | "در" | "تا" | "وارد")) {
                        return None;
                    }
                    (lex.get(age_stem(buf)?)?, true)
                }
                None => {
                    let b = &buf[..buf.len().saturating_sub(2)];
                    (lex.get(b)?, buf.ends_with('ه'))
                }
            };
            // "دوباره" is "again", not two times
            let wrong_he = he && (!matches!(e.kind, UnitKind::Duration | UnitKind::Count) || e.fa == "بار");
            if matches!(e.kind, UnitKind::Adj | UnitKind::Place) || wrong_he {
                return None;
            }
            // a number word glued to a measure or currency with no ZWNJ is
            // mostly another word: "سهولت" is no "سه ولت", "صدرای" no "صد رای";
            // after a scale word it is a unit ("هزارتومان")
            let zwnj = tail.starts_with(ZWNJ);
            if !zwnj
                && !he
                && n.scale == 1
                && e.fa != "تن"
                && matches!(e.kind, UnitKind::Money | UnitKind::Quantity)
            {
                return None;
            }
            return Some(FoundUnit {
                entry: Some(e),
                word: n.tail,
                next: n.tokens.end,
                end: toks[last].span.end,
                he_suffix: he,
            });
        }
        let i = n.tokens.end;
        let t = toks.get(i)?;
        if t.sentence != toks[last].sentence {
            return None;
        }
        if t.kind == TokenKind::Punct && matches!(t.text(text), "%" | "٪") {
            let e = lex.get("درصد");
            return Some(FoundUnit {
                entry: e,
                word: t.span,
                next: i + 1,
                end: t.span.end,
                he_suffix: false,
            });
        }
        if t.kind != TokenKind::Word {
            return None;
        }
        if let Some((e, k, suf)) = lookup_phrase(
            &lex.map,
            lex.max_tokens,
            text,
            toks,
            i,
            &["ی", "ای", "ه", "یی"],
            buf,
        ) {
            // a nationality right after a number counts people: "۳۲ میلیون
            // مصری", "۵ ایرانی" (not "۲۰۰۰۰ ریالی ایرانی": after a unit)
            let national = k == 1
                && suf == 0
                && e.fa.ends_with('ی')
                && (e.kind == UnitKind::Place
                    || (e.kind == UnitKind::Adj
                        && e.en.as_deref().is_some_and(|x| x.starts_with(char::is_uppercase))));
            if national {
                return Some(FoundUnit {
                    entry: None,
                    word: t.span,
                    next: i + 1,
                    end: t.span.end,
                    he_suffix: false,
                });
            }
            if matches!(e.kind, UnitKind::Adj | UnitKind::Place) {
                return None;
            }
            let end = toks[i + k - 1].span.end;
            let he = suf > 0 && text[..end].ends_with('ه');
            // "شبه" is "quasi-" ("۷۰ شبه نظامی"), not "شب" + ه
            if he && t.text(text) == "شبه" {
                return None;
            }
            // a suffixed ه only on time units and counters ("ساله", "نفره")
            if he && (!matches!(e.kind, UnitKind::Duration | UnitKind::Count) || e.fa == "بار") {
                return None;
            }
            return Some(FoundUnit {
                entry: Some(e),
                word: Span::new(t.span.start, end),
                next: i + k,
                end,
                he_suffix: he,
            });
        }
        // "۱۸ سالگی", "شش ماهگی": an age, read like "ساله"
        if let Some(e) = age_stem(t.text(text)).and_then(|st| lex.get(st)) {
            return Some(FoundUnit {
                entry: Some(e),
                word: t.span,
                next: i + 1,
                end: t.span.end,
                he_suffix: true,
            });
        }
        // an unknown head noun counts when it looks like a noun, not after
        // the "۳ بر" of a score ("۳ بر ۲ پیروز شد")
        let w = t.text(text);
        let start = n.tokens.start;
        if start >= 2 && toks[start - 1].text(text) == "بر" && toks[start - 2].kind == TokenKind::Number {
            return None;
        }
        // two-letter words after سی/دی are spelt Latin letters ("سی ان ان")
        if is_not_noun(w) || w.chars().count() < 3 || cx.lex.dates.is_date_word(w) {
            return None;
        }
        // plain years of news ("۱۳۹۸ شمسی", "۲۰۱۷ میلادی") and numbers with words
        // only count known nouns; "۶۵۰۰ حوزه امتحانی" is no year
        let year_like = n.value.scale == 0 && matches!(n.value.mantissa, 1300..=1499 | 1900..=2099);
        if n.form.is_some_and(|f| f.plain && f.len == 4) && !n.words && year_like {
            return None;
        }
        // a word the word list knows as a singular noun is one, whatever its
        // ending ("۸۰ هنرمند", "هفت یادمان"; not a verb in ‑ند or a plural in ‑ان)
        let noun = cx
            .lex
            .zwnj
            .word(w)
            .is_some_and(|x| x.pos & pos::N != 0 && x.pos & pos::PL == 0);
        if w.ends_with("ند") && w.chars().count() >= 5 && !noun {
            return None;
        }
        // a place is no counted noun ("۱۴ ایتالیا": a rank in a list)
        if cx.lex.entities.places.get(w).is_some() {
            return None;
        }
        if w.ends_with("ها") || w.ends_with("های") || w.ends_with("ان") && w.chars().count() > 4 && !noun
        {
            // plurals do not follow numbers in Persian; "۱۰ کشورها" is not a count
            return None;
        }
        Some(FoundUnit {
            entry: None,
            word: t.span,
            next: i + 1,
            end: t.span.end,
            he_suffix: false,
        })
    }

    /// The adjectives after a counted noun that ends at byte `end`, token
    /// `next` (at most two): their English (None when unknown), the new end
    /// and the token after them.
    fn adjectives<'a>(
        &self,
        cx: &Context<'a>,
        mut end: usize,
        mut next: usize,
        buf: &mut String,
    ) -> (Vec<Option<&'a str>>, usize, usize) {
        let text = cx.text;
        let toks = &cx.tokens.tokens;
        let lex = &cx.lex.units;
        let mut adjs: Vec<Option<&'a str>> = Vec::new();
        // a phrase entry ("واحد صنعتی") already covers its adjective
        while adjs.len() < 2 {
            let Some(t) = toks.get(next) else { break };
            if t.kind != TokenKind::Word || !t.space_before || t.sentence != toks[next - 1].sentence {
                break;
            }
            let w = t.text(text);
            if let Some((e, k, _)) = lookup_phrase(&lex.map, lex.max_tokens, text, toks, next, &[], buf) {
                if e.kind == UnitKind::Adj {
                    adjs.push(e.en.as_deref());
                    end = toks[next + k - 1].span.end;
                    next += k;
                    continue;
                }
                break;
            }
            // an unknown relational adjective ("…ی") that is no verb or noun we know
            let chars = w.chars().count();
            // (a compound with ZWNJ when its last part is a word of its own:
            // "پیاده‌روی", "بین‌المللی"; not "‌های", "‌ای")
            // and no verbal noun before its light verb ("پیش‌بینی کرد", "راه‌اندازی شده")
            let verb_next = toks.get(next + 1).is_some_and(|t| {
                let v = t.text(text);
                t.sentence == toks[next].sentence && (is_light_verb(v) || v.starts_with("می\u{200C}"))
            });
            let compound_ok = !verb_next
                && !w.ends_with("هایی")
                && w.rsplit(ZWNJ)
                    .next()
                    .is_some_and(|last| last.chars().count() >= 3);
            if chars >= 4
                && w.ends_with('ی')
                && !w.ends_with("ای")
                && !w.ends_with("گی")
                && !is_not_noun(w)
                && (!w.contains(ZWNJ) || compound_ok)
            {
                adjs.push(None);
                end = t.span.end;
                next += 1;
                continue;
            }
            break;
        }
        (adjs, end, next)
    }

    /// The noun a classifier counts, with its adjectives: "دستگاه [پیکور]",
    /// "رأس [دام مولد]", "عدد [شوکر برقی]". Its gloss, byte end and the token
    /// after it; None when no content word follows.
    fn classified_noun(
        &self,
        cx: &Context<'_>,
        next: usize,
        buf: &mut String,
    ) -> Option<(Gloss, usize, usize)> {
        let text = cx.text;
        let toks = &cx.tokens.tokens;
        let t = toks.get(next)?;
        let w = t.text(text);
        // (not a verb, nor the noun of a light verb: "۲۰۰۰ نسخه [چاپ شد]")
        let light_next = toks
            .get(next + 1)
            .is_some_and(|n| n.sentence == t.sentence && is_light_verb(n.text(text)));
        if t.kind != TokenKind::Word
            || t.sentence != toks[next - 1].sentence
            || is_not_noun(w)
            || matches!(w, "خواهد" | "خواهند" | "انواع" | "سال" | "ماه" | "روز" | "هفته")
            || w.ends_with("تر")
            || cx
                .lex
                .zwnj
                .word(w)
                .is_some_and(|x| x.pos & pos::AJ != 0 && x.pos & pos::N == 0)
            || cx.lex.entities.is_function(w)
            || cx.lex.entities.is_verb(w)
            || cx.lex.verbs.is_verb(w)
            || light_next
        {
            return None;
        }
        let (_, end, after) = self.adjectives(cx, t.span.end, next + 1, buf);
        Some((Gloss::new(&text[t.span.start..end], None::<String>), end, after))
    }

    /// The counted noun phrase: the counter/noun and the adjectives after it
    /// ("واحد صنعتی", "بنگاه صنعتی بزرگ"). Returns the gloss, its byte end
    /// and the token after it.
    fn counted_phrase(
        &self,
        cx: &Context<'_>,
        u: &FoundUnit<'_>,
        buf: &mut String,
        value: Value,
    ) -> (Gloss, usize, usize) {
        let text = cx.text;
        let (adjs, end, next) = self.adjectives(cx, u.end, u.next, buf);
        let fa = text[u.word.start..end].to_string();
        let en = match u.entry {
            Some(e) if adjs.iter().all(|a| a.is_some()) => {
                let head = if value == Value::int(1) {
                    e.en.clone()
                } else {
                    e.en_plural.clone()
                };
                head.map(|h| {
                    let mut s = String::new();
                    for a in adjs.iter().rev().flatten() {
                        s.push_str(a);
                        s.push(' ');
                    }
                    s.push_str(&h);
                    s
                })
            }
            _ => None,
        };
        (Gloss::new(fa, en), end, next)
    }

    /// The group after a classifier: "از" + up to four words, up to a
    /// punctuation mark, a number, a verb or a function word.
    fn partitive(&self, cx: &Context<'_>, i: usize) -> Option<Gloss> {
        let toks = &cx.tokens.tokens;
        let text = cx.text;
        if toks.get(i)?.text(text) != "از" {
            return None;
        }
        let first = toks.get(i + 1)?;
        let mut end = None;
        for t in toks[i + 1..].iter().take(4) {
            let w = t.text(text);
            if t.kind != TokenKind::Word
                || t.sentence != first.sentence
                || is_not_noun(w)
                || w.ends_with("ند")
            {
                break;
            }
            end = Some(t.span.end);
        }
        let end = end?;
        let fa = &text[first.span.start..end];
        let en = cx.lex.units.get(&squash(fa)).and_then(|e| e.en_plural.clone());
        Some(Gloss::new(fa, en))
    }

    /// The qualifier right before the number at token `first`.
    fn approx_before(&self, cx: &Context<'_>, first: usize) -> Option<Approx> {
        let text = cx.text;
        let toks = &cx.tokens.tokens;
        let mut key = String::new();
        for k in 1..=2usize {
            if first < k {
                break;
            }
            let ts = &toks[first - k..first];
            if ts
                .iter()
                .any(|t| t.kind != TokenKind::Word || t.sentence != toks[first].sentence)
            {
                break;
            }
            key.clear();
            for t in ts {
                squash_into(&mut key, t.text(text));
            }
            if let Some((_, a)) = QUALIFIERS.iter().find(|(q, _)| *q == key) {
                // "از ۵ تا ۱۰": a تا after a number is a range word, handled elsewhere
                if key == "تا" && first >= 2 && toks[first - 2].kind == TokenKind::Number {
                    return None;
                }
                return Some(*a);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, ArticleMeta};

    /// (text, value, kind, unit, counted, currency) of each figure; "-" for null.
    fn figs(text: &str) -> Vec<[String; 6]> {
        let a = Analyzer::embedded().unwrap();
        let d = a.analyze("t", text, &ArticleMeta::default()).unwrap();
        let opt = |o: Option<&str>| o.unwrap_or("-").to_string();
        d.figures
            .iter()
            .map(|f| {
                [
                    f.text.clone(),
                    f.value.to_string(),
                    format!("{:?}", f.kind).to_lowercase(),
                    opt(f.unit.as_ref().map(|u| u.fa.as_str())),
                    opt(f.counted.as_ref().map(|u| u.fa.as_str())),
                    opt(f.currency.as_deref()),
                ]
            })
            .collect()
    }

    fn one(text: &str) -> (String, String, String) {
        let f = figs(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        (f[0][0].clone(), f[0][1].clone(), f[0][2].clone())
    }

    #[test]
    fn figure_table() {
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                "از ۷۰ هزار واحد صنعتی گفت",
                "۷۰ هزار واحد صنعتی",
                "70000",
                "count",
            ),
            (
                "قیمت ۲ میلیون و ۴۰۰ هزار تومان شد",
                "۲ میلیون و ۴۰۰ هزار تومان",
                "2400000",
                "money",
            ),
            ("نرخ ۱۲٫۵ درصد است", "۱۲٫۵ درصد", "12.5", "percent"),
            // four digits that cannot be a year count an unknown noun
            (
                "در ۶۵۰۰ حوزه امتحانی برگزار شد",
                "۶۵۰۰ حوزه امتحانی",
                "6500",
                "count",
            ),
            // a noun the word list knows, whatever its ending (‑ند, ‑ان)
            ("حضور ۸۰ هنرمند در جشنواره", "۸۰ هنرمند", "80", "count"),
            ("ثبت هفت یادمان ملی", "هفت یادمان ملی", "7", "count"),
            // a participle after the unit is no part of it
            ("مساحت ۱۵۱ تن بوده است", "۱۵۱ تن", "151", "quantity"),
            // thirds to 12 decimals
            ("دو سوم اعضا رأی دادند", "دو سوم اعضا", "0.666666666667", "other"),
            (
                "دو میلیارد و پانصد میلیون ریال",
                "دو میلیارد و پانصد میلیون ریال",
                "2500000000",
                "money",
            ),
            ("صادرات ۳۵۰ هزار تن بود", "۳۵۰ هزار تن", "350000", "quantity"),
            ("بیش از ۱۰ هزار نفر آمدند", "۱۰ هزار نفر", "10000", "count"),
            ("یک تیم هفت‌نفره", "هفت‌نفره", "7", "count"),
            ("بیمارستان ۸۵ تختخوابی", "۸۵ تختخوابی", "85", "count"),
            ("رشد ۶۴/۶۴ درصد", "۶۴/۶۴ درصد", "64.64", "percent"),
            ("وام ۵۰ میلیون تومانی", "۵۰ میلیون تومانی", "50000000", "money"),
            ("رشد صددرصد", "صددرصد", "100", "percent"),
            ("سه دهه پیش", "سه دهه", "3", "duration"),
            ("نیم کیلوگرم طلا", "نیم کیلوگرم طلا", "0.5", "quantity"),
            ("یک مرد ۴۵ ساله", "۴۵ ساله", "45", "age"),
            ("داشتن ۴۲ سال سن", "۴۲ سال", "42", "age"),
            ("۲۰ % سهم", "۲۰ %", "20", "percent"),
            ("دقت داوران %۹۳ بوده", "۹۳", "93", "percent"),
            // and a half of the unit
            ("دو سال و نیم طول کشید", "دو سال و نیم", "2.5", "duration"),
            ("پس از سه ساعت و نیم", "سه ساعت و نیم", "3.5", "duration"),
            // a currency adjective after a vowel: یورو + یی
            (
                "ستاره ۱۲۶ میلیون یورویی لقب گرفت",
                "۱۲۶ میلیون یورویی",
                "126000000",
                "money",
            ),
            // years of a person
            ("میانگین سنی بازیکنان ما ۲۶/۵ سال است", "۲۶/۵ سال", "26.5", "age"),
            ("چند بازیکن ۲۳ سال ما بزرگ‌تر شده‌اند", "۲۳ سال", "23", "age"),
            ("بانوان رده سنی زیر ۱۴ توانستند", "۱۴", "14", "age"),
            // counters that are no longer unknown
            ("کشف ۶ هزار و ۶۰۰ نخ سیگار", "۶ هزار و ۶۰۰ نخ", "6600", "count"),
            ("حضور ۵ گردان در رزمایش", "۵ گردان", "5", "count"),
            ("بین دو کشور ایران و ارمنستان", "دو کشور", "2", "count"),
            ("دو بار متوالی", "دو بار متوالی", "2", "count"),
            // which part of the year
            ("در ۶ ماه نخست سال جاری", "۶ ماه نخست سال", "6", "duration"),
            // every two minutes
            ("هر دو دقیقه یک نفر", "دو دقیقه", "2", "duration"),
            ("در کنگره یک روزه گفت", "یک روزه", "1", "duration"),
            ("از سن چهارسالگی ورزش کرد", "چهارسالگی", "4", "age"),
            ("در ۱۸ سالگی ازدواج کرد", "۱۸ سالگی", "18", "age"),
            // a fraction is no count
            ("یک هزارم مشکلات را", "یک هزارم مشکلات", "0.001", "other"),
            // a ZWNJ compound adjective of the counted noun
            ("۸ همایش پیاده‌روی برگزار شد", "۸ همایش پیاده‌روی", "8", "count"),
            (
                "مسافران را ۲ میلیون نفر پیش‌بینی کرد",
                "۲ میلیون نفر",
                "2000000",
                "count",
            ),
        ];
        for (input, text, value, kind) in cases {
            let (t, v, k) = one(input);
            assert_eq!(
                (t.as_str(), v.as_str(), k.as_str()),
                (*text, *value, *kind),
                "{input}"
            );
        }
        // the سن after a figure is that figure's, not the next one's
        let f = figs("داشتن ۵۰ سال سن و ۳۰ سال سابقه");
        let kinds: Vec<_> = f.iter().map(|x| x[2].as_str()).collect();
        assert_eq!(kinds, ["age", "duration"], "{f:?}");
    }

    #[test]
    fn ranges_and_qualifiers() {
        let a = Analyzer::embedded().unwrap();
        let d = a
            .analyze(
                "t",
                "بین ۳۰ تا ۴۰ هزار تومان و حدود ۵۰۰ نفر",
                &ArticleMeta::default(),
            )
            .unwrap();
        let f = &d.figures;
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].text, "۳۰ تا ۴۰ هزار تومان");
        assert_eq!(f[0].value.to_string(), "30000");
        assert_eq!(f[0].value_max.unwrap().to_string(), "40000");
        assert_eq!(f[0].approx, Some(crate::document::Approx::Range));
        assert_eq!(f[0].currency.as_deref(), Some("IRT"));
        assert_eq!(f[1].approx, Some(crate::document::Approx::About));
        assert_eq!(f[1].value.to_string(), "500");
    }

    #[test]
    fn match_scores_give_both_sides() {
        let f = figs("ایران با نتیجه ۳ بر ۲ پیروز شد و نیمه اول یک بر صفر بود");
        let got: Vec<_> = f
            .iter()
            .map(|x| (x[0].as_str(), x[1].as_str(), x[2].as_str(), x[4].as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("۳ بر ۲", "3", "other", "نتیجه بازی"),
                ("۳ بر ۲", "2", "other", "نتیجه بازی"),
                ("یک بر صفر", "1", "other", "نتیجه بازی"),
                ("یک بر صفر", "0", "other", "نتیجه بازی"),
            ]
        );
        // glued with a hyphen after a result word, and a list of set scores
        assert_eq!(figs("بارسا با نتیجه ۲-۱ پیروز شد").len(), 2);
        let f = figs("با امتیازهای (۲۵-۱۲، ۲۱-۲۵، ۱۵-۱۳) به سود تیم");
        let v: Vec<_> = f.iter().map(|x| x[1].as_str()).collect();
        assert_eq!(v, ["25", "12", "21", "25", "15", "13"], "{f:?}");
        // a formation, a season, a bare pair: no score
        for s in [
            "با سیستم ۳-۵-۲ بازی کرد",
            "فصل ۹۶-۹۵ قرارداد بست",
            "ص۱۴۴-۱۴۳ آمده",
        ] {
            assert!(figs(s).iter().all(|x| x[4] != "نتیجه بازی"), "{s}: {:?}", figs(s));
        }
        // a draw keeps both sides; a unit after the second number is no score
        assert_eq!(figs("تساوی یک بر یک").len(), 2);
        assert!(figs("نسبت ۲ بر ۳ درصد").iter().all(|x| x[2] != "other"));
    }

    #[test]
    fn approximate_pairs_are_ranges() {
        let a = Analyzer::embedded().unwrap();
        for (input, text, lo, hi) in [
            ("ما دو یا سه جای خالی داریم", "دو یا سه جای خالی", "2", "3"),
            ("باید ۳، ۴ بازی دیگر را ببرند", "۳، ۴ بازی", "3", "4"),
            (
                "در هر تمرین یکی دو بازیکن ما زخمی می‌شود",
                "یکی دو بازیکن",
                "1",
                "2",
            ),
            ("دو سه منبع دیگر داریم", "دو سه منبع", "2", "3"),
        ] {
            let d = a.analyze("t", input, &ArticleMeta::default()).unwrap();
            assert_eq!(d.figures.len(), 1, "{input}: {:?}", d.figures);
            let f = &d.figures[0];
            assert_eq!(f.text, text, "{input}");
            assert_eq!(f.value.to_string(), lo, "{input}");
            assert_eq!(f.value_max.map(|v| v.to_string()).as_deref(), Some(hi), "{input}");
            assert_eq!(f.approx, Some(crate::document::Approx::Range), "{input}");
        }
        // a list is no pair: "۲، ۳ و ۴ درصد" stays three percents
        let f = figs("سهم ۲، ۳ و ۴ درصد بود");
        assert_eq!(f.len(), 3, "{f:?}");
    }

    #[test]
    fn repeated_figures_are_listed_once() {
        // GOLD rule 12: a headline figure again in the body is one figure,
        // the body mention kept in `repeats` (original code point offsets)
        let a = Analyzer::embedded().unwrap();
        let text = "۱۷۹ مجرم دستگیر شدند. رئیس پلیس گفت: ۱۷۹ مجرم در این استان دستگیر شدند.";
        let d = a.analyze("t", text, &ArticleMeta::default()).unwrap();
        assert_eq!(d.figures.len(), 1, "{:?}", d.figures);
        let at = text.chars().count() - "۱۷۹ مجرم در این استان دستگیر شدند.".chars().count();
        assert_eq!(
            d.figures[0].repeats,
            [crate::text::aligned::Span::new(at, at + 8)]
        );
        // another qualifier is another statement
        let f = figs("با حضور ۳۵۰ نفر برگزار شد. این همایش با حضور بیش از ۳۵۰ نفر برگزار شد.");
        assert_eq!(f.len(), 2, "{f:?}");
    }

    #[test]
    fn lexicon_errors_name_file_and_line() {
        let e = super::UnitLexicon::parse("fa\ten\ten_plural\tkind\tcurrency\nتن\tton\ttons\tweight\n", None)
            .unwrap_err();
        assert_eq!(e.to_string(), "lexicon units.tsv:2: unknown kind \"weight\"");
        let e = crate::extract::dates::DateLexicon::parse(
            "fa\tkind\tcalendar\tvalue\ten\nدی\tmonth\tjalali\tx\tDey\n",
            None,
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "lexicon dates.tsv:2: bad number \"x\"");
    }

    #[test]
    fn places_are_not_counted() {
        // ranks in a list, a team named by a number and its city
        assert!(figs("۱۴ ایتالیا ۱۵ فرانسه").is_empty());
        assert!(figs("تیم نود ارومیه برد").is_empty());
        assert_eq!(figs("۳ کشور")[0][4], "کشور");
    }

    #[test]
    fn partitive_groups_are_counted() {
        let f = figs("۱۴ نفر از بانوان قزوینی در این همایش و ۵۰۰ رأس دام زنده");
        assert_eq!(f[0][4], "بانوان قزوینی");
        assert_eq!(f[1][4], "دام");
        let f = figs("در این حادثه ۱۰۰ تن کشته و ۶۰۰ تن زخمی شدند");
        assert_eq!((f[0][2].as_str(), f[0][4].as_str()), ("count", "کشته"));
        assert_eq!((f[1][2].as_str(), f[1][4].as_str()), ("count", "زخمی"));
    }

    #[test]
    fn a_classifier_counts_the_noun_after_it() {
        let f = figs("سه دستگاه پیکور و ۳۱۱ فروند شناور تجاری کشف شد.");
        assert_eq!((f[0][0].as_str(), f[0][4].as_str()), ("سه دستگاه پیکور", "پیکور"));
        assert_eq!(f[1][4], "شناور تجاری");
        // not a verb, nor the noun of a light verb
        assert_eq!(figs("۲۰۰۰ نسخه چاپ شد.")[0][4], "نسخه");
        // "یک" with a classifier counts among others of its sentence …
        let f = figs("یک دستگاه موتوربرق و یک دستگاه پیکور کشف شد.");
        assert_eq!(f.len(), 2);
        assert_eq!(f[1][4], "پیکور");
        // … and is the indefinite article alone
        assert!(figs("از یک دستگاه خودرو ۷۰ هزار نخ سیگار کشف شد.")
            .iter()
            .all(|x| x[0] != "یک دستگاه خودرو"));
    }

    #[test]
    fn flattened_tables_give_their_percent_column() {
        let t = |text: &str| -> Vec<(String, String)> {
            figs(text)
                .into_iter()
                .filter(|x| x[2] == "percent")
                .map(|x| (x[0].clone(), x[1].clone()))
                .collect()
        };
        let want = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
        };
        // a header ending in درصد, rows numbered 1, 2, 3 …; the last row as wide as the one before
        assert_eq!(
            t("نام کشور تعداد درصد ۱ چین ۲۴۷۴۳۹ ۳۱٫۴ ۲ هند ۱۰۲۶۷۳ ۱۳٫۶ ۳ کره‌جنوبی ۶۸۰۴۷ ۶٫۵ ۴ عربستان ۵۳۹۱۹ ۶ بنیاد ملی نخبگان گفت"),
            want(&[("۳۱٫۴", "31.4"), ("۱۳٫۶", "13.6"), ("۶٫۵", "6.5"), ("۶", "6")])
        );
        // a rank is no count ("۲ فرانسه")
        assert!(figs("استان تعداد درصد ۱ تهران ۵۰۰ ۴۰ ۲ فارس ۲۰۰ ۱۶ ۳ گیلان ۱۰۰ ۸")
            .iter()
            .all(|x| x[2] == "percent"));
        // too few rows, or a cell over 100: no table
        assert_eq!(t("تعداد درصد ۱ چین ۲۴۷ ۳۱ ۲ هند ۱۰۲ ۱۳"), want(&[]));
        assert_eq!(
            t("تعداد درصد ۱ چین ۲۴۷ ۳۱ ۲ هند ۱۰۲ ۵۰۰ ۳ ژاپن ۵ ۶ ۴ کره ۴ ۲"),
            want(&[])
        );
    }

    #[test]
    fn parallel_vote_shares() {
        let f = figs("فیون با کسب ۴۴٫۲، کوپه با جذب ۲۸٫۵ و سارکوزی با کسب ۲۰٫۶ درصد آرا اول شدند");
        let got: Vec<(&str, &str)> = f
            .iter()
            .filter(|x| x[2] == "percent")
            .map(|x| (x[0].as_str(), x[1].as_str()))
            .collect();
        assert_eq!(
            got,
            vec![("۴۴٫۲", "44.2"), ("۲۸٫۵", "28.5"), ("۲۰٫۶ درصد", "20.6")]
        );
        // a count after کسب is no share
        let f = figs("تیم با کسب ۱۲ امتیاز و ایران با کسب ۵۰ درصد آرا");
        assert!(f.iter().all(|x| x[0] != "۱۲"), "{f:?}");
    }

    #[test]
    fn lists_share_their_unit() {
        let f = figs("رشد ۳۲ و ۲۱ درصدی و وام ۱۰، ۱۵ و ۲۰ میلیون تومانی، از ۱۰٫۹ به ۱۲٫۷ درصد");
        let got: Vec<(&str, &str, &str)> = f
            .iter()
            .map(|x| (x[0].as_str(), x[1].as_str(), x[2].as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("۳۲", "32", "percent"),
                ("۲۱ درصدی", "21", "percent"),
                ("۱۰", "10000000", "money"),
                ("۱۵", "15000000", "money"),
                ("۲۰ میلیون تومانی", "20000000", "money"),
                ("۱۰٫۹", "10.9", "percent"),
                ("۱۲٫۷ درصد", "12.7", "percent"),
            ]
        );
    }

    #[test]
    fn people_counted_with_tan() {
        let kinds: Vec<_> = figs("۴۸ تن از ۷۴ تن با گلوله زخمی شدند")
            .into_iter()
            .map(|f| (f[0].clone(), f[2].clone()))
            .collect();
        let want = [("۴۸ تن", "count"), ("۷۴ تن", "count")].map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(kinds, want);
        assert_eq!(figs("۷۴ تن گندم صادر شد")[0][2], "quantity");
        // the people's fate a few words on
        assert_eq!(figs("حداقل ۶۰ تن در این حادثه کشته شدند")[0][2], "count");
        assert_eq!(figs("۶۰ تن در این انبار دپو شد")[0][2], "quantity");
        // a nationality after a number counts people
        assert_eq!(
            figs("بیش از ۳۲ میلیون مصری رأی دادند")[0][..3],
            ["۳۲ میلیون مصری", "32000000", "count"]
        );
        assert_eq!(figs("در جنگ تحمیلی ۸ ساله آسیب دید")[0][2], "duration");
        assert_eq!(figs("پسر ۸ ساله آسیب دید")[0][2], "age");
        assert_eq!(figs("حضور پیرمردی ۱۰۰ ساله در مجلس")[0][2], "age");
        // a period: "the last 20 years"; but "پیش از" is "before", and an ordinal opens a date
        assert_eq!(figs("با اشاره به خدمات ۲۰ ساله اخیر")[0][2], "duration");
        assert_eq!(figs("این هافبک ۲۵ ساله پیش از پیوستن")[0][2], "age");
        assert_eq!(figs("شهدا به ترتیب ۳۲ ساله سوم اسفند")[0][2], "age");
        // a semester is no half year
        assert!(figs("در نیمسال اول سال تحصیلی").is_empty());
        assert!(figs("نیم سال دوم تحصیلی").is_empty());
    }

    #[test]
    fn not_figures() {
        for s in [
            "ماده ۵ قانون",
            "ساعت ۱۰ صبح",
            "نمایشگاه از ۹ صبح تا ۷ شب دایر است",
            "مأموران کلانتری ۱۲۴ قلهک در حین گشت‌زنی",
            "از ۸ شب تا ۲ بامداد باز است",
            "سومین جلسه",
            "صدها نفر",
            "هزاران نفر",
            "یک نهاد",
            "شماره ۰۹۱۲۳۴۵۶۷۸۹",
            "در سال ۱۴۰۰",
            "روز ۱۲ فروردین ۱۴۰۳",
            "تبصره ۱۴ این ماده",
            "شعبه دو کرج",
            "هر دو آسیب دیدند",
            "قانون باید دوباره امضا شود",
            "بالاخره یک روز کاکس را می‌برم",
            "بندهای ۷ و ۸ پیش‌نویس قطعنامه",
            "برای سهولت در ترافیک شهری",
            "در رده ۱۹ جهان قرار دارد",
            "رزمایش ولایت ۹۵ برگزار شد",
            "و صد چیز دیگر",
            "به مناسبت چهل‌سالگی انقلاب",
            "هر دو تیم آماده‌اند",
            "آرین روبن دوباره تصمیم گرفت",
            "چنانچه در قطعنامه ۲۲۳۱ آمده است",
            "در ۱۳۹۵ شهرستان برگزار شد",
            "طبق ۲۵۰۰ یکی از موارد",
            "از سامانه ۱۸۸۸ شهرداری تهران بازدید کردند",
            "با ستاد خبری ۱۲۴ بازرسی تماس بگیرند",
            "با پنالتی دقیقه ۹۷ فرانک کسیه به گل تساوی رسید",
            "۷۰ شبه نظامی کشته شدند",
            "سود سهامداران دو چندان شد",
            "روابط دو جانبه و سه جانبه",
        ] {
            assert!(figs(s).is_empty(), "{s}: {:?}", figs(s));
        }
    }
}
