//! Which sentences hold each stem and name: what the checker looks a claim's words up
//! in. Built on first use and kept with the document, so a source shared by many claims
//! is indexed once, and a source that is only extracted never pays for it.
//!
//! A word maps to the sentences that hold it (postings), not each sentence to a set of
//! its words: a claim looks up each of its words once and visits only the sentences
//! that hold it, and building the index costs one map lookup per token, where sets per
//! sentence plus a frequency map cost three.
//!
//! ```
//! use factcheck::source::{Format, Source};
//! use factcheck::extract::Document;
//! use factcheck::text::{Atom, stem};
//! let src = Source::from_text("a.txt", "Rebels shelled the city. The city burned.".into(), Format::Text);
//! let doc = Document::analyse(src);
//! let words = doc.vocabulary().words(true);
//! let burned = Atom::new(&stem("burning"));
//! assert_eq!(words.stem_sentences(burned).collect::<Vec<_>>(), [1]);
//! assert_eq!(words.frequency(Atom::new(&stem("city"))), 2);
//! ```

use rustc_hash::FxHashMap;

use super::SentenceFacts;
use super::entity::{Mention, Via};
use crate::source::{Role, Source};
use crate::text::{Atom, Token};

/// The stems and names of a document's evidence sentences.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    with_titles: WordIndex,
    /// Only headlines checked against their own body need it: built on first use.
    without_titles: std::sync::OnceLock<WordIndex>,
    /// Sentences that are titles, ascending.
    titles: Vec<usize>,
}

/// The sentences holding each word, over the body (and the title, if so built).
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    words: FxHashMap<Atom, Postings>,
}

/// The sentences that hold one word, ascending: `sentence << 1` where it is one of the
/// sentence's stems, `sentence << 1 | 1` where it is the canonical name of an entity the
/// sentence mentions or refers to (a sentence may hold a word both ways).
#[derive(Debug, Clone, Default)]
struct Postings(Vec<usize>);

/// The tag of a name in [`Postings`].
const NAME: usize = 1;

impl Postings {
    /// Adds an entry; the sentences are visited in order, so a repeat is the last entry.
    fn add(&mut self, entry: usize) {
        if self.0.last() != Some(&entry) {
            self.0.push(entry);
        }
    }

    fn sentences(&self, tag: usize) -> impl Iterator<Item = usize> + '_ {
        self.0
            .iter()
            .filter(move |&&e| e & 1 == tag)
            .map(|&e| e >> 1)
    }
}

impl Vocabulary {
    pub(super) fn new(source: &Source, facts: &[SentenceFacts]) -> Vocabulary {
        // About half the tokens of an article are distinct words: sized so, the map is
        // not rehashed as it grows.
        let tokens: usize = source.sentences.iter().map(|s| s.tokens.len()).sum();
        let mut words: FxHashMap<Atom, Postings> =
            FxHashMap::with_capacity_and_hasher(tokens / 2, Default::default());
        for (s, f) in source.sentences.iter().zip(facts) {
            if s.role == Role::Boilerplate {
                continue;
            }
            for t in &s.tokens {
                words.entry(t.stem).or_default().add(s.index << 1);
            }
            for m in f.mentions.iter().filter(|m| names_owner(m, &s.tokens)) {
                let name = Atom::new(&m.canonical);
                words.entry(name).or_default().add(s.index << 1 | NAME);
            }
        }
        Vocabulary {
            with_titles: WordIndex { words },
            without_titles: std::sync::OnceLock::new(),
            titles: source
                .sentences
                .iter()
                .filter(|s| s.role == Role::Title)
                .map(|s| s.index)
                .collect(),
        }
    }

    /// The words of the body (and the title, if `titles`).
    pub fn words(&self, titles: bool) -> &WordIndex {
        if titles || self.titles.is_empty() {
            &self.with_titles
        } else {
            self.without_titles
                .get_or_init(|| self.with_titles.without(&self.titles))
        }
    }
}

impl WordIndex {
    /// In how many sentences `word` is a stem, plus in how many it is a name.
    pub fn frequency(&self, word: Atom) -> usize {
        self.words.get(&word).map_or(0, |p| p.0.len())
    }

    /// Whether some sentence holds `word`, as a stem or a name.
    pub fn contains(&self, word: Atom) -> bool {
        self.words.contains_key(&word)
    }

    /// Whether some sentence holds `word` among its stems.
    pub fn has_stem(&self, word: Atom) -> bool {
        self.stem_sentences(word).next().is_some()
    }

    /// The sentences that hold `word` among their stems, ascending.
    pub fn stem_sentences(&self, word: Atom) -> impl Iterator<Item = usize> + '_ {
        self.tagged(word, 0)
    }

    /// The sentences that mention or refer to the entity named `word`, ascending.
    pub fn name_sentences(&self, word: Atom) -> impl Iterator<Item = usize> + '_ {
        self.tagged(word, NAME)
    }

    fn tagged(&self, word: Atom, tag: usize) -> impl Iterator<Item = usize> + '_ {
        self.words
            .get(&word)
            .into_iter()
            .flat_map(move |p| p.sentences(tag))
    }

    /// The index without the sentences `dropped` (sorted).
    fn without(&self, dropped: &[usize]) -> WordIndex {
        let words = self
            .words
            .iter()
            .filter_map(|(&word, p)| {
                let kept: Vec<usize> =
                    p.0.iter()
                        .copied()
                        .filter(|e| dropped.binary_search(&(e >> 1)).is_err())
                        .collect();
                (!kept.is_empty()).then_some((word, Postings(kept)))
            })
            .collect();
        WordIndex { words }
    }
}

/// Whether a mention names its entity: "her father" is not her, a possessive pronoun
/// does not name its owner.
pub(crate) fn names_owner(m: &Mention, tokens: &[Token]) -> bool {
    !(m.via == Via::Pronoun
        && tokens
            .get(m.tokens.0)
            .is_some_and(|t| matches!(t.norm.as_str(), "its" | "his" | "her" | "their")))
}
