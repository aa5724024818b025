//! Seams: a claim that copies the start of one clause of a sentence and the end of a
//! later one, and drops what lies between ("Lee had one class over a year, took three
//! more and qualified twice to use a handgun" → "Lee had one class to use a handgun").
//!
//! Both runs of words are the source's own, so every word is backed; what changed is
//! which verb the second run belongs to. In the source the phrase after the seam ("to use
//! a handgun", "in two weeks") completes the verb of the dropped clause; in the claim it
//! completes the verb before the seam, which the source does not say. A dropped aside set
//! off on both sides ("the site, which closed in 2010, for years") is no seam: the
//! sentence resumes after it where it left off.
//!
//! The same copying can give the claim's subject the predicate of a later clause that
//! has a subject of its own ("Residents welcomed the plan, while farmers warned it was a
//! threat" → "residents said it was a threat"): [`other_subject`] finds that subject.

use crate::extract::is_content;
use crate::extract::relation::{is_finite_be_have, is_modal_verb};
use crate::extract::time::times;
use crate::lexicon::Lexicon;
use crate::text::{Atom, Token, TokenKind};

/// Words of the source the claim must copy before the seam: enough that the run is the
/// source's phrase, not two common words that meet by chance.
const MIN_LEFT: usize = 3;
/// Words of the source the claim must copy after the seam, the preposition included
/// (where the claim has it once and the source at the end of both runs).
const MIN_RIGHT: usize = 2;

/// Where a claim joins two clauses of `sentence`: the claim's words on either side of
/// the seam and the verb of the clause the claim dropped between them.
pub(super) struct Seam {
    before: Atom,
    after: Atom,
    /// The dropped clause's verb, or the conjunction before the dropped conjunct.
    dropped: Atom,
    /// Whether `dropped` is a conjunction.
    conjunction: bool,
    /// Words the claim has once that the source has at the end of both runs.
    overlap: usize,
}

impl Seam {
    /// Why the claim is missing, in the words of a verdict's reason.
    pub(super) fn reason(&self) -> String {
        let (before, after, dropped) = (self.before, self.after, self.dropped);
        if self.conjunction {
            format!(
                "the claim joins '{before}' to '{after}', which the source gives to what follows '{dropped}'"
            )
        } else {
            format!(
                "the claim joins '{before}' to '{after}', which the source gives to '{dropped}'"
            )
        }
    }
}

/// The first seam of the claim in the sentence, if any. `evidence` is every sentence
/// the claim is checked against: where one of them has the claim's words across the seam
/// (the last [`MIN_LEFT`] before it, and those after it up to the first word of the
/// second run) one after the other, the claim may have copied that phrase, and there is
/// no seam.
pub(super) fn find(
    (claim, cw): (&[Token], &[usize]),
    (sentence, sw): (&[Token], &[usize]),
    evidence: &[&[Token]],
) -> Option<Seam> {
    // Where the claim's first verb and its last finite verb are, found once: a seam
    // needs a verb before it and no clause of its own after it.
    let first_verb = first_verb(claim);
    let last_finite = claim
        .iter()
        .rposition(|t| is_finite(t) || is_subject_pronoun(t));
    (1..cw.len()).find_map(|a| {
        let verb_before = first_verb.is_some_and(|v| v < cw[a]);
        let clause_after = last_finite.is_some_and(|f| f >= cw[a]);
        if !verb_before || clause_after {
            return None;
        }
        let seam = seam_at(claim, cw, a, sentence, sw)?;
        let from = (a - seam.overlap).saturating_sub(MIN_LEFT);
        let across: Vec<&Token> = cw[from..=a].iter().map(|&i| &claim[i]).collect();
        let copied = evidence.iter().any(|s| contains(s, &across));
        (!copied).then_some(seam)
    })
}

/// The seam between the claim's words `cw[a - 1]` and `cw[a]`: a run of at least
/// [`MIN_LEFT`] words ending at the first in the sentence, a run of at least
/// [`MIN_RIGHT`] from the second further on that opens with a preposition (counting the
/// words it shares with the end of the first run: "across the furniture ... across the
/// carpet"), and a clause between them that is no aside.
fn seam_at(
    claim: &[Token],
    cw: &[usize],
    a: usize,
    sentence: &[Token],
    sw: &[usize],
) -> Option<Seam> {
    // Only where the sentence has the claim's word before the seam can a run end there:
    // asked first, it spares the run's walk back at every other word.
    let last = &claim[cw[a - 1]];
    for p in (0..sw.len()).filter(|&p| same(last, &sentence[sw[p]])) {
        if run_back(claim, cw, a - 1, sentence, sw, p) < MIN_LEFT
            || sw
                .get(p + 1)
                .is_some_and(|&n| same(&claim[cw[a]], &sentence[n]))
        {
            continue;
        }
        for q in p + 2..sw.len() {
            let run = run_forward(claim, cw, a, sentence, sw, q);
            if run == 0 {
                continue;
            }
            let shared = (1..a.min(q - p - 1))
                .take_while(|&t| same(&claim[cw[a - t]], &sentence[sw[q - t]]))
                .count();
            let opener = (0..=shared)
                .rev()
                .find(|&t| opens_adjunct(&claim[cw[a - t]]));
            let Some(overlap) =
                opener.filter(|&t| run + t >= MIN_RIGHT && !opens_time(claim, cw[a - t]))
            else {
                continue;
            };
            let between = &sentence[sw[p] + 1..sw[q - overlap]];
            // The claim's own verb again ("charged with killing ... was charged with
            // murder"): the run after the seam completes a verb the claim has.
            let verb = clause_verb(between)
                .filter(|v| !claim[..cw[a - overlap]].iter().any(|c| c.stem == v.1))
                .map(|v| (v.0, false));
            let dropped = verb.or_else(|| {
                conjunct(between, claim)
                    .filter(|_| overlap > 0)
                    .map(|c| (c, true))
            });
            if let Some((dropped, conjunction)) =
                dropped.filter(|_| !is_aside(between) && !ends_sentence(between))
            {
                return Some(Seam {
                    before: claim[cw[a - overlap - 1]].norm,
                    after: claim[cw[a - overlap]].norm,
                    dropped,
                    conjunction,
                    overlap,
                });
            }
        }
    }
    None
}

/// Fewest words of the source the claim must copy after a seam for them to be a clause
/// of their own.
const MIN_CLAUSE: usize = 3;

/// A clause seam: the claim copies the start of a clause and then a clause the source
/// gives to a verb of saying or thinking the claim dropped ("Lee questioned the figures
/// and insisted that the best way was to build" → "Lee questioned the best way was to
/// build"; "refuted claims suggesting he would leave by insisting he had not decided" →
/// "refuted claims he had not decided"). The dropped verb has no subject of its own
/// before it: "Lee said on Monday she believed the plan would work" → "Lee said the plan
/// would work" reports the same speaker, and is no seam.
pub(super) fn find_clause(
    (claim, cw): (&[Token], &[usize]),
    (sentence, sw): (&[Token], &[usize]),
    evidence: &[&[Token]],
) -> Option<Seam> {
    // Where a clause may start after a verb of saying or thinking ("insisted that the
    // | best way"): found first, and in most sentences nowhere.
    let starts: Vec<usize> = (0..sw.len())
        .filter(|&r| {
            let t = &sentence[sw[r]];
            t.is_reporting_verb() && t.norm != t.stem
        })
        .filter_map(|r| {
            (r + 1..sw.len()).find(|&q| {
                !matches!(
                    sentence[sw[q]].norm.as_str(),
                    "that" | "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
                )
            })
        })
        .collect();
    if starts.is_empty() {
        return None;
    }

    (MIN_LEFT..cw.len()).find_map(|a| {
        let last = &claim[cw[a - 1]];
        let seam = starts
            .iter()
            .filter(|&&q| same(&claim[cw[a]], &sentence[sw[q]]))
            .find_map(|&q| {
                let run = run_forward(claim, cw, a, sentence, sw, q);
                let copied = &claim[cw[a]..cw[a + run.max(1) - 1] + 1];
                let clause = is_subject_pronoun(&copied[0]) || copied.iter().any(is_finite);
                if run < MIN_CLAUSE || !clause {
                    return None;
                }
                (0..q.saturating_sub(1)).find_map(|p| {
                    if !same(last, &sentence[sw[p]])
                        || run_back(claim, cw, a - 1, sentence, sw, p) < MIN_LEFT
                    {
                        return None;
                    }
                    let between = &sentence[sw[p] + 1..sw[q]];
                    let verb = dropped_report(between)?;
                    let own = claim[..cw[a]].iter().any(|c| c.stem == verb.stem);
                    // The reason names the claim's verb or noun before the seam, not the
                    // determiner of the phrase it cut ("questioned the | best way").
                    let before = claim[..cw[a]]
                        .iter()
                        .rev()
                        .find(|t| is_content(t))
                        .map_or(last.norm, |t| t.norm);
                    (!own && !is_aside(between) && !ends_sentence(between)).then(|| Seam {
                        before,
                        after: claim[cw[a]].norm,
                        dropped: verb.norm,
                        conjunction: false,
                        overlap: 0,
                    })
                })
            })?;
        let across: Vec<&Token> = cw[a - MIN_LEFT..=a].iter().map(|&i| &claim[i]).collect();
        let copied = evidence.iter().any(|s| contains(s, &across));
        (!copied).then_some(seam)
    })
}

/// A phrase filled from elsewhere: the claim copies at least [`MIN_LEFT`] words of the
/// source up to a word that opens a phrase (a determiner or a preposition), and goes on
/// with a word the source has only in another phrase, where its own phrase goes on with
/// a content word the claim never uses ("helped the couple revive their friendship during
/// their long feud" → "helped the couple revive their long feud"; "breaking down
/// winners by county" → "breaking down winners by country", "country" being earlier in
/// the sentence). Words dropped within the phrase are no such thing ("the newly elected
/// mayor" → "the mayor", "in the town of Dover" → "in Dover"): the dropped words must
/// hold a preposition, a determiner or a mark that ends a phrase. Returns the source's
/// word, the claim's words before it and the claim's word in its place.
pub(super) fn other_filler(
    (claim, cw): (&[Token], &[usize]),
    (sentence, sw): (&[Token], &[usize]),
    evidence: &[&[Token]],
) -> Option<(String, String, String)> {
    if !cw.iter().any(|&i| is_determiner(&claim[i])) {
        return None;
    }
    let lex = Lexicon::get();
    (MIN_LEFT..cw.len()).find_map(|a| {
        let last = &claim[cw[a - 1]];
        let word = &claim[cw[a]];
        if !is_determiner(last) || !is_content(word) {
            return None;
        }
        let ends = (0..sw.len()).filter(|&p| same(last, &sentence[sw[p]]));
        let found = ends.into_iter().find_map(|p| {
            if run_back(claim, cw, a - 1, sentence, sw, p) < MIN_LEFT {
                return None;
            }
            // The source's own filler: the first content word after the opener.
            let filler = sw[p + 1..]
                .iter()
                .map(|&i| &sentence[i])
                .take(3)
                .find(|t| is_content(t))?;
            if filler.stem == word.stem
                || lex.are_synonyms(&filler.stem, &word.stem)
                || claim.iter().any(|c| c.stem == filler.stem)
                || filler.kind != TokenKind::Word
            {
                return None;
            }
            // The claim's word elsewhere in the sentence, past a phrase boundary.
            let elsewhere = (0..sw.len()).filter(|&q| q != p + 1 && same(word, &sentence[sw[q]]));
            let crosses = elsewhere.into_iter().any(|q| {
                q < p || {
                    let between = &sentence[sw[p] + 1..sw[q]];
                    crosses_phrase(between) && !drops_item(between)
                }
            });
            crosses.then(|| filler.norm.to_string())
        })?;
        let across: Vec<&Token> = cw[a - MIN_LEFT..=a].iter().map(|&i| &claim[i]).collect();
        let copied = evidence.iter().any(|s| contains(s, &across));
        let before = cw[a - 2..a]
            .iter()
            .map(|&i| claim[i].norm.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        (!copied).then(|| (found, before, word.norm.to_string()))
    })
}

/// Whether the dropped words are items of a list or a phrase in apposition that the
/// claim goes on with: they end in a comma, a dash, a bracket or "and" and a determiner
/// ("the civil war in Libya, the revolution in Egypt, the tsunami in Japan" → "the civil
/// war in Libya, the tsunami in Japan"; "arrested the man, a 34-year-old from Leeds" →
/// "arrested the 34-year-old from Leeds": one thing named twice).
fn drops_item(between: &[Token]) -> bool {
    match between {
        [.., link, determiner] => {
            is_determiner(determiner)
                && (link.kind == TokenKind::Punct
                    && matches!(link.norm.as_str(), "," | "–" | "—" | "-" | "(")
                    || matches!(link.norm.as_str(), "and" | "or"))
        }
        _ => false,
    }
}

/// A determiner or possessive: a word that a noun phrase's content follows.
fn is_determiner(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && matches!(
            t.norm.as_str(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
        )
}

/// A determiner or a preposition: a word that opens a phrase.
fn opens_phrase(t: &Token) -> bool {
    is_determiner(t) || crate::extract::entity::PREPOSITIONS.contains(&t.norm.as_str())
}

/// Whether dropped words end one phrase and open another: they hold a preposition, a
/// determiner or a mark other than a hyphen (not inside a compound: "go-to"), and do not
/// end in "of" (with its determiner): "the town of" names what follows it.
fn crosses_phrase(between: &[Token]) -> bool {
    let ws: Vec<&Token> = between
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    let of_end = matches!(ws.as_slice(), [.., of] | [.., of, _] if of.norm == "of");
    let hyphen = |i: usize| between.get(i).is_some_and(|t| t.norm == "-");
    // A word joined by a hyphen is part of a compound ("go-to"), not a phrase's opener.
    let boundary = between.iter().enumerate().any(|(i, t)| {
        t.kind == TokenKind::Punct && t.norm != "-" && t.norm != "'" && t.norm != "’"
            || t.kind == TokenKind::Word
                && opens_phrase(t)
                && !hyphen(i + 1)
                && !(i > 0 && hyphen(i - 1))
    });
    boundary && !of_end
}

/// The verb of saying or thinking that ends the dropped words, past a "that" and a
/// determiner ("and insisted that the"), when no subject stands before it.
fn dropped_report(between: &[Token]) -> Option<&Token> {
    let mut words = between.iter().rev().filter(|t| t.kind == TokenKind::Word);
    let verb = words.find(|t| {
        !matches!(
            t.norm.as_str(),
            "that" | "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
        )
    })?;
    let reports = !verb.capitalized && verb.is_reporting_verb() && verb.norm != verb.stem;
    let subject = words
        .next()
        .is_some_and(|t| is_subject_pronoun(t) || t.capitalized);
    (reports && !subject).then_some(verb)
}

/// Whether the sentence has these words one after the other (punctuation aside).
fn contains(sentence: &[Token], phrase: &[&Token]) -> bool {
    let sw = words(sentence);
    sw.windows(phrase.len())
        .any(|w| w.iter().zip(phrase).all(|(&i, p)| same(&sentence[i], p)))
}

/// Whether the dropped words hold the end of a statement (a full stop, a colon, a
/// sentence run on without one): the
/// source's "sentence" runs two together (a caption before its story), and a claim
/// may join what they tell of one event.
fn ends_sentence(between: &[Token]) -> bool {
    let stop =
        |t: &Token| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | ":" | "?" | "!");
    between.iter().any(stop) || between.windows(2).any(|w| opens_run_on(&w[0], &w[1]))
}

/// A capitalised function word straight after a word ("... in 2004 And the link"): a
/// new sentence the source runs on without a stop, as captions do.
fn opens_run_on(before: &Token, t: &Token) -> bool {
    before.kind != TokenKind::Punct && t.capitalized && t.is_stopword()
}

/// Indices of the tokens that are not punctuation.
pub(super) fn words(tokens: &[Token]) -> Vec<usize> {
    tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind != TokenKind::Punct)
        .map(|(i, _)| i)
        .collect()
}

/// Same word, by its lower-case form.
fn same(a: &Token, b: &Token) -> bool {
    a.norm == b.norm
}

/// How many words, back from the claim's word `cw[a]` and the sentence's `sw[p]`, are
/// the same.
fn run_back(
    claim: &[Token],
    cw: &[usize],
    a: usize,
    sentence: &[Token],
    sw: &[usize],
    p: usize,
) -> usize {
    (0..=a.min(p))
        .take_while(|&t| same(&claim[cw[a - t]], &sentence[sw[p - t]]))
        .count()
}

/// How many words, on from the claim's word `cw[a]` and the sentence's `sw[q]`, are the
/// same.
fn run_forward(
    claim: &[Token],
    cw: &[usize],
    a: usize,
    sentence: &[Token],
    sw: &[usize],
    q: usize,
) -> usize {
    (0..(cw.len() - a).min(sw.len() - q))
        .take_while(|&t| same(&claim[cw[a + t]], &sentence[sw[q + t]]))
        .count()
}

/// A preposition or the "to" of an infinitive: what opens an adjunct or complement a
/// verb takes, and so what the claim can hang on another verb. Not the words that open
/// a clause of time or cause ("after", "since", "during"): one at the end of two joined
/// verbs may tell of both ("was suspended and could face more after the video").
fn opens_adjunct(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && matches!(
            t.norm.as_str(),
            "to" | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "from"
                | "by"
                | "into"
                | "over"
                | "against"
                | "through"
                | "across"
                | "under"
        )
}

/// Whether the preposition at `at` opens a time ("on Saturday", "over the weekend"): the
/// time of a clause that tells what went on meanwhile ("scored twice as his side were
/// beaten on Saturday") is the time of the whole account.
fn opens_time(claim: &[Token], at: usize) -> bool {
    let the = claim.get(at + 1).is_some_and(|t| t.norm == "the");
    times(claim)
        .iter()
        .any(|t| t.tokens.0 == at + 1 || (the && t.tokens.0 == at + 2))
}

/// Dropped words set off on both sides (by commas, dashes or brackets): an aside the
/// sentence resumes after.
fn is_aside(between: &[Token]) -> bool {
    let mark = |t: Option<&Token>| {
        t.is_some_and(|t| {
            t.kind == TokenKind::Punct
                && matches!(t.norm.as_str(), "," | "–" | "—" | "-" | "(" | ")" | ";")
        })
    };
    mark(between.first()) && mark(between.last())
}

/// The verb of a clause among the dropped words: a finite "be" or "have", a modal, a
/// past or "-ing" form, or the verb after a subject pronoun ("as he bids"); the last of
/// them, the one the run after the seam completes in the source.
/// Its word and its stem.
fn clause_verb(between: &[Token]) -> Option<(Atom, Atom)> {
    let kept = outside_asides(between);
    (0..kept.len()).rev().find_map(|i| {
        let t = kept[i];
        let after_pronoun = i > 0 && is_subject_pronoun(kept[i - 1]) && t.kind == TokenKind::Word;
        (is_finite(t) || is_verb_form(t) || after_pronoun).then_some((t.norm, t.stem))
    })
}

/// The dropped words without the asides among them: a stretch between two commas that
/// opens with a participle or a relative word ("in 2010, having spent five years at
/// Leeds, for a fee") tells of the main clause's subject, and the sentence goes on with
/// the main clause after it.
fn outside_asides(between: &[Token]) -> Vec<&Token> {
    let commas: Vec<usize> = (0..between.len())
        .filter(|&i| between[i].kind == TokenKind::Punct && between[i].norm == ",")
        .collect();
    let mut aside = vec![false; between.len()];
    for w in commas.windows(2) {
        let opener = between[w[0] + 1..w[1]]
            .iter()
            .find(|t| t.kind != TokenKind::Punct);
        if opener.is_some_and(|t| is_verb_form(t) || is_relative(t)) {
            aside[w[0]..=w[1]].iter_mut().for_each(|a| *a = true);
        }
    }
    between
        .iter()
        .zip(aside)
        .filter(|(_, a)| !a)
        .map(|(t, _)| t)
        .collect()
}

/// A word that opens a relative clause.
fn is_relative(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "who" | "whom" | "whose" | "which" | "where" | "when"
    )
}

/// The conjunction among the dropped words when the source gives each conjunct its own
/// phrase ("10 million in the private sector and five million in the public sector"):
/// the claim that takes the first conjunct's figure and the second's phrase joins two
/// things the source keeps apart.
///
/// Not when the claim names what opens the second conjunct: "Stalls will be open from
/// 8am, and the fish hall from 6am" leaves out the second conjunct's verb, and "the fish
/// hall will be open from 6am" gives it back.
fn conjunct(between: &[Token], claim: &[Token]) -> Option<Atom> {
    let at = between
        .iter()
        .position(|t| matches!(t.norm.as_str(), "and" | "or" | "while" | "whereas"))?;
    let opener = between[at + 1..].iter().find(|t| is_content(t));
    let named = opener.is_some_and(|o| claim.iter().any(|c| c.stem == o.stem));
    (!named).then_some(between[at].norm)
}

/// Where the first verb of `tokens` is: the claim's words up to a seam must hold one the
/// run after it can complete.
fn first_verb(tokens: &[Token]) -> Option<usize> {
    tokens.iter().position(|t| is_finite(t) || is_verb_form(t))
}

/// A finite "be" or "have", or a modal.
fn is_finite(t: &Token) -> bool {
    t.kind == TokenKind::Word && (is_finite_be_have(&t.norm) || is_modal_verb(&t.norm))
}

/// A lower-case past or "-ing" form ("qualified", "making"; not "including").
fn is_verb_form(t: &Token) -> bool {
    let w = t.norm.as_str();
    t.kind == TokenKind::Word
        && !t.capitalized
        && ((w.len() > 4 && w.ends_with("ed"))
            || (w.len() > 5 && w.ends_with("ing") && !Lexicon::get().is_not_participle(w)))
}

/// A pronoun that can only be a subject: the word after it is its verb.
fn is_subject_pronoun(t: &Token) -> bool {
    matches!(t.norm.as_str(), "he" | "she" | "they" | "we" | "i")
}

/// Words of the source the claim must copy after its subject when it gives them to
/// that subject: enough to be the other clause's predicate, not a phrase by chance.
const MIN_PREDICATE: usize = 3;

/// Where a claim gives its subject (the words before its verb, copied from the source)
/// the predicate of a later clause of the same sentence (its verb, or the claim's verb in
/// place of it, and at least [`MIN_PREDICATE`] words after),
/// a clause with a subject of its own ("Supporters of the measure described it as a step,
/// while opponents warned it was dangerous" → "supporters of the measure said it was
/// dangerous"): the subject the source gives that predicate.
pub(super) fn other_subject(
    (claim, cw): (&[Token], &[usize]),
    (sentence, sw): (&[Token], &[usize]),
) -> Option<String> {
    // A subject copied without its verb: a prefix with a verb is no subject, nor is
    // any longer one.
    let verb = first_verb(claim).unwrap_or(claim.len());
    let subjects = (2..cw.len()).take_while(|&a| cw[a] <= verb);
    subjects.into_iter().find_map(|a| {
        let last = &claim[cw[a - 1]];
        let ends = (0..sw.len()).filter(|&p| same(last, &sentence[sw[p]]));
        ends.into_iter().find_map(|p| {
            if run_back(claim, cw, a - 1, sentence, sw, p) != a {
                return None;
            }
            // The claim's own verb, where it puts one in place of the source's.
            (0..=1).find_map(|gap| predicate_of_other(claim, cw, a, gap, sentence, sw, p))
        })
    })
}

/// The subject the sentence gives the predicate the claim has after its subject (the
/// claim's first `a` words, the sentence's words up to `sw[p]`), `gap` words on: the
/// subject of the later clause that predicate stands in, when it is not the claim's.
fn predicate_of_other(
    claim: &[Token],
    cw: &[usize],
    a: usize,
    gap: usize,
    sentence: &[Token],
    sw: &[usize],
    p: usize,
) -> Option<String> {
    let from = a + gap;
    let q = (p + 2..sw.len()).find(|&q| {
        from < cw.len() && run_forward(claim, cw, from, sentence, sw, q) >= MIN_PREDICATE
    })?;
    let between = &sentence[sw[p] + 1..sw[q]];
    let verb = if gap == 1 {
        between.last()?
    } else {
        &claim[cw[from]]
    };
    let verbal = is_finite(verb) || is_verb_form(verb) || verb.is_reporting_verb();
    if !verbal || !gap_is_word(claim, cw, a, gap) {
        return None;
    }
    let subject = clause_subject(between, gap == 1)?;
    let own = subject
        .iter()
        .any(|t| is_content(t) && claim[..cw[a]].iter().any(|c| c.stem == t.stem));
    (!own).then(|| {
        subject
            .iter()
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Whether the claim's word at the gap, if any, is a word (its verb), not a figure.
fn gap_is_word(claim: &[Token], cw: &[usize], a: usize, gap: usize) -> bool {
    gap == 0 || cw.get(a).is_some_and(|&i| claim[i].kind == TokenKind::Word)
}

/// The subject of the clause the dropped words end in: the words after the last word
/// that opens a clause ("while", "when"), up to the verb when `verb_last` (the claim put
/// its own verb in its place), else up to the end. A noun phrase of a few words, no
/// pronoun, which could be the claim's own subject taken up again.
fn clause_subject(between: &[Token], verb_last: bool) -> Option<&[Token]> {
    let end = between.len().checked_sub(usize::from(verb_last))?;
    let open = between[..end].iter().rposition(opens_clause)?;
    let subject = &between[open + 1..end];
    let plain = subject
        .iter()
        .all(|t| t.kind == TokenKind::Word && !is_pronoun(t));
    // "Not only the fishermen but also the ferry operators have raised": one subject of
    // two parts, and one predicate.
    let correlative = subject.first().is_some_and(|t| t.norm == "also");
    (plain && !correlative && (1..=6).contains(&subject.len()) && subject.iter().any(is_content))
        .then_some(subject)
}

/// A word that opens a clause with a subject of its own. Not "and" nor "as": they join
/// the names of a list ("Great and Small") and open "as well as".
fn opens_clause(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "when" | "while" | "whereas" | "but" | "because"
    )
}

/// A personal or relative pronoun: it may stand for the claim's own subject.
fn is_pronoun(t: &Token) -> bool {
    is_subject_pronoun(t)
        || matches!(
            t.norm.as_str(),
            "it" | "you" | "who" | "which" | "that" | "this" | "there"
        )
}
