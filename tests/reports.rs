//! The report formats: snapshots of every format on the seed claim file and on a hostile
//! fixture (a failed expectation, a contradicted claim without one, markup in the
//! article and in the claims), plus the checks each format's consumers rely on.
//! Review every snapshot change with `cargo insta review`.

use std::path::Path;

use factcheck::harness::{Options, Report, run};
use factcheck::report::{Format, html, render};

const SEED: &str = "claims/russia-syria.yaml";
const HOSTILE: &str = "tests/fixtures/hostile/claims.yaml";

const FORMATS: [(Format, &str); 7] = [
    (Format::Human, "human"),
    (Format::Json, "json"),
    (Format::Junit, "junit"),
    (Format::Sarif, "sarif"),
    (Format::Github, "github"),
    (Format::Markdown, "markdown"),
    (Format::Html, "html"),
];

/// Runs the harness from the crate root, so paths in reports are relative to it.
fn report(path: &str) -> Report {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).expect("crate root");
    run(&[path.into()], &Options::default()).expect("claim file loads")
}

fn name(path: &str) -> String {
    Path::new(path)
        .with_extension("")
        .display()
        .to_string()
        .replace(['/', '\\'], "__")
}

#[test]
fn every_format_on_the_seed_and_the_hostile_fixture() {
    for path in [SEED, HOSTILE] {
        let r = report(path);
        for (format, ext) in FORMATS {
            if path == SEED && matches!(format, Format::Human | Format::Json) {
                continue; // locked by tests/snapshots.rs
            }
            insta::assert_snapshot!(format!("{}.{ext}", name(path)), render(&r, format, false));
        }
    }
}

#[test]
fn output_is_byte_identical_run_to_run() {
    for path in [SEED, HOSTILE] {
        let (a, b) = (report(path), report(path));
        for (format, ext) in FORMATS {
            assert_eq!(
                render(&a, format, false),
                render(&b, format, false),
                "{path} {ext}"
            );
        }
    }
}

/// The fields SARIF 2.1.0 requires (§3.13 sarifLog, §3.14 run, §3.18 toolComponent,
/// §3.27 result, §3.11 message, §3.28 location, §3.29 physicalLocation, §3.4
/// artifactLocation, §3.30 region) and the ones code scanning needs to place a result.
fn validate_sarif(log: &serde_json::Value) -> usize {
    assert_eq!(log["version"], "2.1.0");
    let schema = log["$schema"].as_str().expect("$schema");
    assert!(
        schema.contains("sarif") && schema.contains("2.1.0"),
        "{schema}"
    );
    let runs = log["runs"].as_array().expect("runs is an array");
    assert!(!runs.is_empty());
    let mut count = 0;
    for run in runs {
        let driver = &run["tool"]["driver"];
        assert!(
            driver["name"].as_str().is_some_and(|n| !n.is_empty()),
            "runs[].tool.driver.name"
        );
        let rules = driver["rules"].as_array().expect("rules");
        for rule in rules {
            assert!(rule["id"].is_string());
        }
        for result in run["results"].as_array().expect("results") {
            count += 1;
            assert!(
                result["message"]["text"]
                    .as_str()
                    .is_some_and(|t| !t.is_empty()),
                "results[].message.text"
            );
            let level = result["level"].as_str().unwrap_or("warning");
            assert!(["none", "note", "warning", "error"].contains(&level));
            let rule = result["ruleId"].as_str().expect("ruleId");
            let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
            assert_eq!(rules[index]["id"], rule, "ruleIndex points at ruleId");
            let locations = result["locations"].as_array().expect("locations");
            assert!(!locations.is_empty());
            let related = result["relatedLocations"].as_array().cloned();
            for loc in locations.iter().chain(related.iter().flatten()) {
                let physical = &loc["physicalLocation"];
                let uri = physical["artifactLocation"]["uri"]
                    .as_str()
                    .expect("artifactLocation.uri");
                assert!(!uri.is_empty() && !uri.contains(' ') && !uri.contains('\\'));
                let region = &physical["region"];
                assert!(region["startLine"].as_u64().is_some_and(|l| l >= 1));
                assert!(region["startColumn"].as_u64().is_some_and(|c| c >= 1));
            }
        }
    }
    count
}

#[test]
fn sarif_has_the_required_fields_and_one_result_per_finding() {
    let r = report(HOSTILE);
    let log: serde_json::Value =
        serde_json::from_str(&render(&r, Format::Sarif, false)).expect("SARIF is JSON");
    // homes (failed), the hostile claim and wednesday (contradicted, no expectation).
    assert_eq!(validate_sarif(&log), 3);
    let results = log["runs"][0]["results"].as_array().expect("results");
    let failed = &results[0];
    assert_eq!(failed["level"], "error");
    assert_eq!(failed["ruleId"], "expectation-failed");
    assert_eq!(
        failed["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        HOSTILE
    );
    assert_eq!(
        failed["locations"][0]["physicalLocation"]["region"]["startLine"],
        8
    );
    let related = &failed["relatedLocations"][0]["physicalLocation"];
    assert_eq!(
        related["artifactLocation"]["uri"],
        "tests/fixtures/hostile/article.txt"
    );
    assert_eq!(related["region"]["startLine"], 3);
    assert_eq!(results[2]["level"], "warning");

    let seed: serde_json::Value =
        serde_json::from_str(&render(&report(SEED), Format::Sarif, false)).expect("JSON");
    // The seed's 16 contradictions are expected ones: notes.
    assert_eq!(validate_sarif(&seed), 16);
}

#[test]
fn github_commands_escape_what_the_runner_would_parse() {
    let out = render(&report(HOSTILE), Format::Github, false);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[0].starts_with("::error file=tests/fixtures/hostile/claims.yaml,line=8,col=5,title=factcheck [homes]%3A expected supported%2C got contradicted::"), "{}", lines[0]);
    // The note's "50%" and the message's line breaks are escaped.
    assert!(lines[0].contains("%0Areason: "), "{}", lines[0]);
    assert!(lines[1].starts_with("::warning file="), "{}", lines[1]);
    assert!(lines[2].starts_with("::warning file="), "{}", lines[2]);
    assert!(lines[3].starts_with("factcheck FAILED: 5 claims"));
    for l in &lines[..3] {
        let (props, _) = l[2..]
            .split_once("::")
            .expect("two colons end the properties");
        assert!(!props.contains('\n'));
    }
}

#[test]
fn junit_has_a_suite_per_file_and_a_failure_per_unmet_expectation() {
    let out = render(&report(HOSTILE), Format::Junit, false);
    assert!(out.starts_with("<?xml"));
    assert_eq!(out.matches("<testsuite ").count(), 1);
    assert_eq!(out.matches("<testcase ").count(), 5);
    assert_eq!(out.matches("<failure ").count(), 1);
    assert!(out.contains("expected supported, got contradicted"));
    assert!(out.contains("evidence: tests/fixtures/hostile/article.txt:3:"));
    // The hostile id and claim are escaped, never raw markup.
    assert!(!out.contains("<script>"));
    assert!(out.contains("&lt;script&gt;"));
}

#[test]
fn markdown_cells_cannot_break_the_table_or_inject_html() {
    let out = render(&report(HOSTILE), Format::Markdown, false);
    assert!(!out.contains("<script>") && !out.contains("<img"));
    assert!(out.contains("&lt;img src=x onerror=window.pwned=3&gt; 40 people \\| killed"));
    assert!(out.contains("### Failed expectations"));
    for line in out.lines().filter(|l| l.starts_with("| ")) {
        let unescaped = line.replace("\\|", "");
        let columns = unescaped.matches('|').count();
        assert!(columns == 9 || columns == 10 || columns == 6, "{line}");
    }
}

#[test]
fn html_escapes_all_text_and_allows_only_its_own_script_and_style() {
    let out = render(&report(HOSTILE), Format::Html, false);
    // Exactly one script and one style element: the page's own.
    assert_eq!(out.matches("<script").count(), 1, "one script element");
    assert_eq!(out.matches("<style").count(), 1, "one style element");
    assert!(!out.contains("<img"), "article markup is text");
    assert!(out.contains("Storm &lt;script&gt;window.pwned = 1&lt;/script&gt; hits"));
    // Matching words may be wrapped in the page's own <mark> elements; the text between
    // them stays escaped.
    let unmarked = regex::Regex::new(r#"</?mark[^>]*>"#)
        .expect("regex")
        .replace_all(&out, "");
    assert!(unmarked.contains("=&quot;window.pwned = 2&quot;&gt;"));
    assert!(out.contains("&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;"));
    // Every raw `<` opens one of the page's own tags (user text has `&lt;`): none of
    // them carries an event handler or a URL that leaves the page.
    let script_start = out.find("<script>").expect("script");
    for tag in out[..script_start].split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/' || *c == '!')
            .collect();
        assert!(!name.is_empty(), "stray `<` before {tag:?}");
        let lower = tag.to_ascii_lowercase();
        assert!(!lower.contains(" on"), "event handler in <{tag}>");
        assert!(!lower.contains("src="), "<{tag}>");
        assert!(
            !lower.contains("href=\"") || lower.contains("href=\"#"),
            "<{tag}>"
        );
    }
    assert!(!out.contains("url(") && !out.contains("@import"));
    // The policy names the hashes of exactly the inline script and style.
    let csp = html::content_security_policy();
    assert!(out.contains(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">"
    )));
    assert!(csp.starts_with("default-src 'none'; script-src 'sha256-"));
    for (open, close) in [("<script>", "</script>"), ("<style>", "</style>")] {
        let start = out.find(open).expect("open") + open.len();
        let end = out[start..].find(close).expect("close") + start;
        let body = &out[start..end];
        use base64::Engine as _;
        use sha2::Digest as _;
        let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(body));
        assert!(
            csp.contains(&format!("'sha256-{hash}'")),
            "{open} hash in CSP"
        );
    }
    assert!(!csp.contains("unsafe"));
}
