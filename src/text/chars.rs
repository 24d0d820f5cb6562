//! Character classes and tables for Persian text.
//!
//! Everything here is a `const fn` or a `match` on code points: no tables are
//! built at run time and nothing allocates.

/// ZERO WIDTH NON-JOINER (نیم‌فاصله), the half-space of Persian orthography.
pub const ZWNJ: char = '\u{200C}';
/// ZWNJ as a string slice, for edits.
pub const ZWNJ_STR: &str = "\u{200C}";

/// A letter of the Arabic script as used in Persian text (after normalization
/// these are the Persian letters; before it, Arabic variants are included).
#[inline]
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}')
}

/// A combining mark of the Arabic script (harakat, hamza above/below,
/// superscript alef, Quranic annotation marks).
#[inline]
pub const fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}

/// A letter that does not join to the following letter (ا آ أ إ د ذ ر ز ژ و ؤ
/// ء ۀ …): a ZWNJ after it changes nothing visible.
#[inline]
pub const fn is_non_joining(c: char) -> bool {
    matches!(
        c,
        'ا' | 'آ'
            | 'أ'
            | 'إ'
            | 'ٱ'
            | 'د'
            | 'ذ'
            | 'ر'
            | 'ز'
            | 'ژ'
            | 'و'
            | 'ؤ'
            | 'ء'
            | 'ة'
            | 'ۀ'
            | 'ە'
            | 'ۆ'
            | 'ۇ'
            | 'ۈ'
            | 'ۋ'
            | 'ۅ'
            | 'ډ'
            | 'ړ'
            | 'ږ'
    )
}

/// The value of a decimal digit in any of the three scripts Persian text uses
/// (ASCII, Arabic-Indic ٠-٩, Extended Arabic-Indic / Persian ۰-۹).
#[inline]
pub const fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// True for a decimal digit of any of the three scripts.
#[inline]
pub const fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The Persian digit with value `v` (0..=9).
#[inline]
pub const fn persian_digit(v: u32) -> char {
    match char::from_u32(0x06F0 + v) {
        Some(c) => c,
        None => '?',
    }
}

/// A character that belongs inside a Persian word: a letter, a mark or ZWNJ.
#[inline]
pub const fn is_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_arabic_mark(c) || c == ZWNJ
}

/// A Latin letter (ASCII or Latin-1/Extended), for runs that are never touched.
#[inline]
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{00C0}'..='\u{024F}').contains(&c) && c.is_alphabetic())
}

/// Characters that separate numbers' parts when they stand between two digits:
/// decimal (٫ .), thousands (٬ ,), date (/ -) and clock (:) separators.
#[inline]
pub const fn is_number_separator(c: char) -> bool {
    matches!(c, '٫' | '٬' | '.' | ',' | '/' | ':' | '،')
}

/// Horizontal white space other than a newline (space, tab, NBSP and the
/// typographic spaces).
#[inline]
pub const fn is_horizontal_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{0B}' | '\u{0C}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// [`PAIRS`] flag: the pair may start a junk character, a mark or a ZWJ
/// (the invisibles step checks exactly).
pub const P_JUNK: u8 = 1;
/// [`PAIRS`] flag: the pair may start a letter the letters step rewrites.
pub const P_LETTER: u8 = 2;
/// [`PAIRS`] flag: the pair starts punctuation the punctuation step spaces.
pub const P_PUNCT: u8 = 4;
/// [`PAIRS`] flag: the pair starts a digit of one of the three scripts.
pub const P_DIGIT: u8 = 8;

/// [`PAIRS`] flag: the pair is a letter of the Arabic script
/// ([`is_arabic_letter`], all two-byte sequences).
pub const P_ALETTER: u8 = 16;

/// [`PAIRS`] flag: white space that may need tidying starts here (two
/// spaces, a space before a newline, a tab, `\r`, an exotic space).
pub const P_WS: u8 = 32;

/// Flags of every byte pair `(b[i], b[i + 1])`, indexed by `b[i] << 8 |
/// b[i + 1]`: the steps scan text with one table load per byte instead of
/// decoding characters, and look closer only where a flag is set.
pub static PAIRS: [u8; 65536] = build_pairs();

const fn build_pairs() -> [u8; 65536] {
    let mut t = [0u8; 65536];
    let mut i = 0;
    while i < 65536 {
        let a = (i >> 8) as u8;
        let b = (i & 0xFF) as u8;
        let mut f = 0u8;
        let junk = a <= 0x08
            || (a >= 0x0E && a <= 0x1F)
            || a == 0x7F
            || (a == 0xC2 && ((b >= 0x80 && b <= 0x9F) || b == 0xAD))
            || (a == 0xEF && b == 0xBB)
            || (a == 0xD8 && b >= 0x90 && b <= 0x9C)
            || (a == 0xD9 && (b == 0x80 || (b >= 0x8B && b <= 0x9F) || b == 0xB0))
            || (a == 0xDB && b >= 0x96 && b <= 0xAD)
            || (a == 0xE2 && (b == 0x80 || b == 0x81));
        if junk {
            f |= P_JUNK;
        }
        let letter = (a == 0xD8 && (b == 0xA5 || b == 0xA9))
            || (a == 0xD9 && (b == 0x83 || b == 0x89 || b == 0x8A || (b >= 0xB1 && b <= 0xB8)))
            || (a == 0xDA && ((b >= 0xAA && b <= 0xAD) || (b >= 0xB5 && b <= 0xB7) || b == 0xBE))
            || (a == 0xDB
                && ((b >= 0x80 && b <= 0x83)
                    || b == 0x8D
                    || b == 0x90
                    || b == 0x92
                    || b == 0x93
                    || b == 0x95))
            || a == 0xEF;
        if letter {
            f |= P_LETTER;
        }
        let punct = a == b'!'
            || a == b':'
            || a == b'.'
            || a == b')'
            || a == b'('
            || (a == 0xC2 && (b == 0xAB || b == 0xBB))
            || (a == 0xD8 && (b == 0x8C || b == 0x9B || b == 0x9F));
        if punct {
            f |= P_PUNCT;
        }
        let digit = (a >= b'0' && a <= b'9')
            || (a == 0xD9 && b >= 0xA0 && b <= 0xA9)
            || (a == 0xDB && b >= 0xB0 && b <= 0xB9);
        if digit {
            f |= P_DIGIT;
        }
        let ws = (a == b' ' && (b == b' ' || b == b'\n' || b == b'\r'))
            || (a == b'\n' && b == b' ')
            || a == b'\t'
            || a == b'\r'
            || a == 0x0B
            || a == 0x0C
            || (a == 0xC2 && (b == 0xA0 || b == 0x85))
            || (a == 0xE1 && b == 0x9A)
            || (a == 0xE2 && (b == 0x80 || b == 0x81))
            || (a == 0xE3 && b == 0x80);
        if ws {
            f |= P_WS;
        }
        if a >= 0xC0 && a < 0xE0 && b >= 0x80 && b < 0xC0 {
            let c = (((a & 0x1F) as u32) << 6) | (b & 0x3F) as u32;
            if let Some(c) = char::from_u32(c) {
                if is_arabic_letter(c) {
                    f |= P_ALETTER;
                }
            }
        }
        t[i] = f;
        i += 1;
    }
    t
}

/// The positions `i` of `b` whose pair `(b[i], b[i + 1])` (`b[i + 1]` = 0 at
/// the end) has `flag` in [`PAIRS`], in increasing order.
///
/// Most of the text holds no position of a step's flag, so the scan tests
/// 32 positions at a time (`block_mask`: SIMD byte compares of each
/// byte and its successor, one bit per position) and yields the set bits;
/// only the last block, where the 33 bytes it reads run past the end, is
/// looked up in [`PAIRS`] byte by byte (AVX2 where the CPU has it, else
/// SSE2). The result is exactly the table's
/// (a test checks every pair at every lane). `flag` is one of [`P_JUNK`],
/// [`P_LETTER`], [`P_PUNCT`], [`P_DIGIT`], [`P_WS`] (another flag is looked
/// up in the table byte by byte).
#[inline]
pub fn pair_positions(b: &[u8], flag: u8) -> PairPositions<'_> {
    #[cfg(target_arch = "x86_64")]
    let avx2 = has_avx2();
    #[cfg(not(target_arch = "x86_64"))]
    let avx2 = false;
    pair_positions_with(b, flag, avx2)
}

/// [`pair_positions`] with AVX2 on or off (on only where the CPU has it).
#[inline]
fn pair_positions_with(b: &[u8], flag: u8, avx2: bool) -> PairPositions<'_> {
    PairPositions {
        b,
        flag,
        base: 0,
        mask: 0,
        next_block: 0,
        avx2,
    }
}

/// The iterator of [`pair_positions`].
pub struct PairPositions<'a> {
    b: &'a [u8],
    flag: u8,
    /// start of the block `mask` covers
    base: usize,
    /// the positions of the block not yet yielded, one bit each
    mask: u32,
    /// start of the next block
    next_block: usize,
    /// scan with AVX2 (else SSE2)
    avx2: bool,
}

impl Iterator for PairPositions<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        loop {
            if self.mask != 0 {
                let k = self.mask.trailing_zeros() as usize;
                self.mask &= self.mask - 1;
                return Some(self.base + k);
            }
            if self.next_block >= self.b.len() {
                return None;
            }
            #[cfg(target_arch = "x86_64")]
            if self.avx2 {
                // pass over the blocks without the flag in one call
                // SAFETY: `avx2` is true only where the CPU has AVX2
                let (base, m) = unsafe { avx2::scan(self.b, self.next_block, self.flag) };
                if m != 0 {
                    self.base = base;
                    self.next_block = base + 32;
                    self.mask = m;
                    continue;
                }
                // the rest is shorter than a block (or the flag has no
                // predicate): looked up below
                self.next_block = base;
                if self.next_block >= self.b.len() {
                    return None;
                }
            }
            self.base = self.next_block;
            self.next_block += 32;
            self.mask = block_mask(self.b, self.base, self.flag, self.avx2);
        }
    }
}

/// The flag `flag` of the pair at `b[i]` from [`PAIRS`].
#[inline(always)]
fn table_flag(b: &[u8], i: usize, flag: u8) -> bool {
    let next = if i + 1 < b.len() { b[i + 1] } else { 0 };
    PAIRS[((b[i] as usize) << 8) | next as usize] & flag != 0
}

/// Bit `k` set when the pair at `b[i + k]` (`k < 32`, `i + k < b.len()`)
/// has `flag` in [`PAIRS`].
#[inline(always)]
fn block_mask(b: &[u8], i: usize, flag: u8, avx2: bool) -> u32 {
    #[cfg(target_arch = "x86_64")]
    if let Some(block) = b.get(i..i + 33) {
        let block: &[u8; 33] = block.try_into().unwrap();
        let m = if avx2 {
            // SAFETY: `avx2` is true only where the CPU has AVX2
            unsafe { avx2::block_mask(block, flag) }
        } else {
            sse2::block_mask(block, flag)
        };
        if let Some(m) = m {
            return m;
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = avx2;
    let mut m = 0u32;
    for k in 0..32.min(b.len() - i) {
        m |= (table_flag(b, i + k, flag) as u32) << k;
    }
    m
}

/// The predicates of the [`PAIRS`] flags over SIMD lanes of (byte, next
/// byte), each the one `build_pairs` writes into the table. Expanded in
/// [`sse2`] (16 lanes) and [`avx2`] (32 lanes) over their own `eq`,
/// `range`, `or`, `and` on the vector type `V`; `$attr` are the attributes
/// of every method (inlining, target feature).
#[cfg(target_arch = "x86_64")]
macro_rules! pair_predicates {
    ($(#[$attr:meta])*) => {
        /// Lanes of (byte, next byte).
        #[derive(Clone, Copy)]
        struct Lanes {
            a: V,
            n: V,
        }

        impl Lanes {
            /// Lanes whose byte is `a` and whose next byte is in `n`.
            $(#[$attr])*
            fn pair(&self, a: u8, n: V) -> V {
                and(eq(self.a, a), n)
            }

            $(#[$attr])*
            fn digit(&self) -> V {
                or(
                    range(self.a, b'0', b'9'),
                    or(
                        self.pair(0xD9, range(self.n, 0xA0, 0xA9)),
                        self.pair(0xDB, range(self.n, 0xB0, 0xB9)),
                    ),
                )
            }

            $(#[$attr])*
            fn punct(&self) -> V {
                let ascii = or(
                    or(eq(self.a, b'!'), eq(self.a, b':')),
                    or(eq(self.a, b'.'), range(self.a, b'(', b')')),
                );
                let c2 = self.pair(0xC2, or(eq(self.n, 0xAB), eq(self.n, 0xBB)));
                let d8 = self.pair(
                    0xD8,
                    or(eq(self.n, 0x8C), or(eq(self.n, 0x9B), eq(self.n, 0x9F))),
                );
                or(ascii, or(c2, d8))
            }

            $(#[$attr])*
            fn letter(&self) -> V {
                let n = self.n;
                let d8 = self.pair(0xD8, or(eq(n, 0xA5), eq(n, 0xA9)));
                let d9 = self.pair(
                    0xD9,
                    or(or(eq(n, 0x83), range(n, 0x89, 0x8A)), range(n, 0xB1, 0xB8)),
                );
                let da = self.pair(
                    0xDA,
                    or(or(range(n, 0xAA, 0xAD), range(n, 0xB5, 0xB7)), eq(n, 0xBE)),
                );
                let db = self.pair(
                    0xDB,
                    or(
                        or(range(n, 0x80, 0x83), eq(n, 0x8D)),
                        or(or(eq(n, 0x90), range(n, 0x92, 0x93)), eq(n, 0x95)),
                    ),
                );
                or(or(d8, d9), or(or(da, db), eq(self.a, 0xEF)))
            }

            $(#[$attr])*
            fn junk(&self) -> V {
                let (a, n) = (self.a, self.n);
                let ctrl = or(or(range(a, 0x00, 0x08), range(a, 0x0E, 0x1F)), eq(a, 0x7F));
                let c2 = self.pair(0xC2, or(range(n, 0x80, 0x9F), eq(n, 0xAD)));
                let ef = self.pair(0xEF, eq(n, 0xBB));
                let d8 = self.pair(0xD8, range(n, 0x90, 0x9C));
                let d9 = self.pair(0xD9, or(or(eq(n, 0x80), range(n, 0x8B, 0x9F)), eq(n, 0xB0)));
                let db = self.pair(0xDB, range(n, 0x96, 0xAD));
                let e2 = self.pair(0xE2, range(n, 0x80, 0x81));
                or(or(or(ctrl, c2), or(ef, d8)), or(or(d9, db), e2))
            }

            $(#[$attr])*
            fn ws(&self) -> V {
                let (a, n) = (self.a, self.n);
                let space = self.pair(b' ', or(or(eq(n, b' '), eq(n, b'\n')), eq(n, b'\r')));
                let nl = self.pair(b'\n', eq(n, b' '));
                // \t (09), \v (0B), \f (0C), \r (0D)
                let ctrl = or(eq(a, b'\t'), range(a, 0x0B, 0x0D));
                let c2 = self.pair(0xC2, or(eq(n, 0xA0), eq(n, 0x85)));
                let e1 = self.pair(0xE1, eq(n, 0x9A));
                let e2 = self.pair(0xE2, range(n, 0x80, 0x81));
                let e3 = self.pair(0xE3, eq(n, 0x80));
                or(or(or(space, nl), or(ctrl, c2)), or(or(e1, e2), e3))
            }

            /// A two-byte letter of the Arabic script ([`P_ALETTER`]).
            $(#[$attr])*
            fn aletter(&self) -> V {
                let n = self.n;
                let d8 = self.pair(0xD8, range(n, 0xA1, 0xBA));
                let d9 = self.pair(
                    0xD9,
                    or(or(range(n, 0x81, 0x8A), range(n, 0xAE, 0xAF)), range(n, 0xB1, 0xBF)),
                );
                let da = self.pair(0xDA, range(n, 0x80, 0xBF));
                let db = self.pair(
                    0xDB,
                    or(
                        or(range(n, 0x80, 0x93), eq(n, 0x95)),
                        or(or(range(n, 0xAE, 0xAF), range(n, 0xBA, 0xBC)), eq(n, 0xBF)),
                    ),
                );
                or(or(d8, d9), or(da, db))
            }

            /// The lanes that have `flag`; `None` for a flag without a
            /// predicate here.
            $(#[$attr])*
            fn flag(&self, flag: u8) -> Option<V> {
                Some(match flag {
                    P_DIGIT => self.digit(),
                    P_PUNCT => self.punct(),
                    P_LETTER => self.letter(),
                    P_JUNK => self.junk(),
                    P_WS => self.ws(),
                    P_ALETTER => self.aletter(),
                    _ => return None,
                })
            }
        }
    };
}

/// The [`PAIRS`] flags as SSE2 byte compares (SSE2 is part of every
/// x86_64 CPU, so no run-time detection), 16 lanes at a time.
#[cfg(target_arch = "x86_64")]
#[allow(unused_unsafe)]
mod sse2 {
    use super::{P_ALETTER, P_DIGIT, P_JUNK, P_LETTER, P_PUNCT, P_WS};
    use core::arch::x86_64::*;

    type V = __m128i;

    #[inline(always)]
    fn splat(c: u8) -> V {
        // SAFETY: SSE2 is baseline on x86_64
        unsafe { _mm_set1_epi8(c as i8) }
    }

    /// Lanes equal to `c`.
    #[inline(always)]
    fn eq(v: V, c: u8) -> V {
        // SAFETY: SSE2 is baseline on x86_64
        unsafe { _mm_cmpeq_epi8(v, splat(c)) }
    }

    /// Lanes in `lo..=hi` (unsigned).
    #[inline(always)]
    fn range(v: V, lo: u8, hi: u8) -> V {
        // SAFETY: SSE2 is baseline on x86_64
        unsafe {
            let d = _mm_sub_epi8(v, splat(lo));
            _mm_cmpeq_epi8(_mm_min_epu8(d, splat(hi - lo)), d)
        }
    }

    #[inline(always)]
    fn or(x: V, y: V) -> V {
        // SAFETY: SSE2 is baseline on x86_64
        unsafe { _mm_or_si128(x, y) }
    }

    #[inline(always)]
    fn and(x: V, y: V) -> V {
        // SAFETY: SSE2 is baseline on x86_64
        unsafe { _mm_and_si128(x, y) }
    }

    pair_predicates!(#[inline(always)]);

    /// [`super::block_mask`] of the 32 positions of `b` (33 bytes: the last
    /// is the 32nd position's next byte); `None` for a flag without a
    /// predicate here.
    #[inline(always)]
    pub(super) fn block_mask(b: &[u8; 33], flag: u8) -> Option<u32> {
        // SAFETY: every load reads 16 bytes inside the 33 of `b`
        let lanes = |k: usize| unsafe {
            Lanes {
                a: _mm_loadu_si128(b.as_ptr().add(k) as *const V),
                n: _mm_loadu_si128(b.as_ptr().add(k + 1) as *const V),
            }
        };
        // SAFETY: SSE2 is baseline on x86_64
        let lo = unsafe { _mm_movemask_epi8(lanes(0).flag(flag)?) } as u32;
        let hi = unsafe { _mm_movemask_epi8(lanes(16).flag(flag)?) } as u32;
        Some(lo | hi << 16)
    }

    /// [`super::word_masks`] of the 64 positions of `b` (66 bytes).
    #[inline(always)]
    pub(super) fn word_masks(b: &[u8; 66]) -> [u64; 3] {
        let mut out = [0u64; 3];
        for q in 0..4 {
            // SAFETY: the loads read 16 bytes at q * 16 + 0..=2, inside the
            // 66 of `b`; SSE2 is baseline on x86_64
            unsafe {
                let p = b.as_ptr().add(q * 16);
                let a = _mm_loadu_si128(p as *const V);
                let n = _mm_loadu_si128(p.add(1) as *const V);
                let n2 = _mm_loadu_si128(p.add(2) as *const V);
                let l = Lanes { a, n }.aletter();
                let z = and(and(eq(a, 0xE2), eq(n, 0x80)), eq(n2, 0x8C));
                let nl = eq(a, b'\n');
                for (o, v) in out.iter_mut().zip([l, z, nl]) {
                    *o |= (_mm_movemask_epi8(v) as u32 as u64) << (q * 16);
                }
            }
        }
        out
    }
}

/// The [`PAIRS`] flags as AVX2 byte compares, 32 lanes at a time: used
/// where the CPU has AVX2 (detected at run time, [`has_avx2`]).
#[cfg(target_arch = "x86_64")]
#[allow(unused_unsafe)]
mod avx2 {
    use super::{P_ALETTER, P_DIGIT, P_JUNK, P_LETTER, P_PUNCT, P_WS};
    use core::arch::x86_64::*;

    type V = __m256i;

    #[inline]
    #[target_feature(enable = "avx2")]
    fn splat(c: u8) -> V {
        // SAFETY: the caller has AVX2 (target feature)
        unsafe { _mm256_set1_epi8(c as i8) }
    }

    /// Lanes equal to `c`.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn eq(v: V, c: u8) -> V {
        // SAFETY: the caller has AVX2 (target feature)
        unsafe { _mm256_cmpeq_epi8(v, splat(c)) }
    }

    /// Lanes in `lo..=hi` (unsigned).
    #[inline]
    #[target_feature(enable = "avx2")]
    fn range(v: V, lo: u8, hi: u8) -> V {
        // SAFETY: the caller has AVX2 (target feature)
        unsafe {
            let d = _mm256_sub_epi8(v, splat(lo));
            _mm256_cmpeq_epi8(_mm256_min_epu8(d, splat(hi - lo)), d)
        }
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn or(x: V, y: V) -> V {
        // SAFETY: the caller has AVX2 (target feature)
        unsafe { _mm256_or_si256(x, y) }
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn and(x: V, y: V) -> V {
        // SAFETY: the caller has AVX2 (target feature)
        unsafe { _mm256_and_si256(x, y) }
    }

    pair_predicates!(#[inline] #[target_feature(enable = "avx2")]);

    /// [`super::block_mask`] of the 32 positions of `b` (33 bytes: the last
    /// is the 32nd position's next byte); `None` for a flag without a
    /// predicate here.
    ///
    /// # Safety
    /// The CPU must have AVX2.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn block_mask(b: &[u8; 33], flag: u8) -> Option<u32> {
        // SAFETY: both loads read 32 bytes inside the 33 of `b`
        let lanes = unsafe {
            Lanes {
                a: _mm256_loadu_si256(b.as_ptr() as *const V),
                n: _mm256_loadu_si256(b.as_ptr().add(1) as *const V),
            }
        };
        let m = lanes.flag(flag)?;
        // SAFETY: the caller has AVX2 (target feature)
        Some(unsafe { _mm256_movemask_epi8(m) } as u32)
    }

    /// The first block `b[i..i + 32]` from `i` on (in steps of 32) that
    /// holds a position with `flag`, and its mask; `(i, 0)` at the first
    /// block whose 33 bytes run past the end of `b`, or at once for a flag
    /// without a predicate.
    ///
    /// # Safety
    /// The CPU must have AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn scan(b: &[u8], mut i: usize, flag: u8) -> (usize, u32) {
        while let Some(block) = b.get(i..i + 33) {
            let block: &[u8; 33] = block.try_into().unwrap();
            // SAFETY: the caller has AVX2
            match unsafe { block_mask(block, flag) } {
                Some(0) => i += 32,
                Some(m) => return (i, m),
                None => break,
            }
        }
        (i, 0)
    }

    /// [`super::word_masks`] of the 64 positions of `b` (66 bytes).
    ///
    /// # Safety
    /// The CPU must have AVX2.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn word_masks(b: &[u8; 66]) -> [u64; 3] {
        let mut out = [0u64; 3];
        for h in 0..2 {
            // SAFETY: the loads read 32 bytes at h * 32 + 0..=2, inside the
            // 66 of `b`; the caller has AVX2
            unsafe {
                let p = b.as_ptr().add(h * 32);
                let a = _mm256_loadu_si256(p as *const V);
                let n = _mm256_loadu_si256(p.add(1) as *const V);
                let n2 = _mm256_loadu_si256(p.add(2) as *const V);
                let l = Lanes { a, n }.aletter();
                let z = and(and(eq(a, 0xE2), eq(n, 0x80)), eq(n2, 0x8C));
                let nl = eq(a, b'\n');
                for (o, v) in out.iter_mut().zip([l, z, nl]) {
                    *o |= (_mm256_movemask_epi8(v) as u32 as u64) << (h * 32);
                }
            }
        }
        out
    }
}

/// For the 64 positions `w..w + 64` of `b` (the bytes up to `w + 66` must
/// exist, else `None`), one bit each: `[letters, zwnjs, newlines]`, where
/// a letter bit marks the first byte of a two-byte Arabic-script letter
/// ([`P_ALETTER`]), a ZWNJ bit the first byte of a ZWNJ, a newline bit a
/// `\n`. The ZWNJ step's word scanner finds words with these instead of
/// looking at every byte.
#[inline]
pub fn word_masks(b: &[u8], w: usize) -> Option<[u64; 3]> {
    #[cfg(target_arch = "x86_64")]
    let avx2 = has_avx2();
    #[cfg(not(target_arch = "x86_64"))]
    let avx2 = false;
    word_masks_with(b, w, avx2)
}

/// [`word_masks`] with AVX2 on or off (on only where the CPU has it).
#[inline(always)]
fn word_masks_with(b: &[u8], w: usize, avx2: bool) -> Option<[u64; 3]> {
    #[cfg(target_arch = "x86_64")]
    {
        let block: &[u8; 66] = b.get(w..w + 66)?.try_into().ok()?;
        if avx2 {
            // SAFETY: the CPU has AVX2
            Some(unsafe { avx2::word_masks(block) })
        } else {
            Some(sse2::word_masks(block))
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (b, w, avx2);
        None
    }
}

/// Whether this CPU has AVX2 (std caches the detection).
#[cfg(target_arch = "x86_64")]
#[inline]
fn has_avx2() -> bool {
    std::is_x86_feature_detected!("avx2")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_arabic_letter('ی') && is_arabic_letter('ي') && is_arabic_letter('ک'));
        assert!(is_arabic_letter('ۀ') && is_arabic_letter('ه') && is_arabic_letter('ء'));
        assert!(!is_arabic_letter('۱') && !is_arabic_letter('،') && !is_arabic_letter('a'));
        assert!(is_non_joining('ر') && !is_non_joining('ب'));
        assert_eq!(digit_value('۷'), Some(7));
        assert_eq!(digit_value('٤'), Some(4));
        assert_eq!(digit_value('9'), Some(9));
        assert_eq!(persian_digit(3), '۳');
        assert!(is_arabic_mark('\u{064E}') && is_arabic_mark('\u{0654}'));
    }

    #[test]
    fn word_masks_agree_with_the_table() {
        let text = "سلام\u{200C}ها ۱۲ کتاب\nب\u{200C}\u{200C}پ abc ك\u{0640}ي ﻻ ‌ ۀ «خبر» \u{200D}و";
        let b = format!("{text}{text}{text}").into_bytes();
        for w in 0..b.len().saturating_sub(65) {
            let [l, z, nl] = word_masks(&b, w).unwrap();
            assert_eq!(word_masks_with(&b, w, false), Some([l, z, nl]), "{w} (SSE2)");
            for k in 0..64 {
                let i = w + k;
                assert_eq!(l >> k & 1 != 0, table_flag(&b, i, P_ALETTER), "{w} {k}");
                assert_eq!(
                    z >> k & 1 != 0,
                    b[i..].starts_with(ZWNJ_STR.as_bytes()),
                    "{w} {k}"
                );
                assert_eq!(nl >> k & 1 != 0, b[i] == b'\n', "{w} {k}");
            }
        }
        assert!(word_masks(&b, b.len() - 65).is_none());
    }

    /// The block scan yields exactly the positions the table flags: every
    /// pair of bytes, at even and odd lanes, in blocks the SIMD path scans
    /// and in the byte-by-byte tail, at every text length up to 40.
    #[test]
    fn pair_positions_agree_with_the_table() {
        let flags = [P_JUNK, P_LETTER, P_PUNCT, P_DIGIT, P_WS, P_ALETTER];
        let check = |b: &[u8]| {
            for flag in flags {
                let want = || (0..b.len()).filter(|&i| table_flag(b, i, flag));
                assert!(pair_positions(b, flag).eq(want()), "{b:02X?} flag {flag}");
                assert!(
                    pair_positions_with(b, flag, false).eq(want()),
                    "{b:02X?} flag {flag} (SSE2)"
                );
            }
        };
        // x y x y+1 x y+2 …: every pair (x, y) and (y, x)
        let mut buf = Vec::with_capacity(513);
        for x in 0..=255u8 {
            buf.clear();
            for y in 0..=255u8 {
                buf.extend([x, y]);
            }
            buf.push(x);
            check(&buf);
            check(&buf[1..]);
            for len in 0..40 {
                check(&buf[..len]);
                check(&buf[buf.len() - len..]);
            }
        }
    }
}
