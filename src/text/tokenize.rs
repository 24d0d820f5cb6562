//! The tokenizer: words, numbers, Latin runs and punctuation with their spans
//! in the normalized text, grouped into sentences.
//!
//! - A number with separators between digits is one token: ۲٫۵, 1,200,
//!   ۱۴۰۳/۰۵/۱۲, ۱۲:۳۰.
//! - Scripts split tokens: "SMEها" is `SME` + `ها`, "۵۲گانه" is `۵۲` + `گانه`.
//! - Sentences end at . ! ? ؟ … (with closing quotes/brackets that follow) when
//!   white space or the end follows, and at every newline; a period after a
//!   one-letter abbreviation (ه.ش، ق.م) or inside a number does not end one.

use std::ops::Range;

use serde::Serialize;

use crate::text::aligned::Span;
use crate::text::chars::{is_arabic_letter, is_arabic_mark, is_digit, ZWNJ};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// A Persian (Arabic-script) word; may contain ZWNJ.
    Word,
    /// Digits, with any internal separators (٫ ٬ . , / :).
    Number,
    /// A Latin run: letters and digits, with internal . - _ @ / : (codes, URLs).
    Latin,
    /// A punctuation mark or other symbol (one character).
    Punct,
}

/// One token of the normalized text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Bytes of the normalized text.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
    /// Index of its sentence.
    pub sentence: u32,
    /// True when white space (or the start of text) precedes the token; false
    /// when it is glued to the previous one ("SMEها", "۵۲گانه", "شد.").
    pub space_before: bool,
}

impl Token {
    /// The token's text in `text` (the normalized text it was made from).
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.range()]
    }
}

/// A sentence: its span and the range of its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Bytes of the normalized text, first token to last.
    pub span: Span,
    /// Indices into [`Tokens::tokens`].
    pub tokens: Range<usize>,
}

/// The tokens and sentences of a text.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    /// All tokens in order.
    pub tokens: Vec<Token>,
    /// All sentences in order; their token ranges cover `tokens` exactly.
    pub sentences: Vec<Sentence>,
}

#[inline]
fn is_word_part(c: char) -> bool {
    is_arabic_letter(c) || is_arabic_mark(c) || c == ZWNJ
}

#[inline]
fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…')
}

#[inline]
fn is_closing(c: char) -> bool {
    matches!(c, '»' | ')' | ']' | '"' | '\'' | '”' | '’')
}

/// Length in bytes of the number starting at `i` (which is a digit).
fn number_len(s: &str, i: usize) -> usize {
    let mut end = i;
    let mut chars = s[i..].char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        if is_digit(c) {
            end = i + k + c.len_utf8();
        } else if matches!(c, '٫' | '٬' | '.' | ',' | '/' | ':') {
            match chars.peek() {
                Some(&(_, n)) if is_digit(n) => {}
                _ => break,
            }
        } else {
            break;
        }
    }
    end - i
}

/// Length in bytes of the Latin run starting at `i` (a Latin letter or digit).
fn latin_len(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let mut j = i;
    while j < b.len() {
        let c = b[j];
        let joiner = matches!(c, b'.' | b'-' | b'@' | b'/' | b':' | b'\'')
            && b.get(j + 1).is_some_and(|n| n.is_ascii_alphanumeric());
        if c.is_ascii_alphanumeric() || c == b'_' || joiner {
            j += 1;
        } else if c >= 0x80 {
            // Latin-1 letters (é, ü …) stay in the run
            match s[j..].chars().next() {
                Some(ch) if crate::text::chars::is_latin_letter(ch) => j += ch.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    j - i
}

/// Split normalized text into tokens and sentences.
pub fn tokenize(s: &str) -> Tokens {
    let mut tokens: Vec<Token> = Vec::with_capacity(s.len() / 6);
    let mut sentences = Vec::new();
    let mut sent_start_tok = 0usize;
    let mut space_before = true;
    let mut i = 0;
    let b = s.as_bytes();
    // closes the current sentence after the last pushed token
    let close = |tokens: &mut Vec<Token>, sentences: &mut Vec<Sentence>, start: &mut usize| {
        if *start < tokens.len() {
            let span = Span::new(tokens[*start].span.start, tokens[tokens.len() - 1].span.end);
            sentences.push(Sentence {
                span,
                tokens: *start..tokens.len(),
            });
            *start = tokens.len();
        }
    };
    while i < s.len() {
        let c = match s[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        if c == '\n' {
            close(&mut tokens, &mut sentences, &mut sent_start_tok);
            space_before = true;
            i += 1;
            continue;
        }
        if c.is_whitespace() || c == ZWNJ {
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        let (len, kind) = if is_word_part(c) {
            let len = s[i..]
                .char_indices()
                .find(|&(_, d)| !is_word_part(d))
                .map_or(s.len() - i, |(k, _)| k);
            // a trailing ZWNJ is not part of the word
            let w = &s[i..i + len];
            (w.trim_end_matches(ZWNJ).len(), TokenKind::Word)
        } else if is_digit(c) {
            (number_len(s, i), TokenKind::Number)
        } else if c.is_ascii_alphabetic() || crate::text::chars::is_latin_letter(c) {
            (latin_len(s, i), TokenKind::Latin)
        } else {
            (c.len_utf8(), TokenKind::Punct)
        };
        let len = len.max(c.len_utf8());
        let sentence = sentences.len() as u32;
        tokens.push(Token {
            span: Span::new(i, i + len),
            kind,
            sentence,
            space_before,
        });
        space_before = false;
        i += len;
        if kind == TokenKind::Punct && is_sentence_end(c) {
            // take the rest of a run of enders and closing marks
            while i < s.len() {
                let d = match s[i..].chars().next() {
                    Some(d) if is_sentence_end(d) || is_closing(d) => d,
                    _ => break,
                };
                tokens.push(Token {
                    span: Span::new(i, i + d.len_utf8()),
                    kind: TokenKind::Punct,
                    sentence,
                    space_before: false,
                });
                i += d.len_utf8();
            }
            let at_break = i >= s.len() || b[i] == b' ' || b[i] == b'\n';
            if at_break && !(c == '.' && is_abbreviation(s, &tokens)) {
                close(&mut tokens, &mut sentences, &mut sent_start_tok);
            }
        }
    }
    close(&mut tokens, &mut sentences, &mut sent_start_tok);
    Tokens { tokens, sentences }
}

/// True when the period just pushed (last token) follows an abbreviation:
/// a one-letter Persian word (ه.ش، ق.م، ع.) or a dotted sequence such as ج.ا.ا.
fn is_abbreviation(s: &str, tokens: &[Token]) -> bool {
    let n = tokens.len();
    // find the period: the last '.' token among the trailing punctuation
    let Some(p) = tokens.iter().rposition(|t| t.kind != TokenKind::Punct) else {
        return false;
    };
    if p + 2 != n {
        return false; // more than the period follows the word (e.g. "!.")
    }
    let w = &tokens[p];
    w.kind == TokenKind::Word && !tokens[p + 1].space_before && w.text(s).chars().count() == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).tokens.iter().map(|t| (t.text(s), t.kind)).collect()
    }

    fn sents(s: &str) -> Vec<&str> {
        tokenize(s).sentences.iter().map(|x| &s[x.span.range()]).collect()
    }

    #[test]
    fn tokens() {
        use TokenKind::*;
        assert_eq!(toks("SMEها"), vec![("SME", Latin), ("ها", Word)]);
        assert_eq!(toks("۲٫۵ درصد"), vec![("۲٫۵", Number), ("درصد", Word)]);
        assert_eq!(toks("۱۴۰۳/۰۵/۱۲"), vec![("۱۴۰۳/۰۵/۱۲", Number)]);
        assert_eq!(toks("1,200،"), vec![("1,200", Number), ("،", Punct)]);
        assert_eq!(toks("۱۲:۳۰."), vec![("۱۲:۳۰", Number), (".", Punct)]);
        assert_eq!(toks("می\u{200C}شود"), vec![("می\u{200C}شود", Word)]);
        assert_eq!(
            toks("COVID-19 www.farsnews.ir"),
            vec![("COVID-19", Latin), ("www.farsnews.ir", Latin)]
        );
        assert_eq!(toks("۵۲گانه"), vec![("۵۲", Number), ("گانه", Word)]);
        assert_eq!(toks("«سلام»"), vec![("«", Punct), ("سلام", Word), ("»", Punct)]);
        assert!(toks("").is_empty());
    }

    #[test]
    fn sentences() {
        assert_eq!(
            sents("اول است. دوم است؟ سوم!"),
            vec!["اول است.", "دوم است؟", "سوم!"]
        );
        assert_eq!(sents("سال ۱۳۵۷ ه.ش. بود. بعد"), vec!["سال ۱۳۵۷ ه.ش. بود.", "بعد"]);
        assert_eq!(sents("امام علی (ع) گفت. خوب"), vec!["امام علی (ع) گفت.", "خوب"]);
        assert_eq!(sents("نرخ ۲.۵ درصد شد. بعد"), vec!["نرخ ۲.۵ درصد شد.", "بعد"]);
        assert_eq!(sents("گفت: «بله.» و رفت"), vec!["گفت: «بله.»", "و رفت"]);
        assert_eq!(sents("خط اول\nخط دوم"), vec!["خط اول", "خط دوم"]);
        assert_eq!(
            sents("سایت www.farsnews.ir است"),
            vec!["سایت www.farsnews.ir است"]
        );
        let t = tokenize("الف. ب");
        assert_eq!(t.sentences[1].tokens, 2..3);
        assert_eq!(t.tokens[2].sentence, 1);
    }
}
