//! The clause a cue carries: from the cue, outwards, to the nearest clause
//! boundary inside its sentence.
//!
//! Boundaries: ":" (after گفت), quotes, "؛", a speech verb, "اینکه", a
//! complementizer "که" after a speech verb, adversative and causal
//! conjunctions (اما، ولی، زیرا …), and "و" or "،" right after a verb (two
//! clauses; after a noun they join two phrases: "صنایع کوچک و متوسط").
//! A relative "که" does not bound the claim on the left: the head clause is
//! part of it ("۸۱ هزار واحد … به حساب می‌آیند که باید …"). A conditional
//! clause before the cue belongs to it ("اگر …، باید …"), and so does a
//! subject with its relative clause ("مسئولانی که … دارند، باید …"). On the right, "و"
//! after a verb ends the claim only when the next clause has a cue of its
//! own (two cues → two claims; one cue governing coordinated verbs → one).

use super::cues::View;
use crate::lexicon::VerbForms;

/// Per-token flags the boundaries depend on.
pub(crate) mod flag {
    /// The first token of a speech verb.
    pub const SPEECH_START: u8 = 1;
    /// The last token of a speech verb.
    pub const SPEECH_END: u8 = 2;
    /// The first token of a cue.
    pub const CUE_START: u8 = 4;
}

fn is_hard(w: &str) -> bool {
    matches!(w, ":" | "؛" | ";" | "«" | "»" | "\"" | "“" | "”")
}

/// "ولی" in "ولی فقیه"، "ولی امر" is a noun, not "but".
fn is_conj_at(v: &View<'_>, i: usize, end: usize) -> bool {
    let w = v.word(i);
    if w == "ولی" && i + 1 < end && matches!(v.word(i + 1), "فقیه" | "امر" | "عصر" | "نعمت" | "دم" | "عهد")
    {
        return false;
    }
    is_conj(w)
}

fn is_conj(w: &str) -> bool {
    matches!(
        w,
        "اما"
            | "ولی"
            | "لیکن"
            | "ولیکن"
            | "زیرا"
            | "بلکه"
            | "چراکه"
            | "چون‌که"
            | "درحالی‌که"
            | "درحالیکه"
    )
}

/// Conjunctions that open a conditional or temporal clause which belongs to
/// the claim after it.
fn is_conditional(w: &str) -> bool {
    matches!(
        w,
        "اگر" | "چنانچه" | "درصورتی‌که" | "هرگاه" | "وقتی" | "زمانی" | "هنگامی" | "چنان‌چه"
    )
}

/// Finds claim bounds in one article.
pub(crate) struct Bounds<'a, 'v> {
    pub v: &'v View<'a>,
    pub verbs: &'v VerbForms,
    pub flags: &'v [u8],
}

impl Bounds<'_, '_> {
    fn verb(&self, i: usize) -> bool {
        self.verbs.is_verb(self.v.word(i))
    }

    /// "که" at token `i` is a complementizer (after a speech verb, "این",
    /// "چرا", "حالی") rather than a relative pronoun.
    fn complementizer(&self, i: usize, start: usize) -> bool {
        if i == start {
            return true;
        }
        let p = self.v.word(i - 1);
        self.flags[i - 1] & flag::SPEECH_END != 0
            || matches!(
                p,
                "این" | "چرا" | "حالی" | "آن" | "،" | "," | "بطوری" | "طوری" | "جایی"
            )
            || (p == "است" && i >= start + 2 && self.v.word(i - 2) == "این")
    }

    /// The first token of the claim whose cue starts at token `from`.
    pub fn left(&self, from: usize, sent: std::ops::Range<usize>) -> usize {
        let mut head_mode = false;
        let mut i = from;
        while i > sent.start {
            let k = i - 1;
            let w = self.v.word(k);
            if is_hard(w) || is_conj_at(self.v, k, sent.end) || self.flags[k] & flag::SPEECH_END != 0 {
                return i;
            }
            if w == "اینکه" || w == "این‌که" {
                return i;
            }
            if w == "که" {
                if head_mode || self.complementizer(k, sent.start) {
                    return i;
                }
                head_mode = true;
            } else if (w == "،" || w == ",") && k > sent.start && self.verb(k - 1) {
                // a finished clause before the comma: part of the claim only
                // when it is a condition ("اگر …، باید …")
                let seg = self.segment_start(k, sent.start);
                let conditional = is_conditional(self.v.word(seg))
                    || self.v.word(seg) == "در" && self.v.word(seg + 1).starts_with("صورت");
                // "مسئولانی که … دارند، باید …": a subject with its relative clause
                let subject = i == from
                    && !self.v.is_punct(seg)
                    && (seg + 1..k)
                        .any(|j| self.v.word(j) == "که" && !self.v.is_punct(j - 1) && !self.verb(j - 1));
                return if conditional || subject { seg } else { i };
            } else if w == "و" && k > sent.start && self.verb(k - 1) {
                return i;
            }
            i = k;
        }
        sent.start
    }

    /// The start of the clause that ends before token `k` (a comma).
    fn segment_start(&self, k: usize, start: usize) -> usize {
        let mut i = k;
        while i > start {
            let j = i - 1;
            let w = self.v.word(j);
            if is_hard(w)
                || is_conj_at(self.v, j, k + 1)
                || w == "اینکه"
                || self.flags[j] & flag::SPEECH_END != 0
            {
                return i;
            }
            if (w == "،" || w == "," || w == "و") && j > start && self.verb(j - 1) {
                return i;
            }
            i = j;
        }
        start
    }

    /// The last token of the claim whose cue ends at token `from`.
    pub fn right(&self, from: usize, sent: std::ops::Range<usize>) -> usize {
        let mut end = sent.end - 1;
        let mut i = from + 1;
        while i < sent.end {
            let w = self.v.word(i);
            // a finished clause before token i ("لازم است که …" continues: the
            // cue's own verb takes the که clause); computed only when needed
            let after_verb =
                || i > from + 1 && self.verb(i - 1) || i == from + 1 && w != "که" && self.verb(from);
            if is_hard(w)
                || is_conj_at(self.v, i, sent.end)
                || self.flags[i] & (flag::SPEECH_START | flag::CUE_START) != 0
            {
                end = i.saturating_sub(1);
                break;
            }
            if (w == "چرا" || w == "حالی") && i + 1 < sent.end && self.v.word(i + 1) == "که" {
                end = i - 1 - usize::from(w == "حالی" && self.v.word(i - 1) == "در");
                break;
            }
            if (w == "،" || w == "," || w == "که") && after_verb() {
                end = i - 1;
                break;
            }
            // "و" after a verb: a new clause when it has a cue of its own or
            // a new overt subject ("… نداشتیم و این یک تهاتر بود"; not an
            // object: "… رفت و آنها را ساماندهی کرد")
            if w == "و"
                && after_verb()
                && (self.next_clause_has_cue(i + 1, sent.end)
                    || i + 2 < sent.end
                        && self.v.word(i + 2) != "را"
                        && matches!(
                            self.v.word(i + 1),
                            "این"
                                | "آن"
                                | "وی"
                                | "او"
                                | "ایشان"
                                | "ما"
                                | "آنها"
                                | "آن‌ها"
                                | "اینها"
                                | "این‌ها"
                        ))
            {
                end = i - 1;
                break;
            }
            i += 1;
        }
        // no trailing punctuation or conjunction
        while end > from
            && (self.v.is_punct(end) && !matches!(self.v.word(end), ")" | "»") || self.v.word(end) == "و")
        {
            end -= 1;
        }
        end.max(from)
    }

    /// True when the clause starting at token `from` has a cue or a speech
    /// verb before its end.
    fn next_clause_has_cue(&self, from: usize, end: usize) -> bool {
        for k in from..end {
            let w = self.v.word(k);
            if self.flags[k] & (flag::CUE_START | flag::SPEECH_START) != 0 {
                return true;
            }
            if is_hard(w)
                || is_conj_at(self.v, k, end)
                || (w == "و" || w == "،" || w == "," || w == "که") && self.verb(k - 1)
            {
                return false;
            }
        }
        false
    }
}
