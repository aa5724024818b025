//! Extraction cases in the style of news copy (issue 3's quality bar): one row per
//! sentence and expectation, over every form the issue lists for quantities, times,
//! entities, quotes, relations and sources. Names, places and figures are invented.
//!
//! Each kind is one test that runs all its rows and reports every failing row at once.
//! `cargo test --test extraction -- --nocapture` prints the number of cases per kind.
//!
//! Rows the engine reads wrongly are not in the asserted tables: they are in the
//! `*_gaps` lists at the end, each with an `// engine gap:` comment saying what the engine
//! gives instead. Only the ignored test `engine_gaps` runs them
//! (`cargo test --test extraction -- --ignored`); once it passes a row, move the row up.

use factcheck::extract::entity::Via;
use factcheck::extract::quantity::{Quantity, quantities};
use factcheck::extract::time::{TimeKind, times};
use factcheck::extract::{Document, EntityKind, FactDetail, negations, polarity};
use factcheck::lexicon::{Modality, Qualifier};
use factcheck::source::{Format, Role, Source};
use factcheck::text::tokenize;

// ---------------------------------------------------------------------------------------
// Row types and their checks
// ---------------------------------------------------------------------------------------

/// What a quantity row expects of the quantity that covers `at`.
#[derive(Debug, Clone, Copy)]
enum Q {
    /// A single figure.
    Value(f64),
    /// A range, vague amount, score or vote: low and high as written.
    Range(f64, f64),
    Qual(Qualifier),
    Unit(&'static str),
    NoUnit,
    Counted(&'static str),
    /// Nothing after the figure names what it counts.
    NoCounted,
    Anchor(&'static str),
    NoAnchor,
    /// The whole of "seventeen of the 30".
    OfTotal(f64),
    /// The exact span, qualifier included.
    Span(&'static str),
    /// No quantity covers `at`: a year, date, clock time or ordinal.
    NotACount,
}

struct QuantityCase {
    sentence: &'static str,
    /// Text inside the quantity meant (its first occurrence in the sentence).
    at: &'static str,
    want: Vec<Q>,
}

fn q(sentence: &'static str, at: &'static str, want: &[Q]) -> QuantityCase {
    QuantityCase {
        sentence,
        at,
        want: want.to_vec(),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn check_quantity(case: &QuantityCase) -> Result<(), String> {
    let tokens = tokenize(case.sentence, 0);
    let found: Vec<Quantity> = quantities(&tokens, &times(&tokens));
    let at = case
        .sentence
        .find(case.at)
        .ok_or_else(|| format!("row error: {:?} not in the sentence", case.at))?;
    let hit = found.iter().find(|x| x.start <= at && at < x.end);
    let shown = |x: &Quantity| {
        format!(
            "{:?} value={:?} low={:?} high={:?} {:?} unit={:?} counted={:?} anchor={:?} of={:?}",
            &case.sentence[x.start..x.end],
            x.value,
            x.low,
            x.high,
            x.qualifier,
            x.unit,
            x.counted,
            x.anchor,
            x.of_total
        )
    };
    if case.want.iter().any(|w| matches!(w, Q::NotACount)) {
        return match hit {
            None => Ok(()),
            Some(x) => Err(format!(
                "expected no count at {:?}, got {}",
                case.at,
                shown(x)
            )),
        };
    }
    let Some(x) = hit else {
        let all: Vec<String> = found.iter().map(shown).collect();
        return Err(format!("no quantity at {:?}; found {all:?}", case.at));
    };
    let mut errors = Vec::new();
    for w in &case.want {
        let ok = match *w {
            Q::Value(v) => x.value.is_some_and(|got| close(got, v)),
            Q::Range(l, h) => {
                x.value.is_none()
                    && x.low.is_some_and(|got| close(got, l))
                    && x.high.is_some_and(|got| close(got, h))
            }
            Q::Qual(qual) => x.qualifier == qual,
            Q::Unit(u) => x.unit.as_deref() == Some(u),
            Q::NoUnit => x.unit.is_none(),
            Q::Counted(c) => x.counted.as_deref() == Some(c),
            Q::NoCounted => x.counted.is_none(),
            Q::Anchor(a) => x.anchor.as_deref() == Some(a),
            Q::NoAnchor => x.anchor.is_none(),
            Q::OfTotal(t) => x.of_total.is_some_and(|got| close(got, t)),
            Q::Span(s) => &case.sentence[x.start..x.end] == s,
            Q::NotACount => true,
        };
        if !ok {
            errors.push(format!("{w:?}"));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("expected {}; got {}", errors.join(", "), shown(x)))
    }
}

/// A time row: every time expression of the sentence, in order, as (kind, value, span).
struct TimeCase {
    sentence: &'static str,
    want: Vec<(TimeKind, &'static str, &'static str)>,
}

fn t(sentence: &'static str, want: &[(TimeKind, &'static str, &'static str)]) -> TimeCase {
    TimeCase {
        sentence,
        want: want.to_vec(),
    }
}

fn check_time(case: &TimeCase) -> Result<(), String> {
    let got: Vec<(TimeKind, String, String)> = times(&tokenize(case.sentence, 0))
        .into_iter()
        .map(|x| (x.kind, x.value, case.sentence[x.start..x.end].to_string()))
        .collect();
    let same = got.len() == case.want.len()
        && got
            .iter()
            .zip(&case.want)
            .all(|(g, w)| g.0 == w.0 && g.1 == w.1 && g.2 == w.2);
    if same {
        Ok(())
    } else {
        Err(format!("expected {:?}; got {got:?}", case.want))
    }
}

/// What an entity row expects of a mention.
#[derive(Debug, Clone, Copy)]
enum E {
    Canonical(&'static str),
    By(Via),
    Kind(EntityKind),
    Title(&'static str),
    /// No mention has this text.
    Absent,
}

/// An entity row: the mention whose text is `at` (`"Assad#2"`: the second such mention).
struct EntityCase {
    text: &'static str,
    at: &'static str,
    want: Vec<E>,
}

fn e(text: &'static str, at: &'static str, want: &[E]) -> EntityCase {
    EntityCase {
        text,
        at,
        want: want.to_vec(),
    }
}

/// A lookup through the article's alias table, as claims are matched: lower-case phrase.
struct ResolveCase {
    text: &'static str,
    phrase: &'static str,
    want: Option<&'static str>,
}

fn r(text: &'static str, phrase: &'static str, want: Option<&'static str>) -> ResolveCase {
    ResolveCase { text, phrase, want }
}

fn doc(text: &str) -> Document {
    Document::analyse(Source::from_text(
        "case.txt",
        text.to_string(),
        Format::Text,
    ))
}

fn check_entity(case: &EntityCase) -> Result<(), String> {
    let d = doc(case.text);
    let (surface, nth) = match case.at.rsplit_once('#') {
        Some((s, n)) if n.parse::<usize>().is_ok() => (s, n.parse::<usize>().unwrap_or(1)),
        _ => (case.at, 1),
    };
    let mentions: Vec<_> = d.sentences.iter().flat_map(|s| &s.mentions).collect();
    let hit = mentions
        .iter()
        .filter(|m| &d.source.text()[m.start..m.end] == surface)
        .nth(nth - 1);
    if case.want.iter().any(|w| matches!(w, E::Absent)) {
        return match hit {
            None => Ok(()),
            Some(m) => Err(format!(
                "expected no mention {surface:?}, got {}",
                m.canonical
            )),
        };
    }
    let Some(m) = hit else {
        let all: Vec<String> = mentions
            .iter()
            .map(|m| format!("{:?}→{}", &d.source.text()[m.start..m.end], m.canonical))
            .collect();
        return Err(format!("no mention {:?} #{nth}; mentions {all:?}", surface));
    };
    let mut errors = Vec::new();
    for w in &case.want {
        let ok = match *w {
            E::Canonical(c) => m.canonical == c,
            E::By(v) => m.via == v,
            E::Kind(k) => m.entity_kind == k,
            E::Title(t) => m.title.as_deref() == Some(t),
            E::Absent => true,
        };
        if !ok {
            errors.push(format!("{w:?}"));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "expected {}; got {} via {:?}, {:?}, title {:?}",
            errors.join(", "),
            m.canonical,
            m.via,
            m.entity_kind,
            m.title
        ))
    }
}

fn check_resolve(case: &ResolveCase) -> Result<(), String> {
    let d = doc(case.text);
    let got = d.entities.resolve(case.phrase).map(|x| x.0);
    if got.as_deref() == case.want {
        Ok(())
    } else {
        Err(format!(
            "resolve({:?}): expected {:?}, got {got:?}",
            case.phrase, case.want
        ))
    }
}

/// What a quote row expects.
#[derive(Debug, Clone, Copy)]
enum Qt {
    Speaker(&'static str),
    /// No speaker found.
    NoSpeaker,
    Verb(&'static str),
    Outlet(&'static str),
    Unclosed(bool),
    /// The words inside the marks, exactly.
    Quoted(&'static str),
    /// How many quotes the article has.
    Count(usize),
}

/// A quote row: the first quote whose words contain `at`.
struct QuoteCase {
    text: &'static str,
    at: &'static str,
    want: Vec<Qt>,
}

fn qt(text: &'static str, at: &'static str, want: &[Qt]) -> QuoteCase {
    QuoteCase {
        text,
        at,
        want: want.to_vec(),
    }
}

fn check_quote(case: &QuoteCase) -> Result<(), String> {
    let d = doc(case.text);
    let Some(x) = d.quotes.iter().find(|x| x.quoted.contains(case.at)) else {
        let all: Vec<&str> = d.quotes.iter().map(|x| x.quoted.as_str()).collect();
        return Err(format!("no quote with {:?}; quotes {all:?}", case.at));
    };
    let mut errors = Vec::new();
    for w in &case.want {
        let ok = match *w {
            Qt::Speaker(s) => x.speaker.as_deref() == Some(s),
            Qt::NoSpeaker => x.speaker.is_none(),
            Qt::Verb(v) => x.verb.as_deref() == Some(v),
            Qt::Outlet(o) => x.outlet.as_deref() == Some(o),
            Qt::Unclosed(u) => x.unclosed == u,
            Qt::Quoted(s) => x.quoted == s,
            Qt::Count(n) => d.quotes.len() == n,
        };
        if !ok {
            errors.push(format!("{w:?}"));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "expected {}; got quoted {:?} speaker {:?} verb {:?} outlet {:?} unclosed {} ({} quotes)",
            errors.join(", "),
            x.quoted,
            x.speaker,
            x.verb,
            x.outlet,
            x.unclosed,
            d.quotes.len()
        ))
    }
}

/// What a relation row expects.
#[derive(Debug, Clone, Copy)]
enum R {
    Predicate(&'static str),
    Object(&'static str),
    Negated(bool),
    Mode(Modality),
    Time(&'static [&'static str]),
    /// No relation of the sentence has this subject.
    Absent,
}

/// A relation row: the relation of sentence `sentence` whose subject is `subject`.
struct RelationCase {
    text: &'static str,
    sentence: usize,
    subject: &'static str,
    want: Vec<R>,
}

fn rel(text: &'static str, sentence: usize, subject: &'static str, want: &[R]) -> RelationCase {
    RelationCase {
        text,
        sentence,
        subject,
        want: want.to_vec(),
    }
}

fn check_relation(case: &RelationCase) -> Result<(), String> {
    let d = doc(case.text);
    let Some(facts) = d.sentences.get(case.sentence) else {
        return Err(format!("no sentence {}", case.sentence));
    };
    let hit = facts.relations.iter().find(|x| x.subject == case.subject);
    if case.want.iter().any(|w| matches!(w, R::Absent)) {
        return match hit {
            None => Ok(()),
            Some(x) => Err(format!(
                "expected no relation of {:?}, got {} | {} | {} negated={}",
                case.subject, x.subject, x.predicate, x.object, x.negated
            )),
        };
    }
    let Some(x) = hit else {
        let all: Vec<String> = facts
            .relations
            .iter()
            .map(|x| format!("{} | {} | {}", x.subject, x.predicate, x.object))
            .collect();
        return Err(format!(
            "no relation with subject {:?} in sentence {}; relations {all:?}",
            case.subject, case.sentence
        ));
    };
    let mut errors = Vec::new();
    for w in &case.want {
        let ok = match *w {
            R::Predicate(p) => x.predicate == p,
            R::Object(o) => x.object == o,
            R::Negated(n) => x.negated == n,
            R::Mode(m) => x.modality == m,
            R::Time(ts) => x.time.iter().map(String::as_str).eq(ts.iter().copied()),
            R::Absent => true,
        };
        if !ok {
            errors.push(format!("{w:?}"));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "expected {}; got {} | {} | {} negated={} {:?} time={:?}",
            errors.join(", "),
            x.subject,
            x.predicate,
            x.object,
            x.negated,
            x.modality,
            x.time
        ))
    }
}

/// Polarity and modality of a clause without a named subject ("A date has not yet been set").
#[derive(Debug, Clone, Copy)]
enum P {
    Negated(bool),
    /// The word a negation cue negates.
    Scope(&'static str),
    Mode(Option<Modality>),
}

struct PolarityCase {
    sentence: &'static str,
    want: Vec<P>,
}

fn p(sentence: &'static str, want: &[P]) -> PolarityCase {
    PolarityCase {
        sentence,
        want: want.to_vec(),
    }
}

fn check_polarity(case: &PolarityCase) -> Result<(), String> {
    let tokens = tokenize(case.sentence, 0);
    let (negated, modality) = polarity(&tokens);
    let scopes: Vec<&str> = negations(&tokens)
        .iter()
        .map(|n| tokens[n.scope].norm.as_str())
        .collect();
    let mut errors = Vec::new();
    for w in &case.want {
        let ok = match *w {
            P::Negated(n) => negated == n,
            P::Scope(s) => scopes.contains(&s),
            P::Mode(m) => modality == m,
        };
        if !ok {
            errors.push(format!("{w:?}"));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "expected {}; got negated={negated} scopes={scopes:?} modality={modality:?}",
            errors.join(", ")
        ))
    }
}

/// What a source row expects of a Markdown, HTML or plain-text file.
#[derive(Debug, Clone, Copy)]
enum S {
    /// A fact of this kind whose text is the `nth` (from 1) occurrence of `text` in the
    /// file, at that byte offset, on this 1-based line and column.
    At {
        kind: &'static str,
        text: &'static str,
        nth: usize,
        line: usize,
        column: usize,
    },
    /// The cleaned text holds this phrase (markup dropped, entities decoded).
    Kept(&'static str),
    /// Neither the cleaned text nor any fact holds this text.
    Dropped(&'static str),
    /// No quantity has this value (it stood in dropped page furniture).
    NoFigure(f64),
    /// This sentence is the title.
    Title(&'static str),
    /// Every fact's text is the file's bytes at its offsets, and its line and column
    /// point at its start.
    SpansSliceTheFile,
}

struct SourceCase {
    raw: &'static str,
    format: Format,
    want: S,
}

fn s(raw: &'static str, format: Format, want: S) -> SourceCase {
    SourceCase { raw, format, want }
}

fn kind_name(detail: &FactDetail) -> &'static str {
    match detail {
        FactDetail::Quantity(_) => "quantity",
        FactDetail::Entity(_) => "entity",
        FactDetail::Quote(_) => "quote",
        FactDetail::Relation(_) => "relation",
        FactDetail::Time(_) => "time",
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(raw: &str, offset: usize) -> (usize, usize) {
    let before = &raw[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, raw[line_start..offset].chars().count() + 1)
}

fn check_source(case: &SourceCase) -> Result<(), String> {
    let d = Document::analyse(Source::from_text("case", case.raw.to_string(), case.format));
    let facts = d.facts();
    match case.want {
        S::At {
            kind,
            text,
            nth,
            line,
            column,
        } => {
            let offset = case
                .raw
                .match_indices(text)
                .nth(nth - 1)
                .map(|(i, _)| i)
                .ok_or_else(|| format!("row error: {text:?} #{nth} not in the file"))?;
            let f = facts
                .iter()
                .find(|f| kind_name(&f.detail) == kind && f.start == offset)
                .ok_or_else(|| {
                    let all: Vec<String> = facts
                        .iter()
                        .map(|f| format!("{} {:?}@{}", kind_name(&f.detail), f.text, f.start))
                        .collect();
                    format!("no {kind} fact at byte {offset} ({text:?}); facts {all:?}")
                })?;
            let want = (text, offset + text.len(), line, column);
            let got = (f.text.as_str(), f.end, f.line, f.column);
            if want == got {
                Ok(())
            } else {
                Err(format!(
                    "expected (text, end, line, column) {want:?}, got {got:?}"
                ))
            }
        }
        S::Kept(phrase) => {
            if d.source.text().contains(phrase) {
                Ok(())
            } else {
                Err(format!(
                    "cleaned text lacks {phrase:?}: {:?}",
                    d.source.text()
                ))
            }
        }
        S::Dropped(phrase) => {
            if d.source.text().contains(phrase) {
                Err(format!("cleaned text keeps {phrase:?}"))
            } else if let Some(f) = facts.iter().find(|f| f.text.contains(phrase)) {
                Err(format!("fact {:?} holds {phrase:?}", f.text))
            } else {
                Ok(())
            }
        }
        S::NoFigure(v) => {
            let hit = facts.iter().find(|f| match &f.detail {
                FactDetail::Quantity(x) => x.value.is_some_and(|got| close(got, v)),
                _ => false,
            });
            match hit {
                None => Ok(()),
                Some(f) => Err(format!("quantity {:?} from dropped text", f.text)),
            }
        }
        S::Title(title) => {
            let found = d
                .source
                .sentences
                .iter()
                .find(|x| d.source.sentence_text(x).trim() == title);
            match found {
                Some(x) if x.role == Role::Title => Ok(()),
                Some(x) => Err(format!("{title:?} has role {:?}", x.role)),
                None => Err(format!("no sentence {title:?}")),
            }
        }
        S::SpansSliceTheFile => {
            if facts.is_empty() {
                return Err("no facts".to_string());
            }
            for f in &facts {
                if case.raw.get(f.start..f.end) != Some(f.text.as_str()) {
                    return Err(format!(
                        "fact {:?} is not raw[{}..{}]",
                        f.text, f.start, f.end
                    ));
                }
                if line_column(case.raw, f.start) != (f.line, f.column) {
                    return Err(format!(
                        "fact {:?} at {}:{}, expected {:?}",
                        f.text,
                        f.line,
                        f.column,
                        line_column(case.raw, f.start)
                    ));
                }
            }
            Ok(())
        }
    }
}

/// Runs every row of a kind and returns one line per failing row.
fn failures<T>(
    kind: &str,
    rows: &[T],
    label: impl Fn(&T) -> String,
    check: impl Fn(&T) -> Result<(), String>,
) -> Vec<String> {
    rows.iter()
        .enumerate()
        .filter_map(|(i, row)| {
            check(row)
                .err()
                .map(|err| format!("{kind} row {i}: {}\n    {err}", label(row)))
        })
        .collect()
}

fn assert_all(kind: &str, failed: Vec<String>, count: usize) {
    println!("{kind}: {count} cases, {} failed", failed.len());
    assert!(
        failed.is_empty(),
        "{} of {count} {kind} cases failed:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// The tables
// ---------------------------------------------------------------------------------------

fn quantity_cases() -> Vec<QuantityCase> {
    use Q::*;
    use Qualifier::*;
    vec![
        // Digits with and without separators, scale words and suffixes.
        q(
            "Floods have killed over 5,400 people across the delta since March.",
            "5,400",
            &[
                Value(5400.0),
                Qual(Over),
                Counted("people"),
                Span("over 5,400"),
            ],
        ),
        q(
            "The port of Brenholm handled 5400 containers last week.",
            "5400",
            &[Value(5400.0), Qual(Exact), Counted("containers")],
        ),
        q(
            "Ticket sales passed 5.4 thousand on the opening night.",
            "5.4",
            &[Value(5400.0), Span("5.4 thousand")],
        ),
        q(
            "Some 1.2 million voters cast ballots in the Marlow by-election.",
            "1.2",
            &[
                Value(1.2e6),
                Qual(About),
                Counted("voters"),
                Span("Some 1.2 million"),
            ],
        ),
        q(
            "Officials said 2.5 million doses had been delivered to clinics.",
            "2.5",
            &[Value(2.5e6), Counted("doses")],
        ),
        q(
            "Kestrel Energy agreed a $4.5bn takeover of its rival on Thursday.",
            "4.5",
            &[Value(4.5e9), Unit("dollar"), Span("$4.5bn")],
        ),
        q(
            "The company will pay $2.3 billion in fines to settle the case.",
            "2.3",
            &[Value(2.3e9), Unit("dollar"), Span("$2.3 billion")],
        ),
        q(
            "The council will spend £350m on new tram lines.",
            "350",
            &[Value(350e6), Unit("pound"), Span("£350m")],
        ),
        q(
            "A £1.5bn bailout for the steelworks was agreed overnight.",
            "1.5",
            &[Value(1.5e9), Unit("pound")],
        ),
        q(
            "A new hospital in Dunmore will cost €120m.",
            "120",
            &[Value(120e6), Unit("euro")],
        ),
        q(
            "The trust sold 1,234,567 shares in the placing.",
            "1,234,567",
            &[Value(1_234_567.0), Counted("shares")],
        ),
        q(
            "The 2,019 volunteers were thanked by the organisers.",
            "2,019",
            &[Value(2019.0), Counted("volunteers")],
        ),
        // Decimals, fractions, percentages.
        q(
            "A magnitude 7.8 earthquake struck off the coast of Tarsova.",
            "7.8",
            &[Value(7.8), Qual(Exact)],
        ),
        q(
            "Consumer prices rose 7.8% in the year to June.",
            "7.8",
            &[Value(7.8), Unit("percent"), Span("7.8%")],
        ),
        q(
            "The river at Calder Bridge rose 11½ feet.",
            "11",
            &[Value(11.5), Unit("foot"), Span("11½ feet")],
        ),
        q(
            "Turnout was 64.3 per cent, the highest since 1992.",
            "64.3",
            &[Value(64.3), Unit("percent"), Span("64.3 per cent")],
        ),
        q(
            "Shares in Orvane fell 12% on Monday.",
            "12",
            &[Value(12.0), Unit("percent"), Anchor("monday")],
        ),
        // Ages.
        q(
            "A 20-year-old man was arrested in Halden on Friday.",
            "20",
            &[Value(20.0), Unit("years-old"), Anchor("friday")],
        ),
        // Number words.
        q(
            "Twenty-five miners remain trapped underground after the collapse.",
            "Twenty",
            &[Value(25.0), Counted("miners"), Span("Twenty-five")],
        ),
        q(
            "Rescuers had reached twenty-five miners by Wednesday.",
            "twenty",
            &[Value(25.0), Counted("miners"), Anchor("wednesday")],
        ),
        q(
            "Forty-two passengers were treated for smoke inhalation.",
            "Forty",
            &[Value(42.0), Counted("passengers")],
        ),
        q(
            "Two dozen officers sealed off the square.",
            "dozen",
            &[Value(24.0), Counted("officers"), Span("Two dozen")],
        ),
        q(
            "A dozen homes were destroyed by the blaze.",
            "dozen",
            &[Value(12.0), Counted("homes"), Span("A dozen")],
        ),
        q(
            "Half a million households lost power during the storm.",
            "million",
            &[
                Value(500_000.0),
                Counted("households"),
                Span("Half a million"),
            ],
        ),
        q(
            "A hundred protesters gathered outside the embassy.",
            "hundred",
            &[Value(100.0), Counted("protesters")],
        ),
        q(
            "three hundred and twelve delegates voted in favour.",
            "twelve",
            &[Value(312.0), Counted("delegates")],
        ),
        q(
            "The convoy took three years to cross the region.",
            "three",
            &[Value(3.0), Unit("year")],
        ),
        // Parts of a whole.
        q(
            "Police said seventeen of the 30 suspects had been released.",
            "seventeen",
            &[
                Value(17.0),
                OfTotal(30.0),
                Counted("suspects"),
                Span("seventeen of the 30"),
            ],
        ),
        q(
            "Nine of the 11 judges backed the ruling.",
            "Nine",
            &[Value(9.0), OfTotal(11.0), Counted("judges")],
        ),
        // Ranges.
        q(
            "Between 10,000 and 15,000 people marched through Lisvale on Saturday.",
            "10,000",
            &[
                Range(10_000.0, 15_000.0),
                Qual(Between),
                Counted("people"),
                Anchor("saturday"),
            ],
        ),
        q(
            "Organisers expected between 10,000 and 15,000 runners.",
            "15,000",
            &[Range(10_000.0, 15_000.0), Qual(Between), Counted("runners")],
        ),
        // Scores and votes: neither subtraction nor dates.
        q(
            "Okafor won the final 6-3, 7-5.",
            "6-3",
            &[Range(6.0, 3.0), Unit("score"), Span("6-3")],
        ),
        q(
            "Okafor won the final 6-3, 7-5.",
            "7-5",
            &[Range(7.0, 5.0), Unit("score")],
        ),
        q(
            "The bill passed 52-48 in the Senate.",
            "52",
            &[Range(52.0, 48.0), Unit("score"), Span("52-48")],
        ),
        q(
            "Harlow beat Dunmore 3-1 on Saturday.",
            "3-1",
            &[Range(3.0, 1.0), Unit("score"), Anchor("saturday")],
        ),
        q(
            "The jury voted 10-2 to convict.",
            "10-2",
            &[Range(10.0, 2.0), Unit("score")],
        ),
        // Vague amounts become ranges.
        q(
            "Dozens of people were injured when the bridge collapsed.",
            "Dozens",
            &[Range(24.0, 99.0), Qual(Vague), Counted("people")],
        ),
        q(
            "Police arrested dozens of fans after the match.",
            "dozens",
            &[Range(24.0, 99.0), Qual(Vague), Counted("fans")],
        ),
        q(
            "Hundreds of migrants were rescued off the island of Meros.",
            "Hundreds",
            &[Range(200.0, 999.0), Qual(Vague), Counted("migrants")],
        ),
        q(
            "Thousands of workers joined the strike.",
            "Thousands",
            &[Range(2000.0, 9999.0), Qual(Vague), Counted("workers")],
        ),
        q(
            "Several ministers are expected to resign.",
            "Several",
            &[Range(3.0, 9.0), Qual(Vague), Counted("ministers")],
        ),
        q(
            "A few shops reopened on Monday.",
            "few",
            &[
                Range(2.0, 5.0),
                Qual(Vague),
                Counted("shops"),
                Anchor("monday"),
            ],
        ),
        q(
            "Tens of thousands of fans lined the streets.",
            "Tens",
            &[Range(20_000.0, 99_999.0), Qual(Vague), Counted("fans")],
        ),
        q(
            "Hundreds of thousands of people fled the fighting.",
            "Hundreds",
            &[
                Range(200_000.0, 999_999.0),
                Qual(Vague),
                Span("Hundreds of thousands"),
            ],
        ),
        q(
            "Scores of people were arrested.",
            "Scores",
            &[Range(40.0, 99.0), Qual(Vague)],
        ),
        q(
            "Millions of viewers watched the debate.",
            "Millions",
            &[Range(2e6, 999_999_999.0), Qual(Vague), Counted("viewers")],
        ),
        q(
            "A handful of protesters remained outside the court.",
            "handful",
            &[Range(2.0, 6.0), Qual(Vague), Counted("protesters")],
        ),
        // Every qualifier.
        q(
            "Exactly 300 delegates attended the summit.",
            "300",
            &[Value(300.0), Qual(Exact), Span("Exactly 300")],
        ),
        q(
            "About 400 people were evacuated from the tower.",
            "400",
            &[Value(400.0), Qual(About), Counted("people")],
        ),
        q(
            "Around 60 vessels were stranded in the canal.",
            "60",
            &[Value(60.0), Qual(About), Counted("vessels")],
        ),
        q(
            "Roughly 2,000 jobs will go at the plant.",
            "2,000",
            &[Value(2000.0), Qual(About), Counted("jobs")],
        ),
        q(
            "An estimated 3,862 homes were flooded.",
            "3,862",
            &[Value(3862.0), Qual(About), Counted("homes")],
        ),
        q(
            "More than 200 flights were cancelled at Rennick airport.",
            "200",
            &[
                Value(200.0),
                Qual(Over),
                Counted("flights"),
                Span("More than 200"),
            ],
        ),
        q(
            "At least 112 people died in the fire.",
            "112",
            &[Value(112.0), Qual(AtLeast), Counted("people")],
        ),
        q(
            "No fewer than 40 lawmakers signed the letter.",
            "40",
            &[Value(40.0), Qual(AtLeast), Counted("lawmakers")],
        ),
        q(
            "Fewer than 50 residents remain in the village.",
            "50",
            &[Value(50.0), Qual(Under), Counted("residents")],
        ),
        q(
            "Less than 5% of the ballots were spoiled.",
            "5",
            &[Value(5.0), Qual(Under), Unit("percent")],
        ),
        q(
            "Under 900 tickets remain for the final.",
            "900",
            &[Value(900.0), Qual(Under), Counted("tickets")],
        ),
        q(
            "The fund may hold at most 40 per cent in bonds.",
            "40",
            &[Value(40.0), Qual(AtMost), Unit("percent")],
        ),
        q(
            "Up to 300 workers could lose their jobs.",
            "300",
            &[Value(300.0), Qual(AtMost), Counted("workers")],
        ),
        q(
            "No more than 12 people may enter the chamber at once.",
            "12",
            &[Value(12.0), Qual(AtMost), Counted("people")],
        ),
        q(
            "As many as 3,000 troops could be deployed.",
            "3,000",
            &[Value(3000.0), Qual(AtMost), Counted("troops")],
        ),
        q(
            "Nearly 900 flights were grounded.",
            "900",
            &[Value(900.0), Qual(Nearly), Counted("flights")],
        ),
        q(
            "Almost 70 per cent of the vote went to the ruling party.",
            "70",
            &[Value(70.0), Qual(Nearly), Unit("percent")],
        ),
        // Counted noun and time anchor.
        q(
            "Violence has intensified, killing over 7,100 people in total, with 65 dead in clashes on Sunday alone.",
            "7,100",
            &[Value(7100.0), Qual(Over), Counted("people"), NoAnchor],
        ),
        q(
            "Violence has intensified, killing over 7,100 people in total, with 65 dead in clashes on Sunday alone.",
            "65",
            &[Value(65.0), Qual(Exact), Counted("dead"), Anchor("sunday")],
        ),
        q(
            "On Sunday, 80 people died in the shelling of Korvin.",
            "80",
            &[Value(80.0), Counted("people"), Anchor("sunday")],
        ),
        q(
            "Inflation peaked last year at 11 per cent.",
            "11",
            &[Value(11.0), Unit("percent"), Anchor("last year")],
        ),
        q(
            "Unemployment stood at 4.2 per cent this month.",
            "4.2",
            &[Value(4.2), Anchor("this month")],
        ),
        q(
            "About 1,500 troops were deployed on 3 June.",
            "1,500",
            &[Value(1500.0), Qual(About), Anchor("--06-03")],
        ),
        q(
            "The rally drew 3,000 people on Tuesday after 12 arrests on Monday.",
            "3,000",
            &[Value(3000.0), Counted("people"), Anchor("tuesday")],
        ),
        q(
            "The plant cut 400 jobs last year and 250 this year.",
            "400",
            &[Value(400.0), Counted("jobs"), Anchor("last year")],
        ),
        // Units.
        q(
            "The harvest fell by 1.5 million tonnes.",
            "1.5",
            &[Value(1.5e6), Unit("ton")],
        ),
        q(
            "The convoy travelled 40 km to the border.",
            "40",
            &[Value(40.0), Unit("kilometre")],
        ),
        q(
            "Wind speeds reached 120 mph near the coast.",
            "120",
            &[Value(120.0), Unit("mph")],
        ),
        q(
            "The siege lasted 72 hours.",
            "72",
            &[Value(72.0), Unit("hour")],
        ),
        q(
            "Temperatures hit 41 degrees in Sevilla on Tuesday.",
            "41",
            &[Value(41.0), Unit("degree"), Anchor("tuesday")],
        ),
        q(
            "The club has signed 14 players this summer.",
            "14",
            &[Value(14.0), NoUnit, Counted("players")],
        ),
        // Years, dates, clock times and ordinals are not counts.
        q(
            "Turnout was 64.3 per cent, the highest since 1992.",
            "1992",
            &[NotACount],
        ),
        q(
            "The inquiry heard from 14 witnesses in 2019.",
            "2019",
            &[NotACount],
        ),
        q(
            "The inquiry heard from 14 witnesses in 2019.",
            "14",
            &[Value(14.0), Counted("witnesses")],
        ),
        q(
            "The war began in 2011 and the ceasefire was signed on 4 March 2016.",
            "4 March",
            &[NotACount],
        ),
        q(
            "The war began in 2011 and the ceasefire was signed on 4 March 2016.",
            "2016",
            &[NotACount],
        ),
        q("Polls closed at 10:30 on Sunday.", "10:30", &[NotACount]),
        q("The first train leaves at 6pm.", "6pm", &[NotACount]),
        q(
            "She was the 5th woman to hold the post.",
            "5th",
            &[NotACount],
        ),
        q(
            "In 2020, about 700 nurses left the service.",
            "2020",
            &[NotACount],
        ),
        q(
            "In 2020, about 700 nurses left the service.",
            "700",
            &[Value(700.0), Qual(About), Counted("nurses")],
        ),
        q("No one was hurt in the blast.", "No one", &[NotACount]),
    ]
}

fn time_cases() -> Vec<TimeCase> {
    use TimeKind::*;
    vec![
        t(
            "The ministry announced the cuts on Wednesday.",
            &[(Weekday, "wednesday", "Wednesday")],
        ),
        t(
            "the vote is on monday, officials said.",
            &[(Weekday, "monday", "monday")],
        ),
        t(
            "Voting ends on Thursday, November 7, 2024.",
            &[
                (Weekday, "thursday", "Thursday"),
                (Date, "2024-11-07", "November 7, 2024"),
            ],
        ),
        t(
            "The ceasefire took effect on 12 October.",
            &[(Date, "--10-12", "12 October")],
        ),
        t(
            "The law takes effect on January 1.",
            &[(Date, "--01-01", "January 1")],
        ),
        t(
            "The summit was held on the 5th of May, 2022.",
            &[(Date, "2022-05-05", "5th of May, 2022")],
        ),
        t(
            "Talks will resume on Tuesday 14 May.",
            &[(Weekday, "tuesday", "Tuesday"), (Date, "--05-14", "14 May")],
        ),
        t(
            "the minister will visit may 14, aides said.",
            &[(Date, "--05-14", "may 14")],
        ),
        t(
            "Parliament will reconvene in September.",
            &[(Month, "september", "September")],
        ),
        t(
            "The company was founded in March 1998.",
            &[(Month, "1998-03", "March 1998")],
        ),
        t("He may resign in March.", &[(Month, "march", "March")]),
        t("Prices may rise again.", &[]),
        t("The war began in 2011.", &[(Year, "2011", "2011")]),
        t(
            "Inflation peaked last year at 11 per cent.",
            &[(Relative, "last year", "last year")],
        ),
        t(
            "The talks resumed this week in Geneva.",
            &[(Relative, "this week", "this week")],
        ),
        t(
            "The minister resigned earlier this week.",
            &[(Relative, "earlier this week", "earlier this week")],
        ),
        t(
            "Exports fell 4% last month and are expected to recover next year.",
            &[
                (Relative, "last month", "last month"),
                (Relative, "next year", "next year"),
            ],
        ),
        t(
            "Officials met yesterday and will meet again tomorrow.",
            &[
                (Relative, "yesterday", "yesterday"),
                (Relative, "tomorrow", "tomorrow"),
            ],
        ),
        t(
            "He was released last night.",
            &[(Relative, "last night", "last night")],
        ),
        t(
            "The blast happened at 9.45am near the station.",
            &[(Clock, "09:45", "9.45am")],
        ),
        t(
            "Shops will close at 4 p.m. on Friday.",
            &[(Clock, "16:00", "4 p.m."), (Weekday, "friday", "Friday")],
        ),
        t(
            "Polls closed at 10:30 on Sunday.",
            &[(Clock, "10:30", "10:30"), (Weekday, "sunday", "Sunday")],
        ),
        t(
            "The first train leaves at 6pm and the last at 11.45pm.",
            &[(Clock, "18:00", "6pm"), (Clock, "23:45", "11.45pm")],
        ),
        t(
            "The strike began on the morning of June 3.",
            &[(Daypart, "morning", "morning"), (Date, "--06-03", "June 3")],
        ),
        t(
            "Riots broke out late on Saturday night.",
            &[
                (Weekday, "saturday", "Saturday"),
                (Daypart, "night", "night"),
            ],
        ),
        t(
            "Trains were halted at midnight.",
            &[(Daypart, "midnight", "midnight")],
        ),
    ]
}

fn entity_cases() -> Vec<EntityCase> {
    use E::*;
    use EntityKind::*;
    const UN: &str = "The U.N. called for a ceasefire. The UN envoy arrived on Monday. The United Nations said aid was blocked.";
    const MANSOUR: &str = "President Karim al-Mansour addressed parliament. His father Tariq al-Mansour ruled for three decades. Mansour said the reforms would continue.";
    const ASSAD: &str = "Bashar al-Assad met envoys in Damascus. Assad's father, Hafez al-Assad, ruled the country for 30 years. Assad rejected the plan.";
    const ENVOYS: &str =
        "Russian officials met French diplomats. Moscow and Paris later issued a joint statement.";
    const BRENNER: &str = "Germany will not back the plan, its finance minister said. \"We cannot support this,\" Lukas Brenner told reporters.";
    const MALI: &str =
        "France backs the government in Mali. It has a military base in the country.";
    const ANOTHER: &str =
        "Another Brennan fan queued for six hours. Maya Brennan thanked the fans on Sunday.";
    vec![
        // A capital after a given name is the person's surname ("Jonah Paris"); alone,
        // after "in" or after a sentence adverb it stays its country. Without a sign of a
        // person (a title, a role noun, a reporting verb) the pair is a name of another
        // kind: clubs are named after their city.
        e(
            "Jonah Paris said the vote was fair.",
            "Jonah Paris",
            &[Canonical("Jonah Paris"), Kind(Person)],
        ),
        e(
            "The talks were held in Paris on Monday.",
            "Paris",
            &[Canonical("France"), By(Via::Capital)],
        ),
        e(
            "Earlier Lisbon had offered to host the talks.",
            "Lisbon",
            &[Canonical("Portugal"), By(Via::Capital)],
        ),
        e(
            "Unlike Lisbon, the other capitals backed the plan.",
            "Lisbon",
            &[Canonical("Portugal")],
        ),
        e(
            "North Lisbon was quiet on Sunday.",
            "Lisbon",
            &[Canonical("Portugal")],
        ),
        e(
            "Dynamo Lisbon won the cup on Sunday.",
            "Dynamo Lisbon",
            &[Canonical("Dynamo Lisbon"), Kind(Other)],
        ),
        // A country's own name after a capitalised word keeps its country unless the
        // sentence marks a person.
        e(
            "Communist Poland was a member of the pact.",
            "Poland",
            &[Canonical("Poland"), Kind(Country)],
        ),
        e(
            "Michael Jordan said he would play.",
            "Michael Jordan",
            &[Canonical("Michael Jordan"), Kind(Person)],
        ),
        // A role word between two names, the second a single word, is the first one's
        // verb; before a full name it is still the role.
        e(
            "Leicester host Swansea on Saturday.",
            "Swansea",
            &[Canonical("Swansea"), Kind(Other)],
        ),
        e(
            "Wasps flanker Dan Ardley scored twice. The flanker was later injured.",
            "The flanker",
            &[Canonical("Dan Ardley"), Kind(Person)],
        ),
        // A capitalised function word inside a name makes it no person's; a name's
        // particles do not.
        e(
            "Doctors Without Borders said the clinic would close.",
            "Doctors Without Borders",
            &[Kind(Other)],
        ),
        e(
            "Maria De Souza said the clinic would close.",
            "Maria De Souza",
            &[Kind(Person)],
        ),
        // A role noun capitalised only because it opens the sentence is no part of the
        // name.
        e(
            "Cellist Marta Lima won the prize on Saturday.",
            "Marta Lima",
            &[Canonical("Marta Lima"), Kind(Person)],
        ),
        // Acronyms: U.N. = UN = United Nations.
        e(
            UN,
            "U.N.",
            &[
                Canonical("United Nations"),
                By(Via::Alias),
                Kind(Organisation),
            ],
        ),
        e(UN, "UN", &[Canonical("United Nations"), By(Via::Alias)]),
        e(
            UN,
            "United Nations",
            &[Canonical("United Nations"), By(Via::Name)],
        ),
        e(
            "The EU and NATO condemned the attack. The European Union said sanctions were possible.",
            "EU",
            &[Canonical("European Union"), By(Via::Alias)],
        ),
        e(
            "The IMF cut its forecast. The International Monetary Fund expects growth of 2.1 per cent.",
            "IMF",
            &[Canonical("International Monetary Fund"), Kind(Organisation)],
        ),
        e(
            "Officials from the World Health Organization arrived. The WHO said cases were rising.",
            "WHO",
            &[Canonical("World Health Organization"), By(Via::Alias)],
        ),
        // Surnames resolve to the full name; a relative with the same surname stays apart.
        e(
            MANSOUR,
            "Karim al-Mansour",
            &[
                Canonical("Karim al-Mansour"),
                Kind(Person),
                Title("President"),
            ],
        ),
        e(
            MANSOUR,
            "Tariq al-Mansour",
            &[Canonical("Tariq al-Mansour")],
        ),
        e(
            MANSOUR,
            "Mansour",
            &[Canonical("Karim al-Mansour"), By(Via::Surname)],
        ),
        e(
            ASSAD,
            "Assad",
            &[Canonical("Bashar al-Assad"), By(Via::Surname)],
        ),
        e(
            ASSAD,
            "Hafez al-Assad",
            &[Canonical("Hafez al-Assad"), By(Via::Name)],
        ),
        e(ASSAD, "Assad#2", &[Canonical("Bashar al-Assad")]),
        e(
            "Prime Minister Elena Varga announced the budget. Varga said taxes would not rise.",
            "Varga",
            &[Canonical("Elena Varga"), By(Via::Surname)],
        ),
        e(
            "Prime Minister Elena Varga announced the budget. Varga said taxes would not rise.",
            "Elena Varga",
            &[Title("Prime Minister"), Kind(Person)],
        ),
        // Demonyms stand for their country.
        e(
            ENVOYS,
            "Russian",
            &[Canonical("Russia"), By(Via::Demonym), Kind(Country)],
        ),
        e(ENVOYS, "French", &[Canonical("France"), By(Via::Demonym)]),
        e(
            "Turkish troops crossed the border. Ankara said the operation was limited.",
            "Turkish",
            &[Canonical("Turkey"), By(Via::Demonym)],
        ),
        e(
            "British ministers met in the morning.",
            "British",
            &[Canonical("United Kingdom"), By(Via::Demonym)],
        ),
        e(
            "Ukrainian forces advanced. Kyiv said 30 villages had been retaken.",
            "Ukrainian",
            &[Canonical("Ukraine"), By(Via::Demonym)],
        ),
        // Capitals stand for governments.
        e(
            ENVOYS,
            "Moscow",
            &[Canonical("Russia"), By(Via::Capital), Kind(Country)],
        ),
        e(ENVOYS, "Paris", &[Canonical("France"), By(Via::Capital)]),
        e(
            "Turkish troops crossed the border. Ankara said the operation was limited.",
            "Ankara",
            &[Canonical("Turkey"), By(Via::Capital)],
        ),
        e(
            "Iranian state media reported the launch. Tehran denied any role.",
            "Tehran",
            &[Canonical("Iran"), By(Via::Capital)],
        ),
        e(
            "Ukrainian forces advanced. Kyiv said 30 villages had been retaken.",
            "Kyiv",
            &[Canonical("Ukraine"), By(Via::Capital)],
        ),
        e(
            "Egypt hosted the talks. Cairo said a deal was close.",
            "Cairo",
            &[Canonical("Egypt"), By(Via::Capital)],
        ),
        // Titles the article links to a name.
        e(
            BRENNER,
            "minister",
            &[
                Canonical("Lukas Brenner"),
                By(Via::Description),
                Kind(Person),
            ],
        ),
        e(
            "Pavel Dusek, the finance minister, said the budget was final.",
            "the finance minister",
            &[Canonical("Pavel Dusek"), By(Via::Description)],
        ),
        e(
            "\"I will not resign,\" the mayor said. Mayor Tom Hale has faced calls to quit.",
            "mayor",
            &[Canonical("Tom Hale"), By(Via::Description)],
        ),
        e(
            "Marta Kovac, the country's justice minister, resigned. The justice minister denied wrongdoing.",
            "The justice minister",
            &[Canonical("Marta Kovac"), By(Via::Description)],
        ),
        // Pronouns and definite descriptions.
        e(MALI, "It", &[Canonical("France"), By(Via::Pronoun)]),
        e(
            MALI,
            "the country",
            &[Canonical("Mali"), By(Via::Description)],
        ),
        e(
            "Kenya's president, William Ruto, visited Nairobi. He signed a trade deal there.",
            "He",
            &[Canonical("William Ruto"), By(Via::Pronoun)],
        ),
        // A given name alone is the one person the article introduces with it; not when
        // two share it, nor for a name that reads as a team or a company.
        e(
            "Coach Dana Whitlow praised Milo Arkwright. Milo scored twice in the second half.",
            "Milo",
            &[
                Canonical("Milo Arkwright"),
                Kind(Person),
                By(Via::GivenName),
            ],
        ),
        e(
            "Milo Arkwright and Milo Fenwick both scored. Milo was injured in the second half.",
            "Milo",
            &[Canonical("Milo"), By(Via::Name)],
        ),
        e(
            "Lena Castell thanked the Castell campaign. Later, Lena said she was proud.",
            "Lena",
            &[Canonical("Lena Castell"), By(Via::GivenName)],
        ),
        e(
            "Harbor Wolves beat the Ravens. The Wolves won again on Sunday, and Harbor fans sang.",
            "Harbor",
            &[Canonical("Harbor")],
        ),
        e(
            "Fans cheered at Seaview Channel. A seaview view. Seaview was busy.",
            "Seaview",
            &[Canonical("Seaview")],
        ),
        // A country's name as the article's family name: "Frank Jordan said" makes
        // "Frank Jordan" a person where no verb marks it, and "Louis Jordan" his relative.
        e(
            "The last time Frank Jordan spoke with his son, Louis Jordan was at sea. Frank Jordan said he prayed.",
            "Frank Jordan",
            &[Canonical("Frank Jordan"), Kind(Person)],
        ),
        e(
            "Frank Jordan said he prayed. Louis Jordan, 37, sailed out in January.",
            "Louis Jordan",
            &[Canonical("Louis Jordan"), Kind(Person)],
        ),
        // A pronoun opening its sentence goes on about the last sentence's subject; after
        // a quotation it is never a name inside that quotation.
        e(
            "Rosa Delgado, a teacher, posted photos of Tariq Benn. She was not surprised.",
            "She",
            &[Canonical("Rosa Delgado"), By(Via::Pronoun)],
        ),
        e(
            "Rosa Delgado praised the class. \"That is the kind of person Tariq Benn is,\" she said.",
            "she",
            &[Canonical("Rosa Delgado"), By(Via::Pronoun)],
        ),
        // "It" goes on about a thing a sentence before names as a subject, not one inside
        // a phrase ("in the Northern League"); a sentence naming none keeps the topic.
        e(
            "Rovers beat the champions in the Northern League on Sunday. It was a famous night.",
            "It",
            &[Absent],
        ),
        e(
            "The Harbour Bridge reopened on Monday. Drivers cheered. It had been shut since May.",
            "It",
            &[Canonical("Harbour Bridge"), By(Via::Pronoun)],
        ),
        // "him" is never the subject of its own clause (Principle B).
        e(
            "Coach Ian Ruiz praised Tomas Varga. Varga was happy to give him the ball.",
            "him",
            &[Canonical("Ian Ruiz"), By(Via::Pronoun)],
        ),
        e(
            "Officer Dan Slager said that Tom Scott attacked him.",
            "him",
            &[Canonical("Dan Slager"), By(Via::Pronoun)],
        ),
        // A determiner opening a sentence is no part of a name: "Another Brennan fan" is
        // a fan, and "Brennan" stays Maya Brennan's surname.
        e(ANOTHER, "Another Brennan", &[Absent]),
        e(ANOTHER, "Brennan", &[Absent]),
        e(
            "Several Ortiz supporters waited outside. Ana Ortiz spoke at noon.",
            "Several Ortiz",
            &[Absent],
        ),
    ]
}

fn resolve_cases() -> Vec<ResolveCase> {
    const TEXT: &str = "President Karim al-Mansour met U.N. envoys in Moscow. His father Tariq al-Mansour ruled before him. Russian diplomats said Germany will not back the plan, its finance minister said. \"We cannot support this,\" Lukas Brenner told reporters.";
    vec![
        r(
            "Another Brennan fan queued for six hours. Maya Brennan thanked the fans on Sunday.",
            "brennan",
            Some("Maya Brennan"),
        ),
        r(TEXT, "mansour", Some("Karim al-Mansour")),
        r(TEXT, "karim al mansour", Some("Karim al-Mansour")),
        r(TEXT, "tariq al mansour", Some("Tariq al-Mansour")),
        r(TEXT, "un", Some("United Nations")),
        r(TEXT, "u.n.", Some("United Nations")),
        r(TEXT, "united nations", Some("United Nations")),
        r(TEXT, "moscow", Some("Russia")),
        r(TEXT, "russian", Some("Russia")),
        r(TEXT, "brenner", Some("Lukas Brenner")),
        r(TEXT, "minister", Some("Lukas Brenner")),
        r(TEXT, "germany", Some("Germany")),
        r(TEXT, "ostrowski", None),
    ]
}

fn quote_cases() -> Vec<QuoteCase> {
    use Qt::*;
    vec![
        // Speech verbs beyond "say": "concluded", "recalled", "joked".
        qt(
            "\"We will rebuild the pier,\" Ines Duarte concluded.",
            "rebuild",
            &[Speaker("Ines Duarte"), Verb("conclude")],
        ),
        qt(
            "\"It was pitch dark,\" Ana Ruiz recalled.",
            "pitch",
            &[Speaker("Ana Ruiz"), Verb("recall")],
        ),
        // A country before a group noun is no speaker by itself: the group is.
        qt(
            "\"The border stays shut,\" Polish officials said.",
            "border",
            &[Speaker("Poland officials"), Verb("say")],
        ),
        qt(
            "\"We were not warned,\" said Polish farmers near the border.",
            "warned",
            &[Speaker("Poland farmers")],
        ),
        qt(
            "\"We were not warned,\" a Czech diplomat told reporters.",
            "warned",
            &[Speaker("Czech Republic diplomat"), Outlet("reporters")],
        ),
        qt(
            "\"The border stays shut,\" Poland said.",
            "border",
            &[Speaker("Poland")],
        ),
        // Single marks, British style; apostrophes in and around words are no marks.
        qt(
            "Nadia Brook said: 'We will not sign the deal.'",
            "not sign",
            &[
                Speaker("Nadia Brook"),
                Verb("say"),
                Quoted("We will not sign the deal."),
            ],
        ),
        qt(
            "'The growers' union won't sign,' Nadia Brook told reporters.",
            "union",
            &[
                Speaker("Nadia Brook"),
                Quoted("The growers' union won't sign,"),
            ],
        ),
        qt(
            "\u{2018}We gave it our best,\u{2019} Nadia Brook said.",
            "our best",
            &[Speaker("Nadia Brook"), Quoted("We gave it our best,")],
        ),
        // A year, a plural's apostrophe, "rock 'n' roll" and a scare quote in running
        // text open no quotation.
        qt(
            "Fans of the '80s band saw the players' bus. They loved rock 'n' roll and called it 'wild'. \"It was loud,\" Nadia Brook said.",
            "loud",
            &[Count(1), Speaker("Nadia Brook")],
        ),
        // A nested quotation in the same marks cannot be paired: none is read.
        qt(
            "\"It hurt,\" Nadia Brook said. She said: 'He told me 'we are done' and left.'",
            "hurt",
            &[Count(1)],
        ),
        qt(
            "\"We will rebuild every home,\" Mayor Tom Hale told reporters on Monday.",
            "rebuild",
            &[
                Speaker("Tom Hale"),
                Verb("tell"),
                Outlet("reporters"),
                Quoted("We will rebuild every home,"),
            ],
        ),
        qt(
            "Jonas Eklund told Reuters news agency: \"We acted too late.\"",
            "too late",
            &[Speaker("Jonas Eklund"), Verb("tell"), Outlet("Reuters")],
        ),
        qt(
            "\"We were not consulted,\" Senator Rick Alvarez told CNN on Tuesday.",
            "consulted",
            &[Speaker("Rick Alvarez"), Verb("tell"), Outlet("CNN")],
        ),
        qt(
            "\"Prices will fall,\" Governor Lena Marsh told parliament. \"But not yet,\" Marsh said.",
            "Prices",
            &[Speaker("Lena Marsh"), Outlet("parliament")],
        ),
        qt(
            "\"Prices will fall,\" Governor Lena Marsh told parliament. \"But not yet,\" Marsh said.",
            "not yet",
            &[Speaker("Lena Marsh"), Verb("say")],
        ),
        qt(
            "Mayor Dana Whitlock said: \"The bridge will reopen in May.\"",
            "bridge",
            &[Speaker("Dana Whitlock"), Verb("say")],
        ),
        qt(
            "\"It is a dark day,\" said coach Amir Haddad.",
            "dark day",
            &[Speaker("Amir Haddad"), Verb("say")],
        ),
        qt(
            "\"We did nothing wrong,\" Tariq Benali insisted.",
            "nothing wrong",
            &[Speaker("Tariq Benali"), Verb("insist")],
        ),
        qt(
            "Police chief Omar Lindqvist warned: \"Anyone caught looting will be arrested.\"",
            "looting",
            &[Speaker("Omar Lindqvist"), Verb("warn"), Unclosed(false)],
        ),
        qt(
            "\u{201c}We are not leaving,\u{201d} Ines Calder told reporters.",
            "leaving",
            &[Speaker("Ines Calder"), Quoted("We are not leaving,")],
        ),
        qt(
            "Dr Maya Osei told a press conference: \"The outbreak is under control.\"",
            "outbreak",
            &[Speaker("Maya Osei"), Verb("tell")],
        ),
        qt(
            "Ruth Okonkwo, who chairs the committee, said: \"The report is damning.\"",
            "damning",
            &[Speaker("Ruth Okonkwo")],
        ),
        qt(
            "\"I will not resign,\" the mayor said. Mayor Tom Hale has faced calls to quit.",
            "resign",
            &[Speaker("Tom Hale"), Verb("say")],
        ),
        // A pronoun speaker after "X told Y" is X.
        qt(
            "Finance chief Marek Sobczak told Interfax the budget was final.\n\n\"There will be no new taxes,\" he said.",
            "taxes",
            &[Speaker("Marek Sobczak"), Verb("say")],
        ),
        qt(
            "Union leader Rosa Lindgren told Sky News the strike would go on. \"We are not backing down,\" she said.",
            "backing down",
            &[Speaker("Rosa Lindgren")],
        ),
        qt(
            "Judge Alma Reyes told the court the case would proceed. \"The evidence is clear,\" she said.",
            "evidence",
            &[Speaker("Alma Reyes")],
        ),
        qt(
            "\"The talks have collapsed,\" Anna Holm said. \"We regret it,\" she said.",
            "regret",
            &[Speaker("Anna Holm")],
        ),
        // A quotation with no speaker of its own opening the sentence after a speaker's
        // quotation goes on with that speaker; one with its own attribution keeps it.
        qt(
            "\"I had hoped to say nothing,\" Tomas Brekke wrote. \"My former partner is Ingrid Solberg.\"",
            "former partner",
            &[Speaker("Tomas Brekke"), Verb("write")],
        ),
        qt(
            "\"We will appeal,\" Anna Holm said. \"It is unfair,\" Omar Lindqvist said.",
            "unfair",
            &[Speaker("Omar Lindqvist")],
        ),
        qt(
            "\"We will appeal,\" Anna Holm said. The court sat late. \"It is unfair.\"",
            "unfair",
            &[NoSpeaker, Count(2)],
        ),
        // An unclosed quotation mark ends at its paragraph.
        qt(
            "Police chief Omar Lindqvist warned residents \"anyone caught looting will be arrested.\n\nThe curfew starts at 8pm. \"Stay indoors,\" said Lindqvist.",
            "looting",
            &[
                Unclosed(true),
                Quoted("anyone caught looting will be arrested."),
                Speaker("Omar Lindqvist"),
                Count(2),
            ],
        ),
        qt(
            "Police chief Omar Lindqvist warned residents \"anyone caught looting will be arrested.\n\nThe curfew starts at 8pm. \"Stay indoors,\" said Lindqvist.",
            "indoors",
            &[
                Unclosed(false),
                Quoted("Stay indoors,"),
                Speaker("Omar Lindqvist"),
            ],
        ),
        // A plural's apostrophe ("Wars' streaming") closes a single-quoted title when no
        // other mark in its sentence can: a mark sentences later does not.
        qt(
            "'Star Wars' streaming starts today, and \"Daredevil\" follows. The critics' verdict was kind.",
            "Daredevil",
            &[Quoted("Daredevil"), Count(2)],
        ),
        qt(
            "The minister said the plan was \"dead in the water.\n\nOpposition parties welcomed the news on Friday.",
            "water",
            &[Unclosed(true), Quoted("dead in the water."), Count(1)],
        ),
    ]
}

fn relation_cases() -> Vec<RelationCase> {
    use Modality::*;
    use R::*;
    vec![
        // An apposition or an age between the subject and its verb is set off, and a
        // subordinate clause ("after ...") has a subject of its own.
        rel(
            "Jonas Eklund, a spokesman for the port authority, said the berth was closed.",
            0,
            "Jonas Eklund",
            &[Predicate("say"), Object("berth was closed")],
        ),
        rel(
            "Jonas Eklund, 52, closed the berth on Monday.",
            0,
            "Jonas Eklund",
            &[Predicate("close"), Object("berth on Monday")],
        ),
        rel(
            "The union protested after Jonas Eklund, its chairman, blocked the ferry.",
            0,
            "Jonas Eklund",
            &[Predicate("block"), Object("ferry")],
        ),
        // A country before a group noun: the group is the subject, its verb after the noun;
        // a demonym before another noun is still no subject.
        rel(
            "U.S. officials rejected the proposal on Tuesday.",
            0,
            "United States officials",
            &[Predicate("reject"), Object("proposal on Tuesday")],
        ),
        rel(
            "Polish diplomats said the plan would fail.",
            0,
            "Poland diplomats",
            &[Predicate("say")],
        ),
        rel("Polish engineers built the bridge.", 0, "Poland", &[Absent]),
        // A plural demonym is a noun, a name is followed by its verb, and a hyphen joins
        // the name to another word: no group after any of them.
        rel(
            "Kenyans used social media to mourn the victims.",
            0,
            "Kenya",
            &[Predicate("use")],
        ),
        rel(
            "Councillor Fatima Rahimi will cut the ribbon at 10am.",
            0,
            "Fatima Rahimi",
            &[Predicate("cut"), Object("ribbon at 10am")],
        ),
        rel(
            "Cuba sends doctors to many countries.",
            0,
            "Cuba",
            &[Predicate("send"), Object("doctors to many countries")],
        ),
        rel(
            "Saudi-led coalition forces shelled the port.",
            0,
            "Saudi Arabia forces",
            &[Absent],
        ),
        // Subject, predicate, object.
        rel(
            "Austria rejected the proposal on Tuesday.",
            0,
            "Austria",
            &[
                Predicate("reject"),
                Object("proposal on Tuesday"),
                Negated(false),
                Time(&["tuesday"]),
            ],
        ),
        rel(
            "Nigeria has sent 500 troops to the border.",
            0,
            "Nigeria",
            &[Predicate("send"), Object("500 troops to the border")],
        ),
        rel(
            "Moscow keeps close ties with Damascus.",
            0,
            "Russia",
            &[Predicate("keep"), Object("close ties with Syria")],
        ),
        rel(
            "India and Pakistan signed a water treaty.",
            0,
            "India",
            &[Predicate("sign"), Object("water treaty")],
        ),
        rel(
            "India and Pakistan signed a water treaty.",
            0,
            "Pakistan",
            &[Predicate("sign"), Object("water treaty")],
        ),
        rel(
            "Prime Minister Elena Varga announced the budget. Varga said taxes would not rise.",
            1,
            "Elena Varga",
            &[Predicate("say"), Negated(false)],
        ),
        rel(
            "Turkish troops crossed the border. Ankara said the operation was limited.",
            1,
            "Turkey",
            &[Predicate("say"), Object("operation was limited")],
        ),
        rel(
            "Japan opposed the measure, but South Korea supported it.",
            0,
            "South Korea",
            &[Predicate("support"), Negated(false)],
        ),
        // Negation.
        rel(
            "Britain will not back the resolution.",
            0,
            "United Kingdom",
            &[
                Predicate("back"),
                Object("resolution"),
                Negated(true),
                Mode(Future),
            ],
        ),
        rel(
            "Poland refused to sign the accord.",
            0,
            "Poland",
            &[Predicate("sign"), Object("accord"), Negated(true)],
        ),
        rel(
            "Hungary declined to comment.",
            0,
            "Hungary",
            &[Predicate("comment"), Negated(true)],
        ),
        rel(
            "Spain has not yet set a date for the vote.",
            0,
            "Spain",
            &[Predicate("set"), Object("date for the vote"), Negated(true)],
        ),
        rel(
            "Finland has yet to ratify the treaty.",
            0,
            "Finland",
            &[Negated(true), Object("treaty")],
        ),
        rel(
            "Argentina never paid the debt.",
            0,
            "Argentina",
            &[Predicate("pay"), Negated(true)],
        ),
        rel(
            "Ireland did not attend the summit on Friday.",
            0,
            "Ireland",
            &[Predicate("attend"), Negated(true), Time(&["friday"])],
        ),
        rel(
            "Serbia won't recognise the ruling.",
            0,
            "Serbia",
            &[Negated(true), Mode(Future), Object("ruling")],
        ),
        rel(
            "Croatia doesn't plan to leave the bloc.",
            0,
            "Croatia",
            &[Predicate("plan"), Negated(true)],
        ),
        rel(
            "Norway tabled a draft on Monday. It cannot be supported, Britain said.",
            1,
            "United Kingdom",
            &[Predicate("say"), Negated(false)],
        ),
        // Modality.
        rel(
            "Canada will send more troops.",
            0,
            "Canada",
            &[
                Predicate("send"),
                Object("more troops"),
                Mode(Future),
                Negated(false),
            ],
        ),
        rel(
            "Brazil may delay the launch.",
            0,
            "Brazil",
            &[Predicate("delay"), Mode(Possibility)],
        ),
        rel(
            "Mexico could join the talks.",
            0,
            "Mexico",
            &[Predicate("join"), Mode(Possibility)],
        ),
        rel(
            "Italy should cut spending, the IMF said.",
            0,
            "Italy",
            &[Predicate("cut"), Object("spending"), Mode(Obligation)],
        ),
        rel(
            "Greece must repay the loan by June.",
            0,
            "Greece",
            &[Predicate("repay"), Mode(Obligation), Time(&["june"])],
        ),
        rel(
            "Portugal would raise taxes if the deficit grew.",
            0,
            "Portugal",
            &[Mode(Conditional)],
        ),
        // Pronouns and definite descriptions resolved.
        rel(
            "Moscow keeps close ties with Damascus. It has an air base in the country.",
            1,
            "Russia",
            &[Predicate("have"), Object("air base in Syria")],
        ),
        rel(
            "France backs the government in Mali. It has a military base in the country.",
            1,
            "France",
            &[Predicate("have"), Object("military base in Mali")],
        ),
        rel(
            "Kenya's president, William Ruto, visited Nairobi. He signed a trade deal there.",
            1,
            "William Ruto",
            &[Predicate("sign"), Object("trade deal there")],
        ),
        rel(
            "Tokyo said on Thursday it would help.",
            0,
            "Japan",
            &[Predicate("say"), Time(&["thursday"])],
        ),
        rel(
            "Finance chief Marek Sobczak told Interfax the budget was final. He said taxes would not rise.",
            1,
            "Marek Sobczak",
            &[Predicate("say")],
        ),
    ]
}

fn polarity_cases() -> Vec<PolarityCase> {
    use Modality::*;
    use P::*;
    vec![
        p(
            "The draft cannot be supported by Washington.",
            &[Negated(true), Scope("supported")],
        ),
        p(
            "A date for the vote has not yet been set.",
            &[Negated(true), Scope("set")],
        ),
        p(
            "Officials refused to confirm the figure.",
            &[Negated(true), Scope("confirm")],
        ),
        p(
            "The ministry will not back the scheme.",
            &[Negated(true), Scope("back"), Mode(Some(Future))],
        ),
        p(
            "Not only Chile but Peru signed the pact.",
            &[Negated(false)],
        ),
        p("No one was hurt in the blast.", &[Negated(false)]),
        p("Will the deal survive?", &[Mode(Some(Question))]),
        p(
            "Ministers should publish the report.",
            &[Mode(Some(Obligation)), Negated(false)],
        ),
        p(
            "The bridge may reopen in spring.",
            &[Mode(Some(Possibility))],
        ),
        p("Officials signed the deal.", &[Mode(None), Negated(false)]),
        p(
            "It is unclear whether the vote will proceed.",
            &[Mode(Some(Question))],
        ),
        p(
            "If the talks fail, sanctions will follow.",
            &[Mode(Some(Conditional))],
        ),
    ]
}

const MARKDOWN: &str = "# Floods hit Varnholm\n\n*By Staff Reporter*\n\nMore than **1,200 homes** were flooded in [Varnholm](https://example.com/varnholm) on Sunday.\n\n- Mayor Dana Whitlock said 300 people were evacuated.\n- The river rose 3 metres.\n\n> \"We have never seen anything like it,\" Whitlock told reporters.\n";

const HTML: &str = "<!DOCTYPE html>\n<html><head><title>Storm</title><style>p { color: red; } .x { width: 500px; }</style>\n<script>var count = 9000; trackPageView(\"home\");</script></head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li>World</li><li>Top 10 stories</li></ul></nav>\n<article>\n<h1>Storm leaves 40,000 without power</h1>\n<p>About <b>40,000</b> homes lost power in Calverton on Tuesday, officials said.</p>\n<p>Engineers restored supply to 12,500 homes by 6pm &amp; more were expected to follow.</p>\n</article>\n<section class=\"comments\"><h2>Comments</h2><p>I lost power for 3 days!</p></section>\n<footer>&copy; 2024 Example News. 700 staff.</footer>\n</body></html>\n";

const PLAIN_CRLF: &str = "\u{feff}Dam breach floods valley\r\n\r\nAt least 40 people died when the Orlen dam burst on Saturday, police said.\r\n";

fn source_cases() -> Vec<SourceCase> {
    use Format::*;
    use S::*;
    vec![
        // Markdown: markup dropped, spans in the file.
        s(MARKDOWN, Markdown, Title("Floods hit Varnholm")),
        s(
            MARKDOWN,
            Markdown,
            Kept("More than 1,200 homes were flooded in Varnholm on Sunday."),
        ),
        s(MARKDOWN, Markdown, Dropped("https://example.com")),
        s(MARKDOWN, Markdown, Dropped("](https")),
        s(
            MARKDOWN,
            Markdown,
            At {
                kind: "time",
                text: "Sunday",
                nth: 1,
                line: 5,
                column: 87,
            },
        ),
        s(
            MARKDOWN,
            Markdown,
            At {
                kind: "entity",
                text: "Dana Whitlock",
                nth: 1,
                line: 7,
                column: 9,
            },
        ),
        s(
            MARKDOWN,
            Markdown,
            At {
                kind: "quantity",
                text: "3 metres",
                nth: 1,
                line: 8,
                column: 18,
            },
        ),
        s(
            MARKDOWN,
            Markdown,
            At {
                kind: "quote",
                text: "\"We have never seen anything like it,\"",
                nth: 1,
                line: 10,
                column: 3,
            },
        ),
        s(MARKDOWN, Markdown, SpansSliceTheFile),
        // HTML: the article body is kept; scripts, styles, navigation, comments dropped.
        s(
            HTML,
            Html,
            Kept(
                "Engineers restored supply to 12,500 homes by 6pm & more were expected to follow.",
            ),
        ),
        s(HTML, Html, Dropped("trackPageView")),
        s(HTML, Html, Dropped("color: red")),
        s(HTML, Html, Dropped("Top 10 stories")),
        s(HTML, Html, Dropped("I lost power")),
        s(HTML, Html, NoFigure(9000.0)),
        s(HTML, Html, NoFigure(3.0)),
        s(HTML, Html, NoFigure(700.0)),
        s(HTML, Html, Title("Storm leaves 40,000 without power")),
        s(
            HTML,
            Html,
            At {
                kind: "quantity",
                text: "12,500",
                nth: 1,
                line: 9,
                column: 33,
            },
        ),
        s(
            HTML,
            Html,
            At {
                kind: "time",
                text: "Tuesday",
                nth: 1,
                line: 8,
                column: 57,
            },
        ),
        s(
            HTML,
            Html,
            At {
                kind: "entity",
                text: "Calverton",
                nth: 1,
                line: 8,
                column: 44,
            },
        ),
        s(HTML, Html, SpansSliceTheFile),
        // Plain text with a byte-order mark and CRLF line ends.
        s(
            PLAIN_CRLF,
            Text,
            At {
                kind: "quantity",
                text: "At least 40",
                nth: 1,
                line: 3,
                column: 1,
            },
        ),
        s(
            PLAIN_CRLF,
            Text,
            At {
                kind: "time",
                text: "Saturday",
                nth: 1,
                line: 3,
                column: 53,
            },
        ),
        s(PLAIN_CRLF, Text, SpansSliceTheFile),
    ]
}

// ---------------------------------------------------------------------------------------
// Engine gaps: the right reading, which the engine does not give yet. Not asserted; only
// the ignored test `engine_gaps` runs them. Most important first within each kind.
// ---------------------------------------------------------------------------------------

fn quote_gaps() -> Vec<QuoteCase> {
    use Qt::*;
    vec![
        // engine gap: single marks inside running text (a scare quote or a fragment) are
        // not read: no quote.
        qt(
            "The minister called the plan 'a betrayal of voters' on Monday.",
            "betrayal",
            &[Quoted("a betrayal of voters")],
        ),
        // engine gap: "she said" after "X told Y" goes to Y when Y is an unknown outlet
        // (speaker "Radio Meridian", which is also taken for a person).
        qt(
            "Clara Ramos told Radio Meridian that the border would stay shut.\n\n\"We have no choice,\" she said.",
            "no choice",
            &[Speaker("Clara Ramos"), Verb("say")],
        ),
        // engine gap: a speaker named in apposition after a description gets no speaker,
        // verb or outlet.
        qt(
            "\"We are not leaving,\" the protesters' leader, Ines Calder, told reporters.",
            "leaving",
            &[Speaker("Ines Calder"), Verb("tell")],
        ),
        // engine gap: "added" is not read as a reporting verb: no speaker, no verb.
        qt(
            "\"The talks have collapsed,\" Anna Holm said. \"We regret it,\" she added.",
            "regret",
            &[Speaker("Anna Holm"), Verb("add")],
        ),
        qt(
            "Clara Ramos added that the plan was \"unworkable and unfair\".",
            "unworkable",
            &[Speaker("Clara Ramos"), Verb("add")],
        ),
        // engine gap: a title the lexicon lacks ("Health Minister") stays in the speaker's
        // name: speaker "Health Minister Jonas Eklund".
        qt(
            "Health Minister Jonas Eklund told Reuters: \"We acted too late.\"",
            "too late",
            &[Speaker("Jonas Eklund")],
        ),
        // engine gap: an outlet after "the" is not read: outlet None.
        qt(
            "\"We acted too late,\" Jonas Eklund told the Nordic Times newspaper.",
            "too late",
            &[Outlet("Nordic Times")],
        ),
        // engine gap: "in an interview with X" gives no outlet.
        qt(
            "Tariq Benali said in an interview with Reuters: \"We will appeal.\"",
            "appeal",
            &[Speaker("Tariq Benali"), Outlet("Reuters")],
        ),
        // engine gap: an audience after "told a" is not read: outlet None.
        qt(
            "Dr Maya Osei told a press conference: \"The outbreak is under control.\"",
            "outbreak",
            &[Outlet("press conference")],
        ),
    ]
}

fn relation_gaps() -> Vec<RelationCase> {
    use Modality::*;
    use R::*;
    vec![
        // engine gap: a subject after "The" opens no clause: no relation at all.
        rel(
            "The U.N. called for a ceasefire.",
            0,
            "United Nations",
            &[Predicate("call"), Object("for ceasefire")],
        ),
        rel(
            "The IMF cut its forecast for Italy.",
            0,
            "International Monetary Fund",
            &[Predicate("cut")],
        ),
        rel(
            "The EU and NATO condemned the attack.",
            0,
            "European Union",
            &[Predicate("condemn"), Object("attack")],
        ),
        // engine gap: a question or "whether" clause gives no relation (subject after
        // "Will" / "whether").
        rel(
            "Will Sweden join the alliance?",
            0,
            "Sweden",
            &[Predicate("join"), Mode(Question)],
        ),
        rel(
            "It is unclear whether Denmark will sign the pact.",
            0,
            "Denmark",
            &[Predicate("sign"), Mode(Question)],
        ),
        // engine gap: a conditional clause before the main clause is not read: modality
        // future.
        rel(
            "If Chile wins, Peru will appeal.",
            0,
            "Peru",
            &[Predicate("appeal"), Mode(Conditional)],
        ),
        // engine gap: "it" after a country is taken for the country, though it is the
        // draft: relation Norway | support | negated.
        rel(
            "Norway tabled a draft on Monday. It cannot be supported, Britain said.",
            1,
            "Norway",
            &[Absent],
        ),
        // engine gap: an object pronoun resolves to the clause's own subject: object
        // "South Korea".
        rel(
            "Japan opposed the measure, but South Korea supported it.",
            0,
            "South Korea",
            &[Object("measure")],
        ),
        // engine gap: an adverb before the verb is taken for the predicate ("later",
        // "long"), the verb goes into the object, and "it" resolves to the subject.
        rel(
            "Moscow and Paris later issued a joint statement.",
            0,
            "Russia",
            &[Object("joint statement")],
        ),
        rel(
            "France has long backed the government in Mali.",
            0,
            "France",
            &[Object("government in Mali")],
        ),
        rel(
            "Vietnam, which had resisted the plan, later endorsed it.",
            0,
            "Vietnam",
            &[Object("plan")],
        ),
        // engine gap: "the company" is not resolved: no relation.
        rel(
            "Kestrel Corp bought a mine in Peru. The company plans to expand it.",
            1,
            "Kestrel Corp",
            &[Predicate("plan")],
        ),
        // engine gap: the predicate is a Snowball stem, not the lemma the field documents
        // ("deni", "welcom", "agre", "leav").
        rel("Tehran denied any role.", 0, "Iran", &[Predicate("deny")]),
        rel(
            "Beijing welcomed the figures.",
            0,
            "China",
            &[Predicate("welcome")],
        ),
        rel(
            "Kestrel Energy agreed a takeover of its rival.",
            0,
            "Kestrel Energy",
            &[Predicate("agree")],
        ),
        rel(
            "Omar Lindqvist left Oslo on Friday.",
            0,
            "Omar Lindqvist",
            &[Predicate("leave")],
        ),
        // engine gap: a subject in apposition ("Kenya's president, William Ruto,") opens no
        // clause: no relation.
        rel(
            "Kenya's president, William Ruto, visited the port.",
            0,
            "William Ruto",
            &[Predicate("visit"), Object("port")],
        ),
        // engine gap: the object is rendered token by token: "$ 4.5 bn takeover …".
        rel(
            "Kestrel Energy agreed a $4.5bn takeover of its rival.",
            0,
            "Kestrel Energy",
            &[Object("$4.5bn takeover of its rival")],
        ),
    ]
}

fn entity_gaps() -> Vec<EntityCase> {
    use E::*;
    use EntityKind::*;
    vec![
        // engine gap: a capital alone stays its country even after a person introduced
        // with it as surname: "Paris" → France.
        e(
            "Jonah Paris chaired the jury. Paris said the vote was unanimous.",
            "Paris",
            &[Canonical("Jonah Paris")],
        ),
        // engine gap: a given name and a capital with no title, role noun or reporting
        // verb beside them are a name of kind other (it may be a club named after its
        // city), not a person.
        e(
            "Ruud Lima scored twice on Sunday.",
            "Ruud Lima",
            &[Kind(Person)],
        ),
        // engine gap: a first name that is also a capital is taken for the country:
        // "Sofia" → Bulgaria, "Petrova" alone.
        e(
            "Opposition leader Sofia Petrova won the vote in Varna.",
            "Sofia Petrova",
            &[Canonical("Sofia Petrova"), Kind(Person)],
        ),
        // engine gap: a title the lexicon lacks stays in the name: mention "Interior
        // Minister Clara Ramos", canonical the same.
        e(
            "Interior Minister Clara Ramos met the envoys.",
            "Clara Ramos",
            &[Canonical("Clara Ramos"), Title("Interior Minister")],
        ),
        e(
            "Finance Minister Pavel Dusek said the budget was final.",
            "Pavel Dusek",
            &[Canonical("Pavel Dusek"), Title("Finance Minister")],
        ),
        // engine gap: "justice minister" is split: "justice" becomes a title of its own
        // and an alias of the person.
        e(
            "Marta Kovac, the country's justice minister, resigned.",
            "justice",
            &[Absent],
        ),
        // engine gap: companies and broadcasters are taken for people.
        e(
            "Kestrel Energy said profits rose.",
            "Kestrel Energy",
            &[Kind(Organisation)],
        ),
        e(
            "Clara Ramos told Radio Meridian that the border would stay shut.",
            "Radio Meridian",
            &[Kind(Organisation)],
        ),
        // engine gap: a one-word name opening a sentence is not a mention.
        e("Petrova, 44, won the vote.", "Petrova", &[Kind(Person)]),
        e(
            "Lagos is the largest city in Nigeria.",
            "Lagos",
            &[Kind(Place)],
        ),
        // engine gap: a capitalised common noun opening a sentence is taken for a name.
        e(
            "Officials said 2.5 million doses had been delivered.",
            "Officials",
            &[Absent],
        ),
    ]
}

fn resolve_gaps() -> Vec<ResolveCase> {
    vec![
        // engine gap: the alias table has "minister", not the title the article uses.
        r(
            "Germany will not back the plan, its finance minister said. \"We cannot support this,\" Lukas Brenner told reporters.",
            "finance minister",
            Some("Lukas Brenner"),
        ),
        r(
            "Pavel Dusek, the finance minister, said the budget was final.",
            "finance minister",
            Some("Pavel Dusek"),
        ),
        // engine gap: "justice" alone resolves to the justice minister.
        r(
            "Marta Kovac, the country's justice minister, resigned.",
            "justice",
            None,
        ),
        // engine gap: a hyphenated name is keyed without its hyphen ("karim al mansour"),
        // so the phrase as written finds nothing.
        r(
            "President Karim al-Mansour addressed parliament.",
            "karim al-mansour",
            Some("Karim al-Mansour"),
        ),
    ]
}

fn quantity_gaps() -> Vec<QuantityCase> {
    use Q::*;
    use Qualifier::*;
    vec![
        // engine gap: a figure takes the first time of the sentence, not the one of its
        // own phrase: anchor "tuesday", "last year".
        q(
            "The rally drew 3,000 people on Tuesday after 12 arrests on Monday.",
            "12",
            &[Value(12.0), Counted("arrests"), Anchor("monday")],
        ),
        q(
            "The plant cut 400 jobs last year and 250 this year.",
            "250",
            &[Value(250.0), Anchor("this year")],
        ),
        // engine gap: a day of the month after an abbreviated month ("Jan.") is a count.
        q("The factory reopened on Jan. 15, 2023.", "15", &[NotACount]),
        // engine gap: "magnitude" before the figure is not its unit: unit None.
        q(
            "A magnitude 7.8 earthquake struck off the coast of Tarsova.",
            "7.8",
            &[Value(7.8), Unit("magnitude")],
        ),
        // engine gap: the counted noun is the first word after the figure, even a
        // modifier or a time word: "board", "last", "overnight".
        q(
            "Seventeen of the 30 board members voted to remove the chairman.",
            "Seventeen",
            &[Value(17.0), OfTotal(30.0), Counted("members")],
        ),
        q(
            "Exports fell 4% last month.",
            "4",
            &[Value(4.0), Unit("percent"), NoCounted, Anchor("last month")],
        ),
        q(
            "The river rose 11½ feet overnight.",
            "11",
            &[Value(11.5), Unit("foot"), NoCounted],
        ),
        // engine gap: a tally written "312 votes to 290" is two unrelated figures.
        q(
            "The amendment was carried by 312 votes to 290.",
            "312",
            &[Range(312.0, 290.0), Span("312 votes to 290")],
        ),
        // engine gap: "a couple of hundred" is read as 2–3 "hundred".
        q(
            "A couple of hundred people gathered outside.",
            "couple",
            &[Range(200.0, 300.0), Qual(Vague), Counted("people")],
        ),
        // engine gap: a year does not anchor a figure (only days, dates and relative
        // times do): anchor None.
        q(
            "In 2020, about 700 nurses left the service.",
            "700",
            &[Value(700.0), Anchor("2020")],
        ),
    ]
}

fn time_gaps() -> Vec<TimeCase> {
    use TimeKind::*;
    vec![
        // engine gap: an abbreviated month with a stop breaks the date: month "january",
        // the figure 15, year 2023.
        t(
            "The factory reopened on Jan. 15, 2023.",
            &[(Date, "2023-01-15", "Jan. 15, 2023")],
        ),
    ]
}

// ---------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------

#[test]
fn quantities_in_every_form() {
    let rows = quantity_cases();
    let failed = failures(
        "quantity",
        &rows,
        |c| format!("{:?} at {:?}", c.sentence, c.at),
        check_quantity,
    );
    assert_all("quantity", failed, rows.len());
}

#[test]
fn times_of_every_kind() {
    let rows = time_cases();
    let failed = failures("time", &rows, |c| format!("{:?}", c.sentence), check_time);
    assert_all("time", failed, rows.len());
}

#[test]
fn entities_and_their_aliases() {
    let rows = entity_cases();
    let mut failed = failures(
        "entity",
        &rows,
        |c| format!("{:?} at {:?}", c.text, c.at),
        check_entity,
    );
    let lookups = resolve_cases();
    failed.extend(failures(
        "entity lookup",
        &lookups,
        |c| format!("{:?}", c.phrase),
        check_resolve,
    ));
    assert_all("entity", failed, rows.len() + lookups.len());
}

#[test]
fn quotes_with_their_speakers() {
    let rows = quote_cases();
    let failed = failures(
        "quote",
        &rows,
        |c| format!("{:?} at {:?}", c.text, c.at),
        check_quote,
    );
    assert_all("quote", failed, rows.len());
}

#[test]
fn relations_with_polarity_and_modality() {
    let rows = relation_cases();
    let mut failed = failures(
        "relation",
        &rows,
        |c| {
            format!(
                "{:?} sentence {} subject {:?}",
                c.text, c.sentence, c.subject
            )
        },
        check_relation,
    );
    let clauses = polarity_cases();
    failed.extend(failures(
        "polarity",
        &clauses,
        |c| format!("{:?}", c.sentence),
        check_polarity,
    ));
    assert_all("relation", failed, rows.len() + clauses.len());
}

#[test]
fn sources_map_back_to_the_file() {
    let rows = source_cases();
    let failed = failures(
        "source",
        &rows,
        |c| format!("{:?} {:?}", c.format, c.want),
        check_source,
    );
    assert_all("source", failed, rows.len());
}

/// The number of cases per kind; issue 3 asks for at least 150 across kinds.
#[test]
fn case_count() {
    let counts = [
        ("quantity", quantity_cases().len()),
        ("time", time_cases().len()),
        ("entity", entity_cases().len() + resolve_cases().len()),
        ("quote", quote_cases().len()),
        ("relation", relation_cases().len() + polarity_cases().len()),
        ("source", source_cases().len()),
    ];
    let total: usize = counts.iter().map(|c| c.1).sum();
    for (kind, n) in counts {
        println!("{kind:>9}: {n}");
    }
    println!("{:>9}: {total}", "total");
    assert!(total >= 170, "only {total} cases");
    for (kind, n) in counts {
        assert!(n >= 10, "only {n} {kind} cases");
    }
}

/// The engine gaps above, for the lead: fails while any gap is open, and lists them.
#[test]
#[ignore = "engine gaps: rows the engine does not read yet"]
fn engine_gaps() {
    let mut open = Vec::new();
    open.extend(failures(
        "quote",
        &quote_gaps(),
        |c| format!("{:?}", c.text),
        check_quote,
    ));
    open.extend(failures(
        "relation",
        &relation_gaps(),
        |c| format!("{:?} subject {:?}", c.text, c.subject),
        check_relation,
    ));
    open.extend(failures(
        "entity",
        &entity_gaps(),
        |c| format!("{:?} at {:?}", c.text, c.at),
        check_entity,
    ));
    open.extend(failures(
        "entity lookup",
        &resolve_gaps(),
        |c| format!("{:?}", c.phrase),
        check_resolve,
    ));
    open.extend(failures(
        "quantity",
        &quantity_gaps(),
        |c| format!("{:?} at {:?}", c.sentence, c.at),
        check_quantity,
    ));
    open.extend(failures(
        "time",
        &time_gaps(),
        |c| format!("{:?}", c.sentence),
        check_time,
    ));
    let total = quote_gaps().len()
        + relation_gaps().len()
        + entity_gaps().len()
        + resolve_gaps().len()
        + quantity_gaps().len()
        + time_gaps().len();
    println!("engine gaps: {total} rows, {} still open", open.len());
    assert!(open.is_empty(), "open engine gaps:\n{}", open.join("\n"));
}
