//! Which office: "deputy foreign minister" is not "foreign minister", "former president"
//! not "president". A rank word before a role (`src/lexicon/ranks.txt`) makes it another
//! office, so a claim that drops one, adds one or puts another in its place is
//! contradicted where the evidence names that role only with another rank.
//!
//! ```
//! use factcheck::check::ranks::other_rank;
//! use factcheck::text::tokenize;
//! let claim = tokenize("Gatilov is Russia's foreign minister.", 0);
//! let source = tokenize("Its deputy foreign minister Gennady Gatilov said so.", 0);
//! assert_eq!(
//!     other_rank(&claim, &[&source[..]]).as_deref(),
//!     Some("the source says 'deputy foreign minister' where the claim says 'foreign minister'")
//! );
//! ```

use crate::extract::is_content;
use crate::intern::Atom;
use crate::lexicon::Lexicon;
use crate::text::{Token, TokenKind};

/// Most words between a rank and its role ("deputy foreign minister").
const MODIFIERS: usize = 2;

/// A role noun with the words before it that say which office it is.
struct Office<'a> {
    rank: Option<Atom>,
    /// Stems of the describing words, compared.
    modifiers: Vec<Atom>,
    role: Atom,
    /// The words, rank to role, shown in a reason.
    words: &'a [Token],
    /// Token positions of the first word and one past the role.
    span: (usize, usize),
}

impl Office<'_> {
    fn text(&self) -> String {
        let words: Vec<&str> = self
            .words
            .iter()
            .filter(|t| t.norm != "-")
            .map(|t| t.norm.as_str())
            .collect();
        words.join(" ")
    }
}

/// Every role noun of `tokens` with its rank (if any) and the content words between.
fn offices(tokens: &[Token]) -> Vec<Office<'_>> {
    let lex = Lexicon::get();
    tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word && t.is_role())
        .map(|(j, t)| {
            let mut modifiers = Vec::new();
            let mut first = j;
            let mut rank = None;
            // Back from the role over hyphens ("vice-president") and describing words.
            for k in (0..j).rev() {
                let w = &tokens[k];
                if w.norm == "-" {
                    continue;
                }
                if w.kind == TokenKind::Word && lex.is_rank(w.norm) {
                    rank = Some(w.norm);
                    first = k;
                    break;
                }
                if modifiers.len() == MODIFIERS
                    || !is_content(w)
                    || w.capitalized && k + 1 < j && !modifiers.is_empty()
                {
                    break;
                }
                modifiers.push(w.stem);
                first = k;
            }
            modifiers.reverse();
            Office {
                rank,
                modifiers,
                role: t.stem,
                words: &tokens[first..=j],
                span: (first, j + 1),
            }
        })
        .collect()
}

/// The claim's office where the evidence names the same role with the same describing
/// words only under another rank, as a reason; `None` when there is none.
pub fn other_rank(claim: &[Token], evidence: &[&[Token]]) -> Option<String> {
    let sources: Vec<Office> = evidence.iter().flat_map(|s| offices(s)).collect();
    offices(claim).into_iter().find_map(|c| {
        let same: Vec<&Office> = sources
            .iter()
            .filter(|s| s.role == c.role && s.modifiers == c.modifiers)
            .collect();
        if same.iter().any(|s| s.rank == c.rank) {
            return None;
        }
        let other = same.first()?;
        // "The nurse stole" of a former nurse tells what she did as one: a past rank
        // against none is a conflict only where the claim gives the office as held
        // now, before a name or after "is" or a name's comma.
        let lex = Lexicon::get();
        if c.rank.is_none()
            && other.rank.is_some_and(|r| lex.is_past_rank(r))
            && !holds_office(claim, c.span)
        {
            return None;
        }
        Some(format!(
            "the source says '{}' where the claim says '{}'",
            other.text(),
            c.text()
        ))
    })
}

/// Whether a claim gives the office at `span` as one held: a title before a name ("port
/// director Tom Eccles"), said of someone ("Eccles is the port director", "Tom Eccles,
/// the port director") or someone's ("Okafor's wife").
fn holds_office(claim: &[Token], (first, end): (usize, usize)) -> bool {
    let titled = claim
        .get(end)
        .is_some_and(|t| t.capitalized && t.kind == TokenKind::Word);
    let determiner = first.checked_sub(1).filter(|&k| {
        matches!(
            claim[k].norm.as_str(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        )
    });
    let before = determiner
        .unwrap_or(first)
        .checked_sub(1)
        .map(|k| claim[k].norm.as_str());
    titled
        || matches!(
            before,
            Some("is" | "was" | "are" | "were" | "," | "as" | "'s")
        )
}
