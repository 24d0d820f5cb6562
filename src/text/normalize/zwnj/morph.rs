//! Persian morphology for ZWNJ decisions: the verb conjugator (می/نمی and
//! preverbs, personal endings, past participles), the suffixes that take a
//! ZWNJ (ها, تر/ترین, the clitics after a final ه), the plain inflections
//! that never do (ان/ات plurals, indefinite ی, possessive clitics), and the
//! two decisions built on them: how to split a glued word ([`analyze_glued`])
//! and whether to join two spaced words ([`join_pair`]).

use super::lexicon::{joins_after, pos, ZwnjLexicon};
use crate::lexicon::strtab::strtab_eq;
use crate::text::chars::{is_arabic_letter, ZWNJ};

/// `strip_prefix`/`strip_suffix`/`==` for the short affixes and words of
/// the lists below, compared inline ([`strtab_eq`]) instead of through a
/// `memcmp` call per list entry: the decisions try dozens per word.
trait Affix {
    fn pfx(&self, p: &str) -> Option<&str>;
    fn sfx(&self, p: &str) -> Option<&str>;
    fn is(&self, p: &str) -> bool;
}

impl Affix for str {
    #[inline(always)]
    fn pfx(&self, p: &str) -> Option<&str> {
        let (s, q) = (self.as_bytes(), p.as_bytes());
        if s.len() >= q.len() && strtab_eq(&s[..q.len()], q) {
            self.get(q.len()..)
        } else {
            None
        }
    }

    #[inline(always)]
    fn sfx(&self, p: &str) -> Option<&str> {
        let (s, q) = (self.as_bytes(), p.as_bytes());
        let k = s.len().wrapping_sub(q.len());
        if s.len() >= q.len() && strtab_eq(&s[k..], q) {
            self.get(..k)
        } else {
            None
        }
    }

    #[inline(always)]
    fn is(&self, p: &str) -> bool {
        strtab_eq(self.as_bytes(), p.as_bytes())
    }
}

/// `list.contains(&w)` with the inline comparison.
#[inline(always)]
fn listed(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| w.is(x))
}

/// Personal endings of the present tense.
const PRES_END: [&str; 6] = ["یم", "ید", "ند", "م", "ی", "د"];
/// Personal endings of the past tense (third singular is bare).
const PAST_END: [&str; 6] = ["یم", "ید", "ند", "م", "ی", ""];
/// Plural suffix ها with its clitics, longest first.
pub const PLURAL: [&str; 10] = [
    "هایشان",
    "هایتان",
    "هایمان",
    "هاست",
    "هایی",
    "هایم",
    "هایت",
    "هایش",
    "های",
    "ها",
];
/// Comparative and superlative suffixes, longest first.
pub const COMPAR: [&str; 3] = ["ترین", "تری", "تر"];
/// Clitics written with a ZWNJ after a final ه (توسعه‌ای, شده‌اند), longest first.
pub const AFTER_HEH: [&str; 7] = ["ایم", "اید", "اند", "ای", "ام", "اش", "ات"];
/// Bound heads of compounds, written after a ZWNJ (تصمیم‌گیری, سرمایه‌گذاری,
/// امکان‌پذیر, اطلاع‌رسانی, علاقه‌مند, برنامه‌ریزی, تأمین‌کنندگان).
pub const HEADS: [&str; 30] = [
    "بندی",
    "نژاد",
    "پور",
    "گیری",
    "آمیز",
    "آمیزی",
    "پذیر",
    "پذیری",
    "ناپذیر",
    "گذاری",
    "گذار",
    "آوری",
    "رسانی",
    "مند",
    "مندی",
    "کنندگان",
    "کننده",
    "طلبان",
    "نشین",
    "شناسی",
    "شناس",
    "گرایی",
    "گرا",
    "کشی",
    "ریزی",
    "انگیز",
    "آور",
    "زدگی",
    "شدگان",
    "سازی",
];
/// Bound heads that join a spaced word before them (سهام داران →
/// سهام‌داران, تنش زدایی → تنش‌زدایی) but are not cut off a glued word: a
/// glued سهامداران or بهرهوری is a standard spelling, not damage.
pub const JOIN_HEADS: [&str; 29] = [
    "داران",
    "زدایی",
    "خواری",
    "وری",
    "نگاری",
    "گر",
    "گری",
    // agent and abstract nouns of compounds that no sentence uses alone
    // (بزرگ‌سالان, نقش‌آفرین, پول‌شویی, بوم‌گردی, ملی‌پوش); not گریزی
    // ("گریزی نیست")
    "سالان",
    "طلبی",
    "جویی",
    "شویی",
    "گیرانه",
    "آفرین",
    "آفرینی",
    "کاران",
    "آموزی",
    "پوش",
    "بازان",
    "نشانان",
    "دهنده",
    "دهندگان",
    "فروشی",
    "فروشان",
    "گردی",
    "سازان",
    "خواران",
    "یافتگان",
    "گزار",
    "گرایان",
];
/// Second parts that join a spaced word before them only under a condition
/// of their own (see `bound_second`): the copula اند after a predicate
/// (عبارت‌اند, نگران‌اند), الله in a name (حبیب‌الله), آباد in a place name
/// (پارس‌آباد) and العظمی after it (آیت‌الله‌العظمی), the head دار (سابقه‌دار).
pub const COND_HEADS: [&str; 5] = ["اند", "الله", "العظمی", "آباد", "دار"];
/// Possessive clitics written with a ZWNJ after a final ه (خانواده‌شان,
/// همه‌تان); the shorter ones are in `AFTER_HEH`.
pub const AFTER_HEH_POSS: [&str; 3] = ["مان", "تان", "شان"];
/// Closed compounds of a determiner and a noun, written with a ZWNJ
/// (هیچ‌کس, همان‌طور, این‌گونه, آن‌قدر, همه‌چیز, نه‌تنها).
const DET_COMPOUNDS: [(&str, &[&str]); 7] = [
    ("هیچ", &["کس", "چیز", "وقت", "کدام", "گاه", "گونه", "یک"]),
    ("همین", &["طور", "جا", "گونه", "قدر"]),
    ("همان", &["طور", "جا", "گونه", "قدر"]),
    ("این", &["طور", "گونه", "قدر"]),
    ("آن", &["طور", "گونه", "قدر", "وقت"]),
    ("همه", &["چیز", "جا"]),
    ("نه", &["تنها"]),
];

/// Glued "one" + a power of a thousand ("یکمیلیون"): two words in every
/// spelling, joined by ZWNJ where they are glued. Split only, never joined
/// (a spaced "یک میلیون" is standard).
const ONE_POWER: [&str; 3] = ["میلیون", "میلیارد", "تریلیون"];

/// The cut of a glued determiner compound ("همانطور" → همان‌طور) or of a
/// glued one + power ("یکمیلیون" → یک‌میلیون), which holds even where the
/// glued spelling is listed as a word.
pub fn det_split(w: &str) -> Option<usize> {
    // every determiner and یک starts with one of these letters: only the
    // determiners (indices into DET_COMPOUNDS, in list order) that open
    // with the word's first letter are tried
    let dets: &[usize] = match w.as_bytes().get(..2) {
        // ی
        Some([0xDB, 0x8C]) => {
            return w
                .strip_prefix("یک")
                .is_some_and(|x| listed(&ONE_POWER, x))
                .then_some("یک".len());
        }
        // ه: هیچ همین همان همه
        Some([0xD9, 0x87]) => &[0, 1, 2, 5],
        // ا: این
        Some([0xD8, 0xA7]) => &[3],
        // آ: آن
        Some([0xD8, 0xA2]) => &[4],
        // ن: نه
        Some([0xD9, 0x86]) => &[6],
        _ => return None,
    };
    dets.iter().find_map(|&k| {
        let (d, xs) = DET_COMPOUNDS[k];
        w.pfx(d).filter(|x| listed(xs, x)).map(|_| d.len())
    })
}

fn det_compound(a: &str, b: &str) -> bool {
    DET_COMPOUNDS.iter().any(|(d, xs)| a.is(d) && listed(xs, b))
}

/// Words that a head never attaches to (a number before one counts a
/// noun phrase: "هشت بندی").
const NOT_BEFORE_HEAD: [&str; 27] = [
    "که", "این", "آن", "هم", "یک", "چه", "هیچ", "همه", "هر", "می", "نمی", "خود", "چند", "دیگر", "پیش", "پس",
    "سر", "دل", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
];
/// Preverbs that stand before می/نمی (برمی‌خیزد, درمی‌آید, بازمی‌گردد …).
const PREVERBS: [&str; 7] = ["", "بر", "در", "باز", "فرا", "وا", "فرو"];
/// Light verbs that a glued word may end in ("دایرشود" → "دایر شود").
const LIGHT: [&str; 16] = [
    "شود",
    "شوند",
    "شد",
    "شدند",
    "شده",
    "کند",
    "کنند",
    "کرد",
    "کردند",
    "کرده",
    "نمود",
    "نماید",
    "گردد",
    "گردید",
    "باشد",
    "است",
];
/// Suffixes of plain inflection: a word with one of these is not glued
/// (دانشجویان, اطلاعات, کتابی, صادراتشان).
const PLAIN_SUFFIXES: [&str; 12] = [
    "شان", "مان", "تان", "یان", "گان", "ان", "ات", "یی", "ی", "ش", "م", "ت",
];

/// Minimum frequency of a word split off a glued word with a space.
const SPACE_FREQ: u32 = 20_000;
/// Both parts of a glued pair of words need this frequency.
const PAIR_FREQ: u32 = 1_000_000;
/// Minimum frequency of a compound used to join two spaced words.
const JOIN_FREQ: u32 = 50;

#[inline]
fn nchars(s: &str) -> usize {
    s.chars().count()
}

/// True for a conjugated verb body without prefix: past stem + ending or
/// present stem (+ glide ی after a vowel) + ending: شود, رفتند, آیند, گوید.
pub fn is_verb_body(lex: &ZwnjLexicon, s: &str) -> bool {
    for e in PAST_END {
        if let Some(st) = s.sfx(e) {
            if !st.is_empty() && lex.is_past_stem(st) {
                return true;
            }
        }
    }
    for e in PRES_END {
        if let Some(st) = s.sfx(e) {
            if st.is_empty() {
                continue;
            }
            if lex.is_present_stem(st) {
                return true;
            }
            if let Some(st2) = st.strip_suffix('ی') {
                if st2.ends_with(['ا', 'آ', 'و']) && lex.is_present_stem(st2) {
                    return true;
                }
            }
        }
    }
    false
}

/// True for a past participle: (ن)past stem + ه (شده, نشده, رفته).
pub fn is_participle(lex: &ZwnjLexicon, s: &str) -> bool {
    let Some(st) = s.strip_suffix('ه') else {
        return false;
    };
    lex.is_past_stem(st) || st.strip_prefix('ن').is_some_and(|x| lex.is_past_stem(x))
}

/// True for a verb form written as one word without ZWNJ: a body, or ن/ب +
/// body, or a participle (بشود, نرفتند, شده).
fn is_plain_verb(lex: &ZwnjLexicon, w: &str) -> bool {
    if is_verb_body(lex, w) || is_participle(lex, w) {
        return true;
    }
    match w.strip_prefix('ن').or_else(|| w.strip_prefix('ب')) {
        Some(r) if nchars(r) >= 2 && !r.starts_with("می") => {
            if is_verb_body(lex, r) {
                return true;
            }
            // the glide: بیفزاید (افزودن), نیامد (آمدن)
            let mut buf = String::with_capacity(r.len() + 2);
            if let Some(x) = r.strip_prefix("یا") {
                buf.push('آ');
                buf.push_str(x);
                if is_verb_body(lex, &buf) {
                    return true;
                }
                buf.clear();
            }
            if let Some(x) = r.strip_prefix('ی') {
                buf.push('ا');
                buf.push_str(x);
                return is_verb_body(lex, &buf);
            }
            false
        }
        _ => false,
    }
}

/// True when `w` is a word as it stands: listed, a plain verb form, or a
/// listed word with a plain inflection (up to `depth` suffixes).
pub fn is_plain(lex: &ZwnjLexicon, w: &str, depth: u8) -> bool {
    plain_freq(lex, w, depth).is_some()
}

/// [`is_plain`] with the evidence: the frequency of the listed word the
/// analysis rests on (`u32::MAX` for a verb form).
pub fn plain_freq(lex: &ZwnjLexicon, w: &str, depth: u8) -> Option<u32> {
    if let Some(i) = lex.word(w) {
        return Some(i.freq);
    }
    plain_freq_unlisted(lex, w, depth)
}

/// [`plain_freq`] of a word known not to be listed (no lookup of `w`
/// itself).
fn plain_freq_unlisted(lex: &ZwnjLexicon, w: &str, depth: u8) -> Option<u32> {
    if lex.never_split(w) || is_plain_verb(lex, w) {
        return Some(u32::MAX);
    }
    if depth == 0 {
        return None;
    }
    for suf in PLAIN_SUFFIXES {
        let Some(base) = w.sfx(suf) else {
            continue;
        };
        if nchars(base) < 2 {
            continue;
        }
        // "سالها" + ی is the glued plural سال‌های, not an indefinite
        if (base.ends_with("ها") || base.ends_with("تر")) && !lex.is_word(base) {
            continue;
        }
        // "نتیجهی" is نتیجه‌ی (ezafe after a silent ه), unless the ه is a
        // consonant (راهی, گروهی, توجهی)
        if (suf == "ی" || suf == "یی") && silent_heh(base) {
            continue;
        }
        if suf == "گان" {
            let mut b = String::with_capacity(base.len() + 2);
            b.push_str(base);
            b.push('ه');
            if let Some(i) = lex.word(&b) {
                return Some(i.freq);
            }
            continue;
        }
        // a one-letter clitic sits on a listed word or a plain plural, not
        // on another guess ("اهلبیت" is no اهلبی + ت)
        let d = if suf.len() == 2 { 0 } else { depth - 1 };
        let d = if d == 0 && suf.len() == 2 && (base.ends_with("ان") || base.ends_with("ات")) {
            1
        } else {
            d
        };
        if let Some(f) = plain_freq(lex, base, d) {
            return Some(f);
        }
    }
    None
}

/// True when `w` ends in a silent ه (نتیجه, خانه), not a consonant ه
/// (راه, گروه, توجه).
fn silent_heh(w: &str) -> bool {
    const CONSONANT_H: [&str; 12] = [
        "توجه",
        "وجه",
        "فقه",
        "شبه",
        "مه",
        "ده",
        "نه",
        "به",
        "که",
        "چه",
        "تنبه",
        "متوجه",
    ];
    w.ends_with('ه')
        && !w.ends_with("اه")
        && !w.ends_with("وه")
        && !CONSONANT_H
            .iter()
            .any(|c| w.is(c) || (w.sfx(c).is_some() && c.is("توجه")))
}

/// How two pieces of a word are to be separated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    /// A ZWNJ.
    Zwnj,
    /// A space (the glued pieces are two words).
    Space,
}

/// Where a glued word is to be cut: byte offsets into the word.
pub type Cuts = Vec<(usize, Cut)>;

fn word_freq(lex: &ZwnjLexicon, w: &str) -> u32 {
    lex.word(w).map_or(0, |i| i.freq)
}

/// The cuts of the ZWNJ spelling `form` of `w` (= `form` without ZWNJs).
fn cuts_of(form: &str, base: usize, out: &mut Cuts) {
    let mut pos = base;
    for c in form.chars() {
        if c == ZWNJ {
            out.push((pos, Cut::Zwnj));
        } else {
            pos += c.len_utf8();
        }
    }
}

/// Words that cannot open the noun phrase an ezafe needs: prepositions,
/// را, conjunctions, the copula and the common light verbs' forms.
const NO_EZAFE_WORDS: [&str; 19] = [
    "از", "است", "اند", "با", "باشد", "برای", "بود", "به", "تا", "در", "را", "شد", "که", "نیز", "نیست",
    "هست", "هم", "و", "یا",
];

/// Words after which no plural follows: a noun after them is singular.
pub const ONE_OF: [&str; 2] = ["یک", "هر"];

/// Whether the text `rest` after a word (starting right after it) cannot
/// continue an ezafe: it ends the line or the text, opens with a clause
/// punctuation mark, or its next word is in `NO_EZAFE_WORDS`.
pub fn no_ezafe_after(rest: &str) -> bool {
    let r = rest.trim_start_matches(' ');
    let Some(c) = r.chars().next() else {
        return true;
    };
    if matches!(
        c,
        '\n' | '.' | '،' | ',' | '؛' | ';' | ':' | '!' | '؟' | '?' | ')' | '»'
    ) {
        return true;
    }
    let end = r
        .find(|c: char| !(is_arabic_letter(c) || c == ZWNJ))
        .unwrap_or(r.len());
    end > 0 && listed(&NO_EZAFE_WORDS, &r[..end])
}

/// Decide how to repair the glued word `w` (no ZWNJ inside). `None`: leave
/// it as it is. Otherwise the cuts to make (empty when the analysis found the
/// word correct, e.g. a plural after a non-joining letter).
pub fn analyze_glued(lex: &ZwnjLexicon, w: &str) -> Option<Cuts> {
    analyze(lex, w, 2, false).map(|(c, _)| c)
}

/// [`analyze_glued`] of a word the caller knows is not a listed word (its
/// [`facts`] lack [`F_WORD`]): the same cuts, without looking it up again.
pub fn analyze_glued_unlisted(lex: &ZwnjLexicon, w: &str) -> Option<Cuts> {
    debug_assert!(!lex.is_word(w), "{w}");
    analyze(lex, w, 2, true).map(|(c, _)| c)
}

/// After می/نمی: a conjugated body, a participle, or a bare present stem
/// (می‌توان).
fn is_after_mi(lex: &ZwnjLexicon, body: &str) -> bool {
    is_verb_body(lex, body) || is_participle(lex, body) || lex.is_present_stem(body)
}

/// `unlisted`: the caller knows `w` is not a listed word (skips that
/// lookup; the result is the same).
fn analyze(lex: &ZwnjLexicon, w: &str, depth: u8, unlisted: bool) -> Option<(Cuts, u64)> {
    if nchars(w) < 3 || (!unlisted && lex.is_word(w)) || lex.never_split(w) {
        return None;
    }
    // from here on `w` is known not to be listed
    // (preverb)(ن)می + verb; not a listed word in می + ی ("میدانی")
    let mi_word = w
        .strip_suffix('ی')
        .is_some_and(|b| b.starts_with("می") && lex.is_word(b));
    for pv in PREVERBS {
        let Some(r) = w.pfx(pv) else { continue };
        for pre in ["نمی", "می"] {
            let Some(body) = r.pfx(pre) else { continue };
            if !mi_word && nchars(body) >= 2 && is_after_mi(lex, body) {
                return Some((vec![(pv.len() + pre.len(), Cut::Zwnj)], 1 << 40));
            }
        }
    }
    for (d, xs) in DET_COMPOUNDS {
        if let Some(x) = w.pfx(d) {
            if listed(xs, x) {
                return Some((vec![(d.len(), Cut::Zwnj)], 1 << 40));
            }
        }
    }
    // a participle and its auxiliary (کرده‌ایم, شده‌اند); not ای/اش/ات,
    // where a past stem that is a noun competes (پیشرفت‌های)
    for suf in ["ایم", "اید", "اند", "ام"] {
        if let Some(base) = w.sfx(suf) {
            if is_participle(lex, base) && nchars(base) >= 3 {
                return Some((vec![(base.len(), Cut::Zwnj)], 1 << 40));
            }
        }
    }
    // an attested ZWNJ spelling, unless a plain analysis rests on a more
    // frequent word ("دانشجویان" is دانشجو + یان)
    let plain = plain_freq_unlisted(lex, w, 2);
    if let Some(c) = lex.glued(w) {
        if plain.is_none_or(|p| c.freq > p) {
            let mut cuts = Cuts::new();
            cuts_of(c.form, 0, &mut cuts);
            return Some((cuts, c.freq as u64 + 1));
        }
    }
    if plain.is_some() {
        return None;
    }
    // X + به + X ("گامبهگام" → "گام‌به‌گام")
    for (i, _) in w.char_indices().skip(2) {
        let (x, rest) = w.split_at(i);
        if let Some(y) = rest.strip_prefix("به") {
            if y == x && lex.is_word(x) {
                let mut cuts = Cuts::new();
                if joins_after(x) {
                    cuts.push((x.len(), Cut::Zwnj));
                }
                cuts.push((x.len() + "به".len(), Cut::Zwnj));
                return Some((cuts, 1 << 40));
            }
        }
    }
    // base + suffix: the most frequent base wins
    let mut best: Option<(Cuts, u64)> = None;
    let base_score = |base: &str| -> Option<(u64, Option<Cuts>)> {
        if let Some(i) = lex.word(base) {
            return Some((i.freq as u64 + 1, None));
        }
        if plain_freq_unlisted(lex, base, 1).is_some() {
            return Some((1, None));
        }
        if depth > 0 {
            // a base that is itself a compound or inflected form ranks below
            // a listed word; "two words" is no base at all
            // (not listed: looked up above)
            if let Some((c, s)) = analyze(lex, base, depth - 1, true) {
                if !c.is_empty() && c.iter().all(|x| x.1 == Cut::Zwnj) {
                    return Some(((s / 64).clamp(1, 1 << 30), Some(c)));
                }
            }
        }
        None
    };
    for suf in PLURAL {
        if let Some(base) = w.sfx(suf) {
            // "آنهایی", "اینهایش": a short base takes only ها/های
            if nchars(base) >= 3 || (nchars(base) == 2 && (suf == "ها" || suf == "های")) {
                if let Some((s, sub)) = base_score(base) {
                    consider(&mut best, base, s, sub);
                }
            }
        }
    }
    for head in HEADS {
        if let Some(base) = w.sfx(head) {
            if nchars(base) >= 2 && !listed(&NOT_BEFORE_HEAD, base) {
                if let Some(i) = lex.word(base) {
                    consider(&mut best, base, i.freq as u64 + 1, None);
                }
            }
        }
    }
    // a word and a word after a non-joining letter look right as they are
    // ("درنهایت" is در نهایت, not درن + هایت)
    for (i, c) in w.char_indices().skip(1) {
        let (a, b) = w.split_at(i + c.len_utf8());
        if b.is_empty() {
            break;
        }
        if !joins_after(a) && nchars(b) >= 2 {
            // f is at most a's frequency: look b up only when that could
            // make f count
            let fa = word_freq(lex, a);
            if fa == 0 || best.as_ref().is_some_and(|x| x.1 >= fa as u64) {
                continue;
            }
            let f = fa.min(word_freq(lex, b));
            if f > 0 && best.as_ref().is_none_or(|x| x.1 < f as u64) {
                best = Some((Cuts::new(), f as u64));
            }
        }
    }
    for suf in COMPAR {
        if let Some(base) = w.sfx(suf) {
            // کمتر, بیشتر, بهتر are words of their own
            let adj_i = base.ends_with('ی')
                && nchars(base) >= 4
                && base.strip_suffix('ی').is_some_and(|b| lex.is_word(b))
                && !lex.is_word(base);
            if adj_i {
                consider(&mut best, base, 1, None);
            } else if nchars(base) >= 3 && lex.word(base).is_some_and(|i| i.pos & pos::AJ != 0) {
                consider(&mut best, base, word_freq(lex, base) as u64 + 1, None);
            }
        }
    }
    // ezafe ی after a silent ه (نتیجه‌ی); after اه/وه the ه is a consonant
    // (راهی, گروهی)
    if let Some(base) = w.strip_suffix('ی') {
        if silent_heh(base) && nchars(base) >= 3 {
            if let Some(i) = lex.word(base) {
                consider(&mut best, base, i.freq as u64 / 4 + 1, None);
            }
        }
    }
    for suf in AFTER_HEH {
        if let Some(base) = w.sfx(suf) {
            if base.ends_with('ه') && nchars(base) >= 3 {
                if let Some((s, sub)) = base_score(base) {
                    consider(&mut best, base, s, sub);
                } else if is_participle(lex, base) {
                    consider(&mut best, base, 1, None);
                }
            }
        }
    }
    // an attested compound with a plain suffix (قابل‌توجهی)
    for suf in ["یی", "ی", "ان", "ات", "یان"] {
        if let Some(base) = w.sfx(suf) {
            if lex.is_word(base) {
                continue;
            }
            if let Some(c) = lex.glued(base) {
                let mut cuts = Cuts::new();
                cuts_of(c.form, 0, &mut cuts);
                consider_plain(&mut best, cuts, c.freq as u64 + 1);
            }
        }
    }
    // "درحالیکه" → "درحالی‌که"
    if let Some(base) = w.strip_suffix("یکه") {
        let head = &w[..base.len() + 'ی'.len_utf8()];
        let sub = if depth > 0 {
            analyze(lex, head, depth - 1, false)
        } else {
            None
        };
        let prep_plain = ["در", "از", "با", "بر"]
            .iter()
            .any(|p| head.pfx(p).is_some_and(|r| nchars(r) >= 2 && is_plain(lex, r, 1)));
        if nchars(base) >= 2 && (is_plain(lex, head, 1) || prep_plain || sub.is_some()) {
            let mut cuts = sub.map(|c| c.0).unwrap_or_default();
            cuts.push((head.len(), Cut::Zwnj));
            consider_plain(&mut best, cuts, 2);
        }
    }
    let keep = best.as_ref().is_some_and(|b| b.0.is_empty());
    if best.is_some() && !keep {
        return best;
    }
    // missing spaces: و + word, word + light verb
    if let Some(rest) = w.strip_prefix('و') {
        if nchars(rest) >= 2 && word_freq(lex, rest) >= SPACE_FREQ {
            return Some((vec![('و'.len_utf8(), Cut::Space)], 1));
        }
    }
    for lv in LIGHT {
        if let Some(first) = w.sfx(lv) {
            if nchars(first) >= 2 && word_freq(lex, first) >= SPACE_FREQ {
                // a participle compound takes a ZWNJ (انجام‌شده); a finite
                // light verb is a word of its own (دایر شود)
                let cut = if lv.ends_with('ه') {
                    if !joins_after(first) {
                        return Some((Cuts::new(), 1));
                    }
                    Cut::Zwnj
                } else if joins_after(first) {
                    continue;
                } else {
                    Cut::Space
                };
                return Some((vec![(first.len(), cut)], 1));
            }
        }
    }
    if keep {
        return best;
    }
    // بی/به + a word (بی‌سیم, به‌عبارت, بی‌دقتی)
    for pre in ["بی", "به"] {
        if let Some(rest) = w.pfx(pre) {
            if nchars(rest) >= 3 && (word_freq(lex, rest) >= SPACE_FREQ || is_plain(lex, rest, 1)) {
                let mut cuts = vec![(pre.len(), Cut::Zwnj)];
                if let Some((c, _)) = analyze(lex, rest, 0, false) {
                    cuts.extend(c.into_iter().map(|(p, k)| (p + pre.len(), k)));
                }
                return Some((cuts, 1));
            }
        }
    }
    // (preposition) این/آن + a word: "ازاینرو" → "ازاین‌رو", "بهاینترتیب" → "به‌این‌ترتیب"
    for pre in ["", "از", "با", "به", "در", "بر"] {
        let Some(r) = w.pfx(pre) else { continue };
        for dem in ["این", "آن"] {
            let Some(rest) = r.pfx(dem) else { continue };
            if nchars(rest) >= 2 && word_freq(lex, rest) >= SPACE_FREQ {
                let mut cuts = Cuts::new();
                if joins_after(pre) {
                    cuts.push((pre.len(), Cut::Zwnj));
                }
                cuts.push((pre.len() + dem.len(), Cut::Zwnj));
                return Some((cuts, 1));
            }
        }
    }
    // two frequent words glued visibly (حالحاضر)
    let mut pair: Option<(usize, u32)> = None;
    for (i, _) in w.char_indices().skip(3) {
        let (a, b) = w.split_at(i);
        if nchars(b) < 3 {
            break;
        }
        // only a visibly glued pair: after a non-joining letter the gap is
        // a style question ("درمجموع", "ازنظر")
        if !joins_after(a) {
            continue;
        }
        // both parts need PAIR_FREQ: look the second up only when the
        // first has it
        let fa = word_freq(lex, a);
        if fa < PAIR_FREQ {
            continue;
        }
        let f = fa.min(word_freq(lex, b));
        if f >= PAIR_FREQ && pair.is_none_or(|p| p.1 < f) {
            pair = Some((i, f));
        }
    }
    pair.map(|(i, _)| (vec![(i, Cut::Zwnj)], 1))
}

/// True when the cut at byte `at` of the glued word `w` is certain
/// morphology, not a style choice: after (preverb)(ن)می, before a plural ها
/// or a comparative تر/ترین, before a clitic after a final ه (شده‌اند,
/// توسعه‌ای). A compound (تصمیم‌گیری), a prefix (بی‌سیم) or a missing space is
/// a choice a writer who uses ZWNJ made deliberately.
pub fn certain_cut(w: &str, at: usize, cut: Cut) -> bool {
    if cut != Cut::Zwnj {
        return false;
    }
    let (left, right) = w.split_at(at);
    if is_mi_prefix(left) {
        return true;
    }
    // the piece up to the next cut is the whole rest in a certain cut
    listed(&PLURAL, right)
        || listed(&COMPAR, right)
        || (left.ends_with('ه') && (listed(&AFTER_HEH, right) || right == "ی"))
}

/// True when the join of `a` (the last part counts) and a word of suffix
/// class `b_class` is certain morphology (see [`certain_cut`]).
pub fn certain_join(a: &str, b_class: u8) -> bool {
    is_mi_prefix(last_part(a))
        || b_class & (C_PLURAL | C_COMPAR) != 0
        || (b_class & C_AFTER_HEH != 0 && a.ends_with('ه'))
}

/// True when the standalone word `w` is certain morphology written apart:
/// می/نمی, ها/های …, تر/ترین, اند. A line holding one lost its ZWNJs to
/// spaces. By spelling alone (the longest is هایشان, 12 bytes).
#[inline]
pub fn spaced_evidence(w: &str) -> bool {
    w.len() <= 12
        && (matches!(w, "می" | "نمی" | "اند")
            || ((w.starts_with('ه') || w.starts_with('ت')) && class(w) & (C_PLURAL | C_COMPAR) != 0))
}

/// (preverb)(ن)می: برمی, نمی, می.
fn is_mi_prefix(a: &str) -> bool {
    a.ends_with("می")
        && PREVERBS
            .iter()
            .any(|pv| a.pfx(pv).is_some_and(|r| r == "می" || r == "نمی"))
}

fn consider(best: &mut Option<(Cuts, u64)>, base: &str, score: u64, sub: Option<Cuts>) {
    if best.as_ref().is_some_and(|b| b.1 >= score) {
        return;
    }
    let mut cuts = sub.unwrap_or_default();
    if joins_after(base) {
        cuts.push((base.len(), Cut::Zwnj));
    }
    *best = Some((cuts, score));
}

fn consider_plain(best: &mut Option<(Cuts, u64)>, cuts: Cuts, score: u64) {
    if best.as_ref().is_none_or(|b| b.1 < score) {
        *best = Some((cuts, score));
    }
}

/// How two spaced words are to be joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    /// Replace the space with a ZWNJ.
    Zwnj,
    /// Remove the space (the first word ends in a non-joining letter, so
    /// the ZWNJ would be invisible).
    Glue,
}

fn join_kind(a: &str) -> Join {
    if joins_after(a) {
        Join::Zwnj
    } else {
        Join::Glue
    }
}

/// Decide whether the spaced words `a` and `b` are one word. `a` may hold
/// ZWNJs (an earlier join); `buf` is scratch space.
///
/// Only the part of `b` before its first ZWNJ counts: a join made on the
/// right of `b` must not change the decision (idempotence).
pub fn join_pair(lex: &ZwnjLexicon, a: &str, b: &str, buf: &mut String) -> Option<Join> {
    let b = first_part(b);
    join_pair_with(lex, a, b, first_may_join(lex, a), class(b), Known::NONE, buf)
}

/// [`facts`] bit: a listed plain word.
pub const F_WORD: u8 = 1;
/// [`facts`] bit: a rule keyed on this word as the first of a pair may apply.
pub const F_FIRST: u8 = 2;
/// [`facts`] bit: [`ZwnjLexicon::is_first_part`] (some compound opens with
/// the word).
pub const F_FP: u8 = 0x40;

/// The suffix class held in [`facts`].
#[inline]
pub fn facts_class(f: u8) -> u8 {
    (f >> 2) & 0xF
}

/// The [`facts`] of the two words of a pair where the caller knows them
/// (plain words the split pass looked up), so that the join decision does
/// not look them up again; [`Known::NONE`] otherwise.
#[derive(Clone, Copy, Debug)]
pub struct Known {
    /// Facts of the first word, when it is a plain word.
    pub a: Option<u8>,
    /// Facts of the second word, when it is a plain word.
    pub b: Option<u8>,
}

impl Known {
    /// Nothing known: every fact is looked up.
    pub const NONE: Known = Known { a: None, b: None };

    #[inline]
    fn a_word(&self, lex: &ZwnjLexicon, a: &str) -> bool {
        self.a.map_or_else(|| lex.is_word(a), |f| f & F_WORD != 0)
    }

    #[inline]
    fn b_word(&self, lex: &ZwnjLexicon, b: &str) -> bool {
        self.b.map_or_else(|| lex.is_word(b), |f| f & F_WORD != 0)
    }

    /// [`last_part`] of `a`: all of it when it is a plain word (no ZWNJ).
    #[inline]
    fn last_part<'a>(&self, a: &'a str) -> &'a str {
        if self.a.is_some() {
            a
        } else {
            last_part(a)
        }
    }

    #[inline]
    fn a_first_part(&self, lex: &ZwnjLexicon, a: &str) -> bool {
        self.a.map_or_else(|| lex.is_first_part(a), |f| f & F_FP != 0)
    }
}

/// What the join and split decisions need to know about a word on its own
/// (no ZWNJ inside): [`F_WORD`], [`F_FIRST`] and its suffix class shifted
/// left by 2; `h` is the word's [`ZwnjLexicon::word_hash`]. The step caches
/// this per word.
pub fn facts(lex: &ZwnjLexicon, w: &str, h: u64) -> u8 {
    let mut f = class_hashed(w, h) << 2;
    let word = lex.word_and_first_part(w, h);
    if word.is_some() {
        f |= F_WORD;
    }
    let first_part = word.unwrap_or_else(|| lex.is_first_part_hashed(w, h));
    if first_part {
        f |= F_FP;
    }
    // a listed word is no glued preposition: only the other rules remain
    // (first_may_join without its last lookup, known here)
    let may = first_part
        || w.ends_with("می")
        || w == "بی"
        || DET_COMPOUNDS.iter().any(|(d, _)| w.is(d))
        || (word.is_none() && glued_prep_shape(w));
    if may {
        f |= F_FIRST;
    }
    f
}

/// [`join_pair`] with the facts of the words given: `a_may` is
/// [`first_may_join`] of `a`, `b_class` the suffix class of `b` (the part
/// before its first ZWNJ).
pub fn join_pair_with(
    lex: &ZwnjLexicon,
    a: &str,
    b: &str,
    a_may: bool,
    b_class: u8,
    known: Known,
    buf: &mut String,
) -> Option<Join> {
    if b_class == 0 && !a_may {
        return None;
    }
    // a bare suffix ending in a non-joining letter is no stem: "ها ها", "اند
    // ها" stay apart (joined, they left no ZWNJ after ا/د and the line lost
    // the spaced evidence that kept its glued compounds: the second pass
    // split them — not idempotent); "ترین‌ها" keeps its ZWNJ and joins
    if class(a) & (C_PLURAL | C_COMPAR | C_AFTER_HEH) != 0
        && a.chars()
            .next_back()
            .is_some_and(crate::text::chars::is_non_joining)
    {
        return None;
    }
    let b = first_part(b);
    let j = join_pair_inner(lex, a, b, b_class, known, buf)?;
    let last = known.last_part(a);
    if lex.never_join(last, b) || lex.never_join(a, b) {
        return None;
    }
    Some(j)
}

const C_PLURAL: u8 = 1;
const C_COMPAR: u8 = 2;
const C_AFTER_HEH: u8 = 4;
const C_HEAD: u8 = 8;

/// Every word with a suffix class, and its classes.
static CLASSES: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u8>> =
    std::sync::LazyLock::new(|| {
        let mut m = rustc_hash::FxHashMap::default();
        let lists: [(&[&'static str], u8); 8] = [
            (&PLURAL, C_PLURAL),
            (&COMPAR, C_COMPAR),
            (&AFTER_HEH, C_AFTER_HEH),
            (&["ی"], C_AFTER_HEH),
            (&HEADS, C_HEAD),
            (&JOIN_HEADS, C_HEAD),
            (&COND_HEADS, C_HEAD),
            (&AFTER_HEH_POSS, C_AFTER_HEH),
        ];
        for (list, c) in lists {
            for w in list {
                *m.entry(*w).or_insert(0) |= c;
            }
        }
        m
    });

/// The suffix classes of a word standing alone (one lookup per word).
pub fn class(b: &str) -> u8 {
    if b.len() > 16 {
        return 0;
    }
    CLASSES.get(b).copied().unwrap_or(0)
}

/// Slots of [`class_hashed`]'s table (a power of two, ≫ the ~60 words).
const CLASS_SLOTS: usize = 256;

/// The words with a suffix class in an open-addressing table keyed by their
/// hash: the hashes alone in one 2 KB array (what a miss reads), the words
/// and classes beside it.
struct ClassTable {
    /// 0 = empty slot (no listed word hashes to 0: checked at build)
    hashes: [u64; CLASS_SLOTS],
    entries: [(&'static str, u8); CLASS_SLOTS],
}

/// [`class`] of a word of hash `h` ([`ZwnjLexicon::word_hash`], which the
/// step computes for every word anyway): the common word without a class
/// costs one load from a small table and no string hashing or comparison.
#[inline]
pub fn class_hashed(b: &str, h: u64) -> u8 {
    static TABLE: std::sync::LazyLock<Box<ClassTable>> = std::sync::LazyLock::new(|| {
        let mut t = Box::new(ClassTable {
            hashes: [0; CLASS_SLOTS],
            entries: [("", 0); CLASS_SLOTS],
        });
        for (&w, &c) in CLASSES.iter() {
            let h = ZwnjLexicon::word_hash(w);
            assert!(h != 0, "{w}");
            let mut i = (h >> 56) as usize;
            while t.hashes[i] != 0 {
                i = (i + 1) % CLASS_SLOTS;
            }
            t.hashes[i] = h;
            t.entries[i] = (w, c);
        }
        t
    });
    let t = &**TABLE;
    let mut i = (h >> 56) as usize;
    loop {
        let eh = t.hashes[i];
        if eh == 0 {
            return 0;
        }
        if eh == h {
            let (w, c) = t.entries[i];
            if b.is(w) {
                return c;
            }
        }
        i = (i + 1) % CLASS_SLOTS;
    }
}

/// The part of `s` before its first ZWNJ. In a word of Persian letters
/// and ZWNJs, the byte E2 starts a ZWNJ and nothing else.
#[inline]
pub fn first_part(s: &str) -> &str {
    match s.bytes().position(|x| x == 0xE2) {
        Some(k) => &s[..k],
        None => s,
    }
}

/// The part of `s` after its last ZWNJ.
#[inline]
pub fn last_part(s: &str) -> &str {
    match s.bytes().rposition(|x| x == 0xE2) {
        Some(k) if s[k..].starts_with(ZWNJ) => &s[k + ZWNJ.len_utf8()..],
        _ => s,
    }
}

/// True when some rule keyed on the first word may apply: a verb prefix,
/// بی, a determiner of `DET_COMPOUNDS`, a glued preposition, or the first
/// part of a listed compound.
#[inline]
pub fn first_may_join(lex: &ZwnjLexicon, a: &str) -> bool {
    a.ends_with("می")
        || a == "بی"
        || DET_COMPOUNDS.iter().any(|(d, _)| a.is(d))
        || glued_prep_shape(a)
        || lex.is_first_part(a)
}

/// The shape of a glued preposition (در, از, با, بر, به + a word).
#[inline]
fn glued_prep_shape(a: &str) -> bool {
    a.len() > 4 && (a.starts_with('ب') || a.starts_with('د') || a.starts_with('ا'))
}

/// The suffixes of PLURAL, COMPAR, AFTER_HEH and the plain ان, ات, ی that
/// end in the last letter of `b` (its last two bytes): the only ones `b`
/// can end with. A test checks the grouping against the lists.
#[inline]
fn suffixes_ending_like(b: &str) -> &'static [&'static str] {
    let bl = b.as_bytes();
    if bl.len() < 2 {
        return &[];
    }
    match [bl[bl.len() - 2], bl[bl.len() - 1]] {
        // ا
        [0xD8, 0xA7] => &["ها"],
        // ی
        [0xDB, 0x8C] => &["های", "هایی", "تری", "ای", "ی"],
        // ن
        [0xD9, 0x86] => &["هایشان", "هایتان", "هایمان", "ترین", "ان"],
        // ت
        [0xD8, 0xAA] => &["هاست", "هایت", "ات"],
        // م
        [0xD9, 0x85] => &["هایم", "ایم", "ام"],
        // ش
        [0xD8, 0xB4] => &["هایش", "اش"],
        // ر
        [0xD8, 0xB1] => &["تر"],
        // د
        [0xD8, 0xAF] => &["اید", "اند"],
        _ => &[],
    }
}

/// Arabic prepositions and phrase words that stand apart before الله.
const BEFORE_ALLAH_APART: [&str; 10] = [
    "علی",
    "الی",
    "دون",
    "سبیل",
    "بسم",
    "صلوات",
    "لعن",
    "کلام",
    "آیه",
    "بیت",
];

/// True for an infinitive: past stem + ن (کردن, نکردن).
fn is_infinitive(lex: &ZwnjLexicon, w: &str) -> bool {
    w.strip_suffix('ن')
        .is_some_and(|st| lex.is_past_stem(st) || st.strip_prefix('ن').is_some_and(|x| lex.is_past_stem(x)))
}

/// The join of the last part `a` of the first word and a second part of
/// [`COND_HEADS`], each under its own condition: the copula اند after a
/// predicate that is no verb (عبارت‌اند, نگران‌اند); الله after a word of
/// three letters or more (حبیب‌الله), not after an Arabic particle;
/// العظمی after الله; آباد and دار after a word not in ی ("روحانی دار",
/// "ایرانی آباد" are phrases).
fn bound_second(lex: &ZwnjLexicon, a: &str, b: &str, known: Known) -> Option<Join> {
    if nchars(a) < 2 || listed(&NOT_BEFORE_HEAD, a) || listed(&NO_EZAFE_WORDS, a) || !known.a_word(lex, a) {
        return None;
    }
    if b == "اند" {
        return (!is_plain_verb(lex, a)).then(|| join_kind(a));
    }
    if !joins_after(a) {
        return None;
    }
    let ok = match b {
        // not in an Arabic phrase ("سبیل الله", "علی الله", "بسم الله")
        "الله" => nchars(a) >= 3 && !listed(&BEFORE_ALLAH_APART, a),
        "العظمی" => a == "الله",
        _ => !a.ends_with('ی'),
    };
    ok.then_some(Join::Zwnj)
}

fn join_pair_inner(
    lex: &ZwnjLexicon,
    a: &str,
    b: &str,
    cls: u8,
    known: Known,
    buf: &mut String,
) -> Option<Join> {
    let last = known.last_part(a);
    if cls & C_PLURAL != 0 && a.len() >= 4 {
        return Some(join_kind(a));
    }
    if cls & C_COMPAR != 0 && lex.word(a).is_some_and(|i| i.pos & (pos::AJ | pos::ADV) != 0) {
        return Some(join_kind(a));
    }
    // an adjective or adverb in انه, alone or ending a chain (محتاطانه‌تر,
    // واقع‌بینانه‌ترین)
    if cls & C_COMPAR != 0 && last.ends_with("انه") && nchars(last) >= 4 {
        return Some(Join::Zwnj);
    }
    // a chain opened by بی/کم is an adjective (کم‌اهمیت‌تر, بی‌سابقه‌ترین)
    if cls & C_COMPAR != 0
        && last.len() != a.len()
        && (a.starts_with("بی\u{200C}") || a.starts_with("کم\u{200C}"))
    {
        return Some(join_kind(a));
    }
    // ترین never stands alone, and تر/تری after an adjective in ی (جدی‌تر,
    // اصلی‌ترین: hazm leaves many of them untagged)
    if cls & C_COMPAR != 0
        && nchars(a) >= 2
        && !listed(&NOT_BEFORE_HEAD, a)
        && !listed(&NO_EZAFE_WORDS, a)
        && (b == "ترین" || (a.ends_with('ی') && nchars(a) >= 3))
        && is_plain(lex, a, 1)
    {
        return Some(join_kind(a));
    }
    // the clitics after a final ه; مان/تان/شان only after a word of three
    // letters or more ("به شان" is a phrase)
    if cls & C_AFTER_HEH != 0
        && a.ends_with('ه')
        && a.len() >= 4
        && (nchars(a) >= 3 || !listed(&AFTER_HEH_POSS, b))
    {
        return Some(Join::Zwnj);
    }
    // the indefinite ای after a word in ی (اقتصادی‌ای, دموکراسی‌ای)
    if b == "ای"
        && a.ends_with('ی')
        && nchars(last) >= 3
        && !listed(&NO_EZAFE_WORDS, last)
        && is_plain(lex, last, 1)
    {
        return Some(Join::Zwnj);
    }
    // مدت after an adjective of length (کوتاه‌مدت, میان‌مدت)
    if b == "مدت" && matches!(a, "کوتاه" | "میان") {
        return Some(Join::Zwnj);
    }
    if cls & C_HEAD != 0 && listed(&COND_HEADS, b) {
        if let Some(j) = bound_second(lex, last, b, known) {
            return Some(j);
        }
    }
    // a preposition glued to این/آن or to a word before که: "بااین حال",
    // "دراین باره", "درحالی که", "به‌طوری که"
    let glued_prep = a.len() > 4 && (a.starts_with("ب") || a.starts_with("د") || a.starts_with("ا"));
    if let Some(rest) = ["در", "از", "با", "بر", "به\u{200C}"]
        .iter()
        .filter(|_| glued_prep)
        .find_map(|p| a.pfx(p))
    {
        let dem = rest == "این" || rest == "آن";
        // "ازاین رو", not "ازاین نیز", "ازاین گفت": the noun of the phrase
        let noun = known.b_word(lex, b) && !listed(&NO_EZAFE_WORDS, b) && !is_plain_verb(lex, b);
        if (dem && noun && !known.a_word(lex, a))
            || (b == "که" && rest.ends_with('ی') && !known.a_word(lex, a) && is_plain(lex, rest, 1))
        {
            return Some(Join::Zwnj);
        }
    }
    // (preverb)(ن)می + verb
    if a.ends_with("می")
        && PREVERBS
            .iter()
            .any(|pv| a.pfx(pv).is_some_and(|r| r == "می" || r == "نمی"))
    {
        // "ماه می در", "می از"
        let function = matches!(b, "در" | "از" | "به" | "با" | "که" | "و" | "را" | "تا" | "بر");
        return (!function && is_after_mi(lex, b)).then_some(Join::Zwnj);
    }
    if !joins_after(a) {
        return None;
    }
    if det_compound(a, b) {
        return Some(Join::Zwnj);
    }
    // the prefix بی takes a ZWNJ (بی‌سابقه, بی‌توجهی)
    if a == "بی" && nchars(b) >= 3 && is_plain(lex, b, 1) && !is_plain_verb(lex, b) {
        return Some(Join::Zwnj);
    }
    // کم before a noun makes an adjective (کم‌درآمد, کم‌اهمیت, کم‌آبی,
    // کم‌کم); not before a verb ("کم شده", "کم کردن") or a function word
    if a == "کم"
        && nchars(b) >= 2
        && !listed(&NO_EZAFE_WORDS, b)
        && !listed(&NOT_BEFORE_HEAD, b)
        && is_plain(lex, b, 1)
        && lex.word(b).is_none_or(|i| i.pos & pos::OTHER == 0)
        && !is_plain_verb(lex, b)
        && !is_infinitive(lex, b)
    {
        return Some(Join::Zwnj);
    }
    // پیش/بیش/پس with از glued to its noun: the writer's ZWNJ became the
    // space (پیش‌ازاین, بیش‌ازحد, پس‌ازآن); "پیش از این" has its spaces,
    // and a tagged word is no glued از ("پس ازدواج")
    if matches!(a, "پیش" | "بیش" | "پس")
        && b.pfx("از").is_some_and(|x| nchars(x) >= 2 && lex.is_word(x))
        && lex.word(b).is_none_or(|i| i.pos == 0)
    {
        return Some(Join::Zwnj);
    }
    // (`last` is `a` when `a` is a plain word, the only case `known.a` holds)
    if cls & C_HEAD != 0
        && !listed(&NOT_BEFORE_HEAD, last)
        && !listed(&COND_HEADS, b)
        && known.a_word(lex, last)
    {
        return Some(Join::Zwnj);
    }
    // after a chain, a second part that is no word alone joins the chain's
    // last word as it would have alone ("بی‌حساب وکتاب": حساب‌وکتاب)
    if last.len() != a.len() && !is_plain(lex, b, 1) {
        buf.clear();
        buf.push_str(last);
        buf.push(ZWNJ);
        buf.push_str(b);
        if lex.compound(buf).is_some() {
            return Some(Join::Zwnj);
        }
    }
    // a word with به glued, then the word again: the ZWNJ of روزبه‌روز,
    // خودبه‌خود, جابه‌جا became the space
    if a.len() == last.len()
        && a.sfx("به")
            .is_some_and(|x| x == b && nchars(x) >= 2 && lex.is_word(x))
    {
        return Some(Join::Zwnj);
    }
    if !known.a_first_part(lex, a) {
        return None;
    }
    // "شورای عالی", "دریای خزر": a word in ا/و with the ezafe ی heads a
    // phrase, not a compound
    if let Some(x) = a.strip_suffix('ی') {
        if (x.ends_with('ا') || x.ends_with('و')) && lex.is_word(x) {
            return None;
        }
    }
    // an attested compound, also with an inflected second part
    buf.clear();
    buf.push_str(a);
    buf.push(ZWNJ);
    let n = buf.len();
    buf.push_str(b);
    if let Some(c) = lex.compound(buf) {
        // an attested compound, or one with a part that is no word alone:
        // "درعین حال" (a glued preposition), "آموزش وپرورش", "کسب وکار" (a
        // glued و before a word)
        let glued_and = b
            .strip_prefix('و')
            .is_some_and(|x| nchars(x) >= 2 && lex.is_word(x));
        if (c.join && c.freq >= JOIN_FREQ) || glued_and || !is_plain(lex, b, 1) || !is_plain(lex, a, 1) {
            return Some(Join::Zwnj);
        }
    }
    // only a suffix ending in b's last letter can match
    for suf in suffixes_ending_like(b) {
        if let Some(base) = b.sfx(suf) {
            if nchars(base) >= 2 {
                buf.truncate(n);
                buf.push_str(base);
                if lex.compound(buf).is_some_and(|c| c.join && c.freq >= JOIN_FREQ) {
                    return Some(Join::Zwnj);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_hashed_agrees_with_class() {
        let mut n = 0;
        for (&w, &c) in CLASSES.iter() {
            assert_eq!(class_hashed(w, ZwnjLexicon::word_hash(w)), c, "{w}");
            n += 1;
        }
        assert!(n > 50, "{n}");
        for w in ["", "کتاب", "می", "هایشانی", "ترینها", "کنندگانی", "ی"] {
            assert_eq!(class_hashed(w, ZwnjLexicon::word_hash(w)), class(w), "{w}");
        }
    }

    #[test]
    fn suffixes_grouped_by_last_letter() {
        let all: Vec<&str> = PLURAL
            .iter()
            .chain(&COMPAR)
            .chain(&AFTER_HEH)
            .chain(&["ان", "ات", "ی"])
            .copied()
            .collect();
        for &suf in &all {
            let mut want: Vec<&str> = all
                .iter()
                .copied()
                .filter(|x| x.ends_with(suf.chars().last().unwrap()))
                .collect();
            want.sort_unstable();
            want.dedup();
            let mut got = suffixes_ending_like(suf).to_vec();
            got.sort_unstable();
            assert_eq!(got, want, "{suf}");
        }
        for w in ["", "ب", "کتاب", "رفتند", "خوب"] {
            assert!(suffixes_ending_like(w).iter().all(|s| all.contains(s)), "{w}");
            assert!(
                all.iter()
                    .all(|s| !w.ends_with(s) || suffixes_ending_like(w).contains(s)),
                "{w}"
            );
        }
    }

    #[test]
    fn det_split_first_letters() {
        // the letters det_split's fast rejection admits
        for (w, b) in [
            ("ی", [0xDB, 0x8C]),
            ("ه", [0xD9, 0x87]),
            ("ا", [0xD8, 0xA7]),
            ("آ", [0xD8, 0xA2]),
            ("ن", [0xD9, 0x86]),
        ] {
            assert_eq!(w.as_bytes(), b);
        }
        for (d, _) in DET_COMPOUNDS {
            assert!(["ه", "ا", "آ", "ن"].iter().any(|p| d.starts_with(p)), "{d}");
        }
        // the groups det_split tries by first letter
        for (k, (d, _)) in DET_COMPOUNDS.iter().enumerate() {
            let group: &[usize] = match d.chars().next().unwrap() {
                'ه' => &[0, 1, 2, 5],
                'ا' => &[3],
                'آ' => &[4],
                'ن' => &[6],
                _ => &[],
            };
            assert!(group.contains(&k), "{d}");
        }
        for (d, xs) in DET_COMPOUNDS {
            for x in xs {
                assert_eq!(det_split(&format!("{d}{x}")), Some(d.len()), "{d}{x}");
            }
        }
        assert_eq!(det_split("همانطور"), Some("همان".len()));
        assert_eq!(det_split("یکمیلیون"), Some("یک".len()));
        assert_eq!(det_split("نهتنها"), Some("نه".len()));
        assert_eq!(det_split("آنقدر"), Some("آن".len()));
        assert_eq!(det_split("اینگونه"), Some("این".len()));
        assert_eq!(det_split("کتابها"), None);
    }

    #[test]
    fn affix_helpers_agree_with_std() {
        let words = [
            "",
            "می",
            "میشود",
            "کتابهایشان",
            "ها",
            "شده",
            "بزرگترین",
            "برمیخیزد",
            "a",
            "ab",
        ];
        let affixes = PLURAL
            .iter()
            .chain(&COMPAR)
            .chain(&AFTER_HEH)
            .chain(&HEADS)
            .chain(&PREVERBS)
            .chain(&["", "می", "نمی", "a", "b"]);
        for w in words {
            for &a in affixes.clone() {
                assert_eq!(w.pfx(a), w.strip_prefix(a), "{w} {a}");
                assert_eq!(w.sfx(a), w.strip_suffix(a), "{w} {a}");
                assert_eq!(w.is(a), w == a, "{w} {a}");
            }
        }
    }
}
