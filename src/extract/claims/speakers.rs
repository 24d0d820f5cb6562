//! Who said it: speech acts (a speech verb and its subject) and the stretches
//! of text they govern.
//!
//! A speech verb's subject is the first person mention (any kind, from
//! `Findings.people`/`officials`) between the start of its clause and the
//! verb that is not the object of a preposition ("در دیدار با X") and not
//! inside a claim; a bare "وی/او/ایشان", a demonstrative subject ("این
//! مقام") or no subject at all ("در ادامه افزود") falls back to the previous
//! speaker; a role-only subject with no mention on it ("مدیرعامل سازمان …
//! افزود") goes to the official whose role title it names (the one whose
//! organisation it names best; among equals, the previous speaker). The text an act governs:
//! - in its sentence, what comes before the verb ("X با بیان اینکه …، گفت",
//!   "…، وی افزود") and what follows it ("X گفت: …", "X گفت که …"); between
//!   two acts, the first one's when it ends in ":" or "که", else the second's;
//! - after a sentence whose last act opens a direct quotation ("X گفت: …"),
//!   the following sentences, until the next act, a sentence in the journalist's voice ("به گزارش …", "این در حالی
//!   است که …", "گفتنی است …") or a sentence that opens
//!   with someone else's name (narration).
//!
//! `Findings.attributions` (from the officials extractor) take precedence
//! wherever one covers a position.

use rustc_hash::FxHashMap;

use super::cues::View;
use crate::extract::Findings;
use crate::text::aligned::Span;

/// Prepositions whose object is not a subject.
fn is_oblique(w: &str) -> bool {
    matches!(
        w,
        "با" | "به"
            | "از"
            | "برای"
            | "درباره"
            | "دربارهٔ"
            | "علیه"
            | "توسط"
            | "همراه"
            | "نزد"
            | "بین"
            | "میان"
            | "سوی"
            | "جانب"
            | "طرف"
            | "مانند"
            | "مثل"
            | "همچون"
            | "و"
    )
}

fn is_pronoun(w: &str) -> bool {
    matches!(w, "وی" | "او" | "ایشان")
}

/// What a speech verb's subject refers to.
enum Subject {
    /// A person mention.
    Person(String),
    /// وی، او، "این مقام": the previous speaker.
    Anaphor,
    /// A role-only subject naming the role of these officials.
    Roles(Vec<String>),
    /// Nothing resolvable.
    Unknown,
}

/// A speech act: a speech verb with its resolved subject.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Act {
    /// First and last token of the verb.
    pub verb: (usize, usize),
    /// The speaker's person id, when resolved.
    pub person: Option<String>,
    /// The verb introduces what follows it (":" or "که" after it).
    pub introduces: bool,
    /// It opens a direct quotation (":" after it), which may run on into the
    /// next sentences; indirect speech ends with its sentence.
    pub quotes: bool,
}

/// A stretch of text and who said it (None: the journalist or unknown).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Region {
    pub span: Span,
    pub person: Option<String>,
}

/// Person mentions of the article, sorted by start: (span, person id, is a pronoun).
pub(crate) fn mentions(found: &Findings) -> Vec<(Span, String, bool)> {
    let mut out: Vec<(Span, String, bool)> = found
        .people
        .iter()
        .flat_map(|p| {
            p.mentions.iter().map(move |m| {
                (
                    m.span,
                    p.id.clone(),
                    m.kind == crate::document::MentionKind::Pronoun,
                )
            })
        })
        .chain(found.officials.iter().flat_map(|p| {
            p.mentions.iter().map(move |m| {
                (
                    m.span,
                    p.id.clone(),
                    m.kind == crate::document::MentionKind::Pronoun,
                )
            })
        }))
        .collect();
    out.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    out.dedup();
    out
}

/// Builds the speech regions of one article.
pub(crate) struct Speakers<'a, 'v> {
    pub v: &'v View<'a>,
    pub mentions: &'v [(Span, String, bool)],
    /// The officials' roles: (official id, title, organisation words).
    pub roles: &'v [(String, String, Vec<String>)],
    /// Claim spans (subjects are not looked for inside them).
    pub claims: &'v [Span],
}

impl Speakers<'_, '_> {
    /// The subject in tokens `from..to`: the first mention that is not the
    /// object of a preposition; else an anaphor (وی، این مقام); else the
    /// officials whose role title (and most organisation words) it names.
    fn subject(&self, from: usize, to: usize, claims: &[Span]) -> Subject {
        if from >= to {
            return Subject::Unknown;
        }
        let (lo, hi) = (
            self.v.tokens.tokens[from].span.start,
            self.v.tokens.tokens[to - 1].span.end,
        );
        let k0 = self.mentions.partition_point(|m| m.0.start < lo);
        for (span, id, _) in self.mentions[k0..].iter().take_while(|m| m.0.start < hi) {
            if span.end > hi || claims.iter().any(|c| c.overlaps(*span)) {
                continue;
            }
            let oblique = self
                .v
                .token_starting(span.start)
                .filter(|&t| t > from)
                .is_some_and(|t| is_oblique(self.v.word(t - 1)));
            if !oblique {
                return Subject::Person(id.clone());
            }
        }
        // "وی"، "او" or a demonstrative subject ("این مقام"، "این نماینده")
        let lead =
            (from..to).find(|&t| !self.v.is_punct(t) && !matches!(self.v.word(t), "همچنین" | "نیز" | "سپس"));
        if lead.is_some_and(|t| self.v.word(t) == "این" && t + 1 < to && !self.v.is_punct(t + 1)) {
            return Subject::Anaphor;
        }
        let pronoun = (from..to).any(|t| {
            is_pronoun(self.v.word(t))
                && (t == from || !is_oblique(self.v.word(t - 1)))
                && !claims.iter().any(|c| c.contains(self.v.tokens.tokens[t].span))
        });
        if pronoun {
            return Subject::Anaphor;
        }
        self.by_role(lo, hi, claims)
    }

    /// Officials whose role title is named in `text[lo..hi]` (whole words,
    /// not after a preposition, not inside a claim), best organisation match
    /// first.
    fn by_role(&self, lo: usize, hi: usize, claims: &[Span]) -> Subject {
        let seg = &self.v.text[lo..hi];
        let mut best: (usize, Vec<String>) = (0, Vec::new());
        for (id, title, org) in self.roles {
            if title.is_empty() {
                continue;
            }
            // the whole title, or (weaker) its first word: "رئیس هیئت‌مدیره"
            // may be written "رئیس هیاتمدیره"
            let head = title.split_whitespace().next().unwrap_or(title);
            let named = |t: &str| {
                seg.match_indices(t).any(|(at, _)| {
                    let (a, b) = (lo + at, lo + at + t.len());
                    crate::lexicon::phrases::at_word_boundary(self.v.text, a, b)
                        && !claims.iter().any(|c| c.contains(Span::new(a, b)))
                        && !self
                            .v
                            .token_starting(a)
                            .filter(|&t| t > 0 && self.v.tokens.tokens[t - 1].span.start >= lo)
                            .is_some_and(|t| is_oblique(self.v.word(t - 1)))
                })
            };
            let title_score = if named(title) {
                2
            } else if head != title && named(head) {
                1
            } else {
                continue;
            };
            let score = title_score + org.iter().filter(|w| seg.contains(w.as_str())).count();
            if score > best.0 {
                best = (score, vec![id.clone()]);
            } else if score == best.0 && !best.1.contains(id) {
                best.1.push(id.clone());
            }
        }
        if best.1.is_empty() {
            Subject::Unknown
        } else {
            Subject::Roles(best.1)
        }
    }

    /// A sentence that opens in the journalist's own voice: "به گزارش …",
    /// "این در حالی است که …", "گفتنی است …", "یادآور می‌شود …".
    fn journalist_opening(&self, r: std::ops::Range<usize>) -> bool {
        let w = |k: usize| {
            if r.start + k < r.end {
                self.v.word(r.start + k)
            } else {
                ""
            }
        };
        matches!(
            (w(0), w(1)),
            ("به", "گزارش")
                | ("گفتنی", "است")
                | ("شایان", "ذکر")
                | ("لازم", "به")
                | ("یادآور", "می‌شود")
                | ("یادآوری", "می‌شود")
                | ("قابل", "ذکر")
        ) || (w(0), w(1), w(2), w(3)) == ("این", "در", "حالی", "است")
    }

    /// The first token of the sentence before token `start` when that one
    /// ends in an ellipsis ("…", "...") on the same line.
    fn ellipsis_before(&self, start: usize) -> Option<usize> {
        let toks = &self.v.tokens.tokens;
        if start < 2 {
            return None;
        }
        let (last, before) = (self.v.word(start - 1), self.v.word(start - 2));
        let ellipsis = last == "…" || (last == "." && (before == "." || before == "…"));
        let gap = &self.v.text[toks[start - 1].span.end..toks[start].span.start];
        (ellipsis && !gap.contains('\n')).then(|| self.v.sentence(start - 1).start)
    }

    /// Every speech act, in text order; `verbs` are the speech verbs' token ranges.
    pub fn acts(&self, verbs: &[(usize, usize)]) -> Vec<Act> {
        let mut out: Vec<Act> = Vec::with_capacity(verbs.len());
        let mut last: Option<String> = None;
        for &(a, b) in verbs {
            let sent = self.v.sentence(a);
            // epistemic "باید گفت", "می‌توان گفت" are not speech acts
            if a > sent.start
                && matches!(
                    self.v.word(a - 1),
                    "باید" | "نباید" | "می‌توان" | "توان" | "میتوان"
                )
            {
                continue;
            }
            // the subject is after the previous introducing act of the sentence
            let from = out
                .iter()
                .rev()
                .find(|p| p.introduces && p.verb.1 < a && p.verb.0 >= sent.start)
                .map_or(sent.start, |p| p.verb.1 + 1);
            // a subject inside a claim ("نماینده … بر ضرورت … تأکید کرد") only
            // when there is none outside ("Y باید …، وی افزود")
            let mut subject = match self.subject(from, a, self.claims) {
                Subject::Unknown => self.subject(from, a, &[]),
                s => s,
            };
            // "با تأکید بر جلوگیری از ورود فالگیر و .... به منزل گفت": an
            // ellipsis ended the tokenizer's sentence, not the writer's
            if matches!(subject, Subject::Unknown) && from == sent.start {
                if let Some(prev) = self.ellipsis_before(sent.start) {
                    subject = self.subject(prev, a, self.claims);
                }
            }
            // "وی افزود"، "این مقام گفت"، or no subject at all ("در ادامه
            // افزود"): the previous speaker. An unnamed subject ("وزیر نیرو
            // گفت") with no mention is left unresolved but does not end the
            // chain: more often it is the same person under a role the
            // officials extractor did not link than someone new.
            let dropped = (from..a)
                .find(|&t| !self.v.is_punct(t))
                .is_none_or(|t| matches!(self.v.word(t), "در" | "همچنین" | "سپس" | "نیز" | "وی" | "او"));
            let person = match subject {
                Subject::Person(p) => Some(p),
                Subject::Anaphor => last.clone(),
                Subject::Unknown if dropped => last.clone(),
                Subject::Unknown => None,
                // one official with that role, or the last speaker among several
                Subject::Roles(ids) if ids.len() == 1 => ids.into_iter().next(),
                Subject::Roles(ids) => last.clone().filter(|l| ids.contains(l)),
            };
            let next = (b + 1 < sent.end).then(|| self.v.word(b + 1));
            let introduces = matches!(next, Some(":" | "که"));
            let quotes = matches!(next, Some(":"));
            if person.is_some() {
                last = person.clone();
            }
            out.push(Act {
                verb: (a, b),
                person,
                introduces,
                quotes,
            });
        }
        out
    }

    /// The regions of the article: who is speaking where.
    pub fn regions(&self, acts: &[Act]) -> Vec<Region> {
        let toks = &self.v.tokens.tokens;
        let mut out = Vec::new();
        let mut carry: Option<String> = None;
        let mut k = 0;
        for sent in &self.v.tokens.sentences {
            let r = sent.tokens.clone();
            if r.is_empty() {
                continue;
            }
            if self.journalist_opening(r.clone()) {
                carry = None;
            }
            let here: Vec<&Act> = acts[k..].iter().take_while(|a| a.verb.0 < r.end).collect();
            k += here.len();
            // "به گفته X، …"
            let by_word = (r.start..r.end.saturating_sub(1))
                .find(|&t| self.v.word(t) == "به" && self.v.word(t + 1) == "گفته")
                .and_then(|t| {
                    let lo = toks[t + 1].span.end;
                    self.mentions
                        .iter()
                        .find(|m| m.0.start > lo && m.0.start <= lo + 1)
                        .map(|m| m.1.clone())
                });
            if here.is_empty() {
                // narration about a named person ends a quotation
                let at = self.mentions.partition_point(|m| m.0.start < sent.span.start);
                if let Some(m) = self.mentions.get(at).filter(|m| m.0.start == sent.span.start) {
                    if !m.2 && by_word.is_none() {
                        carry = None;
                    }
                }
                let person = by_word.or_else(|| carry.clone());
                out.push(Region {
                    span: sent.span,
                    person,
                });
                continue;
            }
            let mut pos = sent.span.start;
            for (n, act) in here.iter().enumerate() {
                let until = match here.get(n + 1) {
                    Some(next) if act.introduces => toks[subject_start(self, next, act)].span.start,
                    Some(_) => toks[act.verb.1].span.end,
                    None => sent.span.end,
                };
                let until = until.max(pos);
                out.push(Region {
                    span: Span::new(pos, until),
                    person: act.person.clone(),
                });
                pos = until;
            }
            carry = here.last().filter(|a| a.quotes).and_then(|a| a.person.clone());
        }
        out.retain(|r| !r.span.is_empty());
        out
    }
}

/// Where the subject of `next` begins, after an introducing `act`: the
/// clause start after the last comma, "و" or quote before its verb.
fn subject_start(s: &Speakers<'_, '_>, next: &Act, act: &Act) -> usize {
    let mut i = next.verb.0;
    while i > act.verb.1 + 1 {
        let w = s.v.word(i - 1);
        if matches!(w, "،" | "," | "و" | ":" | "«" | "»") {
            return i;
        }
        i -= 1;
    }
    act.verb.1 + 1
}

/// Who said the text at `span`: the smallest attribution of the officials
/// extractor that covers its start, else the region it starts in.
pub(crate) fn person_at<'r>(
    regions: &'r [Region],
    attributions: &'r [crate::extract::Attribution],
    span: Span,
) -> Option<&'r str> {
    let at = Span::new(span.start, span.start + 1);
    if let Some(a) = attributions
        .iter()
        .filter(|a| a.span.contains(at))
        .min_by_key(|a| a.span.len())
    {
        return Some(a.person.as_str());
    }
    let i = regions.partition_point(|r| r.span.end <= span.start);
    regions
        .get(i)
        .filter(|r| r.span.start <= span.start)
        .and_then(|r| r.person.as_deref())
}

/// Person id → official id: every official is itself; a person who is not
/// an official but whose name is part of exactly one official's name
/// ("موسوی" of "محمدعلی موسوی‌مبارکه", "نجفی" of "صادق نجفی") is that
/// official, when the people extractor left them apart.
pub(crate) fn official_ids(found: &Findings) -> FxHashMap<String, String> {
    let parts = |name: &str| -> Vec<String> {
        name.split([' ', '\u{200c}'])
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut out: FxHashMap<String, String> = found
        .officials
        .iter()
        .map(|o| (o.id.clone(), o.id.clone()))
        .collect();
    let names: Vec<(&str, Vec<String>)> = found
        .officials
        .iter()
        .map(|o| (o.id.as_str(), parts(&o.name.fa)))
        .collect();
    for p in &found.people {
        if out.contains_key(&p.id) {
            continue;
        }
        let mine = parts(&p.name.fa);
        if mine.is_empty() {
            continue;
        }
        let mut hits = names.iter().filter(|(_, n)| mine.iter().all(|w| n.contains(w)));
        if let (Some((id, _)), None) = (hits.next(), hits.next()) {
            out.insert(p.id.clone(), id.to_string());
        }
    }
    out
}

/// The officials' roles as (id, title, organisation words of three letters or more).
pub(crate) fn roles(found: &Findings) -> Vec<(String, String, Vec<String>)> {
    found
        .officials
        .iter()
        .flat_map(|o| {
            o.roles.iter().map(move |r| {
                let org = r
                    .organization
                    .as_ref()
                    .map(|g| {
                        g.fa.split_whitespace()
                            .filter(|w| w.chars().count() >= 3)
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                (o.id.clone(), r.title.fa.clone(), org)
            })
        })
        .collect()
}
