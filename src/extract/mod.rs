//! Facts read from a source the way a careful sub-editor reads it: quantities with their
//! qualifiers, entities with their aliases, quotes with their speakers, relations with
//! their polarity and modality, and time expressions. Every fact keeps its span.
//!
//! ```
//! use factcheck::source::{Format, Source};
//! use factcheck::extract::{Document, FactDetail};
//! let src = Source::from_text("a.txt", "Violence has killed over 5,400 people.".into(), Format::Text);
//! let doc = Document::analyse(src);
//! let facts = doc.facts();
//! let q = facts.iter().find_map(|f| match &f.detail { FactDetail::Quantity(q) => Some(q), _ => None });
//! assert_eq!(q.map(|q| q.value), Some(Some(5400.0)));
//! ```

pub mod entity;
mod json;
mod pronoun;
pub mod quantity;
pub mod quote;
pub mod relation;
pub mod time;
pub mod vocabulary;

use serde::Serialize;

pub use entity::{EntityKind, Mention};
pub use quantity::Quantity;
pub use quote::{Quote, SpeakerMatch, compare_speakers};
pub use relation::Relation;
pub use time::{TimeExpr, TimeKind};
pub use vocabulary::Vocabulary;

use crate::lexicon::Modality;
use crate::source::{Role, Source};
use crate::text::{Token, TokenKind};

/// What one sentence says, in token-level facts the checker compares.
#[derive(Debug, Clone, Default)]
pub struct SentenceFacts {
    /// Quantities, in order.
    pub quantities: Vec<Quantity>,
    /// Time expressions, in order.
    pub times: Vec<TimeExpr>,
    /// Entity mentions, including resolved pronouns and descriptions.
    pub mentions: Vec<Mention>,
    /// Relations (one per clause with a subject).
    pub relations: Vec<Relation>,
    /// Whether the main clause is negated.
    pub negated: bool,
    /// Modality of the main clause.
    pub modality: Option<Modality>,
    /// Every negation of the sentence ([`negations`]): found once here, read by the
    /// checker for each claim part it is evidence for.
    pub negations: Vec<Negation>,
}

/// A source together with everything extracted from it.
#[derive(Debug, Clone)]
pub struct Document {
    /// The analysed source.
    pub source: Source,
    /// Facts per sentence, parallel to `source.sentences`.
    pub sentences: Vec<SentenceFacts>,
    /// Quotes with their speakers.
    pub quotes: Vec<Quote>,
    /// Every name the article uses for its entities.
    pub entities: entity::EntityTable,
    /// Word sets for alignment, built on first use (see [`Document::vocabulary`]).
    vocabulary: std::sync::OnceLock<Vocabulary>,
}

impl Document {
    /// Extracts every fact of a source.
    pub fn analyse(source: Source) -> Document {
        Document::analyse_with(source, true)
    }

    /// [`Document::analyse`], with the table of the entities' aliases if `aliases`
    /// (else an empty one: the facts are the same, and `extract` drops the table).
    fn analyse_with(source: Source, aliases: bool) -> Document {
        let mut sentences: Vec<SentenceFacts> = source
            .sentences
            .iter()
            .map(|s| {
                if s.role == Role::Boilerplate {
                    return SentenceFacts::default();
                }
                let times = time::times(&s.tokens);
                let quantities = quantity::quantities(&s.tokens, &times);
                let negations = negations(&s.tokens);
                SentenceFacts {
                    quantities,
                    times,
                    negated: !negations.is_empty(),
                    modality: modality(&s.tokens),
                    negations,
                    ..SentenceFacts::default()
                }
            })
            .collect();
        let entities = if aliases {
            entity::resolve(&source, &mut sentences)
        } else {
            entity::resolve_mentions(&source, &mut sentences);
            entity::EntityTable::default()
        };
        for (facts, sentence) in sentences.iter_mut().zip(&source.sentences) {
            let mentions: Vec<(usize, usize, String)> = facts
                .mentions
                .iter()
                .filter(|m| m.entity_kind == EntityKind::Person)
                .map(|m| (m.tokens.0, m.tokens.1, m.canonical.clone()))
                .collect();
            for q in &mut facts.quantities {
                q.owner = quantity::owner_of(q, &mentions, &sentence.tokens);
            }
        }
        for (i, s) in source.sentences.iter().enumerate() {
            if s.role != Role::Boilerplate {
                sentences[i].relations =
                    relation::relations(source.text(), &s.tokens, &sentences[i]);
            }
        }
        let quotes = quote::quotes(&source, &sentences);
        Document {
            source,
            sentences,
            quotes,
            entities,
            vocabulary: std::sync::OnceLock::new(),
        }
    }

    /// The stems and names of each sentence and their sentence frequencies, built on
    /// the first call.
    pub fn vocabulary(&self) -> &Vocabulary {
        self.vocabulary
            .get_or_init(|| Vocabulary::new(&self.source, &self.sentences))
    }

    /// Every fact, in source order, with spans in the file on disk.
    pub fn facts(&self) -> Vec<Fact> {
        let mut facts = Vec::with_capacity(fact_count(&self.sentences, &self.quotes));
        push_facts(
            &self.source,
            self.sentences.iter().cloned(),
            self.quotes.iter().cloned(),
            &mut facts,
        );
        let mut order = Vec::new();
        fact_order(&facts, &mut order);
        // Sized once: `filter_map` promises no length, so a plain `collect` grew the vector
        // by doubling, copying the facts again at each step.
        let mut sorted = Vec::with_capacity(order.len());
        sorted.extend(
            order
                .iter()
                .filter_map(|&(.., position)| facts[position].take()),
        );
        sorted
    }

    /// [`Document::facts`] in push order, moved out of the document instead of copied
    /// (`extract` drops each window's analysis once its facts are made) into `facts`, a
    /// buffer kept from window to window; the source is given back.
    fn into_facts(self, facts: &mut Vec<Option<Fact>>) -> Source {
        let Document {
            source,
            sentences,
            quotes,
            ..
        } = self;
        facts.reserve(fact_count(&sentences, &quotes));
        push_facts(&source, sentences.into_iter(), quotes.into_iter(), facts);
        source
    }
}

/// The number of facts [`push_facts`] makes.
fn fact_count(sentences: &[SentenceFacts], quotes: &[Quote]) -> usize {
    quotes.len()
        + sentences
            .iter()
            .map(|sf| {
                sf.quantities.len()
                    + sf.mentions
                        .iter()
                        .filter(|m| m.via != entity::Via::Pronoun)
                        .count()
                    + sf.times.len()
                    + sf.relations.len()
            })
            .sum::<usize>()
}

/// Appends the facts of a document's sentences and quotes to `facts`, sentence by
/// sentence (see [`fact_order`] for the order they are written in).
fn push_facts(
    src: &Source,
    sentences: impl Iterator<Item = SentenceFacts>,
    quotes: impl Iterator<Item = Quote>,
    facts: &mut Vec<Option<Fact>>,
) {
    let mut push = |start: usize, end: usize, sentence: usize, detail: FactDetail| {
        let loc = src.locate(start, end);
        facts.push(Some(Fact {
            // `locate` maps the span as `raw_slice` does: the file's bytes.
            text: src.raw().get(loc.start..loc.end).unwrap_or("").to_string(),
            start: loc.start,
            end: loc.end,
            line: loc.line,
            column: loc.column,
            sentence,
            detail,
        }));
    };
    for (i, sf) in sentences.enumerate() {
        for q in sf.quantities {
            push(q.start, q.end, i, FactDetail::Quantity(q));
        }
        for m in sf
            .mentions
            .into_iter()
            .filter(|m| m.via != entity::Via::Pronoun)
        {
            push(m.start, m.end, i, FactDetail::Entity(m));
        }
        for t in sf.times {
            push(t.start, t.end, i, FactDetail::Time(t));
        }
        for r in sf.relations {
            push(r.start, r.end, i, FactDetail::Relation(r));
        }
    }
    for q in quotes {
        push(q.start, q.end, q.sentence, FactDetail::Quote(q));
    }
}

/// A fact's sort key (span, kind) and its position in push order.
type FactKey = (usize, usize, u8, usize);

/// The source order of pushed facts, in `order` (cleared first): an unstable sort with
/// the position as the last key gives the order a stable sort gave, and sorting small
/// keys instead of whole facts is most of its cost saved. The facts are then taken in
/// this order, never moved into a sorted copy.
fn fact_order(facts: &[Option<Fact>], order: &mut Vec<FactKey>) {
    order.clear();
    order.reserve(facts.len());
    order.extend(
        facts
            .iter()
            .flatten()
            .enumerate()
            .map(|(position, f)| (f.start, f.end, f.detail.order(), position)),
    );
    order.sort_unstable();
}

/// One extracted fact, as `factcheck extract` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    /// The exact source span.
    pub text: String,
    /// Byte offset in the file on disk.
    pub start: usize,
    /// Byte offset one past the end in the file on disk.
    pub end: usize,
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// Index of the sentence.
    pub sentence: usize,
    /// The kind and its fields.
    #[serde(flatten)]
    pub detail: FactDetail,
}

/// The kind of a fact and its fields.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FactDetail {
    /// A number with qualifier, unit and what it counts.
    Quantity(Quantity),
    /// A person, place or organisation, with its canonical name.
    Entity(Mention),
    /// Quoted words with their speaker.
    Quote(Quote),
    /// Subject, predicate, object with polarity and modality.
    Relation(Relation),
    /// A day, date, year or relative time.
    Time(TimeExpr),
}

impl FactDetail {
    fn order(&self) -> u8 {
        match self {
            FactDetail::Relation(_) => 0,
            FactDetail::Quote(_) => 1,
            FactDetail::Entity(_) => 2,
            FactDetail::Quantity(_) => 3,
            FactDetail::Time(_) => 4,
        }
    }
}

/// Whether a token run is negated, and its modality: a negation particle, or a verb
/// that negates its complement ("refused to").
pub fn polarity(tokens: &[Token]) -> (bool, Option<Modality>) {
    (!negations(tokens).is_empty(), modality(tokens))
}

/// The modality of a token run (see [`polarity`]).
fn modality(tokens: &[Token]) -> Option<Modality> {
    let mut modality = None;
    for t in tokens {
        if t.norm == "?" {
            modality = Some(Modality::Question);
        } else if modality.is_none() && t.kind == TokenKind::Word {
            modality = t.modality();
        }
    }
    modality
}

/// A negation cue and the word it negates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Negation {
    /// Token index of the cue ("not", "never", "refused").
    pub cue: usize,
    /// Token index of the negated word: the first content word after the cue in its
    /// clause ("will not *back*", "has not yet been *set*").
    pub scope: usize,
}

/// Every negation in a token run, each with the word it negates. Cues do not cancel
/// each other across clauses; idioms ("not only", "no one", "No 10") are not cues.
pub fn negations(tokens: &[Token]) -> Vec<Negation> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // "the contracts have yet to be signed": not signed. "yet" is a function word:
        // the class bit turns away most tokens before their text is compared.
        let yet_to = t.is_stopword()
            && t.norm == "yet"
            && tokens.get(i + 1).is_some_and(|n| n.norm == "to")
            && i > 0
            && matches!(
                tokens[i - 1].norm.as_str(),
                "has" | "have" | "had" | "is" | "are" | "was" | "were"
            );
        let particle = yet_to
            || t.kind == TokenKind::Word && t.is_negation() && !is_idiomatic_negation(tokens, i);
        let verb = t.is_negating_verb() && tokens.get(i + 1).is_some_and(|n| n.norm == "to");
        // "refused to back" negates "back" first; only a verb with no "to" of its own
        // may negate what a request after it asked.
        let asked = if t.is_negating_verb() && !verb {
            requested(tokens, i)
        } else {
            None
        };
        if !(particle || verb || asked.is_some()) {
            continue;
        }
        let from = match asked {
            Some(after_to) => after_to,
            None if verb || yet_to => i + 2,
            None => i + 1,
        };
        let scope = tokens
            .iter()
            .enumerate()
            .skip(from)
            .take_while(|(_, n)| {
                !matches!(
                    n.norm.as_str(),
                    "," | ";" | "." | ":" | "but" | "and" | "\"" | "“" | "”" | "?" | "!"
                )
            })
            .take(5)
            .find(|(_, n)| {
                is_content(n)
                    && !matches!(
                        n.norm.as_str(),
                        "yet" | "even" | "longer" | "ever" | "always" | "necessarily"
                    )
            })
            .map(|(k, _)| k);
        if let Some(scope) = scope {
            let scope = verb_after_negated_subject(tokens, i, scope).unwrap_or(scope);
            out.push(Negation { cue: i, scope });
        }
    }
    out
}

/// "No date has been set": a subject negated by "no" negates its clause's verb, as "a
/// date has not been set" does. The verb is the first content word after the auxiliaries
/// that follow the subject's noun (`scope`).
fn verb_after_negated_subject(tokens: &[Token], cue: usize, scope: usize) -> Option<usize> {
    let opens_clause = cue == 0
        || matches!(
            tokens[cue - 1].norm.as_str(),
            "," | ";" | ":" | "and" | "but" | "that" | "\"" | "“"
        );
    if tokens[cue].norm != "no" || !opens_clause || scope > cue + 3 {
        return None;
    }
    let auxiliary = |t: &Token| {
        matches!(
            t.norm.as_str(),
            "has"
                | "have"
                | "had"
                | "is"
                | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "can"
                | "could"
                | "be"
                | "been"
                | "being"
                | "yet"
        )
    };
    let mut k = scope + 1;
    if !tokens.get(k).is_some_and(auxiliary) {
        return None;
    }
    while tokens.get(k).is_some_and(auxiliary) {
        k += 1;
    }
    tokens.get(k).is_some_and(is_content).then_some(k)
}

/// Where what was asked begins, when the negating verb at `verb` turns down a request:
/// "resisted Western calls to back sanctions", "rejected demands to resign". Up to two
/// words may describe the request; the word after its "to" is returned.
fn requested(tokens: &[Token], verb: usize) -> Option<usize> {
    let lex = crate::lexicon::Lexicon::get();
    let noun = (verb + 1..tokens.len())
        .take(3)
        .take_while(|&k| tokens[k].kind == TokenKind::Word)
        .find(|&k| lex.is_request(tokens[k].stem))?;
    (tokens.get(noun + 1)?.norm == "to").then_some(noun + 2)
}

/// "not only", "no one", "No 1", "no doubt" and the like do not negate.
fn is_idiomatic_negation(tokens: &[Token], i: usize) -> bool {
    let next = tokens.get(i + 1);
    let next_norm = next.map(|t| t.norm.as_str());
    let prev = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
    let numbered = tokens[i].norm == "no"
        && (tokens[i].capitalized
            && next.is_some_and(|n| n.kind == TokenKind::Number || n.norm == "."));
    numbered
        || matches!(
            (prev, tokens[i].norm.as_str(), next_norm),
            (_, "not", Some("only"))
                | (
                    _,
                    "no",
                    Some("doubt" | "one" | "less" | "more" | "matter" | "wonder")
                )
                | (_, "without", _)
                | (_, "nor", _)
                | (Some("whether"), "or", _)
                | (_, "never", Some("before"))
                | (_, "not", Some("just"))
        )
}

/// The content tokens of a run: words and numbers that are not function words.
pub fn is_content(t: &Token) -> bool {
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Word => !t.is_stopword() && t.norm.chars().any(char::is_alphanumeric),
        _ => false,
    }
}

/// The facts of a source, as `factcheck extract` prints them.
#[derive(Debug, Clone, Serialize)]
pub struct FactList {
    /// Every fact, in source order.
    pub facts: Vec<Fact>,
}

/// The facts of a large source, read window by window (see
/// [`Source::windows`](crate::source::Source::windows)): it serialises as the
/// [`FactList`] of the same source would, but holds one window's analysis at a time, so
/// an archive of articles costs the memory of its text and one window. Names, pronouns
/// and quotes are resolved within a window; a window holds many articles, and an article
/// of at most the window's size is read whole.
///
/// Serialising consumes the source: a second serialisation lists no facts.
///
/// ```
/// use factcheck::source::{Format, Source};
/// use factcheck::extract::{Document, FactList, FactStream, to_json};
/// let text = "Over 5,400 people were killed.\n\nPolice said 80 died on Sunday.";
/// let whole = FactList { facts: Document::analyse(Source::from_text("a.txt", text.into(), Format::Text)).facts() };
/// let stream = FactStream::new(Source::unsplit("a.txt", text.into(), Format::Text), 1 << 20);
/// assert_eq!(to_json(&stream), to_json(&whole));
/// ```
pub struct FactStream {
    state: std::cell::RefCell<Option<(Source, Vec<std::ops::Range<usize>>)>>,
}

impl FactStream {
    /// Facts of an unsplit source (see
    /// [`Source::unsplit`](crate::source::Source::unsplit)), in windows of at most
    /// `window` bytes of cleaned text.
    pub fn new(source: Source, window: usize) -> FactStream {
        let windows = source.windows(window);
        FactStream {
            state: std::cell::RefCell::new(Some((source, windows))),
        }
    }
}

impl Serialize for FactStream {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let windows = match self.state.borrow_mut().take() {
            Some((source, windows)) => WindowFacts::new(Some(source), windows),
            None => WindowFacts::new(None, Vec::new()),
        };
        let mut list = serializer.serialize_struct("FactList", 1)?;
        list.serialize_field("facts", &Lazy(std::cell::RefCell::new(Some(windows))))?;
        list.end()
    }
}

/// The facts of a [`FactStream`], serialised from the windows taken on first use.
struct Lazy(std::cell::RefCell<Option<WindowFacts>>);

impl Serialize for Lazy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let Some(mut windows) = self.0.borrow_mut().take() else {
            return serializer.collect_seq(std::iter::empty::<Fact>());
        };
        // Each fact is written where it lies in the window's buffer: moving it out first
        // copied every fact once more (`extract` spent 2.5% of its instructions there).
        let mut seq = serializer.serialize_seq(None)?;
        while let Some(fact) = windows.next_fact() {
            seq.serialize_element(fact)?;
        }
        seq.end()
    }
}

/// The facts of one window after another: each window is split into sentences and
/// analysed only when the previous window's facts are used up.
struct WindowFacts {
    source: Option<Source>,
    windows: std::vec::IntoIter<std::ops::Range<usize>>,
    first: bool,
    /// Sentences of the windows before this one: facts count sentences in the source.
    sentences_before: usize,
    /// Sentences of this window.
    sentences_here: usize,
    /// The current window's facts in push order, each written when its turn comes. The
    /// buffers are kept from window to window: made anew, every window's facts touched
    /// fresh memory (a third of the page faults of `extract`).
    facts: Vec<Option<Fact>>,
    /// The order the current window's facts are written in (see [`fact_order`]).
    order: Vec<FactKey>,
    /// How many of `order` are written.
    taken: usize,
}

impl WindowFacts {
    fn new(source: Option<Source>, windows: Vec<std::ops::Range<usize>>) -> WindowFacts {
        WindowFacts {
            first: source.is_some(),
            source,
            windows: windows.into_iter(),
            sentences_before: 0,
            sentences_here: 0,
            facts: Vec::new(),
            order: Vec::new(),
            taken: 0,
        }
    }
}

impl WindowFacts {
    /// The next fact in source order, with its sentence counted in the whole source;
    /// each window is split and analysed when the one before is used up.
    fn next_fact(&mut self) -> Option<&Fact> {
        loop {
            if let Some(&(.., position)) = self.order.get(self.taken) {
                self.taken += 1;
                if let Some(fact) = self.facts[position].as_mut() {
                    fact.sentence += self.sentences_before;
                    return self.facts[position].as_ref();
                }
                continue;
            }
            let range = self.windows.next()?;
            let mut source = self.source.take()?;
            // The written facts are dropped before the next window is split, so its
            // tokens reuse their memory (written facts now stay in the buffer to the end
            // of their window; dropped after the split, `extract` touched 1% more pages).
            self.facts.clear();
            source.split_window(range, self.first);
            self.first = false;
            self.sentences_before += self.sentences_here;
            self.sentences_here = source.sentences.len();
            let source = Document::analyse_with(source, false).into_facts(&mut self.facts);
            fact_order(&self.facts, &mut self.order);
            self.taken = 0;
            self.source = Some(source);
        }
    }
}

/// What `extract` writes as JSON: a [`FactList`] or a [`FactStream`]. Their facts are
/// written field by field, not through serde (see [`write_json`]).
pub trait Facts {
    /// Calls `each` on every fact in source order, stopping at its first error.
    fn each_fact(&self, each: &mut dyn FnMut(&Fact) -> std::io::Result<()>) -> std::io::Result<()>;
}

impl Facts for FactList {
    fn each_fact(&self, each: &mut dyn FnMut(&Fact) -> std::io::Result<()>) -> std::io::Result<()> {
        self.facts.iter().try_for_each(each)
    }
}

/// Like serialising it, writing a stream consumes it: a second time lists no facts.
impl Facts for FactStream {
    fn each_fact(&self, each: &mut dyn FnMut(&Fact) -> std::io::Result<()>) -> std::io::Result<()> {
        let Some((source, windows)) = self.state.borrow_mut().take() else {
            return Ok(());
        };
        let mut windows = WindowFacts::new(Some(source), windows);
        while let Some(fact) = windows.next_fact() {
            each(fact)?;
        }
        Ok(())
    }
}

/// Writes the JSON of a fact list (or [`FactStream`]), one fact a line, with a trailing
/// newline: the bytes of [`to_json`], without holding them all. They are the bytes
/// serde_json writes for the facts' `Serialize`, pretty down to the `facts` array and
/// compact below it, made without serde: through it, half the bytes were keys escaped one
/// byte at a time, and serialising cost a quarter of `extract`'s instructions.
///
/// ```
/// use factcheck::source::{Format, Source};
/// use factcheck::extract::{Document, FactList, write_json};
/// let doc = Document::analyse(Source::from_text("a.txt", "Police said 80 died.".into(), Format::Text));
/// let list = FactList { facts: doc.facts() };
/// let mut out = Vec::new();
/// write_json(&list, &mut out).unwrap();
/// let back: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(back, serde_json::to_value(&list).unwrap());
/// ```
pub fn write_json<T: Facts + ?Sized, W: std::io::Write>(
    list: &T,
    out: &mut W,
) -> std::io::Result<()> {
    let mut lines = json::FactLines::new(&mut *out);
    list.each_fact(&mut |fact| lines.push(fact))?;
    lines.finish()?.write_all(b"\n")
}

/// JSON of a fact list (or [`FactStream`]): the `facts` array with one fact a line,
/// each written compactly, and a trailing newline.
///
/// ```
/// use factcheck::source::{Format, Source};
/// use factcheck::extract::{Document, FactList, to_json};
/// let doc = Document::analyse(Source::from_text("a.txt", "Police said 80 died.".into(), Format::Text));
/// let json = to_json(&FactList { facts: doc.facts() });
/// let lines: Vec<&str> = json.lines().collect();
/// assert_eq!(lines[..2], ["{", "  \"facts\": ["]);
/// assert!(lines[2].starts_with("    {\"text\":\"Police\",\"start\":0,"));
/// ```
pub fn to_json<T: Facts + ?Sized>(list: &T) -> String {
    let mut out = Vec::with_capacity(128);
    if write_json(list, &mut out).is_err() {
        // Writing to a `Vec` cannot fail; an empty string rather than half a list.
        out.clear();
    }
    // Every string written is a `&str`, and the rest is ASCII.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests;
