//! Whose thing it is: "a Russian-backed proposal" is not "the Western-backed proposal",
//! nor "a French ship" "a British ship". A country's name or demonym right before a noun
//! (or before "-backed", "-led" and the like) says whose it is; the source naming
//! another before the same noun is a different filler in that slot. Country names keep
//! it precise: "Blues striker" and "Chelsea striker" may be one man, "French" and
//! "British" never one nationality.
//!
//! ```
//! use factcheck::check::modifiers::swapped_modifier;
//! use factcheck::text::tokenize;
//! let claim = tokenize("The council will debate a Russian-backed proposal.", 0);
//! let source = tokenize("The council will debate the latest Western-backed proposal.", 0);
//! assert_eq!(
//!     swapped_modifier(&claim, &[&source[..]]).as_deref(),
//!     Some("the source says 'western-backed proposal' where the claim says 'russian-backed proposal'")
//! );
//! ```

use crate::lexicon::Lexicon;
use crate::text::{Token, TokenKind};

/// A modifier before a noun: the naming word, the participle of a compound ("backed" in
/// "Western-backed", if any) and the noun.
struct Modified<'a> {
    name: &'a Token,
    participle: Option<&'a Token>,
    noun: &'a Token,
}

impl Modified<'_> {
    fn text(&self) -> String {
        match self.participle {
            Some(p) => format!("{}-{} {}", self.name.norm, p.norm, self.noun.norm),
            None => format!("{} {}", self.name.norm, self.noun.norm),
        }
    }
}

/// The nouns of `tokens` with a naming word before them: `country_only` asks the name
/// to be a country's (the claim's side); otherwise a capitalised word inside the
/// sentence before "-backed" counts too ("the Western-backed proposal").
fn modified(tokens: &[Token], country_only: bool) -> Vec<Modified<'_>> {
    let lex = Lexicon::get();
    // The token's class bits say whether any one-word country key is its word: most
    // words are turned away without a lookup.
    let is_country = |t: &Token| t.entity_key_lengths() & 1 != 0 && lex.country(&t.norm).is_some();
    (1..tokens.len())
        .filter(|&j| tokens[j].kind == TokenKind::Word && crate::extract::is_content(&tokens[j]))
        .filter_map(|j| {
            let before = &tokens[j - 1];
            let compound = j >= 3 && tokens[j - 2].norm == "-" && before.kind == TokenKind::Word;
            if compound {
                let name = &tokens[j - 3];
                let capital = name.capitalized && j > 3 && !country_only;
                return (is_country(name) || capital).then_some(Modified {
                    name,
                    participle: Some(before),
                    noun: &tokens[j],
                });
            }
            is_country(before).then_some(Modified {
                name: before,
                participle: None,
                noun: &tokens[j],
            })
        })
        .collect()
}

/// Whether two naming words name one country (or are one word).
fn same_name(a: &Token, b: &Token) -> bool {
    let lex = Lexicon::get();
    a.stem == b.stem
        || matches!(
            (lex.country(&a.norm), lex.country(&b.norm)),
            (Some(x), Some(y)) if x.name == y.name
        )
}

/// The claim's country before a noun where the evidence has another name before the
/// same noun, and never the claim's, as a reason; `None` when there is none.
pub fn swapped_modifier(claim: &[Token], evidence: &[&[Token]]) -> Option<String> {
    let sources: Vec<Modified> = evidence.iter().flat_map(|s| modified(s, false)).collect();
    modified(claim, true).into_iter().find_map(|c| {
        let same_noun: Vec<&Modified> = sources
            .iter()
            .filter(|s| s.noun.stem == c.noun.stem)
            .collect();
        if same_noun.iter().any(|s| same_name(s.name, c.name)) {
            return None;
        }
        let other = same_noun.first()?;
        Some(format!(
            "the source says '{}' where the claim says '{}'",
            other.text(),
            c.text()
        ))
    })
}
