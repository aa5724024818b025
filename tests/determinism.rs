//! The same input gives byte-identical reports: run to run, and whatever the number of
//! threads (`RAYON_NUM_THREADS=1` against the default).

mod common;

use std::path::Path;

use common::factcheck_env;

#[test]
fn reports_are_identical_across_runs_and_thread_counts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for format in ["json", "human"] {
        let args = ["check", "claims", "--format", format];
        let runs: Vec<common::Run> = [None, Some("1"), None, Some("4"), Some("1")]
            .into_iter()
            .map(|threads| match threads {
                Some(n) => factcheck_env(root, &args, &[("RAYON_NUM_THREADS", n)]),
                None => factcheck_env(root, &args, &[]),
            })
            .collect();
        let first = &runs[0];
        assert_eq!(first.code, 0, "{}", first.stderr);
        assert!(first.stdout.len() > 1000, "a real report: {}", first.stdout);
        for (i, run) in runs.iter().enumerate().skip(1) {
            assert_eq!(run.code, first.code);
            assert!(
                run.stdout == first.stdout,
                "{format} run {i} differs from run 0"
            );
        }
    }
}

#[test]
fn batch_output_is_identical_across_thread_counts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source =
        std::fs::read_to_string(root.join("claims/sources/russia-syria.txt")).expect("source");
    let claims = [
        "over 5,400 killed",
        "80 died in clashes on Monday.",
        "Russia will back the draft resolution.",
        "China has a naval base in Syria.",
        "Violence has eased.",
    ];
    let mut input = String::new();
    for i in 0..600 {
        let line =
            serde_json::json!({"id": i, "source": source, "claim": claims[i % claims.len()]});
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let dir = common::workspace("determinism", "batch", &[("in.jsonl", input.as_bytes())]);
    let args = ["batch", "--input", "in.jsonl"];
    let one = factcheck_env(&dir, &args, &[("RAYON_NUM_THREADS", "1")]);
    let many = factcheck_env(&dir, &args, &[]);
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert_eq!(one.stdout.lines().count(), 600);
    assert!(
        one.stdout == many.stdout,
        "batch output depends on the thread count"
    );
}
