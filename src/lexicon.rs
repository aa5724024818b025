//! Word lists the engine reads: data files under `src/lexicon/`, compiled in with
//! `include_str!` and parsed once on first use.
//!
//! Every list is plain text an editor can change without touching Rust; `#` starts a
//! comment line, `[section]` lines split a file into sections.
//!
//! ```
//! let lex = factcheck::lexicon::Lexicon::get();
//! assert!(lex.is_stopword("the"));
//! assert_eq!(lex.country("russian").map(|c| c.name.as_str()), Some("Russia"));
//! ```

use std::sync::OnceLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::text::{Atom, stem};

/// A qualifier that says how a reported figure relates to the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The figure as given ("5,400").
    Exact,
    /// Approximately ("about", "some", "around").
    About,
    /// Strictly more ("over", "more than").
    Over,
    /// The figure or more ("at least").
    AtLeast,
    /// Strictly less ("under", "fewer than").
    Under,
    /// The figure or less ("up to", "at most").
    AtMost,
    /// Just below ("nearly", "almost").
    Nearly,
    /// Between two figures ("between 10 and 15").
    Between,
    /// A vague amount ("dozens", "several").
    Vague,
}

impl Qualifier {
    fn parse(word: &str) -> Option<Self> {
        Some(match word {
            "exact" => Self::Exact,
            "about" => Self::About,
            "over" => Self::Over,
            "at_least" => Self::AtLeast,
            "under" => Self::Under,
            "at_most" => Self::AtMost,
            "nearly" => Self::Nearly,
            _ => return None,
        })
    }
}

/// How a word is used in a sentence, where a synonym set takes it only in some uses
/// (`synonyms.txt`: "defeat (active)" is a win for the subject of "Harrowgate defeated
/// Castleford", "defeat (noun passive)" a loss in "a heavy defeat", "were defeated").
/// A bit set: [`Use::bit`] of each use a word may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// A verb in the active voice: its subject does it ("defeated Castleford").
    Active,
    /// A passive participle, or one used as an adjective ("were defeated", "the defeated
    /// side"): its subject undergoes it.
    Passive,
    /// A noun ("a heavy defeat", "their defeats").
    Noun,
}

impl Use {
    /// The use's bit in a set of uses.
    pub fn bit(self) -> u8 {
        match self {
            Use::Active => 1,
            Use::Passive => 2,
            Use::Noun => 4,
        }
    }

    /// Every use: a word listed without uses in parentheses.
    pub const ALL: u8 = 7;

    fn parse(word: &str) -> Option<u8> {
        Some(match word {
            "active" => 1,
            "passive" => 2,
            "noun" => 4,
            _ => return None,
        })
    }
}

/// A synonym of a word in one of its uses, and the uses in which the synonym backs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UsedSynonym {
    /// The synonym's stem.
    pub stem: Atom,
    /// The [`Use`] bits the synonym must have in the source to back the word.
    pub uses: u8,
}

/// A country with the other words that name it in news.
#[derive(Debug, Clone)]
pub struct Country {
    /// Canonical name ("Russia").
    pub name: String,
    /// Other names ("Russian Federation").
    pub aliases: Vec<String>,
    /// People and adjective words ("Russian", "Russians").
    pub demonyms: Vec<String>,
    /// Capitals; in news a capital often stands for the government.
    pub capitals: Vec<String>,
}

/// Which of a country's names a phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameForm {
    /// The canonical name ("Russia").
    Name,
    /// Another name ("Russian Federation", "U.S.").
    Alias,
    /// A demonym ("Russian").
    Demonym,
    /// The capital ("Moscow").
    Capital,
}

/// The sex a pronoun, honorific or role noun gives the person it stands for.
///
/// ```
/// use factcheck::lexicon::{Gender, Lexicon};
/// assert_eq!(Lexicon::get().gender("actress"), Some(Gender::Female));
/// assert_eq!(Lexicon::get().gender("actor"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "she", "Mrs", "the actress".
    Female,
    /// "he", "Mr", "the businessman".
    Male,
}

/// What a word says of a time not settled yet ([`Lexicon::unsettled`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsettled {
    /// A noun that names a time ("date", "timing").
    Time,
    /// A verb that settles it ("set", "decided"); negated, it says the time is not known.
    Settle,
    /// A word that says by itself the time is not known ("unclear").
    Unknown,
}

/// Modality a cue word gives a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Plain assertion.
    Asserted,
    /// "will", "is going to".
    Future,
    /// "would", "if".
    Conditional,
    /// "may", "could".
    Possibility,
    /// "should", "must".
    Obligation,
    /// "whether", a question.
    Question,
}

/// All lexicons, parsed.
#[derive(Debug)]
pub struct Lexicon {
    stopwords: HashSet<String>,
    negation_particles: HashSet<String>,
    negating_verbs: HashSet<String>,
    /// Stem → lemma.
    reporting_verbs: HashMap<String, String>,
    speech_verbs: HashSet<String>,
    words_verbs: HashSet<String>,
    symmetric_verbs: HashSet<String>,
    /// `src/lexicon/converse_verbs.txt`: a phrase's words and the verb it turns into.
    converse_verbs: Vec<(Vec<String>, String)>,
    not_participles: HashSet<String>,
    hedges: Vec<Atom>,
    /// `src/lexicon/prepositions.txt`: each preposition's group of like meaning.
    prepositions: HashMap<String, u16>,
    warnings: Vec<Atom>,
    requests: Vec<Atom>,
    ranks: Vec<Atom>,
    /// `src/lexicon/unsettled.txt`, by section.
    past_ranks: Vec<Atom>,
    unsettled_times: HashSet<String>,
    settle_verbs: Vec<Atom>,
    unsettled_words: HashSet<String>,
    revision_cues: HashSet<String>,
    approximators: HashSet<String>,
    wholes: HashSet<String>,
    attribution_nouns: HashSet<String>,
    modality: HashMap<String, Modality>,
    genders: HashMap<String, Gender>,
    /// Qualifier phrases as word lists, longest first.
    pub qualifiers: Vec<(Vec<String>, Qualifier)>,
    /// Number words that add ("twenty" → 20).
    pub number_units: HashMap<String, f64>,
    /// Number words that multiply ("million" → 1e6).
    pub number_scales: HashMap<String, f64>,
    /// Vague amounts as word lists with their range, longest first.
    pub vague_amounts: Vec<(Vec<String>, f64, f64)>,
    /// Fraction words ("half" → 0.5).
    pub fractions: HashMap<String, f64>,
    /// Ordinal words ("third" → 3).
    pub ordinals: HashMap<String, f64>,
    /// Unit surface forms as word lists with the canonical unit, longest first.
    pub units: Vec<(Vec<String>, String)>,
    weekdays: HashMap<String, String>,
    months: HashMap<String, String>,
    /// Relative time phrases as word lists, longest first.
    pub relative_times: Vec<Vec<String>>,
    dayparts: HashSet<String>,
    /// Every word a time expression can start with other than a figure: weekdays,
    /// months, dayparts and the first words of relative times.
    time_starts: HashSet<String>,
    /// Every word a quantity can start with other than a figure or currency sign:
    /// qualifiers, vague amounts, number words, fractions, "a"/"an" ("a dozen") and
    /// "between".
    quantity_starts: HashSet<String>,
    countries: Vec<Country>,
    country_index: HashMap<String, (usize, NameForm)>,
    /// First words of country and organisation keys, each with a bit set for every
    /// number of words (1 to 8) such a key has.
    entity_first_words: HashMap<String, u8>,
    entity_filter: WordFilter,
    /// Last words of country and organisation keys: a phrase ending in another word
    /// names none, and is not looked up.
    entity_last_words: WordFilter,
    organisations: HashMap<String, String>,
    /// Titles as word lists, longest first.
    pub titles: Vec<Vec<String>>,
    /// Short forms of titles and the titles they stand for ("pm" → "prime minister").
    title_short_forms: HashMap<String, String>,
    /// `qualifiers` by first word.
    pub qualifier_index: PhraseIndex,
    /// `units` by first word.
    pub unit_index: PhraseIndex,
    /// `vague_amounts` by first word.
    pub vague_index: PhraseIndex,
    /// `relative_times` by first word.
    pub relative_index: PhraseIndex,
    /// `titles` by first word.
    pub title_index: PhraseIndex,
    abbreviations: HashSet<String>,
    common_words: HashSet<String>,
    roles: HashSet<String>,
    /// Last words of place names that are no country (`places.txt`).
    places: HashSet<String>,
    /// Capitalised words before a capital that open no person's name (`not_given_names.txt`).
    not_given_names: HashSet<String>,
    /// Words elided at the front after an apostrophe (`elisions.txt`: "'em", "'til").
    elisions: HashSet<String>,
    /// Group nouns that speak after a country (`speaker_groups.txt`), and whether for it.
    speaker_groups: HashMap<String, bool>,
    /// Each rival role noun's field (line of `role_rivals.txt`) and class within it.
    role_rivals: HashMap<String, (u16, u16)>,
    /// Stems of verbs whose subject ranks above their object, with the measure compared.
    comparison_verbs: HashMap<String, String>,
    /// "twice" 2, "half" 0.5: multipliers before "as ... as".
    multipliers: HashMap<String, f64>,
    /// "far", "much": words between a party and its comparative.
    intensifiers: HashSet<String>,
    synonyms_by_stem: HashMap<Atom, Vec<Atom>>,
    /// For a stem that shares a synonym set with a word listed for some uses only
    /// ("defeat (active)"), or is listed so itself: its synonyms for each set of its
    /// uses (indexed by the set's [`Use::bit`]s), with the uses each backs in.
    synonyms_by_use: HashMap<Atom, [Vec<UsedSynonym>; 8]>,
    /// The [`WordClass`] bits of every word one of the norm's tests holds for: one
    /// lookup for a new word where [`Lexicon::classify`] made eight.
    norm_classes: HashMap<String, u32>,
    /// The [`WordClass`] bits of every stem one of the stem's tests holds for.
    stem_classes: HashMap<String, u32>,
    antonyms_by_stem: HashMap<Atom, Vec<Atom>>,
    /// The uses in which the first stem opposes the second, where `antonyms.txt` names
    /// them ("victory, defeat (noun passive)": "defeat", "victory").
    antonym_uses: HashMap<(Atom, Atom), u8>,
    /// Opposed phrases of `antonyms.txt` ("stay in power, remain in office | stand down,
    /// resign"), indexed by the stem of their first word.
    antonym_phrases: HashMap<Atom, Vec<AntonymPhrase>>,
    /// The first stems of `antonym_phrases`, for the class bits.
    antonym_phrase_starts: Vec<String>,
}

/// A phrase of a line of opposed phrases in `antonyms.txt`: it opposes every phrase of
/// the same line on the other side of the bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AntonymPhrase {
    /// Stems of its words.
    pub stems: Vec<Atom>,
    /// The line it is on.
    pub line: u32,
    /// Whether it stands after the bar.
    pub after_bar: bool,
}

const STOPWORDS: &str = include_str!("lexicon/stopwords.txt");
const NEGATION: &str = include_str!("lexicon/negation.txt");
const REPORTING: &str = include_str!("lexicon/reporting_verbs.txt");
const MODALITY: &str = include_str!("lexicon/modality.txt");
const SYMMETRIC: &str = include_str!("lexicon/symmetric_verbs.txt");
const CONVERSE: &str = include_str!("lexicon/converse_verbs.txt");
const NOT_PARTICIPLES: &str = include_str!("lexicon/not_participles.txt");
const HEDGES: &str = include_str!("lexicon/hedges.txt");
const PREPOSITIONS: &str = include_str!("lexicon/prepositions.txt");
const WARNINGS: &str = include_str!("lexicon/warnings.txt");
const RANKS: &str = include_str!("lexicon/ranks.txt");
const UNSETTLED: &str = include_str!("lexicon/unsettled.txt");
const APPROXIMATORS: &str = include_str!("lexicon/approximators.txt");
const REVISIONS: &str = include_str!("lexicon/revisions.txt");
const GENDER: &str = include_str!("lexicon/gender.txt");
const QUALIFIERS: &str = include_str!("lexicon/qualifiers.txt");
const NUMBER_WORDS: &str = include_str!("lexicon/number_words.txt");
const UNITS: &str = include_str!("lexicon/units.txt");
const TIME_WORDS: &str = include_str!("lexicon/time_words.txt");
const COUNTRIES: &str = include_str!("lexicon/countries.tsv");
const ORGANISATIONS: &str = include_str!("lexicon/organisations.tsv");
const TITLES: &str = include_str!("lexicon/titles.txt");
const ABBREVIATIONS: &str = include_str!("lexicon/abbreviations.txt");
const SYNONYMS: &str = include_str!("lexicon/synonyms.txt");
const ANTONYMS: &str = include_str!("lexicon/antonyms.txt");
const COMMON_WORDS: &str = include_str!("lexicon/common_words.txt");
const ROLES: &str = include_str!("lexicon/roles.txt");
const PLACES: &str = include_str!("lexicon/places.txt");
const NOT_GIVEN_NAMES: &str = include_str!("lexicon/not_given_names.txt");
const ELISIONS: &str = include_str!("lexicon/elisions.txt");
const SPEAKER_GROUPS: &str = include_str!("lexicon/speaker_groups.txt");
const ROLE_RIVALS: &str = include_str!("lexicon/role_rivals.txt");
const COMPARISONS: &str = include_str!("lexicon/comparisons.txt");

/// Lines of a lexicon file that carry data, with the section each stands in.
/// A word list's entry and the uses it names in parentheses ("defeat (noun passive)"),
/// or every use.
fn uses_of(entry: &str) -> (&str, u8) {
    match entry.split_once('(') {
        Some((words, uses)) => (
            words,
            uses.trim_end_matches(|c: char| c == ')' || c.is_whitespace())
                .split_whitespace()
                .filter_map(Use::parse)
                .fold(0, |all, bit| all | bit),
        ),
        None => (entry, Use::ALL),
    }
}

/// [`Lexicon::synonyms_in_use`]'s table: for each stem in a synonym set that lists a
/// member for some uses only, its synonyms in each of its own uses.
fn synonyms_by_use(sets: &[Vec<(String, u8)>]) -> HashMap<Atom, [Vec<UsedSynonym>; 8]> {
    let mut out: HashMap<Atom, [Vec<UsedSynonym>; 8]> = HashMap::default();
    let restricted: HashSet<&str> = sets
        .iter()
        .filter(|set| set.iter().any(|(_, uses)| *uses != Use::ALL))
        .flat_map(|set| set.iter().map(|(word, _)| word.as_str()))
        .collect();
    for word in restricted {
        let mut by_use: [Vec<UsedSynonym>; 8] = Default::default();
        for (slot, used) in by_use.iter_mut().enumerate() {
            for set in sets {
                let own = set
                    .iter()
                    .filter(|(w, _)| w == word)
                    .fold(0, |all, (_, uses)| all | uses);
                if own & slot as u8 == 0 {
                    continue;
                }
                for (other, uses) in set.iter().filter(|(w, _)| w != word) {
                    let stem = Atom::new(other);
                    match used.iter_mut().find(|s| s.stem == stem) {
                        Some(s) => s.uses |= uses,
                        None => used.push(UsedSynonym { stem, uses: *uses }),
                    }
                }
            }
            used.sort_by_key(|a| a.stem);
        }
        out.insert(Atom::new(word), by_use);
    }
    out
}

fn data_lines(text: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut section = "";
    text.lines().filter_map(move |line| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            return None;
        }
        Some((section, line))
    })
}

/// The words (one a line) of one section of a word list.
fn section_words(data: &str, name: &str) -> HashSet<String> {
    data_lines(data)
        .filter(|(section, _)| *section == name)
        .map(|(_, l)| l.trim().to_string())
        .collect()
}

fn words(phrase: &str) -> Vec<String> {
    crate::text::normalize_words(phrase)
}

fn longest_first<T>(mut list: Vec<(Vec<String>, T)>) -> Vec<(Vec<String>, T)> {
    list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    list
}

impl Lexicon {
    /// The lexicons, parsed on first use.
    pub fn get() -> &'static Lexicon {
        LEXICON.get_or_init(Lexicon::parse)
    }

    /// The lexicons if they are parsed already. The tokenizer asks this instead of
    /// [`Lexicon::get`]: parsing the lexicons tokenizes their phrases.
    pub(crate) fn ready() -> Option<&'static Lexicon> {
        LEXICON.get()
    }

    /// What the lexicons say of a word, from its normal form and stem (see
    /// [`WordClass`]); every test is the one the named method makes.
    pub(crate) fn classify(&self, norm: &str, stem: &str) -> WordClass {
        let mut bits = WordClass::KNOWN
            | self.norm_classes.get(norm).copied().unwrap_or(0)
            | self.stem_classes.get(stem).copied().unwrap_or(0);
        // The one test that holds for words outside its list: "jan." is "jan"'s.
        if norm.ends_with('.') && self.may_start_time(norm) {
            bits |= WordClass::TIME_START;
        }
        WordClass(bits)
    }

    /// [`Lexicon::classify`] made test by test: its specification.
    #[cfg(test)]
    fn classify_each(&self, norm: &str, stem: &str) -> WordClass {
        let mut bits = WordClass::KNOWN;
        for (yes, bit) in [
            (self.is_stopword(norm), WordClass::STOPWORD),
            (self.may_start_time(norm), WordClass::TIME_START),
            (self.may_start_quantity(norm), WordClass::QUANTITY_START),
            (
                self.title_index.first_words.may_hold(norm)
                    && self.title_index.by_first.contains_key(norm),
                WordClass::TITLE_START,
            ),
            (self.is_negation(norm), WordClass::NEGATION),
            (self.is_negating_verb(stem), WordClass::NEGATING_VERB),
            (self.is_reporting_verb(stem), WordClass::REPORTING_VERB),
            (self.is_role(norm), WordClass::ROLE),
            (self.modality(norm).is_some(), WordClass::MODALITY),
            (
                self.starts_antonym_phrase(stem),
                WordClass::ANTONYM_PHRASE_START,
            ),
        ] {
            if yes {
                bits |= bit;
            }
        }
        WordClass(bits | u32::from(self.entity_key_lengths(norm)) << WordClass::ENTITY_SHIFT)
    }

    /// Fills `norm_classes` and `stem_classes` from the lists the tests of
    /// [`Lexicon::classify_each`] look in, each word with the bits of the lists it is in
    /// (a word in none has no bits, but for the stops [`Lexicon::classify`] trims).
    fn index_classes(&mut self) {
        let listed = self.stopwords.len()
            + self.time_starts.len()
            + self.quantity_starts.len()
            + self.title_index.by_first.len()
            + self.negation_particles.len()
            + self.roles.len()
            + self.modality.len()
            + self.entity_first_words.len();
        let mut norms: HashMap<String, u32> =
            HashMap::with_capacity_and_hasher(listed, Default::default());
        let mut add = |words: &mut dyn Iterator<Item = &String>, bits: &dyn Fn(&str) -> u32| {
            for word in words {
                *norms.entry(word.clone()).or_default() |= bits(word);
            }
        };
        add(&mut self.stopwords.iter(), &|_| WordClass::STOPWORD);
        add(&mut self.time_starts.iter(), &|_| WordClass::TIME_START);
        add(&mut self.quantity_starts.iter(), &|_| {
            WordClass::QUANTITY_START
        });
        // A first word always passes the filter made of the first words; asked anyway,
        // the bits are the tests' by construction.
        let titles = &self.title_index;
        add(&mut titles.by_first.keys(), &|w| {
            if titles.first_words.may_hold(w) {
                WordClass::TITLE_START
            } else {
                0
            }
        });
        add(&mut self.negation_particles.iter(), &|_| {
            WordClass::NEGATION
        });
        add(&mut self.roles.iter(), &|_| WordClass::ROLE);
        add(&mut self.modality.keys(), &|_| WordClass::MODALITY);
        add(&mut self.entity_first_words.keys(), &|w| {
            u32::from(self.entity_key_lengths(w)) << WordClass::ENTITY_SHIFT
        });
        let mut stems: HashMap<String, u32> = HashMap::default();
        for (list, bit) in [
            (
                &mut self.negating_verbs.iter() as &mut dyn Iterator<Item = &String>,
                WordClass::NEGATING_VERB,
            ),
            (&mut self.reporting_verbs.keys(), WordClass::REPORTING_VERB),
            (
                &mut self.antonym_phrase_starts.iter(),
                WordClass::ANTONYM_PHRASE_START,
            ),
        ] {
            for stem in list {
                *stems.entry(stem.clone()).or_default() |= bit;
            }
        }
        self.norm_classes = norms;
        self.stem_classes = stems;
    }

    fn parse() -> Lexicon {
        let stopwords = data_lines(STOPWORDS)
            .flat_map(|(_, l)| l.split_whitespace())
            .map(str::to_string)
            .collect();
        let mut negation_particles = HashSet::default();
        let mut negating_verbs = HashSet::default();
        for (section, line) in data_lines(NEGATION) {
            let word = line.trim().to_string();
            match section {
                "verb" => {
                    negating_verbs.insert(stem(&word));
                }
                "particle" => {
                    negation_particles.insert(word);
                }
                _ => {}
            }
        }
        let reporting_verbs = data_lines(REPORTING)
            .filter_map(|(_, l)| l.split_whitespace().next())
            .map(|lemma| (stem(lemma), lemma.to_owned()))
            .collect();
        let marked = |mark: &'static str| {
            data_lines(REPORTING)
                .filter_map(
                    move |(_, l)| match l.split_whitespace().collect::<Vec<_>>()[..] {
                        [verb, m] if m == mark => Some(stem(verb)),
                        _ => None,
                    },
                )
                .collect::<HashSet<String>>()
        };
        let speech_verbs = marked("speech");
        let words_verbs = &marked("words") | &speech_verbs;
        let modality = data_lines(MODALITY)
            .filter_map(|(_, l)| {
                let (word, kind) = l.split_once(char::is_whitespace)?;
                let kind = match kind.trim() {
                    "future" => Modality::Future,
                    "conditional" => Modality::Conditional,
                    "possibility" => Modality::Possibility,
                    "obligation" => Modality::Obligation,
                    "question" => Modality::Question,
                    _ => return None,
                };
                Some((word.to_string(), kind))
            })
            .collect();
        let genders = data_lines(GENDER)
            .filter_map(|(section, l)| {
                let gender = match section {
                    "female" => Gender::Female,
                    "male" => Gender::Male,
                    _ => return None,
                };
                Some((l.trim().to_string(), gender))
            })
            .collect();
        let qualifiers = longest_first(
            data_lines(QUALIFIERS)
                .filter_map(|(_, l)| {
                    let (phrase, q) = l.split_once('\t')?;
                    Some((words(phrase), Qualifier::parse(q.trim())?))
                })
                .collect(),
        );
        let mut number_units = HashMap::default();
        let mut number_scales = HashMap::default();
        let mut vague = Vec::new();
        let mut fractions = HashMap::default();
        let mut ordinals = HashMap::default();
        for (section, line) in data_lines(NUMBER_WORDS) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let nums: Vec<f64> = fields.iter().filter_map(|f| f.parse().ok()).collect();
            let phrase: Vec<&str> = fields
                .iter()
                .copied()
                .filter(|f| f.parse::<f64>().is_err())
                .collect();
            let phrase = phrase.join(" ");
            match (section, nums.as_slice()) {
                ("unit", [v]) => {
                    number_units.insert(phrase, *v);
                }
                ("scale", [v]) => {
                    number_scales.insert(phrase, *v);
                }
                ("vague", [lo, hi]) => vague.push((words(&phrase), (*lo, *hi))),
                ("fraction", [v]) => {
                    fractions.insert(phrase, *v);
                }
                ("ordinal", [v]) => {
                    ordinals.insert(phrase, *v);
                }
                _ => {}
            }
        }
        let vague_amounts: Vec<(Vec<String>, f64, f64)> = longest_first(vague)
            .into_iter()
            .map(|(w, (lo, hi))| (w, lo, hi))
            .collect();
        let units = longest_first(
            data_lines(UNITS)
                .filter_map(|(_, l)| {
                    let (forms, unit) = l.split_once('\t')?;
                    Some(
                        forms
                            .split('|')
                            .map(|f| (words(f), unit.trim().to_string()))
                            .collect::<Vec<_>>(),
                    )
                })
                .flatten()
                .filter(|(w, _)| !w.is_empty())
                .collect(),
        );
        let mut weekdays = HashMap::default();
        let mut months = HashMap::default();
        let mut relative = Vec::new();
        let mut dayparts = HashSet::default();
        for (section, line) in data_lines(TIME_WORDS) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            match section {
                "weekday" | "month" => {
                    let map = if section == "weekday" {
                        &mut weekdays
                    } else {
                        &mut months
                    };
                    for f in &fields {
                        map.insert(f.to_string(), fields[0].to_string());
                    }
                }
                "relative" => relative.push((words(line), ())),
                "daypart" => {
                    dayparts.insert(line.trim().to_string());
                }
                _ => {}
            }
        }
        let relative_times: Vec<Vec<String>> = longest_first(relative)
            .into_iter()
            .map(|(w, _)| w)
            .collect();
        let (countries, country_index) = parse_countries();
        let mut organisations = HashMap::default();
        for (_, line) in data_lines(ORGANISATIONS) {
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or("").trim().to_string();
            let aliases = fields.next().unwrap_or("");
            organisations.insert(words(&name).join(" "), name.clone());
            for alias in aliases.split('|').filter(|a| !a.is_empty()) {
                organisations.insert(words(alias).join(" "), name.clone());
            }
        }
        // "pm = prime minister": the short form is a title too.
        let title_short_forms: HashMap<String, String> = data_lines(TITLES)
            .filter_map(|(_, l)| l.split_once('='))
            .map(|(short, long)| (words(short).join(" "), words(long).join(" ")))
            .collect();
        let titles: Vec<Vec<String>> = longest_first(
            data_lines(TITLES)
                .map(|(_, l)| (words(l.split('=').next().unwrap_or(l)), ()))
                .collect(),
        )
        .into_iter()
        .map(|(w, _)| w)
        .collect();
        let abbreviations = data_lines(ABBREVIATIONS)
            .map(|(_, l)| l.trim().to_string())
            .collect();
        let mut synonym_groups: HashMap<String, Vec<u32>> = HashMap::default();
        // Each set's members with the uses in which they belong to it.
        let mut synonym_sets: Vec<Vec<(String, u8)>> = Vec::new();
        for (group, (_, line)) in data_lines(SYNONYMS).enumerate() {
            let mut set = Vec::new();
            for entry in line.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                let (word, uses) = uses_of(entry);
                let word = word.trim();
                let word_stem = stem(word);
                let ids = synonym_groups.entry(word_stem.clone()).or_default();
                if !ids.contains(&(group as u32)) {
                    ids.push(group as u32);
                }
                set.push((word_stem, uses));
            }
            synonym_sets.push(set);
        }
        let synonyms_by_use = synonyms_by_use(&synonym_sets);
        let mut antonyms: HashMap<String, HashSet<String>> = HashMap::default();
        let mut antonym_uses: HashMap<(Atom, Atom), u8> = HashMap::default();
        let mut antonym_phrases: HashMap<Atom, Vec<AntonymPhrase>> = HashMap::default();
        for (n, (_, line)) in data_lines(ANTONYMS).enumerate() {
            // "a b, c | d e, f": phrases (separated by commas) on either side of the bar.
            if let Some((left, right)) = line.split_once('|').filter(|_| line.contains(',')) {
                for (side, after_bar) in [(left, false), (right, true)] {
                    for phrase in side.split(',') {
                        let stems: Vec<Atom> = phrase
                            .split_whitespace()
                            .map(|w| Atom::new(&stem(w)))
                            .collect();
                        if let Some(&first) = stems.first() {
                            antonym_phrases
                                .entry(first)
                                .or_default()
                                .push(AntonymPhrase {
                                    stems,
                                    line: n as u32,
                                    after_bar,
                                });
                        }
                    }
                }
                continue;
            }
            // "a, b" pairs two words; "a b | c d" opposes each word before the bar to
            // each after it.
            let Some((left, right)) = line.split_once(',').or_else(|| line.split_once('|')) else {
                continue;
            };
            // "victory, defeat (noun passive)": the side's words in those uses only.
            let (left, left_uses) = uses_of(left);
            let (right, right_uses) = uses_of(right);
            for a in left.split_whitespace().map(stem) {
                for b in right.split_whitespace().map(stem) {
                    for (word, other, uses) in [(&a, &b, left_uses), (&b, &a, right_uses)] {
                        if uses != Use::ALL {
                            antonym_uses.insert((Atom::new(word), Atom::new(other)), uses);
                        }
                    }
                    antonyms.entry(a.clone()).or_default().insert(b.clone());
                    antonyms.entry(b).or_default().insert(a.clone());
                }
            }
        }
        let common_words = data_lines(COMMON_WORDS)
            .flat_map(|(_, l)| l.split_whitespace())
            .map(stem)
            .collect();
        let roles = data_lines(ROLES)
            .flat_map(|(_, l)| l.split_whitespace())
            .map(str::to_string)
            .collect();
        let places = data_lines(PLACES)
            .flat_map(|(_, l)| l.split_whitespace())
            .map(str::to_string)
            .collect();
        let not_given_names = data_lines(NOT_GIVEN_NAMES)
            .flat_map(|(_, l)| l.split_whitespace())
            .map(str::to_string)
            .collect();
        let elisions = data_lines(ELISIONS)
            .flat_map(|(_, l)| l.split_whitespace())
            .map(str::to_string)
            .collect();
        let speaker_groups = data_lines(SPEAKER_GROUPS)
            .flat_map(|(section, l)| {
                l.split_whitespace()
                    .map(move |w| (w.to_string(), section == "official"))
            })
            .collect();
        let mut role_rivals: HashMap<String, (u16, u16)> = HashMap::default();
        for (field, (_, line)) in data_lines(ROLE_RIVALS).enumerate() {
            for (class, words) in line.split('|').enumerate() {
                for w in words.split_whitespace() {
                    role_rivals.insert(w.to_string(), (field as u16, class as u16));
                }
            }
        }
        let mut comparison_verbs: HashMap<String, String> = HashMap::default();
        let mut multipliers: HashMap<String, f64> = HashMap::default();
        let mut intensifiers: HashSet<String> = HashSet::default();
        for (section, line) in data_lines(COMPARISONS) {
            let mut fields = line.split_whitespace();
            match section {
                "verbs" => {
                    if let (Some(verb), Some(measure)) = (fields.next(), fields.next()) {
                        comparison_verbs.insert(stem(verb), stem(measure));
                    }
                }
                "multipliers" => {
                    if let (Some(word), Some(Ok(factor))) =
                        (fields.next(), fields.next().map(str::parse::<f64>))
                    {
                        multipliers.insert(word.to_string(), factor);
                    }
                }
                _ => intensifiers.extend(fields.map(str::to_string)),
            }
        }
        let mut entity_first_words: HashMap<String, u8> = HashMap::default();
        for key in country_index.keys().chain(organisations.keys()) {
            if let Some(first) = key.split(' ').next() {
                let n = key.split(' ').count();
                // Keys of more than 8 words are never looked up (see `entity_key_lengths`).
                let bit = if (1..=8).contains(&n) {
                    1 << (n - 1)
                } else {
                    0
                };
                *entity_first_words.entry(first.to_string()).or_default() |= bit;
            }
        }
        let qualifier_index = PhraseIndex::new(qualifiers.iter().map(|(p, _)| p));
        let unit_index = PhraseIndex::new(units.iter().map(|(p, _)| p));
        let vague_index = PhraseIndex::new(vague_amounts.iter().map(|(p, _, _)| p));
        let relative_index = PhraseIndex::new(relative_times.iter());
        let time_starts = weekdays
            .keys()
            .chain(months.keys())
            .chain(&dayparts)
            .chain(relative_times.iter().filter_map(|p| p.first()))
            .cloned()
            .collect();
        let title_index = PhraseIndex::new(titles.iter());
        let mut members: Vec<Vec<&String>> = Vec::new();
        for (stem, groups) in &synonym_groups {
            for &g in groups {
                let g = g as usize;
                if members.len() <= g {
                    members.resize(g + 1, Vec::new());
                }
                members[g].push(stem);
            }
        }
        let synonyms_by_stem = synonym_groups
            .iter()
            .map(|(stem, groups)| {
                let mut others: Vec<Atom> = groups
                    .iter()
                    .flat_map(|&g| members[g as usize].iter())
                    .filter(|m| **m != stem)
                    .map(|m| Atom::new(m))
                    .collect();
                others.sort();
                others.dedup();
                (Atom::new(stem), others)
            })
            .collect();
        let antonyms_by_stem = antonyms
            .iter()
            .map(|(a, set)| {
                let mut others: Vec<Atom> = set.iter().map(|b| Atom::new(b)).collect();
                others.sort();
                (Atom::new(a), others)
            })
            .collect();
        let quantity_starts = qualifiers
            .iter()
            .filter_map(|(p, _)| p.first())
            .chain(vague_amounts.iter().filter_map(|(p, _, _)| p.first()))
            .chain(number_units.keys())
            .chain(fractions.keys())
            .cloned()
            .chain(["a", "an", "between"].map(String::from))
            .collect();
        let entity_filter = WordFilter::new(entity_first_words.keys().map(String::as_str));
        let entity_last_words = WordFilter::new(
            country_index
                .keys()
                .chain(organisations.keys())
                .filter_map(|key| key.rsplit(' ').next()),
        );
        let mut lexicon = Lexicon {
            norm_classes: HashMap::default(),
            stem_classes: HashMap::default(),
            entity_filter,
            entity_last_words,
            quantity_starts,
            synonyms_by_stem,
            synonyms_by_use,
            antonyms_by_stem,
            antonym_uses,
            antonym_phrase_starts: antonym_phrases.keys().map(|a| a.to_string()).collect(),
            antonym_phrases,
            qualifier_index,
            unit_index,
            vague_index,
            relative_index,
            title_index,
            entity_first_words,
            roles,
            places,
            not_given_names,
            elisions,
            speaker_groups,
            role_rivals,
            comparison_verbs,
            multipliers,
            intensifiers,
            common_words,
            stopwords,
            negation_particles,
            negating_verbs,
            reporting_verbs,
            speech_verbs,
            words_verbs,
            symmetric_verbs: data_lines(SYMMETRIC).map(|(_, l)| stem(l.trim())).collect(),
            converse_verbs: data_lines(CONVERSE)
                .filter_map(|(_, l)| {
                    let (phrase, verb) = l.split_once('|')?;
                    let phrase = words(phrase);
                    (!phrase.is_empty() && !verb.trim().is_empty())
                        .then(|| (phrase, verb.trim().to_string()))
                })
                .collect(),
            not_participles: data_lines(NOT_PARTICIPLES)
                .map(|(_, l)| l.trim().to_string())
                .collect(),
            hedges: data_lines(HEDGES)
                .map(|(_, l)| Atom::new(l.trim()))
                .collect(),
            prepositions: data_lines(PREPOSITIONS)
                .enumerate()
                .flat_map(|(group, (_, l))| {
                    l.split_whitespace()
                        .map(move |w| (w.to_string(), group as u16))
                })
                .collect(),
            warnings: data_lines(WARNINGS)
                .map(|(_, l)| Atom::new(&stem(l.trim())))
                .collect(),
            requests: data_lines(NEGATION)
                .filter(|(section, _)| *section == "request")
                .map(|(_, l)| Atom::new(&stem(l.trim())))
                .collect(),
            ranks: data_lines(RANKS)
                .map(|(_, l)| Atom::new(l.trim()))
                .collect(),
            past_ranks: data_lines(RANKS)
                .filter(|(section, _)| *section == "past")
                .map(|(_, l)| Atom::new(l.trim()))
                .collect(),
            unsettled_times: section_words(UNSETTLED, "time"),
            settle_verbs: data_lines(UNSETTLED)
                .filter(|(section, _)| *section == "settle")
                .map(|(_, l)| Atom::new(&stem(l.trim())))
                .collect(),
            unsettled_words: section_words(UNSETTLED, "unsettled"),
            revision_cues: section_words(REVISIONS, "revision"),
            approximators: section_words(APPROXIMATORS, "approximator"),
            wholes: section_words(APPROXIMATORS, "whole"),
            attribution_nouns: section_words(REVISIONS, "attribution"),
            modality,
            genders,
            qualifiers,
            number_units,
            number_scales,
            vague_amounts,
            fractions,
            ordinals,
            units,
            weekdays,
            months,
            relative_times,
            dayparts,
            time_starts,
            countries,
            country_index,
            organisations,
            titles,
            title_short_forms,
            abbreviations,
        };
        lexicon.index_classes();
        lexicon
    }

    /// Whether `word` (lower-case) is a function word.
    pub fn is_stopword(&self, word: &str) -> bool {
        self.stopwords.contains(word)
    }

    /// Whether `word` (lower-case) is a negation particle ("not", "never", "n't").
    pub fn is_negation(&self, word: &str) -> bool {
        self.negation_particles.contains(word)
    }

    /// Whether the stem is of a verb that negates its complement ("refused to back").
    pub fn is_negating_verb(&self, stem: &str) -> bool {
        self.negating_verbs.contains(stem)
    }

    /// Whether the stem is of a reporting verb ("said", "told").
    pub fn is_reporting_verb(&self, stem: &str) -> bool {
        self.reporting_verbs.contains_key(stem)
    }

    /// The lemma of a reporting verb's stem, as `reporting_verbs.txt` lists it.
    ///
    /// ```
    /// let lex = factcheck::lexicon::Lexicon::get();
    /// assert_eq!(lex.reporting_lemma("conclud"), Some("conclude"));
    /// assert_eq!(lex.reporting_lemma("run"), None);
    /// ```
    pub fn reporting_lemma(&self, stem: &str) -> Option<&str> {
        self.reporting_verbs.get(stem).map(String::as_str)
    }

    /// Whether the stem is of a verb that gives words to a speaker ("said", "confirmed";
    /// not "believed" or "estimated").
    pub fn gives_words(&self, stem: &str) -> bool {
        self.words_verbs.contains(stem)
    }

    /// Whether the stem is of a verb whose two parties can trade places ("met").
    pub fn is_symmetric_verb(&self, stem: &str) -> bool {
        self.symmetric_verbs.contains(stem)
    }

    /// Phrases that turn a relation's parties round, each with the verb that says it the
    /// other way ("lost to" → "beat": "X lost to Y" is "Y beat X"), in file order.
    pub fn converse_verbs(&self) -> &[(Vec<String>, String)] {
        &self.converse_verbs
    }

    /// Whether a word ending in "-ing" is a preposition or noun, not a present
    /// participle ("including", "morning").
    pub fn is_not_participle(&self, word: &str) -> bool {
        self.not_participles.contains(word)
    }

    /// Whether a lower-case word makes a statement less than an assertion of fact
    /// (`src/lexicon/hedges.txt`). Compared as atoms: most tokens of a claim and its
    /// evidence are asked, and comparing texts cost more than the rest of the test.
    ///
    /// ```
    /// use factcheck::{intern::Atom, lexicon::Lexicon};
    /// assert!(Lexicon::get().is_hedge(Atom::new("reportedly")));
    /// assert!(!Lexicon::get().is_hedge(Atom::new("said")));
    /// ```
    pub fn is_hedge(&self, norm: Atom) -> bool {
        self.hedges.contains(&norm)
    }

    /// The group of like meaning of a lower-case preposition
    /// (`src/lexicon/prepositions.txt`), if it is listed.
    ///
    /// ```
    /// let lex = factcheck::lexicon::Lexicon::get();
    /// assert_eq!(lex.preposition_group("in"), lex.preposition_group("during"));
    /// assert_ne!(lex.preposition_group("after"), lex.preposition_group("for"));
    /// assert_eq!(lex.preposition_group("of"), None);
    /// ```
    pub fn preposition_group(&self, word: &str) -> Option<u16> {
        self.prepositions.get(word).copied()
    }

    /// Whether a stem is of a word of warning or advice (`src/lexicon/warnings.txt`),
    /// whose content a negation may give ("a warning not to waste time").
    ///
    /// ```
    /// use factcheck::{intern::Atom, lexicon::Lexicon, text::stem};
    /// assert!(Lexicon::get().is_warning(Atom::new(&stem("warned"))));
    /// assert!(!Lexicon::get().is_warning(Atom::new(&stem("said"))));
    /// ```
    pub fn is_warning(&self, stem: Atom) -> bool {
        self.warnings.contains(&stem)
    }

    /// Whether a stem is of a noun of asking (`[request]` in `src/lexicon/negation.txt`):
    /// a negating verb before one negates what was asked ("resisted calls to back
    /// sanctions" did not back them).
    ///
    /// ```
    /// use factcheck::{intern::Atom, lexicon::Lexicon, text::stem};
    /// assert!(Lexicon::get().is_request(Atom::new(&stem("calls"))));
    /// assert!(!Lexicon::get().is_request(Atom::new(&stem("said"))));
    /// ```
    pub fn is_request(&self, stem: Atom) -> bool {
        self.requests.contains(&stem)
    }

    /// Whether a lower-case word before a role makes it another office ("deputy",
    /// "former"; `src/lexicon/ranks.txt`).
    ///
    /// ```
    /// use factcheck::{intern::Atom, lexicon::Lexicon};
    /// assert!(Lexicon::get().is_rank(Atom::new("deputy")));
    /// assert!(!Lexicon::get().is_rank(Atom::new("foreign")));
    /// ```
    pub fn is_rank(&self, norm: Atom) -> bool {
        self.ranks.contains(&norm)
    }

    /// Whether a rank says the office was held, not which office it is ("former",
    /// "ex"; the `[past]` section of `src/lexicon/ranks.txt`).
    ///
    /// ```
    /// use factcheck::{intern::Atom, lexicon::Lexicon};
    /// assert!(Lexicon::get().is_past_rank(Atom::new("former")));
    /// assert!(!Lexicon::get().is_past_rank(Atom::new("deputy")));
    /// ```
    pub fn is_past_rank(&self, norm: Atom) -> bool {
        self.past_ranks.contains(&norm)
    }

    /// What a word says of a time that is not settled yet
    /// (`src/lexicon/unsettled.txt`): that it names one ("date"), that it settles one
    /// ("set", by stem; a negation of it says the time is not known), or that it says by
    /// itself the time is not known ("unclear").
    ///
    /// ```
    /// use factcheck::{lexicon::{Lexicon, Unsettled}, text::tokenize};
    /// let lex = Lexicon::get();
    /// let kinds: Vec<Option<Unsettled>> =
    ///     tokenize("date set unclear", 0).iter().map(|t| lex.unsettled(t)).collect();
    /// assert_eq!(kinds, [Some(Unsettled::Time), Some(Unsettled::Settle), Some(Unsettled::Unknown)]);
    /// ```
    pub fn unsettled(&self, t: &crate::text::Token) -> Option<Unsettled> {
        if self.unsettled_times.contains(t.norm.as_str()) {
            Some(Unsettled::Time)
        } else if self.unsettled_words.contains(t.norm.as_str()) {
            Some(Unsettled::Unknown)
        } else if self.settle_verbs.contains(&t.stem) {
            Some(Unsettled::Settle)
        } else {
            None
        }
    }

    /// Whether a lower-case word says "not quite" of the whole after it ("almost",
    /// "nearly"; `src/lexicon/approximators.txt`).
    ///
    /// ```
    /// use factcheck::lexicon::Lexicon;
    /// assert!(Lexicon::get().is_approximator("almost"));
    /// assert!(!Lexicon::get().is_approximator("about"));
    /// ```
    pub fn is_approximator(&self, word: &str) -> bool {
        self.approximators.contains(word)
    }

    /// Whether a lower-case word names a whole, or none of it ("all", "every", "never";
    /// `src/lexicon/approximators.txt`): an approximator before it says it is not
    /// reached.
    ///
    /// ```
    /// use factcheck::lexicon::Lexicon;
    /// assert!(Lexicon::get().is_whole("every"));
    /// assert!(!Lexicon::get().is_whole("many"));
    /// ```
    pub fn is_whole(&self, word: &str) -> bool {
        self.wholes.contains(word)
    }

    /// Whether a lower-case word says that a figure replaces an earlier one ("rose",
    /// "revised"; `src/lexicon/revisions.txt`).
    ///
    /// ```
    /// assert!(factcheck::lexicon::Lexicon::get().is_revision_cue("revised"));
    /// ```
    pub fn is_revision_cue(&self, word: &str) -> bool {
        self.revision_cues.contains(word)
    }

    /// Whether a lower-case noun names who reported a figure ("officials"; in
    /// `src/lexicon/revisions.txt`).
    ///
    /// ```
    /// assert!(factcheck::lexicon::Lexicon::get().is_attribution_noun("officials"));
    /// ```
    pub fn is_attribution_noun(&self, word: &str) -> bool {
        self.attribution_nouns.contains(word)
    }

    /// Whether the stem is of a verb that does nothing but report words ("said",
    /// "told"; not "confirmed", which may tell of an act).
    pub fn is_speech_verb(&self, stem: &str) -> bool {
        self.speech_verbs.contains(stem)
    }

    /// The modality a cue word gives its clause, if it is a cue.
    pub fn modality(&self, word: &str) -> Option<Modality> {
        self.modality.get(word).copied()
    }

    /// The gender a lower-case pronoun, honorific or role noun gives its person; none for
    /// words used of either sex ("actor", "chairman").
    pub fn gender(&self, word: &str) -> Option<Gender> {
        self.genders.get(word).copied()
    }

    /// Canonical weekday for a lower-case word ("mon" → "monday").
    pub fn weekday(&self, word: &str) -> Option<&str> {
        self.weekdays.get(word).map(String::as_str)
    }

    /// Canonical month for a lower-case word ("sept" → "september").
    pub fn month(&self, word: &str) -> Option<&str> {
        self.months.get(word).map(String::as_str)
    }

    /// Whether the lower-case word names a part of the day ("morning").
    pub fn is_daypart(&self, word: &str) -> bool {
        self.dayparts.contains(word)
    }

    /// Whether a quantity may start with this lower-case word (a figure or currency sign
    /// aside): most words of a text are refused with this one lookup.
    pub fn may_start_quantity(&self, word: &str) -> bool {
        self.quantity_starts.contains(word)
    }

    /// Whether a time expression may start with this lower-case word (a figure aside):
    /// most words of a text are refused with this one lookup.
    pub fn may_start_time(&self, word: &str) -> bool {
        self.time_starts.contains(word) || self.time_starts.contains(word.trim_end_matches('.'))
    }

    /// The country a lower-case name, alias, demonym or capital refers to.
    pub fn country(&self, phrase: &str) -> Option<&Country> {
        self.country_index
            .get(phrase)
            .map(|&(i, _)| &self.countries[i])
    }

    /// The country a lower-case phrase refers to, and which of its names the phrase is.
    pub fn country_form(&self, phrase: &str) -> Option<(&Country, NameForm)> {
        self.country_index
            .get(phrase)
            .map(|&(i, form)| (&self.countries[i], form))
    }

    /// Whether some country or organisation name starts with this lower-case word: a
    /// cheap test before phrase lookups.
    pub fn starts_entity_name(&self, word: &str) -> bool {
        self.entity_first_words.contains_key(word)
    }

    /// The numbers of words of the country and organisation keys that start with this
    /// lower-case word, as a bit set (bit `n - 1` for `n` words, up to 8); 0 when none.
    pub fn entity_key_lengths(&self, word: &str) -> u8 {
        if !self.entity_filter.may_hold(word) {
            return 0;
        }
        self.entity_first_words.get(word).copied().unwrap_or(0)
    }

    /// Whether some country or organisation key may end with this lower-case word: false
    /// only when none does, so a phrase ending in it need not be looked up.
    pub(crate) fn may_end_entity_name(&self, word: &str) -> bool {
        self.entity_last_words.may_hold(word)
    }

    /// The canonical organisation a lower-case name or acronym refers to.
    pub fn organisation(&self, phrase: &str) -> Option<&str> {
        self.organisations.get(phrase).map(String::as_str)
    }

    /// Whether a lower-case word without its stop is an abbreviation ("mr", "u.s").
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }

    /// Whether two stems share a synonym set (a stem in a set shares it with itself).
    pub fn are_synonyms(&self, a: &str, b: &str) -> bool {
        self.synonyms_by_stem
            .get(a)
            .is_some_and(|others| a == b || others.iter().any(|o| *o == b))
    }

    /// The stems that share a synonym set with `stem` (without `stem` itself).
    ///
    /// ```
    /// use factcheck::{lexicon::Lexicon, text::{stem, Atom}};
    /// let synonyms = Lexicon::get().synonyms_of(&Atom::new(&stem("killed")));
    /// assert!(synonyms.contains(&Atom::new(&stem("murdered"))));
    /// ```
    pub fn synonyms_of(&self, stem: &Atom) -> &[Atom] {
        self.synonyms_by_stem.get(stem).map_or(&[], Vec::as_slice)
    }

    /// The synonyms of a word of stem `stem` used in the uses `uses` (a set of
    /// [`Use::bit`]s: a passive with its agent, "were defeated by", is active too), each
    /// with the uses in which it backs the word; `None` when no synonym set lists the
    /// stem or one of its synonyms for some uses only, so that [`Lexicon::synonyms_of`]
    /// back it in any use.
    ///
    /// ```
    /// use factcheck::{lexicon::{Lexicon, Use}, text::{stem, Atom}};
    /// let lex = Lexicon::get();
    /// let won = lex.synonyms_in_use(&Atom::new(&stem("won")), Use::Active.bit()).unwrap();
    /// let defeat = won.iter().find(|s| s.stem == "defeat").unwrap();
    /// assert_eq!(defeat.uses, Use::Active.bit());
    /// let loss = lex.synonyms_in_use(&Atom::new(&stem("defeat")), Use::Noun.bit()).unwrap();
    /// assert!(loss.iter().any(|s| s.stem == "lose"));
    /// assert!(!loss.iter().any(|s| s.stem == "win"));
    /// ```
    pub fn synonyms_in_use(&self, stem: &Atom, uses: u8) -> Option<&[UsedSynonym]> {
        let by_use = self.synonyms_by_use.get(stem)?;
        Some(&by_use[usize::from(uses & Use::ALL)])
    }

    /// The stems listed as antonyms of `stem`.
    pub fn antonyms_of(&self, stem: &Atom) -> &[Atom] {
        self.antonyms_by_stem.get(stem).map_or(&[], Vec::as_slice)
    }

    /// The opposed phrases (`antonyms.txt` lines with commas around a bar) whose first
    /// word has the stem `stem`.
    pub fn antonym_phrases(&self, stem: &Atom) -> &[AntonymPhrase] {
        self.antonym_phrases.get(stem).map_or(&[], Vec::as_slice)
    }

    /// Whether an opposed phrase of `antonyms.txt` starts with a word of stem `stem`.
    pub fn starts_antonym_phrase(&self, stem: &str) -> bool {
        self.antonym_phrases.contains_key(stem)
    }

    /// The uses (a set of [`Use::bit`]s) in which a word of stem `stem` opposes its
    /// antonym `other`: those `antonyms.txt` names, else all. "Victory" is no opposite of
    /// the active "defeated" ("Leeds defeated York"), only of the noun and the passive.
    ///
    /// ```
    /// use factcheck::{lexicon::{Lexicon, Use}, text::{stem, Atom}};
    /// let lex = Lexicon::get();
    /// let (defeat, victory) = (Atom::new(&stem("defeat")), Atom::new(&stem("victory")));
    /// assert_eq!(lex.antonym_uses(&defeat, &victory) & Use::Active.bit(), 0);
    /// assert_eq!(lex.antonym_uses(&victory, &defeat), Use::ALL);
    /// ```
    pub fn antonym_uses(&self, stem: &Atom, other: &Atom) -> u8 {
        self.antonym_uses
            .get(&(*stem, *other))
            .copied()
            .unwrap_or(Use::ALL)
    }

    /// Whether two stems are listed as antonyms.
    pub fn are_antonyms(&self, a: &str, b: &str) -> bool {
        self.antonyms_by_stem
            .get(a)
            .is_some_and(|others| others.iter().any(|o| *o == b))
    }

    /// Whether a stem is of a frequent general English word ("new", "major", "study").
    pub fn is_common(&self, stem: &str) -> bool {
        self.common_words.contains(stem)
    }

    /// The title a short form stands for ("pm" → "prime minister").
    pub fn title_long_form(&self, short: &str) -> Option<&str> {
        self.title_short_forms.get(short).map(String::as_str)
    }

    /// Whether a lower-case noun stands for a person ("director", "schoolboy").
    pub fn is_role(&self, word: &str) -> bool {
        self.roles.contains(word)
    }

    /// Whether a lower-case word ends the name of a place that is no country: a continent,
    /// region, state or province ("asia", "missouri", "carolina").
    ///
    /// ```
    /// let lex = factcheck::lexicon::Lexicon::get();
    /// assert!(lex.is_place_name("asia") && lex.is_place_name("ontario"));
    /// assert!(!lex.is_place_name("smith"));
    /// ```
    pub fn is_place_name(&self, word: &str) -> bool {
        self.places.contains(word)
    }

    /// Whether a lower-case word, capitalised before a capital, opens no person's name:
    /// a compass point, a prefix of place names, a sentence adverb ("north", "greater",
    /// "earlier"), so "North London" and "Earlier Washington said" keep the place.
    ///
    /// ```
    /// let lex = factcheck::lexicon::Lexicon::get();
    /// assert!(lex.is_not_given_name("greater") && !lex.is_not_given_name("denzel"));
    /// ```
    pub fn is_not_given_name(&self, word: &str) -> bool {
        self.not_given_names.contains(word)
    }

    /// Whether a lower-case word is one written after an apostrophe that stands for its
    /// first letters ("em", "til", the "n" of "rock 'n' roll"): that apostrophe opens no
    /// quotation.
    ///
    /// ```
    /// let lex = factcheck::lexicon::Lexicon::get();
    /// assert!(lex.is_elision("em") && !lex.is_elision("we"));
    /// ```
    pub fn is_elision(&self, word: &str) -> bool {
        self.elisions.contains(word)
    }

    /// Whether a lower-case plural names a group that speaks after a country's name ("U.S.
    /// officials said"), and if so whether it speaks for that country's state: `Some(true)`
    /// for "officials" or "diplomats", `Some(false)` for "fans" or "residents".
    ///
    /// ```
    /// let lex = factcheck::lexicon::Lexicon::get();
    /// assert_eq!(lex.speaker_group("diplomats"), Some(true));
    /// assert_eq!(lex.speaker_group("fans"), Some(false));
    /// assert_eq!(lex.speaker_group("said"), None);
    /// ```
    pub fn speaker_group(&self, word: &str) -> Option<bool> {
        self.speaker_groups.get(word).copied()
    }

    /// Whether two role nouns cannot name the same person: different classes of one
    /// field in `role_rivals.txt` ("goalkeeper" and "striker", "victim" and "gunman").
    pub fn are_rival_roles(&self, a: &str, b: &str) -> bool {
        match (self.role_rivals.get(a), self.role_rivals.get(b)) {
            (Some(x), Some(y)) => x.0 == y.0 && x.1 != y.1,
            _ => false,
        }
    }

    /// The measure a verb whose subject ranks above its object compares, by the verb's
    /// stem: "number" for "outnumber".
    pub fn comparison_verb(&self, stem: &str) -> Option<&str> {
        self.comparison_verbs.get(stem).map(String::as_str)
    }

    /// The factor of a multiplier before "as ... as" ("twice" 2, "half" 0.5).
    pub fn multiplier(&self, word: &str) -> Option<f64> {
        self.multipliers.get(word).copied()
    }

    /// Whether a word may stand between a party and its comparative ("far", "much").
    pub fn is_intensifier(&self, word: &str) -> bool {
        self.intensifiers.contains(word)
    }

    /// Whether a role noun is in `role_rivals.txt` (has rivals at all).
    pub fn has_rival_roles(&self, word: &str) -> bool {
        self.role_rivals.contains_key(word)
    }

    /// Whether two role nouns may name the same person by the rival lists: the same
    /// word, or the same class of one field ("striker" and "forward").
    pub fn same_role_class(&self, a: &str, b: &str) -> bool {
        a == b
            || self
                .role_rivals
                .get(a)
                .is_some_and(|x| self.role_rivals.get(b) == Some(x))
    }
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// The lexicon classes of one word, looked up once per distinct surface form by the
/// tokenizer and carried by each [`Token`](crate::text::Token): the per-token passes of
/// extraction test a bit instead of hashing the word into each list again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordClass(u32);

impl WordClass {
    /// Set when the bits below were looked up; a word tokenized while the lexicons were
    /// being parsed has no classes, and its tests go to the lexicons.
    const KNOWN: u32 = 1 << 31;
    /// [`Lexicon::is_stopword`] of the norm.
    pub(crate) const STOPWORD: u32 = 1 << 0;
    /// [`Lexicon::may_start_time`] of the norm.
    pub(crate) const TIME_START: u32 = 1 << 1;
    /// [`Lexicon::may_start_quantity`] of the norm.
    pub(crate) const QUANTITY_START: u32 = 1 << 2;
    /// Some title starts with the norm (`title_index`).
    pub(crate) const TITLE_START: u32 = 1 << 3;
    /// [`Lexicon::is_negation`] of the norm.
    pub(crate) const NEGATION: u32 = 1 << 4;
    /// [`Lexicon::is_negating_verb`] of the stem.
    pub(crate) const NEGATING_VERB: u32 = 1 << 5;
    /// [`Lexicon::is_reporting_verb`] of the stem.
    pub(crate) const REPORTING_VERB: u32 = 1 << 6;
    /// [`Lexicon::is_role`] of the norm.
    pub(crate) const ROLE: u32 = 1 << 7;
    /// [`Lexicon::modality`] of the norm is some.
    pub(crate) const MODALITY: u32 = 1 << 8;
    /// [`Lexicon::starts_antonym_phrase`] of the stem.
    pub(crate) const ANTONYM_PHRASE_START: u32 = 1 << 9;
    /// [`Lexicon::entity_key_lengths`] of the norm, in bits 16 to 23.
    const ENTITY_SHIFT: u32 = 16;

    /// Whether the classes were looked up.
    #[inline]
    pub(crate) fn is_known(self) -> bool {
        self.0 & Self::KNOWN != 0
    }

    /// Whether the class `bit` holds; only meaningful when [`WordClass::is_known`].
    #[inline]
    pub(crate) fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }

    /// [`Lexicon::entity_key_lengths`] of the norm; only meaningful when known.
    #[inline]
    pub(crate) fn entity_key_lengths(self) -> u8 {
        (self.0 >> Self::ENTITY_SHIFT) as u8
    }
}

/// A set of words as a bit per (first byte, last byte, length): a word whose bit is
/// clear is not in the set, and telling so costs no hashing.
#[derive(Debug)]
struct WordFilter(Box<[u64; 256]>);

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter(Box::new([0; 256]))
    }
}

impl WordFilter {
    fn new<'a>(words: impl Iterator<Item = &'a str>) -> Self {
        let mut filter = WordFilter::default();
        for w in words {
            let bit = Self::bit(w);
            filter.0[bit / 64] |= 1 << (bit % 64);
        }
        filter
    }

    #[inline]
    fn bit(word: &str) -> usize {
        let bytes = word.as_bytes();
        let first = bytes.first().copied().unwrap_or(0) as usize;
        let last = bytes.last().copied().unwrap_or(0) as usize;
        let key = (first | last << 8 | bytes.len() << 16) as u64;
        // Fibonacci hashing: the top 14 bits of the product, spread over the 16,384 bits.
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as usize
    }

    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// The entries of a phrase list (kept longest first) that can match at a word: those
/// whose first word it is, in list order, then the empty phrases (which match anywhere
/// and sort last). Scanning these instead of the whole list finds the same first match.
#[derive(Debug, Default)]
pub struct PhraseIndex {
    by_first: HashMap<String, Vec<u32>>,
    /// The first words of `by_first`: most words are refused without hashing.
    first_words: WordFilter,
    empty: Vec<u32>,
}

impl PhraseIndex {
    fn new<'a>(phrases: impl Iterator<Item = &'a Vec<String>>) -> Self {
        let mut index = PhraseIndex::default();
        for (i, phrase) in phrases.enumerate() {
            match phrase.first() {
                Some(first) => index
                    .by_first
                    .entry(first.clone())
                    .or_default()
                    .push(i as u32),
                None => index.empty.push(i as u32),
            }
        }
        index.first_words = WordFilter::new(index.by_first.keys().map(String::as_str));
        index
    }

    /// Whether some phrase of the list is empty: [`PhraseIndex::candidates`] of no first
    /// word gives exactly those.
    pub fn has_empty(&self) -> bool {
        !self.empty.is_empty()
    }

    /// Positions in the list of the phrases that may start with `first`, in list order.
    pub fn candidates(&self, first: Option<&str>) -> impl Iterator<Item = usize> + '_ {
        first
            .filter(|w| self.first_words.may_hold(w))
            .and_then(|w| self.by_first.get(w))
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .chain(&self.empty)
            .map(|&i| i as usize)
    }
}

fn parse_countries() -> (Vec<Country>, HashMap<String, (usize, NameForm)>) {
    let mut countries = Vec::new();
    let mut index = HashMap::default();
    for (_, line) in data_lines(COUNTRIES) {
        let fields: Vec<&str> = line.split('\t').collect();
        let list = |i: usize| -> Vec<String> {
            fields
                .get(i)
                .map(|f| {
                    f.split('|')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        let country = Country {
            name: fields[0].trim().to_string(),
            aliases: list(1),
            demonyms: list(2),
            capitals: list(3),
        };
        let id = countries.len();
        let keys = [
            (NameForm::Demonym, &country.demonyms),
            (NameForm::Capital, &country.capitals),
            (NameForm::Alias, &country.aliases),
        ]
        .into_iter()
        .flat_map(|(form, list)| list.iter().map(move |k| (form, k)))
        .chain(std::iter::once((NameForm::Name, &country.name)));
        for (form, key) in keys {
            index.entry(words(key).join(" ")).or_insert((id, form));
        }
        index.insert(words(&country.name).join(" "), (id, NameForm::Name));
        countries.push(country);
    }
    (countries, index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_by_index_are_the_tests_of_each_list() {
        let lex = Lexicon::get();
        let mut words: Vec<&str> = lex
            .norm_classes
            .keys()
            .chain(lex.stem_classes.keys())
            .chain(lex.time_starts.iter())
            .map(String::as_str)
            .chain([
                "", ".", "said", "the", "jan.", "jan..", "sept.", "mr.", "u.n.", "zebra",
            ])
            .collect();
        let dotted: Vec<String> = words.iter().map(|w| format!("{w}.")).collect();
        words.extend(dotted.iter().map(String::as_str));
        let stems: Vec<String> = words.iter().map(|w| stem(w)).collect();
        for (&word, stem) in words.iter().zip(&stems) {
            for s in [stem.as_str(), word, "zebra"] {
                assert_eq!(
                    lex.classify(word, s),
                    lex.classify_each(word, s),
                    "{word} {s}"
                );
            }
        }
    }

    #[test]
    fn every_list_parses() {
        let lex = Lexicon::get();
        assert!(lex.is_stopword("the"));
        assert!(lex.is_negation("n't"));
        assert!(lex.is_negating_verb(&stem("refused")));
        assert!(lex.is_reporting_verb(&stem("told")));
        assert_eq!(lex.number_units.get("twenty"), Some(&20.0));
        assert_eq!(lex.number_scales.get("bn"), Some(&1e9));
        assert_eq!(lex.weekday("sunday"), Some("sunday"));
        assert_eq!(lex.month("sept"), Some("september"));
        assert_eq!(lex.organisation("u.n."), Some("United Nations"));
        assert_eq!(lex.organisation("un"), Some("United Nations"));
    }

    #[test]
    fn verb_marks() {
        let lex = Lexicon::get();
        assert!(lex.is_speech_verb(&stem("said")) && lex.gives_words(&stem("said")));
        assert!(!lex.is_speech_verb(&stem("confirmed")) && lex.gives_words(&stem("confirmed")));
        assert!(lex.is_reporting_verb(&stem("believed")) && !lex.gives_words(&stem("believed")));
        assert!(lex.is_symmetric_verb(&stem("met")) && !lex.is_symmetric_verb(&stem("sued")));
        assert!(
            lex.converse_verbs()
                .iter()
                .any(|(phrase, verb)| phrase == &["lost", "to"] && verb == "beat")
        );
    }

    #[test]
    fn antonym_phrases() {
        let lex = Lexicon::get();
        let stay = lex.antonym_phrases(&Atom::new(&stem("stay")));
        let stems = |p: &AntonymPhrase| p.stems.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let in_power = stay
            .iter()
            .find(|p| stems(p) == ["stay", "in", "power"])
            .expect("stay in power");
        let resign = &lex.antonym_phrases(&Atom::new(&stem("resigned")))[0];
        assert_eq!(resign.line, in_power.line);
        assert_ne!(resign.after_bar, in_power.after_bar);
        // A line of phrases adds no word pairs: "stay" alone opposes nothing.
        assert!(lex.antonyms_of(&Atom::new(&stem("stay"))).is_empty());
    }

    #[test]
    fn rival_roles() {
        let lex = Lexicon::get();
        assert!(lex.are_rival_roles("goalkeeper", "striker"));
        assert!(lex.are_rival_roles("rower", "footballer"));
        assert!(
            !lex.are_rival_roles("striker", "forward") && lex.same_role_class("striker", "forward")
        );
        assert!(!lex.are_rival_roles("striker", "footballer"));
        assert!(!lex.are_rival_roles("striker", "captain"));
        for w in lex.role_rivals.keys() {
            assert!(
                lex.is_role(w),
                "{w} is in role_rivals.txt but not in roles.txt"
            );
        }
    }

    #[test]
    fn countries_resolve_by_demonym_and_capital() {
        let lex = Lexicon::get();
        assert_eq!(
            lex.country("moscow").map(|c| c.name.as_str()),
            Some("Russia")
        );
        assert_eq!(
            lex.country("damascus").map(|c| c.name.as_str()),
            Some("Syria")
        );
        assert_eq!(
            lex.country("u.s.").map(|c| c.name.as_str()),
            Some("United States")
        );
        assert_eq!(
            lex.country("chinese").map(|c| c.name.as_str()),
            Some("China")
        );
    }

    #[test]
    fn synonyms_are_not_transitive() {
        let lex = Lexicon::get();
        assert!(lex.are_synonyms(&stem("win"), &stem("defeat")));
        assert!(lex.are_synonyms(&stem("lose"), &stem("defeat")));
        assert!(!lex.are_synonyms(&stem("win"), &stem("lose")));
        assert!(lex.are_antonyms(&stem("intensified"), &stem("eased")));
    }
}
