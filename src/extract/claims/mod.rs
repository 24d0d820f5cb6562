//! Policy claims: what someone says must, should or needs to be done.
//!
//! 1. `cues`: the cues of `modality.tsv` in the text, each checked for what
//!    its kind needs (a copula after لازم, a light verb after نیاز …) and
//!    against `modality_exclusions.tsv` ("باید گفت", "در صورت نیاز" …).
//! 2. `clause`: the clause each cue carries, bounded inside its sentence.
//! 3. `speakers`: the speech acts (speech verb + subject) and the text each
//!    governs; `Findings.attributions` take precedence. A claim's speaker is
//!    the person governing its cue if that person is an official, else null.
//!    Figures inside an attributed claim or stretch get the same speaker.
//!
//! Runs after the officials extractor and uses only what it left in
//! [`Findings`] (people, officials, their mentions, attributions).

pub(crate) mod clause;
pub(crate) mod cues;
pub(crate) mod speakers;

use crate::document::{Claim, Gloss, Modality};
use crate::extract::{Context, Extractor, Findings};
use crate::text::aligned::Span;

use clause::{flag, Bounds};
use cues::View;
use speakers::{Region, Speakers};

/// The claims extractor.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClaimsExtractor;

impl Extractor for ClaimsExtractor {
    fn name(&self) -> &'static str {
        "claims"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Findings) {
        let v = View {
            text: cx.text,
            tokens: cx.tokens,
        };
        let n = cx.tokens.tokens.len();
        if n == 0 {
            return;
        }
        let lex = &cx.lex.modality;
        let verbs = &cx.lex.verbs;
        let found = cues::find_cues(&v, lex, verbs);
        // speech verbs, as token ranges
        let speech: Vec<(usize, usize)> = cx
            .lex
            .speech_verbs
            .find_iter(cx.text)
            .filter_map(|m| Some((v.token_starting(m.span.start)?, v.token_ending(m.span.end)?)))
            .collect();
        let mut flags = vec![0u8; n];
        for &(a, b) in &speech {
            flags[a] |= flag::SPEECH_START;
            flags[b] |= flag::SPEECH_END;
        }
        for c in &found {
            flags[c.first] |= flag::CUE_START;
        }
        let bounds = Bounds {
            v: &v,
            verbs,
            flags: &flags,
        };
        let spans: Vec<(usize, usize)> = found
            .iter()
            .map(|c| {
                let sent = v.sentence(c.anchor);
                let right = bounds.right(c.last, sent.clone());
                // "با تأکید بر لزوم …" and "تأکید کرد که …" start the claim
                let left = if c.emphasis || c.first < c.anchor {
                    c.first
                } else {
                    bounds.left(c.first, sent)
                };
                (left.min(c.first), right.max(c.last))
            })
            .collect();
        // "تأکید کرد که …" only when the clause it governs has no other cue
        let keep = |c: &cues::Cue, r: usize| {
            !c.emphasis
                || r > c.last
                    && !found
                        .iter()
                        .any(|o| !o.emphasis && o.anchor > c.last && o.anchor < v.sentence(c.anchor).end)
        };
        let (found, claim_spans): (Vec<&cues::Cue>, Vec<Span>) = found
            .iter()
            .zip(&spans)
            .filter(|(c, &(_, r))| keep(c, r))
            .map(|(c, &(l, r))| {
                (
                    c,
                    Span::new(cx.tokens.tokens[l].span.start, cx.tokens.tokens[r].span.end),
                )
            })
            .unzip();

        // who speaks where
        let mentions = speakers::mentions(out);
        let roles = speakers::roles(out);
        let sp = Speakers {
            v: &v,
            mentions: &mentions,
            roles: &roles,
            claims: &claim_spans,
        };
        let acts = sp.acts(&speech);
        let regions: Vec<Region> = sp.regions(&acts);
        let officials = speakers::official_ids(out);
        let official = |p: Option<&str>| p.and_then(|p| officials.get(p)).cloned();

        for (c, span) in found.iter().zip(&claim_spans) {
            let mut speaker = speakers::person_at(&regions, &out.attributions, c.span);
            // "X خواستار … شد": the demander is the clause's subject
            if speaker.is_none() && c.modality == Modality::Demand && !c.emphasis {
                let sent = v.sentence(c.anchor);
                speaker = mentions
                    .iter()
                    .find(|m| m.0.start >= cx.tokens.tokens[sent.start].span.start && m.0.end <= c.span.start)
                    .map(|m| m.1.as_str());
            }
            out.claims.push(Claim {
                text: cx.text[span.range()].to_string(),
                speaker: official(speaker),
                cue: Gloss {
                    fa: c.fa.clone(),
                    en: c.en.clone(),
                },
                modality: c.modality,
                negated: c.negated,
                span: *span,
            });
        }

        // figures said by someone
        for f in out.figures.iter_mut().filter(|f| f.speaker.is_none()) {
            let by_claim = out
                .claims
                .iter()
                .find(|c| c.speaker.is_some() && c.span.contains(f.span))
                .and_then(|c| c.speaker.clone());
            f.speaker =
                by_claim.or_else(|| official(speakers::person_at(&regions, &out.attributions, f.span)));
        }
    }
}

#[cfg(test)]
mod tests;
