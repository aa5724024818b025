//! Comparisons of two parties: which one a sentence ranks higher, and on what measure.
//! "Older residents were twice as likely as younger ones", "Tenants were less likely
//! than homeowners", "Volunteers outnumbered paid staff", "More women than men signed
//! up", "Rural schools were smaller than city schools". The words are in
//! `src/lexicon/comparisons.txt`.

use crate::lexicon::Lexicon;
use crate::text::{Atom, Token, TokenKind};

/// One party of a comparison: the stems of its content words and their text.
#[derive(Debug, Clone, Default)]
pub struct Party {
    /// The stems of its words ("older", "resid").
    pub stems: Vec<Atom>,
    /// Its words, as read ("older residents").
    pub text: String,
    /// Its tokens.
    pub span: (usize, usize),
}

/// Two parties ranked on one measure; either may be unsaid ("women were more likely").
#[derive(Debug, Clone)]
pub struct Comparison {
    /// The stem of what is compared: "likely", or "number" for a count.
    pub measure: Atom,
    /// The party ranked above the other ("older residents" in "older residents were
    /// twice as likely as younger ones").
    pub higher: Party,
    /// The party ranked below.
    pub lower: Party,
    /// The comparative words' tokens ("twice as likely as", "less likely than").
    pub span: (usize, usize),
    /// The text of the whole comparison, parties and all.
    pub words: String,
}

/// Which party of a comparison a claim's party names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Higher,
    Lower,
}

fn is_be(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "remain" | "remained"
    )
}

fn party(tokens: &[Token], from: usize, to: usize) -> Party {
    Party {
        stems: tokens[from..to].iter().map(|t| t.stem).collect(),
        text: tokens[from..to]
            .iter()
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        span: (from, to),
    }
}

/// The party before a comparative at `i`, over the words that may stand between them
/// ("were far", "are twice"), and whether a form of "be" was among them (a predicate:
/// "women were more likely", not "had more floods").
fn party_before(tokens: &[Token], i: usize) -> (Party, bool) {
    let lex = Lexicon::get();
    let mut j = i;
    let mut be = false;
    while j > 0 {
        let t = &tokens[j - 1];
        if is_be(t) {
            be = true;
        } else if !(lex.is_intensifier(&t.norm)
            || lex.multiplier(&t.norm).is_some()
            || t.kind == TokenKind::Number)
        {
            break;
        }
        j -= 1;
    }
    let end = j;
    while j > 0 && end - j < 4 && tokens[j - 1].is_word() && !tokens[j - 1].is_stopword() {
        j -= 1;
    }
    (party(tokens, j, end), be)
}

/// The party after "than", "as" or an object verb at `i` ("than younger ones", "than
/// the homeowners"): its content words up to the next function word.
fn party_after(tokens: &[Token], i: usize) -> Party {
    let mut j = i;
    while tokens.get(j).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "the" | "a" | "an" | "their" | "its" | "his" | "her" | "our" | "those" | "these"
        )
    }) {
        j += 1;
    }
    let start = j;
    // "than men signed up": a past form after the first word is the verb, not the party.
    while j < tokens.len()
        && j - start < 4
        && tokens[j].is_word()
        && !tokens[j].is_stopword()
        && !(j > start && (tokens[j].norm.ends_with("ed") || tokens[j].is_reporting_verb()))
    {
        j += 1;
    }
    party(tokens, start, j)
}

/// "older residents ... than younger ones": a one-word party borrows the other's head
/// noun, so that what tells the two apart is "older" against "younger".
fn share_head(a: &mut Party, b: &Party) {
    if a.stems.len() == 1
        && b.stems.len() >= 2
        && let Some(&head) = b.stems.last()
    {
        a.stems.push(head);
    }
}

fn ranked(
    measure: Atom,
    first: Party,
    second: Party,
    first_higher: bool,
    span: (usize, usize),
) -> Comparison {
    let (mut higher, mut lower) = if first_higher {
        (first, second)
    } else {
        (second, first)
    };
    let h = higher.clone();
    share_head(&mut higher, &lower);
    share_head(&mut lower, &h);
    Comparison {
        measure,
        higher,
        lower,
        span,
        words: String::new(),
    }
}

/// Every comparison of two parties in a sentence (or claim).
pub fn comparisons(tokens: &[Token]) -> Vec<Comparison> {
    let lex = Lexicon::get();
    let mut out = Vec::new();
    let norm = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    let adjective = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| t.is_word() && !t.is_stopword())
    };
    for (i, t) in tokens.iter().enumerate() {
        let n = t.norm.as_str();
        // "X were twice as likely as Y", "X are half as likely as Y".
        if n == "as" && adjective(i + 1) && norm(i + 2) == "as" && i > 0 {
            let factor = lex
                .multiplier(norm(i - 1))
                .or_else(|| (norm(i - 1) == "times").then_some(2.0));
            if let Some(factor) = factor {
                let (first, be) = party_before(tokens, i);
                if be && !first.stems.is_empty() && factor != 1.0 {
                    let second = party_after(tokens, i + 3);
                    out.push(ranked(
                        tokens[i + 1].stem,
                        first,
                        second,
                        factor > 1.0,
                        (i - 1, i + 3),
                    ));
                }
            }
        }
        // "X were less likely than Y", "X were more likely" (Y unsaid).
        if matches!(n, "more" | "less") && adjective(i + 1) {
            let (first, be) = party_before(tokens, i);
            let than = norm(i + 2) == "than";
            if be && !first.stems.is_empty() {
                let second = if than {
                    party_after(tokens, i + 3)
                } else {
                    Party::default()
                };
                let end = if than { i + 3 } else { i + 2 };
                out.push(ranked(
                    tokens[i + 1].stem,
                    first,
                    second,
                    n == "more",
                    (i, end),
                ));
                continue;
            }
            // "More women than men signed up", "there were fewer X than Y": a count.
        }
        if matches!(n, "more" | "fewer") {
            let (before, _) = party_before(tokens, i);
            let than = (i + 2..(i + 6).min(tokens.len())).find(|&j| norm(j) == "than");
            if let Some(than) = than
                && before.stems.is_empty()
                && (i + 1..than).all(adjective)
            {
                let first = party(tokens, i + 1, than);
                let second = party_after(tokens, than + 1);
                if !second.stems.is_empty() {
                    out.push(ranked(
                        Atom::new("number"),
                        first,
                        second,
                        n == "more",
                        (i, than + 1),
                    ));
                }
            }
        }
        // "Rural schools were smaller than city schools"; in a claim, "were smaller" with
        // the other party unsaid (compared only with a source that ranks on that word).
        if t.is_word() && !t.is_stopword() && n.len() > 4 && n.ends_with("er") {
            let (first, be) = party_before(tokens, i);
            if be && !first.stems.is_empty() {
                let than = norm(i + 1) == "than";
                let second = if than {
                    party_after(tokens, i + 2)
                } else {
                    Party::default()
                };
                let end = if than { i + 2 } else { i + 1 };
                out.push(ranked(t.stem, first, second, true, (i, end)));
            }
        }
        // "X outnumbered Y"; "Y were outnumbered by X".
        if let Some(measure) = lex.comparison_verb(&t.stem) {
            let measure = Atom::new(measure);
            let (first, be) = party_before(tokens, i);
            if be && norm(i + 1) == "by" {
                let second = party_after(tokens, i + 2);
                if !first.stems.is_empty() && !second.stems.is_empty() {
                    out.push(ranked(measure, first, second, false, (i, i + 2)));
                }
            } else if !be {
                let second = party_after(tokens, i + 1);
                if !first.stems.is_empty() && !second.stems.is_empty() {
                    out.push(ranked(measure, first, second, true, (i, i + 1)));
                }
            }
        }
    }
    for c in &mut out {
        let said = [c.higher.span, c.lower.span, c.span]
            .into_iter()
            .filter(|s| s.1 > s.0);
        let from = said.clone().map(|s| s.0).min().unwrap_or(c.span.0);
        let to = said.map(|s| s.1).max().unwrap_or(c.span.1);
        c.words = party(tokens, from, to).text;
    }
    out
}

/// Which party of `c` the claim's party names: one whose words tell it from the other
/// ("younger residents" names "younger ones", not "older residents").
pub fn side(c: &Comparison, claim: &Party) -> Option<Side> {
    let names = |p: &Party, other: &Party| {
        claim
            .stems
            .iter()
            .any(|w| p.stems.contains(w) && !other.stems.contains(w))
    };
    match (names(&c.higher, &c.lower), names(&c.lower, &c.higher)) {
        (true, false) => Some(Side::Higher),
        (false, true) => Some(Side::Lower),
        _ => None,
    }
}

/// How a claim's comparison stands to a source's on the same measure: `Some(true)` when
/// it ranks the parties the same way, `Some(false)` when the other way round, `None`
/// when it names neither party or measures something else.
pub fn agrees(claim: &Comparison, source: &Comparison) -> Option<bool> {
    if claim.measure != source.measure {
        return None;
    }
    let higher = (!claim.higher.stems.is_empty())
        .then(|| side(source, &claim.higher))
        .flatten();
    let lower = (!claim.lower.stems.is_empty())
        .then(|| side(source, &claim.lower))
        .flatten();
    if higher == Some(Side::Lower) || lower == Some(Side::Higher) {
        Some(false)
    } else if higher == Some(Side::Higher) || lower == Some(Side::Lower) {
        Some(true)
    } else {
        None
    }
}
