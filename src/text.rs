//! Tokens with byte spans: the one tokenizer that sources and claims share, so both
//! sides of a comparison are cut the same way.
//!
//! ```
//! use factcheck::text::tokenize;
//! let tokens = tokenize("Russia won't back the U.N. draft.", 0);
//! let norms: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
//! assert_eq!(norms, ["russia", "will", "not", "back", "the", "u.n.", "draft", "."]);
//! ```

use std::sync::OnceLock;

pub use crate::intern::Atom;
use crate::lexicon::{Lexicon, Modality, WordClass};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes or dots ("O'Brien", "U.N.").
    Word,
    /// Digits with inner separators ("5,400", "7.8", "11½").
    Number,
    /// A currency or percent sign.
    Symbol,
    /// Anything else that is not space.
    Punct,
}

/// One token of a text, with its byte span in that text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Lower-case form with typographic apostrophes folded ("won't" → "will" + "not").
    pub norm: Atom,
    /// Snowball stem of `norm`, or the lemma of an irregular form.
    pub stem: Atom,
    /// Token class.
    pub kind: TokenKind,
    /// Whether the original starts with an upper-case letter.
    pub capitalized: bool,
    /// The lexicon classes of `norm` and `stem`, looked up once per surface form (a
    /// function of the two, so not part of equality).
    pub(crate) class: WordClass,
}

impl PartialEq for Token {
    fn eq(&self, other: &Token) -> bool {
        (
            self.start,
            self.end,
            self.norm,
            self.stem,
            self.kind,
            self.capitalized,
        ) == (
            other.start,
            other.end,
            other.norm,
            other.stem,
            other.kind,
            other.capitalized,
        )
    }
}

/// A lexicon test of a token: the class bit when the tokenizer looked it up, else the
/// lexicon itself (same answer).
macro_rules! class_test {
    ($(#[$doc:meta])* $name:ident, $bit:ident, |$lex:ident, $t:ident| $slow:expr) => {
        $(#[$doc])*
        #[inline]
        pub(crate) fn $name(&self) -> bool {
            if self.class.is_known() {
                self.class.has(WordClass::$bit)
            } else {
                let ($lex, $t) = (Lexicon::get(), self);
                $slow
            }
        }
    };
}

impl Token {
    /// Whether this is a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    class_test!(
        /// [`Lexicon::is_stopword`] of the norm.
        is_stopword, STOPWORD, |lex, t| lex.is_stopword(&t.norm)
    );
    class_test!(
        /// [`Lexicon::may_start_time`] of the norm.
        may_start_time, TIME_START, |lex, t| lex.may_start_time(&t.norm)
    );
    class_test!(
        /// [`Lexicon::may_start_quantity`] of the norm.
        may_start_quantity, QUANTITY_START, |lex, t| lex.may_start_quantity(&t.norm)
    );
    class_test!(
        /// Whether some title may start with the norm (else only empty titles match).
        may_start_title, TITLE_START, |_lex, _t| true
    );
    class_test!(
        /// [`Lexicon::is_negation`] of the norm.
        is_negation, NEGATION, |lex, t| lex.is_negation(&t.norm)
    );
    class_test!(
        /// [`Lexicon::is_negating_verb`] of the stem.
        is_negating_verb, NEGATING_VERB, |lex, t| lex.is_negating_verb(&t.stem)
    );
    class_test!(
        /// [`Lexicon::is_reporting_verb`] of the stem.
        is_reporting_verb, REPORTING_VERB, |lex, t| lex.is_reporting_verb(&t.stem)
    );
    class_test!(
        /// [`Lexicon::is_role`] of the norm.
        is_role, ROLE, |lex, t| lex.is_role(&t.norm)
    );
    class_test!(
        /// [`Lexicon::starts_antonym_phrase`] of the stem.
        starts_antonym_phrase, ANTONYM_PHRASE_START, |lex, t| lex.starts_antonym_phrase(&t.stem)
    );

    /// [`Lexicon::modality`] of the norm.
    #[inline]
    pub(crate) fn modality(&self) -> Option<Modality> {
        if self.class.is_known() && !self.class.has(WordClass::MODALITY) {
            return None;
        }
        Lexicon::get().modality(&self.norm)
    }

    /// [`Lexicon::entity_key_lengths`] of the norm.
    #[inline]
    pub(crate) fn entity_key_lengths(&self) -> u8 {
        if self.class.is_known() {
            self.class.entity_key_lengths()
        } else {
            Lexicon::get().entity_key_lengths(&self.norm)
        }
    }
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

fn irregular() -> &'static HashMap<String, String> {
    static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        include_str!("lexicon/irregular.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(' '))
            .map(|(a, b)| (a.to_string(), b.trim().to_string()))
            .collect()
    })
}

/// Whether a lower-case word is an irregular verb form of `irregular.txt` ("won", "beat").
pub fn is_irregular_form(word: &str) -> bool {
    irregular().contains_key(word)
}

/// The stem a lower-case word is compared by: irregular forms go to their lemma first.
///
/// ```
/// assert_eq!(factcheck::text::stem("killed"), factcheck::text::stem("killing"));
/// assert_eq!(factcheck::text::stem("fell"), factcheck::text::stem("falls"));
/// ```
pub fn stem(word: &str) -> String {
    MEMO.with(|memo| {
        memo.borrow_mut()
            .forms(word, (0, word.len()), TokenKind::Word)
    })
    .stem
    .as_str()
    .to_string()
}

/// Distinct surface forms a thread remembers before it starts over.
const MEMO_LIMIT: usize = 1 << 20;

/// The normal forms, stems and word classes of the surfaces a thread has tokenized, by
/// token kind: news repeats its words, so most tokens cost one lookup instead of
/// lower-casing, interning, stemming and a lookup in each word list.
struct Memo {
    /// Surfaces of up to [`SHORT`] bytes (nearly all of them), by [`short_key`]: an
    /// integer hashes in two multiplications and compares in two, where a string key
    /// was hashed byte by byte and compared with a call to `memcmp` (together most of
    /// what a lookup cost).
    short: HashMap<u128, Forms>,
    /// Longer surfaces, by token kind.
    forms: [HashMap<Box<str>, Forms>; 4],
    /// The stem of each normal form stemmed so far: "The" and "the", "Police" and
    /// "police" are two surfaces with one norm, and Snowball stemming is most of what a
    /// new surface costs.
    stems: HashMap<Atom, Atom>,
}

/// Distinct surfaces (and norms) a memo has room for from the start: the lexicons'
/// words and those of a short article. Grown from empty, the tables were rehashed
/// ten times over in every process. 3,584 fills a table of 4,096 buckets to the
/// 7/8 hashbrown allows; 4,096 took one of 8,192, whose pages cost a short run
/// some 80 page faults more.
const MEMO_START: usize = 3_584;

impl Default for Memo {
    fn default() -> Memo {
        Memo {
            short: HashMap::with_capacity_and_hasher(MEMO_START, Default::default()),
            forms: Default::default(),
            stems: HashMap::with_capacity_and_hasher(MEMO_START, Default::default()),
        }
    }
}

/// What [`Memo`] remembers of a surface form.
#[derive(Clone, Copy)]
struct Forms {
    norm: Atom,
    stem: Atom,
    class: WordClass,
}

thread_local! {
    static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::default());
}

impl Memo {
    /// Inlined into the tokenizer: nearly every token is a hit, and called, the lookup
    /// paid for saving the registers [`Memo::learn`] uses (`#[inline]` alone was not
    /// taken).
    #[inline(always)]
    fn forms(&mut self, text: &str, span: (usize, usize), kind: TokenKind) -> Forms {
        let key = short_key(text.as_bytes(), span, kind);
        let hit = match key {
            Some(key) => self.short.get_mut(&key),
            None => self.forms[kind as usize].get_mut(&text[span.0..span.1]),
        };
        if let Some(hit) = hit {
            if !hit.class.is_known()
                && let Some(lex) = Lexicon::ready()
            {
                hit.class = lex.classify(&hit.norm, &hit.stem);
            }
            return *hit;
        }
        self.learn(&text[span.0..span.1], key, kind)
    }

    /// [`Memo::forms`] of a surface not seen before (its [`short_key`], if it has one):
    /// made and remembered.
    #[inline(never)]
    fn learn(&mut self, surface: &str, key: Option<u128>, kind: TokenKind) -> Forms {
        if self.short.len() >= MEMO_LIMIT {
            self.short.clear();
        }
        if self.forms[kind as usize].len() >= MEMO_LIMIT {
            self.forms[kind as usize].clear();
        }
        if self.stems.len() >= MEMO_LIMIT {
            self.stems.clear();
        }
        let norm = normalize(surface, kind);
        let stem = if kind == TokenKind::Word {
            *self
                .stems
                .entry(norm)
                .or_insert_with(|| stem_uncached(norm))
        } else {
            norm
        };
        // While the lexicons are parsed (they tokenize their phrases) the classes stay
        // unknown, and are looked up on a later hit.
        let class =
            Lexicon::ready().map_or_else(WordClass::default, |lex| lex.classify(&norm, &stem));
        let forms = Forms { norm, stem, class };
        match key {
            Some(key) => self.short.insert(key, forms),
            None => self.forms[kind as usize].insert(surface.into(), forms),
        };
        forms
    }
}

/// Longest surface (in bytes) a [`short_key`] holds.
const SHORT: usize = 15;

/// The bytes `span` of `text`, if at most [`SHORT`], as one integer with the token kind
/// and the length in its top byte: equal keys are equal surfaces of one kind.
#[inline(always)]
fn short_key(text: &[u8], (start, end): (usize, usize), kind: TokenKind) -> Option<u128> {
    let len = end - start;
    if len > SHORT {
        return None;
    }
    // Sixteen bytes read at once and the ones past the surface masked off; the last
    // few surfaces of a text are copied out instead.
    let bytes = text.get(start..start + 16).map_or_else(
        || {
            let mut bytes = [0; 16];
            bytes[..len].copy_from_slice(&text[start..end]);
            bytes
        },
        |b| <[u8; 16]>::try_from(b).unwrap_or_default(),
    );
    let surface = u128::from_le_bytes(bytes) & ((1 << (8 * len)) - 1);
    let tag = (len as u128) | (kind as u128) << 4;
    Some(surface | tag << 120)
}

/// The stem of a norm; the norm's own atom (no lookup in the atom tables) when the
/// stemmer leaves it as it is, as it does a good part of the words.
fn stem_uncached(norm: Atom) -> Atom {
    let word = norm.as_str();
    let atom = |stem: &str| if stem == word { norm } else { Atom::new(stem) };
    // Norms are lower-case already: copy only the rare word that is not.
    let lower: std::borrow::Cow<str> = if is_lower_ascii(word) {
        word.into()
    } else {
        word.to_lowercase().into()
    };
    let base = irregular()
        .get(lower.as_ref())
        .map(String::as_str)
        .unwrap_or(&lower);
    if stems_to_itself(base) {
        return atom(base);
    }
    // Only while the lexicons are parsed: the memo has their words after that, and a
    // text's other words would only miss (a binary search of the table, as it first
    // was, cost more time in mispredicted branches than it saved).
    if Lexicon::ready().is_none()
        && let Some(stem) = lexicon_stem(base)
    {
        return atom(stem);
    }
    atom(&stemmer().stem(base))
}

/// The Snowball stems of the lexicons' words: one text, the byte ranges in it of each
/// word (sorted) and its stem, and a hash table of the words (see [`lexicon_stem`]).
/// build.rs stems them with `rust_stemmers` when the crate is built, so parsing the
/// lexicons does not; ranges, not a `&str` a word, as a table of pointers is relocated
/// when the program starts, whatever it runs.
static LEXICON_STEMS: (&str, &[[u32; 4]], &[u16]) =
    include!(concat!(env!("OUT_DIR"), "/lexicon_stems.rs"));

/// Entry `i` of [`LEXICON_STEMS`]: a word and its stem.
fn lexicon_entry(i: usize) -> Option<(&'static str, &'static str)> {
    let (text, ranges, _) = LEXICON_STEMS;
    let [word_start, word_end, stem_start, stem_end] = ranges.get(i)?.map(|n| n as usize);
    Some((
        text.get(word_start..word_end)?,
        text.get(stem_start..stem_end)?,
    ))
}

/// The stem of a lexicon word from [`LEXICON_STEMS`]: the slot of its FNV-1a hash
/// (the function build.rs placed the words with), or the next ones. A binary search
/// of the two thousand words cost five times as much.
fn lexicon_stem(word: &str) -> Option<&'static str> {
    let (_, _, slots) = LEXICON_STEMS;
    let mask = slots.len() - 1;
    let hash = word.bytes().fold(0xcbf2_9ce4_8422_2325, |hash: u64, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    let mut slot = hash as usize & mask;
    loop {
        // An empty slot (`u16::MAX`) indexes no entry: the word is not there.
        let (known, stem) = lexicon_entry(usize::from(slots[slot]))?;
        if known == word {
            return Some(stem);
        }
        slot = (slot + 1) & mask;
    }
}

/// Whether `word` is ASCII without capitals.
fn is_lower_ascii(word: &str) -> bool {
    word.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// Endings one of which ends every suffix a step of the Snowball English stemmer
/// (Porter2, as `rust_stemmers` implements it) looks for before it changes a word: the
/// suffixes of steps 1a to 5 and of exception2, each kept only by its shortest ending
/// in the list ("s" stands for "ies", "sses", "ness"; "ion" for "ation"; "iti" for
/// "aliti"), and "y" for step 1c. Every word of exception1 ends in one of them too.
const STEMMED_ENDINGS: [&str; 19] = [
    "'", "s", "e", "l", "y", "ed", "ing", "anci", "enci", "ogi", "li", "iti", "er", "ator", "ic",
    "ism", "ion", "ant", "ent",
];

/// Whether the Snowball English stemmer provably returns `word` unchanged, so a call
/// (some 3,400 instructions a word) can be saved: a word of up to two letters is never
/// stemmed, and a longer one only by a step whose suffix ends it, or by the prelude,
/// which drops a leading apostrophe and turns `y` into `Y` and back (only a word with
/// no capitals keeps that round trip exact; the `Y`s it leaves in the middle of a word
/// make no suffix match that the lower-case word did not).
fn stems_to_itself(word: &str) -> bool {
    is_lower_ascii(word)
        && (word.len() <= 2
            || !(word.starts_with('\'') || STEMMED_ENDINGS.iter().any(|e| word.ends_with(e))))
}

/// Lower-case normal forms of the words in a phrase, as the tokenizer cuts them.
pub fn normalize_words(phrase: &str) -> Vec<String> {
    tokenize(phrase, 0)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .map(|t| t.norm.as_str().to_string())
        .collect()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == '‘'
}

fn is_word_char(c: char) -> bool {
    // Nearly every character of news is ASCII: one range test, where the Unicode tests
    // below were a tenth of tokenizing (no ASCII character is a fraction or a mark).
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() && !is_vulgar_fraction(c) || is_mark(c)
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// Single-character fractions news writes after a whole number ("11½").
pub fn is_vulgar_fraction(c: char) -> bool {
    matches!(c, '½' | '¼' | '¾' | '⅓' | '⅔' | '⅛')
}

const CLITICS: [&str; 6] = ["s", "re", "ve", "ll", "d", "m"];

/// Splits `text` into tokens; spans are offset by `base`.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    // One borrow of the thread's memo for the whole text, not one per token.
    MEMO.with(|memo| tokenize_with(&mut memo.borrow_mut(), text, base))
}

fn tokenize_with(memo: &mut Memo, text: &str, base: usize) -> Vec<Token> {
    // One token per four bytes: sized for one per five, paragraphs of short words outgrew
    // it and were copied (924 times in the 5 MB benchmark input). The vector lives only
    // until its tokens are moved into sentences.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut chars: Vec<(usize, char)> = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = piece_end(text, start);
        let piece = &text[start..end];
        // Most pieces are ASCII: their characters are their bytes, and need no decoding
        // into a vector of (offset, char) first. A text is cut into pieces so that one
        // curly quote costs the decoding of its own piece only, not of its paragraph (or
        // of a whole window of text on one line).
        if piece.is_ascii() {
            tokenize_chars(
                memo,
                piece,
                &Ascii(piece.as_bytes()),
                base + start,
                &mut tokens,
            );
        } else {
            chars.clear();
            chars.extend(piece.char_indices());
            let decoded = Decoded(&chars, piece.len());
            tokenize_chars(memo, piece, &decoded, base + start, &mut tokens);
        }
        start = end;
    }
    join_spaced_ampersands(memo, text, base, &mut tokens);
    tokens
}

/// Whether a token is a letter or two of an abbreviation spelt out around " & ": one
/// letter ("a & e", as tokenised text writes "A&E"), or two in capitals ("AT & T").
fn ampersand_side(text: &str, base: usize, t: &Token) -> bool {
    let surface = &text[t.start - base..t.end - base];
    t.kind == TokenKind::Word
        && surface.chars().all(char::is_alphabetic)
        && match surface.chars().count() {
            1 => true,
            2 => surface.chars().all(char::is_uppercase),
            _ => false,
        }
}

/// "a & e", "R & D": an abbreviation written with spaces around its ampersand (as
/// tokenised text writes "A&E") made the one word the solid spelling is, so that no
/// letter of it reads as a word or a name of its own. Only single spaces, and only
/// letters on both sides ("Smith & Sons" stays three words).
fn join_spaced_ampersands(memo: &mut Memo, text: &str, base: usize, tokens: &mut Vec<Token>) {
    let joinable = |w: &[Token]| {
        w[1].kind == TokenKind::Punct
            && w[1].norm == "&"
            && w[1].start == w[0].end + 1
            && w[2].start == w[1].end + 1
            && ampersand_side(text, base, &w[0])
            && ampersand_side(text, base, &w[2])
    };
    // Most texts hold no ampersand: one byte search passes them by.
    if memchr::memchr(b'&', text.as_bytes()).is_none() || !tokens.windows(3).any(joinable) {
        return;
    }
    let mut joined = Vec::with_capacity(tokens.len());
    let mut k = 0;
    while k < tokens.len() {
        if k + 2 < tokens.len() && joinable(&tokens[k..k + 3]) {
            let (first, last) = (&tokens[k], &tokens[k + 2]);
            let word = format!(
                "{}&{}",
                &text[first.start - base..first.end - base],
                &text[last.start - base..last.end - base]
            );
            let forms = memo.forms(&word, (0, word.len()), TokenKind::Word);
            joined.push(Token {
                start: first.start,
                end: last.end,
                norm: forms.norm,
                stem: forms.stem,
                kind: TokenKind::Word,
                capitalized: first.capitalized,
                class: forms.class,
            });
            k += 3;
        } else {
            joined.push(tokens[k].clone());
            k += 1;
        }
    }
    *tokens = joined;
}

/// Bytes of text [`tokenize`] reads as one piece, at least (a piece ends at the first
/// space or line break after this many bytes).
const PIECE_BYTES: usize = 512;

/// The end of the piece of `text` from `start`: just past the first ASCII space or line
/// break [`PIECE_BYTES`] on, or the end of the text. No token holds a space, and none
/// looks past one, so the pieces tokenize as the whole text does; a space is never
/// part of a multi-byte character, so the cut is a character boundary.
fn piece_end(text: &str, start: usize) -> usize {
    let from = start + PIECE_BYTES;
    if from >= text.len() {
        return text.len();
    }
    text.as_bytes()[from..]
        .iter()
        .position(|&b| b == b' ' || b == b'\n')
        .map_or(text.len(), |i| from + i + 1)
}

/// The characters of a text by index, with their byte offsets: decoded ahead
/// ([`Decoded`]) or, for ASCII, its bytes ([`Ascii`]).
trait Chars {
    /// How many characters.
    fn len(&self) -> usize;
    /// The character at index `i` (`i < len`).
    fn at(&self, i: usize) -> char;
    /// The byte offset of character `i`, or the text's length at the end.
    fn offset(&self, i: usize) -> usize;
    /// The character at index `i`, if any.
    #[inline]
    fn get(&self, i: usize) -> Option<char> {
        (i < self.len()).then(|| self.at(i))
    }
    /// The index after the run of word characters from `i`.
    #[inline]
    fn word_end(&self, mut i: usize) -> usize {
        while i < self.len() && is_word_char(self.at(i)) {
            i += 1;
        }
        i
    }
    /// The index after the run of spaces and control characters from `i` (no token
    /// holds them).
    #[inline]
    fn space_end(&self, mut i: usize) -> usize {
        while i < self.len() && is_space(self.at(i)) {
            i += 1;
        }
        i
    }
}

/// Whether the tokenizer passes over a character: a space or a control character.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

/// Whether each byte of an ASCII text is a letter or digit ([`is_word_char`]): one load
/// per byte of a word.
static ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether each byte of an ASCII text is a space or a control character ([`is_space`]).
static ASCII_SPACE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_whitespace() || c == 0x0b || c.is_ascii_control();
        b += 1;
    }
    table
};

/// An ASCII text: character `i` is byte `i`.
struct Ascii<'a>(&'a [u8]);

impl Chars for Ascii<'_> {
    #[inline]
    fn len(&self) -> usize {
        self.0.len()
    }
    #[inline]
    fn at(&self, i: usize) -> char {
        char::from(self.0[i])
    }
    #[inline]
    fn offset(&self, i: usize) -> usize {
        i.min(self.0.len())
    }
    /// An ASCII word character is a letter or a digit: the bytes are tested as they
    /// are, without the widening to `char` and the Unicode branch of [`is_word_char`]
    /// (the run of a word's letters is most of what tokenizing reads).
    #[inline]
    fn word_end(&self, mut i: usize) -> usize {
        while let Some(&b) = self.0.get(i)
            && ASCII_WORD[usize::from(b)]
        {
            i += 1;
        }
        i
    }
    /// [`is_space`] of ASCII bytes, by table: the space before a token is tested once
    /// a byte, without the widening to `char`.
    #[inline]
    fn space_end(&self, mut i: usize) -> usize {
        while let Some(&b) = self.0.get(i)
            && ASCII_SPACE[usize::from(b)]
        {
            i += 1;
        }
        i
    }
}

/// Any text: its characters with their byte offsets, and its length in bytes.
struct Decoded<'a>(&'a [(usize, char)], usize);

impl Chars for Decoded<'_> {
    #[inline]
    fn len(&self) -> usize {
        self.0.len()
    }
    #[inline]
    fn at(&self, i: usize) -> char {
        self.0[i].1
    }
    #[inline]
    fn offset(&self, i: usize) -> usize {
        self.0.get(i).map_or(self.1, |c| c.0)
    }
}

/// Appends the tokens of `text` (its characters `chars`) to `tokens`, with spans offset
/// by `base`.
fn tokenize_chars<C: Chars>(
    memo: &mut Memo,
    text: &str,
    chars: &C,
    base: usize,
    tokens: &mut Vec<Token>,
) {
    let mut i = 0;
    loop {
        i = chars.space_end(i);
        if i >= chars.len() {
            break;
        }
        let (start, c) = (chars.offset(i), chars.at(i));
        let (end_idx, kind) = if c.is_ascii_digit() {
            (scan_number(chars, i), TokenKind::Number)
        } else if is_vulgar_fraction(c) {
            (i + 1, TokenKind::Number)
        } else if is_word_char(c) {
            let end = scan_word(chars, i);
            // "won't", "didn't": the clitic "n't" is its own token.
            if end > i + 1
                && chars.at(end - 1) == 'n'
                && chars.get(end).is_some_and(is_apostrophe)
                && chars.get(end + 1).is_some_and(|c| c == 't' || c == 'T')
                && !chars.get(end + 2).is_some_and(is_word_char)
            {
                (end - 1, TokenKind::Word)
            } else {
                (end, TokenKind::Word)
            }
        } else if is_apostrophe(c) {
            clitic_end(chars, i).map_or((i + 1, TokenKind::Punct), |e| (e, TokenKind::Word))
        } else if matches!(c, '$' | '£' | '€' | '¥' | '%' | '#') {
            (i + 1, TokenKind::Symbol)
        } else {
            (i + 1, TokenKind::Punct)
        };
        // "n't" after the split above, or written apart as in tokenised claims ("does n't").
        let (end_idx, kind) = if kind == TokenKind::Word
            && (c == 'n' || c == 'N')
            && end_idx == i + 1
            && chars.get(i + 1).is_some_and(is_apostrophe)
            && chars.get(i + 2).is_some_and(|c| c == 't' || c == 'T')
        {
            (i + 3, TokenKind::Word)
        } else {
            (end_idx, kind)
        };
        let end = chars.offset(end_idx);
        let forms = memo.forms(text, (start, end), kind);
        tokens.push(Token {
            start: base + start,
            end: base + end,
            norm: forms.norm,
            stem: forms.stem,
            kind,
            capitalized: c.is_uppercase(),
            class: forms.class,
        });
        i = end_idx;
    }
}

fn normalize(surface: &str, kind: TokenKind) -> Atom {
    // Most words are already lower-case ASCII: intern them without a copy.
    if surface
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return contraction(surface).unwrap_or_else(|| Atom::new(surface));
    }
    let lower: String = if surface.is_ascii() {
        surface.to_ascii_lowercase()
    } else {
        surface
            .chars()
            .map(|c| if is_apostrophe(c) { '\'' } else { c })
            .collect::<String>()
            .to_lowercase()
    };
    if kind != TokenKind::Word {
        return Atom::new(&lower);
    }
    contraction(&lower).unwrap_or_else(|| Atom::new(&lower))
}

/// The full word of a contracted form the tokenizer split off ("n't" → "not").
fn contraction(lower: &str) -> Option<Atom> {
    let full = match lower {
        "n't" => "not",
        "wo" => "will",
        "ca" => "can",
        "sha" => "shall",
        "'ll" => "will",
        "'re" => "are",
        "'ve" => "have",
        "'m" => "am",
        _ => return None,
    };
    Some(Atom::new(full))
}

/// End (char index) of a clitic starting with an apostrophe at `i` ("'s", "'re").
fn clitic_end<C: Chars>(chars: &C, i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < chars.len() && chars.at(j).is_alphabetic() {
        j += 1;
    }
    // The clitics are at most two letters: a longer run is none of them.
    if j - (i + 1) > 2 {
        return None;
    }
    let mut word = [0u8; 8];
    let mut len = 0;
    for k in i + 1..j {
        let c = chars.at(k).to_ascii_lowercase();
        if !c.is_ascii() {
            return None;
        }
        word[len] = c as u8;
        len += 1;
    }
    let word = std::str::from_utf8(&word[..len]).ok()?;
    CLITICS.contains(&word).then_some(j)
}

fn scan_number<C: Chars>(chars: &C, mut i: usize) -> usize {
    while i < chars.len() {
        let c = chars.at(i);
        let next_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_ascii_digit() || ((c == ',' || c == '.') && next_digit) {
            i += 1;
        } else if is_vulgar_fraction(c) {
            return i + 1;
        } else {
            break;
        }
    }
    i
}

/// Most letters on either side of an ampersand that joins an abbreviation ("A&E",
/// "AT&T").
const AMPERSAND_SIDE: usize = 3;

/// Whether the characters `from..to` are one to [`AMPERSAND_SIDE`] letters.
fn short_letters<C: Chars>(chars: &C, from: usize, to: usize) -> bool {
    (1..=AMPERSAND_SIDE).contains(&(to - from)) && (from..to).all(|k| chars.at(k).is_alphabetic())
}

fn scan_word<C: Chars>(chars: &C, start: usize) -> usize {
    let i = chars.word_end(start);
    // Abbreviations joined by an ampersand are one word: "A&E", "R&D", "AT&T" (not
    // "E" after a letter "A" of no meaning).
    if chars.get(i) == Some('&') && short_letters(chars, start, i) {
        let j = chars.word_end(i + 1);
        if short_letters(chars, i + 1, j) {
            return j;
        }
    }
    // Acronyms with stops: "U.N.", "U.S.A.", "a.m.".
    if i == start + 1 && chars.get(i) == Some('.') {
        let mut j = i;
        let mut letters = 1;
        while j + 1 < chars.len()
            && chars.at(j) == '.'
            && chars.at(j + 1).is_alphabetic()
            && !chars.get(j + 2).is_some_and(char::is_alphabetic)
        {
            j += 2;
            letters += 1;
        }
        if letters >= 2 {
            return if chars.get(j) == Some('.') { j + 1 } else { j };
        }
    }
    // Inner apostrophes that are not clitics: "O'Brien", "N'Djamena".
    if let Some(c) = chars.get(i)
        && is_apostrophe(c)
        && chars.get(i + 1).is_some_and(char::is_alphabetic)
        && clitic_end(chars, i).is_none()
        && !(chars.at(i - 1) == 'n' && chars.get(i + 1) == Some('t'))
    {
        return scan_word(chars, i + 1);
    }
    i
}

/// Line and column (both 1-based, column in characters) of byte offsets in a text.
///
/// ```
/// let index = factcheck::text::LineIndex::new("ab\ncd");
/// assert_eq!(index.line_col("ab\ncd", 4), (2, 2));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Length of the indexed text, and the number of characters before every
    /// `CHECKPOINT`-th byte: columns in long lines are counted from the nearest
    /// checkpoint, not from the line start (a whole article on one line would otherwise
    /// cost its length for every fact).
    len: usize,
    chars_before: Vec<usize>,
}

/// Bytes between two character-count checkpoints of a [`LineIndex`].
const CHECKPOINT: usize = 256;

/// Characters that start in `bytes` (UTF-8 continuation bytes start none).
fn chars_in(bytes: &[u8]) -> usize {
    // Eight bytes at a time (the line index counts every byte of the file): a
    // continuation byte is 0b10xx_xxxx, its top bit set and the one below it clear.
    const TOP: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let words = bytes.chunks_exact(8);
    let tail = words.remainder();
    let continuation: u64 = words
        .map(|w| {
            let x = u64::from_le_bytes(<[u8; 8]>::try_from(w).unwrap_or_default());
            // One bit a continuation byte, at the bottom of its byte; the product sums
            // the eight bytes into the top one.
            ((x & !(x << 1) & TOP) >> 7).wrapping_mul(ONES) >> 56
        })
        .sum();
    let tail_chars = tail.iter().filter(|&&b| (b as i8) >= -0x40).count();
    bytes.len() - tail.len() - usize::try_from(continuation).unwrap_or(0) + tail_chars
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut chars_before = vec![0];
        let mut total = 0;
        for block in text.as_bytes().chunks(CHECKPOINT) {
            total += chars_in(block);
            chars_before.push(total);
        }
        LineIndex {
            starts,
            len: text.len(),
            chars_before,
        }
    }

    /// Characters before byte `offset` (a character boundary) of the indexed text.
    fn chars_to(&self, text: &str, offset: usize) -> usize {
        let block = offset / CHECKPOINT;
        let from = block * CHECKPOINT;
        // A block with as many characters as bytes is ASCII: no need to count them.
        let ascii = self
            .chars_before
            .get(block + 1)
            .is_some_and(|&next| next - self.chars_before[block] == CHECKPOINT);
        self.chars_before[block]
            + if ascii {
                offset - from
            } else {
                chars_in(&text.as_bytes()[from..offset])
            }
    }

    /// 1-based line and character column of byte `offset` in `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let col = text.get(start..offset).map_or(1, |s| {
            if text.len() == self.len {
                self.chars_to(text, offset) - self.chars_to(text, start) + 1
            } else {
                s.chars().count() + 1
            }
        });
        (line, col)
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line.saturating_sub(1).min(self.starts.len() - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize(text, 0)
            .into_iter()
            .map(|t| t.norm.as_str().to_string())
            .collect()
    }

    /// The tokens of `text` read as one decoded piece: what [`tokenize`] must give, cut
    /// into pieces and with ASCII pieces read byte by byte.
    fn tokenize_whole(text: &str) -> Vec<Token> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut tokens = Vec::new();
        MEMO.with(|memo| {
            let decoded = Decoded(&chars, text.len());
            let mut memo = memo.borrow_mut();
            tokenize_chars(&mut memo, text, &decoded, 7, &mut tokens);
            join_spaced_ampersands(&mut memo, text, 7, &mut tokens);
        });
        tokens
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 64,
            ..proptest::prelude::ProptestConfig::default()
        })]
        #[test]
        fn pieces_tokenize_as_the_whole_text(
            words in proptest::collection::vec(
                "[a-zA-Z]{1,9}|n't|'s|’s|O'Brien|U\\.S\\.|[0-9]{1,3}(,[0-9]{3})?|[.,;:!?\"“”‘’()-]|é[a-z]{0,3}|½|&|A&E",
                0..400,
            ),
            gaps in proptest::collection::vec("[ \n]{0,2}", 400),
        ) {
            let mut text = String::new();
            for (w, g) in words.iter().zip(&gaps) {
                text.push_str(w);
                text.push_str(g);
            }
            let whole = tokenize_whole(&text);
            let pieces = tokenize(&text, 7);
            proptest::prop_assert_eq!(pieces.len(), whole.len());
            for (a, b) in pieces.iter().zip(&whole) {
                proptest::prop_assert_eq!((a.start, a.end, a.kind), (b.start, b.end, b.kind));
                proptest::prop_assert_eq!((a.norm, a.stem, a.capitalized), (b.norm, b.stem, b.capitalized));
            }
        }
    }

    #[test]
    fn ascii_tables_agree_with_the_char_tests() {
        for b in 0..128u8 {
            let c = char::from(b);
            assert_eq!(ASCII_WORD[usize::from(b)], is_word_char(c), "{b}");
            assert_eq!(ASCII_SPACE[usize::from(b)], is_space(c), "{b}");
        }
    }

    #[test]
    fn clitics_split_the_same_way_in_prose_and_tokenised_claims() {
        assert_eq!(norms("he's"), norms("he 's"));
        assert_eq!(norms("didn't"), norms("did n't"));
        assert_eq!(norms("won't"), ["will", "not"]);
        assert_eq!(norms("can’t"), ["can", "not"]);
    }

    #[test]
    fn numbers_keep_separators_and_fractions() {
        assert_eq!(
            norms("5,400 and 7.8 and 11½"),
            ["5,400", "and", "7.8", "and", "11½"]
        );
        assert_eq!(norms("$4.5bn"), ["$", "4.5", "bn"]);
        assert_eq!(norms("64.3%"), ["64.3", "%"]);
    }

    #[test]
    fn acronyms_and_names_stay_whole() {
        assert_eq!(norms("the U.N. said"), ["the", "u.n.", "said"]);
        assert_eq!(norms("O'Brien"), ["o'brien"]);
        assert_eq!(norms("al-Assad"), ["al", "-", "assad"]);
    }

    #[test]
    fn abbreviations_with_an_ampersand_are_one_word() {
        assert_eq!(norms("the A&E unit"), ["the", "a&e", "unit"]);
        assert_eq!(
            norms("a hospital's a & e department"),
            norms("a hospital's A&E department")
        );
        assert_eq!(norms("R & D and AT & T"), ["r&d", "and", "at&t"]);
        assert_eq!(norms("AT&T"), ["at&t"]);
        // Words on either side stay words.
        assert_eq!(norms("Smith & Sons"), ["smith", "&", "sons"]);
        assert_eq!(norms("Marks&Spencer"), ["marks", "&", "spencer"]);
        assert_eq!(norms("at & on"), ["at", "&", "on"]);
        assert_eq!(norms("a  & e"), ["a", "&", "e"]);
        let text = "The A & E unit";
        let tokens = tokenize(text, 0);
        assert_eq!(&text[tokens[1].start..tokens[1].end], "A & E");
        assert!(tokens[1].capitalized);
    }

    #[test]
    fn spans_slice_the_input() {
        let text = "Über 5,400 “killed”";
        for t in tokenize(text, 0) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }

    #[test]
    fn columns_in_long_lines_count_characters() {
        let text = format!("{}\n{}x", "é".repeat(5000), "ab€".repeat(3000));
        let index = LineIndex::new(&text);
        for offset in [
            0,
            2,
            256,
            4096,
            8190,
            10_000,
            10_001,
            12_000,
            text.len() - 1,
            text.len(),
        ] {
            let start = text.as_bytes()[..offset]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let want = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
            assert_eq!(index.line_col(&text, offset).1, want, "offset {offset}");
        }
    }

    #[test]
    fn columns_count_characters_across_ascii_and_other_blocks() {
        let mut text = String::new();
        for i in 0..300 {
            text.push_str(&"word ".repeat(i % 70));
            if i % 7 == 0 {
                text.push_str("Zürich – “quoted” ");
            }
            text.push('\n');
        }
        let index = LineIndex::new(&text);
        for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let want = text[start..offset].chars().count() + 1;
            assert_eq!(index.line_col(&text, offset).1, want, "offset {offset}");
        }
    }

    #[test]
    fn chars_in_counts_the_characters_starting_in_any_bytes() {
        let text = "ab “Zürich” – 5½ km, 北京 and 🙂 again: naïve";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let want = bytes[start..end]
                    .iter()
                    .filter(|&&b| (b as i8) >= -0x40)
                    .count();
                assert_eq!(chars_in(&bytes[start..end]), want, "{start}..{end}");
            }
        }
    }

    #[test]
    fn line_index_counts_characters() {
        let text = "é\nab";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), (1, 1));
        assert_eq!(index.line_col(text, 2), (1, 2));
        assert_eq!(index.line_col(text, 4), (2, 2));
    }

    /// Lower-case words of the lexicons and of the repository's prose, with inflections
    /// and derivations made from each, and every string of up to four letters from an
    /// alphabet of the letters the stemmer's suffixes and vowels are made of.
    fn stemmer_test_words() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(root.join("src/lexicon"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        files.extend(["README.md", "ARCHITECTURE.md"].map(|f| root.join(f)));
        let mut bases = std::collections::BTreeSet::new();
        for file in files {
            let text = std::fs::read_to_string(&file)
                .unwrap_or_default()
                .to_lowercase();
            bases.extend(
                text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '.'))
                    .filter(|w| !w.is_empty())
                    .map(str::to_string),
            );
        }
        let endings = [
            "", "s", "es", "ed", "ing", "ly", "er", "est", "ness", "ment", "ation", "al", "ally",
            "y", "ies", "ied", "'s", "'", "ful", "less", "ize", "ization", "ity", "ous", "ive",
            "able", "ism", "ist", "ence", "ance", "ic", "li", "ogi",
        ];
        let mut words: Vec<String> = bases
            .iter()
            .flat_map(|b| endings.iter().map(move |e| format!("{b}{e}")))
            .collect();
        let alphabet = b"aeiouybcdglnrst'x";
        let mut short = vec![String::new()];
        for _ in 0..4 {
            short = short
                .iter()
                .flat_map(|w| alphabet.iter().map(move |&c| format!("{w}{}", c as char)))
                .collect();
            words.extend(short.iter().cloned());
        }
        words
    }

    #[test]
    fn stems_cached_at_build_time_are_the_stemmers() {
        let stemmer = Stemmer::create(Algorithm::English);
        let (_, ranges, _) = LEXICON_STEMS;
        assert!(ranges.len() > 1_000);
        for (word, stem) in (0..ranges.len()).filter_map(lexicon_entry) {
            assert_eq!(stemmer.stem(word), stem, "{word}");
            assert_eq!(lexicon_stem(word), Some(stem), "{word}");
        }
        assert_eq!(lexicon_stem("zebrafish"), None);
    }

    #[test]
    fn words_the_shortcut_skips_are_ones_the_stemmer_leaves_alone() {
        let stemmer = Stemmer::create(Algorithm::English);
        let words = stemmer_test_words();
        let mut skipped = 0;
        for word in &words {
            if stems_to_itself(word) {
                skipped += 1;
                assert_eq!(stemmer.stem(word), word.as_str(), "{word}");
            }
        }
        // The comparison must cover many words on both sides of the shortcut.
        assert!(
            skipped > 20_000 && words.len() - skipped > 20_000,
            "{skipped}"
        );
    }
}
