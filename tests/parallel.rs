//! The README's recipe for archives larger than one machine: `factcheck batch` is a JSON
//! Lines filter, so GNU parallel can shard it (`parallel --pipe --keep-order`). This runs
//! `benches/parallel.sh` with small blocks, so the input is cut into several jobs, and
//! passes only if the sharded output equals the unsharded one byte for byte. Without GNU
//! parallel installed it prints a notice and passes (CI does not need it).

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::process::Command;

#[test]
fn sharded_batch_equals_unsharded() {
    // moreutils has a `parallel` of its own, without --pipe.
    let found = Command::new("parallel")
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("GNU parallel"));
    if !found {
        eprintln!("GNU parallel is not installed: the sharding recipe is not tested");
        return;
    }
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("parallel");
    std::fs::create_dir_all(&dir).expect("temporary directory");
    let input = dir.join("pairs.jsonl");
    let articles = corpus::articles(12, 1_500, 3);
    std::fs::write(&input, corpus::batch_lines(&articles, 36, 3)).expect("write input");
    let out = Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/benches/parallel.sh"))
        .arg(&input)
        .arg("8k")
        .env("FACTCHECK", env!("CARGO_BIN_EXE_factcheck"))
        .output()
        .expect("run benches/parallel.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stdout.contains("equal: 36 lines"),
        "{stdout}\n{stderr}"
    );
}
