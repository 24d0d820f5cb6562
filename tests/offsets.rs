//! Offsets: every token's original offsets slice the original input to text
//! that normalizes to the token (around inserted ZWNJs, removed kashida,
//! replaced letters and digits).

use khabar::text::tokenize::tokenize;

use crate::util::normalizer;

fn slice_chars(s: &str, a: usize, b: usize) -> String {
    s.chars().skip(a).take(b - a).collect()
}

#[test]
fn tokens_map_back_to_original() {
    let input = "مـديرعامل  شركت گفت: ٢٫٥ درصد از 1,200 واحد ﻻزم است.";
    let norm = normalizer().normalize(input);
    let s = norm.text.text();
    let conv = norm.text.offsets();
    for t in tokenize(s).tokens {
        let (a, b) = conv.convert(t.span);
        let orig = slice_chars(input, a, b);
        assert_eq!(
            normalizer().normalize_str(&orig),
            t.text(s),
            "token {:?} from {:?}",
            t.text(s),
            orig
        );
    }
    // specific slices
    let w = s.find("مدیرعامل").unwrap();
    let (a, b) = conv.convert(khabar::Span::new(w, w + "مدیرعامل".len()));
    assert_eq!(slice_chars(input, a, b), "مـديرعامل");
}
