//! A string table index: an open-addressing hash table of line offsets into
//! a sorted TSV file, keyed by the first field. `build.rs` builds it for the
//! big embedded word list so that start-up does no hashing at all; a file
//! given with `--lexicons DIR` gets the same index built at load time.
//!
//! This file is `include!`d by `build.rs` too, so it uses nothing but `core`
//! and `std`, and both sides hash identically.

/// The little-endian `u64` at byte `i` of `x` (one load, one bounds check).
#[inline(always)]
fn load8(x: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(x[i..i + 8].try_into().unwrap())
}

/// The little-endian `u32` at byte `i` of `x`.
#[inline(always)]
fn load4(x: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(x[i..i + 4].try_into().unwrap())
}

/// The little-endian `u16` at byte `i` of `x`.
#[inline(always)]
fn load2(x: &[u8], i: usize) -> u16 {
    u16::from_le_bytes(x[i..i + 2].try_into().unwrap())
}

/// The hash of a key (FxHash-style, eight bytes at a time).
#[inline]
pub fn strtab_hash(b: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let x = load8(c, 0);
        h = (h.rotate_left(5) ^ x).wrapping_mul(K);
    }
    let k = chunks.remainder().len();
    if k != 0 {
        // the last k bytes as a little-endian number (what copying them
        // into a zeroed [u8; 8] gives), from overlapping loads instead of a
        // memcpy call and a store-forwarding stall
        let n = b.len();
        let x = if n >= 8 {
            load8(b, n - 8) >> (8 * (8 - k))
        } else if k >= 4 {
            let lo = load4(b, 0) as u64;
            let hi = load4(b, k - 4) as u64;
            lo | hi << (8 * (k - 4))
        } else if k >= 2 {
            let lo = load2(b, 0) as u64;
            let hi = load2(b, k - 2) as u64;
            lo | hi << (8 * (k - 2))
        } else {
            b[0] as u64
        };
        h = (h.rotate_left(5) ^ x).wrapping_mul(K);
    }
    h
}

/// `a == b` for short byte strings (keys, suffixes), without a call into
/// libc's `memcmp`: a few overlapping fixed-size loads. The lookups of the
/// ZWNJ step compare millions of short keys; a library call for each costs
/// more than the comparison.
#[inline(always)]
pub fn strtab_eq(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            if load8(a, i) != load8(b, i) {
                return false;
            }
            i += 8;
        }
        // the last eight bytes (overlapping the previous chunk)
        load8(a, n - 8) == load8(b, n - 8)
    } else if n >= 4 {
        load4(a, 0) == load4(b, 0) && load4(a, n - 4) == load4(b, n - 4)
    } else if n >= 2 {
        load2(a, 0) == load2(b, 0) && load2(a, n - 2) == load2(b, n - 2)
    } else {
        n == 0 || a[0] == b[0]
    }
}

/// The first field of the line starting at byte `at` of `text`.
#[inline]
pub fn strtab_key(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let end = rest
        .bytes()
        .position(|b| b == b'\t' || b == b'\n' || b == b'\r')
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Build the index of `text` (a TSV file: `#` comments, a header row, then
/// one entry per line): little-endian `u64` slots, each 0 (empty) or 1 + the
/// byte offset of a line in the low 32 bits and the low 32 bits of the key's
/// hash in the high ones (so that a probe compares text only when the hashes
/// agree: a miss touches the index alone); the slot count is a power of two,
/// at least twice the number of entries.
pub fn strtab_build(text: &str) -> Vec<u8> {
    let mut starts = Vec::new();
    let mut header = true;
    let mut pos = 0;
    for line in text.split('\n') {
        let at = pos;
        pos += line.len() + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if header {
            header = false;
            continue;
        }
        starts.push(at);
    }
    let slots = (starts.len() * 2).next_power_of_two().max(8);
    let bits = slots.trailing_zeros();
    let mut table = vec![0u64; slots];
    for &at in &starts {
        let key = strtab_key(text, at);
        let h = strtab_hash(key.as_bytes());
        let mut i = (h >> (64 - bits)) as usize;
        while table[i] != 0 {
            i = (i + 1) & (slots - 1);
        }
        table[i] = (at as u64 + 1) | (h << 32);
    }
    let mut out = Vec::with_capacity(slots * 8);
    for s in table {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

/// Log2 of the bit count of a [`strtab_filter_build`] filter: 2^21 bits,
/// 256 KB (it stays in the L2 cache).
const FILTER_LOG2: u32 = 21;

/// The two filter bits of a key whose hash has the low 32 bits `tag`.
#[inline]
fn filter_positions(tag: u32) -> (usize, usize) {
    let m = (1usize << FILTER_LOG2) - 1;
    (tag as usize & m, tag.rotate_right(16) as usize & m)
}

/// A Bloom filter over the keys of `index` (built by [`strtab_build`]),
/// keyed by the 32-bit hash tags the index stores, so it is built from the
/// index alone: two bits per key, about 3 % false positives for 190,000
/// keys. `build.rs` builds it with the index for the big embedded word list;
/// bit `i` is bit `i % 8` of byte `i / 8`.
pub fn strtab_filter_build(index: &[u8]) -> Vec<u8> {
    let mut bits = vec![0u8; (1usize << FILTER_LOG2) / 8];
    for e in index.chunks_exact(8) {
        let s = u64::from_le_bytes(e.try_into().unwrap());
        if s != 0 {
            let (i, j) = filter_positions((s >> 32) as u32);
            bits[i / 8] |= 1 << (i % 8);
            bits[j / 8] |= 1 << (j % 8);
        }
    }
    bits
}

/// False when no key of hash `h` is in the index `filter` was built from
/// ([`strtab_filter_build`]); true for every key that is, and for a few
/// percent of the others.
#[inline]
pub fn strtab_filter_may_hold(filter: &[u8], h: u64) -> bool {
    let (i, j) = filter_positions(h as u32);
    match (filter.get(i / 8), filter.get(j / 8)) {
        (Some(a), Some(b)) => (a >> (i % 8)) & (b >> (j % 8)) & 1 != 0,
        // not a filter of this size: no answer, so no rejection
        _ => true,
    }
}

/// The byte offset of the line of `text` whose first field is `key`.
#[inline]
pub fn strtab_find(index: &[u8], text: &str, key: &str) -> Option<usize> {
    strtab_probe(index, text, key, strtab_hash(key.as_bytes())).map(|(_, at)| at)
}

/// The slot a key of hash `h` is looked up from first.
#[inline]
fn strtab_first_slot(index: &[u8], h: u64) -> Option<usize> {
    let slots = index.len() / 8;
    (slots != 0).then(|| (h >> (64 - slots.trailing_zeros())) as usize)
}

/// Ask the CPU to fetch the cache line at `p` (no effect where the target
/// has no prefetch instruction). Never faults, whatever `p` is.
#[inline(always)]
fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint; it does not access memory architecturally
    unsafe {
        core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(p as *const i8)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Stage one of a software pipeline of lookups: fetch the first index slot
/// of a key of hash `h` into the cache, so that a later
/// [`strtab_prefetch_line`] and [`strtab_probe`] of it do not wait for
/// memory. A lookup in a table of megabytes is two cache misses (the slot,
/// then the line); issued a few words ahead, they overlap with work.
#[inline]
pub fn strtab_prefetch_slot(index: &[u8], h: u64) {
    if let Some(i) = strtab_first_slot(index, h) {
        prefetch(index[8 * i..].as_ptr());
    }
}

/// Stage two: when the first slot of hash `h` holds a line whose hash
/// agrees, fetch the start of that line of `text`.
#[inline]
pub fn strtab_prefetch_line(index: &[u8], text: &str, h: u64) {
    if let Some(i) = strtab_first_slot(index, h) {
        let s = load8(index, 8 * i);
        if s != 0 && (s >> 32) as u32 == h as u32 {
            if let Some(b) = text.as_bytes().get((s as u32 - 1) as usize) {
                prefetch(b);
            }
        }
    }
}

/// The slot (a number below the index's slot count, `index.len() / 8`) and
/// the line offset of `key` of hash `h`: a table keyed by slot gives every
/// entry a flag without touching its line.
#[inline]
pub fn strtab_probe(index: &[u8], text: &str, key: &str, h: u64) -> Option<(usize, usize)> {
    let slots = index.len() / 8;
    if slots == 0 {
        return None;
    }
    let bits = slots.trailing_zeros();
    let tag = h as u32;
    let mut i = (h >> (64 - bits)) as usize;
    let tb = text.as_bytes();
    let kb = key.as_bytes();
    loop {
        let s = load8(index, 8 * i);
        if s == 0 {
            return None;
        }
        if (s >> 32) as u32 == tag {
            let at = (s as u32 - 1) as usize;
            let end = at + kb.len();
            if tb.get(at..end).is_some_and(|t| strtab_eq(t, kb))
                && matches!(tb.get(end), None | Some(b'\t' | b'\n' | b'\r'))
            {
                return Some((i, at));
            }
        }
        i = (i + 1) & (slots - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash as first written (a zero-padded copy of the tail): the
    /// prebuilt index and every table keyed by it depend on its values.
    fn reference_hash(b: &[u8]) -> u64 {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h: u64 = b.len() as u64;
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            let x = u64::from_le_bytes(c.try_into().unwrap());
            h = (h.rotate_left(5) ^ x).wrapping_mul(K);
        }
        let r = chunks.remainder();
        if !r.is_empty() {
            let mut x = [0u8; 8];
            x[..r.len()].copy_from_slice(r);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(x)).wrapping_mul(K);
        }
        h
    }

    #[test]
    fn hash_is_unchanged_at_every_length() {
        let a: Vec<u8> = (0..40u8).map(|i| i.wrapping_mul(91).wrapping_add(7)).collect();
        for n in 0..=a.len() {
            assert_eq!(strtab_hash(&a[..n]), reference_hash(&a[..n]), "{n}");
            assert_eq!(
                strtab_hash(&a[a.len() - n..]),
                reference_hash(&a[a.len() - n..]),
                "{n}"
            );
        }
        for w in ["می", "کتاب", "میشود", "بهره‌برداری", "x"] {
            assert_eq!(strtab_hash(w.as_bytes()), reference_hash(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn eq_agrees_with_slice_eq_at_every_length_and_position() {
        let a: Vec<u8> = (0..40u8).map(|i| i.wrapping_mul(37).wrapping_add(1)).collect();
        for n in 0..=a.len() {
            let x = &a[..n];
            assert!(strtab_eq(x, &a[..n]), "{n}");
            if n > 0 {
                assert!(!strtab_eq(x, &a[..n - 1]), "{n}");
            }
            for i in 0..n {
                let mut y = x.to_vec();
                y[i] ^= 0x80;
                assert!(!strtab_eq(x, &y), "{n} {i}");
            }
        }
        assert!(strtab_eq("می".as_bytes(), "می".as_bytes()));
        assert!(!strtab_eq("می".as_bytes(), "نمی".as_bytes()));
    }
}
