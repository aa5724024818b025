//! Stems every word of the lexicons (src/lexicon/) with the Snowball English stemmer at
//! build time: parsing the lexicons stems some two thousand words, a third of what a
//! one-sentence run costs. The lexicon files stay the source of truth; this only caches
//! what `rust_stemmers` says of their words, with the same crate the program runs.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("src/lexicon");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("src/lexicon is part of the crate")
        .map(|entry| entry.expect("src/lexicon can be listed").path())
        .collect();
    files.sort();
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let mut stems = BTreeMap::new();
    for file in files {
        println!("cargo::rerun-if-changed={}", file.display());
        let text = std::fs::read_to_string(&file).expect("lexicon files are UTF-8");
        for word in words(&text) {
            let stem = stemmer.stem(&word).into_owned();
            stems.insert(word, stem);
        }
    }
    let mut code = String::from("(\n&[\n");
    for (word, stem) in &stems {
        writeln!(code, "    ({word:?}, {stem:?}),").expect("writing to a String");
    }
    writeln!(code, "],\n&{:?},\n)", slots(stems.keys())).expect("writing to a String");
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon_stems.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

/// An open-addressing hash table of the words (in order) by their [`fnv1a`] hashes,
/// at most a third full: the index of each word in its slot, or `u16::MAX`.
fn slots<'a>(words: impl ExactSizeIterator<Item = &'a String>) -> Vec<u16> {
    let size = (3 * words.len()).next_power_of_two();
    let mut slots = vec![u16::MAX; size];
    for (index, word) in words.enumerate() {
        let mut slot = fnv1a(word) as usize & (size - 1);
        while slots[slot] != u16::MAX {
            slot = (slot + 1) & (size - 1);
        }
        slots[slot] = u16::try_from(index).expect("fewer than 65,535 lexicon words");
    }
    slots
}

/// The 64-bit FNV-1a hash; `text::lexicon_stem` hashes a word with the same function
/// to find its slot.
fn fnv1a(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The lower-case words of a lexicon file outside its comment lines: runs of letters,
/// and those runs joined by inner apostrophes and stops ("o'brien", "u.n"). Any word
/// the tokenizer cuts differently is only missing from the cache.
fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let line = line.to_lowercase().replace(['’', '‘'], "'");
        for run in line.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '.')) {
            let run = run.trim_matches(['\'', '.']);
            if !run.is_empty() {
                words.push(run.to_string());
            }
            words.extend(
                run.split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty() && w.len() < run.len())
                    .map(str::to_string),
            );
        }
    }
    words
}
