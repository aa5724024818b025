//! Verdicts: a claim is aligned with the source sentences that best cover it, then its
//! figures, names, times, polarity, antonyms and attribution are compared with that
//! evidence.
//!
//! ```
//! use factcheck::check::{check_claim, Verdict};
//! use factcheck::extract::Document;
//! use factcheck::source::{Format, Source};
//! let text = "Russia will not back a new draft resolution on Syria.";
//! let doc = Document::analyse(Source::from_text("a.txt", text.into(), Format::Text));
//! assert_eq!(check_claim("Russia will back the draft", &[&doc]).verdict, Verdict::Contradicted);
//! assert_eq!(check_claim("Russia won't back the draft", &[&doc]).verdict, Verdict::Supported);
//! assert_eq!(check_claim("China built a dam", &[&doc]).verdict, Verdict::Missing);
//! ```

mod atom;
pub mod clauses;
mod comparison;
mod enumeration;
pub mod modifiers;
mod ordinal;
pub mod privative;
pub mod quantity;
pub mod quoted;
pub mod ranks;
mod seam;
pub mod word_use;

use serde::{Deserialize, Serialize};

use crate::extract::Document;
use crate::source::{Format, Role, Source};
use crate::text::Token;

pub use atom::judge;

/// The verdict on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The source asserts the claim, possibly in other words.
    Supported,
    /// The source asserts something that cannot hold together with the claim.
    Contradicted,
    /// Nothing in the source settles the claim.
    Missing,
}

impl Verdict {
    /// The word used in claim files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Missing => "missing",
        }
    }

    /// Badness, for "the verdict of the whole is the worst of its parts".
    fn severity(self) -> u8 {
        match self {
            Verdict::Supported => 0,
            Verdict::Missing => 1,
            Verdict::Contradicted => 2,
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A source sentence offered as evidence, located in the file on disk.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The source's path (or id).
    pub source: String,
    /// 1-based line of the sentence start.
    pub line: usize,
    /// 1-based column of the sentence start, in characters.
    pub column: usize,
    /// Byte offset of the sentence in the file.
    pub start: usize,
    /// Byte offset one past the sentence end in the file.
    pub end: usize,
    /// The sentence as written in the file.
    pub text: String,
    /// Byte spans (in the file) of the words that match the claim.
    #[serde(skip)]
    pub marks: Vec<(usize, usize)>,
}

impl Evidence {
    /// Evidence for a span of a source's cleaned text; `marks` are spans in the file on
    /// disk (sorted and deduplicated here).
    pub fn located(
        src: &Source,
        start: usize,
        end: usize,
        mut marks: Vec<(usize, usize)>,
    ) -> Evidence {
        let loc = src.locate(start, end);
        marks.sort_unstable();
        marks.dedup();
        Evidence {
            source: src.name.clone(),
            line: loc.line,
            column: loc.column,
            start: loc.start,
            end: loc.end,
            text: src.raw_slice(start, end).to_string(),
            marks,
        }
    }
}

/// The verdict on one atomic part of a claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    /// The part's text.
    pub claim: String,
    /// Its verdict.
    pub verdict: Verdict,
    /// Share of the part the evidence backs, 0–1 (0 when contradicted).
    pub score: f64,
    /// One line a reader can check against the evidence.
    pub reason: String,
    /// The source sentences the verdict rests on.
    pub evidence: Vec<Evidence>,
}

/// The verdict on a whole claim: the worst of its parts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The verdict.
    pub verdict: Verdict,
    /// Lowest part score.
    pub score: f64,
    /// Reason of the deciding part.
    pub reason: String,
    /// Evidence of every part, in source order.
    pub evidence: Vec<Evidence>,
    /// The atomic parts, when the claim has more than one sentence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
}

/// Checks a claim against one or more sources: supported when a source supports it and
/// none contradicts it; contradicted when any contradicts it.
pub fn check_claim(claim: &str, docs: &[&Document]) -> Outcome {
    check_claim_excluding(claim, docs, false)
}

/// As [`check_claim`]; with `skip_titles`, title lines are not evidence (for checking a
/// headline against its own body).
pub fn check_claim_excluding(claim: &str, docs: &[&Document], skip_titles: bool) -> Outcome {
    let claim_src = Source::from_text("claim", claim.to_string(), Format::Text);
    let check_part = |text: &str, tokens: &[Token]| {
        let per_source: Vec<Part> = docs
            .iter()
            .map(|d| judge(text, tokens, d, skip_titles))
            .collect();
        combine_sources(text, per_source)
    };
    let mut parts: Vec<Part> = claim_src
        .sentences
        .iter()
        .filter(|s| s.tokens.iter().any(crate::extract::is_content))
        .flat_map(|s| {
            let text = claim_src.sentence_text(s);
            let whole = check_part(text, &s.tokens);
            if whole.verdict == Verdict::Supported {
                return vec![whole];
            }
            // "Leeds lost 2-1 to York" says what "York beat Leeds 2-1" says: the turned
            // sentence settles the claim when the claim's own words do not.
            if whole.verdict == Verdict::Missing {
                for turned in turned_round(text, &s.tokens, s.start) {
                    let src = Source::from_text("claim", turned.clone(), Format::Text);
                    let tokens: Vec<Token> =
                        src.sentences.into_iter().flat_map(|s| s.tokens).collect();
                    let part = check_part(&turned, &tokens);
                    if part.verdict != Verdict::Missing {
                        return vec![Part {
                            claim: text.to_string(),
                            ..part
                        }];
                    }
                }
            }
            // Two clauses run together after a closing quotation mark ("... called it a `
            // small miracle ' residents had waited ..."): each may have its own place in
            // the source, and the sentence holds when every one of them does.
            if whole.verdict == Verdict::Missing {
                let pieces: Vec<Part> = quoted_atoms(text)
                    .iter()
                    .map(|(part, tokens)| check_part(part, tokens))
                    .collect();
                if !pieces.is_empty() && pieces.iter().all(|p| p.verdict == Verdict::Supported) {
                    return pieces;
                }
            }
            // A relative clause the source states apart from the rest: the sentence
            // holds when both its clauses do, and fails when either is contradicted (a
            // contradiction of the whole stands; the parts only say which clause it is).
            let split: Vec<Part> = relative_atoms(text)
                .iter()
                .map(|(part, tokens)| check_part(part, tokens))
                .collect();
            let holds = whole.verdict == Verdict::Missing
                && split.iter().all(|p| p.verdict == Verdict::Supported);
            if !split.is_empty()
                && (holds || split.iter().any(|p| p.verdict == Verdict::Contradicted))
            {
                split
            } else {
                vec![whole]
            }
        })
        .collect();
    if parts.is_empty() {
        return Outcome {
            verdict: Verdict::Missing,
            score: 0.0,
            reason: "the claim has no words to check".to_string(),
            evidence: Vec::new(),
            parts: Vec::new(),
        };
    }
    let worst = parts
        .iter()
        .enumerate()
        .max_by_key(|(i, p)| (p.verdict.severity(), std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
        .unwrap_or(0);
    let verdict = parts[worst].verdict;
    let score = parts.iter().map(|p| p.score).fold(1.0, f64::min);
    let reason = if parts.len() > 1 {
        format!(
            "part {} of {}: {}",
            worst + 1,
            parts.len(),
            parts[worst].reason
        )
    } else {
        parts[worst].reason.clone()
    };
    let mut evidence: Vec<Evidence> = Vec::new();
    for p in &parts {
        for e in &p.evidence {
            match evidence
                .iter_mut()
                .find(|x| x.source == e.source && x.start == e.start)
            {
                Some(x) => {
                    x.marks.extend(e.marks.iter().copied());
                    x.marks.sort_unstable();
                    x.marks.dedup();
                }
                None => evidence.push(e.clone()),
            }
        }
    }
    evidence.sort_by(|a, b| (a.source.as_str(), a.start).cmp(&(b.source.as_str(), b.start)));
    if parts.len() == 1 {
        parts.clear();
    }
    Outcome {
        verdict,
        score,
        reason,
        evidence,
        parts,
    }
}

/// The claim's sentence said again with its parties the other way round, once for each
/// phrase of `converse_verbs.txt` it holds: "X lost [score] to Y ..." as "Y beat X [score]
/// ...". The first party is the subject, a short capitalised phrase with no punctuation
/// (an auxiliary "has", "have" or "had" before the phrase dropped); the second follows the
/// phrase as capitalised words. Only a score may stand between the phrase's words ("lost
/// the ball to Y" is no defeat). `base` is the byte offset of `text` in the tokens' text.
fn turned_round(text: &str, tokens: &[Token], base: usize) -> Vec<String> {
    crate::lexicon::Lexicon::get()
        .converse_verbs()
        .iter()
        .filter_map(|(phrase, verb)| turn(text, tokens, base, phrase, verb))
        .collect()
}

/// One phrase of [`turned_round`]: "X PHRASE Y rest" as "Y VERB X rest", a score between
/// the phrase's words kept after X.
fn turn(
    text: &str,
    tokens: &[Token],
    base: usize,
    phrase: &[String],
    verb: &str,
) -> Option<String> {
    use crate::text::TokenKind;
    let at = |t: &Token| t.start.checked_sub(base);
    let (first, rest) = phrase.split_first()?;
    let v = tokens.iter().position(|t| t.norm == first.as_str())?;
    let mut subject_end = v;
    if subject_end > 0
        && matches!(
            tokens[subject_end - 1].norm.as_str(),
            "has" | "have" | "had"
        )
    {
        subject_end -= 1;
    }
    let subject = &tokens[..subject_end];
    if subject.is_empty()
        || subject.len() > 6
        || subject.iter().any(|t| t.kind != TokenKind::Word)
        || !subject[0].capitalized
    {
        return None;
    }
    // Each further word of the phrase in turn, with only a score before it.
    let is_score = |t: &Token| t.kind == TokenKind::Number || matches!(t.norm.as_str(), "-" | "–");
    let mut last = v;
    let mut score: Option<(usize, usize)> = None;
    for word in rest {
        let next = last + 1 + tokens[last + 1..].iter().position(|t| !is_score(t))?;
        if tokens[next].norm != word.as_str() {
            return None;
        }
        if next > last + 1 {
            if score.is_some() {
                return None;
            }
            score = Some((last, next));
        }
        last = next;
    }
    let winner = tokens[last + 1..]
        .iter()
        .take_while(|t| t.kind == TokenKind::Word && t.capitalized)
        .count();
    if winner == 0 {
        return None;
    }
    let (s0, s1) = (
        at(&subject[0])?,
        subject[subject.len() - 1].end.checked_sub(base)?,
    );
    let score = match score {
        Some((a, b)) => text
            .get(tokens[a].end.checked_sub(base)?..at(&tokens[b])?)?
            .trim_end(),
        None => "",
    };
    let (w0, w1) = (
        at(&tokens[last + 1])?,
        tokens[last + winner].end.checked_sub(base)?,
    );
    Some(format!(
        "{} {verb} {}{score}{}",
        text.get(w0..w1)?,
        text.get(s0..s1)?,
        text.get(w1..)?
    ))
}

/// The main clause and the relative clause of a sentence of a claim, each with its
/// tokens ([`clauses::split_relative`]); none when it has no relative clause.
fn relative_atoms(text: &str) -> Vec<(String, Vec<Token>)> {
    let Some((main, relative)) = clauses::split_relative(text) else {
        return Vec::new();
    };
    with_tokens([main, relative])
}

/// The clauses of a sentence of a claim run together after a closing quotation mark,
/// each with its tokens ([`clauses::split_after_quotes`]); none when it has no such cut.
fn quoted_atoms(text: &str) -> Vec<(String, Vec<Token>)> {
    with_tokens(clauses::split_after_quotes(text))
}

/// Each part of a claim's sentence with the tokens the claim's own segmenter gives it.
fn with_tokens(parts: impl IntoIterator<Item = String>) -> Vec<(String, Vec<Token>)> {
    parts
        .into_iter()
        .map(|part| {
            let src = Source::from_text("claim", part.clone(), Format::Text);
            let tokens = src.sentences.into_iter().flat_map(|s| s.tokens).collect();
            (part, tokens)
        })
        .collect()
}

/// One part checked against several sources.
fn combine_sources(text: &str, mut per_source: Vec<Part>) -> Part {
    if per_source.len() == 1 {
        return per_source.remove(0);
    }
    let pick = |v: Verdict, parts: &[Part]| {
        parts
            .iter()
            .enumerate()
            .filter(|(_, p)| p.verdict == v)
            .max_by(|a, b| a.1.score.total_cmp(&b.1.score).then(b.0.cmp(&a.0)))
            .map(|(i, _)| i)
    };
    let chosen = pick(Verdict::Contradicted, &per_source)
        .or_else(|| pick(Verdict::Supported, &per_source))
        .or_else(|| pick(Verdict::Missing, &per_source))
        .unwrap_or(0);
    let mut part = per_source.swap_remove(chosen);
    part.claim = text.to_string();
    // Say which source the deciding part rests on.
    if let Some(e) = part.evidence.first() {
        part.reason = format!("{}: {}", e.source, part.reason);
    }
    if part.verdict == Verdict::Contradicted {
        // Say which source said what when the sources disagree.
        if let Some(backer) = per_source.iter().find(|p| p.verdict == Verdict::Supported) {
            if let Some(e) = backer.evidence.first() {
                part.reason = format!(
                    "{}; but {} line {} supports it",
                    part.reason, e.source, e.line
                );
            }
            part.evidence.extend(backer.evidence.iter().cloned());
        }
    }
    part
}

/// Whether a sentence can serve as evidence.
fn is_evidence(role: Role, skip_titles: bool) -> bool {
    match role {
        Role::Body => true,
        Role::Title => !skip_titles,
        Role::Boilerplate => false,
    }
}

#[cfg(test)]
mod tests;
