//! `--format github`: GitHub Actions workflow commands, which the runner turns into
//! annotations on the claim file's line: `::error` for each failed expectation,
//! `::warning` for each contradicted claim that has no expectation. The last line is a
//! plain summary for the log.
//!
//! Escaping follows the workflow-command rules: in the message `%`, `\r`, `\n` become
//! `%25`, `%0D`, `%0A`; in property values `:` and `,` also become `%3A`, `%2C`.
//!
//! ```
//! use factcheck::report::github::{escape_data, escape_property};
//! assert_eq!(escape_data("50% of\nall"), "50%25 of%0Aall");
//! assert_eq!(escape_property("a,b:c"), "a%2Cb%3Ac");
//! ```

use super::{Finding, evidence_places, finding, human::summary_line};
use crate::harness::{ClaimResult, Report};

/// Escapes a command's message.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property's value.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(kind: &str, path: &str, r: &ClaimResult, title: &str, message: &str) -> String {
    let mut props = vec![format!("file={}", escape_property(path))];
    if r.line > 0 {
        props.push(format!("line={}", r.line));
        props.push(format!("col={}", r.column.max(1)));
    }
    props.push(format!("title={}", escape_property(title)));
    format!("::{kind} {}::{}\n", props.join(","), escape_data(message))
}

fn message(r: &ClaimResult, head: &str) -> String {
    let mut m = format!("{head}: {}\nreason: {}", r.claim, r.reason);
    let places = evidence_places(r);
    if !places.is_empty() {
        m.push_str(&format!("\nevidence: {places}"));
    }
    m
}

/// Renders the workflow commands.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.files {
        for r in &f.claims {
            match finding(r) {
                Some(Finding::Failed) => {
                    let head = format!(
                        "expected {}, got {}",
                        r.expect.map_or("-", |e| e.as_str()),
                        r.verdict
                    );
                    let title = format!("factcheck [{}]: {head}", r.id);
                    out.push_str(&command("error", &f.path, r, &title, &message(r, &head)));
                }
                Some(Finding::Contradicted) => {
                    let title = format!("factcheck [{}]: contradicted", r.id);
                    let text = message(r, "contradicted by the source");
                    out.push_str(&command("warning", &f.path, r, &title, &text));
                }
                Some(Finding::ExpectedContradiction) | None => {}
            }
        }
    }
    out.push_str(&format!("factcheck {}", summary_line(report, false)));
    out
}
