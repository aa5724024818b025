//! `factcheck init`: a starter claim file for an article.
//!
//! Without a text to check, every quantity, quote attribution and relation the engine
//! finds becomes a claim with `expect: supported`, worded from the fact:
//! "<subject> <predicate> <object>" for a relation (with "not" when it is negated),
//! `<speaker> said "<quote>"` for a quote, the sentence for a quantity. A wording is only
//! written if the engine itself supports it against the article; otherwise the next one
//! is tried, down to the exact source sentence, so the starter file passes as written.
//! With a text (a summary, a headline, a post, a translation), each of its sentences
//! becomes a claim without an expectation, to run and then `--bless`.
//!
//! ```
//! use factcheck::{claims::ClaimFile, extract::Document, init, source::{Format, Source}};
//! let text = "Floods hit the town\n\nAt least 12 people died on Sunday, police said.\n";
//! let doc = Document::analyse(Source::from_text("a.txt", text.into(), Format::Text));
//! let yaml = init::starter("a.txt", &doc);
//! let file = ClaimFile::parse(&yaml, "a.yaml").unwrap();
//! assert!(file.claims.iter().any(|c| c.claim.contains("12 people died")));
//! ```

use std::collections::HashSet;

use crate::check::{self, Verdict};
use crate::claims::{NewClaim, write_claim_file};
use crate::extract::{Document, FactDetail, Relation};
use crate::lexicon::Modality;
use crate::source::{Role, Source};

/// Whitespace runs become one space; tokens the extractors split off ("al-Assad 's",
/// "Wo n't") are joined again.
fn tidy(s: &str) -> String {
    let mut out = s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (from, to) in [(" 's", "'s"), (" n't", "n't")] {
        out = out.replace(from, to);
    }
    out
}

/// Third person singular present of a verb lemma ("have" → "has", "back" → "backs").
fn third_person(lemma: &str) -> String {
    match lemma {
        "have" => return "has".to_string(),
        "be" => return "is".to_string(),
        "do" => return "does".to_string(),
        "go" => return "goes".to_string(),
        _ => {}
    }
    let consonant_y = lemma.len() > 1
        && lemma.ends_with('y')
        && !lemma[..lemma.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    if consonant_y {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else if lemma.ends_with(['s', 'x', 'z', 'o'])
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
    {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    }
}

/// "Russia will not back new draft resolution on Syria".
fn relation_text(r: &Relation) -> String {
    let verb = match (r.modality, r.negated) {
        (Modality::Future, true) => format!("will not {}", r.predicate),
        (Modality::Future, false) => format!("will {}", r.predicate),
        (_, true) => format!("does not {}", r.predicate),
        (_, false) => third_person(&r.predicate),
    };
    tidy(&format!("{} {verb} {}", r.subject, r.object))
}

/// Reporting verbs: their relations are covered by the quotes they introduce.
fn is_reporting(lemma: &str) -> bool {
    matches!(lemma, "say" | "tell" | "add" | "state" | "report" | "claim")
}

/// The first wording the engine supports against the article, if any.
fn first_supported(candidates: &[String], doc: &Document) -> Option<String> {
    candidates
        .iter()
        .filter(|c| !c.trim().is_empty())
        .find(|c| check::check_claim(c, &[doc]).verdict == Verdict::Supported)
        .cloned()
}

/// A starter claim file for `doc`, whose `source:` is `source_as_given`.
pub fn starter(source_as_given: &str, doc: &Document) -> String {
    let src = &doc.source;
    let sentence = |i: usize| {
        src.sentences
            .get(i)
            .filter(|s| s.role != Role::Boilerplate)
            .map(|s| tidy(src.sentence_text(s)))
            .unwrap_or_default()
    };
    let mut seen: HashSet<String> = HashSet::new();
    let mut claims: Vec<NewClaim> = Vec::new();
    let mut counts = [0usize; 3];
    for fact in doc.facts() {
        let (kind, slot, candidates, what) = match &fact.detail {
            FactDetail::Quantity(_) => (
                "quantity",
                0,
                vec![sentence(fact.sentence)],
                format!("quantity '{}'", tidy(&fact.text)),
            ),
            FactDetail::Quote(q) => {
                let quoted = q
                    .quoted
                    .trim()
                    .trim_end_matches([',', '.', ';', ':'])
                    .trim();
                let mut c = Vec::new();
                if let Some(speaker) = &q.speaker
                    && q.verb.as_deref().is_none_or(|v| v == "say")
                    && !quoted.is_empty()
                {
                    c.push(tidy(&format!("{speaker} said \"{quoted}\"")));
                }
                c.push(sentence(fact.sentence));
                let who = q.speaker.as_deref().unwrap_or("unknown speaker");
                ("quote", 1, c, format!("quote by {who}"))
            }
            FactDetail::Relation(r) if !is_reporting(&r.predicate) && !r.object.is_empty() => {
                let span = tidy(src.text().get(r.start..r.end).unwrap_or(""));
                // The words of the source read best, when they name the subject.
                let names_subject = span.to_lowercase().starts_with(&r.subject.to_lowercase());
                let mut c = vec![relation_text(r), span];
                if names_subject {
                    c.swap(0, 1);
                }
                c.push(sentence(fact.sentence));
                (
                    "relation",
                    2,
                    c,
                    format!(
                        "relation {} / {}{} / {}",
                        r.subject,
                        if r.negated { "not " } else { "" },
                        r.predicate,
                        tidy(&r.object)
                    ),
                )
            }
            _ => continue,
        };
        let comment = format!("line {}: {what}", fact.line);
        let (claim, expect, comment) = match first_supported(&candidates, doc) {
            Some(text) => (text, Some(Verdict::Supported), comment),
            None => (
                candidates.last().cloned().unwrap_or_default(),
                None,
                format!("{comment} (not supported even as written in the source: review)"),
            ),
        };
        if claim.is_empty() || !seen.insert(claim.to_lowercase()) {
            continue;
        }
        counts[slot] += 1;
        claims.push(NewClaim {
            id: format!("{kind}-{}", counts[slot]),
            claim,
            expect,
            comment: Some(comment),
        });
    }
    let header = vec![
        format!("Starter claims for {source_as_given}, written by `factcheck init`."),
        "Each is a fact the engine reads in the source; keep the ones worth guarding, reword or delete the rest.".to_string(),
        "`source:` is as given to `factcheck init`; paths are relative to this file.".to_string(),
    ];
    write_claim_file(&header, source_as_given, &claims)
}

/// A claim file with one claim per sentence of `text` (shown as `text_name`), without
/// expectations, to check against `source_as_given`.
pub fn from_text(source_as_given: &str, text: &Source, text_name: &str) -> String {
    let claims: Vec<NewClaim> = text
        .content_sentences()
        .filter(|s| s.tokens.iter().any(crate::extract::is_content))
        .enumerate()
        .map(|(i, s)| {
            let line = text.locate(s.start, s.end).line;
            NewClaim {
                id: format!("sentence-{}", i + 1),
                claim: tidy(text.sentence_text(s)),
                expect: None,
                comment: Some(format!("{text_name} line {line}")),
            }
        })
        .collect();
    let header = vec![
        format!("Claims from {text_name}, to check against {source_as_given}; written by `factcheck init --from`."),
        "Run `factcheck check` on this file, review the verdicts, then `factcheck check --bless` to record them as expectations.".to_string(),
        "`source:` is as given to `factcheck init`; paths are relative to this file.".to_string(),
    ];
    write_claim_file(&header, source_as_given, &claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_take_the_third_person() {
        assert_eq!(third_person("back"), "backs");
        assert_eq!(third_person("have"), "has");
        assert_eq!(third_person("supply"), "supplies");
        assert_eq!(third_person("play"), "plays");
        assert_eq!(third_person("reach"), "reaches");
    }
}
