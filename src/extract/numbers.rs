//! Number parsing: every way Persian news writes a number, to an exact
//! [`Value`].
//!
//! This module is usable on its own (it needs only tokens, not lexicons):
//! - digits in all three scripts, with thousands separators (`1,200`,
//!   `۱٬۲۰۰`) and decimals (`۱۲٫۵`, `12.5`, `۶۴/۶۴` where Persian writes the
//!   decimal point as a slash) — see [`parse_digits`];
//! - number words from یک to تریلیون with nested scales ("دو هزار میلیارد" =
//!   2e12, "هزار و دویست میلیارد" = 1.2e12), spelling variants (یکصد, یک‌صد,
//!   سیصد, سه صد, پونصد …) and words glued together ("یک‌میلیون", "سه‌هزارو");
//! - digits mixed with words ("۷۰ هزار", "۱٫۵ میلیارد", "۳ میلیون و ۲۰۰ هزار");
//! - ordinals kept apart (سوم, دهمین, بیست و سوم → [`NumberKind::Ordinal`]);
//! - fractions (نیم, "سه و نیم", "یک سوم", "دو سوم", "۴ دهم").
//!
//! [`parse_number`] reads one whole expression; [`scan`] finds every number
//! in a token stream, left to right, without overlaps. Values never go
//! through floating point: a [`Value`] is an `i128` mantissa and a decimal
//! scale. Thirds and other non-terminating fractions are rounded to
//! [`FRACTION_DIGITS`] decimals (their exact ratio is kept in
//! [`Number::ratio`]).

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::document::Value;
use crate::text::aligned::Span;
use crate::text::chars::{digit_value, ZWNJ};
use crate::text::tokenize::{tokenize, Token, TokenKind};

/// Decimals kept for a fraction that has no finite decimal form (1/3).
pub const FRACTION_DIGITS: u32 = 12;

/// What a number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// A cardinal: ۷۰ هزار, دو میلیارد و پانصد میلیون, ۱۲٫۵.
    Cardinal,
    /// An ordinal: سوم, دهمین, بیست و سوم, اول. Its value is the position.
    Ordinal,
    /// A fraction written with an ordinal denominator: یک سوم, دو پنجم.
    Fraction,
}

/// How the digits of a number were written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DigitForm {
    /// Plain digits with nothing between them (۱۴۰۳, 2021).
    pub plain: bool,
    /// Number of digits (of the first digit token).
    pub len: u8,
    /// Starts with a zero (phone numbers, ids: ۰۹۱۲…).
    pub leading_zero: bool,
    /// A slash was read as the decimal point (۶۴/۶۴).
    pub slash: bool,
}

/// One number found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number {
    /// The value (a cardinal's amount, an ordinal's position, a fraction's
    /// value).
    pub value: Value,
    /// Cardinal, ordinal or fraction.
    pub kind: NumberKind,
    /// Bytes of the text the number covers (may end inside a token when
    /// letters follow the number in the same word: "صد" of "صددرصد").
    pub span: Span,
    /// Indices of the tokens it covers (the last may be covered in part).
    pub tokens: Range<usize>,
    /// Letters glued after the number in its last token ("درصد" in
    /// "صددرصد", "ی" in "میلیونی", "نفره" in "هفت‌نفره"); empty when none.
    pub tail: Span,
    /// True when digits were part of it.
    pub digits: bool,
    /// True when number words were part of it.
    pub words: bool,
    /// The largest scale word applied (1000, 1e6 …), 1 when none.
    pub scale: i128,
    /// The form of the first digit token, when it has one.
    pub form: Option<DigitForm>,
    /// For a fraction: numerator and denominator.
    pub ratio: Option<(i128, i128)>,
}

// ---------------------------------------------------------------------------
// Exact arithmetic on Value
// ---------------------------------------------------------------------------

fn pow10(n: u32) -> Option<i128> {
    10i128.checked_pow(n)
}

fn align(a: Value, b: Value) -> Option<(i128, i128, u32)> {
    let s = a.scale.max(b.scale);
    Some((
        a.mantissa.checked_mul(pow10(s - a.scale)?)?,
        b.mantissa.checked_mul(pow10(s - b.scale)?)?,
        s,
    ))
}

/// `a + b`, exactly (None on overflow).
pub fn add(a: Value, b: Value) -> Option<Value> {
    let (x, y, s) = align(a, b)?;
    Some(
        Value {
            mantissa: x.checked_add(y)?,
            scale: s,
        }
        .reduced(),
    )
}

/// `a - b`, exactly.
fn sub(a: Value, b: Value) -> Option<Value> {
    add(
        a,
        Value {
            mantissa: -b.mantissa,
            scale: b.scale,
        },
    )
}

/// `a × k` for an integer `k`.
pub fn mul_int(a: Value, k: i128) -> Option<Value> {
    Some(
        Value {
            mantissa: a.mantissa.checked_mul(k)?,
            scale: a.scale,
        }
        .reduced(),
    )
}

/// `a` compared with `b`.
pub fn cmp(a: Value, b: Value) -> std::cmp::Ordering {
    match align(a, b) {
        Some((x, y, _)) => x.cmp(&y),
        None => a.to_f64().total_cmp(&b.to_f64()),
    }
}

/// `num / den` as a decimal: exact when `den` has only the factors 2 and 5,
/// else rounded to [`FRACTION_DIGITS`] decimals.
pub fn ratio(num: Value, den: i128) -> Option<Value> {
    if den == 0 {
        return None;
    }
    let mut d = den;
    let (mut twos, mut fives) = (0u32, 0u32);
    while d % 2 == 0 {
        d /= 2;
        twos += 1;
    }
    while d % 5 == 0 {
        d /= 5;
        fives += 1;
    }
    if d == 1 {
        // num / (2^a 5^b) = num × 2^(k-a) 5^(k-b) / 10^k
        let k = twos.max(fives);
        let m = 2i128.checked_pow(k - twos)? * 5i128.checked_pow(k - fives)?;
        return Some(
            Value {
                mantissa: num.mantissa.checked_mul(m)?,
                scale: num.scale + k,
            }
            .reduced(),
        );
    }
    let extra = FRACTION_DIGITS;
    let n = num.mantissa.checked_mul(pow10(extra + 1)?)?;
    let q = n / den;
    let rounded = (q + if q >= 0 { 5 } else { -5 }) / 10;
    Some(
        Value {
            mantissa: rounded,
            scale: num.scale + extra,
        }
        .reduced(),
    )
}

// ---------------------------------------------------------------------------
// Digits
// ---------------------------------------------------------------------------

/// Parse one run of digits with its internal separators, in any digit script:
/// `۱۲٫۵` 12.5, `1,200` 1200, `۱٬۲۰۰٫۷۵` 1200.75, `12.5`, `10.000` 10000
/// (a single `.` followed by exactly `000` groups thousands), `2,5` 2.5,
/// `۶۴/۶۴` 64.64 (one slash: the Persian decimal point; see
/// [`DigitForm::slash`]). Returns `None` for dates and clock times
/// (`۱۴۰۳/۰۱/۱۲`, `۱۲:۳۰`) and anything else that is not one number.
pub fn parse_digits(s: &str) -> Option<(Value, DigitForm)> {
    let mut groups: [(usize, usize); 8] = [(0, 0); 8]; // (start index in digits, len)
    let mut seps: [char; 7] = ['\0'; 7];
    let mut ng = 0usize;
    let mut digits: i128 = 0;
    let mut all: [u8; 40] = [0; 40];
    let mut n = 0usize;
    let mut cur_len = 0usize;
    for c in s.chars() {
        if let Some(v) = digit_value(c) {
            if n >= all.len() {
                return None;
            }
            all[n] = v as u8;
            n += 1;
            cur_len += 1;
        } else if matches!(c, '٫' | '٬' | '.' | ',' | '/' | ':' | '،') {
            if cur_len == 0 || ng + 1 >= groups.len() {
                return None;
            }
            groups[ng] = (n - cur_len, cur_len);
            seps[ng] = c;
            ng += 1;
            cur_len = 0;
        } else {
            return None;
        }
    }
    if cur_len == 0 {
        return None;
    }
    groups[ng] = (n - cur_len, cur_len);
    ng += 1;
    let seps = &seps[..ng - 1];
    let groups = &groups[..ng];
    let mut form = DigitForm {
        plain: seps.is_empty(),
        len: groups[0].1.min(255) as u8,
        leading_zero: all[0] == 0 && groups[0].1 > 1,
        slash: false,
    };
    // where the decimal point is (index of the separator), if any
    let thousands = |c: char| matches!(c, '٬' | ',' | '،' | '.');
    let decimal_at: Option<usize> = if seps.is_empty() {
        None
    } else if seps.contains(&':') {
        return None;
    } else if seps.contains(&'/') {
        if seps.len() != 1 {
            return None;
        }
        form.slash = true;
        Some(0)
    } else if let Some(p) = seps.iter().position(|&c| c == '٫') {
        if seps.iter().filter(|&&c| c == '٫').count() > 1 {
            return None;
        }
        Some(p)
    } else if seps.len() == 1 {
        let c = seps[0];
        let g = groups[1];
        let frac_zeros = all[g.0..g.0 + g.1].iter().all(|&d| d == 0);
        match c {
            '٬' => None,
            ',' | '،' if g.1 == 3 => None,
            '.' if g.1 == 3 && frac_zeros && groups[0].1 <= 3 => None,
            _ => Some(0),
        }
    } else {
        // several separators: thousands groups, maybe a final decimal of another kind
        let first = seps[0];
        if !thousands(first) {
            return None;
        }
        let last = *seps.last()?;
        if seps[..seps.len() - 1].iter().all(|&c| c == first) && last != first {
            Some(seps.len() - 1)
        } else if seps.iter().all(|&c| c == first) {
            None
        } else {
            return None;
        }
    };
    // thousands groups must have three digits
    let int_groups = decimal_at.map_or(groups.len(), |p| p + 1);
    if !form.slash {
        for g in &groups[1..int_groups] {
            if g.1 != 3 {
                return None;
            }
        }
    }
    let mut scale = 0u32;
    for (gi, g) in groups.iter().enumerate() {
        for &d in &all[g.0..g.0 + g.1] {
            digits = digits.checked_mul(10)?.checked_add(d as i128)?;
            if gi >= int_groups {
                scale += 1;
            }
        }
    }
    Some((
        Value {
            mantissa: digits,
            scale,
        }
        .reduced(),
        form,
    ))
}

// ---------------------------------------------------------------------------
// Number words
// ---------------------------------------------------------------------------

/// One morpheme of a number word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Morph {
    /// 1..=999 (units, teens, tens, hundreds).
    Small(i128),
    /// هزار، میلیون، میلیارد، تریلیون.
    Scale(i128),
    /// و
    And,
    /// نیم
    Half,
    /// An ordinal: سوم (3), or any Small/Scale + م/مین/ام/امین.
    Ord(i128),
}

/// Number morphemes in normalized spelling, grouped by first letter so a
/// lookup tries only a handful ([`morphs_for`]). Longest first within a group.
static M_0: &[(&str, Morph)] = &[
    ("یازده", Morph::Small(11)),
    ("یکصد", Morph::Small(100)),
    ("یک", Morph::Small(1)),
];
static M_1: &[(&str, Morph)] = &[
    ("دوازده", Morph::Small(12)),
    ("دویست", Morph::Small(200)),
    ("دوم", Morph::Ord(2)),
    ("دو", Morph::Small(2)),
    ("ده", Morph::Small(10)),
];
static M_2: &[(&str, Morph)] = &[
    ("سیزده", Morph::Small(13)),
    ("سیصد", Morph::Small(300)),
    ("سوم", Morph::Ord(3)),
    ("سی", Morph::Small(30)),
    ("سه", Morph::Small(3)),
];
static M_3: &[(&str, Morph)] = &[
    ("چهارصد", Morph::Small(400)),
    ("چهارده", Morph::Small(14)),
    ("چهار", Morph::Small(4)),
    ("چهل", Morph::Small(40)),
];
static M_4: &[(&str, Morph)] = &[
    ("پانزده", Morph::Small(15)),
    ("پونزده", Morph::Small(15)),
    ("پانصد", Morph::Small(500)),
    ("پونصد", Morph::Small(500)),
    ("پنجاه", Morph::Small(50)),
    ("پنج", Morph::Small(5)),
];
static M_5: &[(&str, Morph)] = &[
    ("شانزده", Morph::Small(16)),
    ("شونزده", Morph::Small(16)),
    ("شیشصد", Morph::Small(600)),
    ("ششصد", Morph::Small(600)),
    ("شصت", Morph::Small(60)),
    ("شیش", Morph::Small(6)),
    ("شش", Morph::Small(6)),
];
static M_6: &[(&str, Morph)] = &[
    ("هفتصد", Morph::Small(700)),
    ("هفتاد", Morph::Small(70)),
    ("هیفده", Morph::Small(17)),
    ("هشتصد", Morph::Small(800)),
    ("هشتاد", Morph::Small(80)),
    ("هیجده", Morph::Small(18)),
    ("هفده", Morph::Small(17)),
    ("هجده", Morph::Small(18)),
    ("هژده", Morph::Small(18)),
    ("هزار", Morph::Scale(1_000)),
    ("هفت", Morph::Small(7)),
    ("هشت", Morph::Small(8)),
];
static M_7: &[(&str, Morph)] = &[
    ("نوزده", Morph::Small(19)),
    ("نهصد", Morph::Small(900)),
    ("نود", Morph::Small(90)),
    ("نیم", Morph::Half),
    ("نه", Morph::Small(9)),
];
static M_8: &[(&str, Morph)] = &[
    ("بیلیون", Morph::Scale(1_000_000_000)),
    ("بیست", Morph::Small(20)),
];
static M_9: &[(&str, Morph)] = &[("صد", Morph::Small(100))];
static M_10: &[(&str, Morph)] = &[
    ("میلیارد", Morph::Scale(1_000_000_000)),
    ("میلیون", Morph::Scale(1_000_000)),
    ("ملیارد", Morph::Scale(1_000_000_000)),
    ("ملیون", Morph::Scale(1_000_000)),
];
static M_11: &[(&str, Morph)] = &[("تریلیون", Morph::Scale(1_000_000_000_000))];
static M_12: &[(&str, Morph)] = &[("و", Morph::And)];

/// The morphemes that start with `c` (already folded).
#[inline]
fn morphs_for(c: char) -> &'static [(&'static str, Morph)] {
    match c {
        'ی' => M_0,
        'د' => M_1,
        'س' => M_2,
        'چ' => M_3,
        'پ' => M_4,
        'ش' => M_5,
        'ه' => M_6,
        'ن' => M_7,
        'ب' => M_8,
        'ص' => M_9,
        'م' => M_10,
        'ت' => M_11,
        'و' => M_12,
        _ => &[],
    }
}

/// Fold Arabic letter variants so raw (unnormalized) text matches too.
#[inline]
fn fold(c: char) -> char {
    match c {
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        _ => c,
    }
}

/// If `rest` starts with `m` (after folding), the bytes of `rest` it covers.
#[inline]
fn starts_folded(rest: &str, m: &str) -> Option<usize> {
    starts_folded_raw(rest, m, has_variants(rest))
}

/// True when `s` holds an Arabic ي, ى or ك (bytes D9 8A, D9 89, D9 83):
/// only then can folding make a difference.
#[inline]
fn has_variants(s: &str) -> bool {
    s.as_bytes()
        .windows(2)
        .any(|p| p[0] == 0xD9 && matches!(p[1], 0x8A | 0x89 | 0x83))
}

/// [`starts_folded`] where the caller knows whether `rest` holds a variant
/// letter (`raw`: [`has_variants`] of `rest`), so that trying many
/// morphemes on one word searches it once.
#[inline]
fn starts_folded_raw(rest: &str, m: &str, raw: bool) -> Option<usize> {
    // normalized text already has ی and ک: compare bytes, fold only when needed
    let (r, mb) = (rest.as_bytes(), m.as_bytes());
    if r.len() >= mb.len() && crate::lexicon::strtab::strtab_eq(&r[..mb.len()], mb) {
        return Some(m.len());
    }
    if !raw {
        return None;
    }
    let mut it = rest.char_indices();
    for mc in m.chars() {
        match it.next() {
            Some((_, c)) if fold(c) == mc => {}
            _ => return None,
        }
    }
    Some(it.next().map_or(rest.len(), |(i, _)| i))
}

/// The first two letters of every morpheme (`None` for the second of a
/// one-letter morpheme, و), for [`morph_at`]'s quick rejection.
static FIRST_TWO: LazyLock<FxHashSet<(char, Option<char>)>> = LazyLock::new(|| {
    [M_0, M_1, M_2, M_3, M_4, M_5, M_6, M_7, M_8, M_9, M_10, M_11, M_12]
        .iter()
        .flat_map(|g| g.iter())
        .filter_map(|(m, _)| {
            let mut cs = m.chars();
            Some((cs.next()?, cs.next()))
        })
        .collect()
});

/// The longest morpheme at the start of `rest`, with its byte length.
#[inline]
fn morph_at(rest: &str) -> Option<(Morph, usize)> {
    let mut cs = rest.chars();
    let first = fold(cs.next()?);
    let group = morphs_for(first);
    if group.is_empty() {
        return None;
    }
    // most words of a group's first letter are no number: no morpheme
    // starts with their first two letters (asked at every word by the
    // dates and figures extractors)
    let second = cs.next().map(fold);
    if !FIRST_TWO.contains(&(first, second)) && !FIRST_TWO.contains(&(first, None)) {
        return None;
    }
    let raw = has_variants(rest);
    // each group is sorted longest first: the first match is the longest
    for (m, v) in group {
        if let Some(len) = starts_folded_raw(rest, m, raw) {
            return Some((*v, len));
        }
    }
    None
}

/// True when the word `w` is a scale word alone: هزار، میلیون، میلیارد،
/// تریلیون (and their variant spellings).
pub fn is_scale_word(w: &str) -> bool {
    matches!(morph_at(w), Some((Morph::Scale(_), len)) if len == w.len())
}

/// Ordinal suffixes after a number morpheme (longest first).
const ORD_SUFFIXES: &[&str] = &["امین", "مین", "ام", "م"];

/// The standalone ordinal words that are not built from a cardinal.
const ORD_WORDS: &[(&str, i128)] = &[
    ("اول", 1),
    ("اولین", 1),
    ("نخست", 1),
    ("نخستین", 1),
    ("یکم", 1),
    ("سومین", 3),
];

/// Split a word into number morphemes. Returns the morphemes (at most 16)
/// and the byte offset where the non-number rest begins (`w.len()` when the
/// whole word is a number). `None` when the word does not start with a
/// number morpheme.
fn lex_word(w: &str, out: &mut Vec<Morph>) -> Option<usize> {
    out.clear();
    let ord_start = matches!(w.chars().next().map(fold), Some('ا' | 'ن' | 'ی' | 'س'));
    for (o, v) in ORD_WORDS.iter().filter(|_| ord_start) {
        if starts_folded(w, o) == Some(w.len()) {
            out.push(Morph::Ord(*v));
            return Some(w.len());
        }
    }
    let mut i = 0;
    while i < w.len() {
        let rest = &w[i..];
        if let Some(r) = rest.strip_prefix(ZWNJ) {
            i += rest.len() - r.len();
            continue;
        }
        match morph_at(rest) {
            // و only between number morphemes
            // a glued trailing و ("سه‌هزارو ۶۰۰") joins the next word
            Some((Morph::And, l)) if !out.is_empty() && i + l == w.len() => {
                out.push(Morph::And);
                i += l;
            }
            Some((Morph::And, l)) if i + l < w.len() => {
                let after = &w[i + l..];
                let after = after.strip_prefix(ZWNJ).unwrap_or(after);
                if morph_at(after).is_some_and(|(m, _)| m != Morph::And) {
                    out.push(Morph::And);
                    i += l;
                } else {
                    break;
                }
            }
            Some((Morph::And, _)) => break,
            Some((m, l)) => {
                out.push(m);
                i += l;
                if out.len() >= 16 {
                    break;
                }
            }
            None => break,
        }
    }
    // a trailing و belongs to the next word ("سه‌هزارو ۶۰۰"): keep it
    if out.is_empty() {
        return None;
    }
    // ordinal suffix on the last morpheme: سی‌ام, دهم, دهمین, صدم, هزارم
    let rest = &w[i..];
    let rest_nz = rest.strip_prefix(ZWNJ).unwrap_or(rest);
    if let Some(last) = out.last().copied() {
        match last {
            Morph::Small(v) | Morph::Scale(v) => {
                for suf in ORD_SUFFIXES {
                    if starts_folded(rest_nz, suf) == Some(rest_nz.len()) {
                        // "سه" + "م" is not سوم; "سی" + "ام" is سی‌ام
                        if v == 3 && *suf == "م" {
                            break;
                        }
                        *out.last_mut()? = Morph::Ord(v);
                        return Some(w.len());
                    }
                }
            }
            Morph::Ord(_) if starts_folded(rest, "ین") == Some(rest.len()) => {
                return Some(w.len());
            }
            _ => {}
        }
    }
    Some(i)
}

// ---------------------------------------------------------------------------
// Composition
// ---------------------------------------------------------------------------

/// One element of a number expression.
#[derive(Clone, Copy, Debug)]
enum Elem {
    Small { v: Value, words: bool },
    Scale(i128),
    And,
    Half,
    Ord(i128),
}

/// Order of magnitude of a small number (1..9 → 0, 10..99 → 1, 100.. → 2).
fn mag(v: Value) -> u32 {
    let mut x = v.mantissa.unsigned_abs() / 10u128.pow(v.scale);
    let mut m = 0;
    while x >= 10 {
        x /= 10;
        m += 1;
    }
    m
}

/// A finished number: value, kind, and a fraction's ratio.
type Finished = (Value, NumberKind, Option<(i128, i128)>);

/// The composer: feeds elements one by one, says whether each one fits.
#[derive(Clone, Debug, Default)]
struct Composer {
    /// Finished groups: (value, the scale word that closed them).
    terms: Vec<(Value, i128)>,
    /// The small number being built.
    current: Option<Value>,
    /// The last small added to `current` (for "یک و ۷ دهم").
    last_added: Option<Value>,
    cur_words: bool,
    cur_mag: u32,
    pending_and: bool,
    last_was_scale: bool,
    /// Smallest scale applied so far (for "۳ میلیون ۲۰۰ هزار").
    last_scale: i128,
    max_scale: i128,
    ordinal: Option<i128>,
    fraction: Option<(i128, i128)>,
    /// A decimal fraction ("۴ دهم") was applied: nothing may follow but a scale.
    closed: bool,
    n: usize,
}

impl Composer {
    fn new() -> Composer {
        Composer {
            last_scale: i128::MAX,
            max_scale: 1,
            ..Composer::default()
        }
    }

    /// Whether a value is complete here (not after a dangling و).
    fn complete(&self) -> bool {
        self.n > 0 && !self.pending_and
    }

    /// The value so far.
    fn value(&self) -> Option<Value> {
        let mut v = Value::int(0);
        for (t, _) in &self.terms {
            v = add(v, *t)?;
        }
        if let Some(c) = self.current {
            v = add(v, c)?;
        }
        Some(v)
    }

    /// Try to add `e`; false (and no change) when it does not continue the
    /// number. `next_scale` is the scale word right after `e`, if any
    /// (lookahead for "۳ میلیون ۲۰۰ هزار"); `next_denominator` says whether a
    /// دهم/صدم/هزارم follows `e`.
    fn push(&mut self, e: Elem, next_scale: Option<i128>, next_denominator: bool) -> bool {
        if self.ordinal.is_some() || self.fraction.is_some() {
            return false;
        }
        let ok = match e {
            Elem::Small { v, words } => self.small(v, words, next_scale, next_denominator),
            Elem::Scale(s) => self.scale(s),
            Elem::And => {
                if self.n > 0 && !self.pending_and && (self.current.is_some() || self.last_was_scale) {
                    self.pending_and = true;
                    true
                } else {
                    false
                }
            }
            Elem::Half => self.half(),
            Elem::Ord(k) => self.ord(k),
        };
        if ok {
            self.n += 1;
            if !matches!(e, Elem::And) {
                self.pending_and = false;
            }
            self.last_was_scale = matches!(e, Elem::Scale(_));
        }
        ok
    }

    fn small(&mut self, v: Value, words: bool, next_scale: Option<i128>, den: bool) -> bool {
        if self.closed {
            return false;
        }
        match self.current {
            None if self.terms.is_empty() => {}
            None if self.pending_and => {
                // after "… هزار و": the rest must be below the last scale
                if cmp(v, Value::int(self.last_scale)) != std::cmp::Ordering::Less
                    && next_scale.is_none_or(|s| s >= self.last_scale)
                {
                    return false;
                }
            }
            None if self.last_was_scale => {
                // "۳ میلیون ۲۰۰ هزار": only when a smaller scale follows
                if next_scale.is_none_or(|s| s >= self.last_scale) {
                    return false;
                }
            }
            None => return false,
            Some(c) => {
                if self.pending_and {
                    let fits = (words && self.cur_words && mag(v) < self.cur_mag && v.scale == 0) || den;
                    if !fits {
                        return false;
                    }
                    let Some(nv) = add(c, v) else { return false };
                    self.current = Some(nv);
                    self.last_added = Some(v);
                    self.cur_mag = mag(v);
                    return true;
                }
                // "سه صد": a unit word times صد
                if words
                    && self.cur_words
                    && v == Value::int(100)
                    && c.scale == 0
                    && (1..=9).contains(&c.mantissa)
                {
                    self.current = mul_int(c, 100);
                    self.last_added = self.current;
                    self.cur_mag = 2;
                    return self.current.is_some();
                }
                return false;
            }
        }
        self.current = Some(v);
        self.last_added = Some(v);
        self.cur_words = words;
        self.cur_mag = mag(v);
        true
    }

    fn scale(&mut self, s: i128) -> bool {
        if self.pending_and {
            return false;
        }
        let mut base = match self.current.take() {
            Some(c) => c,
            None if self.terms.is_empty() => Value::int(1),
            None if self.last_was_scale => Value::int(0),
            None => return false,
        };
        if self.closed {
            self.closed = false;
        }
        // a scale repeated after "و" at the end of the groups multiplies the
        // whole number: "۳۵۷ میلیون و ۸۳۹ هزار و ۷۴۰ هزار ریال" is
        // 357,839,740 thousand rials (not 357,839 thousand + 740 thousand)
        if self.terms.last().is_some_and(|t| t.1 == s) && !self.last_was_scale && self.terms.len() >= 2 {
            let mut whole = base;
            for (t, _) in &self.terms {
                match add(whole, *t) {
                    Some(b) => whole = b,
                    None => return false,
                }
            }
            let Some(v) = mul_int(whole, s) else {
                return false;
            };
            let top = self.max_scale.saturating_mul(s);
            self.terms.clear();
            self.terms.push((v, top));
            self.last_scale = top;
            self.max_scale = top;
            self.cur_words = false;
            return true;
        }
        // gather the trailing groups closed by smaller scales: they are multiplied too
        let mut gathered = false;
        while let Some(&(t, ts)) = self.terms.last() {
            if ts < s {
                match add(base, t) {
                    Some(b) => base = b,
                    None => return false,
                }
                self.terms.pop();
                gathered = true;
            } else {
                break;
            }
        }
        if base == Value::int(0) && !gathered {
            return false;
        }
        let Some(v) = mul_int(base, s) else {
            return false;
        };
        self.terms.push((v, s));
        self.last_scale = if gathered { s } else { self.last_scale.min(s) };
        if gathered {
            // everything so far is now under this scale
            self.last_scale = self.terms.iter().map(|t| t.1).min().unwrap_or(s);
        }
        self.max_scale = self.max_scale.max(s);
        self.cur_words = false;
        true
    }

    fn half(&mut self) -> bool {
        if self.closed {
            return false;
        }
        let half = Value {
            mantissa: 5,
            scale: 1,
        };
        if self.n == 0 {
            self.current = Some(half);
            self.last_added = Some(half);
            self.cur_mag = 0;
            return true;
        }
        if !self.pending_and {
            return false;
        }
        match self.current {
            Some(c) => {
                self.current = add(c, half);
                self.closed = true;
                self.current.is_some()
            }
            None => {
                // "دو میلیون و نیم": half of the last scale
                let Some(&(_, s)) = self.terms.last() else {
                    return false;
                };
                self.current = mul_int(half, s);
                self.closed = true;
                self.current.is_some()
            }
        }
    }

    fn ord(&mut self, k: i128) -> bool {
        if self.n == 0 {
            self.ordinal = Some(k);
            return true;
        }
        let Some(c) = self.current else {
            return false;
        };
        if self.pending_and {
            // بیست و سوم, صد و دهم
            if !self.terms.is_empty() || !self.cur_words || c.scale != 0 || mag(Value::int(k)) >= self.cur_mag
            {
                return false;
            }
            self.ordinal = Some(c.mantissa + k);
            return true;
        }
        // "۴ دهم", "یک و ۷ دهم": the last small is the numerator
        if matches!(k, 10 | 100 | 1000) {
            let last = self.last_added.unwrap_or(c);
            let (Some(frac), Some(base)) = (ratio(last, k), sub(c, last)) else {
                return false;
            };
            self.current = add(base, frac);
            self.closed = true;
            return self.current.is_some();
        }
        // "یک سوم", "سه چهارم"
        if (2..=10).contains(&k) && c.scale == 0 && (1..k).contains(&c.mantissa) && self.terms.is_empty() {
            self.fraction = Some((c.mantissa, k));
            return true;
        }
        false
    }

    fn finish(&self) -> Option<Finished> {
        if let Some(k) = self.ordinal {
            return Some((Value::int(k), NumberKind::Ordinal, None));
        }
        if let Some((a, b)) = self.fraction {
            return Some((ratio(Value::int(a), b)?, NumberKind::Fraction, Some((a, b))));
        }
        Some((self.value()?, NumberKind::Cardinal, None))
    }
}

// ---------------------------------------------------------------------------
// Scanning tokens
// ---------------------------------------------------------------------------

/// Elements of one token, with the byte end of each in the text.
struct TokElems {
    elems: Vec<(Elem, usize)>,
    /// Where the non-number rest of the token starts (token end when none).
    rest: usize,
    form: Option<DigitForm>,
}

/// Decode token `t` into number elements, or `None` when it does not start
/// with a number.
fn token_elems(text: &str, tokens: &[Token], i: usize, buf: &mut Vec<Morph>) -> Option<TokElems> {
    let t = tokens[i];
    let s = t.text(text);
    match t.kind {
        TokenKind::Number => {
            let (v, form) = parse_digits(s)?;
            Some(TokElems {
                elems: vec![(Elem::Small { v, words: false }, t.span.end)],
                rest: t.span.end,
                form: Some(form),
            })
        }
        TokenKind::Word => {
            let end = lex_word(s, buf)?;
            // the byte end of each morpheme: re-walk the word
            let mut elems = Vec::with_capacity(buf.len());
            let mut i = 0;
            for m in buf.iter() {
                let rest = &s[i..];
                let skip = if rest.starts_with(ZWNJ) {
                    ZWNJ.len_utf8()
                } else {
                    0
                };
                let len = match morph_at(&rest[skip..]) {
                    Some((_, l)) => l,
                    None => rest.len() - skip,
                };
                i = (i + skip + len).min(s.len());
                let e = match *m {
                    Morph::Small(v) => Elem::Small {
                        v: Value::int(v),
                        words: true,
                    },
                    Morph::Scale(v) => Elem::Scale(v),
                    Morph::And => Elem::And,
                    Morph::Half => Elem::Half,
                    Morph::Ord(k) => {
                        i = if end == s.len() { s.len() } else { i };
                        Elem::Ord(k)
                    }
                };
                elems.push((e, t.span.start + i));
            }
            if let Some(last) = elems.last_mut() {
                if matches!(last.0, Elem::Ord(_)) {
                    last.1 = t.span.start + end.max(i);
                }
            }
            Some(TokElems {
                elems,
                rest: t.span.start + end,
                form: None,
            })
        }
        _ => None,
    }
}

fn is_and(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && t.text(text) == "و"
}

/// The scale word at token `i`, if it is one ("هزار", "میلیون" …), or the
/// first morpheme of a word like "هزارمیلیارد".
fn scale_at(text: &str, tokens: &[Token], i: usize, buf: &mut Vec<Morph>) -> Option<i128> {
    let t = tokens.get(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    lex_word(t.text(text), buf)?;
    match buf.first() {
        Some(Morph::Scale(s)) => Some(*s),
        _ => None,
    }
}

fn is_denominator_at(text: &str, tokens: &[Token], i: usize, buf: &mut Vec<Morph>) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    t.kind == TokenKind::Word
        && lex_word(t.text(text), buf).is_some()
        && matches!(buf.as_slice(), [Morph::Ord(10 | 100 | 1000)])
}

/// A spaced decimal as PEYMA-style token streams write it: "۵ . ۳" (the dot
/// with white space on both sides), or with the Persian decimal slash
/// "۶ / ۱" (a short integer part and at most two decimals, so that year
/// pairs "۲۰۱۵ / ۲۰۱۴" and dates "۹۵ / ۹ / ۶" stay apart). Returns the
/// joined value and the index of the last token.
fn spaced_decimal(text: &str, tokens: &[Token], i: usize) -> Option<(Value, DigitForm, usize)> {
    let (a, dot, b) = (tokens.get(i)?, tokens.get(i + 1)?, tokens.get(i + 2)?);
    if a.kind != TokenKind::Number
        || dot.kind != TokenKind::Punct
        || !dot.space_before
        || !b.space_before
        || b.kind != TokenKind::Number
    {
        return None;
    }
    let d = dot.text(text);
    let slash = d == "/";
    if d != "." && d != "٫" && !slash {
        return None;
    }
    let (sa, sb) = (a.text(text), b.text(text));
    let (la, lb) = (sa.chars().count(), sb.chars().count());
    if la > 5 || lb > 3 || (slash && (la > 3 || lb > 2)) || !sa.chars().all(|c| digit_value(c).is_some()) {
        return None;
    }
    if !sb.chars().all(|c| digit_value(c).is_some()) {
        return None;
    }
    // a third part ("۱۳۹۵ . ۰۹ . ۰۱") is a date, not a decimal, read from
    // either of its ends
    if i >= 2 {
        let (n0, d0) = (tokens[i - 2], tokens[i - 1]);
        if d0.kind == TokenKind::Punct && d0.text(text) == d && n0.kind == TokenKind::Number {
            return None;
        }
    }
    // (and from its start)
    if let (Some(d2), Some(n3)) = (tokens.get(i + 3), tokens.get(i + 4)) {
        if d2.kind == TokenKind::Punct && d2.text(text) == d && n3.kind == TokenKind::Number {
            return None;
        }
    }
    let mut joined = String::with_capacity(sa.len() + sb.len() + 1);
    joined.push_str(sa);
    joined.push('.');
    joined.push_str(sb);
    let (v, mut f) = parse_digits(&joined)?;
    f.plain = false;
    f.len = sa.chars().count() as u8;
    Some((v, f, i + 2))
}

/// Read the number that starts at token `start`, if any.
pub fn number_at(text: &str, tokens: &[Token], start: usize) -> Option<Number> {
    // the common case, a word that is no number, without allocating
    let t0 = tokens.get(start)?;
    match t0.kind {
        TokenKind::Number => {}
        TokenKind::Word => {
            let w = t0.text(text);
            if morph_at(w).is_none() && !w.starts_with("اول") && !w.starts_with("نخست") {
                return None;
            }
        }
        _ => return None,
    }
    let mut buf = Vec::with_capacity(16);
    let mut look = Vec::with_capacity(16);
    let mut comp = Composer::new();
    let mut best: Option<(Composer, usize, usize, usize)> = None; // (state, last token, byte end, rest)
    let mut form = None;
    let mut digits = false;
    let mut words = false;
    let mut i = start;
    'tokens: while i < tokens.len() {
        let t = tokens[i];
        if i > start && !t.space_before && tokens[i - 1].kind == t.kind && t.kind == TokenKind::Number {
            break;
        }
        // spaced decimal "۵ . ۳"
        let (te, last_tok) = match spaced_decimal(text, tokens, i) {
            Some((v, f, j)) => (
                TokElems {
                    elems: vec![(Elem::Small { v, words: false }, tokens[j].span.end)],
                    rest: tokens[j].span.end,
                    form: Some(f),
                },
                j,
            ),
            None => match token_elems(text, tokens, i, &mut buf) {
                Some(te) => (te, i),
                None => break,
            },
        };
        if i > start && te.form.is_some() && tokens[i - 1].kind == TokenKind::Number {
            break;
        }
        let n_el = te.elems.len();
        for (k, (e, end)) in te.elems.iter().enumerate() {
            // lookahead: the element after this one
            let (next_scale, next_den) = if k + 1 < n_el {
                match te.elems[k + 1].0 {
                    Elem::Scale(s) => (Some(s), false),
                    Elem::Ord(10 | 100 | 1000) => (None, true),
                    _ => (None, false),
                }
            } else if te.rest < tokens[last_tok].span.end {
                (None, false)
            } else {
                (
                    scale_at(text, tokens, last_tok + 1, &mut look),
                    is_denominator_at(text, tokens, last_tok + 1, &mut look),
                )
            };
            if !comp.push(*e, next_scale, next_den) {
                break 'tokens;
            }
            if matches!(e, Elem::Small { words: false, .. }) {
                digits = true;
                if form.is_none() {
                    form = te.form;
                }
            } else if !matches!(e, Elem::And) {
                words = true;
            }
            if comp.complete() {
                let rest = if k + 1 == n_el { te.rest } else { *end };
                best = Some((comp.clone(), last_tok, *end, rest));
            }
        }
        // letters left in the token end the number
        if te.rest < tokens[last_tok].span.end {
            break;
        }
        i = last_tok + 1;
        // a following standalone "و" token
        if let Some(t) = tokens.get(i) {
            if is_and(text, t) {
                if !comp.push(Elem::And, None, false) {
                    break;
                }
                i += 1;
            }
        }
    }
    let (c, last, end, rest) = best?;
    let (value, kind, ratio) = c.finish()?;
    let tok_end = tokens[last].span.end;
    Some(Number {
        value,
        kind,
        span: Span::new(tokens[start].span.start, end),
        tokens: start..last + 1,
        tail: if rest < tok_end {
            Span::new(rest, tok_end)
        } else {
            Span::new(tok_end, tok_end)
        },
        digits,
        words,
        scale: c.max_scale,
        form,
        ratio,
    })
}

/// Every number in a token stream, left to right, without overlaps. A number
/// glued to other letters in its last word ("دوست" is دو + "ست") is kept only
/// when `accept_tail` accepts those letters (see [`scan`]).
pub fn scan_with(text: &str, tokens: &[Token], accept_tail: impl Fn(&str) -> bool) -> Vec<Number> {
    scan_by(text, tokens, |i| number_at(text, tokens, i), accept_tail)
}

/// [`scan_with`] reading the number at a token with `at` (a memo of
/// [`number_at`] of `text` and `tokens`: [`crate::extract::Context::number_at`]).
pub fn scan_by(
    text: &str,
    tokens: &[Token],
    at: impl Fn(usize) -> Option<Number>,
    accept_tail: impl Fn(&str) -> bool,
) -> Vec<Number> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let candidate = match t.kind {
            TokenKind::Number => true,
            TokenKind::Word => t.text(text).chars().next().is_some_and(|c| {
                matches!(
                    fold(c),
                    'ی' | 'د' | 'س' | 'چ' | 'پ' | 'ش' | 'ه' | 'ن' | 'ب' | 'ص' | 'م' | 'ت' | 'ا'
                )
            }),
            _ => false,
        };
        if candidate {
            if let Some(n) = at(i) {
                if n.tail.is_empty() || accept_tail(&text[n.tail.range()]) {
                    i = n.tokens.end.max(i + 1);
                    out.push(n);
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// Every number in a token stream; glued letters are accepted only when they
/// are an adjective ending (ی, ای: "میلیونی").
pub fn scan(text: &str, tokens: &[Token]) -> Vec<Number> {
    scan_with(text, tokens, |t| matches!(t, "ی" | "ای" | "\u{200C}ای"))
}

/// Parse a whole string as one number expression ("دو هزار و پانصد",
/// "۱٫۵ میلیارد", "سوم"). `None` unless the entire string (ignoring outer
/// white space) is one number.
pub fn parse_number(s: &str) -> Option<Number> {
    let s = s.trim();
    let toks = tokenize(s);
    let n = number_at(s, &toks.tokens, 0)?;
    (n.tokens.end == toks.tokens.len() && n.tail.is_empty()).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The variant search is the character search it replaces, and folding
    /// still matches raw text.
    #[test]
    fn variants_and_folded_prefixes() {
        for w in [
            "",
            "ی",
            "ي",
            "سيصد",
            "يك",
            "كتاب",
            "دى",
            "صد",
            "a\u{064A}",
            "ل\u{0645}",
        ] {
            assert_eq!(has_variants(w), w.contains(['ي', 'ى', 'ك']), "{w}");
        }
        for (rest, m, want) in [
            ("سیصد", "سی", Some(4)),
            ("سيصد", "سی", Some(4)),
            ("يك", "یک", Some(4)),
            ("یکم", "یک", Some(4)),
            ("ی", "یک", None),
            ("دو", "ده", None),
            ("", "ده", None),
        ] {
            assert_eq!(starts_folded(rest, m), want, "{rest} {m}");
        }
    }

    fn v(s: &str) -> Value {
        crate::document::parse_decimal(s).unwrap()
    }

    /// (expression, expected value, kind)
    macro_rules! cases {
        ($($e:expr => $v:expr, $k:ident;)*) => { &[$(($e, $v, NumberKind::$k)),*] };
    }

    #[rustfmt::skip]
    static CASES: &[(&str, &str, NumberKind)] = cases! {
        // digits, three scripts, separators, decimals
        "۷۰" => "70", Cardinal;
        "70" => "70", Cardinal;
        "٧٠" => "70", Cardinal;
        "۱۲٫۵" => "12.5", Cardinal;
        "12.5" => "12.5", Cardinal;
        "١٢٫٥" => "12.5", Cardinal;
        "۶۴/۶۴" => "64.64", Cardinal;
        "37/5" => "37.5", Cardinal;
        "1,200" => "1200", Cardinal;
        "۱٬۲۰۰" => "1200", Cardinal;
        "۱,۲۰۰,۰۰۰" => "1200000", Cardinal;
        "1.200.000" => "1200000", Cardinal;
        "۱٬۲۰۰٫۷۵" => "1200.75", Cardinal;
        "1,234.5" => "1234.5", Cardinal;
        "10.000" => "10000", Cardinal;
        "2,5" => "2.5", Cardinal;
        "0.5" => "0.5", Cardinal;
        "۰٫۰۵" => "0.05", Cardinal;
        "۱۴۰۳" => "1403", Cardinal;
        "3.14159" => "3.14159", Cardinal;
        "۱۰۰۰۰۰۰" => "1000000", Cardinal;
        "۲٫۵۰" => "2.5", Cardinal;
        // units, teens, tens, hundreds
        "یک" => "1", Cardinal;
        "دو" => "2", Cardinal;
        "سه" => "3", Cardinal;
        "چهار" => "4", Cardinal;
        "پنج" => "5", Cardinal;
        "شش" => "6", Cardinal;
        "هفت" => "7", Cardinal;
        "هشت" => "8", Cardinal;
        "نه" => "9", Cardinal;
        "ده" => "10", Cardinal;
        "یازده" => "11", Cardinal;
        "دوازده" => "12", Cardinal;
        "سیزده" => "13", Cardinal;
        "چهارده" => "14", Cardinal;
        "پانزده" => "15", Cardinal;
        "شانزده" => "16", Cardinal;
        "هفده" => "17", Cardinal;
        "هجده" => "18", Cardinal;
        "هیجده" => "18", Cardinal;
        "نوزده" => "19", Cardinal;
        "بیست" => "20", Cardinal;
        "سی" => "30", Cardinal;
        "چهل" => "40", Cardinal;
        "پنجاه" => "50", Cardinal;
        "شصت" => "60", Cardinal;
        "هفتاد" => "70", Cardinal;
        "هشتاد" => "80", Cardinal;
        "نود" => "90", Cardinal;
        "صد" => "100", Cardinal;
        "یکصد" => "100", Cardinal;
        "یک‌صد" => "100", Cardinal;
        "یک صد" => "100", Cardinal;
        "دویست" => "200", Cardinal;
        "سیصد" => "300", Cardinal;
        "سه صد" => "300", Cardinal;
        "سه‌صد" => "300", Cardinal;
        "چهارصد" => "400", Cardinal;
        "پانصد" => "500", Cardinal;
        "پونصد" => "500", Cardinal;
        "ششصد" => "600", Cardinal;
        "شیشصد" => "600", Cardinal;
        "هفتصد" => "700", Cardinal;
        "هشتصد" => "800", Cardinal;
        "نهصد" => "900", Cardinal;
        "هفت صد" => "700", Cardinal;
        // compounds with و
        "بیست و پنج" => "25", Cardinal;
        "سی و چهار" => "34", Cardinal;
        "صد و بیست" => "120", Cardinal;
        "سیصد و پنجاه و دو" => "352", Cardinal;
        "نهصد و نود و نه" => "999", Cardinal;
        "یکصد و یک" => "101", Cardinal;
        "بیست‌وپنج" => "25", Cardinal;
        "چهل‌ونه" => "49", Cardinal;
        // scales
        "هزار" => "1000", Cardinal;
        "یک هزار" => "1000", Cardinal;
        "یک‌هزار" => "1000", Cardinal;
        "سه هزار" => "3000", Cardinal;
        "سه‌هزار" => "3000", Cardinal;
        "ده هزار" => "10000", Cardinal;
        "صد هزار" => "100000", Cardinal;
        "میلیون" => "1000000", Cardinal;
        "یک میلیون" => "1000000", Cardinal;
        "یک‌میلیون" => "1000000", Cardinal;
        "دو میلیارد" => "2000000000", Cardinal;
        "سه تریلیون" => "3000000000000", Cardinal;
        "دو هزار میلیارد" => "2000000000000", Cardinal;
        "هزار میلیارد" => "1000000000000", Cardinal;
        "هزار و دویست میلیارد" => "1200000000000", Cardinal;
        "یک هزار و ۸۴۲" => "1842", Cardinal;
        "دو میلیارد و پانصد میلیون" => "2500000000", Cardinal;
        "یک میلیارد و صد میلیون" => "1100000000", Cardinal;
        "یک میلیارد و پانصد میلیون" => "1500000000", Cardinal;
        "سه هزار و پانصد" => "3500", Cardinal;
        "دو هزار و ۶۶۶ میلیارد" => "2666000000000", Cardinal;
        "چهار هزار و ۳۱۰ میلیارد" => "4310000000000", Cardinal;
        "هشت‌هزارمیلیارد" => "8000000000000", Cardinal;
        "یک هزارودویست وچهل‌ونه" => "1249", Cardinal;
        "یک هزار و سیصد و شانزده" => "1316", Cardinal;
        "سه‌هزارو ۶۰۰" => "3600", Cardinal;
        "ملیون" => "1000000", Cardinal;
        "دو ملیارد" => "2000000000", Cardinal;
        // digits + scale words
        "۷۰ هزار" => "70000", Cardinal;
        "۴۳ هزار" => "43000", Cardinal;
        "۱٫۵ میلیارد" => "1500000000", Cardinal;
        "۲٫۵ میلیون" => "2500000", Cardinal;
        "1.5 میلیارد" => "1500000000", Cardinal;
        "۳ میلیون و ۲۰۰ هزار" => "3200000", Cardinal;
        "۲ میلیون و ۴۰۰ هزار" => "2400000", Cardinal;
        "۳ میلیون ۲۰۰ هزار" => "3200000", Cardinal;
        // a scale repeated at the end multiplies the whole: (357,839,740) thousand
        "۳۵۷ میلیون و ۸۳۹ هزار و ۷۴۰ هزار" => "357839740000", Cardinal;
        "یک میلیارد و ۷۴ میلیون و ۹۳۳ هزار و ۲۳ هزار" => "1074933023000", Cardinal;
        "۳۵۰ هزار" => "350000", Cardinal;
        "۱۰ هزار" => "10000", Cardinal;
        "۸ هزار میلیارد" => "8000000000000", Cardinal;
        "۶۰۰ هزار میلیارد" => "600000000000000", Cardinal;
        "۱۱ هزار و ۴۰۰ میلیارد" => "11400000000000", Cardinal;
        "۱۴ میلیارد و ۵۰۰ هزار" => "14000500000", Cardinal;
        "۱ میلیون و ۸۱۷ هزار و ۶۰۰" => "1817600", Cardinal;
        "۹۲۳ هزار و ۸۲۷" => "923827", Cardinal;
        "۷۸۹ هزار و ۱" => "789001", Cardinal;
        "یک‌میلیون و ۱۰۱ هزار و ۳۰۰" => "1101300", Cardinal;
        "۵ میلیارد و ۳۳۰ میلیون" => "5330000000", Cardinal;
        "۳٫۷۳ هزار میلیارد" => "3730000000000", Cardinal;
        "۲٫۵ تریلیون" => "2500000000000", Cardinal;
        "۱۲۰۰ میلیارد" => "1200000000000", Cardinal;
        "۲۰ هزار میلیارد" => "20000000000000", Cardinal;
        "دو میلیون و ۷۰۰ هزار" => "2700000", Cardinal;
        "سه میلیون و ۲۰۰ هزار" => "3200000", Cardinal;
        "۰٫۵ میلیون" => "500000", Cardinal;
        // halves and decimal fractions
        "نیم" => "0.5", Cardinal;
        "سه و نیم" => "3.5", Cardinal;
        "۴ و نیم میلیارد" => "4500000000", Cardinal;
        "دو میلیون و نیم" => "2500000", Cardinal;
        "یک و نیم" => "1.5", Cardinal;
        "۴ دهم" => "0.4", Cardinal;
        "یک‌دهم" => "0.1", Cardinal;
        "دو صدم" => "0.02", Cardinal;
        "۳ هزارم" => "0.003", Cardinal;
        "یک و ۷ دهم" => "1.7", Cardinal;
        "۴۹ و ۶ دهم" => "49.6", Cardinal;
        // fractions
        "یک سوم" => "0.333333333333", Fraction;
        "دو سوم" => "0.666666666667", Fraction;
        "سه چهارم" => "0.75", Fraction;
        "یک چهارم" => "0.25", Fraction;
        "دو پنجم" => "0.4", Fraction;
        // ordinals
        "اول" => "1", Ordinal;
        "نخستین" => "1", Ordinal;
        "یکم" => "1", Ordinal;
        "دوم" => "2", Ordinal;
        "سوم" => "3", Ordinal;
        "سومین" => "3", Ordinal;
        "چهارم" => "4", Ordinal;
        "پنجمین" => "5", Ordinal;
        "دهم" => "10", Ordinal;
        "دهمین" => "10", Ordinal;
        "بیستم" => "20", Ordinal;
        "سی‌ام" => "30", Ordinal;
        "سی‌امین" => "30", Ordinal;
        "بیست و سوم" => "23", Ordinal;
        "بیست و هفتم" => "27", Ordinal;
        "صدمین" => "100", Ordinal;
        "هشتم" => "8", Ordinal;
        "نهم" => "9", Ordinal;
        // raw (unnormalized) Arabic letters
        "يک ميليون" => "1000000", Cardinal;
        "يكصد" => "100", Cardinal;
    };

    #[test]
    fn table_of_expressions() {
        assert!(CASES.len() >= 150, "{} cases", CASES.len());
        let mut bad = Vec::new();
        for (expr, want, kind) in CASES {
            match parse_number(expr) {
                Some(n) if n.value == v(want) && n.kind == *kind => {}
                other => bad.push(format!(
                    "{expr:?}: want {want} {kind:?}, got {:?}",
                    other.map(|n| (n.value.to_string(), n.kind))
                )),
            }
        }
        assert!(
            bad.is_empty(),
            "{} of {} wrong:\n{}",
            bad.len(),
            CASES.len(),
            bad.join("\n")
        );
    }

    #[test]
    fn not_numbers() {
        for s in [
            "دوست",
            "سیاست",
            "نهاد",
            "هفته",
            "دهه",
            "هزاران",
            "صدها",
            "میلیاردها",
            "ده‌ها",
            "۱۴۰۳/۰۱/۱۲",
            "۱۲:۳۰",
            "دوره",
            "سینا",
            "صدا",
            "و",
            "1.2.3",
        ] {
            assert!(parse_number(s).is_none(), "{s:?} parsed as {:?}", parse_number(s));
        }
    }

    #[test]
    fn scan_finds_separate_numbers() {
        let text = "از ۷۰ هزار واحد صنعتی ۴۳ هزار واحد و ۳۲ و ۲۱ درصد، صددرصد و ۵ . ۳ درصد";
        let toks = tokenize(text);
        let found: Vec<(String, &str)> = scan_with(text, &toks.tokens, |_| true)
            .iter()
            .map(|n| (n.value.to_string(), &text[n.tail.range()]))
            .collect();
        assert_eq!(
            found,
            vec![
                ("70000".to_string(), ""),
                ("43000".to_string(), ""),
                ("32".to_string(), ""),
                ("21".to_string(), ""),
                ("100".to_string(), "درصد"),
                ("5.3".to_string(), ""),
            ]
        );
    }

    #[test]
    fn spaced_decimals() {
        // (text, the numbers found with their tails)
        let cases: &[(&str, &[&str])] = &[
            ("۵ . ۳ درصد", &["5.3"]),
            ("7 . 7 درصد", &["7.7"]),
            ("۶ / ۱ درصد", &["6.1"]),
            ("37 / 0 درصد", &["37"]),
            ("7 / 14 درصد", &["7.14"]),
            // year pairs and dates are no decimals
            ("سال ۲۰۱۵ / ۲۰۱۴", &["2015", "2014"]),
            ("۱۲۰۰ / ۳ نفر", &["1200", "3"]),
            ("۵ / ۳۰۰ نفر", &["5", "300"]),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            let found: Vec<String> = scan_with(text, &toks.tokens, |_| true)
                .iter()
                .filter(|n| n.kind == NumberKind::Cardinal)
                .map(|n| n.value.to_string())
                .collect();
            let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
            assert_eq!(found, want, "{text:?}");
        }
        for text in ["۹۵ / ۹ / ۶", "۱۳۹۵ . ۰۹ . ۰۱"] {
            let toks = tokenize(text);
            let n = scan_with(text, &toks.tokens, |_| true);
            assert!(n.iter().all(|n| !n.value.to_string().contains('.')), "{text:?}");
        }
    }

    #[test]
    fn tails_and_forms() {
        let n = parse_number("۰۹۱۲۳۴۵۶۷۸۹").unwrap();
        assert!(n.form.unwrap().leading_zero);
        let text = "هفت‌نفره";
        let toks = tokenize(text);
        let n = number_at(text, &toks.tokens, 0).unwrap();
        assert_eq!(n.value, Value::int(7));
        assert_eq!(&text[n.tail.range()], "نفره");
        let text = "میلیونی";
        let toks = tokenize(text);
        let n = number_at(text, &toks.tokens, 0).unwrap();
        assert_eq!(&text[n.tail.range()], "ی");
        assert_eq!(&text[n.span.range()], "میلیون");
    }
}
