//! Atomic claims inside one sentence: a non-restrictive relative clause ("Lee, who is
//! from Leeds, said …") asserts something of its own about the noun it follows, which a
//! source may state in another sentence than the rest. The sentence is checked as two
//! parts, the main clause without the relative one and the relative clause with its noun
//! for subject, each against its own evidence.
//!
//! ```
//! use factcheck::check::clauses::split_relative;
//! let (main, relative) = split_relative("Mr Lee, who is from Leeds, said the bridge would open.")
//!     .expect("a relative clause set off by commas");
//! assert_eq!(main, "Mr Lee said the bridge would open.");
//! assert_eq!(relative, "Mr Lee is from Leeds");
//! ```

use crate::text::{Token, TokenKind, tokenize};

/// Most words a noun phrase before a relative clause runs to ("asylum seeker Jo Adeli").
const NOUN_PHRASE_WORDS: usize = 5;

/// Most tokens of a relative clause set off by commas.
const CLAUSE_TOKENS: usize = 24;

/// The sentence without its first non-restrictive subject relative clause, and that
/// clause with the noun it follows for subject; `None` when the sentence has none.
/// Object relatives ("the figures, which he said were wrong,") are left whole: their
/// subject is another noun, and the clause alone would not say what the sentence does.
pub fn split_relative(sentence: &str) -> Option<(String, String)> {
    let tokens = tokenize(sentence, 0);
    let open = (1..tokens.len()).find(|&i| opens_relative(&tokens, i))?;
    let close = (open + 2..tokens.len().min(open + 2 + CLAUSE_TOKENS))
        .find(|&j| is_comma(&tokens[j]))
        .filter(|&j| tokens[j + 1..].iter().any(|t| t.kind == TokenKind::Word))?;
    // "Lisa Lee, 50, who teaches": the noun stands before the age.
    let noun_end = match tokens[..open] {
        [.., ref comma, ref age] if is_comma(comma) && age.kind == TokenKind::Number => open - 2,
        _ => open,
    };
    let noun = noun_phrase_start(&tokens, noun_end)?;
    let clause = &sentence[tokens[open + 2].start..tokens[close - 1].end];
    let subject = &sentence[tokens[noun].start..tokens[noun_end - 1].end];
    // The age keeps the comma that closes it: "Lisa Lee, 50, appeared".
    let rest = if noun_end < open {
        tokens[close].start
    } else {
        tokens[close].end
    };
    let main = format!("{}{}", &sentence[..tokens[open].start], &sentence[rest..]);
    Some((main, format!("{subject} {clause}")))
}

/// Whether a comma at `i` opens "who"/"which" and a verb of its own ("who is", not
/// "which he said").
fn opens_relative(tokens: &[Token], i: usize) -> bool {
    is_comma(&tokens[i])
        && tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "who" | "which"))
        && tokens.get(i + 2).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !matches!(
                    t.norm.as_str(),
                    "i" | "we" | "you" | "he" | "she" | "it" | "they" | "the" | "a" | "an"
                )
        })
}

/// Where the noun phrase ending before `comma` starts: back over content words to a
/// determiner, a function word or the sentence's start.
fn noun_phrase_start(tokens: &[Token], comma: usize) -> Option<usize> {
    let mut start = comma;
    while start > 0 && comma - start < NOUN_PHRASE_WORDS {
        let t = &tokens[start - 1];
        if t.kind == TokenKind::Punct && t.norm != "-" {
            break;
        }
        // "Mr", "Dr": part of the name, though a stop word.
        if t.is_stopword() && crate::extract::entity::title_at(tokens, start - 1).is_none() {
            if matches!(
                t.norm.as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "this"
            ) {
                start -= 1;
            }
            break;
        }
        start -= 1;
    }
    (start < comma && tokens[start..comma].iter().any(crate::extract::is_content)).then_some(start)
}

fn is_comma(t: &Token) -> bool {
    t.kind == TokenKind::Punct && t.norm == ","
}

#[cfg(test)]
mod tests {
    use super::split_relative;

    #[test]
    fn splits_subject_relatives_and_leaves_the_rest_whole() {
        let cases: [(&str, Option<(&str, &str)>); 7] = [
            (
                "Lisa Lee, 50, who teaches law, appeared on the show.",
                Some((
                    "Lisa Lee, 50, appeared on the show.",
                    "Lisa Lee teaches law",
                )),
            ),
            (
                "She said her daughter, who is unemployed, stole an iPad.",
                Some((
                    "She said her daughter stole an iPad.",
                    "her daughter is unemployed",
                )),
            ),
            (
                "The loss is a blow to taxpayers, who own 80 per cent of the bank, and comes late.",
                Some((
                    "The loss is a blow to taxpayers and comes late.",
                    "taxpayers own 80 per cent of the bank",
                )),
            ),
            // An object relative: "he" is the clause's subject, not the figures.
            (
                "He questioned the figures, which he said were wrong, on Monday.",
                None,
            ),
            // No comma closes the clause before the sentence ends.
            (
                "He suffers from an allergy, which means he stays indoors.",
                None,
            ),
            // "whose" and "where" clauses are not subject relatives.
            ("The town, where she grew up, lies on the coast.", None),
            ("Sam Hill, who", None),
        ];
        for (sentence, expected) in cases {
            let got = split_relative(sentence);
            let got = got.as_ref().map(|(m, r)| (m.as_str(), r.as_str()));
            assert_eq!(got, expected, "{sentence}");
        }
    }
}
