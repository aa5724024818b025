//! Claim files: YAML parsed into typed structs. This is the only module that touches
//! serde_yaml, so a change of YAML library stays here.
//!
//! ```
//! use factcheck::claims::ClaimFile;
//! let yaml = "source: a.txt\nclaims:\n  - id: toll\n    claim: over 5,400 killed\n    expect: supported\n";
//! let file = ClaimFile::parse(yaml, "claims/a.yaml").unwrap();
//! assert_eq!(file.claims[0].id, "toll");
//! assert_eq!(file.claims[0].line, 3);
//! ```

use std::cell::Cell;
use std::collections::HashMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::check::Verdict;
use crate::error::{Error, Result};
use crate::text::LineIndex;

mod depth;

pub use depth::MAX_FLOW_DEPTH;

/// A claim file as written.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "factcheck claim file")]
pub struct ClaimFileSpec {
    /// The source article, relative to this file (text, Markdown or HTML).
    #[serde(default, deserialize_with = "budgeted_opt")]
    pub source: Option<String>,
    /// Several sources: a claim is supported when one supports it and none contradicts it.
    #[serde(default, deserialize_with = "budgeted_list")]
    pub sources: Option<Vec<String>>,
    /// Also check each source's title line against its own body.
    #[serde(default)]
    pub headline: bool,
    /// The claims to check.
    pub claims: Vec<ClaimSpec>,
}

/// One claim as written.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimSpec {
    /// Unique within the file; names the claim in reports.
    #[serde(deserialize_with = "budgeted")]
    pub id: String,
    /// The assertion, in plain text.
    #[serde(deserialize_with = "budgeted")]
    pub claim: String,
    /// The verdict the claim must get; a different one fails the run.
    #[serde(default)]
    pub expect: Option<Verdict>,
    /// Free text shown in reports.
    #[serde(default, deserialize_with = "budgeted_opt")]
    pub note: Option<String>,
}

/// Most text a claim file may expand to through YAML aliases (`*name` repeats the text of
/// `&name`), in bytes: twice the largest claim file. A file without aliases never comes
/// near it; a file that repeats a large text many times ("billion laughs") is refused
/// before it takes the memory.
pub const MAX_EXPANDED_BYTES: usize = 16 * 1024 * 1024;

thread_local! {
    /// Bytes of text deserialised so far by the `ClaimFile::parse` running on this thread.
    static EXPANDED: Cell<usize> = const { Cell::new(0) };
}

/// Message of the error raised when the budget runs out (recognised by `explain`).
const EXPANSION_MESSAGE: &str = "aliases expand the file past the limit";

/// Counts one string against `MAX_EXPANDED_BYTES`.
fn charge<E: serde::de::Error>(text: &str) -> Result<(), E> {
    let total = EXPANDED.with(|c| {
        let total = c.get().saturating_add(text.len() + 1);
        c.set(total);
        total
    });
    if total > MAX_EXPANDED_BYTES {
        return Err(E::custom(format!(
            "{EXPANSION_MESSAGE} of {MAX_EXPANDED_BYTES} bytes of text"
        )));
    }
    Ok(())
}

fn budgeted<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let text = String::deserialize(d)?;
    charge(&text)?;
    Ok(text)
}

fn budgeted_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let text = Option::<String>::deserialize(d)?;
    if let Some(t) = &text {
        charge(t)?;
    }
    Ok(text)
}

fn budgeted_list<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<String>>, D::Error> {
    let list = Option::<Vec<String>>::deserialize(d)?;
    for t in list.iter().flatten() {
        charge(t)?;
    }
    Ok(list)
}

/// A claim with where it stands in its file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The id.
    pub id: String,
    /// The assertion.
    pub claim: String,
    /// The expected verdict, if any.
    pub expect: Option<Verdict>,
    /// The note, if any.
    pub note: Option<String>,
    /// 1-based line of the claim's entry.
    pub line: usize,
    /// 1-based column of the claim's entry.
    pub column: usize,
}

/// A parsed and validated claim file.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimFile {
    /// Path as shown to the user.
    pub path: String,
    /// Source paths as written (relative to the claim file).
    pub sources: Vec<String>,
    /// Whether title lines are checked against their bodies.
    pub headline: bool,
    /// The claims, in file order.
    pub claims: Vec<Claim>,
}

const FILE_FIELDS: [&str; 4] = ["source", "sources", "headline", "claims"];
const CLAIM_FIELDS: [&str; 4] = ["id", "claim", "expect", "note"];
const VERDICTS: [&str; 3] = ["supported", "contradicted", "missing"];

/// The known word closest to a misspelt one, if any is close.
fn closest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

/// Turns a serde_yaml message into a message and a hint.
fn explain(message: &str) -> (String, String) {
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or(message)
        .to_string();
    let ticked = |m: &str| m.split('`').nth(1).map(str::to_string);
    if let Some(pos) = message.find("unknown field") {
        let word = ticked(&message[pos..]).unwrap_or_default();
        let known: &[&str] = if message.contains("`claim`") {
            &CLAIM_FIELDS
        } else {
            &FILE_FIELDS
        };
        let hint = match closest(&word, known) {
            Some(k) => format!("did you mean `{k}`? Known fields: {}", known.join(", ")),
            None => format!("known fields: {}", known.join(", ")),
        };
        return (message, hint);
    }
    if let Some(pos) = message.find("unknown variant") {
        let word = ticked(&message[pos..]).unwrap_or_default();
        let hint = match closest(&word, &VERDICTS) {
            Some(k) => {
                format!("did you mean `{k}`? `expect` takes supported, contradicted or missing")
            }
            None => "`expect` takes supported, contradicted or missing".to_string(),
        };
        return (message, hint);
    }
    if message.contains("missing field") {
        let hint = "a claim file has `source:` (or `sources:`) and `claims:`; each claim has `id:` and `claim:`";
        return (message, hint.to_string());
    }
    if let Some(pos) = message.find("duplicate field") {
        let word = ticked(&message[pos..]).unwrap_or_default();
        return (
            message,
            format!("`{word}` is given twice in this mapping; keep one"),
        );
    }
    if message.contains("expected a boolean") {
        return (message, "`headline` is `true` or `false`".to_string());
    }
    if message.contains("control characters are not allowed") {
        return (
            message,
            "the file holds a control character (is it a binary file?); save it as plain UTF-8 text"
                .to_string(),
        );
    }
    if message.contains("invalid type") {
        return (
            message,
            "check the value's type: ids, claims and notes are text; `claims` is a list"
                .to_string(),
        );
    }
    if message.contains(EXPANSION_MESSAGE) {
        return (
            message,
            "write the text out instead of repeating it with `*alias`, or split the file"
                .to_string(),
        );
    }
    if message.contains("recursion limit") || message.contains("repetition limit") {
        return (
            message,
            "the file nests or repeats too deeply to be a claim file; simplify it".to_string(),
        );
    }
    (message, "fix the YAML syntax at this place".to_string())
}

/// Line and column of every entry with a `key:`, by value, in file order: one pass over
/// the file, so locating all claims stays linear in its size.
fn locate_entries<'a>(raw: &'a str, key: &str) -> HashMap<&'a str, Vec<(usize, usize)>> {
    let mut found: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for (i, line) in raw.lines().enumerate() {
        let trimmed = line.trim_start();
        let body = trimmed
            .strip_prefix("- ")
            .map(str::trim_start)
            .unwrap_or(trimmed);
        // `- {id: a, claim: x}` (flow style): the value ends at `,` or `}`.
        let (body, flow) = match body.strip_prefix('{') {
            Some(inner) => (inner.trim_start(), true),
            None => (body, false),
        };
        let Some(rest) = body.strip_prefix(key).and_then(|r| r.strip_prefix(':')) else {
            continue;
        };
        let rest = rest.split(" #").next().unwrap_or("");
        let rest = if flow {
            rest.split([',', '}']).next().unwrap_or("")
        } else {
            rest
        };
        let value = rest.trim().trim_matches(['"', '\'']);
        let col = line.len() - body.len() + 1;
        found.entry(value).or_default().push((i + 1, col));
    }
    found
}

/// Line and column of the first YAML alias (`*name`), if any.
fn first_alias(raw: &str) -> Option<(usize, usize)> {
    raw.lines().enumerate().find_map(|(i, line)| {
        let code = line.split(" #").next().unwrap_or(line);
        code.char_indices()
            .find(|&(k, c)| {
                c == '*'
                    && code[..k].ends_with([' ', '[', ',', '{', '-', ':'])
                    && code[k + 1..].starts_with(|n: char| n.is_alphanumeric() || n == '_')
            })
            .map(|(k, _)| (i + 1, code[..k].chars().count() + 1))
    })
}

impl ClaimFile {
    /// Parses and validates the text of a claim file.
    pub fn parse(raw: &str, path: &str) -> Result<ClaimFile> {
        let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
        if raw.trim().is_empty() {
            return Err(Error::input(
                path,
                "the claim file is empty",
                "add `source:` and a `claims:` list (see README, \"Claim files\")",
            ));
        }
        if let Some(offset) = depth::too_deep(raw) {
            let (line, column) = LineIndex::new(raw).line_col(raw, offset);
            return Err(Error::at(
                path,
                line,
                column,
                format!("`[` and `{{` nest more than {MAX_FLOW_DEPTH} deep here"),
                "a claim file nests lists and maps a level or two deep; remove the extra brackets, or quote text that holds them",
            ));
        }
        EXPANDED.with(|c| c.set(0));
        let spec: ClaimFileSpec = serde_yaml::from_str(raw).map_err(|e| {
            let (message, hint) = explain(&e.to_string());
            // libyaml's reader errors carry a byte offset ("at position N") but no mark.
            let full = e.to_string();
            let at_offset = Some(full.as_str())
                .filter(|m| m.starts_with("control characters are not allowed"))
                .and_then(|m| m.split(" at position ").nth(1))
                .and_then(|n| n.trim().parse::<usize>().ok())
                .filter(|&n| n <= raw.len() && raw.is_char_boundary(n))
                .map(|n| LineIndex::new(raw).line_col(raw, n));
            let location = at_offset
                .or_else(|| e.location().map(|l| (l.line(), l.column())))
                .or_else(|| first_alias(raw).filter(|_| message.contains("repetition")));
            let tab = location.is_some_and(|(line, column)| {
                raw.lines()
                    .nth(line.saturating_sub(1))
                    .and_then(|l| l.chars().nth(column.saturating_sub(1)))
                    == Some('\t')
            });
            let hint = if tab {
                "YAML indents with spaces, not tabs; replace the tab here with spaces".to_string()
            } else {
                hint
            };
            match location {
                Some((line, column)) => Error::at(path, line, column, message, hint),
                None => Error::input(path, message, hint),
            }
        })?;
        let sources = match (spec.source, spec.sources) {
            (Some(s), None) => vec![s],
            (None, Some(list)) if !list.is_empty() => list,
            (Some(_), Some(_)) => {
                return Err(Error::input(
                    path,
                    "both `source` and `sources` are given",
                    "use `source:` for one article or `sources:` for a list, not both",
                ));
            }
            _ => {
                return Err(Error::input(
                    path,
                    "no source is named",
                    "add `source: path/to/article.txt` (relative to this file)",
                ));
            }
        };
        if let Some(empty) = sources.iter().position(|s| s.trim().is_empty()) {
            return Err(Error::input(
                path,
                format!("source {} is an empty path", empty + 1),
                "name the article file",
            ));
        }
        if spec.claims.is_empty() {
            return Err(Error::input(
                path,
                "`claims` is empty",
                "add at least one claim with `id:` and `claim:`",
            ));
        }
        let entries = locate_entries(raw, "id");
        let entry = |id: &str, n: usize| {
            entries
                .get(id)
                .and_then(|places| places.get(n))
                .copied()
                .unwrap_or((1, 1))
        };
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut claims = Vec::with_capacity(spec.claims.len());
        for c in &spec.claims {
            let n = seen.entry(c.id.as_str()).or_insert(0);
            let (line, column) = entry(&c.id, *n);
            if *n > 0 {
                let (first, _) = entry(&c.id, 0);
                return Err(Error::at(
                    path,
                    line,
                    column,
                    format!("duplicate claim id `{}` (first used on line {first})", c.id),
                    "give every claim its own id",
                ));
            }
            *n += 1;
            if c.id.trim().is_empty() {
                return Err(Error::at(
                    path,
                    line,
                    column,
                    "a claim has an empty id",
                    "give every claim a short unique id",
                ));
            }
            if c.claim.trim().is_empty() {
                return Err(Error::at(
                    path,
                    line,
                    column,
                    format!("claim `{}` is empty", c.id),
                    "write the assertion to check after `claim:`",
                ));
            }
            claims.push(Claim {
                id: c.id.clone(),
                claim: c.claim.trim().to_string(),
                expect: c.expect,
                note: c.note.clone(),
                line,
                column,
            });
        }
        Ok(ClaimFile {
            path: path.to_string(),
            sources,
            headline: spec.headline,
            claims,
        })
    }
}

/// YAML text of any serialisable value (used by `extract --format yaml`).
pub fn to_yaml<T: Serialize>(value: &T) -> String {
    serde_yaml::to_string(value).unwrap_or_default()
}

/// The JSON Schema of claim files, generated from the same types the parser uses.
pub fn schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(ClaimFileSpec)).unwrap_or_default()
}

/// [`schema`] as pretty JSON with a trailing newline: what `factcheck schema` prints and
/// `factcheck.schema.json` holds.
pub fn schema_text() -> String {
    let mut out = serde_json::to_string_pretty(&schema()).unwrap_or_default();
    out.push('\n');
    out
}

/// Characters YAML allows raw and does not read as a line break (YAML 1.1 counts
/// U+0085, U+2028 and U+2029 as line breaks; U+FEFF is a byte order mark).
fn yaml_plain_char(c: char) -> bool {
    matches!(c,
        '\u{20}'..='\u{7e}'
        | '\u{a0}'..='\u{2027}'
        | '\u{202a}'..='\u{d7ff}'
        | '\u{e000}'..='\u{fefe}'
        | '\u{ff00}'..='\u{fffd}'
        | '\u{10000}'..)
}

/// A YAML double-quoted scalar for any text: `\` and `"` escaped, line breaks and every
/// character YAML does not allow raw written as escapes, so no value can end the string,
/// start a comment or change the document's structure.
///
/// ```
/// use factcheck::claims::yaml_quote;
/// assert_eq!(yaml_quote("a: \"b\" # c\n"), r#""a: \"b\" # c\n""#);
/// ```
pub fn yaml_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if yaml_plain_char(c) => out.push(c),
            c => out.push_str(&format!("\\u{:04X}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// A claim to write into a new claim file.
#[derive(Debug, Clone, PartialEq)]
pub struct NewClaim {
    /// The id (letters, digits and `-` are written bare, anything else quoted).
    pub id: String,
    /// The assertion.
    pub claim: String,
    /// The expectation, if any.
    pub expect: Option<Verdict>,
    /// A comment written above the entry (one line; line breaks become spaces).
    pub comment: Option<String>,
}

/// One comment line: anything that could end the line or that YAML refuses becomes a
/// space.
fn comment_line(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| if yaml_plain_char(c) { c } else { ' ' })
        .collect();
    clean.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Writes a claim file by hand rather than through serde_yaml, so that it can carry
/// comments and reads like one a person wrote; every value that could need it is
/// quoted with [`yaml_quote`].
pub fn write_claim_file(header: &[String], source: &str, claims: &[NewClaim]) -> String {
    let mut out = String::new();
    for line in header {
        out.push_str(&format!("# {}\n", comment_line(line)));
    }
    out.push_str(&format!("source: {}\nclaims:\n", yaml_quote(source)));
    for c in claims {
        if let Some(comment) = &c.comment {
            out.push_str(&format!("  # {}\n", comment_line(comment)));
        }
        let bare = !c.id.is_empty()
            && c.id.starts_with(|ch: char| ch.is_ascii_lowercase())
            && c.id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
            && !matches!(
                c.id.as_str(),
                "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null"
            );
        let id = if bare {
            c.id.clone()
        } else {
            yaml_quote(&c.id)
        };
        out.push_str(&format!(
            "  - id: {id}\n    claim: {}\n",
            yaml_quote(&c.claim)
        ));
        if let Some(e) = c.expect {
            out.push_str(&format!("    expect: {e}\n"));
        }
    }
    out
}

/// Sets `expect:` of claims in place, keeping comments, order and formatting; returns
/// the new text. `verdicts` maps claim ids to the verdict to write.
pub fn bless(raw: &str, verdicts: &HashMap<String, Verdict>) -> String {
    let mut out = String::with_capacity(raw.len() + 64);
    let lines: Vec<&str> = raw.split_inclusive('\n').collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        out.push_str(line);
        let trimmed = line.trim_start();
        let body = trimmed.strip_prefix("- ").map(str::trim_start);
        let Some(id) = body.and_then(|b| b.strip_prefix("id:")).map(|r| {
            r.split(" #")
                .next()
                .unwrap_or("")
                .trim()
                .trim_matches(['"', '\''])
        }) else {
            i += 1;
            continue;
        };
        let Some(verdict) = verdicts.get(id) else {
            i += 1;
            continue;
        };
        let indent = line.len() - trimmed.len() + 2;
        // The entry's lines: until the next list item or a line indented less.
        let mut j = i + 1;
        let mut expect_at = None;
        while j < lines.len() {
            let l = lines[j];
            let t = l.trim_start();
            let ind = l.len() - t.len();
            if !t.trim().is_empty() && (ind < indent || t.starts_with("- ")) {
                break;
            }
            if ind == indent && t.starts_with("expect:") {
                expect_at = Some(j);
            }
            j += 1;
        }
        let nl = if line.ends_with("\r\n") { "\r\n" } else { "\n" };
        let expect_line = |comment: &str| {
            format!(
                "{}expect: {}{comment}{nl}",
                " ".repeat(indent),
                verdict.as_str()
            )
        };
        // Without an `expect:`, one goes after the entry's last non-blank line.
        let last_filled = (i..j)
            .rev()
            .find(|&k| !lines[k].trim().is_empty())
            .unwrap_or(i);
        if expect_at.is_none() && last_filled == i {
            if !line.ends_with('\n') {
                out.push_str(nl);
            }
            out.push_str(&expect_line(""));
        }
        for (k, &l) in lines.iter().enumerate().take(j).skip(i + 1) {
            if Some(k) == expect_at {
                let comment = l
                    .find(" #")
                    .map(|p| l[l[..p].trim_end().len()..].trim_end())
                    .unwrap_or("");
                out.push_str(&expect_line(comment));
            } else {
                out.push_str(l);
                if expect_at.is_none() && k == last_filled {
                    if !l.ends_with('\n') {
                        out.push_str(nl);
                    }
                    out.push_str(&expect_line(""));
                }
            }
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(yaml: &str) -> Error {
        ClaimFile::parse(yaml, "c.yaml").expect_err("should fail")
    }

    #[test]
    fn unknown_fields_suggest_the_closest() {
        let e = err("source: a.txt\nclaims:\n  - id: a\n    claimz: x\n");
        assert_eq!(e.location, Some((4, 5)));
        assert!(e.hint.contains("did you mean `claim`"), "{e}");
        let e = err("sorce: a.txt\nclaims: []\n");
        assert!(e.hint.contains("did you mean `source`"), "{e}");
    }

    #[test]
    fn unknown_verdicts_suggest_the_closest() {
        let e = err("source: a.txt\nclaims:\n  - id: a\n    claim: x\n    expect: suported\n");
        assert!(e.hint.contains("did you mean `supported`"), "{e}");
        assert_eq!(e.location.map(|l| l.0), Some(5));
    }

    #[test]
    fn duplicate_ids_name_both_lines() {
        let e = err("source: a.txt\nclaims:\n  - id: a\n    claim: x\n  - id: a\n    claim: y\n");
        assert_eq!(e.location, Some((5, 5)));
        assert!(e.message.contains("first used on line 3"), "{e}");
    }

    #[test]
    fn empty_claims_and_wrong_types() {
        let e = err("source: a.txt\nclaims:\n  - id: a\n    claim: \"  \"\n");
        assert!(e.message.contains("claim `a` is empty"), "{e}");
        let e = err("source: a.txt\nclaims:\n  - id: a\n    claim: [1, 2]\n");
        assert!(e.message.contains("invalid type"), "{e}");
        assert!(e.location.is_some());
        assert!(err("").message.contains("empty"));
        assert!(
            err("claims:\n  - id: a\n    claim: x\n")
                .message
                .contains("no source")
        );
    }

    #[test]
    fn control_characters_and_aliases_are_placed() {
        let e = err("source: a.txt\nclaims:\n  - id: a\x01\n    claim: x\n");
        assert_eq!(e.location, Some((3, 10)), "{e}");
        assert!(e.hint.contains("binary file"), "{e}");
        let big = "x".repeat(MAX_EXPANDED_BYTES / 8);
        let mut yaml = format!("source: a.txt\nclaims:\n  - id: a\n    claim: &t {big}\n");
        for i in 0..10 {
            yaml.push_str(&format!("  - {{id: b{i}, claim: *t}}\n"));
        }
        let e = err(&yaml);
        assert!(e.message.contains("aliases expand the file"), "{e}");
        assert!(e.location.is_some_and(|(line, _)| line > 4), "{e}");
        // The budget starts afresh for every file.
        let small = format!(
            "source: a.txt\nclaims:\n  - id: a\n    claim: &t {}\n  - {{id: b, claim: *t}}\n",
            "x".repeat(1000)
        );
        assert!(ClaimFile::parse(&small, "c.yaml").is_ok());
    }

    #[test]
    fn sources_list_and_headline() {
        let f = ClaimFile::parse(
            "sources: [a.txt, b.txt]\nheadline: true\nclaims:\n  - id: a\n    claim: x\n",
            "c.yaml",
        )
        .expect("valid");
        assert_eq!(f.sources, ["a.txt", "b.txt"]);
        assert!(f.headline);
    }

    #[test]
    fn written_claim_files_parse_back_whatever_the_text() {
        let nasty = [
            "plain",
            "a: b # not a comment",
            "\"quoted\" and 'single'",
            "- starts like a list",
            "line\nbreak\r\ttab",
            "back\\slash \\n",
            "null",
            "yes",
            "{flow: [1, 2]}",
            "&anchor *alias !tag %directive @at `tick`",
            "bell\u{7}nul\u{0}del\u{7f}c1\u{85}ls\u{2028}bom\u{feff}",
            "ünïcödé — “quotes” 😀",
            "   leading and trailing   ",
        ];
        let claims: Vec<NewClaim> = nasty
            .iter()
            .enumerate()
            .map(|(i, text)| NewClaim {
                id: if i % 2 == 0 {
                    format!("c-{i}")
                } else {
                    text.to_string()
                },
                claim: text.to_string(),
                expect: Some(Verdict::Supported),
                comment: Some(format!("comment {text}")),
            })
            .collect();
        let yaml = write_claim_file(&["header\nline".to_string()], "a: b.txt", &claims);
        let spec: ClaimFileSpec = serde_yaml::from_str(&yaml).expect("valid YAML");
        assert_eq!(spec.source.as_deref(), Some("a: b.txt"));
        for (c, back) in claims.iter().zip(&spec.claims) {
            assert_eq!(back.id, c.id, "{yaml}");
            assert_eq!(back.claim, c.claim, "{yaml}");
            assert_eq!(back.expect, Some(Verdict::Supported));
        }
    }

    #[test]
    fn bless_rewrites_and_inserts_expect_keeping_comments() {
        let raw = "# top\nsource: a.txt\nclaims:\n  - id: a   # first\n    claim: x\n    expect: missing  # was\n  - id: b\n    claim: y\n\n  - id: c\n    claim: z\n";
        let verdicts: HashMap<String, Verdict> = [
            ("a", Verdict::Supported),
            ("b", Verdict::Contradicted),
            ("c", Verdict::Missing),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let out = bless(raw, &verdicts);
        assert_eq!(
            out,
            "# top\nsource: a.txt\nclaims:\n  - id: a   # first\n    claim: x\n    expect: supported  # was\n  - id: b\n    claim: y\n    expect: contradicted\n\n  - id: c\n    claim: z\n    expect: missing\n"
        );
        let parsed = ClaimFile::parse(&out, "c.yaml").expect("still valid");
        assert_eq!(parsed.claims[1].expect, Some(Verdict::Contradicted));
    }
}
