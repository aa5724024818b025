//! Which stems and names each sentence holds, and in how many sentences each occurs:
//! what the checker looks a claim's words up in. Built on first use and kept with the
//! document, so a source shared by many claims is indexed once, and a source that is
//! only extracted never pays for it.
//!
//! ```
//! use factcheck::source::{Format, Source};
//! use factcheck::extract::Document;
//! use factcheck::text::{Atom, stem};
//! let src = Source::from_text("a.txt", "Rebels shelled the city. The city burned.".into(), Format::Text);
//! let doc = Document::analyse(src);
//! let words = doc.vocabulary();
//! assert!(words.sentences[1].stems.contains(&Atom::new(&stem("burning"))));
//! assert_eq!(words.frequency(true).get(&Atom::new(&stem("city"))), Some(&2));
//! ```

use rustc_hash::{FxHashMap, FxHashSet};

use super::SentenceFacts;
use super::entity::{Mention, Via};
use crate::source::{Role, Source};
use crate::text::{Atom, Token};

/// The words and names of one sentence, as sets.
#[derive(Debug, Clone, Default)]
pub struct SentenceWords {
    /// Stems of its tokens.
    pub stems: FxHashSet<Atom>,
    /// Canonical names of the entities it mentions or refers to.
    pub names: FxHashSet<Atom>,
}

/// Per-sentence word sets and sentence frequencies of a document.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Parallel to the source's sentences (boilerplate sentences are empty).
    pub sentences: Vec<SentenceWords>,
    with_titles: Frequency,
    /// Only headlines checked against their own body need it: built on first use.
    without_titles: std::sync::OnceLock<Frequency>,
    /// The role of each sentence.
    roles: Vec<Role>,
}

/// How many evidence sentences hold each stem or name, and every stem they hold.
#[derive(Debug, Clone, Default)]
struct Frequency {
    counts: FxHashMap<Atom, usize>,
    stems: FxHashSet<Atom>,
}

impl Vocabulary {
    pub(super) fn new(source: &Source, facts: &[SentenceFacts]) -> Vocabulary {
        let sentences: Vec<SentenceWords> = source
            .sentences
            .iter()
            .zip(facts)
            .map(|(s, f)| {
                if s.role == Role::Boilerplate {
                    return SentenceWords::default();
                }
                let mut stems =
                    FxHashSet::with_capacity_and_hasher(s.tokens.len(), Default::default());
                stems.extend(s.tokens.iter().map(|t| t.stem));
                SentenceWords {
                    stems,
                    // "her father" is not her: a possessive pronoun does not name its owner.
                    names: f
                        .mentions
                        .iter()
                        .filter(|m| !is_possessive_pronoun(m, &s.tokens))
                        .map(|m| Atom::new(&m.canonical))
                        .collect(),
                }
            })
            .collect();
        let roles: Vec<Role> = source.sentences.iter().map(|s| s.role).collect();
        Vocabulary {
            with_titles: Frequency::new(&roles, &sentences, true),
            without_titles: std::sync::OnceLock::new(),
            sentences,
            roles,
        }
    }

    /// Sentence frequency of each stem and name over the body (and the title, if
    /// `titles`).
    pub fn frequency(&self, titles: bool) -> &FxHashMap<Atom, usize> {
        &self.counted(titles).counts
    }

    /// Every stem of the body (and the title, if `titles`).
    pub fn stems(&self, titles: bool) -> &FxHashSet<Atom> {
        &self.counted(titles).stems
    }

    fn counted(&self, titles: bool) -> &Frequency {
        if titles {
            &self.with_titles
        } else {
            self.without_titles
                .get_or_init(|| Frequency::new(&self.roles, &self.sentences, false))
        }
    }
}

impl Frequency {
    fn new(roles: &[Role], sentences: &[SentenceWords], titles: bool) -> Frequency {
        // Sized for half the words of the counted sentences: about as many are distinct
        // in an article (a map grown from empty rehashed several times per document;
        // one sized for every word held 4 MB more over the dev pairs).
        let words: usize = roles
            .iter()
            .zip(sentences)
            .filter(|&(&role, _)| role == Role::Body || titles && role == Role::Title)
            .map(|(_, w)| w.stems.len() + w.names.len())
            .sum::<usize>()
            / 2;
        let mut out = Frequency {
            counts: FxHashMap::with_capacity_and_hasher(words, Default::default()),
            stems: FxHashSet::with_capacity_and_hasher(words, Default::default()),
        };
        for (&role, words) in roles.iter().zip(sentences) {
            if role == Role::Body || titles && role == Role::Title {
                for &w in words.stems.iter().chain(&words.names) {
                    *out.counts.entry(w).or_insert(0) += 1;
                }
                out.stems.extend(words.stems.iter().copied());
            }
        }
        out
    }
}

fn is_possessive_pronoun(m: &Mention, tokens: &[Token]) -> bool {
    m.via == Via::Pronoun
        && tokens
            .get(m.tokens.0)
            .is_some_and(|t| matches!(t.norm.as_str(), "its" | "his" | "her" | "their"))
}
