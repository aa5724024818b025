//! Quotations and who said them. A quotation mark left open ends at its paragraph, so
//! one stray mark cannot swallow the rest of an article.
//!
//! ```
//! use factcheck::source::{Format, Source};
//! use factcheck::extract::Document;
//! let text = "Gennady Gatilov told Interfax it was wrong.\n\n\"We will not back it,\" he said.";
//! let doc = Document::analyse(Source::from_text("a.txt", text.into(), Format::Text));
//! assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Gennady Gatilov"));
//! ```

use serde::Serialize;

use super::SentenceFacts;
use super::entity::{EntityKind, Mention, is_subject_position};
use crate::source::{Role, Sentence, Source};
use crate::text::Token;

/// A quotation with its attribution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The words inside the marks.
    pub quoted: String,
    /// Who said it, by canonical name.
    pub speaker: Option<String>,
    /// The reporting verb's lemma ("say", "tell").
    pub verb: Option<String>,
    /// The outlet or audience it was said to ("Interfax", "reporters").
    pub outlet: Option<String>,
    /// Whether the closing mark is missing (the quote was cut at the paragraph end).
    pub unclosed: bool,
    /// Byte span in the cleaned text, marks included.
    #[serde(skip)]
    pub start: usize,
    /// Byte span end in the cleaned text.
    #[serde(skip)]
    pub end: usize,
    /// Index of the sentence the quote starts in.
    #[serde(skip)]
    pub sentence: usize,
}

/// A token with the sentence it stands in.
#[derive(Clone, Copy)]
struct At<'a> {
    sentence: usize,
    index: usize,
    token: &'a Token,
}

fn is_open(t: &Token) -> bool {
    t.norm == "\"" || t.norm == "“"
}

fn is_close(t: &Token) -> bool {
    t.norm == "\"" || t.norm == "”"
}

/// Every quotation of the article with its speaker.
pub fn quotes(source: &Source, facts: &[SentenceFacts]) -> Vec<Quote> {
    let mut out = Vec::new();
    let kept: Vec<&Sentence> = source
        .sentences
        .iter()
        .filter(|s| s.role != Role::Boilerplate)
        .collect();
    // The tokens of one paragraph at a time, in one buffer: only a paragraph with an
    // opening mark holds a quote, and the others (most) are not copied at all.
    let mut tokens: Vec<At> = Vec::new();
    for sentences in kept.chunk_by(|a, b| a.paragraph == b.paragraph) {
        if !sentences.iter().any(|s| s.tokens.iter().any(is_open)) {
            continue;
        }
        tokens.clear();
        tokens.reserve(sentences.iter().map(|s| s.tokens.len()).sum());
        // Sentence by sentence: each extends by a known length, where one flattened
        // iterator pushed token by token.
        for s in sentences {
            tokens.extend(s.tokens.iter().enumerate().map(|(index, token)| At {
                sentence: s.index,
                index,
                token,
            }));
        }
        let para = tokens.as_slice();
        let mut k = 0;
        while k < para.len() {
            if !is_open(para[k].token) {
                k += 1;
                continue;
            }
            let close = (k + 1..para.len()).find(|&j| is_close(para[j].token));
            let (last, unclosed) = match close {
                Some(j) => (j, false),
                None => (para.len() - 1, true),
            };
            if last <= k + 1 && !unclosed {
                k = last + 1;
                continue;
            }
            let inner_end = if unclosed {
                para[last].token.end
            } else {
                para[last].token.start
            };
            let quoted = source.text()[para[k].token.end..inner_end]
                .trim()
                .to_string();
            let (speaker, verb, outlet) = attribution(source, para, k, last, facts);
            out.push(Quote {
                quoted,
                speaker,
                verb,
                outlet,
                unclosed,
                start: para[k].token.start,
                end: para[last].token.end,
                sentence: para[k].sentence,
            });
            k = last + 1;
        }
    }
    out
}

fn mention_at<'a>(facts: &'a [SentenceFacts], at: &At) -> Option<&'a Mention> {
    facts[at.sentence]
        .mentions
        .iter()
        .find(|m| m.tokens.0 <= at.index && at.index < m.tokens.1)
}

fn is_speaker(m: &Mention) -> bool {
    matches!(
        m.entity_kind,
        EntityKind::Person | EntityKind::Organisation | EntityKind::Country | EntityKind::Other
    )
}

/// Speaker, verb and outlet: after the quote ("…," he said) or before it (X said: "…").
fn attribution(
    source: &Source,
    para: &[At],
    open: usize,
    close: usize,
    facts: &[SentenceFacts],
) -> (Option<String>, Option<String>, Option<String>) {
    let verb_at = |j: usize| para.get(j).filter(|a| a.token.is_reporting_verb());
    // After: ", he said", ", Gatilov told Interfax", ", said Gatilov".
    let after_sentence = para.get(close).map(|a| a.sentence);
    let after: Vec<usize> = (close + 1..para.len().min(close + 9))
        .filter(|&j| Some(para[j].sentence) == after_sentence || para[close].token.norm == ",")
        .take_while(|&j| !is_open(para[j].token))
        .collect();
    for &j in &after {
        if let Some(v) = verb_at(j) {
            let before_verb = after
                .iter()
                .rev()
                .filter(|&&x| x < j)
                .find_map(|&x| mention_at(facts, &para[x]).filter(|m| is_speaker(m)));
            let after_verb = after
                .iter()
                .filter(|&&x| x > j)
                .find_map(|&x| mention_at(facts, &para[x]).filter(|m| is_speaker(m)));
            let speaker = before_verb.or(after_verb).map(|m| m.canonical.clone());
            if speaker.is_some() {
                return (speaker, Some(lemma(v.token)), outlet(para, j, facts));
            }
        }
    }
    // Before: "Gatilov said Moscow wanted … to include "…"".
    let open_sentence = para[open].sentence;
    // The sentence's tokens stand together in the paragraph, the quote mark at its
    // `index`: they are the ones just before it (not a scan of the whole paragraph).
    let before: Vec<usize> = (open - para[open].index..open).collect();
    debug_assert!(before.iter().all(|&j| para[j].sentence == open_sentence));
    for &j in before.iter().rev() {
        if let Some(v) = verb_at(j) {
            // The verb's subject, as the relation reader found it.
            let by_relation = facts[open_sentence]
                .relations
                .iter()
                .find(|r| r.predicate == lemma(v.token) && r.start <= v.token.start);
            if let Some(r) = by_relation {
                return (
                    Some(r.subject.clone()),
                    Some(lemma(v.token)),
                    outlet(para, j, facts),
                );
            }
            // Else the nearest name before it that is neither the object of
            // a preposition ("against Syria") nor a modifier ("U.N. sanctions").
            let speaker = before
                .iter()
                .rev()
                .filter(|&&x| x < j)
                .filter_map(|&x| {
                    mention_at(facts, &para[x])
                        .filter(|m| is_speaker(m) && m.tokens.0 == para[x].index)
                        .map(|m| (x, m))
                })
                .find(|&(x, m)| {
                    is_subject_position(&source.sentences[para[x].sentence].tokens, m)
                        || m.entity_kind == EntityKind::Other
                            && para.get(x + 1).is_some_and(|a| a.token.is_reporting_verb())
                })
                .map(|(_, m)| m.canonical.clone());
            if speaker.is_some() {
                return (speaker, Some(lemma(v.token)), outlet(para, j, facts));
            }
        }
    }
    (None, None, None)
}

fn lemma(t: &Token) -> String {
    match t.stem.as_str() {
        "said" | "say" => "say".to_string(),
        "told" | "tell" => "tell".to_string(),
        s => s.to_string(),
    }
}

/// What follows "told": a named outlet ("Interfax") or an audience ("reporters").
fn outlet(para: &[At], verb: usize, facts: &[SentenceFacts]) -> Option<String> {
    if para[verb].token.stem != "tell" {
        return None;
    }
    let next = para.get(verb + 1)?;
    if let Some(m) = mention_at(facts, next) {
        return Some(m.canonical.clone());
    }
    (next.token.is_word() && !next.token.is_stopword()).then(|| next.token.norm.as_str().to_owned())
}
