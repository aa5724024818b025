//! "Without": a thing the source says is absent ("meet without any preconditions") is
//! not the claim's thing present ("meet with preconditions"), nor the other way round.
//!
//! "Without" does not negate its clause ("he was freed without charge" still says he was
//! freed), so extraction keeps it out of the clause negations; it negates only the noun
//! phrase after it, and that is what this check compares.
//!
//! ```
//! use factcheck::check::privative::absent_words;
//! use factcheck::text::tokenize;
//! let tokens = tokenize("They met without any preconditions.", 0);
//! let absent: Vec<&str> = absent_words(&tokens).iter().map(|&i| tokens[i].norm.as_str()).collect();
//! assert_eq!(absent, ["preconditions"]);
//! ```

use crate::extract::is_content;
use crate::lexicon::Lexicon;
use crate::text::Token;

/// Most content words of the noun phrase after "without" ("without prior written
/// notice").
const PHRASE_WORDS: usize = 3;

/// The head word (the last content word of the phrase) of each noun phrase a "without"
/// in `tokens` governs: "without any preconditions" → "preconditions", "without prior
/// notice" → "notice". Function words before the phrase are skipped; punctuation or a
/// function word after it ends it.
/// A "without" in a conditional sentence ("without the loan, the firm would have
/// closed") is a supposition, not a statement of absence, and is skipped.
pub fn absent_words(tokens: &[Token]) -> Vec<usize> {
    if supposes(tokens) {
        return Vec::new();
    }
    tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.norm == "without")
        .filter_map(|(i, _)| phrase_head(tokens, i + 1))
        .collect()
}

fn supposes(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .any(|t| matches!(t.norm.as_str(), "would" | "could" | "might" | "'d"))
}

fn phrase_head(tokens: &[Token], from: usize) -> Option<usize> {
    let first = (from..tokens.len())
        .take(3)
        .take_while(|&k| tokens[k].kind == crate::text::TokenKind::Word)
        .find(|&k| is_content(&tokens[k]))?;
    (first..tokens.len())
        .take(PHRASE_WORDS)
        .take_while(|&k| is_content(&tokens[k]))
        .last()
}

/// The words of the phrase whose head is `head`, as the source wrote them after
/// "without" ("public money").
fn phrase(tokens: &[Token], head: usize) -> String {
    let first = (0..head)
        .rev()
        .take(PHRASE_WORDS - 1)
        .take_while(|&k| is_content(&tokens[k]))
        .last()
        .unwrap_or(head);
    let words: Vec<&str> = tokens[first..=head]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    words.join(" ")
}

/// A conflict between what the claim has and what the evidence says is absent, or the
/// other way round, as a reason; `None` when there is none. `negated(s, i)` says
/// whether a clause negation of evidence sentence `s` scopes over its token `i`, and
/// `claim_negated` lists the claim's negated tokens: "no preconditions" and "without
/// preconditions" agree.
pub fn conflict(
    claim: &[Token],
    claim_negated: &[usize],
    evidence: &[&[Token]],
    negated: impl Fn(usize, usize) -> bool,
) -> Option<String> {
    let lex = Lexicon::get();
    let agree = |a: &Token, b: &Token| a.stem == b.stem || lex.are_synonyms(&a.stem, &b.stem);
    let claim_absent = absent_words(claim);
    let evidence_absent: Vec<Vec<usize>> = evidence.iter().map(|s| absent_words(s)).collect();
    // Where the evidence has the word outside any "without" or negation: "talks without
    // preconditions ... the preconditions he set" asserts it too.
    let asserted = |word: &Token| {
        evidence.iter().enumerate().any(|(s, tokens)| {
            tokens.iter().enumerate().any(|(i, t)| {
                is_content(t)
                    && agree(t, word)
                    && !evidence_absent[s].contains(&i)
                    && !negated(s, i)
            })
        })
    };
    let withheld = |word: &Token| {
        evidence_absent
            .iter()
            .enumerate()
            .any(|(s, absent)| absent.iter().any(|&i| agree(&evidence[s][i], word)))
            || evidence.iter().enumerate().any(|(s, tokens)| {
                tokens
                    .iter()
                    .enumerate()
                    .any(|(i, t)| negated(s, i) && agree(t, word))
            })
    };
    for (s, absent) in evidence_absent.iter().enumerate() {
        for &i in absent {
            let word = &evidence[s][i];
            let claimed = claim.iter().enumerate().find(|&(k, t)| {
                is_content(t)
                    && agree(t, word)
                    && !claim_absent.contains(&k)
                    && !claim_negated.contains(&k)
            });
            if let Some((_, had)) = claimed.filter(|_| !asserted(word)) {
                return Some(format!(
                    "the source says 'without {}' where the claim has '{}'",
                    phrase(evidence[s], i),
                    had.norm
                ));
            }
        }
    }
    claim_absent.iter().find_map(|&k| {
        let word = &claim[k];
        (asserted(word) && !withheld(word)).then(|| {
            format!(
                "the claim says 'without {}' but the source has it",
                phrase(claim, k)
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn absent(text: &str) -> Vec<String> {
        let tokens = tokenize(text, 0);
        absent_words(&tokens)
            .iter()
            .map(|&i| tokens[i].norm.to_string())
            .collect()
    }

    #[test]
    fn head_of_the_phrase_after_without() {
        assert_eq!(absent("He was freed without charge."), ["charge"]);
        assert_eq!(
            absent("They left without prior written notice."),
            ["notice"]
        );
        assert_eq!(
            absent("They met without any preconditions."),
            ["preconditions"]
        );
    }

    #[test]
    fn a_conditional_sentence_supposes() {
        assert!(absent("Without the repairs, the pier would have closed.").is_empty());
        assert!(absent("The pier could not open without repairs.").is_empty());
    }
}
