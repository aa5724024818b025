//! Relations: who does what to whom, with polarity and modality, read off each clause
//! that opens with a named or resolved subject.
//!
//! ```
//! use factcheck::source::{Format, Source};
//! use factcheck::extract::Document;
//! let text = "Moscow backs Damascus. It has a naval base in the country.";
//! let doc = Document::analyse(Source::from_text("a.txt", text.into(), Format::Text));
//! let r = &doc.sentences[1].relations[0];
//! assert_eq!((r.subject.as_str(), r.predicate.as_str()), ("Russia", "have"));
//! assert_eq!(r.object, "naval base in Syria");
//! ```

use serde::Serialize;

use super::SentenceFacts;
use super::entity::{EntityKind, Mention, Via};
use crate::lexicon::Modality;
use crate::text::{Token, TokenKind};

/// Subject, predicate and object of one clause.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Relation {
    /// The subject, by canonical name.
    pub subject: String,
    /// The predicate's lemma ("back", "have").
    pub predicate: String,
    /// The object, with names resolved ("naval base in Syria").
    pub object: String,
    /// Whether the clause is negated ("will not back", "refused to").
    pub negated: bool,
    /// Modality of the clause.
    pub modality: Modality,
    /// Time expressions of the sentence that anchor the relation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub time: Vec<String>,
    /// Byte span in the cleaned text.
    #[serde(skip)]
    pub start: usize,
    /// Byte span end in the cleaned text.
    #[serde(skip)]
    pub end: usize,
}

/// Finite forms of "be" and "have" ("is", "has"): a predicate opens with one.
pub(crate) fn is_finite_be_have(word: &str) -> bool {
    matches!(word, "is" | "are" | "was" | "were" | "has" | "have" | "had")
}

/// Modal verbs that open a predicate ("will", "must").
pub(crate) fn is_modal_verb(word: &str) -> bool {
    matches!(
        word,
        "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should"
    )
}

/// Words between a subject and its verb that are not the verb.
fn is_auxiliary(t: &Token) -> bool {
    is_finite_be_have(&t.norm)
        || matches!(
            t.norm.as_str(),
            "be" | "been"
                | "being"
                | "do"
                | "does"
                | "did"
                | "to"
                | "yet"
                | "still"
                | "also"
                | "already"
                | "just"
                | "now"
                | "repeatedly"
                | "reportedly"
                | "allegedly"
                | "then"
                | "which"
                | "later"
                | "long"
                | "again"
                | "once"
                | "soon"
                | "earlier"
                | "recently"
                | "never"
                | "today"
                | "yesterday"
                | "tonight"
                | "tomorrow"
        )
        || t.is_negation()
        || t.modality().is_some()
        || (t.norm.ends_with("ly") && t.norm.len() > 4)
}

fn lemma(t: &Token) -> String {
    if t.is_reporting_verb() && t.stem == "said" {
        return "say".to_string();
    }
    match t.norm.as_str() {
        "has" | "have" | "had" => "have".to_string(),
        "is" | "are" | "was" | "were" | "been" => "be".to_string(),
        _ => t.stem.as_str().to_owned(),
    }
}

/// Whether the mention stands in apposition to a short description opening the sentence
/// ("The landlord, Oskar Lindqvist, …"): a determiner, then a few lower-case words, then a
/// comma right before the mention.
fn opens_with_description(tokens: &[Token], mention: &Mention) -> bool {
    const MAX_WORDS: usize = 5;
    let start = mention.tokens.0;
    if !(3..=MAX_WORDS + 1).contains(&start) || tokens[start - 1].norm != "," {
        return false;
    }
    let description = &tokens[..start - 1];
    matches!(
        description[0].norm.as_str(),
        "the" | "a" | "an" | "its" | "his" | "her" | "their"
    ) && description[1..]
        .iter()
        .all(|t| t.kind == TokenKind::Word && !t.capitalized && !t.is_stopword())
}

/// Whether the lower-case words from `k` are a role before a person's name ("winger
/// Kallum Watkins", "chief officer Mara Lind", "star Joss Penn"): nouns, not a verb.
fn names_a_role(tokens: &[Token], k: usize, mentions: &[Mention]) -> bool {
    (k..tokens.len())
        .take(3)
        .take_while(|&j| {
            let t = &tokens[j];
            t.kind == TokenKind::Word && !t.capitalized && !t.is_stopword()
        })
        .any(|j| {
            tokens[j].is_role()
                && mentions
                    .iter()
                    .any(|m| m.tokens.0 == j + 1 && m.entity_kind == EntityKind::Person)
        })
}

/// Whether a person's name follows a role that opens its clause ("Leeds Rhinos winger
/// Kallum Watkins does …", "TV star Joss Penn said"): the role and the words before it,
/// back to the clause's start, are the name's title, and the name is the subject.
fn after_opening_role(tokens: &[Token], m: &Mention) -> bool {
    let start = m.tokens.0;
    // A capitalised role is part of a name ("Winger Dara Quint" in a headline), except
    // the one that opens the sentence, which the name leaves out ("Councillor Fatima
    // Rahimi will cut ...": entity.rs).
    if start == 0 || !tokens[start - 1].is_role() || tokens[start - 1].capitalized && start > 1 {
        return false;
    }
    let mut lower = 0;
    for t in tokens[..start - 1].iter().rev() {
        if is_clause_boundary(&t.norm) {
            return true;
        }
        if t.kind != TokenKind::Word && t.norm != "." && t.norm != "-" {
            return false;
        }
        if t.kind == TokenKind::Word && !t.capitalized && t.norm != "'s" {
            // "the club signed winger …": a verb or article before the role is no title.
            lower += 1;
            if lower > 2 || t.is_stopword() && t.norm != "the" || t.norm.ends_with("ed") {
                return false;
            }
        }
    }
    true
}

/// Whether most longer words of a sentence are capitalised (a headline: "Russia Says
/// Won't Back …"), where a capital does not mark a name.
fn title_cased(tokens: &[Token]) -> bool {
    let (words, capitals) = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.norm.len() > 3)
        .fold((0, 0), |(w, c), t| (w + 1, c + usize::from(t.capitalized)));
    capitals * 10 >= words * 7
}

/// Tokens after which a new clause may start with its subject.
fn is_clause_boundary(norm: &str) -> bool {
    matches!(
        norm,
        "," | "and" | "but" | "which" | "that" | "\"" | "“" | "”" | ";" | "while" | "as"
    ) || SUBORDINATORS.contains(&norm)
}

/// Conjunctions that open a subordinate clause with a subject of its own ("after Lee, its
/// chairman, blocked the ferry").
pub(crate) const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "because", "although", "though", "since", "until", "if", "unless",
    "whereas",
];

/// Whether a word ends the noun phrase before it and begins the predicate: a reporting
/// verb or a finite auxiliary ("US military says", "city officials have").
fn begins_predicate(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && (t.is_reporting_verb() && !t.is_stopword() && t.norm.ends_with('s')
            || matches!(t.norm.as_str(), "said" | "says" | "told")
            || is_finite_be_have(&t.norm)
            || is_modal_verb(&t.norm))
}

/// Relations of a sentence: one per subject mention that opens a clause.
pub fn relations(text: &str, tokens: &[Token], facts: &SentenceFacts) -> Vec<Relation> {
    let mut out = Vec::new();
    let clause_starts: Vec<&Mention> = facts
        .mentions
        .iter()
        .filter(|m| {
            let is_possessive = m.via == Via::Pronoun
                && matches!(
                    tokens[m.tokens.0].norm.as_str(),
                    "its" | "his" | "her" | "their"
                );
            // "Arab nations", "Russian engineers": a name used as a modifier is no subject
            // (but "Russian officials" are: `group_subject`).
            let modifier = (matches!(m.via, Via::Demonym) || m.entity_kind == EntityKind::Other)
                && group_subject(tokens, m).is_none();
            // "Harrowgate beat Bradford City": an irregular past form between two names
            // ("beat", "won"; `irregular.txt`) is the first one's verb, where "UT colleague
            // James Pennebaker" is a description.
            let verb_between = |t: &Token| {
                crate::text::is_irregular_form(&t.norm)
                    && facts
                        .mentions
                        .iter()
                        .any(|n| n.tokens.0 == m.tokens.1 + 1 && n.entity_kind != EntityKind::Place)
            };
            let modifies = modifier
                && tokens.get(m.tokens.1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && !t.capitalized
                        && !t.is_stopword()
                        && !t.norm.ends_with("ed")
                        && !verb_between(t)
                });
            // A possessive before a description is part of it: "its deputy foreign minister".
            let mut start = m.tokens.0;
            if start > 0
                && matches!(
                    tokens[start - 1].norm.as_str(),
                    "its" | "his" | "her" | "their"
                )
                && m.via == Via::Description
            {
                start -= 1;
            }
            // "The U.N. called for …": a sentence-opening article belongs to the subject.
            if start == 1 && tokens[0].norm == "the" {
                start = 0;
            }
            let prev = start.checked_sub(1).map(|p| tokens[p].norm.as_str());
            // "Lee, director general of the institute, said": a bare role noun set off
            // by commas is an apposition, not a clause's subject.
            let apposition = m.via == Via::Description
                && prev == Some(",")
                && !tokens[start].capitalized
                && !matches!(
                    tokens[start].norm.as_str(),
                    "the" | "a" | "an" | "this" | "that" | "its" | "his" | "her" | "their"
                );
            !is_possessive
                && !modifies
                && !apposition
                && (prev.is_none_or(is_clause_boundary)
                    || m.entity_kind == EntityKind::Person && after_opening_role(tokens, m))
        })
        .collect();
    let headline = std::cell::OnceCell::new();
    for subject in clause_starts {
        let mut k = subject.tokens.1;
        // "U.S. officials rejected": the group is the subject, its verb after the noun.
        let group = group_subject(tokens, subject);
        if let Some((at, _)) = group {
            k = at + 1;
        }
        // "Russia and China placed a veto": both are subjects of the verb.
        let partner = facts
            .mentions
            .iter()
            .find(|m| tokens.get(k).is_some_and(|t| t.norm == "and") && m.tokens.0 == k + 1);
        if let Some(p) = partner {
            k = p.tokens.1;
        }
        // "The landlord, Oskar Lindqvist, has sued": a name set off after the sentence's
        // opening description is its subject.
        if tokens.get(k).is_some_and(|t| t.norm == ",") && opens_with_description(tokens, subject) {
            k += 1;
        }
        // "Russia, which has resisted …, had suggested": skip an inserted clause, as
        // "Lee, a spokesman for the ministry, said" and "Lee, 45, said" an apposition.
        if tokens.get(k).is_some_and(|t| t.norm == ",") {
            match tokens[k + 1..].iter().position(|t| t.norm == ",") {
                Some(p) if inserted(&tokens[k + 1..k + 1 + p]) => k = k + 2 + p,
                _ => continue,
            }
        }
        let verb_start = k;
        while k < tokens.len() && tokens[k].kind == TokenKind::Word && is_auxiliary(&tokens[k]) {
            k += 1;
        }
        // Outside a headline a capitalised word is a name, never the verb: "the
        // ambassador to Canada offered", "He has been Canadian Trade Secretary ...".
        let is_verb = |t: &Token| {
            t.kind == TokenKind::Word
                && (!t.is_stopword() || t.is_reporting_verb())
                && (!t.capitalized || *headline.get_or_init(|| title_cased(tokens)))
        };
        let main_verb = |t: &Token| {
            t.kind == TokenKind::Word
                && matches!(
                    t.norm.as_str(),
                    "has" | "have" | "had" | "is" | "are" | "was" | "were" | "been"
                )
        };
        if !tokens.get(k).is_some_and(is_verb) && k > verb_start && main_verb(&tokens[k - 1]) {
            // "It has a naval base": the auxiliary was the main verb.
            k -= 1;
        }
        let Some(verb) = tokens.get(k).filter(|t| is_verb(t) || main_verb(t)) else {
            continue;
        };
        // "Leeds Rhinos winger Kallum Watkins does …", "US military says …": a noun
        // after the name, no verb; the name is a modifier of the subject. "U.S.
        // Environmental Protection Agency said": a capital goes on with a name.
        if k == verb_start
            && (verb.is_role()
                || names_a_role(tokens, k, &facts.mentions)
                || !verb.is_reporting_verb()
                    && !verb.norm.ends_with("ed")
                    && tokens.get(k + 1).is_some_and(begins_predicate))
        {
            continue;
        }
        // The object runs to the end of the clause.
        let object_end = (k + 1..tokens.len())
            .find(|&j| {
                matches!(
                    tokens[j].norm.as_str(),
                    "," | "."
                        | ";"
                        | ":"
                        | "!"
                        | "?"
                        | "\""
                        | "“"
                        | "”"
                        | "which"
                        | "while"
                        | "but"
                )
            })
            .unwrap_or(tokens.len());
        let object = render(text, tokens, k + 1, object_end, &facts.mentions);
        let (negated, modality) = super::polarity(&tokens[verb_start..k + 1]);
        let refusal = verb.is_negating_verb() && tokens.get(k + 1).is_some_and(|t| t.norm == "to");
        let predicate = if refusal {
            tokens.get(k + 2).map_or_else(|| lemma(verb), lemma)
        } else {
            lemma(verb)
        };
        let object = if refusal {
            render(text, tokens, k + 3, object_end, &facts.mentions)
        } else {
            object
        };
        out.push(Relation {
            subject: match group {
                Some((_, noun)) => format!("{} {noun}", subject.canonical),
                None => subject.canonical.clone(),
            },
            predicate,
            object,
            negated: negated ^ refusal,
            modality: modality.unwrap_or(Modality::Asserted),
            time: facts.times.iter().map(|t| t.value.clone()).collect(),
            start: subject.start,
            end: tokens[object_end.max(k + 1) - 1].end,
        });
    }
    out
}

/// Whether the words between two commas after a subject are set off from the clause: a
/// relative clause ("which has resisted"), a noun phrase in apposition ("a spokesman for
/// the ministry", "its marketing manager") or an age ("45"). A name or a bare noun there
/// ("Russia, China and France") is the next item of a list.
pub(crate) fn inserted(words: &[Token]) -> bool {
    match words {
        [first, ..] if matches!(first.norm.as_str(), "which" | "who") => true,
        [age] => age.kind == TokenKind::Number,
        [first, _, ..] => {
            words.len() <= 12
                && matches!(
                    first.norm.as_str(),
                    "a" | "an" | "the" | "its" | "his" | "her" | "their"
                )
        }
        _ => false,
    }
}

/// A group noun a country's name modifies ("U.S. officials", "Russian diplomats"), as its
/// token index and norm: the group, not the country, is the subject of the clause.
fn group_subject<'a>(tokens: &'a [Token], m: &Mention) -> Option<(usize, &'a str)> {
    if !matches!(m.entity_kind, EntityKind::Country | EntityKind::Place) {
        return None;
    }
    super::quote::group_at(tokens, m.tokens.1)
}

/// Relations of a tokenised text that is not kept as one string (a claim): the object is
/// rendered from token norms.
pub fn relations_without_text(tokens: &[Token], facts: &SentenceFacts) -> Vec<Relation> {
    let mut text = String::new();
    let shifted: Vec<Token> = tokens
        .iter()
        .map(|t| {
            let start = text.len();
            text.push_str(&t.norm);
            let end = text.len();
            text.push(' ');
            Token {
                start,
                end,
                ..t.clone()
            }
        })
        .collect();
    relations(&text, &shifted, facts)
}

/// Renders tokens with mentions replaced by their canonical names.
fn render(text: &str, tokens: &[Token], from: usize, to: usize, mentions: &[Mention]) -> String {
    // Sized for the text it renders (names replaced by others of about their length),
    // and each piece written in place: a string per piece, and the growth of the whole,
    // were allocations for most words.
    let span = match (
        tokens.get(from),
        to.checked_sub(1).and_then(|l| tokens.get(l)),
    ) {
        (Some(first), Some(last)) if from < to => last.end.saturating_sub(first.start),
        _ => 0,
    };
    let mut out = String::with_capacity(span + 8);
    let mut last_end: Option<usize> = None;
    let mut j = from;
    while j < to {
        let t = &tokens[j];
        // Keep the source's spacing: "won't" stays whole, "al-Assad" stays joined.
        let spaced = last_end.is_some_and(|e| e < t.start);
        if let Some(m) = mentions.iter().find(|m| m.tokens.0 == j) {
            j = m.tokens.1.max(j + 1);
            push_spaced(&mut out, spaced, &m.canonical);
            // A possessive pronoun becomes a possessive name: "its red lines" → "Russia's".
            if matches!(t.norm.as_str(), "its" | "his" | "her" | "their") {
                out.push_str("'s");
            }
        } else {
            j += 1;
            if j - 1 == from && matches!(t.norm.as_str(), "a" | "an" | "the") {
                continue;
            }
            push_spaced(&mut out, spaced, &text[t.start..t.end]);
        }
        last_end = Some(tokens[j - 1].end);
    }
    out
}

/// Appends a piece to a rendering, after a space if the source had one there (none at
/// the start).
fn push_spaced(out: &mut String, spaced: bool, piece: &str) {
    if spaced && !out.is_empty() {
        out.push(' ');
    }
    out.push_str(piece);
}
