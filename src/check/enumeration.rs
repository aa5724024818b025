//! Counting what a sentence enumerates: "the harbour committee and the budget
//! committee" are two committees, "both committees" two, "Ada Varga, Tomas Reil and
//! Ines Moll" three people. A claim's cardinal ("two committees", "three inmates") is
//! backed by an enumeration of exactly that many, and a listed count of the same noun
//! that differs opposes it.

use crate::extract::entity::Via;
use crate::extract::{EntityKind, Mention};
use crate::lexicon::{Gender, Lexicon};
use crate::text::{Atom, Token, TokenKind};

/// Most words a modifier between two listed items may have ("and the harbour
/// redevelopment committee").
const MAX_ITEM_WORDS: usize = 6;
/// Most words between "both" and the noun it counts ("both select committees").
const MAX_BOTH_GAP: usize = 3;

/// One enumeration in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Enumeration {
    /// How many items it lists.
    pub count: usize,
    /// Byte span of the list in the cleaned text.
    pub start: usize,
    /// Byte span end in the cleaned text.
    pub end: usize,
    /// Whether the items are persons' names (no noun of the claim's in the list).
    pub by_name: bool,
}

/// What a claim's figure counts: the stems of the plural nouns after it, up to the
/// first punctuation or function word ("two select committees at ..." → "committe";
/// "three inmates have ..." → "inmat"), and whether one of them is a noun for people.
pub struct Counted {
    /// Stems of the plural nouns the figure may count.
    pub heads: Vec<Atom>,
    /// Whether one of them is a noun for people ("inmates", "men", "people").
    pub persons: bool,
    /// The gender one of them gives ("women"), if any.
    pub gender: Option<Gender>,
    /// Whether one of them says no more than that they are persons ("people"): all a
    /// list of names tells of what it lists.
    pub only_persons: bool,
}

/// Whether a word is written in the plural: "-s" (not "-ss", "-us", "-is"), or an
/// irregular plural the lexicon joins to a singular ("men" → "man").
fn is_plural(t: &Token) -> bool {
    let w = t.norm.as_str();
    if matches!(w, "people" | "men" | "women" | "children") {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
}

/// The nouns a claim's figure ending at token `end` counts.
pub fn counted(tokens: &[Token], end: usize) -> Counted {
    let lex = Lexicon::get();
    let mut heads = Vec::new();
    let mut persons = false;
    let mut gender = None;
    let mut only_persons = false;
    for t in tokens.iter().skip(end).take(MAX_ITEM_WORDS) {
        if !t.is_word() || (t.is_stopword() && t.norm != "of") {
            break;
        }
        if !is_plural(t) {
            continue;
        }
        heads.push(t.stem);
        let singular = t.norm.strip_suffix('s').unwrap_or(&t.norm);
        let plain = matches!(t.norm.as_str(), "people" | "persons");
        only_persons |= plain;
        if plain || lex.is_role(t.stem.as_str()) || lex.is_role(singular) {
            persons = true;
            gender = gender.or_else(|| lex.gender(t.stem.as_str()).or(lex.gender(singular)));
        }
    }
    Counted {
        heads,
        persons,
        gender,
        only_persons,
    }
}

fn is_and(t: &Token) -> bool {
    t.norm == "and"
}

fn is_comma(t: &Token) -> bool {
    t.kind == TokenKind::Punct && t.norm == ","
}

/// The link between two listed items, tokens `a..b`: "," , "and" or ", and" (with an age
/// or other figure in commas allowed for names: "Ada Varga, 31, and ..."). `Some(true)`
/// for a link with "and", `Some(false)` for a comma alone, `None` for no link.
fn link(tokens: &[Token], with_figures: bool) -> Option<bool> {
    if tokens.is_empty() {
        return None;
    }
    let mut and = false;
    for t in tokens {
        if is_and(t) {
            if and {
                return None;
            }
            and = true;
        } else if !(is_comma(t) || with_figures && t.kind == TokenKind::Number) {
            return None;
        }
    }
    Some(and)
}

/// Where the item whose noun is token `head` starts: its modifiers back to a determiner
/// ("the harbour committee"), at most [`MAX_ITEM_WORDS`] words.
fn item_start(tokens: &[Token], head: usize) -> usize {
    let mut start = head;
    while start > 0 && head - start < MAX_ITEM_WORDS {
        let t = &tokens[start - 1];
        if !t.is_word() || is_and(t) || t.norm == "or" {
            break;
        }
        if t.is_stopword() {
            if matches!(
                t.norm.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            ) {
                start -= 1;
            }
            break;
        }
        start -= 1;
    }
    start
}

/// Whether the list of tokens `first..end` is only part of what is counted: introduced
/// by "including", "such as", "like", "among" or "notably", or followed by "and
/// others", "and other ...", "among others", "as well as" or "etc".
fn partial(tokens: &[Token], first: usize, end: usize) -> bool {
    let before = &tokens[first.saturating_sub(3)..first];
    let opens = before.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "including"
                | "include"
                | "includes"
                | "included"
                | "like"
                | "among"
                | "amongst"
                | "notably"
                | "especially"
                | "particularly"
        )
    }) || before
        .windows(2)
        .any(|w| w[0].norm == "such" && w[1].norm == "as");
    let after: Vec<&str> = tokens[end.min(tokens.len())..]
        .iter()
        .filter(|t| !is_comma(t))
        .take(2)
        .map(|t| t.norm.as_str())
        .collect();
    let continues = matches!(
        after.as_slice(),
        ["and" | "or", "other" | "others" | "more"]
            | ["among" | "amongst", "others"]
            | ["as", "well"]
            | ["etc", ..]
    );
    opens || continues
}

/// The enumerations of a sentence that count one of `heads` (stems): items that each end
/// in the noun ("the A committee, the B committee and the C committee"), or "both"
/// before it.
pub fn of_noun(tokens: &[Token], heads: &[Atom]) -> Vec<Enumeration> {
    let mut found = Vec::new();
    if heads.is_empty() {
        return found;
    }
    let is_head = |t: &Token| t.is_word() && heads.contains(&t.stem);
    // "both (the) select committees"
    for (i, t) in tokens.iter().enumerate() {
        if t.norm != "both" {
            continue;
        }
        let mut j = i + 1;
        if tokens.get(j).is_some_and(|t| t.norm == "of") {
            j += 1;
        }
        let Some(k) = (j..tokens.len().min(j + MAX_BOTH_GAP + 1))
            .take_while(|&k| tokens[k].is_word() && !is_and(&tokens[k]))
            .find(|&k| is_head(&tokens[k]) && is_plural(&tokens[k]))
        else {
            continue;
        };
        found.push(Enumeration {
            count: 2,
            start: t.start,
            end: tokens[k].end,
            by_name: false,
        });
    }
    // Items ending in the noun, linked by commas and a last "and", each told apart by a
    // word of its own ("the harbour committee and the budget committee"; "the committee
    // met and the committee voted" lists one committee twice).
    let positions: Vec<usize> = (0..tokens.len()).filter(|&i| is_head(&tokens[i])).collect();
    let own_words = |items: &[Token]| -> Vec<Atom> {
        items
            .iter()
            .filter(|t| !t.is_stopword())
            .map(|t| t.norm)
            .collect()
    };
    let mut k = 0;
    while k < positions.len() {
        let first = positions[k];
        let start = item_start(tokens, first);
        let mut items = vec![own_words(&tokens[start..first])];
        let mut last = first;
        let mut closed = false;
        let mut next = k + 1;
        while next < positions.len() && !closed {
            let p = positions[next];
            // The link right after the item, then the next item's modifiers.
            let link_end = (last + 1..p)
                .find(|&i| !(is_comma(&tokens[i]) || is_and(&tokens[i])))
                .unwrap_or(p);
            let Some(and) = link(&tokens[last + 1..link_end], false) else {
                break;
            };
            let modifiers = &tokens[link_end..p];
            if modifiers.len() > MAX_ITEM_WORDS
                || modifiers
                    .iter()
                    .any(|t| !t.is_word() || is_and(t) || t.norm == "or")
            {
                break;
            }
            items.push(own_words(modifiers));
            last = p;
            closed = and;
            next += 1;
        }
        let told_apart = items.iter().all(|w| !w.is_empty())
            && items
                .iter()
                .enumerate()
                .all(|(i, w)| items[..i].iter().all(|v| v != w));
        // A list ends with "and": "the A committee, the B committee" is no list of two.
        if items.len() >= 2 && closed && told_apart && !partial(tokens, start, last + 1) {
            found.push(Enumeration {
                count: items.len(),
                start: tokens[start].start,
                end: tokens[last].end,
                by_name: false,
            });
        }
        k = next.max(k + 1);
    }
    found
}

/// The lists of persons' names in a sentence ("Ada Varga, Tomas Reil and Ines Moll"),
/// each with its number of distinct persons. A noun of one gender ("three women") is
/// not counted by names: a name alone does not give a gender.
pub fn of_names(
    tokens: &[Token],
    mentions: &[Mention],
    gender: Option<Gender>,
) -> Vec<Enumeration> {
    if gender.is_some() {
        return Vec::new();
    }
    let mut names: Vec<&Mention> = mentions
        .iter()
        .filter(|m| {
            m.entity_kind == EntityKind::Person
                && matches!(
                    m.via,
                    Via::Name | Via::Surname | Via::GivenName | Via::Alias
                )
        })
        .collect();
    names.sort_by_key(|m| m.tokens);
    let mut found = Vec::new();
    let mut k = 0;
    while k < names.len() {
        let first = k;
        let mut closed = false;
        let mut next = k + 1;
        while next < names.len() && !closed {
            let gap = names[next - 1].tokens.1..names[next].tokens.0;
            let Some(and) = tokens.get(gap).and_then(|between| link(between, true)) else {
                break;
            };
            closed = and;
            next += 1;
        }
        let list = &names[first..next];
        // Not the tail of a longer list of other things ("Leeds, Ada Varga and ...") nor
        // followed by more items ("... and Ines Moll or ...").
        let before = list[0].tokens.0;
        let open_before = tokens[before.saturating_sub(3)..before]
            .iter()
            .any(|t| is_comma(t) || is_and(t));
        let after = list[list.len() - 1].tokens.1;
        let more_after = tokens
            .get(after)
            .is_some_and(|t| is_and(t) || t.norm == "or");
        if list.len() >= 2
            && closed
            && !open_before
            && !more_after
            && !partial(tokens, before, after)
        {
            let mut distinct: Vec<&str> = list.iter().map(|m| m.canonical.as_str()).collect();
            distinct.sort_unstable();
            distinct.dedup();
            found.push(Enumeration {
                count: distinct.len(),
                start: list[0].start,
                end: list[list.len() - 1].end,
                by_name: true,
            });
        }
        k = next;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn counts(sentence: &str, claim: &str) -> Vec<usize> {
        let tokens = tokenize(sentence, 0);
        let claim = tokenize(claim, 0);
        // The claim's figure is its first word.
        let heads = counted(&claim, 1).heads;
        of_noun(&tokens, &heads).iter().map(|e| e.count).collect()
    }

    #[test]
    fn items_ending_in_the_noun_are_counted() {
        let s = "Officials said the harbour committee, the budget committee and the schools committee met.";
        assert_eq!(counts(s, "three committees met"), vec![3]);
        let s = "The harbour committee and the budget committee met.";
        assert_eq!(counts(s, "two committees met"), vec![2]);
    }

    #[test]
    fn both_counts_two() {
        assert_eq!(
            counts("Both select committees met.", "two committees met"),
            vec![2]
        );
        assert_eq!(
            counts("Both of the ferries sailed.", "two ferries sailed"),
            vec![2]
        );
        // "both" before a singular is the correlative "both ... and".
        assert!(counts("Both the ferry and the barge sailed.", "two ferries").is_empty());
    }

    #[test]
    fn what_is_no_list() {
        // No closing "and", "or", one item named twice, a partial list.
        assert!(
            counts(
                "The harbour committee, the budget committee met.",
                "two committees"
            )
            .is_empty()
        );
        assert!(counts("The east road or the west road will close.", "two roads").is_empty());
        assert!(
            counts(
                "The committee met and the committee voted.",
                "two committees"
            )
            .is_empty()
        );
        assert!(
            counts(
                "Clubs including the Wexley rowing club and the Harn rowing club came.",
                "two clubs"
            )
            .is_empty()
        );
        assert!(
            counts(
                "The Wexley rowing club and the Harn rowing club, among others, came.",
                "two clubs"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_figure_counts_the_plural_nouns_after_it() {
        let claim = tokenize("three inmates have fled", 0);
        let c = counted(&claim, 1);
        assert_eq!(c.heads.len(), 1);
        assert!(c.persons);
        assert_eq!(c.gender, None);
        let claim = tokenize("three women have fled", 0);
        let c = counted(&claim, 1);
        assert!(c.persons);
        assert!(c.gender.is_some());
        let claim = tokenize("two select committees at Westminster", 0);
        let c = counted(&claim, 1);
        assert_eq!(c.heads.len(), 1);
        assert!(!c.persons);
    }
}
