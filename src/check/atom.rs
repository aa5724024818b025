//! One atomic claim against one source: alignment, comparison, verdict.

use rustc_hash::FxHashSet as HashSet;

use super::enumeration;
use super::modifiers;
use super::ordinal::{self, Ordinal};
use super::privative;
use super::quantity::{self as qty, Relation as QRel};
use super::quoted;
use super::ranks;
use super::seam;
use super::word_use::{opposing_uses, source_uses, word_uses};
use super::{Evidence, Part, Verdict, is_evidence};
use crate::extract::entity::{is_initial, is_venue};
use crate::extract::time::{TimeKind, times};
use crate::extract::vocabulary::{WordIndex, names_owner};
use crate::extract::{
    Document, EntityKind, Quantity, SentenceFacts, SpeakerMatch, compare_speakers, is_content,
    quantity,
};
use crate::lexicon::{Lexicon, UsedSynonym};
use crate::text::{Atom, Token, TokenKind};

/// Share of the claim's weighted words the evidence must hold for "supported".
const SUPPORT_COVERAGE: f64 = 0.8;
/// Share the evidence must hold before a conflict in it counts as a contradiction.
const CONTRADICT_COVERAGE: f64 = 0.5;
/// Gain in coverage that justifies a second evidence sentence.
const SECOND_SENTENCE_GAIN: f64 = 0.12;
/// Coverage one sentence must reach before a second may be joined to it: facts fused
/// from two weakly related sentences are how most wrong claims get through.
const JOIN_FLOOR: f64 = 0.6;
/// Share of its weight a frequent English word keeps when the article never uses it.
const COMMON_ABSENT_SHARE: f64 = 0.5;
/// Credit for a claim's named subject when the evidence sentence's subject is a pronoun
/// or description ("He", "The 46-year-old") and it names no other person.
const SUBJECT_REFERENCE_CREDIT: f64 = 0.9;
/// Credit for a word backed only by a synonym.
const SYNONYM_CREDIT: f64 = 0.85;

/// A unit of the claim that must be backed: a word, or a name (several words).
#[derive(Debug, Clone)]
struct Unit {
    /// Stems of its words.
    stems: Vec<Atom>,
    /// Canonical entity, for names.
    entity: Option<(Atom, EntityKind)>,
    /// Surface text in the claim.
    text: String,
    /// Weight (inverse document frequency).
    weight: f64,
    /// Token indices in the claim.
    tokens: (usize, usize),
    /// Stems that share a synonym set with a word's stem (none for names).
    synonyms: &'static [Atom],
    /// Synonyms in place of `synonyms` where a set takes the word, or a synonym, in some
    /// uses only ("defeat (active)"): the word's synonyms in its use in the claim, each
    /// with the uses in which it backs it.
    used_synonyms: &'static [UsedSynonym],
    /// Stems listed as antonyms of a word's stem (none for names).
    antonyms: &'static [Atom],
}

impl Unit {
    /// Whether `stem` is one of the word's synonyms (in any use).
    fn is_synonym(&self, stem: Atom) -> bool {
        self.synonyms.contains(&stem) || self.used_synonyms.iter().any(|u| u.stem == stem)
    }
}

/// What one source sentence offers for matching.
struct SentenceIndex<'a> {
    index: usize,
    tokens: &'a [Token],
    facts: &'a SentenceFacts,
}

impl SentenceIndex<'_> {
    /// Whether a negation of the sentence scopes over its token `i`.
    fn negates(&self, i: usize) -> bool {
        self.facts.negations.iter().any(|n| n.scope == i)
    }

    /// Whether the sentence mentions or refers to the entity `name`.
    fn names(&self, name: &str) -> bool {
        self.facts
            .mentions
            .iter()
            .any(|m| m.canonical == name && names_owner(m, self.tokens))
    }
}

fn index_of(doc: &Document, skip_titles: bool) -> Vec<SentenceIndex<'_>> {
    doc.source
        .sentences
        .iter()
        .filter(|s| is_evidence(s.role, skip_titles))
        .map(|s| SentenceIndex {
            index: s.index,
            tokens: &s.tokens,
            facts: &doc.sentences[s.index],
        })
        .collect()
}

/// The position in `index` of each evidence sentence of the document, by sentence
/// number: the word index names sentences, the alignment scores positions.
fn positions(index: &[SentenceIndex], sentences: usize) -> Vec<usize> {
    let mut at = vec![usize::MAX; sentences];
    for (p, s) in index.iter().enumerate() {
        at[s.index] = p;
    }
    at
}

/// How well each evidence sentence backs a unit: 1 (same word or entity), a synonym's
/// credit, or 0. Only the sentences that hold the unit's words are visited (`words`
/// indexes exactly the evidence sentences, `at` gives their positions).
fn direct_scores(
    unit: &Unit,
    words: &WordIndex,
    at: &[usize],
    index: &[SentenceIndex],
) -> Vec<f64> {
    let n = index.len();
    let mut scores = vec![0.0; n];
    if let Some((canonical, _)) = &unit.entity {
        // Every word of the name in the sentence, or the entity among its names.
        let mut held = vec![0; n];
        for &st in &unit.stems {
            for s in words.stem_sentences(st) {
                held[at[s]] += 1;
            }
        }
        for (score, &h) in scores.iter_mut().zip(&held) {
            if h == unit.stems.len() {
                *score = 1.0;
            }
        }
        for s in words.name_sentences(*canonical) {
            scores[at[s]] = 1.0;
        }
        return scores;
    }
    for &t in unit.synonyms {
        for s in words.stem_sentences(t) {
            scores[at[s]] = SYNONYM_CREDIT;
        }
    }
    // A synonym in some uses only backs the word where the sentence uses it so.
    for used in unit.used_synonyms {
        for s in words.stem_sentences(used.stem) {
            let tokens = index[at[s]].tokens;
            if (0..tokens.len())
                .any(|i| tokens[i].stem == used.stem && used.uses & source_uses(tokens, i) != 0)
            {
                scores[at[s]] = SYNONYM_CREDIT;
            }
        }
    }
    // The word itself outranks its synonyms.
    for s in words.stem_sentences(unit.stems[0]) {
        scores[at[s]] = 1.0;
    }
    scores
}

/// "Up 18%" is "rose 18%" and "down 18%" is "fell 18%": a claim verb of change is
/// backed by "up" (or "down") before a figure, the direction its antonyms oppose
/// (`antonyms.txt` opposes "down" to the verbs of rising and "up" to those of falling).
/// "Up" elsewhere ("show up") backs nothing.
fn direction_before_figure(
    unit: &Unit,
    words: &WordIndex,
    at: &[usize],
    index: &[SentenceIndex],
    scores: &mut [f64],
) {
    if unit.entity.is_some() || unit.antonyms.is_empty() {
        return;
    }
    static DIRECTIONS: std::sync::OnceLock<(Atom, Atom)> = std::sync::OnceLock::new();
    let &(up, down) = DIRECTIONS.get_or_init(|| (Atom::new("up"), Atom::new("down")));
    let direction = if unit.stems[0] == up || unit.stems[0] == down {
        return;
    } else if unit.antonyms.contains(&down) {
        up
    } else if unit.antonyms.contains(&up) {
        down
    } else {
        return;
    };
    for s in words.stem_sentences(direction) {
        let p = at[s];
        if scores[p] >= 1.0 {
            continue;
        }
        let sentence = &index[p];
        let before_figure = sentence.tokens.iter().enumerate().any(|(i, t)| {
            t.stem == direction
                && !sentence.negates(i)
                && sentence.facts.quantities.iter().any(|q| {
                    q.tokens.0 == i + 1
                        || q.tokens.0 == i + 2 && sentence.tokens[i + 1].norm == "by"
                })
        });
        if before_figure {
            scores[p] = 1.0;
        }
    }
}

/// The time a sentence's "since then" (or "since that time") refers to: the last time
/// the sentence just before it gives ("... last year. Since then, violence has
/// intensified": since last year). That sentence and the time.
fn since_then<'s, 'a>(
    index: &'s [SentenceIndex<'a>],
    p: usize,
) -> Option<(&'s SentenceIndex<'a>, &'a crate::extract::TimeExpr)> {
    let s = &index[p];
    let refers = s.tokens.windows(2).any(|w| {
        w[0].norm == "since"
            && (w[1].norm == "then" || w[1].norm == "that")
            && (w[1].norm == "then" || s.tokens.iter().any(|t| t.norm == "time"))
    });
    if !refers || p == 0 {
        return None;
    }
    let before = &index[p - 1];
    if before.index + 1 != s.index {
        return None;
    }
    let time = before.facts.times.iter().rfind(|t| {
        matches!(
            t.kind,
            TimeKind::Relative
                | TimeKind::Year
                | TimeKind::Date
                | TimeKind::Month
                | TimeKind::Weekday
        )
    })?;
    Some((before, time))
}

/// The unit that is the claim's subject: a person named before any other content word.
fn claim_subject(tokens: &[Token], units: &[Unit]) -> Option<usize> {
    let first = units.first()?;
    let person = first
        .entity
        .as_ref()
        .is_some_and(|e| matches!(e.1, EntityKind::Person | EntityKind::Other));
    let leads = tokens[..first.tokens.0].iter().all(|t| !is_content(t));
    (person && leads).then_some(0)
}

/// The claim's named subject that the evidence names only as an owner ("McLean's
/// 'American Pie' ... for its hybrid of poetry and ballad" against "McLean is a hybrid of
/// poetry and ballad"): what the source says is said of the thing owned, not of the owner.
/// The claim's name must stand right before its verb, and every mention of it by name in
/// the evidence before "'s".
fn check_owner_as_subject(
    tokens: &[Token],
    units: &[Unit],
    evidence: &[&SentenceIndex],
    out: &mut Vec<Finding>,
) {
    let Some(k) = claim_subject(tokens, units) else {
        return;
    };
    let Some((canonical, _)) = &units[k].entity else {
        return;
    };
    let verb = tokens.get(units[k].tokens.1).is_some_and(|t| {
        let norm = t.norm.as_str();
        t.kind == TokenKind::Word
            && (crate::extract::relation::is_finite_be_have(norm)
                || crate::extract::relation::is_modal_verb(norm)
                || t.is_reporting_verb()
                || norm.len() > 4 && norm.ends_with("ed"))
    });
    if !verb {
        return;
    }
    let mentions = || {
        evidence
            .iter()
            .flat_map(|s| s.facts.mentions.iter().map(move |m| (*s, m)))
            .filter(|(_, m)| m.canonical == canonical.as_str())
    };
    // A mention that owns: a name before "'s", or "his", "her", "its", "their".
    let owns = |s: &SentenceIndex, m: &crate::extract::entity::Mention| {
        s.tokens.get(m.tokens.1).is_some_and(|t| t.norm == "'s")
            || matches!(m.via, crate::extract::entity::Via::Pronoun)
                && s.tokens
                    .get(m.tokens.0)
                    .is_some_and(|t| matches!(t.norm.as_str(), "his" | "her" | "its" | "their"))
    };
    let by_name = mentions().any(|(_, m)| {
        !matches!(
            m.via,
            crate::extract::entity::Via::Pronoun | crate::extract::entity::Via::Description
        )
    });
    // Named at least once, and every mention (a pronoun or description too: "Smith's
    // lawyer said he would appeal") an owner.
    let owner_only = by_name && mentions().all(|(s, m)| owns(s, m));
    if owner_only {
        out.push(Finding::Gap(format!(
            "the source has {canonical} only as an owner ({canonical}'s ...), not as the subject of '{}'",
            tokens[units[k].tokens.1].norm
        )));
    }
}

/// Fewest words a claim must copy from the start of a preposition's object for its
/// opening to be that object made a subject.
const OBJECT_RUN: usize = 4;

/// The object of a preposition made the claim's subject: the claim opens with words the
/// evidence has right after a preposition of place or direction and copies on from there
/// into the verb ("to Sydney's Shire, Topshop and Topman is set to launch" → "Sydney's
/// Shire, Topshop and Topman is set to launch"; "Shoppers in Oxford Street were moved"
/// → "Oxford Street were moved"). What follows the preposition is a place or a goal of
/// something else, never the subject of the verb after it. Not "by", "for" or "with":
/// "a report by Ofsted has found", "a spokesman for the council has said" and "with Lee
/// admitting" give their object the verb.
fn check_object_as_subject(tokens: &[Token], evidence: &[&SentenceIndex], out: &mut Vec<Finding>) {
    let claim: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .collect();
    if claim.len() < OBJECT_RUN || !is_content(claim[0]) {
        return;
    }
    for s in evidence {
        let words: Vec<(usize, &Token)> = s
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind != TokenKind::Punct)
            .collect();
        for (w, &(i, t)) in words.iter().enumerate().skip(1) {
            if t.norm != claim[0].norm {
                continue;
            }
            let prep = &s.tokens[i - 1];
            if !matches!(
                prep.norm.as_str(),
                "to" | "in" | "at" | "on" | "into" | "from" | "across" | "over" | "under"
            ) {
                continue;
            }
            let run = claim
                .iter()
                .zip(&words[w..])
                .take_while(|(c, (_, e))| c.norm == e.norm)
                .count();
            // The object's own verb, the run's first: not a participle ("with Lee
            // admitting he had"), whose subject the object is.
            // "to Leeds United, who were relegated": the relative clause's subject is
            // the object.
            let relative = claim[..run]
                .iter()
                .any(|c| matches!(c.norm.as_str(), "who" | "which" | "that" | "whose"));
            let verb = !relative
                && claim[..run]
                    .iter()
                    .find(|c| {
                        crate::extract::relation::is_finite_be_have(&c.norm)
                            || crate::extract::relation::is_modal_verb(&c.norm)
                            || is_verb_form(c)
                            || c.is_reporting_verb()
                    })
                    .is_some_and(|c| {
                        crate::extract::relation::is_finite_be_have(&c.norm)
                            || crate::extract::relation::is_modal_verb(&c.norm)
                    });
            if run >= OBJECT_RUN && verb {
                let object: Vec<&str> = s.tokens[i..]
                    .iter()
                    .take_while(|t| {
                        t.kind != TokenKind::Punct
                            && !crate::extract::relation::is_finite_be_have(&t.norm)
                            && !crate::extract::relation::is_modal_verb(&t.norm)
                    })
                    .take(4)
                    .map(|t| t.norm.as_str())
                    .collect();
                out.push(Finding::Gap(format!(
                    "the source has '{}' as the object of '{}', not as the subject",
                    object.join(" "),
                    prep.norm
                )));
                return;
            }
        }
    }
}

/// Another preposition between the same two words: the claim has "A p B" where the
/// evidence has "A q B" with a preposition of another meaning (`prepositions.txt`:
/// "has died at 84 for battling cancer" against "at 84 after battling cancer", "runs
/// around the tunnel" against "runs almost entirely within the tunnel"), and nowhere the
/// claim's "p B". Determiners and adverbs may stand between; "to" is a preposition only
/// before a determiner.
fn check_preposition_slot(tokens: &[Token], evidence: &[&SentenceIndex], out: &mut Vec<Finding>) {
    let lex = Lexicon::get();
    let filler = |t: &Token| {
        is_determiner(t)
            || t.kind == TokenKind::Word
                && (t.norm.len() > 4 && t.norm.ends_with("ly")
                    || matches!(t.norm.as_str(), "almost" | "just" | "only" | "also"))
    };
    let next_word = |ts: &[Token], from: usize| (from..ts.len()).find(|&j| !filler(&ts[j]));
    // "to" before a verb marks its infinitive ("a vote to authorise"): a preposition only
    // before a determiner.
    let group = |ts: &[Token], k: usize| {
        let infinitive = ts[k].norm == "to" && !ts.get(k + 1).is_some_and(is_determiner);
        lex.preposition_group(&ts[k].norm).filter(|_| !infinitive)
    };
    for i in 1..tokens.len() {
        let Some(ours) = group(tokens, i) else {
            continue;
        };
        let a = &tokens[i - 1];
        let Some(b) = next_word(tokens, i + 1).map(|j| &tokens[j]) else {
            continue;
        };
        // Before a figure, "over" and "about" qualify it: `check_quantities` compares.
        if !is_content(a) || !is_content(b) || b.kind == TokenKind::Number {
            continue;
        }
        for s in evidence {
            let st = s.tokens;
            // The claim's own preposition before its word somewhere in the evidence.
            let own = (0..st.len()).any(|k| {
                st[k].norm == tokens[i].norm
                    && next_word(st, k + 1).is_some_and(|j| st[j].stem == b.stem)
            });
            if own {
                continue;
            }
            let other = (0..st.len()).find_map(|k| {
                if st[k].stem != a.stem {
                    return None;
                }
                let q = next_word(st, k + 1)?;
                let theirs = group(st, q)?;
                let after = next_word(st, q + 1)?;
                (theirs != ours && st[after].stem == b.stem).then_some(&st[q])
            });
            if let Some(q) = other {
                out.push(Finding::Gap(format!(
                    "the source has '{} {} {}' where the claim has '{} {} {}'",
                    a.norm, q.norm, b.norm, a.norm, tokens[i].norm, b.norm
                )));
                return;
            }
        }
    }
}

/// Whether a sentence's subject is a pronoun or description of a person and the sentence
/// names no person: then it may be about the claim's named subject.
fn refers_to_unnamed_person(s: &SentenceIndex, claimed: &HashSet<&str>) -> bool {
    use crate::extract::entity::Via;
    let mut mentions = s.facts.mentions.iter();
    let opens = mentions.next().is_some_and(|m| {
        matches!(m.via, Via::Pronoun | Via::Description)
            && m.entity_kind == EntityKind::Person
            && m.tokens.0 <= 2
    });
    // Persons the claim names too are matched to their own words, not rivals.
    let named_person = s.facts.mentions.iter().any(|m| {
        m.entity_kind == EntityKind::Person
            && !matches!(m.via, Via::Pronoun | Via::Description)
            && !claimed.contains(m.canonical.as_str())
    });
    let pronoun_opens = s
        .tokens
        .first()
        .is_some_and(|t| matches!(t.norm.as_str(), "he" | "she"));
    (opens || pronoun_opens) && !named_person
}

/// Whether the claim's possessive name ("Ann Lee's fan base") is the owner a possessive
/// pronoun of the sentence stands for ("her fan base"): the pronoun names its owner as
/// the claim's name does, though only as well as the pronoun was resolved.
fn possessor_by_pronoun(unit: &Unit, tokens: &[Token], s: &SentenceIndex) -> bool {
    use crate::extract::entity::Via;
    let Some((canonical, EntityKind::Person)) = &unit.entity else {
        return false;
    };
    if !is_possessive_name(unit, tokens) {
        return false;
    }
    s.facts.mentions.iter().any(|m| {
        m.via == Via::Pronoun
            && m.entity_kind == EntityKind::Person
            && s.tokens
                .get(m.tokens.0)
                .is_some_and(|t| matches!(t.norm.as_str(), "his" | "her"))
            && m.canonical == canonical.as_str()
    })
}

/// Whether a unit is a person's name the claim makes possessive ("Ann Lee's").
fn is_possessive_name(unit: &Unit, tokens: &[Token]) -> bool {
    matches!(unit.entity, Some((_, EntityKind::Person)))
        && tokens.get(unit.tokens.1).is_some_and(|t| t.norm == "'s")
}

/// Finds the names in a claim: the article's aliases and the lexicons, longest first.
fn claim_entities(tokens: &[Token], doc: &Document) -> Vec<(usize, usize, String, EntityKind)> {
    let all_lower = tokens.iter().all(|t| !t.capitalized);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // A title before a name is not part of it: "Mayor Ahmet Yilmaz" names Ahmet Yilmaz.
        if let Some(after) = crate::extract::entity::title_at(tokens, i)
            && tokens
                .get(after)
                .is_some_and(|t| t.is_word() && t.capitalized)
        {
            i = after;
            continue;
        }
        let mut found = None;
        let lengths = doc.entities.key_lengths(&tokens[i].norm);
        // Up to five words, and the full stops of middle initials ("George H. W. Bush").
        for n in (1..=7).rev() {
            let Some(words) = tokens.get(i..i + n) else {
                continue;
            };
            let joins = |j: usize| {
                let t = &words[j];
                t.norm == "-" || t.norm == "." && j > 0 && j + 1 < n && is_initial(&words[j - 1])
            };
            if lengths == 0
                || (0..n).any(|j| words[j].kind == TokenKind::Punct && !joins(j))
                || words[0].norm == "-"
            {
                continue;
            }
            let count = (0..n).filter(|&j| !joins(j)).count();
            if count > 5 || lengths & (1 << (count - 1)) == 0 {
                continue;
            }
            let phrase = (0..n)
                .filter(|&j| !joins(j))
                .map(|j| &words[j])
                .map(|t| t.norm.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            // One word: the phrase is its norm, whose classes the token holds.
            if n == 1 && (words[0].is_stopword() && !(phrase == "us" && words[0].capitalized)) {
                continue;
            }
            // A frequent English word written in lower case is that word, not a name it
            // shares a spelling with ("given" is not Shay Given). In a claim wholly in
            // lower case, capitals mark nothing: a word the article itself writes in
            // lower case is that ordinary word there too.
            if n == 1
                && !words[0].capitalized
                && (Lexicon::get().is_common(&words[0].stem)
                    || is_role_word(&phrase, all_lower)
                    || all_lower && lower_in_article(doc, words[0].norm))
            {
                continue;
            }
            if let Some((canonical, kind)) = doc.entities.resolve(&phrase) {
                found = Some((i, i + n, canonical, kind));
                break;
            }
        }
        // "pm will set out ...": a short form of a title names the person the article
        // gives the full title ("the Prime Minister"). Not after a numeral: "5 pm".
        if found.is_none()
            && (i == 0 || tokens[i - 1].kind != TokenKind::Number)
            && let Some(long) = Lexicon::get().title_long_form(&tokens[i].norm)
            && let Some((canonical, kind)) = doc.entities.resolve(long)
        {
            found = Some((i, i + 1, canonical, kind));
        }
        // A capitalised word inside a cased claim is a name even if the article lacks it.
        let t = &tokens[i];
        if found.is_none()
            && t.is_word()
            && t.capitalized
            && let Some(end) = unknown_name_end(tokens, i)
        {
            let name = tokens[i..end]
                .iter()
                .filter(|t| t.norm != "-" && t.norm != ".")
                .map(|t| t.norm.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            found = Some((i, end, name, EntityKind::Other));
        }
        match found {
            Some(f) => {
                i = f.1;
                out.push(f);
            }
            None => i += 1,
        }
    }
    out
}

/// The end of the name a capitalised word starts that the article need not know, if it
/// is sure to be one: inside a sentence, or of two words or more at its start; not a
/// stopword, weekday or month.
fn unknown_name_end(tokens: &[Token], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let inside = i > 0 && tokens[i - 1].kind != TokenKind::Punct;
    let end = name_run_end(tokens, i);
    let sure = inside || tokens[i..end].iter().filter(|n| n.capitalized).count() >= 2;
    let lex = Lexicon::get();
    let is_time = || lex.weekday(&t.norm).is_some() || lex.month(&t.norm).is_some();
    (sure && !t.is_stopword() && !is_time()).then_some(end)
}

/// A role noun in the plural ("ministers"), or in a claim without capitals any role noun
/// ("englishman"): a description of people, not a name, even where a sentence of the
/// article opens with it capitalised. ("The chairman" in a cased claim may still stand
/// for the person the article gives that title.)
fn is_role_word(word: &str, all_lower: bool) -> bool {
    let lex = Lexicon::get();
    all_lower && lex.is_role(word) || word.strip_suffix('s').is_some_and(|w| lex.is_role(w))
}

/// Whether the article writes a word in lower case somewhere (an ordinary word there).
fn lower_in_article(doc: &Document, word: Atom) -> bool {
    doc.source.sentences.iter().any(|s| {
        s.tokens
            .iter()
            .any(|t| t.norm == word && !t.capitalized && t.is_word())
    })
}

/// End of a run of capitalised words, joined by "al-", "bin", "de" and the like.
fn name_run_end(tokens: &[Token], start: usize) -> usize {
    let mut end = start + 1;
    loop {
        let joiner = tokens.get(end).is_some_and(|n| {
            matches!(
                n.norm.as_str(),
                "al" | "el" | "-" | "bin" | "de" | "van" | "von"
            )
        });
        let next_is_name = tokens
            .get(end + 1)
            .is_some_and(|n| n.capitalized || n.norm == "-");
        // "Helen R. Walsh": a middle initial's full stop.
        let initial_stop = tokens.get(end).is_some_and(|n| n.norm == ".")
            && is_initial(&tokens[end - 1])
            && tokens
                .get(end + 1)
                .is_some_and(|n| n.is_word() && n.capitalized && !n.is_stopword());
        if tokens
            .get(end)
            .is_some_and(|n| n.is_word() && n.capitalized)
            || joiner && next_is_name
            || initial_stop
        {
            end += 1;
        } else {
            return end;
        }
    }
}

fn idf(df: &WordIndex, key: Atom, n: usize) -> f64 {
    let d = df.frequency(key) as f64;
    let weight = 1.0 + ((n as f64 + 1.0) / (d + 1.0)).ln();
    // A frequent word the article never uses is more likely a paraphrase than an
    // invented fact: it weighs like a word the article uses often.
    if d == 0.0 && Lexicon::get().is_common(&key) {
        weight * COMMON_ABSENT_SHARE
    } else {
        weight
    }
}

/// The claim's units: names as wholes, other content words one by one; figures and
/// times are compared on their own and are not units.
fn units(
    tokens: &[Token],
    doc: &Document,
    df: &WordIndex,
    n: usize,
    skip: &[(usize, usize)],
) -> Vec<Unit> {
    let entities = claim_entities(tokens, doc);
    let mut out = Vec::new();
    let mut i = 0;
    let skipped = |k: usize| skip.iter().any(|&(a, b)| a <= k && k < b);
    while i < tokens.len() {
        if let Some((s, e, canonical, kind)) = entities
            .iter()
            .find(|e| e.0 == i && !(e.0..e.1).any(skipped))
            .cloned()
        {
            let stems: Vec<Atom> = tokens[s..e]
                .iter()
                .filter(|t| is_content(t))
                .map(|t| t.stem)
                .collect();
            let canonical = Atom::new(&canonical);
            if repeats_previous(&out, &canonical, s) {
                i = e;
                continue;
            }
            let weight = idf(df, canonical, n)
                .max(stems.iter().map(|&st| idf(df, st, n)).fold(0.0, f64::max));
            out.push(Unit {
                stems,
                entity: Some((canonical, kind)),
                text: tokens[s..e]
                    .iter()
                    .map(|t| t.norm.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace(" - ", "-"),
                weight: weight * 1.2,
                tokens: (s, e),
                synonyms: &[],
                used_synonyms: &[],
                antonyms: &[],
            });
            i = e;
            continue;
        }
        let t = &tokens[i];
        if is_content(t) && !skipped(i) && (!is_attribution_verb(t) || reports_nothing(tokens, i)) {
            let used_synonyms = Lexicon::get().synonyms_in_use(&t.stem, word_uses(tokens, i));
            out.push(Unit {
                stems: vec![t.stem],
                entity: None,
                text: t.norm.to_string(),
                weight: idf(df, t.stem, n),
                tokens: (i, i + 1),
                synonyms: if used_synonyms.is_some() {
                    &[]
                } else {
                    Lexicon::get().synonyms_of(&t.stem)
                },
                used_synonyms: used_synonyms.unwrap_or(&[]),
                antonyms: Lexicon::get().antonyms_of(&t.stem),
            });
        }
        i += 1;
    }
    out
}

/// A name written twice in a row ("Okafor Okafor") is one mention typed twice, not a
/// second person to find in the evidence.
fn repeats_previous(out: &[Unit], canonical: &Atom, start: usize) -> bool {
    out.last().is_some_and(|u| {
        u.tokens.1 == start && u.entity.as_ref().is_some_and(|(c, _)| c == canonical)
    })
}

/// An inflected reporting verb ("said", "told", "says"): attribution a claim may add or
/// drop, not content to back. Base forms that are also nouns ("state", "report") count.
fn is_attribution_verb(t: &Token) -> bool {
    t.is_reporting_verb() && (t.norm != t.stem || matches!(t.norm.as_str(), "say" | "tell"))
}

/// Whether the reporting verb at `i` reports no words: "Lee wrote to Kim every year",
/// "Lee told the audience", "Lee spoke about her family". The verb is then the claim's
/// own act, to be backed as any verb is, not attribution a claim may add or drop. Words
/// are reported after "that", a colon or quotation mark, by a clause after the verb
/// ("said the dog barked") or before it ("The dog barked, Lee said").
fn reports_nothing(tokens: &[Token], i: usize) -> bool {
    let end = tokens
        .iter()
        .rposition(|t| t.kind != TokenKind::Punct)
        .map_or(0, |e| e + 1);
    if tokens[..i].iter().any(|t| t.kind == TokenKind::Punct) {
        return false;
    }
    let after = &tokens[(i + 1).min(end)..end];
    if after.iter().any(|t| {
        t.kind == TokenKind::Punct
            || matches!(
                t.norm.as_str(),
                "that" | "if" | "whether" | "he" | "she" | "they" | "it" | "we" | "i"
            )
    }) {
        return false;
    }
    // A short phrase of its own: a preposition's ("to Kim every year"), or after "told",
    // the one told ("the audience").
    let led_by_preposition = after.first().is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "to" | "about" | "with" | "at" | "on" | "for" | "in" | "of" | "from"
        )
    });
    let addressee = tokens[i].stem == "tell" && after.len() <= 2;
    after.is_empty() || after.len() <= 4 && led_by_preposition || addressee
}

/// What went wrong between a claim and its evidence.
enum Finding {
    Conflict(String),
    Gap(String),
}

/// Judges one atomic claim against one document.
pub fn judge(text: &str, tokens: &[Token], doc: &Document, skip_titles: bool) -> Part {
    let index = index_of(doc, skip_titles);
    let df = doc.vocabulary().words(!skip_titles);
    let n = index.len().max(1);
    let claim_times = times(tokens);
    let mut claim_quantities = quantity::quantities(tokens, &claim_times);
    let mut skip: Vec<(usize, usize)> = claim_quantities
        .iter()
        .map(|q| (q.tokens.0, q.tokens.1))
        .collect();
    // "per" in a per-unit tail ("14p per share") says how the figure is counted, as
    // "a" does ("14p a share"): no word to back.
    skip.extend(claim_quantities.iter().filter_map(|q| {
        (q.tokens.1..q.tokens.1 + 2)
            .find(|&k| tokens.get(k).is_some_and(|t| t.norm == "per"))
            .map(|k| (k, k + 1))
    }));
    skip.extend(
        claim_times
            .iter()
            .filter(|t| t.kind != TimeKind::Relative && t.kind != TimeKind::Daypart)
            .map(|t| t.tokens),
    );
    // Ordinals are compared slot by slot (`ordinal`), not backed as words: "12th" in "the
    // 12th minute" is no backing for "Castleford are 12th".
    let in_claim_time = |k: usize| {
        claim_times
            .iter()
            .any(|t| t.tokens.0 <= k && k < t.tokens.1)
    };
    skip.extend(
        ordinal::ordinals(tokens, in_claim_time, |_| None)
            .iter()
            .map(|o| o.tokens),
    );
    // The counted noun of a figure is a word to back like any other.
    let mut units = units(tokens, doc, df, n, &skip);
    // A word of a time ("last" in "since last year") is no antonym of "first".
    for u in &mut units {
        if claim_times
            .iter()
            .any(|t| t.tokens.0 <= u.tokens.0 && u.tokens.1 <= t.tokens.1)
        {
            u.antonyms = &[];
        }
    }
    let named: Vec<(usize, usize, String)> = units
        .iter()
        .filter_map(|u| {
            u.entity
                .as_ref()
                .filter(|e| matches!(e.1, EntityKind::Person | EntityKind::Other))
                .map(|e| (u.tokens.0, u.tokens.1, e.0.to_string()))
        })
        .collect();
    for q in &mut claim_quantities {
        q.owner = quantity::owner_of(q, &named, tokens);
    }
    let total: f64 = units.iter().map(|u| u.weight).sum();
    let claim_ordinals = claim_ordinals(tokens, &units, in_claim_time);

    let debug = std::env::var_os("FACTCHECK_EXPLAIN").is_some();
    let part =
        |verdict, score: f64, reason: String, evidence: Vec<Evidence>, features: String| Part {
            claim: text.to_string(),
            verdict,
            score: (score * 1000.0).round() / 1000.0,
            reason: if debug {
                format!("{reason} [{features}]")
            } else {
                reason
            },
            evidence,
        };
    if index.is_empty() {
        return part(
            Verdict::Missing,
            0.0,
            "the source has no article text".to_string(),
            Vec::new(),
            String::new(),
        );
    }

    // Alignment: the sentence (or pair) that backs most of the claim's weight.
    let subject = claim_subject(tokens, &units);
    let claimed: HashSet<&str> = units
        .iter()
        .filter_map(|u| u.entity.as_ref().map(|e| e.0.as_str()))
        .collect();
    let at = positions(&index, doc.source.sentences.len());
    let mut direct: Vec<Vec<f64>> = units
        .iter()
        .map(|u| direct_scores(u, df, &at, &index))
        .collect();
    for (u, d) in units.iter().zip(&mut direct) {
        direction_before_figure(u, df, &at, &index, d);
    }
    // Only a person's name with "'s" after it may be owned through a pronoun: the other
    // units are not looked for in each sentence.
    let possessive: Vec<bool> = units
        .iter()
        .map(|u| is_possessive_name(u, tokens))
        .collect();
    // The claim's words in a time it gives after "since" ("since last year"): backed
    // by a sentence's "since then" when the sentence before gives that time.
    let since_words: Vec<bool> = units
        .iter()
        .map(|u| {
            claim_times.iter().any(|t| {
                t.tokens.0 > 0
                    && tokens[t.tokens.0 - 1].norm == "since"
                    && t.tokens.0 <= u.tokens.0
                    && u.tokens.1 <= t.tokens.1
            })
        })
        .collect();
    if since_words.contains(&true) {
        let resolved = (0..index.len()).filter_map(|p| since_then(&index, p).map(|r| (p, r)));
        for (p, (before, t)) in resolved {
            let held = &before.tokens[t.tokens.0..t.tokens.1];
            for (k, u) in units.iter().enumerate() {
                if since_words[k] && held.iter().any(|w| w.stem == u.stems[0]) {
                    direct[k][p] = direct[k][p].max(1.0);
                }
            }
        }
    }
    let scores: Vec<Vec<f64>> = index
        .iter()
        .enumerate()
        .map(|(p, s)| {
            units
                .iter()
                .enumerate()
                .map(|(k, u)| {
                    let direct = direct[k][p];
                    if direct == 0.0
                        && (Some(k) == subject && refers_to_unnamed_person(s, &claimed)
                            || possessive[k] && possessor_by_pronoun(u, tokens, s))
                    {
                        SUBJECT_REFERENCE_CREDIT
                    } else {
                        direct
                    }
                })
                .collect()
        })
        .collect();
    let coverage_of = |picked: &[usize]| -> f64 {
        if total == 0.0 {
            return 0.0;
        }
        units
            .iter()
            .enumerate()
            .map(|(k, u)| u.weight * picked.iter().map(|&p| scores[p][k]).fold(0.0, f64::max))
            .sum::<f64>()
            / total
    };
    let figure_bonus = |p: usize| -> f64 {
        let facts = index[p].facts;
        let hits = claim_quantities
            .iter()
            .filter(|cq| {
                counterpart(cq, facts.quantities.iter())
                    .is_some_and(|sq| qty::relate(sq, cq) == QRel::Entails)
            })
            .count();
        hits as f64 * 0.05
    };
    // A sentence that says the opposite of a claim word is about the claim too.
    let lex = Lexicon::get();
    // The sentences holding an antonym of each unit, looked up once per antonym.
    let opposing: Vec<Vec<bool>> = units
        .iter()
        .map(|u| {
            let mut held = vec![false; index.len()];
            for &a in u.antonyms {
                for s in df.stem_sentences(a) {
                    held[at[s]] = true;
                }
            }
            held
        })
        .collect();
    let antonym_bonus = |p: usize| -> f64 {
        let opposed: f64 = units
            .iter()
            .zip(&opposing)
            .filter(|(_, held)| held[p])
            .map(|(u, _)| u.weight)
            .sum();
        if total > 0.0 { opposed / total } else { 0.0 }
    };
    // On a tie the article body is better evidence than its title.
    let title_penalty = |p: usize| {
        if doc.source.sentences[index[p].index].role == crate::source::Role::Title {
            0.01
        } else {
            0.0
        }
    };
    // A sentence that ranks the claim's ordinal's slot ("the 12th minute" for "the 21st
    // minute", Castleford's place for Castleford's) is about the claim's position.
    let source_ordinals: Vec<Vec<Ordinal>> = if claim_ordinals.is_empty() {
        Vec::new()
    } else {
        index.iter().map(source_ordinals).collect()
    };
    let ordinal_bonus = |p: usize| -> f64 {
        let Some(held) = source_ordinals.get(p) else {
            return 0.0;
        };
        let hits = claim_ordinals
            .iter()
            .filter(|c| {
                held.iter()
                    .any(|o| ordinal::same_slot(&c.slot, &o.slot, same_party))
            })
            .count();
        hits as f64 * 0.05
    };
    let rank = |p: usize| {
        coverage_of(&[p]) + figure_bonus(p) + antonym_bonus(p) + ordinal_bonus(p) - title_penalty(p)
    };
    let mut order: Vec<usize> = (0..index.len()).collect();
    let ranks: Vec<f64> = (0..index.len()).map(rank).collect();
    order.sort_by(|&a, &b| ranks[b].total_cmp(&ranks[a]).then(a.cmp(&b)));
    let best = order[0];
    let mut picked = vec![best];
    let single = coverage_of(&picked);
    let joins = |(second, cov): (usize, f64)| {
        single >= JOIN_FLOOR
            && cov >= single + SECOND_SENTENCE_GAIN
            && splits_at_clause(
                tokens,
                &units,
                &scores[best],
                &scores[second],
                (index[best].tokens, index[second].tokens),
            )
    };
    let widest = order
        .iter()
        .skip(1)
        .take(8)
        .map(|&o| (o, coverage_of(&[best, o])))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .filter(|&c| joins(c) && adds_two_units(&scores[best], &scores[c.0]));
    // The next sentence, when it goes on about the claim's person ("He ..."), may add a
    // single word: it is the same account, not a detail borrowed from another event.
    let next = (best + 1 < index.len() && continues_subject(&index, best, best + 1, &claimed))
        .then(|| (best + 1, coverage_of(&[best, best + 1])))
        .filter(|&c| joins(c));
    if let Some((second, _)) = widest.or(next) {
        picked.push(second);
    }
    picked.sort_unstable();
    let coverage = coverage_of(&picked);
    let evidence_sentences: Vec<&SentenceIndex> = picked.iter().map(|&p| &index[p]).collect();
    // The features only show under FACTCHECK_EXPLAIN: not worked out (nor formatted)
    // for every claim otherwise.
    let features = if debug {
        let cohesion = cohesion(&units, &picked, &index, &scores);
        let all: Vec<usize> = (0..index.len()).collect();
        let doc_coverage = coverage_of(&all);
        format!(
            "cov={coverage:.3} coh={cohesion:.3} sents={} doc={doc_coverage:.3}",
            picked.len()
        )
    } else {
        String::new()
    };

    let mut findings = Vec::new();
    let claim_possible = tokens
        .iter()
        .any(|t| t.modality() == Some(crate::lexicon::Modality::Possibility));
    let listed_marks = check_quantities(
        tokens,
        &claim_quantities,
        &evidence_sentences,
        &index,
        doc,
        claim_possible,
        &mut findings,
    );
    check_times(
        tokens,
        &claim_times,
        &evidence_sentences,
        &index,
        &mut findings,
    );
    let (ordinal_marks, ordinal_held) = check_ordinals(
        tokens,
        &claim_ordinals,
        &picked,
        &source_ordinals,
        &index,
        &mut findings,
    );
    // Who said it and who did it come before polarity: they explain more.
    check_speaker(tokens, &units, &evidence_sentences, doc, &mut findings);
    check_roles(tokens, &units, &evidence_sentences, &mut findings);
    check_passive_agent(tokens, &units, &evidence_sentences, &mut findings);
    check_subject_moved(tokens, &units, &evidence_sentences, &mut findings);
    check_owner_as_subject(tokens, &units, &evidence_sentences, &mut findings);
    check_object_as_subject(tokens, &evidence_sentences, &mut findings);
    check_rival_roles(tokens, &units, doc, &mut findings);
    // "Younger residents were more likely" where the source ranks older ones higher.
    let ranked = check_comparisons(tokens, &units, &evidence_sentences, &mut findings);
    check_entities(
        tokens,
        &units,
        &evidence_sentences,
        &scores,
        &picked,
        &index,
        &mut findings,
        coverage,
        total,
    );
    check_repeated_person(tokens, &units, &evidence_sentences, &mut findings);
    check_move_to_itself(tokens, &units, &mut findings);
    check_tautology(tokens, &mut findings);
    check_dropped_verb(tokens, &evidence_sentences, &mut findings);
    check_seam(tokens, &evidence_sentences, &mut findings);
    check_dropped_approximator(tokens, &evidence_sentences, &mut findings);
    check_cut_after_not(tokens, &evidence_sentences, &mut findings);
    check_nothing_reported(tokens, &mut findings);
    check_polarity(tokens, &evidence_sentences, &mut findings);
    let sentences: Vec<&[Token]> = evidence_sentences.iter().map(|s| s.tokens).collect();
    if let Some(reason) = modifiers::swapped_modifier(tokens, &sentences) {
        findings.push(Finding::Conflict(reason));
    }
    if let Some(reason) = ranks::other_rank(tokens, &sentences) {
        findings.push(Finding::Conflict(reason));
    }
    let quoted_elsewhere = |w: &Token| {
        df.stem_sentences(w.stem)
            .any(|s| quoted::quotes(&doc.source.sentences[s].tokens, w))
    };
    if let Some(word) = quoted::unquoted_word_in(tokens, &sentences, quoted_elsewhere) {
        findings.push(Finding::Gap(format!(
            "the source does not quote '{word}': quoted words are the speaker's own"
        )));
    }
    let mut reporter = Vec::new();
    check_reporter_as_subject(tokens, &units, subject, &evidence_sentences, &mut reporter);
    check_hedges(
        tokens,
        &evidence_sentences,
        &scores,
        &picked,
        &units,
        &mut findings,
    );
    // A question or hedge in the evidence explains more than the preposition its
    // words differ by.
    check_preposition_slot(tokens, &evidence_sentences, &mut findings);
    // "Women are less likely" where the source says "men are more likely": the converse
    // of a comparison, backed, not opposed.
    let mut conversed = converse(&units, &evidence_sentences, &scores, &picked);
    conversed.extend(described(
        tokens,
        &units,
        &evidence_sentences,
        doc,
        &scores,
        &picked,
    ));
    for k in elided_nouns(
        tokens,
        &units,
        &claim_quantities,
        &evidence_sentences,
        &index,
    ) {
        if !conversed.contains(&k) {
            conversed.push(k);
        }
    }
    let agreed = ranked.is_some();
    for k in ranked.into_iter().flatten() {
        if !conversed.contains(&k) {
            conversed.push(k);
        }
    }
    let coverage = coverage
        + conversed
            .iter()
            .map(|&k| {
                let had = picked.iter().map(|&p| scores[p][k]).fold(0.0, f64::max);
                units[k].weight * (1.0 - had)
            })
            .sum::<f64>()
            / total.max(1e-9);
    // A word the source says the opposite of is aligned, not missing.
    let opposed = if conversed.is_empty() && !agreed {
        check_opposed_phrases(&units, tokens, &evidence_sentences, &mut findings)
    } else {
        0.0
    };
    let opposed = if conversed.is_empty() && !agreed && opposed == 0.0 {
        check_antonyms(
            &units,
            tokens,
            &evidence_sentences,
            &scores,
            &picked,
            &mut findings,
        )
    } else {
        0.0
    };
    if opposed == 0.0 && !agreed {
        check_reported_opposites(tokens, &evidence_sentences, &mut findings);
    }
    // Ordinals weigh as the words they are: one backed in its slot is backed, one of
    // another value in its slot is aligned (as an antonym is), not backed.
    let (coverage, opposed, total) = if claim_ordinals.is_empty() {
        (coverage, opposed, total)
    } else {
        let weights: Vec<f64> = claim_ordinals
            .iter()
            .map(|o| idf(df, tokens[o.tokens.0].stem, n))
            .collect();
        let sum = |held: &dyn Fn(&OrdinalHeld) -> bool| -> f64 {
            weights
                .iter()
                .zip(&ordinal_held)
                .filter(|(_, h)| held(h))
                .map(|(w, _)| w)
                .sum()
        };
        let all = sum(&|_| true);
        let backed = sum(&|h| *h == OrdinalHeld::Backed);
        let other = sum(&|h| *h == OrdinalHeld::Other);
        (
            (coverage * total + backed) / (total + all),
            opposed + other,
            total + all,
        )
    };
    let aligned = if total > 0.0 {
        coverage + opposed / total
    } else {
        coverage
    };

    // The figures and times the verdict compared are marked too.
    let mut compared: Vec<(usize, usize)> = claim_quantities
        .iter()
        .filter_map(|cq| {
            counterpart(
                cq,
                evidence_sentences
                    .iter()
                    .flat_map(|s| s.facts.quantities.iter()),
            )
        })
        .map(|q| (q.start, q.end))
        .collect();
    compared.extend(listed_marks);
    compared.extend(ordinal_marks);
    compared.extend(
        evidence_sentences
            .iter()
            .flat_map(|s| s.facts.times.iter())
            .filter(|t| claim_times.iter().any(|ct| ct.kind == t.kind))
            .map(|t| (t.start, t.end)),
    );
    let evidence: Vec<Evidence> = picked
        .iter()
        .map(|&p| evidence_for(doc, &index[p], &units, &scores[p], &compared))
        .collect();
    let conflict = findings.iter().find_map(|f| match f {
        Finding::Conflict(r) => Some(r.clone()),
        Finding::Gap(_) => None,
    });
    let gap = findings.iter().find_map(|f| match f {
        Finding::Gap(r) => Some(r.clone()),
        Finding::Conflict(_) => None,
    });
    if let Some(reason) = conflict.filter(|_| aligned >= CONTRADICT_COVERAGE) {
        return part(Verdict::Contradicted, 0.0, reason, evidence, features);
    }
    let unbacked_k: Vec<usize> = (0..units.len())
        .filter(|k| picked.iter().all(|&p| scores[p][*k] == 0.0) && !conversed.contains(k))
        .collect();
    let unbacked: Vec<&str> = unbacked_k.iter().map(|&k| units[k].text.as_str()).collect();
    // A specific word the article never uses (not a frequent English word, no synonym in
    // the article) is an invented detail, however much else matches.
    let invented = units.iter().enumerate().find(|(k, u)| {
        u.entity.is_none()
            && all_scores_zero(&scores, *k)
            && !conversed.contains(k)
            && u.stems.iter().all(|st| {
                !df.has_stem(*st)
                    && !lex.is_common(st)
                    && !lex.synonyms_of(st).iter().any(|&a| df.has_stem(a))
            })
    });
    let features = if debug {
        format!(
            "{features} inv={} gap={}",
            u8::from(invented.is_some()),
            u8::from(gap.is_some())
        )
    } else {
        features
    };
    let gap = gap.or_else(|| {
        invented.map(|(_, u)| {
            let others: Vec<&str> = unbacked.iter().copied().filter(|w| *w != u.text).collect();
            if others.is_empty() {
                format!("the source never uses '{}'", u.text)
            } else {
                format!(
                    "the source never uses '{}' (nor says {})",
                    u.text,
                    quoted(&others)
                )
            }
        })
    });
    // A word swapped inside the source's phrase explains less than an invented one.
    let moved: Vec<usize> = unbacked_k
        .iter()
        .copied()
        .filter(|&k| units[k].stems.iter().all(|st| df.has_stem(*st)))
        .collect();
    let gap = gap.or_else(|| substitution(tokens, &units, &evidence_sentences, &moved));
    let gap = gap.or_else(|| invented_relation(tokens, &units, &unbacked_k, &evidence_sentences));
    // A reporter taken for the subject explains less than a word the article never uses.
    let gap = gap.or_else(|| {
        reporter.into_iter().find_map(|f| match f {
            Finding::Gap(r) => Some(r),
            Finding::Conflict(_) => None,
        })
    });
    if coverage >= SUPPORT_COVERAGE && gap.is_none() {
        let lines = lines_of(&evidence);
        let reason = if let ([a, b], false) = (&conversed[..], agreed) {
            let (a, b) = (*a, *b);
            format!(
                "{lines} says the same from the other side ('{}' and '{}' turned)",
                units[a].text, units[b].text
            )
        } else if unbacked.is_empty() {
            format!("every part of the claim is in {lines} of the source")
        } else {
            format!(
                "{lines} backs {:.0}% of the claim (not: {})",
                coverage * 100.0,
                quoted(&unbacked)
            )
        };
        return part(Verdict::Supported, coverage, reason, evidence, features);
    }
    let reason = match gap {
        Some(g) => g,
        None if unbacked.is_empty() => "the source does not state this".to_string(),
        None => format!("the source does not say {}", quoted(&unbacked)),
    };
    let evidence = if aligned >= CONTRADICT_COVERAGE {
        evidence
    } else {
        Vec::new()
    };
    part(
        Verdict::Missing,
        coverage.min(SUPPORT_COVERAGE - 0.001),
        reason,
        evidence,
        features,
    )
}

/// The lines of the evidence as a reason names them: "line 3", "lines 3 and 7": a claim
/// two sentences back is in both, and naming one sent the reader to half the evidence.
fn lines_of(evidence: &[Evidence]) -> String {
    let mut lines: Vec<usize> = evidence.iter().map(|e| e.line).collect();
    lines.sort_unstable();
    lines.dedup();
    match lines.as_slice() {
        [] => "line 0".to_string(),
        [one] => format!("line {one}"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(usize::to_string).collect();
            format!("lines {} and {last}", init.join(", "))
        }
    }
}

/// Whether a second sentence backs at least two words the first does not: one word
/// borrowed from elsewhere is how a detail gets attached to the wrong event.
fn adds_two_units(first: &[f64], second: &[f64]) -> bool {
    first
        .iter()
        .zip(second)
        .filter(|(a, b)| **a == 0.0 && **b > 0.0)
        .count()
        >= 2
}

/// Whether the second sentence follows the first and opens with a pronoun that stands
/// for a person the claim names: the article goes on about the same person, so a word it
/// adds there is no detail borrowed from another event.
fn continues_subject(
    index: &[SentenceIndex],
    first: usize,
    second: usize,
    claimed: &HashSet<&str>,
) -> bool {
    use crate::extract::entity::Via;
    let (a, b) = (&index[first], &index[second]);
    b.index == a.index + 1
        && b.facts.mentions.first().is_some_and(|m| {
            m.via == Via::Pronoun
                && m.tokens.0 == 0
                && m.entity_kind == EntityKind::Person
                && claimed.contains(m.canonical.as_str())
                && a.names(&m.canonical)
        })
}

/// Whether the words only a second sentence backs form a clause of their own in the
/// claim: all on one side of a clause boundary ("…, who …", "… after …"), or an embedded
/// relative clause or apposition ("young people who lived in poverty are …") about a noun
/// both sentences name; not a subject taken from one sentence and its predicate from
/// another.
fn splits_at_clause(
    tokens: &[Token],
    units: &[Unit],
    first: &[f64],
    second: &[f64],
    (first_tokens, second_tokens): (&[Token], &[Token]),
) -> bool {
    const BOUNDARIES: [&str; 16] = [
        ",", ";", ":", "and", "but", "who", "which", "that", "after", "when", "while", "as",
        "because", "before", "since", "with",
    ];
    let only_second: Vec<usize> = (0..units.len())
        .filter(|&k| second[k] > 0.0 && first[k] == 0.0)
        .map(|k| units[k].tokens.0)
        .collect();
    let only_first: Vec<usize> = (0..units.len())
        .filter(|&k| first[k] > 0.0 && second[k] == 0.0)
        .map(|k| units[k].tokens.0)
        .collect();
    let (Some(&s_lo), Some(&s_hi), Some(&f_lo), Some(&f_hi)) = (
        only_second.iter().min(),
        only_second.iter().max(),
        only_first.iter().min(),
        only_first.iter().max(),
    ) else {
        return true;
    };
    let boundary_between = |a: usize, b: usize| {
        tokens[a..b]
            .iter()
            .any(|t| BOUNDARIES.contains(&t.norm.as_str()))
    };
    // ", causing a pileup": a participle between the two parts takes its subject from
    // the clause before it in the claim, not from the other sentence that backs it.
    let participle_between = |a: usize, b: usize| {
        tokens[a..=b]
            .windows(2)
            .any(|w| matches!(w[0].norm.as_str(), "," | "-" | "–" | "—") && is_participle(&w[1]))
    };
    if (s_lo > f_hi && participle_between(f_hi, s_lo))
        || (s_hi < f_lo && participle_between(s_hi, f_lo))
    {
        return false;
    }
    if s_lo > f_hi && boundary_between(f_hi, s_lo) {
        return !own_complement(tokens, f_hi, s_lo, first_tokens);
    }
    if s_hi < f_lo && boundary_between(s_hi, f_lo) {
        return !own_complement(tokens, s_hi, f_lo, second_tokens);
    }
    // An embedded clause: opened by "who", "which" or a comma (an apposition, closed by
    // a comma too), holding no word only the first sentence backs, and following a word
    // both sentences back (the noun the clause is about: "people who lived in poverty").
    let Some(open) = (0..s_lo)
        .rev()
        .find(|&i| matches!(tokens[i].norm.as_str(), "who" | "which" | ","))
    else {
        return false;
    };
    // Only the second sentence's words and words both back lie inside the clause.
    let inside = only_first.iter().any(|&f| f > open && f < s_hi);
    let after = only_first.iter().filter(|&&f| f > s_hi).min().copied();
    let closed = tokens[open].norm != ","
        || after.is_some_and(|a| tokens[s_hi..a].iter().any(|t| t.norm == ","));
    let antecedent = units
        .iter()
        .enumerate()
        .filter(|(_, u)| u.tokens.1 <= open)
        .max_by_key(|(_, u)| u.tokens.1)
        .is_some_and(|(k, u)| {
            first[k] > 0.0 && second[k] > 0.0 && same_referent(tokens, u, second_tokens)
        });
    !inside && closed && antecedent
}

/// Whether the sentence that backs a claim's main clause has its own complement for the
/// subordinator that opens the claim's next clause ("It came days after a driver was
/// charged" cannot take "after a driver tried to break in" from another sentence): the
/// claim then gives the main clause another sentence's event for the one its own
/// sentence names.
fn own_complement(tokens: &[Token], from: usize, to: usize, main: &[Token]) -> bool {
    const SUBORDINATORS: [&str; 7] = [
        "after", "before", "because", "since", "when", "while", "until",
    ];
    (from..to)
        .filter(|&i| {
            let t = &tokens[i];
            let next = tokens.get(i + 1);
            // "after being accused": a gerund takes the main clause's subject, no event
            // of its own.
            SUBORDINATORS.contains(&t.norm.as_str())
                && next.is_none_or(|n| !n.norm.ends_with("ing"))
                // "X claims he ...": what X claims is what X's own sentence reports; not
                // an impersonal passive ("it is believed that"), which names no speaker,
                // nor a quotation (said: "..."), which runs on into the next sentences.
                || t.is_reporting_verb()
                    && !(i > 0 && crate::extract::relation::is_finite_be_have(tokens[i - 1].norm.as_str()))
                    && next.is_none_or(|n| n.kind != TokenKind::Punct || n.norm == ",")
        })
        .any(|i| main.iter().any(|m| m.stem == tokens[i].stem))
}

/// Whether a word is a present participle ("causing", "telling"): lower case, ending in
/// "-ing", and none of the prepositions and nouns of that ending
/// (`src/lexicon/not_participles.txt`: "including", "morning").
fn is_participle(t: &Token) -> bool {
    let w = t.norm.as_str();
    t.kind == TokenKind::Word
        && !t.capitalized
        && w.len() > 5
        && w.ends_with("ing")
        && !Lexicon::get().is_not_participle(w)
}

/// Whether the second sentence may use the claim's noun for the same thing: somewhere
/// it follows no word that picks out another one ("another minister", "the finance
/// minister" for the claim's "health minister"). A name is the same thing wherever.
fn same_referent(claim: &[Token], unit: &Unit, sentence: &[Token]) -> bool {
    if unit.entity.is_some() {
        return true;
    }
    let in_claim = |t: &Token| claim.iter().any(|c| c.stem == t.stem);
    sentence.iter().enumerate().any(|(j, t)| {
        (unit.stems.contains(&t.stem) || unit.is_synonym(t.stem))
            && j.checked_sub(1).is_none_or(|i| {
                let before = &sentence[i];
                let other = matches!(before.norm.as_str(), "another" | "other");
                !other && (!is_content(before) || in_claim(before))
            })
    })
}

/// How tightly the claim's words sit together in the evidence: the share of adjacent
/// claim units, both backed by one evidence sentence, found within a few words of each
/// other there. Words scattered over a long sentence are how swapped roles get through.
fn cohesion(units: &[Unit], picked: &[usize], index: &[SentenceIndex], scores: &[Vec<f64>]) -> f64 {
    const NEAR: usize = 6;
    let positions = |u: &Unit, s: &SentenceIndex| -> Vec<usize> {
        let mut at: Vec<usize> = s
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| u.stems.contains(&t.stem) || u.is_synonym(t.stem))
            .map(|(i, _)| i)
            .collect();
        if let Some((canonical, _)) = &u.entity {
            at.extend(
                s.facts
                    .mentions
                    .iter()
                    .filter(|m| &m.canonical == canonical)
                    .flat_map(|m| [m.tokens.0, m.tokens.1.saturating_sub(1)]),
            );
        }
        at
    };
    let mut counted = 0;
    let mut near = 0;
    for k in 1..units.len() {
        let Some(&p) = picked
            .iter()
            .find(|&&p| scores[p][k - 1] > 0.0 && scores[p][k] > 0.0)
        else {
            continue;
        };
        counted += 1;
        let (a, b) = (
            positions(&units[k - 1], &index[p]),
            positions(&units[k], &index[p]),
        );
        if a.iter().any(|x| b.iter().any(|y| x.abs_diff(*y) <= NEAR)) {
            near += 1;
        }
    }
    if counted == 0 {
        1.0
    } else {
        near as f64 / counted as f64
    }
}

fn all_scores_zero(scores: &[Vec<f64>], k: usize) -> bool {
    scores.iter().all(|row| row[k] == 0.0)
}

fn quoted(words: &[&str]) -> String {
    let shown: Vec<String> = words.iter().take(4).map(|w| format!("'{w}'")).collect();
    let more = if words.len() > 4 {
        format!(" and {} more", words.len() - 4)
    } else {
        String::new()
    };
    format!("{}{more}", shown.join(", "))
}

fn evidence_for(
    doc: &Document,
    s: &SentenceIndex,
    units: &[Unit],
    scores: &[f64],
    compared: &[(usize, usize)],
) -> Evidence {
    let src = &doc.source;
    let sentence = &src.sentences[s.index];
    let mut marks: Vec<(usize, usize)> = compared
        .iter()
        .filter(|(a, _)| *a >= sentence.start && *a < sentence.end)
        .map(|&(a, b)| src.raw_span(a, b))
        .collect();
    // Marks are sorted and deduplicated by `Evidence::located`: each token is looked at
    // once, against the stems of every backed unit.
    let stems = backed_stems(units, scores);
    marks.extend(
        s.tokens
            .iter()
            .filter(|t| stems.contains(&t.stem))
            .map(|t| src.raw_span(t.start, t.end)),
    );
    for (u, _) in units.iter().zip(scores).filter(|&(_, &score)| score > 0.0) {
        if let Some((canonical, _)) = &u.entity {
            for m in s
                .facts
                .mentions
                .iter()
                .filter(|m| &m.canonical == canonical)
            {
                marks.push(src.raw_span(m.start, m.end));
            }
        }
    }
    Evidence::located(src, sentence.start, sentence.end, marks)
}

/// The stems of the units a sentence backs (its `scores`, which are never negative).
fn backed_stems(units: &[Unit], scores: &[f64]) -> Vec<Atom> {
    units
        .iter()
        .zip(scores)
        .filter(|&(_, &score)| score > 0.0)
        .flat_map(|(u, _)| u.stems.iter().copied())
        .collect()
}

/// How closely two figures are about the same thing: `None` when they measure
/// different things (another unit, or another counted noun with nothing around it in
/// common), else a score of the words around them that agree (2 for the same word,
/// 1 for a synonym).
fn measure_overlap(source: &Quantity, claim: &Quantity) -> Option<i64> {
    if source.unit != claim.unit {
        return None;
    }
    let lex = Lexicon::get();
    let agree = |a: &str, b: &str| {
        if a == b {
            2
        } else {
            i64::from(lex.are_synonyms(a, b))
        }
    };
    // The best `agree` of `c` with any of `words`: the same word, else a synonym (looked
    // up only when no word is the same).
    let best = |c: &str, words: &[String]| {
        if words.iter().any(|w| w == c) {
            2
        } else {
            i64::from(words.iter().any(|w| lex.are_synonyms(w, c)))
        }
    };
    // An age belongs to one person: another person's age is another measure, and the same
    // person's age is the very measure.
    let owner = match (&source.owner, &claim.owner) {
        (Some(a), Some(b)) if same_name(a, b) => 4,
        // A bare surname ("the Gavers") may be either of a family: undecided.
        (Some(a), Some(b))
            if !(a.contains(' ') && b.contains(' ')) && surname_stem(a) == surname_stem(b) =>
        {
            0
        }
        (Some(_), Some(_)) => return None,
        _ => 0,
    };
    // A figure for one day is not the claim's figure when the claim names no day.
    let anchor = match (&source.anchor, &claim.anchor) {
        (Some(a), Some(b)) if a == b => 2,
        (Some(_), Some(_)) => -2,
        (Some(_), None) => -1,
        _ => 0,
    };
    let counted = |q: &Quantity| q.counted.as_deref().map(crate::text::stem);
    let counted = match (counted(source), counted(claim)) {
        (Some(a), Some(b)) if agree(&a, &b) > 0 => agree(&a, &b),
        (Some(a), Some(b)) => {
            // "over 5,400 killed" vs "killing over 5,400 people": the counted word of one
            // stands around the other.
            let crossed = best(&b, &source.context) > 0 || best(&a, &claim.context) > 0;
            if !crossed {
                return None;
            }
            0
        }
        // "Earthquake kills at least 87" is no count of earthquakes ("a 6.4 earthquake"):
        // the claim names what the source figure counts as something else.
        (Some(a), None) if claim.context.contains(&a) => return None,
        _ => 0,
    };
    // The context is compared last: most pairs of figures are told apart before it.
    let shared: i64 = claim.context.iter().map(|c| best(c, &source.context)).sum();
    Some(shared + anchor + owner + counted)
}

/// The source figure a claim figure is about: most shared context, then nearest value.
fn counterpart<'a>(
    claim: &Quantity,
    candidates: impl Iterator<Item = &'a Quantity>,
) -> Option<&'a Quantity> {
    let distance = |q: &Quantity| {
        let (a, b) = (
            q.bounds().0.abs().max(1e-9),
            claim.bounds().0.abs().max(1e-9),
        );
        (a / b).ln().abs()
    };
    candidates
        .filter_map(|q| measure_overlap(q, claim).map(|o| (o, q)))
        .max_by(|(oa, a), (ob, b)| {
            oa.cmp(ob)
                .then(distance(b).total_cmp(&distance(a)))
                .then(b.start.cmp(&a.start))
        })
        .map(|(_, q)| q)
}

fn describe(q: &Quantity, doc: &Document) -> String {
    doc.source.text()[q.start..q.end].to_string()
}

/// For each claim figure, the evidence figure that repeats it. "The 20lb lamb ...
/// siblings of 8-10lbs" against "siblings weighing 8-10lbs": the sentence's 8-10lbs is
/// the siblings', so it says nothing of the lamb's weight. Only the same figure counts:
/// a bound ("250 or more") that a figure merely satisfies does not claim it.
fn repeated_figures<'a>(
    claim: &[Quantity],
    evidence: &[&'a SentenceIndex],
) -> Vec<Option<&'a Quantity>> {
    claim
        .iter()
        .map(|cq| {
            counterpart(cq, evidence.iter().flat_map(|s| s.facts.quantities.iter()))
                .filter(|sq| qty::relate(sq, cq) == QRel::Entails && sq.bounds() == cq.bounds())
        })
        .collect()
}

fn check_quantities(
    tokens: &[Token],
    claim: &[Quantity],
    evidence: &[&SentenceIndex],
    all: &[SentenceIndex],
    doc: &Document,
    possible: bool,
    out: &mut Vec<Finding>,
) -> Vec<(usize, usize)> {
    let mut marks = Vec::new();
    let stated = || evidence.iter().flat_map(|s| s.facts.quantities.iter());
    let backing = repeated_figures(claim, evidence);
    for (n, cq) in claim.iter().enumerate() {
        let claim_text = cq
            .value
            .map_or_else(|| format!("{:?}", cq.bounds()), fmt_number);
        let taken = |sq: &Quantity| {
            // A figure the claim gives twice ("both 19") is shared, not taken.
            sq.bounds() != cq.bounds()
                && backing
                    .iter()
                    .enumerate()
                    .any(|(m, b)| m != n && b.is_some_and(|b| std::ptr::eq(b, sq)))
        };
        let here = counterpart(cq, stated().filter(|sq| !taken(sq)));
        let relation = here.map(|sq| qty::relate(sq, cq));
        if relation == Some(QRel::Entails) {
            continue;
        }
        // "may face up to five years" backs "may face five years": what may happen is
        // given by its maximum. "Only 44 per cent" for "no more than 44 per cent" says the
        // figure is small, as the maximum does.
        let only = cq
            .tokens
            .0
            .checked_sub(1)
            .and_then(|i| tokens.get(i))
            .is_some_and(|t| matches!(t.norm.as_str(), "only" | "just"));
        if (possible || only)
            && here.is_some_and(|sq| {
                sq.qualifier == crate::lexicon::Qualifier::AtMost
                    && cq.qualifier == crate::lexicon::Qualifier::Exact
                    && sq.value.is_some()
                    && sq.value == cq.value
            })
        {
            continue;
        }
        // The same digits in the evidence that the source reads as part of a name or a
        // time ("Section 354", "Radio 4"): the claim repeats them, nothing to compare.
        let verbatim = cq.value.is_some()
            && cq.qualifier == crate::lexicon::Qualifier::Exact
            && evidence.iter().any(|s| {
                let covered = |i: usize| {
                    s.facts
                        .quantities
                        .iter()
                        .any(|q| q.tokens.0 <= i && i < q.tokens.1)
                };
                s.tokens.iter().enumerate().any(|(i, t)| {
                    t.kind == crate::text::TokenKind::Number
                        && !covered(i)
                        && quantity::parse_digits(&t.norm).map(|(v, _)| v) == cq.value
                })
            });
        if verbatim {
            continue;
        }
        // "Two committees" where the evidence lists the harbour committee and the budget
        // committee; "three inmates" where it names three people.
        let listing = listed(tokens, cq, evidence);
        if let Some(e) = listing.iter().find(|e| e.backs) {
            marks.push((e.list.start, e.list.end));
            continue;
        }
        // "She and four other activists": the group is one more than the figure, so the
        // source's "the five" is the same group.
        let others = tokens
            .get(cq.tokens.1)
            .is_some_and(|t| matches!(t.norm.as_str(), "other" | "others"));
        if others
            && cq.qualifier == crate::lexicon::Qualifier::Exact
            && here.is_some_and(|sq| {
                sq.qualifier == crate::lexicon::Qualifier::Exact
                    && sq.value.zip(cq.value).is_some_and(|(s, c)| s == c + 1.0)
            })
        {
            continue;
        }
        // "80 dead in clashes on Sunday" for the claim's "80 killed on Saturday": the
        // claim's very figure, dated another day. The day is what differs (the times
        // are compared on their own), not the figure, whatever other total the sentence
        // gives ("over 5,400 in total").
        let dated_otherwise = stated().filter(|sq| !taken(sq)).any(|sq| {
            sq.anchor.is_some()
                && cq.anchor.is_some()
                && sq.anchor != cq.anchor
                && sq.bounds() == cq.bounds()
                && measure_overlap(sq, cq).is_some()
        });
        if dated_otherwise {
            continue;
        }
        let elsewhere = counterpart(
            cq,
            all.iter()
                .flat_map(|s| s.facts.quantities.iter())
                .filter(|sq| !taken(sq)),
        );
        if let (Some(sq), Some(QRel::Conflicts)) = (here, relation)
            && (measure_overlap(sq, cq).unwrap_or(0) > 0 || sq.unit.is_some())
        {
            // "100 people" in the lead and "of the passengers, 95" here: the article states
            // the claim's figure of the claim's noun itself, so the evidence's figure, of
            // no such noun, counts a part or another thing, and settles nothing. The same
            // when neither the claim nor the article's other sentence names what the
            // figure counts ("an estimated 12,000 in the town centre") and the
            // evidence's figure counts something ("around 20,000 households" in all):
            // the article gives the claim's bare figure itself, so the evidence's is
            // another count, not a correction of it.
            let counts_claimed = |q: &Quantity| match (q.counted.as_deref(), cq.counted.as_deref())
            {
                (Some(a), Some(b)) => crate::text::stem(a) == crate::text::stem(b),
                (None, None) => true,
                _ => false,
            };
            // The best counterpart may be the evidence's own figure: then any figure of
            // the article that is the claim's very figure, of the claim's noun.
            let stated_elsewhere = elsewhere
                .filter(|q| qty::relate(q, cq) == QRel::Entails && counts_claimed(q))
                .or_else(|| {
                    all.iter()
                        .flat_map(|s| s.facts.quantities.iter())
                        .filter(|q| !taken(q))
                        .find(|q| {
                            qty::relate(q, cq) == QRel::Entails
                                && q.bounds() == cq.bounds()
                                && counts_claimed(q)
                        })
                });
            if let Some(stated) = stated_elsewhere.filter(|_| !counts_claimed(sq)) {
                out.push(Finding::Gap(format!(
                    "the sentence that backs the rest gives '{}' of something else; '{}' is in another",
                    describe(sq, doc),
                    describe(stated, doc)
                )));
                continue;
            }
            out.push(Finding::Conflict(format!(
                "the source says '{}', which cannot be {}",
                describe(sq, doc),
                claim_phrase(cq, &claim_text)
            )));
            continue;
        }
        if elsewhere.is_some_and(|sq| qty::relate(sq, cq) == QRel::Entails) {
            // Backed elsewhere in the article: the figure is right, the alignment weaker.
            continue;
        }
        // "Holloway is 85" where another sentence than the one that backs the rest gives
        // her age as 58: a person has one age at a time.
        let owners_age = cq.owner.as_deref().and_then(|owner| {
            all.iter()
                .flat_map(|s| s.facts.quantities.iter())
                .find(|sq| sq.owner.as_deref() == Some(owner) && sq.unit == cq.unit)
        });
        if let Some(sq) = owners_age.filter(|sq| qty::relate(sq, cq) == QRel::Conflicts) {
            // Not in the evidence shown: the reason says where it is.
            out.push(Finding::Conflict(format!(
                "the source says '{}' in line {}, which cannot be {}",
                describe(sq, doc),
                doc.source.locate(sq.start, sq.end).line,
                claim_phrase(cq, &claim_text)
            )));
            continue;
        }
        // A list of that noun elsewhere in the article backs the figure too (a list of
        // names only in the evidence: any three people are not the claim's three).
        let others: Vec<&SentenceIndex> = all.iter().collect();
        if listed(tokens, cq, &others)
            .iter()
            .any(|e| e.backs && !e.list.by_name)
        {
            continue;
        }
        // The evidence lists another number of the very noun: "two committees" where it
        // lists three.
        if let Some(e) = listing.iter().find(|e| !e.list.by_name) {
            marks.push((e.list.start, e.list.end));
            out.push(Finding::Conflict(format!(
                "the source lists {} ('{}'), not {}",
                e.list.count,
                &doc.source.text()[e.list.start..e.list.end],
                claim_phrase(cq, &claim_text)
            )));
            continue;
        }
        if singular_backs_one(tokens, cq, evidence) {
            continue;
        }
        // A list of names of another number: no figure, but the reader is shown it.
        let named = listing
            .iter()
            .find(|e| e.list.by_name)
            .map_or_else(String::new, |e| {
                marks.push((e.list.start, e.list.end));
                format!(
                    " (it names {}: '{}')",
                    e.list.count,
                    &doc.source.text()[e.list.start..e.list.end]
                )
            });
        out.push(Finding::Gap(format!(
            "the source gives no figure that backs {}{named}",
            claim_phrase(cq, &claim_text)
        )));
    }
    marks
}

/// "One cat appeared injured" where the evidence has "another cat appeared injured": "one"
/// before a singular noun counts no more than an indefinite article does, so the noun
/// after "a", "an", "another" or "single" in the evidence backs the figure. A figure the
/// evidence contradicts has been settled before this.
fn singular_backs_one(tokens: &[Token], cq: &Quantity, evidence: &[&SentenceIndex]) -> bool {
    if cq.value != Some(1.0)
        || cq.qualifier != crate::lexicon::Qualifier::Exact
        || cq.unit.is_some()
        || cq.of_total.is_some()
    {
        return false;
    }
    // "Only one dog was hurt" says no other was: more than "a dog was hurt" backs.
    let exclusive = cq
        .tokens
        .0
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| matches!(t.norm.as_str(), "only" | "just"));
    if exclusive {
        return false;
    }
    let Some(noun) = tokens
        .get(cq.tokens.1)
        .filter(|t| t.is_word() && is_content(t))
    else {
        return false;
    };
    evidence.iter().flat_map(|s| s.tokens.windows(2)).any(|w| {
        matches!(
            w[0].norm.as_str(),
            "a" | "an" | "another" | "one" | "single"
        ) && w[1].norm == noun.norm
    })
}

/// A list in a sentence that counts what a claim's figure counts, and whether its count
/// is the figure's.
struct Listed {
    list: enumeration::Enumeration,
    backs: bool,
}

/// The lists in `sentences` of what the claim's figure `cq` counts: items ending in its
/// noun, "both" before it, or (for a noun for people) persons' names. Only a whole
/// number of at least two, exact and without a unit, is counted this way.
fn listed(tokens: &[Token], cq: &Quantity, sentences: &[&SentenceIndex]) -> Vec<Listed> {
    let Some(value) = cq.value else {
        return Vec::new();
    };
    if cq.qualifier != crate::lexicon::Qualifier::Exact
        || cq.unit.is_some()
        || cq.of_total.is_some()
        || value.fract() != 0.0
        || !(2.0..=20.0).contains(&value)
    {
        return Vec::new();
    }
    let counted = enumeration::counted(tokens, cq.tokens.1);
    if counted.heads.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for s in sentences {
        let mut lists = enumeration::of_noun(s.tokens, &counted.heads);
        if counted.persons {
            lists.extend(enumeration::of_names(
                s.tokens,
                &s.facts.mentions,
                counted.gender,
            ));
        }
        found.extend(lists.into_iter().map(|list| Listed {
            backs: list.count as f64 == value,
            list,
        }));
    }
    found
}

fn claim_phrase(cq: &Quantity, number: &str) -> String {
    let q = match cq.qualifier {
        crate::lexicon::Qualifier::Exact => "",
        crate::lexicon::Qualifier::Over => "over ",
        crate::lexicon::Qualifier::AtLeast => "at least ",
        crate::lexicon::Qualifier::Under => "under ",
        crate::lexicon::Qualifier::AtMost => "at most ",
        crate::lexicon::Qualifier::About => "about ",
        crate::lexicon::Qualifier::Nearly => "nearly ",
        crate::lexicon::Qualifier::Between | crate::lexicon::Qualifier::Vague => "",
    };
    let number = match (cq.low, cq.high) {
        (Some(l), Some(h)) if cq.value.is_none() => format!("{}-{}", fmt_number(l), fmt_number(h)),
        _ => number.to_string(),
    };
    let noun = cq
        .counted
        .as_deref()
        .or(cq.unit.as_deref())
        .map(|n| format!(" {n}"))
        .unwrap_or_default();
    format!("'{q}{number}{noun}'")
}

/// A figure as a reader writes it: 5400 → "5,400", 4.5e9 → "4,500,000,000".
pub fn fmt_number(v: f64) -> String {
    if v.fract() != 0.0 {
        return format!("{v}");
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 { format!("-{out}") } else { out }
}

fn same_time(a: &crate::extract::TimeExpr, b: &crate::extract::TimeExpr) -> bool {
    if a.value == b.value {
        return true;
    }
    // "--03-04" (no year) agrees with "2012-03-04".
    let strip = |v: &str| {
        v.trim_start_matches('-')
            .chars()
            .rev()
            .take(5)
            .collect::<String>()
    };
    a.kind == TimeKind::Date
        && b.kind == TimeKind::Date
        && (a.value.starts_with("--") || b.value.starts_with("--"))
        && strip(&a.value) == strip(&b.value)
}

/// A sentence about what the claim tells (it shares a word with the claim) that says its
/// time is not settled yet: "a date for the hearing has not yet been set", "the timing
/// is unclear". The time the claim gives is then contradicted, not missing.
fn unsettled_time(
    claim_tokens: &[Token],
    evidence: &[&SentenceIndex],
    all: &[SentenceIndex],
) -> Option<String> {
    use crate::lexicon::Unsettled;
    let lex = Lexicon::get();
    evidence.iter().copied().chain(all).find_map(|s| {
        let kinds: Vec<Option<Unsettled>> = s.tokens.iter().map(|t| lex.unsettled(t)).collect();
        let noun = kinds
            .iter()
            .position(|k| *k == Some(Unsettled::Time))
            .map(|i| s.tokens[i].norm)?;
        let unsettled = kinds.iter().enumerate().find_map(|(i, k)| match k {
            Some(Unsettled::Unknown) => Some(format!("is {}", s.tokens[i].norm)),
            Some(Unsettled::Settle) if s.negates(i) => {
                Some(format!("has not been {} yet", s.tokens[i].norm))
            }
            _ => None,
        })?;
        let about = s.tokens.iter().any(|t| {
            crate::extract::is_content(t)
                && lex.unsettled(t).is_none()
                && claim_tokens.iter().any(|c| c.stem == t.stem)
        });
        about.then(|| format!("the source says the {noun} {unsettled}"))
    })
}

/// Whether a time closes a span ("until 9pm", "from 10am to 5pm"), given the times of
/// its sentence: the end of a span is not the same slot as its start or as a point in
/// time. "to" closes a span only after a time of the same kind ("moved to March" names
/// a new date, not an end).
fn ends_span(
    tokens: &[Token],
    times: &[crate::extract::TimeExpr],
    time: &crate::extract::TimeExpr,
) -> bool {
    time.tokens
        .0
        .checked_sub(1)
        .is_some_and(|k| match tokens[k].norm.as_str() {
            "until" | "till" | "til" | "through" => true,
            "to" | "-" => opener(times, time).is_some(),
            _ => false,
        })
}

/// The time of the same kind before `time` in its sentence: the start of the span a
/// closing time ends.
fn opener<'a>(
    times: &'a [crate::extract::TimeExpr],
    time: &crate::extract::TimeExpr,
) -> Option<&'a crate::extract::TimeExpr> {
    times
        .iter()
        .rev()
        .find(|t| t.kind == time.kind && t.tokens.1 <= time.tokens.0)
}

/// The claim's ordinals ([`ordinal::ordinals`]); a place's party is the subject of the
/// claim's relation, else the last name before the ordinal.
fn claim_ordinals(
    tokens: &[Token],
    units: &[Unit],
    in_time: impl Fn(usize) -> bool,
) -> Vec<Ordinal> {
    let found = ordinal::ordinals(tokens, &in_time, |_| None);
    if found.is_empty() {
        return found;
    }
    let subject = claim_relation(tokens, units)
        .map(|r| r.subject)
        .filter(|s| !s.is_empty());
    ordinal::ordinals(tokens, in_time, |i| {
        subject.clone().or_else(|| {
            units
                .iter()
                .filter(|u| u.tokens.1 <= i)
                .filter_map(|u| u.entity.as_ref().map(|e| e.0.to_string()))
                .next_back()
        })
    })
}

/// The ordinals of an article sentence ([`ordinal::ordinals`]).
fn source_ordinals(s: &SentenceIndex) -> Vec<Ordinal> {
    let in_time = |k: usize| {
        s.facts
            .times
            .iter()
            .any(|t| t.start <= s.tokens[k].start && s.tokens[k].end <= t.end)
    };
    ordinal::ordinals(s.tokens, in_time, |i| {
        ordinal::source_owner(s.tokens, s.facts, i)
    })
}

/// Whether two canonical names are one party, in full or by the first or last word of a
/// name of several ([`party_in`]).
fn same_party(a: &str, b: &str) -> bool {
    a == b || party_in(a, b) || party_in(b, a)
}

/// Each ordinal of the claim against the evidence's ordinals in the same slot: backed by
/// one of its value, contradicted by one of another value ("the 12th minute" against "the
/// 21st minute", Harrowgate third against Harrowgate fourth), a gap when the evidence
/// ranks nothing in that slot. Returns the byte spans of the evidence's ordinals compared
/// and how the evidence holds each of the claim's ordinals.
fn check_ordinals(
    tokens: &[Token],
    claim: &[Ordinal],
    picked: &[usize],
    source: &[Vec<Ordinal>],
    index: &[SentenceIndex],
    out: &mut Vec<Finding>,
) -> (Vec<(usize, usize)>, Vec<OrdinalHeld>) {
    let mut marks = Vec::new();
    let mut held_as = Vec::new();
    for c in claim {
        let held: Vec<(&SentenceIndex, &Ordinal)> = picked
            .iter()
            .filter_map(|&p| Some((&index[p], source.get(p)?)))
            .flat_map(|(s, os)| os.iter().map(move |o| (s, o)))
            .filter(|(_, o)| ordinal::same_slot(&c.slot, &o.slot, same_party))
            .collect();
        let span = |(s, o): &(&SentenceIndex, &Ordinal)| {
            (s.tokens[o.tokens.0].start, s.tokens[o.tokens.1 - 1].end)
        };
        marks.extend(held.iter().map(span));
        held_as.push(if held.iter().any(|(_, o)| o.value == c.value) {
            OrdinalHeld::Backed
        } else if held.is_empty() {
            OrdinalHeld::Not
        } else {
            OrdinalHeld::Other
        });
        if held.iter().any(|(_, o)| o.value == c.value) {
            continue;
        }
        let claimed = ordinal::describe(tokens, c);
        out.push(match held.first() {
            Some((s, o)) => Finding::Conflict(match &c.slot {
                ordinal::Slot::Place(Some(party), _) => format!(
                    "the source puts {party} {}, not {claimed}",
                    ordinal::describe(s.tokens, o)
                ),
                _ => format!(
                    "the source has '{}' where the claim has '{claimed}'",
                    ordinal::describe(s.tokens, o)
                ),
            }),
            None => Finding::Gap(match &c.slot {
                ordinal::Slot::Place(Some(party), _) => {
                    format!("the source does not put {party} {claimed}")
                }
                _ => format!("the source does not give '{claimed}'"),
            }),
        });
    }
    (marks, held_as)
}

/// How the evidence holds a claim's ordinal.
#[derive(Debug, Clone, Copy, PartialEq)]
enum OrdinalHeld {
    /// The same value in the same slot.
    Backed,
    /// Another value in the same slot.
    Other,
    /// Nothing in that slot.
    Not,
}

fn check_times(
    claim_tokens: &[Token],
    claim: &[crate::extract::TimeExpr],
    evidence: &[&SentenceIndex],
    all: &[SentenceIndex],
    out: &mut Vec<Finding>,
) {
    for ct in claim.iter().filter(|t| {
        matches!(
            t.kind,
            TimeKind::Weekday | TimeKind::Date | TimeKind::Month | TimeKind::Year | TimeKind::Clock
        )
    }) {
        // Each time of the evidence, whether it closes a span, and whether that span
        // opens at a time the claim gives.
        let mut ev: Vec<(&crate::extract::TimeExpr, bool, bool, EventMatch)> = evidence
            .iter()
            .flat_map(|s| {
                let times = &s.facts.times;
                times.iter().map(|t| {
                    let ends = ends_span(s.tokens, times, t);
                    let opens_as_claim = ends
                        && opener(times, t).is_some_and(|o| claim.iter().any(|c| same_time(o, c)));
                    let mut told = event_words(s.tokens, t.tokens.0).peekable();
                    let event = if told.peek().is_none() {
                        EventMatch::Untold
                    } else {
                        told.map(|w| event_match(claim_tokens, w))
                            .max()
                            .unwrap_or(EventMatch::Other)
                    };
                    (t, ends, opens_as_claim, event)
                })
            })
            .collect();
        // "Since then" is since the time the sentence before gives, for a claim's
        // "since" time.
        if ct.tokens.0 > 0 && claim_tokens[ct.tokens.0 - 1].norm == "since" {
            for s in evidence {
                if let Some(p) = all.iter().position(|a| a.index == s.index)
                    && let Some((_, t)) = since_then(all, p)
                {
                    ev.push((t, false, false, EventMatch::Same));
                }
            }
        }
        if ev.iter().any(|(t, ..)| same_time(t, ct)) {
            continue;
        }
        // The evidence dates the event otherwise: a conflict, even if the claim's time
        // stands elsewhere in the article (about something else). A closing time is
        // compared only with a closing time, first with that of the span the claim opens.
        let closes = ends_span(claim_tokens, claim, ct);
        // A time the evidence gives another event ("after leaving Wasps in 2009" for
        // "returned to Wasps in 2012") dates nothing the claim tells.
        // The time of the event the claim tells in its words, before that of its
        // opposite ("left in 2011" before "joined in 2014" for "left in 2012").
        let rivals = |event: EventMatch| {
            ev.iter()
                .filter(move |&&(t, ends, _, e)| t.kind == ct.kind && ends == closes && e == event)
        };
        let other = [EventMatch::Same, EventMatch::Untold, EventMatch::Opposite]
            .into_iter()
            .find_map(|event| {
                rivals(event)
                    .find(|&&(_, _, opens_as_claim, _)| opens_as_claim)
                    .or_else(|| rivals(event).next())
            })
            .map(|&(t, ..)| t);
        let anywhere = all
            .iter()
            .flat_map(|s| s.facts.times.iter())
            .any(|t| same_time(t, ct));
        match other {
            Some(t) => out.push(Finding::Conflict(format!(
                "the source gives '{}', not '{}'",
                t.value, ct.value
            ))),
            None if anywhere => {}
            None => out.push(match unsettled_time(claim_tokens, evidence, all) {
                Some(reason) => Finding::Conflict(reason),
                None => Finding::Gap(format!("the source does not give the time '{}'", ct.value)),
            }),
        }
    }
    // "last year" against "this year": the same span of time, another one of it.
    for ct in claim.iter().filter(|t| t.kind == TimeKind::Relative) {
        let Some((which, span)) = ct.value.split_once(' ') else {
            continue;
        };
        let clash = evidence
            .iter()
            .flat_map(|s| s.facts.times.iter())
            .find(|t| {
                t.kind == TimeKind::Relative
                    && t.value
                        .split_once(' ')
                        .is_some_and(|(w, s)| s == span && w != which)
            });
        if let Some(t) = clash
            && !evidence
                .iter()
                .flat_map(|s| s.facts.times.iter())
                .any(|t| t.value == ct.value)
        {
            out.push(Finding::Conflict(format!(
                "the source says '{}', not '{}'",
                t.value, ct.value
            )));
        }
    }
}

/// The words of the event a time at token `at` dates: the last three content words
/// other than names before it, within its clause and ten tokens ("leaving" in "after
/// leaving the Wasps in 2009"; "province", "mountain", "struck" in "struck the mountain
/// province of Varda on Sunday").
fn event_words(tokens: &[Token], at: usize) -> impl Iterator<Item = &Token> {
    tokens[..at.min(tokens.len())]
        .iter()
        .rev()
        .take(10)
        .take_while(|t| t.kind != TokenKind::Punct)
        .filter(|t| is_content(t) && !t.capitalized && t.kind == TokenKind::Word)
        .take(3)
}

/// How the event a source time dates stands to the claim's words (ordered: a better
/// match is greater).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum EventMatch {
    /// No word of the event is in the claim: the time dates something else.
    Other,
    /// The claim has the opposite of a word of the event ("left" for "joined").
    Opposite,
    /// No words before the time tell the event.
    Untold,
    /// The claim has a word of the event or a synonym of it.
    Same,
}

/// How the claim stands to `word` of a source event.
fn event_match(claim: &[Token], word: &Token) -> EventMatch {
    let lex = Lexicon::get();
    let said = |stems: &[Atom]| claim.iter().any(|t| stems.contains(&t.stem));
    if said(&[word.stem]) || said(lex.synonyms_of(&word.stem)) {
        EventMatch::Same
    } else if said(lex.antonyms_of(&word.stem)) {
        EventMatch::Opposite
    } else {
        EventMatch::Other
    }
}

#[allow(clippy::too_many_arguments)]
fn check_entities(
    tokens: &[Token],
    units: &[Unit],
    evidence: &[&SentenceIndex],
    scores: &[Vec<f64>],
    picked: &[usize],
    all: &[SentenceIndex],
    out: &mut Vec<Finding>,
    coverage: f64,
    total: f64,
) {
    let claim_entities: HashSet<&str> = units
        .iter()
        .filter_map(|u| u.entity.as_ref().map(|e| e.0.as_str()))
        .collect();
    for (k, u) in units.iter().enumerate() {
        let Some((canonical, kind)) = &u.entity else {
            continue;
        };
        if picked.iter().any(|&p| scores[p][k] > 0.0) {
            continue;
        }
        let anywhere = all.iter().any(|s| s.names(canonical));
        // A different entity of the same kind in the same slot: a swap.
        let rest = coverage + u.weight / total.max(1e-9);
        // Only a single rival counts: in a list of names no slot is clear.
        let rivals: HashSet<&str> = evidence
            .iter()
            .flat_map(|s| s.facts.mentions.iter())
            .filter(|m| {
                m.entity_kind == *kind
                    && !claim_entities.contains(m.canonical.as_str())
                    && *kind != EntityKind::Other
                    && !same_surname(&m.canonical, canonical)
            })
            .map(|m| m.canonical.as_str())
            .collect();
        // The claim's speaker ("..., Travolta says") is set against the source's
        // speakers (or the outlet told), not against a name in what is said ("the book
        // by Lawrence Wright").
        let speaks = |toks: &[Token], span: (usize, usize)| {
            let after = toks[span.1..].iter().find(|t| t.norm != ",");
            let before = toks[..span.0]
                .iter()
                .rev()
                .find(|t| !matches!(t.norm.as_str(), "the" | "a" | "an"));
            after.is_some_and(is_attribution_verb) || before.is_some_and(is_attribution_verb)
        };
        let speaker = speaks(tokens, u.tokens);
        let swap = if rivals.len() == 1 {
            evidence.iter().find_map(|s| {
                s.facts
                    .mentions
                    .iter()
                    .find(|m| {
                        rivals.contains(m.canonical.as_str())
                            && same_slot(tokens, u, s.tokens, m)
                            && (!speaker || speaks(s.tokens, m.tokens))
                    })
                    .map(|m| (m, is_venue(s.tokens, m.tokens)))
            })
        } else {
            None
        };
        // The other party of the claim's relation: "Harrowgate beat Bradford City" where
        // the evidence has Harrowgate beating Castleford Rovers.
        if swap.is_none()
            && *kind != EntityKind::Place
            && rest >= SUPPORT_COVERAGE
            && let Some(reason) = other_party(tokens, units, canonical, evidence)
        {
            out.push(Finding::Conflict(reason));
            continue;
        }
        match swap {
            // "at Elland Road" against "in Yorkshire": one place may lie in the other, and
            // without a gazetteer the engine cannot tell, so only a gap; two venues ("St
            // Agnes hospital", "the Central Clinic") exclude each other.
            Some((m, venue))
                if rest >= SUPPORT_COVERAGE
                    && (*kind != EntityKind::Place || venue && is_venue(tokens, u.tokens)) =>
            {
                out.push(Finding::Conflict(format!(
                    "the source names {} where the claim names {}",
                    m.canonical, canonical
                )));
            }
            _ if anywhere => out.push(Finding::Gap(format!(
                "the source names {} but not in the sentence that backs the rest",
                u.text
            ))),
            _ => out.push(Finding::Gap(format!(
                "the source never mentions {}",
                u.text
            ))),
        }
    }
}

/// The claim's relation with a named party after its verb the evidence never names
/// ("Harrowgate beat Bradford City"), where the evidence states the same relation (the
/// verb or a synonym, the same polarity) of the same subject with another named party
/// right after the verb ("Harrowgate United beat Castleford Rovers 3-1"): the other party
/// of the relation is another, not a detail left out. Not a place, which may lie in the
/// other one.
fn other_party(
    tokens: &[Token],
    units: &[Unit],
    party: &str,
    evidence: &[&SentenceIndex],
) -> Option<String> {
    let claim = claim_relation(tokens, units)?;
    if claim.subject.is_empty()
        || same_party(&claim.subject, party)
        || !opens_with(&claim.object, party)
    {
        return None;
    }
    let lex = Lexicon::get();
    let claimed: HashSet<&str> = units
        .iter()
        .filter_map(|u| u.entity.as_ref().map(|e| e.0.as_str()))
        .collect();
    evidence.iter().find_map(|s| {
        s.facts.relations.iter().find_map(|r| {
            if !(r.predicate == claim.predicate || lex.are_synonyms(&r.predicate, &claim.predicate))
                || r.negated != claim.negated
                || !same_party(&r.subject, &claim.subject)
            {
                return None;
            }
            let other = s.facts.mentions.iter().find(|m| {
                m.entity_kind != EntityKind::Place
                    && m.start >= r.start
                    && m.end <= r.end
                    && opens_with(&r.object, &m.canonical)
            })?;
            if claimed.contains(other.canonical.as_str()) || same_party(&other.canonical, party) {
                return None;
            }
            let verb = s
                .tokens
                .iter()
                .find(|t| t.start >= r.start && t.end <= r.end && t.stem == r.predicate)
                .map_or(r.predicate.as_str(), |t| t.norm.as_str());
            // The claim's name as the claim writes it, not lower-cased.
            let named = units
                .iter()
                .find(|u| u.entity.as_ref().is_some_and(|e| e.0 == party))
                .map_or_else(
                    || party.to_string(),
                    |u| {
                        tokens[u.tokens.0..u.tokens.1]
                            .iter()
                            .map(|t| capitalised(&t.norm, t.capitalized))
                            .collect::<Vec<_>>()
                            .join(" ")
                    },
                );
            Some(format!(
                "the source has {} {verb} {}, not {named}",
                r.subject, other.canonical
            ))
        })
    })
}

/// The capitalised words an object opens with: the name of its party.
fn opening_name(text: &str) -> String {
    text.split_whitespace()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word with its first letter upper-cased when the text wrote it so.
fn capitalised(word: &str, capital: bool) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) if capital => first.to_uppercase().chain(chars).collect(),
        _ => word.to_string(),
    }
}

/// Whether a relation's object opens with the name `name` as whole words.
fn opens_with(object: &str, name: &str) -> bool {
    object
        .strip_prefix(name)
        .is_some_and(|rest| !rest.chars().next().is_some_and(char::is_alphanumeric))
}

/// A claim word the evidence does not back where the evidence has another word between
/// the same two neighbours ("one of his favourite snacks and" against "one of his
/// favourite meals and"): the claim swapped a word of the source's phrase, it did not
/// just leave some out. `unbacked` holds only words the article uses elsewhere: a word
/// moved from another sentence into this phrase is a mix-up, where a word the article
/// never uses is more often the writer's own paraphrase ("first" for "inaugural"). Two
/// spellings a letter apart are a misprint, not another word, and a word the lexicon gives
/// as a synonym is the same one.
fn substitution(
    tokens: &[Token],
    units: &[Unit],
    evidence: &[&SentenceIndex],
    unbacked: &[usize],
) -> Option<String> {
    let lex = Lexicon::get();
    let other_object = unbacked
        .iter()
        .map(|&k| &units[k])
        .find_map(|u| other_object(tokens, u, evidence));
    if other_object.is_some() {
        return other_object;
    }
    unbacked.iter().map(|&k| &units[k]).find_map(|u| {
        let (i, end) = u.tokens;
        if u.entity.is_some() || end != i + 1 {
            return None;
        }
        let (before, word, after) = (tokens.get(i.checked_sub(1)?)?, &tokens[i], tokens.get(end)?);
        // Quotation marks and commas hold any word: only words pin a slot. The slot
        // before a reporting verb is the speaker's, compared by `check_speaker`.
        if before.kind != TokenKind::Word
            || after.kind != TokenKind::Word
            || after.is_reporting_verb()
        {
            return None;
        }
        let other = evidence
            .iter()
            .flat_map(|s| s.tokens.windows(3))
            .find(|w| {
                w[0].norm == before.norm
                    && w[2].norm == after.norm
                    && w[1].kind == TokenKind::Word
                    && w[1].stem != word.stem
                    && !lex.are_synonyms(&w[1].stem, &word.stem)
                    && strsim::damerau_levenshtein(&w[1].norm, &word.norm) > 1
            })?;
        Some(format!(
            "the source has '{}' where the claim has '{}'",
            other[1].norm, u.text
        ))
    })
}

/// Prepositions whose object is a slot of the word before them ("the blame on X",
/// "called on X", "a plan for X"): another object in that slot is another fact.
/// Not "to", which is as often the mark of an infinitive ("due to play").
const SLOT_PREPOSITIONS: [&str; 11] = [
    "on", "onto", "upon", "into", "against", "for", "with", "from", "at", "by", "about",
];

/// Determiners that may stand between a preposition and its object.
fn is_determiner(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
    )
}

/// The object of a preposition swapped: the claim's unbacked word ends the object of a
/// preposition after a word the evidence has ("placed the blame on the opposition"),
/// and in the evidence that word is followed in the same clause by the same preposition
/// with another object ("placed the blame for the violence directly on Assad"). The
/// slot is the source's, filled with something else: not a detail left out. A sentence's
/// last word has no neighbour after it, so the phrase test of `substitution` misses it.
fn other_object(tokens: &[Token], u: &Unit, evidence: &[&SentenceIndex]) -> Option<String> {
    let (i, end) = u.tokens;
    if u.entity.is_some() || end != i + 1 || !is_content(&tokens[i]) {
        return None;
    }
    // The claim's word ends its noun phrase ("the opposition." / "the opposition for"),
    // and so must the source's: one head against another, not a word of a longer name.
    let ends_phrase = |toks: &[Token], at: usize| {
        !toks
            .get(at)
            .is_some_and(|t| is_content(t) || matches!(t.norm.as_str(), "'s" | "'" | "of"))
    };
    if !ends_phrase(tokens, end) {
        return None;
    }
    // Back over up to two modifiers ("on the main opposition") and a determiner.
    let mut p = i.checked_sub(1)?;
    for _ in 0..2 {
        if tokens[p].kind == TokenKind::Word && is_content(&tokens[p]) {
            p = p.checked_sub(1)?;
        }
    }
    if is_determiner(&tokens[p]) {
        p = p.checked_sub(1)?;
    }
    let prep = &tokens[p];
    if !SLOT_PREPOSITIONS.contains(&prep.norm.as_str()) {
        return None;
    }
    let head = tokens.get(p.checked_sub(1)?)?;
    if head.kind != TokenKind::Word || !is_content(head) || head.is_reporting_verb() {
        return None;
    }
    let lex = Lexicon::get();
    let word = &tokens[i];
    evidence.iter().find_map(|s| {
        let st = s.tokens;
        st.iter().enumerate().find_map(|(h, t)| {
            if t.stem != head.stem {
                return None;
            }
            // The same preposition after the head, in the same clause: words only, no
            // conjunction or relative word between.
            let q = (h + 1..st.len().min(h + 8))
                .take_while(|&q| {
                    st[q].kind == TokenKind::Word
                        && !matches!(
                            st[q].norm.as_str(),
                            "and"
                                | "or"
                                | "but"
                                | "that"
                                | "which"
                                | "who"
                                | "whom"
                                | "where"
                                | "when"
                                | "while"
                        )
                })
                .find(|&q| st[q].norm == prep.norm)?;
            let mut f = q + 1;
            if st.get(f).is_some_and(is_determiner) {
                f += 1;
            }
            // The source's object is one word: a head after modifiers ("for the air
            // ambulance" against "for the charity") is as often the same thing named
            // more closely.
            let other = st.get(f)?;
            (is_content(other)
                && other.kind == TokenKind::Word
                && ends_phrase(st, f + 1)
                && other.stem != word.stem
                && !tokens.iter().any(|c| c.stem == other.stem)
                && !lex.are_synonyms(&other.stem, &word.stem)
                && strsim::damerau_levenshtein(&other.norm, &word.norm) > 1)
                .then(|| {
                    format!(
                        "the source has '{}' after '{} {}' where the claim has '{}'",
                        other.norm, head.norm, prep.norm, u.text
                    )
                })
        })
    })
}

/// One person in two slots of one clause ("X has tipped compatriot X") where the evidence
/// names another person beside them: the source relates two people, the claim has
/// collapsed them into one. A clause does not name its subject again in its object (it
/// says "himself"), so the repetition is a swap, not emphasis.
fn check_repeated_person(
    tokens: &[Token],
    units: &[Unit],
    evidence: &[&SentenceIndex],
    out: &mut Vec<Finding>,
) {
    let claimed: HashSet<&str> = units
        .iter()
        .filter_map(|u| u.entity.as_ref().map(|e| e.0.as_str()))
        .collect();
    let persons: Vec<&Unit> = units
        .iter()
        .filter(|u| u.entity.is_some_and(|e| e.1 == EntityKind::Person))
        .collect();
    let repeated = persons.iter().enumerate().find_map(|(i, a)| {
        persons[i + 1..].iter().find(|b| {
            b.entity.map(|e| e.0) == a.entity.map(|e| e.0)
                && same_clause(&tokens[a.tokens.1..b.tokens.0])
        })
    });
    let Some(repeated) = repeated else {
        return;
    };
    let Some((name, _)) = repeated.entity else {
        return;
    };
    // The other person must stand beside the repeated one in the same sentence.
    let other = evidence.iter().find_map(|s| {
        let names_it = s.names(&name);
        s.facts
            .mentions
            .iter()
            .find(|m| {
                names_it
                    && m.entity_kind == EntityKind::Person
                    && !matches!(m.via, crate::extract::entity::Via::Pronoun)
                    && !claimed.contains(m.canonical.as_str())
                    && !same_surname(&m.canonical, name.as_str())
            })
            .map(|m| m.canonical.clone())
    });
    if let Some(other) = other {
        out.push(Finding::Conflict(format!(
            "the claim names {name} twice where the source names {other} and {name}"
        )));
    }
}

/// "A departure from Harwick Town to Harwick Town": a move "from X to X" goes nowhere,
/// so the claim has put one name where the source has two.
fn check_move_to_itself(tokens: &[Token], units: &[Unit], out: &mut Vec<Finding>) {
    let after = |word: &str, u: &Unit| {
        u.tokens.0 > 0 && tokens[u.tokens.0 - 1].norm == word && u.entity.is_some()
    };
    let from = units.iter().filter(|u| after("from", u));
    for a in from {
        let same_to = units.iter().find(|b| {
            after("to", b)
                && b.tokens.0 == a.tokens.1 + 1
                && b.entity.map(|e| e.0) == a.entity.map(|e| e.0)
        });
        if let (Some(_), Some((name, _))) = (same_to, a.entity) {
            out.push(Finding::Gap(format!(
                "the claim has a move from {name} to {name}",
                name = name.as_str()
            )));
            return;
        }
    }
}

/// "The Yankees and the Red Sox are the Yankees and the Red Sox": the same words on
/// both sides of "is" say nothing about anything, so there is nothing the source could
/// back (a garbled summary, not a fact).
fn check_tautology(tokens: &[Token], out: &mut Vec<Finding>) {
    let words = |ts: &[Token]| -> Vec<Atom> {
        ts.iter()
            .filter(|t| {
                t.kind != TokenKind::Punct && !matches!(t.norm.as_str(), "the" | "a" | "an")
            })
            .map(|t| t.norm)
            .collect()
    };
    let Some(be) = tokens
        .iter()
        .position(|t| matches!(t.norm.as_str(), "is" | "are" | "was" | "were"))
    else {
        return;
    };
    let end = tokens[be..]
        .iter()
        .position(|t| t.kind == TokenKind::Punct && t.norm != "'")
        .map_or(tokens.len(), |e| be + e);
    let (left, right) = (words(&tokens[..be]), words(&tokens[be + 1..end]));
    if !left.is_empty() && left == right {
        out.push(Finding::Gap(
            "the claim says only that something is itself".to_string(),
        ));
    }
}

/// "The draft he received was not." where the source says "was not what he agreed": a
/// clause that stops at "not" denies the whole predicate, while the source denies only
/// what it goes on to say. Only where the source, at the same words, does go on.
fn check_cut_after_not(tokens: &[Token], evidence: &[&SentenceIndex], out: &mut Vec<Finding>) {
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .collect();
    let [.., before, aux, not] = words[..] else {
        return;
    };
    if not.norm != "not" || !is_auxiliary(aux) {
        return;
    }
    let goes_on = evidence.iter().any(|s| {
        s.tokens.windows(4).any(|w| {
            w[0].norm == before.norm
                && w[1].norm == aux.norm
                && w[2].norm == "not"
                && w[3].kind != TokenKind::Punct
        })
    });
    if goes_on {
        out.push(Finding::Gap(format!(
            "the claim stops at '{} not', where the source goes on",
            aux.norm
        )));
    }
}

/// A form of "be", "have" or "do", or a modal: a verb that needs another after it.
fn is_auxiliary(t: &Token) -> bool {
    use crate::extract::relation::{is_finite_be_have, is_modal_verb};
    let w = t.norm.as_str();
    is_finite_be_have(w) || is_modal_verb(w) || matches!(w, "be" | "been" | "do" | "does" | "did")
}

/// "Claims all of the region" where the source says "claims almost all of the region":
/// "almost", "nearly" before a word for the whole say that the whole is not reached, so
/// the claim that drops them says what the source denies.
fn check_dropped_approximator(
    tokens: &[Token],
    evidence: &[&SentenceIndex],
    out: &mut Vec<Finding>,
) {
    let same = |a: Option<&Token>, b: Option<&Token>| {
        a.zip(b)
            .is_some_and(|(a, b)| a.kind != TokenKind::Punct && a.norm == b.norm)
    };
    for (i, word) in tokens.iter().enumerate() {
        if !is_whole(word) || (i > 0 && is_approximator(&tokens[i - 1])) {
            continue;
        }
        let hedged = evidence.iter().find_map(|s| {
            (1..s.tokens.len()).find_map(|j| {
                let t = s.tokens;
                let around = same(tokens.get(i + 1), t.get(j + 1))
                    || (i > 0 && j > 1 && same(tokens.get(i - 1), t.get(j - 2)));
                (t[j].norm == word.norm && is_approximator(&t[j - 1]) && around)
                    .then_some(t[j - 1].norm)
            })
        });
        if let Some(approximator) = hedged {
            out.push(Finding::Conflict(format!(
                "the source says '{approximator} {}', not '{}'",
                word.norm, word.norm
            )));
            return;
        }
    }
}

/// A word that says "not quite": what comes after it falls short.
fn is_approximator(t: &Token) -> bool {
    Lexicon::get().is_approximator(&t.norm)
}

/// A word for the whole of something, or for none of it.
fn is_whole(t: &Token) -> bool {
    Lexicon::get().is_whole(&t.norm)
}

/// "Advice on their property" where the source gives "advice on protecting their
/// property", "is in the series" for "is leaving the series": the claim keeps the words on
/// both sides of a verb and drops the verb (or puts a preposition in its place), and what
/// is left says something the source does not. Only a verb that opens a phrase counts,
/// one before a determiner, a pronoun, "to" or a figure: no adjective stands there, so
/// this is no trimmed description ("the staggering shot" → "the shot").
fn check_dropped_verb(tokens: &[Token], evidence: &[&SentenceIndex], out: &mut Vec<Finding>) {
    let claimed: HashSet<Atom> = tokens.iter().map(|t| t.stem).collect();
    for i in 0..tokens.len() {
        for skip in 0..2 {
            let b = i + 1 + skip;
            if b >= tokens.len()
                || !opens_phrase(&tokens[b])
                || (skip == 1 && !stands_for_verb(&tokens[i + 1]))
            {
                continue;
            }
            let dropped = evidence
                .iter()
                .find_map(|s| verb_between(tokens, i, b, s.tokens, &claimed));
            if let Some(verb) = dropped {
                out.push(Finding::Gap(format!(
                    "the claim drops '{verb}' between '{}' and '{}'",
                    tokens[i].norm, tokens[b].norm
                )));
                return;
            }
        }
    }
}

/// The verb the sentence has between the claim's words `i` and `b` (next to each other,
/// or around one preposition), in the same surroundings: one more claim word matches on
/// either side, so the two spans are one passage. None where the sentence also has the
/// claim's words side by side.
fn verb_between(
    claim: &[Token],
    i: usize,
    b: usize,
    sentence: &[Token],
    claimed: &HashSet<Atom>,
) -> Option<Atom> {
    let same = |c: &Token, s: &Token| c.kind != TokenKind::Punct && c.norm == s.norm;
    if b == i + 1
        && sentence
            .windows(2)
            .any(|w| same(&claim[i], &w[0]) && same(&claim[b], &w[1]))
    {
        return None;
    }
    for j in 0..sentence.len() {
        for gap in 1..=2 {
            let k = j + 1 + gap;
            if k >= sentence.len()
                || !same(&claim[i], &sentence[j])
                || !same(&claim[b], &sentence[k])
            {
                continue;
            }
            let verb = &sentence[j + gap];
            let between = &sentence[j + 1..k];
            if !is_verb_form(verb)
                || claimed.contains(&verb.stem)
                || (gap == 2 && !opens_phrase(&sentence[j + 1]))
                || (b > i + 1 && between.iter().any(|t| t.norm == claim[i + 1].norm))
            {
                continue;
            }
            let left = i > 0 && j > 0 && same(&claim[i - 1], &sentence[j - 1]);
            let right = b + 1 < claim.len()
                && k + 1 < sentence.len()
                && same(&claim[b + 1], &sentence[k + 1]);
            if left || right {
                return Some(verb.norm);
            }
        }
    }
    None
}

/// A claim that joins the start of one clause of an evidence sentence to the end of a
/// later one ("had one class ... to use a handgun", where "to use a handgun" completes
/// "qualified"), or gives its subject the predicate of a later clause with a subject of
/// its own ("residents said it was a threat" where "farmers warned it was a threat"), is
/// missing: each run is the source's, the link between them is not.
fn check_seam(tokens: &[Token], evidence: &[&SentenceIndex], out: &mut Vec<Finding>) {
    let all: Vec<&[Token]> = evidence.iter().map(|s| s.tokens).collect();
    // The words of the claim and of each sentence, found once for every kind of seam.
    let claim = (tokens, &seam::words(tokens)[..]);
    let sentences: Vec<(&[Token], Vec<usize>)> = all.iter().map(|s| (*s, seam::words(s))).collect();
    let each = || sentences.iter().map(|(s, w)| (*s, &w[..]));
    if let Some(s) = each()
        .find_map(|s| seam::find(claim, s, &all).or_else(|| seam::find_clause(claim, s, &all)))
    {
        out.push(Finding::Gap(s.reason()));
        return;
    }
    if let Some((theirs, before, ours)) = each().find_map(|s| seam::other_filler(claim, s, &all)) {
        out.push(Finding::Gap(format!(
            "the source has '{theirs}' after '{before}' where the claim has '{ours}'"
        )));
        return;
    }
    if let Some(other) = each().find_map(|s| seam::other_subject(claim, s)) {
        out.push(Finding::Gap(format!(
            "the source gives what the claim says after its subject to '{other}'"
        )));
    }
}

/// A participle or past form: "-ing" (not "including", "morning") or "-ed", lower case.
fn is_verb_form(t: &Token) -> bool {
    let w = t.norm.as_str();
    is_participle(t)
        || (t.kind == TokenKind::Word && !t.capitalized && w.len() > 4 && w.ends_with("ed"))
}

/// A word that opens a noun phrase or an infinitive: what a verb takes as its object or
/// complement, and what no adjective comes before.
fn opens_phrase(t: &Token) -> bool {
    t.kind == TokenKind::Number
        || t.kind == TokenKind::Symbol
        || matches!(
            t.norm.as_str(),
            "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "these"
                | "those"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "him"
                | "them"
                | "us"
                | "me"
                | "it"
                | "to"
        )
}

/// A preposition the claim may have put where the source has a verb ("is in the series"
/// for "is leaving the series"). Not "of": "images of the actor" says what "images
/// capturing the actor" says.
fn stands_for_verb(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "in" | "on" | "at" | "for" | "with" | "from" | "by" | "into"
    )
}

/// "Islamic State has claimed.": a reporting verb that ends the claim, with no comma
/// before it that would close a reported clause ("..., officials said") and no quotation,
/// reports nothing: the claim was cut before what was said. Not a passive ("peace was
/// declared"), whose verb is no report by the subject.
fn check_nothing_reported(tokens: &[Token], out: &mut Vec<Finding>) {
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct || !matches!(t.norm.as_str(), "." | "!"))
        .collect();
    let [.., before, last] = words[..] else {
        return;
    };
    let past = last.norm.ends_with("ed") || matches!(last.norm.as_str(), "said" | "told" | "wrote");
    let passive = matches!(
        before.norm.as_str(),
        "was" | "were" | "is" | "are" | "be" | "been" | "being"
    );
    let closes_clause = words
        .iter()
        .any(|t| t.kind == TokenKind::Punct || t.norm == "that");
    if last.is_reporting_verb() && past && !passive && !closes_clause {
        out.push(Finding::Gap(format!(
            "the claim reports nothing after '{}'",
            last.norm
        )));
    }
}

/// Whether the words between two mentions keep them in one clause: some words, no
/// punctuation, no conjunction or subordinator that opens another clause and no reporting
/// verb, whose complement is a clause of its own ("X claims interest in X is ...").
fn same_clause(between: &[Token]) -> bool {
    !between.is_empty()
        && between.iter().all(|t| {
            t.kind != TokenKind::Punct
                && !t.is_reporting_verb()
                && !matches!(
                    t.norm.as_str(),
                    "and"
                        | "or"
                        | "but"
                        | "who"
                        | "whom"
                        | "whose"
                        | "that"
                        | "which"
                        | "when"
                        | "while"
                        | "after"
                        | "before"
                        | "because"
                        | "as"
                        | "if"
                        | "since"
                        | "until"
                        | "than"
                        | "where"
                )
        })
}

/// Whether two names name one person: equal, or one ends the other ("Charlotte Roach",
/// "Triathlete Charlotte Roach"), ignoring case.
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    long == short || long.ends_with(&format!(" {short}"))
}

/// Whether two names are one person's: the same name, or the same surname when one of
/// them is a bare surname ("Stancil" and "Kenneth Morgan Stancil III").
fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (strip_suffix(a), strip_suffix(b));
    same_name(a, b) || (!a.contains(' ') || !b.contains(' ')) && surname_stem(a) == surname_stem(b)
}

/// A name without its generational suffix ("Jr", "Junior", "III").
fn strip_suffix(name: &str) -> &str {
    let trimmed = name.trim_end_matches('.');
    match trimmed.rsplit_once(' ') {
        Some((head, last))
            if matches!(
                last.to_lowercase().as_str(),
                "jr" | "sr" | "junior" | "senior" | "ii" | "iii" | "iv"
            ) =>
        {
            head.trim_end_matches(',')
        }
        _ => name,
    }
}

fn surname_stem(name: &str) -> String {
    crate::text::stem(name.rsplit([' ', '-']).next().unwrap_or(name))
}

/// Whether a rival mention stands where the claim's name stands: a content word next to
/// the name in the claim is next to the rival in the source ("China *has* a naval base"
/// against "It *has* a naval base"; "X *beat* Y" against "Z *beat* Y").
fn same_slot(
    claim: &[Token],
    unit: &Unit,
    source: &[Token],
    mention: &crate::extract::Mention,
) -> bool {
    let lex = Lexicon::get();
    let neighbours = |tokens: &[Token], start: usize, end: usize| -> Vec<String> {
        let before = tokens[..start]
            .iter()
            .rev()
            .filter(|t| is_content(t))
            .take(1);
        let after = tokens[end.min(tokens.len())..]
            .iter()
            .filter(|t| is_content(t) || t.norm == "has" || t.norm == "have")
            .take(1);
        before.chain(after).map(|t| t.stem.to_string()).collect()
    };
    let mine = neighbours(claim, unit.tokens.0, unit.tokens.1);
    let theirs = neighbours(source, mention.tokens.0, mention.tokens.1);
    mine.iter()
        .any(|a| theirs.iter().any(|b| a == b || lex.are_synonyms(a, b)))
}

/// Whether a token is a hedge ([`Lexicon::is_hedge`]).
fn is_hedge(t: &Token) -> bool {
    Lexicon::get().is_hedge(t.norm)
}

/// The claim's named subject is, in the evidence, only the one who reports it: "Angela
/// Moore, a publicist, said he was back home" does not back "Angela Moore was back
/// home". Dropping the attribution keeps the reported clause's own subject, not the
/// speaker.
fn check_reporter_as_subject(
    tokens: &[Token],
    units: &[Unit],
    subject: Option<usize>,
    evidence: &[&SentenceIndex],
    out: &mut Vec<Finding>,
) {
    let Some((canonical, _)) = subject.and_then(|k| units[k].entity.as_ref()) else {
        return;
    };
    // The claim reports too ("X says", "according to X", "X: \"...\"").
    if tokens.iter().any(|t| {
        is_attribution_verb(t)
            || matches!(
                t.norm.as_str(),
                "according" | ":" | "\"" | "“" | "”" | "``" | "''"
            )
    }) {
        return;
    }
    for s in evidence {
        let mentions: Vec<&crate::extract::Mention> = s
            .facts
            .mentions
            .iter()
            .filter(|m| {
                &m.canonical == canonical
                    && !matches!(
                        m.via,
                        crate::extract::entity::Via::Pronoun
                            | crate::extract::entity::Via::Description
                    )
            })
            .collect();
        if mentions.is_empty() {
            continue;
        }
        // "X claims ..., and is now suing Y": a second verb of X's own after "and".
        let own_verb = |from: usize| {
            s.tokens[from..].windows(2).position(|w| {
                w[0].norm == "and"
                    && matches!(
                        w[1].norm.as_str(),
                        "is" | "was" | "are" | "were" | "has" | "had" | "have" | "will"
                    )
            })
        };
        let subject_end = subject.map_or(0, |k| units[k].tokens.1);
        let claim_words: Vec<&str> = units
            .iter()
            .enumerate()
            .filter(|(k, _)| Some(*k) != subject)
            .flat_map(|(_, u)| u.stems.iter().map(Atom::as_str))
            .collect();
        let reports = mentions.iter().all(|m| {
            // A title before the name is the narrator's too: "Harrowgate manager Ruth
            // Ellison said" backs "Ellison is the Harrowgate manager" (every word and
            // figure of the claim is in the title).
            if let Some(title) = &m.title
                && let Some(from) = m.tokens.0.checked_sub(title.split_whitespace().count())
            {
                let before = &s.tokens[from..m.tokens.0];
                let said_of_speaker = tokens[subject_end..]
                    .iter()
                    .filter(|t| {
                        t.kind == TokenKind::Number || claim_words.contains(&t.stem.as_str())
                    })
                    .fold(None, |all, t| {
                        Some(all.unwrap_or(true) && before.iter().any(|a| a.stem == t.stem))
                    });
                if said_of_speaker == Some(true) {
                    return false;
                }
            }
            let mut i = m.tokens.1;
            // Skip an apposition: "Angela Moore, a publicist for Claudette King, said".
            // What it says of the speaker is not reported: "Margaret Hale, 58, admitted
            // fraud" backs "Margaret Hale is 58" (every word and figure of the claim is
            // in the apposition).
            if s.tokens.get(i).is_some_and(|t| t.norm == ",")
                && let Some(close) = s.tokens[i + 1..]
                    .iter()
                    .take(12)
                    .position(|t| t.norm == ",")
            {
                let apposition = &s.tokens[i + 1..i + 1 + close];
                let within = |t: &Token| {
                    apposition.iter().any(|a| match t.kind {
                        TokenKind::Number => a.norm == t.norm,
                        _ => a.stem == t.stem,
                    })
                };
                let said_of_speaker = tokens[subject_end..]
                    .iter()
                    .filter(|t| {
                        t.kind == TokenKind::Number || claim_words.contains(&t.stem.as_str())
                    })
                    .fold(None, |all, t| Some(all.unwrap_or(true) && within(t)));
                if said_of_speaker == Some(true) {
                    return false;
                }
                i += close + 2;
            }
            // A verb, not an adverb of it ("allegedly accepted").
            if !s
                .tokens
                .get(i)
                .is_some_and(|t| is_attribution_verb(t) && !t.norm.ends_with("ly"))
            {
                return false;
            }
            match own_verb(i) {
                Some(and) => !s.tokens[i + and..]
                    .iter()
                    .any(|t| claim_words.contains(&t.stem.as_str())),
                None => true,
            }
        });
        if reports {
            out.push(Finding::Gap(format!(
                "in the source {canonical} only reports this"
            )));
            return;
        }
    }
}

/// A source that only asks, hedges or reports a claim does not assert it: "claims that he
/// invented" does not back "invented"; "Did X win?" does not back "X won".
fn check_hedges(
    tokens: &[Token],
    evidence: &[&SentenceIndex],
    scores: &[Vec<f64>],
    picked: &[usize],
    units: &[Unit],
    out: &mut Vec<Finding>,
) {
    let claim_hedged = tokens
        .iter()
        .any(|t| is_hedge(t) || t.modality().is_some() || t.norm == "?");
    if claim_hedged {
        return;
    }
    for (s, &p) in evidence.iter().zip(picked) {
        // The stretch of the sentence that backs the claim.
        let stems = backed_stems(units, &scores[p]);
        let matched: Vec<usize> = s
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| stems.contains(&t.stem))
            .map(|(i, _)| i)
            .collect();
        let (Some(&first), Some(&last)) = (matched.first(), matched.last()) else {
            continue;
        };
        // "...spend $324 on the query: Will you go to prom?": the question is quoted after
        // the words that back the claim, which the sentence asserts.
        let question_from = s
            .tokens
            .iter()
            .rposition(|t| matches!(t.norm.as_str(), ":" | "\"" | "“"))
            .unwrap_or(0);
        if s.tokens.last().is_some_and(|t| t.norm == "?") && last >= question_from {
            out.push(Finding::Gap("the source only asks this".to_string()));
            return;
        }
        let from = first.saturating_sub(3);
        if let Some(h) =
            (from..=last).find(|&i| is_hedge(&s.tokens[i]) && !in_aside(s.tokens, i, &matched))
        {
            out.push(Finding::Gap(format!(
                "the source hedges it: '{}'",
                s.tokens[h].norm
            )));
            return;
        }
    }
}

/// Whether token `i` lies in an aside set off by commas or dashes that holds none of the
/// words backing the claim, with backing words on both sides of it ("even a century ago,
/// and perhaps even earlier, accents were changing"): a hedge there qualifies the aside,
/// not the clause around it.
fn in_aside(tokens: &[Token], i: usize, matched: &[usize]) -> bool {
    let is_mark = |t: &Token| matches!(t.norm.as_str(), "," | "-" | "–" | "—" | "(" | ")");
    let Some(open) = (0..i).rev().find(|&k| is_mark(&tokens[k])) else {
        return false;
    };
    let Some(close) = (i + 1..tokens.len()).find(|&k| is_mark(&tokens[k])) else {
        return false;
    };
    matched.iter().any(|&m| m < open)
        && matched.iter().any(|&m| m > close)
        && !matched.iter().any(|&m| m > open && m < close)
}

/// Two spellings of one person's name share the surname ("Sister Gertrud Tiefenbacher",
/// "Gertrud Tiefenbacher").
fn same_surname(a: &str, b: &str) -> bool {
    let last = |s: &str| s.rsplit([' ', '-']).next().map(str::to_lowercase);
    a.contains(' ') && b.contains(' ') && last(a) == last(b)
}

/// Whether a word of warning or advice stands shortly before token `at` of a sentence
/// ("issued a warning that the public should not", "urged drivers not to").
fn warns_before(tokens: &[Token], at: usize) -> bool {
    let lex = Lexicon::get();
    tokens[at.saturating_sub(WARNING_REACH)..at]
        .iter()
        .any(|t| lex.is_warning(t.stem))
}

/// Tokens between a word of warning and the negation of what it warns of.
const WARNING_REACH: usize = 8;

/// Whether the claim warns of `word` ("a warning about wasting", "warned drivers
/// against travel"): a word of warning, "about", "against", "over" or "of" within three
/// words after it, and the word within two after that.
fn warned_of(claim: &[Token], word: &Token) -> bool {
    let lex = Lexicon::get();
    let near = |from: usize, reach: usize| claim.iter().enumerate().skip(from).take(reach);
    claim.iter().enumerate().any(|(i, t)| {
        lex.is_warning(t.stem)
            && near(i + 1, 3).any(|(j, p)| {
                matches!(p.norm.as_str(), "about" | "against" | "over" | "of")
                    && near(j + 1, 2)
                        .any(|(_, w)| w.stem == word.stem || lex.are_synonyms(&w.stem, &word.stem))
            })
    })
}

fn check_polarity(tokens: &[Token], evidence: &[&SentenceIndex], out: &mut Vec<Finding>) {
    let lex = Lexicon::get();
    let agree = |a: &str, b: &str| a == b || lex.are_synonyms(a, b);
    let claim_words: Vec<&str> = tokens
        .iter()
        .filter(|t| is_content(t))
        .map(|t| t.stem.as_str())
        .collect();
    let claim_negated: Vec<&Token> = crate::extract::negations(tokens)
        .iter()
        .map(|n| &tokens[n.scope])
        .collect();
    // "A warning that people should not waste time" is what "a warning about wasting
    // time" says: a negation in what a warning warns of is no polarity the claim lacks.
    let source_negations: Vec<(&Token, &Token)> = evidence
        .iter()
        .flat_map(|s| {
            s.facts
                .negations
                .iter()
                .filter(|n| {
                    !(warns_before(s.tokens, n.cue) && warned_of(tokens, &s.tokens[n.scope]))
                })
                .map(|n| (&s.tokens[n.cue], &s.tokens[n.scope]))
        })
        .collect();
    // The content word after each negated one: "isn't the biggest lamb" negates the
    // claim's "biggest lamb", "not a bad egg" not its "bad memories".
    let negated_phrase: Vec<(&str, Vec<&str>)> = evidence
        .iter()
        .flat_map(|s| {
            s.facts.negations.iter().map(|n| {
                (
                    s.tokens[n.scope].stem.as_str(),
                    next_in_phrase(s.tokens, n.scope),
                )
            })
        })
        .collect();
    // The claim's word right after its own copy of the negated word must be the one the
    // source negates with it: "not the favorite team" is not "the favorite baseball
    // teams", though both have "team".
    let claim_next = |scope: &str| -> Vec<Vec<&str>> {
        tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| is_content(t) && agree(&t.stem, scope))
            .map(|(i, _)| next_in_phrase(tokens, i))
            .collect()
    };
    let phrase_in_claim = |scope: &str| {
        negated_phrase.iter().any(|(w, next)| {
            *w == scope
                && claim_next(scope)
                    .iter()
                    .any(|c| !c.is_empty() && !next.is_empty() && same_phrase(c, next))
        })
    };
    // Words the evidence asserts outside any negation: "Bad memories: ... Not a bad egg"
    // asserts "bad" too, so its negation alone does not contradict the claim. Only
    // looked at for a negation of the evidence: none, none gathered.
    let asserted_in_source: Vec<&str> = evidence
        .iter()
        .filter(|_| !source_negations.is_empty())
        .flat_map(|s| {
            s.tokens
                .iter()
                .enumerate()
                .filter(|&(i, t)| is_content(t) && !s.negates(i))
                .map(|(_, t)| t.stem.as_str())
        })
        .collect();
    // The evidence negates a word the claim asserts ("will not back" against "will back").
    let negated_in_source = source_negations.iter().find(|(_, scope)| {
        claim_words.iter().any(|w| {
            agree(w, &scope.stem)
                && (!asserted_in_source.contains(w) || phrase_in_claim(&scope.stem))
        }) && !claim_negated.iter().any(|c| agree(&c.stem, &scope.stem))
    });
    if let Some((cue, scope)) = negated_in_source {
        // Words between the cue and what it negates are shown as an ellipsis: "refused
        // ... attend", not "refused attend", which the source never wrote.
        let gap = if scope.start > cue.end + 1 {
            " … "
        } else {
            " "
        };
        out.push(Finding::Conflict(format!(
            "the source negates it: '{}{gap}{}'",
            cue.norm, scope.norm
        )));
        return;
    }
    // The claim negates a word the evidence asserts.
    for word in claim_negated {
        // The source asserts the negated phrase, not merely the word: "no fans present"
        // is not opposed by "backed their fans in handing back tickets".
        let claim_next = tokens
            .iter()
            .position(|t| std::ptr::eq(t, word))
            .map(|i| next_in_phrase(tokens, i))
            .unwrap_or_default();
        let asserted = evidence.iter().any(|s| {
            s.tokens.iter().enumerate().any(|(i, t)| {
                agree(&t.stem, &word.stem) && {
                    let next = next_in_phrase(s.tokens, i);
                    claim_next.is_empty() || next.is_empty() || same_phrase(&claim_next, &next)
                }
            })
        });
        let negated_too = source_negations
            .iter()
            .any(|(_, scope)| agree(&scope.stem, &word.stem))
            || evidence.iter().any(|s| {
                privative::absent_words(s.tokens)
                    .iter()
                    .any(|&i| agree(&s.tokens[i].stem, &word.stem))
            });
        if asserted && !negated_too {
            out.push(Finding::Conflict(format!(
                "the claim negates '{}' but the source asserts it",
                word.norm
            )));
            return;
        }
    }
    let claim_scopes: Vec<usize> = crate::extract::negations(tokens)
        .iter()
        .map(|n| n.scope)
        .collect();
    let sentences: Vec<&[Token]> = evidence.iter().map(|s| s.tokens).collect();
    if let Some(reason) = privative::conflict(tokens, &claim_scopes, &sentences, |s, i| {
        evidence[s].negates(i)
    }) {
        out.push(Finding::Conflict(reason));
    }
}

/// Content words a phrase may put between a word and the one it goes with: "approved
/// new mooring rules" is still "approve ... mooring".
const PHRASE_WORDS: usize = 3;

/// The stems of the next content words after `i` before any punctuation: the words a
/// negated word goes with ("favorite" -> "team" in "the favorite team").
fn next_in_phrase(tokens: &[Token], i: usize) -> Vec<&str> {
    tokens[i + 1..]
        .iter()
        .take_while(|t| t.kind != TokenKind::Punct)
        .filter(|t| is_content(t))
        .take(PHRASE_WORDS)
        .map(|t| t.stem.as_str())
        .collect()
}

/// Whether the source continues a word as the claim does: the claim's next word is among
/// the source's next few (the source may add a modifier the claim leaves out: "approved
/// new mooring rules" is "approved the mooring rules"; the claim may not add one: "the
/// favorite baseball teams" is not "the favorite team").
fn same_phrase(claim: &[&str], source: &[&str]) -> bool {
    let lex = Lexicon::get();
    claim
        .first()
        .is_some_and(|c| source.iter().any(|w| c == w || lex.are_synonyms(c, w)))
}

/// Whether two words are opposite by a negative affix: "able"/"unable",
/// "sustainable"/"unsustainable", "legal"/"illegal", "honest"/"dishonest".
fn affixal_opposites(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    short.len() >= 4
        && ["un", "in", "im", "il", "ir", "dis", "non"]
            .iter()
            .any(|p| {
                long.strip_prefix(p)
                    .is_some_and(|rest| rest == short || rest.strip_prefix('-') == Some(short))
            })
}

/// The claim's comparative and the party it compares when the evidence says both the
/// other way round: "women are less likely" against "men are more likely" (of two
/// parties, one is more so exactly when the other is less so). Empty when the claim is
/// no such converse; and when the source names the other party ("than ..."), for it
/// is then not the claim's. Only parties of people ("men", "girls"): "prices fell less" is no
/// converse of "prices rose more".
fn converse(
    units: &[Unit],
    evidence: &[&SentenceIndex],
    scores: &[Vec<f64>],
    picked: &[usize],
) -> Vec<usize> {
    const COMPARATIVES: [&str; 8] = [
        "more", "less", "fewer", "higher", "lower", "greater", "smaller", "larger",
    ];
    let lex = Lexicon::get();
    let opposed: Vec<usize> = (0..units.len())
        .filter(|&k| {
            let u = &units[k];
            u.entity.is_none()
                && picked.iter().all(|&p| scores[p][k] < 1.0)
                && evidence.iter().any(|s| {
                    s.tokens
                        .iter()
                        .enumerate()
                        .any(|(i, t)| u.antonyms.contains(&t.stem) && !s.negates(i))
                })
        })
        .collect();
    let [a, b] = opposed[..] else {
        return Vec::new();
    };
    // "Girls were more likely than adults": the other party is named, and it is not the
    // claim's.
    if evidence
        .iter()
        .any(|s| s.tokens.iter().any(|t| t.norm == "than"))
    {
        return Vec::new();
    }
    let comparative = |k: usize| COMPARATIVES.contains(&units[k].text.as_str());
    let party = |k: usize| lex.is_role(&units[k].stems[0]);
    if comparative(a) && party(b) || comparative(b) && party(a) {
        vec![a, b]
    } else {
        Vec::new()
    }
}

/// The opposed phrases (`antonyms.txt`: "stay in power | stand down, resign") that
/// start at token `i`: the lines, sides and lengths of those the tokens spell out.
fn phrases_at(tokens: &[Token], i: usize) -> impl Iterator<Item = (u32, bool, usize)> + '_ {
    // The class bit first: most words start no phrase, and need no lookup.
    let phrases = if tokens[i].starts_antonym_phrase() {
        Lexicon::get().antonym_phrases(&tokens[i].stem)
    } else {
        &[]
    };
    phrases
        .iter()
        .filter(move |p| {
            tokens.len() >= i + p.stems.len()
                && p.stems.iter().zip(&tokens[i..]).all(|(s, t)| *s == t.stem)
        })
        .map(|p| (p.line, p.after_bar, p.stems.len()))
}

/// A phrase of the claim the evidence says the opposite of with a phrase ("to stay in
/// power" where the source has "to stand down"): a contradiction, where the claim's
/// phrase is not itself in the evidence nor the source's in the claim, and neither is
/// negated ("refused to stand down" says no opposite). Returns the weight of the claim's
/// words in its phrase: aligned, not missing.
fn check_opposed_phrases(
    units: &[Unit],
    tokens: &[Token],
    evidence: &[&SentenceIndex],
    out: &mut Vec<Finding>,
) -> f64 {
    let mut claimed = Vec::new();
    for i in 0..tokens.len() {
        for (line, side, len) in phrases_at(tokens, i) {
            claimed.push((line, side, i, len));
        }
    }
    if claimed.is_empty() {
        return 0.0;
    }
    // A phrase the claim negates ("did not resign") says no opposite either.
    let claim_negated: HashSet<usize> = crate::extract::negations(tokens)
        .iter()
        .map(|n| n.scope)
        .collect();
    claimed.retain(|&(_, _, i, len)| !(i..i + len).any(|k| claim_negated.contains(&k)));
    let in_claim = |line: u32, side: bool| claimed.iter().any(|c| c.0 == line && c.1 == side);
    let mut found = None;
    let mut held = Vec::new();
    for s in evidence {
        for j in 0..s.tokens.len() {
            for (line, side, len) in phrases_at(s.tokens, j) {
                let negated = (j..j + len).any(|k| s.negates(k));
                held.push((line, side));
                if !negated && found.is_none() && !in_claim(line, side) && in_claim(line, !side) {
                    found = Some((line, side, s.tokens[j..j + len].to_vec()));
                }
            }
        }
    }
    let Some((line, side, theirs)) = found else {
        return 0.0;
    };
    // The claim's phrase said in the evidence too: the sentence has both, no conflict.
    if held.iter().any(|&(l, sd)| l == line && sd != side) {
        return 0.0;
    }
    let Some(&(_, _, i, len)) = claimed.iter().find(|c| c.0 == line && c.1 != side) else {
        return 0.0;
    };
    let words = |t: &[Token]| {
        t.iter()
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    out.push(Finding::Conflict(format!(
        "the source says '{}' where the claim says '{}'",
        words(&theirs),
        words(&tokens[i..i + len])
    )));
    units
        .iter()
        .filter(|u| u.entity.is_none() && i <= u.tokens.0 && u.tokens.1 <= i + len)
        .map(|u| u.weight)
        .sum()
}

/// Returns the weight of the claim word the source contradicts with an antonym.
fn check_antonyms(
    units: &[Unit],
    tokens: &[Token],
    evidence: &[&SentenceIndex],
    scores: &[Vec<f64>],
    picked: &[usize],
    out: &mut Vec<Finding>,
) -> f64 {
    let claim_negated: HashSet<usize> = crate::extract::negations(tokens)
        .iter()
        .map(|n| n.scope)
        .collect();
    for (k, u) in units.iter().enumerate() {
        if u.entity.is_some()
            || picked.iter().any(|&p| scores[p][k] >= 1.0)
            || claim_negated.contains(&u.tokens.0)
        {
            continue;
        }
        for s in evidence {
            // "last weekend" dates the event: no antonym of the claim's "first".
            let in_time = |i: usize| {
                s.facts
                    .times
                    .iter()
                    .any(|t| t.tokens.0 <= i && i < t.tokens.1)
            };
            // The unit's antonyms are what the lexicon lists for its stem; the cheap
            // tests come first.
            // A word that opposes in some uses only, used so on its side ("victory"
            // against "a heavy defeat", not against "Leeds defeated York").
            let in_use = |i: usize, t: &Token| {
                let lex = Lexicon::get();
                let claim_word = &tokens[u.tokens.0];
                lex.antonym_uses(&t.stem, &claim_word.stem) & opposing_uses(s.tokens, i) != 0
                    && lex.antonym_uses(&claim_word.stem, &t.stem)
                        & opposing_uses(tokens, u.tokens.0)
                        != 0
            };
            let opposite = s.tokens.iter().enumerate().find(|(i, t)| {
                (u.antonyms.contains(&t.stem) && in_use(*i, t)
                    || t.is_word() && affixal_opposites(&u.text, &t.norm))
                    // "did not lose" is no antonym of "won".
                    && !s.negates(*i)
                    && !in_time(*i)
                    && !tokens.iter().any(|c| c.stem == t.stem)
            });
            if let Some((_, t)) = opposite {
                out.push(Finding::Conflict(format!(
                    "the source says '{}' where the claim says '{}'",
                    t.norm, u.text
                )));
                return u.weight;
            }
        }
    }
    0.0
}

/// Reporting verbs that are each other's opposites ("admitted" and "denied" the
/// charges): left out of the claim's words as attribution, they still say what the
/// speaker did.
fn check_reported_opposites(tokens: &[Token], evidence: &[&SentenceIndex], out: &mut Vec<Finding>) {
    let lex = Lexicon::get();
    let negated: Vec<usize> = crate::extract::negations(tokens)
        .iter()
        .map(|n| n.scope)
        .collect();
    for (k, verb) in tokens.iter().enumerate() {
        let antonyms = lex.antonyms_of(&verb.stem);
        if antonyms.is_empty() || !is_attribution_verb(verb) || negated.contains(&k) {
            continue;
        }
        for s in evidence {
            let opposite = s.tokens.iter().enumerate().find(|(i, t)| {
                antonyms.contains(&t.stem) && is_attribution_verb(t) && !s.negates(*i)
            });
            if let Some((_, t)) = opposite {
                out.push(Finding::Conflict(format!(
                    "the source says '{}' where the claim says '{}'",
                    t.norm, verb.norm
                )));
                return;
            }
        }
    }
}

/// The claim's own relation (subject, predicate), read the way sources are read.
fn claim_relation(tokens: &[Token], units: &[Unit]) -> Option<crate::extract::Relation> {
    claim_relations(tokens, units).into_iter().next()
}

/// The relations of every clause of the claim, its names for parties.
fn claim_relations(tokens: &[Token], units: &[Unit]) -> Vec<crate::extract::Relation> {
    let mentions: Vec<crate::extract::Mention> = units
        .iter()
        .filter_map(|u| {
            let (canonical, kind) = u.entity?;
            Some(crate::extract::Mention {
                canonical: canonical.to_string(),
                entity_kind: kind,
                via: crate::extract::entity::Via::Name,
                title: None,
                start: tokens[u.tokens.0].start,
                end: tokens[u.tokens.1 - 1].end,
                tokens: u.tokens,
            })
        })
        .collect();
    let facts = SentenceFacts {
        mentions,
        ..SentenceFacts::default()
    };
    crate::extract::relation::relations_without_text(tokens, &facts)
}

/// A relation the claim invents between two parties the evidence names: the claim's
/// clause has a named subject and a named object, both backed, and a verb the evidence
/// does not back ("since Quist beat Albion" where the sentence names Quist and Albion
/// for other things). The share of backed words lets one word through; not the
/// one that says what the two named parties did.
fn invented_relation(
    tokens: &[Token],
    units: &[Unit],
    unbacked: &[usize],
    evidence: &[&SentenceIndex],
) -> Option<String> {
    // Cheap tests first: an unbacked word and two backed names.
    let backed_names = (0..units.len())
        .filter(|k| units[*k].entity.is_some() && !unbacked.contains(k))
        .count();
    if backed_names < 2 || !unbacked.iter().any(|&k| units[k].entity.is_none()) {
        return None;
    }
    let named = |name: &str| {
        units
            .iter()
            .enumerate()
            .any(|(k, u)| u.entity.is_some_and(|e| e.0 == name) && !unbacked.contains(&k))
    };
    claim_relations(tokens, units).iter().find_map(|r| {
        let verb = Atom::new(&crate::text::stem(&r.predicate));
        let k = units
            .iter()
            .position(|u| u.entity.is_none() && u.stems[0] == verb)?;
        let invented = unbacked.contains(&k)
            && named(&r.subject)
            && named(&r.object)
            && !evidence.iter().any(|s| related(s, &r.subject, &r.object));
        invented.then(|| {
            format!(
                "the source does not say that {} {} {}",
                r.subject, units[k].text, r.object
            )
        })
    })
}

/// Whether a sentence relates two named parties in one clause: the two named a few
/// words apart with no mark or word that opens another clause between, past a relative
/// word right after the first ("Chelsea thrashed Arsenal", "Chelsea, who thrashed
/// Arsenal": the claim's "beat" paraphrases the verb; not "Quist took charge as Albion
/// rose").
fn related(s: &SentenceIndex, a: &str, b: &str) -> bool {
    const NEAR: usize = 8;
    let at = |name: &str| -> Vec<(usize, usize)> {
        s.facts
            .mentions
            .iter()
            .filter(|m| m.canonical == name)
            .map(|m| m.tokens)
            .collect()
    };
    let one_clause = |from: usize, to: usize| {
        let mut between = &s.tokens[from..to];
        if let [comma, ..] = between
            && comma.norm == ","
        {
            between = &between[1..];
        }
        if let [relative, ..] = between
            && matches!(relative.norm.as_str(), "who" | "which")
        {
            between = &between[1..];
        }
        to <= from + NEAR
            && between.iter().all(|t| {
                t.kind != TokenKind::Punct
                    && !matches!(
                        t.norm.as_str(),
                        "and" | "but" | "as" | "while" | "who" | "which" | "that" | "when"
                    )
            })
    };
    let (xs, ys) = (at(a), at(b));
    xs.iter().any(|x| {
        ys.iter().any(|y| {
            if x.1 <= y.0 {
                one_clause(x.1, y.0)
            } else {
                y.1 <= x.0 && one_clause(y.1, x.0)
            }
        })
    })
}

/// A different subject for the same predicate and object: "China has a naval base"
/// where the source says Russia has it.
fn check_roles(
    tokens: &[Token],
    units: &[Unit],
    evidence: &[&SentenceIndex],
    out: &mut Vec<Finding>,
) {
    // Without a relation in the evidence there is no rival: the claim's own is not read.
    if evidence.iter().all(|s| s.facts.relations.is_empty()) {
        return;
    }
    let Some(claim) = claim_relation(tokens, units) else {
        return;
    };
    check_reversed(&claim, evidence, out);
    let lex = Lexicon::get();
    let same_predicate = |p: &str| p == claim.predicate || lex.are_synonyms(p, &claim.predicate);
    let candidates: Vec<&crate::extract::Relation> = evidence
        .iter()
        .flat_map(|s| s.facts.relations.iter())
        .filter(|r| same_predicate(&r.predicate) && r.negated == claim.negated)
        .collect();
    if candidates.is_empty() {
        return;
    }
    let object_words: HashSet<String> = crate::text::tokenize(&claim.object, 0)
        .iter()
        .filter(|t| is_content(t))
        .map(|t| t.stem.to_string())
        .collect();
    let rivals: Vec<&crate::extract::Relation> = candidates
        .into_iter()
        .filter(|r| {
            let words: HashSet<String> = crate::text::tokenize(&r.object, 0)
                .iter()
                .filter(|t| is_content(t))
                .map(|t| t.stem.to_string())
                .collect();
            !object_words.is_empty()
                && object_words.iter().filter(|w| words.contains(*w)).count() * 2
                    >= object_words.len()
        })
        .collect();
    if rivals.is_empty() || rivals.iter().any(|r| r.subject == claim.subject) {
        return;
    }
    // With both named, which one the verb belongs to is beyond a clause reader without a
    // parser, unless the claim's subject comes only after the rival's verb.
    if evidence.iter().any(|s| s.names(&claim.subject)) {
        check_subject_after_verb(&claim, units, &rivals, evidence, out);
        return;
    }
    let subject_kind = units.iter().find_map(|u| {
        u.entity
            .as_ref()
            .filter(|e| e.0 == claim.subject)
            .map(|e| e.1)
    });
    // A rival subject the reader resolved from a pronoun is too weak to contradict.
    let named_rival = |r: &&&crate::extract::Relation| {
        evidence
            .iter()
            .flat_map(|s| s.facts.mentions.iter())
            .any(|m| {
                m.canonical == r.subject
                    && m.start == r.start
                    && !matches!(m.via, crate::extract::entity::Via::Pronoun)
            })
    };
    let Some(rival) = rivals.iter().find(named_rival).copied() else {
        return;
    };
    if same_name(&rival.subject, &claim.subject)
        || surname_stem(&rival.subject) == surname_stem(&claim.subject)
        || same_party(&rival.subject, &claim.subject)
    {
        return;
    }
    let rival_kind = evidence
        .iter()
        .flat_map(|s| s.facts.mentions.iter())
        .find(|m| m.canonical == rival.subject)
        .map(|m| m.entity_kind);
    let comparable = match (subject_kind, rival_kind) {
        (Some(a), Some(b)) => a == b || a == EntityKind::Other || b == EntityKind::Other,
        _ => false,
    };
    if comparable {
        out.push(Finding::Conflict(format!(
            "the source says it was {}, not {}",
            rival.subject, claim.subject
        )));
    }
}

/// The agent of a passive verb: "created by Robert Hardy" where the evidence has the
/// same verb "by" another name ("created by artist Lena Marsh") and never "by" the
/// claim's. The name after "by" is who did it, wherever else the claim's name stands.
fn check_passive_agent(
    tokens: &[Token],
    units: &[Unit],
    evidence: &[&SentenceIndex],
    out: &mut Vec<Finding>,
) {
    let agent = units.iter().find_map(|u| {
        let (name, _) = u.entity.as_ref()?;
        // "by actor Robert Hardy", "by Mr Hardy": a role noun or a title may stand
        // between "by" and the name.
        let by = (u.tokens.0.saturating_sub(2)..u.tokens.0)
            .rev()
            .find(|&i| tokens[i].norm == "by")?;
        let verb = by.checked_sub(1)?;
        let roles_between = (by + 1..u.tokens.0)
            .all(|i| tokens[i].is_role() || crate::extract::entity::title_at(tokens, i).is_some());
        (roles_between && tokens[verb].kind == TokenKind::Word)
            .then_some((name, &tokens[verb].stem))
    });
    let Some((name, verb)) = agent else {
        return;
    };
    // The evidence's agents of that verb: a name within three words after "verb by".
    let agents: Vec<&str> = evidence
        .iter()
        .flat_map(|s| {
            s.tokens
                .windows(2)
                .enumerate()
                .filter(|(_, w)| w[0].stem == *verb && w[1].norm == "by")
                .flat_map(move |(i, _)| {
                    s.facts
                        .mentions
                        .iter()
                        .filter(move |m| m.tokens.0 > i + 1 && m.tokens.0 <= i + 4)
                        .map(|m| m.canonical.as_str())
                })
        })
        .collect();
    if agents.iter().any(|a| same_person(a, name)) {
        return;
    }
    if let Some(other) = agents.first() {
        out.push(Finding::Conflict(format!(
            "the source says it was {other}, not {name}",
            name = name.as_str()
        )));
    }
}

/// "The couple maintain Joshua Burns's innocence" where the evidence says "Joshua Burns
/// maintains his innocence": the evidence's named subject of the verb stands in the
/// claim only after that verb, where it is no subject, so the claim gives the verb to
/// someone else. Not when the claim's verb is passive ("was maintained by") or reports
/// ("..., said Burns"), where a name after the verb may still be its doer.
fn check_subject_moved(
    tokens: &[Token],
    units: &[Unit],
    evidence: &[&SentenceIndex],
    out: &mut Vec<Finding>,
) {
    let lex = Lexicon::get();
    for s in evidence {
        for r in &s.facts.relations {
            // A person named as the subject: names of other kinds are read less surely.
            let named = s.facts.mentions.iter().any(|m| {
                m.canonical == r.subject
                    && m.start == r.start
                    && m.entity_kind == EntityKind::Person
                    && !matches!(m.via, crate::extract::entity::Via::Pronoun)
            });
            // "be" and "have" are too common in a claim to pin the evidence's verb.
            let light = matches!(r.predicate.as_str(), "be" | "have");
            if r.subject.is_empty() || !named || light || lex.is_reporting_verb(&r.predicate) {
                continue;
            }
            let Some(v) = tokens.iter().position(|t| t.stem == r.predicate) else {
                continue;
            };
            let passive = v > 0 && crate::extract::relation::is_finite_be_have(&tokens[v - 1].norm);
            let places: Vec<&Unit> = units
                .iter()
                .filter(|u| {
                    u.entity
                        .is_some_and(|e| same_person(e.0.as_str(), &r.subject))
                })
                .collect();
            let only_after = !places.is_empty() && places.iter().all(|u| u.tokens.0 > v);
            let agent = places
                .iter()
                .any(|u| u.tokens.0 > 0 && tokens[u.tokens.0 - 1].norm == "by");
            let has_subject = tokens[..v].iter().any(is_content);
            if only_after && !agent && !passive && has_subject && same_object(r, &tokens[v + 1..]) {
                out.push(Finding::Conflict(format!(
                    "the source gives '{}' to {}, whom the claim names only after it",
                    tokens[v].norm, r.subject
                )));
                return;
            }
        }
    }
}

/// Whether the claim's words after its verb hold at least half of the content words of
/// a relation's object.
fn same_object(r: &crate::extract::Relation, after: &[Token]) -> bool {
    let object: Vec<Atom> = crate::text::tokenize(&r.object, 0)
        .iter()
        .filter(|t| is_content(t))
        .map(|t| t.stem)
        .collect();
    !object.is_empty()
        && object
            .iter()
            .filter(|w| after.iter().any(|t| t.stem == **w))
            .count()
            * 2
            >= object.len()
}

/// The claim's subject named in the evidence only after the verb of a rival subject
/// ("He trains the colt for Reed, who retains Lane" against "Lane trains the colt for
/// Reed"): a name that follows its clause's verb is that verb's object or part of a later
/// clause, never its subject, and a subject pronoun cannot stand for a name its own clause
/// goes on to use (English says "himself" there), so the verb is the rival's, even when
/// the rival is a pronoun. Not when the sentence reports ("he trains it, Lane said"):
/// the name after the verb may then be the one the pronoun stands for.
fn check_subject_after_verb(
    claim: &crate::extract::Relation,
    units: &[Unit],
    rivals: &[&crate::extract::Relation],
    evidence: &[&SentenceIndex],
    out: &mut Vec<Finding>,
) {
    let subject_kind = units.iter().find_map(|u| {
        u.entity
            .as_ref()
            .filter(|e| e.0 == claim.subject)
            .map(|e| e.1)
    });
    for rival in rivals {
        let (a, b) = (strip_suffix(&rival.subject), strip_suffix(&claim.subject));
        if same_person(a, b) || surname_stem(a) == surname_stem(b) {
            continue;
        }
        let Some((s, verb)) = rival_verb(rival, evidence) else {
            continue;
        };
        let mentions = || {
            evidence
                .iter()
                .flat_map(|e| e.facts.mentions.iter().map(move |m| (e.index, m)))
        };
        let only_after = mentions()
            .filter(|(_, m)| m.canonical == claim.subject)
            .all(|(i, m)| i == s.index && m.tokens.0 > verb);
        let reports = s.tokens.iter().any(Token::is_reporting_verb);
        let rival_kind = mentions()
            .find(|(i, m)| *i == s.index && m.canonical == rival.subject && m.start == rival.start)
            .map(|(_, m)| m.entity_kind);
        let comparable = match (subject_kind, rival_kind) {
            (Some(a), Some(b)) => a == b || a == EntityKind::Other || b == EntityKind::Other,
            _ => false,
        };
        if only_after && !reports && comparable {
            out.push(Finding::Conflict(format!(
                "the source says it was {}, not {}",
                rival.subject, claim.subject
            )));
            return;
        }
    }
}

/// The evidence sentence that holds a relation, and the index of its verb there.
fn rival_verb<'e, 'a>(
    rival: &crate::extract::Relation,
    evidence: &'e [&'e SentenceIndex<'a>],
) -> Option<(&'e SentenceIndex<'a>, usize)> {
    evidence.iter().find_map(|s| {
        s.tokens
            .iter()
            .position(|t| t.start >= rival.start && t.end <= rival.end && t.stem == rival.predicate)
            .map(|v| (*s, v))
    })
}

/// A comparison of two parties in the claim against those of the evidence on the same
/// measure: ranked the other way round ("younger residents were more likely" where the
/// source has older residents twice as likely as younger ones) is a conflict; ranked the
/// same way, the claim's comparative words are backed: their units are returned (`None`
/// when no comparison of the evidence settles the claim's).
fn check_comparisons(
    tokens: &[Token],
    units: &[Unit],
    evidence: &[&SentenceIndex],
    out: &mut Vec<Finding>,
) -> Option<Vec<usize>> {
    let claimed = super::comparison::comparisons(tokens);
    if claimed.is_empty() {
        return None;
    }
    let sources: Vec<super::comparison::Comparison> = evidence
        .iter()
        .flat_map(|s| super::comparison::comparisons(s.tokens))
        .collect();
    let mut backed = None;
    for c in &claimed {
        for s in &sources {
            match super::comparison::agrees(c, s) {
                Some(false) => {
                    out.push(Finding::Conflict(format!(
                        "the source says '{}': the claim ranks the parties the other way round",
                        s.words
                    )));
                    return None;
                }
                Some(true) => {
                    let words: Vec<usize> = (0..units.len())
                        .filter(|&k| c.span.0 <= units[k].tokens.0 && units[k].tokens.1 <= c.span.1)
                        .collect();
                    backed.get_or_insert_with(Vec::new).extend(words);
                }
                None => {}
            }
        }
    }
    backed
}

/// The claim's "The singer was ..." where the evidence names a person ("The performer,
/// who ...", "Kayahan", "he") whom the article calls a singer elsewhere: a definite role
/// noun opening the claim is its subject and stands for the person the article gives that
/// role, so the evidence backs it. Returns the indices of such units the evidence does
/// not back word for word.
fn described(
    tokens: &[Token],
    units: &[Unit],
    evidence: &[&SentenceIndex],
    doc: &Document,
    scores: &[Vec<f64>],
    picked: &[usize],
) -> Vec<usize> {
    let persons: Vec<&str> = evidence
        .iter()
        .flat_map(|s| s.facts.mentions.iter())
        .filter(|m| m.entity_kind == EntityKind::Person)
        .map(|m| m.canonical.as_str())
        .collect();
    (0..units.len())
        .filter(|&k| {
            let u = &units[k];
            let (i, end) = u.tokens;
            u.entity.is_none()
                && end == i + 1
                && tokens[i].is_role()
                && i == 1
                && tokens[0].norm == "the"
                && picked.iter().all(|&p| scores[p][k] == 0.0)
                && persons.iter().any(|c| {
                    roles_given(doc, c)
                        .iter()
                        .any(|(r, _)| crate::text::stem(r) == tokens[i].stem.as_str())
                })
        })
        .collect()
}

/// "Three men were arrested ... All three were charged": a numeral with no noun after
/// "all" or "the" leaves its noun unsaid, and English takes it from the last figure of
/// that value before it ("three men") or from a list of that many persons' names ("Ada
/// Varga, Tomas Reil and Ines Moll ... the three"). The claim's noun its figure counts
/// ("three men were charged") is then what the evidence's "all three" says, so it is
/// credited. Only "people" is taken from names: names say who, not what they are
/// ("inmates") nor a gender ("women"). `conversed` units are credited in full.
fn elided_nouns(
    tokens: &[Token],
    units: &[Unit],
    claim_quantities: &[Quantity],
    evidence: &[&SentenceIndex],
    index: &[SentenceIndex],
) -> Vec<usize> {
    let mut credited = Vec::new();
    for cq in claim_quantities {
        let Some(value) = whole_count(cq) else {
            continue;
        };
        let counted = enumeration::counted(tokens, cq.tokens.1);
        let nouns: Vec<usize> = (0..units.len())
            .filter(|&k| {
                units[k].entity.is_none()
                    && units[k].tokens.0 >= cq.tokens.1
                    && units[k].stems.iter().any(|st| counted.heads.contains(st))
            })
            .collect();
        if nouns.is_empty() {
            continue;
        }
        let by_names = counted.only_persons && counted.gender.is_none();
        let backed = evidence.iter().any(|s| {
            let numerals = s
                .facts
                .quantities
                .iter()
                .filter(|q| elided_numeral(s.tokens, q, value))
                .map(|q| q.tokens.0);
            let both = (value == 2.0)
                .then(|| elided_both(s.tokens))
                .into_iter()
                .flatten();
            numerals
                .chain(both)
                .any(|at| antecedent_counts(index, s.index, at, value, &counted.heads, by_names))
        });
        if backed {
            credited.extend(nouns);
        }
    }
    credited
}

/// A claim figure that counts whole things one by one: exact, no unit, no part of a
/// total, a whole number from two to twenty ("three men", not "3.5 miles").
fn whole_count(cq: &Quantity) -> Option<f64> {
    let value = cq.value?;
    (cq.qualifier == crate::lexicon::Qualifier::Exact
        && cq.unit.is_none()
        && cq.of_total.is_none()
        && value.fract() == 0.0
        && (2.0..=20.0).contains(&value))
    .then_some(value)
}

/// "All three were charged", "the two are", "the four boarded": the figure `value`
/// after "all" or "the", exact, counting no noun of its own: the word after it is
/// punctuation, a function word or a verb in "-ed" (which the figure's extractor may have
/// taken for its noun). "The other four" is no such numeral: it counts the rest of a
/// group, not the group the figure before it gave.
fn elided_numeral(tokens: &[Token], q: &Quantity, value: f64) -> bool {
    let next = tokens.get(q.tokens.1);
    let verb_next = next.is_some_and(is_past_form);
    q.value == Some(value)
        && q.qualifier == crate::lexicon::Qualifier::Exact
        && q.unit.is_none()
        && (q.counted.is_none() || verb_next)
        && q.of_total.is_none()
        && q.tokens.0 > 0
        && tokens
            .get(q.tokens.0 - 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "all" | "the"))
        && next.is_none_or(|t| !t.is_word() || t.is_stopword() || verb_next)
}

/// "Both were charged", "both had", "both of them": "both" standing alone for two, its
/// noun unsaid (the token indices). Not "both the men" (the noun follows) nor the
/// correlative "both Ada and Tomas", "both in Leeds and in York": only punctuation, a
/// finite "be"/"have", a modal, a verb in "-ed" or "of them" may follow it.
fn elided_both(tokens: &[Token]) -> Vec<usize> {
    (0..tokens.len())
        .filter(|&i| tokens[i].norm == "both")
        .filter(|&i| {
            let next = tokens.get(i + 1);
            next.is_none_or(|t| {
                !t.is_word()
                    || crate::extract::relation::is_finite_be_have(t.norm.as_str())
                    || crate::extract::relation::is_modal_verb(t.norm.as_str())
                    || is_past_form(t)
                    || (t.norm == "of" && tokens.get(i + 2).is_some_and(|w| w.norm == "them"))
            })
        })
        .collect()
}

/// A lower-case word in "-ed" ("boarded", "denied"): a verb or participle, not a noun a
/// figure counts.
fn is_past_form(t: &Token) -> bool {
    t.is_word() && !t.capitalized && t.norm.len() > 3 && t.norm.ends_with("ed")
}

/// Whether the nearest figure of `value` before token `at` of sentence `sentence` (or,
/// with `by_names`, the nearest list of that many persons' names) counts one of `heads`:
/// the antecedent an elided numeral takes its noun from.
fn antecedent_counts(
    index: &[SentenceIndex],
    sentence: usize,
    at: usize,
    value: f64,
    heads: &[Atom],
    by_names: bool,
) -> bool {
    for s in index.iter().rev().filter(|s| s.index <= sentence) {
        let limit = if s.index < sentence {
            usize::MAX
        } else {
            s.tokens.get(at).map_or(usize::MAX, |t| t.start)
        };
        // The nearest of the sentence's figures of that value and lists of that many
        // names: (where it ends, whether it gives one of `heads`).
        let figures = s
            .facts
            .quantities
            .iter()
            .filter(|q| q.end <= limit && q.value == Some(value) && q.counted.is_some())
            .map(|q| {
                let noun = q.counted.as_deref().map(crate::text::stem);
                (
                    q.end,
                    noun.is_some_and(|n| heads.iter().any(|h| h.as_str() == n)),
                )
            });
        let names = enumeration::of_names(s.tokens, &s.facts.mentions, None)
            .into_iter()
            .filter(|e| e.end <= limit && e.count as f64 == value)
            .map(|e| (e.end, by_names));
        if let Some((_, gives)) = figures.chain(names).max_by_key(|&(end, _)| end) {
            return gives;
        }
    }
    false
}

/// Every role noun the article gives a person: next to a name or alias of theirs
/// ([`attached_roles`](crate::extract::entity::attached_roles)) and in the descriptions
/// read as them ("the striker", marked `true`).
fn roles_given<'d>(doc: &'d Document, canonical: &str) -> Vec<(&'d str, bool)> {
    let mut given = Vec::new();
    for (s, facts) in doc.source.sentences.iter().zip(&doc.sentences) {
        if s.role == crate::source::Role::Boilerplate {
            continue;
        }
        for m in facts.mentions.iter().filter(|m| m.canonical == canonical) {
            match m.via {
                crate::extract::entity::Via::Description => {
                    // "the goalkeeper's cousin" is no goalkeeper.
                    if let Some(t) = s.tokens.get(m.tokens.1.wrapping_sub(1))
                        && t.is_word()
                        && t.is_role()
                        && !crate::extract::entity::possessive_at(&s.tokens, m.tokens.1)
                    {
                        given.push((t.norm.as_str(), true));
                    }
                }
                crate::extract::entity::Via::Pronoun => {}
                _ => given.extend(
                    crate::extract::entity::attached_roles(&s.tokens, m.tokens)
                        .into_iter()
                        .map(|r| (r, false)),
                ),
            }
        }
    }
    given
}

/// "The goalkeeper Tomas Brekke" where the article calls Brekke a striker: a role noun
/// the claim gives a person, rivalled by one the article gives them (`role_rivals.txt`),
/// when the article gives them the claim's role nowhere.
fn check_rival_roles(tokens: &[Token], units: &[Unit], doc: &Document, out: &mut Vec<Finding>) {
    let lex = Lexicon::get();
    for u in units {
        let Some((canonical, EntityKind::Person | EntityKind::Other)) = u.entity else {
            continue;
        };
        let claimed: Vec<&str> = crate::extract::entity::attached_roles(tokens, u.tokens)
            .into_iter()
            .filter(|r| lex.has_rival_roles(r))
            .collect();
        if claimed.is_empty() {
            continue;
        }
        let given = roles_given(doc, canonical.as_str());
        for r in claimed {
            if given.iter().any(|(g, _)| lex.same_role_class(g, r)) {
                continue;
            }
            // A description read as the person ("the victim") backs a role, but is too
            // weak to rival one: it may stand for someone else named nearby.
            if let Some((g, _)) = given
                .iter()
                .find(|(g, described)| !described && lex.are_rival_roles(g, r))
            {
                out.push(Finding::Conflict(format!(
                    "the source calls {canonical} a {g}, not a {r}"
                )));
                return;
            }
        }
    }
}

/// Whether `name` occurs in `text` as whole words.
fn names_in(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether `text` names the party `name`, in full or by the first or last word of a name
/// of several ("Harrowgate" for "Harrowgate United", "Park" for "Jae Park"): a word of
/// the name not run on into another name ("Bristol Rovers" is not "Castleford Rovers").
fn party_in(text: &str, name: &str) -> bool {
    if names_in(text, name) {
        return true;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let [first, .., last] = words[..] else {
        return false;
    };
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let standalone = |word: &str, after: bool| {
        word.chars().count() >= 3
            && capital(word)
            && !Lexicon::get().is_stopword(&word.to_lowercase())
            && text.match_indices(word).any(|(at, _)| {
                let (before, rest) = (&text[..at], &text[at + word.len()..]);
                let whole = !before
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                    && !rest.chars().next().is_some_and(char::is_alphanumeric);
                let next = if after {
                    rest.split_whitespace().next()
                } else {
                    before.split_whitespace().next_back()
                };
                whole && !next.is_some_and(capital)
            })
    };
    standalone(first, true) || standalone(last, false)
}

/// "Lee sued Park" where the source says "Park sued Lee": the two parties of one
/// predicate the other way round. Verbs whose parties can trade places without changing
/// the fact ("met", "married") are not reversals.
fn check_reversed(
    claim: &crate::extract::Relation,
    evidence: &[&SentenceIndex],
    out: &mut Vec<Finding>,
) {
    let lex = Lexicon::get();
    if claim.subject.is_empty() || lex.is_symmetric_verb(&claim.predicate) {
        return;
    }
    let same_predicate = |p: &str| p == claim.predicate || lex.are_synonyms(p, &claim.predicate);
    let relations = || {
        evidence
            .iter()
            .flat_map(|s| s.facts.relations.iter())
            .filter(|r| same_predicate(&r.predicate) && r.negated == claim.negated)
    };
    // Who does it and to whom: the subject and the object, or in the passive ("Castleford
    // were beaten by Harrowgate") the party after "by" and the subject.
    let parties = |r: &crate::extract::Relation| -> (Party, Party) {
        match passive_agent(&r.object) {
            Some(agent) => (
                Party::Text(agent.to_string()),
                Party::Name(r.subject.clone()),
            ),
            None => (
                Party::Name(r.subject.clone()),
                Party::Text(r.object.clone()),
            ),
        }
    };
    let (agent, patient) = parties(claim);
    // "The judge told him to sit down" against "Porter told the judge ...": the subject
    // as the sentence words it, where a description stands for a name.
    let described = |r: &crate::extract::Relation| {
        evidence.iter().find_map(|s| {
            s.facts
                .mentions
                .iter()
                .find(|m| m.start == r.start && m.via == crate::extract::entity::Via::Description)
                .map(|m| &s.tokens[m.tokens.0..m.tokens.1])
        })
    };
    let claim_object: Vec<String> = crate::text::normalize_words(&claim.object);
    // The object is read without its article ("judge to sit down").
    let object_is = |words: &[Token]| {
        let words = match words.split_first() {
            Some((first, rest)) if is_determiner(first) => rest,
            _ => words,
        };
        !words.is_empty()
            && words.len() <= claim_object.len()
            && words.iter().zip(&claim_object).all(|(w, c)| w.norm == *c)
    };
    let reversed = relations().find(|r| {
        let (a, p) = parties(r);
        let patient_is_agent = patient.meets(&a)
            || passive_agent(&claim.object).is_none()
                && passive_agent(&r.object).is_none()
                && described(r).is_some_and(&object_is);
        !r.subject.is_empty() && agent.meets(&p) && patient_is_agent && !agent.meets(&a)
    });
    let Some(reversed) = reversed else {
        return;
    };
    // Both ways in the evidence ("Lee sued Park, who sued her back"): the claim's is there.
    let (other, _) = parties(reversed);
    if relations().any(|r| {
        let (a, p) = parties(r);
        agent.meets(&a) && (patient.meets(&p) || other.meets(&p))
    }) {
        return;
    }
    let (done_by, _) = parties(reversed);
    let verb = evidence
        .iter()
        .flat_map(|s| s.tokens.iter())
        .find(|t| {
            t.start >= reversed.start && t.end <= reversed.end && t.stem == reversed.predicate
        })
        .map_or(reversed.predicate.as_str(), |t| t.norm.as_str());
    out.push(Finding::Conflict(format!(
        "the source has it the other way round: {} {verb} {}",
        done_by.name(),
        agent.name()
    )));
}

/// The agent of a passive relation: the words after "by" when the object opens with it,
/// after a score at most ("3-1 by Harrowgate").
fn passive_agent(object: &str) -> Option<&str> {
    let mut rest = object;
    loop {
        let (word, after) = rest.split_once(' ')?;
        if word == "by" {
            return Some(after);
        }
        if word.chars().any(char::is_alphabetic) {
            return None;
        }
        rest = after;
    }
}

/// One party of a relation: a name (a subject), or the words that name it (an object).
enum Party {
    Name(String),
    Text(String),
}

impl Party {
    /// The party's name: a subject's, or the name its words open with.
    fn name(&self) -> String {
        match self {
            Party::Name(n) => n.clone(),
            Party::Text(t) => opening_name(t),
        }
    }

    /// Whether two parties are one ([`party_in`]); two objects by the names they open with.
    fn meets(&self, other: &Party) -> bool {
        match (self, other) {
            (Party::Name(a), Party::Name(b)) => !a.is_empty() && same_party(a, b),
            (Party::Name(n), Party::Text(t)) | (Party::Text(t), Party::Name(n)) => {
                !n.is_empty() && party_in(t, n)
            }
            // Two objects: the name one opens with, named in the other.
            (Party::Text(a), Party::Text(b)) => {
                let (x, y) = (opening_name(a), opening_name(b));
                !x.is_empty() && party_in(b, &x) || !y.is_empty() && party_in(a, &y)
            }
        }
    }
}

/// Whether an evidence sentence gives its words to someone: a reporting verb,
/// "according to", "quoted", or a quotation.
fn attributed(evidence: &[&SentenceIndex], doc: &Document) -> bool {
    evidence.iter().any(|s| {
        let sentence = &doc.source.sentences[s.index];
        // A capitalised word inside a sentence is part of a name, not a verb: the
        // "State" of "Secretary of State John Kerry" reports nothing.
        let verb = |(i, t): (usize, &Token)| t.is_reporting_verb() && !(t.capitalized && i > 0);
        sentence
            .tokens
            .iter()
            .enumerate()
            .any(|(i, t)| t.norm == "according" || verb((i, t)) || t.norm == "quoted")
            || doc
                .quotes
                .iter()
                .any(|q| q.start < sentence.end && q.end > sentence.start)
    })
}

/// "He said the dog barked" backed by a sentence that tells of the barking with no
/// speaker at all: as with a named speaker, that someone said it is the claim's own
/// addition. Only a subject pronoun right before a verb that does nothing but report.
fn check_pronoun_speaker(
    tokens: &[Token],
    verb: usize,
    evidence: &[&SentenceIndex],
    doc: &Document,
    out: &mut Vec<Finding>,
) {
    let pronoun = verb
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .filter(|t| matches!(t.norm.as_str(), "he" | "she" | "they"));
    let Some(pronoun) = pronoun else {
        return;
    };
    if Lexicon::get().is_speech_verb(&tokens[verb].stem)
        && !evidence.is_empty()
        && !attributed(evidence, doc)
    {
        out.push(Finding::Gap(format!(
            "the source does not say that {} said this",
            pronoun.norm
        )));
    }
}

/// Whether the quoted words (the byte span `start..end` of the sentence) themselves report
/// someone's words: '"He said he was not involved," Okafor testified' gives the words to
/// "he" as much as to Okafor, so a claim's other speaker may be that one.
fn reports_within(s: &SentenceIndex, start: usize, end: usize) -> bool {
    let lex = Lexicon::get();
    s.tokens.windows(2).any(|w| {
        start <= w[0].start
            && w[1].end <= end
            && is_attribution_verb(&w[1])
            && lex.gives_words(&w[1].stem)
            && (matches!(w[0].norm.as_str(), "he" | "she" | "they")
                || s.facts.mentions.iter().any(|m| m.end == w[0].end))
    })
}

/// Whether a sentence names a speaker right before a reporting verb ("Wilson Security
/// said"), whoever its quotation is later given to. Only the very next word: in "Danish
/// officials said" the officials speak, not Denmark.
fn says_itself(s: &SentenceIndex, speaker: &str) -> bool {
    s.facts.mentions.iter().any(|m| {
        same_person(&m.canonical, speaker)
            && s.tokens
                .get(m.tokens.1)
                .is_some_and(Token::is_reporting_verb)
    })
}

/// Where a clause set off before `verb` opens ("Lee, who is from Leeds, said"; "Lee, a
/// spokesman for the club, said"): the index of its first comma or dash.
fn set_off_before(tokens: &[Token], verb: usize) -> Option<usize> {
    let is_break =
        |t: &Token| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "," | "-" | "–" | "—");
    let close = verb.checked_sub(1).filter(|&i| is_break(&tokens[i]))?;
    let open = (0..close).rev().take(13).find(|&i| is_break(&tokens[i]))?;
    crate::extract::relation::inserted(&tokens[open + 1..close]).then_some(open)
}

/// What the source's speaker of a quote makes of the claim's, if they differ: a conflict,
/// or a gap where the claim gives a group's words to its country, for which the group
/// does not speak ([`compare_speakers`]).
fn other_speaker(said_by: &str, claimed: &str) -> Option<Finding> {
    match compare_speakers(said_by, claimed) {
        Some(SpeakerMatch::Same) => None,
        Some(SpeakerMatch::Narrower) => Some(Finding::Gap(format!(
            "the source gives these words to {said_by}, who do not speak for {claimed}"
        ))),
        Some(SpeakerMatch::Other) => Some(Finding::Conflict(format!(
            "the source gives these words to {said_by}, not {claimed}"
        ))),
        None => (said_by != claimed && !same_person(said_by, claimed)).then(|| {
            Finding::Conflict(format!(
                "the source gives these words to {said_by}, not {claimed}"
            ))
        }),
    }
}

/// "X said …", "according to X": the claim's speaker must be the source's.
fn check_speaker(
    tokens: &[Token],
    units: &[Unit],
    evidence: &[&SentenceIndex],
    doc: &Document,
    out: &mut Vec<Finding>,
) {
    // An inflected reporting verb ("said", "told"), not a noun ("a state-owned agency"),
    // that gives words to a speaker: "believed" or "estimated" do not.
    let lex = Lexicon::get();
    let reporting =
        |t: &Token| t.norm == "according" || is_attribution_verb(t) && lex.gives_words(&t.stem);
    let Some(verb) = tokens.iter().position(reporting) else {
        return;
    };
    let according = tokens.get(verb).is_some_and(|t| t.norm == "according");
    // "Mr Lee, who is from Leeds, said": the speaker stands before the clause set off
    // between commas, not at its end.
    let before = set_off_before(tokens, verb).unwrap_or(verb);
    // "told Reuters": the outlet must be the source's.
    let outlet = units
        .iter()
        .find(|u| u.tokens.0 == verb + 1 && tokens[verb].stem == "tell")
        .and_then(|u| u.entity);
    // A place speaks through its group ("Ohio police said"), as a country may.
    let speaks = |u: &&Unit| {
        u.entity.as_ref().is_some_and(|e| match e.1 {
            EntityKind::Person
            | EntityKind::Organisation
            | EntityKind::Country
            | EntityKind::Other => true,
            EntityKind::Place => crate::extract::quote::group_after(tokens, u.tokens.1).is_some(),
        })
    };
    let speaker = units.iter().filter(speaks).find(|u| {
        if according {
            u.tokens.0 > verb
        } else {
            u.tokens.1 <= before && before - u.tokens.1 <= 2 || u.tokens.0 == verb + 1
        }
    });
    // "Pentagon spokesman says": the speaker is the role holder, whose name the claim
    // does not give.
    let before_role = speaker.is_some_and(|u| {
        tokens.get(u.tokens.1).is_some_and(|t| {
            t.is_role() || crate::extract::entity::title_at(tokens, u.tokens.1).is_some()
        })
    });
    // "U.S. officials said", "Ohio police said": the group, not the country or place, is
    // the claim's speaker.
    let group = speaker
        .filter(|u| {
            u.entity
                .is_some_and(|e| matches!(e.1, EntityKind::Country | EntityKind::Place))
        })
        .and_then(|u| crate::extract::quote::group_at(tokens, u.tokens.1));
    // "Lee said", the name right before the verb: nothing passive ("Lee was said to"),
    // no pronoun the claim itself resolved.
    let named_before = speaker.is_some_and(|u| {
        u.tokens.1 == verb
            && !matches!(
                tokens[u.tokens.0].norm.as_str(),
                "he" | "she" | "they" | "it" | "we" | "i" | "you"
            )
    });
    let Some(speaker) = speaker.and_then(|u| u.entity) else {
        check_pronoun_speaker(tokens, verb, evidence, doc, out);
        return;
    };
    if before_role {
        return;
    }
    let claimed = match group {
        Some((_, g)) => format!("{} {g}", speaker.0),
        None => speaker.0.to_string(),
    };

    // "Lee said the dog barked" backed by a sentence that tells of the barking with no
    // speaker at all: that Lee said it is the claim's own addition, not the source's.
    let attributed = attributed(evidence, doc);
    // Only verbs that do nothing but report words: "confirmed he will leave" or "posted
    // a photo" may tell of an act the source narrates without a speech verb.
    let speech_only = Lexicon::get().is_speech_verb(&tokens[verb].stem);
    if speech_only && !attributed && !evidence.is_empty() {
        out.push(Finding::Gap(format!(
            "the source does not say {} said this",
            speaker.0
        )));
        return;
    }
    for s in evidence {
        // "A staffer at Wilson Security said the guards ..., The Guardian reported": the
        // sentence's own "X said" names the claim's speaker; the outlet relays it.
        let says_itself = says_itself(s, &speaker.0);
        let sentence = &doc.source.sentences[s.index];
        let quote = doc
            .quotes
            .iter()
            .find(|q| q.start < sentence.end && q.end > sentence.start && q.speaker.is_some());
        if let Some(q) = quote
            && !says_itself
            && !reports_within(s, q.start, q.end)
            && let Some(said_by) = &q.speaker
            && let Some(finding) = other_speaker(said_by, &claimed)
        {
            out.push(finding);
            return;
        }
        if let (Some(q), Some(claimed)) = (quote, &outlet)
            && let Some(told) = &q.outlet
            && told != claimed.0
        {
            out.push(Finding::Conflict(format!(
                "the source says this was told to {told}, not {}",
                claimed.0
            )));
            return;
        }
    }
    // "A doctor said she was hurt" does not back "Lee said she was hurt": the words
    // are someone's, but the evidence never names the claim's speaker, nor refers to
    // them, not even by the last word of the name ("Haddad", "the Trust").
    // A name inside the quoted words is someone the speaker talks about ("my former partner
    // is Ingrid Solberg", Brekke wrote), not the speaker.
    let last_word = |name: &str| name.rsplit(' ').next().unwrap_or_default().to_lowercase();
    let surname = last_word(&speaker.0);
    let in_quote =
        |start: usize, end: usize| doc.quotes.iter().any(|q| q.start <= start && end <= q.end);
    let quotes_speaker = |s: &SentenceIndex| {
        let sentence = &doc.source.sentences[s.index];
        doc.quotes.iter().any(|q| {
            q.start < sentence.end
                && q.end > sentence.start
                && q.speaker
                    .as_deref()
                    .is_some_and(|by| same_person(by, &speaker.0))
        })
    };
    let named = evidence.iter().any(|s| {
        quotes_speaker(s)
            || s.tokens
                .iter()
                .any(|t| t.norm.as_str() == surname && !in_quote(t.start, t.end))
            || s.facts.mentions.iter().any(|m| {
                (same_person(&m.canonical, &speaker.0) || last_word(&m.canonical) == surname)
                    && !in_quote(m.start, m.end)
            })
    });
    if speech_only && !named && !evidence.is_empty() {
        // "She said tickets had sold out", "she" being someone else: the words are that
        // person's, as a name right before the verb would make them.
        // Not inside a quotation: "He said he was innocent," the owner said.
        let quoted = |m: &crate::extract::entity::Mention| {
            doc.quotes
                .iter()
                .any(|q| q.start <= m.start && m.end <= q.end)
        };
        let speaks_at = |s: &SentenceIndex, at: usize| {
            s.tokens
                .get(at)
                .is_some_and(|t| is_attribution_verb(t) && lex.gives_words(&t.stem))
        };
        // Only one person for another, and one place's or country's group for another's
        // ("Ohio police said" against "Chicago police said"): a body or a country may
        // speak through a person.
        let said_by = evidence.iter().find_map(|s| {
            s.facts.mentions.iter().find_map(|m| {
                if quoted(m) {
                    return None;
                }
                match m.entity_kind {
                    EntityKind::Person if speaker.1 == EntityKind::Person && named_before => {
                        speaks_at(s, m.tokens.1).then(|| m.canonical.clone())
                    }
                    EntityKind::Country | EntityKind::Place
                        if group.is_some_and(|(at, _)| at + 1 == verb) =>
                    {
                        crate::extract::quote::group_at(s.tokens, m.tokens.1)
                            .filter(|&(at, _)| speaks_at(s, at + 1))
                            .map(|(_, g)| format!("{} {g}", m.canonical))
                    }
                    _ => None,
                }
            })
        });
        if let Some(finding) = said_by.and_then(|by| other_speaker(&by, &claimed)) {
            out.push(finding);
            return;
        }
        out.push(Finding::Gap(format!(
            "the source does not say {} said this",
            speaker.0
        )));
    }
}
