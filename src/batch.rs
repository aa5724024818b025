//! `factcheck batch`: JSON Lines in, one verdict line out per input line, in input order.
//! Lines are read in chunks; each chunk's distinct sources are analysed once and in
//! parallel, then its claims are checked in parallel.
//!
//! ```
//! let input = r#"{"id": "a", "source": "Russia vetoed the plan.", "claim": "Russia vetoed it."}"#;
//! let mut out = Vec::new();
//! let stats = factcheck::batch::run(input.as_bytes(), &mut out).unwrap();
//! assert_eq!(stats.failed, 0);
//! assert!(String::from_utf8(out).unwrap().contains(r#""verdict":"supported""#));
//! ```

use rustc_hash::FxHashMap as HashMap;
use std::io::{self, BufRead, Write};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::check::{self, Evidence, Part, Verdict};
use crate::extract::Document;
use crate::source::{Format, Source};

/// Lines longer than this are answered with an error and skipped without being held
/// (the same bound as a source file).
pub const MAX_LINE_BYTES: usize = crate::source::MAX_SOURCE_BYTES as usize;
/// Lines read before a chunk is processed. Small chunks keep the analysed sources in
/// cache: 64 lines (256 KiB) ran the dev benchmark 12% faster than 256 lines (1 MiB), on
/// one core and on two, with half the peak memory.
const CHUNK_LINES: usize = 64;
/// Bytes of input after which a chunk is processed: a chunk holds at most this much plus
/// one line, so memory stays bounded by about one source file at the limit.
const CHUNK_BYTES: usize = 256 * 1024;

#[derive(Deserialize)]
struct Input {
    id: serde_json::Value,
    source: String,
    claim: String,
}

#[derive(Serialize)]
struct Output<'a> {
    id: &'a serde_json::Value,
    verdict: Verdict,
    score: f64,
    reason: &'a str,
    evidence: &'a [Evidence],
    #[serde(skip_serializing_if = "<[Part]>::is_empty")]
    parts: &'a [Part],
}

#[derive(Serialize)]
struct LineError<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    line: usize,
    error: &'a str,
}

/// Counts of a batch run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Lines answered with a verdict.
    pub checked: usize,
    /// Lines answered with an error.
    pub failed: usize,
}

/// One line as read: its number and bytes, or why it could not be held.
enum Line {
    Text(usize, Vec<u8>),
    TooLong(usize, usize),
}

/// Reads one line of at most `limit` bytes; longer lines are consumed and reported.
fn read_line<R: BufRead>(
    reader: &mut R,
    limit: usize,
) -> io::Result<Option<Result<Vec<u8>, usize>>> {
    let mut buf = Vec::new();
    let mut total = 0;
    let mut any = false;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        any = true;
        // memchr scans a word at a time: a byte-by-byte search was 1.5% of a run.
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(p) => (p + 1, true),
            None => (chunk.len(), false),
        };
        total += take;
        if total <= limit {
            buf.extend_from_slice(&chunk[..take]);
        }
        reader.consume(take);
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    Ok(Some(if total > limit { Err(total) } else { Ok(buf) }))
}

/// Runs a batch from `input` to `out`.
pub fn run<R: BufRead, W: Write>(input: R, out: &mut W) -> io::Result<Stats> {
    run_with_progress(input, out, &indicatif::ProgressBar::hidden())
}

/// As [`run`], counting lines on `progress` (see [`crate::output::spinner`]).
pub fn run_with_progress<R: BufRead, W: Write>(
    mut input: R,
    out: &mut W,
    progress: &indicatif::ProgressBar,
) -> io::Result<Stats> {
    let mut stats = Stats::default();
    let mut number = 0;
    let mut previous: HashMap<String, Document> = HashMap::default();
    loop {
        let mut chunk = Vec::with_capacity(CHUNK_LINES);
        let mut bytes_read = 0;
        while chunk.len() < CHUNK_LINES && bytes_read < CHUNK_BYTES {
            match read_line(&mut input, MAX_LINE_BYTES)? {
                None => break,
                Some(Ok(bytes)) => {
                    number += 1;
                    bytes_read += bytes.len();
                    chunk.push(Line::Text(number, bytes));
                }
                Some(Err(len)) => {
                    number += 1;
                    chunk.push(Line::TooLong(number, len));
                }
            }
        }
        if chunk.is_empty() {
            break;
        }
        let lines = chunk.len() as u64;
        previous = process_chunk(chunk, previous, out, &mut stats)?;
        progress.inc(lines);
    }
    progress.finish_and_clear();
    out.flush()?;
    Ok(stats)
}

fn parse(line: &[u8]) -> Result<Input, (Option<serde_json::Value>, String)> {
    let text = std::str::from_utf8(line).map_err(|e| {
        (
            None,
            format!(
                "not valid UTF-8 (first bad byte at byte offset {})",
                e.valid_up_to()
            ),
        )
    })?;
    serde_json::from_str::<Input>(text.trim_end()).map_err(|e| {
        let id = serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|v| v.get("id").cloned());
        (
            id,
            format!("invalid input line: {e}; expected {{\"id\", \"source\", \"claim\"}}"),
        )
    })
}

type Parsed = (usize, Result<Input, (Option<serde_json::Value>, String)>);

fn process_chunk<W: Write>(
    chunk: Vec<Line>,
    mut previous: HashMap<String, Document>,
    out: &mut W,
    stats: &mut Stats,
) -> io::Result<HashMap<String, Document>> {
    let parsed: Vec<Option<Parsed>> = chunk
        .par_iter()
        .map(|l| match l {
            Line::Text(_, bytes) if bytes.iter().all(u8::is_ascii_whitespace) => None,
            Line::Text(n, bytes) => Some((*n, parse(bytes))),
            Line::TooLong(n, len) => Some((
                *n,
                Err((
                    None,
                    format!("line is {len} bytes; the limit is {MAX_LINE_BYTES}"),
                )),
            )),
        })
        .collect();
    let mut wanted: Vec<&str> = parsed
        .iter()
        .flatten()
        .filter_map(|(_, r)| r.as_ref().ok())
        .map(|i| i.source.as_str())
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    // Documents the previous chunk analysed are reused; the rest are dropped before this
    // chunk's are analysed, so at most one chunk's documents are held at a time.
    let mut docs: HashMap<String, Document> =
        HashMap::with_capacity_and_hasher(wanted.len(), Default::default());
    for s in &wanted {
        if let Some(d) = previous.remove(*s) {
            docs.insert(s.to_string(), d);
        }
    }
    drop(previous);
    let fresh: Vec<(String, Document)> = wanted
        .par_iter()
        .filter(|s| !docs.contains_key(**s))
        .map(|s| {
            (
                s.to_string(),
                Document::analyse(Source::from_text("source", s.to_string(), Format::Text)),
            )
        })
        .collect();
    docs.extend(fresh);
    let lines: Vec<(bool, String)> = parsed
        .par_iter()
        .flatten()
        .map(|(n, r)| match r {
            Ok(input) => {
                let doc = &docs[input.source.as_str()];
                // A bug on one line must not cost the other lines their results.
                let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check::check_claim(&input.claim, &[doc])));
                let Ok(outcome) = checked else {
                    let id = Some(&input.id);
                    let error = "internal error while checking this line (a bug in factcheck: please report it with this line)";
                    return (false, serde_json::to_string(&LineError { id, line: *n, error }).unwrap_or_default());
                };
                let line = Output {
                    id: &input.id,
                    verdict: outcome.verdict,
                    score: outcome.score,
                    reason: &outcome.reason,
                    evidence: &outcome.evidence,
                    parts: &outcome.parts,
                };
                (true, serde_json::to_string(&line).unwrap_or_default())
            }
            Err((id, message)) => {
                let e = LineError {
                    id: id.as_ref(),
                    line: *n,
                    error: message,
                };
                (false, serde_json::to_string(&e).unwrap_or_default())
            }
        })
        .collect();
    for (ok, line) in &lines {
        writeln!(out, "{line}")?;
        if *ok {
            stats.checked += 1;
        } else {
            stats.failed += 1;
        }
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(input: &[u8]) -> (Vec<serde_json::Value>, Stats) {
        let mut out = Vec::new();
        let stats = run(input, &mut out).expect("io");
        let text = String::from_utf8(out).expect("utf8");
        (
            text.lines()
                .map(|l| serde_json::from_str(l).expect("json line"))
                .collect(),
            stats,
        )
    }

    #[test]
    fn bad_lines_get_errors_and_the_rest_goes_on() {
        let mut input = b"{\"id\": \"a\", \"source\": \"Russia vetoed it.\", \"claim\": \"Russia vetoed it.\"}\n".to_vec();
        input.extend_from_slice(b"{\"id\": \"b\", \"source\": 5}\n");
        input.extend_from_slice(b"not json\n\xff\xfe\n\n");
        input.extend_from_slice(b"{\"id\": 7, \"source\": \"It rained.\", \"claim\": \"It snowed heavily in Paris.\", \"label\": 0}\n");
        let (lines, stats) = batch(&input);
        assert_eq!(
            stats,
            Stats {
                checked: 2,
                failed: 3
            }
        );
        assert_eq!(lines.len(), 5);
        assert_eq!(lines[0]["verdict"], "supported");
        assert_eq!(lines[1]["id"], "b");
        assert_eq!(lines[1]["line"], 2);
        assert_eq!(lines[2]["line"], 3);
        assert!(lines[3]["error"].as_str().unwrap_or("").contains("UTF-8"));
        assert_eq!(lines[4]["id"], 7);
        assert_eq!(lines[4]["verdict"], "missing");
    }

    /// Chunks are an implementation detail: lines spread over several chunks, sharing
    /// sources within and across chunk boundaries, get the answers they get alone.
    #[test]
    fn answers_do_not_depend_on_chunks() {
        let sources = [
            "Officials said 40 people were hurt in the fire on Monday.",
            "The council voted to close the bridge. It will reopen in May.",
            "Maria Lopez, the mayor, said the budget would not rise.",
        ];
        let claims = [
            "40 people were hurt.",
            "The bridge will reopen in June.",
            "The mayor said the budget would rise.",
        ];
        let line = |n: usize| {
            // Runs of the same source longer than a chunk, then alternating ones.
            let s = if n < 2 * CHUNK_LINES { n / 50 } else { n } % sources.len();
            serde_json::json!({"id": n, "source": sources[s], "claim": claims[n % claims.len()]})
                .to_string()
                + "\n"
        };
        let total = 3 * CHUNK_LINES + 7;
        let all: String = (0..total).map(line).collect();
        let (together, stats) = batch(all.as_bytes());
        assert_eq!(stats.checked, total);
        for (n, got) in together.iter().enumerate() {
            let (alone, _) = batch(line(n).as_bytes());
            assert_eq!(got, &alone[0], "line {n}");
        }
    }

    #[test]
    fn overlong_lines_are_refused_without_being_held() {
        let mut reader = io::BufReader::new(&b"aaaaaaaaaa\nok\n"[..]);
        assert_eq!(read_line(&mut reader, 4).expect("io"), Some(Err(11)));
        assert_eq!(
            read_line(&mut reader, 4).expect("io"),
            Some(Ok(b"ok\n".to_vec()))
        );
        assert_eq!(read_line(&mut reader, 4).expect("io"), None);
    }
}
