//! Quotations and who said them. A quotation mark left open ends at its paragraph, so
//! one stray mark cannot swallow the rest of an article.
//!
//! ```
//! use factcheck::source::{Format, Source};
//! use factcheck::extract::Document;
//! let text = "Gennady Gatilov told Interfax it was wrong.\n\n\"We will not back it,\" he said.";
//! let doc = Document::analyse(Source::from_text("a.txt", text.into(), Format::Text));
//! assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Gennady Gatilov"));
//! ```

use serde::Serialize;

use super::SentenceFacts;
use super::entity::{EntityKind, Mention, is_subject_position};
use crate::lexicon::{Lexicon, NameForm};
use crate::source::{Role, Sentence, Source};
use crate::text::{Token, TokenKind};

/// A quotation with its attribution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The words inside the marks.
    pub quoted: String,
    /// Who said it, by canonical name; a group after a country is named by both ("U.S.
    /// officials said": "United States officials").
    pub speaker: Option<String>,
    /// The reporting verb's lemma ("say", "tell").
    pub verb: Option<String>,
    /// The outlet or audience it was said to ("Interfax", "reporters").
    pub outlet: Option<String>,
    /// Whether the closing mark is missing (the quote was cut at the paragraph end).
    pub unclosed: bool,
    /// Byte span in the cleaned text, marks included.
    #[serde(skip)]
    pub start: usize,
    /// Byte span end in the cleaned text.
    #[serde(skip)]
    pub end: usize,
    /// Index of the sentence the quote starts in.
    #[serde(skip)]
    pub sentence: usize,
}

/// A token with the sentence it stands in.
#[derive(Clone, Copy)]
struct At<'a> {
    sentence: usize,
    index: usize,
    token: &'a Token,
}

fn is_open(t: &Token) -> bool {
    t.norm == "\"" || t.norm == "“"
}

fn is_close(t: &Token) -> bool {
    t.norm == "\"" || t.norm == "”"
}

/// A lone apostrophe or single quotation mark: a punctuation token ("'s" is a word).
fn is_single_mark(t: &Token) -> bool {
    t.kind == TokenKind::Punct && (t.norm == "'" || t.norm == "‘" || t.norm == "’")
}

/// The character a mark is written with (its norm folds "‘" and "’" into "'").
fn mark_char(text: &str, t: &Token) -> char {
    text[t.start..t.end].chars().next().unwrap_or(' ')
}

/// Whether the single mark at `k` may open a quotation: it stands after a space or an
/// opening bracket or colon, and a word starts right after it. An apostrophe also opens a
/// year ("'90s": a figure after it) or an elided word ("'em", "rock 'n' roll":
/// `elisions.txt`), and "players'" ends in one: none of them opens a quote.
fn may_open_single(text: &str, para: &[At], k: usize) -> bool {
    let mark = para[k].token;
    if !is_single_mark(mark) || mark_char(text, mark) == '’' {
        return false;
    }
    let spaced = k == 0
        || para[k - 1].token.end < mark.start
        || matches!(para[k - 1].token.norm.as_str(), "(" | "[" | ":");
    spaced
        && para.get(k + 1).is_some_and(|a| {
            a.token.start == mark.end
                && a.token.kind == TokenKind::Word
                && !Lexicon::get().is_elision(&a.token.norm)
        })
}

/// Whether the single mark at `k` opens a quotation ('We will not back it.'): one that
/// may ([`may_open_single`]) where speech opens, at the start of its sentence or after a
/// colon, a comma or a reporting verb ("said: '...'"). Single marks inside running text
/// are mostly scare quotes ("called it 'shocking'"), which give no words to anyone: not
/// read.
fn opens_single(text: &str, para: &[At], k: usize) -> bool {
    // Asked of every token of a paragraph with a mark: most are no mark at all.
    if !is_single_mark(para[k].token) {
        return false;
    }
    let opens_speech = para[k].index == 0
        || para[k - 1].token.is_reporting_verb()
        || matches!(para[k - 1].token.norm.as_str(), "(" | "[" | ":" | ",");
    opens_speech && may_open_single(text, para, k)
}

/// Whether the single mark at `j` may close a quotation: it stands right after a word or
/// a stop, and no word follows it without a space; the second mark of "rock 'n' roll"
/// closes only its elision.
fn closes_single(text: &str, para: &[At], j: usize) -> bool {
    let mark = para[j].token;
    if !is_single_mark(mark) || mark_char(text, mark) == '‘' || j == 0 {
        return false;
    }
    let before = para[j - 1].token;
    // The second mark of "'n'" closes the elision the first opened.
    let elided = Lexicon::get().is_elision(&before.norm)
        && j >= 2
        && is_single_mark(para[j - 2].token)
        && para[j - 2].token.end == before.start;
    before.end == mark.start
        && !elided
        && before.norm != "'"
        && !para
            .get(j + 1)
            .is_some_and(|a| a.token.start == mark.end && a.token.kind != TokenKind::Punct)
}

/// Whether a closing candidate is rather a plural's apostrophe ("the players' union"): a
/// word in "s" before it and a lower-case word after it that reports no speech.
fn is_plural_possessive(text: &str, para: &[At], j: usize) -> bool {
    let before = &text[para[j - 1].token.start..para[j - 1].token.end];
    before.ends_with(['s', 'S'])
        && para.get(j + 1).is_some_and(|a| {
            a.token.is_word() && !a.token.capitalized && !a.token.is_reporting_verb()
        })
}

/// The mark closing the single quotation opened at `open`: the first candidate that is no
/// plural's apostrophe (looking no further than the first candidate's sentence), else the
/// first candidate; `Ok(None)` when the paragraph has none.
/// A quotation in single marks holds no other (one inside takes double marks), so when a
/// second opens before any close the marks cannot be paired (a nested quotation in the
/// same marks, or one left open): `Err` gives where to resume, after the first close
/// following that second opening, and none of the marks in between is read.
fn single_close(text: &str, para: &[At], open: usize) -> Result<Option<usize>, usize> {
    // Any mark that may open counts here, scare quotes too: 'a 'bad' deal' is as tangled.
    let next_open = (open + 1..para.len()).find(|&j| may_open_single(text, para, j));
    let mut candidates =
        (open + 2..next_open.unwrap_or(para.len())).filter(|&j| closes_single(text, para, j));
    match (candidates.next(), next_open) {
        (Some(first), _) if !is_plural_possessive(text, para, first) => Ok(Some(first)),
        // A later close only within the first candidate's sentence: a mark sentences
        // away closed "'Star Wars' streaming ..." a paragraph later, swallowing the
        // quotations between.
        (Some(first), _) => Ok(Some(
            candidates
                .take_while(|&j| para[j].sentence == para[first].sentence)
                .find(|&j| !is_plural_possessive(text, para, j))
                .unwrap_or(first),
        )),
        (None, None) => Ok(None),
        (None, Some(second)) => Err((second + 2..para.len())
            .find(|&j| closes_single(text, para, j))
            .map_or(para.len(), |j| j + 1)),
    }
}

/// Every quotation of the article with its speaker.
pub fn quotes(source: &Source, facts: &[SentenceFacts]) -> Vec<Quote> {
    let mut out = Vec::new();
    let kept: Vec<&Sentence> = source
        .sentences
        .iter()
        .filter(|s| s.role != Role::Boilerplate)
        .collect();
    // The tokens of one paragraph at a time, in one buffer: only a paragraph with an
    // opening mark holds a quote, and the others (most) are not copied at all.
    let mut tokens: Vec<At> = Vec::new();
    for sentences in kept.chunk_by(|a, b| a.paragraph == b.paragraph) {
        if !sentences
            .iter()
            .any(|s| s.tokens.iter().any(|t| is_open(t) || is_single_mark(t)))
        {
            continue;
        }
        tokens.clear();
        tokens.reserve(sentences.iter().map(|s| s.tokens.len()).sum());
        // Sentence by sentence: each extends by a known length, where one flattened
        // iterator pushed token by token.
        for s in sentences {
            tokens.extend(s.tokens.iter().enumerate().map(|(index, token)| At {
                sentence: s.index,
                index,
                token,
            }));
        }
        let para = tokens.as_slice();
        // The sentence the paragraph's last quotation closed in, while it has a speaker.
        let mut spoken: Option<usize> = None;
        let mut k = 0;
        while k < para.len() {
            let close = if is_open(para[k].token) {
                Some((k + 1..para.len()).find(|&j| is_close(para[j].token)))
            } else if opens_single(source.text(), para, k) {
                // A single mark left open is a quote only where it opens the paragraph
                // (a quotation running on over paragraphs): elsewhere an apostrophe.
                match single_close(source.text(), para, k) {
                    Ok(close) => (close.is_some() || k == 0).then_some(close),
                    Err(resume) => {
                        k = resume;
                        continue;
                    }
                }
            } else {
                None
            };
            let Some(close) = close else {
                k += 1;
                continue;
            };
            let (last, unclosed) = match close {
                Some(j) => (j, false),
                None => (para.len() - 1, true),
            };
            if last <= k + 1 && !unclosed {
                k = last + 1;
                continue;
            }
            let inner_end = if unclosed {
                para[last].token.end
            } else {
                para[last].token.start
            };
            let quoted = source.text()[para[k].token.end..inner_end]
                .trim()
                .to_string();
            let (mut speaker, mut verb, mut outlet) = attribution(source, para, k, last, facts);
            // '"I had hoped to say nothing," Brekke wrote. "My former partner is ..."':
            // a quotation with no speaker of its own that opens the sentence right after
            // one that ended a speaker's quotation goes on with the same speaker.
            if speaker.is_none()
                && para[k].index == 0
                && spoken.is_some_and(|s| s + 1 == para[k].sentence)
                && let Some(previous) = out.last()
            {
                let previous: &Quote = previous;
                speaker.clone_from(&previous.speaker);
                verb.clone_from(&previous.verb);
                outlet.clone_from(&previous.outlet);
            }
            spoken = speaker.is_some().then_some(para[last].sentence);
            out.push(Quote {
                quoted,
                speaker,
                verb,
                outlet,
                unclosed,
                start: para[k].token.start,
                end: para[last].token.end,
                sentence: para[k].sentence,
            });
            k = last + 1;
        }
    }
    out
}

fn mention_at<'a>(facts: &'a [SentenceFacts], at: &At) -> Option<&'a Mention> {
    facts[at.sentence]
        .mentions
        .iter()
        .find(|m| m.tokens.0 <= at.index && at.index < m.tokens.1)
}

/// Whether a mention can speak: a person or a body, or a place through the group its
/// name modifies ("Ohio officials", "Chicago police"), as a country may.
fn is_speaker(m: &Mention, tokens: &[Token]) -> bool {
    match m.entity_kind {
        EntityKind::Person | EntityKind::Organisation | EntityKind::Country | EntityKind::Other => {
            true
        }
        EntityKind::Place => group_after(tokens, m.tokens.1).is_some(),
    }
}

/// Speaker, verb and outlet: after the quote ("…," he said) or before it (X said: "…").
fn attribution(
    source: &Source,
    para: &[At],
    open: usize,
    close: usize,
    facts: &[SentenceFacts],
) -> (Option<String>, Option<String>, Option<String>) {
    let verb_at = |j: usize| para.get(j).filter(|a| a.token.is_reporting_verb());
    // After: ", he said", ", Gatilov told Interfax", ", said Gatilov".
    let after_sentence = para.get(close).map(|a| a.sentence);
    let after: Vec<usize> = (close + 1..para.len().min(close + 9))
        .filter(|&j| Some(para[j].sentence) == after_sentence || para[close].token.norm == ",")
        .take_while(|&j| !is_open(para[j].token))
        .collect();
    for &j in &after {
        if let Some(v) = verb_at(j) {
            let before_verb = after.iter().rev().filter(|&&x| x < j).find_map(|&x| {
                mention_at(facts, &para[x])
                    .filter(|m| is_speaker(m, &source.sentences[para[x].sentence].tokens))
                    .map(|m| (x, m))
            });
            let after_verb = after.iter().filter(|&&x| x > j).find_map(|&x| {
                mention_at(facts, &para[x])
                    .filter(|m| is_speaker(m, &source.sentences[para[x].sentence].tokens))
                    .map(|m| (x, m))
            });
            let speaker = before_verb
                .or(after_verb)
                .map(|(x, m)| speaker_name(source, para, x, m));
            if speaker.is_some() {
                return (speaker, Some(lemma(v.token)), outlet(para, j, facts));
            }
        }
    }
    // Before: "Gatilov said Moscow wanted … to include "…"".
    let open_sentence = para[open].sentence;
    // The sentence's tokens stand together in the paragraph, the quote mark at its
    // `index`: they are the ones just before it (not a scan of the whole paragraph).
    let before: Vec<usize> = (open - para[open].index..open).collect();
    debug_assert!(before.iter().all(|&j| para[j].sentence == open_sentence));
    for &j in before.iter().rev() {
        if let Some(v) = verb_at(j) {
            // The verb's subject, as the relation reader found it.
            let by_relation = facts[open_sentence]
                .relations
                .iter()
                .find(|r| r.predicate == predicate(v.token) && r.start <= v.token.start);
            if let Some(r) = by_relation {
                return (
                    Some(r.subject.clone()),
                    Some(lemma(v.token)),
                    outlet(para, j, facts),
                );
            }
            // Else the nearest name before it that is neither the object of
            // a preposition ("against Syria") nor a modifier ("U.N. sanctions").
            let speaker = before
                .iter()
                .rev()
                .filter(|&&x| x < j)
                .filter_map(|&x| {
                    mention_at(facts, &para[x])
                        .filter(|m| {
                            is_speaker(m, &source.sentences[para[x].sentence].tokens)
                                && m.tokens.0 == para[x].index
                        })
                        .map(|m| (x, m))
                })
                .find(|&(x, m)| {
                    is_subject_position(&source.sentences[para[x].sentence].tokens, m)
                        || m.entity_kind == EntityKind::Other
                            && para.get(x + 1).is_some_and(|a| a.token.is_reporting_verb())
                })
                .map(|(x, m)| speaker_name(source, para, x, m));
            if speaker.is_some() {
                return (speaker, Some(lemma(v.token)), outlet(para, j, facts));
            }
        }
    }
    (None, None, None)
}

/// The speaker a mention stands for, the mention's token at `at`: its canonical name, or
/// for a country that modifies a group noun ("U.S. officials", "Russian fans") that group,
/// named by the country's canonical name and the noun ("United States officials").
fn speaker_name(source: &Source, para: &[At], at: usize, m: &Mention) -> String {
    if !matches!(m.entity_kind, EntityKind::Country | EntityKind::Place) {
        return m.canonical.clone();
    }
    let tokens = source
        .sentences
        .get(para[at].sentence)
        .map_or(&[][..], |s| &s.tokens);
    match group_after(tokens, m.tokens.1) {
        Some(group) => format!("{} {group}", m.canonical),
        None => m.canonical.clone(),
    }
}

/// The group noun a country's name modifies, in `tokens` right after the name, which ends
/// at `after` ([`group_at`]).
pub(crate) fn group_after(tokens: &[Token], after: usize) -> Option<&str> {
    group_at(tokens, after).map(|(_, noun)| noun)
}

/// The group noun a country's name (ending at token `after`) modifies, as its index and
/// norm. After a demonym, the last of `speaker_groups.txt` within the next three
/// lower-case words of its noun phrase ("Russian foreign ministry officials"), not past a
/// function word, a reporting verb ("a Czech diplomat told reporters": the diplomat) or a
/// word in "-ed" or "-ing" that is no group noun ("Iraqi forces aided by ...": the forces).
/// After a name or alias, only group nouns right after it ("U.S. intelligence officials"):
/// a name is seldom a modifier, and a verb follows it ("Cuba sends doctors"). None after
/// a plural demonym, a noun itself ("Kenyans used social media"), or a name a hyphen joins
/// to the next word ("Saudi-led coalition forces").
pub(crate) fn group_at(tokens: &[Token], after: usize) -> Option<(usize, &str)> {
    let lex = Lexicon::get();
    let last = after.checked_sub(1).and_then(|i| tokens.get(i))?;
    let demonym = |word: &str| {
        lex.country_form(word)
            .is_some_and(|(_, form)| form == NameForm::Demonym)
    };
    let plural_people = last
        .norm
        .strip_suffix('s')
        .is_some_and(|one| demonym(&last.norm) && demonym(one));
    let joined = tokens.get(after).is_some_and(|t| t.start == last.end);
    if plural_people || joined {
        return None;
    }
    let adjective = demonym(&last.norm);
    tokens[after..]
        .iter()
        .take(3)
        .map(|t| (t, lex.speaker_group(&t.norm).is_some()))
        // "reporters" stems to a reporting verb, yet it is a group.
        .take_while(|&(t, group)| {
            let verbal = t.norm.ends_with("ed") || t.norm.ends_with("ing");
            t.is_word()
                && !t.capitalized
                && !t.is_stopword()
                && (group || adjective && !t.is_reporting_verb() && !verbal)
        })
        .enumerate()
        .filter(|&(_, (_, group))| group)
        .last()
        .map(|(at, (t, _))| (after + at, t.norm.as_str()))
}

/// How a source's speaker stands to a claim's, when either is a group after a country
/// ("United States officials"): `None` when neither is such a group.
///
/// A group that speaks for its state and the country itself are one speaker for a
/// fact-checker: "U.S. officials said X" backs "the United States said X", and the other
/// way round, as news writes one for the other; two such groups of one country
/// ("officials", "diplomats") are one too. The words of another group ("American fans")
/// are not the country's: a claim giving them to the country is `Narrower` (the source's
/// speaker is only part of the claim's: a gap, not a contradiction), and any other pair
/// differs.
pub fn compare_speakers(source: &str, claim: &str) -> Option<SpeakerMatch> {
    let (source_country, source_group) = split_group(source);
    let (claim_country, claim_group) = split_group(claim);
    if source_group.is_none() && claim_group.is_none() {
        return None;
    }
    let lex = Lexicon::get();
    let official = |g: &str| lex.speaker_group(g) == Some(true);
    Some(if source_country != claim_country {
        SpeakerMatch::Other
    } else {
        match (source_group, claim_group) {
            (Some(g), None) if !official(g) => SpeakerMatch::Narrower,
            (Some(g), None) | (None, Some(g)) if official(g) => SpeakerMatch::Same,
            (Some(a), Some(b)) if a == b || official(a) && official(b) => SpeakerMatch::Same,
            _ => SpeakerMatch::Other,
        }
    })
}

/// How a source's speaker stands to a claim's ([`compare_speakers`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerMatch {
    /// The same speaker, or a state's officials for their state.
    Same,
    /// The claim gives a group's words to its country, for which the group does not speak.
    Narrower,
    /// Another speaker.
    Other,
}

/// A speaker's country and group noun ("United States officials"), or the name alone: a
/// group is the only speaker whose last word is written in lower case.
fn split_group(speaker: &str) -> (&str, Option<&str>) {
    match speaker.rsplit_once(' ') {
        Some((country, group)) if Lexicon::get().speaker_group(group).is_some() => {
            (country, Some(group))
        }
        _ => (speaker, None),
    }
}

/// The verb as the relation reader gives it (its stem, "said" as "say"): what a
/// relation's predicate is matched with.
fn predicate(t: &Token) -> &str {
    match t.stem.as_str() {
        "said" | "say" => "say",
        "told" | "tell" => "tell",
        s => s,
    }
}

/// The reporting verb's lemma, as `reporting_verbs.txt` lists it ("conclude", not the
/// stem "conclud").
fn lemma(t: &Token) -> String {
    let stem = predicate(t);
    Lexicon::get()
        .reporting_lemma(stem)
        .unwrap_or(stem)
        .to_string()
}

/// What follows "told": a named outlet ("Interfax") or an audience ("reporters").
fn outlet(para: &[At], verb: usize, facts: &[SentenceFacts]) -> Option<String> {
    if para[verb].token.stem != "tell" {
        return None;
    }
    let next = para.get(verb + 1)?;
    if let Some(m) = mention_at(facts, next) {
        return Some(m.canonical.clone());
    }
    (next.token.is_word() && !next.token.is_stopword()).then(|| next.token.norm.as_str().to_owned())
}
