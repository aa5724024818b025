//! Loading an article: decode, clean (plain text, Markdown, HTML), split into sentences
//! and tokens, and keep a map from every cleaned byte back to the file on disk.
//!
//! ```
//! use factcheck::source::{Format, Source};
//! let src = Source::from_text("a.txt", "Russia vetoed it. China agreed.".into(), Format::Text);
//! assert_eq!(src.sentences.len(), 2);
//! assert_eq!(src.sentence_text(&src.sentences[1]), "China agreed.");
//! ```

mod clean;
mod segment;

use std::path::Path;
use std::sync::OnceLock;

use regex_automata::meta::Regex;

pub use clean::OffsetMap;
pub use segment::MAX_SENTENCE_TOKENS;

use crate::error::{Error, Result};
use crate::text::{LineIndex, Token};

/// Largest source file `check` accepts, in bytes (the bound is stated in the README).
/// Analysis takes about 35 bytes of memory per byte of article text, so this keeps one
/// source under 0.6 GB (benches/limits.sh); news articles are a thousand times smaller.
pub const MAX_SOURCE_BYTES: u64 = 16 * 1024 * 1024;

/// Largest file `factcheck extract` reads: it holds the text and one window's analysis
/// at a time (see [`Source::windows`]), not the whole file's.
pub const MAX_WINDOWED_SOURCE_BYTES: u64 = 1024 * 1024 * 1024;

/// Bytes of cleaned text `factcheck extract` analyses at a time: far more than any one
/// article (some 20,000 words), so an article is read whole, while an archive of them
/// costs the memory of one window. A window's tokens (about 1.5 MB) stay in a 2 MB
/// second-level cache: 256 KiB windows were 5% slower, with half again the page faults.
pub const WINDOW_BYTES: usize = 128 * 1024;

/// How a source file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Plain text, one paragraph per line or per blank-line block.
    Text,
    /// Markdown: markup is dropped, link text kept.
    Markdown,
    /// HTML: the article body is kept; scripts, navigation and comments are dropped.
    Html,
}

impl Format {
    /// The format a file name implies (`.md`, `.html`; anything else is text).
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown") => Format::Markdown,
            Some("html" | "htm" | "xhtml") => Format::Html,
            _ => Format::Text,
        }
    }
}

/// What part a sentence plays in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The title line.
    Title,
    /// Article text.
    Body,
    /// Page furniture (bylines, "Comments 0", links to translations): no facts.
    Boilerplate,
}

/// One sentence of a source, its span in the cleaned text and its tokens.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Position in the source, from 0.
    pub index: usize,
    /// Byte offset in the cleaned text.
    pub start: usize,
    /// Byte offset one past the end in the cleaned text.
    pub end: usize,
    /// Tokens with spans in the cleaned text.
    pub tokens: Vec<Token>,
    /// Title, body or boilerplate.
    pub role: Role,
    /// Index of the paragraph (block) the sentence stands in.
    pub paragraph: usize,
}

/// A loaded article.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as the user gave it (or an id for batch input).
    pub name: String,
    /// The file as it is on disk, decoded.
    raw: String,
    /// The text the engine reads: see [`Source::text`].
    cleaned: Cleaned,
    /// How the file is written.
    pub format: Format,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
    map: OffsetMap,
    lines: LineIndex,
}

/// Where the text the engine reads is kept.
#[derive(Debug, Clone)]
enum Cleaned {
    /// It is the file itself from this byte (past a byte-order mark): plain text is
    /// read as it is, and a copy of it was a second buffer the size of the input (a
    /// fifth of the page faults of `extract` on a 5 MB archive).
    Verbatim(usize),
    /// Markup was dropped: the text is a new string.
    Rewritten(String),
}

impl Cleaned {
    /// The text the engine reads, given the file's.
    fn text<'a>(&'a self, raw: &'a str) -> &'a str {
        match self {
            Cleaned::Verbatim(from) => &raw[*from..],
            Cleaned::Rewritten(text) => text,
        }
    }
}

/// Location of a span in the file on disk.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Byte offset of the start in the file.
    pub start: usize,
    /// Byte offset one past the end in the file.
    pub end: usize,
}

impl Source {
    /// Reads, decodes and analyses a file; the format follows its extension.
    pub fn load(path: &Path, shown_as: &str) -> Result<Source> {
        let raw = read_article(path, shown_as, MAX_SOURCE_BYTES)?;
        Ok(Source::from_text(shown_as, raw, Format::from_path(path)))
    }

    /// Analyses text already in memory.
    pub fn from_text(name: &str, raw: String, format: Format) -> Source {
        let mut source = Source::unsplit(name, raw, format);
        source.split_window(0..source.text().len(), true);
        source
    }

    /// Reads and decodes a file of up to [`MAX_WINDOWED_SOURCE_BYTES`] and cleans it, but
    /// does not split it into sentences: it is read window by window (see
    /// [`Source::windows`] and [`Source::split_window`]), so only one window's tokens
    /// are held at a time.
    pub fn load_unsplit(path: &Path, shown_as: &str) -> Result<Source> {
        let raw = read_article(path, shown_as, MAX_WINDOWED_SOURCE_BYTES)?;
        Ok(Source::unsplit(shown_as, raw, Format::from_path(path)))
    }

    /// Cleans text already in memory without splitting it into sentences.
    pub fn unsplit(name: &str, raw: String, format: Format) -> Source {
        let (cleaned, map) = match format {
            Format::Text => {
                let (from, map) = clean::plain(&raw);
                (Cleaned::Verbatim(from), map)
            }
            Format::Markdown => {
                let (text, map) = clean::markdown(&raw);
                (Cleaned::Rewritten(text), map)
            }
            Format::Html => {
                let (text, map) = clean::html(&raw);
                (Cleaned::Rewritten(text), map)
            }
        };
        let lines = LineIndex::new(&raw);
        Source {
            name: name.to_string(),
            raw,
            cleaned,
            format,
            sentences: Vec::new(),
            map,
            lines,
        }
    }

    /// The file as it is on disk, decoded.
    ///
    /// ```
    /// use factcheck::source::{Format, Source};
    /// let src = Source::from_text("a.md", "## Talks\n\nRussia *vetoed* it.".into(), Format::Markdown);
    /// assert_eq!(src.raw(), "## Talks\n\nRussia *vetoed* it.");
    /// ```
    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// The text the engine reads: markup dropped, and for plain text the file itself
    /// (past a byte-order mark). Every span of a sentence, token or fact is a byte
    /// range of it.
    ///
    /// ```
    /// use factcheck::source::{Format, Source};
    /// let src = Source::from_text("a.md", "## Talks\n\nRussia *vetoed* it.".into(), Format::Markdown);
    /// assert_eq!(src.text(), "Talks\n\nRussia vetoed it.\n");
    /// let plain = Source::from_text("a.txt", "\u{feff}Russia vetoed it.".into(), Format::Text);
    /// assert_eq!(plain.text(), "Russia vetoed it.");
    /// ```
    pub fn text(&self) -> &str {
        self.cleaned.text(&self.raw)
    }

    /// Ranges of the cleaned text of at most `max` bytes each (where a cut can be found),
    /// together covering it: cut after a blank line, or else after a line break, a stop
    /// and a space, or a space. A text of at most `max` bytes is one window.
    ///
    /// ```
    /// use factcheck::source::{Format, Source};
    /// let src = Source::unsplit("a.txt", "One.\n\nTwo.\n\nThree.".into(), Format::Text);
    /// assert_eq!(src.windows(12), [0..12, 12..18]);
    /// assert_eq!(src.windows(100), [0..18]);
    /// ```
    pub fn windows(&self, max: usize) -> Vec<std::ops::Range<usize>> {
        let text = self.text();
        let mut out = Vec::new();
        let mut start = 0;
        while text.len() - start > max.max(1) {
            let mut limit = start + max.max(1);
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let cut = last_cut(&text.as_bytes()[start..limit])
                .map(|i| start + i)
                .filter(|&cut| cut > start)
                .unwrap_or(limit.max(start + 1));
            let mut cut = cut;
            while !text.is_char_boundary(cut) {
                cut += 1;
            }
            out.push(start..cut);
            start = cut;
        }
        if start < text.len() || out.is_empty() {
            out.push(start..text.len());
        }
        out
    }

    /// Splits one window of the cleaned text into sentences, replacing those of the
    /// previous window; only the `first` window may open with a title.
    pub fn split_window(&mut self, range: std::ops::Range<usize>, first: bool) {
        self.sentences = segment::sentences_in(self.text(), range);
        self.mark_roles(first);
    }

    /// The cleaned text of a sentence.
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        &self.text()[sentence.start..sentence.end]
    }

    /// The cleaned text of a token.
    pub fn token_text(&self, token: &Token) -> &str {
        &self.text()[token.start..token.end]
    }

    /// Where a span of the cleaned text lies in the file on disk.
    pub fn locate(&self, start: usize, end: usize) -> Location {
        let (raw_start, raw_end) = self.map.to_raw(start, end);
        let (line, column) = self.lines.line_col(&self.raw, raw_start);
        Location {
            line,
            column,
            start: raw_start,
            end: raw_end,
        }
    }

    /// The span in the file on disk of a span of the cleaned text: [`Source::locate`]
    /// without the line and column, which cost most of it.
    pub fn raw_span(&self, start: usize, end: usize) -> (usize, usize) {
        self.map.to_raw(start, end)
    }

    /// The file's bytes for a span of the cleaned text.
    pub fn raw_slice(&self, start: usize, end: usize) -> &str {
        let (s, e) = self.raw_span(start, end);
        self.raw.get(s..e).unwrap_or("")
    }

    /// The whole line of the file on disk holding byte `raw_offset`, and its start.
    pub fn raw_line(&self, line: usize) -> (usize, &str) {
        let start = self.lines.line_start(line);
        let end = self.raw[start..]
            .find('\n')
            .map_or(self.raw.len(), |i| start + i);
        (start, self.raw[start..end].trim_end_matches('\r'))
    }

    /// Sentences that carry article text (title and body).
    pub fn content_sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.sentences
            .iter()
            .filter(|s| s.role != Role::Boilerplate)
    }

    fn mark_roles(&mut self, may_have_title: bool) {
        let first_paragraph = self
            .sentences
            .iter()
            .find(|s| !is_boilerplate(&self.text()[s.start..s.end]))
            .map(|s| s.paragraph)
            .filter(|_| may_have_title);
        let paragraph_count = self
            .sentences
            .iter()
            .map(|s| s.paragraph)
            .max()
            .unwrap_or(0)
            + 1;
        let full = self.cleaned.text(&self.raw);
        for s in &mut self.sentences {
            let text = &full[s.start..s.end];
            s.role = if is_boilerplate(text) {
                Role::Boilerplate
            } else if Some(s.paragraph) == first_paragraph
                && paragraph_count > 1
                && looks_like_title(text)
            {
                Role::Title
            } else {
                Role::Body
            };
        }
        for (index, s) in self.sentences.iter_mut().enumerate() {
            s.index = index;
        }
    }
}

/// Where a window ending at the end of `part` is best cut (the offset just past the
/// separator): after its last blank line, else its last line break, else its last ". ",
/// else its last space. Line breaks are found by `memrchr`, one jump each: a substring
/// search for a blank line read the whole window twice when its text is on one line.
fn last_cut(part: &[u8]) -> Option<usize> {
    let mut breaks = memchr::memrchr_iter(b'\n', part).peekable();
    let last_break = breaks.peek().copied();
    breaks
        .find(|&i| i > 0 && part[i - 1] == b'\n')
        .or(last_break)
        .map(|i| i + 1)
        .or_else(|| memchr::memmem::rfind(part, b". ").map(|i| i + 2))
        .or_else(|| memchr::memrchr(b' ', part).map(|i| i + 1))
}

/// A title has no closing full stop and is short.
fn looks_like_title(text: &str) -> bool {
    let trimmed = text.trim_end();
    let words = trimmed.split_whitespace().count();
    words <= 25 && !trimmed.ends_with(['.', '?', '!', '"', '”', ':'])
}

/// One boilerplate pattern of `src/lexicon/boilerplate.txt`, compiled on first need.
struct Pattern {
    source: &'static str,
    /// What every line the pattern matches starts (or ends) with; a line that does not
    /// cannot match, and the regex is neither run nor compiled for it. `None` when the
    /// pattern gives no such finite set: every line is tried.
    filter: Option<Literals>,
    regex: OnceLock<Option<Regex>>,
    /// The same regex for ASCII lines (most lines), with its classes cut to ASCII: it
    /// matches an ASCII line exactly when [`Pattern::regex`] does (a match of an ASCII
    /// line steps through ASCII characters only), and the byline pattern's Unicode
    /// letter classes, which made it the most costly thing a short run built, shrink
    /// to a few ranges.
    ascii: OnceLock<Option<Regex>>,
}

/// Literals one of which every match starts with (a pattern anchored with `^`) or ends
/// with (anchored with `$`), sorted, and their distinct lengths.
struct Literals {
    literals: Vec<Vec<u8>>,
    lengths: Vec<usize>,
    at_end: bool,
    /// The first (or, `at_end`, last) two bytes of every literal, one bit per pair; `None`
    /// when a literal is shorter than two bytes. Most lines are refused by this one bit.
    pairs: Option<Box<[u64; 1024]>>,
}

/// The bit of a two-byte pair in [`Literals::pairs`].
fn pair_bit(pair: &[u8]) -> (usize, u64) {
    let key = usize::from(pair[0]) << 8 | usize::from(pair[1]);
    (key / 64, 1 << (key % 64))
}

impl Literals {
    fn new(mut literals: Vec<Vec<u8>>, at_end: bool) -> Literals {
        literals.sort();
        literals.dedup();
        let mut lengths: Vec<usize> = literals.iter().map(Vec::len).collect();
        lengths.sort_unstable();
        lengths.dedup();
        let pairs = literals.iter().all(|l| l.len() >= 2).then(|| {
            let mut bits = Box::new([0u64; 1024]);
            for l in &literals {
                let pair = if at_end { &l[l.len() - 2..] } else { &l[..2] };
                let (word, bit) = pair_bit(pair);
                bits[word] |= bit;
            }
            bits
        });
        Literals {
            literals,
            lengths,
            at_end,
            pairs,
        }
    }

    fn admits(&self, line: &str) -> bool {
        let bytes = line.as_bytes();
        if let Some(pairs) = &self.pairs {
            let pair = if self.at_end {
                bytes.len().checked_sub(2).map(|from| &bytes[from..])
            } else {
                bytes.get(..2)
            };
            let Some(pair) = pair else {
                return false;
            };
            let (word, bit) = pair_bit(pair);
            if pairs[word] & bit == 0 {
                return false;
            }
        }
        self.lengths.iter().any(|&n| {
            let part = if self.at_end {
                bytes.len().checked_sub(n).map(|from| &bytes[from..])
            } else {
                bytes.get(..n)
            };
            part.is_some_and(|part| self.literals.binary_search_by(|l| l[..].cmp(part)).is_ok())
        })
    }
}

impl Pattern {
    fn new(&(source, literals): &PatternLiterals) -> Pattern {
        Pattern {
            source,
            filter: literals.map(|(ranges, at_end)| {
                let bytes = BOILERPLATE_LITERALS.0;
                let literals = ranges
                    .iter()
                    .filter_map(|&[start, end]| bytes.get(start as usize..end as usize))
                    .map(<[u8]>::to_vec)
                    .collect();
                Literals::new(literals, at_end)
            }),
            regex: OnceLock::new(),
            ascii: OnceLock::new(),
        }
    }

    fn is_match(&self, line: &str) -> bool {
        if self.filter.as_ref().is_some_and(|f| !f.admits(line)) {
            return false;
        }
        // A pattern that does not compile is skipped, as it always was.
        let regex = if line.is_ascii() {
            self.ascii.get_or_init(|| compile_ascii(self.source))
        } else {
            self.regex.get_or_init(|| compile(self.source))
        };
        regex.as_ref().is_some_and(|re| re.is_match(line))
    }
}

/// Compiles a pattern with the syntax and semantics of `regex::Regex::new`, but only the
/// engine a yes/no answer on a short line needs (the PikeVM, no captures): the
/// byline pattern's Unicode classes, repeated, cost half as much to build.
fn compile(pattern: &str) -> Option<Regex> {
    builder().build(pattern).ok()
}

/// [`compile`] for ASCII lines only (see [`Pattern::ascii`]).
fn compile_ascii(pattern: &str) -> Option<Regex> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    builder().build_from_hir(&ascii_only(&hir)).ok()
}

/// The builder of [`compile`]: the PikeVM only, no captures.
fn builder() -> regex_automata::meta::Builder {
    use regex_automata::meta::Config;
    use regex_automata::nfa::thompson::WhichCaptures;
    let config = Config::new()
        .which_captures(WhichCaptures::None)
        .hybrid(false)
        .dfa(false)
        .onepass(false)
        .backtrack(false);
    let mut builder = Regex::builder();
    builder.configure(config);
    builder
}

/// `hir` with every character class cut to its ASCII part.
fn ascii_only(hir: &regex_syntax::hir::Hir) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{
        Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
        Repetition,
    };
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let mut class = class.clone();
            class.intersect(&ClassUnicode::new([ClassUnicodeRange::new('\0', '\x7f')]));
            Hir::class(Class::Unicode(class))
        }
        HirKind::Class(Class::Bytes(class)) => {
            let mut class = class.clone();
            class.intersect(&ClassBytes::new([ClassBytesRange::new(0, 0x7f)]));
            Hir::class(Class::Bytes(class))
        }
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            min: r.min,
            max: r.max,
            greedy: r.greedy,
            sub: Box::new(ascii_only(&r.sub)),
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            index: c.index,
            name: c.name.clone(),
            sub: Box::new(ascii_only(&c.sub)),
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(ascii_only).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(ascii_only).collect()),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Look(_) => hir.clone(),
    }
}

/// A pattern of `src/lexicon/boilerplate.txt` with the literals one of which starts
/// (`false`) or ends (`true`) every match, as byte ranges of [`BOILERPLATE_LITERALS`]'
/// bytes.
type PatternLiterals = (&'static str, Option<(&'static [[u32; 2]], bool)>);

/// The bytes of all the literals, and the patterns in order: build.rs extracts the
/// literals with `regex_syntax` when the crate is built (ranges, not a slice a literal:
/// a table of pointers is relocated when the program starts).
static BOILERPLATE_LITERALS: (&[u8], &[PatternLiterals]) =
    include!(concat!(env!("OUT_DIR"), "/boilerplate_literals.rs"));

fn boilerplate_patterns() -> &'static [Pattern] {
    static PATTERNS: OnceLock<Vec<Pattern>> = OnceLock::new();
    PATTERNS.get_or_init(|| BOILERPLATE_LITERALS.1.iter().map(Pattern::new).collect())
}

/// Page furniture: a known pattern, or a line mostly in another script than the
/// article's (a link to a translation).
pub fn is_boilerplate(text: &str) -> bool {
    let line = text.trim();
    if boilerplate_patterns().iter().any(|p| p.is_match(line)) {
        return true;
    }
    if line.is_ascii() {
        return false;
    }
    let (mut letters, mut latin) = (0usize, 0usize);
    for c in line.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c) {
            latin += 1;
        }
    }
    letters > 0 && latin * 2 < letters
}

/// The decoded text of a source file of at most `limit` bytes that is not blank.
fn read_article(path: &Path, shown_as: &str, limit: u64) -> Result<String> {
    let raw = decode(read_limited(path, shown_as, limit)?, shown_as)?;
    if raw.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(Error::input(
            shown_as,
            "the source is empty",
            "check that the path names the article, and that the file was saved",
        ));
    }
    Ok(raw)
}

fn read_limited(path: &Path, shown_as: &str, limit: u64) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| {
        Error::io(
            shown_as,
            &e,
            "check the path; it is relative to the claim file",
        )
    })?;
    if meta.is_dir() {
        return Err(Error::input(
            shown_as,
            "is a directory, not a file",
            "name a text, Markdown or HTML file",
        ));
    }
    if meta.len() > limit {
        return Err(Error::input(
            shown_as,
            format!("the file is {} bytes; the limit is {limit}", meta.len()),
            "split the file, or check that it is the file you meant",
        ));
    }
    std::fs::read(path).map_err(|e| Error::io(shown_as, &e, "check the file's permissions"))
}

/// Decodes UTF-8, naming the byte offset of the first invalid byte, and refuses binary
/// files (a NUL byte); a BOM stays in `raw` (cleaning skips it, so offsets still match
/// the disk).
pub fn decode(bytes: Vec<u8>, shown_as: &str) -> Result<String> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..offset]);
        let index = LineIndex::new(&text);
        let (line, col) = index.line_col(&text, text.len());
        Error::at(
            shown_as,
            line,
            col,
            format!("not valid UTF-8 (first bad byte at byte offset {offset})"),
            "save the file as UTF-8 text",
        )
    })?;
    // Text never holds NUL; a file that does is binary (an image, a PDF, a word
    // processor's file) even when its bytes happen to be valid UTF-8.
    if let Some(offset) = text.find('\0') {
        let (line, col) = LineIndex::new(&text).line_col(&text, offset);
        return Err(Error::at(
            shown_as,
            line,
            col,
            format!("looks like a binary file (NUL byte at byte offset {offset})"),
            "name a text, Markdown or HTML file saved as UTF-8",
        ));
    }
    Ok(text)
}

/// Reads a small text file (a claim file) with a size limit and UTF-8 check.
pub fn read_text(path: &Path, shown_as: &str, limit: u64) -> Result<String> {
    decode(read_limited(path, shown_as, limit)?, shown_as)
}

#[cfg(test)]
mod tests;
