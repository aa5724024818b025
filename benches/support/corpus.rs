//! A news-like corpus built at bench time, deterministically, from the lexicons under
//! `src/lexicon/` and the templates below: no data is committed. Shared by
//! `benches/throughput.rs` and `examples/bench_corpus.rs` (which writes it to files for
//! end-to-end runs of the binary).
//!
//! The same seed gives the same bytes on every machine: a xorshift generator, no
//! `HashMap` iteration, no clock.

#![allow(dead_code)]

use std::fmt::Write as _;

const COUNTRIES: &str = include_str!("../../src/lexicon/countries.tsv");
const ORGANISATIONS: &str = include_str!("../../src/lexicon/organisations.tsv");
const TITLES: &str = include_str!("../../src/lexicon/titles.txt");
const REPORTING: &str = include_str!("../../src/lexicon/reporting_verbs.txt");

const FIRST: [&str; 24] = [
    "Anna", "Mohammed", "Maria", "James", "Olga", "Carlos", "Fatima", "Peter", "Lena", "Ahmed",
    "Sofia", "David", "Amira", "Thomas", "Yuki", "Daniel", "Nadia", "Ivan", "Grace", "Samuel",
    "Leila", "Marco", "Helen", "Omar",
];
const LAST: [&str; 24] = [
    "Petrova",
    "Haddad",
    "Keller",
    "Okafor",
    "Lindqvist",
    "Moreno",
    "Rahman",
    "Novak",
    "Brennan",
    "Tanaka",
    "Fischer",
    "Costa",
    "Nilsen",
    "Varga",
    "Mensah",
    "Dubois",
    "Kowalski",
    "Santos",
    "Ibrahim",
    "Larsen",
    "Murphy",
    "Weber",
    "Rossi",
    "Jensen",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const QUALIFIERS: [&str; 8] = [
    "more than",
    "about",
    "nearly",
    "at least",
    "some",
    "up to",
    "fewer than",
    "",
];
const NOUNS: [(&str, &str); 10] = [
    ("people", "killed"),
    ("people", "injured"),
    ("families", "displaced"),
    ("soldiers", "deployed"),
    ("homes", "destroyed"),
    ("workers", "evacuated"),
    ("students", "enrolled"),
    ("jobs", "cut"),
    ("patients", "treated"),
    ("flights", "cancelled"),
];
const THINGS: [&str; 10] = [
    "budget",
    "agreement",
    "draft resolution",
    "ceasefire",
    "investigation",
    "election",
    "trade deal",
    "reform plan",
    "aid package",
    "inquiry",
];
const VERBS: [(&str, &str); 8] = [
    ("backed", "back"),
    ("rejected", "reject"),
    ("approved", "approve"),
    ("criticised", "criticise"),
    ("welcomed", "welcome"),
    ("delayed", "delay"),
    ("signed", "sign"),
    ("opposed", "oppose"),
];
const UNITS: [&str; 6] = ["per cent", "million dollars", "tonnes", "km", "euros", "%"];
const FILLER: [&str; 12] = [
    "Officials said the situation remained tense.",
    "The talks are expected to continue next week.",
    "Residents described scenes of confusion in the hours that followed.",
    "Critics say the measures do not go far enough.",
    "Analysts expect the decision to be challenged in court.",
    "The announcement came after months of negotiations.",
    "Opposition leaders called for an independent review.",
    "It was not immediately clear how the plan would be funded.",
    "Local media reported long queues outside the offices.",
    "The figures could not be independently verified.",
    "Several roads into the city remained closed.",
    "A spokesman declined to comment further.",
];

/// A small deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
}

/// Names read from the lexicon files: countries (with demonyms and capitals),
/// organisations, titles, reporting verbs.
pub struct Vocabulary {
    countries: Vec<&'static str>,
    demonyms: Vec<&'static str>,
    capitals: Vec<&'static str>,
    organisations: Vec<&'static str>,
    titles: Vec<&'static str>,
    reporting: Vec<&'static str>,
}

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#') && !l.starts_with('['))
}

fn first_of(field: Option<&'static str>) -> Option<&'static str> {
    field
        .and_then(|f| f.split('|').map(str::trim).find(|s| !s.is_empty()))
        .filter(|s| !s.is_empty())
}

impl Vocabulary {
    pub fn new() -> Self {
        let mut v = Vocabulary {
            countries: Vec::new(),
            demonyms: Vec::new(),
            capitals: Vec::new(),
            organisations: Vec::new(),
            titles: Vec::new(),
            reporting: Vec::new(),
        };
        for line in data_lines(COUNTRIES) {
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or("").trim();
            let _aliases = fields.next();
            if let (Some(demonym), Some(capital)) =
                (first_of(fields.next()), first_of(fields.next()))
            {
                v.countries.push(name);
                v.demonyms.push(demonym);
                v.capitals.push(capital);
            }
        }
        for line in data_lines(ORGANISATIONS) {
            v.organisations
                .push(line.split('\t').next().unwrap_or("").trim());
        }
        v.titles = data_lines(TITLES).map(str::trim).collect();
        v.reporting = data_lines(REPORTING)
            .map(str::trim)
            .filter(|w| !w.contains(' '))
            .collect();
        v
    }
}

impl Default for Vocabulary {
    fn default() -> Self {
        Self::new()
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn past(verb: &str) -> String {
    match verb {
        "say" => "said".into(),
        "tell" => "told".into(),
        "think" => "thought".into(),
        "write" => "wrote".into(),
        "tweet" => "tweeted".into(),
        v if v.ends_with('e') => format!("{v}d"),
        v if v.ends_with('y') && !v.ends_with("ay") => format!("{}ied", &v[..v.len() - 1]),
        v => format!("{v}ed"),
    }
}

fn figure(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => format!("{}", 2 + rng.below(98)),
        1 => {
            let n = 1_000 + rng.below(98_000);
            format!("{},{:03}", n / 1000, n % 1000)
        }
        2 => format!("{}.{}", 1 + rng.below(60), rng.below(10)),
        3 => [
            "two",
            "three",
            "five",
            "a dozen",
            "hundreds of",
            "thousands of",
        ][rng.below(6)]
        .into(),
        _ => format!("{} million", 1 + rng.below(40)),
    }
}

/// One article: a title line, then paragraphs of one to three sentences.
pub struct Article {
    pub text: String,
    /// Sentences that claims may be built from (a figure and a day each).
    pub facts: Vec<Fact>,
}

/// A sentence of the article with the pieces a claim can change.
pub struct Fact {
    pub sentence: String,
    pub figure: String,
    pub day: &'static str,
}

/// Generates one article of about `target` bytes.
pub fn article(v: &Vocabulary, rng: &mut Rng, target: usize) -> Article {
    let c = rng.below(v.countries.len());
    let country = v.countries[c];
    let demonym = v.demonyms[c];
    let capital = v.capitals[c];
    let org = rng.pick(&v.organisations);
    let (first, last) = (rng.pick(&FIRST), rng.pick(&LAST));
    let title = capitalise(rng.pick(&v.titles));
    let thing = rng.pick(&THINGS);
    let (verb_past, verb) = VERBS[rng.below(VERBS.len())];
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{} {} {} {} After {} Talks\n",
        capitalise(demonym),
        capitalise(last),
        capitalise(verb_past),
        capitalise(thing),
        capitalise(rng.pick(&WEEKDAYS))
    );
    let mut facts = Vec::new();
    let mut said_first = false;
    while text.len() < target {
        let mut paragraph = String::new();
        for _ in 0..1 + rng.below(3) {
            let day = rng.pick(&WEEKDAYS);
            let (noun, participle) = NOUNS[rng.below(NOUNS.len())];
            let q = rng.pick(&QUALIFIERS);
            let q = if q.is_empty() {
                String::new()
            } else {
                format!("{q} ")
            };
            let fig = figure(rng);
            let report = past(rng.pick(&v.reporting));
            let sentence = match rng.below(9) {
                0 if !said_first => {
                    said_first = true;
                    format!(
                        "{country} {verb_past} the {thing} on {day}, its {} {first} {last} {report}.",
                        title.to_lowercase()
                    )
                }
                0 | 1 => format!(
                    "{q}{fig} {noun} were {participle} in {capital} on {day}, the {org} {report}."
                ),
                2 => format!(
                    "\"We will not {verb} a {thing} that leaves {fig} {noun} without help,\" {first} {last} {report} on {day}."
                ),
                3 => format!(
                    "{last} {report} {demonym} officials had {verb_past} the plan, and {q}{fig} {noun} were {participle} by {day}."
                ),
                4 => format!(
                    "The {org} said on {day} that prices rose by {} {} in {} {}.",
                    1 + rng.below(30),
                    rng.pick(&UNITS),
                    rng.pick(&MONTHS),
                    1990 + rng.below(35)
                ),
                5 => format!(
                    "He {report} the country would {verb} the {thing} if {q}{fig} {noun} were {participle} before {day}."
                ),
                6 => format!(
                    "It has {verb_past} the {thing} since {} {}, when {q}{fig} {noun} were {participle}.",
                    1 + rng.below(28),
                    rng.pick(&MONTHS)
                ),
                7 => format!(
                    "According to {title} {first} {last}, {q}{fig} {noun} were {participle} in {capital} on {day}."
                ),
                _ => rng.pick(&FILLER).to_string(),
            };
            let sentence = capitalise(&sentence);
            if sentence.contains(day) && sentence.contains(&fig) {
                facts.push(Fact {
                    sentence: sentence.clone(),
                    figure: fig,
                    day,
                });
            }
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(&sentence);
        }
        text.push_str(&paragraph);
        text.push_str("\n\n");
    }
    Article { text, facts }
}

/// `count` articles of about `size` bytes each, from `seed`.
pub fn articles(count: usize, size: usize, seed: u64) -> Vec<Article> {
    let v = Vocabulary::new();
    let mut rng = Rng::new(seed);
    (0..count).map(|_| article(&v, &mut rng, size)).collect()
}

/// A claim about an article: a sentence of it kept, with its day changed, with its
/// figure changed, or a sentence it does not have.
pub fn claim(article: &Article, rng: &mut Rng) -> String {
    let Some(fact) = article
        .facts
        .get(rng.below(article.facts.len().max(1)))
        .filter(|_| !article.facts.is_empty())
    else {
        return "The minister resigned on Friday.".into();
    };
    match rng.below(4) {
        0 | 1 => fact.sentence.clone(),
        2 => {
            let other =
                WEEKDAYS[(WEEKDAYS.iter().position(|d| *d == fact.day).unwrap_or(0) + 1) % 7];
            fact.sentence.replacen(fact.day, other, 1)
        }
        _ => fact.sentence.replacen(&fact.figure, "4,321", 1),
    }
}

/// JSON Lines for `factcheck batch`: `pairs` lines over `articles` (each article is the
/// source of several lines, as in the benchmark files).
pub fn batch_lines(articles: &[Article], pairs: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::new();
    for i in 0..pairs {
        let a = &articles[i * articles.len() / pairs.max(1)];
        let line = serde_json::json!({
            "id": format!("gen-{i:05}"),
            "source": a.text,
            "claim": claim(a, &mut rng),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// The example sources of the repository (`claims/sources/*`, `claims/stories/*.txt`),
/// read at run time, with their names; sorted.
pub fn example_sources() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let mut out = Vec::new();
    for dir in ["sources", "stories"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let is_text = p
                .extension()
                .is_some_and(|x| matches!(x.to_str(), Some("txt" | "md" | "html")));
            if is_text && let Ok(text) = std::fs::read_to_string(&p) {
                out.push((
                    format!("claims/{dir}/{}", e.file_name().to_string_lossy()),
                    text,
                ));
            }
        }
    }
    out.sort();
    out
}
