//! Sentence splitting for news text: abbreviations ("Mr.", "U.N."), initials, ellipses,
//! closing quotes, and the lower-cased, space-tokenised text summarisers write.

use super::{Role, Sentence};
use crate::lexicon::Lexicon;
use crate::text::{Token, TokenKind, tokenize};

/// Blocks of text that a sentence never crosses: blank-line paragraphs, and single lines
/// unless the line is hard-wrapped prose.
fn blocks(text: &str) -> Vec<(usize, usize)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            blocks.extend(current.take());
            continue;
        }
        let end = start + body.len();
        current = match current {
            Some((s, e)) if continues(&text[s..e], body) => Some((s, end)),
            Some(prev) => {
                blocks.push(prev);
                Some((start, end))
            }
            None => Some((start, end)),
        };
    }
    blocks.extend(current);
    blocks
}

/// Whether `next` continues the hard-wrapped paragraph `prev`.
fn continues(prev: &str, next: &str) -> bool {
    let last_line = prev.rsplit('\n').next().unwrap_or(prev).trim_end();
    let next = next.trim_start();
    let ends_sentence = last_line.ends_with(['.', '!', '?', '"', '”', ':', '’']);
    let starts_lower = next.chars().next().is_some_and(char::is_lowercase);
    starts_lower || (!ends_sentence && last_line.chars().count() >= 60)
}

fn is_closer(t: &Token) -> bool {
    matches!(t.norm.as_str(), "\"" | "”" | "'" | "’" | ")" | "]" | "»")
}

fn is_terminal(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | "!" | "?" | "…")
}

/// Whether a new sentence may start at token `t`.
fn opens_sentence(t: &Token) -> bool {
    t.capitalized
        || t.kind == TokenKind::Number
        || matches!(t.norm.as_str(), "\"" | "“" | "'" | "‘" | "(" | "-lrb-")
}

/// Words that open a sentence and, capitalised, hardly stand inside one.
const OPENERS: [&str; 12] = [
    "the", "a", "an", "it", "he", "she", "they", "this", "these", "but", "we", "there",
];

/// A seam where two sentences were run together without a stop: a lower-case word (or a
/// figure) followed by a capitalised opener followed by a lower-case word ("colleague The
/// cost"). Names ("The Times") keep the capital on the next word and are not seams.
fn is_run_on_seam(tokens: &[Token], i: usize) -> bool {
    let (Some(prev), Some(next), Some(after)) =
        (tokens.get(i), tokens.get(i + 1), tokens.get(i + 2))
    else {
        return false;
    };
    let prev_ends_words =
        (prev.kind == TokenKind::Word && !prev.capitalized) || prev.kind == TokenKind::Number;
    prev_ends_words
        && next.capitalized
        && next.end - next.start > 0
        && OPENERS.contains(&next.norm.as_str())
        && after.kind == TokenKind::Word
        && !after.capitalized
        && next.start > prev.end
}

/// A closing quotation mark with no stop before it, followed by a sentence opener and a
/// word: "… 'tremendous advances' the artificial brain is …".
fn is_quote_seam(tokens: &[Token], i: usize) -> bool {
    // Every closing mark is a punctuation token: a word is turned away without reading
    // its text (asked of every token).
    let closing = tokens[i].kind == TokenKind::Punct
        && matches!(tokens[i].norm.as_str(), "'" | "''" | "\"" | "”" | "’");
    if !closing {
        return false;
    }
    let (Some(before), Some(next), Some(after)) = (
        i.checked_sub(1).map(|p| &tokens[p]),
        tokens.get(i + 1),
        tokens.get(i + 2),
    ) else {
        return false;
    };
    let opened = tokens[..i]
        .iter()
        .rev()
        .take(40)
        .any(|t| matches!(t.norm.as_str(), "`" | "``" | "‘" | "“"));
    opened
        && before.kind == TokenKind::Word
        && OPENERS.contains(&next.norm.as_str())
        && after.kind == TokenKind::Word
}

/// Splits `text[range]` into sentences, with spans in the whole text (roles are set by
/// the caller).
pub fn sentences_in(text: &str, range: std::ops::Range<usize>) -> Vec<Sentence> {
    let lex = Lexicon::get();
    let mut out = Vec::new();
    let base = range.start;
    let text = &text[range];
    for (paragraph, (start, end)) in blocks(text).into_iter().enumerate() {
        let tokens = tokenize(&text[start..end], base + start);
        // Where sentences end; the tokens are moved into them afterwards, not copied.
        let mut ends = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            let split_after = if is_terminal(t) {
                // Run of stops ("...") and closing quotes or brackets.
                let mut j = i + 1;
                // A closing mark hugs the stop; a spaced straight quote opens the next one.
                while j < tokens.len()
                    && (is_terminal(&tokens[j])
                        || is_closer(&tokens[j]) && tokens[j].start == tokens[j - 1].end)
                {
                    j += 1;
                }
                let spaced = t.norm == "."
                    && i > 0
                    && tokens[i - 1].end < t.start
                    && tokens.get(i + 1).is_none_or(|n| n.start > t.end);
                let prev = i.checked_sub(1).map(|p| &tokens[p]);
                let abbreviation = t.norm == "."
                    && prev.is_some_and(|p| {
                        p.end == t.start
                            && (lex.is_abbreviation(&p.norm)
                                || (p.norm.chars().count() == 1 && p.capitalized))
                    });
                let next = tokens.get(j);
                let ellipsis = j > i + 1 && tokens[i + 1].norm == ".";
                let boundary = match next {
                    None => true,
                    Some(n) if n.norm == "," || n.norm == ";" => false,
                    Some(_) if spaced => true,
                    Some(n) => opens_sentence(n) && !abbreviation && (n.capitalized || !ellipsis),
                };
                boundary.then_some(j)
            } else if t.kind == TokenKind::Word
                && t.norm.ends_with('.')
                && t.norm.len() > 2
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.capitalized && n.is_stopword() && n.norm != "i")
            {
                // "… to the U.N. The council …": an acronym's stop also ends the sentence.
                Some(i + 1)
            } else if is_quote_seam(&tokens, i) {
                // "… made 'tremendous advances' the artificial brain is …": a quotation
                // closes a sentence that has no stop.
                Some(i + 1)
            } else if is_run_on_seam(&tokens, i) {
                // Captions run into text without a stop: "… than a colleague The cost of …".
                Some(i + 1)
            } else {
                None
            };
            match split_after {
                Some(j) => {
                    ends.push(j);
                    i = j;
                }
                None => i += 1,
            }
        }
        ends.push(tokens.len());
        let mut rest = tokens.into_iter();
        let mut from = 0;
        for end in ends {
            push(
                &mut out,
                rest.by_ref().take(end - from).collect(),
                paragraph,
            );
            from = end;
        }
    }
    out
}

/// Longest sentence, in tokens. A longer run without a stop is not prose (a table, a list
/// run together, minified text, hostile input) and is cut into pieces of this length:
/// some per-sentence work in extraction and checking grows faster than the sentence's
/// length, and this keeps the whole linear in the text's length. News sentences are far
/// shorter, so their analysis is unchanged.
pub const MAX_SENTENCE_TOKENS: usize = 400;

fn push(out: &mut Vec<Sentence>, tokens: Vec<Token>, paragraph: usize) {
    if tokens.len() <= MAX_SENTENCE_TOKENS {
        push_one(out, tokens, paragraph);
    } else {
        for piece in tokens.chunks(MAX_SENTENCE_TOKENS) {
            push_one(out, piece.to_vec(), paragraph);
        }
    }
}

fn push_one(out: &mut Vec<Sentence>, tokens: Vec<Token>, paragraph: usize) {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return;
    };
    let (start, end) = (first.start, last.end);
    out.push(Sentence {
        index: out.len(),
        start,
        end,
        tokens,
        role: Role::Body,
        paragraph,
    });
}
