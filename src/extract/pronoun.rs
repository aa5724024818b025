//! Pronouns that stand for nothing: the expletive "it" of "it is difficult to …", "it
//! was decided that …" or "it seems", which English puts where a clause needs a subject
//! and no entity fills it.

use super::relation::{is_finite_be_have, is_modal_verb};
use crate::text::{Token, TokenKind};

/// Words between an expletive "it" and its verb or adjective: auxiliaries, modals,
/// negation and adverbs ("it would not have been", "it is still unclear").
fn is_helper(t: &Token) -> bool {
    t.norm == "'s"
        || t.kind == TokenKind::Word
            && (is_finite_be_have(&t.norm)
                || is_modal_verb(&t.norm)
                || matches!(
                    t.norm.as_str(),
                    "be" | "been"
                        | "being"
                        | "shall"
                        | "does"
                        | "did"
                        | "do"
                        | "not"
                        | "also"
                        | "still"
                        | "now"
                        | "then"
                        | "even"
                        | "already"
                        | "just"
                        | "perhaps"
                        | "often"
                        | "always"
                        | "never"
                        | "so"
                        | "too"
                        | "very"
                        | "more"
                        | "less"
                        | "most"
                        | "quite"
                        | "rather"
                        | "pretty"
                )
                || t.norm.ends_with("ly") && t.norm.len() > 4)
}

fn is_be(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "is" | "was" | "'s" | "be" | "been" | "being" | "were"
    )
}

/// Verbs whose subject "it" is empty unless an infinitive follows ("it seems", "it
/// emerged that", but "it seemed to work").
fn is_seem_verb(word: &str) -> bool {
    matches!(
        word,
        "seem"
            | "seems"
            | "seemed"
            | "appear"
            | "appears"
            | "appeared"
            | "emerge"
            | "emerges"
            | "emerged"
            | "transpire"
            | "transpires"
            | "transpired"
    )
}

/// Adjectives that keep a real subject before an infinitive ("it is likely to close",
/// "it was able to issue"), unlike "it is difficult to explain".
fn raises_subject(word: &str) -> bool {
    matches!(
        word,
        "able"
            | "unable"
            | "likely"
            | "unlikely"
            | "certain"
            | "sure"
            | "set"
            | "due"
            | "ready"
            | "about"
            | "going"
            | "bound"
            | "keen"
            | "eager"
            | "willing"
            | "unwilling"
            | "free"
            | "quick"
            | "slow"
            | "first"
            | "last"
            | "only"
            | "next"
            | "expected"
            | "supposed"
    )
}

/// Words that open the clause an expletive "it" stands for ("it is clear that …").
fn opens_extraposed(word: &str) -> bool {
    matches!(
        word,
        "that" | "whether" | "if" | "how" | "why" | "what" | "who" | "when" | "where"
    )
}

/// Whether the "it" at `k` is expletive: it stands for the clause after it ("it is
/// difficult to explain", "it was decided that", "it has been claimed", "it seems",
/// "it takes two hours to"), not for an entity.
pub fn is_expletive_it(tokens: &[Token], k: usize) -> bool {
    if tokens[k].norm != "it" {
        return false;
    }
    // "made it clear that", "making it impossible for her to", "he made it through":
    // the object of "make" is an empty slot or part of an idiom.
    if k > 0
        && matches!(
            tokens[k - 1].norm.as_str(),
            "make" | "makes" | "made" | "making"
        )
    {
        return true;
    }
    let mut j = k + 1;
    let mut be = false;
    while let Some(t) = tokens.get(j)
        && is_helper(t)
    {
        be |= is_be(t);
        j += 1;
    }
    let Some(head) = tokens.get(j) else {
        return false;
    };
    let next = tokens.get(j + 1);
    let clause_ends = |t: Option<&Token>| t.is_none_or(|t| t.kind == TokenKind::Punct);
    if is_seem_verb(&head.norm) {
        return next.is_none_or(|t| t.norm != "to");
    }
    // "it takes two hours to inflate", "it took the crew a week to …".
    if matches!(head.norm.as_str(), "take" | "takes" | "took") {
        return next.is_some_and(|t| {
            !matches!(
                t.norm.as_str(),
                "part" | "place" | "control" | "over" | "charge" | "power" | "office" | "up"
            )
        }) && tokens[j + 1..]
            .iter()
            .take(8)
            .take_while(|t| t.kind != TokenKind::Punct)
            .any(|t| t.norm == "to");
    }
    if !be || head.kind != TokenKind::Word {
        return false;
    }
    // "it has been claimed", "it was decided that …": a passive of saying or deciding.
    if head.norm.ends_with("ed") || matches!(head.norm.as_str(), "known" | "thought" | "said") {
        return clause_ends(next) || next.is_some_and(|t| opens_extraposed(&t.norm));
    }
    // "it was a decision that …" may be a relative clause: no article; "it had been
    // working to restore power" is a verb of its own.
    if matches!(head.norm.as_str(), "a" | "an" | "the")
        || head.is_stopword() && !head.capitalized
        || head.norm.ends_with("ing")
    {
        return false;
    }
    // "it is difficult to explain", "it was clear that", "it was Lee's turn to bowl".
    tokens[j + 1..]
        .iter()
        .take(4)
        .take_while(|t| t.kind != TokenKind::Punct || t.norm == "'s")
        .any(|t| opens_extraposed(&t.norm) || t.norm == "to" && !raises_subject(&head.norm))
}
