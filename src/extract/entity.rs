//! People, countries, places and organisations, with every name the article uses for
//! them: acronyms, surnames, demonyms, capitals standing for governments, titles, and
//! pronouns and definite descriptions ("it", "the country") resolved to the entity.
//!
//! ```
//! use factcheck::source::{Format, Source};
//! use factcheck::extract::Document;
//! let text = "Bashar al-Assad spoke. Moscow backs Damascus. It has a base in the country.";
//! let doc = Document::analyse(Source::from_text("a.txt", text.into(), Format::Text));
//! let names: Vec<&str> = doc.sentences[2].mentions.iter().map(|m| m.canonical.as_str()).collect();
//! assert_eq!(names, ["Russia", "Syria"]);
//! ```

use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use serde::Serialize;

use super::SentenceFacts;
use crate::lexicon::{Gender, Lexicon};
use crate::source::{Role, Source};
use crate::text::{Atom, Token, TokenKind};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A country (or its government).
    Country,
    /// A company, agency, party, team or other body.
    Organisation,
    /// A city, region or other place.
    Place,
    /// A name the engine could not classify.
    Other,
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// The full name.
    Name,
    /// Another name or an acronym ("U.N.").
    Alias,
    /// A surname standing for a full name ("Assad").
    Surname,
    /// A given name standing for the one full name the article gives it ("Trey" after
    /// "Trey Moses").
    GivenName,
    /// A demonym ("Russian").
    Demonym,
    /// A capital standing for a government ("Moscow").
    Capital,
    /// A pronoun ("it", "he").
    Pronoun,
    /// A definite description or title ("the country", "its deputy foreign minister").
    Description,
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// The canonical name ("Bashar al-Assad", "Russia", "United Nations").
    pub canonical: String,
    /// What the entity is.
    pub entity_kind: EntityKind,
    /// How this mention names it.
    pub via: Via,
    /// A title that stands with the name ("President").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Byte span in the cleaned text.
    #[serde(skip)]
    pub start: usize,
    /// Byte span end in the cleaned text.
    #[serde(skip)]
    pub end: usize,
    /// Token index range in the sentence.
    #[serde(skip)]
    pub tokens: (usize, usize),
}

/// A fixed word list as a test of membership, written as a `match`: its comparisons have
/// known lengths and compile to a few loads, where `[&str; N]::contains` called `memcmp`
/// for every entry as long as the word (most tokens meet one or more of these lists).
macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident: $($word:literal),+ $(,)?) => {
        $(#[$doc])*
        fn $name(word: &str) -> bool {
            matches!(word, $($word)|+)
        }
    };
}

word_list!(
    /// Words joining the parts of a name ("Bashar al-Assad", "Ludwig van Beethoven").
    is_connector:
    "al", "el", "bin", "ibn", "de", "van", "von", "der", "da", "del", "di", "-",
);

word_list!(
    /// Last words that make a name an organisation.
    is_org_word:
    "herald", "gazette", "telegraph", "journal", "tribune", "chronicle", "observer", "courier",
    "examiner", "bulletin", "guardian", "mail", "magazine", "radio", "energy", "tv", "television", "media",
    "corporation", "holdings", "network", "council", "agency", "party", "ministry",
    "department", "university", "company", "corp", "inc", "ltd", "plc", "league", "association",
    "committee", "court", "bank", "army", "police", "news", "times", "post", "group", "union",
    "foundation", "institute", "commission", "office", "service", "club", "united", "city",
    "fc", "airlines", "airways", "government", "parliament", "assembly", "force", "guard",
    "school", "corps", "reserves", "reserve", "college", "academy", "library", "museum",
    "regime", "brotherhood", "movement", "alliance", "coalition", "society",
    "organisation", "organization", "chamber", "authority", "trust", "brigade",
    "battalion", "regiment", "industries", "technologies", "enterprises", "solutions",
    "administration",
);

word_list!(
    /// Last words that make a name an event or a doctrine, never a person ("Anzac Day",
    /// "World War II", "Kite Festival").
    is_event_word:
    "day", "war", "festival", "cup", "championship", "championships", "olympics", "games",
    "awards", "tournament", "marathon", "summit", "conference", "expo", "week", "revolution",
    "crisis", "scandal", "treaty", "act", "agreement", "accord",
);

word_list!(
    /// Roman numerals that close a name ("World War II", "Pope John Paul II").
    is_roman_numeral: "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
);

word_list!(
    /// Last words that make a name a place ("Etihad Stadium", "Elland Road").
    is_place_word:
    "stadium", "park", "road", "street", "square", "airport", "station", "hospital", "bridge",
    "river", "lake", "mountain", "mountains", "island", "islands", "county", "hall", "centre",
    "center", "arena", "palace", "castle", "church", "cathedral", "valley", "bay", "beach",
    "avenue", "lane", "prison", "clinic",
);

word_list!(
    /// Lower-case words after a name that make it an organisation ("Interfax news agency").
    is_org_follower: "news", "agency", "newspaper", "company", "group", "channel",
);

word_list!(
    /// Determiners that bring in someone not met before: "a doctor said" is nobody the
    /// article has named, whoever was named last.
    introduces_new: "a", "an", "another", "one", "some", "any", "every", "each", "no",
);

/// Whether the noun phrase ending in the title at `k` begins with "other", whatever
/// modifiers lie between ("any other foreign minister"): it means someone else, or anyone.
fn after_other(tokens: &[Token], k: usize) -> bool {
    let modifiers = tokens[..k]
        .iter()
        .rev()
        .take(3)
        .take_while(|t| t.is_word() && !t.is_stopword() && !t.capitalized)
        .count();
    k > modifiers && tokens[k - modifiers - 1].norm == "other"
}

/// Whether a person is brought in without a name before token `k`: a determiner of
/// [`introduces_new`] and a role noun within the next three words ("a visitor", "an
/// off-duty nurse").
fn unnamed_person_before(tokens: &[Token], k: usize) -> bool {
    (0..k).any(|j| {
        introduces_new(&tokens[j].norm) && tokens[j + 1..k.min(j + 4)].iter().any(Token::is_role)
    })
}

word_list!(
    /// Prepositions before a place ("in Aleppo").
    is_place_preposition: "in", "at", "near", "from", "to", "outside", "across",
);

word_list!(
    /// Pronouns that stand for a person.
    is_person_pronoun: "he", "him", "his", "she", "her", "hers",
);

word_list!(
    /// Pronouns that stand for a country or organisation.
    is_thing_pronoun: "it", "its",
);

/// The lexicon entity a lower-case phrase names: its canonical name (the lexicon's own
/// text, copied only where a mention keeps it), kind and how the phrase names it.
fn lookup(phrase: &str, capitalized: bool) -> Option<(&'static str, EntityKind, Via)> {
    let lex = Lexicon::get();
    // "us", "it": only as names when written as names.
    if !capitalized && (lex.is_stopword(phrase) || phrase == "us") {
        return None;
    }
    if let Some((c, form)) = lex.country_form(phrase) {
        let via = match form {
            crate::lexicon::NameForm::Demonym => Via::Demonym,
            crate::lexicon::NameForm::Capital => Via::Capital,
            crate::lexicon::NameForm::Name => Via::Name,
            crate::lexicon::NameForm::Alias => Via::Alias,
        };
        return Some((c.name.as_str(), EntityKind::Country, via));
    }
    lex.organisation(phrase).map(|o| {
        let via = if o.eq_ignore_ascii_case(phrase) {
            Via::Name
        } else {
            Via::Alias
        };
        (o, EntityKind::Organisation, via)
    })
}

/// A lexicon entity at a token: canonical name, kind, how it is named, end token.
type LexiconMention = Option<(&'static str, EntityKind, Via, usize)>;

/// Lexicon entities (countries, organisations) at token `i`, longest first.
pub fn lexicon_mention(tokens: &[Token], i: usize) -> LexiconMention {
    lexicon_mention_in(&mut String::new(), tokens, i)
}

/// [`lexicon_mention`], joining the phrases it looks up in `phrase`: one buffer serves
/// every token of a window, where each token that may start a name allocated its own.
///
/// Inlined, so that the words that start no key (most of them) cost one bit test: called
/// for each, saving and restoring the registers of the search was most of its cost.
#[inline]
fn lexicon_mention_in(phrase: &mut String, tokens: &[Token], i: usize) -> LexiconMention {
    let lengths = tokens.get(i).map_or(0, |t| t.entity_key_lengths());
    if lengths == 0 {
        return None;
    }
    lexicon_phrase_in(phrase, tokens, i, lengths)
}

/// [`lexicon_mention_in`] of a word that starts keys of `lengths` words (a bit set).
#[inline(never)]
fn lexicon_phrase_in(
    phrase: &mut String,
    tokens: &[Token],
    i: usize,
    lengths: u8,
) -> LexiconMention {
    for n in (1..=4).rev() {
        let Some(words) = tokens.get(i..i + n) else {
            continue;
        };
        if words
            .iter()
            .any(|t| t.kind == TokenKind::Punct && t.norm != "-" && t.norm != "'s")
        {
            continue;
        }
        // Only phrases with as many words as some key starting with this word can be
        // found; the others are not joined and looked up.
        let count = words.iter().filter(|t| t.norm != "-").count();
        if lengths & (1 << (count - 1)) == 0 {
            continue;
        }
        // Nor can a phrase ending in a word no key ends with ("the" starts several keys,
        // and most words after it end none): it is not joined and looked up either.
        if !words
            .iter()
            .rev()
            .find(|t| t.norm != "-")
            .is_some_and(|last| Lexicon::get().may_end_entity_name(&last.norm))
        {
            continue;
        }
        phrase.clear();
        for (k, t) in words.iter().filter(|t| t.norm != "-").enumerate() {
            if k > 0 {
                phrase.push(' ');
            }
            phrase.push_str(&t.norm);
        }
        if let Some((canonical, kind, via)) = lookup(phrase, words[0].capitalized) {
            return Some((canonical, kind, via, i + n));
        }
    }
    None
}

/// A capitalised word. Its normal form holds a letter, as a name's must: the first
/// character is upper-case, so a letter, and lower-cased it stays one (see
/// `upper_case_letters_lower_to_letters` in the tests); not reading the text spares a
/// cache miss on most of the words asked about.
fn is_name_word(t: &Token) -> bool {
    t.kind == TokenKind::Word && t.capitalized
}

/// Title words standing at `i` ("deputy foreign minister"), as the index after them.
///
/// Inlined, so that the tokens that start no title (most of them) cost a bit test where
/// they are asked about: called, saving the registers of the search cost more.
#[inline]
pub(crate) fn title_at(tokens: &[Token], i: usize) -> Option<usize> {
    // No title follows a numeral: "5 pm" is a time.
    if i > 0 && tokens[i - 1].kind == TokenKind::Number {
        return None;
    }
    // A word no title starts with gives the candidates of no first word (empty titles).
    let first = tokens
        .get(i)
        .filter(|t| t.may_start_title())
        .map(|t| t.norm.as_str());
    // Most tokens start no title: without an empty title there is no candidate to try, and
    // building the candidates' iterator cost more than the rest (called for every token).
    if first.is_none() && !Lexicon::get().title_index.has_empty() {
        return None;
    }
    title_from(tokens, i, first)
}

/// [`title_at`] where the title would start with `first` (`None`: an empty title).
#[inline(never)]
fn title_from(tokens: &[Token], i: usize, first: Option<&str>) -> Option<usize> {
    let lex = Lexicon::get();
    lex.title_index.candidates(first).find_map(|k| {
        let phrase = &lex.titles[k];
        let words = tokens.get(i..i + phrase.len())?;
        let end = i + phrase.len();
        // "Kansas Gov. Sam Brownback": an abbreviated title keeps its full stop.
        let stop = tokens.get(end).is_some_and(|t| t.norm == ".")
            && phrase.last().is_some_and(|w| lex.is_abbreviation(w))
            && tokens.get(end + 1).is_some_and(|t| t.capitalized);
        words
            .iter()
            .zip(phrase)
            .all(|(t, w)| t.norm == w)
            .then_some(end + usize::from(stop))
    })
}

/// A raw name found in one sentence before resolution.
struct Candidate {
    /// The words of a name the lexicons do not know (empty for a lexicon entity).
    words: Vec<Atom>,
    /// How a lexicon entity is named; `None` for other names.
    lexicon: Option<Via>,
    surface: String,
    kind: EntityKind,
    title: Option<String>,
    start: (usize, usize),
}

/// Whether a line without a final stop has most of its longer words capitalised (a
/// headline). Most sentences end in a stop, and their words are not counted.
fn is_title_case(tokens: &[Token]) -> bool {
    let unpunctuated = tokens.last().is_some_and(|t| t.kind != TokenKind::Punct);
    if !unpunctuated {
        return false;
    }
    let (words, capitals) = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.norm.len() > 3)
        .fold((0, 0), |(words, capitals), t| {
            (words + 1, capitals + usize::from(t.capitalized))
        });
    words >= 4 && capitals * 10 >= words * 7
}

/// Capitalised names in a sentence that the lexicon does not know, into `out` (cleared
/// first): their token ranges and titles.
fn name_runs(
    source: &Source,
    tokens: &[Token],
    lexicon: &[LexiconMention],
    capitalized_elsewhere: &FxHashSet<usize>,
    out: &mut Vec<(usize, usize, Option<String>)>,
) {
    let lex = Lexicon::get();
    let mention_at = |i: usize| lexicon.get(i).and_then(Option::as_ref);
    out.clear();
    let mut i = 0;
    // In a title-cased line every word is capitalised: only names the body confirms count.
    let title_case = is_title_case(tokens);
    while i < tokens.len() {
        // "Sofia Petrova", "Jordan Henderson": a country or capital followed by a name
        // is a person's first name.
        let first_name = !title_case
            && tokens.get(i + 1).is_some_and(|n| {
                is_name_word(n)
                    && mention_at(i + 1).is_none()
                    && title_at(tokens, i + 1).is_none()
                    && !n.is_reporting_verb()
                    && !n.is_stopword()
            })
            && is_name_word(&tokens[i])
            && mention_at(i)
                .is_some_and(|m| m.3 == i + 1 && matches!(m.2, Via::Capital | Via::Name));
        if !first_name && let Some(&(_, _, _, end)) = mention_at(i) {
            i = end;
            continue;
        }
        if !is_name_word(&tokens[i])
            || title_case && !capitalized_elsewhere.contains(&tokens[i].norm.id())
        {
            i += 1;
            continue;
        }
        // A title before a name: "President Bashar al-Assad".
        let mut title = None;
        let mut start = i;
        // "Interior Minister Clara Ramos": a capitalised word before a title is part of it.
        let title_from = if is_name_word(&tokens[i])
            && title_at(tokens, i).is_none()
            && title_at(tokens, i + 1).is_some()
        {
            i + 1
        } else {
            i
        };
        if let Some(after) = title_at(tokens, title_from)
            && tokens.get(after).is_some_and(is_name_word)
        {
            title = Some(source.text()[tokens[i].start..tokens[after - 1].end].to_string());
            start = after;
        }
        let mut end = start;
        while end < tokens.len() {
            let t = &tokens[end];
            let joins = is_connector(&t.norm)
                && tokens.get(end + 1).is_some_and(is_name_word)
                && end > start
                || (t.norm == "al" || t.norm == "el")
                    && tokens.get(end + 1).is_some_and(|n| n.norm == "-");
            // "Royal Bank of Scotland", "University of Oxford": an institution's "of".
            let institution_of = t.norm == "of"
                && end > start
                && is_org_word(&tokens[end - 1].norm)
                && tokens.get(end + 1).is_some_and(is_name_word);
            let after_of = end > start && tokens[end - 1].norm == "of";
            // "George W. Bush", "Helen R. Walsh": a middle initial's full stop goes on
            // with the name.
            let initial_stop = t.norm == "."
                && end > start
                && is_initial(&tokens[end - 1])
                && tokens
                    .get(end + 1)
                    .is_some_and(|n| is_name_word(n) && !n.is_stopword());
            if is_name_word(t)
                && (end == start
                    || after_of
                    || mention_at(end).is_none()
                    || place_as_surname(
                        source,
                        tokens,
                        (start, end),
                        title.is_some(),
                        mention_at(end),
                    ))
                || joins
                || institution_of
                || initial_stop
            {
                end += 1;
            } else {
                break;
            }
        }
        // "Bowe And ...": a run-on caption's capitalised function word ends the name.
        while end > start + 1 && tokens[end - 1].is_stopword() {
            end -= 1;
        }
        if end == start {
            i += 1;
            continue;
        }
        let first = &tokens[start];
        // "Another Twitter user": a determiner or quantifier opening a sentence is no
        // part of a name, whatever its capital. Weekdays and months start time
        // expressions: the class bit spares most names the two lookups.
        let is_common = first.is_stopword()
            || matches!(
                first.norm.as_str(),
                "another" | "several" | "various" | "last" | "next" | "former"
            )
            // "Two days after …", "Dozens of …": a number word is no part of a name.
            || first.kind == TokenKind::Word && first.may_start_quantity()
            || first.may_start_time()
                && (lex.weekday(&first.norm).is_some() || lex.month(&first.norm).is_some())
            || title_at(tokens, start).is_some();
        let sentence_initial =
            start == 0 || tokens[..start].iter().all(|t| t.kind == TokenKind::Punct);
        let known_name = capitalized_elsewhere.contains(&first.norm.id());
        let keep = if end - start > 1 {
            !is_common || end - start > 2
        } else {
            !is_common
                && (!sentence_initial
                    || known_name
                    // "Chicago police said": a place the lexicon knows is a name anywhere.
                    || lex.is_place_name(&first.norm)
                    || tokens
                        .get(end)
                        .is_some_and(|n| n.norm == "'s" || n.is_reporting_verb()))
        };
        // "Cellist Marta Lima said": a role noun capitalised only because it opens the
        // sentence is the role, as in "cellist Marta Lima", and no part of her name.
        let opening_role = sentence_initial
            && end - start > 1
            && first.is_role()
            && classify(tokens, start + 1, end) == EntityKind::Person;
        let s = if (is_common || opening_role) && end - start > 1 {
            start + 1
        } else {
            start
        };
        // "The Prime Minister" with no name after it is a title standing for a person
        // (read with the references), not a name.
        if keep && title_at(tokens, s) != Some(end) {
            out.push((s, end, title));
        }
        i = end.max(i + 1);
    }
}

/// The kind of the name run `start..end`. A given name and a capital ("Denzel
/// Washington") are a person only when the sentence says so: a title or a role noun
/// before ("actor Denzel Washington") or a reporting verb after ("Denzel Washington
/// said"). Else the pair may as well be a club named after its city ("Dynamo Moscow"),
/// which "he" or "the winger" must not take up: it is another name.
fn run_kind(
    tokens: &[Token],
    lexicon: &[LexiconMention],
    start: usize,
    end: usize,
    titled: bool,
) -> EntityKind {
    let kind = classify(tokens, start, end);
    let ends_in_place = end >= start + 2
        && lexicon[end - 1].is_some_and(|m| m.3 == end && matches!(m.2, Via::Capital | Via::Name));
    // "Cellist Marta Lima": a role noun opening the run is the sentence's word for her.
    if kind == EntityKind::Person && ends_in_place && !marks_person(tokens, start, end, titled) {
        EntityKind::Other
    } else {
        kind
    }
}

/// Whether the sentence marks the run `start..after` a person: a title (`titled`), a role
/// noun it opens with or that the sentence gives it ([`attached_roles`]: "actor Denzel
/// Washington", "Marta Lima, a cellist from ..."), or a reporting verb beside it.
fn marks_person(tokens: &[Token], start: usize, after: usize, titled: bool) -> bool {
    titled
        || tokens[start].is_role()
        || start > 0 && tokens[start - 1].is_reporting_verb()
        || tokens.get(after).is_some_and(Token::is_reporting_verb)
        || !attached_roles(tokens, (start, after)).is_empty()
}

/// Whether the capital or country's name at `end` is the surname of a person whose given
/// name is the word before it in the run `start..end` ("Denzel Washington", "Michael
/// Jordan"); a country's own name only when the sentence marks a person
/// ([`marks_person`]: "Michael Jordan said", not "Communist Poland").
/// In a place's name no capitalised word stands before the capital that is not itself a
/// place, a title, a function word or one of `not_given_names.txt` ("North London",
/// "Earlier Washington said"). Alone, after "in" or with "'s", the capital is still read
/// as the place: no given name opens the run.
fn place_as_surname(
    source: &Source,
    tokens: &[Token],
    (start, end): (usize, usize),
    titled: bool,
    place: Option<&(&'static str, EntityKind, Via, usize)>,
) -> bool {
    let Some(&(_, kind, via, after)) = place else {
        return false;
    };
    if end == start
        || after != end + 1
        || kind != EntityKind::Country
        || !matches!(via, Via::Capital | Via::Name)
    {
        return false;
    }
    // Unmarked, a country's own name keeps its country ("Communist Poland"); a capital
    // after a name is no government even then ("Dynamo Lisbon": another name).
    if via != Via::Capital && !marks_person(tokens, start, after, titled) {
        return false;
    }
    let given = &tokens[end - 1];
    let word = given.norm.as_str();
    let surface = &source.text()[given.start..given.end];
    let lex = Lexicon::get();
    // Letters only, not all capitals: "NATO" or "G7" are no given names.
    surface.len() >= 2
        && surface.chars().all(char::is_alphabetic)
        && surface.chars().skip(1).any(char::is_lowercase)
        && !word.ends_with("ly")
        && !given.is_stopword()
        && !given.may_start_time()
        && !given.is_role()
        && !given.is_reporting_verb()
        && title_at(tokens, end - 1).is_none()
        && !lex.is_common(&given.stem)
        && !lex.is_not_given_name(word)
        && !lex.is_place_name(word)
        && !is_place_word(word)
        && !is_org_word(word)
        && !is_event_word(word)
}

fn classify(tokens: &[Token], start: usize, end: usize) -> EntityKind {
    let last = tokens[end - 1].norm.as_str();
    let follower = tokens.get(end).map(|t| t.norm.as_str()).unwrap_or("");
    let words = tokens[start..end].iter().filter(|t| t.norm != "-").count();
    let has_org_word = tokens[start..end]
        .iter()
        .any(|t| is_org_word(&t.norm) && t.norm != "city" && t.norm != "united");
    if is_org_word(last) || is_org_follower(follower) || has_org_word {
        EntityKind::Organisation
    } else if is_place_word(last)
        || Lexicon::get().is_place_name(last)
        || is_place_word(follower)
        || words == 1 && start > 0 && is_place_preposition(&tokens[start - 1].norm)
        // "in Chevy Chase": one lives in a place, never in a person.
        || start > 0
            && matches!(tokens[start - 1].norm.as_str(), "in" | "near" | "outside")
            && !follower.starts_with('\'')
            && follower != "\u{2019}s"
    {
        EntityKind::Place
    } else if words >= 2
        && !after_article(tokens, start)
        && !names_event(tokens, start, end)
        && !holds_function_word(tokens, start, end)
    {
        EntityKind::Person
    } else {
        EntityKind::Other
    }
}

/// Whether the name at `span` of `tokens` ends in, or is followed by, a word for a
/// building or site ("St Agnes hospital", "Elland Road"): a venue, where one person or
/// event is at a time, unlike a town or a region, which may hold another place.
///
/// ```
/// use factcheck::extract::entity::is_venue;
/// use factcheck::text::tokenize;
/// let tokens = tokenize("taken to St Agnes hospital in Yorkshire", 0);
/// assert!(is_venue(&tokens, (2, 4)) && !is_venue(&tokens, (6, 7)));
/// ```
pub fn is_venue(tokens: &[Token], (start, end): (usize, usize)) -> bool {
    end > start
        && (is_place_word(&tokens[end - 1].norm)
            || tokens.get(end).is_some_and(|t| is_place_word(&t.norm)))
}

/// Whether a capitalised function word stands inside the name ("Doctors Without Borders",
/// "Save The Children"): personal names hold none but their particles ("van", "de").
fn holds_function_word(tokens: &[Token], start: usize, end: usize) -> bool {
    // "Stephen A. Smith": an initial is no article.
    let initial =
        |k: usize| is_initial(&tokens[k]) && tokens.get(k + 1).is_some_and(|t| t.norm == ".");
    (start + 1..end).any(|k| {
        let t = &tokens[k];
        t.capitalized && t.is_stopword() && !is_connector(&t.norm) && !initial(k)
    })
}

/// Whether a name is an event or a doctrine by its last word ("Anzac Day", "World War
/// II", "National Socialism"), a numeral after the person's name aside ("John Paul II").
fn names_event(tokens: &[Token], start: usize, end: usize) -> bool {
    let mut last = end - 1;
    if last > start && is_roman_numeral(&tokens[last].norm) {
        last -= 1;
    }
    let word = tokens[last].norm.as_str();
    is_event_word(word) || word.len() > 5 && word.ends_with("ism")
}

/// Whether an article comes right before a name: personal names take none, so "the
/// Middle Eastern nations" and "the Rolling Stones" name no person (a title in between,
/// as in "the Prime Minister David Cameron", is not part of the name's run).
fn after_article(tokens: &[Token], start: usize) -> bool {
    start > 0 && matches!(tokens[start - 1].norm.as_str(), "the" | "a" | "an")
}

/// Aliases of the article's entities, by lower-case phrase: what claims are matched with.
#[derive(Debug, Clone, Default)]
pub struct EntityTable {
    /// Lower-case phrase → canonical name and kind.
    pub aliases: HashMap<String, (String, EntityKind)>,
    /// First words of `aliases` keys, each with a bit per number of words (1 to 8) of
    /// such a key: a claim looks up only phrases that some key could match. Indexed on
    /// the first look-up, once the aliases are complete: only the checker asks, and
    /// `extract` spent a copy of each first word on an index it never read.
    first_words: std::sync::OnceLock<HashMap<String, u8>>,
}

impl EntityTable {
    /// The entity a lower-case phrase names in this article, or in the lexicons.
    ///
    /// ```
    /// use factcheck::source::{Format, Source};
    /// use factcheck::extract::Document;
    /// let src = Source::from_text("a.txt", "Maria Lopez won. Lopez smiled.".into(), Format::Text);
    /// let doc = Document::analyse(src);
    /// assert_eq!(doc.entities.resolve("lopez").map(|e| e.0), Some("Maria Lopez".to_string()));
    /// assert_eq!(doc.entities.key_lengths("lopez") & 1, 1);
    /// ```
    pub fn resolve(&self, phrase: &str) -> Option<(String, EntityKind)> {
        if let Some(hit) = self.aliases.get(phrase) {
            return Some(hit.clone());
        }
        lookup(phrase, false).map(|(c, k, _)| (c.to_owned(), k))
    }

    /// The numbers of words of the phrases starting with this lower-case word that
    /// [`EntityTable::resolve`] may know, as a bit set (bit `n - 1` for `n` words); 0 when
    /// no phrase starting with it names anything.
    pub fn key_lengths(&self, first: &str) -> u8 {
        let first_words = self.first_words.get_or_init(|| self.index_first_words());
        first_words.get(first).copied().unwrap_or(0) | Lexicon::get().entity_key_lengths(first)
    }

    fn index_first_words(&self) -> HashMap<String, u8> {
        let mut first_words: HashMap<String, u8> = HashMap::default();
        for key in self.aliases.keys() {
            let n = key.split(' ').count();
            if let Some(first) = key.split(' ').next()
                && (1..=8).contains(&n)
            {
                *first_words.entry(first.to_string()).or_default() |= 1 << (n - 1);
            }
        }
        first_words
    }
}

/// Finds and resolves every mention of the article; fills `mentions` of each sentence.
pub fn resolve(source: &Source, facts: &mut [SentenceFacts]) -> EntityTable {
    let mut table = EntityTable::default();
    resolve_into(source, facts, Some(&mut table));
    table
}

/// [`resolve`] without the table of aliases: the mentions are the same (the table is
/// written, never read, while they are resolved), and `extract`, which writes the facts
/// and drops the table, spent a copy of each name and phrase on it.
pub(crate) fn resolve_mentions(source: &Source, facts: &mut [SentenceFacts]) {
    resolve_into(source, facts, None);
}

/// [`resolve`], noting the aliases in `table` if given.
fn resolve_into(source: &Source, facts: &mut [SentenceFacts], mut table: Option<&mut EntityTable>) {
    // The words written capitalised after another word, by atom: a set that is only
    // asked, never listed, so keyed by the atom's id (hashed in one multiplication, where
    // the text was hashed byte by byte for each capitalised word).
    let mut capitalized_elsewhere: FxHashSet<usize> = FxHashSet::default();
    for s in source.content_sentences().filter(|s| s.role == Role::Body) {
        for (k, t) in s.tokens.iter().enumerate() {
            // "George K. Ambler": the full stop of a middle initial is inside the name.
            let after_initial =
                k > 1 && s.tokens[k - 1].norm == "." && is_initial(&s.tokens[k - 2]);
            let after_word = k > 0
                && (s.tokens[k - 1].kind != TokenKind::Punct
                    || s.tokens[k - 1].norm == "-"
                    || after_initial);
            if after_word && is_name_word(t) {
                capitalized_elsewhere.insert(t.norm.id());
            }
        }
    }
    // Pass 1: names, in order.
    let mut candidates: Vec<(usize, Candidate)> = Vec::new();
    // Each token's lexicon entity, looked up once: the name runs and this pass ask for
    // most tokens, some more than once. One buffer serves every sentence.
    let mut lexicon: Vec<LexiconMention> = Vec::new();
    // Room for four words at once: grown push by push, it was reallocated several times.
    let mut phrase = String::with_capacity(64);
    // The name runs of a sentence, in one buffer for every sentence: a vector of its
    // own was an allocation (and often a reallocation) for most sentences.
    let mut runs = Vec::new();
    for s in source.content_sentences() {
        let toks = &s.tokens;
        let mut i = 0;
        lexicon.clear();
        lexicon.extend((0..toks.len()).map(|i| lexicon_mention_in(&mut phrase, toks, i)));
        name_runs(source, toks, &lexicon, &capitalized_elsewhere, &mut runs);
        let mut run_iter = runs.drain(..).peekable();
        while i < toks.len() {
            if let Some(&(rs, re, _)) = run_iter.peek()
                && rs <= i
                && let Some((_, _, title)) = run_iter.next()
            {
                let surface = source.text()[toks[rs].start..toks[re - 1].end].to_string();
                let words = toks[rs..re]
                    .iter()
                    .filter(|t| t.norm != "-")
                    .map(|t| t.norm)
                    .collect();
                candidates.push((
                    s.index,
                    Candidate {
                        words,
                        lexicon: None,
                        surface,
                        kind: run_kind(toks, &lexicon, rs, re, title.is_some()),
                        title,
                        start: (rs, re),
                    },
                ));
                i = re;
                continue;
            }
            if let Some((canonical, kind, via, end)) = lexicon[i] {
                candidates.push((
                    s.index,
                    Candidate {
                        words: Vec::new(),
                        lexicon: Some(via),
                        surface: canonical.to_owned(),
                        kind,
                        title: None,
                        start: (i, end),
                    },
                ));
                i = end;
                continue;
            }
            i += 1;
        }
    }
    // Pass 2: canonical names. Persons are known by full name; a lone surname goes to the
    // first full name (in text order) ending in it, whether that name comes before it or,
    // failing that, after it. Full names of three or more words are also kept by their
    // last word, for names that repeat only their tail.
    let mut full_names: HashMap<&str, &str> = HashMap::default();
    let mut long_names: HashMap<&str, Vec<(&[Atom], &str)>> = HashMap::default();
    for (_, c) in &candidates {
        if c.kind == EntityKind::Person
            && c.words.len() >= 2
            && let Some(last) = without_generation(&c.words).last()
        {
            full_names
                .entry(last.as_str())
                .or_insert(c.surface.as_str());
            if c.words.len() >= 3 {
                long_names
                    .entry(last.as_str())
                    .or_default()
                    .push((c.words.as_slice(), c.surface.as_str()));
            }
        }
    }
    let given_names = GivenNames::new(source, &candidates);
    let mut key = String::new();
    // The place a given name was joined with, as the surname of a person named in full
    // elsewhere: its own mention is skipped.
    let mut joined = None;
    for (n, (idx, c)) in candidates.iter().enumerate() {
        // A sentence's mentions are sized once for its names (they are in order): pushed
        // one by one, most sentences' were reallocated twice.
        if facts[*idx].mentions.is_empty() {
            let names = candidates[n..].iter().take_while(|(i, _)| i == idx).count();
            facts[*idx].mentions.reserve(names);
        }
        if joined.take() == Some(n) {
            continue;
        }
        let s = &source.sentences[*idx];
        let (mut ts, mut te) = c.start;
        let surname_place = candidates
            .get(n + 1)
            .filter(|(next_idx, next)| {
                c.words.len() == 1
                    && c.lexicon.is_none()
                    && next_idx == idx
                    && next.start.0 == te
                    && next.lexicon.is_some()
            })
            .and_then(|(_, next)| {
                let (start, end) = (s.tokens[next.start.0].start, s.tokens[next.start.1 - 1].end);
                let place = &source.text()[start..end];
                match given_names.full_name(c.words[0]) {
                    Some(full)
                        if full.strip_prefix(c.surface.as_str())?.strip_prefix(' ')? == place =>
                    {
                        Some((full.to_owned(), next.start.1))
                    }
                    _ => given_names
                        .family_member(&full_names, c.surface.as_str(), place, &s.tokens[ts])
                        .map(|name| (name, next.start.1)),
                }
            });
        // "Louis Jordan, 37, took ...": a word the run did not keep, before a place that is
        // the article's family name.
        let unkept = c.lexicon.is_some()
            && ts > 0
            && facts[*idx].mentions.last().is_none_or(|m| m.tokens.1 < ts);
        let family = unkept
            .then(|| {
                let word = &s.tokens[ts - 1];
                let given = &source.text()[word.start..word.end];
                given_names.family_member(&full_names, given, &c.surface, word)
            })
            .flatten();
        let (canonical, kind, via) = if let Some((full, end)) = surname_place {
            // "Frank Jordan" where the sentence marks no person, after "Frank Jordan said"
            // elsewhere: the capital or country is that person's surname here too.
            joined = Some(n + 1);
            te = end;
            (full, EntityKind::Person, Via::Name)
        } else if let Some(name) = family {
            ts -= 1;
            (name, EntityKind::Person, Via::Name)
        } else if let Some(via) = c.lexicon {
            (c.surface.clone(), c.kind, via)
        } else if c.words.len() == 1 {
            // A bare surname is the person first introduced with it ("Assad" is Bashar
            // al-Assad; his father stays "Hafez al-Assad"), or the first named after it.
            // Failing that, a given name is the one person the article introduces with it
            // ("Trey" after "Trey Moses"), as features and sports reports call them.
            let word = c.words[0].as_str();
            let named = !matches!(c.kind, EntityKind::Place | EntityKind::Organisation);
            match full_names.get(word) {
                Some(full) => (full.to_string(), EntityKind::Person, Via::Surname),
                None => match given_names.full_name(c.words[0]).filter(|_| named) {
                    Some(full) => (full.to_string(), EntityKind::Person, Via::GivenName),
                    None => (c.surface.clone(), c.kind, Via::Name),
                },
            }
        } else if let Some(full) = c
            .words
            .last()
            .and_then(|last| long_names.get(last.as_str()))
            .into_iter()
            .flatten()
            .find(|(w, full)| {
                // "Van Gaal" after "Louis van Gaal", "Gertrud Tiefenbacher" after "Sister
                // Gertrud Tiefenbacher": the tail of a longer name already introduced.
                w.len() > c.words.len()
                    && w.ends_with(&c.words)
                    && !full.eq_ignore_ascii_case(&c.surface)
            })
        {
            (full.1.to_string(), EntityKind::Person, Via::Surname)
        } else {
            (c.surface.clone(), c.kind, Via::Name)
        };
        if let Some(table) = table.as_deref_mut() {
            note_aliases(table, &mut key, &s.tokens[ts..te], c, &canonical, kind, via);
        }
        facts[*idx].mentions.push(Mention {
            canonical,
            entity_kind: kind,
            via,
            title: c.title.clone(),
            start: s.tokens[ts].start,
            end: s.tokens[te - 1].end,
            tokens: (ts, te),
        });
    }
    resolve_references(source, facts, table);
}

/// Of the words that open or close the names of `persons`, those the article also
/// writes in lower case (common words, whatever capital a heading or a name like "South
/// Wind" gives them) and the plurals it writes capitalised after "the" ("the Wolves": a
/// team's or a body's word, never a surname; "the Clinton campaign" takes a surname as
/// a modifier, and "the Clintons" is another word), by atom id. Only those words are looked up: a set
/// of every lower-case word cost a hash insert per token.
fn common_words_among<'c>(
    source: &Source,
    persons: impl Iterator<Item = &'c Candidate>,
) -> (FxHashSet<usize>, FxHashSet<usize>) {
    let mut asked: FxHashSet<usize> = FxHashSet::default();
    // A bit per bucket of atom ids asked about: nearly every token of the article is
    // refused by one bit test before the set is hashed.
    let mut buckets = [0u64; 64];
    let bucket = |id: usize| {
        let h = (id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52;
        ((h >> 6) as usize & 63, 1u64 << (h & 63))
    };
    let mut ask = |id: usize| {
        let (i, bit) = bucket(id);
        buckets[i] |= bit;
        asked.insert(id);
    };
    for c in persons {
        if let (Some(first), Some(last)) = (c.words.first(), c.words.last()) {
            ask(first.id());
            ask(last.id());
        }
    }
    let (mut lower_case, mut after_the) = (FxHashSet::default(), FxHashSet::default());
    for s in source.content_sentences().filter(|s| s.role == Role::Body) {
        for (k, t) in s.tokens.iter().enumerate() {
            let (i, bit) = bucket(t.norm.id());
            if buckets[i] & bit == 0 || t.kind != TokenKind::Word || !asked.contains(&t.norm.id()) {
                continue;
            }
            if !t.capitalized {
                lower_case.insert(t.norm.id());
            } else if k > 0 && s.tokens[k - 1].norm == "the" && t.norm.ends_with('s') {
                after_the.insert(t.norm.id());
            }
        }
    }
    (lower_case, after_the)
}

/// Given names of the article's persons, looked up on demand: most windows of text ask
/// for few of them, and testing every name up front was a twentieth of `extract`.
struct GivenNames<'a> {
    source: &'a Source,
    candidates: &'a [(usize, Candidate)],
    /// Persons of two or three words, by the atom id of their first word.
    by_first: HashMap<usize, Vec<usize>>,
    /// The words the article also writes in lower case, and those it writes after "the"
    /// ([`common_words_among`]), found on the first question that needs them.
    common: std::cell::OnceCell<(FxHashSet<usize>, FxHashSet<usize>)>,
}

impl<'a> GivenNames<'a> {
    fn new(source: &'a Source, candidates: &'a [(usize, Candidate)]) -> Self {
        let mut by_first: HashMap<usize, Vec<usize>> = HashMap::default();
        for (n, (_, c)) in candidates.iter().enumerate() {
            if c.kind == EntityKind::Person
                && c.lexicon.is_none()
                && (2..=3).contains(&without_generation(&c.words).len())
            {
                by_first.entry(c.words[0].id()).or_default().push(n);
            }
        }
        GivenNames {
            source,
            candidates,
            by_first,
            common: std::cell::OnceCell::new(),
        }
    }

    fn common(&self) -> &(FxHashSet<usize>, FxHashSet<usize>) {
        self.common.get_or_init(|| {
            let persons = self.by_first.values().flatten();
            common_words_among(self.source, persons.map(|&n| &self.candidates[n].1))
        })
    }

    /// The one person's full name the article gives with this first word; none where
    /// two persons share it (then "Ellie" alone could be either) or no name with it
    /// reads as a person's ([`personal_name`]).
    fn full_name(&self, first: Atom) -> Option<&'a str> {
        let mut found: Option<&'a str> = None;
        for &n in self.by_first.get(&first.id())? {
            let c = &self.candidates[n].1;
            let (lower_case, after_the) = self.common();
            if !personal_name(c, lower_case, after_the) {
                continue;
            }
            match found {
                Some(known) if known != c.surface => return None,
                _ => found = Some(c.surface.as_str()),
            }
        }
        found
    }

    /// Whether the article writes `word` in lower case: asked of few words (a capitalised
    /// word before a family name), so the text is scanned for each.
    fn written_lower(&self, word: Atom) -> bool {
        self.source
            .content_sentences()
            .filter(|s| s.role == Role::Body)
            .flat_map(|s| &s.tokens)
            .any(|t| t.norm == word && !t.capitalized && t.kind == TokenKind::Word)
    }

    /// "Louis Jordan" as a person, where the article names another of that family
    /// ("Frank Jordan said"): the place `place` is a person's surname in the article, and
    /// `given` (the token `word`) reads as a given name (no stopword, place or word the
    /// article writes in lower case).
    fn family_member(
        &self,
        full_names: &HashMap<&str, &str>,
        given: &str,
        place: &str,
        word: &Token,
    ) -> Option<String> {
        let lex = Lexicon::get();
        (is_name_word(word)
            && full_names.contains_key(place.to_lowercase().as_str())
            && !word.is_stopword()
            && !word.is_role()
            && !self.written_lower(word.norm)
            && !lex.is_place_name(&word.norm)
            && lex.country(&word.norm).is_none()
            && title_at(std::slice::from_ref(word), 0).is_none())
        .then(|| format!("{given} {place}"))
    }
}

/// Whether a person's name of two or more words reads as given name and surname: the
/// run's person kind is only a default for capitalised words nothing else claimed, and
/// "Florida Highway Patrol", "ABC Studios" or "Easter Sunday" give "Florida", "ABC" and
/// "Easter" to nobody. Two or three words; neither the first nor the last is written in
/// lower case in the article or is an acronym or initial ("Senate Majority PAC"); the
/// first is no place, weekday or month, the last no time word ("Muppets Tonight") and
/// no plural written after "the" ("Warrington Wolves ... the Wolves": a team).
fn personal_name(
    c: &Candidate,
    lower_case: &FxHashSet<usize>,
    after_the: &FxHashSet<usize>,
) -> bool {
    let lex = Lexicon::get();
    let core = without_generation(&c.words);
    let (Some(first), Some(last)) = (core.first(), core.last()) else {
        return false;
    };
    let mut surfaces = c.surface.split([' ', '-']);
    let word_like = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.chars().count() > 1 && w.chars().filter(|c| c.is_uppercase()).count() == 1
        })
    };
    let calendar = |w: &Atom| lex.weekday(w).is_some() || lex.month(w).is_some();
    (2..=3).contains(&core.len())
        && !lower_case.contains(&first.id())
        && !lower_case.contains(&last.id())
        && !after_the.contains(&last.id())
        && word_like(surfaces.next())
        && (core.len() < c.words.len() || word_like(surfaces.next_back()))
        && !lex.is_place_name(first)
        && !calendar(first)
        && !lex.may_start_time(last)
}

/// The aliases a name gives its entity: the lower-case phrase of its tokens, a person's
/// name without a generational suffix and surname, an organisation's initials. `key` is
/// a buffer for the phrase.
fn note_aliases(
    table: &mut EntityTable,
    key: &mut String,
    tokens: &[Token],
    c: &Candidate,
    canonical: &str,
    kind: EntityKind,
    via: Via,
) {
    // The phrase is made in one buffer, and copied only for a new alias.
    key.clear();
    push_phrase(key, tokens);
    if !table.aliases.contains_key(key.as_str()) {
        table
            .aliases
            .insert(key.clone(), (canonical.to_owned(), kind));
    }
    if kind == EntityKind::Person && via == Via::Name && c.words.len() >= 2 {
        // "Kenneth Morgan Stancil III" is also "Kenneth Morgan Stancil" and "Stancil".
        let core = without_generation(&c.words);
        if core.len() < c.words.len() {
            table
                .aliases
                .entry(core.join(" "))
                .or_insert_with(|| (canonical.to_owned(), kind));
        }
        let last = core
            .last()
            .map_or_else(String::new, |w| w.as_str().to_owned());
        table
            .aliases
            .entry(last)
            .or_insert_with(|| (canonical.to_owned(), kind));
    }
    if kind == EntityKind::Organisation && c.words.len() >= 2 {
        let initials: String = c
            .words
            .iter()
            .filter(|w| !matches!(w.as_str(), "of" | "the" | "and"))
            .filter_map(|w| w.chars().next())
            .collect();
        table
            .aliases
            .entry(initials)
            .or_insert_with(|| (canonical.to_owned(), kind));
    }
}

/// The lower-case phrase of a run of a sentence's tokens: what
/// [`normalize_words`](crate::text::normalize_words) gives for their text (cut at token
/// boundaries, the text tokenizes into the same tokens), without tokenizing it again.
fn phrase_of(tokens: &[Token]) -> String {
    // Sized once (a space or nothing after each word): grown push by push, it was
    // reallocated for most names.
    let mut phrase = String::with_capacity(tokens.iter().map(|t| t.norm.len() + 1).sum());
    push_phrase(&mut phrase, tokens);
    phrase
}

/// [`phrase_of`], appended to `phrase`.
fn push_phrase(phrase: &mut String, tokens: &[Token]) {
    for (k, t) in tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .enumerate()
    {
        if k > 0 {
            phrase.push(' ');
        }
        phrase.push_str(&t.norm);
    }
}

/// A name's words without a generational suffix ("Jr", "III") at its end.
fn without_generation(words: &[Atom]) -> &[Atom] {
    match words.split_last() {
        Some((last, head))
            if !head.is_empty() && matches!(last.as_str(), "jr" | "sr" | "ii" | "iii" | "iv") =>
        {
            head
        }
        _ => words,
    }
}

/// Pronouns, "the country", and titles without a name ("its deputy foreign minister").
fn resolve_references(
    source: &Source,
    facts: &mut [SentenceFacts],
    mut table: Option<&mut EntityTable>,
) {
    // Mentions of the sentences done, by sentence and position: those sentences'
    // mentions are final, so the places stand for the mentions (copies of three mentions
    // a sentence cost allocations for their names and titles).
    let mut last_person: Option<(usize, usize)> = None;
    // The person the previous sentence opened with, its subject as far as can be told.
    let mut first_person: Option<(usize, usize)> = None;
    // The gender of the pronoun that opened the previous sentence, if one did: "She'd
    // since returned, Lee said. He said ...": "he" is not who "she" was.
    let mut first_pronoun_gender: Option<Gender> = None;
    let mut prev_subject: Option<(usize, usize)> = None;
    // The sentences done so far, in order: their mentions are final, and "the country"
    // looks back through them there (a copy of every mention cost an allocation each).
    let mut recent: Vec<usize> = Vec::new();
    // The person last introduced with each role noun ("Director Ann Lee", "Ann Lee, the
    // director"): "the director" later is that person, not merely the last one named.
    let mut introduced: HashMap<String, Mention> = HashMap::default();
    let titled_in = titled_sentences(source, facts);
    let aged = stated_ages(source, facts);
    // Each person's gender as the article's own words give it (an honorific, a gendered
    // role noun); `None` once two of its words disagree.
    let mut genders: HashMap<String, Option<Gender>> = HashMap::default();
    // The role description at each token of a sentence that names a person, found once:
    // both passes below ask. One buffer serves every sentence.
    let mut roles: Vec<Option<(usize, bool)>> = Vec::new();
    // The first person named with each last name ("King" → "Ray King"): a title word
    // that is such a name stands for that person.
    let mut surnames: HashMap<String, String> = HashMap::default();
    // Whether each token of a sentence lies in one of its names: asked of every token
    // that may start a reference, where each asked every name of the sentence.
    let mut named: Vec<bool> = Vec::new();
    // Whether a double-quoted quotation is open where the sentence starts, and the
    // paragraph that was counted.
    let (mut quote_open, mut paragraph) = (false, usize::MAX);
    for s in &source.sentences {
        if s.role == Role::Boilerplate {
            continue;
        }
        if s.paragraph != paragraph {
            (quote_open, paragraph) = (false, s.paragraph);
        }
        let quoting = quote_open;
        // Most sentences hold no quotation mark: one byte search refuses them.
        let text = &source.text().as_bytes()[s.start..s.end];
        let marks = if memchr::memchr2(b'"', 0xE2, text).is_some() {
            s.tokens.iter().filter(|t| is_double_mark(t)).count()
        } else {
            0
        };
        quote_open ^= marks % 2 == 1;
        let idx = s.index;
        // A name the lexicons could not classify is a person when a role noun introduces
        // it ("Kayo, one of the best-loved singers, ...").
        for m in facts[idx].mentions.iter_mut() {
            if m.entity_kind == EntityKind::Other
                && m.via == Via::Name
                && introduced_role(&s.tokens, m).is_some()
            {
                m.entity_kind = EntityKind::Person;
            }
        }
        // "The London Wasps captain", "A Northfield school teacher": a name between the
        // article and a role noun is the team, body or place the person belongs to, never
        // another person (personal names take no article). Only a sentence that names a
        // person looks for descriptions at every token; the others look where a
        // reference below asks (few tokens get that far).
        roles.clear();
        let names_person = facts[idx]
            .mentions
            .iter()
            .any(|m| m.entity_kind == EntityKind::Person && m.via == Via::Name);
        if names_person {
            roles.extend((0..s.tokens.len()).map(|k| role_description(&s.tokens, k)));
        }
        for (k, role) in roles.iter().enumerate() {
            let Some((len, _)) = *role else {
                continue;
            };
            for m in facts[idx].mentions.iter_mut().filter(|m| {
                m.entity_kind == EntityKind::Person
                    && m.via == Via::Name
                    && m.tokens.0 > k
                    && m.tokens.1 < k + len
            }) {
                m.entity_kind = EntityKind::Organisation;
                if let Some(table) = table.as_deref_mut() {
                    let phrase =
                        crate::text::normalize_words(&source.text()[m.start..m.end]).join(" ");
                    if let Some(entry) = table.aliases.get_mut(&phrase) {
                        entry.1 = EntityKind::Organisation;
                    }
                }
            }
        }
        // Borrowed, not copied: nothing changes this sentence's mentions until they are
        // taken below.
        let names = &facts[idx].mentions;
        for m in names.iter().filter(|m| m.entity_kind == EntityKind::Person) {
            let role = introduced_role(&s.tokens, m);
            let honorific = m.title.as_deref().map(str::to_lowercase);
            if let Some(g) = honorific.iter().chain(&role).find_map(|w| gender_of(w)) {
                note_gender(&mut genders, &m.canonical, g);
            }
            if let Some(role) = role {
                introduced.insert(role, m.clone());
            }
        }
        let mention = |at: Option<(usize, usize)>| at.map(|(i, j)| &facts[i].mentions[j]);
        let (last_person_ref, first_person_ref, prev_subject_ref) = (
            mention(last_person),
            mention(first_person),
            mention(prev_subject),
        );
        named.clear();
        named.resize(s.tokens.len(), false);
        for m in names {
            named[m.tokens.0..m.tokens.1].fill(true);
        }
        let mut added = Vec::new();
        for (k, t) in s.tokens.iter().enumerate() {
            if !may_refer(t) {
                continue;
            }
            // The names that end at or before this token, in order.
            let here = || names.iter().filter(move |m| m.tokens.1 <= k);
            // Every mention of the sentences before, the latest first.
            let earlier = || {
                recent
                    .iter()
                    .rev()
                    .flat_map(|&i| facts[i].mentions.iter().rev())
            };
            // Added mentions start where they are found, each after the one before: only
            // the last may cover this token.
            let in_name = named[k] || added.last().is_some_and(|m: &Mention| k < m.tokens.1);
            if in_name {
                continue;
            }
            // The description at a token: found above for a sentence that names a
            // person, else looked for here.
            let role_at = |j: usize| {
                roles
                    .get(j)
                    .copied()
                    .unwrap_or_else(|| role_description(&s.tokens, j))
            };
            let pointing = |canonical: &str, kind: EntityKind, len: usize| Mention {
                canonical: canonical.to_string(),
                entity_kind: kind,
                via: Via::Pronoun,
                title: None,
                start: t.start,
                end: s.tokens[k + len - 1].end,
                tokens: (k, k + len),
            };
            if is_person_pronoun(&t.norm) {
                // "he" is never a person the article calls a woman, nor "she" a man.
                let fits = |m: &&Mention| {
                    m.entity_kind == EntityKind::Person
                        && fits_gender(&genders, &m.canonical, gender_of(&t.norm))
                };
                // "'That is the kind of person Lee is,' she said": the names a quotation
                // just closed before the pronoun are the speaker's words, not the speaker.
                let quoted = quotation_before(&s.tokens, k);
                let outside = |m: &&Mention| {
                    quoted.is_none_or(|(open, close)| m.tokens.1 <= open || m.tokens.0 >= close)
                };
                // "A visitor fell, and a doctor said she ...": a person brought in
                // unnamed earlier in the sentence is nearer than anyone named before it.
                // "Lee was happy to give him the ball": an object pronoun is never the
                // subject of its own clause (binding theory's Principle B), so a person
                // with no clause boundary between it and "him" is skipped.
                // A reporting verb opens a clause of its own ("Lee said Kim hit him"),
                // unless "him" is its own object ("she told him", "writes to him").
                let own_clause =
                    |m: &&Mention| t.norm == "him" && same_clause(&s.tokens, m.tokens.1, k);
                // The clause's own subject is nobody "him" may be, here or before; a
                // pronoun subject already resolved counts too ("he still thinks about
                // him": not the same man), and so does a description: one guessed from
                // nearness alone is dropped when "him" follows ([`new_beside_him`]), so
                // the one left was named with its title ("Judge Ann Lee ... The judge
                // told him").
                let subject_here = here()
                    .chain(added.iter().filter(|m| {
                        m.tokens.1 <= k && matches!(m.via, Via::Pronoun | Via::Description)
                    }))
                    .filter(outside)
                    .filter(|m| fits(m) && own_clause(m))
                    .max_by_key(|m| m.tokens.1);
                let other = |m: &&Mention| subject_here.is_none_or(|n| n.canonical != m.canonical);
                let fits = |m: &&Mention| fits(m) && other(m);
                let person = here()
                    .rev()
                    .filter(outside)
                    .find(|m| fits(m) && !own_clause(m))
                    .or_else(|| {
                        if unnamed_person_before(&s.tokens, k) {
                            return None;
                        }
                        // "Lee, a teacher, posted photos of Kim. She was not surprised": a
                        // subject opening its sentence goes on about the last one's subject.
                        // Inside a quotation begun in an earlier sentence, "she" is the
                        // speaker's word and not the narration's: the rule does not hold.
                        let opens = matches!(t.norm.as_str(), "he" | "she")
                            && !quoting
                            && s.tokens[..k].iter().all(|t| t.kind == TokenKind::Punct);
                        let agrees = first_pronoun_gender
                            .is_none_or(|g| gender_of(&t.norm).is_none_or(|h| g == h));
                        let subject = first_person_ref.filter(|m| opens && agrees && fits(m));
                        subject.or(last_person_ref.filter(fits)).or_else(|| {
                            earlier().find(|m| {
                                fits(m)
                                    && matches!(
                                        m.via,
                                        Via::Name | Via::Alias | Via::Surname | Via::GivenName
                                    )
                            })
                        })
                    });
                if let Some(p) = person {
                    added.push(pointing(&p.canonical, EntityKind::Person, 1));
                }
            } else if is_thing_pronoun(&t.norm) {
                // "it is difficult to say", "it seems": an empty subject stands for nothing.
                if super::pronoun::is_expletive_it(&s.tokens, k) {
                    continue;
                }
                // "Germans", "a Chinese team": a demonym names people, not one thing.
                // "The sunny capital city put on a show for its …": a description
                // opening the sentence is its subject.
                let described = added.iter().find(|m| {
                    m.via == Via::Description
                        && m.entity_kind != EntityKind::Person
                        && opens_sentence(&s.tokens, m)
                });
                let thing = here()
                    .rev()
                    .find(|m| {
                        m.entity_kind != EntityKind::Person
                            && m.via != Via::Demonym
                            && is_subject_position(&s.tokens, m)
                    })
                    .or(described)
                    .or(prev_subject_ref)
                    .map(|m| (m.canonical.clone(), m.entity_kind));
                if let Some((canonical, kind)) = thing {
                    added.push(pointing(&canonical, kind, 1));
                }
            } else if let Some((len, kind)) = kind_description(&s.tokens, k) {
                // "the country", "the quaint capital city": the last-named place of that kind.
                let skip = added.first().or(names.first()).map(|m| m.canonical.clone());
                let found = here().rev().chain(earlier()).find(|m| {
                    // A capital names its country ("Moscow said"), yet it is a city.
                    let capital = || {
                        let surface = source.text()[m.start..m.end].to_lowercase();
                        Lexicon::get()
                            .country_form(&surface)
                            .is_some_and(|(_, f)| f == crate::lexicon::NameForm::Capital)
                    };
                    (m.entity_kind == kind
                        || kind == EntityKind::Place
                            && m.entity_kind == EntityKind::Country
                            && capital())
                        && Some(&m.canonical) != skip.as_ref()
                });
                if let Some(m) = found {
                    let mut d = pointing(&m.canonical, m.entity_kind, len);
                    d.via = Via::Description;
                    added.push(d);
                }
            } else if let Some((len, forward)) = role_at(k) {
                // "the director", "the 46-year-old": the person last named; "A judge has
                // ruled" opening a story: the person named next.
                let noun = &s.tokens[k + len - 1].norm;
                // "the 42-year-old": the one person the article gives that age, wherever.
                // Only the bare age: "the 20-year-old woman" may be someone else of that
                // age, and her noun may say she is not the man the article gives it.
                let of_age = description_age(&s.tokens, k)
                    .filter(|_| len == 6)
                    .and_then(|age| aged.get(age))
                    .filter(|people| people.len() == 1)
                    .map(|people| people[0].clone());
                let person = if let Some(p) = of_age {
                    Some(p)
                } else if forward {
                    person_next(facts, source, idx)
                } else if let Some(p) = introduced.get(noun.as_str()) {
                    Some(p.clone())
                } else {
                    // "Loeb filed a complaint against the actress": a description is never
                    // the person its own clause's subject names (binding theory's
                    // Principle C), so that person is skipped for the one named before.
                    // A predicate is exempt: "Lee is the director", "praised Lee as the
                    // finest sprinter".
                    let predicate = k > 0
                        && matches!(
                            s.tokens[k - 1].norm.as_str(),
                            "is" | "was"
                                | "are"
                                | "were"
                                | "be"
                                | "been"
                                | "being"
                                | "become"
                                | "became"
                                | "becomes"
                                | "remains"
                                | "remained"
                                | "as"
                        );
                    let bound: Vec<&str> = if t.capitalized || predicate {
                        Vec::new()
                    } else {
                        here()
                            .chain(added.iter().filter(|m| m.tokens.1 <= k))
                            .filter(|m| {
                                m.entity_kind == EntityKind::Person
                                    && binds(&s.tokens, m.tokens.1, k)
                            })
                            .map(|m| m.canonical.as_str())
                            .collect()
                    };
                    // "The Kessler Rovers captain" is no one named Kessler Rovers.
                    let inside: Vec<&str> = names
                        .iter()
                        .filter(|m| m.tokens.0 > k && m.tokens.1 <= k + len)
                        .map(|m| m.canonical.as_str())
                        .collect();
                    let want = gender_of(noun);
                    let free = |m: &&Mention| {
                        m.entity_kind == EntityKind::Person
                            && !bound.contains(&m.canonical.as_str())
                            && !inside.contains(&m.canonical.as_str())
                            && fits_gender(&genders, &m.canonical, want)
                    };
                    // "the actress": the person the article last called a woman, if any.
                    let same_gender = want.and_then(|w| {
                        here()
                            .rev()
                            .chain(earlier())
                            .find(|m| free(m) && genders.get(&m.canonical) == Some(&Some(w)))
                    });
                    same_gender
                        .or_else(|| here().rev().find(free))
                        // "Lee says ... Smith ... . The striker had scored": a description
                        // opening a sentence goes on about the last one's subject.
                        .or(first_person_ref.filter(|m| k == 0 && free(m)))
                        .or(last_person_ref.filter(free))
                        .or_else(|| {
                            earlier().find(|m| {
                                free(m)
                                    && matches!(
                                        m.via,
                                        Via::Name | Via::Alias | Via::Surname | Via::GivenName
                                    )
                            })
                        })
                        .filter(|m| !new_beside_him(&s.tokens, k + len, &genders, m))
                        .cloned()
                };
                if let Some(p) = person {
                    if let Some(g) = gender_of(noun) {
                        note_gender(&mut genders, &p.canonical, g);
                    }
                    let mut d = pointing(&p.canonical, EntityKind::Person, len);
                    d.via = Via::Description;
                    added.push(d);
                }
            } else if let Some(after) = title_at(&s.tokens, k)
                && !s.tokens.get(after).is_some_and(is_name_word)
                && (k == 0
                    || !s.tokens[k - 1].capitalized
                    || matches!(s.tokens[k - 1].norm.as_str(), "its" | "the"))
                // "the director" was judged at its article, with the binding rules.
                && !(k > 0 && role_at(k - 1).is_some())
                // "a doctor said" is someone new; "Lee, a doctor," is Lee.
                && !(k > 0
                    && introduces_new(&s.tokens[k - 1].norm)
                    && !(k > 1 && s.tokens[k - 2].norm == ","))
                // "any other foreign minister", "the other minister": by the word itself,
                // not the person named nearby.
                && !after_other(&s.tokens, k)
                // "waited for justice", "ran for president", "elected as mayor": a bare
                // title after a preposition is the office, not someone holding it.
                && !(k > 0 && {
                    let before = s.tokens[k - 1].norm.as_str();
                    PREPOSITIONS.contains(&before) || before == "as"
                })
                && !names.iter().any(|m| m.tokens.0 == after)
            {
                // A title standing for a person named nearby: the one the article names
                // with that title, else the nearest.
                let phrase = phrase_of(&s.tokens[k..after]);
                // "Blues legend Ray King … King said": a capitalised title word that is
                // the last name of a person named before is that person (the first
                // named, as with any surname), not a title.
                let surname = (t.capitalized && after == k + 1)
                    .then(|| {
                        let surface = &source.text()[t.start..t.end];
                        surnames.get(surface).cloned().or_else(|| {
                            here()
                                .find(|m| last_name_of(m) == Some(surface))
                                .map(|m| m.canonical.clone())
                        })
                    })
                    .flatten();
                if let Some(p) = surname {
                    let mut d = pointing(&p, EntityKind::Person, 1);
                    d.via = Via::Surname;
                    added.push(d);
                } else if let Some(p) =
                    person_titled(facts, &titled_in, idx, &phrase).or_else(|| {
                        person_near(facts, source, idx)
                            .filter(|p| !new_beside_him(&s.tokens, after, &genders, p))
                    })
                {
                    if let Some(table) = table.as_deref_mut() {
                        table
                            .aliases
                            .entry(phrase)
                            .or_insert((p.canonical.clone(), EntityKind::Person));
                    }
                    let mut d = pointing(&p.canonical, EntityKind::Person, after - k);
                    d.via = Via::Description;
                    d.title = Some(source.text()[t.start..s.tokens[after - 1].end].to_string());
                    added.push(d);
                }
            }
        }
        let mut all = std::mem::take(&mut facts[idx].mentions);
        all.extend(added);
        all.sort_by_key(|m| m.tokens);
        for m in &all {
            if let Some(last) = last_name_of(m)
                && !surnames.contains_key(last)
            {
                surnames.insert(last.to_string(), m.canonical.clone());
            }
        }
        let here = |j: usize| (idx, j);
        if let Some(j) = all
            .iter()
            .rposition(|m| m.entity_kind == EntityKind::Person)
        {
            last_person = Some(here(j));
        }
        first_person = all
            .iter()
            .position(|m| {
                m.entity_kind == EntityKind::Person
                    && (m.tokens.0 == 0 || opens_in_apposition(&s.tokens, m))
            })
            .map(here);
        first_pronoun_gender = first_person
            .map(|(_, j)| &all[j])
            .filter(|m| m.via == Via::Pronoun)
            .and_then(|m| gender_of(&s.tokens[m.tokens.0].norm));
        // "It" in the next sentences goes on about the first thing this one names as a
        // subject, not one inside a phrase ("in the Premier League"); a sentence that
        // names none leaves the topic as it was.
        if let Some(j) = all
            .iter()
            .position(|m| m.entity_kind != EntityKind::Person && is_subject_position(&s.tokens, m))
        {
            prev_subject = Some(here(j));
        }
        recent.push(idx);
        facts[idx].mentions = all;
    }
}

/// Whether no clause boundary lies between tokens `from` and `to`: no punctuation,
/// conjunction, relative or subordinator, and no reporting verb opening a clause of its
/// own ("Lee said Kim hit him"), unless what follows it is its object ("she told him",
/// "writes to him").
fn same_clause(tokens: &[Token], from: usize, to: usize) -> bool {
    !tokens[from..to].iter().enumerate().any(|(j, b)| {
        b.kind == TokenKind::Punct
            || b.is_reporting_verb()
                && !tokens[from + j + 1..to]
                    .iter()
                    .all(|w| PREPOSITIONS.contains(&w.norm.as_str()))
            || matches!(b.norm.as_str(), "that" | "and" | "but" | "who" | "which")
            || super::relation::SUBORDINATORS.contains(&b.norm.as_str())
    })
}

/// A capital letter standing alone, as an initial is written ("W" of "George W. Bush").
///
/// ```
/// use factcheck::text::tokenize;
/// use factcheck::extract::entity::is_initial;
/// let tokens = tokenize("George W. Bush", 0);
/// assert!(is_initial(&tokens[1]) && !is_initial(&tokens[0]));
/// ```
pub fn is_initial(t: &Token) -> bool {
    t.capitalized && t.norm.len() == 1 && t.norm.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Whether a description ending before token `end`, guessed from nearness alone to be
/// `person`, is someone the article has not named: "The judge told him to sit down" —
/// "him" is never the subject of its own clause, and the nearest man is who "him" is.
/// A possessor is no subject: "the man's mother left him there" may be about one man.
fn new_beside_him(
    tokens: &[Token],
    end: usize,
    genders: &HashMap<String, Option<Gender>>,
    person: &Mention,
) -> bool {
    let possessor = tokens
        .get(end)
        .is_some_and(|t| matches!(t.norm.as_str(), "'s" | "’s" | "'"));
    !possessor
        && fits_gender(genders, &person.canonical, Some(Gender::Male))
        && (end..tokens.len()).any(|h| tokens[h].norm == "him" && same_clause(tokens, end, h))
}

/// The opening and closing marks of a double-quoted quotation that closes right before
/// token `k`, a comma aside (`"...," she said`, `"..." he said`).
fn quotation_before(tokens: &[Token], k: usize) -> Option<(usize, usize)> {
    let close = (1..=2)
        .filter_map(|back| k.checked_sub(back))
        .find(|&j| is_double_mark(&tokens[j]))
        .filter(|&j| tokens[j + 1..k].iter().all(|t| t.norm == ","))?;
    let open = tokens[..close].iter().rposition(is_double_mark)?;
    Some((open, close))
}

/// A double quotation mark, straight or curly.
fn is_double_mark(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "\"" | "“" | "”")
}

/// The last word of a person's full name, as written ("King" of "Ray King").
fn last_name_of(m: &Mention) -> Option<&str> {
    (m.entity_kind == EntityKind::Person && matches!(m.via, Via::Name | Via::Alias))
        .then(|| m.canonical.rsplit_once(' ').map(|(_, last)| last))
        .flatten()
}

/// Whether a reference may start at a token: pronouns and descriptions open with a
/// function word, and any other word can only start a title. Most tokens start none,
/// and are passed over without the tests of each kind (see
/// `pronouns_and_determiners_are_function_words` in the tests).
fn may_refer(t: &Token) -> bool {
    t.is_stopword() || t.may_start_title() || Lexicon::get().title_index.has_empty()
}

/// Whether a mention opens its sentence, after nothing but punctuation and "the": the
/// subject a pronoun of the next sentence may go on about.
fn opens_sentence(tokens: &[Token], m: &Mention) -> bool {
    tokens[..m.tokens.0]
        .iter()
        .enumerate()
        .all(|(j, t)| t.kind == TokenKind::Punct || j + 1 == m.tokens.0 && t.norm == "the")
}

/// Prepositions whose object is not the subject of a clause.
pub const PREPOSITIONS: [&str; 16] = [
    "in", "on", "at", "against", "to", "for", "with", "from", "by", "of", "about", "into", "over",
    "under", "between", "across",
];

/// Whether a mention can be a clause's subject: it is not the object of a preposition
/// ("against Syria"), not a modifier ("U.N. sanctions"), and not an unclassified name.
pub fn is_subject_position(tokens: &[Token], m: &Mention) -> bool {
    // "in the NHS": the article stands between the preposition and its object.
    let mut before = m.tokens.0;
    if before > 1 && matches!(tokens[before - 1].norm.as_str(), "the" | "a" | "an") {
        before -= 1;
    }
    let prev = before.checked_sub(1).map(|p| tokens[p].norm.as_str());
    let modifier = tokens.get(m.tokens.1).is_some_and(|a| {
        a.is_word()
            && !a.capitalized
            && !a.is_stopword()
            && !a.is_reporting_verb()
            && !a.norm.ends_with("ed")
            && !a.norm.ends_with('s')
    });
    m.entity_kind != EntityKind::Other
        && !modifier
        && !prev.is_some_and(|p| PREPOSITIONS.contains(&p))
}

/// The role noun a person's name is introduced with: just before it ("Director Ann
/// Lee", "director Ann Lee") or in apposition after it ("Ann Lee, the director,").
fn introduced_role(tokens: &[Token], m: &Mention) -> Option<String> {
    let lex = Lexicon::get();
    let role = |t: &Token| (t.is_word() && t.is_role()).then(|| t.norm.as_str().to_owned());
    if let Some(title) = &m.title
        && lex.is_role(&title.to_lowercase())
    {
        return Some(title.to_lowercase());
    }
    // "winger Quint", not "Leicester host Swansea": a role word between two names, the
    // second a single word, is rather the first one's verb ("Wasps flanker James
    // Haskell" keeps its role: a full name after it).
    let between_names = m.tokens.0 > 1 && m.tokens.1 == m.tokens.0 + 1 && {
        let before = &tokens[m.tokens.0 - 2];
        is_name_word(before) && !before.is_stopword()
    };
    if m.tokens.0 > 0
        && !between_names
        && let Some(r) = role(&tokens[m.tokens.0 - 1])
    {
        return Some(r);
    }
    if let Some((_, r)) = role_in_apposition(tokens, m) {
        return Some(r);
    }
    let mut j = m.tokens.1;
    if tokens.get(j)?.norm != "," {
        return None;
    }
    j += 1;
    // "Kayo, one of the country's best-loved singers": a plural role noun.
    if tokens.get(j)?.norm == "one" && tokens.get(j + 1)?.norm == "of" {
        return tokens
            .iter()
            .skip(j + 2)
            .take(8)
            .take_while(|t| t.norm != ",")
            .find_map(|t| {
                let single = t.norm.strip_suffix('s')?;
                (t.is_word() && lex.is_role(single)).then(|| single.to_string())
            });
    }
    if !matches!(tokens.get(j)?.norm.as_str(), "a" | "an" | "the") {
        return None;
    }
    // Up to two modifiers: "Ann Lee, the award-winning director".
    for _ in 0..3 {
        j += 1;
        let t = tokens.get(j)?;
        if let Some(r) = role(t) {
            return tokens
                .get(j + 1)
                .is_none_or(|n| !n.is_word() || !n.is_role())
                .then_some(r);
        }
        if !t.is_word() || t.capitalized {
            return None;
        }
    }
    None
}

/// The role noun of a noun phrase a name stands in apposition to, set off by commas
/// ("My little brother, Danny, died", "the victim, Ann Lee, was"), with where the phrase
/// opens: a determiner or possessive, at most two modifiers before its noun.
fn role_in_apposition(tokens: &[Token], m: &Mention) -> Option<(usize, String)> {
    let comma = m.tokens.0.checked_sub(1)?;
    let noun = comma.checked_sub(1)?;
    let closed = tokens
        .get(m.tokens.1)
        .is_none_or(|t| t.kind == TokenKind::Punct);
    // A kinship noun ("brother") is no role a later "the brother" may stand for, yet it
    // introduces a person as well as one.
    let person_noun = |t: &Token| t.is_word() && (t.is_role() || gender_of(&t.norm).is_some());
    if tokens[comma].norm != "," || !closed || !person_noun(&tokens[noun]) {
        return None;
    }
    let det = (noun.saturating_sub(3)..noun).rev().find(|&j| {
        matches!(
            tokens[j].norm.as_str(),
            "the" | "a" | "an" | "my" | "his" | "her" | "their" | "our" | "your" | "its"
        )
    })?;
    // "The academy's director": a possessor's "'s" may stand among the modifiers.
    tokens[det + 1..noun]
        .iter()
        .all(|t| t.is_word() && (!t.is_stopword() || matches!(t.norm.as_str(), "'s" | "’s")))
        .then(|| (det, tokens[noun].norm.as_str().to_owned()))
}

/// Whether a person is named in apposition to the noun phrase opening its sentence
/// ("My little brother, Danny, died ..."): the sentence's subject, as a person opening
/// it is.
fn opens_in_apposition(tokens: &[Token], m: &Mention) -> bool {
    role_in_apposition(tokens, m)
        .is_some_and(|(det, _)| tokens[..det].iter().all(|t| t.kind == TokenKind::Punct))
}

/// Whether the token at `j` marks the word before it as a possessor ("the goalkeeper's").
pub fn possessive_at(tokens: &[Token], j: usize) -> bool {
    tokens
        .get(j)
        .is_some_and(|n| matches!(n.norm.as_str(), "'s" | "\u{2019}s" | "'" | "s"))
}

/// Every role noun a sentence gives the person named at `span`: a run of them just
/// before the name ("the 42-year-old striker and captain Tomas Brekke", "Goalkeeper Petter
/// Aune"), an apposition after it ("Aune, the Varnes goalkeeper,", "Aune, 31, a
/// goalkeeper and coach,") and a predicate ("Aune is a goalkeeper", "Aune, who was the
/// goalkeeper"). A role noun followed by a possessive belongs to someone else
/// ("Aune, the goalkeeper's father").
pub fn attached_roles(tokens: &[Token], span: (usize, usize)) -> Vec<&str> {
    let role = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| t.is_word() && t.is_role() && !possessive_at(tokens, j + 1))
    };
    let mut roles = Vec::new();
    // Before: ROLE ((and | ,) ROLE)* right up to the name.
    let mut j = span.0;
    while j > 0 && role(j - 1) {
        roles.push(tokens[j - 1].norm.as_str());
        j -= 1;
        if j >= 2 && matches!(tokens[j - 1].norm.as_str(), "and" | "," | "&") && role(j - 2) {
            j -= 1;
        } else {
            break;
        }
    }
    // After: ", [age ,] a|an|the [up to three modifiers] ROLE (and ROLE)*", or the same
    // as a predicate: "Aune is a goalkeeper", "Aune, who was the goalkeeper".
    let mut j = span.1;
    let comma = tokens.get(j).is_some_and(|t| t.norm == ",");
    if comma {
        j += 1;
        if tokens.get(j).is_some_and(|t| t.kind == TokenKind::Number)
            && tokens.get(j + 1).is_some_and(|t| t.norm == ",")
        {
            j += 2;
        }
        if tokens.get(j).is_some_and(|t| t.norm == "who") {
            j += 1;
        }
    }
    let predicate = tokens.get(j).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "is" | "was" | "became" | "becomes" | "remains" | "remained"
        )
    });
    if predicate {
        j += 1;
    }
    if !(comma || predicate)
        || !tokens
            .get(j)
            .is_some_and(|t| matches!(t.norm.as_str(), "a" | "an" | "the"))
    {
        return roles;
    }
    j += 1;
    let limit = j + 4;
    while j < limit && j < tokens.len() {
        if role(j) {
            roles.push(tokens[j].norm.as_str());
            if tokens.get(j + 1).is_some_and(|t| t.norm == "and") && role(j + 2) {
                j += 2;
                continue;
            }
            break;
        }
        let t = &tokens[j];
        if !(t.is_word() && !t.is_stopword() || t.norm == "-" || t.kind == TokenKind::Number) {
            break;
        }
        j += 1;
    }
    roles
}

/// "the country", "the city", "the quaint capital city": a definite description of a
/// place, with up to two adjectives before its noun; its length and the kind it stands for.
fn kind_description(tokens: &[Token], k: usize) -> Option<(usize, EntityKind)> {
    let lex = Lexicon::get();
    if tokens[k].norm != "the" {
        return None;
    }
    let kind_of = |t: &Token| match t.norm.as_str() {
        "country" | "nation" => Some(EntityKind::Country),
        "city" | "capital" | "town" => Some(EntityKind::Place),
        _ => None,
    };
    let mut j = k + 1;
    while j < tokens.len()
        && j < k + 3
        && kind_of(&tokens[j]).is_none()
        && tokens[j].is_word()
        && (!tokens[j].capitalized || lex.country(&tokens[j].norm).is_some())
        && !tokens[j].is_role()
        && !tokens[j].is_stopword()
    {
        j += 1;
    }
    let noun = tokens.get(j)?;
    let mut kind = kind_of(noun)?;
    // "the capital city": the last noun of the description decides.
    if let Some(next) = tokens.get(j + 1)
        && let Some(k2) = kind_of(next)
    {
        kind = k2;
        j += 1;
    }
    Some((j + 1 - k, kind))
}

/// A description standing for a person at `k`: "the director", "this schoolboy",
/// "the 46-year-old", or a story-opening "A judge". Returns its length in tokens and
/// whether it points forward (to a person named later).
#[inline]
fn role_description(tokens: &[Token], k: usize) -> Option<(usize, bool)> {
    // Every determiner [`described_role`] reads is a function word: the class bit turns
    // away most tokens without a look at their text (asked of every token), and the
    // other function words are turned away here, without a call.
    if !tokens[k].is_stopword() {
        return None;
    }
    let det = tokens[k].norm.as_str();
    let definite = matches!(det, "the" | "this" | "that");
    let opening = matches!(det, "a" | "an" | "one") && k == 0;
    if !(definite || opening) {
        return None;
    }
    described_role(tokens, k, definite, opening)
}

/// [`role_description`] at a determiner: `definite` ("the", "this", "that") or
/// `opening` (a story-opening "a", "an", "one").
fn described_role(
    tokens: &[Token],
    k: usize,
    definite: bool,
    opening: bool,
) -> Option<(usize, bool)> {
    let lex = Lexicon::get();
    let mut j = k + 1;
    // Skip up to four modifiers: "the grieving mother", "the former minister", "a Florida
    // woman", "a veteran Georgia middle school teacher"; after "the", a name used as a
    // modifier: "the London Wasps captain", "the former Harbour City Rovers striker" (its
    // team or body, not another person). A title is no modifier: "the Prime Minister" is
    // read as a title. Stopwords and role nouns end the run, so no clause is crossed.
    let name_modifier =
        |t: &Token, at: usize| definite && title_at(tokens, at).is_none() && t.capitalized;
    while j < tokens.len()
        && j < k + 5
        && tokens[j].is_word()
        && (!tokens[j].capitalized
            || opening
            || lex.country(&tokens[j].norm).is_some()
            || name_modifier(&tokens[j], j))
        && !tokens[j].is_role()
        && !tokens[j].is_stopword()
    {
        j += 1;
    }
    // A compound's head is its last noun: "a veteran Georgia middle school teacher" is a
    // teacher, "veteran" only a modifier of it.
    if tokens.get(j).is_some_and(|t| t.is_word() && t.is_role())
        && let Some(head) = (j + 1..(k + 6).min(tokens.len()))
            .take_while(|&h| {
                tokens[h].is_word()
                    && !tokens[h].is_stopword()
                    && (!tokens[h].capitalized || opening || name_modifier(&tokens[h], h))
            })
            .find(|&h| tokens[h].is_role())
            .filter(|&h| h > j + 1)
    {
        j = head;
    }
    let noun = tokens.get(j)?;
    let named_next = tokens
        .get(j + 1)
        .is_some_and(|n| n.capitalized && n.is_word());
    if noun.is_word() && noun.is_role() && !named_next {
        return Some((j + 1 - k, opening));
    }
    // "the 46-year-old"
    let age = tokens.get(k + 1..k + 6)?;
    let is_age = age[0].kind == TokenKind::Number
        && age[1].norm == "-"
        && age[2].norm == "year"
        && age[3].norm == "-"
        && age[4].norm == "old";
    // "the 46-year-old woman" is someone described; "the 37-year-old finished", "the
    // 52-year-old libertarian lawmaker" are the person last named.
    let verb_next = tokens
        .get(k + 6)
        .is_some_and(|n| n.norm.ends_with("ed") || n.is_reporting_verb());
    let followed_by_noun = tokens
        .get(k + 6)
        .is_some_and(|n| n.is_word() && !n.capitalized && !n.is_stopword())
        && !verb_next;
    if definite && is_age && followed_by_noun {
        let role = (k + 6..(k + 9).min(tokens.len()))
            .take_while(|&j| tokens[j].is_word() && !tokens[j].is_stopword())
            .find(|&j| tokens[j].is_role());
        return role.map(|j| (j + 1 - k, false));
    }
    (definite && is_age && !followed_by_noun).then_some((6, false))
}

/// A person's gender, as the article's words give it.
/// The gender a pronoun, honorific or role noun gives its person (the gender lexicon).
fn gender_of(word: &str) -> Option<Gender> {
    Lexicon::get().gender(word)
}

/// Records a person's gender; two that disagree leave it unknown for good.
fn note_gender(genders: &mut HashMap<String, Option<Gender>>, canonical: &str, g: Gender) {
    let known = genders.entry(canonical.to_string()).or_insert(Some(g));
    if *known != Some(g) {
        *known = None;
    }
}

/// Whether a person may be one a word of gender `want` stands for: not known to be of
/// the other gender.
fn fits_gender(
    genders: &HashMap<String, Option<Gender>>,
    canonical: &str,
    want: Option<Gender>,
) -> bool {
    match (want, genders.get(canonical)) {
        (Some(w), Some(Some(g))) => w == *g,
        _ => true,
    }
}

/// Whether a person named up to token `end` binds a description at `k` in the same
/// clause: not a possessor ("Lee's coach"), and no punctuation or coordinating word
/// between them ("Lee won, and the director said" may go on about Lee). An apposition
/// after the name is skipped: "Lee, a spokeswoman for the theatre, said the director
/// ..." is no more about Lee than "Lee said the director ...".
fn binds(tokens: &[Token], end: usize, k: usize) -> bool {
    let from = apposition_end(tokens, end).unwrap_or(end).min(k);
    tokens.get(end).is_none_or(|t| t.norm != "'s")
        && tokens[from..k].iter().all(|t| {
            t.is_word() && !matches!(t.norm.as_str(), "and" | "but" | "or" | "while" | "whereas")
        })
}

/// After a name ending before token `end`, the token after ", a spokeswoman for the
/// theatre,": an apposition opened by a determiner and closed by a comma.
fn apposition_end(tokens: &[Token], end: usize) -> Option<usize> {
    let opens = tokens.get(end)?.norm == ","
        && tokens
            .get(end + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "a" | "an" | "the"));
    if !opens {
        return None;
    }
    let close = end + 2 + tokens.get(end + 2..)?.iter().position(|t| t.norm == ",")?;
    Some(close + 1)
}

/// The age a description gives: "the 42-year-old", "the 42-year-old actress".
fn description_age(tokens: &[Token], k: usize) -> Option<&str> {
    age_at(tokens, k + 1)
}

/// "42-year-old" starting at token `j`: the age.
fn age_at(tokens: &[Token], j: usize) -> Option<&str> {
    let age = tokens.get(j..j + 5)?;
    (age[0].kind == TokenKind::Number
        && age[1].norm == "-"
        && age[2].norm == "year"
        && age[3].norm == "-"
        && age[4].norm == "old")
        .then(|| age[0].norm.as_str())
}

/// The persons the article gives an age, by that age: "Ann Lee, 42," and "42-year-old Ann
/// Lee". One mention per person (the first), so a count of people is a count of persons.
fn stated_ages(source: &Source, facts: &[SentenceFacts]) -> HashMap<String, Vec<Mention>> {
    let mut by_age: HashMap<String, Vec<Mention>> = HashMap::default();
    for (i, f) in facts.iter().enumerate() {
        let tokens = &source.sentences[i].tokens;
        if source.sentences[i].role == Role::Boilerplate {
            continue;
        }
        for m in f.mentions.iter().filter(|m| {
            m.entity_kind == EntityKind::Person
                && matches!(
                    m.via,
                    Via::Name | Via::Alias | Via::Surname | Via::GivenName
                )
        }) {
            let (a, b) = m.tokens;
            // "Ann Lee, 42, said" or "Ann Lee, 42." — not "Ann Lee, 42 miles away".
            let after = (tokens.get(b).is_some_and(|t| t.norm == ",")
                && tokens
                    .get(b + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
                && tokens
                    .get(b + 2)
                    .is_none_or(|t| matches!(t.norm.as_str(), "," | "." | ")" | "and")))
            .then(|| tokens[b + 1].norm.as_str());
            let before = a.checked_sub(5).and_then(|j| age_at(tokens, j));
            if let Some(age) = after.or(before) {
                let people = by_age.entry(age.to_string()).or_default();
                if !people.iter().any(|p| p.canonical == m.canonical) {
                    people.push(m.clone());
                }
            }
        }
    }
    by_age
}

/// The sentences where a person is named with each title ("Prime Minister Ann Lee"), by
/// the title's normal words, in article order. Built once per document: a mention's title
/// and how it was found do not change while references are resolved, so this is the
/// exact set of sentences [`person_titled`] can answer from.
fn titled_sentences(source: &Source, facts: &[SentenceFacts]) -> HashMap<String, Vec<usize>> {
    let mut by_title: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, f) in facts.iter().enumerate() {
        if source.sentences[i].role == Role::Boilerplate {
            continue;
        }
        for title in f.mentions.iter().filter_map(named_title) {
            let at = by_title.entry(crate::text::normalize_words(title).join(" "));
            let list = at.or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    by_title
}

/// The title a mention names its person with, when the mention is a name.
fn named_title(m: &Mention) -> Option<&str> {
    matches!(
        m.via,
        Via::Name | Via::Alias | Via::Surname | Via::GivenName
    )
    .then_some(m.title.as_deref())
    .flatten()
}

/// The person the article names with `title` ("Prime Minister Ann Lee" for a bare "the
/// Prime Minister"): in this or the next two sentences, else the nearest before, else
/// anywhere after. A title names one office, so its holder beats whoever was named last.
fn person_titled(
    facts: &[SentenceFacts],
    titled_in: &HashMap<String, Vec<usize>>,
    idx: usize,
    title: &str,
) -> Option<Mention> {
    let sentences = titled_in.get(title)?;
    let titled = |&i: &usize| {
        facts[i]
            .mentions
            .iter()
            .find(|m| {
                m.entity_kind == EntityKind::Person
                    && named_title(m)
                        .is_some_and(|t| crate::text::normalize_words(t).join(" ") == title)
            })
            .cloned()
    };
    let (before, after) = sentences.split_at(sentences.partition_point(|&i| i < idx));
    let near = after.partition_point(|&i| i < idx + 3);
    after[..near]
        .iter()
        .find_map(titled)
        .or_else(|| before.iter().rev().find_map(titled))
        .or_else(|| after[near..].iter().find_map(titled))
}

fn person_near(facts: &[SentenceFacts], source: &Source, idx: usize) -> Option<Mention> {
    named_ahead(facts, source, idx)
        .or_else(|| {
            facts[..idx]
                .iter()
                .rev()
                .flat_map(|f| f.mentions.iter().rev())
                .find(|m| m.entity_kind == EntityKind::Person)
        })
        .cloned()
}

/// The person an indefinite opening a sentence stands for ("A judge has ruled ... Judge
/// Ann Lee said"): the one named next, if the article has not named them before. An
/// indefinite brings someone in: "A visitor fell ... Carvalho said" is not Carvalho.
fn person_next(facts: &[SentenceFacts], source: &Source, idx: usize) -> Option<Mention> {
    let next = named_ahead(facts, source, idx)?;
    let named_before = facts[..idx]
        .iter()
        .flat_map(|f| f.mentions.iter())
        .any(|m| m.canonical == next.canonical);
    (!named_before).then(|| next.clone())
}

/// The first person named in sentence `idx` or the two after it.
fn named_ahead<'a>(facts: &'a [SentenceFacts], source: &Source, idx: usize) -> Option<&'a Mention> {
    (idx..(idx + 3).min(facts.len()))
        .filter(|&i| source.sentences[i].role != Role::Boilerplate)
        .flat_map(|i| facts[i].mentions.iter())
        .find(|m| m.entity_kind == EntityKind::Person && m.via != Via::Pronoun)
}
