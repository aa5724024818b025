//! `factcheck batch` answers every input line in order: malformed lines, invalid UTF-8
//! and lines over the limit get an error line, and the other lines' results are intact.

mod common;

use common::{factcheck, factcheck_stdin, workspace};

fn good(id: &str, source: &str, claim: &str) -> Vec<u8> {
    (serde_json::json!({"id": id, "source": source, "claim": claim}).to_string() + "\n")
        .into_bytes()
}

fn lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

#[test]
fn malformed_lines_and_invalid_utf8_do_not_lose_other_results() {
    let mut input = Vec::new();
    input.extend(good(
        "a",
        "Russia vetoed the plan on Monday.",
        "Russia vetoed it on Monday.",
    ));
    input.extend(b"not json at all\n");
    input.extend(b"{\"id\": \"c\", \"source\": 5, \"claim\": \"x\"}\n");
    input.extend(b"{\"id\": \"d\", \"claim\": \"x\"}\n");
    input.extend(b"[1, 2, 3]\n");
    input.extend(b"{\"id\": \"f\", \"source\": \"caf\xe9\", \"claim\": \"x\"}\n");
    input.extend(b"\xff\xfe\x00\x01\n");
    input.extend(format!("{}\n", "[".repeat(100_000)).as_bytes());
    input.extend(b"{\"id\": \"i\", \"source\": \"It rained.\", \"claim\": \"It rained.\"\n");
    input.extend(b"\n   \n");
    let mut crlf = good(
        "j",
        "Russia vetoed the plan on Monday.",
        "Russia vetoed it on Tuesday.",
    );
    crlf.insert(crlf.len() - 1, b'\r');
    input.extend(crlf);
    input.extend(good("k", "", "Anything at all."));
    input.extend(b"{\"id\": \"l\", \"source\": \"Police said 12 died.\", \"claim\": \"12 died\"}");
    let dir = workspace("batch", "malformed", &[("in.jsonl", &input)]);
    for run in [
        factcheck(&dir, &["batch", "--input", "in.jsonl"]),
        factcheck_stdin(&dir, &["batch"], &input),
    ] {
        assert_eq!(run.code, 1, "a line failed: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        let out = lines(&run.stdout);
        // Blank lines are skipped; every other line is answered, in order.
        assert_eq!(out.len(), 12, "{}", run.stdout);
        let line_of = |i: usize| out[i]["line"].as_u64();
        assert_eq!(out[0]["id"], "a");
        assert_eq!(out[0]["verdict"], "supported");
        for (i, line) in [
            (1, 2),
            (2, 3),
            (3, 4),
            (4, 5),
            (5, 6),
            (6, 7),
            (7, 8),
            (8, 9),
        ] {
            assert_eq!(line_of(i), Some(line), "{}", out[i]);
            assert!(out[i]["error"].is_string(), "{}", out[i]);
            assert!(out[i].get("verdict").is_none(), "{}", out[i]);
        }
        assert_eq!(out[2]["id"], "c", "the id is kept when it can be read");
        assert!(
            out[5]["error"]
                .as_str()
                .unwrap_or("")
                .contains("not valid UTF-8 (first bad byte at byte offset 26)"),
            "{}",
            out[5]
        );
        assert!(
            out[6]["error"]
                .as_str()
                .unwrap_or("")
                .contains("byte offset 0"),
            "{}",
            out[6]
        );
        assert!(
            out[7]["error"]
                .as_str()
                .unwrap_or("")
                .contains("recursion limit"),
            "{}",
            out[7]
        );
        assert!(
            out[1]["error"]
                .as_str()
                .unwrap_or("")
                .contains("expected {\"id\", \"source\", \"claim\"}"),
            "{}",
            out[1]
        );
        assert_eq!(out[9]["id"], "j");
        assert_eq!(out[9]["verdict"], "contradicted");
        assert_eq!(out[10]["id"], "k");
        assert_eq!(out[10]["verdict"], "missing");
        assert_eq!(out[11]["id"], "l");
        assert_eq!(
            out[11]["verdict"], "supported",
            "the last line needs no newline"
        );
    }
}

#[test]
fn an_enormous_line_is_answered_with_an_error_in_bounded_memory() {
    let limit = factcheck::batch::MAX_LINE_BYTES;
    let mut input = Vec::with_capacity(limit + 4096);
    input.extend(good(
        "before",
        "Russia vetoed the plan on Monday.",
        "Russia vetoed it.",
    ));
    // A well-formed line whose source alone is over the limit.
    input.extend(b"{\"id\": \"huge\", \"claim\": \"x\", \"source\": \"");
    input.extend(std::iter::repeat_n(b'a', limit + 10));
    input.extend(b"\"}\n");
    input.extend(good(
        "after",
        "Police said 12 people died.",
        "12 people died.",
    ));
    let dir = workspace("batch", "enormous", &[("in.jsonl", &input)]);
    for run in [
        factcheck(&dir, &["batch", "--input", "in.jsonl"]),
        factcheck_stdin(&dir, &["batch"], &input),
    ] {
        assert_eq!(run.code, 1, "{}", run.stderr);
        let out = lines(&run.stdout);
        assert_eq!(out.len(), 3, "{}", run.stdout.len());
        assert_eq!(out[0]["verdict"], "supported");
        assert_eq!(out[1]["line"], 2);
        let expected = format!("line is {} bytes; the limit is {limit}", limit + 10 + 43);
        assert_eq!(out[1]["error"], expected.as_str());
        assert_eq!(out[2]["id"], "after");
        assert_eq!(out[2]["verdict"], "supported");
        if let Some(kib) = run.peak_kib {
            // The line is read up to the limit and dropped, never parsed or analysed.
            let bound = (limit as u64 / 1024) * 3 + 64 * 1024;
            assert!(kib < bound, "peak memory {kib} KiB, bound {bound} KiB");
        }
    }
}
