//! Reading an input record's date (`jalali_date` or `date` field) into the
//! Jalali `(year, month, day)` that [`crate::ArticleMeta`] wants, so relative
//! dates ("امروز", "سال گذشته") resolve per article in a batch.
//!
//! Accepts `1403/01/12`, `1403-1-12`, Persian or Arabic-Indic digits, and a
//! trailing time (`1403/01/12 10:30`, `2024-03-31T08:00:00Z`). A year of 1700
//! or later is read as Gregorian and converted (with the calendar arithmetic
//! of [`crate::extract::dates::calendar`]).

use crate::extract::dates::calendar;
use crate::text::chars::digit_value;

/// Parse a date string into a Jalali `(year, month, day)`; `None` when it is
/// not a date.
pub fn parse_record_date(s: &str) -> Option<(i32, u32, u32)> {
    let mut ascii = String::with_capacity(s.len());
    for c in s.trim().chars() {
        match digit_value(c) {
            Some(v) => ascii.push(char::from_digit(v, 10)?),
            None => ascii.push(c),
        }
    }
    let date = ascii.split([' ', 'T']).next()?;
    let mut it = date.split(['/', '-']);
    let y: i32 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    if it.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    match y {
        1200..=1699 => {
            if m > 6 && d > 30 {
                return None;
            }
            Some((y, m, d))
        }
        1700..=2200 => gregorian_to_jalali(y, m, d),
        _ => None,
    }
}

/// Convert a Gregorian date to Jalali (through the Julian day number, with
/// the dates extractor's calendar arithmetic).
pub fn gregorian_to_jalali(gy: i32, gm: u32, gd: u32) -> Option<(i32, u32, u32)> {
    if !(1..=12).contains(&gm) || !(1..=31).contains(&gd) {
        return None;
    }
    let jdn = calendar::gregorian_to_jdn(gy as i64, gm as i64, gd as i64);
    let (y, m, d) = calendar::jdn_to_jalali(jdn)?;
    Some((y as i32, m as u32, d as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        type Ymd = Option<(i32, u32, u32)>;
        let cases: &[(&str, Ymd)] = &[
            ("1387/07/06", Some((1387, 7, 6))),
            ("۱۴۰۳/۰۱/۱۲", Some((1403, 1, 12))),
            ("1403-1-2 10:30", Some((1403, 1, 2))),
            ("2024-03-31", Some((1403, 1, 12))),
            ("2024-03-20T08:00:00Z", Some((1403, 1, 1))),
            ("2024-03-19", Some((1402, 12, 29))),
            ("2021-03-20", Some((1399, 12, 30))),
            ("2000-01-01", Some((1378, 10, 11))),
            ("1403/13/01", None),
            ("1403/07/31", None),
            ("", None),
            ("yesterday", None),
            ("1403/01", None),
            ("99/01/01", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_record_date(s), *want, "{s:?}");
        }
    }
}
