//! [`ZwnjLexicon`]: the word knowledge the ZWNJ step decides with, loaded
//! from `lexicons/zwnj_*.tsv` (derived from MIT word lists by
//! `lexicons/scripts/derive_zwnj.py`, plus two hand-curated lists).
//!
//! Loading is on the start-up path of every `khabar` process, so the big
//! tables are parsed by a validating single-pass reader that borrows the
//! (embedded, `'static`) file contents instead of building a row vector:
//! no allocation per entry, only hash-table inserts.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::error::{Error, Result};
use crate::lexicon::strtab::{
    strtab_build, strtab_filter_build, strtab_filter_may_hold, strtab_hash, strtab_prefetch_line,
    strtab_prefetch_slot, strtab_probe,
};
use crate::lexicon::LexiconSource;
use crate::text::chars::{is_non_joining, ZWNJ};

/// Part-of-speech flags of a plain word (from hazm's tags).
pub mod pos {
    /// Noun.
    pub const N: u8 = 1;
    /// Adjective.
    pub const AJ: u8 = 2;
    /// Adverb.
    pub const ADV: u8 = 4;
    /// A plural form.
    pub const PL: u8 = 8;
    /// A number word.
    pub const NUM: u8 = 16;
    /// Any other tag (pronoun, conjunction, preposition …).
    pub const OTHER: u8 = 32;
}

/// What the lexicon knows about a plain word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// Corpus frequency (hazm's counts; 0 when unknown).
    pub freq: u32,
    /// [`pos`] flags.
    pub pos: u8,
}

/// A ZWNJ spelling (compound or inflected form).
#[derive(Clone, Copy, Debug)]
pub struct Compound {
    /// The spelling with its ZWNJs.
    pub form: &'static str,
    /// Corpus frequency.
    pub freq: u32,
    /// Trusted to join spaced parts (not only to split glued words).
    pub join: bool,
}

/// A set of key hashes ([`strtab_hash`]) as a bit array small enough to
/// stay in the CPU cache: a clear bit proves a key absent without touching
/// the hash table (megabytes away) that holds the keys; a set bit sends the
/// lookup on. The ZWNJ step asks its tables far more often for keys they
/// do not hold than for keys they hold.
#[derive(Debug, Default)]
struct HashBits {
    bits: Vec<u64>,
    shift: u32,
}

impl HashBits {
    /// An empty set of `1 << log2` bits.
    fn new(log2: u32) -> HashBits {
        HashBits {
            bits: vec![0; (1usize << log2).div_ceil(64)],
            shift: 64 - log2,
        }
    }

    fn insert(&mut self, key: &str) {
        let i = (strtab_hash(key.as_bytes()) >> self.shift) as usize;
        self.bits[i / 64] |= 1 << (i % 64);
    }

    /// False when no key of this hash was inserted.
    #[inline]
    fn may_hold(&self, key: &str) -> bool {
        self.may_hold_hashed(strtab_hash(key.as_bytes()))
    }

    /// [`HashBits::may_hold`] of a key of hash `h` ([`strtab_hash`]).
    #[inline]
    fn may_hold_hashed(&self, h: u64) -> bool {
        if self.bits.is_empty() {
            return true;
        }
        let i = (h >> self.shift) as usize;
        self.bits[i / 64] >> (i % 64) & 1 != 0
    }
}

/// The data the ZWNJ step decides with.
#[derive(Debug, Default)]
pub struct ZwnjLexicon {
    /// `zwnj_words.tsv` and its string-table index (prebuilt when embedded)
    words_text: &'static str,
    words_index: &'static [u8],
    compounds: FxHashMap<&'static str, Compound>,
    /// the keys of `compounds`
    compound_keys: HashBits,
    /// the keys of `glued`
    glued_keys: HashBits,
    /// the keys of `first_parts`
    first_part_keys: HashBits,
    /// glued spelling (ZWNJs removed) → the most frequent ZWNJ spelling
    glued: FxHashMap<Box<str>, Compound>,
    /// the parts before the last ZWNJ of every compound (ZWNJs kept)
    first_parts: FxHashSet<&'static str>,
    /// one bit per slot of `words_index`: the word there is in `first_parts`
    /// (so that a word's lookup answers both questions); built on first use,
    /// not at start-up, where its page faults would cost milliseconds
    first_part_slots: std::sync::OnceLock<Vec<u64>>,
    /// a Bloom filter of the keys of `words_index`
    /// ([`strtab_filter_build`]; prebuilt when embedded): the glued-word
    /// analysis asks the list about many candidate bases that are not
    /// words, and the filter (256 KB) answers most of them without the two
    /// cache misses of a probe
    words_filter: &'static [u8],
    present: FxHashSet<&'static str>,
    past: FxHashSet<&'static str>,
    never_join: FxHashMap<&'static str, Vec<&'static str>>,
    never_split: FxHashSet<&'static str>,
}

/// Leak an owned file (a `--lexicons` override, read once per process) so
/// that every table can borrow `'static` strings.
/// Returns the text and whether it must be validated (it is not embedded).
fn leak(c: std::borrow::Cow<'static, str>) -> (&'static str, bool) {
    match c {
        std::borrow::Cow::Borrowed(s) => (s, false),
        std::borrow::Cow::Owned(s) => (Box::leak(s.into_boxed_str()), true),
    }
}

/// Iterate over the rows of a sorted TSV file with header `columns`.
///
/// A file given by the user (`--lexicons DIR`) is validated as
/// [`crate::lexicon::tsv::Table::parse`] does (header, field count, byte
/// order, no duplicates); the embedded files were validated when they were
/// built (a unit test parses each with `Table::parse`), so for them the
/// order check, the costliest part of start-up, is skipped.
fn rows(
    file: &'static str,
    contents: &'static str,
    validate: bool,
    columns: &[&str],
    mut f: impl FnMut(usize, &[&'static str]) -> Result<()>,
) -> Result<()> {
    let bytes = contents.as_bytes();
    let mut pos = 0;
    let mut n = 0;
    let mut header_seen = false;
    let mut ncols = 0;
    let mut prev = "";
    let mut fields: [&'static str; 4] = [""; 4];
    while pos < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |k| pos + k);
        let line = contents[pos..end].trim_end_matches('\r');
        pos = end + 1;
        n += 1;
        if line.starts_with('#') {
            continue;
        }
        if !header_seen {
            let want = columns.join("\t");
            if !line.starts_with(&want) {
                return Err(Error::lexicon(
                    file,
                    n,
                    format!("header must start with {want:?}, found {line:?}"),
                ));
            }
            ncols = line.split('\t').count();
            header_seen = true;
            continue;
        }
        if line.is_empty() {
            continue;
        }
        if validate {
            if !prev.is_empty() && prev >= line {
                let what = if prev == line {
                    "duplicate line"
                } else {
                    "not sorted (lines must be in byte order)"
                };
                return Err(Error::lexicon(file, n, what));
            }
            prev = line;
        }
        let lb = line.as_bytes();
        let mut k = 0;
        let mut start = 0;
        loop {
            if k == ncols || k == fields.len() {
                return Err(Error::lexicon(
                    file,
                    n,
                    format!("too many fields, the header has {ncols}"),
                ));
            }
            match memchr::memchr(b'\t', &lb[start..]) {
                Some(t) => {
                    fields[k] = &line[start..start + t];
                    start += t + 1;
                    k += 1;
                }
                None => {
                    fields[k] = &line[start..];
                    k += 1;
                    break;
                }
            }
        }
        for x in fields.iter_mut().skip(k) {
            *x = "";
        }
        if fields[0].is_empty() {
            return Err(Error::lexicon(file, n, "empty first field"));
        }
        f(n, &fields[..columns.len()])?;
    }
    if !header_seen {
        return Err(Error::lexicon(file, 0, "empty file: a header row is required"));
    }
    Ok(())
}

fn number(file: &str, n: usize, s: &str) -> Result<u32> {
    if s.is_empty() {
        return Ok(0);
    }
    s.parse::<u64>()
        .map(|v| v.min(u32::MAX as u64) as u32)
        .map_err(|_| Error::lexicon(file, n, format!("not a number: {s:?}")))
}

fn pos_flags(tags: &str) -> u8 {
    let mut p = 0;
    for t in tags.split(',') {
        p |= match t {
            "N" => pos::N,
            "AJ" | "AJC" => pos::AJ,
            "ADV" => pos::ADV,
            "PL" => pos::PL,
            "NUM" => pos::NUM,
            "" => 0,
            _ => pos::OTHER,
        };
    }
    p
}

impl ZwnjLexicon {
    /// Load `zwnj_words.tsv`, `zwnj_compounds.tsv`, `zwnj_verbs.tsv`,
    /// `zwnj_never_join.tsv` and `zwnj_never_split.tsv` from `src`.
    pub fn load(src: &LexiconSource) -> Result<ZwnjLexicon> {
        let mut lex = ZwnjLexicon::default();
        const WORDS: &str = "zwnj_words.tsv";
        let (text, check) = leak(src.read(WORDS)?);
        let prebuilt = crate::lexicon::embedded_index(WORDS)
            .filter(|_| crate::lexicon::embedded_file(WORDS).is_some_and(|e| std::ptr::eq(e, text)));
        lex.words_text = text;
        lex.words_index = match prebuilt {
            Some(i) => i,
            None => {
                // a user file: validate it fully, then index it
                rows(WORDS, text, true, &["word", "freq", "pos"], |n, f| {
                    number(WORDS, n, f[1]).map(|_| ())
                })?;
                Box::leak(strtab_build(text).into_boxed_slice())
            }
        };
        let _ = check;
        lex.words_filter = match prebuilt.and_then(|_| crate::lexicon::embedded_filter(WORDS)) {
            Some(f) => f,
            None => Box::leak(strtab_filter_build(lex.words_index).into_boxed_slice()),
        };

        const COMPOUNDS: &str = "zwnj_compounds.tsv";
        let (text, check) = leak(src.read(COMPOUNDS)?);
        let mut glued = String::new();
        lex.compound_keys = HashBits::new(18);
        lex.glued_keys = HashBits::new(17);
        lex.first_part_keys = HashBits::new(17);
        rows(COMPOUNDS, text, check, &["form", "freq", "join"], |n, f| {
            let c = Compound {
                form: f[0],
                freq: number(COMPOUNDS, n, f[1])?,
                join: f[2] == "1",
            };
            lex.compounds.insert(f[0], c);
            lex.compound_keys.insert(f[0]);
            if let Some(k) = f[0].rfind(ZWNJ) {
                lex.first_parts.insert(&f[0][..k]);
                lex.first_part_keys.insert(&f[0][..k]);
                if let Some(k0) = f[0].find(ZWNJ) {
                    lex.first_parts.insert(&f[0][..k0]);
                    lex.first_part_keys.insert(&f[0][..k0]);
                }
            }
            glued.clear();
            glued.extend(f[0].chars().filter(|&c| c != ZWNJ));
            lex.glued_keys.insert(&glued);
            match lex.glued.get_mut(glued.as_str()) {
                Some(old) if old.freq >= c.freq => {}
                Some(old) => *old = c,
                None => {
                    lex.glued.insert(glued.as_str().into(), c);
                }
            }
            Ok(())
        })?;

        const VERBS: &str = "zwnj_verbs.tsv";
        let (text, check) = leak(src.read(VERBS)?);
        rows(VERBS, text, check, &["past", "present"], |_, f| {
            lex.past.insert(f[0]);
            lex.present.insert(f[1]);
            Ok(())
        })?;

        const NEVER_JOIN: &str = "zwnj_never_join.tsv";
        let (text, check) = leak(src.read(NEVER_JOIN)?);
        rows(NEVER_JOIN, text, check, &["first", "second"], |n, f| {
            if f[1].is_empty() {
                return Err(Error::lexicon(NEVER_JOIN, n, "empty second field"));
            }
            lex.never_join.entry(f[0]).or_default().push(f[1]);
            Ok(())
        })?;

        const NEVER_SPLIT: &str = "zwnj_never_split.tsv";
        let (text, check) = leak(src.read(NEVER_SPLIT)?);
        rows(NEVER_SPLIT, text, check, &["word"], |_, f| {
            lex.never_split.insert(f[0]);
            Ok(())
        })?;
        Ok(lex)
    }

    /// The plain word `w`, if listed.
    #[inline]
    pub fn word(&self, w: &str) -> Option<WordInfo> {
        let at = self.find_word(w)?;
        // the second and third fields of the line (byte searches: a row is
        // a few bytes, a `char` searcher's set-up costs more than the row)
        let row = &self.words_text[at + w.len()..];
        let row = &row[..memchr::memchr(b'\n', row.as_bytes()).unwrap_or(row.len())];
        let row = row.trim_end_matches('\r');
        let field = |r: &'static str| &r[..memchr::memchr(b'\t', r.as_bytes()).unwrap_or(r.len())];
        let (freq, pos) = match memchr::memchr(b'\t', row.as_bytes()) {
            None => ("", ""),
            Some(t) => {
                let rest = &row[t + 1..];
                let freq = field(rest);
                let pos = rest.get(freq.len() + 1..).map_or("", field);
                (freq, pos)
            }
        };
        let freq = freq.parse::<u64>().unwrap_or(0);
        Some(WordInfo {
            freq: freq.min(u32::MAX as u64) as u32,
            pos: pos_flags(pos),
        })
    }

    /// True when `w` is a listed plain word.
    #[inline]
    pub fn is_word(&self, w: &str) -> bool {
        self.find_word(w).is_some()
    }

    /// The line of the plain word `w` in the word list, through the
    /// key filter.
    #[inline]
    fn find_word(&self, w: &str) -> Option<usize> {
        let h = strtab_hash(w.as_bytes());
        if !strtab_filter_may_hold(self.words_filter, h) {
            return None;
        }
        strtab_probe(self.words_index, self.words_text, w, h).map(|(_, at)| at)
    }

    /// The hash [`ZwnjLexicon::word_and_first_part`] and the prefetches take.
    #[inline]
    pub fn word_hash(w: &str) -> u64 {
        strtab_hash(w.as_bytes())
    }

    /// Whether `w` (of hash `h`, [`ZwnjLexicon::word_hash`]) is a listed
    /// plain word, and if so whether it is also
    /// [`ZwnjLexicon::is_first_part`]: one lookup for both.
    #[inline]
    pub fn word_and_first_part(&self, w: &str, h: u64) -> Option<bool> {
        let (slot, _) = strtab_probe(self.words_index, self.words_text, w, h)?;
        let bits = self.first_part_slots.get_or_init(|| {
            let mut bits = vec![0u64; (self.words_index.len() / 8).div_ceil(64)];
            for p in &self.first_parts {
                let h = strtab_hash(p.as_bytes());
                if let Some((slot, _)) = strtab_probe(self.words_index, self.words_text, p, h) {
                    bits[slot / 64] |= 1 << (slot % 64);
                }
            }
            bits
        });
        Some(bits[slot / 64] >> (slot % 64) & 1 != 0)
    }

    /// Start fetching what a lookup of a word of hash `h` reads: call
    /// [`ZwnjLexicon::prefetch_slot`] some words ahead of the lookup and
    /// [`ZwnjLexicon::prefetch_line`] fewer words ahead, so that the two
    /// cache misses of a lookup in the big word list overlap with work.
    #[inline]
    pub fn prefetch_slot(&self, h: u64) {
        strtab_prefetch_slot(self.words_index, h);
    }

    /// See [`ZwnjLexicon::prefetch_slot`].
    #[inline]
    pub fn prefetch_line(&self, h: u64) {
        strtab_prefetch_line(self.words_index, self.words_text, h);
    }

    /// The ZWNJ spelling `form`, if listed.
    #[inline]
    pub fn compound(&self, form: &str) -> Option<Compound> {
        if !self.compound_keys.may_hold(form) {
            return None;
        }
        self.compounds.get(form).copied()
    }

    /// True when some compound starts with `part` (up to its last or first
    /// ZWNJ).
    #[inline]
    pub fn is_first_part(&self, part: &str) -> bool {
        self.first_part_keys.may_hold(part) && self.first_parts.contains(part)
    }

    /// [`ZwnjLexicon::is_first_part`] of a part of hash `h`
    /// ([`ZwnjLexicon::word_hash`], which the step has computed already).
    #[inline]
    pub fn is_first_part_hashed(&self, part: &str, h: u64) -> bool {
        debug_assert_eq!(h, Self::word_hash(part));
        self.first_part_keys.may_hold_hashed(h) && self.first_parts.contains(part)
    }

    /// The most frequent ZWNJ spelling whose ZWNJs removed give `glued`.
    #[inline]
    pub fn glued(&self, glued: &str) -> Option<Compound> {
        if !self.glued_keys.may_hold(glued) {
            return None;
        }
        self.glued.get(glued).copied()
    }

    /// True for a present stem.
    #[inline]
    pub fn is_present_stem(&self, s: &str) -> bool {
        self.present.contains(s)
    }

    /// True for a past stem.
    #[inline]
    pub fn is_past_stem(&self, s: &str) -> bool {
        self.past.contains(s)
    }

    /// True when the pair must never be joined.
    #[inline]
    pub fn never_join(&self, a: &str, b: &str) -> bool {
        self.never_join.get(a).is_some_and(|v| v.contains(&b))
    }

    /// True when `w` must never be split.
    #[inline]
    pub fn never_split(&self, w: &str) -> bool {
        self.never_split.contains(w)
    }
}

/// True when a ZWNJ after the last letter of `s` would show (it joins).
#[inline]
pub fn joins_after(s: &str) -> bool {
    s.chars().next_back().is_some_and(|c| !is_non_joining(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{embedded_file, embedded_index, tsv::Table};

    /// The loader skips the order check for embedded files: check them here
    /// with the full validator, and the prebuilt index against a fresh one.
    #[test]
    fn embedded_files_are_valid() {
        for (name, cols) in [
            ("zwnj_words.tsv", &["word", "freq", "pos"][..]),
            ("zwnj_compounds.tsv", &["form", "freq", "join"][..]),
            ("zwnj_verbs.tsv", &["past", "present"][..]),
            ("zwnj_never_join.tsv", &["first", "second"][..]),
            ("zwnj_never_split.tsv", &["word"][..]),
        ] {
            let text = embedded_file(name).expect(name);
            let t = Table::parse(name, text, cols).unwrap();
            assert!(!t.rows.is_empty(), "{name}");
        }
        let text = embedded_file("zwnj_words.tsv").unwrap();
        assert_eq!(embedded_index("zwnj_words.tsv").unwrap(), &strtab_build(text)[..]);
        assert_eq!(
            crate::lexicon::embedded_filter("zwnj_words.tsv").unwrap(),
            &strtab_filter_build(&strtab_build(text))[..]
        );
    }

    #[test]
    fn lookups() {
        let lex = crate::Lexicons::embedded().unwrap().zwnj.clone();
        assert!(lex.is_word("سازمان") && lex.is_word("میز"));
        assert!(!lex.is_word("میشود") && !lex.is_word("کتابها"));
        let w = lex.word("بزرگ").unwrap();
        assert!(w.freq > 0 && w.pos & pos::AJ != 0);
        assert!(lex.is_present_stem("شو") && lex.is_past_stem("رفت"));
        assert!(lex
            .glued("بهرهبرداری")
            .is_some_and(|c| c.form == "بهره\u{200C}برداری"));
        assert!(lex.never_join("ماه", "می"));
    }

    /// `word` reads the frequency and tags of every listed word as a
    /// split of its line does.
    #[test]
    fn word_info_of_every_line() {
        let lex = crate::Lexicons::embedded().unwrap().zwnj.clone();
        let text = embedded_file("zwnj_words.tsv").unwrap();
        for line in text.lines().skip(1) {
            let mut f = line.trim_end_matches('\r').split('\t');
            let w = f.next().unwrap();
            let freq = f.next().and_then(|x| x.parse::<u64>().ok()).unwrap_or(0);
            let want = WordInfo {
                freq: freq.min(u32::MAX as u64) as u32,
                pos: pos_flags(f.next().unwrap_or("")),
            };
            assert_eq!(lex.word(w), Some(want), "{w}");
        }
    }

    #[test]
    fn one_lookup_answers_word_and_first_part() {
        let lex = crate::Lexicons::embedded().unwrap().zwnj.clone();
        let text = crate::lexicon::embedded_file("zwnj_words.tsv").unwrap();
        let mut firsts = 0;
        for line in text.lines().skip(1) {
            let w = line.split('\t').next().unwrap();
            let both = lex.word_and_first_part(w, ZwnjLexicon::word_hash(w));
            assert_eq!(both, Some(lex.is_first_part(w)), "{w}");
            firsts += lex.is_first_part(w) as usize;
        }
        assert!(firsts > 1000, "{firsts}");
        assert_eq!(
            lex.word_and_first_part("میشود", ZwnjLexicon::word_hash("میشود")),
            None
        );
    }

    /// The filters in front of the tables never hide a listed key.
    #[test]
    fn filters_pass_every_listed_key() {
        let lex = crate::Lexicons::embedded().unwrap().zwnj.clone();
        let words = embedded_file("zwnj_words.tsv").unwrap();
        for line in words.lines().skip(1) {
            let w = line.split('\t').next().unwrap();
            assert!(lex.is_word(w) && lex.word(w).is_some(), "{w}");
        }
        let compounds = embedded_file("zwnj_compounds.tsv").unwrap();
        let mut n = 0;
        for line in compounds.lines().skip(1) {
            let form = line.split('\t').next().unwrap();
            assert!(lex.compound(form).is_some(), "{form}");
            let glued: String = form.chars().filter(|&c| c != ZWNJ).collect();
            assert!(lex.glued(&glued).is_some(), "{glued}");
            if let Some(k) = form.rfind(ZWNJ) {
                assert!(lex.is_first_part(&form[..k]), "{form}");
            }
            n += 1;
        }
        assert!(n > 10_000, "{n}");
        // and they do reject: most non-words never reach the table
        let misses = (0..1000)
            .filter(|i| {
                let w = format!("ژژ{i}ژ");
                !strtab_filter_may_hold(lex.words_filter, strtab_hash(w.as_bytes()))
            })
            .count();
        assert!(misses > 900, "{misses}");
    }

    #[test]
    fn override_files_are_validated() {
        let dir = std::env::temp_dir().join(format!("khabar-zwnj-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("zwnj_words.tsv"), "word\tfreq\tpos\nب\t1\t\nالف\t2\t\n").unwrap();
        let e = ZwnjLexicon::load(&LexiconSource::with_dir(&dir).unwrap()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "lexicon zwnj_words.tsv:3: not sorted (lines must be in byte order)"
        );
        std::fs::write(
            dir.join("zwnj_words.tsv"),
            "word\tfreq\tpos\nالف\t2\t\nکتابها\t5\tN\n",
        )
        .unwrap();
        let lex = ZwnjLexicon::load(&LexiconSource::with_dir(&dir).unwrap()).unwrap();
        assert!(lex.is_word("کتابها") && !lex.is_word("سازمان"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
