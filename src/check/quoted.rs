//! Quoted words: what a claim puts inside quotation marks it gives as someone's own
//! words, so each content word there must be the source's own word, not a synonym and
//! not a word the share of backed words lets through ("called it a ` great miracle '"
//! where the source quotes "a small miracle"). Words may be left out of a quotation; none
//! may be put in or changed.
//!
//! ```
//! use factcheck::check::quoted::unquoted_word;
//! use factcheck::text::tokenize;
//! let source = tokenize("The mayor called the footbridge a \"small miracle\" on Friday.", 0);
//! let changed = tokenize("the mayor called the footbridge a ` great miracle ' .", 0);
//! assert_eq!(unquoted_word(&changed, &[&source[..]]).as_deref(), Some("great"));
//! let cut = tokenize("the mayor called it a ` miracle ' .", 0);
//! assert_eq!(unquoted_word(&cut, &[&source[..]]), None);
//! ```

use crate::extract::is_content;
use crate::text::{Token, TokenKind};

/// The first content word inside the claim's quotation marks that no evidence sentence
/// has (by its stem), if any.
pub fn unquoted_word(claim: &[Token], evidence: &[&[Token]]) -> Option<String> {
    unquoted_word_in(claim, evidence, |_| false)
}

/// [`unquoted_word`], where `quoted_elsewhere` says whether the article quotes a word
/// in another sentence (a claim may join a word quoted there to the evidence's words).
pub(super) fn unquoted_word_in(
    claim: &[Token],
    evidence: &[&[Token]],
    quoted_elsewhere: impl Fn(&Token) -> bool,
) -> Option<String> {
    let spans = quoted_spans(claim);
    spans.iter().find_map(|&(open, close)| {
        claim[open + 1..close]
            .iter()
            .filter(|t| is_content(t))
            .find(|t| {
                !evidence.iter().any(|s| s.iter().any(|w| same_word(w, t))) && !quoted_elsewhere(t)
            })
            .map(|t| t.norm.to_string())
    })
}

/// Whether the sentence `tokens` has the word `word` inside its quotation marks.
pub(super) fn quotes(tokens: &[Token], word: &Token) -> bool {
    quoted_spans(tokens)
        .iter()
        .any(|&(open, close)| tokens[open + 1..close].iter().any(|w| same_word(w, word)))
}

fn same_word(a: &Token, b: &Token) -> bool {
    a.stem == b.stem || a.norm == b.norm
}

/// The token spans (opening mark, closing mark) of the claim's quotations. "`", "‘" and
/// "“" open, as '"' does every other time; a lone "'" opens only where it follows no
/// word ending in "s" (after one it is the apostrophe of "the players ' union") and is
/// closed later in the claim. A mark that is never closed quotes nothing.
fn quoted_spans(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Punct {
            continue;
        }
        let norm = t.norm.as_str();
        match open {
            Some(o) if matches!(norm, "'" | "’" | "”" | "\"" | "''") => {
                spans.push((o, i));
                open = None;
            }
            None if matches!(norm, "`" | "‘" | "“" | "\"" | "``") => open = Some(i),
            None if norm == "'" && opens_quote(tokens, i) => open = Some(i),
            _ => {}
        }
    }
    spans
}

/// Whether a lone "'" at `i` opens a quotation: it follows no word ending in "s" (the
/// apostrophe of a plural possessive) and a word follows it.
fn opens_quote(tokens: &[Token], i: usize) -> bool {
    let possessive = i
        .checked_sub(1)
        .is_some_and(|p| tokens[p].kind == TokenKind::Word && tokens[p].norm.ends_with('s'));
    !possessive
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.kind != TokenKind::Punct)
}
