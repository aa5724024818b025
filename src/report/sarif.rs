//! `--format sarif`: a SARIF 2.1.0 log for code-scanning tools (GitHub code scanning,
//! IDE SARIF viewers). One result per failed expectation and per contradicted claim,
//! located at the claim's line in its claim file, with `relatedLocations` at the
//! evidence in the source. Plain serde types for the part of the spec we write: a
//! handful of structs is easier to read and check than a generated crate.

use serde::Serialize;

use super::{Finding, finding};
use crate::harness::{ClaimResult, Report};

/// The schema this log conforms to.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: &'static str,
    short_description: Message,
    full_description: Message,
    default_configuration: Configuration,
    help: Message,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    partial_fingerprints: Fingerprints,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "factcheck/claim/v1")]
    claim: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Message>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region<'a>>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    start_column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_offset: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_length: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Snippet<'a>>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    text: &'a str,
}

const FAILED: &str = "expectation-failed";
const CONTRADICTED: &str = "contradicted-claim";

fn rules() -> Vec<Rule> {
    let text = |s: &str| Message {
        text: s.to_string(),
    };
    vec![
        Rule {
            id: FAILED,
            name: "ExpectationFailed",
            short_description: text("A claim's verdict differs from its `expect:`."),
            full_description: text(
                "The claim file states the verdict a claim must get; the sources now give it another one.",
            ),
            default_configuration: Configuration { level: "error" },
            help: text(
                "Read the evidence and the reason. If the new verdict is right, run `factcheck check --bless` to accept it; otherwise fix the claim or the source.",
            ),
        },
        Rule {
            id: CONTRADICTED,
            name: "ContradictedClaim",
            short_description: text("The sources contradict a claim."),
            full_description: text(
                "The source asserts something that cannot hold together with the claim: another figure, the opposite polarity, another speaker, day or party.",
            ),
            default_configuration: Configuration { level: "warning" },
            help: text(
                "Correct the claim, or add `expect: contradicted` if it is meant to be false.",
            ),
        },
    ]
}

/// A relative path as a URI reference: `/` separators, reserved bytes percent-encoded.
pub fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn result<'a>(path: &str, r: &'a ClaimResult, kind: Finding) -> SarifResult<'a> {
    let (rule_id, rule_index, level) = match kind {
        Finding::Failed => (FAILED, 0, "error"),
        Finding::Contradicted => (CONTRADICTED, 1, "warning"),
        Finding::ExpectedContradiction => (CONTRADICTED, 1, "note"),
    };
    let head = match kind {
        Finding::Failed => format!(
            "[{}] expected {}, got {}",
            r.id,
            r.expect.map_or("-", |e| e.as_str()),
            r.verdict
        ),
        Finding::Contradicted => format!("[{}] contradicted by the source", r.id),
        Finding::ExpectedContradiction => {
            format!("[{}] contradicted by the source, as expected", r.id)
        }
    };
    let region = (r.line > 0).then_some(Region {
        start_line: r.line,
        start_column: r.column.max(1),
        byte_offset: None,
        byte_length: None,
        snippet: None,
    });
    let related = r
        .evidence
        .iter()
        .enumerate()
        .map(|(i, e)| Location {
            id: Some(i + 1),
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: uri(&e.source),
                },
                region: Some(Region {
                    start_line: e.line.max(1),
                    start_column: e.column.max(1),
                    byte_offset: Some(e.start),
                    byte_length: Some(e.end.saturating_sub(e.start)),
                    snippet: Some(Snippet { text: &e.text }),
                }),
            },
            message: Some(Message {
                text: format!("evidence {} for [{}]", i + 1, r.id),
            }),
        })
        .collect();
    SarifResult {
        rule_id,
        rule_index,
        level,
        message: Message {
            text: format!("{head}: {}\nreason: {}", r.claim, r.reason),
        },
        locations: vec![Location {
            id: None,
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation { uri: uri(path) },
                region,
            },
            message: None,
        }],
        related_locations: related,
        partial_fingerprints: Fingerprints {
            claim: format!("{}#{}", path, r.id),
        },
    }
}

/// Renders the report as a SARIF 2.1.0 log (pretty JSON, trailing newline).
pub fn render(report: &Report) -> String {
    let results = report
        .files
        .iter()
        .flat_map(|f| {
            f.claims
                .iter()
                .filter_map(|r| finding(r).map(|k| result(&f.path, r, k)))
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "factcheck",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: rules(),
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    let mut out =
        serde_json::to_string_pretty(&log).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}
