//! The SQLite writer: documents as normalized tables, for questions across an
//! archive ("every figure stated by a given official").
//!
//! # Tables
//! - `articles(id PK, jalali_date, text, normalization JSON, meta JSON)`;
//! - `people(id PK, name_fa UNIQUE, name_latin)` and
//!   `organizations(id PK, name_fa UNIQUE, name_en)`: one row per distinct
//!   normalized name across the archive;
//! - `article_people(article_id, local_id, person_id, is_official)` and
//!   `article_organizations(article_id, local_id, organization_id)`: who
//!   appears in which article under which document-local id (`p1`, `g1`);
//!   the view `officials` is `article_people` with `is_official`;
//! - `roles(article_id, local_id, seq, title_fa, title_en, organization_id,
//!   modifier_fa, modifier_en)`;
//! - `mentions(article_id, entity, local_id, seq, start, end, text, kind)`;
//! - `figures`, `dates`, `claims`: one row per item, `(article_id, seq)`
//!   keys; `speaker` is the article-local person id;
//! - `errors(source, line, id, kind, message)`: the error records.
//!
//! Every child row references its article with `ON DELETE CASCADE`, and
//! speakers reference `article_people`. Writing an article that is already
//! there replaces its rows (an upsert), so re-running an archive never
//! duplicates anything; `people` and `organizations` rows are shared and
//! kept. Writes are grouped in transactions of [`TX_ARTICLES`] articles.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};

use super::jalali::parse_record_date;
use super::pipeline::Outcome;
use super::record::ErrorRecord;
use super::BatchError;
use crate::document::{Gloss, Mention, Name};
use crate::Document;

/// Articles per transaction.
pub const TX_ARTICLES: usize = 2000;

/// The schema (idempotent).
pub const SCHEMA: &str = r#"
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS articles (
  id            TEXT PRIMARY KEY,
  jalali_date   TEXT,
  text          TEXT NOT NULL,
  normalization TEXT NOT NULL,
  meta          TEXT
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(jalali_date);
CREATE TABLE IF NOT EXISTS people (
  id         INTEGER PRIMARY KEY,
  name_fa    TEXT NOT NULL UNIQUE,
  name_latin TEXT
);
CREATE TABLE IF NOT EXISTS organizations (
  id      INTEGER PRIMARY KEY,
  name_fa TEXT NOT NULL UNIQUE,
  name_en TEXT
);
CREATE TABLE IF NOT EXISTS article_people (
  article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id    TEXT NOT NULL,
  person_id   INTEGER NOT NULL REFERENCES people(id),
  is_official INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS article_people_person ON article_people(person_id);
CREATE TABLE IF NOT EXISTS article_organizations (
  article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id        TEXT NOT NULL,
  organization_id INTEGER NOT NULL REFERENCES organizations(id),
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS article_organizations_org ON article_organizations(organization_id);
CREATE TABLE IF NOT EXISTS roles (
  article_id      TEXT NOT NULL,
  local_id        TEXT NOT NULL,
  seq             INTEGER NOT NULL,
  title_fa        TEXT NOT NULL,
  title_en        TEXT,
  organization_id INTEGER REFERENCES organizations(id),
  modifier_fa     TEXT,
  modifier_en     TEXT,
  PRIMARY KEY (article_id, local_id, seq),
  FOREIGN KEY (article_id, local_id) REFERENCES article_people(article_id, local_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS roles_org ON roles(organization_id);
CREATE TABLE IF NOT EXISTS mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity     TEXT NOT NULL CHECK (entity IN ('person', 'organization')),
  local_id   TEXT NOT NULL,
  seq        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  PRIMARY KEY (article_id, entity, local_id, seq)
);
CREATE TABLE IF NOT EXISTS figures (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  value      TEXT NOT NULL,
  value_num  REAL NOT NULL,
  value_max  TEXT,
  kind       TEXT NOT NULL,
  unit_fa    TEXT,
  unit_en    TEXT,
  counted_fa TEXT,
  counted_en TEXT,
  approx     TEXT,
  currency   TEXT,
  speaker    TEXT,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  PRIMARY KEY (article_id, seq),
  FOREIGN KEY (article_id, speaker) REFERENCES article_people(article_id, local_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS figures_speaker ON figures(article_id, speaker);
CREATE INDEX IF NOT EXISTS figures_kind ON figures(kind, currency);
CREATE TABLE IF NOT EXISTS dates (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  calendar   TEXT NOT NULL,
  iso        TEXT,
  iso_end    TEXT,
  kind       TEXT NOT NULL,
  relative   INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX IF NOT EXISTS dates_iso ON dates(iso);
CREATE TABLE IF NOT EXISTS claims (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  speaker    TEXT,
  cue_fa     TEXT NOT NULL,
  cue_en     TEXT,
  modality   TEXT NOT NULL,
  negated    INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  PRIMARY KEY (article_id, seq),
  FOREIGN KEY (article_id, speaker) REFERENCES article_people(article_id, local_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims(article_id, speaker);
CREATE TABLE IF NOT EXISTS errors (
  source  TEXT NOT NULL,
  line    INTEGER NOT NULL,
  id      TEXT,
  kind    TEXT NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (source, line)
);
CREATE VIEW IF NOT EXISTS officials AS
  SELECT ap.article_id, ap.local_id, p.id AS person_id, p.name_fa, p.name_latin
  FROM article_people ap JOIN people p ON p.id = ap.person_id
  WHERE ap.is_official;
PRAGMA user_version = 1;
"#;

/// Three questions the database answers (shown in the README, run by a
/// test): (what it asks, the SQL).
pub const EXAMPLE_QUERIES: [(&str, &str); 3] = [
    (
        "Every figure stated by a given official, oldest first",
        "SELECT a.id, a.jalali_date, f.text, f.value, f.kind, f.currency
FROM figures f
JOIN article_people ap ON ap.article_id = f.article_id AND ap.local_id = f.speaker
JOIN people p ON p.id = ap.person_id
JOIN articles a ON a.id = f.article_id
WHERE p.name_fa = 'صادق نجفی'
ORDER BY a.jalali_date, a.id, f.seq;",
    ),
    (
        "Who held which role at which organisation, by number of articles",
        "SELECT p.name_fa, p.name_latin, r.title_fa, r.title_en, o.name_fa AS organization,
       count(DISTINCT r.article_id) AS articles
FROM roles r
JOIN article_people ap ON ap.article_id = r.article_id AND ap.local_id = r.local_id
JOIN people p ON p.id = ap.person_id
LEFT JOIN organizations o ON o.id = r.organization_id
GROUP BY p.id, r.title_fa, o.id
ORDER BY articles DESC
LIMIT 20;",
    ),
    (
        "The officials who make the most obligation claims (باید …), with an example",
        "SELECT p.name_fa, p.name_latin, count(*) AS claims, min(c.text) AS example
FROM claims c
JOIN article_people ap ON ap.article_id = c.article_id AND ap.local_id = c.speaker
JOIN people p ON p.id = ap.person_id
WHERE c.modality = 'obligation' AND NOT c.negated
GROUP BY p.id
ORDER BY claims DESC
LIMIT 20;",
    ),
];

/// Writes documents and error records into a database.
pub struct SqliteWriter {
    conn: Connection,
    path: PathBuf,
    in_tx: usize,
}

const CLEAR: [&str; 7] = [
    "DELETE FROM mentions WHERE article_id = ?1",
    "DELETE FROM figures WHERE article_id = ?1",
    "DELETE FROM dates WHERE article_id = ?1",
    "DELETE FROM claims WHERE article_id = ?1",
    "DELETE FROM roles WHERE article_id = ?1",
    "DELETE FROM article_people WHERE article_id = ?1",
    "DELETE FROM article_organizations WHERE article_id = ?1",
];

impl SqliteWriter {
    /// Open (or create) the database at `path` and create the tables.
    pub fn open(path: &Path) -> Result<SqliteWriter, BatchError> {
        let err = |e| BatchError::Sqlite {
            path: path.to_path_buf(),
            source: e,
        };
        let conn = Connection::open(path).map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err)?;
        conn.execute_batch(SCHEMA).map_err(err)?;
        // a database written before dates had `iso_end` (resumed batches)
        let has_iso_end = conn
            .prepare("SELECT 1 FROM pragma_table_info('dates') WHERE name = 'iso_end'")
            .and_then(|mut st| st.exists([]))
            .map_err(err)?;
        if !has_iso_end {
            conn.execute_batch("ALTER TABLE dates ADD COLUMN iso_end TEXT")
                .map_err(err)?;
        }
        Ok(SqliteWriter {
            conn,
            path: path.to_path_buf(),
            in_tx: 0,
        })
    }

    /// The connection (for queries).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    fn err(&self, e: rusqlite::Error) -> BatchError {
        BatchError::Sqlite {
            path: self.path.clone(),
            source: e,
        }
    }

    /// The keys already in the database (article ids, `#file:line` of
    /// errors without an id), for `--resume`.
    pub fn existing_keys(&self) -> Result<HashSet<String>, BatchError> {
        let mut keys = HashSet::new();
        let mut q = |sql: &str| -> rusqlite::Result<()> {
            let mut st = self.conn.prepare(sql)?;
            let rows = st.query_map([], |r| r.get::<_, String>(0))?;
            for k in rows {
                keys.insert(k?);
            }
            Ok(())
        };
        q("SELECT id FROM articles")
            .and_then(|_| {
                q("SELECT coalesce(id, '#' || source || ':' || line) FROM errors WHERE kind != 'read_error'")
            })
            .map_err(|e| self.err(e))?;
        Ok(keys)
    }

    /// Write the documents and error records of a batch (documents must have
    /// been kept: `Config::keep_documents`).
    pub fn write_batch(&mut self, batch: &[Outcome]) -> Result<(), BatchError> {
        for o in batch {
            match o {
                Outcome::Skipped => continue,
                Outcome::Document { doc: Some(doc), .. } => {
                    self.begin()?;
                    self.write_document(doc).map_err(|e| self.err(e))?;
                }
                Outcome::Document { doc: None, id, .. } => {
                    return Err(BatchError::Internal(format!(
                        "document {id} was not kept for SQLite"
                    )));
                }
                Outcome::Error { record, .. } => {
                    self.begin()?;
                    self.write_error(record).map_err(|e| self.err(e))?;
                }
            }
            self.in_tx += 1;
            if self.in_tx >= TX_ARTICLES {
                self.commit()?;
            }
        }
        Ok(())
    }

    /// Commit what is pending.
    pub fn finish(&mut self) -> Result<(), BatchError> {
        self.commit()
    }

    fn begin(&mut self) -> Result<(), BatchError> {
        if self.conn.is_autocommit() {
            self.conn.execute_batch("BEGIN").map_err(|e| self.err(e))?;
            self.in_tx = 0;
        }
        Ok(())
    }

    fn commit(&mut self) -> Result<(), BatchError> {
        if !self.conn.is_autocommit() {
            self.conn.execute_batch("COMMIT").map_err(|e| self.err(e))?;
        }
        self.in_tx = 0;
        Ok(())
    }

    fn write_error(&self, r: &ErrorRecord) -> rusqlite::Result<()> {
        let kind = serde_json::to_value(r.error.kind).ok();
        let kind = kind.as_ref().and_then(|v| v.as_str()).unwrap_or("");
        self.conn
            .prepare_cached(
                "INSERT INTO errors(source, line, id, kind, message) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(source, line) DO UPDATE SET id = excluded.id, kind = excluded.kind,
                 message = excluded.message",
            )?
            .execute(params![
                r.file.as_deref().unwrap_or("-"),
                r.line as i64,
                r.id,
                kind,
                r.error.message
            ])?;
        Ok(())
    }

    /// Write one document, replacing what the database held for its id.
    pub fn write_document(&self, doc: &Document) -> rusqlite::Result<()> {
        let c = &self.conn;
        let id = doc.id.as_str();
        let date = doc.meta.as_ref().and_then(|m| {
            ["jalali_date", "date"].iter().find_map(|k| {
                m.get(*k)
                    .and_then(|v| v.as_str())
                    .and_then(parse_record_date)
                    .map(|(y, mo, d)| format!("{y:04}/{mo:02}/{d:02}"))
            })
        });
        let norm = serde_json::to_string(&doc.normalization).unwrap_or_default();
        let meta = doc.meta.as_ref().map(|m| m.to_string());
        c.prepare_cached(
            "INSERT INTO articles(id, jalali_date, text, normalization, meta) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(id) DO UPDATE SET jalali_date = excluded.jalali_date, text = excluded.text,
             normalization = excluded.normalization, meta = excluded.meta",
        )?
        .execute(params![id, date, doc.text, norm, meta])?;
        for sql in CLEAR {
            c.prepare_cached(sql)?.execute([id])?;
        }

        // people: officials first (they carry roles and the fuller mentions)
        let mut people: HashSet<&str> = HashSet::new();
        for o in &doc.officials {
            if !people.insert(&o.id) {
                continue;
            }
            let pid = upsert_person(c, &o.name)?;
            c.prepare_cached(
                "INSERT INTO article_people(article_id, local_id, person_id, is_official) VALUES (?1, ?2, ?3, 1)",
            )?
            .execute(params![id, o.id, pid])?;
            insert_mentions(c, id, "person", &o.id, &o.mentions)?;
            for (seq, r) in o.roles.iter().enumerate() {
                let org = match &r.organization {
                    Some(g) => Some(upsert_org(c, g)?),
                    None => None,
                };
                c.prepare_cached(
                    "INSERT INTO roles(article_id, local_id, seq, title_fa, title_en, organization_id,
                     modifier_fa, modifier_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?
                .execute(params![
                    id,
                    o.id,
                    seq as i64,
                    r.title.fa,
                    r.title.en,
                    org,
                    r.modifier.as_ref().map(|m| &m.fa),
                    r.modifier.as_ref().and_then(|m| m.en.as_ref()),
                ])?;
            }
        }
        for p in &doc.people {
            if !people.insert(&p.id) {
                continue;
            }
            let pid = upsert_person(c, &p.name)?;
            c.prepare_cached(
                "INSERT INTO article_people(article_id, local_id, person_id, is_official) VALUES (?1, ?2, ?3, 0)",
            )?
            .execute(params![id, p.id, pid])?;
            insert_mentions(c, id, "person", &p.id, &p.mentions)?;
        }
        let mut orgs: HashSet<&str> = HashSet::new();
        for g in &doc.organizations {
            if !orgs.insert(&g.id) {
                continue;
            }
            let oid = upsert_org(c, &g.name)?;
            c.prepare_cached(
                "INSERT INTO article_organizations(article_id, local_id, organization_id) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![id, g.id, oid])?;
            insert_mentions(c, id, "organization", &g.id, &g.mentions)?;
        }
        // a speaker the article does not list is kept as NULL rather than
        // breaking the foreign key
        fn known<'a>(people: &HashSet<&str>, s: &'a Option<String>) -> Option<&'a str> {
            s.as_deref().filter(|s| people.contains(s))
        }
        let speaker = |s| known(&people, s);
        for (seq, f) in doc.figures.iter().enumerate() {
            c.prepare_cached(
                "INSERT INTO figures(article_id, seq, text, value, value_num, value_max, kind, unit_fa, unit_en,
                 counted_fa, counted_en, approx, currency, speaker, start, \"end\")
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            )?
            .execute(params![
                id,
                seq as i64,
                f.text,
                f.value.to_string(),
                f.value.to_f64(),
                f.value_max.map(|v| v.to_string()),
                enum_str(&f.kind),
                f.unit.as_ref().map(|g| &g.fa),
                f.unit.as_ref().and_then(|g| g.en.as_ref()),
                f.counted.as_ref().map(|g| &g.fa),
                f.counted.as_ref().and_then(|g| g.en.as_ref()),
                f.approx.as_ref().map(enum_str),
                f.currency,
                speaker(&f.speaker),
                f.span.start as i64,
                f.span.end as i64,
            ])?;
        }
        for (seq, d) in doc.dates.iter().enumerate() {
            c.prepare_cached(
                "INSERT INTO dates(article_id, seq, text, calendar, iso, iso_end, kind, relative, start, \"end\")
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                id,
                seq as i64,
                d.text,
                enum_str(&d.calendar),
                d.iso,
                d.iso_end,
                enum_str(&d.kind),
                d.relative,
                d.span.start as i64,
                d.span.end as i64,
            ])?;
        }
        for (seq, cl) in doc.claims.iter().enumerate() {
            c.prepare_cached(
                "INSERT INTO claims(article_id, seq, text, speaker, cue_fa, cue_en, modality, negated, start, \"end\")
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                id,
                seq as i64,
                cl.text,
                speaker(&cl.speaker),
                cl.cue.fa,
                cl.cue.en,
                enum_str(&cl.modality),
                cl.negated,
                cl.span.start as i64,
                cl.span.end as i64,
            ])?;
        }
        Ok(())
    }
}

/// The serde name of a unit enum variant ("obligation", "at_least").
fn enum_str<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn upsert_person(c: &Connection, name: &Name) -> rusqlite::Result<i64> {
    c.prepare_cached(
        "INSERT INTO people(name_fa, name_latin) VALUES (?1, ?2)
         ON CONFLICT(name_fa) DO UPDATE SET name_latin = coalesce(people.name_latin, excluded.name_latin)
         RETURNING id",
    )?
    .query_row(params![name.fa, name.latin], |r| r.get(0))
}

fn upsert_org(c: &Connection, name: &Gloss) -> rusqlite::Result<i64> {
    c.prepare_cached(
        "INSERT INTO organizations(name_fa, name_en) VALUES (?1, ?2)
         ON CONFLICT(name_fa) DO UPDATE SET name_en = coalesce(organizations.name_en, excluded.name_en)
         RETURNING id",
    )?
    .query_row(params![name.fa, name.en], |r| r.get(0))
}

fn insert_mentions(
    c: &Connection,
    article: &str,
    entity: &str,
    local: &str,
    mentions: &[Mention],
) -> rusqlite::Result<()> {
    let mut st = c.prepare_cached(
        "INSERT INTO mentions(article_id, entity, local_id, seq, start, \"end\", text, kind)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (seq, m) in mentions.iter().enumerate() {
        st.execute(params![
            article,
            entity,
            local,
            seq as i64,
            m.span.start as i64,
            m.span.end as i64,
            m.text,
            enum_str(&m.kind),
        ])?;
    }
    Ok(())
}

/// Rows of `PRAGMA foreign_key_check` (empty when every key holds).
pub fn foreign_key_violations(c: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut st = c.prepare("PRAGMA foreign_key_check")?;
    let rows = st.query_map([], |r| {
        Ok(format!(
            "{} row {:?} → {}",
            r.get::<_, String>(0)?,
            r.get::<_, Option<i64>>(1)?,
            r.get::<_, String>(2)?
        ))
    })?;
    rows.collect()
}

/// The number of rows of `table`.
pub fn count(c: &Connection, table: &str) -> rusqlite::Result<i64> {
    c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .optional()
        .map(|n| n.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::schema::example_document;

    fn temp_db(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("khabar-sqlite-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        let _ = std::fs::remove_file(&p);
        p
    }

    fn outcome(doc: Document) -> Outcome {
        Outcome::Document {
            id: doc.id.clone(),
            json: Vec::new(),
            doc: Some(Box::new(doc)),
        }
    }

    fn counts(c: &Connection) -> Vec<i64> {
        [
            "articles",
            "people",
            "organizations",
            "article_people",
            "article_organizations",
            "roles",
            "mentions",
            "figures",
            "dates",
            "claims",
        ]
        .iter()
        .map(|t| count(c, t).unwrap())
        .collect()
    }

    #[test]
    fn dates_keep_range_ends_and_old_databases_gain_the_column() {
        // a database made before dates had iso_end
        let p = temp_db("old-dates.db");
        let old = SCHEMA.replace("  iso_end    TEXT,\n", "");
        Connection::open(&p).unwrap().execute_batch(&old).unwrap();
        let mut w = SqliteWriter::open(&p).unwrap();
        w.write_batch(&[outcome(example_document())]).unwrap();
        w.finish().unwrap();
        let got: (String, String) = w
            .connection()
            .query_row("SELECT iso, iso_end FROM dates", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(got, ("2024-03-31".into(), "2024-04-02".into()));
    }

    #[test]
    fn upsert_keys_and_example_queries() {
        let p = temp_db("facts.db");
        let mut second = example_document();
        second.id = "example-2".into();
        second.figures.truncate(1);
        second.figures[0].speaker = Some("p9".into()); // not in the article: stored as NULL
        let batch = || {
            vec![
                outcome(example_document()),
                outcome(second.clone()),
                Outcome::Skipped,
            ]
        };
        let mut w = SqliteWriter::open(&p).unwrap();
        w.write_batch(&batch()).unwrap();
        w.finish().unwrap();
        let first = counts(w.connection());
        assert_eq!(first, vec![2, 1, 1, 2, 2, 2, 6, 4, 2, 2]);
        // re-running the same archive upserts
        w.write_batch(&batch()).unwrap();
        w.finish().unwrap();
        drop(w);
        let w = SqliteWriter::open(&p).unwrap();
        let c = w.connection();
        assert_eq!(counts(c), first);
        assert_eq!(foreign_key_violations(c).unwrap(), Vec::<String>::new());
        let keys = w.existing_keys().unwrap();
        assert!(keys.contains("example-1") && keys.contains("example-2"));

        let rows = |sql: &str| -> Vec<Vec<String>> {
            let mut st = c.prepare(sql).unwrap();
            let n = st.column_count();
            st.query_map([], |r| {
                (0..n)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i).map(|v| match v {
                            rusqlite::types::Value::Text(s) => s,
                            rusqlite::types::Value::Integer(i) => i.to_string(),
                            rusqlite::types::Value::Real(f) => f.to_string(),
                            rusqlite::types::Value::Null => "NULL".into(),
                            rusqlite::types::Value::Blob(_) => "blob".into(),
                        })
                    })
                    .collect()
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
        };
        let figures = rows(EXAMPLE_QUERIES[0].1);
        assert_eq!(figures.len(), 2, "{figures:?}");
        assert_eq!(figures[0][0], "example-1");
        assert_eq!(figures[0][1], "1403/01/12");
        assert_eq!(figures[0][3], "70000");
        assert_eq!(figures[1][3], "2.5");
        let roles = rows(EXAMPLE_QUERIES[1].1);
        assert_eq!(roles.len(), 1);
        assert_eq!(roles[0][3], "chief executive");
        assert_eq!(roles[0][5], "2");
        let claims = rows(EXAMPLE_QUERIES[2].1);
        assert_eq!(
            claims,
            vec![vec![
                "صادق نجفی".to_string(),
                "Sadegh Najafi".into(),
                "2".into(),
                "باید زیرساخت‌ها اصلاح شود".into()
            ]]
        );
        assert_eq!(rows("SELECT count(*) FROM officials")[0][0], "2");
        assert_eq!(
            rows("SELECT speaker FROM figures WHERE article_id = 'example-2'")[0][0],
            "NULL"
        );
    }
}
