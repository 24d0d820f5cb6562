//! Extractors: independent modules behind one small trait, run in a fixed
//! order over the tokens of one article. Each reads the [`Context`] (the
//! normalized text, tokens, lexicons, article metadata) and what earlier
//! extractors put in [`Findings`], and adds its own results. None
//! re-normalizes or re-tokenizes. Spans are normalized-text byte spans until
//! the analyzer converts them (see [`crate::document`]).
//!
//! The order is written out in [`default_extractors`]:
//! numbers → figures → dates; people → officials → claims.

pub mod claims;
pub mod dates;
pub mod figures;
pub mod numbers;
pub mod officials;
pub mod organizations;
pub mod people;
pub mod translit;
pub mod words;

use std::cell::OnceCell;

use crate::document::{Claim, DateMention, Figure, Official, Organization, Person};
use crate::lexicon::Lexicons;
use crate::text::aligned::{AlignedText, Span};
use crate::text::tokenize::Tokens;

/// Facts about the article that do not come from its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    /// The article's publication date (Jalali year, month, day), for
    /// resolving relative dates ("امروز", "سال گذشته").
    pub jalali_date: Option<(i32, u32, u32)>,
}

/// What every extractor sees.
pub struct Context<'a> {
    /// The normalized text with its alignment to the original.
    pub aligned: &'a AlignedText,
    /// The normalized text (`aligned.text()`).
    pub text: &'a str,
    /// Tokens and sentences of `text`.
    pub tokens: &'a Tokens,
    /// All lexicons.
    pub lex: &'a Lexicons,
    /// Article metadata.
    pub meta: &'a ArticleMeta,
    /// The token view shared by the people, organisations and officials
    /// extractors, made on first use ([`Context::words`]): its per-token memos
    /// (lexicon matches, surname and given-name tests) are computed once per
    /// article, not once per extractor.
    words: OnceCell<words::Words<'a>>,
    /// [`numbers::number_at`] of each token, asked on first use
    /// ([`Context::number_at`]): the dates and figures extractors both ask it
    /// at nearly every word.
    /// (Boxed: a number is large and most tokens have none, so a long
    /// document's memo stays small.)
    numbers: OnceCell<Vec<OnceCell<Option<Box<numbers::Number>>>>>,
}

impl<'a> Context<'a> {
    /// The context of one article: `text` is taken from `aligned`, so the two
    /// cannot disagree.
    pub fn new(
        aligned: &'a AlignedText,
        tokens: &'a Tokens,
        lex: &'a Lexicons,
        meta: &'a ArticleMeta,
    ) -> Self {
        Context {
            aligned,
            text: aligned.text(),
            tokens,
            lex,
            meta,
            words: OnceCell::new(),
            numbers: OnceCell::new(),
        }
    }

    /// The number that starts at token `i` ([`numbers::number_at`] of the
    /// text and its tokens), read once per token and article.
    pub fn number_at(&self, i: usize) -> Option<&numbers::Number> {
        let toks = &self.tokens.tokens;
        let memo = self
            .numbers
            .get_or_init(|| (0..toks.len()).map(|_| OnceCell::new()).collect());
        memo.get(i)?
            .get_or_init(|| numbers::number_at(self.text, toks, i).map(Box::new))
            .as_deref()
    }

    /// The article's [`words::Words`] view, shared by the extractors that use
    /// it (made on first use).
    pub fn words(&self) -> &words::Words<'a> {
        self.words.get_or_init(|| words::Words::new(self))
    }

    /// The normalized text of a span.
    #[inline]
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }
}

/// A stretch of text attributed to a speaker: the clause(s) governed by a
/// speech verb whose subject is person `person` (an id of `Findings::people`).
/// Produced by the officials extractor, used to attribute claims and figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The attributed text (normalized bytes).
    pub span: Span,
    /// The speaker's person id.
    pub person: String,
}

/// What the extractors found so far; becomes the [`crate::Document`].
#[derive(Clone, Debug, Default)]
pub struct Findings {
    /// Named people.
    pub people: Vec<Person>,
    /// People with roles.
    pub officials: Vec<Official>,
    /// Organisations.
    pub organizations: Vec<Organization>,
    /// Figures.
    pub figures: Vec<Figure>,
    /// Dates.
    pub dates: Vec<DateMention>,
    /// Claims.
    pub claims: Vec<Claim>,
    /// Who said which stretch of text (not serialized).
    pub attributions: Vec<Attribution>,
}

/// One extractor.
pub trait Extractor: Send + Sync {
    /// A short name.
    fn name(&self) -> &'static str;
    /// Add what it finds in `cx` to `out`.
    fn extract(&self, cx: &Context<'_>, out: &mut Findings);
}

/// The extractors in the order they run.
pub fn default_extractors() -> Vec<Box<dyn Extractor>> {
    vec![
        // dates before figures: figures skip the numbers of dates
        Box::new(dates::DatesExtractor),
        Box::new(figures::FiguresExtractor),
        Box::new(people::PeopleExtractor),
        Box::new(organizations::OrganizationsExtractor),
        Box::new(officials::OfficialsExtractor),
        // claims last: they give the figures inside a speaker's clause that speaker
        Box::new(claims::ClaimsExtractor),
    ]
}
