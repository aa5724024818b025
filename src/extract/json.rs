//! The layout of `extract`'s JSON: the outer object and the `facts` array broken over
//! lines and indented as serde_json's pretty printer does, each fact on one line of its
//! own, written compactly (as `batch` writes its lines).
//!
//! ```text
//! {
//!   "facts": [
//!     {"text":"Over 5,400","start":0,"end":10,…,"kind":"quantity",…},
//!     {"text":"Sunday","start":57,…}
//!   ]
//! }
//! ```
//!
//! One fact a line keeps the output a list a reader can `grep`, `diff` and stream line by
//! line; indenting every field too made it seven times the size of the article, and
//! writing those bytes was the larger part of `extract`'s cost.
//!
//! Two writers make these bytes. [`FactPerLine`] is a serde_json formatter, for any
//! `Serialize` value. [`FactLines`] writes [`Fact`]s field by field, the bytes serde_json
//! writes for their derived `Serialize` (the tests hold the two equal on every example
//! source): through serde, half the bytes were keys escaped one byte at a time, and
//! serialising was a quarter of `extract`'s instructions.

use std::io;

use super::{Fact, FactDetail};

/// A comma, a line break, and the indent of a fact, written as one slice (the first fact
/// without the comma).
const BREAK: &[u8] = b",\n    ";

/// Bytes of facts gathered before they are handed to the writer.
const CHUNK: usize = 1 << 16;

/// Writes facts in the layout of this module, one after another, to `out`.
pub(crate) struct FactLines<W: io::Write> {
    out: W,
    buf: Vec<u8>,
    first: bool,
}

impl<W: io::Write> FactLines<W> {
    /// Opens the outer object and the `facts` array.
    pub(crate) fn new(out: W) -> FactLines<W> {
        let mut buf = Vec::with_capacity(CHUNK + 4096);
        buf.extend_from_slice(b"{\n  \"facts\": [");
        FactLines {
            out,
            buf,
            first: true,
        }
    }

    /// Writes one fact on its own line.
    pub(crate) fn push(&mut self, fact: &Fact) -> io::Result<()> {
        let from = usize::from(self.first);
        self.first = false;
        self.buf.extend_from_slice(&BREAK[from..]);
        write_fact(&mut self.buf, fact);
        if self.buf.len() >= CHUNK {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Closes the array and the object, and hands back the writer.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        self.buf
            .extend_from_slice(if self.first { b"]\n}" } else { b"\n  ]\n}" });
        self.out.write_all(&self.buf)?;
        Ok(self.out)
    }
}

/// One fact as compact JSON.
fn write_fact(out: &mut Vec<u8>, fact: &Fact) {
    out.extend_from_slice(b"{\"text\":");
    string(out, &fact.text);
    for (key, n) in [
        (&b",\"start\":"[..], fact.start),
        (b",\"end\":", fact.end),
        (b",\"line\":", fact.line),
        (b",\"column\":", fact.column),
        (b",\"sentence\":", fact.sentence),
    ] {
        out.extend_from_slice(key);
        out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }
    match &fact.detail {
        FactDetail::Quantity(q) => {
            out.extend_from_slice(b",\"kind\":\"quantity\",\"value\":");
            value(out, &q.value);
            if q.low.is_some() {
                out.extend_from_slice(b",\"low\":");
                value(out, &q.low);
            }
            if q.high.is_some() {
                out.extend_from_slice(b",\"high\":");
                value(out, &q.high);
            }
            out.extend_from_slice(b",\"qualifier\":");
            value(out, &q.qualifier);
            out.extend_from_slice(b",\"unit\":");
            optional(out, q.unit.as_deref());
            out.extend_from_slice(b",\"counted\":");
            optional(out, q.counted.as_deref());
            if q.of_total.is_some() {
                out.extend_from_slice(b",\"of_total\":");
                value(out, &q.of_total);
            }
            out.extend_from_slice(b",\"anchor\":");
            optional(out, q.anchor.as_deref());
            if let Some(owner) = &q.owner {
                out.extend_from_slice(b",\"owner\":");
                string(out, owner);
            }
        }
        FactDetail::Entity(m) => {
            out.extend_from_slice(b",\"kind\":\"entity\",\"canonical\":");
            string(out, &m.canonical);
            out.extend_from_slice(b",\"entity_kind\":");
            value(out, &m.entity_kind);
            out.extend_from_slice(b",\"via\":");
            value(out, &m.via);
            if let Some(title) = &m.title {
                out.extend_from_slice(b",\"title\":");
                string(out, title);
            }
        }
        FactDetail::Quote(q) => {
            out.extend_from_slice(b",\"kind\":\"quote\",\"quoted\":");
            string(out, &q.quoted);
            out.extend_from_slice(b",\"speaker\":");
            optional(out, q.speaker.as_deref());
            out.extend_from_slice(b",\"verb\":");
            optional(out, q.verb.as_deref());
            out.extend_from_slice(b",\"outlet\":");
            optional(out, q.outlet.as_deref());
            out.extend_from_slice(b",\"unclosed\":");
            value(out, &q.unclosed);
        }
        FactDetail::Relation(r) => {
            out.extend_from_slice(b",\"kind\":\"relation\",\"subject\":");
            string(out, &r.subject);
            out.extend_from_slice(b",\"predicate\":");
            string(out, &r.predicate);
            out.extend_from_slice(b",\"object\":");
            string(out, &r.object);
            out.extend_from_slice(b",\"negated\":");
            value(out, &r.negated);
            out.extend_from_slice(b",\"modality\":");
            value(out, &r.modality);
            if !r.time.is_empty() {
                out.extend_from_slice(b",\"time\":");
                for (i, t) in r.time.iter().enumerate() {
                    out.push(if i == 0 { b'[' } else { b',' });
                    string(out, t);
                }
                out.push(b']');
            }
        }
        FactDetail::Time(t) => {
            out.extend_from_slice(b",\"kind\":\"time\",\"time_kind\":");
            value(out, &t.kind);
            out.extend_from_slice(b",\"value\":");
            string(out, &t.value);
        }
    }
    out.push(b'}');
}

/// A value written by serde_json itself: numbers (whose shortest form is its own
/// business), booleans and the names of unit variants. Writing to a `Vec` cannot fail,
/// and these values always serialise.
fn value<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let _ = serde_json::to_writer(&mut *out, value);
}

/// A string or `null`.
fn optional(out: &mut Vec<u8>, text: Option<&str>) {
    match text {
        Some(text) => string(out, text),
        None => out.extend_from_slice(b"null"),
    }
}

/// `text` as a JSON string, escaped as serde_json escapes: `"` and `\` by a backslash,
/// the control characters by their short form or `\u00XX`, everything else as it is.
fn string(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    out.push(b'"');
    // Nearly every string has nothing to escape: a pass without an early exit (which the
    // compiler turns into vector compares) says so, and the string is copied whole.
    if bytes.iter().fold(false, |any, &b| any | needs_escape(b)) {
        escaped(out, bytes);
    } else {
        out.extend_from_slice(bytes);
    }
    out.push(b'"');
}

fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// The bytes of a string that has something to escape.
#[cold]
fn escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut run = 0;
    for (i, &byte) in bytes.iter().enumerate() {
        if !needs_escape(byte) {
            continue;
        }
        out.extend_from_slice(&bytes[run..i]);
        run = i + 1;
        let short = match byte {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x0c => b'f',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            _ => {
                let hex = [HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 15)]];
                out.extend_from_slice(b"\\u00");
                out.extend_from_slice(&hex);
                continue;
            }
        };
        out.extend_from_slice(&[b'\\', short]);
    }
    out.extend_from_slice(&bytes[run..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Document, FactList, Mention, Quantity, Quote, Relation, TimeExpr};
    use crate::source::{Format, Source};

    fn lines(facts: &[Fact]) -> String {
        let mut lines = FactLines::new(Vec::new());
        for fact in facts {
            lines.push(fact).expect("a Vec takes every write");
        }
        let out = lines.finish().expect("a Vec takes every write");
        String::from_utf8(out).expect("facts are written as UTF-8")
    }

    /// The layout serde_json's pretty printer gives the outer object and the array, with
    /// each fact as serde_json writes it compactly.
    fn through_serde(facts: &[Fact]) -> String {
        if facts.is_empty() {
            return "{\n  \"facts\": []\n}".into();
        }
        let each: Vec<String> = facts
            .iter()
            .map(|f| serde_json::to_string(f).expect("a fact serialises"))
            .collect();
        format!("{{\n  \"facts\": [\n    {}\n  ]\n}}", each.join(",\n    "))
    }

    fn fact(text: &str, detail: FactDetail) -> Fact {
        Fact {
            text: text.into(),
            start: 7,
            end: 12_345_678_901,
            line: 1,
            column: 0,
            sentence: usize::MAX,
            detail,
        }
    }

    /// Every field, optional ones present and absent, and every character serde_json
    /// escapes (and some it does not).
    fn every_field() -> Vec<Fact> {
        let odd = "a\"b\\c\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}é ‘’ \u{2028}😀/";
        let some = |s: &str| Some(s.to_string());
        let Some(FactDetail::Quantity(quantity)) = Document::analyse(Source::from_text(
            "q.txt",
            "Over 5,400 people were killed.".into(),
            Format::Text,
        ))
        .facts()
        .into_iter()
        .map(|f| f.detail)
        .find(|d| matches!(d, FactDetail::Quantity(_))) else {
            panic!("the sentence has a quantity");
        };
        let mut full = quantity.clone();
        (full.low, full.high, full.of_total) = (Some(0.1), Some(1e21), Some(f64::NAN));
        (full.unit, full.counted, full.anchor, full.owner) =
            (some(odd), some("people"), some(""), some(odd));
        let bare = Quantity {
            value: None,
            unit: None,
            counted: None,
            anchor: None,
            ..quantity
        };
        let mention = |title| {
            FactDetail::Entity(Mention {
                canonical: odd.into(),
                entity_kind: crate::extract::EntityKind::Person,
                via: crate::extract::entity::Via::Name,
                title,
                start: 0,
                end: 0,
                tokens: (0, 0),
            })
        };
        let quote = |speaker: Option<String>| {
            FactDetail::Quote(Quote {
                quoted: odd.into(),
                speaker: speaker.clone(),
                verb: speaker.clone(),
                outlet: speaker,
                unclosed: true,
                start: 0,
                end: 0,
                sentence: 0,
            })
        };
        let relation = |time: Vec<String>| {
            FactDetail::Relation(Relation {
                subject: odd.into(),
                predicate: "say".into(),
                object: String::new(),
                negated: true,
                modality: crate::lexicon::Modality::Question,
                time,
                start: 0,
                end: 0,
            })
        };
        vec![
            fact(odd, FactDetail::Quantity(full)),
            fact("", FactDetail::Quantity(bare)),
            fact("x", mention(some(odd))),
            fact("x", mention(None)),
            fact("x", quote(some(odd))),
            fact("x", quote(None)),
            fact("x", relation(vec![odd.into(), "monday".into()])),
            fact("x", relation(Vec::new())),
            fact(
                "x",
                FactDetail::Time(TimeExpr {
                    kind: crate::extract::TimeKind::Weekday,
                    value: odd.into(),
                    start: 0,
                    end: 0,
                    tokens: (0, 0),
                }),
            ),
        ]
    }

    #[test]
    fn every_field_as_serde_json_writes_it() {
        let facts = every_field();
        assert_eq!(lines(&facts), through_serde(&facts));
        for one in facts.chunks(1) {
            assert_eq!(lines(one), through_serde(one));
        }
        assert_eq!(lines(&[]), through_serde(&[]));
    }

    #[test]
    fn example_sources_as_serde_json_writes_them() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/claims");
        let mut seen = 0;
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let path = entry.expect("a directory entry").into_path();
            let text = ["txt", "md", "html"]
                .iter()
                .any(|e| path.extension().is_some_and(|x| x == *e));
            let Some(source) = text.then(|| Source::load(&path, "s").ok()).flatten() else {
                continue;
            };
            let list = FactList {
                facts: Document::analyse(source).facts(),
            };
            assert_eq!(lines(&list.facts), through_serde(&list.facts), "{path:?}");
            serde_json::from_str::<serde_json::Value>(&lines(&list.facts))
                .expect("the layout is JSON");
            seen += list.facts.len();
        }
        assert!(seen > 1_000, "{seen} facts");
    }
}
