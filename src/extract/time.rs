//! Time expressions: weekdays, dates, months, years, clock times and relative phrases
//! ("last year", "this week").
//!
//! ```
//! use factcheck::extract::time::times;
//! use factcheck::text::tokenize;
//! let t = times(&tokenize("80 died on Sunday, March 4, 2012 at 10:30.", 0));
//! let values: Vec<&str> = t.iter().map(|t| t.value.as_str()).collect();
//! assert_eq!(values, ["sunday", "2012-03-04", "10:30"]);
//! ```

use serde::Serialize;

use crate::lexicon::Lexicon;
use crate::text::{Token, TokenKind};

/// What a time expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeKind {
    /// "Monday".
    Weekday,
    /// "March 4, 2012", "4 March".
    Date,
    /// "March", "March 2012".
    Month,
    /// "2012".
    Year,
    /// "10:30", "3pm".
    Clock,
    /// "last year", "yesterday".
    Relative,
    /// "morning", "night".
    Daypart,
}

/// A time expression with its normalised value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeExpr {
    /// Kind of expression.
    #[serde(rename = "time_kind")]
    pub kind: TimeKind,
    /// Normalised value: "sunday", "2012-03-04", "--03-04" (no year), "2012", "10:30",
    /// "last year".
    pub value: String,
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

fn as_int(t: &Token) -> Option<u32> {
    (t.kind == TokenKind::Number && t.norm.chars().all(|c| c.is_ascii_digit()))
        .then(|| t.norm.parse().ok())
        .flatten()
}

/// A day of the month: "4", or "4th" (the suffix is its own token).
fn day_at(tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let d = as_int(tokens.get(i)?)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let suffix = tokens.get(i + 1).filter(|n| {
        n.start == tokens[i].end && matches!(n.norm.as_str(), "st" | "nd" | "rd" | "th")
    });
    Some((d, if suffix.is_some() { i + 2 } else { i + 1 }))
}

/// Whether the token at `i` is a plausible year ("2012", not "2,012").
pub fn is_year(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    let Some(y) = as_int(t) else { return false };
    if t.norm.len() != 4 || !(1800..=2100).contains(&y) {
        return false;
    }
    let prev = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
    let next = tokens.get(i + 1).map(|n| n.norm.as_str());
    let counted_after = next.is_some_and(|n| {
        matches!(
            n,
            "%" | "people" | "men" | "women" | "children" | "jobs" | "homes" | "troops"
        )
    });
    let money_before = prev.is_some_and(|p| matches!(p, "$" | "£" | "€"));
    !counted_after && !money_before
}

const MONTH_NUMBERS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_number(name: &str) -> usize {
    MONTH_NUMBERS
        .iter()
        .position(|m| *m == name)
        .map_or(0, |p| p + 1)
}

/// The month a token names; "May" and "March" only when capitalised (they are also words).
fn month_at(tokens: &[Token], i: usize) -> Option<&'static str> {
    let t = tokens.get(i)?;
    let lex = Lexicon::get();
    let month = lex.month(t.norm.trim_end_matches('.'))?;
    let ambiguous = matches!(month, "may" | "march") || t.norm.len() <= 3;
    if ambiguous && !t.capitalized {
        // Lower-cased claims: accept when a day or year is next to it.
        let day_next = day_at(tokens, i + 1).is_some() || is_year(tokens, i + 1);
        let day_before = i > 0 && day_at(tokens, i - 1).is_some();
        let anchored = if month == "may" {
            day_next
        } else {
            day_next || day_before
        };
        if !anchored {
            return None;
        }
    }
    MONTH_NUMBERS.iter().copied().find(|m| *m == month)
}

/// Every time expression of a sentence, in order.
pub fn times(tokens: &[Token]) -> Vec<TimeExpr> {
    let lex = Lexicon::get();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind != TokenKind::Number && !tokens[i].may_start_time() {
            i += 1;
            continue;
        }
        let found = relative_at(tokens, i)
            .or_else(|| date_at(tokens, i))
            .or_else(|| clock_at(tokens, i))
            .or_else(|| {
                let t = &tokens[i];
                if let Some(day) = lex.weekday(&t.norm)
                    && (t.capitalized || t.norm.len() > 3)
                {
                    return Some((TimeKind::Weekday, day.to_string(), i + 1));
                }
                if is_year(tokens, i) {
                    return Some((TimeKind::Year, t.norm.as_str().to_owned(), i + 1));
                }
                if lex.is_daypart(&t.norm) {
                    return Some((TimeKind::Daypart, t.norm.as_str().to_owned(), i + 1));
                }
                None
            });
        match found {
            Some((kind, value, end)) => {
                out.push(TimeExpr {
                    kind,
                    value,
                    start: tokens[i].start,
                    end: tokens[end - 1].end,
                    tokens: (i, end),
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

fn relative_at(tokens: &[Token], i: usize) -> Option<(TimeKind, String, usize)> {
    let lex = Lexicon::get();
    let first = tokens.get(i).map(|t| t.norm.as_str());
    lex.relative_index.candidates(first).find_map(|k| {
        let phrase = &lex.relative_times[k];
        let n = phrase.len();
        let words = tokens.get(i..i + n)?;
        words
            .iter()
            .zip(phrase)
            .all(|(t, w)| t.norm == w)
            .then(|| (TimeKind::Relative, phrase.join(" "), i + n))
    })
}

/// "March 4", "March 4, 2012", "4 March 2012", "March 2012", "March".
fn date_at(tokens: &[Token], i: usize) -> Option<(TimeKind, String, usize)> {
    let year_after = |j: usize| -> Option<(u32, usize)> {
        let j = if tokens.get(j).is_some_and(|t| t.norm == ",") {
            j + 1
        } else {
            j
        };
        is_year(tokens, j).then(|| (as_int(&tokens[j]).unwrap_or(0), j + 1))
    };
    let fmt = |y: Option<u32>, m: usize, d: Option<u32>| match (y, d) {
        (Some(y), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (None, Some(d)) => format!("--{m:02}-{d:02}"),
        (Some(y), None) => format!("{y:04}-{m:02}"),
        (None, None) => format!("--{m:02}"),
    };
    if let Some(month) = month_at(tokens, i) {
        let m = month_number(month);
        // "Jan. 15": an abbreviated month's stop.
        let abbreviated = tokens[i].norm.len() <= 4
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.norm == "." && t.start == tokens[i].end)
            && day_at(tokens, i + 2).is_some();
        let i = if abbreviated { i + 1 } else { i };
        if let Some((d, j)) = day_at(tokens, i + 1) {
            let (y, end) = year_after(j).map_or((None, j), |(y, e)| (Some(y), e));
            return Some((TimeKind::Date, fmt(y, m, Some(d)), end));
        }
        if let Some((y, end)) = year_after(i + 1) {
            return Some((TimeKind::Month, fmt(Some(y), m, None), end));
        }
        return Some((TimeKind::Month, month.to_string(), i + 1));
    }
    let (d, j) = day_at(tokens, i)?;
    let j = if tokens.get(j).is_some_and(|t| t.norm == "of") {
        j + 1
    } else {
        j
    };
    let month = month_at(tokens, j)?;
    let m = month_number(month);
    let (y, end) = year_after(j + 1).map_or((None, j + 1), |(y, e)| (Some(y), e));
    Some((TimeKind::Date, fmt(y, m, Some(d)), end))
}

/// "10:30", "3pm", "3 p.m.", "10.30am".
fn clock_at(tokens: &[Token], i: usize) -> Option<(TimeKind, String, usize)> {
    // "12.30am": British clock times use a stop between hours and minutes.
    let t = tokens.get(i)?;
    if let Some((hh, mm)) = t.norm.split_once('.')
        && mm.len() == 2
        && let (Ok(h), Ok(m)) = (hh.parse::<u32>(), mm.parse::<u32>())
        && h <= 12
        && m < 60
        && tokens
            .get(i + 1)
            .is_some_and(|n| matches!(n.norm.as_str(), "am" | "pm" | "a.m." | "p.m."))
    {
        let pm = tokens[i + 1].norm.starts_with('p');
        let hour = if pm && h < 12 {
            h + 12
        } else if !pm && h == 12 {
            0
        } else {
            h
        };
        return Some((TimeKind::Clock, format!("{hour:02}:{m:02}"), i + 2));
    }
    let h = as_int(t)?;
    if h > 24 {
        return None;
    }
    let adjacent = |j: usize| tokens.get(j).filter(|t| t.start == tokens[j - 1].end);
    let mut end = i + 1;
    let mut minutes = 0;
    if adjacent(i + 1).is_some_and(|t| t.norm == ":")
        && let Some(m) = adjacent(i + 2).and_then(as_int)
    {
        minutes = m;
        end = i + 3;
    }
    let meridiem = tokens.get(end).map(|t| t.norm.as_str());
    let hour = match meridiem {
        Some("pm" | "p.m." | "p.m") if h < 12 => h + 12,
        Some("am" | "a.m." | "a.m" | "pm" | "p.m." | "p.m") => h,
        _ if end > i + 1 => h,
        _ => return None,
    };
    if matches!(
        meridiem,
        Some("am" | "a.m." | "a.m" | "pm" | "p.m." | "p.m")
    ) {
        end += 1;
    }
    Some((TimeKind::Clock, format!("{hour:02}:{minutes:02}"), end))
}
