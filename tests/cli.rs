//! The command line: exit codes, and the message for every kind of invalid input
//! (snapshotted, so a reader sees exactly what a user sees).

use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh directory for one test, with files written into it.
fn workspace(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for (path, bytes) in files {
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().expect("parent")).expect("mkdir");
        std::fs::write(full, bytes).expect("write");
    }
    std::fs::create_dir_all(&dir).expect("mkdir");
    dir
}

/// Runs factcheck in `dir`; returns exit code, stdout and stderr.
fn factcheck(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const ARTICLE: &[u8] = b"Floods hit the town\n\nThe river rose by two metres on Sunday, police said. At least 12 people died.\n";

fn claim_file(body: &str) -> Vec<u8> {
    format!("source: article.txt\nclaims:\n{body}").into_bytes()
}

/// Checks an invalid claim file: exit 2, nothing on stdout, the message snapshotted.
fn invalid(name: &str, claims: &[u8]) -> String {
    let dir = workspace(name, &[("article.txt", ARTICLE), ("c.yaml", claims)]);
    let (code, stdout, stderr) = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty(), "nothing half-written: {stdout}");
    stderr
}

#[test]
fn passing_run_exits_0_and_failing_run_exits_1() {
    let ok =
        claim_file("  - id: toll\n    claim: at least 12 people died\n    expect: supported\n");
    let dir = workspace("pass", &[("article.txt", ARTICLE), ("c.yaml", &ok)]);
    let (code, stdout, _) = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("ok: 1 claims in 1 files; 1 passed, 0 failed"),
        "{stdout}"
    );

    let bad =
        claim_file("  - id: toll\n    claim: at least 12 people died\n    expect: contradicted\n");
    let dir = workspace("fail", &[("article.txt", ARTICLE), ("c.yaml", &bad)]);
    let (code, stdout, _) = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("expected contradicted, got supported"),
        "{stdout}"
    );
}

#[test]
fn directories_are_searched_and_default_to_claims() {
    let ok =
        claim_file("  - id: day\n    claim: the river rose on Sunday\n    expect: supported\n");
    let dir = workspace(
        "default",
        &[
            ("claims/article.txt", ARTICLE),
            ("claims/sub/../c.yaml", &ok),
        ],
    );
    let (code, stdout, stderr) = factcheck(&dir, &["check"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
}

#[test]
fn json_report_has_the_documented_fields() {
    let ok = claim_file("  - id: toll\n    claim: 12 people died\n");
    let dir = workspace("json", &[("article.txt", ARTICLE), ("c.yaml", &ok)]);
    let (code, stdout, _) = factcheck(&dir, &["check", "c.yaml", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let claim = &v["files"][0]["claims"][0];
    for field in [
        "id", "claim", "verdict", "expect", "passed", "score", "reason", "evidence",
    ] {
        assert!(claim.get(field).is_some(), "missing {field}");
    }
    let e = &claim["evidence"][0];
    for field in ["source", "line", "column", "start", "end", "text"] {
        assert!(e.get(field).is_some(), "missing evidence {field}");
    }
    assert_eq!(e["line"], 3);
    let (start, end) = (
        e["start"].as_u64().unwrap_or(0) as usize,
        e["end"].as_u64().unwrap_or(0) as usize,
    );
    assert_eq!(
        &ARTICLE[start..end],
        e["text"].as_str().unwrap_or("").as_bytes()
    );
}

#[test]
fn output_file_is_written_whole() {
    let ok = claim_file("  - id: toll\n    claim: at least 12 people died\n");
    let dir = workspace("output", &[("article.txt", ARTICLE), ("c.yaml", &ok)]);
    let (code, stdout, _) = factcheck(
        &dir,
        &["check", "c.yaml", "--format", "json", "--output", "r.json"],
    );
    assert_eq!(code, 0);
    assert!(stdout.is_empty());
    let written = std::fs::read_to_string(dir.join("r.json")).expect("report written");
    assert!(written.contains("\"verdict\": \"supported\""));
    let (code, _, stderr) = factcheck(&dir, &["check", "c.yaml", "--output", "no/such/dir/r.txt"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(!dir.join("no").exists());
}

#[test]
fn unknown_field_suggests_the_closest() {
    insta::assert_snapshot!(invalid(
        "unknown-field",
        &claim_file("  - id: a\n    claim: x\n    expcet: supported\n")
    ));
}

#[test]
fn wrong_type_names_the_place() {
    insta::assert_snapshot!(invalid(
        "wrong-type",
        &claim_file("  - id: a\n    claim:\n      - one\n      - two\n")
    ));
}

#[test]
fn duplicate_id_names_both_lines() {
    insta::assert_snapshot!(invalid(
        "duplicate-id",
        &claim_file("  - id: a\n    claim: x\n  - id: a\n    claim: y\n")
    ));
}

#[test]
fn empty_claim_is_refused() {
    insta::assert_snapshot!(invalid(
        "empty-claim",
        &claim_file("  - id: a\n    claim: ''\n")
    ));
}

#[test]
fn unknown_verdict_suggests_the_closest() {
    insta::assert_snapshot!(invalid(
        "unknown-verdict",
        &claim_file("  - id: a\n    claim: x\n    expect: contradicetd\n")
    ));
}

#[test]
fn missing_source_names_the_path_tried() {
    let yaml = b"source: sources/nope.txt\nclaims:\n  - id: a\n    claim: x\n";
    insta::assert_snapshot!(invalid("missing-source", yaml));
}

#[test]
fn unreadable_source_is_refused() {
    let yaml = b"source: folder\nclaims:\n  - id: a\n    claim: x\n";
    let dir = workspace(
        "unreadable-source",
        &[("c.yaml", yaml), ("folder/x.txt", b"x")],
    );
    let (code, _, stderr) = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(code, 2);
    insta::assert_snapshot!(stderr);
}

#[test]
fn broken_yaml_names_line_and_column() {
    insta::assert_snapshot!(invalid(
        "broken-yaml",
        b"source: article.txt\nclaims:\n  - id: a\n    claim: \"unclosed\n"
    ));
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    insta::assert_snapshot!(invalid(
        "not-utf8",
        b"source: article.txt\nclaims:\n  - id: a\n    claim: caf\xe9\n"
    ));
}

#[test]
fn source_outside_the_tree_is_refused() {
    let yaml = b"source: ../outside.txt\nclaims:\n  - id: a\n    claim: x\n";
    let dir = workspace("outside/inner", &[("c.yaml", yaml)]);
    std::fs::write(dir.join("../outside.txt"), ARTICLE).expect("write");
    let (code, _, stderr) = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("outside the claim file's directory"),
        "{stderr}"
    );
    assert!(stderr.contains("--allow-outside"), "{stderr}");
    let (code, _, stderr) = factcheck(&dir, &["check", "c.yaml", "--allow-outside"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn no_claim_files_and_bad_usage_exit_2() {
    let dir = workspace("empty-dir", &[("notes.txt", b"x")]);
    let (code, _, stderr) = factcheck(&dir, &["check", "."]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no claim files"), "{stderr}");
    let (code, _, _) = factcheck(&dir, &["check", "--format", "pdf"]);
    assert_eq!(code, 2);
    let (code, _, _) = factcheck(&dir, &["frobnicate"]);
    assert_eq!(code, 2);
}

#[test]
fn extract_prints_facts_with_spans_on_disk() {
    let dir = workspace("extract", &[("article.txt", ARTICLE)]);
    let (code, stdout, _) = factcheck(&dir, &["extract", "article.txt"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let facts = v["facts"].as_array().expect("facts");
    assert!(!facts.is_empty());
    for f in facts {
        let (s, e) = (
            f["start"].as_u64().unwrap_or(0) as usize,
            f["end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(&ARTICLE[s..e], f["text"].as_str().unwrap_or("").as_bytes());
    }
    let (code, stdout, _) = factcheck(&dir, &["extract", "article.txt", "--format", "yaml"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("facts:"), "{stdout}");
    let (code, _, stderr) = factcheck(&dir, &["extract", "missing.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("missing.txt"), "{stderr}");
}

#[test]
fn batch_exits_1_when_a_line_fails() {
    let input = b"{\"id\": \"a\", \"source\": \"It rained on Sunday.\", \"claim\": \"It rained on Sunday.\"}\nnot json\n";
    let dir = workspace("batch", &[("in.jsonl", input)]);
    let (code, stdout, _) = factcheck(&dir, &["batch", "--input", "in.jsonl"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].contains("\"verdict\":\"supported\""),
        "{}",
        lines[0]
    );
    assert!(lines[1].contains("\"line\":2"), "{}", lines[1]);
}

#[test]
fn every_format_writes_to_output_and_keeps_the_exit_code() {
    let bad = claim_file(
        "  - id: toll\n    claim: at least 12 people died\n    expect: contradicted\n  - id: rose\n    claim: The river rose by five metres.\n",
    );
    let dir = workspace("formats", &[("article.txt", ARTICLE), ("c.yaml", &bad)]);
    for format in [
        "human", "json", "junit", "sarif", "github", "markdown", "html",
    ] {
        let out = format!("report.{format}");
        let (code, stdout, stderr) =
            factcheck(&dir, &["check", "c.yaml", "--format", format, "-o", &out]);
        assert_eq!(code, 1, "{format}: {stderr}");
        assert!(stdout.is_empty(), "{format}: {stdout}");
        let written = std::fs::read_to_string(dir.join(&out)).expect("report written");
        assert!(written.contains("toll"), "{format}: {written}");
        let (_, again, _) = factcheck(&dir, &["check", "c.yaml", "--format", format]);
        assert_eq!(again, written, "{format}: stdout and --output agree");
    }
    let (_, github, _) = factcheck(&dir, &["check", "c.yaml", "--format", "github"]);
    assert!(
        github.starts_with("::error file=c.yaml,line=3,col=5,"),
        "{github}"
    );
    assert!(github.contains("::warning file=c.yaml,line=6,"), "{github}");
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (code, stdout, _) = factcheck(root, &["schema"]);
    assert_eq!(code, 0);
    let committed =
        std::fs::read_to_string(root.join("factcheck.schema.json")).expect("committed schema");
    assert_eq!(
        stdout, committed,
        "factcheck.schema.json is stale: run `cargo run -- schema -o factcheck.schema.json`"
    );
    assert_eq!(committed, factcheck::claims::schema_text());
    let seed = std::fs::read_to_string(root.join("claims/russia-syria.yaml")).expect("seed");
    assert!(seed.contains("# yaml-language-server: $schema=../factcheck.schema.json"));
}

/// `init` writes a claim file that parses and passes against its own source.
fn init_passes(name: &str, article: &[u8]) -> usize {
    let dir = workspace(name, &[("article.txt", article)]);
    let (code, stdout, stderr) = factcheck(&dir, &["init", "article.txt"]);
    assert_eq!(code, 0, "{stderr}");
    let file = factcheck::claims::ClaimFile::parse(&stdout, "c.yaml").expect("valid claim file");
    assert_eq!(file.sources, ["article.txt"]);
    assert!(!file.claims.is_empty(), "{stdout}");
    let (code, _, _) = factcheck(&dir, &["init", "article.txt", "--output", "c.yaml"]);
    assert_eq!(code, 0);
    let (code, report, stderr) = factcheck(&dir, &["check", "c.yaml", "--format", "json"]);
    assert_eq!(code, 0, "{stdout}\n{report}\n{stderr}");
    let v: serde_json::Value = serde_json::from_str(&report).expect("json");
    let claims = v["files"][0]["claims"].as_array().expect("claims");
    for c in claims {
        assert_eq!(c["passed"], true, "{c}");
    }
    claims
        .iter()
        .filter(|c| c["expect"] == "supported" && c["verdict"] == "supported")
        .count()
}

#[test]
fn init_writes_a_starter_file_that_passes() {
    assert!(init_passes("init-small", ARTICLE) >= 2);
    let seed = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("claims/sources/russia-syria.txt"),
    )
    .expect("seed article");
    let supported = init_passes("init-seed", &seed);
    assert!(supported >= 10, "{supported}");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let (code, stdout, _) = factcheck(&dir, &["init", "sources/russia-syria.txt"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("init_seed", stdout);
}

#[test]
fn init_from_a_text_makes_one_claim_per_sentence() {
    let summary = b"The river rose by two metres on Sunday. Twelve people died.\n\nPolice said: \"it rained\".\n";
    let dir = workspace(
        "init-from",
        &[("article.txt", ARTICLE), ("summary.txt", summary)],
    );
    let (code, stdout, stderr) = factcheck(
        &dir,
        &[
            "init",
            "article.txt",
            "--from",
            "summary.txt",
            "-o",
            "c.yaml",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.is_empty());
    let written = std::fs::read_to_string(dir.join("c.yaml")).expect("written");
    let file = factcheck::claims::ClaimFile::parse(&written, "c.yaml").expect("valid");
    let texts: Vec<&str> = file.claims.iter().map(|c| c.claim.as_str()).collect();
    assert_eq!(
        texts,
        [
            "The river rose by two metres on Sunday.",
            "Twelve people died.",
            "Police said: \"it rained\"."
        ]
    );
    assert!(file.claims.iter().all(|c| c.expect.is_none()));
    let (code, _, _) = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(code, 0);
    let (code, _, stderr) = factcheck(&dir, &["init", "article.txt", "--from", "nope.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("nope.txt"), "{stderr}");
}

#[test]
fn bless_writes_verdicts_into_expect_and_reports_changes() {
    let yaml = b"# my claims\nsource: article.txt\nclaims:\n  - id: toll   # the toll\n    claim: at least 12 people died\n    expect: contradicted  # wrong on purpose\n  - id: day\n    claim: the river rose on Monday\n\n  - id: same\n    claim: the river rose by two metres\n    expect: supported\n";
    let dir = workspace("bless", &[("article.txt", ARTICLE), ("c.yaml", yaml)]);
    let (code, _, _) = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(code, 1);
    let (code, stdout, stderr) = factcheck(&dir, &["check", "c.yaml", "--bless"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "c.yaml:4: [toll] expect: contradicted -> supported\nc.yaml:7: [day] expect: (none) -> contradicted\nblessed 2 expectations\n"
    );
    let blessed = std::fs::read_to_string(dir.join("c.yaml")).expect("rewritten");
    assert_eq!(
        blessed,
        "# my claims\nsource: article.txt\nclaims:\n  - id: toll   # the toll\n    claim: at least 12 people died\n    expect: supported  # wrong on purpose\n  - id: day\n    claim: the river rose on Monday\n    expect: contradicted\n\n  - id: same\n    claim: the river rose by two metres\n    expect: supported\n"
    );
    let (code, _, _) = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(code, 0);
    let (code, stdout, _) = factcheck(&dir, &["check", "c.yaml", "--bless"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("nothing to bless"), "{stdout}");
    let (code, _, _) = factcheck(&dir, &["check", "c.yaml", "--bless", "--format", "json"]);
    assert_eq!(code, 2, "--bless prints changes, not a report");
}

#[test]
fn long_runs_draw_no_progress_bar_off_a_terminal() {
    let files: Vec<(String, Vec<u8>)> = (0..12)
        .map(|i| {
            (
                format!("c{i:02}.yaml"),
                claim_file("  - id: toll\n    claim: at least 12 people died\n"),
            )
        })
        .collect();
    let mut all: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    all.push(("article.txt", ARTICLE));
    let dir = workspace("progress", &all);
    let out = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(["check", ".", "-o", "r.txt"])
        .current_dir(&dir)
        .env_remove("CI")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(unix)]
#[test]
fn output_to_a_device_writes_to_it_instead_of_replacing_it() {
    use std::os::unix::fs::FileTypeExt;
    let ok = claim_file("  - id: toll\n    claim: at least 12 people died\n");
    let dir = workspace("device", &[("article.txt", ARTICLE), ("c.yaml", &ok)]);
    let (code, _, stderr) = factcheck(
        &dir,
        &["check", "c.yaml", "--format", "html", "-o", "/dev/null"],
    );
    assert_eq!(code, 0, "{stderr}");
    let meta = std::fs::metadata("/dev/null").expect("/dev/null");
    assert!(meta.file_type().is_char_device());
}

#[test]
fn headline_is_checked_against_its_own_body() {
    let ok = claim_file("  - id: toll\n    claim: at least 12 people died\n");
    let body = "\n\nFloods hit the town on Sunday, police said. At least 12 people died.\n";
    let fits = format!("Floods hit the town{body}");
    let outruns = format!("Floods kill 40 in the town{body}");
    // The title is supported by its body: the run passes with --headline.
    let dir = workspace(
        "headline-ok",
        &[("article.txt", fits.as_bytes()), ("c.yaml", &ok)],
    );
    let (code, stdout, _) = factcheck(&dir, &["check", "--headline", "c.yaml"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("supported: [headline] Floods hit the town"),
        "{stdout}"
    );
    // A title that outruns its body fails the run; without --headline it is no claim.
    let dir = workspace(
        "headline-outrun",
        &[("article.txt", outruns.as_bytes()), ("c.yaml", &ok)],
    );
    let (code, stdout, _) = factcheck(&dir, &["check", "--headline", "c.yaml"]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("[headline] Floods kill 40 in the town"),
        "{stdout}"
    );
    assert!(stdout.contains("FAIL: expected supported, got"), "{stdout}");
    let (code, stdout, _) = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(code, 0, "{stdout}");
    // `headline: true` in the claim file does what the flag does.
    let flagged = format!("headline: true\n{}", String::from_utf8_lossy(&ok));
    let dir = workspace(
        "headline-in-file",
        &[
            ("article.txt", outruns.as_bytes()),
            ("c.yaml", flagged.as_bytes()),
        ],
    );
    let (code, _, _) = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(code, 1);
}

#[test]
fn each_headline_goes_against_its_own_source_only() {
    // Each title is backed by its own body, though the other version gives another toll.
    let first: &[u8] = b"Floods kill 12 in the town\n\nFloods killed 12 people in the town.\n";
    let update: &[u8] = b"Floods kill 40 in the town\n\nFloods killed 40 people in the town.\n";
    let file = b"sources: [first.txt, update.txt]\nheadline: true\nclaims:\n  - id: headline-1\n    claim: floods hit the town\n";
    let dir = workspace(
        "headline-own",
        &[
            ("first.txt", first),
            ("update.txt", update),
            ("c.yaml", file),
        ],
    );
    let (code, stdout, _) = factcheck(&dir, &["check", "--format", "json", "c.yaml"]);
    assert_eq!(code, 0, "{stdout}");
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let claims = report["files"][0]["claims"].as_array().expect("claims");
    let ids: Vec<&str> = claims.iter().filter_map(|c| c["id"].as_str()).collect();
    // A claim of the file already has the id `headline-1`.
    assert_eq!(ids, ["headline-1", "headline-1-title", "headline-2"]);
    for (claim, source) in claims[1..].iter().zip(["first.txt", "update.txt"]) {
        assert_eq!(claim["verdict"], "supported", "{claim}");
        assert_eq!(claim["evidence"][0]["source"], source, "{claim}");
        assert_eq!(claim["evidence"].as_array().map(Vec::len), Some(1));
    }
}

const FIRST: &[u8] = b"At least 87 people were killed in the earthquake on Sunday.\n";
const UPDATE: &[u8] = b"At least 112 people were killed in the earthquake on Sunday.\n";
const REPHRASED: &[u8] = b"The earthquake on Sunday killed at least 87 people.\n";

#[test]
fn consistency_exits_0_without_conflicts_and_1_with_one() {
    let dir = workspace(
        "consistency",
        &[("a.txt", FIRST), ("b.txt", UPDATE), ("c.txt", REPHRASED)],
    );
    let (code, stdout, stderr) = factcheck(&dir, &["consistency", "a.txt", "c.txt"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("ok: 0 claims in 2 files"), "{stdout}");

    let (code, stdout, _) = factcheck(&dir, &["consistency", "a.txt", "b.txt"]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("contradicted: [figure-1]"), "{stdout}");
    assert!(stdout.contains("--> a.txt:1:1"), "{stdout}");
    assert!(stdout.contains("::: b.txt:1:1"), "{stdout}");

    // Every format of `check` works; the same file named twice is read once.
    let (code, stdout, _) = factcheck(
        &dir,
        &["consistency", "--format", "json", "a.txt", "b.txt", "a.txt"],
    );
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(report["files"].as_array().map(Vec::len), Some(2));
    let conflict = &report["files"][0]["claims"][0];
    assert_eq!(conflict["verdict"], "contradicted");
    assert_eq!(conflict["evidence"][0]["text"], "At least 87 people");
    assert_eq!(conflict["evidence"][1]["source"], "b.txt");
    assert_eq!(conflict["evidence"][1]["line"], 1);

    let (code, stdout, _) = factcheck(
        &dir,
        &["consistency", "a.txt", "b.txt", "--output", "out.txt"],
    );
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    let written = std::fs::read_to_string(dir.join("out.txt")).expect("written");
    assert!(written.contains("[figure-1]"), "{written}");
}

#[test]
fn consistency_refuses_bad_input_with_2() {
    let dir = workspace(
        "consistency-bad",
        &[("a.txt", FIRST), ("bad.txt", b"caf\xe9\n")],
    );
    let (code, stdout, stderr) = factcheck(&dir, &["consistency", "a.txt", "missing.txt"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("missing.txt: cannot read: no such file or directory"),
        "{stderr}"
    );
    let (code, _, stderr) = factcheck(&dir, &["consistency", "a.txt", "bad.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("bad.txt:1:4: not valid UTF-8"), "{stderr}");
    let (code, _, stderr) = factcheck(&dir, &["consistency"]);
    assert_eq!(code, 2, "{stderr}");
    let (code, _, stderr) = factcheck(&dir, &["consistency", "."]);
    assert_eq!(code, 2);
    assert!(stderr.contains("is a directory"), "{stderr}");
}
