//! Renderers: one module per output format, each a pure function of a
//! [`Report`](crate::harness::Report) to text, so every format is byte-identical from run
//! to run (no timestamps, no durations, no random ids).
//!
//! ```
//! use factcheck::report::Format;
//! assert_eq!(Format::from_name("json"), Some(Format::Json));
//! assert_eq!(Format::from_name("sarif"), Some(Format::Sarif));
//! ```

pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;

use crate::check::Verdict;
use crate::harness::{ClaimResult, Report};

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable report with evidence snippets (coloured on a terminal).
    Human,
    /// One JSON document.
    Json,
    /// JUnit XML: one testsuite per claim file, one testcase per claim.
    Junit,
    /// SARIF 2.1.0 for code-scanning tools: failed expectations and contradicted claims.
    Sarif,
    /// GitHub Actions workflow commands (`::error`, `::warning`) that annotate the diff.
    Github,
    /// A Markdown summary table for a pull-request comment or a job summary.
    Markdown,
    /// One self-contained HTML review page (use with `--output report.html`).
    Html,
}

impl Format {
    /// The format for a name as given on the command line.
    pub fn from_name(name: &str) -> Option<Format> {
        <Format as clap::ValueEnum>::from_str(name, true).ok()
    }
}

/// Renders a report; `color` only affects the human format.
pub fn render(report: &Report, format: Format, color: bool) -> String {
    match format {
        Format::Human => human::render(report, color),
        Format::Json => json::render(report),
        Format::Junit => junit::render(report),
        Format::Sarif => sarif::render(report),
        Format::Github => github::render(report),
        Format::Markdown => markdown::render(report),
        Format::Html => html::render(report),
    }
}

/// What a claim's result calls for in formats that only list problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finding {
    /// The verdict differs from `expect:`.
    Failed,
    /// Contradicted, and no expectation says so.
    Contradicted,
    /// Contradicted, as its expectation says.
    ExpectedContradiction,
}

/// The finding for a claim, if it is one.
pub fn finding(r: &ClaimResult) -> Option<Finding> {
    if !r.passed {
        Some(Finding::Failed)
    } else if r.verdict == Verdict::Contradicted {
        Some(if r.expect.is_some() {
            Finding::ExpectedContradiction
        } else {
            Finding::Contradicted
        })
    } else {
        None
    }
}

/// One line saying where the evidence is: "claims/sources/a.txt:21:39".
pub fn evidence_places(r: &ClaimResult) -> String {
    r.evidence
        .iter()
        .map(|e| format!("{}:{}:{}", e.source, e.line, e.column))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "expected supported, got contradicted" or "supported (expected)" or "supported".
pub fn outcome_phrase(r: &ClaimResult) -> String {
    match r.expect {
        Some(e) if !r.passed => format!("expected {e}, got {}", r.verdict),
        Some(_) => format!("{} (as expected)", r.verdict),
        None => format!("{} (no expectation)", r.verdict),
    }
}
