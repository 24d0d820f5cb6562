//! The output model: one [`Document`] per article. These serde types *are*
//! the JSON schema (`../shared/docs/SCHEMA.md`, `khabar schema`).
//!
//! # Offsets
//! Every `start`/`end` in a finished `Document` is a Unicode code point offset
//! into the ORIGINAL input (end exclusive). While extractors run, the same
//! [`Span`] fields hold byte offsets into the normalized text; the analyzer
//! converts them all at once with [`Document::remap_spans`] at the very end.
//! A new type with a span must be added to `remap_spans`.

use serde::{Deserialize, Serialize};

use crate::text::aligned::Span;
use crate::text::normalize::NormCounts;

/// A Persian term with its English gloss. `en` is null only when no lexicon
/// entry gives one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gloss {
    /// The Persian form.
    pub fa: String,
    /// The English gloss.
    pub en: Option<String>,
}

impl Gloss {
    /// A gloss from two strings.
    pub fn new(fa: impl Into<String>, en: Option<impl Into<String>>) -> Gloss {
        Gloss {
            fa: fa.into(),
            en: en.map(Into::into),
        }
    }
}

/// A person's name in Persian with a Latin transliteration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Name {
    /// The name as normalized Persian.
    pub fa: String,
    /// Latin transliteration ("Sadegh Najafi"); null when none could be made.
    pub latin: Option<String>,
    /// True when (part of) the transliteration was made by rules rather than
    /// taken from the lexicon, so it may differ from the person's own spelling.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub latin_approx: bool,
}

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// The name as written, full or partial.
    Name,
    /// A pronoun (وی، او، ایشان).
    Pronoun,
    /// A role-only mention ("مدیرعامل این سازمان").
    Role,
    /// An organisation's short form or alias ("مجلس").
    Alias,
    /// An organisation referred to by a demonstrative ("این سازمان").
    Reference,
}

/// One mention of a person or organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    /// Offsets (see the module doc).
    #[serde(flatten)]
    pub span: Span,
    /// The mention's normalized text.
    pub text: String,
    /// How it refers.
    pub kind: MentionKind,
}

/// A named person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// `p1`, `p2` … — the same id in `officials[]`.
    pub id: String,
    /// The fullest name the article gives.
    pub name: Name,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// A title held at an organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The title words ("مدیرعامل", "معاون اول").
    pub title: Gloss,
    /// The organisation or place the title is of; null when none is given.
    pub organization: Option<Gloss>,
    /// سابق / وقت / جدید … when the article qualifies the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Gloss>,
}

/// A person the article gives a role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Official {
    /// The person's id (as in `people[]`).
    pub id: String,
    /// The person's name.
    pub name: Name,
    /// Every role the article gives.
    pub roles: Vec<Role>,
    /// Every mention (names, pronouns, role-only), in text order.
    pub mentions: Vec<Mention>,
}

/// An organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// `g1`, `g2` …
    pub id: String,
    /// The fullest name, with its English name when known.
    pub name: Gloss,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// An exact decimal number: `mantissa × 10^-scale`. Serialized as a JSON
/// integer when it has no fractional part, else as the shortest decimal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Value {
    /// The digits.
    pub mantissa: i128,
    /// How many of them are after the decimal point.
    pub scale: u32,
}

impl Value {
    /// An integer value.
    pub const fn int(v: i128) -> Value {
        Value {
            mantissa: v,
            scale: 0,
        }
    }

    /// Remove trailing fractional zeros (1.50 → 1.5, 2.0 → 2).
    pub fn reduced(mut self) -> Value {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    /// The value as `f64` (for comparisons; not used for output).
    pub fn to_f64(self) -> f64 {
        self.mantissa as f64 / 10f64.powi(self.scale as i32)
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let v = self.reduced();
        if v.scale == 0 {
            return write!(f, "{}", v.mantissa);
        }
        let neg = v.mantissa < 0;
        let digits = v.mantissa.unsigned_abs().to_string();
        let scale = v.scale as usize;
        let (int, frac) = if digits.len() > scale {
            (
                digits[..digits.len() - scale].to_string(),
                digits[digits.len() - scale..].to_string(),
            )
        } else {
            (
                "0".to_string(),
                format!("{}{}", "0".repeat(scale - digits.len()), digits),
            )
        };
        write!(f, "{}{}.{}", if neg { "-" } else { "" }, int, frac)
    }
}

impl Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.reduced();
        if v.scale == 0 {
            if let Ok(i) = i64::try_from(v.mantissa) {
                return s.serialize_i64(i);
            }
        }
        // The decimal string parses to the f64 nearest to it, and serde_json
        // prints that f64 in its shortest form: the same decimal, no noise.
        let f: f64 = v.to_string().parse().unwrap_or(f64::NAN);
        s.serialize_f64(f)
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        let n = serde_json::Number::deserialize(d)?;
        let s = n.to_string();
        parse_decimal(&s).ok_or_else(|| serde::de::Error::custom(format!("not a decimal: {s}")))
    }
}

/// Parse an ASCII decimal such as `-12.50` or `3e6` into a [`Value`].
pub fn parse_decimal(s: &str) -> Option<Value> {
    let (m, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    let (int, frac) = m.split_once('.').unwrap_or((m, ""));
    let mut mantissa: i128 = format!("{int}{frac}").parse().ok()?;
    let mut scale = frac.len() as i32 - exp;
    while scale < 0 {
        mantissa = mantissa.checked_mul(10)?;
        scale += 1;
    }
    Some(
        Value {
            mantissa,
            scale: scale as u32,
        }
        .reduced(),
    )
}

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// Items or people counted.
    Count,
    /// An amount of a currency.
    Money,
    /// A percentage.
    Percent,
    /// A physical quantity with a unit (ton, km, MW …).
    Quantity,
    /// An age.
    Age,
    /// A span of time.
    Duration,
    /// Multipliers, fractions, scores, unit-less values.
    Other,
}

/// How exact a figure is said to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// حدود، حدودا، نزدیک به …
    About,
    /// دست‌کم، حداقل
    AtLeast,
    /// بیش از
    MoreThan,
    /// کمتر از
    LessThan,
    /// حداکثر، تا
    AtMost,
    /// بین … و … / … تا …: `value` is the low end, `value_max` the high end.
    Range,
}

/// A number-bearing fact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The surface text (number + unit/counted noun), normalized.
    pub text: String,
    /// The value, exact, in the stated unit.
    pub value: Value,
    /// The high end of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<Value>,
    /// What it measures.
    pub kind: FigureKind,
    /// The unit or counter word.
    pub unit: Option<Gloss>,
    /// What is counted or measured.
    pub counted: Option<Gloss>,
    /// Qualifier.
    pub approx: Option<Approx>,
    /// ISO 4217 code (toman is `IRT`).
    pub currency: Option<String>,
    /// The official who stated it (`officials[].id`), or null.
    pub speaker: Option<String>,
    /// Offsets.
    #[serde(flatten)]
    pub span: Span,
    /// Later places where the article writes the same figure in the same
    /// words (a headline figure again in the body): GOLD rule 12 lists a fact
    /// once, and its other mentions stay here. Omitted when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repeats: Vec<Span>,
}

/// The calendar a date was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    /// Solar Hijri (هجری شمسی).
    Jalali,
    /// Gregorian (میلادی).
    Gregorian,
    /// Lunar Hijri (هجری قمری).
    Hijri,
}

/// What kind of date mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// A calendar date or year.
    Date,
    /// Relative to the article's date (امروز، سال گذشته …).
    Relative,
    /// A named occasion (نوروز، اربعین …).
    Occasion,
}

/// A date or year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateMention {
    /// The surface text, normalized.
    pub text: String,
    /// The calendar it was written in.
    pub calendar: Calendar,
    /// Gregorian `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when it cannot be
    /// resolved (a relative date without the article's date).
    pub iso: Option<String>,
    /// For a range written as one date ("۱۷ تا ۱۹ آذر", "سال‌های ۹۰ تا ۹۲"):
    /// the Gregorian value of its end, in the same form as `iso` (which is
    /// then the start). Absent for single dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso_end: Option<String>,
    /// Date, relative or occasion.
    pub kind: DateKind,
    /// True for relative expressions.
    pub relative: bool,
    /// Offsets.
    #[serde(flatten)]
    pub span: Span,
}

/// How strong a claim's cue is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// باید، موظف است …
    Obligation,
    /// نباید، ممنوع است …
    Prohibition,
    /// لازم است، ضروری است …
    Necessity,
    /// نیاز داریم …
    Need,
    /// پیشنهاد می‌کنیم …
    Recommendation,
    /// خواستار … شد …
    Demand,
}

/// A policy claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The clause carrying the cue, normalized.
    pub text: String,
    /// The official who said it (`officials[].id`), or null.
    pub speaker: Option<String>,
    /// The cue with its English gloss.
    pub cue: Gloss,
    /// The cue's modality.
    pub modality: Modality,
    /// True when negated (نباید، لازم نیست …).
    pub negated: bool,
    /// Offsets.
    #[serde(flatten)]
    pub span: Span,
}

/// Everything khabar found in one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The article's id.
    pub id: String,
    /// The normalized text.
    pub text: String,
    /// What normalization changed.
    pub normalization: NormCounts,
    /// Every named person.
    pub people: Vec<Person>,
    /// People the article gives a role.
    pub officials: Vec<Official>,
    /// Every organisation mentioned.
    pub organizations: Vec<Organization>,
    /// Number-bearing facts.
    pub figures: Vec<Figure>,
    /// Dates and years.
    pub dates: Vec<DateMention>,
    /// Policy claims.
    pub claims: Vec<Claim>,
    /// Other fields of the input record (batch), passed through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Value>,
}

impl Document {
    /// Apply `f` to every span in the document (used once, to turn normalized
    /// byte spans into original code-point offsets).
    pub fn remap_spans(&mut self, f: impl Fn(Span) -> Span) {
        let mentions = |ms: &mut Vec<Mention>| ms.iter_mut().for_each(|m| m.span = f(m.span));
        self.people.iter_mut().for_each(|p| mentions(&mut p.mentions));
        self.officials.iter_mut().for_each(|p| mentions(&mut p.mentions));
        self.organizations
            .iter_mut()
            .for_each(|p| mentions(&mut p.mentions));
        self.figures.iter_mut().for_each(|x| {
            x.span = f(x.span);
            x.repeats.iter_mut().for_each(|s| *s = f(*s));
        });
        self.dates.iter_mut().for_each(|x| x.span = f(x.span));
        self.claims.iter_mut().for_each(|x| x.span = f(x.span));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_serialize_exactly() {
        let j = |v: Value| serde_json::to_string(&v).unwrap();
        assert_eq!(j(Value::int(70000)), "70000");
        assert_eq!(
            j(Value {
                mantissa: 125,
                scale: 1
            }),
            "12.5"
        );
        assert_eq!(
            j(Value {
                mantissa: 6464,
                scale: 2
            }),
            "64.64"
        );
        assert_eq!(
            j(Value {
                mantissa: 2500,
                scale: 3
            }),
            "2.5"
        );
        assert_eq!(
            j(Value {
                mantissa: 2000,
                scale: 3
            }),
            "2"
        );
        assert_eq!(j(Value::int(2_000_000_000_000)), "2000000000000");
        assert_eq!(
            Value {
                mantissa: 5,
                scale: 3
            }
            .to_string(),
            "0.005"
        );
        assert_eq!(
            parse_decimal("12.50"),
            Some(Value {
                mantissa: 125,
                scale: 1
            })
        );
        assert_eq!(parse_decimal("2e12"), Some(Value::int(2_000_000_000_000)));
        let v: Value = serde_json::from_str("64.64").unwrap();
        assert_eq!(
            v,
            Value {
                mantissa: 6464,
                scale: 2
            }
        );
    }
}
