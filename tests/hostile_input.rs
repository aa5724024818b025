//! Hostile and broken input through the whole command: every refusal names the file
//! (and line and column where there is one) and what to do, exits 2, panics nowhere and
//! leaves no partial report. Large inputs are generated here, never committed.

mod common;

use common::{assert_only, assert_refused, factcheck, workspace};

const ARTICLE: &[u8] = b"Floods hit the town\n\nThe river rose by two metres on Sunday, police said. At least 12 people died.\n";
const CLAIMS: &[u8] = b"source: article.txt\nclaims:\n  - id: toll\n    claim: at least 12 people died\n    expect: supported\n";

/// Runs `check c.yaml` with `--output` in a workspace holding `files`; asserts the run was
/// refused naming `names` and that no report (or temporary file) was left behind.
fn refused(name: &str, files: &[(&str, &[u8])], names: &str) -> String {
    let dir = workspace("hostile", name, files);
    let run = factcheck(
        &dir,
        &["check", "c.yaml", "--format", "json", "--output", "r.json"],
    );
    assert_refused(&run, names);
    let keep: Vec<&str> = files
        .iter()
        .map(|(p, _)| p.split('/').next().unwrap_or(p))
        .collect();
    assert_only(&dir, &keep);
    run.stderr
}

#[test]
fn claim_file_not_utf8_names_the_byte_offset() {
    let stderr = refused(
        "claim-not-utf8",
        &[
            ("article.txt", ARTICLE),
            (
                "c.yaml",
                b"source: article.txt\nclaims:\n  - id: a\n    claim: caf\xe9\n",
            ),
        ],
        "c.yaml:4:15:",
    );
    assert!(stderr.contains("byte offset 52"), "{stderr}");
    assert!(stderr.contains("save the file as UTF-8"), "{stderr}");
}

#[test]
fn source_not_utf8_names_file_line_and_byte_offset() {
    let stderr = refused(
        "source-not-utf8",
        &[
            ("article.txt", b"First line.\nSecond \xff line.\n"),
            ("c.yaml", CLAIMS),
        ],
        "article.txt:2:8:",
    );
    assert!(stderr.contains("byte offset 19"), "{stderr}");
}

#[test]
fn binary_files_are_refused() {
    // A PNG's first bytes: not UTF-8 at byte 0.
    let png: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    let stderr = refused(
        "binary-claim",
        &[("article.txt", ARTICLE), ("c.yaml", png)],
        "c.yaml:1:1:",
    );
    assert!(stderr.contains("byte offset 0"), "{stderr}");
    let stderr = refused(
        "binary-source",
        &[("article.txt", png), ("c.yaml", CLAIMS)],
        "article.txt:1:1:",
    );
    assert!(stderr.contains("not valid UTF-8"), "{stderr}");
    // Valid UTF-8 that is still binary: NUL bytes.
    let stderr = refused(
        "nul-source",
        &[
            ("article.txt", b"Some text\n\0\0\0\x01\x02"),
            ("c.yaml", CLAIMS),
        ],
        "article.txt:2:1:",
    );
    assert!(
        stderr.contains("binary file (NUL byte at byte offset 10)"),
        "{stderr}"
    );
    let stderr = refused(
        "nul-claim",
        &[
            ("article.txt", ARTICLE),
            ("c.yaml", b"source: article.txt\0\nclaims: []\n"),
        ],
        "c.yaml:1:20:",
    );
    assert!(stderr.contains("binary file"), "{stderr}");
}

#[test]
fn empty_files_are_refused() {
    for (name, claims) in [
        ("empty-claim-file", &b""[..]),
        ("blank-claim-file", b"\xef\xbb\xbf \n\n  \r\n"),
    ] {
        let stderr = refused(
            name,
            &[("article.txt", ARTICLE), ("c.yaml", claims)],
            "c.yaml: the claim file is empty",
        );
        assert!(stderr.contains("add `source:`"), "{stderr}");
    }
    for (name, source) in [
        ("empty-source", &b""[..]),
        ("bom-only-source", b"\xef\xbb\xbf\r\n"),
    ] {
        let stderr = refused(
            name,
            &[("article.txt", source), ("c.yaml", CLAIMS)],
            "article.txt: the source is empty",
        );
        assert!(
            stderr.contains("check that the path names the article"),
            "{stderr}"
        );
    }
}

#[test]
fn bom_and_crlf_work_end_to_end() {
    let article = b"\xef\xbb\xbfFloods hit the town\r\n\r\nThe river rose by two metres on Sunday, police said.\r\nAt least 12 people died.\r\n";
    let claims = b"\xef\xbb\xbfsource: article.txt\r\nclaims:\r\n  - id: toll\r\n    claim: at least 12 people died\r\n    expect: supported\r\n  - id: day\r\n    claim: the river rose on Monday\r\n    expect: contradicted\r\n";
    let dir = workspace(
        "hostile",
        "bom-crlf",
        &[("article.txt", article), ("c.yaml", claims)],
    );
    let run = factcheck(&dir, &["check", "c.yaml", "--format", "json"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let claims = report["files"][0]["claims"].as_array().expect("claims");
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[0]["verdict"], "supported");
    assert_eq!(
        (claims[0]["line"].as_u64(), claims[0]["column"].as_u64()),
        (Some(3), Some(5))
    );
    assert_eq!(claims[1]["verdict"], "contradicted");
    assert_eq!(claims[1]["line"], 6);
    for claim in claims {
        for e in claim["evidence"].as_array().expect("evidence") {
            let (start, end) = (
                e["start"].as_u64().expect("start") as usize,
                e["end"].as_u64().expect("end") as usize,
            );
            let text = e["text"].as_str().expect("text");
            assert_eq!(
                &article[start..end],
                text.as_bytes(),
                "evidence is the bytes on disk"
            );
            assert!(
                !text.contains('\r') && !text.starts_with('\u{feff}'),
                "{text:?}"
            );
        }
    }
    let toll = &claims[0]["evidence"][0];
    assert_eq!(
        (toll["line"].as_u64(), toll["column"].as_u64()),
        (Some(4), Some(1))
    );
    // The human report shows the line without its carriage return.
    let run = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("4 | At least 12 people died.\n"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains('\r'), "{:?}", run.stdout);
}

/// Prose on one line, `bytes` long.
fn one_line(bytes: usize) -> Vec<u8> {
    let sentence = b"The river rose by 2,000 metres on Sunday, police said in Paris, and at least 12 people died. ";
    sentence.iter().copied().cycle().take(bytes).collect()
}

#[test]
fn fifty_megabyte_source_on_one_line_is_refused_unread() {
    let dir = workspace("hostile", "fifty-mb", &[("c.yaml", CLAIMS)]);
    std::fs::write(dir.join("article.txt"), one_line(50_000_000)).expect("write");
    let run = factcheck(&dir, &["check", "c.yaml", "--output", "r.txt"]);
    assert_refused(
        &run,
        "article.txt: the file is 50000000 bytes; the limit is 16777216",
    );
    assert!(run.stderr.contains("split the file"), "{}", run.stderr);
    assert_only(&dir, &["c.yaml", "article.txt"]);
    // Refused from its size alone: the file is never read into memory.
    if let Some(kib) = run.peak_kib {
        assert!(kib < 64 * 1024, "peak memory {kib} KiB");
    }
}

#[test]
fn source_on_one_long_line_is_checked_in_bounded_memory() {
    // 256 KB without a line break (the cost of a long line is per sentence, and a run
    // without stops is cut into sentences of at most MAX_SENTENCE_TOKENS tokens).
    let mut text = one_line(200_000);
    text.extend(b"word ".repeat(10_000));
    let dir = workspace("hostile", "long-line", &[("c.yaml", CLAIMS)]);
    std::fs::write(dir.join("article.txt"), &text).expect("write");
    let run = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    if let Some(kib) = run.peak_kib {
        // About 70 bytes per byte of text, plus the program.
        assert!(kib < 100 * 1024, "peak memory {kib} KiB");
    }
}

#[test]
fn one_megabyte_claim_is_checked() {
    // One 1 MB sentence without a stop: cut into bounded pieces, each checked.
    let words = [
        "river", "rose", "Sunday", "police", "Paris", "people", "died", "the", "and",
    ];
    let mut claim = String::with_capacity(1_000_100);
    let mut i = 0usize;
    while claim.len() < 1_000_000 {
        claim.push_str(words[(i * 7 + i / 9) % words.len()]);
        claim.push(' ');
        i += 1;
    }
    let yaml = format!("source: article.txt\nclaims:\n  - id: big\n    claim: \"{claim}\"\n");
    let dir = workspace(
        "hostile",
        "big-claim",
        &[("article.txt", ARTICLE), ("c.yaml", yaml.as_bytes())],
    );
    let run = factcheck(&dir, &["check", "c.yaml", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(report["summary"]["claims"], 1);
    assert_ne!(report["files"][0]["claims"][0]["verdict"], "supported");
}

#[test]
fn alias_expansion_is_refused_past_the_bound() {
    // "Billion laughs" in the only shape a claim file's types let through: one large text
    // repeated by aliases (1 MB × 20 = 20 MB of text from a 1 MB file).
    let big = "lol ".repeat(250_000);
    let mut yaml = format!("source: article.txt\nclaims:\n  - id: a0\n    claim: &lol {big}\n");
    for i in 1..20 {
        yaml.push_str(&format!("  - {{id: a{i}, claim: *lol}}\n"));
    }
    let dir = workspace(
        "hostile",
        "laughs",
        &[("article.txt", ARTICLE), ("c.yaml", yaml.as_bytes())],
    );
    let run = factcheck(&dir, &["check", "c.yaml", "--output", "r.txt"]);
    assert_refused(&run, "c.yaml:");
    assert!(
        run.stderr
            .contains("aliases expand the file past the limit of 16777216 bytes"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("instead of repeating it with `*alias`"),
        "{}",
        run.stderr
    );
    let at = run
        .stderr
        .split(':')
        .nth(2)
        .and_then(|l| l.parse::<usize>().ok());
    assert!(
        at.is_some_and(|line| (4..=23).contains(&line)),
        "names a line: {}",
        run.stderr
    );
    assert_only(&dir, &["c.yaml", "article.txt"]);
    if let Some(kib) = run.peak_kib {
        assert!(kib < 256 * 1024, "peak memory {kib} KiB");
    }

    // The classic nine levels of ten: refused at the first level the types do not allow.
    let mut yaml =
        String::from("source: article.txt\nclaims:\n  - id: a\n    claim: x\n    note: &l0 lol\n");
    for level in 1..10 {
        let refs: Vec<String> = (0..10).map(|_| format!("*l{}", level - 1)).collect();
        yaml.push_str(&format!(
            "  - id: b{level}\n    claim: &l{level} [{}]\n",
            refs.join(", ")
        ));
    }
    let stderr = refused(
        "laughs-nested",
        &[("article.txt", ARTICLE), ("c.yaml", yaml.as_bytes())],
        "c.yaml:7:12: claims[1].claim: invalid type: sequence, expected a string",
    );
    assert!(stderr.contains("check the value's type"), "{stderr}");
}

#[test]
fn deep_nesting_is_refused() {
    let flow = format!(
        "source: article.txt\nclaims: {}{}\n",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let stderr = refused(
        "deep-flow",
        &[("article.txt", ARTICLE), ("c.yaml", flow.as_bytes())],
        "c.yaml:2:73: `[` and `{` nest more than 64 deep here",
    );
    assert!(stderr.contains("remove the extra brackets"), "{stderr}");
    let maps = format!(
        "source: article.txt\nclaims:\n  - id: a\n    claim: {}x{}\n",
        "{a: ".repeat(5000),
        "}".repeat(5000)
    );
    refused(
        "deep-map",
        &[("article.txt", ARTICLE), ("c.yaml", maps.as_bytes())],
        "nest more than 64 deep",
    );
    let block = format!("source: article.txt\nclaims:\n  {}x\n", "- ".repeat(5000));
    refused(
        "deep-block",
        &[("article.txt", ARTICLE), ("c.yaml", block.as_bytes())],
        "c.yaml:3:5: claims[0]: invalid type: sequence",
    );
    // A million levels (2 MB) is refused as quickly: the guard is one linear pass, where
    // the YAML parser alone would take hours.
    let deepest = format!("source: article.txt\nclaims: {}\n", "[".repeat(1_000_000));
    refused(
        "deepest-flow",
        &[("article.txt", ARTICLE), ("c.yaml", deepest.as_bytes())],
        "nest more than 64 deep",
    );
}

#[test]
fn duplicate_keys_tabs_and_wrong_types_name_the_place() {
    let cases: [(&str, &str, &str, &str); 8] = [
        (
            "dup-top-key",
            "source: article.txt\nsource: other.txt\nclaims:\n  - id: a\n    claim: x\n",
            "c.yaml:1:1: duplicate field `source`",
            "`source` is given twice in this mapping; keep one",
        ),
        (
            "dup-claim-key",
            "source: article.txt\nclaims:\n  - id: a\n    claim: x\n    claim: y\n",
            "c.yaml:3:5: claims[0]: duplicate field `claim`",
            "keep one",
        ),
        (
            "tab-indent",
            "source: article.txt\nclaims:\n\t- id: a\n\t  claim: x\n",
            "c.yaml:3:1:",
            "YAML indents with spaces, not tabs",
        ),
        (
            "tab-inside",
            "source: article.txt\nclaims:\n  - id: a\n    claim: x\n\t\n",
            "c.yaml:5:1:",
            "replace the tab here with spaces",
        ),
        (
            "claims-not-list",
            "source: article.txt\nclaims: {id: a, claim: x}\n",
            "c.yaml:2:9: claims: invalid type: map, expected a sequence",
            "`claims` is a list",
        ),
        (
            "headline-not-bool",
            "source: article.txt\nheadline: maybe\nclaims:\n  - id: a\n    claim: x\n",
            "c.yaml:2:11: headline: invalid type: string \"maybe\", expected a boolean",
            "`headline` is `true` or `false`",
        ),
        (
            "sources-not-list",
            "sources: {a: b}\nclaims:\n  - id: a\n    claim: x\n",
            "c.yaml:1:10: sources: invalid type: map",
            "check the value's type",
        ),
        (
            "claim-is-number-list",
            "source: article.txt\nclaims:\n  - id: a\n    claim: [1, 2]\n",
            "c.yaml:4:12: claims[0].claim: invalid type: sequence",
            "ids, claims and notes are text",
        ),
    ];
    for (name, yaml, names, hint) in cases {
        let stderr = refused(
            name,
            &[("article.txt", ARTICLE), ("c.yaml", yaml.as_bytes())],
            names,
        );
        assert!(stderr.contains(hint), "{name}: {stderr}");
    }
}

#[test]
fn duplicate_ids_in_flow_style_name_both_lines() {
    let stderr = refused(
        "dup-flow-id",
        &[
            ("article.txt", ARTICLE),
            (
                "c.yaml",
                b"source: article.txt\nclaims:\n  - {id: a, claim: x}\n  - {id: a, claim: y}\n",
            ),
        ],
        "c.yaml:4:6: duplicate claim id `a` (first used on line 3)",
    );
    assert!(stderr.contains("give every claim its own id"), "{stderr}");
}

#[test]
fn thousands_of_claim_files() {
    let dir = workspace("hostile", "thousands", &[("claims/article.txt", ARTICLE)]);
    let claims = dir.join("claims");
    for i in 0..3000 {
        let yaml = format!(
            "source: article.txt\nclaims:\n  - id: toll-{i}\n    claim: at least 12 people died\n    expect: supported\n"
        );
        std::fs::write(claims.join(format!("c{i:04}.yaml")), yaml).expect("write");
    }
    let run = factcheck(
        &dir,
        &["check", "claims", "--format", "json", "--output", "r.json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("r.json")).expect("report")).expect("json");
    assert_eq!(report["summary"]["claims"], 3000);
    assert_eq!(report["summary"]["passed"], 3000);
    let files = report["files"].as_array().expect("files");
    assert_eq!(files[0]["path"], "claims/c0000.yaml");
    assert_eq!(files[2999]["path"], "claims/c2999.yaml");
    if let Some(kib) = run.peak_kib {
        assert!(kib < 256 * 1024, "peak memory {kib} KiB");
    }

    // One broken file among them: the whole run is refused, naming it, and the old
    // report is left as it was.
    std::fs::write(
        claims.join("c1500.yaml"),
        "source: article.txt\nclaims:\n\t- id: x\n",
    )
    .expect("write");
    let run = factcheck(
        &dir,
        &["check", "claims", "--format", "json", "--output", "r.json"],
    );
    assert_refused(&run, "claims/c1500.yaml:3:1:");
    let kept: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("r.json")).expect("report")).expect("json");
    assert_eq!(kept, report);
    assert_only(&dir, &["claims", "r.json"]);
}

#[test]
fn regression_html_entity_cut_inside_a_character() {
    // Found by fuzzing: an `&` followed by multi-byte letters and no `;` within 12 bytes.
    let html = "<p>&لعربية W460 and &amp; more</p>".to_string();
    let src = factcheck::source::Source::from_text("a.html", html, factcheck::source::Format::Html);
    assert!(
        src.text().contains("&لعربية W460 and & more"),
        "{}",
        src.text()
    );
}
