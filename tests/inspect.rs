//! `khabar inspect` on the seed article, read without colour (piped, and
//! with NO_COLOR), and with `--color always`.

use crate::util::{root, run_env};

#[test]
fn inspect_seed_without_colour() {
    let seed = root().join("corpus/seed-000.txt");
    let seed = seed.to_str().unwrap();
    for env in [&[][..], &[("NO_COLOR", "1")][..]] {
        let out = run_env(&["inspect", seed], env, b"");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let s = String::from_utf8(out.stdout).unwrap();
        assert!(!s.contains('\x1b'), "no colour codes when piped");
        assert!(
            // 2547 characters before ZWNJ repair, + 32 ZWNJs and 3 spaces inserted
            s.starts_with("khabar inspect: seed-000  2582 characters\n"),
            "{s}"
        );
        assert!(s.contains("\nnormalized: "));
        assert!(s.contains("legend: [official]  {figure}  <date>  |claim|"));
        // the normalized text, a paragraph per line
        assert!(s.contains("رئیس اتاق اصناف ایران"));
        assert!(
            // (bracketed when the officials extractor marks it as a role mention)
            s.contains("\n\nرئیس هیات") || s.contains("\n\n[رئیس هیات"),
            "{s}"
        );
        for t in ["OFFICIALS (", "FIGURES (", "DATES (", "CLAIMS ("] {
            assert!(s.contains(t), "{t}");
        }
        // what the extractors on main find in the seed is marked and listed
        assert!(s.contains("[صادق نجفی] در دیدار با"), "{s}");
        assert!(s.contains("{۷۰ هزار واحد صنعتی}"), "{s}");
        assert!(s.contains("Sadegh Najafi") && s.contains("70,000"), "{s}");
    }
    let fa = run_env(&["inspect", "--lang", "fa", seed], &[], b"");
    let s = String::from_utf8(fa.stdout).unwrap();
    assert!(s.contains("مقامات (") && s.contains("ادعاها ("));
    let coloured = run_env(&["inspect", "--color", "always", seed], &[], b"");
    assert!(String::from_utf8(coloured.stdout).unwrap().contains("\x1b[1m"));
}
