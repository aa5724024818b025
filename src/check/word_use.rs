//! How a word is used in its sentence, for the synonym sets that take a word in some uses
//! only (`synonyms.txt`: "defeat (active)" with "win", "defeat (noun passive)" with
//! "lose"). "Leeds defeated York" is a win for Leeds; "Leeds suffered a heavy defeat at
//! York" and "Leeds were defeated" are losses. The use is read from the words around the
//! word, the same way in a claim and in a source sentence.

use crate::lexicon::Use;
use crate::text::{Token, TokenKind};

/// The uses of the word at `i`, as a set of [`Use::bit`]s. A participle after "be" or
/// "get" (past adverbs and "not") or after a determiner is passive ("were narrowly
/// defeated", "the defeated side"); one with its agent after it ("defeated 3-1 by York")
/// is active too, for it names the one who did it as well ("York defeated them"); any
/// other participle or "-ing" form is active ("had defeated York", "after defeating
/// York"). Another form is a noun after a determiner, a possessive or a figure ("a
/// defeat", "their 3-1 defeat") or before a preposition, a conjunction or the end of its
/// clause ("heavy defeat at York", "suffered defeat ."), else the verb ("Leeds beat
/// York", "to defeat them").
///
/// ```
/// use factcheck::check::word_use::word_uses;
/// use factcheck::lexicon::Use;
/// use factcheck::text::tokenize;
/// let at = |text: &str, word: &str| {
///     let tokens = tokenize(text, 0);
///     let i = tokens.iter().position(|t| t.norm == word).unwrap();
///     word_uses(&tokens, i)
/// };
/// assert_eq!(at("Leeds defeated York 3-1.", "defeated"), Use::Active.bit());
/// assert_eq!(at("Leeds were narrowly defeated.", "defeated"), Use::Passive.bit());
/// assert_eq!(at("Leeds suffered a heavy defeat at York.", "defeat"), Use::Noun.bit());
/// assert_eq!(at("Leeds beat York on Saturday.", "beat"), Use::Active.bit());
/// let both = Use::Passive.bit() | Use::Active.bit();
/// assert_eq!(at("York, beaten 3-1 by Leeds, are fourth.", "beaten"), both);
/// ```
pub fn word_uses(tokens: &[Token], i: usize) -> u8 {
    let t = &tokens[i];
    let norm = t.norm.as_str();
    let prev = before(tokens, i);
    let next = tokens.get(i + 1);
    let determined = prev.is_some_and(|p| is_determiner(p) || p.kind == TokenKind::Number);
    if norm.ends_with("ed") || norm.ends_with("en") {
        let by_next = next.is_some_and(|n| n.norm == "by")
            || next.is_some_and(|n| n.kind == TokenKind::Number)
                && tokens[i + 1..]
                    .iter()
                    .find(|n| n.kind == TokenKind::Word)
                    .is_some_and(|n| n.norm == "by");
        let after_be = prev.is_some_and(is_be_or_get);
        return match (after_be || determined, by_next) {
            (_, true) => Use::Passive.bit() | Use::Active.bit(),
            (true, false) => Use::Passive.bit(),
            (false, false) => Use::Active.bit(),
        };
    }
    if determined {
        return Use::Noun.bit();
    }
    if norm.ends_with("ing") {
        return Use::Active.bit();
    }
    let ends_phrase = next.is_none_or(|n| {
        n.kind == TokenKind::Punct
            || crate::extract::entity::PREPOSITIONS.contains(&n.norm.as_str())
            || matches!(
                n.norm.as_str(),
                "and" | "or" | "but" | "as" | "after" | "since"
            )
    });
    if ends_phrase {
        Use::Noun.bit()
    } else {
        Use::Active.bit()
    }
}

/// The uses of the word at `i` of a source sentence: those of [`word_uses`], but a
/// passive with its agent is passive only. The passive's subject undergoes it whoever
/// the agent is, and a claim word is backed without regard to which party it names: "York
/// were defeated by Leeds" backs "York lost", never "York won", and so not "Leeds won"
/// either. A claim's passive with its agent is active too, as [`word_uses`] says:
/// "York were defeated by Leeds" is backed by "Leeds beat York", its parties compared
/// on their own.
pub fn source_uses(tokens: &[Token], i: usize) -> u8 {
    let uses = word_uses(tokens, i);
    if uses & Use::Passive.bit() != 0 {
        Use::Passive.bit()
    } else {
        uses
    }
}

/// The uses of the word at `i` for opposing it with an antonym: those of
/// [`word_uses`], but a passive with its agent is active only. "York were defeated by
/// Leeds" names the loser and the winner, so it opposes neither "York's victory" nor
/// "Leeds's victory" without comparing parties; "York were defeated" opposes both.
pub fn opposing_uses(tokens: &[Token], i: usize) -> u8 {
    let uses = word_uses(tokens, i);
    if uses & Use::Active.bit() != 0 {
        Use::Active.bit()
    } else {
        uses
    }
}

/// The word before `i`, past adverbs and negation ("were not heavily defeated").
fn before(tokens: &[Token], i: usize) -> Option<&Token> {
    tokens[..i].iter().rev().find(|t| {
        let norm = t.norm.as_str();
        !(t.kind == TokenKind::Word
            && (norm.len() > 4 && norm.ends_with("ly")
                || matches!(
                    norm,
                    "not" | "never" | "also" | "already" | "just" | "still" | "again" | "then"
                )))
    })
}

fn is_be_or_get(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "get"
            | "gets"
            | "got"
            | "getting"
            | "gotten"
    )
}

/// A determiner or possessive before a noun ("a", "their", "Leeds's").
fn is_determiner(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "'s"
            | "first"
            | "second"
            | "third"
            | "another"
    )
}
