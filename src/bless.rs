//! `factcheck check --bless`: write each claim's current verdict into its `expect:`, in
//! place, keeping comments, order and formatting ([`claims::bless`]); the claim-file
//! counterpart of accepting a snapshot once an editor has reviewed the new verdicts.
//! Files are rewritten atomically and only when something changes.

use std::collections::HashMap;
use std::path::Path;

use crate::check::Verdict;
use crate::claims::{self, ClaimFile};
use crate::error::{Error, Result};
use crate::harness::{MAX_CLAIM_FILE_BYTES, Report};
use crate::source;

/// One expectation written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The claim file, as shown.
    pub path: String,
    /// Line of the claim.
    pub line: usize,
    /// The claim's id.
    pub id: String,
    /// The expectation before.
    pub from: Option<Verdict>,
    /// The expectation written: the current verdict.
    pub to: Verdict,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: [{}] expect: {} -> {}",
            self.path,
            self.line,
            self.id,
            self.from.map_or("(none)", |v| v.as_str()),
            self.to
        )
    }
}

/// The changes `bless` would make, without writing anything.
pub fn changes(report: &Report) -> Vec<Change> {
    report
        .files
        .iter()
        .flat_map(|f| {
            f.claims
                .iter()
                // Headline claims are made from the sources and have no entry to edit.
                .filter(|r| r.line > 0 && r.expect != Some(r.verdict))
                .map(|r| Change {
                    path: f.path.clone(),
                    line: r.line,
                    id: r.id.clone(),
                    from: r.expect,
                    to: r.verdict,
                })
        })
        .collect()
}

/// Writes every change into its claim file; returns the changes made.
pub fn bless(report: &Report) -> Result<Vec<Change>> {
    let all = changes(report);
    let mut by_file: Vec<(&str, Vec<&Change>)> = Vec::new();
    for c in &all {
        match by_file.last_mut() {
            Some((p, list)) if *p == c.path => list.push(c),
            _ => by_file.push((&c.path, vec![c])),
        }
    }
    // Compute every new text first, so a file that cannot be blessed stops the run
    // before anything is written.
    let mut writes = Vec::new();
    for (path, list) in by_file {
        let raw = source::read_text(Path::new(path), path, MAX_CLAIM_FILE_BYTES)?;
        let verdicts: HashMap<String, Verdict> =
            list.iter().map(|c| (c.id.clone(), c.to)).collect();
        let new = claims::bless(&raw, &verdicts);
        let parsed = ClaimFile::parse(&new, path)?;
        for c in &list {
            let written = parsed
                .claims
                .iter()
                .find(|p| p.id == c.id)
                .and_then(|p| p.expect);
            if written != Some(c.to) {
                return Err(Error::at(
                    path,
                    c.line,
                    1,
                    format!("cannot write `expect: {}` for claim `{}`", c.to, c.id),
                    "--bless edits block-style entries (`- id: ...` on its own line); write this expectation by hand",
                ));
            }
        }
        writes.push((path, new));
    }
    for (path, new) in writes {
        crate::output::write_atomic(Path::new(path), new.as_bytes())?;
    }
    Ok(all)
}
