//! `--format markdown`: a summary for a pull-request comment or
//! `$GITHUB_STEP_SUMMARY`: a status line, a table of counts, a table of the failed
//! expectations (if any), and every claim per file in a collapsed table.
//!
//! Cell text is escaped so that a claim cannot break the table or inject markup:
//! `|` and Markdown punctuation are backslash-escaped, `<`, `>` and `&` become
//! entities, line breaks become spaces.
//!
//! ```
//! use factcheck::report::markdown::cell;
//! assert_eq!(cell("a | b <script>"), r"a \| b &lt;script&gt;");
//! ```

use super::evidence_places;
use crate::check::Verdict;
use crate::harness::{ClaimResult, Report};

/// Escapes text for a table cell.
pub fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' | '\n' | '\t' => out.push(' '),
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn icon(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "✅ supported",
        Verdict::Contradicted => "❌ contradicted",
        Verdict::Missing => "❔ missing",
    }
}

fn row(r: &ClaimResult, place: Option<&str>) -> String {
    let status = if r.passed { "pass" } else { "**FAIL**" };
    let place = place.map(|p| format!(" {} |", cell(p))).unwrap_or_default();
    format!(
        "| {status} |{place} {} | {} | {} | {} | {:.2} | {} | {} |\n",
        cell(&r.id),
        cell(&r.claim),
        icon(r.verdict),
        r.expect.map_or("–", |e| e.as_str()),
        r.score,
        cell(&r.reason),
        cell(&evidence_places(r)),
    )
}

const HEADER: &str = "| | id | claim | verdict | expected | score | reason | evidence |\n|---|---|---|---|---|---:|---|---|\n";
const FAILED_HEADER: &str = "| | where | id | claim | verdict | expected | score | reason | evidence |\n|---|---|---|---|---|---|---:|---|---|\n";

/// Renders the Markdown summary.
pub fn render(report: &Report) -> String {
    let s = &report.summary;
    let mut out = String::new();
    let status = if s.failed == 0 {
        "✅ all expectations hold"
    } else {
        "❌ expectations failed"
    };
    out.push_str(&format!("## factcheck: {status}\n\n"));
    out.push_str(&format!(
        "{} claims in {} files: **{} passed, {} failed**\n\n",
        s.claims,
        report.files.len(),
        s.passed,
        s.failed
    ));
    out.push_str("| ✅ supported | ❌ contradicted | ❔ missing | passed | failed |\n");
    out.push_str("|---:|---:|---:|---:|---:|\n");
    out.push_str(&format!(
        "| {} | {} | {} | {} | {} |\n\n",
        s.supported, s.contradicted, s.missing, s.passed, s.failed
    ));
    if s.failed > 0 {
        out.push_str("### Failed expectations\n\n");
        out.push_str(FAILED_HEADER);
        for f in &report.files {
            for r in f.claims.iter().filter(|r| !r.passed) {
                let line = if r.line > 0 {
                    format!("{}:{}", f.path, r.line)
                } else {
                    f.path.clone()
                };
                out.push_str(&row(r, Some(&line)));
            }
        }
        out.push('\n');
    }
    for f in &report.files {
        let failed = f.claims.iter().filter(|r| !r.passed).count();
        out.push_str(&format!(
            "<details><summary><code>{}</code>: {} claims, {} failed (sources: {})</summary>\n\n",
            super::html::escape(&f.path),
            f.claims.len(),
            failed,
            super::html::escape(&f.sources.join(", "))
        ));
        out.push_str(HEADER);
        for r in &f.claims {
            out.push_str(&row(r, None));
        }
        out.push_str("\n</details>\n\n");
    }
    out
}
