//! A small view over an article's tokens shared by the people, organisations
//! and officials extractors: token text, punctuation tests, lexicon matches
//! that end on a token boundary, and the word classes that end a name or a
//! noun phrase.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::extract::Context;
use crate::lexicon::entities::{SPEECH_BIT, SUFFIX_BIT};
use crate::lexicon::{EntityLexicons, PhraseMatch, PhraseTable};
use crate::text::tokenize::{Token, TokenKind};

type Cached<'a> = OnceCell<Option<(PhraseMatch<'a>, usize)>>;

/// Per-token memo of the anchored lexicon matches: each name table is asked
/// at most once per token, however many rules look there.
struct Memo<'a> {
    tables: [&'a PhraseTable; 6],
    cells: [Vec<Cached<'a>>; 6],
    speech: Vec<OnceCell<Option<usize>>>,
    /// Whether each token can be a surname (asked by many name rules).
    surname: Vec<OnceCell<bool>>,
    /// Where the given name starting at each token ends (asked by many name
    /// rules).
    given: Vec<OnceCell<Option<usize>>>,
}

/// Tokens of one article with their text.
pub struct Words<'a> {
    /// The normalized text.
    pub text: &'a str,
    /// The tokens.
    pub toks: &'a [Token],
    /// The text of each token (sliced once: [`Words::w`] is asked millions of
    /// times).
    strs: Vec<&'a str>,
    /// Per token, which name tables may have an entry starting there,
    /// whether a speech verb may and whether it is a surname ending
    /// ([`EntityLexicons::starts`]; 0 for tokens that are neither Persian nor
    /// Latin words).
    starts: Vec<u8>,
    /// The entity lexicons.
    pub ent: &'a EntityLexicons,
    /// Speech verbs.
    pub speech: &'a PhraseTable,
    /// The normalizer's word list with corpus frequencies: how rare a word
    /// is that no name lexicon knows.
    pub words: &'a crate::text::normalize::zwnj::ZwnjLexicon,
    memo: Memo<'a>,
    /// The article's topics ([`Topic`] bits), found on first use.
    topics: OnceCell<u8>,
    /// The positions of each word's tokens, for [`Words::any_word`] in a
    /// long document (made on first use).
    positions: OnceCell<FxHashMap<&'a str, Vec<usize>>>,
}

/// Tokens from which [`Words::any_word`] looks a word up in an index of the
/// document's words instead of scanning its tokens (a news article is
/// scanned: cheaper than building the index for the few questions asked).
const INDEX_FROM_TOKENS: usize = 20_000;

/// What an article is about, from cue words anywhere in it. A lexicon entry
/// whose `context` column names a topic ("استقلال" → sports: the club, not
/// independence; "کنگره" → us: the US Congress, not a conference) matches
/// only in articles about that topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// Sport: لیگ، فوتبال، سرمربی …
    Sports = 1,
    /// American politics: آمریکا، واشنگتن، سناتور …
    Us = 2,
    /// The army: ارتش، سرتیپ … ("امیر" before a name is a rank there).
    Army = 4,
}

impl Topic {
    /// The topic named in a lexicon's `context` column.
    pub fn from_name(s: &str) -> Option<Topic> {
        match s {
            "sports" => Some(Topic::Sports),
            "us" => Some(Topic::Us),
            "army" => Some(Topic::Army),
            _ => None,
        }
    }

    fn cues(self) -> &'static [&'static str] {
        match self {
            Topic::Sports => &[
                "لیگ",
                "فوتبال",
                "فوتسال",
                "والیبال",
                "بسکتبال",
                "سرمربی",
                "دروازه‌بان",
                "هافبک",
                "مهاجم",
                "گلزنی",
                "جام",
                "بازیکن",
                "بازیکنان",
            ],
            Topic::Army => &["ارتش", "سرتیپ", "سرلشکر", "دریادار", "سرتیپ‌دوم"],
            Topic::Us => &[
                "آمریکا",
                "امریکا",
                "آمریکایی",
                "امریکایی",
                "واشنگتن",
                "سناتور",
                "سناتورهای",
            ],
        }
    }
}

/// Prepositions and words after which a person mention is not a clause's
/// subject.
pub const PREPOSITIONS: &[&str] = &[
    "با",
    "به",
    "از",
    "برای",
    "در",
    "میان",
    "بین",
    "توسط",
    "علیه",
    "نزد",
    "همراه",
    "درباره",
    "طرف",
    "سوی",
    "و",
    "یا",
    "که",
    "مانند",
    "چون",
    "همچون",
];

/// Calls `f` with the concatenation of `parts`, built on the stack when it
/// is short (a lexicon key made of two tokens, as "محمد رضا" from "محمد" and
/// "رضا"), so that a lookup asked at every token does not allocate.
pub fn with_joined<R>(parts: &[&str], f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 128];
    let n: usize = parts.iter().map(|p| p.len()).sum();
    if n > buf.len() {
        return f(&parts.concat());
    }
    let mut at = 0;
    for p in parts {
        buf[at..at + p.len()].copy_from_slice(p.as_bytes());
        at += p.len();
    }
    // (always valid: whole strings one after the other)
    match std::str::from_utf8(&buf[..n]) {
        Ok(s) => f(s),
        Err(_) => f(&parts.concat()),
    }
}

impl<'a> Words<'a> {
    /// The view of `cx`.
    pub fn new(cx: &Context<'a>) -> Words<'a> {
        let (lex, tokens) = (cx.lex, cx.tokens);
        let ent: &'a EntityLexicons = &lex.entities;
        let n = tokens.tokens.len();
        let cells = || (0..n).map(|_| OnceCell::new()).collect::<Vec<_>>();
        let text = cx.text;
        let strs: Vec<&'a str> = tokens.tokens.iter().map(|t| &text[t.span.range()]).collect();
        let starts = tokens
            .tokens
            .iter()
            .zip(&strs)
            .map(|(t, s)| match t.kind {
                TokenKind::Word | TokenKind::Latin => ent.starts(s),
                _ => 0,
            })
            .collect();
        Words {
            text,
            toks: &tokens.tokens,
            strs,
            starts,
            ent,
            speech: &lex.speech_verbs,
            words: &lex.zwnj,
            memo: Memo {
                // in the order of the bits of `starts`
                tables: ent.name_tables(),
                cells: [cells(), cells(), cells(), cells(), cells(), cells()],
                speech: (0..n).map(|_| OnceCell::new()).collect(),
                surname: (0..n).map(|_| OnceCell::new()).collect(),
                given: (0..n).map(|_| OnceCell::new()).collect(),
            },
            topics: OnceCell::new(),
            positions: OnceCell::new(),
        }
    }

    /// True when some word token (a Persian word) whose text is `s` satisfies
    /// `f` (given its index): "does the word come back elsewhere". A long
    /// document is not scanned once per question: its words' positions are
    /// indexed on the first.
    pub fn any_word(&self, s: &str, f: impl Fn(usize) -> bool) -> bool {
        if self.len() < INDEX_FROM_TOKENS {
            return (0..self.len()).any(|k| self.w(k) == s && self.is_word(k) && f(k));
        }
        let at = self.positions.get_or_init(|| {
            let mut at: FxHashMap<&'a str, Vec<usize>> = FxHashMap::default();
            for k in 0..self.len() {
                if self.is_word(k) {
                    at.entry(self.w(k)).or_default().push(k);
                }
            }
            at
        });
        at.get(s).is_some_and(|ks| ks.iter().any(|&k| f(k)))
    }

    /// True when the article is about `t` (one of its cue words occurs).
    pub fn about(&self, t: Topic) -> bool {
        /// Every cue word with its topic's bit.
        static CUES: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
            let mut m = HashMap::new();
            for t in [Topic::Sports, Topic::Us, Topic::Army] {
                for &c in t.cues() {
                    *m.entry(c).or_insert(0) |= t as u8;
                }
            }
            m
        });
        const ALL: u8 = Topic::Sports as u8 | Topic::Us as u8 | Topic::Army as u8;
        let bits = *self.topics.get_or_init(|| {
            let mut bits = 0u8;
            for tok in self.toks {
                if tok.kind == TokenKind::Word {
                    bits |= CUES.get(&self.text[tok.span.range()]).copied().unwrap_or(0);
                    if bits == ALL {
                        break;
                    }
                }
            }
            bits
        });
        bits & t as u8 != 0
    }

    /// The memo of a per-token test of the people rules ("can token `i`
    /// be a surname"): `f` runs at most once per token.
    pub fn memo_surname(&self, i: usize, f: impl FnOnce() -> bool) -> bool {
        match self.memo.surname.get(i) {
            Some(c) => *c.get_or_init(f),
            None => f(),
        }
    }

    /// The memoized answer of `f` about the given name starting at token `i`.
    pub fn memo_given(&self, i: usize, f: impl FnOnce() -> Option<usize>) -> Option<usize> {
        match self.memo.given.get(i) {
            Some(c) => *c.get_or_init(f),
            None => f(),
        }
    }

    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// True when there are no tokens.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Text of token `i` ("" past the end).
    #[inline]
    pub fn w(&self, i: usize) -> &'a str {
        self.strs.get(i).copied().unwrap_or("")
    }

    /// True when token `i` is a Persian word.
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// True when token `i` is one of the punctuation marks in `marks`.
    #[inline]
    pub fn is_punct(&self, i: usize, marks: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && marks.contains(self.strs[i]))
    }

    /// True when token `i` is a comma (، or ,).
    #[inline]
    pub fn is_comma(&self, i: usize) -> bool {
        self.is_punct(i, "،,")
    }

    /// Sentence index of token `i`.
    #[inline]
    pub fn sentence(&self, i: usize) -> u32 {
        self.toks.get(i).map_or(u32::MAX, |t| t.sentence)
    }

    /// The token that starts at byte `b`.
    pub fn token_starting_at(&self, b: usize) -> Option<usize> {
        self.toks.binary_search_by_key(&b, |t| t.span.start).ok()
    }

    /// The token that ends at byte `b` (searching from `from`).
    pub fn token_ending_at(&self, from: usize, b: usize) -> Option<usize> {
        // the last token starting before `b`, by binary search, then back
        // to `from`
        let k = self.toks.partition_point(|t| t.span.start < b);
        (from..k)
            .rev()
            .take_while(|&x| self.toks[x].span.end >= b)
            .find(|&x| self.toks[x].span.end == b)
    }

    /// A match of `g` that starts at token `i` and ends on a token boundary:
    /// the match and the index of its last token.
    pub fn match_tokens(&self, g: &'a PhraseTable, i: usize) -> Option<(PhraseMatch<'a>, usize)> {
        let t = self.toks.get(i)?;
        // Latin words match too: "OECD", "Google" (entries in Latin script)
        if t.kind != TokenKind::Word && t.kind != TokenKind::Latin {
            return None;
        }
        // (`may_start` was asked: by the bits of `starts` for the memoized
        // tables, below for the others)
        let find = || {
            let m = g.match_at(self.text, t.span.start)?;
            // an entry bound to a topic matches only in articles about it
            if let Some(topic) = Topic::from_name(g.field(m.entry, "context")) {
                if !self.about(topic) {
                    return None;
                }
            }
            let j = self.token_ending_at(i, m.span.end)?;
            Some((m, j))
        };
        match self.memo.tables.iter().position(|x| std::ptr::eq(*x, g)) {
            Some(k) if self.starts[i] & (1 << k) == 0 => None,
            Some(k) => *self.memo.cells[k][i].get_or_init(find),
            None if !g.may_start(self.strs[i]) => None,
            None => find(),
        }
    }

    /// The last token of a speech verb starting at token `i`.
    pub fn speech_verb_at(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        if self.starts[i] & SPEECH_BIT == 0 {
            return None;
        }
        *self.memo.speech[i].get_or_init(|| {
            let m = self.speech.match_at(self.text, t.span.start)?;
            self.token_ending_at(i, m.span.end)
        })
    }

    /// True when token `i` is a word that is a surname ending (زاده، پور …)
    /// as a whole ([`SUFFIX_BIT`] of [`EntityLexicons::starts`], looked up
    /// once per token).
    #[inline]
    pub fn surname_suffix_at(&self, i: usize) -> bool {
        self.starts.get(i).is_some_and(|&b| b & SUFFIX_BIT != 0)
    }

    /// True for a function word, a verb or a speech verb: words that end a
    /// name or a noun phrase.
    pub fn is_function_or_verb(&self, i: usize) -> bool {
        let w = self.w(i);
        self.ent.is_function(w) || self.ent.is_verb(w) || self.speech_verb_at(i).is_some()
    }

    /// True when token `i` starts a title phrase.
    pub fn title_at(&self, i: usize) -> Option<(PhraseMatch<'a>, usize)> {
        let (m, j) = self.match_tokens(&self.ent.titles, i)?;
        // a place in a ranking is no official: "مقام اول", "مقام سوم جهان"
        if m.entry.fa == "مقام"
            && (is_ordinal(self.w(j + 1))
                || matches!(self.w(j + 1), "نخست" | "قهرمانی" | "نایب‌قهرمانی" | "برتر"))
        {
            return None;
        }
        (self.ent.titles.field(m.entry, "kind") == "title").then_some((m, j))
    }
}

/// Ordinal words: a term of office ("مجلس دهم", "دولت یازدهم") or a place
/// in a ranking ("مقام اول").
pub fn is_ordinal(s: &str) -> bool {
    matches!(
        s,
        "اول"
            | "دوم"
            | "سوم"
            | "چهارم"
            | "پنجم"
            | "ششم"
            | "هفتم"
            | "هشتم"
            | "نهم"
            | "دهم"
            | "یازدهم"
            | "دوازدهم"
            | "سیزدهم"
            | "چهاردهم"
    )
}

#[cfg(test)]
mod tests {
    use super::{with_joined, INDEX_FROM_TOKENS};
    use crate::extract::{ArticleMeta, Context};
    use crate::lexicon::Lexicons;
    use crate::text::aligned::AlignedText;
    use crate::text::tokenize::tokenize;

    #[test]
    fn any_word_scans_a_short_text_and_indexes_a_long_one() {
        let lex = Lexicons::embedded().unwrap();
        let meta = ArticleMeta::default();
        let sentence = "علی آمد و رفت. «علی» گفت: رفت؟ ";
        for repeat in [1, INDEX_FROM_TOKENS / 8] {
            let aligned = AlignedText::new(sentence.repeat(repeat));
            let tokens = tokenize(aligned.text());
            let cx = Context::new(&aligned, &tokens, &lex, &meta);
            let w = cx.words();
            assert_eq!(w.len() >= INDEX_FROM_TOKENS, repeat > 1, "{}", w.len());
            let at = |s: &str| (0..w.len()).filter(|&k| w.w(k) == s).collect::<Vec<_>>();
            let (ali, raft) = (at("علی"), at("رفت"));
            assert!(w.any_word("علی", |k| k == ali[1]));
            assert!(!w.any_word("علی", |k| k != ali[0] && k != ali[1] && k < w.len() / repeat));
            assert!(w.any_word("رفت", |k| k == raft[raft.len() - 1]));
            // only words: "." and "«" are punctuation
            assert!(!w.any_word(".", |_| true));
            assert!(!w.any_word("نیامد", |_| true));
        }
    }

    #[test]
    fn joined_parts_are_one_string_short_or_long() {
        let long = "ب".repeat(100);
        for (parts, want) in [
            (vec!["محمد", " ", "رضا"], "محمد رضا".to_string()),
            (vec!["قدرت", "\u{200C}", "الله"], "قدرت\u{200C}الله".to_string()),
            (vec![], String::new()),
            // longer than the stack buffer
            (vec![long.as_str(), " ", long.as_str()], format!("{long} {long}")),
        ] {
            assert_eq!(with_joined(&parts, |s| s.to_string()), want);
        }
    }
}
