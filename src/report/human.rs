//! The default report: one block per claim with the verdict, the reason and a
//! rustc-style snippet of the evidence with the matching words marked, then a summary.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::check::{Evidence, Verdict};
use crate::harness::{ClaimResult, Report};

fn level(verdict: Verdict) -> Level<'static> {
    match verdict {
        Verdict::Supported => Level::NOTE.with_name("supported"),
        Verdict::Contradicted => Level::WARNING.with_name("contradicted"),
        Verdict::Missing => Level::INFO.with_name("missing"),
    }
}

/// The whole lines of the source an evidence sentence stands on, as (first line, text,
/// offset of the text in the file).
fn lines_of<'a>(report: &'a Report, e: &Evidence) -> Option<(usize, &'a str, usize)> {
    let doc = report.documents.get(&e.source)?;
    let raw = doc.source.raw();
    let start = raw[..e.start.min(raw.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let end = raw[e.end.min(raw.len())..]
        .find('\n')
        .map_or(raw.len(), |i| e.end + i);
    Some((e.line, raw.get(start..end)?.trim_end_matches('\r'), start))
}

fn claim_group<'a>(report: &'a Report, r: &'a ClaimResult) -> Vec<Group<'a>> {
    let title = format!("[{}] {}", r.id, r.claim);
    let mut group = Group::with_title(level(r.verdict).primary_title(title));
    let mut elements = Vec::new();
    for e in &r.evidence {
        let Some((line, text, offset)) = lines_of(report, e) else {
            continue;
        };
        let mut snippet = Snippet::source(text)
            .line_start(line)
            .path(e.source.as_str())
            .fold(true);
        let len = text.len();
        let clip = |x: usize| x.saturating_sub(offset).min(len);
        for &(a, b) in e.marks.iter().filter(|(a, _)| *a >= e.start && *a < e.end) {
            snippet = snippet.annotation(AnnotationKind::Primary.span(clip(a)..clip(b)));
        }
        if e.marks.is_empty() {
            snippet = snippet.annotation(AnnotationKind::Context.span(clip(e.start)..clip(e.end)));
        }
        elements.push(snippet);
    }
    for s in elements {
        group = group.element(s);
    }
    let mut groups =
        vec![group.element(Level::NOTE.with_name("reason").message(r.reason.as_str()))];
    if let Some(note) = &r.note {
        groups = groups
            .into_iter()
            .map(|g| g.element(Level::NOTE.with_name("note").message(note.as_str())))
            .collect();
    }
    for (i, p) in r.parts.iter().enumerate() {
        groups.push(
            Group::with_title(level(p.verdict).secondary_title(format!(
                "part {}: {}",
                i + 1,
                p.claim
            )))
            .element(Level::NOTE.with_name("reason").message(p.reason.as_str())),
        );
    }
    if !r.passed
        && let Some(expect) = r.expect
    {
        groups.push(Group::with_title(
            Level::ERROR
                .with_name("FAIL")
                .secondary_title(format!("expected {expect}, got {}", r.verdict)),
        ));
    }
    groups
}

/// Renders the human report.
pub fn render(report: &Report, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for f in &report.files {
        out.push_str(&format!(
            "{} (source: {})\n\n",
            f.path,
            f.sources.join(", ")
        ));
        for r in &f.claims {
            let groups = claim_group(report, r);
            out.push_str(&renderer.render(&groups));
            out.push_str("\n\n");
        }
    }
    out.push_str(&summary_line(report, color));
    out
}

/// "38 claims: 38 passed, 0 failed (14 supported, 12 contradicted, 12 missing)".
pub fn summary_line(report: &Report, color: bool) -> String {
    let s = &report.summary;
    let (on, off) = match (color, s.failed) {
        (false, _) => ("", ""),
        (true, 0) => ("\x1b[1;32m", "\x1b[0m"),
        (true, _) => ("\x1b[1;31m", "\x1b[0m"),
    };
    let status = if s.failed == 0 { "ok" } else { "FAILED" };
    format!(
        "{on}{status}{off}: {} claims in {} files; {} passed, {} failed ({} supported, {} contradicted, {} missing)\n",
        s.claims,
        report.files.len(),
        s.passed,
        s.failed,
        s.supported,
        s.contradicted,
        s.missing
    )
}
