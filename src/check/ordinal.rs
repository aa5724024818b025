//! Positions: ordinals ("the 12th minute", "his ninth goal", "finished third") compared
//! slot by slot. An ordinal before a noun is a position among things of that noun ("the
//! 12th minute" is no "21st minute", "his ninth goal" no "tenth goal"); an ordinal with no
//! noun after it is a party's place in a ranking ("Harrowgate finished third", "leaves
//! Castleford 11th", "ninth in the table"), whose party is the subject of the clause that
//! holds it, else the last name before it (or, where a sentence names no party, the word
//! before it: "finished"). A claim's ordinal is backed by one of the same
//! value in the same slot of the evidence, contradicted by one of another value there
//! (and none of its own), and otherwise not backed: the same number in another slot ("the
//! 12th minute" for "Castleford are 12th") is another fact.
//!
//! "first" and "second" written as words are not read: they are as often an adverb ("first
//! reported") or a unit of time ("a second") as a position.

use crate::extract::{SentenceFacts, is_content};
use crate::intern::Atom;
use crate::lexicon::Lexicon;
use crate::text::{Token, TokenKind};

/// Nouns that name a position itself ("third place"): the ordinal is a party's place.
const PLACE_NOUNS: [&str; 4] = ["place", "placed", "position", "spot"];

/// One ordinal of a sentence.
#[derive(Debug, Clone)]
pub(super) struct Ordinal {
    /// Its value.
    pub value: u32,
    /// Its tokens (the figure and its suffix, or the word).
    pub tokens: (usize, usize),
    /// Where it stands.
    pub slot: Slot,
}

/// What an ordinal ranks.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Slot {
    /// A position among things of a noun: the head's stem and the tokens up to it.
    Noun(Atom, usize),
    /// A party's place: the party (a canonical name) when the sentence says whose, and the
    /// stem of the content word before the ordinal.
    Place(Option<String>, Option<Atom>),
}

/// The value of an ordinal starting at token `i`, and the token after it: "12th", "21st",
/// "ninth", "twenty-first". Not a word "first" or "second" alone, nor a fraction ("a third
/// of", "by a third").
fn read(tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let lex = Lexicon::get();
    let t = &tokens[i];
    match t.kind {
        TokenKind::Number => {
            let suffix = tokens.get(i + 1)?;
            if suffix.start != t.end || !matches!(suffix.norm.as_str(), "st" | "nd" | "rd" | "th") {
                return None;
            }
            let value: u32 = t.norm.replace(',', "").parse().ok()?;
            (value > 0).then_some((value, i + 2))
        }
        TokenKind::Word => {
            // "twenty-first": a tens word, a hyphen and an ordinal below ten.
            if let Some(&tens) = lex.number_units.get(t.norm.as_str())
                && tens >= 20.0
                && tens % 10.0 == 0.0
                && tokens.get(i + 1).is_some_and(|h| h.norm == "-")
                && let Some(&unit) = tokens
                    .get(i + 2)
                    .and_then(|u| lex.ordinals.get(u.norm.as_str()))
                && unit < 10.0
            {
                return Some(((tens + unit) as u32, i + 3));
            }
            let &value = lex.ordinals.get(t.norm.as_str())?;
            if value <= 2.0 {
                return None;
            }
            // A fraction: "a third of the vote", "cut by a third" (but "a third goal").
            if i > 0
                && matches!(tokens[i - 1].norm.as_str(), "a" | "one")
                && !tokens.get(i + 1).is_some_and(is_content)
            {
                return None;
            }
            // A part of a compound read from its first word ("twenty-third").
            if i >= 2
                && tokens[i - 1].norm == "-"
                && lex.number_units.contains_key(tokens[i - 2].norm.as_str())
            {
                return None;
            }
            Some((value as u32, i + 1))
        }
        _ => None,
    }
}

/// The ordinals of a sentence, with their slots. `owner` gives the party of a place: the
/// canonical name of whoever the sentence ranks at a token.
pub(super) fn ordinals(
    tokens: &[Token],
    in_time: impl Fn(usize) -> bool,
    owner: impl Fn(usize) -> Option<String>,
) -> Vec<Ordinal> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some((value, end)) = read(tokens, i) else {
            i += 1;
            continue;
        };
        // A date ("May 3rd", "the 3rd of May") is compared as a time.
        if (i..end).any(&in_time) {
            i = end;
            continue;
        }
        // The noun it ranks: the last of the lower-case content words after it ("the 81st
        // minute", "his ninth straight win"; "third-largest city" over the hyphen).
        let mut k = end;
        if tokens
            .get(k)
            .is_some_and(|t| t.norm == "-" && t.start == tokens[k - 1].end)
        {
            k += 1;
        }
        let mut head = None;
        let mut place = false;
        while let Some(t) = tokens.get(k) {
            if t.kind != TokenKind::Word || !is_content(t) || k - end >= 3 {
                break;
            }
            // "fourth placed Manchester City", "in ninth place": a place.
            place |= PLACE_NOUNS.contains(&t.norm.as_str());
            head = Some(k);
            k += 1;
        }
        let slot = match head {
            Some(h) if !place => Slot::Noun(tokens[h].stem, h + 1),
            _ => {
                // The word before it that is no name: "finished", "start".
                let before = tokens[..i]
                    .iter()
                    .rev()
                    .find(|t| is_content(t) && t.kind == TokenKind::Word && !t.capitalized)
                    .map(|t| t.stem);
                Slot::Place(owner(i), before)
            }
        };
        out.push(Ordinal {
            value,
            tokens: (i, end),
            slot,
        });
        i = end;
    }
    out
}

/// The party a source sentence ranks at token `i`: the subject of the narrowest relation
/// that holds the token, else the last name before it.
pub(super) fn source_owner(tokens: &[Token], facts: &SentenceFacts, i: usize) -> Option<String> {
    let (start, end) = (tokens[i].start, tokens[i].end);
    let relation = facts
        .relations
        .iter()
        .filter(|r| r.start <= start && end <= r.end && !r.subject.is_empty())
        .min_by_key(|r| r.end - r.start);
    if let Some(r) = relation {
        return Some(r.subject.clone());
    }
    facts
        .mentions
        .iter()
        .filter(|m| m.tokens.1 <= i)
        .max_by_key(|m| m.tokens.1)
        .map(|m| m.canonical.clone())
}

/// Whether two ordinals stand in the same slot. `same_party` says whether two canonical
/// names are one party.
pub(super) fn same_slot(a: &Slot, b: &Slot, same_party: impl Fn(&str, &str) -> bool) -> bool {
    let lex = Lexicon::get();
    match (a, b) {
        (Slot::Noun(x, _), Slot::Noun(y, _)) => x == y || lex.are_synonyms(x, y),
        // Two parties the sentences name; else, when one says not whose place it is ("the
        // Englishman finished sixth"), the same word before it.
        (Slot::Place(Some(x), _), Slot::Place(Some(y), _)) => {
            same_party(x, y) || x.eq_ignore_ascii_case(y)
        }
        (Slot::Place(_, Some(x)), Slot::Place(_, Some(y))) => x == y,
        _ => false,
    }
}

/// How a reason names an ordinal: its words up to the noun it ranks ("12th minute"), or
/// the ordinal alone for a place.
pub(super) fn describe(tokens: &[Token], o: &Ordinal) -> String {
    let end = match o.slot {
        Slot::Noun(_, end) => end,
        Slot::Place(..) => o.tokens.1,
    };
    words(&tokens[o.tokens.0..end])
}

/// Tokens as a reader wrote them: no space inside "12th" or "twenty-first".
fn words(tokens: &[Token]) -> String {
    let mut out = String::new();
    for (k, t) in tokens.iter().enumerate() {
        if k > 0 && tokens[k - 1].end < t.start {
            out.push(' ');
        }
        out.push_str(&t.norm);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(text: &str) -> Vec<(u32, Slot)> {
        let tokens = crate::text::tokenize(text, 0);
        ordinals(&tokens, |_| false, |_| None)
            .into_iter()
            .map(|o| (o.value, o.slot))
            .collect()
    }

    #[test]
    fn ordinals_and_their_slots() {
        let minute = Atom::new(&crate::text::stem("minute"));
        let got = read_all("Okafor headed in in the 12th minute.");
        assert!(matches!(&got[..], [(12, Slot::Noun(s, _))] if *s == minute));
        let got = read_all("It was his twenty-first goal.");
        assert!(matches!(&got[..], [(21, Slot::Noun(..))]));
        let got = read_all("They finished third in the league.");
        assert!(matches!(&got[..], [(3, Slot::Place(None, Some(_)))]));
        let got = read_all("They are seven points behind fourth placed Manchester City.");
        assert!(matches!(&got[..], [(4, Slot::Place(..))]));
        let got = read_all("It was near the end of the 20th Century.");
        assert!(matches!(&got[..], [(20, Slot::Noun(..))]));
        assert!(read_all("They won a third of the vote.").is_empty());
        assert!(read_all("It cut the budget by a third.").is_empty());
        assert!(matches!(
            &read_all("He scored a third goal.")[..],
            [(3, Slot::Noun(..))]
        ));
        assert!(read_all("He first arrived a second later.").is_empty());
    }
}
