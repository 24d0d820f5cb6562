//! Finding claim cues: one automaton pass of `modality.tsv` over the
//! normalized text, then, per match, the checks its kind asks for (a copula
//! after لازم, a light verb after نیاز or after its "به …" complement, an
//! asserting "با تأکید بر" around ضرورت …) and the exclusion phrases.

use crate::document::Modality;
use crate::lexicon::modality::CueKind;
use crate::lexicon::{ModalityLexicon, VerbForms};
use crate::text::aligned::Span;
use crate::text::tokenize::{TokenKind, Tokens};

/// One cue occurrence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    /// First token of the cue (or of "با تأکید بر" before an asserted noun).
    pub first: usize,
    /// First token of the cue word itself.
    pub anchor: usize,
    /// Last token of the cue, light verb included.
    pub last: usize,
    /// The cue as written ("باید", "لازم است", "نیاز داریم").
    pub fa: String,
    /// English gloss.
    pub en: Option<String>,
    /// Modality.
    pub modality: Modality,
    /// Negated (نباید، لازم نیست، نیازی نیست).
    pub negated: bool,
    /// "تأکید کرد که": kept only when its clause has no other cue.
    pub emphasis: bool,
    /// The cue's span in the normalized text (anchor to last token).
    pub span: Span,
}

/// Light verbs after a predicate adjective (لازم است، ضروری دانست …): word → negated.
const PRED_VERBS: &[(&str, bool)] = &[
    ("است", false),
    ("اعلام", false),
    ("بود", false),
    ("بودند", false),
    ("بوده", false),
    ("باشد", false),
    ("باشند", false),
    ("باشیم", false),
    ("دانست", false),
    ("دانستند", false),
    ("دانسته", false),
    ("ساخت", false),
    ("ساخته", false),
    ("شد", false),
    ("شدند", false),
    ("شده", false),
    ("شود", false),
    ("شوند", false),
    ("کرد", false),
    ("کردند", false),
    ("کرده", false),
    ("گردید", false),
    ("گردیدند", false),
    ("گردد", false),
    ("می‌باشد", false),
    ("می‌باشند", false),
    ("می‌دانم", false),
    ("می‌دانند", false),
    ("می‌داند", false),
    ("می‌دانیم", false),
    ("می‌سازد", false),
    ("می‌شود", false),
    ("می‌شوند", false),
    ("می‌کند", false),
    ("می‌کنند", false),
    ("می‌گردد", false),
    ("میباشد", false),
    ("میشود", false),
    ("میکند", false),
    ("نبود", true),
    ("نبودند", true),
    ("نباشد", true),
    ("نباشند", true),
    ("نشد", true),
    ("نشده", true),
    ("نمی‌باشد", true),
    ("نمی‌دانم", true),
    ("نمی‌دانیم", true),
    ("نمی‌داند", true),
    ("نمی‌شود", true),
    ("نمی‌کند", true),
    ("نمود", false),
    ("نمودند", false),
    ("نیست", true),
    ("نیستند", true),
    ("نیستیم", true),
    ("هست", false),
    ("هستند", false),
    ("هستیم", false),
    ("هستید", false),
    ("هستم", false),
];

/// Light verbs after a noun cue (نیاز داریم، ضرورت دارد، نیازی نیست …).
const NOUN_VERBS: &[(&str, bool)] = &[
    ("احساس", false),
    ("است", false),
    ("بود", false),
    ("باشد", false),
    ("خواهد", false),
    ("خواهند", false),
    ("خواهیم", false),
    ("دارم", false),
    ("داری", false),
    ("دارد", false),
    ("داریم", false),
    ("دارید", false),
    ("دارند", false),
    ("داشتم", false),
    ("داشت", false),
    ("داشتیم", false),
    ("داشتید", false),
    ("داشتند", false),
    ("داشته", false),
    ("می‌باشد", false),
    ("نباشد", true),
    ("ندارم", true),
    ("نداری", true),
    ("ندارد", true),
    ("نداریم", true),
    ("ندارید", true),
    ("ندارند", true),
    ("نداشتم", true),
    ("نداشت", true),
    ("نداشتیم", true),
    ("نداشتید", true),
    ("نداشتند", true),
    ("نداشته", true),
    ("نخواهد", true),
    ("نخواهند", true),
    ("نخواهیم", true),
    ("نمی‌باشد", true),
    ("نیست", true),
    ("هست", false),
    ("هستند", false),
    ("هستیم", false),
];

/// Copulas after a noun phrase (نیازمند … هستیم، خواستار … شد).
const NP_VERBS: &[(&str, bool)] = &[
    ("است", false),
    ("باشد", false),
    ("باشند", false),
    ("بود", false),
    ("بودند", false),
    ("شد", false),
    ("شدند", false),
    ("شده", false),
    ("گردید", false),
    ("گردیدند", false),
    ("می‌باشد", false),
    ("می‌باشند", false),
    ("می‌شود", false),
    ("می‌شوند", false),
    ("نیست", true),
    ("نیستند", true),
    ("نیستیم", true),
    ("هست", false),
    ("هستند", false),
    ("هستیم", false),
    ("هستم", false),
];

/// How far a complement may run before its light verb, in tokens.
const MAX_COMPLEMENT: usize = 14;

fn lookup(table: &[(&str, bool)], w: &str) -> Option<bool> {
    table.iter().find(|(v, _)| *v == w).map(|&(_, n)| n)
}

/// The article's words, with sentence edges, for the cue checks.
pub(crate) struct View<'a> {
    pub text: &'a str,
    pub tokens: &'a Tokens,
}

impl<'a> View<'a> {
    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.tokens[i].text(self.text)
    }
    /// True when token `i` is punctuation.
    #[inline]
    pub fn is_punct(&self, i: usize) -> bool {
        self.tokens.tokens[i].kind == TokenKind::Punct
    }
    /// The token range of the sentence of token `i`.
    #[inline]
    pub fn sentence(&self, i: usize) -> std::ops::Range<usize> {
        self.tokens.sentences[self.tokens.tokens[i].sentence as usize]
            .tokens
            .clone()
    }
    /// The token that starts at byte `b`.
    pub fn token_starting(&self, b: usize) -> Option<usize> {
        self.tokens.tokens.binary_search_by_key(&b, |t| t.span.start).ok()
    }
    /// The token that ends at byte `b`.
    pub fn token_ending(&self, b: usize) -> Option<usize> {
        self.tokens.tokens.binary_search_by_key(&b, |t| t.span.end).ok()
    }
    /// The text from token `a` to token `b` (inclusive).
    pub fn between(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.tokens.tokens[a].span.start..self.tokens.tokens[b].span.end]
    }
}

/// Every cue occurrence in the article, in text order.
pub(crate) fn find_cues(v: &View<'_>, lex: &ModalityLexicon, verbs: &VerbForms) -> Vec<Cue> {
    let mut out = Vec::new();
    for m in lex.cues.find_iter(v.text) {
        let (Some(a), Some(b)) = (v.token_starting(m.span.start), v.token_ending(m.span.end)) else {
            continue;
        };
        let sent = v.sentence(a);
        // inside the previous cue ("لازم و ضروری است")
        if b >= sent.end || out.last().is_some_and(|c: &Cue| a <= c.last && a >= c.anchor) {
            continue;
        }
        // the exclusion phrases, word for word around the cue
        let lo = a.saturating_sub(4).max(sent.start);
        let hi = (b + 6).min(sent.end);
        let words: Vec<&str> = (lo..hi).map(|i| v.word(i)).collect();
        if lex.excluded(&words, a - lo) {
            continue;
        }
        let info = lex.info(m.entry);
        let base = |last: usize, neg: bool, fa: String| Cue {
            first: a,
            anchor: a,
            last,
            fa,
            en: gloss(m.entry.en.as_deref(), info.modality, neg && !info.negated),
            modality: info.modality,
            negated: info.negated || neg,
            emphasis: info.kind.emphasis,
            span: Span::new(v.tokens.tokens[a].span.start, v.tokens.tokens[last].span.end),
        };
        let k: CueKind = info.kind;
        if k.fixed || k.emphasis {
            let mut c = base(b, false, v.between(a, b).to_string());
            // "می بایست"، "نمی بایستی" written with a space
            if v.word(a).starts_with("بایست") && a > sent.start && matches!(v.word(a - 1), "می" | "نمی")
            {
                c.first = a - 1;
                c.anchor = a - 1;
                c.span.start = v.tokens.tokens[a - 1].span.start;
                c.fa = v.between(a - 1, b).to_string();
                if v.word(a - 1) == "نمی" {
                    c.negated = true;
                    c.modality = Modality::Prohibition;
                    c.en = Some("must not".to_string());
                }
            }
            out.push(c);
            continue;
        }
        if k.pred {
            if let Some((last, neg)) = pred_verb(v, lex, verbs, b, sent.end) {
                let fa = if v.word(b + 1) == "به" && v.word(b + 2) != "نظر" {
                    format!("{} {}", v.between(a, b), v.word(last))
                } else {
                    v.between(a, last).to_string()
                };
                out.push(base(last, neg, fa));
                continue;
            }
        }
        if k.noun {
            if let Some((last, neg, contiguous)) = noun_verb(v, lex, verbs, b, sent.end) {
                let fa = if contiguous {
                    v.between(a, last).to_string()
                } else {
                    format!("{} {}", v.between(a, b), v.word(last))
                };
                out.push(base(last, neg, fa));
                continue;
            }
        }
        if k.np {
            if let Some((last, neg)) = np_verb(v, lex, verbs, b, sent.end) {
                let fa = format!("{} {}", v.between(a, b), v.word(last));
                out.push(base(last, neg, fa));
                continue;
            }
        }
        if k.asserted {
            if let Some(first) = asserted(v, verbs, a, b, sent.clone()) {
                let mut c = base(b, false, v.between(a, b).to_string());
                c.first = first;
                out.push(c);
            }
        }
    }
    out
}

/// The English gloss, negated when the verb (not the cue word) negates it.
fn gloss(en: Option<&str>, modality: Modality, verb_negated: bool) -> Option<String> {
    let en = en?;
    Some(if !verb_negated {
        en.to_string()
    } else if modality == Modality::Need {
        format!("no {en}")
    } else {
        format!("not {en}")
    })
}

/// After a predicate adjective ending at token `b`: its copula, allowing
/// "و <another adjective cue>" and "هم/نیز" in between, and "به نظر می‌رسد",
/// "خواهد بود".
fn pred_verb(
    v: &View<'_>,
    lex: &ModalityLexicon,
    verbs: &VerbForms,
    b: usize,
    end: usize,
) -> Option<(usize, bool)> {
    let mut j = b + 1;
    loop {
        if j >= end {
            return None;
        }
        let w = v.word(j);
        if w == "هم" || w == "نیز" || w == "بسیار" {
            j += 1;
            continue;
        }
        if w == "و" && j + 1 < end {
            let next = v.word(j + 1);
            if lex.cues.get(next).is_some_and(|e| lex.info(e).kind.pred) {
                j += 2;
                continue;
            }
        }
        break;
    }
    let w = v.word(j);
    if let Some(neg) = lookup(PRED_VERBS, w) {
        return Some((j, neg));
    }
    if w == "خواهد" && j + 1 < end && v.word(j + 1) == "بود" {
        return Some((j + 1, false));
    }
    if w == "به" && j + 2 < end && v.word(j + 1) == "نظر" {
        let r = v.word(j + 2);
        if r.ends_with("رسد") || r == "رسید" {
            return Some((j + 2, r.starts_with('ن')));
        }
    }
    // "موظف به رعایت قانون است"، "دولت را مکلف به واگذاری … کرد"
    if w == "به" && j == b + 1 {
        return complement_then(v, lex, verbs, j + 1, end, PRED_VERBS);
    }
    None
}

/// After a noun cue ending at token `b`: its light verb, right after it or
/// after a "به …" complement. Returns (token, negated, contiguous).
fn noun_verb(
    v: &View<'_>,
    lex: &ModalityLexicon,
    verbs: &VerbForms,
    b: usize,
    end: usize,
) -> Option<(usize, bool, bool)> {
    let j = b + 1;
    if j >= end {
        return None;
    }
    if let Some(neg) = lookup(NOUN_VERBS, v.word(j)) {
        return Some((j, neg, true));
    }
    if v.word(j) != "به" {
        return None;
    }
    complement_then(v, lex, verbs, j + 1, end, NOUN_VERBS).map(|(k, n)| (k, n, false))
}

/// After "نیازمند"/"خواستار" ending at `b`: a noun phrase, then a copula
/// (or the copula right away when the complement came before: "به … نیازمند است").
fn np_verb(
    v: &View<'_>,
    lex: &ModalityLexicon,
    verbs: &VerbForms,
    b: usize,
    end: usize,
) -> Option<(usize, bool)> {
    if b + 1 < end && v.word(b) == "نیازمند" {
        if let Some(neg) = lookup(NP_VERBS, v.word(b + 1)) {
            return Some((b + 1, neg));
        }
    }
    complement_then(v, lex, verbs, b + 1, end, NP_VERBS)
}

/// Scan a complement from token `from`: the first word of `table` within
/// [`MAX_COMPLEMENT`] tokens, unless punctuation, "که" or another verb comes
/// first.
fn complement_then(
    v: &View<'_>,
    lex: &ModalityLexicon,
    verbs: &VerbForms,
    from: usize,
    end: usize,
    table: &[(&str, bool)],
) -> Option<(usize, bool)> {
    for k in from..end.min(from + MAX_COMPLEMENT) {
        let w = v.word(k);
        if let Some(neg) = lookup(table, w) {
            return (k > from).then_some((k, neg));
        }
        if (v.is_punct(k) && !matches!(w, "(" | ")" | "«" | "»"))
            || w == "که"
            || verbs.is_verb(w)
            || lex.cues.get(w).is_some()
        {
            return None;
        }
    }
    None
}

/// An asserted noun cue at tokens `a..=b`: "با تأکید بر ضرورت …" (returns the
/// token of "با") or "بر ضرورت … تأکید کرد" (returns `a`).
fn asserted(
    v: &View<'_>,
    verbs: &VerbForms,
    a: usize,
    b: usize,
    sent: std::ops::Range<usize>,
) -> Option<usize> {
    let glued = v.word(a).starts_with("بر");
    let bar = if glued {
        a
    } else if a > sent.start && v.word(a - 1) == "بر" {
        a - 1
    } else {
        return None;
    };
    let emph = |w: &str| w == "تأکید" || w == "تاکید";
    if bar > sent.start && emph(v.word(bar - 1)) {
        // "با تأکید بر …"، "ضمن تأکید بر …"، or "تأکید بر …" as a heading
        let t = bar - 1;
        return Some(if t > sent.start && matches!(v.word(t - 1), "با" | "ضمن") {
            t - 1
        } else {
            t
        });
    }
    for k in b + 1..sent.end.min(b + 40) {
        let w = v.word(k);
        if w == ":" {
            break;
        }
        if emph(w) && k + 1 < sent.end && verbs.is_verb(v.word(k + 1)) {
            return Some(a);
        }
    }
    None
}
