//! Snapshot tests that lock the results in place: the full report of every claim file
//! under `claims/`, and the extracted facts of every source under `claims/sources/`.
//! Review every change with `cargo insta review`; a wrong verdict locked in is a bug.

use std::path::Path;

use factcheck::extract::{Document, FactList, to_json};
use factcheck::harness::{Options, run};
use factcheck::report::{Format, render};
use factcheck::source::Source;

/// Paths in reports are shown relative to the crate root, whatever the working directory.
fn relative(path: &Path) -> std::path::PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

fn in_crate_root<T>(f: impl FnOnce() -> T) -> T {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).expect("crate root");
    f()
}

#[test]
fn claim_file_reports() {
    insta::glob!("../claims", "**/*.yaml", |path| {
        let report = in_crate_root(|| run(&[relative(path)], &Options::default()))
            .expect("claim file loads");
        let name = relative(path)
            .display()
            .to_string()
            .replace(['/', '\\'], "__");
        // The name holds the path already: no glob suffix, so names stay the same
        // however many files the glob matches.
        let mut settings = insta::Settings::clone_current();
        settings.remove_snapshot_suffix();
        settings.bind(|| {
            insta::assert_snapshot!(format!("{name}.json"), render(&report, Format::Json, false));
            insta::assert_snapshot!(
                format!("{name}.human"),
                render(&report, Format::Human, false)
            );
        });
        for r in report.files.iter().flat_map(|f| &f.claims) {
            assert!(
                r.passed,
                "{}: expected {:?}, got {} ({})",
                r.id, r.expect, r.verdict, r.reason
            );
        }
    });
}

#[test]
fn source_facts() {
    insta::glob!("../claims/sources", "*.{txt,md,html}", |path| {
        let shown = relative(path).display().to_string();
        let doc = Document::analyse(Source::load(path, &shown).expect("source loads"));
        let name = shown.replace(['/', '\\'], "__");
        insta::assert_snapshot!(
            format!("{name}.facts"),
            to_json(&FactList { facts: doc.facts() })
        );
    });
}
