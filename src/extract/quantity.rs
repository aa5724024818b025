//! Quantities in every form news writes them: digits with separators, number words,
//! scale words and suffixes ("$4.5bn"), fractions ("11½", "half a million"), ranges,
//! scores and votes ("6-3"), vague amounts ("dozens"), with the qualifier before them,
//! the unit after them and the word saying what they count.
//!
//! ```
//! use factcheck::extract::quantity::quantities;
//! use factcheck::lexicon::Qualifier;
//! use factcheck::text::tokenize;
//! let q = &quantities(&tokenize("The blast killed more than two dozen people.", 0), &[])[0];
//! assert_eq!((q.value, q.qualifier), (Some(24.0), Qualifier::Over));
//! assert_eq!(q.counted.as_deref(), Some("people"));
//! ```

use serde::Serialize;

use super::time::{TimeExpr, TimeKind, is_year};
use crate::lexicon::{Lexicon, Qualifier};
use crate::text::{Token, TokenKind};

/// A number with what it means.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// The value, for a single figure.
    pub value: Option<f64>,
    /// Lower bound, for a range or a vague amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    /// Upper bound, for a range or a vague amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// How the figure relates to the truth.
    pub qualifier: Qualifier,
    /// Unit, canonical ("percent", "dollar", "years-old", "score"; "of-compound" for a
    /// figure inside a compound such as "mother-of-six").
    pub unit: Option<String>,
    /// The noun or event counted or measured ("people", "dead").
    pub counted: Option<String>,
    /// The whole when the figure is a part of it ("seventeen of the 30" → 30).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of_total: Option<f64>,
    /// The time the sentence anchors the figure to ("sunday").
    pub anchor: Option<String>,
    /// The person or thing an age or other attribute belongs to ("Enoch Gaver, 21,").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Byte span in the cleaned text.
    #[serde(skip)]
    pub start: usize,
    /// Byte span end in the cleaned text.
    #[serde(skip)]
    pub end: usize,
    /// Token index range in the sentence, qualifier included.
    #[serde(skip)]
    pub tokens: (usize, usize),
    /// Number of significant digits the figure was written with (for rounding).
    #[serde(skip)]
    pub significant: u32,
    /// Stems of the content words around the figure ("killing", "people"): what it is about.
    #[serde(skip)]
    pub context: Vec<String>,
}

impl Quantity {
    /// The interval [low, high] the figure stands for, before qualifier semantics.
    pub fn bounds(&self) -> (f64, f64) {
        match (self.value, self.low, self.high) {
            (Some(v), _, _) => (v, v),
            (None, Some(l), Some(h)) => (l, h),
            _ => (f64::NAN, f64::NAN),
        }
    }
}

/// Parses the figure of a digit token ("5,400" → 5400, "11½" → 11.5).
pub fn parse_digits(norm: &str) -> Option<(f64, u32)> {
    let (whole, fraction) = match norm.char_indices().last() {
        Some((k, c)) if crate::text::is_vulgar_fraction(c) => (&norm[..k], fraction_value(c)),
        _ => (norm, 0.0),
    };
    if whole.is_empty() {
        return Some((fraction, 1));
    }
    // "5,400" and "1,234,567" use commas for thousands; "5,4" (continental decimal) is rare
    // in English news and read as thousands too only when groups have three digits.
    let groups: Vec<&str> = whole.split(',').collect();
    let thousands = groups.len() > 1 && groups[1..].iter().all(|g| g.len() >= 3);
    let plain: String = if thousands {
        whole.replace(',', "")
    } else {
        whole.replace(',', ".")
    };
    let value: f64 = plain.parse().ok()?;
    let digits: String = plain.chars().filter(char::is_ascii_digit).collect();
    let trimmed = digits.trim_start_matches('0');
    let significant = if plain.contains('.') {
        trimmed.len().max(1)
    } else {
        trimmed.trim_end_matches('0').len().max(1)
    };
    Some((value + fraction, significant as u32))
}

fn fraction_value(c: char) -> f64 {
    match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅛' => 0.125,
        _ => 0.0,
    }
}

/// A figure found at a token: value, significant digits, index after it.
struct Figure {
    value: f64,
    significant: u32,
    end: usize,
}

fn word_at(tokens: &[Token], i: usize) -> Option<&str> {
    tokens
        .get(i)
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
}

/// Number words: "twenty-five", "Forty-two", "a hundred", "two dozen", "half a million",
/// "three hundred and twelve".
fn number_words(tokens: &[Token], i: usize) -> Option<Figure> {
    let lex = Lexicon::get();
    let mut j = i;
    let mut total = 0.0_f64;
    let mut current = 0.0_f64;
    let mut seen = false;
    let mut fraction = None;
    if let Some(f) = word_at(tokens, j).and_then(|w| lex.fractions.get(w)) {
        // "half a million", "a quarter of a million"
        let mut k = j + 1;
        if word_at(tokens, k) == Some("of") {
            k += 1;
        }
        if matches!(word_at(tokens, k), Some("a" | "an")) {
            k += 1;
        }
        if word_at(tokens, k).is_some_and(|w| lex.number_scales.contains_key(w)) {
            fraction = Some(*f);
            j = k;
        } else {
            return None;
        }
    }
    if fraction.is_none() && matches!(word_at(tokens, j), Some("a" | "an")) {
        let next = word_at(tokens, j + 1)?;
        if next == "dozen" || lex.number_scales.contains_key(next) && next.len() > 2 {
            current = 1.0;
            seen = true;
            j += 1;
        } else {
            return None;
        }
    }
    let mut after_scale = false;
    while let Some(w) = word_at(tokens, j) {
        if let Some(&v) = lex.number_units.get(w) {
            // "twenty five" composes, "three four" does not: a word under ten only
            // follows a tens word or a scale.
            let tens_before = current >= 20.0 && current % 10.0 == 0.0 && current < 100.0;
            if seen && w != "dozen" && !(tens_before && v < 10.0) && !after_scale {
                break;
            }
            after_scale = false;
            if w == "dozen" {
                current = current.max(1.0) * v;
            } else {
                current += v;
            }
            seen = true;
            j += 1;
        } else if let Some(&scale) = lex.number_scales.get(w).filter(|_| w.len() > 2) {
            if !seen && fraction.is_none() {
                return None;
            }
            let base = if fraction.is_some() && !seen {
                1.0
            } else {
                current.max(1.0)
            };
            if scale >= 1000.0 {
                total += base * scale;
                current = 0.0;
            } else {
                current = base * scale;
            }
            seen = true;
            after_scale = true;
            j += 1;
        } else if seen
            && after_scale
            && w == "and"
            && word_at(tokens, j + 1).is_some_and(|n| lex.number_units.contains_key(n))
        {
            j += 1;
        } else {
            break;
        }
        // "twenty-five": a hyphen joins two number words.
        if tokens.get(j).is_some_and(|t| t.norm == "-")
            && word_at(tokens, j + 1).is_some_and(|n| lex.number_units.contains_key(n))
        {
            j += 1;
        }
    }
    if !seen {
        return None;
    }
    let value = (total + current) * fraction.unwrap_or(1.0);
    Some(Figure {
        value,
        significant: 1,
        end: j,
    })
}

/// A digit figure with an optional scale word or suffix ("4.5bn", "5.4 thousand").
fn digit_figure(tokens: &[Token], i: usize, money: bool) -> Option<Figure> {
    let lex = Lexicon::get();
    let t = tokens.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let (mut value, significant) = parse_digits(&t.norm)?;
    let mut end = i + 1;
    if let Some(next) = tokens.get(end)
        && next.kind == TokenKind::Word
        && let Some(&scale) = lex.number_scales.get(next.norm.as_str())
    {
        let adjacent = next.start == t.end;
        let short = next.norm.len() <= 2;
        // "m" after a bare number is metres; after money it is millions.
        let accept = if short {
            adjacent && (money || next.norm != "m")
        } else {
            true
        };
        if accept && next.norm != "b" || (next.norm == "b" && money && adjacent) {
            value = scaled(value, scale);
            end += 1;
        }
    }
    Some(Figure {
        value,
        significant,
        end,
    })
}

/// `value` times a scale, rid of the binary fraction's error: 4.1 × 10⁹ is
/// 4,099,999,999.9999995 in floating point, and "£4.1 billion" means 4,100,000,000.
fn scaled(value: f64, scale: f64) -> f64 {
    let product = value * scale;
    let whole = product.round();
    if (product - whole).abs() <= product.abs() * 1e-12 {
        whole
    } else {
        product
    }
}

fn figure(tokens: &[Token], i: usize, money: bool) -> Option<Figure> {
    digit_figure(tokens, i, money).or_else(|| number_words(tokens, i))
}

fn qualifier_at(tokens: &[Token], i: usize) -> Option<(Qualifier, usize)> {
    let lex = Lexicon::get();
    let first = tokens.get(i).map(|t| t.norm.as_str());
    lex.qualifier_index.candidates(first).find_map(|k| {
        let (phrase, q) = &lex.qualifiers[k];
        let words = tokens.get(i..i + phrase.len())?;
        words
            .iter()
            .zip(phrase)
            .all(|(t, w)| t.norm == w)
            .then_some((*q, i + phrase.len()))
    })
}

fn currency_at(tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let t = tokens.get(i)?;
    let unit = match t.norm.as_str() {
        "$" => "dollar",
        "£" => "pound",
        "€" => "euro",
        "¥" => "yen",
        "#" => "pound",
        _ => return None,
    };
    // "US$": the country letters stand before the sign.
    Some((unit, i + 1))
}

/// Matches a unit phrase after a figure, skipping hyphens ("20-year-old").
fn unit_at(tokens: &[Token], i: usize) -> Option<(String, usize)> {
    let lex = Lexicon::get();
    let words: Vec<(usize, &Token)> = tokens[i.min(tokens.len())..]
        .iter()
        .enumerate()
        .filter(|(_, t)| t.norm != "-")
        .take(3)
        .map(|(k, t)| (i + k, t))
        .collect();
    let first = words.first().map(|(_, t)| t.norm.as_str());
    lex.unit_index.candidates(first).find_map(|k| {
        let (phrase, unit) = &lex.units[k];
        if phrase.len() > words.len() {
            return None;
        }
        let matched = words.iter().zip(phrase).all(|((_, t), w)| t.norm == w);
        matched.then(|| (unit.clone(), words[phrase.len() - 1].0 + 1))
    })
}

fn vague_at(tokens: &[Token], i: usize) -> Option<(f64, f64, usize)> {
    let lex = Lexicon::get();
    let first = tokens.get(i).map(|t| t.norm.as_str());
    lex.vague_index.candidates(first).find_map(|k| {
        let (phrase, lo, hi) = &lex.vague_amounts[k];
        let words = tokens.get(i..i + phrase.len())?;
        let matched = words.iter().zip(phrase).all(|(t, w)| t.norm == w);
        // "scores of people" is vague; "scores" alone is usually a verb or a game score,
        // and a bare "few" a determiner ("few believed it").
        let needs_of =
            phrase.len() == 1 && matches!(phrase[0].as_str(), "scores" | "few" | "couple");

        let of_follows = tokens.get(i + phrase.len()).is_some_and(|t| t.norm == "of");
        let not_a_figure = tokens
            .get(i + phrase.len())
            .is_none_or(|t| t.kind != TokenKind::Number);
        (matched && (!needs_of || of_follows) && not_a_figure).then_some((
            *lo,
            *hi,
            i + phrase.len(),
        ))
    })
}

/// Whether the number at `k` closes a season or financial year written with its first
/// year ("the 2015-16 campaign"): the last two digits of the year after, no count.
fn season_end(tokens: &[Token], k: usize) -> bool {
    let (Some(dash), Some(t)) = (k.checked_sub(1).map(|d| &tokens[d]), tokens.get(k)) else {
        return false;
    };
    if k < 2 || dash.norm != "-" || t.norm.len() != 2 || !is_year(tokens, k - 2) {
        return false;
    }
    let year = &tokens[k - 2];
    let (Ok(first), Ok(last)) = (year.norm.parse::<u32>(), t.norm.parse::<u32>()) else {
        return false;
    };
    year.end == dash.start && dash.end == t.start && (first + 1) % 100 == last
}

fn covered_by_time(times: &[TimeExpr], i: usize) -> bool {
    times
        .iter()
        .any(|t| t.tokens.0 <= i && i < t.tokens.1 && t.kind != TimeKind::Daypart)
}

/// Whether a word has the ending of an adjective or participle ("electronic", "annual",
/// "dangerous", "injured").
fn is_adjective_form(word: &str) -> bool {
    word.len() > 4
        && [
            "ic", "al", "ous", "ful", "ive", "less", "ed", "ible", "able",
        ]
        .iter()
        .any(|end| word.ends_with(end))
}

/// The head of a hyphenated compound that ends in "of" and the figure ("a
/// mother-of-six", "the father-of-two"): the figure counts what the head has, and the
/// word after the compound is no noun it counts ("the mother-of-six lived on ...").
fn compound_head(tokens: &[Token], first: usize) -> Option<String> {
    let glued = |k: usize| tokens[k - 1].end == tokens[k].start;
    let mut k = first;
    while k >= 2 && tokens[k - 1].norm == "-" && glued(k) && glued(k - 1) {
        k -= 2;
    }
    // Only a compound whose last link is "of": "under-21" stays a figure of its noun.
    let linked_by_of = k + 2 < first && tokens[first - 2].norm == "of";
    (linked_by_of && tokens[k].kind == TokenKind::Word).then(|| tokens[k].norm.as_str().to_owned())
}

/// The noun a figure counts: the next content word ("5,400 people", "80 dead"),
/// skipping "of the" ("hundreds of people").
fn counted_after(tokens: &[Token], mut j: usize) -> Option<String> {
    for _ in 0..4 {
        let t = tokens.get(j)?;
        if t.kind == TokenKind::Word
            && matches!(
                t.norm.as_str(),
                "of" | "the" | "more" | "other" | "extra" | "additional" | "new" | "-"
            )
        {
            j += 1;
            continue;
        }
        // "4% last month": a time phrase says when, not what.
        if t.kind == TokenKind::Word
            && matches!(
                t.norm.as_str(),
                "last" | "next" | "this" | "overnight" | "yesterday" | "today" | "tomorrow"
            )
        {
            return None;
        }
        // "three Liverpool men": a name between figure and noun describes the noun.
        let noun_follows = tokens
            .get(j + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && !n.capitalized && !n.is_stopword());
        if t.kind == TokenKind::Word && t.capitalized && !t.is_stopword() && noun_follows {
            j += 1;
            continue;
        }
        // "eight pornographic videos", "three experienced flyers": an adjective before
        // the noun describes it.
        if t.kind == TokenKind::Word
            && !t.capitalized
            && noun_follows
            && is_adjective_form(&t.norm)
            // "several hundred residents": a scale word is the figure's own.
            && t.norm != "hundred"
        {
            j += 1;
            continue;
        }
        if t.kind == TokenKind::Word && !t.is_stopword() {
            return Some(t.norm.as_str().to_owned());
        }
        return None;
    }
    None
}

/// Every quantity in a sentence's tokens; time expressions are skipped.
pub fn quantities(tokens: &[Token], times: &[TimeExpr]) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if !matches!(t.kind, TokenKind::Number | TokenKind::Symbol) && !t.may_start_quantity() {
            i += 1;
            continue;
        }
        match quantity_at(tokens, i, times) {
            Some(q) => {
                i = q.tokens.1.max(i + 1);
                out.push(q);
            }
            None => i += 1,
        }
    }
    for q in &mut out {
        q.anchor = anchor_of(tokens, times, q.tokens.0);
    }
    // "nearly 14,000 miles (22,500 km)": a conversion in brackets says the same.
    for k in 1..out.len() {
        let (prev_end, q_start) = (out[k - 1].tokens.1, out[k].tokens.0);
        let bracketed =
            q_start == prev_end + 1 && tokens.get(prev_end).is_some_and(|t| t.norm == "(");
        if bracketed && out[k].qualifier == Qualifier::Exact {
            out[k].qualifier = out[k - 1].qualifier;
        }
    }
    out
}

fn quantity_at(tokens: &[Token], i: usize, times: &[TimeExpr]) -> Option<Quantity> {
    if covered_by_time(times, i) {
        return None;
    }
    let (qualifier, mut j) = qualifier_at(tokens, i).unwrap_or((Qualifier::Exact, i));
    // "between 10,000 and 15,000"
    if tokens[i].norm == "between" {
        let (cur, k) = currency_at(tokens, i + 1).map_or((None, i + 1), |(u, k)| (Some(u), k));
        let a = figure(tokens, k, cur.is_some())?;
        if word_at(tokens, a.end) != Some("and") {
            return None;
        }
        let k2 = currency_at(tokens, a.end + 1).map_or(a.end + 1, |(_, k)| k);
        let b = figure(tokens, k2, cur.is_some())?;
        if is_year(tokens, k) && is_year(tokens, k2) {
            return None;
        }
        let mut b_value = b.value;
        if b.value >= 1000.0 && a.value < 1000.0 && a.end == k + 1 && b.value / a.value > 100.0 {
            // "between 10 and 15 million": the scale applies to both.
            b_value = b.value;
        }
        return Some(finish(
            tokens,
            i,
            b.end,
            None,
            Some((a.value, b_value)),
            Qualifier::Between,
            cur,
            a.significant,
            times,
        ));
    }
    if covered_by_time(times, j) {
        return None;
    }
    if let Some((lo, hi, end)) = vague_at(tokens, j) {
        // "over hundreds": the vague amount says more than the qualifier.
        return Some(finish(
            tokens,
            if j > i { i } else { j },
            end,
            None,
            Some((lo, hi)),
            Qualifier::Vague,
            None,
            1,
            times,
        ))
        .map(|mut q| {
            q.qualifier = Qualifier::Vague;
            q
        });
    }
    let (currency, k) = currency_at(tokens, j).map_or((None, j), |(u, k)| (Some(u), k));
    if qualifier == Qualifier::Exact
        && currency.is_none()
        && k == i
        && tokens[i].kind != TokenKind::Number
    {
        // A bare number word: skip "one" as a pronoun ("one of them", "no one").
        if tokens[i].norm == "one"
            && (tokens.get(i + 1).is_none_or(|n| {
                matches!(
                    n.norm.as_str(),
                    "of" | "another" | "," | "." | "who" | "that"
                )
            }) || i > 0
                && matches!(
                    tokens[i - 1].norm.as_str(),
                    "no" | "the" | "this" | "that" | "any" | "every" | "each"
                ))
        {
            return None;
        }
    }
    let fig = figure(tokens, k, currency.is_some())?;
    // "one-sided", "two-faced": a number word in a compound adjective is no count
    // (but "a two-day summit" measures days).
    // "three-quarter length": a fraction word, not a count.
    if tokens.get(fig.end).is_some_and(|t| t.norm == "-")
        && word_at(tokens, fig.end + 1)
            .is_some_and(|w| matches!(w, "quarter" | "quarters" | "half" | "third" | "thirds"))
    {
        return None;
    }
    if tokens[k].kind == TokenKind::Word
        && tokens[k].norm == "one"
        && tokens.get(fig.end).is_some_and(|t| t.norm == "-")
        && unit_at(tokens, fig.end + 1).is_none()
    {
        return None;
    }
    // A number in a name: "BBC Radio 4", "Section 354", "Interstate 70".
    if tokens[k].kind == TokenKind::Number
        && currency.is_none()
        && qualifier == Qualifier::Exact
        && k == i
        && k > 0
        && tokens[k - 1].capitalized
        && tokens[k - 1].is_word()
        && !tokens[k - 1].is_stopword()
        && fig.end == k + 1
        && unit_at(tokens, fig.end).is_none()
        && !tokens
            .get(fig.end)
            .is_some_and(|t| t.norm == "-" || t.norm == "%")
    {
        return None;
    }
    // Decades and ages by decade: "the '60s" is a time; "in his 80s" is an age range.
    if tokens
        .get(fig.end)
        .is_some_and(|n| n.norm == "s" && n.start == tokens[fig.end - 1].end)
    {
        let by_age = k > 0
            && matches!(
                tokens[k - 1].norm.as_str(),
                "his" | "her" | "their" | "early" | "late" | "mid"
            );
        if by_age && fig.value % 10.0 == 0.0 {
            let mut q = finish(
                tokens,
                i,
                fig.end + 1,
                None,
                Some((fig.value, fig.value + 9.0)),
                Qualifier::Between,
                None,
                1,
                times,
            );
            q.unit = Some("years-old".to_string());
            q.counted = None;
            return Some(q);
        }
        return None;
    }
    // "12.5st" is a weight; only whole numbers take ordinal suffixes.
    if fig.value.fract() != 0.0
        && tokens
            .get(fig.end)
            .is_some_and(|n| n.norm == "st" && n.start == tokens[fig.end - 1].end)
    {
        let mut q = finish(
            tokens,
            i,
            fig.end + 1,
            Some(fig.value),
            None,
            qualifier,
            None,
            fig.significant,
            times,
        );
        q.unit = Some("stone".to_string());
        return Some(q);
    }
    if covered_by_time(times, k)
        || (is_year(tokens, k) && currency.is_none() && fig.end == k + 1)
        || season_end(tokens, k)
    {
        return None;
    }
    // Ordinals ("5th", "first") are not counts.
    if tokens.get(fig.end).is_some_and(|n| {
        n.start == tokens[fig.end - 1].end && matches!(n.norm.as_str(), "st" | "nd" | "rd" | "th")
    }) {
        return None;
    }
    j = fig.end;
    // Scores and votes: "6-3", "52-48", "2-1". Ranges: "10-15%".
    // "from £299 to £13,500": the sign may repeat before the second figure.
    let second_at = if currency.is_some() && currency_at(tokens, j + 1).is_some() {
        j + 2
    } else {
        j + 1
    };
    // A range from this figure to a second one ending at token `end`.
    let range = |end: usize, high: f64| {
        finish(
            tokens,
            i,
            end,
            None,
            Some((fig.value, high)),
            Qualifier::Between,
            currency,
            fig.significant,
            times,
        )
    };
    // "three or four players": a range.
    if tokens.get(j).is_some_and(|t| t.norm == "or")
        && let Some(second) = figure(tokens, j + 1, currency.is_some())
        && second.value > fig.value
        && !tokens
            .get(j + 1)
            .is_some_and(|t| t.norm == "more" || t.norm == "less")
    {
        return Some(range(second.end, second.value));
    }
    // "went up from 16 to 31 per cent": two figures, before and after.
    let from = i.checked_sub(1).filter(|&p| tokens[p].norm == "from");
    let changed = from.is_some_and(|p| {
        tokens[p.saturating_sub(2)..p].iter().any(|t| {
            matches!(
                t.stem.as_str(),
                "up" | "down"
                    | "rise"
                    | "rose"
                    | "fall"
                    | "fell"
                    | "increas"
                    | "decreas"
                    | "jump"
                    | "drop"
                    | "climb"
                    | "grow"
                    | "cut"
                    | "reduc"
                    | "rais"
                    | "soar"
                    | "plung"
            )
        })
    });
    if let Some(t) = tokens.get(j)
        && matches!(t.norm.as_str(), "-" | "–" | "to")
        && let Some(second) = digit_figure(tokens, second_at, currency.is_some())
        && tokens[k].kind == TokenKind::Number
        && !(changed && t.norm == "to")
    {
        let unit = unit_at(tokens, second.end);
        let is_range = t.norm == "to"
            || (second.value > fig.value && unit.is_some())
            || currency.is_some()
            || from.is_some()
            || i > 0 && matches!(tokens[i - 1].norm.as_str(), "aged" | "ages" | "between");
        if is_range {
            return Some(range(second.end, second.value));
        }
        if fig.value.fract() == 0.0
            && second.value.fract() == 0.0
            && fig.value < 1000.0
            && second.value < 1000.0
        {
            let mut q = finish(
                tokens,
                i,
                second.end,
                None,
                Some((fig.value, second.value)),
                Qualifier::Exact,
                None,
                1,
                times,
            );
            q.unit = Some("score".to_string());
            q.counted = None;
            return Some(q);
        }
    }
    // "and a half": "five and a half years".
    let (value, j) = match (
        word_at(tokens, j),
        word_at(tokens, j + 1),
        word_at(tokens, j + 2),
    ) {
        (Some("and"), Some("a"), Some("half")) => (fig.value + 0.5, j + 3),
        _ => (fig.value, j),
    };
    let mut q = finish(
        tokens,
        i,
        j,
        Some(value),
        None,
        qualifier,
        currency,
        fig.significant,
        times,
    );
    // "35 and over", "two earrings or more": the qualifier stands after the figure.
    let after = q.tokens.1;
    let postfix = match (word_at(tokens, after), word_at(tokens, after + 1)) {
        (Some("and" | "or"), Some("over" | "more" | "above" | "older")) => Some(Qualifier::AtLeast),
        (Some("and" | "or"), Some("under" | "less" | "fewer" | "below" | "younger")) => {
            Some(Qualifier::AtMost)
        }
        _ => None,
    };
    if let Some(p) = postfix
        && q.qualifier == Qualifier::Exact
    {
        q.qualifier = p;
        q.end = tokens[after + 1].end;
        q.tokens.1 = after + 2;
    }
    Some(q)
}

/// The time a figure is anchored to: a day, date or relative time in its own clause,
/// or in a sentence-opening phrase ("On Sunday, 80 died"); none when the time belongs
/// to another clause ("over 5,400 in total, with 80 dead on Sunday").
fn anchor_of(tokens: &[Token], times: &[TimeExpr], at: usize) -> Option<String> {
    let is_break = |t: &Token| matches!(t.norm.as_str(), "," | ";" | ":" | "(" | ")" | "—" | "–");
    let start = tokens[..at].iter().rposition(is_break).map_or(0, |p| p + 1);
    let end = tokens[at..]
        .iter()
        .position(is_break)
        .map_or(tokens.len(), |p| at + p);
    let anchoring = |t: &&TimeExpr| {
        matches!(
            t.kind,
            TimeKind::Weekday | TimeKind::Date | TimeKind::Relative
        )
    };
    // The nearest time in the clause, preferring one after the figure: "3,000 people on
    // Tuesday after 12 arrests on Monday" anchors 12 to Monday.
    let distance = |t: &TimeExpr| {
        if t.tokens.0 >= at {
            t.tokens.0 - at
        } else {
            (at - t.tokens.1) + 3
        }
    };
    let in_clause = times
        .iter()
        .filter(anchoring)
        .filter(|t| t.tokens.0 >= start && t.tokens.1 <= end)
        .min_by_key(|t| distance(t));
    let opening = || {
        let first_break = tokens.iter().position(is_break)?;
        let t = times
            .iter()
            .filter(anchoring)
            .find(|t| t.tokens.1 <= first_break)?;
        // The opening phrase is only the time ("On Sunday,"), and the figure follows it.
        (first_break <= t.tokens.1 + 1 && start == first_break + 1).then_some(t)
    };
    in_clause.or_else(opening).map(|t| t.value.clone())
}

/// "Anna Price is 41." and "she was 87 when": a bare figure that completes "is" or
/// "was" after a name or a personal pronoun, and ends its clause, is an age.
fn is_stated_age(tokens: &[Token], first: usize, end: usize) -> bool {
    // Not a capitalised function word opening a sentence ("It was 5.", "This is 10.").
    let subject = |t: &Token| {
        t.capitalized && t.is_word() && !t.is_stopword()
            || t.is_role()
            || matches!(t.norm.as_str(), "he" | "she" | "who" | "i")
    };
    first >= 2
        && is_copula(&tokens[first - 1])
        && subject(&tokens[first - 2])
        && tokens.get(end).is_none_or(|t| {
            matches!(
                t.norm.as_str(),
                "." | "," | ";" | "when" | "and" | "at" | "but"
            )
        })
}

fn is_copula(t: &Token) -> bool {
    matches!(t.norm.as_str(), "is" | "was")
}

/// The name an age belongs to: the mention just before it ("Enoch Gaver, 21,"), the
/// subject it is stated of ("Enoch Gaver is 21") or the mention just after it ("the
/// 21-year-old Enoch Gaver"). `mentions` are (first token, end token, name) in `tokens`.
pub fn owner_of(
    q: &Quantity,
    mentions: &[(usize, usize, String)],
    tokens: &[Token],
) -> Option<String> {
    if q.unit.as_deref() != Some("years-old") {
        return None;
    }
    let stated = |m: &(usize, usize, String)| {
        q.tokens.0 == m.1 + 1 && tokens.get(m.1).is_some_and(is_copula)
    };
    let before = mentions
        .iter()
        .filter(|m| m.1 <= q.tokens.0 && (q.tokens.0 - m.1 <= 1 || stated(m)))
        .max_by_key(|m| m.1);
    let after = mentions
        .iter()
        .filter(|m| m.0 >= q.tokens.1 && m.0 - q.tokens.1 <= 1)
        .min_by_key(|m| m.0);
    before.or(after).map(|m| m.2.clone())
}

/// Stems of the content words near a figure: up to three before it and four after, the
/// words after it in its own clause. A per-unit tail ("14p a share", "£5 per head") says
/// how the figure is counted, which one side may leave unsaid: it is no context.
fn context_around(tokens: &[Token], first: usize, end: usize) -> Vec<String> {
    let content = |t: &&Token| t.kind == TokenKind::Word && !t.is_stopword();
    let is_break = |t: &Token| matches!(t.norm.as_str(), "," | ";" | ":" | "(" | ")" | "—" | "–");
    let before = tokens[..first].iter().rev().take(5).filter(content).take(3);
    // The tail follows the figure or the noun it counts ("9.5p a share", "20 visitors a
    // day"); its two words are skipped.
    let per = |k: usize| {
        matches!(word_at(tokens, k), Some("a" | "an" | "per" | "each"))
            && tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
    };
    let tail = if per(end) {
        Some(end)
    } else {
        (end + 1..end + 2).find(|&k| per(k))
    };
    let after = tokens[end..]
        .iter()
        .enumerate()
        .take(6)
        .take_while(|(_, t)| !is_break(t))
        .filter(|&(j, _)| tail.is_none_or(|k| end + j != k + 1))
        .map(|(_, t)| t)
        .filter(content)
        .take(4);
    before
        .chain(after)
        .map(|t| t.stem.as_str().to_owned())
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn finish(
    tokens: &[Token],
    first: usize,
    mut end: usize,
    value: Option<f64>,
    range: Option<(f64, f64)>,
    qualifier: Qualifier,
    currency: Option<&str>,
    significant: u32,
    _times: &[TimeExpr],
) -> Quantity {
    let mut unit = currency.map(str::to_string);
    // "a magnitude 7.8 earthquake": the unit stands before the figure.
    if unit.is_none() && first > 0 && tokens[first - 1].norm == "magnitude" {
        unit = Some("magnitude".to_string());
    }
    if unit.is_none()
        && let Some((u, e)) = unit_at(tokens, end)
    {
        unit = Some(u);
        end = e;
    }
    // "John Smith, 49, was ..." and "aged 49": an age.
    // "Jamie Smith (left), 14, ...": a caption's parenthesis between name and age.
    let apposition = first >= 2
        && tokens[first - 1].norm == ","
        && (tokens[first - 2].is_word() || tokens[first - 2].norm == ")")
        && tokens.get(end).is_some_and(|t| t.norm == ",");
    // "Zacharia Abdurahman and Adnan Farah, both 19, ..."
    let both = first >= 2
        && tokens[first - 1].norm == "both"
        && tokens[first - 2].norm == ","
        && tokens.get(end).is_some_and(|t| t.norm == ",");
    let aged = first >= 1 && tokens[first - 1].norm == "aged" || both;
    if unit.is_none()
        && value.is_some()
        && end == first + 1
        && (apposition || aged || is_stated_age(tokens, first, end))
        && value.is_some_and(|v| (1.0..=120.0).contains(&v))
    {
        unit = Some("years-old".to_string());
    }
    let mut of_total = None;
    // "seventeen of the 30", "17 of 30"
    if word_at(tokens, end) == Some("of") {
        let k = if word_at(tokens, end + 1) == Some("the") {
            end + 2
        } else {
            end + 1
        };
        if let Some(total) =
            figure(tokens, k, false).filter(|f| tokens[k].kind == TokenKind::Number || f.end > k)
        {
            of_total = Some(total.value);
            end = total.end;
        }
    }
    // "the mother-of-six": a figure inside a description of its head, compared only with
    // another such figure, not with the figures of the rest of the sentence.
    let head = compound_head(tokens, first);
    if head.is_some() && unit.is_none() {
        unit = Some("of-compound".to_string());
    }
    let counted = if unit.as_deref().is_some_and(|u| u == "years-old") {
        None
    } else {
        head.or_else(|| counted_after(tokens, end))
    };
    let (low, high) = range.map_or((None, None), |(l, h)| (Some(l), Some(h)));
    let context = context_around(tokens, first, end);
    Quantity {
        owner: None,
        context,
        value,
        low,
        high,
        qualifier,
        unit,
        counted,
        of_total,
        anchor: None,
        start: tokens[first].start,
        end: tokens[end - 1].end,
        tokens: (first, end),
        significant,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::time::times;
    use crate::text::tokenize;

    fn q(text: &str) -> Vec<Quantity> {
        let tokens = tokenize(text, 0);
        quantities(&tokens, &times(&tokens))
    }

    fn one(text: &str) -> Quantity {
        let all = q(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.into_iter().next().expect("one quantity")
    }

    #[test]
    fn digits_parse_with_significance() {
        assert_eq!(parse_digits("5,400"), Some((5400.0, 2)));
        assert_eq!(parse_digits("3,862"), Some((3862.0, 4)));
        assert_eq!(parse_digits("4000"), Some((4000.0, 1)));
        assert_eq!(parse_digits("7.8"), Some((7.8, 2)));
        assert_eq!(parse_digits("11½"), Some((11.5, 2)));
    }

    #[test]
    fn scale_words_and_suffixes() {
        assert_eq!(one("a deal worth $4.5bn").value, Some(4.5e9));
        assert_eq!(one("a deal worth $4.5bn").unit.as_deref(), Some("dollar"));
        assert_eq!(one("he paid £350m for it").value, Some(350e6));
        assert_eq!(one("1.2 million voters").value, Some(1.2e6));
        assert_eq!(one("5.4 thousand homes").value, Some(5400.0));
        // 4.1 × 10⁹ in floating point is 4,099,999,999.9999995: the figure's whole number.
        assert_eq!(one("a £4.1 billion deal").value, Some(4_100_000_000.0));
        assert_eq!(one("1.2345 thousand runners").value, Some(1234.5));
    }

    #[test]
    fn ages_stated_with_is() {
        assert_eq!(one("Anna Price is 41.").unit.as_deref(), Some("years-old"));
        assert_eq!(
            one("She was 87 when she died.").unit.as_deref(),
            Some("years-old")
        );
        assert_eq!(
            one("The landlord is 81.").unit.as_deref(),
            Some("years-old")
        );
        assert_eq!(one("It was 5.").unit, None);
        assert_eq!(
            one("Anna Price is 41 points clear.").unit.as_deref(),
            Some("point")
        );
        assert_eq!(one("ran the 100m final").unit.as_deref(), Some("metre"));
    }

    #[test]
    fn number_words_resolve() {
        assert_eq!(one("twenty-five miners").value, Some(25.0));
        assert_eq!(one("Forty-two hostages").value, Some(42.0));
        assert_eq!(one("two dozen officers").value, Some(24.0));
        assert_eq!(one("a dozen eggs").value, Some(12.0));
        assert_eq!(one("half a million refugees").value, Some(500_000.0));
        assert_eq!(one("a hundred protesters").value, Some(100.0));
        assert_eq!(one("three hundred and twelve votes").value, Some(312.0));
    }

    #[test]
    fn qualifiers_are_read() {
        assert_eq!(one("killing over 5,400 people").qualifier, Qualifier::Over);
        assert_eq!(one("more than 200 homes").qualifier, Qualifier::Over);
        assert_eq!(one("at least 112 died").qualifier, Qualifier::AtLeast);
        assert_eq!(one("fewer than 50 remain").qualifier, Qualifier::Under);
        assert_eq!(one("up to 30 days").qualifier, Qualifier::AtMost);
        assert_eq!(one("nearly 900 flights").qualifier, Qualifier::Nearly);
        assert_eq!(one("some 4,000 troops").qualifier, Qualifier::About);
    }

    #[test]
    fn ranges_scores_and_parts() {
        let b = one("between 10,000 and 15,000 people");
        assert_eq!(
            (b.low, b.high, b.qualifier),
            (Some(10_000.0), Some(15_000.0), Qualifier::Between)
        );
        let s = one("won 6-3 in the final set");
        assert_eq!(
            (s.low, s.high, s.unit.as_deref()),
            (Some(6.0), Some(3.0), Some("score"))
        );
        let p = one("seventeen of the 30 players");
        assert_eq!((p.value, p.of_total), (Some(17.0), Some(30.0)));
    }

    #[test]
    fn units_and_ages() {
        assert_eq!(
            one("64.3 per cent of voters").unit.as_deref(),
            Some("percent")
        );
        assert_eq!(one("up 12%").unit.as_deref(), Some("percent"));
        let age = one("a 20-year-old student");
        assert_eq!(
            (age.value, age.unit.as_deref()),
            (Some(20.0), Some("years-old"))
        );
        assert_eq!(one("a magnitude 7.8 quake").value, Some(7.8));
    }

    #[test]
    fn vague_amounts_become_ranges() {
        let d = one("dozens of people were hurt");
        assert_eq!(
            (d.low, d.high, d.qualifier),
            (Some(24.0), Some(99.0), Qualifier::Vague)
        );
        let t = one("thousands fled");
        assert_eq!((t.low, t.high), (Some(2000.0), Some(9999.0)));
    }

    #[test]
    fn dates_years_and_times_are_not_counts() {
        assert!(q("in 2012 the war began").is_empty());
        assert!(q("on March 4 the polls closed").is_empty());
        assert!(q("at 10:30 on Sunday").is_empty());
        assert!(q("he was the 5th man").is_empty());
        assert!(q("no one was hurt").is_empty());
    }

    #[test]
    fn counted_noun_and_anchor() {
        let all = q("with 80 dead in clashes on Sunday alone");
        assert_eq!(all[0].counted.as_deref(), Some("dead"));
        assert_eq!(all[0].anchor.as_deref(), Some("sunday"));
    }

    #[test]
    fn a_compound_in_of_counts_its_head() {
        let all = q("the mother-of-six lived on takeaways");
        assert_eq!(all[0].counted.as_deref(), Some("mother"));
        assert_eq!(all[0].unit.as_deref(), Some("of-compound"));
        let all = q("the under-21 side lost");
        assert_eq!(all[0].counted.as_deref(), Some("side"));
    }
}
