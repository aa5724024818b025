//! Editorial consistency: versions of a story (updates, wire copy, corrections,
//! translations) that disagree with each other, or a story that disagrees with itself.
//!
//! [`conflicts`] is a pure function of analysed documents: it compares every pair of
//! facts, across sources and within each one, and returns the pairs that cannot both
//! hold:
//!
//! - **figure**: the same measure with incompatible numbers, by the interval semantics
//!   of [`check::quantity`](crate::check::quantity) read both ways ("about 4,500" and
//!   "4,500" agree; "at least 112 died" and "at least 87 died" do not). The measure must
//!   be the same: same unit, same counted noun, the same words around it in its clause,
//!   the same day (or none);
//! - **quote**: the same quotation given to different speakers;
//! - **name**: one person's name spelled two ways (one or two letters apart, with the
//!   same title or the same surroundings, never named together in one sentence);
//! - **day**: the same event (the same measure with agreeing numbers, or the same
//!   subject, predicate and object) on different weekdays or dates.
//!
//! [`report`] turns conflicts into a [`harness::Report`](crate::harness::Report), so
//! every renderer of `check` prints them: one entry per source, one result per conflict
//! (verdict `contradicted`, expected `supported`), both spans as evidence.
//!
//! ```
//! use factcheck::consistency::{conflicts, Kind};
//! use factcheck::extract::Document;
//! use factcheck::source::{Format, Source};
//! let doc = |name: &str, text: &str| {
//!     Document::analyse(Source::from_text(name, text.into(), Format::Text))
//! };
//! let first = doc("v1.txt", "At least 87 people were killed in the earthquake.");
//! let update = doc("v2.txt", "At least 112 people were killed in the earthquake.");
//! let found = conflicts(&[&first, &update]);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].kind, Kind::Figure);
//! let rephrased = doc("v3.txt", "The earthquake killed at least 87 people.");
//! assert!(conflicts(&[&first, &rephrased]).is_empty());
//! ```

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::check::quantity::{Relation as QRel, relate};
use crate::check::{Evidence, Verdict};
use crate::error::Result;
use crate::extract::entity::Via;
use crate::extract::{
    Document, EntityKind, Quantity, SpeakerMatch, TimeExpr, TimeKind, compare_speakers,
};
use crate::harness::{ClaimResult, FileReport, Report, Summary};
use crate::lexicon::Lexicon;
use crate::source::Source;
use crate::text::{Token, TokenKind, tokenize};

/// What two statements disagree about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The same measure with incompatible numbers.
    Figure,
    /// The same quote given to different speakers.
    Quote,
    /// One person's name spelled two ways.
    Name,
    /// The same event on different days.
    Day,
}

impl Kind {
    /// The word used in conflict ids ("figure-1").
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Figure => "figure",
            Kind::Quote => "quote",
            Kind::Name => "name",
            Kind::Day => "day",
        }
    }
}

/// One side of a conflict: a span of a document's cleaned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// Index of the document in the list given to [`conflicts`].
    pub doc: usize,
    /// Index of the sentence the span starts in.
    pub sentence: usize,
    /// Byte offset of the span in the cleaned text.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// The parts that disagree (figure, day, quote, speaker, name), in the cleaned text.
    pub marks: Vec<(usize, usize)>,
}

impl Site {
    fn key(&self) -> (usize, usize, usize) {
        (self.doc, self.start, self.end)
    }
}

/// Two statements that cannot both hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// What they disagree about.
    pub kind: Kind,
    /// The earlier statement (by document, then offset).
    pub first: Site,
    /// The later one.
    pub second: Site,
    /// One line a reader can check against both spans.
    pub reason: String,
}

/// Every conflict between and within the documents, sorted by the first span's document
/// and offset, then the second's.
pub fn conflicts(docs: &[&Document]) -> Vec<Conflict> {
    let figures: Vec<Vec<Figure>> = docs
        .iter()
        .enumerate()
        .map(|(d, doc)| figures_of(d, doc))
        .collect();
    let quotes: Vec<Vec<QuoteItem>> = docs
        .iter()
        .enumerate()
        .map(|(d, doc)| quotes_of(d, doc))
        .collect();
    let events: Vec<Vec<Event>> = docs
        .iter()
        .enumerate()
        .map(|(d, doc)| events_of(d, doc))
        .collect();
    let people: Vec<Vec<Person>> = docs
        .iter()
        .enumerate()
        .map(|(d, doc)| people_of(d, doc))
        .collect();
    let together = named_together(docs);
    let mut out = Vec::new();
    for a in 0..docs.len() {
        for b in a..docs.len() {
            let within = a == b;
            figure_conflicts(docs, &figures[a], &figures[b], within, &mut out);
            quote_conflicts(docs, &quotes[a], &quotes[b], within, &mut out);
            event_conflicts(docs, &events[a], &events[b], within, &mut out);
            name_conflicts(docs, &people[a], &people[b], within, &together, &mut out);
        }
    }
    // Each finder puts the earlier span first (sources in the order given, then
    // offset) and words its reason in that order.
    out.sort_by(|x, y| {
        (x.first.key(), x.second.key(), x.kind).cmp(&(y.first.key(), y.second.key(), y.kind))
    });
    out.dedup_by(|x, y| x.kind == y.kind && x.first == y.first && x.second == y.second);
    // One day conflict per pair of sentences: the figure and the event of one sentence
    // say the same thing.
    let mut seen = HashSet::new();
    out.retain(|c| {
        c.kind != Kind::Day
            || seen.insert((
                c.first.doc,
                c.first.sentence,
                c.second.doc,
                c.second.sentence,
            ))
    });
    out
}

// --- figures --------------------------------------------------------------------------

/// A quantity with what identifies its measure.
struct Figure<'a> {
    doc: usize,
    sentence: usize,
    q: &'a Quantity,
    /// Stem of the counted noun.
    counted: Option<String>,
    /// Stems of the content words around the figure within its clause.
    context: Vec<String>,
    /// The figure with its counted noun, in the cleaned text.
    span: (usize, usize),
    /// The anchoring time expression, if the figure has one.
    anchor: Option<TimeExpr>,
    /// The sentence reports a figure as revised ("up from", "earlier").
    revised: bool,
}

/// Words that end a clause for the purpose of a figure's context.
fn is_clause_break(t: &Token) -> bool {
    t.kind == TokenKind::Number
        || matches!(
            t.norm.as_str(),
            "," | ";"
                | ":"
                | "("
                | ")"
                | "—"
                | "–"
                | "."
                | "?"
                | "!"
                | "\""
                | "“"
                | "”"
                | "and"
                | "but"
                | "while"
                | "whereas"
                | "with"
                | "including"
                | "when"
                | "after"
                | "before"
                | "because"
                | "since"
                | "until"
                | "where"
        )
}

fn is_time_word(t: &Token) -> bool {
    let lex = Lexicon::get();
    lex.weekday(&t.norm).is_some() || lex.month(&t.norm).is_some()
}

fn figures_of<'a>(d: usize, doc: &'a Document) -> Vec<Figure<'a>> {
    let lex = Lexicon::get();
    let mut out = Vec::new();
    for (i, facts) in doc.sentences.iter().enumerate() {
        let tokens = &doc.source.sentences[i].tokens;
        let revised = tokens.iter().enumerate().any(|(k, t)| {
            lex.is_revision_cue(&t.norm)
                || (matches!(t.norm.as_str(), "up" | "down")
                    && tokens.get(k + 1).is_some_and(|n| n.norm == "from"))
        });
        for q in &facts.quantities {
            let (first, end) = q.tokens;
            if first >= end || end > tokens.len() {
                continue;
            }
            let counted_at = q
                .counted
                .as_ref()
                .and_then(|c| (end..tokens.len().min(end + 5)).find(|&k| tokens[k].norm == c));
            let counted = q.counted.as_deref().map(crate::text::stem);
            let in_time = |k: usize| {
                facts
                    .times
                    .iter()
                    .any(|t| t.tokens.0 <= k && k < t.tokens.1)
            };
            let keep = |k: usize| {
                let t = &tokens[k];
                t.kind == TokenKind::Word
                    && !lex.is_stopword(&t.norm)
                    && !lex.is_reporting_verb(&t.stem)
                    && !lex.is_attribution_noun(&t.norm)
                    && !in_time(k)
                    && !is_time_word(t)
                    && counted.as_deref() != Some(t.stem.as_str())
            };
            // Up to five tokens before the figure and six after its counted noun, within
            // the clause.
            let after = counted_at.map_or(end, |k| k + 1);
            let before = (first.saturating_sub(5)..first).rev();
            let following = after..tokens.len().min(after + 6);
            let mut context: Vec<String> = before
                .take_while(|&k| !is_clause_break(&tokens[k]))
                .chain(following.take_while(|&k| !is_clause_break(&tokens[k])))
                .filter(|&k| keep(k))
                .map(|k| tokens[k].stem.to_string())
                .collect();
            context.sort();
            context.dedup();
            let span_end = counted_at.map_or(q.end, |k| tokens[k].end);
            let anchor = q.anchor.as_ref().and_then(|a| {
                facts
                    .times
                    .iter()
                    .find(|t| &t.value == a && matches!(t.kind, TimeKind::Weekday | TimeKind::Date))
                    .cloned()
            });
            out.push(Figure {
                doc: d,
                sentence: i,
                q,
                counted,
                context,
                span: (q.start, span_end),
                anchor,
                revised,
            });
        }
    }
    out
}

/// How many words of `a` have an equal or synonymous word in `b`.
fn shared_words(a: &[String], b: &[String]) -> usize {
    let lex = Lexicon::get();
    a.iter()
        .filter(|w| b.iter().any(|v| v == *w || lex.are_synonyms(w, v)))
        .count()
}

/// Whether two word sets mostly agree: at least `min_shared` words in common and half
/// of all the words (synonyms count as shared).
fn words_agree(a: &[String], b: &[String], min_shared: usize) -> bool {
    let shared = shared_words(a, b).min(shared_words(b, a));
    let union = a.len() + b.len() - shared;
    shared >= min_shared.max(1) && shared * 2 >= union
}

/// How strongly two figures are the same measure: `None` when they are not (another
/// unit, another counted noun, other words around them).
fn same_measure(a: &Figure, b: &Figure) -> Option<usize> {
    if a.q.unit != b.q.unit {
        return None;
    }
    let lex = Lexicon::get();
    let min_shared = match (&a.counted, &b.counted) {
        (Some(x), Some(y)) if x == y || lex.are_synonyms(x, y) => 1,
        // Without a counted noun only a unit and much shared context say what it is.
        (None, None) if a.q.unit.is_some() => 2,
        _ => return None,
    };
    words_agree(&a.context, &b.context, min_shared).then(|| shared_words(&a.context, &b.context))
}

fn same_day(a: &TimeExpr, b: &TimeExpr) -> bool {
    if a.value == b.value {
        return true;
    }
    // "--03-04" (no year) agrees with "2012-03-04".
    let tail = |v: &str| v.get(v.len().saturating_sub(5)..).map(str::to_string);
    a.kind == TimeKind::Date
        && b.kind == TimeKind::Date
        && (a.value.starts_with("--") || b.value.starts_with("--"))
        && tail(&a.value) == tail(&b.value)
}

/// Whether two anchors name different days of the same kind ("sunday" / "saturday").
fn different_days(a: &TimeExpr, b: &TimeExpr) -> bool {
    a.kind == b.kind && !same_day(a, b)
}

fn numbers_conflict(a: &Quantity, b: &Quantity) -> bool {
    relate(a, b) == QRel::Conflicts || relate(b, a) == QRel::Conflicts
}

/// Pairs of comparable figures: in another document, or in another sentence of the same.
fn comparable(a: &Figure, b: &Figure, within: bool) -> bool {
    !within || (a.sentence < b.sentence && !a.revised && !b.revised)
}

fn figure_conflicts<'a>(
    docs: &[&Document],
    xs: &'a [Figure<'a>],
    ys: &'a [Figure<'a>],
    within: bool,
    out: &mut Vec<Conflict>,
) {
    let anchors_match = |a: &Figure, b: &Figure| match (&a.anchor, &b.anchor) {
        (Some(x), Some(y)) => same_day(x, y),
        (None, None) => true,
        _ => false,
    };
    // Only figures of one unit and one counted noun (or synonyms) can be one measure.
    let groups = measure_groups(ys);
    // Each figure is compared with its best counterpart only: most shared context, then
    // nearest value, then first.
    let best = |a: &Figure, others: &[Figure]| -> Option<usize> {
        groups
            .iter()
            .filter(|(key, _)| key_compatible(a, *key))
            .flat_map(|(_, members)| members.iter().map(|&k| (k, &others[k])))
            .filter(|(_, b)| !(within && a.sentence == b.sentence))
            .filter(|(_, b)| anchors_match(a, b))
            .filter_map(|(k, b)| same_measure(a, b).map(|s| (k, s, b)))
            .max_by(|(ka, sa, fa), (kb, sb, fb)| {
                sa.cmp(sb)
                    .then(distance(a.q, fb.q).total_cmp(&distance(a.q, fa.q)))
                    .then(kb.cmp(ka))
            })
            .map(|(k, _, _)| k)
    };
    let mut pairs = BTreeSet::new();
    for (i, a) in xs.iter().enumerate() {
        if let Some(j) = best(a, ys) {
            pairs.insert(if within { (i.min(j), i.max(j)) } else { (i, j) });
        }
    }
    if !within {
        let groups_x = measure_groups(xs);
        for (j, b) in ys.iter().enumerate() {
            let found = groups_x
                .iter()
                .filter(|(key, _)| key_compatible(b, *key))
                .flat_map(|(_, members)| members.iter().map(|&k| (k, &xs[k])))
                .filter(|(_, a)| anchors_match(a, b))
                .filter_map(|(k, a)| same_measure(b, a).map(|s| (k, s, a)))
                .max_by(|(ka, sa, fa), (kb, sb, fb)| {
                    sa.cmp(sb)
                        .then(distance(b.q, fb.q).total_cmp(&distance(b.q, fa.q)))
                        .then(kb.cmp(ka))
                })
                .map(|(k, _, _)| k);
            if let Some(i) = found {
                pairs.insert((i, j));
            }
        }
    }
    for (i, j) in pairs {
        let (a, b) = (&xs[i], &ys[j]);
        let (a, b) = if within && b.sentence < a.sentence {
            (b, a)
        } else {
            (a, b)
        };
        if !comparable(a, b, within) || !numbers_conflict(a.q, b.q) {
            continue;
        }
        let what =
            a.q.counted
                .as_deref()
                .or(a.q.unit.as_deref())
                .unwrap_or("figure");
        let reason = format!(
            "the same measure ({what}) is '{}' in {} but '{}' in {}; the figures cannot both hold",
            text_of(docs, a.doc, a.span),
            place(docs, a.doc, a.span.0),
            text_of(docs, b.doc, b.span),
            place(docs, b.doc, b.span.0),
        );
        out.push(Conflict {
            kind: Kind::Figure,
            first: site(a.doc, a.sentence, a.span, vec![a.span]),
            second: site(b.doc, b.sentence, b.span, vec![b.span]),
            reason,
        });
    }
    // The same measure with agreeing numbers on different days.
    let dated = |fs: &'a [Figure<'a>]| fs.iter().filter(|f| f.anchor.is_some());
    for a in dated(xs) {
        for b in dated(ys) {
            if !comparable(a, b, within) {
                continue;
            }
            let (Some(ta), Some(tb)) = (&a.anchor, &b.anchor) else {
                continue;
            };
            if !different_days(ta, tb) || numbers_conflict(a.q, b.q) || same_measure(a, b).is_none()
            {
                continue;
            }
            let reason = format!(
                "'{}' is dated '{}' in {} but '{}' in {}: the same event on different days",
                text_of(docs, a.doc, a.span),
                ta.value,
                place(docs, a.doc, a.span.0),
                tb.value,
                place(docs, b.doc, b.span.0),
            );
            out.push(Conflict {
                kind: Kind::Day,
                first: site(a.doc, a.sentence, a.span, vec![a.span, (ta.start, ta.end)]),
                second: site(b.doc, b.sentence, b.span, vec![b.span, (tb.start, tb.end)]),
                reason,
            });
        }
    }
}

/// What a figure is a figure of: its unit and counted noun.
type MeasureKey<'a> = (Option<&'a str>, Option<&'a str>);

/// Figures by unit and counted noun, in first-seen order.
fn measure_groups<'a>(fs: &'a [Figure]) -> Vec<(MeasureKey<'a>, Vec<usize>)> {
    let mut out: Vec<(MeasureKey, Vec<usize>)> = Vec::new();
    for (k, f) in fs.iter().enumerate() {
        let key = (f.q.unit.as_deref(), f.counted.as_deref());
        match out.iter_mut().find(|(x, _)| *x == key) {
            Some((_, members)) => members.push(k),
            None => out.push((key, vec![k])),
        }
    }
    out
}

/// Whether figures of a key can be the same measure as `a` (the test of
/// [`same_measure`] that does not look at the words around).
fn key_compatible(a: &Figure, (unit, counted): MeasureKey) -> bool {
    let lex = Lexicon::get();
    a.q.unit.as_deref() == unit
        && match (a.counted.as_deref(), counted) {
            (Some(x), Some(y)) => x == y || lex.are_synonyms(x, y),
            (None, None) => unit.is_some(),
            _ => false,
        }
}

fn distance(a: &Quantity, b: &Quantity) -> f64 {
    let (x, y) = (a.bounds().0.abs().max(1e-9), b.bounds().0.abs().max(1e-9));
    let d = (x / y).ln().abs();
    if d.is_nan() { f64::INFINITY } else { d }
}

// --- quotes ---------------------------------------------------------------------------

struct QuoteItem {
    doc: usize,
    sentence: usize,
    words: Vec<String>,
    speaker: String,
    kind: Option<EntityKind>,
    /// The quote, and the speaker's mention when it stands next to it.
    span: (usize, usize),
    marks: Vec<(usize, usize)>,
}

/// Fewest words a quotation needs to be compared (shorter ones are scare quotes).
const MIN_QUOTE_WORDS: usize = 4;

fn quotes_of(d: usize, doc: &Document) -> Vec<QuoteItem> {
    doc.quotes
        .iter()
        .filter_map(|q| {
            let speaker = q.speaker.clone()?;
            let words: Vec<String> = tokenize(&q.quoted, 0)
                .into_iter()
                .filter(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
                .map(|t| t.norm.to_string())
                .collect();
            if words.len() < MIN_QUOTE_WORDS {
                return None;
            }
            let mut words = words;
            words.sort();
            // The speaker's mention nearest the quote, outside it, within a sentence of it.
            let last = doc
                .source
                .sentences
                .iter()
                .rposition(|s| s.start < q.end)
                .unwrap_or(q.sentence);
            let mention = (q.sentence..=(last + 1).min(doc.sentences.len().saturating_sub(1)))
                .flat_map(|i| doc.sentences[i].mentions.iter())
                .filter(|m| m.canonical == speaker && (m.end <= q.start || m.start >= q.end))
                .min_by_key(|m| {
                    if m.start >= q.end {
                        m.start - q.end
                    } else {
                        q.start - m.end
                    }
                });
            let mut span = (q.start, q.end);
            let mut marks = vec![(q.start, q.end)];
            if let Some(m) = mention {
                span = (span.0.min(m.start), span.1.max(m.end));
                marks.push((m.start, m.end));
            }
            Some(QuoteItem {
                doc: d,
                sentence: q.sentence,
                words,
                kind: kind_of(doc, &speaker),
                speaker,
                span,
                marks,
            })
        })
        .collect()
}

/// What kind of entity a canonical name is in a document.
fn kind_of(doc: &Document, canonical: &str) -> Option<EntityKind> {
    doc.sentences
        .iter()
        .flat_map(|s| s.mentions.iter())
        .find(|m| m.canonical == canonical)
        .map(|m| m.entity_kind)
        .or_else(|| {
            doc.entities
                .resolve(&canonical.to_lowercase())
                .map(|(_, k)| k)
        })
}

/// Whether two quotations are the same words: most words in common, or one a long
/// excerpt of the other. Both word lists are sorted.
fn same_quote(a: &[String], b: &[String]) -> bool {
    let (short, long) = (a.len().min(b.len()), a.len().max(b.len()));
    // Cheap bounds first: the words in common are at most the shorter quote.
    if short * 4 < long * 3 && short < 6 {
        return false;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common * 4 >= long * 3 || (short >= 6 && common * 10 >= short * 9)
}

/// Whether two names can be one person: equal, or one the other's surname.
fn same_person(a: &str, b: &str) -> bool {
    fn last(s: &str) -> &str {
        s.rsplit([' ', '-']).next().unwrap_or(s)
    }
    a == b
        || (last(a).eq_ignore_ascii_case(last(b))
            && (!a.contains(' ') || !b.contains(' ') || a.contains(b) || b.contains(a)))
}

fn quote_conflicts(
    docs: &[&Document],
    xs: &[QuoteItem],
    ys: &[QuoteItem],
    within: bool,
    out: &mut Vec<Conflict>,
) {
    for (i, a) in xs.iter().enumerate() {
        for (j, b) in ys.iter().enumerate() {
            if within && j <= i {
                continue;
            }
            let (a, b) = if within && b.span.0 < a.span.0 {
                (b, a)
            } else {
                (a, b)
            };
            if a.kind != b.kind
                || same_person(&a.speaker, &b.speaker)
                // "U.S. officials" in one version, "the United States" in another.
                || compare_speakers(&a.speaker, &b.speaker) == Some(SpeakerMatch::Same)
                || !same_quote(&a.words, &b.words)
                || spelling_distance(&a.speaker, &b.speaker).is_some()
            {
                continue;
            }
            let reason = format!(
                "the same quote is given to {} in {} but to {} in {}",
                a.speaker,
                place(docs, a.doc, a.span.0),
                b.speaker,
                place(docs, b.doc, b.span.0),
            );
            out.push(Conflict {
                kind: Kind::Quote,
                first: site(a.doc, a.sentence, a.span, a.marks.clone()),
                second: site(b.doc, b.sentence, b.span, b.marks.clone()),
                reason,
            });
        }
    }
}

// --- events on days ---------------------------------------------------------------------

/// A relation with the days its sentence names.
struct Event {
    doc: usize,
    sentence: usize,
    subject: String,
    predicate: String,
    negated: bool,
    object: Vec<String>,
    days: Vec<TimeExpr>,
    span: (usize, usize),
}

fn events_of(d: usize, doc: &Document) -> Vec<Event> {
    let lex = Lexicon::get();
    let mut out = Vec::new();
    for (i, facts) in doc.sentences.iter().enumerate() {
        let days: Vec<TimeExpr> = facts
            .times
            .iter()
            .filter(|t| matches!(t.kind, TimeKind::Weekday | TimeKind::Date))
            .cloned()
            .collect();
        if days.is_empty() {
            continue;
        }
        for r in &facts.relations {
            let mut object: Vec<String> = tokenize(&r.object, 0)
                .iter()
                .filter(|t| {
                    t.kind == TokenKind::Word && !lex.is_stopword(&t.norm) && !is_time_word(t)
                })
                .map(|t| t.stem.to_string())
                .collect();
            object.sort();
            object.dedup();
            out.push(Event {
                doc: d,
                sentence: i,
                subject: r.subject.clone(),
                predicate: r.predicate.clone(),
                negated: r.negated,
                object,
                days: days.clone(),
                span: (r.start, r.end),
            });
        }
    }
    out
}

fn event_conflicts(
    docs: &[&Document],
    xs: &[Event],
    ys: &[Event],
    within: bool,
    out: &mut Vec<Conflict>,
) {
    let lex = Lexicon::get();
    for a in xs {
        for b in ys {
            if within && a.sentence >= b.sentence {
                continue;
            }
            if a.subject != b.subject || a.predicate != b.predicate || a.negated != b.negated {
                continue;
            }
            // "said" is said of many things: the object must carry the identity.
            let min_shared = if lex.is_reporting_verb(&crate::text::stem(&a.predicate)) {
                2
            } else {
                1
            };
            if !words_agree(&a.object, &b.object, min_shared) {
                continue;
            }
            if a.days.iter().any(|x| b.days.iter().any(|y| same_day(x, y))) {
                continue;
            }
            let Some((ta, tb)) = a
                .days
                .iter()
                .find_map(|x| b.days.iter().find(|y| different_days(x, y)).map(|y| (x, y)))
            else {
                continue;
            };
            let span = |e: &Event, t: &TimeExpr| (e.span.0.min(t.start), e.span.1.max(t.end));
            let reason = format!(
                "'{}' is dated '{}' in {} but '{}' in {}: the same event on different days",
                short(&text_of(docs, a.doc, a.span), 12),
                ta.value,
                place(docs, a.doc, ta.start),
                tb.value,
                place(docs, b.doc, tb.start),
            );
            out.push(Conflict {
                kind: Kind::Day,
                first: site(a.doc, a.sentence, span(a, ta), vec![(ta.start, ta.end)]),
                second: site(b.doc, b.sentence, span(b, tb), vec![(tb.start, tb.end)]),
                reason,
            });
        }
    }
}

// --- names ------------------------------------------------------------------------------

/// A person as one document names them.
struct Person {
    doc: usize,
    name: String,
    /// Lower-case titles any mention carries ("mayor").
    titles: BTreeSet<String>,
    /// Stems of the words of the sentences that mention them, their name left out.
    context: Vec<String>,
    /// The first mention by full name.
    sentence: usize,
    span: (usize, usize),
}

fn people_of(d: usize, doc: &Document) -> Vec<Person> {
    let lex = Lexicon::get();
    let mut by_name: BTreeMap<&str, Person> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for (i, facts) in doc.sentences.iter().enumerate() {
        let tokens = &doc.source.sentences[i].tokens;
        for m in facts
            .mentions
            .iter()
            .filter(|m| m.entity_kind == EntityKind::Person)
        {
            let name = m.canonical.as_str();
            let full = matches!(m.via, Via::Name | Via::Alias);
            let p = by_name.entry(name).or_insert_with(|| {
                order.push(name);
                Person {
                    doc: d,
                    name: name.to_string(),
                    titles: BTreeSet::new(),
                    context: Vec::new(),
                    sentence: usize::MAX,
                    span: (0, 0),
                }
            });
            if let Some(t) = &m.title {
                p.titles.insert(t.to_lowercase());
            }
            if full && p.sentence == usize::MAX {
                p.sentence = i;
                p.span = (m.start, m.end);
            }
            let name_words: Vec<String> = name.split([' ', '-']).map(crate::text::stem).collect();
            p.context.extend(
                tokens
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word && !lex.is_stopword(&t.norm))
                    .filter(|t| !name_words.iter().any(|w| *w == t.stem))
                    .map(|t| t.stem.to_string()),
            );
        }
    }
    order
        .into_iter()
        .filter_map(|n| by_name.remove(n))
        .filter(|p| p.sentence != usize::MAX)
        .map(|mut p| {
            p.context.sort();
            p.context.dedup();
            p
        })
        .collect()
}

/// Pairs of people some sentence names together: known to be different people
/// ("Bashar al-Assad's father Hafez al-Assad").
fn named_together(docs: &[&Document]) -> HashSet<(String, String)> {
    let mut out = HashSet::new();
    for doc in docs {
        for facts in &doc.sentences {
            let names: BTreeSet<&str> = facts
                .mentions
                .iter()
                .filter(|m| m.entity_kind == EntityKind::Person)
                .map(|m| m.canonical.as_str())
                .collect();
            for a in &names {
                for b in &names {
                    if a < b {
                        out.insert((a.to_string(), b.to_string()));
                    }
                }
            }
        }
    }
    out
}

/// How many letters apart two spellings of one name are, when they look like one name:
/// the same number of words, every differing word a name (not a common word) of at
/// least three letters, one or two edits in all.
fn spelling_distance(a: &str, b: &str) -> Option<usize> {
    let lex = Lexicon::get();
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    if la == lb {
        return None;
    }
    let wa: Vec<&str> = la.split_whitespace().collect();
    let wb: Vec<&str> = lb.split_whitespace().collect();
    if wa.len() < 2 || wa.len() != wb.len() {
        return None;
    }
    let mut total = 0;
    for (x, y) in wa.iter().zip(&wb) {
        if x == y {
            continue;
        }
        let d = strsim::damerau_levenshtein(x, y);
        let shortest = x.chars().count().min(y.chars().count());
        let common = |w: &str| lex.is_common(&crate::text::stem(w)) || lex.is_stopword(w);
        if shortest < 3 || d * 2 >= shortest || (common(x) && common(y)) {
            return None;
        }
        total += d;
    }
    (1..=2).contains(&total).then_some(total)
}

fn name_conflicts(
    docs: &[&Document],
    xs: &[Person],
    ys: &[Person],
    within: bool,
    together: &HashSet<(String, String)>,
    out: &mut Vec<Conflict>,
) {
    let names = |ps: &[Person]| ps.iter().map(|p| p.name.clone()).collect::<HashSet<_>>();
    let (in_x, in_y) = (names(xs), names(ys));
    for (i, a) in xs.iter().enumerate() {
        for (j, b) in ys.iter().enumerate() {
            if within && j <= i {
                continue;
            }
            // Across versions, a spelling both use is not the one that changed.
            if !within && (in_y.contains(&a.name) || in_x.contains(&b.name)) {
                continue;
            }
            let Some(d) = spelling_distance(&a.name, &b.name) else {
                continue;
            };
            let (a, b) = if within && b.span.0 < a.span.0 {
                (b, a)
            } else {
                (a, b)
            };
            let pair = if a.name < b.name {
                (a.name.clone(), b.name.clone())
            } else {
                (b.name.clone(), a.name.clone())
            };
            if together.contains(&pair) {
                continue;
            }
            let title = a.titles.intersection(&b.titles).next();
            let shared = shared_words(&a.context, &b.context);
            let context = shared >= 3 && shared * 10 >= 3 * a.context.len().min(b.context.len());
            if title.is_none() && !context {
                continue;
            }
            let why = match title {
                Some(t) => format!("both '{t}'"),
                None => format!("{shared} words around them in common"),
            };
            let reason = format!(
                "'{}' in {} and '{}' in {} look like one person's name spelled two ways ({d} {} apart; {why})",
                a.name,
                place(docs, a.doc, a.span.0),
                b.name,
                place(docs, b.doc, b.span.0),
                if d == 1 { "letter" } else { "letters" },
            );
            out.push(Conflict {
                kind: Kind::Name,
                first: site(a.doc, a.sentence, a.span, vec![a.span]),
                second: site(b.doc, b.sentence, b.span, vec![b.span]),
                reason,
            });
        }
    }
}

// --- shared helpers ---------------------------------------------------------------------

fn site(doc: usize, sentence: usize, span: (usize, usize), marks: Vec<(usize, usize)>) -> Site {
    Site {
        doc,
        sentence,
        start: span.0,
        end: span.1,
        marks,
    }
}

fn text_of(docs: &[&Document], doc: usize, span: (usize, usize)) -> String {
    docs[doc]
        .source
        .text()
        .get(span.0..span.1)
        .unwrap_or("")
        .to_string()
}

/// The first `words` words of a text, with "…" when there are more.
fn short(text: &str, words: usize) -> String {
    let all: Vec<&str> = text.split_whitespace().collect();
    if all.len() <= words {
        all.join(" ")
    } else {
        format!("{}…", all[..words].join(" "))
    }
}

/// "quake-v1.txt line 3".
fn place(docs: &[&Document], doc: usize, offset: usize) -> String {
    let src = &docs[doc].source;
    format!("{} line {}", src.name, src.locate(offset, offset).line)
}

// --- reports ----------------------------------------------------------------------------

/// A site as evidence: its span and marks located in the file on disk.
fn evidence(doc: &Document, s: &Site) -> Evidence {
    let src = &doc.source;
    let marks: Vec<(usize, usize)> = s.marks.iter().map(|&(a, b)| src.raw_span(a, b)).collect();
    Evidence::located(src, s.start, s.end, marks)
}

/// Conflicts as a [`Report`]: one [`FileReport`] per document (in the order given), each
/// holding the conflicts whose first span is in it; every conflict is a result with
/// verdict `contradicted` where `supported` (agreement) was expected, its reason, and
/// both spans as evidence. Ids are the kind and a running number ("figure-1").
pub fn report(docs: &[Arc<Document>], conflicts: &[Conflict]) -> Report {
    let mut files: Vec<FileReport> = docs
        .iter()
        .map(|d| FileReport {
            path: d.source.name.clone(),
            sources: vec![d.source.name.clone()],
            claims: Vec::new(),
        })
        .collect();
    let mut counts: BTreeMap<Kind, usize> = BTreeMap::new();
    let mut others: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); docs.len()];
    for c in conflicts {
        let (Some(da), Some(db)) = (docs.get(c.first.doc), docs.get(c.second.doc)) else {
            continue;
        };
        let n = counts.entry(c.kind).or_default();
        *n += 1;
        let first = evidence(da, &c.first);
        let second = evidence(db, &c.second);
        let claim = format!(
            "'{}' ({}:{}) vs '{}' ({}:{})",
            one_line(&first.text),
            first.source,
            first.line,
            one_line(&second.text),
            second.source,
            second.line
        );
        if c.second.doc != c.first.doc {
            others[c.first.doc].insert(c.second.doc);
        }
        files[c.first.doc].claims.push(ClaimResult {
            id: format!("{}-{n}", c.kind.as_str()),
            claim,
            verdict: Verdict::Contradicted,
            expect: Some(Verdict::Supported),
            passed: false,
            score: 0.0,
            reason: c.reason.clone(),
            line: first.line,
            column: first.column,
            evidence: vec![first, second],
            parts: Vec::new(),
            note: None,
        });
    }
    for (f, o) in files.iter_mut().zip(&others) {
        f.sources.extend(
            o.iter()
                .filter_map(|&d| docs.get(d))
                .map(|d| d.source.name.clone()),
        );
    }
    let n = conflicts.len();
    Report {
        files,
        summary: Summary {
            claims: n,
            passed: 0,
            failed: n,
            supported: 0,
            contradicted: n,
            missing: 0,
        },
        documents: docs
            .iter()
            .map(|d| (d.source.name.clone(), Arc::clone(d)))
            .collect(),
    }
}

/// Whitespace runs (line breaks of a quote across lines) as one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Loads and analyses the sources (each path once, in the order given), finds every
/// conflict and returns the report. Fails on a source that cannot be loaded.
pub fn run(paths: &[PathBuf]) -> Result<Report> {
    let mut seen = HashSet::new();
    let unique: Vec<(String, &PathBuf)> = paths
        .iter()
        .map(|p| (p.to_string_lossy().replace('\\', "/"), p))
        .filter(|(shown, _)| seen.insert(shown.clone()))
        .collect();
    let docs: Vec<Arc<Document>> = unique
        .par_iter()
        .map(|(shown, path)| Source::load(path, shown).map(|s| Arc::new(Document::analyse(s))))
        .collect::<Result<Vec<_>>>()?;
    let refs: Vec<&Document> = docs.iter().map(|d| d.as_ref()).collect();
    let found = conflicts(&refs);
    Ok(report(&docs, &found))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Format;

    fn doc(name: &str, text: &str) -> Document {
        Document::analyse(Source::from_text(name, text.to_string(), Format::Text))
    }

    fn kinds(docs: &[&Document]) -> Vec<Kind> {
        conflicts(docs).into_iter().map(|c| c.kind).collect()
    }

    #[test]
    fn a_changed_toll_conflicts() {
        let a = doc("a", "At least 87 people were killed in the earthquake.");
        let b = doc("b", "At least 112 people were killed in the earthquake.");
        let found = conflicts(&[&a, &b]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, Kind::Figure);
        assert_eq!((found[0].first.doc, found[0].second.doc), (0, 1));
        assert!(found[0].reason.contains("'At least 87 people' in a line 1"));
    }

    #[test]
    fn compatible_figures_agree() {
        let a = doc("a", "About 4,500 people were evacuated from the valley.");
        let b = doc("b", "4,500 people were evacuated from the valley.");
        assert!(conflicts(&[&a, &b]).is_empty());
        let c = doc(
            "c",
            "More than 4,000 people were evacuated from the valley.",
        );
        assert!(conflicts(&[&b, &c]).is_empty());
        let d = doc("d", "Over 9,000 people were evacuated from the valley.");
        assert_eq!(kinds(&[&b, &d]), [Kind::Figure]);
    }

    #[test]
    fn different_measures_do_not_conflict() {
        // The seed article's case: a day's toll is not the total.
        let a = doc(
            "a",
            "Violence has intensified, killing over 5,400 people in total, with 80 dead in clashes on Sunday alone.",
        );
        assert!(conflicts(&[&a]).is_empty());
        let b = doc(
            "b",
            "At least 87 people were killed in the quake. More than 900 people were injured in the quake.",
        );
        assert!(conflicts(&[&b]).is_empty());
        let c = doc("c", "Rescuers pulled 45 people alive from the rubble.");
        let d = doc("d", "At least 87 people were killed in the quake.");
        assert!(conflicts(&[&c, &d]).is_empty());
    }

    #[test]
    fn within_one_source() {
        let a = doc(
            "a",
            "At least 87 people were killed in the earthquake. Officials said 78 people were killed in the earthquake.",
        );
        assert_eq!(kinds(&[&a]), [Kind::Figure]);
        let revised = doc(
            "r",
            "At least 87 people were killed in the earthquake. Officials had earlier said 78 people were killed in the earthquake.",
        );
        assert!(conflicts(&[&revised]).is_empty());
    }

    #[test]
    fn a_quote_given_to_another_speaker() {
        let a = doc(
            "a",
            "\"We will not stop until everyone is found,\" Mayor Ahmet Yilmaz told reporters.",
        );
        let b = doc(
            "b",
            "\"We will not stop until everyone is found,\" Governor Selim Arslan told reporters.",
        );
        let found = conflicts(&[&a, &b]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, Kind::Quote);
        assert!(found[0].reason.contains("Ahmet Yilmaz"));
        assert!(found[0].reason.contains("Selim Arslan"));
        // Both spans take in the speaker.
        assert_eq!(found[0].first.marks.len(), 2);
    }

    #[test]
    fn a_name_spelled_two_ways() {
        let a = doc("a", "Mayor Ahmet Yilmaz said the search would go on.");
        let b = doc("b", "Mayor Ahmed Yilmaz said the search would go on.");
        let found = conflicts(&[&a, &b]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, Kind::Name);
        assert!(
            found[0].reason.contains("1 letter apart"),
            "{}",
            found[0].reason
        );
    }

    #[test]
    fn different_people_are_not_misspellings() {
        let a = doc(
            "a",
            "Moscow kept ties with the regime of President Bashar al-Assad and his father Hafez al-Assad.",
        );
        assert!(conflicts(&[&a]).is_empty());
        // Two letters apart, but nothing says they are one person.
        let b = doc("b", "John Smith won the race in Leeds.");
        let c = doc("c", "Joan Smith opened a bakery in York last spring.");
        assert!(conflicts(&[&b, &c]).is_empty());
        // Named together: two people.
        let d = doc("d", "Coach Jon Berg and Coach Jan Berg met on Friday.");
        assert!(conflicts(&[&d]).is_empty());
    }

    #[test]
    fn the_same_event_on_another_day() {
        let a = doc("a", "80 people died in clashes on Sunday.");
        let b = doc("b", "80 people died in clashes on Monday.");
        assert_eq!(kinds(&[&a, &b]), [Kind::Day]);
        // Different figures on different days are different days' tolls.
        let c = doc("c", "50 people died in clashes on Monday.");
        assert!(conflicts(&[&a, &c]).is_empty());
        let d = doc("d", "Russia vetoed the draft resolution on Monday.");
        let e = doc("e", "Russia vetoed the draft resolution on Tuesday.");
        let found = conflicts(&[&d, &e]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, Kind::Day);
        assert_eq!(
            found[0].reason,
            "'Russia vetoed the draft resolution on Monday' is dated 'monday' in d line 1 but \
             'tuesday' in e line 1: the same event on different days"
        );
    }

    #[test]
    fn spelling_distance_needs_name_shapes() {
        assert_eq!(spelling_distance("Ahmet Yilmaz", "Ahmed Yilmaz"), Some(1));
        assert_eq!(
            spelling_distance("Gennady Gatilov", "Gennadi Gatilov"),
            Some(1)
        );
        assert_eq!(spelling_distance("Bashar al-Assad", "Hafez al-Assad"), None);
        assert_eq!(spelling_distance("Yilmaz", "Yilmas"), None);
        assert_eq!(spelling_distance("Ahmet Yilmaz", "Ahmet Yilmaz"), None);
        assert_eq!(spelling_distance("Ahmet Yilmaz", "Ahmet Yilmaz Kaya"), None);
    }

    #[test]
    fn quotes_match_by_words() {
        let w = |s: &str| -> Vec<String> {
            let mut words: Vec<String> = s.split(' ').map(str::to_string).collect();
            words.sort();
            words
        };
        assert!(same_quote(
            &w("we will not stop until everyone is found"),
            &w("we will not stop until all are found")
        ));
        assert!(!same_quote(
            &w("we will not stop until everyone is found"),
            &w("the draft cannot be supported by us")
        ));
    }

    #[test]
    fn output_is_sorted_and_reported() {
        let a = Arc::new(doc(
            "a",
            "At least 87 people were killed in the earthquake.",
        ));
        let b = Arc::new(doc(
            "b",
            "At least 112 people were killed in the earthquake.",
        ));
        let found = conflicts(&[a.as_ref(), b.as_ref()]);
        let r = report(&[Arc::clone(&a), Arc::clone(&b)], &found);
        assert_eq!(r.files.len(), 2);
        assert_eq!(r.files[0].sources, ["a", "b"]);
        let c = &r.files[0].claims[0];
        assert_eq!(c.id, "figure-1");
        assert_eq!(c.verdict, Verdict::Contradicted);
        assert!(!c.passed);
        assert_eq!(c.evidence.len(), 2);
        assert_eq!(c.evidence[1].text, "At least 112 people");
        assert!(r.files[1].claims.is_empty());
        assert!(!r.passed());
        let none = report(&[a], &[]);
        assert!(none.passed());
    }
}
