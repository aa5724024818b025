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

/// Fewest words before a quotation's opening mark and after its closing one for the
/// sentence to read as two clauses: a subject, a verb and what it says each side.
const CLAUSE_WORDS: usize = 3;

/// Words that go on with the sentence after a closing quotation mark ("'a small miracle'
/// when it opened", "the 'river crossing' is closed", "'unfair' and costly"):
/// conjunctions, relatives, reporting verbs and finite forms of "be", "have" and the
/// modals; prepositions and subordinators are read from their own lists.
const GOES_ON: &[&str] = &[
    "and", "or", "but", "nor", "as", "while", "which", "who", "whom", "whose", "that", "than",
    "so", "where", "said", "says", "told", "is", "are", "was", "were", "has", "have", "had",
    "will", "would", "can", "could", "may", "might", "must", "should",
];

/// The sentence cut after each closing quotation mark that ends a clause run on into the
/// next without a full stop, as tokenised summaries write it ("the mayor called it a `
/// small miracle ' residents had waited"): the quotation closes after a clause of
/// [`CLAUSE_WORDS`] words or more, and a word that opens no continuation ([`GOES_ON`],
/// prepositions, subordinators) starts a run of as many words. Empty when there is no
/// such cut. Only opening marks that differ from closing ones are read ("`", "‘", "“"),
/// and '"' by pairs: a lone "'" may be an apostrophe.
///
/// ```
/// use factcheck::check::clauses::split_after_quotes;
/// assert_eq!(
///     split_after_quotes("the mayor called it a ` small miracle ' the bridge opened on time"),
///     ["the mayor called it a ` small miracle '", "the bridge opened on time"]
/// );
/// assert!(split_after_quotes("she said they were ` tired ' when they arrived home").is_empty());
/// ```
pub fn split_after_quotes(sentence: &str) -> Vec<String> {
    let tokens = tokenize(sentence, 0);
    let words = |ts: &[Token]| ts.iter().filter(|t| t.kind == TokenKind::Word).count();
    let goes_on = |t: &Token| {
        let norm = t.norm.as_str();
        // A verb form right after the quotation ("the ` Blue Lagoon ' sold for", "'
        // fine ' reported later") goes on with the quotation for subject; a new clause
        // opens with its own subject.
        GOES_ON.contains(&norm)
            || norm == "according"
            || norm.ends_with("ed")
            || norm.ends_with("ing")
            || crate::text::is_irregular_form(norm)
            || crate::extract::entity::PREPOSITIONS.contains(&norm)
            || crate::extract::relation::SUBORDINATORS.contains(&norm)
    };
    let mut pieces = Vec::new();
    let (mut piece_start, mut open): (usize, Option<usize>) = (0, None);
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let norm = t.norm.as_str();
        let closes =
            t.kind == TokenKind::Punct && open.is_some() && matches!(norm, "'" | "’" | "”" | "\"");
        if t.kind == TokenKind::Punct && open.is_none() && matches!(norm, "`" | "‘" | "“" | "\"")
        {
            open = Some(i);
        }
        if !closes {
            i += 1;
            continue;
        }
        // "''" closes once: the cut comes after the last mark.
        let mut last = i;
        while tokens
            .get(last + 1)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.norm.as_str() == norm)
        {
            last += 1;
        }
        let opened = open.take().unwrap_or(i);
        let next = last + 1;
        // The run after the cut ends at the sentence's next punctuation but quotes.
        let run_end = tokens[next..]
            .iter()
            .position(|t| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | "," | ";"))
            .map_or(tokens.len(), |p| next + p);
        let cuts = tokens
            .get(next)
            .is_some_and(|t| t.kind == TokenKind::Word && !goes_on(t))
            && words(&tokens[piece_start..opened]) >= CLAUSE_WORDS
            && words(&tokens[next..run_end]) >= CLAUSE_WORDS;
        if cuts && let Some(piece) = sentence.get(tokens[piece_start].start..tokens[last].end) {
            pieces.push(piece.to_string());
            piece_start = next;
        }
        i = next;
    }
    if pieces.is_empty() {
        return pieces;
    }
    match tokens
        .last()
        .and_then(|t| sentence.get(tokens[piece_start].start..t.end))
    {
        Some(rest) => pieces.push(rest.to_string()),
        None => pieces.clear(),
    }
    pieces
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
