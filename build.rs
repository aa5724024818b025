//! Work on the lexicons (src/lexicon/) done once at build time instead of in every
//! process, with the crates the program runs; the lexicon files stay the source of
//! truth:
//! - the Snowball English stem of every word: parsing the lexicons stems some two
//!   thousand words, a third of what a one-sentence run cost;
//! - the literals that start or end every match of each boilerplate pattern: parsing
//!   the patterns and extracting them was a fifth of what a one-sentence run cost.

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
    // One text and byte ranges into it, not a string literal a word: a table of
    // pointers is relocated, page by page, when any run of the program starts.
    let (mut text, mut ranges) = (String::new(), Vec::new());
    for (word, stem) in &stems {
        let mut range = |part: &str| {
            text.push_str(part);
            u32::try_from(text.len()).expect("lexicon words are under 4 GB")
        };
        let (word_start, word_end) = (range(""), range(word));
        ranges.push([word_start, word_end, word_end, range(stem)]);
    }
    let code = format!("({text:?}, &{ranges:?}, &{:?})\n", slots(stems.keys()));
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon_stems.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
    boilerplate_literals(&dir.join("boilerplate.txt"));
}

/// Writes `boilerplate_literals.rs`: each pattern of the boilerplate file (in order)
/// with its [`literals`], `None` when it has none.
fn boilerplate_literals(file: &Path) {
    let text = std::fs::read_to_string(file).expect("boilerplate.txt is UTF-8");
    // The literals' bytes in one string and ranges into it (see `main`).
    let (mut bytes, mut patterns) = (Vec::new(), String::new());
    for pattern in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::trim_end)
    {
        let literals = literals(pattern).map_or_else(
            || "None".to_string(),
            |(literals, at_end)| {
                let ranges: Vec<[u32; 2]> = literals
                    .iter()
                    .map(|l| {
                        let start = bytes.len();
                        bytes.extend_from_slice(l);
                        [start, bytes.len()].map(|i| u32::try_from(i).expect("under 4 GB"))
                    })
                    .collect();
                format!("Some((&{ranges:?}, {at_end}))")
            },
        );
        writeln!(patterns, "    ({pattern:?}, {literals}),").expect("writing to a String");
    }
    let code = format!("(&{bytes:?}, &[\n{patterns}])\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("boilerplate_literals.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

/// The literal prefixes of a pattern anchored with `^`, or else its literal suffixes if
/// it is anchored with `$` (and whether they are suffixes), from the parser the regex
/// crate uses.
fn literals(pattern: &str) -> Option<(Vec<Vec<u8>>, bool)> {
    use regex_syntax::hir::Look;
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let props = hir.properties();
    for (anchored, kind, at_end) in [
        (
            props.look_set_prefix().contains(Look::Start),
            ExtractKind::Prefix,
            false,
        ),
        (
            props.look_set_suffix().contains(Look::End),
            ExtractKind::Suffix,
            true,
        ),
    ] {
        if !anchored {
            continue;
        }
        // Case-insensitive words multiply into many literals: four bytes of each are
        // enough to refuse nearly every sentence of an article, and cheap to extract.
        let seq = Extractor::new()
            .kind(kind)
            .limit_literal_len(4)
            .limit_total(2000)
            .extract(&hir);
        if let Some(lits) = seq.literals() {
            return Some((lits.iter().map(|l| l.as_bytes().to_vec()).collect(), at_end));
        }
    }
    None
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
