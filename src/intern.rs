//! Interned strings: the words of every text the engine reads, stored once per process.
//!
//! A token's normal form and stem are [`Atom`]s: 16-byte handles that copy freely and
//! compare by address, instead of two heap strings per token. Interned text is never
//! freed, so memory for words is bounded by the vocabulary (the distinct words ever
//! seen), not by the length of the texts.
//!
//! ```
//! use factcheck::intern::Atom;
//! let a = Atom::new("killed");
//! assert_eq!(a, Atom::new(&String::from("killed")));
//! assert_eq!(a, "killed");
//! assert_eq!(a.as_str().len(), 6);
//! ```

use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::sync::{Mutex, OnceLock};

use rustc_hash::FxHashSet;

/// An interned string.
///
/// Equality is by address, which interning makes equality of text; hashing and ordering
/// are by text, so maps and sets keyed by atoms iterate in the same order in every run.
#[derive(Clone, Copy)]
pub struct Atom(&'static str);

/// Words a table of atoms is sized for at first: the lexicons' and a short article's.
/// A table grown from empty rehashed every word it held each time it doubled; one
/// sized for 32,768 words saved those instructions, but its 1 MB (two tables: the
/// shared one and the thread's) was touched all over by a few thousand words, and
/// the page faults cost a one-sentence run 0.7 ms, a 0.5 MB article 1.2 ms, more
/// than the rehashing. A larger vocabulary still grows.
const EXPECTED_WORDS: usize = 1 << 12;

fn table() -> FxHashSet<&'static str> {
    FxHashSet::with_capacity_and_hasher(EXPECTED_WORDS, Default::default())
}

impl Atom {
    /// The atom of `text`, interning it on first sight.
    pub fn new(text: &str) -> Atom {
        thread_local! {
            // Each thread remembers the atoms it has used, so the shared table (and its
            // lock) is only consulted for a word the thread meets for the first time.
            static SEEN: RefCell<FxHashSet<&'static str>> = RefCell::new(table());
        }
        if let Some(hit) = SEEN.with(|seen| seen.borrow().get(text).copied()) {
            return Atom(hit);
        }
        let interned = {
            static TABLE: OnceLock<Mutex<FxHashSet<&'static str>>> = OnceLock::new();
            let mut table = TABLE
                .get_or_init(|| Mutex::new(table()))
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            match table.get(text) {
                Some(&known) => known,
                None => {
                    let leaked: &'static str = Box::leak(text.into());
                    table.insert(leaked);
                    leaked
                }
            }
        };
        SEEN.with(|seen| seen.borrow_mut().insert(interned));
        Atom(interned)
    }

    /// The text.
    pub fn as_str(&self) -> &'static str {
        self.0
    }

    /// A number naming the atom for the life of the process (where its text lies): a
    /// key cheaper to hash than the text, for maps whose order is never seen.
    pub fn id(self) -> usize {
        self.0.as_ptr() as usize
    }
}

impl Default for Atom {
    fn default() -> Atom {
        Atom::new("")
    }
}

impl PartialEq for Atom {
    fn eq(&self, other: &Atom) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Atom {}

impl Hash for Atom {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl PartialOrd for Atom {
    fn partial_cmp(&self, other: &Atom) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Atom {
    fn cmp(&self, other: &Atom) -> std::cmp::Ordering {
        self.0.cmp(other.0)
    }
}

impl std::ops::Deref for Atom {
    type Target = str;

    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Atom {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl std::borrow::Borrow<str> for Atom {
    fn borrow(&self) -> &str {
        self.0
    }
}

impl std::fmt::Debug for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.0, f)
    }
}

/// `atom.to_string()` goes through this formatter into a string grown as it is written;
/// `atom.as_str().to_owned()` copies the text at once (the extractors' hot paths use it).
impl std::fmt::Display for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<str> for Atom {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Atom {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Atom {
    fn eq(&self, other: &String) -> bool {
        self.0 == other
    }
}

impl PartialEq<&String> for Atom {
    fn eq(&self, other: &&String) -> bool {
        self.0 == other.as_str()
    }
}

impl PartialEq<Atom> for &String {
    fn eq(&self, other: &Atom) -> bool {
        self.as_str() == other.0
    }
}

impl PartialEq<Atom> for str {
    fn eq(&self, other: &Atom) -> bool {
        self == other.0
    }
}

impl PartialEq<Atom> for &str {
    fn eq(&self, other: &Atom) -> bool {
        *self == other.0
    }
}

impl PartialEq<Atom> for String {
    fn eq(&self, other: &Atom) -> bool {
        self == other.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_atom_per_text_across_threads() {
        let here = Atom::new("ceasefire");
        let there = std::thread::spawn(|| Atom::new("ceasefire"))
            .join()
            .expect("thread");
        assert_eq!(here, there);
        assert!(std::ptr::eq(here.as_str(), there.as_str()));
        assert_ne!(here, Atom::new("Ceasefire"));
    }

    #[test]
    fn ids_tell_atoms_apart() {
        let words = ["", "a", "ab", "abc", "killed", "kill"];
        let ids: FxHashSet<usize> = words.iter().map(|w| Atom::new(w).id()).collect();
        assert_eq!(ids.len(), words.len());
        assert_eq!(
            Atom::new("kill").id(),
            Atom::new(&String::from("kill")).id()
        );
    }

    #[test]
    fn sets_of_atoms_iterate_in_text_hash_order() {
        let words = ["truce", "talks", "collapse", "again"];
        let a: FxHashSet<Atom> = words.iter().map(|w| Atom::new(w)).collect();
        let b: FxHashSet<&str> = words.iter().copied().collect();
        let a: Vec<&str> = a.iter().map(Atom::as_str).collect();
        let b: Vec<&str> = b.into_iter().collect();
        assert_eq!(a, b);
    }
}
