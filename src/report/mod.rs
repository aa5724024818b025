//! Renderers: one module per output format, each a pure function of a
//! [`Report`](crate::harness::Report) to text, so every format is byte-identical from run
//! to run.
//!
//! ```
//! use factcheck::report::Format;
//! assert_eq!(Format::from_name("json"), Some(Format::Json));
//! ```

pub mod human;
pub mod json;

use crate::harness::Report;

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable report with evidence snippets (coloured on a terminal).
    Human,
    /// One JSON document.
    Json,
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
    }
}
