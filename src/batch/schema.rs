//! The JSON Schema (draft 2020-12) of a [`Document`] and of an error record
//! (`khabar schema`), and a small validator for the subset of JSON Schema
//! they use (`type`, `properties`, `required`, `additionalProperties`,
//! `items`, `enum`, `anyOf`, `$ref`, `minimum`, `pattern`).
//!
//! The schema is written by hand next to the types and pinned to them by
//! tests: [`example_document`] sets every field of every type (a struct
//! literal, so adding a field to a type breaks the build until it is set
//! here), its JSON must validate, and the schema forbids unknown properties,
//! so a field added to the types but not to the schema fails the tests — as
//! does a schema property that the types do not produce. Real output of
//! `khabar batch` is validated by the integration tests.

use std::collections::HashMap;

use regex::Regex;
use serde_json::{json, Value};

use crate::document::{
    Approx, Calendar, Claim, DateKind, DateMention, Document, Figure, FigureKind, Gloss, Mention,
    MentionKind, Modality, Name, Official, Organization, Person, Role, Value as Num,
};
use crate::text::aligned::Span;
use crate::NormCounts;

/// The schema's `$id`.
pub const SCHEMA_ID: &str = "https://github.com/khabar/khabar/schema/document-v1.json";

fn nullable(schema: Value) -> Value {
    json!({"anyOf": [schema, {"type": "null"}]})
}

fn gloss_ref() -> Value {
    json!({"$ref": "#/$defs/Gloss"})
}

fn object(props: Value, required: &[&str], description: &str) -> Value {
    json!({
        "type": "object",
        "description": description,
        "properties": props,
        "required": required,
        "additionalProperties": false,
    })
}

fn offset(what: &str) -> Value {
    json!({"type": "integer", "minimum": 0, "description": what})
}

fn defs() -> Value {
    let start = offset("code point offset into the ORIGINAL input");
    let end = offset("code point offset into the ORIGINAL input, exclusive");
    let id = |d: &str| json!({"type": "string", "description": d});
    let mentions = json!({"type": "array", "items": {"$ref": "#/$defs/Mention"}});
    json!({
        "Gloss": object(json!({
            "fa": {"type": "string", "description": "the Persian form"},
            "en": {"type": ["string", "null"], "description": "English gloss; null only when no lexicon entry gives one"},
        }), &["fa", "en"], "a Persian term with its English gloss"),
        "Name": object(json!({
            "fa": {"type": "string"},
            "latin": {"type": ["string", "null"], "description": "Latin transliteration"},
            "latin_approx": {"type": "boolean", "description": "present (true) when the transliteration was made by rules"},
        }), &["fa", "latin"], "a person's name"),
        "Mention": object(json!({
            "start": start, "end": end,
            "text": {"type": "string"},
            "kind": {"enum": ["name", "pronoun", "role", "alias", "reference"]},
        }), &["start", "end", "text", "kind"], "one mention of a person or organisation"),
        "Person": object(json!({
            "id": id("p1, p2 … (the same id in officials[])"),
            "name": {"$ref": "#/$defs/Name"},
            "mentions": mentions,
        }), &["id", "name", "mentions"], "a named person"),
        "Role": object(json!({
            "title": gloss_ref(),
            "organization": nullable(gloss_ref()),
            "modifier": nullable(gloss_ref()),
        }), &["title", "organization"], "a title held at an organisation"),
        "Official": object(json!({
            "id": id("the person's id in people[]"),
            "name": {"$ref": "#/$defs/Name"},
            "roles": {"type": "array", "items": {"$ref": "#/$defs/Role"}},
            "mentions": mentions,
        }), &["id", "name", "roles", "mentions"], "a person the article gives a role"),
        "Organization": object(json!({
            "id": id("g1, g2 …"),
            "name": gloss_ref(),
            "mentions": mentions,
        }), &["id", "name", "mentions"], "an organisation"),
        "Figure": object(json!({
            "text": {"type": "string"},
            "value": {"type": "number", "description": "exact decimal, in the stated unit"},
            "value_max": {"type": "number", "description": "the high end of a range"},
            "kind": {"enum": ["count", "money", "percent", "quantity", "age", "duration", "other"]},
            "unit": nullable(gloss_ref()),
            "counted": nullable(gloss_ref()),
            "approx": {"enum": [null, "about", "at_least", "more_than", "less_than", "at_most", "range"]},
            "currency": {"type": ["string", "null"], "description": "ISO 4217 (toman is IRT)"},
            "speaker": {"type": ["string", "null"], "description": "an officials[].id"},
            "start": start, "end": end,
            "repeats": {"type": "array", "description": "later mentions of the same figure in the same words (listed once)",
                        "items": object(json!({"start": start, "end": end}), &["start", "end"], "a mention")},
        }), &["text", "value", "kind", "unit", "counted", "approx", "currency", "speaker", "start", "end"],
            "a number-bearing fact"),
        "DateMention": object(json!({
            "text": {"type": "string"},
            "calendar": {"enum": ["jalali", "gregorian", "hijri"]},
            "iso": {"anyOf": [
                {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"},
                {"type": "null"}]},
            "iso_end": {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
                        "description": "the end of a range written as one date (iso is its start)"},
            "kind": {"enum": ["date", "relative", "occasion"]},
            "relative": {"type": "boolean"},
            "start": start, "end": end,
        }), &["text", "calendar", "iso", "kind", "relative", "start", "end"], "a date or year"),
        "Claim": object(json!({
            "text": {"type": "string"},
            "speaker": {"type": ["string", "null"], "description": "an officials[].id"},
            "cue": gloss_ref(),
            "modality": {"enum": ["obligation", "prohibition", "necessity", "need", "recommendation", "demand"]},
            "negated": {"type": "boolean"},
            "start": start, "end": end,
        }), &["text", "speaker", "cue", "modality", "negated", "start", "end"], "a policy claim"),
        "Normalization": {
            "type": "object",
            "description": "how many changes of each kind normalization made",
            "properties": {
                "zwnj_inserted": {"type": "integer", "minimum": 0},
                "spaces_inserted": {"type": "integer", "minimum": 0},
                "letters_unified": {"type": "integer", "minimum": 0},
                "digits_converted": {"type": "integer", "minimum": 0},
            },
            "required": ["zwnj_inserted", "spaces_inserted", "letters_unified", "digits_converted"],
            "additionalProperties": {"type": "integer", "minimum": 0},
        },
    })
}

/// The JSON Schema of a [`Document`] (one line of `khabar batch` output).
pub fn document_schema() -> Value {
    let arr = |d: &str| json!({"type": "array", "items": {"$ref": format!("#/$defs/{d}")}});
    let mut s = object(
        json!({
            "id": {"type": "string"},
            "text": {"type": "string", "description": "the normalized text"},
            "normalization": {"$ref": "#/$defs/Normalization"},
            "people": arr("Person"),
            "officials": arr("Official"),
            "organizations": arr("Organization"),
            "figures": arr("Figure"),
            "dates": arr("DateMention"),
            "claims": arr("Claim"),
            "meta": {"type": "object", "description": "other fields of the input record, passed through"},
        }),
        &[
            "id",
            "text",
            "normalization",
            "people",
            "officials",
            "organizations",
            "figures",
            "dates",
            "claims",
        ],
        "everything khabar found in one article; offsets are code points of the original input",
    );
    let o = s.as_object_mut().expect("an object");
    o.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    o.insert("$id".into(), json!(SCHEMA_ID));
    o.insert("title".into(), json!("khabar Document"));
    o.insert("$defs".into(), defs());
    s
}

/// The JSON Schema of an error record (`super::record::ErrorRecord`).
pub fn error_record_schema() -> Value {
    let kinds: Vec<Value> = super::record::ErrorKind::ALL
        .iter()
        .map(|k| serde_json::to_value(k).expect("a kind serializes"))
        .collect();
    let mut s = object(
        json!({
            "id": {"type": ["string", "null"]},
            "line": {"type": "integer", "minimum": 1},
            "file": {"type": "string"},
            "error": object(json!({
                "kind": {"enum": kinds},
                "message": {"type": "string"},
            }), &["kind", "message"], "what went wrong"),
        }),
        &["id", "line", "error"],
        "an input record that produced no document",
    );
    let o = s.as_object_mut().expect("an object");
    o.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    o.insert("title".into(), json!("khabar error record"));
    s
}

/// Validates JSON values against a schema (the subset described in the
/// module doc). Build once; patterns are compiled at construction.
pub struct Validator {
    root: Value,
    patterns: HashMap<String, Regex>,
}

impl Validator {
    /// A validator for `schema`. Fails on an invalid `pattern`.
    pub fn new(schema: Value) -> Result<Validator, regex::Error> {
        let mut patterns = HashMap::new();
        collect_patterns(&schema, &mut patterns)?;
        Ok(Validator {
            root: schema,
            patterns,
        })
    }

    /// Every violation, as `path: message` (empty when valid).
    pub fn validate(&self, v: &Value) -> Vec<String> {
        let mut errs = Vec::new();
        self.check(&self.root, v, "", &mut errs);
        errs
    }

    fn resolve<'a>(&'a self, s: &'a Value) -> &'a Value {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let ptr = r.strip_prefix('#').unwrap_or(r);
                self.root.pointer(ptr).unwrap_or(&Value::Null)
            }
            None => s,
        }
    }

    fn check(&self, schema: &Value, v: &Value, path: &str, errs: &mut Vec<String>) {
        let s = self.resolve(schema);
        if s.is_null() {
            errs.push(format!("{path}: unresolved $ref {schema}"));
            return;
        }
        if let Some(any) = s.get("anyOf").and_then(Value::as_array) {
            let mut why = Vec::new();
            let ok = any.iter().any(|alt| {
                let mut e = Vec::new();
                self.check(alt, v, path, &mut e);
                let ok = e.is_empty();
                why.extend(e);
                ok
            });
            if !ok {
                errs.push(format!("{path}: matches none of anyOf ({})", why.join("; ")));
            }
        }
        if let Some(t) = s.get("type") {
            let types: Vec<&str> = match t {
                Value::String(x) => vec![x.as_str()],
                Value::Array(xs) => xs.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if !types.iter().any(|t| type_matches(t, v)) {
                errs.push(format!(
                    "{path}: expected {}, got {}",
                    types.join(" or "),
                    short(v)
                ));
                return;
            }
        }
        if let Some(e) = s.get("enum").and_then(Value::as_array) {
            if !e.contains(v) {
                errs.push(format!(
                    "{path}: {} is not one of {}",
                    short(v),
                    Value::Array(e.clone())
                ));
            }
        }
        if let (Some(min), Some(x)) = (s.get("minimum").and_then(Value::as_f64), v.as_f64()) {
            if x < min {
                errs.push(format!("{path}: {x} < minimum {min}"));
            }
        }
        if let (Some(p), Some(x)) = (s.get("pattern").and_then(Value::as_str), v.as_str()) {
            if let Some(re) = self.patterns.get(p) {
                if !re.is_match(x) {
                    errs.push(format!("{path}: {x:?} does not match {p}"));
                }
            }
        }
        if let (Some(items), Some(arr)) = (s.get("items"), v.as_array()) {
            for (i, x) in arr.iter().enumerate() {
                self.check(items, x, &format!("{path}/{i}"), errs);
            }
        }
        if let Some(obj) = v.as_object() {
            let props = s.get("properties").and_then(Value::as_object);
            if let Some(req) = s.get("required").and_then(Value::as_array) {
                for r in req.iter().filter_map(Value::as_str) {
                    if !obj.contains_key(r) {
                        errs.push(format!("{path}: missing required property {r:?}"));
                    }
                }
            }
            for (k, x) in obj {
                let sub = format!("{path}/{k}");
                match props.and_then(|p| p.get(k)) {
                    Some(ps) => self.check(ps, x, &sub, errs),
                    None => match s.get("additionalProperties") {
                        Some(Value::Bool(false)) => errs.push(format!("{path}: unknown property {k:?}")),
                        Some(extra @ Value::Object(_)) => self.check(extra, x, &sub, errs),
                        _ => {}
                    },
                }
            }
        }
    }
}

fn collect_patterns(s: &Value, out: &mut HashMap<String, Regex>) -> Result<(), regex::Error> {
    match s {
        Value::Object(m) => {
            if let Some(Value::String(p)) = m.get("pattern") {
                out.insert(p.clone(), Regex::new(p)?);
            }
            for v in m.values() {
                collect_patterns(v, out)?;
            }
        }
        Value::Array(a) => {
            for v in a {
                collect_patterns(v, out)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn type_matches(t: &str, v: &Value) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "string" => v.is_string(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        "number" => v.is_number(),
        "integer" => v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|f| f.fract() == 0.0),
        _ => false,
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > 60 {
        let mut end = 60;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}…", &s[..end])
    } else {
        s
    }
}

/// Code-point span of the first `needle` in `text` (after `from` chars).
fn cp_span(text: &str, needle: &str) -> Span {
    let b = text.find(needle).expect("needle in the example text");
    let start = text[..b].chars().count();
    Span::new(start, start + needle.chars().count())
}

/// A document with every field of every type set, on a short text in the
/// seed article's style (already normalized, so offsets are the text's own).
/// Used to pin the schema to the types and to test writers and reports.
pub fn example_document() -> Document {
    let text = "صادق نجفی، مدیرعامل سازمان صنایع کوچک، روز ۱۲ تا ۱۴ فروردین ۱۴۰۳ گفت: از ۷۰ هزار واحد صنعتی حدود ۴۳ هزار واحد پروانه دارند و باید زیرساخت‌ها اصلاح شود. وی افزود: ۲٫۵ درصد بودجه کافی نیست.";
    let mention = |t: &str, kind: MentionKind| Mention {
        span: cp_span(text, t),
        text: t.to_string(),
        kind,
    };
    let name = Name {
        fa: "صادق نجفی".into(),
        latin: Some("Sadegh Najafi".into()),
        latin_approx: true,
    };
    let org = Gloss::new("سازمان صنایع کوچک", Some("Small Industries Organization"));
    let mentions = vec![
        mention("صادق نجفی", MentionKind::Name),
        mention("وی", MentionKind::Pronoun),
    ];
    Document {
        id: "example-1".into(),
        text: text.into(),
        normalization: NormCounts {
            zwnj_inserted: 1,
            letters_unified: 2,
            ..NormCounts::default()
        },
        people: vec![Person {
            id: "p1".into(),
            name: name.clone(),
            mentions: vec![mention("صادق نجفی", MentionKind::Name)],
        }],
        officials: vec![Official {
            id: "p1".into(),
            name,
            roles: vec![Role {
                title: Gloss::new("مدیرعامل", Some("chief executive")),
                organization: Some(org.clone()),
                modifier: Some(Gloss::new("سابق", Some("former"))),
            }],
            mentions,
        }],
        organizations: vec![Organization {
            id: "g1".into(),
            name: org,
            mentions: vec![mention("سازمان صنایع کوچک", MentionKind::Name)],
        }],
        figures: vec![
            Figure {
                text: "۷۰ هزار واحد صنعتی".into(),
                value: Num::int(70_000),
                value_max: None,
                kind: FigureKind::Count,
                unit: Some(Gloss::new("واحد", Some("unit"))),
                counted: Some(Gloss::new("واحد صنعتی", Some("industrial units"))),
                approx: None,
                currency: None,
                speaker: Some("p1".into()),
                span: cp_span(text, "۷۰ هزار واحد صنعتی"),
                repeats: Vec::new(),
            },
            Figure {
                text: "حدود ۴۳ هزار واحد".into(),
                value: Num::int(43_000),
                value_max: Some(Num::int(44_000)),
                kind: FigureKind::Count,
                unit: Some(Gloss::new("واحد", None::<String>)),
                counted: None,
                approx: Some(Approx::About),
                currency: Some("IRT".into()),
                speaker: None,
                span: cp_span(text, "حدود ۴۳ هزار واحد"),
                repeats: vec![cp_span(text, "۷۰ هزار واحد صنعتی")],
            },
            Figure {
                text: "۲٫۵ درصد".into(),
                value: Num {
                    mantissa: 25,
                    scale: 1,
                },
                value_max: None,
                kind: FigureKind::Percent,
                unit: None,
                counted: Some(Gloss::new("بودجه", Some("budget"))),
                approx: None,
                currency: None,
                speaker: Some("p1".into()),
                span: cp_span(text, "۲٫۵ درصد"),
                repeats: Vec::new(),
            },
        ],
        dates: vec![DateMention {
            text: "۱۲ تا ۱۴ فروردین ۱۴۰۳".into(),
            calendar: Calendar::Jalali,
            iso: Some("2024-03-31".into()),
            iso_end: Some("2024-04-02".into()),
            kind: DateKind::Date,
            relative: false,
            span: cp_span(text, "۱۲ تا ۱۴ فروردین ۱۴۰۳"),
        }],
        claims: vec![Claim {
            text: "باید زیرساخت‌ها اصلاح شود".into(),
            speaker: Some("p1".into()),
            cue: Gloss::new("باید", Some("must")),
            modality: Modality::Obligation,
            negated: false,
            span: cp_span(text, "باید زیرساخت‌ها اصلاح شود"),
        }],
        meta: Some(json!({"url": "https://example.org/1", "jalali_date": "1403/01/12"})),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validator() -> Validator {
        Validator::new(document_schema()).unwrap()
    }

    #[test]
    fn the_example_document_is_valid_and_round_trips() {
        let doc = example_document();
        let v = serde_json::to_value(&doc).unwrap();
        assert_eq!(validator().validate(&v), Vec::<String>::new());
        let back: Document = serde_json::from_value(v).unwrap();
        assert_eq!(back, doc);
    }

    #[test]
    fn every_schema_property_is_produced_by_the_types() {
        // collect the property names the example document's JSON uses, per
        // $defs entry, and compare with the schema's
        let v = serde_json::to_value(example_document()).unwrap();
        let schema = document_schema();
        let props = |p: &str| -> Vec<String> {
            let mut k: Vec<String> = schema
                .pointer(p)
                .and_then(Value::as_object)
                .unwrap()
                .keys()
                .cloned()
                .collect();
            k.sort();
            k
        };
        let keys = |x: &Value| -> Vec<String> {
            let mut k: Vec<String> = x.as_object().unwrap().keys().cloned().collect();
            k.sort();
            k
        };
        assert_eq!(props("/properties"), keys(&v));
        assert_eq!(props("/$defs/Figure/properties"), {
            let mut k = keys(&v["figures"][0]);
            k.extend(keys(&v["figures"][1]));
            k.sort();
            k.dedup();
            k
        });
        assert_eq!(props("/$defs/Official/properties"), keys(&v["officials"][0]));
        assert_eq!(
            props("/$defs/Role/properties"),
            keys(&v["officials"][0]["roles"][0])
        );
        assert_eq!(props("/$defs/Name/properties"), keys(&v["officials"][0]["name"]));
        assert_eq!(props("/$defs/Person/properties"), keys(&v["people"][0]));
        assert_eq!(
            props("/$defs/Mention/properties"),
            keys(&v["people"][0]["mentions"][0])
        );
        assert_eq!(
            props("/$defs/Organization/properties"),
            keys(&v["organizations"][0])
        );
        assert_eq!(props("/$defs/DateMention/properties"), keys(&v["dates"][0]));
        assert_eq!(props("/$defs/Claim/properties"), keys(&v["claims"][0]));
        assert_eq!(props("/$defs/Gloss/properties"), keys(&v["claims"][0]["cue"]));
    }

    #[test]
    fn violations_are_found() {
        let good = serde_json::to_value(example_document()).unwrap();
        let cases: &[(&str, Value, &str)] = &[
            ("/figures/0/kind", json!("lots"), "is not one of"),
            ("/figures/0/value", json!("70000"), "expected number"),
            ("/dates/0/iso", json!("31/03/2024"), "does not match"),
            (
                "/claims/0/cue",
                json!({"fa": "باید"}),
                "missing required property \"en\"",
            ),
            ("/people/0/mentions/0/start", json!(-1), "minimum"),
            ("/officials/0/roles/0/organization", json!("x"), "anyOf"),
        ];
        for (ptr, bad, want) in cases {
            let mut v = good.clone();
            *v.pointer_mut(ptr).unwrap() = bad.clone();
            let errs = validator().validate(&v);
            assert!(errs.iter().any(|e| e.contains(want)), "{ptr}: {errs:?}");
        }
        let mut v = good.clone();
        v["surprise"] = json!(1);
        assert!(validator().validate(&v)[0].contains("unknown property \"surprise\""));
        let mut v = good;
        v["normalization"]["new_counter"] = json!(3);
        assert!(validator().validate(&v).is_empty(), "new counters are allowed");
    }

    #[test]
    fn error_records_validate() {
        let rec = super::super::record::ErrorRecord {
            id: None,
            line: 3,
            file: Some("a.jsonl".into()),
            error: super::super::record::RecordError {
                kind: super::super::record::ErrorKind::InvalidJson,
                message: "m".into(),
            },
        };
        let val = Validator::new(error_record_schema()).unwrap();
        assert!(val.validate(&serde_json::to_value(&rec).unwrap()).is_empty());
        assert!(!val
            .validate(&json!({"id": "x", "line": 0, "error": {"kind": "nope", "message": ""}}))
            .is_empty());
    }
}
