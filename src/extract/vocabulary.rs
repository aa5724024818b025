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
///
/// The postings of all words lie in one array, each word's in a run of it, so a document
/// costs a handful of allocations rather than one per distinct word.
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    /// The number of each word (by [`Atom::id`]: hashing the text cost most of the
    /// index), indexing `starts`.
    ids: FxHashMap<usize, usize>,
    /// Where the run of word `id` starts in `postings`; one more entry closes the last.
    starts: Vec<usize>,
    /// Ascending within each run: `sentence << 1` where the word is one of the sentence's
    /// stems, `sentence << 1 | 1` where it is the canonical name of an entity the sentence
    /// mentions or refers to (a sentence may hold a word both ways).
    postings: Vec<usize>,
}

/// The tag of a name in [`WordIndex::postings`].
const NAME: usize = 1;

/// Builds a [`WordIndex`] from the entries of its words, given in ascending order of
/// entry.
#[derive(Default)]
struct Builder {
    ids: FxHashMap<usize, usize>,
    /// Each word's last entry: a repeat in the same sentence is not entered again.
    last: Vec<usize>,
    entries: Vec<(usize, usize)>,
}

impl Builder {
    fn with_capacity(words: usize) -> Builder {
        Builder {
            ids: FxHashMap::with_capacity_and_hasher(words, Default::default()),
            last: Vec::with_capacity(words),
            entries: Vec::with_capacity(2 * words),
        }
    }

    fn add(&mut self, word: usize, entry: usize) {
        let next = self.last.len();
        let id = *self.ids.entry(word).or_insert(next);
        if id == next {
            self.last.push(entry);
        } else if self.last[id] == entry {
            return;
        } else {
            self.last[id] = entry;
        }
        self.entries.push((id, entry));
    }

    /// Lays the entries out word by word (a counting sort, stable: each run stays in the
    /// order entered).
    fn finish(self) -> WordIndex {
        let mut starts = vec![0usize; self.last.len() + 1];
        for &(id, _) in &self.entries {
            starts[id + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut fill: Vec<usize> = starts[..self.last.len()].to_vec();
        let mut postings = vec![0usize; self.entries.len()];
        for &(id, entry) in &self.entries {
            let at = &mut fill[id];
            postings[*at] = entry;
            *at += 1;
        }
        WordIndex {
            ids: self.ids,
            starts,
            postings,
        }
    }
}

impl Vocabulary {
    pub(super) fn new(source: &Source, facts: &[SentenceFacts]) -> Vocabulary {
        // About half the tokens of an article are distinct words: sized so, the map is
        // not rehashed as it grows.
        let tokens: usize = source.sentences.iter().map(|s| s.tokens.len()).sum();
        let mut words = Builder::with_capacity(tokens / 2);
        for (s, f) in source.sentences.iter().zip(facts) {
            if s.role == Role::Boilerplate {
                continue;
            }
            for t in &s.tokens {
                words.add(t.stem.id(), s.index << 1);
            }
            for m in f.mentions.iter().filter(|m| names_owner(m, &s.tokens)) {
                words.add(Atom::new(&m.canonical).id(), s.index << 1 | NAME);
            }
        }
        Vocabulary {
            with_titles: words.finish(),
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
        self.postings_of(word).len()
    }

    /// Whether some sentence holds `word`, as a stem or a name.
    pub fn contains(&self, word: Atom) -> bool {
        self.ids.contains_key(&word.id())
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

    fn postings_of(&self, word: Atom) -> &[usize] {
        self.postings_by_id(word.id())
    }

    fn postings_by_id(&self, word: usize) -> &[usize] {
        self.ids.get(&word).map_or(&[], |&id| {
            &self.postings[self.starts[id]..self.starts[id + 1]]
        })
    }

    fn tagged(&self, word: Atom, tag: usize) -> impl Iterator<Item = usize> + '_ {
        self.postings_of(word)
            .iter()
            .filter(move |&&e| e & 1 == tag)
            .map(|&e| e >> 1)
    }

    /// The index without the sentences `dropped` (sorted).
    fn without(&self, dropped: &[usize]) -> WordIndex {
        let mut words = Builder::with_capacity(self.ids.len());
        for &word in self.ids.keys() {
            for &e in self.postings_by_id(word) {
                if dropped.binary_search(&(e >> 1)).is_err() {
                    words.add(word, e);
                }
            }
        }
        words.finish()
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
