//! Rule-made Latin transliteration of Persian names, for the surnames (and
//! rare given names) that no lexicon spells.
//!
//! Persian script leaves short vowels unwritten, so this is approximate: the
//! consonant skeleton with an `a` between two consonants, و/ی read as vowels
//! inside a word, a final ه as `eh`, and the usual surname endings spelled
//! conventionally (‑زاده zadeh, ‑پور pour, ‑یان ian, ‑نژاد nejad …). Output
//! made here is flagged `latin_approx` in the document. The same rules are in
//! `lexicons/scripts/derive_names.py` (`translit_word`). A surname is read
//! part by part ([`translit_surname`]): the given names inside it keep their
//! checked spelling ("Hosseinzadeh", "Mohammadi", "Rezaei").

/// The Latin letters of one Persian letter, when it is a consonant.
fn consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'ب' => "b",
        'پ' => "p",
        'ت' | 'ط' => "t",
        'ث' | 'س' | 'ص' => "s",
        'ج' => "j",
        'چ' => "ch",
        'ح' | 'ه' => "h",
        'خ' => "kh",
        'د' => "d",
        'ذ' | 'ز' | 'ض' | 'ظ' => "z",
        'ر' => "r",
        'ژ' => "zh",
        'ش' => "sh",
        'غ' | 'ق' => "gh",
        'ف' => "f",
        'ک' | 'ك' => "k",
        'گ' => "g",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'و' => "v",
        'ی' | 'ي' => "y",
        _ => return None,
    })
}

/// `s` with its first letter in upper case.
fn capitalized(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// Transliterate one word by rule. `suffixes` are (Persian ending, Latin)
/// pairs, longest first.
pub fn translit_word(word: &str, suffixes: &[(String, String)]) -> String {
    let w: String = word.chars().filter(|&c| c != '\u{200C}').collect();
    let mut body = w.as_str();
    let mut tail = "";
    for (s, lat) in suffixes {
        if body.ends_with(s.as_str()) && body.chars().count() > s.chars().count() + 1 {
            body = &body[..body.len() - s.len()];
            tail = lat;
            break;
        }
    }
    let chars: Vec<char> = body.chars().collect();
    let n = chars.len();
    let mut out = String::with_capacity(body.len() + tail.len());
    let mut prev_cons = false;
    // the last consonant followed a vowel written ا/آ (a long ā)
    let mut after_long_a = false;
    // the last vowel was a written ا/آ right after a consonant (Cā)
    let mut after_consonant_a = false;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            'ا' | 'آ' | 'أ' | 'إ' => {
                out.push('a');
                after_consonant_a = prev_cons;
                prev_cons = false;
            }
            'و' if i > 0 => {
                out.push_str(if i + 1 < n { "ou" } else { "o" });
                prev_cons = false;
            }
            'ی' | 'ي' if i > 0 => {
                out.push('i');
                prev_cons = false;
            }
            'ه' if i > 0 && i == n - 1 => {
                out.push_str("eh");
                prev_cons = false;
            }
            'ع' => {
                if i == 0 {
                    out.push('a');
                }
            }
            'ة' | 'ۀ' => {
                out.push_str("eh");
                prev_cons = false;
            }
            _ => {
                if let Some(l) = consonant(c) {
                    if prev_cons {
                        // the CāCeC pattern of active participles (Kazem,
                        // Fazel, Naser): the stem's last consonant after
                        // ā + consonant takes e
                        out.push(if after_long_a && i == n - 1 { 'e' } else { 'a' });
                    }
                    out.push_str(l);
                    after_long_a = !prev_cons && after_consonant_a;
                    prev_cons = true;
                }
            }
        }
    }
    out.push_str(tail);
    let out = out.replace("aa", "a");
    capitalized(&out)
}

/// Transliterate a surname (one word, maybe a compound written with ZWNJ:
/// "حسین‌زاده", "دوست‌محمدی", "کریمی‌نژاد"). Each part is read on its own: a
/// surname ending in its conventional spelling ("zadeh", "nejad"), a given
/// name whose spelling is known, alone or with the adjective ending ‑ی/‑یی
/// ("Mohammadi", "Rezaei"), else by [`translit_word`]'s rules; the parts are
/// written as one word ("Hosseinzadeh", "Doustmohammadi"). `given` returns
/// the checked Latin spelling of a given name.
pub fn translit_surname<'a>(
    word: &str,
    suffixes: &[(String, String)],
    given: impl Fn(&str) -> Option<&'a str>,
) -> String {
    let mut out = String::with_capacity(word.len());
    let compound = word.contains('\u{200C}');
    for (k, part) in word.split('\u{200C}').filter(|p| !p.is_empty()).enumerate() {
        // (a one-letter ending such as ‑ی is no part of its own)
        let ending = (k > 0 || part.chars().count() > 1)
            .then(|| suffixes.iter().find(|(s, _)| s == part))
            .flatten()
            .map(|(_, l)| l.clone());
        let known = || {
            // a whole surname in ‑ی is an adjective of a place or a name
            // ("لاری" is Lari, not the given name Larry); a part of a
            // compound may be a given name ending in ی ("مهدی‌زاده")
            if compound || !part.ends_with('ی') {
                if let Some(l) = given(part) {
                    return Some(l.to_string());
                }
            }
            for (end, lat) in [("یی", "ei"), ("ئی", "ei"), ("ی", "i")] {
                if let Some(l) = part
                    .strip_suffix(end)
                    .filter(|st| st.chars().count() > 1)
                    .and_then(&given)
                {
                    // "Khosrow" + ی is "Khosravi"
                    return Some(match l.strip_suffix("ow") {
                        Some(st) if lat == "i" => format!("{st}avi"),
                        _ => format!("{l}{lat}"),
                    });
                }
            }
            None
        };
        let latin = ending
            .or_else(known)
            .unwrap_or_else(|| translit_word(part, suffixes));
        // a later part joins the word in lower case; the first keeps its
        // spelling ("Seyed Mohammad Hossein")
        if out.is_empty() {
            out.push_str(&latin);
        } else {
            out.push_str(&latin.to_lowercase());
        }
    }
    capitalized(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_surnames_read_part_by_part() {
        let suf: Vec<(String, String)> = [
            ("زاده", "zadeh"),
            ("نژاد", "nejad"),
            ("دوست", "doust"),
            ("ی", "i"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let given = |s: &str| match s {
            "حسین" => Some("Hossein"),
            "محمد" => Some("Mohammad"),
            "کریم" => Some("Karim"),
            "رضا" => Some("Reza"),
            "خسرو" => Some("Khosrow"),
            "لاری" => Some("Larry"),
            "مهدی" => Some("Mehdi"),
            _ => None,
        };
        for (fa, en) in [
            ("حسین‌زاده", "Hosseinzadeh"),
            ("کریمی‌نژاد", "Kariminejad"),
            ("دوست‌محمدی", "Doustmohammadi"),
            ("محمدی", "Mohammadi"),
            ("رضایی", "Rezaei"),
            ("رضائی", "Rezaei"),
            ("نجفی", "Najafi"),
            ("کاظم‌زاده", "Kazemzadeh"),
            ("خسروی", "Khosravi"),
            ("لاری", "Lari"),
            ("مهدی‌زاده", "Mehdizadeh"),
        ] {
            assert_eq!(translit_surname(fa, &suf, given), en, "{fa}");
        }
    }

    #[test]
    fn surnames() {
        let suf: Vec<(String, String)> = [("زاده", "zadeh"), ("پور", "pour"), ("ی", "i")]
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        for (fa, en) in [
            ("نجفی", "Najafi"),
            ("حسن‌زاده", "Hasanzadeh"),
            ("علی‌پور", "Alipour"),
            ("کرمانی", "Karamani"),
            ("فاضلی", "Fazeli"),
            ("کاظمی", "Kazemi"),
            ("هاشمی", "Hashemi"),
            ("صادقی", "Sadeghi"),
            ("کاظم‌زاده", "Kazemzadeh"),
            ("لاریجانی", "Larijani"),
        ] {
            assert_eq!(translit_word(fa, &suf), en, "{fa}");
        }
    }
}
