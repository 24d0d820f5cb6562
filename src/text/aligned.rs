//! [`AlignedText`]: normalized text that remembers, for every byte, where in
//! the original input it came from.
//!
//! Every normalization step edits the text through one primitive,
//! [`AlignedText::apply`], which replaces byte ranges of the current text with
//! new strings and keeps the alignment right. A step scans
//! [`AlignedText::text`], records its edits in an [`Edits`] buffer, and calls
//! `apply`; when a step has nothing to change the text is not copied at all.
//!
//! Alignment rules of the primitive (for a replacement of `text[s..e]` by `r`):
//! - `r` empty: a deletion; the removed bytes vanish from the alignment.
//! - `s == e`: an insertion; the new bytes map to the empty original range at
//!   the end of the preceding character (e.g. an inserted ZWNJ).
//! - same number of characters: a character-for-character replacement; each
//!   new character maps to the original range of the character it replaces
//!   (ي → ی, ۷ → 7).
//! - otherwise every new byte maps to the union of the replaced range.
//!
//! Spans are half-open byte ranges into the normalized text ([`Span`]). They
//! become original *code point* offsets through [`AlignedText::to_original`]
//! only when output is built.

use std::ops::Range;

/// A half-open byte range `[start, end)` in the normalized text.
///
/// Extractors work with `Span`s; [`AlignedText::to_original`] turns them into
/// code-point offsets of the original input when a document is built.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the span covers nothing.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }
    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// True when `other` lies inside `self`.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The byte range, for slicing.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// A list of pending edits to an [`AlignedText`], in increasing position.
///
/// Edits must not overlap and must be pushed in order of position; an
/// insertion at `p` may be followed by a replacement starting at `p`.
/// The replacement strings share one buffer, so recording an edit does not
/// allocate once the buffers have grown.
#[derive(Debug, Default)]
pub struct Edits {
    items: Vec<Edit>,
    buf: String,
}

#[derive(Clone, Copy, Debug)]
struct Edit {
    start: u32,
    end: u32,
    repl: (u32, u32),
}

impl Edits {
    /// An empty edit list.
    pub fn new() -> Edits {
        Edits::default()
    }

    /// Replace the bytes `range` of the current text with `with`.
    pub fn replace(&mut self, range: Range<usize>, with: &str) {
        debug_assert!(range.start <= range.end);
        debug_assert!(
            self.items.last().is_none_or(|e| (e.end as usize) <= range.start),
            "edits out of order or overlapping"
        );
        let a = self.buf.len() as u32;
        self.buf.push_str(with);
        self.items.push(Edit {
            start: range.start as u32,
            end: range.end as u32,
            repl: (a, self.buf.len() as u32),
        });
    }

    /// Replace with a single character.
    pub fn replace_char(&mut self, range: Range<usize>, with: char) {
        let mut b = [0u8; 4];
        self.replace(range, with.encode_utf8(&mut b));
    }

    /// Delete the bytes `range`.
    pub fn delete(&mut self, range: Range<usize>) {
        self.replace(range, "");
    }

    /// Insert `s` before byte `at`.
    pub fn insert(&mut self, at: usize, s: &str) {
        self.replace(at..at, s);
    }

    /// Number of recorded edits.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when no edit is recorded.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Forget all edits, keeping the buffers.
    pub fn clear(&mut self) {
        self.items.clear();
        self.buf.clear();
    }
}

/// The original input, the normalized text, and the byte alignment between
/// them.
///
/// `align[i]` is the original byte range that normalized byte `i` came from;
/// it is monotone (both ends never decrease), which makes span conversion a
/// pair of lookups.
#[derive(Clone, Debug)]
pub struct AlignedText {
    original: String,
    text: String,
    align: Vec<(u32, u32)>,
    /// False for [`AlignedText::untracked_in`]: `align` stays empty.
    tracked: bool,
    /// The buffer of the text before the last [`AlignedText::apply`] of an
    /// untracked text, reused by the next (one allocation per text, not
    /// one per step).
    spare: String,
}

impl AlignedText {
    /// Start from `original`, with the normalized text equal to it.
    ///
    /// # Panics
    /// When the input is 4 GiB or larger (offsets are kept as `u32`); callers
    /// reject such input with a clear error first (batch `--max-bytes`).
    pub fn new(original: impl Into<String>) -> AlignedText {
        let original = original.into();
        assert!(
            original.len() < u32::MAX as usize,
            "input too large for AlignedText"
        );
        let mut align = Vec::with_capacity(original.len());
        if original.is_ascii() {
            align.extend((0..original.len() as u32).map(|i| (i, i + 1)));
        } else {
            // one pass over the bytes: a lead byte opens the range that its
            // continuation bytes share
            let mut cur = (0u32, 0u32);
            for (i, &b) in original.as_bytes().iter().enumerate() {
                if b & 0xC0 != 0x80 {
                    let w = if b < 0x80 {
                        1
                    } else if b < 0xE0 {
                        2
                    } else if b < 0xF0 {
                        3
                    } else {
                        4
                    };
                    cur = (i as u32, (i + w) as u32);
                }
                align.push(cur);
            }
        }
        let text = original.clone();
        AlignedText {
            original,
            text,
            align,
            tracked: true,
            spare: String::new(),
        }
    }

    /// A text that keeps no alignment: [`AlignedText::apply`] edits the text
    /// alone. For callers that want only the normalized text
    /// ([`crate::Normalizer::normalize_into`]); never handed out, since its
    /// spans cannot be mapped back. It lives in the caller's buffers: `text`
    /// receives a copy of `original`, `spare` serves the edits (both emptied
    /// first, their capacity kept); [`AlignedText::into_buffers`] hands them
    /// back.
    pub(crate) fn untracked_in(original: &str, mut text: String, spare: String) -> AlignedText {
        text.clear();
        text.push_str(original);
        AlignedText {
            original: String::new(),
            text,
            align: Vec::new(),
            tracked: false,
            spare,
        }
    }

    /// Consume, returning the normalized text and the spare buffer (see
    /// [`AlignedText::untracked_in`]).
    pub(crate) fn into_buffers(self) -> (String, String) {
        (self.text, self.spare)
    }

    /// The original input.
    #[inline]
    pub fn original(&self) -> &str {
        &self.original
    }

    /// The normalized text as it stands now.
    #[inline]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Consume, returning the normalized text.
    pub fn into_text(self) -> String {
        self.text
    }

    /// The edit primitive: apply `edits` (positions in the current text) and
    /// update the alignment. Returns the number of edits applied. The edit
    /// list is left empty for reuse.
    pub fn apply(&mut self, edits: &mut Edits) -> usize {
        let n = edits.items.len();
        if n == 0 {
            return 0;
        }
        let extra: usize = edits.buf.len();
        if !self.tracked {
            let mut text = std::mem::take(&mut self.spare);
            text.clear();
            text.reserve(self.text.len() + extra);
            let mut pos = 0usize;
            for e in &edits.items {
                let (s, end) = (e.start as usize, e.end as usize);
                text.push_str(&self.text[pos..s]);
                text.push_str(&edits.buf[e.repl.0 as usize..e.repl.1 as usize]);
                pos = end;
            }
            text.push_str(&self.text[pos..]);
            self.spare = std::mem::replace(&mut self.text, text);
            edits.clear();
            return n;
        }
        let mut text = String::with_capacity(self.text.len() + extra);
        let mut align = Vec::with_capacity(self.align.len() + extra);
        let mut pos = 0usize;
        for e in &edits.items {
            let (s, end) = (e.start as usize, e.end as usize);
            debug_assert!(self.text.is_char_boundary(s) && self.text.is_char_boundary(end));
            text.push_str(&self.text[pos..s]);
            align.extend_from_slice(&self.align[pos..s]);
            let r = &edits.buf[e.repl.0 as usize..e.repl.1 as usize];
            if !r.is_empty() {
                if s == end {
                    let p = self.insertion_point(s);
                    align.extend(std::iter::repeat_n((p, p), r.len()));
                } else {
                    let old = &self.text[s..end];
                    if same_char_count(old, r) {
                        let mut oi = s;
                        for (nc, oc) in r.chars().zip(old.chars()) {
                            let range = (self.align[oi].0, self.align[oi + oc.len_utf8() - 1].1);
                            align.extend(std::iter::repeat_n(range, nc.len_utf8()));
                            oi += oc.len_utf8();
                        }
                    } else {
                        let range = (self.align[s].0, self.align[end - 1].1);
                        align.extend(std::iter::repeat_n(range, r.len()));
                    }
                }
                text.push_str(r);
            }
            pos = end;
        }
        text.push_str(&self.text[pos..]);
        align.extend_from_slice(&self.align[pos..]);
        debug_assert_eq!(text.len(), align.len());
        self.text = text;
        self.align = align;
        edits.clear();
        n
    }

    /// Original byte position that an insertion before normalized byte `at`
    /// maps to: the end of what precedes it.
    fn insertion_point(&self, at: usize) -> u32 {
        if at > 0 {
            self.align[at - 1].1
        } else if let Some(first) = self.align.first() {
            first.0
        } else {
            0
        }
    }

    /// The original byte range a normalized span came from.
    pub fn to_original_bytes(&self, span: Span) -> Range<usize> {
        debug_assert!(span.start <= span.end && span.end <= self.text.len());
        if span.is_empty() {
            let p = if span.start < self.align.len() {
                self.align[span.start].0
            } else {
                self.insertion_point(span.start)
            } as usize;
            return p..p;
        }
        let a = self.align[span.start].0 as usize;
        let b = self.align[span.end - 1].1 as usize;
        a..b.max(a)
    }

    /// The original text a normalized span came from.
    pub fn original_slice(&self, span: Span) -> &str {
        &self.original[self.to_original_bytes(span)]
    }

    /// A converter from normalized spans to original code-point offsets; build
    /// one per document and reuse it for every span.
    pub fn offsets(&self) -> OffsetConverter<'_> {
        OffsetConverter::new(self)
    }

    /// Code-point offsets `(start, end)` into the original input of a
    /// normalized span. For many spans use [`AlignedText::offsets`].
    pub fn to_original(&self, span: Span) -> (usize, usize) {
        self.offsets().convert(span)
    }
}

#[inline]
fn same_char_count(a: &str, b: &str) -> bool {
    // Fast path: one char each (the common case of letter and digit steps).
    let mut ai = a.chars();
    let mut bi = b.chars();
    loop {
        match (ai.next(), bi.next()) {
            (None, None) => return true,
            (Some(_), Some(_)) => {}
            _ => return false,
        }
    }
}

/// Converts normalized spans to code-point offsets of the original input.
///
/// Keeps a checkpoint every 64 bytes of the original (the code-point count up
/// to there), so a conversion counts at most 63 bytes.
pub struct OffsetConverter<'a> {
    text: &'a AlignedText,
    checkpoints: Vec<u32>,
    ascii: bool,
}

const CHECKPOINT: usize = 64;

impl<'a> OffsetConverter<'a> {
    fn new(text: &'a AlignedText) -> OffsetConverter<'a> {
        let bytes = text.original.as_bytes();
        let ascii = bytes.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            checkpoints.reserve(bytes.len() / CHECKPOINT + 1);
            let mut count = 0u32;
            for chunk in bytes.chunks(CHECKPOINT) {
                checkpoints.push(count);
                count += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32;
            }
        }
        OffsetConverter {
            text,
            checkpoints,
            ascii,
        }
    }

    /// Code-point offset of original byte position `b` (a char boundary).
    pub fn char_offset(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let k = b / CHECKPOINT;
        let base = match self.checkpoints.get(k) {
            Some(&c) => c as usize,
            None => return self.text.original.chars().count(),
        };
        let bytes = &self.text.original.as_bytes()[k * CHECKPOINT..b];
        base + bytes.iter().filter(|&&x| (x as i8) >= -0x40).count()
    }

    /// Code-point offsets `(start, end)` in the original of a normalized span.
    pub fn convert(&self, span: Span) -> (usize, usize) {
        let r = self.text.to_original_bytes(span);
        (self.char_offset(r.start), self.char_offset(r.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars_slice(s: &str, (a, b): (usize, usize)) -> String {
        s.chars().skip(a).take(b - a).collect()
    }

    #[test]
    fn identity() {
        let t = AlignedText::new("سلام دنیا");
        let sp = Span::new(t.text().find("دنیا").unwrap(), t.text().len());
        assert_eq!(t.to_original(sp), (5, 9));
        assert_eq!(t.original_slice(sp), "دنیا");
    }

    #[test]
    fn replace_same_count_maps_per_char() {
        let mut t = AlignedText::new("علي كريمي");
        let mut e = Edits::new();
        for (i, c) in t.text().char_indices() {
            match c {
                'ي' => e.replace_char(i..i + 2, 'ی'),
                'ك' => e.replace_char(i..i + 2, 'ک'),
                _ => {}
            }
        }
        t.apply(&mut e);
        assert_eq!(t.text(), "علی کریمی");
        let s = t.text().find("کریمی").unwrap();
        let sp = Span::new(s, t.text().len());
        assert_eq!(t.original_slice(sp), "كريمي");
        assert_eq!(chars_slice(t.original(), t.to_original(sp)), "كريمي");
        // a span of one replaced letter maps to that letter
        let k = Span::new(s, s + 'ک'.len_utf8());
        assert_eq!(t.original_slice(k), "ك");
    }

    #[test]
    fn deletion_and_insertion() {
        // kashida removed, ZWNJ inserted
        let mut t = AlignedText::new("مـیشود خوب");
        let mut e = Edits::new();
        let k = t.text().find('ـ').unwrap();
        e.delete(k..k + 2);
        t.apply(&mut e);
        assert_eq!(t.text(), "میشود خوب");
        let at = "می".len();
        e.insert(at, "\u{200C}");
        t.apply(&mut e);
        assert_eq!(t.text(), "می\u{200C}شود خوب");
        let w = Span::new(0, t.text().find(' ').unwrap());
        assert_eq!(t.original_slice(w), "مـیشود");
        assert_eq!(t.to_original(w), (0, 6));
        // the ZWNJ alone maps to an empty range after "مـی"
        let z = Span::new(at, at + 3);
        assert_eq!(t.to_original(z), (3, 3));
        // the part after the ZWNJ
        let rest = Span::new(at + 3, w.end);
        assert_eq!(t.original_slice(rest), "شود");
    }

    #[test]
    fn unequal_replacement_maps_to_union() {
        let mut t = AlignedText::new("x ﻻ y");
        let mut e = Edits::new();
        let p = t.text().find('ﻻ').unwrap();
        e.replace(p..p + 'ﻻ'.len_utf8(), "لا");
        t.apply(&mut e);
        assert_eq!(t.text(), "x لا y");
        let l = Span::new(p, p + 2);
        assert_eq!(t.original_slice(l), "ﻻ");
        assert_eq!(t.to_original(Span::new(p, p + 4)), (2, 3));
    }

    #[test]
    fn space_to_zwnj_and_empty_spans() {
        let mut t = AlignedText::new("می شود");
        let mut e = Edits::new();
        let p = t.text().find(' ').unwrap();
        e.replace(p..p + 1, "\u{200C}");
        t.apply(&mut e);
        assert_eq!(t.text(), "می\u{200C}شود");
        assert_eq!(t.to_original(Span::new(0, t.text().len())), (0, 6));
        assert_eq!(t.to_original(Span::new(p, p)), (2, 2));
        assert_eq!(t.to_original(Span::new(t.text().len(), t.text().len())), (6, 6));
        let empty = AlignedText::new("");
        assert_eq!(empty.to_original(Span::new(0, 0)), (0, 0));
    }

    #[test]
    fn long_text_checkpoints() {
        let s = "ب".repeat(1000) + "abc" + &"ج".repeat(100);
        let t = AlignedText::new(s.clone());
        let a = t.text().find("abc").unwrap();
        assert_eq!(t.to_original(Span::new(a, a + 3)), (1000, 1003));
        assert_eq!(t.to_original(Span::new(0, t.text().len())), (0, 1103));
    }
}
