//! `factcheck consistency` on story versions written for the purpose (under
//! `claims/stories/`): the report of each scenario is snapshotted in the JSON and human
//! formats, and the conflicts it must (and must not) find are asserted.

use std::path::Path;
use std::sync::Arc;

use factcheck::consistency::{Kind, conflicts, report};
use factcheck::extract::Document;
use factcheck::harness::Report;
use factcheck::report::{Format, render};
use factcheck::source::Source;

/// Loads sources by their path from the crate root (shown as given) and reports.
fn run(paths: &[&str]) -> (Vec<Kind>, Report) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let docs: Vec<Arc<Document>> = paths
        .iter()
        .map(|p| {
            let source = Source::load(&root.join(p), p).expect("source loads");
            Arc::new(Document::analyse(source))
        })
        .collect();
    let refs: Vec<&Document> = docs.iter().map(|d| d.as_ref()).collect();
    let found = conflicts(&refs);
    let kinds = found.iter().map(|c| c.kind).collect();
    (kinds, report(&docs, &found))
}

fn snapshot(name: &str, report: &Report) {
    insta::assert_snapshot!(format!("{name}.json"), render(report, Format::Json, false));
    insta::assert_snapshot!(
        format!("{name}.human"),
        render(report, Format::Human, false)
    );
}

const V1: &str = "claims/stories/quake-v1.txt";

#[test]
fn an_update_that_changes_the_toll() {
    let (kinds, report) = run(&[V1, "claims/stories/quake-v2-update.txt"]);
    // The dead and the injured; the unchanged figures agree.
    assert_eq!(kinds, [Kind::Figure, Kind::Figure]);
    assert!(!report.passed());
    snapshot("update", &report);
}

#[test]
fn a_correction_that_respells_a_name() {
    let (kinds, report) = run(&[V1, "claims/stories/quake-v3-correction.txt"]);
    // One name conflict; the quote's speaker is the same person respelled, not another.
    assert_eq!(kinds, [Kind::Name]);
    snapshot("correction", &report);
}

#[test]
fn a_rewrite_that_only_rephrases_gives_no_conflict() {
    let (kinds, report) = run(&[V1, "claims/stories/quake-v4-rephrase.txt"]);
    assert_eq!(kinds, []);
    assert!(report.passed());
    snapshot("rephrase", &report);
}

#[test]
fn wire_copy_with_another_speaker_and_day() {
    let (kinds, report) = run(&[V1, "claims/stories/quake-wire.txt"]);
    assert_eq!(kinds, [Kind::Day, Kind::Quote]);
    snapshot("wire", &report);
}

#[test]
fn a_draft_that_disagrees_with_itself() {
    let (kinds, report) = run(&["claims/stories/quake-draft.txt"]);
    assert_eq!(kinds, [Kind::Figure, Kind::Name, Kind::Figure]);
    snapshot("draft", &report);
}

#[test]
fn the_seed_article_agrees_with_itself() {
    // "80 dead on Sunday" is not "over 5,400 killed in total"; Hafez al-Assad is not
    // Bashar al-Assad misspelled.
    let (kinds, report) = run(&["claims/sources/russia-syria.txt"]);
    assert_eq!(kinds, []);
    snapshot("seed", &report);
}

#[test]
fn every_version_together() {
    let (kinds, report) = run(&[
        V1,
        "claims/stories/quake-v2-update.txt",
        "claims/stories/quake-v3-correction.txt",
        "claims/stories/quake-v4-rephrase.txt",
        "claims/stories/quake-wire.txt",
    ]);
    let count = |k: Kind| kinds.iter().filter(|&&x| x == k).count();
    // v2's two changed figures against v1, v3 and v4 (v4 words the injured otherwise)
    // and the wire; v3's spelling against the three that keep the old one; the wire's
    // day and speaker against the four others.
    assert_eq!(
        (
            count(Kind::Figure),
            count(Kind::Name),
            count(Kind::Day),
            count(Kind::Quote)
        ),
        (6, 3, 4, 4),
        "{kinds:?}"
    );
    // Sorted by the first span's source (in the order given), then offset.
    let firsts: Vec<(usize, usize)> = report
        .files
        .iter()
        .enumerate()
        .flat_map(|(i, f)| f.claims.iter().map(move |c| (i, c.evidence[0].start)))
        .collect();
    let mut sorted = firsts.clone();
    sorted.sort();
    assert_eq!(firsts, sorted);
    snapshot("all", &report);
}
